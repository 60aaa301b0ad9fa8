//! Credits, method and data downloads.
//!
//! One HTML string with one delegated click handler rather than a component tree: every word
//! here comes from the edition's catalog, and a view per element costs wasm in every edition.

use crate::format::escape_html as esc;
use crate::i18n::{at_root, tr, trf};
use crate::model::Model;
use crate::page::state::use_reader;
use crate::prerender::pages;
use leptos::prelude::*;

/// The footer's content as HTML (the questions link marked for [`Footer`]'s click handler).
fn html(model: &Model) -> String {
    let article = &model.story.article;
    let about = trf(
        "This explainer retells, in our own words, the argument of {article} by {author} ({bio}), published by {publisher}. Quotations are short and attributed; the interpretation of events is the author's, the figures come from the sources named on every mark.",
        &[
            ("author", &article.author),
            ("bio", &article.author_bio),
            ("publisher", &article.publisher),
        ],
    );
    let link = format!(
        "<a href=\"{}\" rel=\"noopener\">{}</a>",
        esc(&article.url),
        esc(&article.title)
    );
    let files = [
        ("sanctions", tr("Sanctions rounds")),
        ("prisoners", tr("Political prisoner counts")),
        ("releases", tr("Release episodes")),
        ("gdp", tr("GDP growth and forecasts")),
        ("events", tr("Events")),
        (
            "sources",
            tr("Every row's source: title, address, verbatim quote, notes"),
        ),
    ];
    let files: String = files
        .iter()
        .map(|(file, label)| {
            format!(
                "<li><a href=\"{}\" download=\"minsk-explainer-{file}.json\">{} (JSON)</a></li>",
                esc(&at_root(&format!("data/{file}.json"))),
                esc(label)
            )
        })
        .collect();
    // (page, its name, what it holds, how its link opens)
    let pages = [
        (
            pages::SOURCES,
            tr("Sources for every chart"),
            tr(": each step’s figures and marks, under the source they come from"),
            "",
        ),
        (
            pages::GLOSSARY,
            tr("Glossary and who’s who"),
            tr(": the terms and people the story names, with the steps that use them"),
            "",
        ),
        (
            pages::KEY_DATES,
            tr("Key dates"),
            tr(": every dated event, sanctions round and release, with its source and step"),
            "",
        ),
        (
            pages::QUESTIONS,
            tr("Questions for a class"),
            tr(": to check understanding and for discussion, each tied to its step (with answers for teachers)"),
            " data-open=\"questions\"",
        ),
        (
            pages::OFFLINE,
            tr("Download for offline use"),
            tr(": the whole explainer, its data and the questions in one file that opens in a browser without a network, for classrooms"),
            " download",
        ),
    ];
    let pages: String = pages
        .iter()
        .map(|(page, name, holds, how)| {
            format!(
                "<li><a href=\"{}\"{how}>{}</a>{}</li>",
                // Each edition has its own plain pages and offline copy beside its page.
                esc(page),
                esc(name),
                esc(holds)
            )
        })
        .collect();
    format!(
        "<h2 class=\"site-footer__title\">{}</h2><p>{}</p><p>{}</p>\
         <h3 class=\"site-footer__subtitle\">{}</h3>{}<ul class=\"site-footer__files\">{files}</ul>\
         <h3 class=\"site-footer__subtitle\">{}</h3><ul class=\"site-footer__files\">{pages}</ul>",
        esc(tr("About this explainer")),
        crate::i18n::html_with(&about, &[("article", &link)]),
        esc(tr("Each figure in the text and each mark on the charts links to its source. Values flagged as the article's claims are drawn apart from figures checked in other sources; where they differ, both are shown.")),
        esc(tr("Data")),
        crate::page::data_as_of::html(model, "site-footer__as-of"),
        esc(tr("To read or print")),
    )
}

/// Where the data comes from and how this explainer was made.
#[component]
pub fn Footer() -> impl IntoView {
    let reader = use_reader();
    let html = reader.model.with_value(html);
    // The questions link opens the Questions panel (a plain link without the app).
    let click = move |ev: leptos::ev::MouseEvent| {
        let questions = ev
            .target()
            .and_then(|t| wasm_bindgen::JsCast::dyn_into::<web_sys::Element>(t).ok())
            .and_then(|el| el.closest("[data-open=questions]").ok().flatten());
        if questions.is_some() {
            crate::reader_tools::questions_panel::open_instead(reader, &ev);
        }
    };
    view! { <footer class="site-footer" inner_html=html on:click=click></footer> }
}
