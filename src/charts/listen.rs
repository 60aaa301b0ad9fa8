//! Listening to a chart (issue 19): the chart as drawn, turned into a score of short tones played
//! left to right, so its shape can be heard. A pure function of the drawn chart (its hit map and
//! keyboard grid), so what is heard is what is seen, and tested natively; `panel::listen` plays
//! it with Web Audio.
//!
//! The mapping: a value is a pitch on a two-octave scale (220–880 Hz), rising strictly with the
//! value, scaled per kind of mark over what the view shows (people held, growth, people freed);
//! a sanctions round is a square-wave note, one pitch per lane; an event is a low soft note; a
//! place on the map sounds higher the further north it is. Marks the step highlights are louder
//! and longer.

use super::hitmap::HitMap;
use super::keynav::NavGrid;
use crate::i18n::{tr, trf, trn};
use crate::model::{ChartKind, ChartView, Datum, Model};

/// The lowest and highest pitch, in Hz: comfortable on phone speakers and headphones alike.
pub const LOW_HZ: f64 = 220.0;
pub const HIGH_HZ: f64 = 880.0;

/// The sound of a tone (Web Audio's oscillator types).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Voice {
    /// Values along a line or bars.
    Sine,
    /// Release episodes and events.
    Triangle,
    /// Sanctions rounds.
    Square,
}

/// One tone of the score.
#[derive(Debug, Clone, PartialEq)]
pub struct Tone {
    /// The hit it sounds (an index into the chart's hit map).
    pub hit: usize,
    /// When it starts, in seconds from the first tone.
    pub at: f64,
    pub hz: f64,
    /// How long it lasts, in seconds.
    pub length: f64,
    /// Its loudness, 0–1 (before the player's master volume).
    pub gain: f64,
    pub voice: Voice,
}

/// What the chart sounds like: a line to announce first, then its tones in time order.
#[derive(Debug, Clone, PartialEq)]
pub struct Score {
    pub intro: String,
    pub tones: Vec<Tone>,
}

/// A value's pitch on the scale, given the range of values it is one of: rises strictly with
/// the value; a range of one value sounds in the middle.
pub fn pitch(value: f64, low: f64, high: f64) -> f64 {
    let t = if high > low {
        ((value - low) / (high - low)).clamp(0.0, 1.0)
    } else {
        0.5
    };
    // Equal steps in value are equal musical intervals (HIGH_HZ is two octaves above LOW_HZ).
    LOW_HZ * exp2(2.0 * t)
}

/// 2^x for x in 0..=2, as 2^⌊x⌋ times the series of e^(frac·ln 2), whose terms are all
/// positive, so it rises strictly: the standard library's `powf` would add kilobytes of
/// wasm.
fn exp2(x: f64) -> f64 {
    let whole = x.floor();
    let y = (x - whole) * std::f64::consts::LN_2;
    let (mut term, mut sum) = (1.0, 1.0);
    for n in 1..=12 {
        term *= y / n as f64;
        sum += term;
    }
    sum * (1u32 << whole as u32) as f64
}

/// What a mark sounds like before scaling: its kind (marks of a kind share a scale), voice and
/// value.
fn sound(model: &Model, hits: &HitMap, i: usize) -> Option<(&'static str, Voice, f64)> {
    let hit = &hits.hits[i];
    if hit.label.is_some() {
        // A place on the map: further north (higher up) is higher.
        return Some(("map", Voice::Sine, -hit.centre().1));
    }
    let d = model.datum(hit.dataset, &hit.id)?;
    Some(match d {
        Datum::Prisoner(_) => ("prisoners", Voice::Sine, d.amount()?),
        Datum::Gdp(r) => match (d.amount(), r.low, r.high) {
            (Some(v), _, _) => ("gdp", Voice::Sine, v),
            // A forecast range sounds at its middle.
            (None, Some(lo), Some(hi)) => ("gdp", Voice::Sine, (lo + hi) / 2.0),
            _ => return None,
        },
        Datum::Release(_) => ("releases", Voice::Triangle, d.amount()?),
        Datum::Sanction(r) => {
            // One pitch per lane, the first lane highest (lanes are drawn top down).
            let lanes = &model.facts.lanes;
            let lane = lanes.iter().position(|l| *l == r.lane)?;
            ("sanctions", Voice::Square, (lanes.len() - lane) as f64)
        }
        Datum::Event(_) => ("events", Voice::Triangle, 0.0),
    })
}

/// Whether the view emphasises a mark (a sanctions round also by its category or lane).
fn highlighted(model: &Model, view: &ChartView, hit: &super::Hit) -> bool {
    match model.datum(hit.dataset, &hit.id) {
        Some(Datum::Sanction(r)) => super::sanctions::is_highlighted(view, r),
        _ => view.highlights_id(&hit.id),
    }
}

