//! The title screen: our title, the article's title, author and date, and the link to the original.

use crate::format::escape_html as esc;
use crate::i18n::{tr, trf};
use crate::model::Day;
use crate::page::state::use_reader;
use crate::reading::mode_switch::ModeSwitch;
use leptos::prelude::*;

/// "Start the explainer": to the explainer, with focus on it.
fn start() {
    if let Some(el) = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.get_element_by_id("explainer"))
    {
        el.scroll_into_view();
        if let Ok(el) = wasm_bindgen::JsCast::dyn_into::<web_sys::HtmlElement>(el) {
            let _ = el.focus();
        }
    }
}

/// Title, standfirst and a prominent link to the article on Lawfare.
#[component]
pub fn Masthead() -> impl IntoView {
    let reader = use_reader();
    let (story_title, kicker, intro, article) = reader.model.with_value(|m| {
        (
            m.story.title.clone(),
            m.story.kicker.clone(),
            m.story.intro.clone(),
            m.story.article.clone(),
        )
    });
    let date = Day::parse(&article.date).map(Day::long).unwrap_or(article.date.clone());
    // "Based on “title” by author, publisher, date", in the order the language puts them.
    let based = trf(
        "Based on {title} by {author}, {publisher}, {date}",
        &[("author", &article.author), ("publisher", &article.publisher)],
    );
    let based = crate::i18n::html_with(
        &based,
        &[
            ("title", &format!("<cite>“{}”</cite>", esc(&article.title))),
            (
                "date",
                &format!("<time datetime=\"{}\">{}</time>", esc(&article.date), esc(&date)),
            ),
        ],
    );
    // The standfirst is the publisher's: verbatim, with the team's translation in an edition.
    let english = crate::i18n::current() == crate::i18n::Edition::En;
    let quote_lang = if english { "" } else { " lang=\"en\"" };
    let translation = article
        .standfirst_translation
        .as_deref()
        .map_or(String::new(), crate::i18n::translation_html);
    let as_of = reader
        .model
        .with_value(|m| crate::page::data_as_of::html(m, "masthead__as-of"));
    let pressed = |dark: bool| if dark { "true" } else { "false" };
    // One HTML string with delegated clicks rather than a view per element: every word here
    // comes from the edition's catalog, and a view per element costs wasm in every edition.
    let source = format!(
        "<p class=\"masthead__article\">{based}</p>\
         <p class=\"masthead__standfirst\"{quote_lang}>{standfirst}</p>{translation}{as_of}\
         <div class=\"masthead__actions\">\
         <a class=\"button button--primary\" href=\"{url}\" rel=\"noopener\">{read} <span aria-hidden=\"true\"> ↗</span></a>\
         <button class=\"button\" type=\"button\" data-action=\"start\">{start}</button>\
         <button class=\"button\" type=\"button\" data-action=\"theme\" aria-pressed=\"{dark}\">{theme}</button>\
         </div>",
        standfirst = esc(&article.standfirst),
        url = esc(&article.url),
        read = esc(&trf("Read the original on {publisher}", &[("publisher", &article.publisher)])),
        start = esc(tr("Start the explainer ↓")),
        dark = pressed(reader.theme.get_untracked() == "dark"),
        theme = esc(tr("Dark theme")),
    );
    let source_ref = NodeRef::<leptos::html::Div>::new();
    // The theme button says whether dark is on, whoever changed it (this button, a key, the address).
    Effect::new(move |_| {
        let dark = reader.theme.get() == "dark";
        if let Some(button) = source_ref
            .get()
            .and_then(|d| d.query_selector("[data-action=theme]").ok().flatten())
        {
            let _ = button.set_attribute("aria-pressed", pressed(dark));
        }
    });
    let click = move |ev: leptos::ev::MouseEvent| {
        let action = ev
            .target()
            .and_then(|t| wasm_bindgen::JsCast::dyn_into::<web_sys::Element>(t).ok())
            .and_then(|el| el.closest("[data-action]").ok().flatten())
            .and_then(|el| el.get_attribute("data-action"));
        match action.as_deref() {
            Some("start") => start(),
            Some("theme") => {
                let next = if reader.theme.get_untracked() == "dark" {
                    "light"
                } else {
                    "dark"
                };
                crate::web::scheme::apply(next);
                reader.update(|s| s.theme = next);
            }
            _ => {}
        }
    };
    view! {
        <header class="masthead">
            <crate::page::editions::LanguageSwitch/>
            <p class="masthead__kicker">{kicker}</p>
            <h1 class="masthead__title">{story_title}</h1>
            <p class="masthead__intro">{intro}</p>
            <div class="masthead__source" node_ref=source_ref inner_html=source on:click=click></div>
            <ModeSwitch/>
        </header>
    }
}
