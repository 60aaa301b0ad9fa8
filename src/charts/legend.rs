//! The legend for a chart state, as data, so the page renders it as text beside the canvas.

use super::pen::Shape;
use crate::i18n::tr;
use crate::model::{ChartView, Model};

/// One legend entry: a swatch (shape + colour token) and its words.
#[derive(Debug, Clone, PartialEq)]
pub struct LegendItem {
    pub shape: Shape,
    /// CSS custom property holding the colour, e.g. `--chart-listings`.
    pub token: &'static str,
    pub filled: bool,
    pub label: String,
}

/// One entry (for the scenes' legends).
pub(super) fn item(shape: Shape, token: &'static str, filled: bool, label: &str) -> LegendItem {
    LegendItem {
        shape,
        token,
        filled,
        label: label.to_string(),
    }
}

/// Legend entries for what this view actually draws.
pub fn items(model: &Model, view: &ChartView) -> Vec<LegendItem> {
    let mut out = (super::scene(view.chart).legend)(model, view);
    if !view.markers.is_empty() {
        out.push(item(Shape::Dashed, "--chart-marker", true, tr("Event (dashed line)")));
    }
    out
}
