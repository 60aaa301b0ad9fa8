//! One step's text: chapter, headline, paragraphs with sourced figures, a quote, and the source
//! card of the figure the reader opened. Used by every reading mode.

use super::glossary::{term_button, TermNote};
use super::source_detail::SourcesPending;
use super::state::use_reader;
use super::tooltip::SourceLine;
use crate::model::text::Segment;
use crate::model::DatasetKind;
use leptos::either::{Either, EitherOf3};
use leptos::prelude::*;

/// The text of step `index`, headed by an `h2` with id `heading_id`.
#[component]
pub fn StepText(
    /// Zero-based step index.
    index: usize,
    /// The headline's id (the enclosing article is labelled by it).
    heading_id: String,
    /// Whether a figure's source card can open here (not in the print handout).
    #[prop(default = true)]
    notes: bool,
) -> impl IntoView {
    let reader = use_reader();
    let total = reader.step_count();
    let step = reader.model.with_value(|m| m.story.steps[index].clone());
    let paragraphs = reader
        .model
        .with_value(|m| m.step_paragraphs(index))
        .into_iter()
        .enumerate()
        .map(|(k, segments)| view! { <p class="step__para">{figures(segments, index, k, notes)}</p> })
        .collect_view();
    let quote = step.quote.clone().map(|q| {
        view! {
            <blockquote class="step__quote">
                <p>"“" {q.text} "”"</p>
                <footer>"— " {q.attribution}</footer>
            </blockquote>
        }
    });
    view! {
        <p class="step__chapter" class:step__chapter--epilogue=step.epilogue>
            <span>{step.chapter.clone()}</span>
            <span class="step__count">{format!("Step {} of {}", index + 1, total)}</span>
        </p>
        <h2 id=heading_id class="step__headline" tabindex="-1">{step.headline.clone()}</h2>
        {paragraphs}
        {quote}
        {notes.then(|| view! { <SourceNote index=index/> <TermNote index=index/> })}
    }
}

/// Paragraph text with each data figure as a button that opens its source, and each term's
/// first use in the step as a button that shows its definition (`cards`: unless printed).
fn figures(segments: Vec<Segment>, step: usize, paragraph: usize, cards: bool) -> impl IntoView {
    let reader = use_reader();
    segments
        .into_iter()
        .enumerate()
        .map(|(n, seg)| match seg {
            Segment::Text(t) => EitherOf3::A(t),
            Segment::Term { text, .. } if !cards => EitherOf3::A(text),
            Segment::Term { text, slug } => {
                EitherOf3::B(term_button(reader, text, slug, format!("{step}-{paragraph}-{n}")))
            }
            Segment::Figure { text, dataset, id } => {
                // Two figures can cite the same datum (a value and its date): each button is its own.
                let key = (dataset, id.clone(), format!("{step}-{paragraph}-{n}"));
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
                EitherOf3::C(view! {
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
                })
            }
        })
        .collect_view()
}

/// Closes the source card and gives focus back to the figure that opened it.
fn close_note(reader: super::state::Reader) {
    let opener = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.query_selector(".figure[aria-expanded='true']").ok().flatten())
        .and_then(|el| wasm_bindgen::JsCast::dyn_into::<web_sys::HtmlElement>(el).ok());
    reader.source_note.set(None);
    if let Some(el) = opener {
        let _ = el.focus();
    }
}

/// The source card for the figure the reader clicked, under the step it belongs to.
#[component]
fn SourceNote(
    /// The step whose figures this card serves.
    index: usize,
) -> impl IntoView {
    let reader = use_reader();
    let prefix = format!("{index}-");
    move || {
        let (dataset, id, opener): (DatasetKind, String, String) = reader.source_note.get()?;
        if !opener.starts_with(&prefix) {
            return None;
        }
        let content = reader
            .model
            .with_value(|m| crate::charts::describe::content(m, dataset, &id))?;
        Some(view! {
            <aside id="source-note" class="source-note" aria-label="Source of this figure">
                <p class="source-note__value">
                    <strong>{content.value.clone()}</strong> " · " {content.date.clone()}
                </p>
                <p class="source-note__title">{content.title.clone()}</p>
                {move || if super::source_detail::is_ready(reader) {
                    // Read again: the detail came after this card's first render.
                    let content = reader.model.with_value(|m| crate::charts::describe::content(m, dataset, &id));
                    Either::Left(content.map(|content| view! {
                        <SourceLine content=content.clone()/>
                        <blockquote class="source-note__quote">"“" {content.source.quote.clone()} "”"</blockquote>
                    }))
                } else {
                    Either::Right(view! { <SourcesPending/> })
                }}
                <button type="button" class="button button--small" on:click=move |_| close_note(reader)>
                    "Close"
                </button>
            </aside>
        })
    }
}
