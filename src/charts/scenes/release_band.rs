//! The prisoners chart's release band: each release episode as a circle sized by how many
//! people were freed, with count labels where they fit, and the article's release years.

use super::prisoners::{lit, release_episodes, Band, Drawing};
use crate::charts::hitmap::{Hit, HitMap};
use crate::charts::labels::{self, Rect, Stack};
use crate::charts::pen::{size, Ink, LabelStyle, Shape};
use crate::charts::shared;
use crate::charts::DrawError;
use crate::format;
use crate::i18n::tr;
use crate::model::{Confidence, DatasetKind, Layer, ReleaseRow};
use plotters::prelude::*;

impl<DB: DrawingBackend> Drawing<'_, DB> {
    /// The band between `band.top` and `band.bottom`; with a highlight, the other episodes fade.
    pub(super) fn releases(&self, band: Band, any_highlight: bool, hits: &mut HitMap) -> Result<(), DrawError> {
        let (pen, model, view, plot) = (self.pen, self.model, self.view, &self.plot);
        let Band { top, bottom } = band;
        let t = pen.theme;
        pen.line(&[(plot.left, top), (plot.right, top)], &t.grid.to_rgba(), 1.0)?;
        let episodes = release_episodes(model, view);
        let biggest = episodes.iter().filter_map(|r| r.number).max().unwrap_or(1).max(1) as f64;
        // Room above the biggest circle for a row of count labels, and below it for the article's
        // year marks; small panels get smaller circles.
        let marks = if view.has(Layer::Article) { 12.0 } else { 2.0 };
        let label_room = size::LINE + 3.0;
        let fit = ((bottom - top - label_room - marks) / 2.0 - 2.0).max(2.0);
        let max_r = ((bottom - top) * 0.28).min(18.0).min(fit);
        let (lo, hi) = (top + label_room + max_r + 2.0, bottom - marks - max_r - 2.0);
        let cy = (top + (bottom - top) * 0.62).clamp(lo.min(hi), hi.max(lo));
        // The row's name, over the panel's corner; count labels keep clear of it.
        let title = tr("Released");
        pen.text(
            title,
            (plot.left + 2.0, top + 9.0),
            LabelStyle::new(size::SMALL, &t.muted).bold(),
        )?;
        let title_box = Rect {
            x0: plot.left + 2.0,
            y0: top + 2.0,
            x1: plot.left + 2.0 + pen.text_width(title, size::SMALL, true),
            y1: top + 16.0,
        };
        // Each episode's x and radius (its area grows with the number freed).
        let sized: Vec<(f64, f64, &ReleaseRow)> = episodes
            .iter()
            .map(|r| {
                let n = r.number.unwrap_or(0) as f64;
                (plot.x(r.date.mid()), (n / biggest).sqrt() * max_r + 2.0, *r)
            })
            .collect();
        self.episode_circles(&sized, cy, any_highlight, hits)?;
        self.count_labels(&sized, cy, top, title_box)?;
        if view.has(Layer::Article) {
            self.article_years(bottom - 6.0, hits)?;
        }
        Ok(())
    }

    /// A circle per episode at height `cy`, ringed when highlighted.
    fn episode_circles(
        &self,
        sized: &[(f64, f64, &ReleaseRow)],
        cy: f64,
        any_highlight: bool,
        hits: &mut HitMap,
    ) -> Result<(), DrawError> {
        let (pen, t) = (self.pen, self.pen.theme);
        for &(x, r, row) in sized {
            let is_lit = lit(self.view, &row.id);
            let after = shared::is_after(self.model, &row.date);
            let alpha = if any_highlight && !is_lit {
                0.35
            } else if after {
                0.55
            } else {
                0.85
            };
            pen.circle((x, cy), r, Ink::fill(&t.release.mix(alpha * 0.5)))?;
            pen.circle((x, cy), r, Ink::outline(&t.release.mix(alpha), 1.2))?;
            if is_lit {
                pen.circle((x, cy), r + 3.0, Ink::outline(&t.accent.to_rgba(), 2.0))?;
            }
            hits.hits
                .push(Hit::around(DatasetKind::Releases, &row.id, x, cy, r.max(6.0)));
        }
        Ok(())
    }

    /// How many each episode freed, above the circles, clear of the band's title.
    fn count_labels(
        &self,
        sized: &[(f64, f64, &ReleaseRow)],
        cy: f64,
        top: f64,
        title_box: Rect,
    ) -> Result<(), DrawError> {
        let (pen, plot, t) = (self.pen, &self.plot, self.pen.theme);
        // Count labels in up to two rows above the tallest circle (so none sits on a neighbour), the
        // biggest releases first; where a cluster is too dense the smaller ones are left to the
        // tooltips (more rows of loose numbers would no longer say which circle they count).
        let tallest = sized.iter().map(|s| s.1).fold(0.0, f64::max);
        let mut order: Vec<usize> = (0..sized.len()).collect();
        crate::sort::sort_by_key(&mut order, |&i| std::cmp::Reverse(sized[i].2.number.unwrap_or(0)));
        let texts: Vec<String> = order
            .iter()
            .map(|&i| format::thousands(sized[i].2.number.unwrap_or(0)))
            .collect();
        let spans: Vec<(f64, f64)> = order
            .iter()
            .zip(&texts)
            .map(|(&i, text)| (sized[i].0, pen.text_width(text, size::SMALL, false)))
            .collect();
        let base = cy - tallest - 3.0;
        let row_h = size::SMALL + 1.0;
        let at = Stack {
            base,
            row_h,
            ceiling: (top + 2.0).max(base - 2.0 * row_h),
            left: plot.left,
            right: plot.right,
            gap: 6.0,
        };
        for (text, spot) in texts.iter().zip(labels::stack(&spans, at, &[title_box])) {
            if let Some(r) = spot {
                pen.text(text, (r.x0, (r.y0 + r.y1) / 2.0), LabelStyle::new(size::SMALL, &t.text))?;
            }
        }
        Ok(())
    }

    /// The years the article names for releases, as outlined triangles on the line `y`.
    fn article_years(&self, y: f64, hits: &mut HitMap) -> Result<(), DrawError> {
        let (pen, plot, t) = (self.pen, &self.plot, self.pen.theme);
        let claims = self
            .model
            .releases
            .rows
            .iter()
            .filter(|r| r.source.confidence == Confidence::Article);
        for row in claims {
            for year in row.date.years.iter().flatten() {
                let at = *year as f64 + 0.5;
                if !plot.shows_x(at) {
                    continue;
                }
                let x = plot.x(at);
                pen.mark(Shape::TriangleUp, (x, y), 4.5, &t.article.to_rgba(), false)?;
                hits.hits.push(Hit::around(DatasetKind::Releases, &row.id, x, y, 6.0));
            }
        }
        Ok(())
    }
}
