//! The story: the article's metadata and the steps, each with text and the chart state it shows.

use super::datasets::SanctionCategory;
use super::DatasetKind;
use serde::{Deserialize, Serialize};

/// The article the explainer tells.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Article {
    pub title: String,
    /// The title in sentence case, as APA style wants it.
    pub title_sentence_case: String,
    pub standfirst: String,
    pub author: String,
    pub author_bio: String,
    pub publisher: String,
    /// ISO date of publication.
    pub date: String,
    pub url: String,
    /// In an edition, the team's translation of the (verbatim) standfirst.
    #[serde(default)]
    pub standfirst_translation: Option<String>,
}

/// A short quote with its attribution.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Quote {
    pub text: String,
    pub attribution: String,
    /// In an edition, the team's translation shown beside the verbatim quote.
    #[serde(default)]
    pub translation: Option<String>,
}

/// Which chart a step shows.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum ChartKind {
    Sanctions,
    Prisoners,
    Gdp,
    /// The locator map (`model::map`): where things happened.
    Map,
}

impl ChartKind {
    pub const ALL: [ChartKind; 4] = [
        ChartKind::Sanctions,
        ChartKind::Prisoners,
        ChartKind::Gdp,
        ChartKind::Map,
    ];

    /// The name in the story and in `?chart=` (serde's, tested to agree).
    pub fn key(self) -> &'static str {
        match self {
            ChartKind::Sanctions => "sanctions",
            ChartKind::Prisoners => "prisoners",
            ChartKind::Gdp => "gdp",
            ChartKind::Map => "map",
        }
    }

    /// The inverse of [`ChartKind::key`].
    pub fn from_key(key: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|k| k.key() == key)
    }

    /// The datasets its marks come from (what its highlights may name).
    pub fn datasets(self) -> &'static [DatasetKind] {
        match self {
            ChartKind::Sanctions => &[DatasetKind::Sanctions, DatasetKind::Events],
            ChartKind::Prisoners => &[DatasetKind::Prisoners, DatasetKind::Releases, DatasetKind::Events],
            ChartKind::Gdp => &[DatasetKind::Gdp],
            ChartKind::Map => &[DatasetKind::Events, DatasetKind::Releases, DatasetKind::Sanctions],
        }
    }

    /// The chart's title above the canvas.
    pub fn title(self) -> &'static str {
        use crate::i18n::tr;
        match self {
            ChartKind::Sanctions => tr("Sanctions on Belarus, by actor and type"),
            ChartKind::Prisoners => tr("Political prisoners in Belarus and releases"),
            ChartKind::Gdp => tr("Belarus: real GDP growth, % a year"),
            ChartKind::Map => tr("Belarus and its neighbours"),
        }
    }
}

/// An optional layer of a chart, written kebab-case in the story (`"forecast-range"`): a name
/// the enum does not know fails when the content loads (at build time, in `build.rs`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Layer {
    /// The article's own figures, as marks of their own.
    Article,
    /// The article's forecast bracket (GDP).
    ForecastRange,
    /// Other forecasters' numbers for the years past the bars (GDP).
    Forecasts,
    /// Later outcomes for years the bars do not cover (GDP); left out as published.
    Later,
    /// The release episodes (prisoners).
    Releases,
    /// Convictions instead of people held (prisoners).
    Convicted,
    /// Unverified figures, drawn and labelled as such.
    Unverified,
}

/// What a step emphasises, written in the story as a datum id, `category:<category>` or
/// `lane:<actor>` (sanctions). A selector naming no category or lane fails when the content loads.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(try_from = "String", into = "String")]
pub enum Highlight {
    /// One datum of the chart, by id (`validate` checks it exists).
    Datum(String),
    /// Every sanctions round of a category.
    Category(SanctionCategory),
    /// Every sanctions round of one actor (one of the lanes in `content/facts.json`, checked
    /// when the content is read: `Model::from_json`).
    Lane(String),
}

impl TryFrom<String> for Highlight {
    type Error = String;

    fn try_from(text: String) -> Result<Self, String> {
        if let Some(key) = text.strip_prefix("category:") {
            let category = SanctionCategory::from_key(key);
            category
                .map(Highlight::Category)
                .ok_or(format!("no sanctions category {key:?}"))
        } else if let Some(lane) = text.strip_prefix("lane:") {
            Ok(Highlight::Lane(lane.to_string()))
        } else if text.contains(':') {
            Err(format!("unknown highlight selector {text:?}"))
        } else {
            Ok(Highlight::Datum(text))
        }
    }
}

impl From<Highlight> for String {
    fn from(h: Highlight) -> String {
        match h {
            Highlight::Datum(id) => id,
            Highlight::Category(c) => format!("category:{}", c.key()),
            Highlight::Lane(lane) => format!("lane:{lane}"),
        }
    }
}

/// A labelled vertical marker for an event (from `events.json`).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Marker {
    /// An event id.
    pub id: String,
    /// Short label drawn on the chart.
    pub label: String,
}

/// The chart state of a step: what is shown, zoomed and highlighted.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ChartView {
    pub chart: ChartKind,
    /// Visible time range in years (fractions allowed). The story may write `"latest"` for `to`:
    /// the axis then ends just after the newest datum (`Model::latest_end`).
    pub from: f64,
    #[serde(deserialize_with = "year_or_latest")]
    pub to: f64,
    /// What to emphasise.
    #[serde(default)]
    pub highlight: Vec<Highlight>,
    /// What is drawn beyond the chart's own marks.
    #[serde(default)]
    pub layers: Vec<Layer>,
    /// Event markers drawn as labelled vertical rules.
    #[serde(default)]
    pub markers: Vec<Marker>,
    /// Set by the reader (not the story): leave out everything published after the article.
    #[serde(skip)]
    pub hide_after: bool,
}

