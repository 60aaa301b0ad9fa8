//! The chart panel's drawing state: what was last drawn, the transition in flight, the hit map
//! and keyboard grid of the final picture, and the tooltip's place. `Copy`, so animation frames
//! can carry it; it redraws when what it draws changes (`redraw_on_change`).

use crate::charts::keynav::{NavGrid, Pos};
use crate::charts::tween::Tween;
use crate::charts::{Hit, HitMap};
use crate::model::{ChartView, DatasetKind};
use leptos::html;
use leptos::prelude::*;

const TOOLTIP_W: f64 = 260.0;

/// The hovered or tapped mark and where to put its card.
#[derive(Clone, PartialEq)]
pub struct Tip {
    pub dataset: DatasetKind,
    pub id: String,
    /// The mark's own name, if it has one (`Hit::label`).
    pub label: Option<String>,
    pub left: f64,
    pub top: f64,
}

/// Where to put the tooltip for a hit, near (x, y) but inside the chart box.
pub fn place_tip(hit: &Hit, x: f64, y: f64, (w, h): (f64, f64)) -> Tip {
    let left = (x + 14.0).min(w - TOOLTIP_W - 4.0).max(4.0);
    let top = if y > h * 0.55 { (y - 150.0).max(4.0) } else { y + 14.0 };
    Tip {
        dataset: hit.dataset,
        id: hit.id.clone(),
        label: hit.label.clone(),
        left,
        top,
    }
}

