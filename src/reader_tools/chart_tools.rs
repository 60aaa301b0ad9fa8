//! Beside the chart: show its data as a table, download it, and choose whether to include data
//! from after the article.

use crate::embed::browser::emit;
use crate::embed::Field;
use crate::i18n::tr;
use crate::page::state::use_reader;
use crate::reader_tools::data_table::DataTable;
use crate::reader_tools::source_detail;
use crate::reader_tools::{download, export, table};
use leptos::prelude::*;

/// The chart's data controls.
#[component]
pub fn ChartTools() -> impl IntoView {
    let reader = use_reader();
    let show_table = RwSignal::new(false);
    let table = Memo::new(move |_| {
        // The table's source column fills in when the sources' detail arrives.
        source_detail::is_ready(reader);
        let view = reader.view();
        reader.model.with_value(|m| table::table(m, &view))
    });
    // The CSV carries every source in full, so it waits for the detail (at once, once it is in).
    let download_csv = move |_| {
        leptos::task::spawn_local(async move {
            if !source_detail::ready(reader).await {
                return;
            }
            let slug = reader.with_step(|s| s.slug.clone());
            let csv = table.with_untracked(export::csv);
            match download::save(&export::csv_file_name(&slug), "text/csv;charset=utf-8", &csv) {
                Ok(()) => emit(
                    "download",
                    &[("format", Field::Text("csv")), ("step", Field::Text(&slug))],
                ),
                Err(e) => web_sys::console::error_1(&format!("CSV download failed: {e}").into()),
            }
        })
    };
    // The whole bundle is a file the build wrote, sources complete: a plain link.
    let downloaded_json = move |_| emit("download", &[("format", Field::Text("json"))]);
    view! {
        <div class="chart-tools">
            <div class="chart-tools__row">
                <button
                    type="button"
                    class="button button--small"
                    aria-expanded=move || if show_table.get() { "true" } else { "false" }
                    aria-controls="chart-data"
                    on:click=move |_| show_table.update(|v| *v = !*v)
                >
                    {move || if show_table.get() { tr("Hide data") } else { tr("Show data") }}
                </button>
                <button type="button" class="button button--small" on:click=download_csv>
                    {tr("Download CSV")}
                </button>
                <a class="button button--small" href=crate::i18n::at_root(export::BUNDLE_PATH) download=export::BUNDLE_FILE on:click=downloaded_json>
                    {tr("Download all data (JSON)")}
                </a>
            </div>
            // The CSV download needs the sources' detail: say so if it could not be had.
            {move || (reader.sources.get() == source_detail::SourcesState::Failed)
                .then(|| view! { <source_detail::SourcesPending/> })}
            <label class="chart-tools__after">
                <input
                    type="checkbox"
                    // The attribute gives the built page (before the app starts) the right state;
                    // the property follows the reader's choices afterwards.
                    checked=reader.show_after.get_untracked()
                    prop:checked=move || reader.show_after.get()
                    on:change=move |ev| reader.update(|s| s.show_after = event_target_checked(&ev))
                />
                " " {tr("Include data from after the article (shaded or hollow)")}
            </label>
            <Show when=move || show_table.get()>
                <DataTable table=table/>
            </Show>
        </div>
    }
}
