//! Dates as the data states them: a span from start to end (a day, a month, a year or a period),
//! with the original wording kept for display.

use serde::{Deserialize, Deserializer, Serialize, Serializer};
use std::fmt;

/// A calendar day. Parsed from `YYYY-MM-DD`; only real dates are accepted.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Day {
    pub year: i32,
    pub month: u32,
    pub day: u32,
}

/// Month names, January first.
pub const MONTHS: [&str; 12] = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];

fn days_in_month(year: i32, month: u32) -> u32 {
    match month {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        _ if (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 => 29,
        _ => 28,
    }
}

impl Day {
    /// Parses `YYYY-MM-DD`; `None` for anything else, including impossible days.
    pub fn parse(text: &str) -> Option<Day> {
        let mut parts = text.split('-');
        let (y, m, d) = (parts.next()?, parts.next()?, parts.next()?);
        if parts.next().is_some() || y.len() != 4 || m.len() != 2 || d.len() != 2 {
            return None;
        }
        let day = Day {
            year: y.parse().ok()?,
            month: m.parse().ok()?,
            day: d.parse().ok()?,
        };
        let valid = (1..=12).contains(&day.month) && day.day >= 1 && day.day <= days_in_month(day.year, day.month);
        valid.then_some(day)
    }

    /// Position on a continuous time axis: the year plus the fraction of it elapsed at noon.
    pub fn year_fraction(self) -> f64 {
        let leap = days_in_month(self.year, 2) == 29;
        let before: u32 = (1..self.month).map(|m| days_in_month(self.year, m)).sum();
        let len = if leap { 366.0 } else { 365.0 };
        self.year as f64 + (before as f64 + self.day as f64 - 0.5) / len
    }

    /// "21 June 2025".
    pub fn long(self) -> String {
        crate::i18n::locale::date(crate::i18n::current(), self.year, self.month, self.day)
    }

    /// "June 2025".
    pub fn month_year(self) -> String {
        crate::i18n::locale::month_year(crate::i18n::current(), self.year, self.month)
    }
}

impl fmt::Display for Day {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:04}-{:02}-{:02}", self.year, self.month, self.day)
    }
}

impl Serialize for Day {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_str(self)
    }
}

impl<'de> Deserialize<'de> for Day {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let text = String::deserialize(d)?;
        Day::parse(&text).ok_or_else(|| serde::de::Error::custom(format!("not a date: {text:?}")))
    }
}

/// When something happened, as precisely as the source says.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct DateSpan {
    /// The source's own wording, e.g. "2008 (early)".
    pub text: String,
    pub start: Day,
    pub end: Day,
    /// For claims that name several separate years ("2011; 2013; 2025").
    #[serde(default)]
    pub years: Option<Vec<i32>>,
}

impl DateSpan {
    /// True when what it dates came after `publication`: it starts after that day. The one rule
    /// for every dated row (tables, downloads and charts alike); a GDP figure is after the article
    /// when its source's vintage is (`GdpRow::after_article`, from the data pipeline).
    pub fn is_after(&self, publication: Day) -> bool {
        self.start > publication
    }

    /// True when the span is one day.
    pub fn is_day(&self) -> bool {
        self.start == self.end
    }

    /// Where a point mark goes on a time axis: the middle of the span.
    pub fn mid(&self) -> f64 {
        (self.start.year_fraction() + self.end.year_fraction()) / 2.0
    }

    /// Human wording: "21 June 2025", "June 2025", "2011", or the source's text for periods.
    pub fn label(&self) -> String {
        let (s, e) = (self.start, self.end);
        if self.is_day() {
            return s.long();
        }
        let whole_month =
            s.day == 1 && e.year == s.year && e.month == s.month && e.day == days_in_month(e.year, e.month);
        if whole_month {
            return s.month_year();
        }
        let whole_year = s.month == 1 && s.day == 1 && e.year == s.year && e.month == 12 && e.day == 31;
        if whole_year && self.text.trim() == s.year.to_string() {
            return s.year.to_string();
        }
        self.text.clone()
    }
}
