//! Credits, method and data downloads.

use crate::i18n::{tr, trf};
use crate::page::data_as_of::DataAsOf;
use crate::page::state::use_reader;
use crate::reader_tools::questions_panel::open_instead;
use leptos::prelude::*;

/// Where the data comes from and how this explainer was made.
#[component]
pub fn Footer() -> impl IntoView {
    let reader = use_reader();
    let article = reader.model.with_value(|m| m.story.article.clone());
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
    // One sentence per language, with the article's title (a link) where the language puts it.
    let about = trf(
        "This explainer retells, in our own words, the argument of {article} by {author} ({bio}), published by {publisher}. Quotations are short and attributed; the interpretation of events is the author's, the figures come from the sources named on every mark.",
        &[
            ("author", &article.author),
            ("bio", &article.author_bio),
            ("publisher", &article.publisher),
        ],
    );
    let esc = crate::format::escape_html;
    let link = format!(
        "<a href=\"{}\" rel=\"noopener\">{}</a>",
        esc(&article.url),
        esc(&article.title)
    );
    let about = crate::i18n::html_with(&about, &[("article", &link)]);
    view! {
        <footer class="site-footer">
            <h2 class="site-footer__title">{tr("About this explainer")}</h2>
            <p inner_html=about></p>
            <p>
                {tr("Each figure in the text and each mark on the charts links to its source. Values flagged as the article's claims are drawn apart from figures checked in other sources; where they differ, both are shown.")}
            </p>
            <h3 class="site-footer__subtitle">{tr("Data")}</h3>
            <DataAsOf class="site-footer__as-of"/>
            <ul class="site-footer__files">
                {files
                    .into_iter()
                    .map(|(file, label)| {
                        view! {
                            <li>
                                <a href=crate::i18n::at_root(&format!("data/{file}.json")) download=format!("minsk-explainer-{file}.json")>
                                    {label} " (JSON)"
                                </a>
                            </li>
                        }
                    })
                    .collect_view()}
            </ul>
            <h3 class="site-footer__subtitle">{tr("To read or print")}</h3>
            <ul class="site-footer__files">
                <li>
                    <a href=crate::i18n::at_root(crate::prerender::pages::SOURCES)>{tr("Sources for every chart")}</a>
                    {tr(": each step’s figures and marks, under the source they come from")}
                </li>
                <li>
                    <a href=crate::i18n::at_root(crate::prerender::pages::GLOSSARY)>{tr("Glossary and who’s who")}</a>
                    {tr(": the terms and people the story names, with the steps that use them")}
                </li>
                <li>
                    <a href=crate::i18n::at_root(crate::prerender::pages::KEY_DATES)>{tr("Key dates")}</a>
                    {tr(": every dated event, sanctions round and release, with its source and step")}
                </li>
                <li>
                    <a href=crate::i18n::at_root(crate::prerender::pages::QUESTIONS) on:click=open_instead(reader)>{tr("Questions for a class")}</a>
                    {tr(": to check understanding and for discussion, each tied to its step (with answers for teachers)")}
                </li>
                <li>
                    <a href=crate::i18n::at_root(crate::prerender::pages::OFFLINE) download>{tr("Download for offline use")}</a>
                    {tr(": the whole explainer, its data and the questions in one file that opens in a browser without a network, for classrooms")}
                </li>
            </ul>
        </footer>
    }
}
