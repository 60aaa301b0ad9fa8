//! Words and people a general reader may not know: the glossary and who's who
//! (`content/glossary.json`), and where the story first uses each one in a step.

use super::text::Segment;
use serde::{Deserialize, Serialize};

/// A term, or a person.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum EntryKind {
    Term,
    Person,
}

/// Where an entry's facts come from: the article, or a source the data already cites.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct EntrySource {
    pub publisher: String,
    pub title: String,
    pub url: String,
    /// Verbatim from the source (checked against the article or the data's quotes in tests).
    pub quote: String,
    /// In an edition, the team's translation shown beside the quote.
    #[serde(default)]
    pub translation: Option<String>,
}

/// One glossary or who's-who entry.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Entry {
    /// Kebab-case; `?term=<slug>` opens the Glossary at it.
    pub slug: String,
    pub kind: EntryKind,
    pub name: String,
    /// The phrases, exactly as the story writes them (case-sensitive, whole words), that mark a
    /// use in the text; the longest first. Empty when the story never uses the entry.
    #[serde(rename = "match", default)]
    pub matches: Vec<String>,
    /// The definition, in our own words. In the browser, the definition and its source come
    /// after the first paint with the sources' detail (`Glossary::add_definitions`); empty until then.
    #[serde(default)]
    pub text: String,
    #[serde(default)]
    pub source: EntrySource,
}

/// One entry's definition and source, as `public/data/glossary.json` holds them by slug.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Definition {
    pub text: String,
    pub source: EntrySource,
}

/// The glossary file.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Glossary {
    pub entries: Vec<Entry>,
}

impl Glossary {
    pub fn entry(&self, slug: &str) -> Option<&Entry> {
        self.entries.iter().find(|e| e.slug == slug)
    }

    /// Fills in every entry's definition and source (by slug); fails, changing nothing, if an
    /// entry lacks one.
    pub fn add_definitions(&mut self, mut all: std::collections::BTreeMap<String, Definition>) -> Result<(), String> {
        let mut done = self.clone();
        for e in &mut done.entries {
            let d = all
                .remove(&e.slug)
                .ok_or_else(|| format!("glossary.json: no definition for {}", e.slug))?;
            e.text = d.text;
            e.source = d.source;
        }
        *self = done;
        Ok(())
    }

    /// Terms first, then people, each in the file's order.
    pub fn by_kind(&self, kind: EntryKind) -> impl Iterator<Item = &Entry> {
        self.entries.iter().filter(move |e| e.kind == kind)
    }

    /// Marks the first use of each entry in one step's paragraphs (already resolved): the
    /// phrase becomes a [`Segment::Term`]; later uses in the same step stay plain text.
    pub fn mark(&self, paragraphs: Vec<Vec<Segment>>) -> Vec<Vec<Segment>> {
        let mut used = vec![false; self.entries.len()];
        paragraphs
            .into_iter()
            .map(|segments| {
                segments
                    .into_iter()
                    .flat_map(|seg| match seg {
                        Segment::Text(t) => self.split(&t, &mut used),
                        other => vec![other],
                    })
                    .collect()
            })
            .collect()
    }

    /// Splits plain text at the first use of each entry not yet `used`.
    fn split(&self, text: &str, used: &mut [bool]) -> Vec<Segment> {
        let mut out = Vec::new();
        let mut rest = text;
        loop {
            // The earliest use of any entry not yet marked; at the same place, the longer phrase.
            let best = self
                .entries
                .iter()
                .enumerate()
                .filter(|(i, _)| !used[*i])
                .flat_map(|(i, e)| {
                    e.matches
                        .iter()
                        .filter_map(move |p| find_word(rest, p).map(|at| (at, std::cmp::Reverse(p.len()), i)))
                })
                .min();
            let Some((at, std::cmp::Reverse(len), i)) = best else {
                break;
            };
            if at > 0 {
                out.push(Segment::Text(rest[..at].to_string()));
            }
            out.push(Segment::Term {
                text: rest[at..at + len].to_string(),
                slug: self.entries[i].slug.clone(),
            });
            used[i] = true;
            rest = &rest[at + len..];
        }
        if !rest.is_empty() {
            out.push(Segment::Text(rest.to_string()));
        }
        out
    }
}

/// Where `needle` first occurs in `hay` as whole words (no letter or digit on either side).
fn find_word(hay: &str, needle: &str) -> Option<usize> {
    if needle.is_empty() {
        return None;
    }
    hay.match_indices(needle).map(|(at, _)| at).find(|&at| {
        let before = hay[..at].chars().next_back();
        let after = hay[at + needle.len()..].chars().next();
        !before.is_some_and(char::is_alphanumeric) && !after.is_some_and(char::is_alphanumeric)
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn entry(slug: &str, matches: &[&str]) -> Entry {
        Entry {
            slug: slug.into(),
            kind: EntryKind::Term,
            name: slug.into(),
            matches: matches.iter().map(|m| m.to_string()).collect(),
            text: "t".into(),
            source: EntrySource {
                publisher: "p".into(),
                title: "t".into(),
                url: "https://example.org".into(),
                quote: "q".into(),
                translation: None,
            },
        }
    }

    fn texts(segments: &[Segment]) -> Vec<String> {
        segments
            .iter()
            .map(|s| match s {
                Segment::Text(t) => t.clone(),
                Segment::Term { text, slug } => format!("[{text}→{slug}]"),
                Segment::Figure { text, .. } => format!("#{text}"),
            })
            .collect()
    }

    #[test]
    fn marks_the_first_whole_word_use_in_a_step_only() {
        let g = Glossary {
            entries: vec![
                entry("potash", &["potash"]),
                entry("tsikhanouskaya", &["Sviatlana Tsikhanouskaya", "Tsikhanouskaya"]),
                entry("tsikhanouski", &["Tsikhanouski"]),
            ],
        };
        let marked = g.mark(vec![
            vec![Segment::Text(
                "Potash and potash-like goods; Tsikhanouskaya's husband Tsikhanouski.".into(),
            )],
            vec![
                Segment::Text("Again potash, and Sviatlana Tsikhanouskaya, ".into()),
                Segment::Figure {
                    text: "14".into(),
                    dataset: crate::model::DatasetKind::Releases,
                    id: "x".into(),
                },
                Segment::Text(" Tsikhanouski.".into()),
            ],
        ]);
        assert_eq!(
            texts(&marked[0]),
            [
                "Potash and ",
                "[potash→potash]",
                "-like goods; ",
                "[Tsikhanouskaya→tsikhanouskaya]",
                "'s husband ",
                "[Tsikhanouski→tsikhanouski]",
                "."
            ]
        );
        // Each entry once per step; figures pass through untouched.
        assert_eq!(
            texts(&marked[1]),
            ["Again potash, and Sviatlana Tsikhanouskaya, ", "#14", " Tsikhanouski."]
        );
    }

    #[test]
    fn prefers_the_longer_phrase_and_never_matches_inside_a_word() {
        let g = Glossary {
            entries: vec![
                entry("eu", &["EU"]),
                entry("packages", &["EU sanctions packages", "packages"]),
            ],
        };
        let marked = g.mark(vec![vec![Segment::Text(
            "EUR rates; EU sanctions packages; EU.".into(),
        )]]);
        assert_eq!(
            texts(&marked[0]),
            ["EUR rates; ", "[EU sanctions packages→packages]", "; ", "[EU→eu]", "."]
        );
        assert_eq!(find_word("Kellogg's", "Kellogg"), Some(0));
        assert_eq!(find_word("Belaruskali", "Belarus"), None);
        assert_eq!(find_word("anything", ""), None);
    }
}
