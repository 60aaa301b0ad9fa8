//! Downloads generated from the typed data: a CSV of the current chart's table and a JSON bundle
//! of everything with its metadata. Nothing is kept twice by hand.

use crate::i18n::tr;
use crate::model::text;
use crate::model::{story::Article, Dataset, EventRow, GdpData, Model, PrisonerRow, ReleaseRow, SanctionRow};
use crate::reader_tools::table::Table;
use serde::{Deserialize, Serialize};

/// CSV columns, in order, named in the page's edition (the header row is for people: no code
/// reads it back).
pub fn csv_columns() -> [&'static str; 15] {
    [
        tr("Date"),
        tr("Start (ISO 8601)"),
        tr("End (ISO 8601)"),
        tr("Dataset"),
        tr("ID"),
        tr("Series"),
        tr("Description"),
        tr("Value"),
        tr("Unit"),
        tr("Status"),
        tr("After the article"),
        tr("Source publisher"),
        tr("Source title"),
        tr("Source URL"),
        tr("Supporting quote"),
    ]
}

/// One CSV field, quoted when it needs to be (RFC 4180).
fn field(text: &str) -> String {
    if text.contains([',', '"', '\n', '\r']) {
        format!("\"{}\"", text.replace('"', "\"\""))
    } else {
        text.to_string()
    }
}

/// The table as CSV: UTF-8 with a byte-order mark (so spreadsheet programs read it as UTF-8),
/// a header row, CRLF line ends.
pub fn csv(table: &Table) -> String {
    let mut out = String::from("\u{feff}");
    out.push_str(&csv_columns().iter().map(|c| field(c)).collect::<Vec<_>>().join(","));
    out.push_str("\r\n");
    let (yes, no) = (tr("yes"), tr("no"));
    for r in &table.rows {
        let status = r.confidence.label();
        let cells = [
            r.date.as_str(),
            &r.start,
            &r.end,
            r.dataset.key(),
            &r.id,
            &r.series,
            &r.description,
            &r.value,
            &r.unit,
            status,
            if r.after_article { yes } else { no },
            &r.source.publisher,
            &r.source.title,
            &r.source.url,
            &r.source.quote,
        ];
        out.push_str(&cells.iter().map(|c| field(c)).collect::<Vec<_>>().join(","));
        out.push_str("\r\n");
    }
    out
}

/// A data note with its figures filled in.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ResolvedNote {
    pub dataset: String,
    pub id: String,
    pub text: String,
}

/// Every dataset, as typed.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Datasets {
    pub sanctions: Dataset<SanctionRow>,
    pub prisoners: Dataset<PrisonerRow>,
    pub releases: Dataset<ReleaseRow>,
    pub gdp: GdpData,
    pub events: Dataset<EventRow>,
}

/// "Download all data": the datasets with what a re-user needs to know about them.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Bundle {
    pub title: String,
    pub about: String,
    pub article: Article,
    /// The newest dated datum's day (ISO 8601): what the data covers up to.
    pub data_as_of: String,
    pub licence: String,
    pub retrieval: String,
    pub confidence_flags: Vec<(String, String)>,
    pub data_notes: Vec<ResolvedNote>,
    pub datasets: Datasets,
}

/// Builds the bundle from the model.
pub fn bundle(model: &Model) -> Bundle {
    let notes = model
        .story
        .data_notes
        .iter()
        .map(|n| ResolvedNote {
            dataset: n.dataset.clone(),
            id: n.id.clone(),
            text: text::plain(model, &n.text).unwrap_or_else(|_| n.text.clone()),
        })
        .collect();
    Bundle {
        title: format!("Data behind “{}”", model.story.title),
        about: "Sanctions on Belarus, political prisoner counts, releases, GDP growth and events, compiled to explain \
                the article below. Every record names its source (publisher, title, URL), quotes it verbatim and \
                carries a confidence flag."
            .to_string(),
        article: model.story.article.clone(),
        data_as_of: model.data_as_of().map(|d| d.to_string()).unwrap_or_default(),
        licence: "The figures belong to the publishers named in each record; reuse them under those publishers' \
                  terms and cite them. Quotes are short excerpts kept so each figure can be checked. The compilation \
                  and its structure may be reused with attribution to Minsk Explainer."
            .to_string(),
        retrieval: "Compiled from stored copies of public web pages, official texts and GitHub data mirrors; where a \
                    source has a dated vintage it is given in `source.vintage` (e.g. World Bank WDI, December 2025 \
                    and July 2026; IMF World Economic Outlook, October 2024, April 2025 and October 2025)."
            .to_string(),
        confidence_flags: vec![
            (
                "article".into(),
                "Stated in the Lawfare article; notes say whether another source confirms it.".into(),
            ),
            (
                "verified".into(),
                "Seen in the named public source; the quote is verbatim.".into(),
            ),
            (
                "unverified".into(),
                "Plausible but not confirmed; never drawn on the charts.".into(),
            ),
        ],
        data_notes: notes,
        datasets: Datasets {
            sanctions: model.sanctions.clone(),
            prisoners: model.prisoners.clone(),
            releases: model.releases.clone(),
            gdp: model.gdp.clone(),
            events: model.events.clone(),
        },
    }
}

/// Where the build writes the bundle (`src/bin/prerender.rs`), beside the page: "Download all
/// data" links it, so the browser never serializes the model (nor carries the code to).
pub const BUNDLE_PATH: &str = "data/minsk-explainer-data.json";

/// The name the bundle is saved under.
pub const BUNDLE_FILE: &str = "minsk-explainer-data.json";

/// The bundle as pretty JSON.
pub fn bundle_json(model: &Model) -> String {
    serde_json::to_string_pretty(&bundle(model)).unwrap_or_default()
}

/// A file name for a chart state's CSV: `minsk-explainer-<step slug>.csv`.
pub fn csv_file_name(step_slug: &str) -> String {
    format!("minsk-explainer-{step_slug}.csv")
}
