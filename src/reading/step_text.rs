//! One step's text: chapter, headline, paragraphs with sourced figures and a quote (HTML from
//! `step_html`, the same string the build wrote), and the source or term card the reader opened.
//! Used by every reading mode.

use crate::charts::panel::tooltip::SourceLine;
use crate::model::DatasetKind;
use crate::page::state::use_reader;
use crate::reader_tools::glossary_panel::TermNote;
use crate::reader_tools::source_detail::SourcesPending;
use crate::reading::text_events;
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
    let total = reader.step_count();
    let (chapter, headline, epilogue) = reader.model.with_value(|m| {
        let s = &m.story.steps[index];
        (s.chapter.clone(), s.headline.clone(), s.epilogue)
    });
    let body = reader
        .model
        .with_value(|m| crate::reading::step_html::body(m, index, notes));
    // The chapter line and headline are elements the app keeps from step to step (only their
    // text changes), so a focused headline stays focused; `step_html::text` writes the same
    // markup for scroll mode's column (tests/prerender.rs holds the two together).
    view! {
        <p class="step__chapter" class:step__chapter--epilogue=epilogue>
            <span>{chapter}</span>
            <span class="step__count">
                {crate::i18n::trf(
                    "Step {n} of {total}",
                    &[("n", &(index + 1).to_string()), ("total", &total.to_string())],
                )}
            </span>
        </p>
        <h2 id=heading_id class="step__headline" tabindex="-1">{headline}</h2>
        <div
            class="step__body"
            inner_html=body
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
fn close_note(reader: crate::page::state::Reader) {
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
            <aside id="source-note" class="source-note" aria-label=crate::i18n::tr("Source of this figure")>
                <p class="source-note__value">
                    <strong>{content.value.clone()}</strong> " · " {content.date.clone()}
                </p>
                <p class="source-note__title">{content.title.clone()}</p>
                {move || if crate::reader_tools::source_detail::is_ready(reader) {
                    // Read again: the detail came after this card's first render.
                    let content = reader.model.with_value(|m| crate::charts::describe::content(m, dataset, &id));
                    Either::Left(content.map(|content| view! {
                        <SourceLine content=content.clone()/>
                        <div inner_html=crate::reader_tools::sources::quote_html(&content.source.quote, "source-note__quote")></div>
                    }))
                } else {
                    Either::Right(view! { <SourcesPending/> })
                }}
                <button type="button" class="button button--small" on:click=move |_| close_note(reader)>
                    {crate::i18n::tr("Close")}
                </button>
            </aside>
        })
    }
}
