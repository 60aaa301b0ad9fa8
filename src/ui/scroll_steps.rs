//! Scroll mode's text: every step in order, scrolling past the pinned chart. The step most in
//! view becomes current (and the URL follows, through the app's URL effect); a step chosen any
//! other way (buttons, keys, the jump menu, a deep link) is scrolled into view.

use super::state::use_reader;
use super::static_figure::StaticFigure;
use super::step_text::StepText;
use leptos::prelude::*;
use std::cell::Cell;
use std::rc::Rc;

/// How long to ignore the observer after scrolling on the reader's behalf (a smooth scroll
/// passes other steps, which must not become current on the way).
const SMOOTH_LOCK_MS: i32 = 900;

/// All steps, for reading by scrolling.
#[component]
pub fn ScrollSteps() -> impl IntoView {
    let reader = use_reader();
    // Each step's slug and chart title (prepaint.js shows a deep-linked step's title before the app starts).
    let steps: Vec<(String, &'static str)> = reader.model.with_value(|m| {
        m.story
            .steps
            .iter()
            .map(|s| (s.slug.clone(), s.chart.chart.title()))
            .collect()
    });
    // Set while a scroll made on the reader's behalf is under way.
    let locked = Rc::new(Cell::new(false));

    let adopt = {
        let locked = locked.clone();
        move || {
            if locked.get() {
                return;
            }
            if let Some(i) = crate::web::scrolly::current() {
                if i != reader.step.get_untracked() {
                    reader.from_scroll.set_value(true);
                    reader.go(i);
                }
            }
        }
    };

    // Once the steps are on the page: land on the current step (a deep link, or the step read
    // in another mode), then start observing.
    let observer = StoredValue::new_local(None::<web_sys::IntersectionObserver>);
    let started = {
        let adopt = adopt.clone();
        let locked = locked.clone();
        move || {
            crate::web::scrolly::manual_restoration();
            let first = reader.step.get_untracked();
            if first > 0 {
                crate::web::scrolly::scroll_to(first, false);
            }
            locked.set(false);
            // The reader may have switched modes before this frame: then there is nothing to watch.
            if observer.try_with_value(|_| ()).is_some() {
                observer.set_value(crate::web::scrolly::observe(adopt.clone()));
            }
        }
    };
    locked.set(true);
    // In an effect: the build-time render has no frames (effects run only in the browser).
    Effect::new(move |_| request_animation_frame(started.clone()));
    on_cleanup(move || {
        observer.with_value(|o| {
            if let Some(o) = o {
                o.disconnect();
            }
        })
    });

    // A step chosen other than by scrolling: bring it into view. Each such scroll takes the lock
    // anew; only the latest one's timer releases it (quick presses do not unlock one another).
    let generation = Rc::new(Cell::new(0u32));
    Effect::new(move |previous: Option<usize>| {
        let now = reader.step.get();
        let by_scroll = reader.from_scroll.get_value();
        reader.from_scroll.set_value(false);
        if let Some(before) = previous.filter(|p| *p != now && !by_scroll) {
            let smooth = reader.motion.get_untracked() && before.abs_diff(now) == 1;
            locked.set(true);
            let mine = generation.get().wrapping_add(1);
            generation.set(mine);
            crate::web::scrolly::scroll_to(now, smooth);
            let (locked, generation, adopt) = (locked.clone(), generation.clone(), adopt.clone());
            let wait = if smooth { SMOOTH_LOCK_MS } else { 50 };
            set_timeout(
                move || {
                    if generation.get() == mine {
                        locked.set(false);
                        adopt();
                    }
                },
                std::time::Duration::from_millis(wait as u64),
            );
        }
        now
    });

    view! {
        <div class="scrolly">
            {steps
                .into_iter()
                .enumerate()
                .map(|(i, (slug, chart_title))| {
                    let heading = format!("step-{slug}-heading");
                    let labelled_by = heading.clone();
                    view! {
                        <article
                            class="step step--scroll"
                            class:step--current=move || reader.step.get() == i
                            id=format!("step-{slug}")
                            aria-labelledby=labelled_by
                            aria-current=move || (reader.step.get() == i).then_some("step")
                            data-chart-title=chart_title
                        >
                            <StepText index=i heading_id=heading/>
                            // The step's chart as a static image, for readers without scripts.
                            <StaticFigure index=i/>
                            // The chart follows all the text in the DOM; from the keyboard, this
                            // jumps to it (with this step current) instead of tabbing past every step.
                            <button
                                type="button"
                                class="to-chart"
                                on:click=move |_| {
                                    // Focusing this button may have scrolled the next step into
                                    // the reading zone, and the observer may not have said so yet:
                                    // bring this one back there (as a step chosen by key is), so
                                    // the observer agrees it is current whenever it reports.
                                    if reader.step.get_untracked() != i {
                                        reader.go(i);
                                    } else {
                                        crate::web::scrolly::scroll_to(i, false);
                                    }
                                    focus_chart();
                                }
                            >
                                "Explore this step's chart"
                            </button>
                        </article>
                    }
                })
                .collect_view()}
        </div>
    }
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
