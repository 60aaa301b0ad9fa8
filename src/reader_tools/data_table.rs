//! The data behind the chart as a real, sortable HTML table. Its rows are one HTML string
//! (`table::rows_html`), redrawn when the data or the order changes; the headers sort.

use crate::i18n::tr;
use crate::reader_tools::table::{columns, compare, rows_html, Column, Table};
use leptos::prelude::*;

/// The table for the current chart state; column headers sort it.
#[component]
pub fn DataTable(
    /// The chart state's data.
    table: Memo<Table>,
) -> impl IntoView {
    let sort = RwSignal::new((Column::Date, true));
    let body = move || {
        let (col, asc) = sort.get();
        let mut rows = table.with(|t| t.rows.clone());
        crate::sort::sort_by(
            &mut rows,
            |a, b| if asc { compare(col, a, b) } else { compare(col, b, a) },
        );
        rows_html(&rows)
    };
    let header = move |(col, label): (Column, &'static str)| {
        let state = move || {
            let (c, asc) = sort.get();
            match (c == col, asc) {
                (true, true) => "ascending",
                (true, false) => "descending",
                _ => "none",
            }
        };
        view! {
            <th scope="col" aria-sort=state>
                <button
                    type="button"
                    class="data-table__sort"
                    on:click=move |_| sort.update(|(c, asc)| {
                        *asc = if *c == col { !*asc } else { true };
                        *c = col;
                    })
                >
                    {label}
                    <span aria-hidden="true" class="data-table__arrow">
                        {move || match state() {
                            "ascending" => " ▲",
                            "descending" => " ▼",
                            _ => "",
                        }}
                    </span>
                </button>
            </th>
        }
    };
    view! {
        <div id="chart-data" class="data-table" role="region" aria-label=tr("Data shown in the chart") tabindex="0">
            <table>
                <caption>{move || table.with(|t| t.caption.clone())}</caption>
                <thead>
                    <tr>{columns().into_iter().map(header).collect_view()}</tr>
                </thead>
                <tbody inner_html=body></tbody>
            </table>
        </div>
    }
}
