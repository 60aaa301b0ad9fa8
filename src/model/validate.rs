//! Checks that the content is fit to show: every datum cites a source, dates and values are sane,
//! ids are unique, and every reference in the story resolves. Run by `build.rs` on the browser's
//! first view (content that fails fails the build), by the build-time render on the whole
//! content (which then shows a notice instead of the story), and by native tests.

use super::text;
use super::{ChartKind, Confidence, DatasetKind, Datum, Highlight, Layer, Model};
use std::collections::HashSet;

/// Every problem found; empty when the content is sound.
pub fn validate(model: &Model) -> Vec<String> {
    let mut problems = Vec::new();
    check_data(model, &mut problems);
    check_story(model, &mut problems);
    check_glossary(model, &mut problems);
    problems
}

/// Lowercase letters, digits and hyphens, not empty: the form of slugs in addresses.
fn is_kebab(slug: &str) -> bool {
    !slug.is_empty()
        && slug
            .chars()
            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-')
}

fn check_glossary(model: &Model, problems: &mut Vec<String>) {
    let mut slugs = HashSet::new();
    for e in &model.glossary.entries {
        let at = format!("glossary entry {}", e.slug);
        if !is_kebab(&e.slug) || !slugs.insert(e.slug.as_str()) {
            problems.push(format!("{at}: slug must be unique lowercase kebab-case"));
        }
        if e.name.trim().is_empty() || e.matches.iter().any(|m| m.trim().is_empty()) {
            problems.push(format!("{at}: needs a name and non-empty phrases"));
        }
        // Definitions and their sources come with the sources' detail (see `Model::first_view`).
        if !model.sources_loaded {
            continue;
        }
        if e.text.trim().is_empty() {
            problems.push(format!("{at}: needs a definition"));
        }
        let s = &e.source;
        if s.publisher.trim().is_empty()
            || s.quote.trim().is_empty()
            || !(s.url.starts_with("https://") || s.url.starts_with("http://"))
        {
            problems.push(format!("{at}: source needs a publisher, a quote and a web address"));
        }
    }
}

fn check_data(model: &Model, problems: &mut Vec<String>) {
    let mut seen = HashSet::new();
    for datum in model.all_data() {
        let id = datum.id();
        let kind = match datum {
            Datum::Gdp(_) => "gdp",
            Datum::Prisoner(_) => "prisoners",
            Datum::Release(_) => "releases",
            Datum::Sanction(_) => "sanctions",
            Datum::Event(_) => "events",
        };
        if !seen.insert((kind, id)) {
            problems.push(format!("{kind}: duplicate id {id}"));
        }
        let s = datum.source();
        // Unverified rows may lack a source: they are never drawn or quoted (tested elsewhere).
        // Without the sources' detail (the browser's first load) only the build can check them.
        if model.sources_loaded && s.confidence != Confidence::Unverified {
            if s.publisher.trim().is_empty() || s.title.trim().is_empty() || s.quote.trim().is_empty() {
                problems.push(format!("{kind}:{id}: source lacks publisher, title or quote"));
            }
            let linked = s.url.starts_with("https://") || s.url.starts_with("http://");
            if !linked && s.url_note.is_none() {
                problems.push(format!(
                    "{kind}:{id}: source URL is not http(s) and no note says why: {}",
                    s.url
                ));
            }
        }
        let span = match datum {
            Datum::Gdp(r) => {
                let values = [r.value, r.low, r.high];
                if values.iter().flatten().any(|v| !v.is_finite()) || values.iter().all(Option::is_none) {
                    problems.push(format!("gdp:{id}: value missing or not finite"));
                }
                if let (Some(lo), Some(hi)) = (r.low, r.high) {
                    if lo > hi {
                        problems.push(format!("gdp:{id}: range low {lo} > high {hi}"));
                    }
                }
                None
            }
            Datum::Prisoner(r) => Some(&r.date),
            Datum::Release(r) => Some(&r.date),
            Datum::Sanction(r) => Some(&r.date),
            Datum::Event(r) => Some(&r.date),
        };
        if let Some(span) = span {
            if span.start > span.end {
                problems.push(format!("{kind}:{id}: date starts after it ends"));
            }
        }
    }
}

