//! Credits, method and data downloads.

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
        ("sanctions", "Sanctions rounds"),
        ("prisoners", "Political prisoner counts"),
        ("releases", "Release episodes"),
        ("gdp", "GDP growth and forecasts"),
        ("events", "Events"),
        ("sources", "Every row's source: title, address, verbatim quote, notes"),
    ];
    view! {
        <footer class="site-footer">
            <h2 class="site-footer__title">"About this explainer"</h2>
            <p>
                "This explainer retells, in our own words, the argument of "
                <a href=article.url.clone() rel="noopener">{article.title.clone()}</a>
                " by " {article.author.clone()} " (" {article.author_bio.clone()} "), published by " {article.publisher.clone()}
                ". Quotations are short and attributed; the interpretation of events is the author's, the figures come from the sources named on every mark."
            </p>
            <p>
                "Each figure in the text and each mark on the charts links to its source. Values flagged as the article's claims are drawn apart from figures checked in other sources; where they differ, both are shown."
            </p>
            <h3 class="site-footer__subtitle">"Data"</h3>
            <DataAsOf class="site-footer__as-of"/>
            <ul class="site-footer__files">
                {files
                    .into_iter()
                    .map(|(file, label)| {
                        view! {
                            <li>
                                <a href=format!("data/{file}.json") download=format!("minsk-explainer-{file}.json")>
                                    {label} " (JSON)"
                                </a>
                            </li>
                        }
                    })
                    .collect_view()}
            </ul>
            <h3 class="site-footer__subtitle">"To read or print"</h3>
            <ul class="site-footer__files">
                <li>
                    <a href=crate::prerender::pages::SOURCES>"Sources for every chart"</a>
                    ": each step’s figures and marks, under the source they come from"
                </li>
                <li>
                    <a href=crate::prerender::pages::GLOSSARY>"Glossary and who’s who"</a>
                    ": the terms and people the story names, with the steps that use them"
                </li>
                <li>
                    <a href=crate::prerender::pages::KEY_DATES>"Key dates"</a>
                    ": every dated event, sanctions round and release, with its source and step"
                </li>
                <li>
                    <a href=crate::prerender::pages::QUESTIONS on:click=open_instead(reader)>"Questions for a class"</a>
                    ": to check understanding and for discussion, each tied to its step (with answers for teachers)"
                </li>
                <li>
                    <a href=crate::prerender::pages::OFFLINE download>"Download for offline use"</a>
                    ": the whole explainer, its data and the questions in one file that opens in a browser without a network, for classrooms"
                </li>
            </ul>
        </footer>
    }
}
