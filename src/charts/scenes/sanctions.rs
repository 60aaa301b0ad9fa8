//! Sanctions rounds: one lane per actor, one mark per round whose shape and colour give its type,
//! with trigger events as labelled rules.

use crate::charts::axis::{self, Plot};
use crate::charts::hitmap::{Hit, HitMap};
use crate::charts::labels;
use crate::charts::legend::{item, LegendItem};
use crate::charts::pen::{size, Ink, LabelStyle, Pen, Shape};
use crate::charts::shared;
use crate::charts::{DrawError, Theme};
use crate::i18n::tr;
use crate::model::{ChartView, Confidence, DatasetKind, Datum, Highlight, Layer, Model, SanctionCategory, SanctionRow};
use plotters::prelude::*;

/// The sanctions chart's part of the chart contract (see [`crate::charts::Scene`]).
pub const SCENE: crate::charts::Scene = crate::charts::Scene {
    sources,
    data_file: "sanctions",
    drawn,
    legend,
};

/// Who the figures come from (see [`crate::charts::Scene::sources`]).
fn sources() -> String {
    tr("EU Official Journal and Council, US Treasury, State Department, Commerce and White House, UK and Canadian governments, law-firm notes and news reports").to_string()
}

fn drawn<'m>(model: &'m Model, view: &ChartView) -> Vec<Datum<'m>> {
    let rounds = visible_rounds(model, view)
        .into_iter()
        .chain(article_claims(model, view));
    rounds.map(Datum::Sanction).collect()
}

fn legend(model: &Model, view: &ChartView) -> Vec<LegendItem> {
    let mut out = Vec::new();
    let shown = visible_rounds(model, view);
    for c in SanctionCategory::MARKS {
        if shown.iter().any(|r| r.category == c) {
            out.push(item(shape(c), category_token(c), true, c.label()));
        }
    }
    if !article_claims(model, view).is_empty() {
        out.push(item(
            Shape::Square,
            "--chart-article",
            false,
            tr("The article's claim (dashed box)"),
        ));
    }
    out
}

/// A lane's name as the page writes it (the lanes are named in `content/facts.json`; one not
/// listed here shows as named there).
pub fn lane_name(lane: &str) -> String {
    match lane {
        "US" => tr("US").to_string(),
        "EU" => tr("EU").to_string(),
        "UK" => tr("UK").to_string(),
        "Canada" => tr("Canada").to_string(),
        other => other.to_string(),
    }
}

/// The CSS custom property holding a category's colour.
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

/// The mark shape of a category.
pub fn shape(c: SanctionCategory) -> Shape {
    match c {
        SanctionCategory::Listings => Shape::Circle,
        SanctionCategory::Sectoral => Shape::Square,
        SanctionCategory::Financial => Shape::Diamond,
        SanctionCategory::Aviation => Shape::TriangleUp,
        SanctionCategory::Export => Shape::TriangleDown,
        SanctionCategory::Legislation => Shape::Bar,
        SanctionCategory::Relief | SanctionCategory::Count | SanctionCategory::Other => Shape::Ring,
    }
}

/// The colour of a category.
pub fn color(theme: &Theme, c: SanctionCategory) -> RGBColor {
    match c {
        SanctionCategory::Listings => theme.listings,
        SanctionCategory::Sectoral => theme.sectoral,
        SanctionCategory::Financial => theme.financial,
        SanctionCategory::Aviation => theme.aviation,
        SanctionCategory::Export => theme.export,
        SanctionCategory::Legislation => theme.legislation,
        SanctionCategory::Relief | SanctionCategory::Count | SanctionCategory::Other => theme.relief,
    }
}

/// True when the view's highlight list picks out this row (by id, `category:` or `lane:`).
pub fn is_highlighted(view: &ChartView, row: &SanctionRow) -> bool {
    view.highlight.iter().any(|h| match h {
        Highlight::Datum(id) => *id == row.id,
        Highlight::Category(c) => *c == row.category,
        Highlight::Lane(lane) => *lane == row.lane,
    })
}

/// Rounds drawn as marks in this view: verified rounds (and unverified ones only when the view
/// labels them) that fall in the visible range. Article claims are drawn separately.
pub fn visible_rounds<'m>(model: &'m Model, view: &ChartView) -> Vec<&'m SanctionRow> {
    model
        .sanctions
        .rows
        .iter()
        .filter(|r| view.draws_as_mark(r.source.confidence))
        .filter(|r| r.category != SanctionCategory::Count)
        .filter(|r| view.shows(r.date.mid()))
        .collect()
}

/// The article's claims shown as spans in their lanes (layer `article`).
pub fn article_claims<'m>(model: &'m Model, view: &ChartView) -> Vec<&'m SanctionRow> {
    if !view.has(Layer::Article) {
        return Vec::new();
    }
    model
        .sanctions
        .rows
        .iter()
        .filter(|r| r.source.confidence == Confidence::Article && r.category != SanctionCategory::Count)
        .filter(|r| r.date.end.year_fraction() >= view.from && r.date.start.year_fraction() <= view.to)
        .collect()
}

