//! Accessibility rules that can be checked without a browser: the key map, keyboard movement over
//! chart data, and colour contrast of the palette against its background.

mod common;
use common::{draw_svg, model, step_view};
use minsk_explainer::charts::keynav::NavGrid;
use minsk_explainer::charts::theme;
use minsk_explainer::reading::keymap::{self, Action, Context, BINDINGS};
use plotters::style::RGBColor;

#[test]
fn the_key_map_has_no_conflicts_within_a_context() {
    for (i, a) in BINDINGS.iter().enumerate() {
        for b in &BINDINGS[i + 1..] {
            assert!(
                !(a.context == b.context && a.key == b.key),
                "{} is bound twice in {:?}",
                a.key,
                a.context
            );
        }
        assert!(!a.help.is_empty() && !a.label.is_empty());
    }
    assert_eq!(keymap::action(Context::Chart, "ArrowRight"), Some(Action::NextPoint));
    assert_eq!(keymap::action(Context::Page, "ArrowRight"), Some(Action::NextStep));
    assert_eq!(keymap::action(Context::Page, "?"), Some(Action::ShowShortcuts));
}

#[test]
fn arrow_keys_walk_the_gdp_bars_and_switch_series() {
    let m = model();
    let view = step_view(&m, "recovery-not-collapse");
    let (_, hits) = draw_svg(&m, &view, 860, 520);
    let grid = NavGrid::new(&m, &hits);
    let id = |pos| hits.hits[grid.hit(pos).unwrap()].id.clone();
    let start = grid.step(&hits, None, Action::NextPoint).unwrap();
    assert_eq!(id(start), "wdi-2014", "the first stop is the first bar");
    let next = grid.step(&hits, Some(start), Action::NextPoint).unwrap();
    assert_eq!(id(next), "wdi-2015");
    let end = grid.step(&hits, Some(next), Action::LastPoint).unwrap();
    assert_eq!(id(end), "wdi-2024");
    assert_eq!(
        grid.step(&hits, Some(end), Action::NextPoint),
        Some(end),
        "clamped at the end"
    );
    let other = grid.step(&hits, Some(end), Action::NextSeries).unwrap();
    assert_ne!(other.0, end.0, "down moves to the article's figures and forecasts");
    let home = grid.step(&hits, Some(other), Action::FirstPoint).unwrap();
    assert_eq!(home.1, 0);
    // Every drawn datum is reachable exactly once.
    let stops: usize = grid.series.iter().map(Vec::len).sum();
    let mut unique: Vec<_> = hits.hits.iter().map(|h| (h.dataset.key(), h.id.clone())).collect();
    unique.sort();
    unique.dedup();
    assert_eq!(stops, unique.len());
}

#[test]
fn sanctions_lanes_are_series_in_lane_order() {
    let m = model();
    let (_, hits) = draw_svg(&m, &step_view(&m, "the-lesson-of-2015"), 860, 520);
    let grid = NavGrid::new(&m, &hits);
    let lane_of = |s: usize| hits.hits[grid.series[s][0]].id.split('-').next().unwrap().to_string();
    let lanes: Vec<String> = (0..grid.series.len()).map(lane_of).collect();
    assert_eq!(&lanes[..4], &["us", "eu", "uk", "canada"]);
    assert_eq!(lanes.last().unwrap(), "ev", "events come last");
}

fn luminance(c: RGBColor) -> f64 {
    let lin = |v: u8| {
        let s = v as f64 / 255.0;
        if s <= 0.03928 {
            s / 12.92
        } else {
            ((s + 0.055) / 1.055).powf(2.4)
        }
    };
    0.2126 * lin(c.0) + 0.7152 * lin(c.1) + 0.0722 * lin(c.2)
}

/// WCAG contrast ratio.
fn contrast(a: RGBColor, b: RGBColor) -> f64 {
    let (la, lb) = (luminance(a), luminance(b));
    (la.max(lb) + 0.05) / (la.min(lb) + 0.05)
}

fn check_palette(vars: &[(String, String)], scheme: &str) {
    let get = |name: &str| {
        let v = vars
            .iter()
            .find(|(k, _)| k == name)
            .unwrap_or_else(|| panic!("{scheme}: {name} missing"))
            .1
            .clone();
        theme::parse_hex(&v).unwrap_or_else(|| panic!("{scheme}: {name} is not a colour"))
    };
    let chart_bg = get("--chart-bg");
    for token in theme::TOKENS
        .iter()
        .filter(|t| !["--chart-bg", "--chart-grid", "--chart-after"].contains(t))
    {
        let ratio = contrast(get(token), chart_bg);
        assert!(
            ratio >= 3.0,
            "{scheme}: {token} has contrast {ratio:.2} against the chart background"
        );
    }
    for (text, bg) in [
        ("--text", "--bg"),
        ("--text-muted", "--bg"),
        ("--text", "--surface"),
        ("--text-muted", "--surface"),
        ("--link", "--bg"),
        ("--link", "--surface"),
        ("--chart-text", "--chart-bg"),
        ("--chart-muted", "--chart-bg"),
        ("--chart-article", "--chart-bg"),
        ("--on-primary", "--primary"),
    ] {
        let ratio = contrast(get(text), get(bg));
        assert!(ratio >= 4.5, "{scheme}: {text} on {bg} has contrast {ratio:.2}");
    }
}

#[test]
fn palette_contrast_meets_wcag_in_light_and_dark() {
    let css = include_str!("../style/tokens.css");
    check_palette(&theme::css_vars(css), "light");
    let dark = theme::css_vars_in(css, "/* dark */");
    assert!(!dark.is_empty(), "tokens.css defines a dark block marked /* dark */");
    // The dark block overrides the light one; anything it does not set is inherited.
    let mut merged = theme::css_vars(css);
    for (k, v) in dark {
        match merged.iter_mut().find(|(mk, _)| *mk == k) {
            Some(slot) => slot.1 = v,
            None => merged.push((k, v)),
        }
    }
    check_palette(&merged, "dark");
}
