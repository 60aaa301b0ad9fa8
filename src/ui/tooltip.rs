//! The tooltip for a chart mark, and the source line shared with the text's source cards.

use crate::charts::describe::TooltipContent;
use crate::model::{Confidence, Source};
use leptos::either::EitherOf3;
use leptos::prelude::*;

/// "Publisher: title" as a link, or as plain text when the source was stored without an address.
#[component]
pub fn SourceLink(
    /// The source to name.
    source: Source,
    /// Name only the publisher (the title goes in the link's tooltip), for narrow table cells.
    #[prop(optional)]
    short: bool,
) -> impl IntoView {
    // The vintage, where the source has one, dates the figure's release (e.g. a WDI update).
    let full = match &source.vintage {
        Some(v) => format!("{}: {} ({})", source.publisher, source.title, v),
        None => format!("{}: {}", source.publisher, source.title),
    };
    let label = if short { source.publisher.clone() } else { full.clone() };
    // The full name as a tooltip only where the link text is shortened (a tooltip repeating the
    // link text adds nothing, and the no-script page carries several hundred of these links).
    let full = short.then_some(full);
    if !source.has_detail() {
        // The detail is on its way (`source_detail`): the publisher alone, for now.
        EitherOf3::A(view! { <span>{source.publisher.clone()}</span> })
    } else if source.url.is_empty() {
        EitherOf3::B(view! { <span title=full>{label}{" (no web address stored)"}</span> })
    } else {
        EitherOf3::C(view! {
            <a href=source.url.clone() title=full target="_blank" rel="noopener noreferrer">
                {label}
            </a>
        })
    }
}

/// The badge for a confidence flag (nothing for verified figures, the default).
#[component]
pub fn ConfidenceBadge(
    /// The flag.
    confidence: Confidence,
) -> impl IntoView {
    match confidence {
        Confidence::Article => Some(view! { <span class="badge badge--article">"Article’s claim"</span> }),
        Confidence::Unverified => Some(view! { <span class="badge badge--unverified">"Unverified"</span> }),
        Confidence::Verified => None,
    }
}

/// "Source: publisher, title" with the claim badge, and the data note if the figure has one.
#[component]
pub fn SourceLine(
    /// What to cite.
    content: TooltipContent,
) -> impl IntoView {
    let note = content
        .note
        .clone()
        .map(|n| view! { <p class="data-note"><strong>"Note: "</strong>{n}</p> });
    view! {
        <p class="source-line">
            <ConfidenceBadge confidence=content.confidence/>
            <span class="source-line__label">"Source: "</span>
            <SourceLink source=content.source/>
        </p>
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
        <div class="tooltip" role="status" style:left=format!("{left:.0}px") style:top=format!("{top:.0}px")>
            <p class="tooltip__value">{content.value.clone()}</p>
            <p class="tooltip__date">{content.date.clone()}</p>
            <p class="tooltip__title">{content.title.clone()}</p>
            <SourceLine content=content/>
        </div>
    }
}
