//! A datum of any dataset, borrowed, and which dataset it belongs to: what charts, tables,
//! source cards and tooltips handle without caring which file a row came from.

use super::{Day, EventRow, GdpRow, PrisonerRow, ReleaseRow, SanctionCategory, SanctionRow, Source};
use crate::format;
use crate::i18n::{tr, trf, trn};

/// Which file a datum lives in.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum DatasetKind {
    Gdp,
    Prisoners,
    Releases,
    Sanctions,
    Events,
}

impl DatasetKind {
    /// The key used in placeholders and file names.
    pub fn key(self) -> &'static str {
        match self {
            DatasetKind::Gdp => "gdp",
            DatasetKind::Prisoners => "prisoners",
            DatasetKind::Releases => "releases",
            DatasetKind::Sanctions => "sanctions",
            DatasetKind::Events => "events",
        }
    }

    /// The inverse of [`DatasetKind::key`].
    pub fn from_key(key: &str) -> Option<Self> {
        [
            Self::Gdp,
            Self::Prisoners,
            Self::Releases,
            Self::Sanctions,
            Self::Events,
        ]
        .into_iter()
        .find(|k| k.key() == key)
    }
}

/// A borrowed row of any dataset.
#[derive(Debug, Clone, Copy)]
pub enum Datum<'a> {
    Gdp(&'a GdpRow),
    Prisoner(&'a PrisonerRow),
    Release(&'a ReleaseRow),
    Sanction(&'a SanctionRow),
    Event(&'a EventRow),
}

impl<'a> Datum<'a> {
    /// The dataset it belongs to.
    pub fn kind(&self) -> DatasetKind {
        match self {
            Datum::Gdp(_) => DatasetKind::Gdp,
            Datum::Prisoner(_) => DatasetKind::Prisoners,
            Datum::Release(_) => DatasetKind::Releases,
            Datum::Sanction(_) => DatasetKind::Sanctions,
            Datum::Event(_) => DatasetKind::Events,
        }
    }

    pub fn id(&self) -> &'a str {
        match self {
            Datum::Gdp(r) => &r.id,
            Datum::Prisoner(r) => &r.id,
            Datum::Release(r) => &r.id,
            Datum::Sanction(r) => &r.id,
            Datum::Event(r) => &r.id,
        }
    }

    pub fn source(&self) -> &'a Source {
        match self {
            Datum::Gdp(r) => &r.source,
            Datum::Prisoner(r) => &r.source,
            Datum::Release(r) => &r.source,
            Datum::Sanction(r) => &r.source,
            Datum::Event(r) => &r.source,
        }
    }

    /// When, in words.
    pub fn date_label(&self) -> String {
        match self {
            Datum::Gdp(r) => r.year.to_string(),
            Datum::Prisoner(r) => r.date.label(),
            Datum::Release(r) => r.date.label(),
            Datum::Sanction(r) => r.date.label(),
            Datum::Event(r) => r.date.label(),
        }
    }

    /// The day it starts (dated rows; a GDP figure has a year only).
    pub fn start_day(&self) -> Option<Day> {
        match self {
            Datum::Gdp(_) => None,
            Datum::Prisoner(r) => Some(r.date.start),
            Datum::Release(r) => Some(r.date.start),
            Datum::Sanction(r) => Some(r.date.start),
            Datum::Event(r) => Some(r.date.start),
        }
    }

    /// Where it starts on a time axis, in years (a GDP figure: its year).
    pub fn start_year(&self) -> f64 {
        match self {
            Datum::Gdp(r) => r.year as f64,
            _ => self.start_day().map_or(0.0, Day::year_fraction),
        }
    }

    /// The years it spans on a time axis, start and end (a GDP figure: its whole year).
    pub fn year_span(&self) -> (f64, f64) {
        let span = match self {
            Datum::Gdp(r) => return (r.year as f64, r.year as f64 + 1.0),
            Datum::Prisoner(r) => &r.date,
            Datum::Release(r) => &r.date,
            Datum::Sanction(r) => &r.date,
            Datum::Event(r) => &r.date,
        };
        (span.start.year_fraction(), span.end.year_fraction())
    }

    /// True when the datum came out after the article was published.
    pub fn is_after(&self, publication: Day) -> bool {
        match self {
            Datum::Gdp(r) => r.after_article,
            Datum::Prisoner(r) => r.date.is_after(publication),
            Datum::Release(r) => r.date.is_after(publication),
            Datum::Sanction(r) => r.date.is_after(publication),
            Datum::Event(r) => r.date.is_after(publication),
        }
    }

    /// What it is, in a line.
    pub fn title(&self) -> String {
        match self {
            Datum::Gdp(r) => trf(
                "GDP growth ({series}, {measure})",
                &[("series", tr(&r.series_label)), ("measure", tr(&r.measure))],
            ),
            Datum::Prisoner(r) => format::sentence_case(tr(&r.metric_label)),
            Datum::Release(r) => tr(&r.event).to_string(),
            Datum::Sanction(r) => format!("{}: {}", tr(&r.actor), tr(&r.measure)),
            Datum::Event(r) => tr(&r.event).to_string(),
        }
    }

    /// The data's own words a reader sees for it (in its title, value and table row): each is
    /// shown through the edition's catalog, so `tests/editions.rs` asks every edition for them,
    /// with whether it is a count's wording (plural forms). Names of sources, verbatim quotes and
    /// researchers' notes stay as published.
    pub fn words(&self) -> Vec<(String, bool)> {
        let text = |s: &str| (s.to_string(), false);
        match self {
            Datum::Gdp(r) => vec![text(&r.series_label), text(&r.measure), text(&r.unit)],
            Datum::Prisoner(r) => vec![text(&r.metric_label), text(&r.unit), (unit_key(&r.unit), true)],
            Datum::Release(r) => {
                let mut w = vec![text(&r.event)];
                if r.number.is_none() && r.number_text.chars().any(char::is_alphabetic) {
                    w.push(text(&r.number_text));
                }
                w
            }
            Datum::Sanction(r) => vec![text(&r.actor), text(&r.measure), text(&r.action)],
            Datum::Event(r) => vec![text(&r.event), text(&r.category)],
        }
    }

    /// The amount it measures, where it has one that orders (people held, growth, people
    /// freed): what the chart's summaries and its sound compare.
    pub fn amount(&self) -> Option<f64> {
        match self {
            Datum::Prisoner(r) => Some(r.value as f64),
            Datum::Gdp(r) => r.value,
            Datum::Release(r) => r.number.map(f64::from),
            Datum::Sanction(_) | Datum::Event(_) => None,
        }
    }

    /// The value as a reader sees it, with its unit.
    pub fn value_label(&self) -> String {
        match self {
            Datum::Gdp(r) => match (r.value, r.low, r.high) {
                (Some(v), _, _) => format::percent(v),
                (None, Some(lo), Some(hi)) => format::percent_range(lo, hi),
                _ => String::new(),
            },
            Datum::Prisoner(r) => {
                let key = unit_key(&r.unit);
                trn(&key, &key, r.value as f64, &format::thousands(r.value))
            }
            Datum::Release(r) => match r.number {
                Some(n) => trn("{n} released", "{n} released", n.into(), &format::thousands(n)),
                None => tr(&r.number_text).to_string(),
            },
            Datum::Sanction(r) => SanctionCategory::label(r.category).to_string(),
            Datum::Event(r) => format::sentence_case(tr(&r.category)),
        }
    }
}

/// A count with the data's unit, as a key with the count's place: "{n} persons (at least)".
pub fn unit_key(unit: &str) -> String {
    format!("{{n}} {unit}")
}
