//! The data behind a chart state as a table: exactly the data the chart draws (same selection,
//! same range), for the "Show data" table, the CSV download and screen readers.

use crate::charts::{self, prisoners};
use crate::format;
use crate::i18n::{tr, trf};
use crate::model::{ChartKind, ChartView, Confidence, DatasetKind, Datum, Model, PrisonerMetric, Source};

/// One row: a datum as a reader would tabulate it.
#[derive(Debug, Clone, PartialEq)]
pub struct TableRow {
    pub dataset: DatasetKind,
    pub id: String,
    /// "21 June 2025", "2022", "2008 (early)"…
    pub date: String,
    /// Start of the date span, ISO (for sorting and CSV).
    pub start: String,
    pub end: String,
    /// Series or actor: "World Bank WDI", "EU", "Viasna count", "Release", "Event".
    pub series: String,
    pub description: String,
    pub value: String,
    /// The number behind `value` when there is one (for sorting).
    pub number: Option<f64>,
    pub unit: String,
    pub confidence: Confidence,
    pub after_article: bool,
    pub source: Source,
}

impl TableRow {
    /// "Verified", "Article's claim", with "after the article" when it applies.
    pub fn status(&self) -> String {
        let base = self.confidence.label();
        if self.after_article {
            trf("{status}; after the article", &[("status", base)])
        } else {
            base.to_string()
        }
    }
}

/// The table's columns, each sortable.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Column {
    Date,
    Series,
    Description,
    Value,
    Status,
    Source,
}

