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
            Confidence::Article => "Article's claim",
            Confidence::Verified => "Verified",
            Confidence::Unverified => "Unverified",
        }
    }
}

/// The source of one datum, carried inline so every mark can cite itself.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Source {
    pub publisher: String,
    pub title: String,
    /// Empty when the source was stored without an address (see `url_note`).
    pub url: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub url_note: Option<String>,
    pub quote: String,
    pub confidence: Confidence,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub vintage: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub notes: Option<String>,
}
