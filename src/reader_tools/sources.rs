//! Sources grouped for the Sources panel: for one step, and for the whole story by chart.

use crate::i18n::{fill, tr, trf, trn};
use crate::model::text::{self, Segment};
use crate::model::{ChartKind, Confidence, DatasetKind, Model, Source, Step};
use crate::reader_tools::table;

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

/// A source as a link ("Publisher: title (vintage)"), or as text when it was stored without an
/// address; the publisher alone until the detail is in (`Model::add_detail`).
pub fn link_html(s: &Source) -> String {
    source_html(s, false)
}

/// The same named by its publisher only, the full name as a tooltip (narrow table cells).
pub fn short_link_html(s: &Source) -> String {
    source_html(s, true)
}

fn source_html(s: &Source, short: bool) -> String {
    use crate::format::escape_html as esc;
    let name = match &s.vintage {
        Some(v) => format!("{}: {} ({v})", s.publisher, s.title),
        None => format!("{}: {}", s.publisher, s.title),
    };
    // The full name as a tooltip only where the link text is shortened.
    let (label, title) = if short {
        (s.publisher.as_str(), format!(" title=\"{}\"", esc(&name)))
    } else {
        (name.as_str(), String::new())
    };
    if !s.has_detail() {
        format!("<span>{}</span>", esc(&s.publisher))
    } else if s.url.is_empty() {
        let text = trf("{source} (no web address stored)", &[("source", label)]);
        format!("<span{title}>{}</span>", esc(&text))
    } else {
        let label = esc(label);
        format!(
            "<a href=\"{}\"{title} target=\"_blank\" rel=\"noopener noreferrer\">{label}</a>",
            esc(&s.url)
        )
    }
}

/// The badge for a confidence flag (nothing for verified figures, the default).
pub fn badge_html(confidence: Confidence) -> String {
    use crate::format::escape_html as esc;
    match confidence {
        Confidence::Article => format!(
            "<span class=\"badge badge--article\">{}</span>",
            esc(tr("Article’s claim"))
        ),
        Confidence::Unverified => format!(
            "<span class=\"badge badge--unverified\">{}</span>",
            esc(tr("Unverified"))
        ),
        Confidence::Verified => String::new(),
    }
}

/// A source's verbatim quote as a `<blockquote>` of `class`, marked with its language where the
/// page's differs (screen readers switch voice), then the team's translation in an edition.
pub fn quote_html(quote: &str, class: &str) -> String {
    use crate::format::escape_html as esc;
    let lang = crate::i18n::language_of(quote);
    let lang = if lang == crate::i18n::current().code() {
        String::new()
    } else {
        format!(" lang=\"{lang}\"")
    };
    let translation = crate::i18n::quote_translation(quote).map_or(String::new(), crate::i18n::translation_html);
    format!(
        "<blockquote class=\"{class}\"{lang}>“{}”</blockquote>{translation}",
        esc(quote)
    )
}

/// One source and what was taken from it, with each verbatim quote and note: the Sources panel
/// and `sources.html` (one HTML string, so the wasm carries no component tree per item). The
/// source's name is a heading of `level` (4 in the panel, under its h3s; 3 on the page).
pub fn group_html(group: &SourceGroup, level: u8) -> String {
    use crate::format::escape_html as esc;
    let items: String = group
        .items
        .iter()
        .map(|item| {
            let note = item
                .note
                .as_ref()
                .map(|n| {
                    format!(
                        "<p class=\"data-note\"><strong>{} </strong>{}</p>",
                        esc(tr("Note:")),
                        esc(n)
                    )
                })
                .unwrap_or_default();
            format!(
                "<li>{}{}: {} — <strong>{}</strong>{}{note}</li>",
                badge_html(item.confidence),
                esc(&item.date),
                esc(&item.what),
                esc(&item.value),
                quote_html(&item.quote, "source-group__quote")
            )
        })
        .collect();
    format!(
        "<section class=\"source-group\"><h{level} class=\"source-group__title\">{}</h{level}><ul class=\"source-group__items\">{items}</ul></section>",
        link_html(&group.source)
    )
}

