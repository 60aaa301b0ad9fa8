//! The reader's state, shared by context. One signal holds it ([`ReaderState`]): where the
//! reader is, as the address carries it, and how they read (theme, motion, data after the
//! article, printing). Everything components read is derived from it as memos (a change wakes
//! only what reads the part that changed), and the address bar is written from it whole.
//! Beside it: the model (read-only but for the sources' detail, added once fetched), and which
//! card or panel is open (each opened and closed by its own control).

use crate::address::{Mode, ViewState};
use crate::model::{ChartView, DatasetKind, Model, Step};
use leptos::prelude::*;

/// Where the reader is and how they read.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct ReaderState {
    /// The address: the step, the reading mode when one was chosen (by the URL or the reader,
    /// so the URL carries it), and the flags the page was opened with (embed, chart, theme...).
    pub address: ViewState,
    /// Whether scroll mode made the step current because it was most in view (then it is not
    /// scrolled to again).
    pub by_scroll: bool,
    /// The page's colour theme as applied: "light" or "dark" (charts redraw when it changes).
    pub theme: &'static str,
    /// Whether charts animate between steps (off under `prefers-reduced-motion` or the toggle).
    pub motion: bool,
    /// Whether charts include data from after the article (faded); off shows what the article saw.
    pub show_after: bool,
    /// True while the page is being printed: the handout is rendered, charts in light colours.
    pub printing: bool,
}

/// Everything components need to know about where the reader is.
#[derive(Clone, Copy)]
pub struct Reader {
    pub model: StoredValue<Model>,
    /// The one record of the reader's state; move between steps with [`Reader::go`], and read
    /// it through the memos below.
    pub state: RwSignal<ReaderState>,
    /// Zero-based index of the current step; always valid.
    pub step: Memo<usize>,
    /// How the story is read: scroll, step by step, or as one article.
    pub mode: Memo<Mode>,
    pub theme: Memo<&'static str>,
    pub motion: Memo<bool>,
    pub show_after: Memo<bool>,
    pub printing: Memo<bool>,
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
    /// Whether the Questions panel (questions for a class) is open.
    pub questions_open: RwSignal<bool>,
    /// `?answers=1`: the teacher's view, answers under the questions (panel and print handout).
    pub answers: bool,
    /// Whether the keyboard shortcuts dialog is open (the `?` key opens it from anywhere).
    pub shortcuts_open: RwSignal<bool>,
    /// In a single-chart embed, the chart state and its caption (instead of the step's).
    pub fixed: StoredValue<Option<(ChartView, String)>>,
    /// Whether the first render is (at build time) or adopts (in the browser) the prerendered page,
    /// whose stand-in chart follows the system's theme because it is drawn before any script runs.
    pub adopts_prerender: bool,
}

impl Reader {
    /// A reader over `state`, with the memos components read (each wakes its readers only when
    /// its own value changes, so moving a step does not wake what reads the theme), no card or
    /// panel open.
    pub fn new(
        model: Model,
        state: RwSignal<ReaderState>,
        sources: crate::reader_tools::source_detail::SourcesState,
        answers: bool,
        fixed: Option<(ChartView, String)>,
        adopts_prerender: bool,
    ) -> Reader {
        Reader {
            model: StoredValue::new(model),
            state,
            step: Memo::new(move |_| state.with(|s| s.address.step)),
            mode: Memo::new(move |_| state.with(|s| Mode::resolve(s.address.mode, s.address.embed))),
            theme: Memo::new(move |_| state.with(|s| s.theme)),
            motion: Memo::new(move |_| state.with(|s| s.motion)),
            show_after: Memo::new(move |_| state.with(|s| s.show_after)),
            printing: Memo::new(move |_| state.with(|s| s.printing)),
            sources: RwSignal::new(sources),
            source_note: RwSignal::new(None),
            term_note: RwSignal::new(None),
            glossary_open: RwSignal::new(false),
            glossary_at: RwSignal::new(None),
            questions_open: RwSignal::new(false),
            answers,
            shortcuts_open: RwSignal::new(false),
            fixed: StoredValue::new(fixed),
            adopts_prerender,
        }
    }

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
            self.state.update(|s| {
                s.address.step = target;
                s.by_scroll = by_scroll;
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
        self.state.update(|s| s.address.mode = Some(mode));
    }

    /// Changes the reader's state (what it does not change wakes nothing).
    pub fn update(&self, change: impl FnOnce(&mut ReaderState)) {
        self.state.update(change);
    }

    /// The flags the page was opened with (not tracked: they never change).
    pub fn flags(&self) -> ViewState {
        self.state.with_untracked(|s| s.address)
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
