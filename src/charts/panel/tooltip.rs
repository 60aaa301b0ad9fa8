//! The tooltip for a chart mark, and the source line shared with the text's source cards.

use crate::charts::describe::TooltipContent;
use crate::i18n::tr;
use leptos::prelude::*;

/// "Source: publisher, title" with the claim badge, and the data note if the figure has one.
#[component]
pub fn SourceLine(
    /// What to cite.
    content: TooltipContent,
) -> impl IntoView {
    let note = content
        .note
        .clone()
        .map(|n| view! { <p class="data-note"><strong>{tr("Note:")}" "</strong>{n}</p> });
    // The badge and the link are the same strings the Sources panel uses (`crate::reader_tools::sources`).
    let line = format!(
        "{}<span class=\"source-line__label\">{} </span>{}",
        crate::reader_tools::sources::badge_html(content.confidence),
        crate::format::escape_html(tr("Source:")),
        crate::reader_tools::sources::link_html(&content.source)
    );
    view! {
        <p class="source-line" inner_html=line></p>
        {note}
    }
}

/// A floating card describing the mark under the pointer or finger.
#[component]
pub fn Tooltip(
    /// What to show.
    content: TooltipContent,
    /// Left edge in CSS pixels within the chart box.
    left: f64,
    /// Top edge in CSS pixels within the chart box.
    top: f64,
) -> impl IntoView {
    view! {
        <div class="tooltip" role="status" style:left=format!("{}px", crate::format::fixed(left, 0)) style:top=format!("{}px", crate::format::fixed(top, 0))>
            <p class="tooltip__value">{content.value.clone()}</p>
            <p class="tooltip__date">{content.date.clone()}</p>
            <p class="tooltip__title">{content.title.clone()}</p>
            <SourceLine content=content/>
        </div>
    }
}
