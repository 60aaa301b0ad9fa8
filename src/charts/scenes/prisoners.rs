//! Political prisoners: Viasna's count of people held as a line (or cumulative convictions as
//! points), the article's own figures as distinct marks, and release episodes sized by how many
//! people were freed.

use crate::charts::axis::{self, Plot};
use crate::charts::hitmap::{Hit, HitMap};
use crate::charts::labels::{self, Rect, Stack};
use crate::charts::legend::{item, LegendItem};
use crate::charts::pen::{LabelStyle, Pen, Shape};
use crate::charts::shared;
use crate::charts::DrawError;
use crate::format;
use crate::model::{ChartView, Confidence, DatasetKind, Datum, Layer, Model, PrisonerMetric, PrisonerRow, ReleaseRow};
use plotters::prelude::*;

/// The prisoners chart's part of the chart contract (see [`crate::charts::Scene`]).
pub const SCENE: crate::charts::Scene = crate::charts::Scene {
    sources: "Viasna human rights centre (directly and as reported by media); releases from news reports",
    data_file: "prisoners",
    drawn,
    legend,
};

fn drawn<'m>(model: &'m Model, view: &ChartView) -> Vec<Datum<'m>> {
    let counts = counts_in_view(model, view, metric(view))
        .into_iter()
        .map(Datum::Prisoner);
    let releases = release_episodes(model, view)
        .into_iter()
        .chain(cited_release_years(model, view));
    counts.chain(releases.map(Datum::Release)).collect()
}

fn legend(model: &Model, view: &ChartView) -> Vec<LegendItem> {
    let line = match metric(view) {
        PrisonerMetric::Convicted => "Convicted in political cases (Viasna, cumulative)",
        _ => "Political prisoners held (Viasna count)",
    };
    let mut out = vec![item(Shape::Circle, "--chart-series", true, line)];
    if !side_points_in_view(model, view).is_empty() {
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
    out
}

/// Which count the panel shows.
pub fn metric(view: &ChartView) -> PrisonerMetric {
    if view.has(Layer::Convicted) {
        PrisonerMetric::Convicted
    } else {
        PrisonerMetric::Held
    }
}

/// The connected series: verified counts of the view's metric, one per date (the first listed
/// wins where two documents give the same date), excluding statements and a count the story
/// notes as disagreeing with another (a line through both would draw a change nobody counted).
/// Sorted by date.
pub fn line_points(model: &Model, m: PrisonerMetric) -> Vec<&PrisonerRow> {
    let mut out: Vec<&PrisonerRow> = Vec::new();
    for r in model.prisoners.rows.iter().filter(|r| {
        r.metric == m
            && r.source.confidence == Confidence::Verified
            && !r.precision.contains("statement")
            && !model.story.disagrees(DatasetKind::Prisoners.key(), &r.id)
    }) {
        if !out.iter().any(|o| o.date.start == r.date.start) {
            out.push(r);
        }
    }
    out.sort_by(|a, b| a.date.mid().total_cmp(&b.date.mid()));
    out
}

/// Verified counts not on the line: a second document for the same date or one that disagrees
/// with another count, or a statement.
pub fn side_points(model: &Model, m: PrisonerMetric) -> Vec<&PrisonerRow> {
    let line = line_points(model, m);
    let statement_metric = if m == PrisonerMetric::Held {
        Some(PrisonerMetric::Statement)
    } else {
        None
    };
    model
        .prisoners
        .rows
        .iter()
        .filter(|r| r.source.confidence == Confidence::Verified)
        .filter(|r| r.metric == m || Some(r.metric) == statement_metric)
        .filter(|r| !line.iter().any(|l| l.id == r.id))
        .collect()
}

/// The article's own figures for this metric.
pub fn article_points(model: &Model, m: PrisonerMetric) -> Vec<&PrisonerRow> {
    model
        .prisoners
        .rows
        .iter()
        .filter(|r| r.metric == m && r.source.confidence == Confidence::Article)
        .collect()
}

/// Release episodes drawn in this view (layer `releases`): single episodes with a known size,
/// verified (unverified only when the view labels them).
pub fn release_episodes<'m>(model: &'m Model, view: &ChartView) -> Vec<&'m ReleaseRow> {
    if !view.has(Layer::Releases) {
        return Vec::new();
    }
    model
        .releases
        .rows
        .iter()
        .filter(|r| r.is_episode())
        .filter(|r| view.draws_as_mark(r.source.confidence))
        .filter(|r| view.shows(r.date.mid()))
        .collect()
}

