//! In embeds, a compact credit line replaces the masthead: what this is, whose argument it tells,
//! and a link to the full explainer.

use crate::i18n::{tr, trf};
use crate::page::data_as_of::DataAsOf;
use crate::page::state::use_reader;
use leptos::prelude::*;

/// The credit line shown at the top of an embed.
#[component]
pub fn EmbedCredit(
    /// Address of the full explainer at the same step.
    full_url: String,
) -> impl IntoView {
    let reader = use_reader();
    let (title, article) = reader
        .model
        .with_value(|m| (m.story.title.clone(), m.story.article.clone()));
    // "Based on <a>title</a> by author (publisher).", the link where the language puts the title.
    let based = trf(
        "Based on {title} by {author} ({publisher}).",
        &[("author", &article.author), ("publisher", &article.publisher)],
    );
    let esc = crate::format::escape_html;
    let link = format!(
        "<a href=\"{}\" target=\"_blank\" rel=\"noopener\">{}</a>",
        esc(&article.url),
        esc(&article.title)
    );
    let based = crate::i18n::html_with(&based, &[("title", &link)]);
    view! {
        <header class="embed-credit">
            <h1 class="embed-credit__title">{title}</h1>
            <p class="embed-credit__by">
                <span inner_html=based></span> " "
                <a href=full_url target="_blank" rel="noopener">{tr("Open the full explainer")}</a>
            </p>
            <DataAsOf class="embed-credit__as-of"/>
        </header>
    }
}
