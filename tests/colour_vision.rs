//! Colour-vision deficiencies: every legend, as each step draws it, still works for readers who
//! cannot tell some hues apart. The palette (style/tokens.css, light and dark) is passed through
//! the Machado, Oliveira & Fernandes (2009) simulations of protanopia, deuteranopia and tritanopia
//! at full severity; then
//! - every legend entry keeps 3:1 against the chart background (its shape stays visible), and
//! - two entries of one legend whose colours come closer than ΔE 10 (CIE76, in CIELAB) must differ
//!   in shape or fill, so no category is told apart by hue alone.

mod common;
use common::model;
use minsk_explainer::charts::legend::{self, LegendItem};
use minsk_explainer::charts::theme::{self, Theme, TOKENS};
use minsk_explainer::model::ChartView;
use plotters::style::RGBColor;

/// Machado et al. 2009, severity 1.0, applied to linear RGB.
const SIMULATIONS: [(&str, [[f64; 3]; 3]); 4] = [
    ("normal vision", [[1.0, 0.0, 0.0], [0.0, 1.0, 0.0], [0.0, 0.0, 1.0]]),
    (
        "protanopia",
        [
            [0.152286, 1.052583, -0.204868],
            [0.114503, 0.786281, 0.099216],
            [-0.003882, -0.048116, 1.051998],
        ],
    ),
    (
        "deuteranopia",
        [
            [0.367322, 0.860646, -0.227968],
            [0.280085, 0.672501, 0.047413],
            [-0.011820, 0.042940, 0.968881],
        ],
    ),
    (
        "tritanopia",
        [
            [1.255528, -0.076749, -0.178779],
            [-0.078411, 0.930809, 0.147602],
            [0.004733, 0.691367, 0.303900],
        ],
    ),
];

/// Below this CIE76 distance two small marks are hard to tell apart by colour.
const DISTINCT: f64 = 10.0;

fn linear(c: RGBColor) -> [f64; 3] {
    let lin = |v: u8| {
        let s = v as f64 / 255.0;
        if s <= 0.04045 {
            s / 12.92
        } else {
            ((s + 0.055) / 1.055).powf(2.4)
        }
    };
    [lin(c.0), lin(c.1), lin(c.2)]
}

fn simulate(c: RGBColor, m: &[[f64; 3]; 3]) -> [f64; 3] {
    let l = linear(c);
    let row = |r: &[f64; 3]| (r[0] * l[0] + r[1] * l[1] + r[2] * l[2]).clamp(0.0, 1.0);
    [row(&m[0]), row(&m[1]), row(&m[2])]
}

fn luminance(l: [f64; 3]) -> f64 {
    0.2126 * l[0] + 0.7152 * l[1] + 0.0722 * l[2]
}

fn lab(l: [f64; 3]) -> [f64; 3] {
    let x = (0.4124 * l[0] + 0.3576 * l[1] + 0.1805 * l[2]) / 0.95047;
    let y = 0.2126 * l[0] + 0.7152 * l[1] + 0.0722 * l[2];
    let z = (0.0193 * l[0] + 0.1192 * l[1] + 0.9505 * l[2]) / 1.08883;
    let f = |t: f64| {
        if t > 216.0 / 24389.0 {
            t.cbrt()
        } else {
            (24389.0 / 27.0 * t + 16.0) / 116.0
        }
    };
    let (fx, fy, fz) = (f(x), f(y), f(z));
    [116.0 * fy - 16.0, 500.0 * (fx - fy), 200.0 * (fy - fz)]
}

fn delta_e(a: [f64; 3], b: [f64; 3]) -> f64 {
    let (la, lb) = (lab(a), lab(b));
    ((la[0] - lb[0]).powi(2) + (la[1] - lb[1]).powi(2) + (la[2] - lb[2]).powi(2)).sqrt()
}

fn colour(t: &Theme, token: &str) -> RGBColor {
    let i = TOKENS
        .iter()
        .position(|k| *k == token)
        .unwrap_or_else(|| panic!("{token} is not a chart token"));
    let all = [
        t.bg,
        t.text,
        t.muted,
        t.grid,
        t.accent,
        t.series,
        t.bar,
        t.article,
        t.after,
        t.marker,
        t.release,
        t.listings,
        t.sectoral,
        t.financial,
        t.aviation,
        t.export,
        t.legislation,
        t.relief,
    ];
    all[i]
}

/// Every chart state a reader can reach: each step's view and each chart's overview.
fn views() -> Vec<(String, ChartView)> {
    let m = model();
    let steps = m.story.steps.iter().map(|s| (s.slug.clone(), s.chart.clone()));
    let overviews = m
        .story
        .overviews
        .iter()
        .map(|o| (format!("overview of {:?}", o.view.chart), o.view.clone()));
    steps.chain(overviews).collect()
}

fn problems(t: &Theme, scheme: &str) -> Vec<String> {
    let m = model();
    let mut out = Vec::new();
    for (name, view) in views() {
        let items: Vec<LegendItem> = legend::items(&m, &view);
        for (sim, matrix) in &SIMULATIONS {
            let bg = simulate(t.bg, matrix);
            let seen = |i: &LegendItem| simulate(colour(t, i.token), matrix);
            for (n, a) in items.iter().enumerate() {
                let (la, lb) = (luminance(seen(a)), luminance(bg));
                let ratio = (la.max(lb) + 0.05) / (la.min(lb) + 0.05);
                if ratio < 3.0 {
                    out.push(format!(
                        "{scheme}, {sim}, {name}: \"{}\" has {ratio:.2}:1 against the background",
                        a.label
                    ));
                }
                for b in &items[n + 1..] {
                    let d = delta_e(seen(a), seen(b));
                    if d < DISTINCT && a.shape == b.shape && a.filled == b.filled {
                        out.push(format!(
                            "{scheme}, {sim}, {name}: \"{}\" and \"{}\" share a shape and are only ΔE {d:.1} apart",
                            a.label, b.label
                        ));
                    }
                }
            }
        }
    }
    out.sort();
    out.dedup();
    out
}

#[test]
fn legends_survive_colour_vision_deficiencies_in_light_and_dark() {
    let css = include_str!("../style/tokens.css");
    let light = Theme::from_css(css).unwrap();
    let dark = Theme::dark_from_css(css).unwrap();
    let mut found = problems(&light, "light");
    found.extend(problems(&dark, "dark"));
    assert!(found.is_empty(), "{}", found.join("\n"));
}

#[test]
fn the_simulation_finds_a_red_green_confusion() {
    // The check itself: a red and an olive green of similar lightness are far apart to normal
    // vision and nearly the same under deuteranopia.
    let (red, green) = (
        theme::parse_hex("#b42318").unwrap(),
        theme::parse_hex("#5f6f00").unwrap(),
    );
    let [normal, _, deutan, _] = SIMULATIONS;
    assert!(delta_e(simulate(red, &normal.1), simulate(green, &normal.1)) > 30.0);
    assert!(delta_e(simulate(red, &deutan.1), simulate(green, &deutan.1)) < DISTINCT);
}
