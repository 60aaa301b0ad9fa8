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
        }
    }

    pub fn centre(&self) -> (f64, f64) {
        ((self.x0 + self.x1) / 2.0, (self.y0 + self.y1) / 2.0)
    }
}

/// All regions of one drawn chart, in drawing order.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct HitMap {
    pub hits: Vec<Hit>,
}

impl HitMap {
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
