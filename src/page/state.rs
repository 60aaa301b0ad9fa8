//! The reader's state, shared by context: the model (read-only but for the sources' detail,
//! added once fetched) and the current step.

use crate::address::Mode;
use crate::model::{ChartView, DatasetKind, Model, Step};
use leptos::prelude::*;

/// Everything components need to know about where the reader is.
#[derive(Clone, Copy)]
pub struct Reader {
    pub model: StoredValue<Model>,
    /// Whether the model's sources carry their detail yet (see `source_detail`).
    pub sources: RwSignal<crate::reader_tools::source_detail::SourcesState>,
    /// Zero-based index of the current step; always valid.
    pub step: RwSignal<usize>,
    /// The figure in the text whose source card is open.
    /// (dataset, datum id, which figure in the text opened it: `<paragraph>-<segment>`).
    pub source_note: RwSignal<Option<(DatasetKind, String, String)>>,
    /// The glossary entry whose card is open in the text (see `glossary::TermOpen`).
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
    /// The URL flags the page was opened with (embed, chart, theme...).
    pub flags: StoredValue<crate::address::ViewState>,
    /// How the story is read: scroll, step by step, or as one article.
    pub mode: RwSignal<Mode>,
    /// Whether the mode was chosen (by the URL or the reader), so the URL should carry it.
    pub mode_chosen: RwSignal<bool>,
    /// Whether charts animate between steps (off under `prefers-reduced-motion` or the toggle).
    pub motion: RwSignal<bool>,
    /// True while the page is being printed: the handout is rendered, charts in light colours.
    pub printing: RwSignal<bool>,
    /// Whether the first render is (at build time) or adopts (in the browser) the prerendered page,
    /// whose stand-in chart follows the system's theme because it is drawn before any script runs.
    pub adopts_prerender: bool,
    /// Set by scroll mode just before it makes the step most in view current, so the change is
    /// not scrolled to again.
    pub from_scroll: StoredValue<bool>,
}

impl Reader {
    pub fn step_count(&self) -> usize {
        self.model.with_value(|m| m.story.steps.len())
    }

    /// Moves to step `i` (clamped), closing any open source or term card.
    pub fn go(&self, i: usize) {
        let last = self.step_count().saturating_sub(1);
        let target = i.min(last);
        if self.step.get_untracked() != target {
            self.source_note.set(None);
            self.term_note.set(None);
            self.step.set(target);
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
        self.mode_chosen.set(true);
        self.mode.set(mode);
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
