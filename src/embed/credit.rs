//! In embeds, a compact credit line replaces the masthead: what this is, whose argument it tells,
//! and a link to the full explainer.

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
    view! {
        <header class="embed-credit">
            <h1 class="embed-credit__title">{title}</h1>
            <p class="embed-credit__by">
                "Based on " <a href=article.url.clone() target="_blank" rel="noopener">{article.title.clone()}</a>
                " by " {article.author.clone()} " (" {article.publisher.clone()} "). "
                <a href=full_url target="_blank" rel="noopener">"Open the full explainer"</a>
            </p>
            <DataAsOf class="embed-credit__as-of"/>
        </header>
    }
}
