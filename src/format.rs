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
/// `v` with `places` decimals, as `format!("{v:.2}")` writes it but without the standard
/// library's exact float formatting, which would add 5 KB to the wasm for a few attributes
/// (halves round away from zero; a negative value that rounds to zero loses its sign).
pub fn fixed(v: f64, places: u32) -> String {
    let scale = 10i64.pow(places);
    let n = (v * scale as f64).round() as i64;
    let sign = if n < 0 { "-" } else { "" };
    let n = n.unsigned_abs();
    let scale = scale.unsigned_abs();
    if places == 0 {
        return format!("{sign}{n}");
    }
    format!("{sign}{}.{:0width$}", n / scale, n % scale, width = places as usize)
}

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
    fn fixed_writes_what_the_standard_formatting_writes() {
        for v in [0.0, 1.0, 12.345, 0.125, -3.5, -0.75, 1234.5678, 99.999, 7.0e-4] {
            for places in [0, 1, 2, 3] {
                let std = format!("{v:.*}", places as usize);
                let ours = fixed(v, places);
                // Halves: std rounds the exact binary value to even, ours away from zero.
                let close = (std.parse::<f64>().unwrap() - ours.parse::<f64>().unwrap()).abs()
                    <= 10f64.powi(-(places as i32)) + 1e-12;
                assert!(
                    close && ours.len().abs_diff(std.len()) <= 1,
                    "{v} to {places}: {ours} vs {std}"
                );
            }
        }
        assert_eq!(fixed(12.345, 1), "12.3");
        assert_eq!(fixed(-3.5, 2), "-3.50");
        assert_eq!(fixed(1234.5678, 0), "1235");
        assert_eq!(fixed(0.05, 2), "0.05");
    }

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
