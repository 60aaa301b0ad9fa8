//! Plot areas and axes: data → CSS pixel mapping (`Plot`), tick choice and drawing.

use crate::charts::pen::{size, LabelStyle, Pen};
use crate::charts::DrawError;
use plotters::prelude::*;

/// A plot rectangle in CSS pixels and the data domain it shows.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Plot {
    pub left: f64,
    pub top: f64,
    pub right: f64,
    pub bottom: f64,
    pub x0: f64,
    pub x1: f64,
    pub y0: f64,
    pub y1: f64,
}

impl Plot {
    pub fn x(&self, v: f64) -> f64 {
        self.left + (v - self.x0) / (self.x1 - self.x0) * (self.right - self.left)
    }

    pub fn y(&self, v: f64) -> f64 {
        self.bottom - (v - self.y0) / (self.y1 - self.y0) * (self.bottom - self.top)
    }

    /// True when `v` lies in the visible x domain.
    pub fn shows_x(&self, v: f64) -> bool {
        v >= self.x0 && v <= self.x1
    }

    /// Pixels per unit of x (per year on time axes).
    pub fn x_unit(&self) -> f64 {
        (self.right - self.left) / (self.x1 - self.x0)
    }
}

/// A "nice" tick step (1, 2 or 5 × 10^k) giving at most `max_ticks` ticks over `span`.
pub fn nice_step(span: f64, max_ticks: usize) -> f64 {
    let raw = span / max_ticks.max(1) as f64;
    let mag = 10f64.powf(raw.log10().floor());
    [1.0, 2.0, 5.0, 10.0]
        .iter()
        .map(|m| m * mag)
        .find(|s| *s >= raw)
        .unwrap_or(10.0 * mag)
}

/// Tick values from `lo` to `hi` (inclusive, on multiples of the step).
pub fn ticks(lo: f64, hi: f64, max_ticks: usize) -> Vec<f64> {
    let step = nice_step(hi - lo, max_ticks);
    let first = (lo / step).ceil() as i64;
    let last = (hi / step).floor() as i64;
    (first..=last).map(|i| i as f64 * step).collect()
}

/// A y domain `[lo, hi]` covering `values` and zero, padded and snapped to ticks.
pub fn y_domain(values: impl IntoIterator<Item = f64>, max_ticks: usize) -> (f64, f64) {
    let (mut lo, mut hi) = (0.0f64, 0.0f64);
    for v in values {
        lo = lo.min(v);
        hi = hi.max(v);
    }
    if hi - lo < 1e-9 {
        hi = lo + 1.0;
    }
    let step = nice_step(hi - lo, max_ticks);
    ((lo / step).floor() * step, (hi / step).ceil() * step)
}

/// Years to label on a time axis so labels are at least `min_px` apart.
pub fn year_ticks(plot: &Plot, min_px: f64) -> Vec<i32> {
    let per_year = plot.x_unit();
    let step = [1, 2, 5, 10, 20]
        .into_iter()
        .find(|s| *s as f64 * per_year >= min_px)
        .unwrap_or(50);
    let first = plot.x0.ceil() as i32;
    let last = plot.x1.floor() as i32;
    (first..=last).filter(|y| y % step == 0).collect()
}

/// Labelled ticks for a continuous time axis: years when at least three fit or the axis spans
/// three years or more, otherwise months (every 1, 2, 3 or 6), with the year spelled out on
/// January and on the first tick. (A long axis drawn narrow once fell back to a "Jan 2005" on
/// every year, labels on top of each other.)
pub fn time_ticks(plot: &Plot, min_px: f64) -> Vec<(f64, String)> {
    let years = year_ticks(plot, min_px);
    if years.len() >= 3 || plot.x1 - plot.x0 >= 3.0 {
        return years.into_iter().map(|y| (y as f64, y.to_string())).collect();
    }
    let per_month = plot.x_unit() / 12.0;
    let step = [1, 2, 3, 6]
        .into_iter()
        .find(|s| *s as f64 * per_month >= min_px * 1.3)
        .unwrap_or(12);
    let first = (plot.x0 * 12.0).ceil() as i64;
    let last = (plot.x1 * 12.0).floor() as i64;
    let mut out = Vec::new();
    for m in (first..=last).filter(|m| m.rem_euclid(12) % step == 0) {
        let (year, month) = (m.div_euclid(12), m.rem_euclid(12) as usize);
        let name = crate::i18n::locale::month_short(crate::i18n::current(), month as u32 + 1);
        let label = if month == 0 || out.is_empty() {
            format!("{name} {year}")
        } else {
            name.to_string()
        };
        out.push((m as f64 / 12.0, label));
    }
    out
}