/// A year, or `"latest"`: infinity until `Model::from_json` puts the newest datum's end there.
/// The bundled first view (postcard, not self-describing) carries the resolved year as a number.
fn year_or_latest<'de, D: serde::Deserializer<'de>>(d: D) -> Result<f64, D::Error> {
    if !d.is_human_readable() {
        return <f64 as Deserialize>::deserialize(d);
    }
    struct End;
    impl serde::de::Visitor<'_> for End {
        type Value = f64;
        fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
            f.write_str("a year or \"latest\"")
        }
        fn visit_f64<E>(self, v: f64) -> Result<f64, E> {
            Ok(v)
        }
        fn visit_u64<E>(self, v: u64) -> Result<f64, E> {
            Ok(v as f64)
        }
        fn visit_i64<E>(self, v: i64) -> Result<f64, E> {
            Ok(v as f64)
        }
        fn visit_str<E: serde::de::Error>(self, v: &str) -> Result<f64, E> {
            match v {
                "latest" => Ok(f64::INFINITY),
                _ => Err(E::invalid_value(serde::de::Unexpected::Str(v), &self)),
            }
        }
    }
    d.deserialize_any(End)
}

impl ChartView {
    /// Whether a moment (a year, fractions allowed) falls inside the visible range, ends included.
    pub fn shows(&self, year: f64) -> bool {
        (self.from..=self.to).contains(&year)
    }

    /// The same view as the article saw it: time charts end at the publication date and later
    /// figures (later vintages, forecasts made since) are left out.
    pub fn as_published(&self, publication: super::Day) -> ChartView {
        let mut v = self.clone();
        v.hide_after = true;
        v.layers.retain(|l| *l != Layer::Later);
        if self.chart != ChartKind::Gdp {
            v.to = v.to.min(publication.year_fraction());
            if v.to <= v.from {
                v.from = v.to - 1.0;
            }
        }
        v
    }

    /// Whether data with this confidence is drawn as an ordinary mark: verified data always,
    /// unverified data only when the view labels it (layer `unverified`); the article's claims
    /// never (they have their own marks).
    pub fn draws_as_mark(&self, confidence: super::Confidence) -> bool {
        match confidence {
            super::Confidence::Verified => true,
            super::Confidence::Unverified => self.has(Layer::Unverified),
            super::Confidence::Article => false,
        }
    }

    /// True when the step switches `layer` on.
    pub fn has(&self, layer: Layer) -> bool {
        self.layers.contains(&layer)
    }

    /// True when the step emphasises this datum by its id.
    pub fn highlights_id(&self, id: &str) -> bool {
        self.highlight
            .iter()
            .any(|h| matches!(h, Highlight::Datum(d) if d == id))
    }
}

/// One step of the narrative.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Step {
    /// Stable URL slug (`?step=<slug>`).
    pub slug: String,
    /// The article section it follows.
    pub chapter: String,
    pub headline: String,
    /// Paragraphs in our words; figures are `{dataset:id}` placeholders (see `model::text`).
    pub body: Vec<String>,
    #[serde(default)]
    pub quote: Option<Quote>,
    pub chart: ChartView,
    /// What the chart shows, for screen readers (placeholders allowed).
    pub summary: String,
    /// The closing "what happened next" step, about events after the article.
    #[serde(default)]
    pub epilogue: bool,
}

/// A short, neutral note on a figure that could not be confirmed or that later sources revise.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct DataNote {
    /// Dataset key (`gdp`, `prisoners`, ...).
    pub dataset: String,
    pub id: String,
    /// The note; figures as placeholders.
    pub text: String,
    /// Another row of the same dataset that counts the same thing at about the same time and
    /// disagrees: both are shown, never averaged, and charts keep this row off their line.
    #[serde(default)]
    pub disagrees_with: Option<String>,
}

/// The whole story.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Story {
    pub title: String,
    pub kicker: String,
    pub intro: String,
    pub article: Article,
    pub steps: Vec<Step>,
    #[serde(default)]
    pub data_notes: Vec<DataNote>,
    /// One overview state per chart, for single-chart embeds (`?embed=1&chart=...`).
    #[serde(default)]
    pub overviews: Vec<Overview>,
    /// What the locator map marks, each tied to a datum (`model::map`).
    #[serde(default)]
    pub map_marks: Vec<super::map::MapMark>,
}

/// A chart shown on its own, with a caption.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Overview {
    pub caption: String,
    pub view: ChartView,
}

impl Story {
    /// The chart state for a single-chart embed: the linked step's own view if it shows that
    /// chart, otherwise the chart's overview. Returns the view and its caption.
    pub fn single_chart(&self, kind: ChartKind, step: usize) -> Option<(ChartView, String)> {
        match self.steps.get(step) {
            Some(s) if s.chart.chart == kind => Some((s.chart.clone(), s.summary.clone())),
            _ => self
                .overviews
                .iter()
                .find(|o| o.view.chart == kind)
                .map(|o| (o.view.clone(), o.caption.clone())),
        }
    }

    /// The note on a datum, if it has one.
    pub fn note_for(&self, dataset: &str, id: &str) -> Option<&DataNote> {
        self.data_notes.iter().find(|n| n.dataset == dataset && n.id == id)
    }

    /// Whether a row is the second of two sources that disagree (see [`DataNote::disagrees_with`]).
    pub fn disagrees(&self, dataset: &str, id: &str) -> bool {
        self.note_for(dataset, id).is_some_and(|n| n.disagrees_with.is_some())
    }

    /// The index of the step with this slug.
    pub fn index_of(&self, slug: &str) -> Option<usize> {
        self.steps.iter().position(|s| s.slug == slug)
    }
}
