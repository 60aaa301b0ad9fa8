//! GDP growth: World Bank annual real growth as bars, the article's figures as distinct marks,
//! the 2025 forecast range the article cites drawn as a range, other forecasters' numbers for the
//! years past the bars, and later data in a faded style.

use crate::charts::axis::{self, Plot};
use crate::charts::hitmap::{Hit, HitMap};
use crate::charts::legend::{item, LegendItem};
use crate::charts::pen::{size, Ink, LabelStyle, Pen, Shape};
use crate::charts::DrawError;
use crate::format;
use crate::i18n::{tr, trf};
use crate::model::{ChartView, Confidence, DatasetKind, Datum, GdpRow, Layer, Model};
use plotters::prelude::*;

/// The GDP chart's part of the chart contract (see [`crate::charts::Scene`]).
pub const SCENE: crate::charts::Scene = crate::charts::Scene {
    sources,
    data_file: "gdp",
    drawn,
    legend,
};

/// Who the figures come from (see [`crate::charts::Scene::sources`]).
fn sources() -> String {
    tr("World Bank, World Development Indicators (later data from a newer vintage); forecasts from the IMF, the World Bank and others, each named on its mark").to_string()
}

fn drawn<'m>(model: &'m Model, view: &ChartView) -> Vec<Datum<'m>> {
    let rows = bars(model, view).into_iter().chain(article_rows(model, view));
    let rows = rows.chain(forecasts(model, view)).chain(later(model, view));
    rows.map(Datum::Gdp).collect()
}

fn legend(model: &Model, view: &ChartView) -> Vec<LegendItem> {
    let mut out = vec![item(
        Shape::Square,
        "--chart-bar",
        true,
        tr("World Bank (WDI), annual real growth"),
    )];
    if !article_rows(model, view).is_empty() {
        out.push(item(
            Shape::Diamond,
            "--chart-article",
            false,
            tr("The article's figures"),
        ));
    }
    let mut years: Vec<i32> = forecasts(model, view).iter().map(|r| r.year).collect();
    if !years.is_empty() {
        crate::sort::sort_by_key(&mut years, |y| *y);
        years.dedup();
        let years: Vec<String> = years.iter().map(i32::to_string).collect();
        let label = trf("Other forecasts for {years}", &[("years", &format::and_list(&years))]);
        out.push(item(Shape::Circle, "--chart-muted", true, &label));
    }
    if !later(model, view).is_empty() {
        out.push(item(
            Shape::Square,
            "--chart-bar",
            false,
            tr("Later data (after the article)"),
        ));
    }
    out
}

fn in_range(view: &ChartView, year: i32) -> bool {
    view.shows(year as f64)
}

/// Bars drawn in this view.
pub fn bars<'m>(model: &'m Model, view: &ChartView) -> Vec<&'m GdpRow> {
    model
        .gdp
        .data
        .rows
        .iter()
        .filter(|r| r.series == model.facts.gdp_bars && in_range(view, r.year) && r.value.is_some())
        .collect()
}

/// The article's figures in this view: points and the forecast range.
pub fn article_rows<'m>(model: &'m Model, view: &ChartView) -> Vec<&'m GdpRow> {
    model
        .gdp
        .data
        .rows
        .iter()
        .filter(|r| r.source.confidence == Confidence::Article && in_range(view, r.year))
        .filter(|r| {
            if r.value.is_some() {
                view.has(Layer::Article)
            } else {
                view.has(Layer::ForecastRange)
            }
        })
        .collect()
}

/// Other forecasters' numbers for the years past the bars (layer `forecasts`): verified
/// forecasts for a year the World Bank series has no outcome for yet (its later vintage may).
pub fn forecasts<'m>(model: &'m Model, view: &ChartView) -> Vec<&'m GdpRow> {
    if !view.has(Layer::Forecasts) {
        return Vec::new();
    }
    let rows = &model.gdp.data.rows;
    let has_bar = |year: i32| {
        rows.iter()
            .any(|b| b.series == model.facts.gdp_bars && b.year == year && b.value.is_some())
    };
    rows.iter()
        .filter(|r| r.source.confidence == Confidence::Verified && r.is_forecast() && !has_bar(r.year))
        .filter(|r| !(view.hide_after && r.after_article))
        .filter(|r| in_range(view, r.year))
        .collect()
}

