//! An edition's words put into the model: the one list of every piece of our text a reader sees
//! (story, chart captions and labels, glossary, map names), walked by [`Model::each_text`] both
//! to translate the model and to check that a catalog misses nothing (`tests/editions.rs`).
//!
//! Quotes stay verbatim in their original language; an edition adds its translation beside them
//! (`translation`), shown as the team's. Data cells (source titles, verbatim quotes, researchers'
//! notes in the CSVs) are the data, not our text, and stay as published.

use super::Model;
use crate::i18n::Catalog;

/// The catalog key of the forms that mark a glossary phrase in an edition's text, for a phrase
/// the catalog also holds as a text (a name such as "Viasna" is both an entry's name and what
/// marks it; the name has one translation, the marks need every inflected form: "Вясны").
pub fn forms_key(phrase: &str) -> String {
    format!("forms: {phrase}")
}

/// A piece of text the walk visits.
pub enum Slot<'a> {
    /// Our prose or a label: replaced by its translation.
    Text(&'a mut String),
    /// A verbatim quote: kept, with the edition's translation beside it.
    Quote(&'a str, &'a mut Option<String>),
    /// The phrases that mark a glossary entry in the text: replaced by every form the edition's
    /// text uses.
    Terms(&'a mut Vec<String>),
}

/// Which part of the catalog a text belongs to (the catalog file's top-level keys).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Part {
    Story,
    Glossary,
    Map,
}

impl Part {
    pub fn key(self) -> &'static str {
        match self {
            Part::Story => "story",
            Part::Glossary => "glossary",
            Part::Map => "map",
        }
    }
}

impl Model {
    /// Visits every translatable text, with the catalog part it belongs to. Empty texts (a
    /// definition not loaded yet) are skipped.
    pub fn each_text(&mut self, f: &mut dyn FnMut(Part, Slot)) {
        let text = |part: Part, s: &mut String, f: &mut dyn FnMut(Part, Slot)| {
            if !s.trim().is_empty() {
                f(part, Slot::Text(s));
            }
        };
        let story = &mut self.story;
        text(Part::Story, &mut story.title, f);
        text(Part::Story, &mut story.kicker, f);
        text(Part::Story, &mut story.intro, f);
        text(Part::Story, &mut story.article.author_bio, f);
        let article = &mut story.article;
        f(
            Part::Story,
            Slot::Quote(&article.standfirst, &mut article.standfirst_translation),
        );
        for step in &mut story.steps {
            text(Part::Story, &mut step.chapter, f);
            text(Part::Story, &mut step.headline, f);
            for p in &mut step.body {
                text(Part::Story, p, f);
            }
            if let Some(q) = &mut step.quote {
                f(Part::Story, Slot::Quote(&q.text, &mut q.translation));
            }
            text(Part::Story, &mut step.summary, f);
            for m in &mut step.chart.markers {
                text(Part::Story, &mut m.label, f);
            }
        }
        for n in &mut story.data_notes {
            text(Part::Story, &mut n.text, f);
        }
        for o in &mut story.overviews {
            text(Part::Story, &mut o.caption, f);
            for m in &mut o.view.markers {
                text(Part::Story, &mut m.label, f);
            }
        }
        for m in &mut story.map_marks {
            text(Part::Story, &mut m.label, f);
        }
        for e in &mut self.glossary.entries {
            text(Part::Glossary, &mut e.name, f);
            if !e.matches.is_empty() {
                f(Part::Glossary, Slot::Terms(&mut e.matches));
            }
            text(Part::Glossary, &mut e.text, f);
            if !e.source.quote.is_empty() {
                f(Part::Glossary, Slot::Quote(&e.source.quote, &mut e.source.translation));
            }
        }
        if let Some(g) = &mut self.geography {
            for c in &mut g.countries {
                text(Part::Map, &mut c.name, f);
            }
            for p in &mut g.places {
                text(Part::Map, &mut p.name, f);
            }
        }
    }

    /// Puts `catalog`'s translations in place; what it lacks stays English. Safe to run again
    /// after the detail arrives (translated text is not a key, so it is left alone).
    pub fn localize(&mut self, catalog: &Catalog) {
        self.each_text(&mut |_, slot| match slot {
            Slot::Text(s) => {
                if let Some(t) = catalog.text(s) {
                    *s = t.to_string();
                }
            }
            Slot::Quote(original, translation) => {
                if let Some(t) = catalog.text(original) {
                    *translation = Some(t.to_string());
                }
            }
            Slot::Terms(phrases) => {
                let mut forms: Vec<String> = Vec::new();
                for p in phrases.iter() {
                    // A phrase that is also a name the catalog translates as text (Viasna) has
                    // its forms under a key of their own, which wins over that one text.
                    match catalog.forms(&forms_key(p)).or_else(|| catalog.forms(p)) {
                        Some(fs) => forms.extend(fs.iter().cloned()),
                        None => forms.push(catalog.text(p).unwrap_or(p).to_string()),
                    }
                }
                // The glossary matches the longest phrase first.
                crate::sort::sort_by_key(&mut forms, |f| std::cmp::Reverse(f.chars().count()));
                forms.dedup();
                *phrases = forms;
            }
        });
    }

    /// Every English text the walk visits, by part (`tools/` and the completeness test).
    pub fn english_texts(&self) -> Vec<(Part, String)> {
        let mut out = Vec::new();
        self.clone().each_text(&mut |part, slot| match slot {
            Slot::Text(s) => out.push((part, s.clone())),
            Slot::Quote(q, _) => out.push((part, q.to_string())),
            Slot::Terms(phrases) => out.extend(phrases.iter().map(|p| (part, p.clone()))),
        });
        out
    }
}
