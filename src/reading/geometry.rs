//! Reading modes' geometry: which step is current in scroll mode given where the steps are on
//! screen, where to scroll to bring a step in, and what counts as a swipe. Pure, so the rules are tested natively; the browser layer only
//! measures boxes and applies the answer.

/// A vertical extent in viewport coordinates (CSS pixels, top < bottom).
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Span {
    pub top: f64,
    pub bottom: f64,
}

impl Span {
    pub fn new(top: f64, bottom: f64) -> Span {
        Span { top, bottom }
    }

    fn overlap(&self, other: &Span) -> f64 {
        (self.bottom.min(other.bottom) - self.top.max(other.top)).max(0.0)
    }
}

/// Where the reading line sits in the zone: a little above the middle, where eyes rest.
pub const READING_LINE: f64 = 0.4;

/// The step most in view within `zone` (the part of the viewport where text is read: below the
/// pinned chart on phones, the whole window on desktops). Ties go to the step nearer the reading
/// line. `None` when no step is in the zone at all (the reader is above or below the story), so
/// the current step stays as it was.
pub fn most_in_view(steps: &[Span], zone: Span) -> Option<usize> {
    let line = zone.top + (zone.bottom - zone.top) * READING_LINE;
    let distance = |s: &Span| {
        if s.top <= line && line <= s.bottom {
            0.0
        } else {
            (s.top - line).abs().min((s.bottom - line).abs())
        }
    };
    steps
        .iter()
        .enumerate()
        .map(|(i, s)| (i, s.overlap(&zone), distance(s)))
        .filter(|&(_, seen, _)| seen > 0.5)
        // Visible pixels first (rounded, so sub-pixel noise cannot flip a tie), then nearness.
        .max_by(|a, b| {
            let (sa, sb) = (a.1.round(), b.1.round());
            sa.total_cmp(&sb).then(b.2.total_cmp(&a.2)).then(b.0.cmp(&a.0))
        })
        .map(|(i, _, _)| i)
}

/// The document scroll offset that puts a step's top `gap` pixels below the top of the reading
/// zone. `step_top` is the step's top in document coordinates; never negative.
pub fn scroll_target(step_top: f64, zone_top: f64, gap: f64) -> f64 {
    (step_top - zone_top - gap).max(0.0)
}

/// How far (CSS px) and how fast (ms) a finger must travel, mostly sideways, to count as a swipe.
pub const SWIPE_MIN_PX: f64 = 50.0;
pub const SWIPE_MAX_MS: f64 = 800.0;

/// Which way a finger moved, if it was a swipe: `Some(true)` = leftwards (next step),
/// `Some(false)` = rightwards (previous). Mostly vertical moves are scrolling, not swipes.
pub fn swipe_direction(dx: f64, dy: f64, ms: f64) -> Option<bool> {
    (dx.abs() >= SWIPE_MIN_PX && dx.abs() > 1.5 * dy.abs() && ms <= SWIPE_MAX_MS).then_some(dx < 0.0)
}
