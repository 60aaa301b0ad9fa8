//! Keyboard navigation over a drawn chart: its hits grouped into series (lanes, lines, bars,
//! releases, events), each ordered left to right.

use super::hitmap::{Hit, HitMap};
use crate::model::{Datum, Model};
use crate::reading::keymap::Action;

/// Indices into a hit map, grouped by series and sorted by x.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct NavGrid {
    pub series: Vec<Vec<usize>>,
}

/// A position in the grid: (series, index within the series).
pub type Pos = (usize, usize);

/// Which series a hit belongs to, for grouping.
fn series_key(model: &Model, hit: &Hit) -> String {
    if hit.label.is_some() {
        // The map's marks: one row, west to east.
        return "map".to_string();
    }
    match model.datum(hit.dataset, &hit.id) {
        Some(Datum::Sanction(r)) => format!("sanctions:{}", r.lane),
        Some(Datum::Gdp(r)) => format!("gdp:{}", if r.series == "wdi" { "wdi" } else { "other" }),
        Some(Datum::Prisoner(_)) => "prisoners".to_string(),
        Some(Datum::Release(_)) => "releases".to_string(),
        Some(Datum::Event(_)) => "events".to_string(),
        None => "other".to_string(),
    }
}

impl NavGrid {
    /// Groups the hits; series keep the order in which they were first drawn, except that
    /// events (context) come last.
    pub fn new(model: &Model, hits: &HitMap) -> NavGrid {
        let mut keys: Vec<String> = Vec::new();
        let mut series: Vec<Vec<usize>> = Vec::new();
        for (i, hit) in hits.hits.iter().enumerate() {
            // The same datum can be drawn twice (e.g. a claim naming several years): keep one stop.
            if hits.hits[..i]
                .iter()
                .any(|h| h.id == hit.id && h.dataset == hit.dataset && h.label == hit.label)
            {
                continue;
            }
            let key = series_key(model, hit);
            match keys.iter().position(|k| *k == key) {
                Some(s) => series[s].push(i),
                None => {
                    keys.push(key);
                    series.push(vec![i]);
                }
            }
        }
        for s in &mut series {
            crate::sort::sort_by(s, |a, b| hits.hits[*a].centre().0.total_cmp(&hits.hits[*b].centre().0));
        }
        let mut order: Vec<usize> = (0..series.len()).collect();
        crate::sort::sort_by_key(&mut order, |i| keys[*i] == "events");
        NavGrid {
            series: order.into_iter().map(|i| series[i].clone()).collect(),
        }
    }

    /// The hit index at a position.
    pub fn hit(&self, pos: Pos) -> Option<usize> {
        self.series.get(pos.0)?.get(pos.1).copied()
    }

    /// Where a key press moves from `pos` (clamped; `None` starts at the first point).
    pub fn step(&self, hits: &HitMap, pos: Option<Pos>, action: Action) -> Option<Pos> {
        if self.series.is_empty() {
            return None;
        }
        let Some((s, i)) = pos.filter(|p| self.hit(*p).is_some()) else {
            return Some((0, 0));
        };
        let last = self.series[s].len() - 1;
        let nearest_in = |t: usize| {
            let x = hits.hits[self.series[s][i]].centre().0;
            let row = &self.series[t];
            (0..row.len())
                .min_by(|a, b| {
                    let da = (hits.hits[row[*a]].centre().0 - x).abs();
                    let db = (hits.hits[row[*b]].centre().0 - x).abs();
                    da.total_cmp(&db)
                })
                .map(|j| (t, j))
        };
        match action {
            Action::NextPoint => Some((s, (i + 1).min(last))),
            Action::PrevPoint => Some((s, i.saturating_sub(1))),
            Action::FirstPoint => Some((s, 0)),
            Action::LastPoint => Some((s, last)),
            Action::NextSeries => nearest_in((s + 1).min(self.series.len() - 1)),
            Action::PrevSeries => nearest_in(s.saturating_sub(1)),
            _ => Some((s, i)),
        }
    }
}
