//! The current step's text: chapter, headline, paragraphs with sourced figures, and a quote.

use super::state::use_reader;
use super::tooltip::SourceLine;
use crate::model::text::{self, Segment};
use crate::model::DatasetKind;
use leptos::prelude::*;

/// The text of the current step.
#[component]
pub fn Narrative() -> impl IntoView {
    let reader = use_reader();
    let total = reader.step_count();
    view! {
        <article class="step" aria-labelledby="step-heading">
            {move || {
                let i = reader.step.get();
                let step = reader.model.with_value(|m| m.story.steps[i].clone());
                let paragraphs = step
                    .body
                    .iter()
                    .map(|p| view! { <p class="step__para">{figures(p)}</p> })
                    .collect_view();
                let quote = step.quote.clone().map(|q| {
                    view! {
                        <blockquote class="step__quote">
                            <p>"“" {q.text} "”"</p>
                            <footer>"— " {q.attribution}</footer>
                        </blockquote>
                    }
                });
                let epilogue = step.epilogue;
                view! {
                    <p class="step__chapter" class:step__chapter--epilogue=epilogue>
                        <span>{step.chapter.clone()}</span>
                        <span class="step__count">{format!("Step {} of {}", i + 1, total)}</span>
                    </p>
                    <h2 id="step-heading" class="step__headline" tabindex="-1">{step.headline.clone()}</h2>
                    {paragraphs}
                    {quote}
                    <SourceNote/>
                }
            }}
        </article>
    }
}

/// Paragraph text with each data figure as a button that opens its source.
fn figures(template: &str) -> impl IntoView {
    let reader = use_reader();
    let segments = reader
        .model
        .with_value(|m| text::resolve(m, template))
        .unwrap_or_default();
    segments
        .into_iter()
        .map(|seg| match seg {
            Segment::Text(t) => t.into_any(),
            Segment::Figure { text, dataset, id } => {
                let key = (dataset, id.clone());
                let open = {
                    let key = key.clone();
                    move || reader.source_note.get().as_ref() == Some(&key)
                };
                let toggle = move |_| {
                    let next = if reader.source_note.get_untracked().as_ref() == Some(&key) {
                        None
                    } else {
                        Some(key.clone())
                    };
                    reader.source_note.set(next);
                };
                view! {
                    <button
                        type="button"
                        class="figure"
                        aria-expanded=move || if open() { "true" } else { "false" }
                        aria-controls="source-note"
                        title="Show the source of this figure"
                        on:click=toggle
                    >
                        {text}
                    </button>
                }
                .into_any()
            }
        })
        .collect_view()
}

/// The source card for the figure the reader clicked.
#[component]
fn SourceNote() -> impl IntoView {
    let reader = use_reader();
    move || {
        let (dataset, id): (DatasetKind, String) = reader.source_note.get()?;
        let content = reader
            .model
            .with_value(|m| crate::charts::tooltip::content(m, dataset, &id))?;
        Some(view! {
            <aside id="source-note" class="source-note" aria-label="Source of this figure">
                <p class="source-note__value">
                    <strong>{content.value.clone()}</strong> " · " {content.date.clone()}
                </p>
                <p class="source-note__title">{content.title.clone()}</p>
                <SourceLine content=content.clone()/>
                <blockquote class="source-note__quote">"“" {content.source.quote.clone()} "”"</blockquote>
                <button type="button" class="button button--small" on:click=move |_| reader.source_note.set(None)>
                    "Close"
                </button>
            </aside>
        })
    }
}