/// Every count the view draws: the line, the side points and (layer `article`) the article's figures.
pub fn counts_in_view<'m>(model: &'m Model, view: &ChartView, m: PrisonerMetric) -> Vec<&'m PrisonerRow> {
    let claims = if view.has(Layer::Article) {
        article_points(model, m)
    } else {
        Vec::new()
    };
    let all = line_points(model, m)
        .into_iter()
        .chain(side_points(model, m))
        .chain(claims)
        .collect();
    in_view(view, all)
}

/// The article's claim about release years, when the view shows it and one of its years is visible.
pub fn cited_release_years<'m>(model: &'m Model, view: &ChartView) -> Vec<&'m ReleaseRow> {
    if !(view.has(Layer::Article) && view.has(Layer::Releases)) {
        return Vec::new();
    }
    model
        .releases
        .rows
        .iter()
        .filter(|r| r.source.confidence == Confidence::Article)
        .filter(|r| r.date.years.iter().flatten().any(|y| view.shows(*y as f64 + 0.5)))
        .collect()
}

/// The side points (see [`side_points`]) the view's time range shows.
pub fn side_points_in_view<'m>(model: &'m Model, view: &ChartView) -> Vec<&'m PrisonerRow> {
    in_view(view, side_points(model, metric(view)))
}

fn in_view<'m>(view: &ChartView, rows: Vec<&'m PrisonerRow>) -> Vec<&'m PrisonerRow> {
    rows.into_iter().filter(|r| view.shows(r.date.mid())).collect()
}

fn lit(view: &ChartView, id: &str) -> bool {
    view.highlights_id(id)
}

