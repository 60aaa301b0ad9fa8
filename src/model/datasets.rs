//! The five datasets, typed as `tools/build_data.py` writes them to `public/data/*.json`.

use super::date::DateSpan;
use super::source::Source;
use serde::{Deserialize, Serialize};

/// A dataset file: a title, a unit, and its rows.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Dataset<T> {
    pub dataset: String,
    pub title: String,
    pub unit: String,
    pub rows: Vec<T>,
}

/// One GDP growth figure: a value, or a range for a forecast bracket.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct GdpRow {
    pub id: String,
    pub year: i32,
    /// Short series key: `wdi`, `article`, `imf-2024-10`...
    pub series: String,
    pub series_label: String,
    /// "actual", "forecast", "estimate", "forecast range"...
    pub measure: String,
    pub unit: String,
    #[serde(default)]
    pub value: Option<f64>,
    #[serde(default)]
    pub low: Option<f64>,
    #[serde(default)]
    pub high: Option<f64>,
    /// Published after the article (a later vintage or a later outcome).
    #[serde(default)]
    pub after_article: bool,
    pub source: Source,
}

impl GdpRow {
    /// A forecast or a forecast range, by whoever made it (the data's measure says so first:
    /// "forecast", "forecast range (baseline scenario)", "forecast (made Oct 2024)"...).
    pub fn is_forecast(&self) -> bool {
        self.measure.starts_with("forecast")
    }
}

/// Derived cross-checks kept with the GDP data (not drawn).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct GdpCheck {
    pub id: String,
    pub label: String,
    pub period: String,
    pub value_text: String,
    pub measure: String,
    pub unit: String,
    pub source: Source,
}

/// The GDP file also carries derived checks (beside its rows, in the same object).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(from = "GdpFile", into = "GdpFile")]
pub struct GdpData {
    pub data: Dataset<GdpRow>,
    pub checks: Vec<GdpCheck>,
}

/// `gdp.json` as written: one object. Spelled out rather than `#[serde(flatten)]`, which only
/// self-describing formats can read (the first view is bundled in postcard, see `model::bundled`).
#[derive(Clone, Serialize, Deserialize)]
struct GdpFile {
    dataset: String,
    title: String,
    unit: String,
    rows: Vec<GdpRow>,
    checks: Vec<GdpCheck>,
}

impl From<GdpFile> for GdpData {
    fn from(f: GdpFile) -> Self {
        let data = Dataset {
            dataset: f.dataset,
            title: f.title,
            unit: f.unit,
            rows: f.rows,
        };
        GdpData { data, checks: f.checks }
    }
}

impl From<GdpData> for GdpFile {
    fn from(g: GdpData) -> Self {
        let Dataset {
            dataset,
            title,
            unit,
            rows,
        } = g.data;
        GdpFile {
            dataset,
            title,
            unit,
            rows,
            checks: g.checks,
        }
    }
}

/// What a prisoner figure counts.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum PrisonerMetric {
    /// Political prisoners held on a date (Viasna).
    Held,
    /// A politician's statement of how many remain held.
    Statement,
    /// Cumulative people convicted (or sentences) in political cases since 2020.
    Convicted,
    /// Cumulative people ever recognised as political prisoners.
    Recognised,
    /// People newly recognised in a year.
    NewlyRecognised,
    /// People detained during the 2020 protests.
    Detained,
}

/// One prisoner count.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct PrisonerRow {
    pub id: String,
    pub date: DateSpan,
    pub precision: String,
    pub metric: PrisonerMetric,
    pub metric_label: String,
    pub value: u32,
    pub unit: String,
    pub source: Source,
}

impl PrisonerRow {
    /// A count given in a statement (an official's or an organisation's), not a count of names:
    /// the data's date precision says "(statement)".
    pub fn is_statement(&self) -> bool {
        self.precision.contains("statement")
    }
}