/// What a draw was asked for: the view, the canvas size and the theme.
pub type Drawn = (ChartView, (f64, f64), &'static str);

/// The chart's drawing state, `Copy` so animation frames can carry it.
#[derive(Clone, Copy)]
pub struct Painter {
    pub reader: crate::page::state::Reader,
    pub canvas_ref: NodeRef<html::Canvas>,
    pub size: RwSignal<(f64, f64)>,
    pub hits: StoredValue<HitMap>,
    pub grid: StoredValue<NavGrid>,
    pub tip: RwSignal<Option<Tip>>,
    pub focus: RwSignal<Option<Pos>>,
    pub draw_failed: RwSignal<bool>,
    pub painted: RwSignal<bool>,
    pub drawn_step: RwSignal<Option<usize>>,
    /// What was last asked for: view, size and theme.
    pub last: StoredValue<Option<Drawn>>,
    /// The transition in flight, if any.
    pub tween: StoredValue<Option<Tween>>,
    /// How long each frame of the current transition took to draw (ms), for the benchmark.
    pub frames: StoredValue<Vec<f64>>,
    /// Bumped when the system's forced colours or contrast preference changes: the canvas is
    /// not recoloured by the browser, so it draws again in the new palette.
    pub palette: RwSignal<u32>,
}

impl Painter {
    /// Redraws when the step, the reader's view choices, the size, the theme or the focused
    /// point change; a new step with motion on animates from the old state.
    pub fn redraw_on_change(self) {
        let painter = self;
        let reader = self.reader;
        // In an effect, so only in the browser (the prerender has no media queries); it tracks
        // nothing, so it runs once.
        Effect::new(move |_| {
            for query in ["(forced-colors: active)", "(prefers-contrast: more)"] {
                crate::web::media::watch(query, move |_| {
                    painter.palette.try_update(|n| *n += 1);
                });
            }
        });
        Effect::new(move |_| {
            let (w, h) = painter.size.get();
            let view = reader.view();
            let theme = reader.theme.get();
            painter.focus.track();
            painter.palette.track();
            if view.chart == crate::model::ChartKind::Map {
                // The map's outlines come with the sources' detail: draw again when they arrive.
                crate::reader_tools::source_detail::is_ready(reader);
            }
            if painter.canvas_ref.get().is_none() || w < 10.0 || h < 10.0 {
                return;
            }
            let now = painter.now();
            let key = (view.clone(), (w, h), theme);
            let last = painter.last.get_value();
            painter.last.set_value(Some(key.clone()));
            let running = painter.tween.with_value(Option::is_some);
            match last {
                // Only the focus changed: the final frame of a running transition draws it.
                Some(prev) if prev == key && running => {}
                Some((prev_view, prev_size, prev_theme))
                    if prev_view != view
                        && prev_size == (w, h)
                        && prev_theme == theme
                        && reader.motion.get_untracked()
                        && !reader.printing.get_untracked() =>
                {
                    let next = match painter.tween.get_value() {
                        Some(t) => t.retarget(view, now),
                        None => Tween::new(prev_view, view, now),
                    };
                    painter.tween.set_value(Some(next));
                    if !running {
                        painter.frames.set_value(Vec::new());
                        // The canvas already shows where the transition starts (the old chart), so
                        // its first frame is drawn at the next frame, with progress: redrawing the
                        // same picture now cost ~8 ms of the key press on a slow phone.
                        request_animation_frame(move || painter.tick());
                    }
                }
                _ => {
                    painter.tween.set_value(None);
                    painter.draw_final(&view);
                }
            }
        });
    }

    pub fn now(&self) -> f64 {
        web_sys::window()
            .and_then(|w| w.performance())
            .map(|p| p.now())
            .unwrap_or(0.0)
    }

    /// One animation frame: draws the transition's state now, then asks for the next frame, or
    /// draws the final state exactly.
    pub fn tick(self) {
        // A frame can arrive after the panel is gone (the reader switched modes): then stop.
        let Some(tween) = self.tween.try_get_value().flatten() else {
            return;
        };
        let Some(canvas) = self.canvas_ref.get_untracked() else {
            return;
        };
        let started = self.now();
        let frame = tween.frame(started);
        if frame.done {
            self.tween.set_value(None);
            let times = self.frames.with_value(|f| {
                f.iter()
                    .map(|t| crate::format::fixed(*t, 2))
                    .collect::<Vec<_>>()
                    .join(",")
            });
            let _ = canvas.set_attribute("data-frame-ms", &times);
            self.draw_final(&frame.top);
            return;
        }
        let (w, h) = self.size.get_untracked();
        let drawn = self
            .reader
            .model
            .with_value(|m| super::canvas::draw_frame(&canvas, m, &frame, w, h));
        match drawn {
            Ok(()) => {
                let _ = canvas.set_attribute("data-shown-step", &self.reader.step.get_untracked().to_string());
                self.frames.update_value(|f| f.push(self.now() - started));
                request_animation_frame(move || self.tick());
            }
            Err(e) => {
                // A frame that fails is skipped: the final state is what matters.
                web_sys::console::error_1(&format!("chart frame failed to draw: {e}").into());
                self.tween.set_value(None);
                self.draw_final(&tween.to);
            }
        }
    }

    /// Draws `view` as it finally stands, with the focus ring, and updates the hit map.
    pub fn draw_final(&self, view: &ChartView) {
        let Some(canvas) = self.canvas_ref.get_untracked() else {
            return;
        };
        let (w, h) = self.size.get_untracked();
        let i = self.reader.step.get_untracked();
        let focused = self.focus.get_untracked();
        self.draw_failed.set(false);
        let performance = web_sys::window().and_then(|w| w.performance());
        let started = performance.as_ref().map(|p| p.now());
        let drawn = self.reader.model.with_value(|m| {
            let map = super::canvas::draw(&canvas, m, view, w, h)?;
            let nav = NavGrid::new(m, &map);
            let focus_hit = focused.and_then(|p| nav.hit(p)).map(|k| map.hits[k].clone());
            if let Some(hit) = &focus_hit {
                super::canvas::focus_ring(&canvas, hit)?;
            }
            Ok::<_, String>((map, nav, focus_hit))
        });
        match drawn {
            Ok((map, nav, focus_hit)) => {
                // Timings for the benchmark: how long this draw took, and when the first one ended.
                if let (Some(p), Some(t0)) = (&performance, started) {
                    let _ = canvas.set_attribute("data-draw-ms", &crate::format::fixed(p.now() - t0, 2));
                    if !canvas.has_attribute("data-drawn-step") {
                        let _ = p.mark("first-chart");
                    }
                }
                let _ = canvas.set_attribute("data-shown-step", &i.to_string());
                // How much larger the reader's text made the chart (for tests).
                let _ = canvas.set_attribute("data-text-zoom", &crate::format::fixed(super::canvas::text_zoom(), 2));
                let _ = canvas.set_attribute("data-drawn-step", &i.to_string());
                // The focused datum, for tests and tools that read the page.
                match &focus_hit {
                    Some(hit) => canvas.set_attribute("data-focus", &format!("{}:{}", hit.dataset.key(), hit.id)),
                    None => canvas.remove_attribute("data-focus"),
                }
                .ok();
                // A map waiting for its outlines keeps the stand-in picture in front.
                let waiting = self.reader.model.with_value(|m| m.geography.is_none())
                    && view.chart == crate::model::ChartKind::Map;
                if !self.painted.get_untracked() && !waiting {
                    self.painted.set(true);
                }
                self.hits.set_value(map);
                self.grid.set_value(nav);
                if self.drawn_step.get_untracked() != Some(i) {
                    self.drawn_step.set(Some(i));
                }
                self.tip
                    .set(focus_hit.map(|hit| place_tip(&hit, hit.centre().0, hit.y1, (w, h))));
            }
            Err(e) => {
                web_sys::console::error_1(&format!("chart failed to draw: {e}").into());
                self.draw_failed.set(true);
            }
        }
    }
}
