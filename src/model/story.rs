//! The story: the article's metadata and the steps, each with text and the chart state it shows.

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
}

/// A short quote with its attribution.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Quote {
    pub text: String,
    pub attribution: String,
}

/// Which chart a step shows.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum ChartKind {
    Sanctions,
    Prisoners,
    Gdp,
}

impl ChartKind {
    /// The chart's title above the canvas.
    pub fn title(self) -> &'static str {
        match self {
            ChartKind::Sanctions => "Sanctions on Belarus, by actor and type",
            ChartKind::Prisoners => "Political prisoners in Belarus and releases",
            ChartKind::Gdp => "Belarus: real GDP growth, % a year",
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
    /// What to emphasise: datum ids, or selectors `category:<c>` / `lane:<l>` for sanctions.
    #[serde(default)]
    pub highlight: Vec<String>,
    /// Optional layers: `article` (article claims), `forecast-range`, `forecasts`, `releases`,
    /// `convicted` (prisoners chart shows convictions instead of people held), `unverified`.
    #[serde(default)]
    pub layers: Vec<String>,
    /// Event markers drawn as labelled vertical rules.
    #[serde(default)]
    pub markers: Vec<Marker>,
    /// Set by the reader (not the story): leave out everything published after the article.
    #[serde(skip)]
    pub hide_after: bool,
}

/// A year, or `"latest"`: infinity until `Model::from_json` puts the newest datum's end there.
fn year_or_latest<'de, D: serde::Deserializer<'de>>(d: D) -> Result<f64, D::Error> {
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
    /// The same view as the article saw it: time charts end at the publication date and later
    /// figures (later vintages, forecasts made since) are left out.
    pub fn as_published(&self, publication: super::Day) -> ChartView {
        let mut v = self.clone();
        v.hide_after = true;
        v.layers.retain(|l| l != "later");
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
            super::Confidence::Unverified => self.has("unverified"),
            super::Confidence::Article => false,
        }
    }

    /// True when the step switches `layer` on.
    pub fn has(&self, layer: &str) -> bool {
        self.layers.iter().any(|l| l == layer)
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
    #[serde(default, skip_serializing_if = "Option::is_none")]
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
