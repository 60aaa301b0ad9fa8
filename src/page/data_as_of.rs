//! "Data as of <day>": the newest dated datum the explainer shows (`Model::data_as_of`), never
//! typed, so a row added to the data moves it. Shown in the masthead, the footer, embeds and print.

use crate::page::state::use_reader;
use leptos::prelude::*;

/// The line, as a paragraph with the given class; nothing when the data has no dated row.
#[component]
pub fn DataAsOf(class: &'static str) -> impl IntoView {
    let day = use_reader().model.with_value(|m| m.data_as_of());
    day.map(|day| {
        let time = format!(
            "<time datetime=\"{day}\">{}</time>",
            crate::format::escape_html(&day.long())
        );
        let html = crate::i18n::html_with(crate::i18n::tr("Data as of {date}"), &[("date", &time)]);
        view! { <p class=class inner_html=html></p> }
    })
}