/// The columns in order, with their headers.
pub fn columns() -> [(Column, &'static str); 6] {
    [
        (Column::Date, tr("Date")),
        (Column::Series, tr("Series / actor")),
        (Column::Description, tr("What")),
        (Column::Value, tr("Value")),
        (Column::Status, tr("Status")),
        (Column::Source, tr("Source")),
    ]
}

/// Orders two rows by a column (values by their number where both have one).
pub fn compare(col: Column, a: &TableRow, b: &TableRow) -> std::cmp::Ordering {
    match col {
        Column::Date => a.start.cmp(&b.start),
        Column::Series => a.series.cmp(&b.series),
        Column::Description => a.description.cmp(&b.description),
        Column::Value => match (a.number, b.number) {
            (Some(x), Some(y)) => x.total_cmp(&y),
            _ => a.value.cmp(&b.value),
        },
        Column::Status => a.status().cmp(&b.status()),
        Column::Source => a.source.publisher.cmp(&b.source.publisher),
    }
}

/// The rows as the table's body, in the order given (one HTML string, not a tree per cell).
pub fn rows_html(rows: &[TableRow]) -> String {
    use format::escape_html as esc;
    rows.iter()
        .map(|r| {
            let value = if r.unit.is_empty() || r.value.ends_with('%') {
                r.value.clone()
            } else {
                format!("{} {}", r.value, r.unit)
            };
            let status_class = match r.confidence {
                Confidence::Article => "badge badge--article",
                _ => "data-table__status",
            };
            let after = if r.after_article {
                " class=\"data-table__row--after\""
            } else {
                ""
            };
            format!(
                "<tr{after} data-key=\"{}:{}\"><td>{}</td><td>{}</td><td>{}</td><td class=\"data-table__value\">{}</td>\
                 <td><span class=\"{status_class}\">{}</span></td><td>{}</td></tr>",
                r.dataset.key(),
                esc(&r.id),
                esc(&r.date),
                esc(&r.series),
                esc(&r.description),
                esc(&value),
                esc(&r.status()),
                crate::reader_tools::sources::short_link_html(&r.source)
            )
        })
        .collect()
}

/// A chart state's data.
#[derive(Debug, Clone, PartialEq)]
pub struct Table {
    pub caption: String,
    pub rows: Vec<TableRow>,
}

/// The data a chart state draws, in the order the scene selects it.
pub fn drawn(model: &Model, view: &ChartView) -> Vec<(DatasetKind, String)> {
    let mut out: Vec<(DatasetKind, String)> = Vec::new();
    let mut add = |kind: DatasetKind, id: &str| {
        if !out.iter().any(|(k, i)| *k == kind && i == id) {
            out.push((kind, id.to_string()));
        }
    };
    for d in (charts::scene(view.chart).drawn)(model, view) {
        add(d.kind(), d.id());
    }
    for marker in &view.markers {
        if let Some(Datum::Event(e)) = model.datum(DatasetKind::Events, &marker.id) {
            if view.shows(e.date.mid()) {
                add(DatasetKind::Events, &e.id);
            }
        }
    }
    out
}

fn row(model: &Model, d: Datum<'_>) -> TableRow {
    let publication = model.publication_day();
    let after_article = publication.is_some_and(|p| d.is_after(p));
    let (date, start, end, series, description, value, number, unit) = match d {
        Datum::Gdp(r) => (
            r.year.to_string(),
            format!("{}-01-01", r.year),
            format!("{}-12-31", r.year),
            tr(&r.series_label).to_string(),
            format::sentence_case(tr(&r.measure)),
            d.value_label(),
            r.value.or(r.high),
            tr(&r.unit).to_string(),
        ),
        Datum::Prisoner(r) => (
            r.date.label(),
            r.date.start.to_string(),
            r.date.end.to_string(),
            tr("Prisoner count").to_string(),
            format::sentence_case(tr(&r.metric_label)),
            format::thousands(r.value),
            Some(r.value as f64),
            tr(&r.unit).to_string(),
        ),
        Datum::Release(r) => (
            r.date.label(),
            r.date.start.to_string(),
            r.date.end.to_string(),
            tr("Release").to_string(),
            tr(&r.event).to_string(),
            r.number
                .map(format::thousands)
                .unwrap_or_else(|| tr(&r.number_text).to_string()),
            r.number.map(f64::from),
            tr("persons released").to_string(),
        ),
        Datum::Sanction(r) => (
            r.date.label(),
            r.date.start.to_string(),
            r.date.end.to_string(),
            tr(&r.actor).to_string(),
            format!("{} ({})", tr(&r.measure), tr(&r.action)),
            r.category.label().to_string(),
            None,
            String::new(),
        ),
        Datum::Event(r) => (
            r.date.label(),
            r.date.start.to_string(),
            r.date.end.to_string(),
            tr("Event").to_string(),
            tr(&r.event).to_string(),
            String::new(),
            None,
            String::new(),
        ),
    };
    TableRow {
        dataset: match d {
            Datum::Gdp(_) => DatasetKind::Gdp,
            Datum::Prisoner(_) => DatasetKind::Prisoners,
            Datum::Release(_) => DatasetKind::Releases,
            Datum::Sanction(_) => DatasetKind::Sanctions,
            Datum::Event(_) => DatasetKind::Events,
        },
        id: d.id().to_string(),
        date,
        start,
        end,
        series,
        description,
        value,
        number,
        unit,
        confidence: d.source().confidence,
        after_article,
        source: d.source().clone(),
    }
}

/// The table for a chart state, in date order.
pub fn table(model: &Model, view: &ChartView) -> Table {
    let mut rows: Vec<TableRow> = drawn(model, view)
        .into_iter()
        .filter_map(|(k, id)| model.datum(k, &id))
        .map(|d| row(model, d))
        .collect();
    crate::sort::sort_by(&mut rows, |a, b| a.start.cmp(&b.start).then(a.series.cmp(&b.series)));
    let what = match (view.chart, prisoners::metric(view)) {
        (ChartKind::Prisoners, PrisonerMetric::Convicted) => {
            tr("Convictions in political cases and the article's figure")
        }
        (kind, _) => kind.title(),
    };
    let range = match view.chart {
        ChartKind::Gdp => format!("{}–{}", view.from.round(), view.to.round()),
        // A range ending on 1 January (2026.0) ends with the year before.
        _ => format!("{}–{}", view.from.floor(), (view.to - 1e-6).floor()),
    };
    Table {
        caption: trf(
            "{chart}, {years}: the data shown in the chart",
            &[("chart", what), ("years", &range)],
        ),
        rows,
    }
}

#[cfg(test)]
mod html_tests {
    use super::*;

    #[test]
    fn each_row_is_one_table_row_with_its_key_status_and_escaped_cells() {
        let m = Model::bundled().unwrap();
        let step = m.story.steps.iter().find(|s| s.slug == "behind-bars").unwrap();
        let t = table(&m, &step.chart);
        assert!(!t.rows.is_empty());
        let html = rows_html(&t.rows);
        assert_eq!(html.matches("<tr").count(), t.rows.len());
        for r in &t.rows {
            assert!(
                html.contains(&format!("data-key=\"{}:{}\"", r.dataset.key(), r.id)),
                "{}",
                r.id
            );
            assert!(html.contains(&format::escape_html(&r.status())));
        }
        assert_eq!(
            html.matches("class=\"data-table__row--after\"").count(),
            t.rows.iter().filter(|r| r.after_article).count()
        );
        let mut hostile = t.rows[0].clone();
        hostile.description = "<img src=x onerror=alert(1)>".into();
        assert!(rows_html(&[hostile]).contains("&lt;img src=x onerror=alert(1)&gt;"));
    }

    #[test]
    fn sorting_by_value_uses_the_numbers() {
        let m = Model::bundled().unwrap();
        let step = m.story.steps.iter().find(|s| s.slug == "behind-bars").unwrap();
        let mut rows = table(&m, &step.chart).rows;
        rows.retain(|r| r.number.is_some());
        crate::sort::sort_by(&mut rows, |a, b| compare(Column::Value, a, b));
        assert!(rows.windows(2).all(|w| w[0].number <= w[1].number));
    }
}
