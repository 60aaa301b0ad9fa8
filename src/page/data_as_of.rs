//! "Data as of <day>": the newest dated datum the explainer shows (`Model::data_as_of`), never
//! typed, so a row added to the data moves it. Shown in the masthead, the footer, embeds and print.

use crate::model::{Day, Model};
use crate::page::state::use_reader;
use leptos::prelude::*;

/// The line's words, as HTML (the day in a `<time>`).
fn line(day: Day) -> String {
    let time = format!(
        "<time datetime=\"{day}\">{}</time>",
        crate::format::escape_html(&day.long())
    );
    crate::i18n::html_with(crate::i18n::tr("Data as of {date}"), &[("date", &time)])
}

/// The line as a paragraph of HTML with the given class; empty when the data has no dated row
/// (for parts of the page written as one HTML string, like the footer).
pub fn html(model: &Model, class: &str) -> String {
    model
        .data_as_of()
        .map_or_else(String::new, |day| format!("<p class=\"{class}\">{}</p>", line(day)))
}

/// The line, as a paragraph with the given class; nothing when the data has no dated row.
#[component]
pub fn DataAsOf(class: &'static str) -> impl IntoView {
    let day = use_reader().model.with_value(|m| m.data_as_of());
    day.map(|day| view! { <p class=class inner_html=line(day)></p> })
}
