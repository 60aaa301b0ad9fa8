//! Chart scenes drawn to SVG: what a reader would see is there, in the right place.

mod common;
use common::{draw_svg, model, step_view};
use minsk_explainer::charts::{describe, sanctions, theme, Theme};
use minsk_explainer::model::{Confidence, DatasetKind, Highlight, Layer};

const SIZES: [(u32, u32); 3] = [(358, 300), (640, 420), (860, 520)];

#[test]
fn every_step_draws_at_phone_and_desktop_sizes_with_hits_inside_the_canvas() {
    let m = model();
    for step in &m.story.steps {
        for (w, h) in SIZES {
            let (svg, hits) = draw_svg(&m, &step.chart, w, h);
            assert!(svg.len() > 2000, "{} at {w}x{h}: almost nothing drawn", step.slug);
            assert!(!hits.hits.is_empty(), "{} at {w}x{h}: no interactive marks", step.slug);
            for hit in &hits.hits {
                let (cx, cy) = hit.centre();
                assert!(
                    cx >= 0.0 && cx <= w as f64 && cy >= 0.0 && cy <= h as f64,
                    "{}: {} outside at {w}x{h}",
                    step.slug,
                    hit.id
                );
            }
        }
    }
}

#[test]
fn highlighted_data_is_drawn_and_reachable() {
    let m = model();
    for step in &m.story.steps {
        let (_, hits) = draw_svg(&m, &step.chart, 860, 520);
        let ids = step.chart.highlight.iter().filter_map(|h| match h {
            Highlight::Datum(id) => Some(id),
            _ => None,
        });
        for id in ids {
            assert!(hits.contains(id), "{}: highlighted {id} not drawn", step.slug);
        }
        for marker in &step.chart.markers {
            assert!(
                hits.contains(&marker.id),
                "{}: marker {} not drawn",
                step.slug,
                marker.id
            );
        }
    }
}

#[test]
fn unverified_data_is_never_drawn_unless_labelled() {
    let m = model();
    for step in m.story.steps.iter().filter(|s| !s.chart.has(Layer::Unverified)) {
        let (_, hits) = draw_svg(&m, &step.chart, 860, 520);
        for hit in &hits.hits {
            let d = m.datum(hit.dataset, &hit.id).expect("hit refers to a datum");
            assert_ne!(
                d.source().confidence,
                Confidence::Unverified,
                "{}: drew unverified {}",
                step.slug,
                hit.id
            );
        }
    }
}

#[test]
fn gdp_fall_step_highlights_2022_with_its_value_and_the_article_figure() {
    let m = model();
    let (svg, hits) = draw_svg(&m, &step_view(&m, "a-sharp-fall"), 860, 520);
    assert!(
        svg.contains("\u{2212}4.66%"),
        "the 2022 bar is labelled with the World Bank value"
    );
    assert!(
        svg.contains("Article: \u{2212}4.7%"),
        "the article's rounded figure is labelled as the article's"
    );
    assert!(hits.contains("wdi-1995") && hits.contains("wdi-2024") && !hits.contains("wdi-2026-2025"));
    // The 2022 bar goes down from zero, the 2023 bar up.
    let (y22, y23) = (hits.get("wdi-2022").unwrap(), hits.get("wdi-2023").unwrap());
    assert!(y22.y1 > y23.y1 && y23.y0 < y22.y0);
}

#[test]
fn forecast_range_spans_0_8_to_2_3_as_a_range_not_a_point() {
    let m = model();
    let (svg, hits) = draw_svg(&m, &step_view(&m, "recovery-not-collapse"), 860, 520);
    assert!(svg.contains("Forecasts cited: 0.8\u{2013}2.3%"));
    let range = hits.get("article-2025").expect("forecast range drawn");
    let bar = hits.get("wdi-2023").expect("2023 bar drawn");
    // Bar hits extend 4px past zero; the range hit 2px past each end.
    let range_px = range.y1 - range.y0 - 4.0;
    let bar_px = bar.y1 - bar.y0 - 4.0;
    let ratio = range_px / bar_px;
    let expected = (2.3 - 0.8) / 4.13;
    assert!(
        (ratio - expected).abs() < 0.03,
        "range/bar height {ratio:.3}, expected {expected:.3}"
    );
}

#[test]
fn prisoners_step_shows_viasna_series_and_the_article_claim_apart() {
    let m = model();
    let (svg, hits) = draw_svg(&m, &step_view(&m, "behind-bars"), 860, 520);
    assert!(svg.contains("Article: 1,164"));
    assert!(
        svg.contains("169 \u{b7} December 2020"),
        "highlighted start of the series is labelled"
    );
    for id in [
        "held-2020-12-31",
        "held-2025-07-31",
        "held-2025-12-23",
        "article-held-2025-07-22",
        "held-2023-12-31-2",
    ] {
        assert!(hits.contains(id), "{id} drawn");
    }
}

