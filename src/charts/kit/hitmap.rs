//! Which datum sits where on the chart, in CSS pixels.

use crate::model::DatasetKind;

/// One interactive region.
#[derive(Debug, Clone, PartialEq)]
pub struct Hit {
    pub dataset: DatasetKind,
    pub id: String,
    pub x0: f64,
    pub y0: f64,
    pub x1: f64,
    pub y1: f64,
    /// What the mark is called where its datum alone does not say (a place or border on the
    /// map, about an event): told before the datum in its tooltip and announcement.
    pub label: Option<String>,
}

impl Hit {
    /// A square region around a point mark.
    pub fn around(dataset: DatasetKind, id: &str, cx: f64, cy: f64, r: f64) -> Hit {
        Hit {
            dataset,
            id: id.to_string(),
            x0: cx - r,
            y0: cy - r,
            x1: cx + r,
            y1: cy + r,
            label: None,
        }
    }

    /// The same region, named (see [`Hit::label`]).
    pub fn labelled(self, label: &str) -> Hit {
        Hit {
            label: Some(label.to_string()),
            ..self
        }
    }

    pub fn centre(&self) -> (f64, f64) {
        ((self.x0 + self.x1) / 2.0, (self.y0 + self.y1) / 2.0)
    }

    /// The same region with every coordinate multiplied by `k` (a chart drawn zoomed: see
    /// `HitMap::scaled`).
    pub fn scaled(&self, k: f64) -> Hit {
        Hit {
            x0: self.x0 * k,
            y0: self.y0 * k,
            x1: self.x1 * k,
            y1: self.y1 * k,
            ..self.clone()
        }
    }
}

/// All regions of one drawn chart, in drawing order.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct HitMap {
    pub hits: Vec<Hit>,
}

impl HitMap {
    /// Every region multiplied by `k`: a chart laid out in units `k` CSS px wide (drawn larger
    /// for a reader's larger text) reports its regions in CSS px.
    pub fn scaled(self, k: f64) -> HitMap {
        HitMap {
            hits: self.hits.iter().map(|h| h.scaled(k)).collect(),
        }
    }

    /// The region under (x, y), allowing `slop` pixels around small marks for fingers;
    /// when several match, the one whose centre is nearest wins.
    pub fn at(&self, x: f64, y: f64, slop: f64) -> Option<&Hit> {
        self.hits
            .iter()
            .filter(|h| x >= h.x0 - slop && x <= h.x1 + slop && y >= h.y0 - slop && y <= h.y1 + slop)
            .min_by(|a, b| {
                let d = |h: &Hit| {
                    let (cx, cy) = h.centre();
                    (cx - x).powi(2) + (cy - y).powi(2)
                };
                d(a).total_cmp(&d(b))
            })
    }

    /// True when a datum with this id was drawn.
    pub fn contains(&self, id: &str) -> bool {
        self.hits.iter().any(|h| h.id == id)
    }

    pub fn get(&self, id: &str) -> Option<&Hit> {
        self.hits.iter().find(|h| h.id == id)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_zoomed_chart_reports_its_regions_in_css_px() {
        let map = HitMap {
            hits: vec![Hit::around(DatasetKind::Releases, "r", 100.0, 50.0, 4.0)],
        };
        let zoomed = map.clone().scaled(1.5);
        let h = &zoomed.hits[0];
        assert_eq!((h.x0, h.y0, h.x1, h.y1), (144.0, 69.0, 156.0, 81.0));
        assert_eq!(h.id, "r");
        // The pointer at the mark's place on screen finds it; where it was unzoomed does not.
        assert!(zoomed.at(150.0, 75.0, 0.0).is_some());
        assert!(zoomed.at(100.0, 50.0, 0.0).is_none());
        assert_eq!(h.scaled(1.0 / 1.5), map.hits[0]);
    }
}