/// Later outcomes for years the bars do not cover (layer `later`).
pub fn later<'m>(model: &'m Model, view: &ChartView) -> Vec<&'m GdpRow> {
    if !view.has(Layer::Later) {
        return Vec::new();
    }
    let bar_years: Vec<i32> = bars(model, view).iter().map(|r| r.year).collect();
    model
        .gdp
        .data
        .rows
        .iter()
        .filter(|r| r.series == model.facts.gdp_later && in_range(view, r.year) && !bar_years.contains(&r.year))
        .collect()
}

/// The pixel top and bottom of a bar from zero to `v`.
fn bar_span(plot: &Plot, v: f64) -> (f64, f64) {
    let (zero, y) = (plot.y(0.0), plot.y(v));
    (zero.min(y), zero.max(y))
}

pub fn draw<DB: DrawingBackend>(pen: &Pen<DB>, model: &Model, view: &ChartView) -> Result<HitMap, DrawError> {
    let t = pen.theme;
    let (w, h) = (pen.width(), pen.height());
    let bars = bars(model, view);
    let claims = article_rows(model, view);
    let forecasts = forecasts(model, view);
    let later = later(model, view);
    let values = bars
        .iter()
        .chain(&claims)
        .chain(&forecasts)
        .chain(&later)
        .flat_map(|r| [r.value, r.low, r.high])
        .flatten();
    let (y0, y1) = axis::y_domain(values, 6);
    let ticks = axis::ticks(y0, y1, 6);
    let tick_label = format::percent;
    // Room for the widest tick label ("−10%"), measured, so no minus sign is ever clipped.
    let widest = ticks
        .iter()
        .map(|&v| pen.text_width(&tick_label(v), size::SMALL, false))
        .fold(0.0, f64::max);
    let plot = Plot {
        left: (widest + 10.0).max(if w < 500.0 { 34.0 } else { 40.0 }),
        top: 26.0,
        right: w - 12.0,
        bottom: h - 24.0,
        x0: view.from - 0.5,
        x1: view.to + 0.5,
        y0,
        y1,
    };
    axis::draw_y_grid(pen, &plot, &ticks, tick_label)?;
    pen.text(
        if w < 500.0 {
            tr("Real GDP growth, % (World Bank)")
        } else {
            tr("Real GDP growth, % on previous year (World Bank)")
        },
        (plot.left, 10.0),
        LabelStyle::new(size::SMALL, &t.muted).bold(),
    )?;

    let mut hits = HitMap::default();
    let bar_w = (plot.x_unit() * 0.68).max(2.0);
    let any_highlight = !view.highlight.is_empty();
    let zero = plot.y(0.0);
    let mut last_label_end = f64::NEG_INFINITY;
    // Boxes already inked (bars, their value labels, the article's diamonds), so the forecast
    // label can find a clear corner.
    // Each box has a weight: text over a bar (on its halo) is better than text over text.
    let mut ink: Vec<(f64, f64, f64, f64, f64)> = Vec::new();
    for r in &bars {
        let v = r.value.unwrap_or(0.0);
        let x = plot.x(r.year as f64);
        let lit = view.highlights_id(&r.id);
        let col = if lit {
            t.accent.to_rgba()
        } else {
            t.bar.mix(if any_highlight { 0.45 } else { 1.0 })
        };
        let (top, bottom) = bar_span(&plot, v);
        pen.rect(
            (x - bar_w / 2.0, top),
            (x + bar_w / 2.0, bottom.max(top + 1.0)),
            Ink::fill(&col),
        )?;
        if lit {
            // Neighbouring labels that would touch step one line further out.
            let label = format::percent(v);
            let lw = pen.text_width(&label, size::LARGE, true);
            let clash = last_label_end > x - lw / 2.0 - 2.0;
            // A line of the label's size, and room for its patch (`Pen::label`).
            let shift = if clash { size::LARGE * 1.4 } else { 0.0 };
            let ly = if v >= 0.0 {
                top - 9.0 - shift
            } else {
                bottom + 10.0 + shift
            };
            pen.label(&label, (x, ly), LabelStyle::new(size::LARGE, &t.text).centre().bold())?;
            last_label_end = if clash { f64::NEG_INFINITY } else { x + lw / 2.0 };
            let half = size::LARGE * 0.65;
            ink.push((x - lw / 2.0, ly - half, x + lw / 2.0, ly + half, 4.0));
        }
        ink.push((x - bar_w / 2.0, top, x + bar_w / 2.0, bottom, 1.0));
        hits.hits.push(Hit {
            dataset: DatasetKind::Gdp,
            id: r.id.clone(),
            x0: x - bar_w / 2.0 - 1.0,
            y0: top.min(zero - 4.0),
            x1: x + bar_w / 2.0 + 1.0,
            y1: bottom.max(zero + 4.0),
            label: None,
        });
    }
    for r in &claims {
        if let Some(v) = r.value {
            let (x, y) = (plot.x(r.year as f64) + bar_w / 2.0 + 8.0, plot.y(v));
            ink.push((x - 7.0, y - 7.0, x + 7.0, y + 7.0, 4.0));
        }
    }
    for r in &claims {
        let x = plot.x(r.year as f64);
        match (r.value, r.low, r.high) {
            (Some(v), _, _) => {
                let y = plot.y(v);
                let dx = bar_w / 2.0 + 8.0;
                pen.mark(Shape::Diamond, (x + dx, y), 5.0, &t.article.to_rgba(), false)?;
                let label = trf("Article: {value}", &[("value", &format::percent(v))]);
                let lw = pen.text_width(&label, size::SMALL, true);
                // Right of the diamond when it fits; otherwise left of the bar, where the
                // neighbouring years leave room, and clear of the bar's own centred value label.
                let (lx, ly) = if x + dx + 10.0 + lw > plot.right {
                    (x - (bar_w / 2.0 + 8.0).max(28.0) - lw, y - 5.0)
                } else {
                    (x + dx + 9.0, y)
                };
                pen.label(&label, (lx, ly), LabelStyle::new(size::SMALL, &t.article).bold())?;
                hits.hits.push(Hit::around(DatasetKind::Gdp, &r.id, x + dx, y, 7.0));
            }
            (None, Some(lo), Some(hi)) => {
                let (ty, by) = (plot.y(hi), plot.y(lo));
                let half = (bar_w / 2.0).max(6.0);
                pen.rect((x - half, ty), (x + half, by), Ink::fill(&t.article.mix(0.18)))?;
                pen.rect((x - half, ty), (x + half, by), Ink::outline(&t.article.to_rgba(), 1.5))?;
                // In the plot's top corner with a leader down to the box, unless bars or their
                // labels reach up there (short charts on phones): then in the bottom corner.
                let label = trf("Forecasts cited: {range}", &[("range", &format::percent_range(lo, hi))]);
                let lw = pen.text_width(&label, size::SMALL, true);
                // How much a label on line `ly` would cover what is drawn (weighted area).
                let covered = |ly: f64| {
                    let (x0, y0, x1, y1) = (plot.right - lw - 3.0, ly - 8.0, plot.right + 3.0, ly + 8.0);
                    ink.iter()
                        .map(|&(a0, b0, a1, b1, wt)| {
                            wt * (x1.min(a1) - x0.max(a0)).max(0.0) * (y1.min(b1) - y0.max(b0)).max(0.0)
                        })
                        .sum::<f64>()
                };
                // The clearest line above or below the box, the top one on a tie.
                let step = 8.0;
                let lines = ((plot.bottom - plot.top - 16.0) / step).floor().max(0.0) as usize;
                let ly = (0..=lines)
                    .map(|k| plot.top + 8.0 + step * k as f64)
                    .filter(|&ly| ly + 8.0 < ty - 4.0 || ly - 8.0 > by + 4.0)
                    .map(|ly| (ly, covered(ly)))
                    .fold(None::<(f64, f64)>, |best, c| match best {
                        Some(b) if b.1 <= c.1 => Some(b),
                        _ => Some(c),
                    })
                    .map_or(plot.top + 8.0, |(ly, _)| ly);
                pen.label(
                    &label,
                    (plot.right, ly),
                    LabelStyle::new(size::SMALL, &t.article).right().bold(),
                )?;
                if ly < ty {
                    pen.dashed((x, ly + 8.0), (x, ty - 2.0), &t.article.to_rgba(), 1.0, 2.0)?;
                } else {
                    pen.dashed((x, by + 2.0), (x, ly - 8.0), &t.article.to_rgba(), 1.0, 2.0)?;
                }
                hits.hits.push(Hit {
                    dataset: DatasetKind::Gdp,
                    id: r.id.clone(),
                    x0: x - half,
                    y0: ty - 2.0,
                    x1: x + half,
                    y1: by + 2.0,
                    label: None,
                });
            }
            _ => {}
        }
    }
    for r in &forecasts {
        // Fan a year's marks out slightly so equal forecasts stay individually reachable.
        let year: Vec<_> = forecasts.iter().filter(|f| f.year == r.year).collect();
        let k = year.iter().position(|f| f.id == r.id).unwrap_or(0);
        let x = plot.x(r.year as f64) + (k as f64 - (year.len() as f64 - 1.0) / 2.0) * 3.0;
        match (r.value, r.low, r.high) {
            (Some(v), _, _) => {
                let y = plot.y(v);
                // Forecasts made after the article are drawn hollow, like all later data.
                pen.mark(Shape::Circle, (x, y), 3.0, &t.muted.to_rgba(), !r.after_article)?;
                hits.hits.push(Hit::around(DatasetKind::Gdp, &r.id, x, y, 4.0));
            }
            // A forecaster's range: a capped vertical whisker.
            (None, Some(lo), Some(hi)) => {
                let (top, bottom) = (plot.y(hi), plot.y(lo));
                let ink = t.muted.to_rgba();
                pen.line(&[(x, top), (x, bottom)], &ink, 1.5)?;
                pen.line(&[(x - 3.0, top), (x + 3.0, top)], &ink, 1.5)?;
                pen.line(&[(x - 3.0, bottom), (x + 3.0, bottom)], &ink, 1.5)?;
                let mut hit = Hit::around(DatasetKind::Gdp, &r.id, x, (top + bottom) / 2.0, 4.0);
                (hit.y0, hit.y1) = (top - 2.0, bottom + 2.0);
                hits.hits.push(hit);
            }
            _ => {}
        }
    }
    for r in &later {
        let Some(v) = r.value else { continue };
        let x = plot.x(r.year as f64);
        let (top, bottom) = bar_span(&plot, v);
        pen.rect(
            (x - bar_w / 2.0, top),
            (x + bar_w / 2.0, bottom),
            Ink::outline(&t.bar.mix(0.9), 1.5),
        )?;
        pen.text(
            &trf("{value} (later data)", &[("value", &format::percent(v))]),
            (x - bar_w / 2.0 - 4.0, top - 9.0),
            LabelStyle::new(size::SMALL, &t.muted).right(),
        )?;
        hits.hits.push(Hit {
            dataset: DatasetKind::Gdp,
            id: r.id.clone(),
            x0: x - bar_w / 2.0,
            y0: top,
            x1: x + bar_w / 2.0,
            y1: bottom,
            label: None,
        });
    }
    let years = axis::year_ticks(&plot, 40.0);
    axis::draw_years(
        pen,
        &Plot {
            bottom: h - 24.0,
            ..plot
        },
        &years,
    )?;
    Ok(hits)
}