#[test]
fn release_episodes_are_sized_by_people_freed() {
    let m = model();
    let (_, hits) = draw_svg(&m, &step_view(&m, "jail-then-sell"), 860, 520);
    let size = |id: &str| {
        let h = hits.get(id).unwrap_or_else(|| panic!("{id} drawn"));
        h.x1 - h.x0
    };
    assert!(size("rel-2025-12-13") > size("rel-2025-09-11"));
    assert!(size("rel-2025-09-11") > size("rel-2015-08-22"));
    assert!(
        !hits.contains("rel-2025-11-late"),
        "the inferred (unverified) November 2025 count stays out"
    );
    assert!(
        hits.contains("article-2011-2013-2025"),
        "the article's cited years are marked"
    );
}

#[test]
fn sanctions_marks_sit_in_their_actor_lanes_and_triggers_are_labelled() {
    let m = model();
    let view = step_view(&m, "ryanair");
    let (svg, hits) = draw_svg(&m, &view, 860, 520);
    assert!(svg.contains("Ryanair landing"));
    let texts = common::svg_texts(&svg);
    for lane in ["US", "EU", "UK", "Canada"] {
        assert!(texts.iter().any(|t| t == lane), "lane label {lane}");
    }
    let y = |id: &str| hits.get(id).unwrap_or_else(|| panic!("{id} drawn")).centre().1;
    assert!(y("us-2021-08-09") < y("eu-2021-06-04"));
    assert!(y("eu-2021-06-24") < y("uk-2021-08-09"));
    assert!(y("uk-2021-08-09") < y("canada-2021-08-09"));
    let rounds = sanctions::visible_rounds(&m, &view);
    assert!(
        rounds.iter().all(|r| hits.contains(&r.id)),
        "every visible round is reachable"
    );
}

#[test]
fn the_full_timeline_covers_2004_to_2025_with_every_verified_round() {
    let m = model();
    let view = step_view(&m, "the-lesson-of-2015");
    let (_, hits) = draw_svg(&m, &view, 860, 520);
    let verified: Vec<_> = m
        .sanctions
        .rows
        .iter()
        .filter(|r| r.source.confidence == Confidence::Verified)
        .collect();
    let drawn = verified.iter().filter(|r| hits.contains(&r.id)).count();
    assert_eq!(
        drawn,
        verified.len(),
        "every verified round from 2004 to 2025 is on the full timeline"
    );
    assert_eq!(drawn, sanctions::visible_rounds(&m, &view).len());
}

#[test]
fn tooltips_give_value_date_and_source() {
    let m = model();
    let t = describe::content(&m, DatasetKind::Gdp, "wdi-2022").unwrap();
    assert_eq!(t.value, "\u{2212}4.66%");
    assert_eq!(t.date, "2022");
    assert!(t.source.publisher.starts_with("World Bank"));
    assert!(t.announcement().contains("2022") && t.announcement().contains("World Bank"));
    let r = describe::content(&m, DatasetKind::Releases, "rel-2025-06-21").unwrap();
    assert_eq!((r.value.as_str(), r.date.as_str()), ("14 released", "21 June 2025"));
    assert!(describe::content(&m, DatasetKind::Gdp, "nope").is_none());
}

#[test]
fn every_chart_colour_token_is_defined_in_css() {
    let css = include_str!("../style/tokens.css");
    let vars = theme::css_vars(css);
    for token in theme::TOKENS {
        assert!(vars.iter().any(|(k, _)| k == token), "{token} missing from tokens.css");
    }
    assert!(Theme::from_css(css).is_ok());
    assert!(Theme::from_css(":root { --chart-bg: red; }").is_err());
}

/// Writes every step's chart to `target/chart-previews/` for looking at (not an assertion).
#[test]
fn write_previews() {
    let m = model();
    let dir = std::path::Path::new(env!("CARGO_TARGET_TMPDIR")).join("chart-previews");
    std::fs::create_dir_all(&dir).unwrap();
    for (i, step) in m.story.steps.iter().enumerate() {
        for (w, h) in [(358, 300), (860, 520)] {
            let (svg, _) = draw_svg(&m, &step.chart, w, h);
            std::fs::write(dir.join(format!("{:02}-{}-{w}.svg", i + 1, step.slug)), svg).unwrap();
        }
    }
}

/// A chart laid out narrow (a phone's, zoomed for a reader's larger text: `canvas::text_zoom`)
/// draws every step without failing; labels wider than the plot stay inside it.
#[test]
fn every_step_draws_in_a_narrow_or_zoomed_box() {
    let m = model();
    for step in &m.story.steps {
        for (w, h) in [(179, 240), (238, 300), (238, 606), (130, 90)] {
            let (svg, _) = draw_svg(&m, &step.chart, w, h);
            assert!(svg.starts_with("<svg"), "{} at {w}x{h}", step.slug);
        }
    }
}

