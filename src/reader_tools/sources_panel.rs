//! The Sources panel: every source behind the current step and behind the whole story, grouped
//! by chart, with the supporting quotes and the notes on figures that could not be confirmed.
//! Its content is one HTML string (`sources::panel_html`), like the glossary's list.

use crate::page::dialog::Dialog;
use crate::page::state::use_reader;
use leptos::prelude::*;

/// The panel, opened by `open`.
#[component]
pub fn SourcesPanel(
    /// Open state.
    open: RwSignal<bool>,
) -> impl IntoView {
    let reader = use_reader();
    let content = move || {
        // Grouping by title and address and the quotes need the sources' detail.
        if !crate::reader_tools::source_detail::is_ready(reader) {
            return leptos::either::Either::Right(view! { <crate::reader_tools::source_detail::SourcesPending/> });
        }
        let view = reader.view();
        let i = reader.step.get();
        let html = reader
            .model
            .with_value(|m| crate::reader_tools::sources::panel_html(m, i, &view));
        leptos::either::Either::Left(view! { <div class="sources-body" inner_html=html></div> })
    };
    view! {
        <Dialog id="sources" title=crate::i18n::tr("Sources") open=open>
            {content}
        </Dialog>
    }
}
