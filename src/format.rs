//! Number and text formatting shared by prose, charts and tooltips. Formatting never rounds:
//! values print as the data gives them (shortest exact form), with typographic minus signs.

/// Text made safe inside HTML text and double-quoted attributes.
pub fn escape_html(text: &str) -> String {
    text.replace('&', "&amp;")
        .replace('"', "&quot;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
}

// Numbers, lists and ordinals follow the page's edition (`i18n::locale`); these wrappers keep
// one short name for each at the call sites.
use crate::i18n::{self, locale};

/// "a", "a and b", "a, b and c".
pub fn and_list(items: &[String]) -> String {
    locale::and_list(i18n::current(), items)
}

/// "1st", "2nd", "3rd", "11th", "18th", "21st".
pub fn ordinal(n: u32) -> String {
    locale::ordinal(i18n::current(), n)
}

/// "1,164".
pub fn thousands(n: u32) -> String {
    locale::integer(i18n::current(), n.into())
}

/// A number as written in the data (`-4.66` → "−4.66", `10.0` → "10").
pub fn number(v: f64) -> String {
    locale::number(i18n::current(), v)
}

/// "−4.66%".
pub fn percent(v: f64) -> String {
    locale::percent(i18n::current(), v)
}

/// "0.8–2.3%".
pub fn percent_range(lo: f64, hi: f64) -> String {
    locale::percent_range(i18n::current(), lo, hi)
}

/// Capitalises the first letter: "political prisoners held" → "Political prisoners held".
pub fn sentence_case(text: &str) -> String {
    let mut chars = text.chars();
    match chars.next() {
        Some(first) => first.to_uppercase().chain(chars).collect(),
        None => String::new(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn thousands_separates_groups() {
        assert_eq!(thousands(7), "7");
        assert_eq!(thousands(1164), "1,164");
        assert_eq!(thousands(33000), "33,000");
        assert_eq!(thousands(1234567), "1,234,567");
    }

    #[test]
    fn numbers_print_exactly_with_real_minus() {
        assert_eq!(number(-4.66), "\u{2212}4.66");
        assert_eq!(number(10.0), "10");
        assert_eq!(number(2.304), "2.304");
        assert_eq!(percent_range(0.8, 2.3), "0.8\u{2013}2.3%");
    }
}
