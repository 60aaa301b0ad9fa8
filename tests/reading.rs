//! Reading modes: which step is current in scroll mode, swipes, the mode in the URL, and the
//! chart transitions between steps (start, middle, end, interruption).

mod common;

use minsk_explainer::address::{parse, to_query, Mode, ViewState};
use minsk_explainer::charts::tween::{ease, Tween, DURATION_MS, INVISIBLE};
use minsk_explainer::model::{ChartKind, ChartView, Highlight};
use minsk_explainer::reading::geometry::{most_in_view, scroll_target, swipe_direction, Span};

const SLUGS: [&str; 3] = ["intro", "behind-bars", "the-lesson-of-2015"];

/// Steps stacked down the page from `top`, each `h` tall with `gap` between.
fn column(top: f64, heights: &[f64], gap: f64) -> Vec<Span> {
    let mut y = top;
    heights
        .iter()
        .map(|h| {
            let s = Span::new(y, y + h);
            y += h + gap;
            s
        })
        .collect()
}

#[test]
fn the_step_filling_the_reading_zone_is_current() {
    let zone = Span::new(0.0, 800.0);
    // Step 1 covers the window from 100 px down; step 0 shows only its last 100 px.
    let steps = column(-500.0, &[600.0, 700.0, 700.0], 0.0);
    assert_eq!(most_in_view(&steps, zone), Some(1));
}

#[test]
fn on_phones_only_the_text_below_the_pinned_chart_counts() {
    // The chart covers the top 380 px: step 0 is mostly behind it, step 1 fills the zone below.
    let zone = Span::new(380.0, 844.0);
    let steps = column(-100.0, &[560.0, 500.0, 500.0], 0.0);
    assert_eq!(most_in_view(&steps, zone), Some(1));
    // Without the pinned chart, step 0 would win: the zone matters.
    assert_eq!(most_in_view(&steps, Span::new(0.0, 844.0)), Some(0));
}

#[test]
fn equal_visibility_goes_to_the_step_at_the_reading_line() {
    // Two steps each fill half of the zone: the one across the reading line (40% down) wins.
    let zone = Span::new(0.0, 1000.0);
    let steps = column(-500.0, &[1000.0, 1000.0], 0.0);
    assert_eq!(most_in_view(&steps, zone), Some(0));
    let steps = column(-600.0, &[1000.0, 1000.0], 0.0);
    assert_eq!(most_in_view(&steps, zone), Some(1));
}

#[test]
fn no_step_in_view_keeps_the_current_one() {
    let zone = Span::new(0.0, 800.0);
    assert_eq!(most_in_view(&column(900.0, &[600.0, 600.0], 0.0), zone), None);
    assert_eq!(most_in_view(&column(-2000.0, &[600.0, 600.0], 0.0), zone), None);
    assert_eq!(most_in_view(&[], zone), None);
}

#[test]
fn scrolling_to_a_step_makes_it_the_one_most_in_view() {
    // Whatever the step heights (each at least 60% of the zone, as the CSS makes them), putting
    // a step's top at the top of the zone makes that step current: deep links land exactly.
    for zone_top in [0.0, 380.0] {
        let zone_h = 844.0 - zone_top;
        let heights = [zone_h * 0.6, zone_h * 1.7, zone_h * 0.61, zone_h * 0.9, zone_h * 2.5];
        let doc = column(2000.0, &heights, 24.0);
        for (k, step) in doc.iter().enumerate() {
            let scroll = scroll_target(step.top, zone_top, 16.0);
            let on_screen: Vec<Span> = doc
                .iter()
                .map(|s| Span::new(s.top - scroll, s.bottom - scroll))
                .collect();
            assert_eq!(
                most_in_view(&on_screen, Span::new(zone_top, 844.0)),
                Some(k),
                "zone top {zone_top}, step {k}"
            );
        }
    }
    assert_eq!(scroll_target(100.0, 380.0, 16.0), 0.0, "never a negative scroll");
}

#[test]
fn a_swipe_is_a_quick_mostly_sideways_move() {
    assert_eq!(swipe_direction(-120.0, 10.0, 200.0), Some(true), "leftwards: next");
    assert_eq!(
        swipe_direction(120.0, -20.0, 200.0),
        Some(false),
        "rightwards: previous"
    );
    assert_eq!(swipe_direction(-30.0, 0.0, 100.0), None, "too short");
    assert_eq!(swipe_direction(-120.0, 100.0, 200.0), None, "diagonal is scrolling");
    assert_eq!(
        swipe_direction(-300.0, 0.0, 2000.0),
        None,
        "too slow: a drag, not a swipe"
    );
}

#[test]
fn the_mode_is_read_from_the_url_and_defaults_by_context() {
    assert_eq!(parse("?mode=article", &SLUGS).mode, Some(Mode::Article));
    assert_eq!(parse("?mode=STEPS", &SLUGS).mode, Some(Mode::Steps));
    assert_eq!(parse("?mode=<script>", &SLUGS).mode, None);
    assert_eq!(Mode::resolve(None, false), Mode::Scroll, "standalone page scrolls");
    assert_eq!(Mode::resolve(None, true), Mode::Steps, "embeds step");
    assert_eq!(
        Mode::resolve(Some(Mode::Scroll), true),
        Mode::Steps,
        "an embed cannot scroll-drive"
    );
    assert_eq!(Mode::resolve(Some(Mode::Article), true), Mode::Article);
    assert_eq!(Mode::resolve(Some(Mode::Steps), false), Mode::Steps);
}

