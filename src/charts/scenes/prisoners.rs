//! Political prisoners: Viasna's count of people held as a line (or cumulative convictions as
//! points), the article's own figures as distinct marks, and release episodes sized by how many
//! people were freed.

use crate::charts::axis::{self, Plot};
use crate::charts::hitmap::{Hit, HitMap};
use crate::charts::legend::{item, LegendItem};
use crate::charts::pen::{size, Ink, LabelStyle, Pen, Shape};
use crate::charts::shared;
use crate::charts::DrawError;
use crate::format;
use crate::i18n::{pieces, tr, trf, Piece};
use crate::model::{ChartView, Confidence, DatasetKind, Datum, Layer, Model, PrisonerMetric, PrisonerRow, ReleaseRow};
use plotters::prelude::*;

/// The prisoners chart's part of the chart contract (see [`crate::charts::Scene`]).
pub const SCENE: crate::charts::Scene = crate::charts::Scene {
    sources,
    data_file: "prisoners",
    drawn,
    legend,
};

/// Who the figures come from (see [`crate::charts::Scene::sources`]).
fn sources() -> String {
    tr("Viasna human rights centre (directly and as reported by media); releases from news reports").to_string()
}

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
        PrisonerMetric::Convicted => tr("Convicted in political cases (Viasna, cumulative)"),
        _ => tr("Political prisoners held (Viasna count)"),
    };
    let mut out = vec![item(Shape::Circle, "--chart-series", true, line)];
    if !side_points_in_view(model, view).is_empty() {
        out.push(item(
            Shape::Circle,
            "--chart-series",
            false,
            tr("Another count or statement, off the line"),
        ));
    }
    if view.has(Layer::Article) {
        out.push(item(
            Shape::Diamond,
            "--chart-article",
            false,
            tr("The article's figure"),
        ));
    }
    if view.has(Layer::Releases) {
        out.push(item(
            Shape::Circle,
            "--chart-release",
            false,
            tr("Release episode (area = people freed)"),
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
            && !r.is_statement()
            && !model.story.disagrees(DatasetKind::Prisoners.key(), &r.id)
    }) {
        if !out.iter().any(|o| o.date.start == r.date.start) {
            out.push(r);
        }
    }
    crate::sort::sort_by(&mut out, |a, b| a.date.mid().total_cmp(&b.date.mid()));
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

pub(super) fn lit(view: &ChartView, id: &str) -> bool {
    view.highlights_id(id)
}

pub fn draw<DB: DrawingBackend>(pen: &Pen<DB>, model: &Model, view: &ChartView) -> Result<HitMap, DrawError> {
    let m = metric(view);
    let line = in_view(view, line_points(model, m));
    let side = in_view(view, side_points(model, m));
    let claims = if view.has(Layer::Article) {
        in_view(view, article_points(model, m))
    } else {
        Vec::new()
    };
    let (plot, axis_top) = layout(pen, model, view);
    let (y0, y1) = axis::y_domain(line.iter().chain(&side).chain(&claims).map(|r| r.value as f64), 4);
    let d = Drawing {
        pen,
        model,
        view,
        plot: Plot { y0, y1, ..plot },
    };
    let mut hits = HitMap::default();
    let axis_plot = Plot {
        bottom: axis_top,
        ..d.plot
    };
    shared::draw_after_band(pen, model, &axis_plot)?;
    d.value_axis(m)?;
    d.counts(m, &line, &mut hits)?;
    d.side_counts(&side, &mut hits)?;
    d.claims(&claims, &mut hits)?;
    let lit_rows: Vec<&PrisonerRow> = line.iter().chain(&side).copied().filter(|r| lit(view, &r.id)).collect();
    d.highlight_labels(&lit_rows)?;
    if view.has(Layer::Releases) {
        let band = Band {
            top: d.plot.bottom + 4.0,
            bottom: axis_top,
        };
        d.releases(band, !view.highlight.is_empty(), &mut hits)?;
    }
    axis::draw_time_axis(pen, &axis_plot, &axis::time_ticks(&d.plot, 40.0))?;
    hits.hits
        .extend(shared::draw_markers(pen, model, view, &axis_plot, 8.0)?);
    Ok(hits)
}

/// The plot for this size (its y domain still to set) and the top of the time axis: marker
/// labels, then the axis title, above the plot; under it the release band when the view has
/// releases, then the axis.
fn layout<DB: DrawingBackend>(pen: &Pen<DB>, model: &Model, view: &ChartView) -> (Plot, f64) {
    let (w, h) = (pen.width(), pen.height());
    let mut plot = Plot {
        left: if w < 500.0 { 40.0 } else { 48.0 },
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
    plot.top = 8.0 + shared::markers_height(rows) + if rows > 0 { 26.0 } else { 16.0 };
    let axis_top = h - 24.0;
    let release_h = if view.has(Layer::Releases) {
        ((axis_top - plot.top) * 0.3).clamp(54.0, 110.0)
    } else {
        0.0
    };
    plot.bottom = axis_top - release_h;
    (plot, axis_top)
}

/// What every layer of the drawing reads: the pen, the data, the chart state and the plot.
pub(super) struct Drawing<'a, DB: DrawingBackend> {
    pub pen: &'a Pen<'a, DB>,
    pub model: &'a Model,
    pub view: &'a ChartView,
    pub plot: Plot,
}

/// The strip under the plot where release episodes are drawn (CSS px from the top).
#[derive(Clone, Copy)]
pub(super) struct Band {
    pub top: f64,
    pub bottom: f64,
}

impl<DB: DrawingBackend> Drawing<'_, DB> {
    /// The horizontal grid with its values, and the axis's title above the plot.
    fn value_axis(&self, m: PrisonerMetric) -> Result<(), DrawError> {
        let (pen, plot) = (self.pen, &self.plot);
        axis::draw_y_grid(pen, plot, &axis::ticks(plot.y0, plot.y1, 4), |v| {
            format::thousands(v as u32)
        })?;
        let title = match m {
            PrisonerMetric::Convicted => tr("Convicted in political cases (cumulative)"),
            _ => tr("Political prisoners held (Viasna)"),
        };
        pen.text(
            title,
            (plot.left, plot.top - 9.0),
            LabelStyle::new(size::SMALL, &pen.theme.muted).bold(),
        )
    }

    /// The main series: a line with a point per count (held, faded after the article), or
    /// points alone (convictions); and where the data starts, when that is inside the view.
    fn counts(&self, m: PrisonerMetric, line: &[&PrisonerRow], hits: &mut HitMap) -> Result<(), DrawError> {
        let (pen, plot, t) = (self.pen, &self.plot, self.pen.theme);
        let pts: Vec<(f64, f64, &PrisonerRow)> = line
            .iter()
            .map(|r| (plot.x(r.date.mid()), plot.y(r.value as f64), *r))
            .collect();
        if m == PrisonerMetric::Held {
            // Two styles: solid up to the article, faded after it.
            let split = pts
                .iter()
                .position(|p| shared::is_after(self.model, &p.2.date))
                .unwrap_or(pts.len());
            let before: Vec<(f64, f64)> = pts[..split.min(pts.len())].iter().map(|p| (p.0, p.1)).collect();
            let after: Vec<(f64, f64)> = pts[split.saturating_sub(1)..].iter().map(|p| (p.0, p.1)).collect();
            pen.line(&before, &t.series.to_rgba(), 2.5)?;
            if after.len() > 1 {
                pen.line(&after, &t.series.mix(0.45), 2.5)?;
            }
        }
        if let Some(&(first_x, _, first)) = pts.first() {
            if first.date.mid() - self.view.from > 1.5 {
                self.start_note(first_x, &first.date.label())?;
            }
        }
        let radius = if m == PrisonerMetric::Held { 2.6 } else { 4.0 };
        for &(x, y, r) in &pts {
            let alpha = if shared::is_after(self.model, &r.date) {
                0.5
            } else {
                1.0
            };
            pen.circle((x, y), radius, Ink::fill(&t.series.mix(alpha)))?;
            hits.hits.push(Hit::around(DatasetKind::Prisoners, &r.id, x, y, 5.0));
        }
        Ok(())
    }

    /// When the counts start (from the data), left of the first point: one line where it fits,
    /// else two, so it never runs into the line or off the chart.
    fn start_note(&self, first_x: f64, since: &str) -> Result<(), DrawError> {
        let (pen, plot) = (self.pen, &self.plot);
        let long = trf("Viasna counts in this data start in {date}", &[("date", since)]);
        let room = first_x - plot.left - 18.0;
        let y = plot.y((plot.y0 + plot.y1) / 2.0);
        let lines = if pen.text_width(&long, size::SMALL, false) <= room {
            vec![long]
        } else {
            // The short form, broken before (and after) the date wherever the language puts it.
            pieces(tr("Viasna counts start {date}"))
                .into_iter()
                .map(|p| match p {
                    Piece::Text(t) => t.trim().to_string(),
                    Piece::Slot(_) => since.to_string(),
                })
                .filter(|line| !line.is_empty())
                .collect()
        };
        let top = y - 7.0 * (lines.len() as f64 - 1.0);
        for (k, line) in lines.iter().enumerate() {
            let at = (plot.left + 6.0, top + size::LINE * k as f64);
            pen.text(line, at, LabelStyle::new(size::SMALL, &pen.theme.muted))?;
        }
        Ok(())
    }

    /// Counts from other sources, as open circles.
    fn side_counts(&self, side: &[&PrisonerRow], hits: &mut HitMap) -> Result<(), DrawError> {
        for r in side {
            let (x, y) = (self.plot.x(r.date.mid()), self.plot.y(r.value as f64));
            self.pen
                .mark(Shape::Circle, (x, y), 3.5, &self.pen.theme.series.mix(0.8), false)?;
            hits.hits.push(Hit::around(DatasetKind::Prisoners, &r.id, x, y, 5.0));
        }
        Ok(())
    }

    /// The article's own figures: outlined diamonds, each with its value.
    fn claims(&self, claims: &[&PrisonerRow], hits: &mut HitMap) -> Result<(), DrawError> {
        let (pen, plot, t) = (self.pen, &self.plot, self.pen.theme);
        for r in claims {
            let (x, y) = (plot.x(r.date.mid()), plot.y(r.value as f64));
            pen.mark(Shape::Diamond, (x, y), 5.5, &t.article.to_rgba(), false)?;
            let label = trf("Article: {value}", &[("value", &format::thousands(r.value))]);
            let lw = pen.text_width(&label, size::SMALL, true);
            let lx = if x + 10.0 + lw > plot.right {
                x - 10.0 - lw
            } else {
                x + 10.0
            };
            pen.text(
                &label,
                (lx, y + size::LINE),
                LabelStyle::new(size::SMALL, &t.article).bold(),
            )?;
            hits.hits.push(Hit::around(DatasetKind::Prisoners, &r.id, x, y, 7.0));
        }
        Ok(())
    }

    /// Rings and labels on highlighted counts: by month, or by day when two share a month (two
    /// sources' counts days apart); each moved up (or, near the top, down) a row until it clears
    /// the others.
    fn highlight_labels(&self, lit_rows: &[&PrisonerRow]) -> Result<(), DrawError> {
        let (pen, plot, t) = (self.pen, &self.plot, self.pen.theme);
        let mut placed: Vec<(f64, f64, f64)> = Vec::new();
        for r in lit_rows {
            let (x, y) = (plot.x(r.date.mid()), plot.y(r.value as f64));
            pen.circle((x, y), 6.5, Ink::outline(&t.accent.to_rgba(), 2.0))?;
            let same_month = |o: &&PrisonerRow| {
                o.id != r.id && (o.date.start.year, o.date.start.month) == (r.date.start.year, r.date.start.month)
            };
            let when = if lit_rows.iter().any(same_month) {
                r.date.label()
            } else {
                r.date.start.month_year()
            };
            let label = format!("{} · {when}", format::thousands(r.value));
            let lw = pen.text_width(&label, size::SMALL, true);
            // A label wider than the plot starts at its left edge (a narrow or zoomed chart).
            let lx = (x - lw / 2.0).clamp(plot.left, (plot.right - lw).max(plot.left));
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
            pen.label(&label, (lx, ly), LabelStyle::new(size::SMALL, &t.text).bold())?;
        }
        Ok(())
    }
}
