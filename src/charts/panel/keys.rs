//! Keyboard access to the chart's data: with the canvas focused, the arrow keys (and Home, End)
//! move between data points (`charts::keynav`), a live region says what each point is, and
//! Escape leaves for the chart's tools. Chart keys take precedence over the page's (see keymap).

use crate::charts::keynav::{NavGrid, Pos};
use crate::charts::panel::painter::Tip;
use crate::charts::HitMap;
use crate::charts::{describe, summary};
use crate::i18n::tr;
use crate::page::state::Reader;
use crate::reading::keymap::{self, Action, Context};
use leptos::prelude::*;
use wasm_bindgen::JsCast;

/// The chart's keyboard state. `Copy`, so each event handler can hold it.
#[derive(Clone, Copy)]
pub struct Keys {
    reader: Reader,
    hits: StoredValue<HitMap>,
    grid: StoredValue<NavGrid>,
    /// The data point focused from the keyboard.
    pub focus: RwSignal<Option<Pos>>,
    /// What the live region says about it.
    pub announcement: RwSignal<String>,
    tip: RwSignal<Option<Tip>>,
    /// The step the hit map was drawn for.
    drawn_step: RwSignal<Option<usize>>,
    /// The step the focused point was chosen on.
    focus_step: StoredValue<Option<usize>>,
    /// Keyboard focus arrived before this step's chart was drawn (a jump from the text in
    /// scroll mode): select its first point once it is.
    first_when_drawn: StoredValue<bool>,
    /// The chart's sound (P plays it; then each move sounds its point).
    pub listener: super::listen::Listener,
}

impl Keys {
    pub fn new(
        reader: Reader,
        hits: StoredValue<HitMap>,
        grid: StoredValue<NavGrid>,
        tip: RwSignal<Option<Tip>>,
        drawn_step: RwSignal<Option<usize>>,
    ) -> Self {
        let keys = Keys {
            reader,
            hits,
            grid,
            focus: RwSignal::new(None),
            announcement: RwSignal::new(String::new()),
            tip,
            drawn_step,
            focus_step: StoredValue::new(None),
            first_when_drawn: StoredValue::new(false),
            listener: super::listen::Listener::new(reader, hits, grid),
        };
        // A new step starts with no point focused: a point stays focused only on the step it
        // was chosen on (the reader may come back to a step before this runs, as a jump from the
        // text does).
        Effect::new(move |_| {
            if keys.focus_step.get_value() != Some(reader.step.get()) {
                keys.focus.set(None);
            }
        });
        Effect::new(move |_| {
            if drawn_step.get() == Some(reader.step.get_untracked()) && keys.first_when_drawn.get_value() {
                keys.first_when_drawn.set_value(false);
                if keys.focus.get_untracked().is_none() {
                    keys.select_first();
                }
            }
        });
        keys
    }

    /// Moves the focus by `action` from `from` on this step's chart, and says where it landed.
    fn move_focus(self, from: Option<Pos>, action: Action, intro: &str) {
        let (hits, grid, reader) = (self.hits, self.grid, self.reader);
        let next = hits.with_value(|map| grid.with_value(|g| g.step(map, from, action)));
        self.focus_step.set_value(Some(reader.step.get_untracked()));
        self.focus.set(next);
        if let Some(k) = next.and_then(|p| grid.with_value(|g| g.hit(p))) {
            self.listener.sound(k);
        }
        let text = next
            .and_then(|p| grid.with_value(|g| g.hit(p)))
            .and_then(|k| hits.with_value(|map| map.hits.get(k).cloned()))
            .and_then(|hit| {
                reader
                    .model
                    .with_value(|m| describe::for_mark(m, hit.dataset, &hit.id, hit.label.as_deref()))
            })
            .map(|c| match intro {
                "" => c.announcement(),
                intro => format!("{intro} {}", c.announcement()),
            })
            .unwrap_or_default();
        self.announcement.set(text);
    }

    fn select_first(self) {
        let intro = tr(
            "Chart data: the arrow keys move between points; A sums up the chart, S this series, Y this year, P plays it as sound.",
        );
        self.move_focus(None, Action::NextPoint, intro)
    }

    pub fn on_key(self, ev: web_sys::KeyboardEvent) {
        if ev.alt_key() || ev.ctrl_key() || ev.meta_key() {
            return;
        }
        let Some(action) = keymap::action(Context::Chart, &ev.key()) else {
            return;
        };
        ev.prevent_default();
        ev.stop_propagation();
        if matches!(
            action,
            Action::SummariseChart | Action::SummariseSeries | Action::SummariseYear
        ) {
            let pos = self.focus.get_untracked().unwrap_or((0, 0));
            let view = untrack(|| self.reader.view());
            let text = self.reader.model.with_value(|m| {
                self.hits.with_value(|hits| {
                    self.grid.with_value(|grid| match action {
                        Action::SummariseChart => Some(summary::chart(m, &view, hits, grid)),
                        Action::SummariseSeries => summary::series(m, hits, grid, pos.0),
                        _ => summary::year(m, hits, grid, grid.hit(pos)?),
                    })
                })
            });
            self.announcement.set(text.unwrap_or_default());
            return;
        }
        if action == Action::Listen {
            if let Some(text) = self.listener.toggle() {
                self.announcement.set(text);
            }
            return;
        }
        if action == Action::LeaveChart {
            self.focus.set(None);
            if let Some(next) = web_sys::window()
                .and_then(|w| w.document())
                .and_then(|d| d.query_selector(".chart-tools button").ok().flatten())
                .and_then(|el| el.dyn_into::<web_sys::HtmlElement>().ok())
            {
                let _ = next.focus();
            }
            return;
        }
        self.move_focus(self.focus.get_untracked(), action, "");
    }

    pub fn on_focus(self) {
        if self.focus.get_untracked().is_some() {
            return;
        }
        if self.drawn_step.get_untracked() == Some(self.reader.step.get_untracked()) {
            self.select_first();
        } else {
            self.first_when_drawn.set_value(true);
        }
    }

    pub fn on_blur(self) {
        self.first_when_drawn.set_value(false);
        self.focus.set(None);
        self.tip.set(None);
    }
}