/// The Sources panel's content for step `index` showing `view`: the step's sources, the whole
/// story's by chart, and the notes on the data.
pub fn panel_html(model: &Model, index: usize, view: &crate::model::ChartView) -> String {
    use crate::format::escape_html as esc;
    let Some(step) = model.story.steps.get(index) else {
        return String::new();
    };
    let this_step: String = for_step(model, step, view).iter().map(|g| group_html(g, 4)).collect();
    let charts: String = ChartKind::ALL
        .into_iter()
        .map(|kind| {
            let groups = for_chart(model, kind);
            let list: String = groups.iter().map(|g| group_html(g, 4)).collect();
            let n = groups.len();
            let count = trn(
                "{n} source",
                "{n} sources",
                n as f64,
                &crate::format::thousands(n as u32),
            );
            format!(
                "<details class=\"sources-chart\"><summary>{} ({})</summary>{list}</details>",
                esc(kind.title()),
                esc(&count)
            )
        })
        .collect();
    let notes: String = model
        .story
        .data_notes
        .iter()
        .filter_map(|n| {
            let d = model.datum(DatasetKind::from_key(&n.dataset)?, &n.id)?;
            let what = format!("{} ({})", d.title(), d.value_label());
            Some(format!(
                "<li><strong>{}</strong>: {}</li>",
                esc(&what),
                esc(&text::plain(model, &n.text).ok()?)
            ))
        })
        .collect();
    let legend = fill(
        &esc(tr("Figures marked {badge} are stated in the Lawfare article; the others were checked in the source named, and every quote is verbatim. Unverified figures are never drawn.")),
        &[("badge", &badge_html(Confidence::Article))],
    );
    format!(
        "<p class=\"sources-legend\">{legend}</p><h3>{}</h3>{this_step}<h3>{}</h3>{charts}\
         <h3>{}</h3><ul class=\"data-notes\">{notes}</ul>",
        esc(&trf("This step: {headline}", &[("headline", &step.headline)])),
        esc(tr("The whole story, by chart")),
        esc(tr("Notes on the data")),
    )
}

#[cfg(test)]
mod html_tests {
    use super::*;
    use crate::format::escape_html as esc;

    #[test]
    fn the_panel_shows_each_sources_link_quote_and_flag_for_the_step_and_the_story() {
        let m = Model::bundled().unwrap();
        let i = m.story.steps.iter().position(|s| s.slug == "behind-bars").unwrap();
        let view = m.story.steps[i].chart.clone();
        let html = panel_html(&m, i, &view);
        let groups = for_step(&m, &m.story.steps[i], &view);
        assert!(!groups.is_empty());
        for g in &groups {
            assert!(html.contains(&link_html(&g.source)));
            for item in &g.items {
                assert!(html.contains(&format!("“{}”", esc(&item.quote))), "{}", item.id);
            }
        }
        let flagged = groups
            .iter()
            .flat_map(|g| &g.items)
            .filter(|i| i.confidence == Confidence::Article)
            .count();
        // The legend names the flag once; each flagged figure carries it.
        assert_eq!(
            html.matches("badge--article").count(),
            1 + flagged
                + ChartKind::ALL
                    .into_iter()
                    .flat_map(|k| for_chart(&m, k))
                    .flat_map(|g| g.items)
                    .filter(|i| i.confidence == Confidence::Article)
                    .count()
        );
        assert_eq!(
            html.matches("<details class=\"sources-chart\">").count(),
            ChartKind::ALL.len()
        );
        assert_eq!(panel_html(&m, m.story.steps.len(), &view), "");
    }

    #[test]
    fn a_quote_is_marked_with_its_language_and_an_edition_adds_its_translation() {
        use crate::i18n::{set, Catalog, Edition};
        set(Edition::En, None);
        let q = |text| quote_html(text, "q");
        assert_eq!(q("Freed <b>"), "<blockquote class=\"q\">“Freed &lt;b&gt;”</blockquote>");
        assert_eq!(
            q("Спасибо"),
            "<blockquote class=\"q\" lang=\"ru\">“Спасибо”</blockquote>"
        );
        let json = r#"{"ui": {"Our translation:": "Наш перевод:"},
                       "quotes": {"Freed <b>": "Освобождены <i>", "Für 2025": "На 2025"}}"#;
        set(Edition::Ru, Some(Catalog::from_json(Edition::Ru, json).unwrap()));
        assert_eq!(
            q("Freed <b>"),
            "<blockquote class=\"q\" lang=\"en\">“Freed &lt;b&gt;”</blockquote>\
             <p class=\"quote-translation\"><span>Наш перевод:</span> Освобождены &lt;i&gt;</p>"
        );
        assert!(q("Für 2025").starts_with("<blockquote class=\"q\" lang=\"de\">"));
        assert!(q("Für 2025").ends_with("</span> На 2025</p>"));
        // A quote in the page's own language needs no language mark (nor has a translation).
        assert_eq!(q("Спасибо"), "<blockquote class=\"q\">“Спасибо”</blockquote>");
        // One the catalog lacks (the detail not in yet) is the quote alone.
        assert_eq!(q("Other"), "<blockquote class=\"q\" lang=\"en\">“Other”</blockquote>");
        set(Edition::En, None);
    }

    #[test]
    fn a_source_reads_as_publisher_until_its_detail_is_in_and_is_escaped() {
        let mut m = Model::bundled().unwrap();
        let s = &mut m.prisoners.rows[0].source;
        s.title = "<b>\"Title\"</b>".into();
        s.url = "https://x.example/?a=1&b=2".into();
        s.vintage = None;
        assert_eq!(
            link_html(s),
            format!(
                "<a href=\"https://x.example/?a=1&amp;b=2\" target=\"_blank\" rel=\"noopener noreferrer\">{}: &lt;b&gt;&quot;Title&quot;&lt;/b&gt;</a>",
                esc(&s.publisher)
            )
        );
        s.url.clear();
        assert!(link_html(s).ends_with(" (no web address stored)</span>"));
        s.title.clear();
        assert_eq!(link_html(s), format!("<span>{}</span>", esc(&s.publisher)));
    }
}
