//! The glossary and who's who as one HTML list (terms, then people: name, definition, source,
//! the steps that use it). One pure function serves the app's panel, the article view, the print
//! handout and `glossary.html` (`crate::prerender::pages`), so the wasm carries no component tree per entry.

use crate::format::escape_html as esc;
use crate::i18n::{fill, tr};
use crate::model::{text::Segment, EntryKind, Model};

/// How the list leads to the steps that use an entry.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum StepLinks<'a> {
    /// `<button data-step="i">` (the app's panel moves the reader there).
    Buttons,
    /// Links to the steps on the same page: `#<prefix>-<slug>`.
    Anchors(&'a str),
    /// Links that open the explainer at the step: `./?step=<slug>` (`glossary.html`).
    Explainer,
}

/// A link (or button) to step `i`, titled with its headline; `class` is the button's.
pub fn step_link(links: StepLinks<'_>, steps: &[crate::model::Step], i: usize, class: &str) -> String {
    let headline = esc(&steps[i].headline);
    match links {
        StepLinks::Buttons => {
            format!("<button type=\"button\" class=\"{class}\" data-step=\"{i}\">{headline}</button>")
        }
        StepLinks::Anchors(prefix) => format!("<a href=\"#{}-{}\">{headline}</a>", esc(prefix), esc(&steps[i].slug)),
        StepLinks::Explainer => format!("<a href=\"./?step={}\">{headline}</a>", esc(&steps[i].slug)),
    }
}

/// The steps whose text marks each entry (`Model::step_paragraphs`), in the glossary's order.
pub fn uses(model: &Model) -> Vec<Vec<usize>> {
    let mut out = vec![Vec::new(); model.glossary.entries.len()];
    for i in 0..model.story.steps.len() {
        for seg in model.step_paragraphs(i).into_iter().flatten() {
            if let Segment::Term { slug, .. } = seg {
                if let Some(k) = model.glossary.entries.iter().position(|e| e.slug == slug) {
                    if !out[k].contains(&i) {
                        out[k].push(i);
                    }
                }
            }
        }
    }
    out
}

/// The list as HTML; entries get ids `<id_prefix>-<slug>` (focusable, for `?term=`).
pub fn html(model: &Model, links: StepLinks<'_>, id_prefix: &str) -> String {
    let uses = uses(model);
    let steps = &model.story.steps;
    let mut out = String::new();
    let source_label = esc(tr("Source:"));
    for (kind, title) in [(EntryKind::Term, tr("Terms")), (EntryKind::Person, tr("People"))] {
        out += &format!(
            "<h3 class=\"glossary__group\">{}</h3><dl class=\"glossary\">",
            esc(title)
        );
        for (e, used) in model.glossary.entries.iter().zip(&uses).filter(|(e, _)| e.kind == kind) {
            let s = &e.source;
            out += &format!(
                "<dt id=\"{}-{}\" class=\"glossary__name\" tabindex=\"-1\">{}</dt><dd class=\"glossary__entry\"><p>{}</p>\
                 <p class=\"source-line\"><span class=\"source-line__label\">{source_label} </span>\
                 <a href=\"{}\" target=\"_blank\" rel=\"noopener noreferrer\">{}: {}</a></p>",
                esc(id_prefix),
                esc(&e.slug),
                esc(&e.name),
                esc(&e.text),
                esc(&s.url),
                esc(&s.publisher),
                esc(&s.title)
            );
            if !used.is_empty() {
                let items: Vec<String> = used
                    .iter()
                    .map(|&i| step_link(links, steps, i, "glossary__step"))
                    .collect();
                let line = fill(&esc(tr("In the story: {steps}")), &[("steps", &items.join(" · "))]);
                out += &format!("<p class=\"glossary__uses\">{line}</p>");
            }
            out += "</dd>";
        }
        out += "</dl>";
    }
    out
}
