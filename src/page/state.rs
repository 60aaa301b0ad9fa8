//! The reader's state, shared by context. One signal holds where the reader is, as the address
//! carries it ([`Place`]); the step and the reading mode are derived from it (memos, so a change
//! wakes only what reads the part that changed), and the address bar is written from it whole.
//! Beside it: the model (read-only but for the sources' detail, added once fetched), the
//! reader's display preferences and environment (theme, motion, printing), and which card or
//! panel is open.

use crate::address::{Mode, ViewState};
use crate::model::{ChartView, DatasetKind, Model, Step};
use leptos::prelude::*;

/// Where the reader is, and how the current step was reached.
#[derive(Debug, Clone, Copy, PartialEq, Default)]
pub struct Place {
    /// The address: the step, the reading mode when one was chosen (by the URL or the reader,
    /// so the URL carries it), and the flags the page was opened with (embed, chart, theme...).
    pub address: ViewState,
    /// Whether scroll mode made the step current because it was most in view (then it is not
    /// scrolled to again).
    pub by_scroll: bool,
}

/// Everything components need to know about where the reader is.
#[derive(Clone, Copy)]
pub struct Reader {
    pub model: StoredValue<Model>,
    /// The one record of where the reader is; write it through [`Reader::go`] and [`Reader::set_mode`].
    pub place: RwSignal<Place>,
    /// Zero-based index of the current step; always valid (from `place`).
    pub step: Memo<usize>,
    /// How the story is read: scroll, step by step, or as one article (from `place`).
    pub mode: Memo<Mode>,
    /// Whether the model's sources carry their detail yet (see `source_detail`).
    pub sources: RwSignal<crate::reader_tools::source_detail::SourcesState>,
    /// The figure in the text whose source card is open.
    /// (dataset, datum id, which figure in the text opened it: `<paragraph>-<segment>`).
    pub source_note: RwSignal<Option<(DatasetKind, String, String)>>,
    /// The glossary entry whose card is open in the text (see `glossary_panel::TermOpen`).
    pub term_note: RwSignal<Option<crate::reader_tools::glossary_panel::TermOpen>>,
    /// Whether the Glossary panel is open, and the entry it opens at.
    pub glossary_open: RwSignal<bool>,
    pub glossary_at: RwSignal<Option<String>>,
    /// Whether charts include data from after the article (faded); off shows what the article saw.
    pub show_after: RwSignal<bool>,
    /// Whether the keyboard shortcuts dialog is open (the `?` key opens it from anywhere).
    pub shortcuts_open: RwSignal<bool>,
    /// The page's colour theme as applied: "light" or "dark" (charts redraw when it changes).
    pub theme: RwSignal<&'static str>,
    /// In a single-chart embed, the chart state and its caption (instead of the step's).
    pub fixed: StoredValue<Option<(ChartView, String)>>,
    /// Whether charts animate between steps (off under `prefers-reduced-motion` or the toggle).
    pub motion: RwSignal<bool>,
    /// True while the page is being printed: the handout is rendered, charts in light colours.
    pub printing: RwSignal<bool>,
    /// Whether the first render is (at build time) or adopts (in the browser) the prerendered page,
    /// whose stand-in chart follows the system's theme because it is drawn before any script runs.
    pub adopts_prerender: bool,
}

/// The step and the reading mode, derived from `place` (a memo wakes its readers only when its
/// value changes, so moving a step does not wake what reads the mode).
pub fn derive(place: RwSignal<Place>) -> (Memo<usize>, Memo<Mode>) {
    let step = Memo::new(move |_| place.with(|p| p.address.step));
    let mode = Memo::new(move |_| place.with(|p| Mode::resolve(p.address.mode, p.address.embed)));
    (step, mode)
}

impl Reader {
    pub fn step_count(&self) -> usize {
        self.model.with_value(|m| m.story.steps.len())
    }

    /// Moves to step `i` (clamped), closing any open source or term card.
    pub fn go(&self, i: usize) {
        self.move_to(i, false);
    }

    /// Scroll mode: step `i` is now the one most in view.
    pub fn go_by_scroll(&self, i: usize) {
        self.move_to(i, true);
    }

    fn move_to(&self, i: usize, by_scroll: bool) {
        let last = self.step_count().saturating_sub(1);
        let target = i.min(last);
        if self.step.get_untracked() != target {
            self.source_note.set(None);
            self.term_note.set(None);
            self.place.update(|p| {
                p.address.step = target;
                p.by_scroll = by_scroll;
            });
        }
    }

    pub fn next(&self) {
        self.go(self.step.get_untracked() + 1);
    }

    pub fn prev(&self) {
        self.go(self.step.get_untracked().saturating_sub(1));
    }

    pub fn first(&self) {
        self.go(0);
    }

    pub fn last(&self) {
        self.go(self.step_count().saturating_sub(1));
    }

    /// Switches the reading mode (the reader chose it, so the URL keeps it).
    pub fn set_mode(&self, mode: Mode) {
        self.place.update(|p| p.address.mode = Some(mode));
    }

    /// The flags the page was opened with (not tracked: they never change).
    pub fn flags(&self) -> ViewState {
        self.place.with_untracked(|p| p.address)
    }

    /// The current chart state, with the reader's "after the article" choice applied (tracked).
    pub fn view(&self) -> ChartView {
        let i = self.step.get();
        let show_after = self.show_after.get();
        let fixed = self.fixed.with_value(|f| f.as_ref().map(|(v, _)| v.clone()));
        self.model.with_value(|m| {
            let v = fixed.as_ref().unwrap_or(&m.story.steps[i].chart);
            match (show_after, m.publication_day()) {
                (false, Some(day)) => v.as_published(day),
                _ => v.clone(),
            }
        })
    }

    /// Reads the current step (tracked).
    pub fn with_step<R>(&self, f: impl FnOnce(&Step) -> R) -> R {
        let i = self.step.get();
        self.model.with_value(|m| f(&m.story.steps[i]))
    }
}

/// The reader state from context.
pub fn use_reader() -> Reader {
    expect_context::<Reader>()
}
