//! Animated transitions between chart states, as pure functions of time.
//!
//! A transition from view A to view B draws two layers per frame: A, then B on top at a rising
//! opacity. When both show the same chart, both are drawn on the same, interpolated time axis, so
//! the axis rescales, the marks they share move together, and what B adds or highlights fades in.
//! Between different charts, A fades out and then B fades in. The final frame is exactly B, so content never
//! depends on whether motion is on.

use crate::model::ChartView;

/// How long a transition takes, in milliseconds.
pub const DURATION_MS: f64 = 450.0;

/// Cubic ease-in-out on 0..=1.
pub fn ease(t: f64) -> f64 {
    let t = t.clamp(0.0, 1.0);
    if t < 0.5 {
        4.0 * t * t * t
    } else {
        1.0 - (-2.0 * t + 2.0).powi(3) / 2.0
    }
}

fn lerp(a: f64, b: f64, t: f64) -> f64 {
    a + (b - a) * t
}

/// Below this opacity a layer changes no 8-bit colour channel (255 × alpha < ½), so it is not
/// drawn: with the ease-in, the first frame of a transition draws one scene instead of two.
pub const INVISIBLE: f64 = 1.0 / 1024.0;
const _: () = assert!(255.0 * INVISIBLE < 0.5);

/// What to draw in one frame.
#[derive(Debug, Clone, PartialEq)]
pub struct Frame {
    /// Drawn first with opacity `base_alpha`; `None` on the final frame.
    pub base: Option<ChartView>,
    pub base_alpha: f64,
    /// Drawn on top with opacity `alpha`.
    pub top: ChartView,
    pub alpha: f64,
    /// The last frame: `top` is the target view, unchanged.
    pub done: bool,
}

/// A transition in flight.
#[derive(Debug, Clone, PartialEq)]
pub struct Tween {
    pub from: ChartView,
    pub to: ChartView,
    /// When it started (ms, any monotonic clock) and how long it lasts.
    pub started: f64,
    pub duration: f64,
}

impl Tween {
    pub fn new(from: ChartView, to: ChartView, now: f64) -> Tween {
        Tween {
            from,
            to,
            started: now,
            duration: DURATION_MS,
        }
    }

    /// Linear progress, 0..=1.
    pub fn progress(&self, now: f64) -> f64 {
        if self.duration <= 0.0 {
            return 1.0;
        }
        ((now - self.started) / self.duration).clamp(0.0, 1.0)
    }

    /// The frame at time `now`.
    pub fn frame(&self, now: f64) -> Frame {
        let p = self.progress(now);
        if p >= 1.0 || self.from == self.to {
            return Frame {
                base: None,
                base_alpha: 0.0,
                top: self.to.clone(),
                alpha: 1.0,
                done: true,
            };
        }
        let e = ease(p);
        let (mut base, mut top) = (self.from.clone(), self.to.clone());
        if self.from.chart == self.to.chart {
            let from = lerp(self.from.from, self.to.from, e);
            let to = lerp(self.from.to, self.to.to, e);
            (base.from, base.to, top.from, top.to) = (from, to, from, to);
            return Frame {
                base: Some(base),
                base_alpha: 1.0,
                top,
                alpha: e,
                done: false,
            };
        }
        // Different charts share no axes: the old one fades out, then the new one fades in,
        // rather than two unrelated scenes showing through each other.
        Frame {
            base: Some(base),
            base_alpha: (1.0 - 2.0 * e).max(0.0),
            top,
            alpha: (2.0 * e - 1.0).max(0.0),
            done: false,
        }
    }

    /// A new target while this one is still moving: the next transition starts from the view
    /// that dominates the screen now (with the axis where it is now), so the axis never jumps
    /// back and no step is replayed.
    pub fn retarget(&self, to: ChartView, now: f64) -> Tween {
        let frame = self.frame(now);
        let from = match frame.base {
            Some(base) if frame.alpha < frame.base_alpha.max(0.5) => base,
            _ => frame.top,
        };
        Tween::new(from, to, now)
    }
}