#[test]
fn a_chosen_mode_is_written_to_the_url_once() {
    let state = ViewState {
        step: 1,
        mode: Some(Mode::Steps),
        ..ViewState::default()
    };
    assert_eq!(
        to_query(state, &SLUGS, "?mode=article&embed=1"),
        "?embed=1&mode=steps&step=behind-bars"
    );
    let unchosen = ViewState {
        step: 1,
        ..ViewState::default()
    };
    assert_eq!(to_query(unchosen, &SLUGS, "?mode=junk"), "?mode=junk&step=behind-bars");
}

fn view(chart: ChartKind, from: f64, to: f64) -> ChartView {
    ChartView {
        chart,
        from,
        to,
        highlight: vec![],
        layers: vec![],
        markers: vec![],
        hide_after: false,
    }
}

#[test]
fn a_transition_starts_at_the_old_state_and_ends_exactly_at_the_new_one() {
    let a = view(ChartKind::Prisoners, 2020.0, 2026.0);
    let mut b = view(ChartKind::Prisoners, 2024.0, 2026.0);
    b.highlight = vec![Highlight::Datum("x".into())];
    let t = Tween::new(a.clone(), b.clone(), 1000.0);
    let start = t.frame(1000.0);
    assert_eq!(start.base.as_ref().map(|v| (v.from, v.to)), Some((2020.0, 2026.0)));
    assert_eq!(start.alpha, 0.0, "the new state is invisible at first");
    let middle = t.frame(1000.0 + DURATION_MS / 2.0);
    assert!(
        (middle.top.from - 2022.0).abs() < 1e-9,
        "axis halfway: {}",
        middle.top.from
    );
    assert_eq!(
        middle.base.as_ref().unwrap().from,
        middle.top.from,
        "both layers share the moving axis"
    );
    assert!((middle.alpha - 0.5).abs() < 1e-9);
    assert_eq!(middle.top.highlight, b.highlight, "the new highlight fades in");
    let end = t.frame(1000.0 + DURATION_MS);
    assert!(end.done && end.base.is_none());
    assert_eq!(end.top, b, "the last frame is the target, unchanged");
    assert_eq!(t.frame(1e9).top, b);
}

#[test]
fn different_charts_fade_out_then_in() {
    let t = Tween::new(
        view(ChartKind::Sanctions, 2006.0, 2026.0),
        view(ChartKind::Gdp, 1995.0, 2025.0),
        0.0,
    );
    let early = t.frame(DURATION_MS * 0.25);
    assert!(
        early.base_alpha > 0.0 && early.alpha == 0.0,
        "old chart still fading out"
    );
    assert_eq!(early.top.from, 1995.0, "no shared axis between different charts");
    let late = t.frame(DURATION_MS * 0.75);
    assert!(late.base_alpha == 0.0 && late.alpha > 0.0, "new chart fading in");
}

#[test]
fn an_interrupted_transition_continues_from_where_the_axis_is() {
    let a = view(ChartKind::Prisoners, 2020.0, 2026.0);
    let b = view(ChartKind::Prisoners, 2024.0, 2026.0);
    let c = view(ChartKind::Prisoners, 2022.0, 2025.0);
    let t = Tween::new(a, b, 0.0);
    let now = DURATION_MS * 0.6;
    let axis_now = t.frame(now).top.from;
    let next = t.retarget(c.clone(), now);
    let first = next.frame(now);
    assert!(
        (first.base.as_ref().unwrap().from - axis_now).abs() < 1e-9,
        "no jump back"
    );
    assert_eq!(next.to, c);
    assert_eq!(
        next.frame(now + DURATION_MS).top,
        c,
        "and it ends exactly at the newest step"
    );
}

#[test]
fn easing_is_monotonic_and_pinned_at_the_ends() {
    assert_eq!(ease(0.0), 0.0);
    assert_eq!(ease(1.0), 1.0);
    assert_eq!(ease(-1.0), 0.0);
    assert_eq!(ease(2.0), 1.0);
    let samples: Vec<f64> = (0..=100).map(|k| ease(k as f64 / 100.0)).collect();
    assert!(samples.windows(2).all(|w| w[1] >= w[0]));
}

#[test]
fn only_a_layer_too_faint_to_change_a_pixel_is_skipped_and_only_in_the_first_frame() {
    let frame = 1000.0 / 60.0;
    let t = Tween::new(
        view(ChartKind::Gdp, 1995.0, 2025.0),
        view(ChartKind::Gdp, 2015.0, 2025.0),
        0.0,
    );
    assert!(
        t.frame(frame).alpha < INVISIBLE,
        "the first frame shows only the old layer"
    );
    assert!(t.frame(2.0 * frame).alpha >= INVISIBLE, "the second draws both");
}