pub fn draw<DB: DrawingBackend>(pen: &Pen<DB>, model: &Model, view: &ChartView) -> Result<HitMap, DrawError> {
    let t = pen.theme;
    let (w, h) = (pen.width(), pen.height());
    let m = metric(view);
    let show_releases = view.has(Layer::Releases);
    let left = if w < 500.0 { 40.0 } else { 48.0 };
    let mut plot = Plot {
        left,
        top: 0.0,
        right: w - 14.0,
        bottom: 0.0,
        x0: view.from,
        x1: view.to,
        y0: 0.0,
        y1: 1.0,
    };
    let rows = shared::marker_rows(pen, model, view, &plot);
    // Marker labels, then a gap, then the axis label above the plot.
    plot.top = 8.0 + shared::markers_height(rows) + if rows > 0 { 22.0 } else { 14.0 };
    let axis_h = 24.0;
    let release_h = if show_releases {
        ((h - plot.top - axis_h) * 0.3).clamp(54.0, 110.0)
    } else {
        0.0
    };
    plot.bottom = h - axis_h - release_h;

    let line = in_view(view, line_points(model, m));
    let side = in_view(view, side_points(model, m));
    let claims = if view.has(Layer::Article) {
        in_view(view, article_points(model, m))
    } else {
        Vec::new()
    };
    let values = line.iter().chain(&side).chain(&claims).map(|r| r.value as f64);
    let (y0, y1) = axis::y_domain(values, 4);
    plot.y0 = y0;
    plot.y1 = y1;

    shared::draw_after_band(
        pen,
        model,
        &Plot {
            bottom: h - axis_h,
            ..plot
        },
    )?;
    axis::draw_y_grid(pen, &plot, &axis::ticks(y0, y1, 4), |v| format::thousands(v as u32))?;
    let axis_label = match m {
        PrisonerMetric::Convicted => "Convicted in political cases (cumulative)",
        _ => "Political prisoners held (Viasna)",
    };
    pen.text(
        axis_label,
        (plot.left, plot.top - 9.0),
        LabelStyle::new(11.0, &t.muted).bold(),
    )?;

    let mut hits = HitMap::default();
    let pts: Vec<(f64, f64, &PrisonerRow)> = line
        .iter()
        .map(|r| (plot.x(r.date.mid()), plot.y(r.value as f64), *r))
        .collect();
    let first_shown = pts.first().map(|p| p.2.date.mid());
    if m == PrisonerMetric::Held {
        // Two styles: solid up to the article, faded after it.
        let split = pts
            .iter()
            .position(|p| shared::is_after(model, p.2.date.mid()))
            .unwrap_or(pts.len());
        let before: Vec<(f64, f64)> = pts[..split.min(pts.len())].iter().map(|p| (p.0, p.1)).collect();
        let after: Vec<(f64, f64)> = pts[split.saturating_sub(1)..].iter().map(|p| (p.0, p.1)).collect();
        pen.line(&before, &t.series.to_rgba(), 2.5)?;
        if after.len() > 1 {
            pen.line(&after, &t.series.mix(0.45), 2.5)?;
        }
    }
    if let Some(start) = first_shown {
        if start - view.from > 1.5 {
            // When the counts start comes from the data. One line where it fits left of the
            // first point, else two, so it never runs into the line or off the chart.
            let since = pts.first().map(|p| p.2.date.label()).unwrap_or_default();
            let long = format!("Viasna counts in this data start in {since}");
            let first_x = pts.first().map(|p| p.0).unwrap_or(plot.right);
            let room = first_x - plot.left - 18.0;
            let y = plot.y((y0 + y1) / 2.0);
            let lines = if pen.text_width(&long, 11.0, false) <= room {
                vec![long]
            } else {
                vec!["Viasna counts start".to_string(), since]
            };
            let top = y - 7.0 * (lines.len() as f64 - 1.0);
            for (k, line) in lines.iter().enumerate() {
                pen.text(
                    line,
                    (plot.left + 6.0, top + 14.0 * k as f64),
                    LabelStyle::new(11.0, &t.muted),
                )?;
            }
        }
    }
    let any_highlight = !view.highlight.is_empty();
    for &(x, y, r) in &pts {
        let after = shared::is_after(model, r.date.mid());
        let alpha = if after { 0.5 } else { 1.0 };
        pen.circle(
            x,
            y,
            if m == PrisonerMetric::Held { 2.6 } else { 4.0 },
            &t.series.mix(alpha),
            true,
            0.0,
        )?;
        hits.hits.push(Hit::around(DatasetKind::Prisoners, &r.id, x, y, 5.0));
    }
    for r in side.iter() {
        let (x, y) = (plot.x(r.date.mid()), plot.y(r.value as f64));
        pen.mark(Shape::Circle, x, y, 3.5, &t.series.mix(0.8), false)?;
        hits.hits.push(Hit::around(DatasetKind::Prisoners, &r.id, x, y, 5.0));
    }
    for r in claims.iter() {
        let (x, y) = (plot.x(r.date.mid()), plot.y(r.value as f64));
        pen.mark(Shape::Diamond, x, y, 5.5, &t.article.to_rgba(), false)?;
        let label = format!("Article: {}", format::thousands(r.value));
        let lw = pen.text_width(&label, 11.0, true);
        let lx = if x + 10.0 + lw > plot.right {
            x - 10.0 - lw
        } else {
            x + 10.0
        };
        pen.text(&label, (lx, y + 14.0), LabelStyle::new(11.0, &t.article).bold())?;
        hits.hits.push(Hit::around(DatasetKind::Prisoners, &r.id, x, y, 7.0));
    }
    let lit_rows: Vec<&PrisonerRow> = line.iter().chain(&side).copied().filter(|r| lit(view, &r.id)).collect();
    // Labels of highlighted counts: by month, or by day when two share a month (two sources'
    // counts days apart); each moved up (or, near the top, down) a row until it clears the others.
    let mut placed: Vec<(f64, f64, f64)> = Vec::new();
    for r in &lit_rows {
        let (x, y) = (plot.x(r.date.mid()), plot.y(r.value as f64));
        pen.circle(x, y, 6.5, &t.accent.to_rgba(), false, 2.0)?;
        let same_month = |o: &&PrisonerRow| {
            o.id != r.id && (o.date.start.year, o.date.start.month) == (r.date.start.year, r.date.start.month)
        };
        let when = if lit_rows.iter().any(same_month) {
            r.date.label()
        } else {
            r.date.start.month_year()
        };
        let label = format!("{} · {when}", format::thousands(r.value));
        let lw = pen.text_width(&label, 11.0, true);
        let lx = (x - lw / 2.0).clamp(plot.left, plot.right - lw);
        let clashes = |ly: f64| {
            placed
                .iter()
                .any(|&(px, py, pw)| (ly - py).abs() < 14.0 && lx < px + pw + 4.0 && px < lx + lw + 4.0)
        };
        let up = (0..4)
            .map(|k| y - 16.0 - 15.0 * k as f64)
            .find(|&ly| ly > plot.top && !clashes(ly));
        let ly = up.or_else(|| (0..4).map(|k| y + 18.0 + 15.0 * k as f64).find(|&ly| !clashes(ly)));
        let ly = ly.unwrap_or(y + 18.0);
        placed.push((lx, ly, lw));
        pen.label(&label, (lx, ly), LabelStyle::new(11.0, &t.text).bold())?;
    }
    if show_releases {
        draw_releases(
            pen,
            model,
            view,
            &plot,
            plot.bottom + 4.0,
            h - axis_h,
            any_highlight,
            &mut hits,
        )?;
    }
    let axis_plot = Plot {
        bottom: h - axis_h,
        ..plot
    };
    axis::draw_time_axis(pen, &axis_plot, &axis::time_ticks(&plot, 40.0))?;
    hits.hits
        .extend(shared::draw_markers(pen, model, view, &axis_plot, 8.0)?);
    Ok(hits)
}