/// What the score is and how its pitch reads, per chart, for the intro: `marks` and `seconds`
/// are counts as the page words them.
fn key(kind: ChartKind, marks: &str, seconds: &str) -> String {
    let args = [("marks", marks), ("seconds", seconds)];
    match kind {
        ChartKind::Prisoners => trf(
            "{marks}, left to right over about {seconds}: the higher the note, the more people held; release episodes sound softer, higher for more people freed.",
            &args,
        ),
        ChartKind::Gdp => trf(
            "{marks}, left to right over about {seconds}: the higher the note, the faster the growth.",
            &args,
        ),
        ChartKind::Sanctions => trf(
            "{marks}, left to right over about {seconds}: each round is a short buzz, a different note for each lane, from the top lane's highest.",
            &args,
        ),
        ChartKind::Map => trf(
            "{marks}, left to right over about {seconds}: west to east, the further north the higher the note.",
            &args,
        ),
    }
}

/// The score of a chart as drawn: its hit map and keyboard grid, for `view`.
pub fn score(model: &Model, view: &ChartView, hits: &HitMap, grid: &NavGrid) -> Score {
    // Each stop once (the grid has dropped repeats), in time order: left to right.
    let mut stops: Vec<usize> = grid.series.iter().flatten().copied().collect();
    crate::sort::sort_by(&mut stops, |a, b| {
        hits.hits[*a].centre().0.total_cmp(&hits.hits[*b].centre().0)
    });
    let sounds: Vec<(usize, (&str, Voice, f64))> = stops
        .iter()
        .filter_map(|&i| Some((i, sound(model, hits, i)?)))
        .collect();
    let range = |kind: &str| {
        let values = sounds.iter().filter(|(_, s)| s.0 == kind).map(|(_, s)| s.2);
        values.fold((f64::INFINITY, f64::NEG_INFINITY), |(lo, hi), v| (lo.min(v), hi.max(v)))
    };
    let xs: Vec<f64> = sounds.iter().map(|(i, _)| hits.hits[*i].centre().0).collect();
    let (x0, x1) = xs
        .iter()
        .fold((f64::INFINITY, f64::NEG_INFINITY), |(a, b), &x| (a.min(x), b.max(x)));
    // About a fifth of a second a mark, between two and twelve seconds in all.
    let span = (sounds.len() as f64 * 0.2).clamp(2.0, 12.0);
    let tones: Vec<Tone> = sounds
        .iter()
        .zip(&xs)
        .map(|((i, (kind, voice, value)), x)| {
            let (lo, hi) = range(kind);
            let hit = &hits.hits[*i];
            let lit = highlighted(model, view, hit);
            let quiet = matches!(*kind, "events" | "releases");
            Tone {
                hit: *i,
                at: if x1 > x0 { (x - x0) / (x1 - x0) * span } else { 0.0 },
                hz: if *kind == "events" {
                    LOW_HZ
                } else {
                    pitch(*value, lo, hi)
                },
                length: if lit { 0.3 } else { 0.16 },
                gain: match (lit, quiet) {
                    (true, _) => 0.5,
                    (false, true) => 0.15,
                    (false, false) => 0.25,
                },
                voice: *voice,
            }
        })
        .collect();
    let seconds = tones.iter().map(|t| t.at + t.length).fold(0.0, f64::max).ceil();
    let marks = trn(
        "{n} mark",
        "{n} marks",
        tones.len() as f64,
        &crate::format::thousands(tones.len() as u32),
    );
    let seconds = trn("{n} second", "{n} seconds", seconds, &crate::format::number(seconds));
    let mut intro = format!("{}. {}", view.chart.title(), key(view.chart, &marks, &seconds));
    if !view.highlight.is_empty() {
        intro += " ";
        intro += tr("This step's highlights are louder.");
    }
    Score { intro, tones }
}