/// One release episode (or a yearly total, or the article's claim about releases).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ReleaseRow {
    pub id: String,
    pub date: DateSpan,
    pub precision: String,
    pub event: String,
    /// The number released when the source gives a plain number.
    pub number: Option<u32>,
    pub number_text: String,
    pub people: String,
    pub context: String,
    pub western_step: String,
    pub source: Source,
}

impl ReleaseRow {
    /// A single episode (not a yearly total or a multi-year summary) with a known size.
    pub fn is_episode(&self) -> bool {
        self.number.is_some() && !self.precision.contains("total") && self.date.years.is_none()
    }
}

/// The kind of a sanctions round, which decides its mark.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum SanctionCategory {
    Listings,
    Sectoral,
    Financial,
    Aviation,
    Export,
    Legislation,
    Relief,
    Count,
    Other,
}

impl SanctionCategory {
    /// Every category, in the data's order.
    pub const ALL: [SanctionCategory; 9] = [
        SanctionCategory::Listings,
        SanctionCategory::Sectoral,
        SanctionCategory::Financial,
        SanctionCategory::Aviation,
        SanctionCategory::Export,
        SanctionCategory::Legislation,
        SanctionCategory::Relief,
        SanctionCategory::Count,
        SanctionCategory::Other,
    ];

    /// The name the data and the story's `category:` selectors use (serde's, tested to agree).
    pub fn key(self) -> &'static str {
        match self {
            SanctionCategory::Listings => "listings",
            SanctionCategory::Sectoral => "sectoral",
            SanctionCategory::Financial => "financial",
            SanctionCategory::Aviation => "aviation",
            SanctionCategory::Export => "export",
            SanctionCategory::Legislation => "legislation",
            SanctionCategory::Relief => "relief",
            SanctionCategory::Count => "count",
            SanctionCategory::Other => "other",
        }
    }

    /// The inverse of [`SanctionCategory::key`].
    pub fn from_key(key: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|c| c.key() == key)
    }

    /// Legend wording.
    pub fn label(self) -> &'static str {
        use crate::i18n::tr;
        match self {
            SanctionCategory::Listings => tr("Individual listings"),
            SanctionCategory::Sectoral => tr("Sectoral / trade"),
            SanctionCategory::Financial => tr("Financial"),
            SanctionCategory::Aviation => tr("Aviation"),
            SanctionCategory::Export => tr("Export controls"),
            SanctionCategory::Legislation => tr("Legislation"),
            SanctionCategory::Relief => tr("Relief / easing"),
            SanctionCategory::Count => tr("Package count"),
            SanctionCategory::Other => tr("Other"),
        }
    }

    /// Every category drawn as a mark, in legend order.
    pub const MARKS: [SanctionCategory; 7] = [
        SanctionCategory::Listings,
        SanctionCategory::Sectoral,
        SanctionCategory::Financial,
        SanctionCategory::Aviation,
        SanctionCategory::Export,
        SanctionCategory::Legislation,
        SanctionCategory::Relief,
    ];
}

/// Facts about the data that the pipeline (`tools/build_data.py`) and the app share, stated once
/// in `content/facts.json`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Facts {
    /// The sanctions chart's lanes, top to bottom: one per actor.
    pub lanes: Vec<String>,
    /// The GDP series drawn as bars (the World Bank vintage the story uses throughout).
    pub gdp_bars: String,
    /// The later vintage, drawn faded for years the bars do not cover.
    pub gdp_later: String,
}

/// One sanctions round (or relief step) by one actor.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct SanctionRow {
    pub id: String,
    pub date: DateSpan,
    pub precision: String,
    /// One of the lanes in [`Facts`].
    pub lane: String,
    /// The actor as the source names it, e.g. "US (Commerce/BIS)".
    pub actor: String,
    pub action: String,
    pub category: SanctionCategory,
    pub trigger: String,
    pub measure: String,
    pub eu_package: String,
    pub targets: String,
    pub source: Source,
}

/// One event in Belarus or in US–Belarus relations.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct EventRow {
    pub id: String,
    pub date: DateSpan,
    pub precision: String,
    pub event: String,
    pub category: String,
    pub source: Source,
}
