//! "Data as of <day>": the newest dated datum the explainer shows (`Model::data_as_of`), never
//! typed, so a row added to the data moves it. Shown in the masthead, the footer, embeds and print.

use crate::page::state::use_reader;
use leptos::prelude::*;

/// The line, as a paragraph with the given class; nothing when the data has no dated row.
#[component]
pub fn DataAsOf(class: &'static str) -> impl IntoView {
    let day = use_reader().model.with_value(|m| m.data_as_of());
    day.map(|day| {
        view! {
            <p class=class>"Data as of " <time datetime=day.to_string()>{day.long()}</time></p>
        }
    })
}
