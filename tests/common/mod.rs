//! Shared helpers for the native tests.
#![allow(dead_code)]

use minsk_explainer::charts::{self, HitMap, Theme};
use minsk_explainer::model::{ChartView, Model};

pub fn model() -> Model {
    Model::bundled().expect("bundled content parses")
}

pub fn theme() -> Theme {
    Theme::from_css(include_str!("../../style/tokens.css")).expect("tokens.css defines every chart colour")
}

/// Draws a view to SVG at the given CSS size; returns the SVG text and the hit map.
pub fn draw_svg(model: &Model, view: &ChartView, w: u32, h: u32) -> (String, HitMap) {
    charts::to_svg(model, view, &theme(), w, h).expect("chart draws")
}

pub fn step_view(model: &Model, slug: &str) -> ChartView {
    let i = model.story.index_of(slug).unwrap_or_else(|| panic!("no step {slug}"));
    model.story.steps[i].chart.clone()
}

/// The text contents of an SVG's `<text>` elements, trimmed.
pub fn svg_texts(svg: &str) -> Vec<String> {
    svg.split("<text")
        .skip(1)
        .filter_map(|t| {
            let body = &t[t.find('>')? + 1..];
            Some(body[..body.find("</text>")?].trim().to_string())
        })
        .collect()
}
