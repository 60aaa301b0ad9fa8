//! The tooltip for a chart mark, and the source line shared with the text's source cards.

use crate::charts::tooltip::TooltipContent;
use crate::model::Confidence;
use leptos::prelude::*;

/// "Source: publisher, title" as a link (or plain text when the source has no address),
/// with a badge when the figure is the article's own claim.
#[component]
pub fn SourceLine(
    /// What to cite.
    content: TooltipContent,
) -> impl IntoView {
    let s = content.source;
    let badge = match content.confidence {
        Confidence::Article => Some(view! { <span class="badge badge--article">"Article’s claim"</span> }),
        Confidence::Unverified => Some(view! { <span class="badge badge--unverified">"Unverified"</span> }),
        Confidence::Verified => None,
    };
    let label = format!("{}: {}", s.publisher, s.title);
    let link = if s.url.is_empty() {
        view! { <span>{label}{" (no web address stored)"}</span> }.into_any()
    } else {
        view! { <a href=s.url.clone() target="_blank" rel="noopener noreferrer">{label}</a> }.into_any()
    };
    view! {
        <p class="source-line">
            {badge}
            <span class="source-line__label">"Source: "</span>
            {link}
        </p>
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
        <div class="tooltip" role="status" style=format!("left:{left:.0}px;top:{top:.0}px")>
            <p class="tooltip__value">{content.value.clone()}</p>
            <p class="tooltip__date">{content.date.clone()}</p>
            <p class="tooltip__title">{content.title.clone()}</p>
            <SourceLine content=content/>
        </div>
    }
}