/// Labels under the plot with small ticks at each position.
pub fn draw_time_axis<DB: DrawingBackend>(
    pen: &Pen<DB>,
    plot: &Plot,
    ticks: &[(f64, String)],
) -> Result<(), DrawError> {
    let t = pen.theme;
    let base = plot.bottom;
    pen.line(&[(plot.left, base), (plot.right, base)], &t.muted.to_rgba(), 1.0)?;
    for (at, label) in ticks {
        let x = plot.x(*at);
        pen.line(&[(x, base), (x, base + 4.0)], &t.muted.to_rgba(), 1.0)?;
        // Keep end labels inside the canvas.
        let half = pen.text_width(label, size::SMALL, false) / 2.0;
        let lx = x.clamp(half + 1.0, (pen.width() - half - 1.0).max(half + 1.0));
        pen.text(
            label,
            (lx, base + 14.0),
            LabelStyle::new(size::SMALL, &t.muted).centre(),
        )?;
    }
    Ok(())
}

/// Year labels (for charts whose x positions are whole years).
pub fn draw_years<DB: DrawingBackend>(pen: &Pen<DB>, plot: &Plot, years: &[i32]) -> Result<(), DrawError> {
    let ticks: Vec<(f64, String)> = years.iter().map(|y| (*y as f64, y.to_string())).collect();
    draw_time_axis(pen, plot, &ticks)
}

/// Horizontal grid lines with labels at the left edge.
pub fn draw_y_grid<DB: DrawingBackend>(
    pen: &Pen<DB>,
    plot: &Plot,
    values: &[f64],
    label: impl Fn(f64) -> String,
) -> Result<(), DrawError> {
    let t = pen.theme;
    for &v in values {
        let y = plot.y(v);
        let color = if v == 0.0 { t.muted.to_rgba() } else { t.grid.to_rgba() };
        pen.line(&[(plot.left, y), (plot.right, y)], &color, 1.0)?;
        pen.text(
            &label(v),
            (plot.left - 6.0, y),
            LabelStyle::new(size::SMALL, &t.muted).right(),
        )?;
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn nice_steps_are_1_2_5() {
        assert_eq!(nice_step(10.0, 5), 2.0);
        assert_eq!(nice_step(1600.0, 4), 500.0);
        assert_eq!(nice_step(23.0, 6), 5.0);
    }

    #[test]
    fn short_ranges_get_month_ticks() {
        let f = Plot {
            left: 0.0,
            top: 0.0,
            right: 700.0,
            bottom: 100.0,
            x0: 2021.2,
            x1: 2021.9,
            y0: 0.0,
            y1: 1.0,
        };
        let labels: Vec<String> = time_ticks(&f, 44.0).into_iter().map(|t| t.1).collect();
        assert_eq!(
            labels,
            vec!["Apr 2021", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov"]
        );
        let long = Plot {
            x0: 2004.0,
            x1: 2026.0,
            ..f
        };
        assert_eq!(
            time_ticks(&long, 44.0).first().map(|t| t.1.clone()),
            Some("2004".to_string())
        );
        // The same span on a narrow chart: fewer years, never a label per year that cannot fit.
        let narrow = Plot { right: 150.0, ..long };
        let ticks = time_ticks(&narrow, 44.0);
        assert!(
            !ticks.is_empty() && ticks.iter().all(|t| !t.1.contains(' ')),
            "{ticks:?}"
        );
        assert!(
            ticks.windows(2).all(|w| narrow.x(w[1].0) - narrow.x(w[0].0) >= 44.0),
            "{ticks:?}"
        );
    }

    #[test]
    fn y_domain_includes_zero_and_snaps() {
        assert_eq!(y_domain([-10.4, 11.45], 6), (-15.0, 15.0));
        assert_eq!(y_domain([169.0, 1500.0], 4), (0.0, 1500.0));
    }
}
