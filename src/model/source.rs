//! Where a datum comes from: publisher, title, URL, the verbatim supporting quote and how sure we are.

use serde::{Deserialize, Serialize};

/// How a value is supported (see `shared/data/SOURCES.md`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Confidence {
    /// Stated in the Lawfare article; shown as the article's claim.
    Article,
    /// Seen in a public source.
    Verified,
    /// Plausible but unconfirmed; never drawn unless a step labels it.
    Unverified,
}

impl Confidence {
    /// A short label for tooltips and tables.
    pub fn label(self) -> &'static str {
        match self {
            Confidence::Article => crate::i18n::tr("Article's claim"),
            Confidence::Verified => crate::i18n::tr("Verified"),
            Confidence::Unverified => crate::i18n::tr("Unverified"),
        }
    }
}

/// The source of one datum, carried inline so every mark can cite itself.
///
/// In the browser the first load carries only `publisher`, `confidence` and `vintage` (what the
/// charts and their labels use); the rest is a [`SourceDetail`] from `data/sources.json`, added
/// by `Model::add_sources` after the first paint. Until then those fields are empty.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Source {
    pub publisher: String,
    #[serde(default)]
    pub title: String,
    /// Empty when the source was stored without an address (see `url_note`).
    #[serde(default)]
    pub url: String,
    #[serde(default)]
    pub url_note: Option<String>,
    #[serde(default)]
    pub quote: String,
    pub confidence: Confidence,
    #[serde(default)]
    pub vintage: Option<String>,
    #[serde(default)]
    pub notes: Option<String>,
}

/// The part of a [`Source`] that only source cards, links, tables and downloads read: one entry
/// of `public/data/sources.json` (written by `tools/build_data.py`, keyed by dataset and row id).
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct SourceDetail {
    pub title: String,
    #[serde(default)]
    pub url: String,
    #[serde(default)]
    pub url_note: Option<String>,
    pub quote: String,
    #[serde(default)]
    pub notes: Option<String>,
}

impl Source {
    /// Whether the detail is in (see [`Source`]).
    pub fn has_detail(&self) -> bool {
        !self.title.is_empty()
    }

    /// Completes this source with its detail.
    pub fn add_detail(&mut self, detail: SourceDetail) {
        self.title = detail.title;
        self.url = detail.url;
        self.url_note = detail.url_note;
        self.quote = detail.quote;
        self.notes = detail.notes;
    }
}