#[allow(clippy::too_many_arguments)]
fn draw_releases<DB: DrawingBackend>(
    pen: &Pen<DB>,
    model: &Model,
    view: &ChartView,
    plot: &Plot,
    top: f64,
    bottom: f64,
    any_highlight: bool,
    hits: &mut HitMap,
) -> Result<(), DrawError> {
    let t = pen.theme;
    pen.line(&[(plot.left, top), (plot.right, top)], &t.grid.to_rgba(), 1.0)?;
    let episodes = release_episodes(model, view);
    let biggest = episodes.iter().filter_map(|r| r.number).max().unwrap_or(1).max(1) as f64;
    // Room above the biggest circle for a row of count labels, and below it for the article's
    // year marks; small panels get smaller circles.
    let marks = if view.has(Layer::Article) { 12.0 } else { 2.0 };
    let label_room = 16.0;
    let fit = ((bottom - top - label_room - marks) / 2.0 - 2.0).max(2.0);
    let max_r = ((bottom - top) * 0.28).min(18.0).min(fit);
    let (lo, hi) = (top + label_room + max_r + 2.0, bottom - marks - max_r - 2.0);
    let cy = (top + (bottom - top) * 0.62).clamp(lo.min(hi), hi.max(lo));
    // The row's name, over the panel's corner; count labels keep clear of it.
    let title = "Released";
    pen.text(
        title,
        (plot.left + 2.0, top + 9.0),
        LabelStyle::new(11.0, &t.muted).bold(),
    )?;
    let title_box = Rect {
        x0: plot.left + 2.0,
        y0: top + 2.0,
        x1: plot.left + 2.0 + pen.text_width(title, 11.0, true),
        y1: top + 16.0,
    };
    let sized: Vec<(f64, f64, &ReleaseRow)> = episodes
        .iter()
        .map(|r| {
            let n = r.number.unwrap_or(0) as f64;
            (plot.x(r.date.mid()), (n / biggest).sqrt() * max_r + 2.0, *r)
        })
        .collect();
    for &(x, r, row) in &sized {
        let is_lit = lit(view, &row.id);
        let after = shared::is_after(model, row.date.mid());
        let alpha = if any_highlight && !is_lit {
            0.35
        } else if after {
            0.55
        } else {
            0.85
        };
        pen.circle(x, cy, r, &t.release.mix(alpha * 0.5), true, 0.0)?;
        pen.circle(x, cy, r, &t.release.mix(alpha), false, 1.2)?;
        if is_lit {
            pen.circle(x, cy, r + 3.0, &t.accent.to_rgba(), false, 2.0)?;
        }
        hits.hits
            .push(Hit::around(DatasetKind::Releases, &row.id, x, cy, r.max(6.0)));
    }
    // Count labels in up to two rows above the tallest circle (so none sits on a neighbour), the
    // biggest releases first; where a cluster is too dense the smaller ones are left to the
    // tooltips (more rows of loose numbers would no longer say which circle they count).
    let tallest = sized.iter().map(|s| s.1).fold(0.0, f64::max);
    let mut order: Vec<usize> = (0..sized.len()).collect();
    order.sort_by_key(|&i| std::cmp::Reverse(sized[i].2.number.unwrap_or(0)));
    let texts: Vec<String> = order
        .iter()
        .map(|&i| format::thousands(sized[i].2.number.unwrap_or(0)))
        .collect();
    let spans: Vec<(f64, f64)> = order
        .iter()
        .zip(&texts)
        .map(|(&i, text)| (sized[i].0, pen.text_width(text, 10.0, false)))
        .collect();
    let base = cy - tallest - 3.0;
    let at = Stack {
        base,
        row_h: 11.0,
        ceiling: (top + 2.0).max(base - 22.0),
        left: plot.left,
        right: plot.right,
        gap: 6.0,
    };
    for (text, spot) in texts.iter().zip(labels::stack(&spans, at, &[title_box])) {
        if let Some(r) = spot {
            pen.text(text, (r.x0, (r.y0 + r.y1) / 2.0), LabelStyle::new(10.0, &t.text))?;
        }
    }
    if view.has(Layer::Article) {
        for row in model
            .releases
            .rows
            .iter()
            .filter(|r| r.source.confidence == Confidence::Article)
        {
            for year in row.date.years.iter().flatten() {
                let at = *year as f64 + 0.5;
                if !plot.shows_x(at) {
                    continue;
                }
                let x = plot.x(at);
                let y = bottom - 6.0;
                pen.mark(Shape::TriangleUp, x, y, 4.5, &t.article.to_rgba(), false)?;
                hits.hits.push(Hit::around(DatasetKind::Releases, &row.id, x, y, 6.0));
            }
        }
    }
    Ok(())
}
