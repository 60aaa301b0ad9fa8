//! What a chart mark says about its datum (in its tooltip, its keyboard announcement and the
//! text's source cards): what, when, how much, and from where.

use crate::i18n::trf;
use crate::model::{text, Confidence, DatasetKind, Model, Source};

/// The content of a tooltip (or a keyboard announcement).
#[derive(Debug, Clone, PartialEq)]
pub struct TooltipContent {
    pub title: String,
    pub value: String,
    pub date: String,
    pub confidence: Confidence,
    pub source: Source,
    /// A short note where the figure could not be confirmed or later data differs.
    pub note: Option<String>,
}

impl TooltipContent {
    /// One line for screen readers: "2022: GDP growth −4.66%, World Bank (WDI) ...".
    pub fn announcement(&self) -> String {
        trf(
            "{date}: {title}, {value}. Source: {publisher}",
            &[
                ("date", &self.date),
                ("title", &self.title),
                ("value", &self.value),
                ("publisher", &self.source.publisher),
            ],
        )
    }
}

/// Tooltip content for a drawn mark: its datum's, told after the mark's own name if it has one
/// (a place or border on the map).
pub fn for_mark(model: &Model, dataset: DatasetKind, id: &str, label: Option<&str>) -> Option<TooltipContent> {
    let mut c = content(model, dataset, id)?;
    if let Some(label) = label {
        c.title = format!("{label}: {}", c.title);
    }
    Some(c)
}

/// Tooltip content for a datum, or `None` for an unknown id.
pub fn content(model: &Model, dataset: DatasetKind, id: &str) -> Option<TooltipContent> {
    let d = model.datum(dataset, id)?;
    Some(TooltipContent {
        title: d.title(),
        value: d.value_label(),
        date: d.date_label(),
        confidence: d.source().confidence,
        source: d.source().clone(),
        note: model
            .story
            .note_for(dataset.key(), id)
            .and_then(|n| text::plain(model, &n.text).ok()),
    })
}
