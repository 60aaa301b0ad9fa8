//! One step's text: chapter, headline, paragraphs with sourced figures and a quote (HTML from
//! `step_html`, the same string the build wrote), and the source or term card the reader opened.
//! Used by every reading mode.

use super::glossary::TermNote;
use super::source_detail::SourcesPending;
use super::state::use_reader;
use super::text_events;
use super::tooltip::SourceLine;
use crate::model::DatasetKind;
use leptos::either::Either;
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
    let text = reader
        .model
        .with_value(|m| crate::step_html::text(m, index, &heading_id, notes));
    view! {
        <div
            class="step__text"
            inner_html=text
            on:click=move |ev| text_events::click(reader, &ev)
            on:mouseover=move |ev| text_events::hover(reader, &ev, true)
            on:mouseout=move |ev| text_events::hover(reader, &ev, false)
            on:focusin=move |ev| text_events::focus(reader, &ev, true)
            on:focusout=move |ev| text_events::focus(reader, &ev, false)
        ></div>
        {notes.then(|| view! { <SourceNote index=index/> <TermNote index=index/> })}
    }
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
pub fn SourceNote(
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
