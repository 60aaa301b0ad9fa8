//! Scroll mode's text: every step in order, scrolling past the pinned chart. The step most in
//! view becomes current (and the URL follows, through the app's URL effect); a step chosen any
//! other way (buttons, keys, the jump menu, a deep link) is scrolled into view.

use crate::page::state::{use_reader, Reader};
use crate::reader_tools::glossary_panel::TermNote;
use crate::reading::step_text::SourceNote;
use crate::reading::text_events;
use leptos::html;
use leptos::prelude::*;
use std::cell::Cell;
use std::rc::Rc;
use wasm_bindgen::JsCast;

/// How long to ignore the observer after scrolling on the reader's behalf (a smooth scroll
/// passes other steps, which must not become current on the way).
const SMOOTH_LOCK_MS: i32 = 900;

/// All steps, for reading by scrolling.
#[component]
pub fn ScrollSteps() -> impl IntoView {
    let reader = use_reader();
    let list = NodeRef::<html::Div>::new();
    // Held from the start until the column has landed on its step.
    let hold = Hold::default();
    let first_hold = hold.take();

    let adopt = {
        let hold = hold.clone();
        move || {
            if hold.is_held() {
                return;
            }
            if let Some(i) = crate::reading::scrolly::current() {
                if i != reader.step.get_untracked() {
                    reader.go_by_scroll(i);
                }
            }
        }
    };

    // Once the steps are on the page: land on the current step (a deep link, or the step read
    // in another mode), then start observing.
    let observer = StoredValue::new_local(None::<web_sys::IntersectionObserver>);
    let started = {
        let adopt = adopt.clone();
        let hold = hold.clone();
        move || {
            crate::reading::scrolly::manual_restoration();
            let first = reader.step.get_untracked();
            if first > 0 {
                crate::reading::scrolly::scroll_to(first, false);
            }
            hold.release(first_hold);
            // The reader may have switched modes before this frame: then there is nothing to watch.
            if observer.try_with_value(|_| ()).is_some() {
                observer.set_value(crate::reading::scrolly::observe(adopt.clone()));
            }
        }
    };
    // In an effect: the build-time render has no frames (effects run only in the browser).
    Effect::new(move |_| request_animation_frame(started.clone()));
    on_cleanup(move || {
        observer.with_value(|o| {
            if let Some(o) = o {
                o.disconnect();
            }
        })
    });

    // A step chosen other than by scrolling: bring it into view, holding the observer off until
    // the scroll has settled.
    Effect::new(move |previous: Option<usize>| {
        let now = reader.step.get();
        let by_scroll = reader.state.with_untracked(|s| s.by_scroll);
        if let Some(before) = previous.filter(|p| *p != now && !by_scroll) {
            let smooth = reader.motion.get_untracked() && before.abs_diff(now) == 1;
            let mine = hold.take();
            crate::reading::scrolly::scroll_to(now, smooth);
            let (hold, adopt) = (hold.clone(), adopt.clone());
            let wait = if smooth { SMOOTH_LOCK_MS } else { 50 };
            set_timeout(
                move || {
                    if hold.release(mine) {
                        adopt();
                    }
                },
                std::time::Duration::from_millis(wait as u64),
            );
        }
        now
    });

    // Marks the current step (the column is HTML the app did not build element by element).
    Effect::new(move |_| {
        let now = reader.step.get();
        if let Some(list) = list.get() {
            mark_current(&list, now);
        }
    });

    // A source or term card opens under the text of the step its button belongs to.
    let body_of = move |key: String| -> Option<(usize, web_sys::Element)> {
        let index: usize = key.split('-').next()?.parse().ok()?;
        let article = list.get()?.children().item(index as u32)?;
        Some((index, article.query_selector(".step__body").ok()??))
    };
    // Each effect keeps its card; the one shown before is dropped (removed) first.
    Effect::new(move |shown: Option<Option<Card>>| {
        drop(shown);
        let key = reader.source_note.with(|n| n.as_ref().map(|(_, _, k)| k.clone()));
        let (index, body) = key.and_then(body_of)?;
        Card::after(&body, move || view! { <SourceNote index=index/> })
    });
    Effect::new(move |shown: Option<Option<Card>>| {
        drop(shown);
        let key = reader.term_note.with(|t| t.as_ref().map(|(_, k, _)| k.clone()));
        let (index, body) = key.and_then(body_of)?;
        Card::after(&body, move || view! { <TermNote index=index/> })
    });

    // Adopting the build's page, its copy of the column stays (`inner_html` is not set again).
    let html = if crate::page::hydrating() {
        String::new()
    } else {
        let current = reader.step.get_untracked();
        reader.model.with_value(|m| {
            crate::reading::step_html::scroll_list(m, current, &|i| crate::prerender::figures::noscript_html(m, i))
        })
    };
    view! {
        <div
            class="scrolly"
            node_ref=list
            inner_html=html
            on:click=move |ev| {
                match to_chart_button(&ev) {
                    Some(i) => to_chart(reader, i),
                    None => text_events::click(reader, &ev),
                }
            }
            on:mouseover=move |ev| text_events::hover(reader, &ev, true)
            on:mouseout=move |ev| text_events::hover(reader, &ev, false)
            on:focusin=move |ev| text_events::focus(reader, &ev, true)
            on:focusout=move |ev| text_events::focus(reader, &ev, false)
        ></div>
    }
}

