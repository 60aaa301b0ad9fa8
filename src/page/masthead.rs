//! The title screen: our title, the article's title, author and date, and the link to the original.

use crate::i18n::{tr, trf};
use crate::model::Day;
use crate::page::data_as_of::DataAsOf;
use crate::page::state::use_reader;
use crate::reading::mode_switch::ModeSwitch;
use leptos::prelude::*;

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
    let esc = crate::format::escape_html;
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
    let quote_lang = (!english).then_some("en");
    let standfirst_translation = article.standfirst_translation.clone();
    let start = move |_| {
        if let Some(el) = web_sys::window()
            .and_then(|w| w.document())
            .and_then(|d| d.get_element_by_id("explainer"))
        {
            el.scroll_into_view();
            if let Ok(el) = wasm_bindgen::JsCast::dyn_into::<web_sys::HtmlElement>(el) {
                let _ = el.focus();
            }
        }
    };
    view! {
        <header class="masthead">
            <crate::page::editions::LanguageSwitch/>
            <p class="masthead__kicker">{kicker}</p>
            <h1 class="masthead__title">{story_title}</h1>
            <p class="masthead__intro">{intro}</p>
            <div class="masthead__source">
                <p class="masthead__article" inner_html=based></p>
                <p class="masthead__standfirst" lang=quote_lang>{article.standfirst.clone()}</p>
                {standfirst_translation.map(|t| view! { <p class="masthead__standfirst-translation"><span>{tr("Our translation:")}</span> " " {t}</p> })}
                <DataAsOf class="masthead__as-of"/>
                <div class="masthead__actions">
                    <a class="button button--primary" href=article.url.clone() rel="noopener">
                        {trf("Read the original on {publisher}", &[("publisher", &article.publisher)])} <span aria-hidden="true">" ↗"</span>
                    </a>
                    <button class="button" type="button" on:click=start>{tr("Start the explainer ↓")}</button>
                    <button
                        class="button"
                        type="button"
                        aria-pressed=move || if reader.theme.get() == "dark" { "true" } else { "false" }
                        on:click=move |_| {
                            let next = if reader.theme.get_untracked() == "dark" { "light" } else { "dark" };
                            crate::web::scheme::apply(next);
                            reader.update(|s| s.theme = next);
                        }
                    >
                        {tr("Dark theme")}
                    </button>
                </div>
            </div>
            <ModeSwitch/>
        </header>
    }
}
