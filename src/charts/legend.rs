//! The legend for a chart state, as data, so the page renders it as text beside the canvas.

use super::pen::Shape;
use super::{gdp, prisoners, sanctions};
use crate::model::{ChartKind, ChartView, Layer, Model, PrisonerMetric, SanctionCategory};

/// One legend entry: a swatch (shape + colour token) and its words.
#[derive(Debug, Clone, PartialEq)]
pub struct LegendItem {
    pub shape: Shape,
    /// CSS custom property holding the colour, e.g. `--chart-listings`.
    pub token: &'static str,
    pub filled: bool,
    pub label: String,
}

fn item(shape: Shape, token: &'static str, filled: bool, label: &str) -> LegendItem {
    LegendItem {
        shape,
        token,
        filled,
        label: label.to_string(),
    }
}

fn category_token(c: SanctionCategory) -> &'static str {
    match c {
        SanctionCategory::Listings => "--chart-listings",
        SanctionCategory::Sectoral => "--chart-sectoral",
        SanctionCategory::Financial => "--chart-financial",
        SanctionCategory::Aviation => "--chart-aviation",
        SanctionCategory::Export => "--chart-export",
        SanctionCategory::Legislation => "--chart-legislation",
        _ => "--chart-relief",
    }
}

/// Legend entries for what this view actually draws.
pub fn items(model: &Model, view: &ChartView) -> Vec<LegendItem> {
    let mut out = Vec::new();
    match view.chart {
        ChartKind::Sanctions => {
            let shown = sanctions::visible_rounds(model, view);
            for c in SanctionCategory::MARKS {
                if shown.iter().any(|r| r.category == c) {
                    out.push(item(sanctions::shape(c), category_token(c), true, c.label()));
                }
            }
            if !sanctions::article_claims(model, view).is_empty() {
                out.push(item(
                    Shape::Square,
                    "--chart-article",
                    false,
                    "The article's claim (dashed box)",
                ));
            }
        }
        ChartKind::Prisoners => {
            match prisoners::metric(view) {
                PrisonerMetric::Convicted => out.push(item(
                    Shape::Circle,
                    "--chart-series",
                    true,
                    "Convicted in political cases (Viasna, cumulative)",
                )),
                _ => out.push(item(
                    Shape::Circle,
                    "--chart-series",
                    true,
                    "Political prisoners held (Viasna count)",
                )),
            }
            if !prisoners::side_points_in_view(model, view).is_empty() {
                out.push(item(
                    Shape::Circle,
                    "--chart-series",
                    false,
                    "Another count or statement, off the line",
                ));
            }
            if view.has(Layer::Article) {
                out.push(item(Shape::Diamond, "--chart-article", false, "The article's figure"));
            }
            if view.has(Layer::Releases) {
                out.push(item(
                    Shape::Circle,
                    "--chart-release",
                    false,
                    "Release episode (area = people freed)",
                ));
            }
        }
        ChartKind::Gdp => {
            out.push(item(
                Shape::Square,
                "--chart-bar",
                true,
                "World Bank (WDI), annual real growth",
            ));
            if !gdp::article_rows(model, view).is_empty() {
                out.push(item(Shape::Diamond, "--chart-article", false, "The article's figures"));
            }
            let forecasts = gdp::forecasts(model, view);
            if !forecasts.is_empty() {
                let mut years: Vec<i32> = forecasts.iter().map(|r| r.year).collect();
                years.sort_unstable();
                years.dedup();
                let years: Vec<String> = years.iter().map(i32::to_string).collect();
                let label = format!("Other forecasts for {}", crate::format::and_list(&years));
                out.push(item(Shape::Circle, "--chart-muted", true, &label));
            }
            if !gdp::later(model, view).is_empty() {
                out.push(item(
                    Shape::Square,
                    "--chart-bar",
                    false,
                    "Later data (after the article)",
                ));
            }
        }
    }
    if !view.markers.is_empty() {
        out.push(item(Shape::Bar, "--chart-marker", true, "Event (dashed line)"));
    }
    out
}
