//! Sources grouped for the Sources panel: for one step, and for the whole story by chart.

use crate::model::text::{self, Segment};
use crate::model::{ChartKind, Confidence, DatasetKind, Model, Source, Step};
use crate::table;

/// One datum cited from a source.
#[derive(Debug, Clone, PartialEq)]
pub struct SourceItem {
    pub dataset: DatasetKind,
    pub id: String,
    pub what: String,
    pub value: String,
    pub date: String,
    pub quote: String,
    pub confidence: Confidence,
    /// The data note on this datum, resolved, if any.
    pub note: Option<String>,
}

/// A source and the data taken from it.
#[derive(Debug, Clone, PartialEq)]
pub struct SourceGroup {
    pub source: Source,
    pub items: Vec<SourceItem>,
}

fn group(model: &Model, data: impl IntoIterator<Item = (DatasetKind, String)>) -> Vec<SourceGroup> {
    let mut groups: Vec<SourceGroup> = Vec::new();
    for (kind, id) in data {
        let Some(d) = model.datum(kind, &id) else { continue };
        let s = d.source();
        let note = model
            .story
            .note_for(kind.key(), &id)
            .and_then(|n| text::plain(model, &n.text).ok());
        let item = SourceItem {
            dataset: kind,
            id: id.clone(),
            what: d.title(),
            value: d.value_label(),
            date: d.date_label(),
            quote: s.quote.clone(),
            confidence: s.confidence,
            note,
        };
        let same = |g: &&mut SourceGroup| {
            g.source.publisher == s.publisher && g.source.title == s.title && g.source.url == s.url
        };
        match groups.iter_mut().find(same) {
            Some(g) => {
                if !g.items.iter().any(|i| i.dataset == kind && i.id == id) {
                    g.items.push(item);
                }
            }
            None => groups.push(SourceGroup {
                source: s.clone(),
                items: vec![item],
            }),
        }
    }
    groups
}

/// Figures cited in a step's text.
fn figures(model: &Model, step: &Step) -> Vec<(DatasetKind, String)> {
    step.body
        .iter()
        .filter_map(|p| text::resolve(model, p).ok())
        .flatten()
        .filter_map(|s| match s {
            Segment::Figure { dataset, id, .. } => Some((dataset, id)),
            Segment::Text(_) | Segment::Term { .. } => None,
        })
        .collect()
}

/// Sources of everything a step shows: its text's figures, then its chart's data.
pub fn for_step(model: &Model, step: &Step, view: &crate::model::ChartView) -> Vec<SourceGroup> {
    let data = figures(model, step).into_iter().chain(table::drawn(model, view));
    group(model, data)
}

/// Sources of everything one chart shows across the story (and the text beside it).
pub fn for_chart(model: &Model, kind: ChartKind) -> Vec<SourceGroup> {
    let data: Vec<(DatasetKind, String)> = model
        .story
        .steps
        .iter()
        .filter(|s| s.chart.chart == kind)
        .flat_map(|s| figures(model, s).into_iter().chain(table::drawn(model, &s.chart)))
        .collect();
    group(model, data)
}
