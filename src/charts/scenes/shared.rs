//! Pieces every time chart shares: event markers and the "after the article" band.

use crate::charts::axis::Plot;
use crate::charts::hitmap::Hit;
use crate::charts::labels;
use crate::charts::pen::{size, Ink, LabelStyle, Pen};
use crate::charts::DrawError;
use crate::i18n::tr;
use crate::model::{ChartView, DatasetKind, DateSpan, Model};
use plotters::prelude::*;

const LABEL_SIZE: f64 = size::SMALL;
const ROW_H: f64 = size::LINE;

/// How many label rows the view's event markers need at this width (for reserving space).
pub fn marker_rows<DB: DrawingBackend>(pen: &Pen<DB>, model: &Model, view: &ChartView, plot: &Plot) -> usize {
    marker_layout(pen, model, view, plot)
        .iter()
        .map(|m| m.row + 1)
        .max()
        .unwrap_or(0)
}

struct Placed {
    id: String,
    label: String,
    x: f64,
    label_x: f64,
    row: usize,
}

fn marker_layout<DB: DrawingBackend>(pen: &Pen<DB>, model: &Model, view: &ChartView, plot: &Plot) -> Vec<Placed> {
    let mut placed: Vec<Placed> = view
        .markers
        .iter()
        .filter_map(|m| {
            let crate::model::Datum::Event(event) = model.datum(DatasetKind::Events, &m.id)? else {
                return None;
            };
            let at = event.date.mid();
            plot.shows_x(at).then(|| Placed {
                id: m.id.clone(),
                label: m.label.clone(),
                x: plot.x(at),
                label_x: 0.0,
                row: 0,
            })
        })
        .collect();
    crate::sort::sort_by(&mut placed, |a, b| a.x.total_cmp(&b.x));
    let spans: Vec<(f64, f64)> = placed
        .iter_mut()
        .map(|p| {
            let w = pen.text_width(&p.label, LABEL_SIZE, false);
            // Keep labels inside the plot: centred on the rule unless that would overflow.
            p.label_x = (p.x - w / 2.0).clamp(plot.left, (plot.right - w).max(plot.left));
            (p.label_x, p.label_x + w)
        })
        .collect();
    for (p, row) in placed.iter_mut().zip(labels::rows(&spans, 6.0)) {
        p.row = row;
    }
    placed
}

/// Draws the markers as dashed rules from `label_top` (labels stack downwards from there)
/// to the plot's bottom; returns their hit regions (the labels).
pub fn draw_markers<DB: DrawingBackend>(
    pen: &Pen<DB>,
    model: &Model,
    view: &ChartView,
    plot: &Plot,
    label_top: f64,
) -> Result<Vec<Hit>, DrawError> {
    let t = pen.theme;
    let mut hits = Vec::new();
    for p in marker_layout(pen, model, view, plot) {
        let y = label_top + ROW_H * p.row as f64 + ROW_H / 2.0;
        pen.dashed((p.x, y + ROW_H / 2.0), (p.x, plot.bottom), &t.marker.mix(0.9), 1.0, 3.0)?;
        let w = pen.text_width(&p.label, LABEL_SIZE, false);
        pen.text(&p.label, (p.label_x, y), LabelStyle::new(LABEL_SIZE, &t.marker))?;
        hits.push(Hit {
            dataset: DatasetKind::Events,
            id: p.id,
            x0: p.label_x,
            y0: y - ROW_H / 2.0,
            x1: p.label_x + w,
            y1: y + ROW_H / 2.0,
            label: None,
        });
    }
    Ok(hits)
}

/// Height the marker labels need.
pub fn markers_height(rows: usize) -> f64 {
    rows as f64 * ROW_H
}

/// Shades the time after the article's publication and labels it.
pub fn draw_after_band<DB: DrawingBackend>(pen: &Pen<DB>, model: &Model, plot: &Plot) -> Result<(), DrawError> {
    let Some(day) = model.publication_day() else {
        return Ok(());
    };
    let at = day.year_fraction();
    if at >= plot.x1 {
        return Ok(());
    }
    let t = pen.theme;
    let x = plot.x(at.max(plot.x0));
    pen.rect((x, plot.top), (plot.right, plot.bottom), Ink::fill(&t.after.to_rgba()))?;
    pen.line(&[(x, plot.top), (x, plot.bottom)], &t.muted.mix(0.8), 1.0)?;
    if plot.right - x > 44.0 {
        let label = tr("After the article");
        for (k, line) in two_lines(label).into_iter().enumerate() {
            pen.text(
                line,
                (x + 4.0, plot.top + 8.0 + size::LINE * k as f64),
                LabelStyle::new(size::SMALL, &t.muted),
            )?;
        }
    }
    Ok(())
}

/// A short label in two lines, broken at the space nearest its middle ("After the" over
/// "article"), or in one if it has no space.
fn two_lines(text: &str) -> Vec<&str> {
    let middle = text.chars().count() as f64 / 2.0;
    let space = text
        .char_indices()
        .enumerate()
        .filter(|(_, (_, c))| *c == ' ')
        .min_by(|a, b| (a.0 as f64 - middle).abs().total_cmp(&(b.0 as f64 - middle).abs()))
        .map(|(_, (at, _))| at);
    match space {
        Some(at) => vec![&text[..at], &text[at + 1..]],
        None => vec![text],
    }
}

/// True when a row dated `date` comes after the article (`DateSpan::is_after`).
pub fn is_after(model: &Model, date: &DateSpan) -> bool {
    model.publication_day().is_some_and(|d| date.is_after(d))
}

#[cfg(test)]
mod tests {
    use super::two_lines;

    #[test]
    fn a_label_breaks_at_the_space_nearest_its_middle() {
        assert_eq!(two_lines("After the article"), vec!["After the", "article"]);
        assert_eq!(two_lines("Nach dem Artikel"), vec!["Nach dem", "Artikel"]);
        assert_eq!(two_lines("Później"), vec!["Później"]);
    }
}