/// The tone of one stop (a key press that moves to it sounds it), from a score.
pub fn tone_of(score: &Score, hit: usize) -> Option<&Tone> {
    score.tones.iter().find(|t| t.hit == hit)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::charts::{theme::Theme, to_svg};

    fn model() -> Model {
        Model::bundled().unwrap()
    }

    fn theme() -> Theme {
        Theme::from_css(include_str!("../../style/tokens.css")).unwrap()
    }

    fn score_of(model: &Model, slug: &str) -> (Score, HitMap) {
        let view = &model.story.steps[model.story.index_of(slug).unwrap()].chart;
        let (_, hits) = to_svg(model, view, &theme(), 860, 520).unwrap();
        let grid = NavGrid::new(model, &hits);
        (score(model, view, &hits, &grid), hits)
    }

    #[test]
    fn pitch_rises_strictly_with_the_value_within_two_octaves() {
        let mut last = 0.0;
        for v in [-10.0, -4.7, 0.0, 0.1, 2.3, 11.4] {
            let hz = pitch(v, -10.0, 11.4);
            assert!(hz > last, "{v}: {hz} after {last}");
            assert!((LOW_HZ..=HIGH_HZ).contains(&hz));
            last = hz;
        }
        assert_eq!(pitch(-10.0, -10.0, 11.4), LOW_HZ);
        assert_eq!(pitch(11.4, -10.0, 11.4), HIGH_HZ);
        assert!((LOW_HZ..=HIGH_HZ).contains(&pitch(5.0, 5.0, 5.0)));
    }

    #[test]
    fn two_to_the_power_is_close_to_the_standard_librarys() {
        for i in 0..=200 {
            let x = i as f64 / 100.0;
            assert!((exp2(x) - x.exp2()).abs() < 1e-9 * x.exp2(), "{x}");
        }
    }

    #[test]
    fn the_gdp_score_plays_every_bar_in_year_order_its_pitch_ordered_as_the_values() {
        let m = model();
        let (score, hits) = score_of(&m, "a-sharp-fall");
        let bars: Vec<(f64, f64, f64)> = score
            .tones
            .iter()
            .filter_map(|t| match m.datum(hits.hits[t.hit].dataset, &hits.hits[t.hit].id) {
                Some(Datum::Gdp(r)) if r.series == m.facts.gdp_bars => Some((r.year as f64, r.value?, t.hz)),
                _ => None,
            })
            .collect();
        let years = m
            .gdp
            .data
            .rows
            .iter()
            .filter(|r| r.series == m.facts.gdp_bars && r.value.is_some());
        let shown = years.filter(|r| (1995..=2024).contains(&r.year)).count();
        assert_eq!(bars.len(), shown, "one tone a bar");
        assert!(bars.windows(2).all(|w| w[0].0 < w[1].0), "in year order");
        for a in &bars {
            for b in &bars {
                if a.1 < b.1 {
                    assert!(a.2 < b.2, "{a:?} sounds lower than {b:?}");
                }
            }
        }
        // The highlighted fall of 2022 is louder and longer than an ordinary year.
        let loud = |year: f64| {
            let i = bars.iter().position(|b| b.0 == year).unwrap();
            score.tones.iter().filter(|t| matches!(m.datum(hits.hits[t.hit].dataset, &hits.hits[t.hit].id), Some(Datum::Gdp(r)) if r.series == m.facts.gdp_bars)).nth(i).unwrap().gain
        };
        assert!(loud(2022.0) > loud(2021.0));
        assert!(score.intro.starts_with("Belarus: real GDP growth"), "{}", score.intro);
    }

    #[test]
    fn every_chart_state_has_a_score_in_time_order_within_the_scale() {
        let m = model();
        for step in &m.story.steps {
            let (score, hits) = score_of(&m, &step.slug);
            assert!(!score.tones.is_empty(), "{}: silent", step.slug);
            assert!(score.tones.windows(2).all(|w| w[0].at <= w[1].at), "{}", step.slug);
            for t in &score.tones {
                assert!((LOW_HZ..=HIGH_HZ).contains(&t.hz) && t.gain > 0.0 && t.gain <= 0.5);
                assert!(t.hit < hits.hits.len());
            }
            assert!(score.tones.last().unwrap().at <= 12.0, "{}: too long", step.slug);
        }
    }

    #[test]
    fn each_sanctions_lane_has_a_pitch_of_its_own() {
        let m = model();
        let (score, hits) = score_of(&m, "what-could-a-deal-buy");
        let mut by_lane: std::collections::BTreeMap<String, Vec<f64>> = Default::default();
        for t in &score.tones {
            if let Some(Datum::Sanction(r)) = m.datum(hits.hits[t.hit].dataset, &hits.hits[t.hit].id) {
                assert_eq!(t.voice, Voice::Square);
                by_lane.entry(r.lane.clone()).or_default().push(t.hz);
            }
        }
        assert!(by_lane.len() >= 3, "{by_lane:?}");
        let pitches: Vec<f64> = by_lane.values().map(|v| v[0]).collect();
        for v in by_lane.values() {
            assert!(v.iter().all(|hz| *hz == v[0]), "one pitch per lane");
        }
        for (i, a) in pitches.iter().enumerate() {
            assert!(pitches[i + 1..].iter().all(|b| b != a), "lanes apart: {by_lane:?}");
        }
    }
}
