//! Story text with figures from the data. Prose never types a number twice: it writes
//! `{dataset:id}` (optionally `{dataset:id|modifier}`) and the figure is filled in from the datum,
//! so a correction in the data flows into the text.
//!
//! Modifiers: `abs` (magnitude of a GDP value, for "shrank by 4.7%"), `date` (the datum's date in
//! words), `year`, `number` (the bare number without unit), `package` (an EU package number),
//! `nth` (the same as an ordinal: "18th").

use super::{DatasetKind, Datum, Model};
use crate::format;

/// A piece of resolved text: plain words, or a figure that can show its source.
#[derive(Debug, Clone, PartialEq)]
pub enum Segment {
    Text(String),
    Figure {
        text: String,
        dataset: DatasetKind,
        id: String,
    },
    /// The first use in a step of a glossary or who's-who entry (`Glossary::mark`).
    Term {
        text: String,
        slug: String,
    },
}

/// A placeholder that does not resolve.
#[derive(Debug, Clone, PartialEq)]
pub struct TextError(pub String);

impl std::fmt::Display for TextError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.0)
    }
}

fn figure(datum: Datum<'_>, modifier: Option<&str>) -> Result<String, String> {
    let missing = || format!("{} has no value for {:?}", datum.id(), modifier.unwrap_or(""));
    match (datum, modifier) {
        (_, Some("date")) => Ok(datum.date_label()),
        (Datum::Gdp(r), None) => match (r.value, r.low, r.high) {
            (Some(v), _, _) => Ok(format::percent(v)),
            (None, Some(lo), Some(hi)) => Ok(format::percent_range(lo, hi)),
            _ => Err(missing()),
        },
        (Datum::Gdp(r), Some("abs")) => r.value.map(|v| format::percent(v.abs())).ok_or_else(missing),
        (Datum::Gdp(r), Some("year")) => Ok(r.year.to_string()),
        (Datum::Prisoner(r), None | Some("number")) => Ok(format::thousands(r.value)),
        (Datum::Release(r), None | Some("number")) => r.number.map(format::thousands).ok_or_else(missing),
        (Datum::Sanction(r), Some(m @ ("package" | "nth"))) => {
            let digits: String = r.eu_package.chars().filter(|c| c.is_ascii_digit()).collect();
            match digits.parse::<u32>() {
                Ok(n) if m == "nth" => Ok(format::ordinal(n)),
                Ok(_) => Ok(digits),
                Err(_) => Err(missing()),
            }
        }
        (Datum::Prisoner(_) | Datum::Release(_) | Datum::Sanction(_) | Datum::Event(_), Some("year")) => {
            // The year is the English label's last word ("21 June 2025", "2011"); other editions
            // end a date with a word ("2025 г.").
            let label = crate::i18n::in_english(|| datum.date_label());
            Ok(label.rsplit(' ').next().unwrap_or_default().to_string())
        }
        _ => Err(format!(
            "modifier {:?} does not apply to {}",
            modifier.unwrap_or(""),
            datum.id()
        )),
    }
}

/// Resolves every `{dataset:id|modifier}` in `template`.
pub fn resolve(model: &Model, template: &str) -> Result<Vec<Segment>, TextError> {
    let mut out = Vec::new();
    let mut rest = template;
    while let Some(open) = rest.find('{') {
        if open > 0 {
            out.push(Segment::Text(rest[..open].to_string()));
        }
        let close = rest[open..]
            .find('}')
            .map(|c| open + c)
            .ok_or_else(|| TextError(format!("unclosed '{{' in {template:?}")))?;
        let inner = &rest[open + 1..close];
        let (reference, modifier) = match inner.split_once('|') {
            Some((r, m)) => (r, Some(m)),
            None => (inner, None),
        };
        let (key, id) = reference
            .split_once(':')
            .ok_or_else(|| TextError(format!("placeholder {{{inner}}} needs dataset:id")))?;
        let dataset =
            DatasetKind::from_key(key).ok_or_else(|| TextError(format!("unknown dataset {key:?} in {{{inner}}}")))?;
        let datum = model
            .datum(dataset, id)
            .ok_or_else(|| TextError(format!("no datum {key}:{id}")))?;
        let text = figure(datum, modifier).map_err(TextError)?;
        rest = &rest[close + 1..];
        // A date that ends in an abbreviation ("2025 г.", "21 d.") ends the sentence too.
        if text.ends_with('.') {
            rest = rest.strip_prefix('.').unwrap_or(rest);
        }
        out.push(Segment::Figure {
            text,
            dataset,
            id: id.to_string(),
        });
    }
    if !rest.is_empty() {
        out.push(Segment::Text(rest.to_string()));
    }
    Ok(out)
}

/// The resolved text as a plain string (for summaries, titles and word counts).
pub fn plain(model: &Model, template: &str) -> Result<String, TextError> {
    Ok(resolve(model, template)?
        .into_iter()
        .map(|s| match s {
            Segment::Text(t) | Segment::Figure { text: t, .. } | Segment::Term { text: t, .. } => t,
        })
        .collect())
}