/// Whether scroll mode is moving the page on the reader's behalf (landing on a deep link, or
/// bringing a step chosen by key into view): while held, the observer's reports are ignored, as a
/// smooth scroll passes other steps that must not become current on the way. Each scroll takes
/// the hold anew; only the latest one's release lets go (quick presses do not release one
/// another).
#[derive(Clone, Default)]
struct Hold(Rc<Cell<(bool, u32)>>);

impl Hold {
    fn is_held(&self) -> bool {
        self.0.get().0
    }

    /// Holds; returns the token that releases this hold.
    fn take(&self) -> u32 {
        let token = self.0.get().1.wrapping_add(1);
        self.0.set((true, token));
        token
    }

    /// Lets go if no later scroll has taken the hold since; says whether it did.
    fn release(&self, token: u32) -> bool {
        let latest = self.0.get().1 == token;
        if latest {
            self.0.set((false, token));
        }
        latest
    }
}

/// A card shown right after a step's body (so it is read next), in HTML the app did not build:
/// a portal placed inline, where `leptos::portal::Portal` appends to the end of its target.
/// Dropping it removes the card.
struct Card {
    _view: Box<dyn std::any::Any>,
    slot: web_sys::Element,
}

impl Card {
    fn after<V: IntoView + 'static>(body: &web_sys::Element, card: impl FnOnce() -> V + 'static) -> Option<Card> {
        let slot = web_sys::window()?.document()?.create_element("div").ok()?;
        body.after_with_node_1(&slot).ok()?;
        let view = leptos::mount::mount_to(slot.clone().unchecked_into(), card);
        Some(Card {
            _view: Box::new(view),
            slot,
        })
    }
}

impl Drop for Card {
    fn drop(&mut self) {
        self.slot.remove();
    }
}

/// Step `current` is the one marked current (a class for the eye, `aria-current` for the ear).
fn mark_current(list: &web_sys::HtmlDivElement, current: usize) {
    let steps = list.children();
    for i in 0..steps.length() {
        let Some(step) = steps.item(i) else { continue };
        let is = i as usize == current;
        let _ = step.class_list().toggle_with_force("step--current", is);
        let _ = if is {
            step.set_attribute("aria-current", "step")
        } else {
            step.remove_attribute("aria-current")
        };
    }
}

/// The step whose "Explore this step's chart" button a click was on, if it was on one.
fn to_chart_button(ev: &web_sys::MouseEvent) -> Option<usize> {
    let button = ev
        .target()?
        .dyn_into::<web_sys::Element>()
        .ok()?
        .closest(".to-chart")
        .ok()??;
    button.get_attribute("data-step")?.parse().ok()
}

/// The chart follows all the text in the DOM; from the keyboard, this jumps to it (with step `i`
/// current) instead of tabbing past every step.
fn to_chart(reader: Reader, i: usize) {
    // Focusing the button may have scrolled the next step into the reading zone, and the
    // observer may not have said so yet: bring this one back there (as a step chosen by key is),
    // so the observer agrees it is current whenever it reports.
    if reader.step.get_untracked() != i {
        reader.go(i);
    } else {
        crate::reading::scrolly::scroll_to(i, false);
    }
    focus_chart();
}

/// Moves keyboard focus to the chart canvas (its arrow keys then walk the data).
fn focus_chart() {
    if let Some(canvas) = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.query_selector("canvas.chart__canvas").ok().flatten())
        .and_then(|el| wasm_bindgen::JsCast::dyn_into::<web_sys::HtmlElement>(el).ok())
    {
        let _ = canvas.focus();
    }
}
