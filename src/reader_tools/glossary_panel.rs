//! The glossary and who's who: a term's first use in a step opens its definition (hover, focus,
//! tap or click, like the source cards: `text_events`), the Glossary panel lists every entry with the steps
//! that use it (`?term=<slug>` opens it there), and the no-script page carries the full list
//! (the article view and print handout too: `article_view.rs`). The list is `crate::reader_tools::glossary_list::html`.

use crate::i18n::{tr, trf};
use crate::model::{glossary::Entry, EntryKind};
use crate::page::dialog::Dialog;
use crate::page::state::{use_reader, Reader};
use crate::reader_tools::glossary_list::{self, StepLinks};
use crate::reader_tools::source_detail::{is_ready, Pending, SourcesPending};
use leptos::either::Either;
use leptos::prelude::*;

/// Which use of an entry shows its card: (entry slug, the use `<step>-<paragraph>-<segment>`,
/// pinned by a click or tap rather than shown while hovered or focused).
pub type TermOpen = (String, String, bool);

/// The card for the term the reader is on, under the step it belongs to.
#[component]
pub fn TermNote(
    /// The step whose terms this card serves.
    index: usize,
) -> impl IntoView {
    let reader = use_reader();
    let prefix = format!("{index}-");
    move || {
        let (slug, key, _) = reader.term_note.get()?;
        if !key.starts_with(&prefix) {
            return None;
        }
        let (name, kind) = reader
            .model
            .with_value(|m| m.glossary.entry(&slug).map(|e| (e.name.clone(), e.kind)))?;
        let at = slug.clone();
        let label = trf("What “{name}” means", &[("name", &name)]);
        Some(view! {
            <aside id="term-note" class="term-note" aria-label=label>
                <p class="term-note__name">
                    <strong>{name}</strong>
                    <span class="term-note__kind">{kind_label(kind)}</span>
                </p>
                {move || if is_ready(reader) {
                    // Read again: the definition may have come after this card's first render.
                    let entry = reader.model.with_value(|m| m.glossary.entry(&slug).cloned());
                    Either::Left(entry.map(|entry| view! {
                        <p class="term-note__text">{entry.text.clone()}</p>
                        <EntrySourceLine entry=entry/>
                    }))
                } else {
                    Either::Right(view! { <SourcesPending what={Pending::Definition}/> })
                }}
                <p class="term-note__actions">
                    <button type="button" class="button button--small" on:click=move |_| {
                        reader.term_note.set(None);
                        open_at(reader, &at);
                    }>
                        {tr("All terms and people")}
                    </button>
                    <button type="button" class="button button--small" on:click=move |_| reader.term_note.set(None)>
                        {tr("Close")}
                    </button>
                </p>
            </aside>
        })
    }
}

/// One listener for every step button (`data-step`) in a panel's list: it closes the panel
/// and moves the reader to that step.
pub fn go_to_step(reader: Reader, panel: RwSignal<bool>) -> impl Fn(leptos::ev::MouseEvent) {
    move |ev| {
        let step = ev
            .target()
            .and_then(|t| wasm_bindgen::JsCast::dyn_into::<web_sys::Element>(t).ok())
            .and_then(|el| el.closest("[data-step]").ok().flatten())
            .and_then(|el| el.get_attribute("data-step"))
            .and_then(|i| i.parse::<usize>().ok());
        if let Some(i) = step {
            panel.set(false);
            reader.go(i);
        }
    }
}

/// Opens the Glossary panel at an entry.
pub fn open_at(reader: Reader, slug: &str) {
    reader.glossary_at.set(Some(slug.to_string()));
    reader.glossary_open.set(true);
}

fn kind_label(kind: EntryKind) -> String {
    match kind {
        EntryKind::Term => tr("Term").to_string(),
        EntryKind::Person => tr("Person").to_string(),
    }
}

#[component]
fn EntrySourceLine(entry: Entry) -> impl IntoView {
    let s = entry.source;
    view! {
        <p class="source-line">
            <span class="source-line__label">{tr("Source:")} " "</span>
            <a href=s.url target="_blank" rel="noopener noreferrer">{s.publisher} ": " {s.title}</a>
        </p>
    }
}

/// The full list (see `crate::reader_tools::glossary_list::html`) in the app: step buttons move the reader there.
#[component]
fn LiveGlossaryList() -> impl IntoView {
    let reader = use_reader();
    let html = reader
        .model
        .with_value(|m| glossary_list::html(m, StepLinks::Buttons, "g"));
    view! { <div class="glossary-list" inner_html=html on:click=go_to_step(reader, reader.glossary_open)></div> }
}

/// The Glossary panel; opened by the reader tools' button, a card's "All terms and people" or
/// `?term=<slug>`, at that entry.
#[component]
pub fn GlossaryPanel() -> impl IntoView {
    let reader = use_reader();
    // Once the list is in the dialog, bring the asked-for entry into view and focus.
    Effect::new(move |_| {
        if !reader.glossary_open.get() {
            return;
        }
        let Some(slug) = reader.glossary_at.get() else { return };
        // The list appears once the definitions are in (at once, or when they arrive).
        if !is_ready(reader) {
            return;
        }
        request_animation_frame(move || {
            if let Some(el) = crate::web::element(&format!("g-{slug}")) {
                el.scroll_into_view();
                if let Ok(el) = wasm_bindgen::JsCast::dyn_into::<web_sys::HtmlElement>(el) {
                    let _ = el.focus();
                }
            }
        });
    });
    Effect::new(move |_| {
        if !reader.glossary_open.get() {
            reader.glossary_at.set(None);
        }
    });
    view! {
        <Dialog id="glossary" title=crate::i18n::tr("Glossary and who’s who") open=reader.glossary_open>
            <p class="glossary__intro">
                {tr("Terms and people the story names, in our words. In the text, the first mention in each step is marked: hover, focus or tap it for the definition.")}
            </p>
            {move || if is_ready(reader) {
                Either::Left(view! { <LiveGlossaryList/> })
            } else {
                Either::Right(view! { <SourcesPending what={Pending::Definitions}/> })
            }}
        </Dialog>
    }
}