fn check_story(model: &Model, problems: &mut Vec<String>) {
    let story = &model.story;
    // 14–20 steps of argument, and at most one more that only shows where things happened (the
    // map's), so the story stays a single sitting.
    let main_steps = story.steps.iter().filter(|s| !s.epilogue).count();
    if !(14..=21).contains(&main_steps) {
        problems.push(format!(
            "story has {main_steps} steps before the epilogue; 14–21 expected"
        ));
    }
    problems.extend(super::map::problems(model));
    let first_epilogue = story.steps.iter().position(|s| s.epilogue).unwrap_or(story.steps.len());
    if story.steps[first_epilogue..].iter().any(|s| !s.epilogue) {
        problems.push("the epilogue's steps must run together at the end of the story".to_string());
    }
    for kind in ChartKind::ALL {
        if !story.overviews.iter().any(|o| o.view.chart == kind) {
            problems.push(format!(
                "no overview for the {kind:?} chart (single-chart embeds need one)"
            ));
        }
    }
    for o in &story.overviews {
        for m in &o.view.markers {
            if model.datum(DatasetKind::Events, &m.id).is_none() {
                problems.push(format!("overview marker {} is not an event", m.id));
            }
        }
    }
    for note in &story.data_notes {
        let known = DatasetKind::from_key(&note.dataset)
            .and_then(|k| model.datum(k, &note.id))
            .is_some();
        if !known {
            problems.push(format!("data note on unknown datum {}:{}", note.dataset, note.id));
        }
        if let Some(other) = &note.disagrees_with {
            let kind = DatasetKind::from_key(&note.dataset);
            if other == &note.id || kind.and_then(|k| model.datum(k, other)).is_none() {
                problems.push(format!(
                    "data note on {}: disagrees with unknown datum {other}",
                    note.id
                ));
            }
        }
        if let Err(e) = text::plain(model, &note.text) {
            problems.push(format!("data note on {}: {e}", note.id));
        }
    }
    let mut slugs = HashSet::new();
    for (i, step) in story.steps.iter().enumerate() {
        let at = format!("step {} ({})", i + 1, step.slug);
        // Not a number: `?step=3` means the third step.
        if !is_kebab(&step.slug) || step.slug.chars().all(|c| c.is_ascii_digit()) {
            problems.push(format!("{at}: slug must be lowercase kebab-case and not a number"));
        }
        if !slugs.insert(step.slug.as_str()) {
            problems.push(format!("{at}: duplicate slug"));
        }
        for template in step.body.iter().chain(std::iter::once(&step.summary)) {
            if let Err(e) = text::plain(model, template) {
                problems.push(format!("{at}: {e}"));
            }
        }
        if step.summary.trim().is_empty() {
            problems.push(format!("{at}: no chart summary for screen readers"));
        }
        let view = &step.chart;
        if !(view.from.is_finite() && view.to.is_finite() && view.from < view.to) {
            problems.push(format!("{at}: chart range {}..{} is empty", view.from, view.to));
        }
        let sources = view.chart.datasets();
        // Category and lane selectors are checked as the content is read (`Highlight`).
        let ids = view.highlight.iter().filter_map(|h| match h {
            Highlight::Datum(id) => Some(id),
            _ => None,
        });
        for h in ids {
            match sources.iter().find_map(|k| model.datum(*k, h)) {
                None => problems.push(format!(
                    "{at}: highlight {h} is not in the {:?} chart's data",
                    view.chart
                )),
                Some(d) if d.source().confidence == Confidence::Unverified && !view.has(Layer::Unverified) => problems
                    .push(format!(
                        "{at}: highlights unverified {h} without the 'unverified' label layer"
                    )),
                Some(_) => {}
            }
        }
        for m in &view.markers {
            if model.datum(DatasetKind::Events, &m.id).is_none() {
                problems.push(format!("{at}: marker {} is not an event", m.id));
            }
        }
    }
}
