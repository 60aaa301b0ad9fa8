//! The story text's buttons are plain HTML (`crate::reading::step_html`): a figure opens its source card,
//! a term's first use its definition (shown while hovered or focused, pinned by a click or tap).
//! Their events reach the step's text box and are handled here, by what the button carries
//! (`data-dataset`, `data-id`, `data-term`, `data-use`); `aria-expanded` follows the open card.

use crate::model::DatasetKind;
use crate::page::state::Reader;
use leptos::prelude::*;
use wasm_bindgen::JsCast;

/// The figure or term button an event happened in, if any.
fn button(target: Option<web_sys::EventTarget>, selector: &str) -> Option<web_sys::Element> {
    target?
        .dyn_into::<web_sys::Element>()
        .ok()?
        .closest(selector)
        .ok()
        .flatten()
}

fn data(el: &web_sys::Element, name: &str) -> String {
    el.get_attribute(name).unwrap_or_default()
}

/// A click or tap: a figure toggles its source card, a term pins (or unpins) its definition.
pub fn click(reader: Reader, ev: &web_sys::MouseEvent) {
    if let Some(figure) = button(ev.target(), ".figure") {
        let Some(dataset) = DatasetKind::from_key(&data(&figure, "data-dataset")) else {
            return;
        };
        let key = (dataset, data(&figure, "data-id"), data(&figure, "data-use"));
        let open = reader.source_note.get_untracked().as_ref() == Some(&key);
        reader.source_note.set((!open).then_some(key));
    } else if let Some(term) = button(ev.target(), ".term") {
        let (slug, key) = (data(&term, "data-term"), data(&term, "data-use"));
        let pinned_here = reader
            .term_note
            .with_untracked(|t| t.as_ref().is_some_and(|(_, k, p)| *k == key && *p));
        reader.term_note.set((!pinned_here).then_some((slug, key, true)));
    }
}

/// The pointer or focus arrived at (`on`) or left a term: show its definition while there,
/// unless another is pinned; hide it on leaving unless the reader pinned it.
fn term_presence(reader: Reader, term: &web_sys::Element, on: bool) {
    let (slug, key) = (data(term, "data-term"), data(term, "data-use"));
    if on {
        let pinned = reader
            .term_note
            .with_untracked(|t| t.as_ref().is_some_and(|(_, _, p)| *p));
        if !pinned {
            reader.term_note.set(Some((slug, key, false)));
        }
    } else {
        let transient = reader
            .term_note
            .with_untracked(|t| t.as_ref().is_some_and(|(_, k, p)| *k == key && !*p));
        if transient {
            reader.term_note.set(None);
        }
    }
}

/// `mouseover` / `mouseout` (they bubble, unlike enter and leave): acts only when the pointer
/// crosses a term's edge, not when it moves between the term and its own text.
pub fn hover(reader: Reader, ev: &web_sys::MouseEvent, on: bool) {
    let Some(term) = button(ev.target(), ".term") else {
        return;
    };
    let related = ev.related_target().and_then(|t| t.dyn_into::<web_sys::Node>().ok());
    if related.is_some_and(|r| term.contains(Some(&r))) {
        return;
    }
    term_presence(reader, &term, on);
}

/// `focusin` / `focusout` on a term.
pub fn focus(reader: Reader, ev: &web_sys::FocusEvent, on: bool) {
    if let Some(term) = button(ev.target(), ".term") {
        term_presence(reader, &term, on);
    }
}

/// Keeps each text button's `aria-expanded` true exactly while its card is open, also for text
/// drawn afresh (a step change, a mode switch), which arrives with every button closed.
pub fn follow_open_cards(reader: Reader) {
    Effect::new(move |_| {
        let figure = reader.source_note.with(|n| n.as_ref().map(|(_, _, k)| k.clone()));
        let term = reader.term_note.with(|t| t.as_ref().map(|(_, k, _)| k.clone()));
        reader.step.track();
        reader.mode.track();
        set_expanded("figure", figure.as_deref());
        set_expanded("term", term.as_deref());
    });
}

/// Marks the one button of `class` whose `data-use` is `open` as expanded (none if `None`), in
/// the page's reading view (the print handout's copy has no cards).
fn set_expanded(class: &str, open: Option<&str>) {
    let Some(doc) = web_sys::window().and_then(|w| w.document()) else {
        return;
    };
    let query = |selector: &str| doc.query_selector_all(selector).ok();
    if let Some(list) = query(&format!("#main .step__body .{class}[aria-expanded=\"true\"]")) {
        for i in 0..list.length() {
            if let Some(el) = list.item(i).and_then(|n| n.dyn_into::<web_sys::Element>().ok()) {
                let _ = el.set_attribute("aria-expanded", "false");
            }
        }
    }
    // Keys are digits and hyphens (`step_html::use_key`), safe inside the selector.
    if let Some(key) = open.filter(|k| k.bytes().all(|b| b.is_ascii_digit() || b == b'-')) {
        if let Some(el) = query(&format!("#main .step__body .{class}[data-use=\"{key}\"]")).and_then(|l| l.item(0)) {
            if let Ok(el) = el.dyn_into::<web_sys::Element>() {
                let _ = el.set_attribute("aria-expanded", "true");
            }
        }
    }
}