#[test]
fn in_a_dense_cluster_the_biggest_release_keeps_its_label() {
    let m = model();
    let view = step_view(&m, "jail-then-sell");
    let biggest = minsk_explainer::charts::prisoners::release_episodes(&m, &view)
        .into_iter()
        .max_by_key(|r| r.number.unwrap_or(0))
        .expect("releases in view");
    let label = minsk_explainer::format::thousands(biggest.number.unwrap());
    // The phone's pinned chart is the smallest box the chart is drawn in.
    for (w, h) in [(358, 219), (655, 540)] {
        let (svg, _) = draw_svg(&m, &view, w, h);
        assert!(common::svg_texts(&svg).contains(&label), "{label} labelled at {w}x{h}");
    }
}

/// Forecasters' numbers reach every year past the bars, each year named once in the legend, and
/// a forecaster's range is drawn as a whisker the reader can reach.
#[test]
fn gdp_forecasts_cover_the_years_past_the_bars() {
    let m = model();
    let view = step_view(&m, "recovery-not-collapse");
    let labels: Vec<_> = minsk_explainer::charts::legend::items(&m, &view)
        .into_iter()
        .map(|i| i.label)
        .collect();
    assert!(
        labels.contains(&"Other forecasts for 2025 and 2026".to_string()),
        "{labels:?}"
    );
    let (_, hits) = draw_svg(&m, &view, 860, 520);
    for id in [
        "imf-2025-10-2026",
        "beroc-belarus-economic-research-and-outreach-center-express-analysis-2026",
    ] {
        assert!(hits.contains(id), "{id} drawn");
    }
    let range = hits
        .get("beroc-belarus-economic-research-and-outreach-center-express-analysis-2026")
        .unwrap();
    assert!(range.y1 - range.y0 > 10.0, "a range is a whisker, not a dot");
}

/// One rule says which rows came after the article, so the table's "after the article" column
/// and the chart's faded marks agree: a row is after it when it starts after the publication
/// day (a span under way that day is not).
#[test]
fn tables_and_charts_agree_on_what_came_after_the_article() {
    use minsk_explainer::charts::shared;
    use minsk_explainer::model::{DateSpan, Datum, Day};
    use minsk_explainer::reader_tools::table;
    let m = model();
    let day = m.publication_day().expect("the story has a publication date");
    let span = |start: &str, end: &str| DateSpan {
        text: String::new(),
        start: Day::parse(start).unwrap(),
        end: Day::parse(end).unwrap(),
        years: None,
    };
    let next_day = Day::parse(&format!("{}-{:02}-{:02}", day.year, day.month, day.day + 1)).unwrap();
    let faded = |s: DateSpan| shared::is_after(&m, &s);
    assert!(
        !faded(span(&day.to_string(), &day.to_string())),
        "the publication day itself"
    );
    assert!(!faded(span("2025-07-01", "2025-08-31")), "a span under way that day");
    assert!(
        faded(span(&next_day.to_string(), &next_day.to_string())),
        "the day after"
    );
    let mut checked = 0;
    for step in &m.story.steps {
        for row in table::table(&m, &step.chart).rows {
            let date = match m.datum(row.dataset, &row.id).expect("a table row is a datum") {
                Datum::Prisoner(r) => &r.date,
                Datum::Release(r) => &r.date,
                Datum::Sanction(r) => &r.date,
                Datum::Event(r) => &r.date,
                Datum::Gdp(_) => continue,
            };
            assert_eq!(
                row.after_article,
                shared::is_after(&m, date),
                "{}: {}",
                step.slug,
                row.id
            );
            checked += 1;
        }
    }
    assert!(checked > 100, "only {checked} dated rows checked");
}

/// Under forced colours every step's chart uses the four system colours and nothing else: its
/// categories differ by shape, not hue (issue 19).
#[test]
fn a_forced_colour_chart_uses_only_the_system_colours() {
    use minsk_explainer::charts::theme::parse_rgb;
    use plotters::style::RGBColor;
    assert_eq!(parse_rgb("rgb(255, 255, 255)"), Some(RGBColor(255, 255, 255)));
    assert_eq!(parse_rgb("rgba(0, 102, 204, 0.5)"), Some(RGBColor(0, 102, 204)));
    assert_eq!(parse_rgb("rgb(0 0 0)"), Some(RGBColor(0, 0, 0)));
    assert_eq!(parse_rgb("CanvasText"), None);
    assert_eq!(parse_rgb("rgb(300, 0, 0)"), None);
    let system = [
        RGBColor(0, 0, 0),
        RGBColor(255, 255, 255),
        RGBColor(63, 242, 63),
        RGBColor(26, 235, 255),
    ];
    let theme = Theme::forced(system[0], system[1], system[2], system[3]);
    let allowed: Vec<String> = system
        .iter()
        .map(|c| format!("#{:02X}{:02X}{:02X}", c.0, c.1, c.2))
        .collect();
    let m = model();
    for step in &m.story.steps {
        let (svg, _) = minsk_explainer::charts::to_svg(&m, &step.chart, &theme, 720, 400).unwrap();
        for attr in ["fill=\"#", "stroke=\"#"] {
            for rest in svg.split(attr).skip(1) {
                let colour = format!("#{}", &rest[..6]);
                assert!(
                    allowed.contains(&colour),
                    "{}: {colour} is not a system colour",
                    step.slug
                );
            }
        }
    }
}