pub fn draw<DB: DrawingBackend>(pen: &Pen<DB>, model: &Model, view: &ChartView) -> Result<HitMap, DrawError> {
    let lanes = &model.facts.lanes;
    let t = pen.theme;
    let (w, h) = (pen.width(), pen.height());
    let narrow = w < 500.0;
    let lane_size = if narrow { size::SMALL } else { size::LARGE };
    let names: Vec<String> = lanes.iter().map(|l| lane_name(l)).collect();
    // Wider where a language's lane names need it.
    let widest = names
        .iter()
        .map(|n| pen.text_width(n, lane_size, true))
        .fold(0.0, f64::max);
    let lane_label_w = (if narrow { 56.0_f64 } else { 64.0 }).max(widest + 8.0);
    let mut plot = Plot {
        left: lane_label_w,
        top: 0.0,
        right: w - 12.0,
        bottom: h - 24.0,
        x0: view.from,
        x1: view.to,
        y0: 0.0,
        y1: lanes.len() as f64,
    };
    let rows = shared::marker_rows(pen, model, view, &plot);
    plot.top = 6.0 + shared::markers_height(rows) + if rows > 0 { 6.0 } else { 0.0 };
    let lane_h = (plot.bottom - plot.top) / lanes.len() as f64;
    let lane_mid = |i: usize| plot.top + lane_h * (i as f64 + 0.5);

    shared::draw_after_band(pen, model, &plot)?;
    for (i, name) in names.iter().enumerate() {
        let y = plot.top + lane_h * i as f64;
        if i > 0 {
            pen.line(&[(plot.left, y), (plot.right, y)], &t.grid.to_rgba(), 1.0)?;
        }
        pen.text(name, (4.0, lane_mid(i)), LabelStyle::new(lane_size, &t.text).bold())?;
    }
    let ticks = axis::time_ticks(&plot, 44.0);
    for (at, _) in &ticks {
        let x = plot.x(*at);
        pen.line(&[(x, plot.top), (x, plot.bottom)], &t.grid.mix(0.6), 1.0)?;
    }
    axis::draw_time_axis(pen, &plot, &ticks)?;

    let mut hits = HitMap::default();
    for claim in article_claims(model, view) {
        let Some(i) = lanes.iter().position(|l| *l == claim.lane) else {
            continue;
        };
        let x0 = plot.x(claim.date.start.year_fraction().max(view.from));
        let x1 = plot.x(claim.date.end.year_fraction().min(view.to));
        let (y0, y1) = (lane_mid(i) - lane_h * 0.42, lane_mid(i) + lane_h * 0.42);
        pen.rect((x0, y0), (x1, y1), Ink::fill(&t.article.mix(0.08)))?;
        for (a, b) in [
            ((x0, y0), (x1, y0)),
            ((x1, y0), (x1, y1)),
            ((x1, y1), (x0, y1)),
            ((x0, y1), (x0, y0)),
        ] {
            pen.dashed(a, b, &t.article.to_rgba(), 1.0, 3.0)?;
        }
        if x1 - x0 > 60.0 {
            pen.text(
                tr("Article's claim"),
                (x0 + 4.0, y0 + 8.0),
                LabelStyle::new(size::SMALL, &t.article),
            )?;
        }
        hits.hits.push(Hit {
            dataset: DatasetKind::Sanctions,
            id: claim.id.clone(),
            x0,
            y0,
            x1,
            y1,
            label: None,
        });
    }

    let any_highlight = !view.highlight.is_empty();
    // Smaller marks on narrow charts, where a year is only a few pixels wide.
    let r = (lane_h * 0.16).min(w / 70.0).clamp(3.5, 6.5);
    for (i, lane) in lanes.iter().enumerate() {
        let mut rounds: Vec<&SanctionRow> = visible_rounds(model, view)
            .into_iter()
            .filter(|row| row.lane == *lane)
            .collect();
        crate::sort::sort_by(&mut rounds, |a, b| a.date.mid().total_cmp(&b.date.mid()));
        let xs: Vec<f64> = rounds.iter().map(|row| plot.x(row.date.mid())).collect();
        let spans: Vec<(f64, f64)> = xs.iter().map(|x| (x - r, x + r)).collect();
        let stack = labels::rows(&spans, 1.0);
        let max_offset = (lane_h / 2.0 - r - 1.0).max(0.0);
        // Highlighted marks draw last so they sit on top.
        let mut order: Vec<usize> = (0..rounds.len()).collect();
        crate::sort::sort_by_key(&mut order, |&k| is_highlighted(view, rounds[k]));
        for k in order {
            let row = rounds[k];
            let cx = xs[k];
            let cy = lane_mid(i) + (labels::centred_offset(stack[k]) * (2.0 * r + 1.5)).clamp(-max_offset, max_offset);
            let lit = is_highlighted(view, row);
            let after = shared::is_after(model, &row.date);
            let alpha = if any_highlight && !lit {
                0.28
            } else if after {
                0.6
            } else {
                1.0
            };
            let col = color(t, row.category).mix(alpha);
            let size = if lit { r * 1.3 } else { r };
            if lit {
                pen.circle((cx, cy), size + 3.5, Ink::outline(&t.accent.to_rgba(), 1.5))?;
            }
            pen.mark(shape(row.category), (cx, cy), size, &col, !after)?;
            hits.hits
                .push(Hit::around(DatasetKind::Sanctions, &row.id, cx, cy, size + 2.0));
        }
    }
    hits.hits.extend(shared::draw_markers(pen, model, view, &plot, 6.0)?);
    Ok(hits)
}
