//! CLDR plural categories (the rules `Intl.PluralRules` applies), for the seven editions.
//! Operands follow CLDR: `i` the integer digits, `v` how many fraction digits are written,
//! `f` the fraction digits as a number; a count is taken as the data writes it (shortest form).

use super::Edition;

/// A CLDR plural category.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Category {
    One,
    Few,
    Many,
    Other,
}

impl Category {
    /// The CLDR keyword, as `Intl.PluralRules.select` returns it and catalogs name forms.
    pub fn keyword(self) -> &'static str {
        match self {
            Category::One => "one",
            Category::Few => "few",
            Category::Many => "many",
            Category::Other => "other",
        }
    }
}

struct Operands {
    /// |n| as a number.
    n: f64,
    i: u64,
    v: usize,
    f: u64,
}

fn operands(value: f64) -> Operands {
    let text = format!("{}", value.abs());
    let (int, frac) = text.split_once('.').unwrap_or((&text, ""));
    Operands {
        n: value.abs(),
        i: int.parse().unwrap_or(u64::MAX),
        v: frac.len(),
        f: frac.parse().unwrap_or(0),
    }
}

/// The category of `value` in `edition`.
pub fn category(edition: Edition, value: f64) -> Category {
    let o = operands(value);
    let (i10, i100) = (o.i % 10, o.i % 100);
    let integer = o.v == 0;
    match edition {
        Edition::En | Edition::De => {
            if o.i == 1 && integer {
                Category::One
            } else {
                Category::Other
            }
        }
        Edition::Ru | Edition::Uk => {
            if !integer {
                Category::Other
            } else if i10 == 1 && i100 != 11 {
                Category::One
            } else if (2..=4).contains(&i10) && !(12..=14).contains(&i100) {
                Category::Few
            } else {
                Category::Many
            }
        }
        // Belarusian and Lithuanian test `n` itself: 1.5 is neither 1 nor 2 modulo 10.
        Edition::Be => {
            if o.n.fract() != 0.0 {
                Category::Other
            } else if i10 == 1 && i100 != 11 {
                Category::One
            } else if (2..=4).contains(&i10) && !(12..=14).contains(&i100) {
                Category::Few
            } else {
                Category::Many
            }
        }
        Edition::Pl => {
            if !integer {
                Category::Other
            } else if o.i == 1 {
                Category::One
            } else if (2..=4).contains(&i10) && !(12..=14).contains(&i100) {
                Category::Few
            } else {
                Category::Many
            }
        }
        Edition::Lt => {
            if o.f != 0 {
                Category::Many
            } else if i10 == 1 && !(11..=19).contains(&i100) {
                Category::One
            } else if (2..=9).contains(&i10) && !(11..=19).contains(&i100) {
                Category::Few
            } else {
                Category::Other
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The cases, with what Intl.PluralRules (ICU, Node and Chromium) returns for them.
    const CASES: [f64; 12] = [0.0, 1.0, 2.0, 4.0, 5.0, 11.0, 12.0, 21.0, 22.0, 25.0, 101.0, 1.5];

    fn row(e: Edition) -> Vec<&'static str> {
        CASES.iter().map(|n| category(e, *n).keyword()).collect()
    }

    #[test]
    fn categories_match_intl() {
        let slavic_east = [
            "many", "one", "few", "few", "many", "many", "many", "one", "few", "many", "one", "other",
        ];
        assert_eq!(row(Edition::Ru), slavic_east);
        assert_eq!(row(Edition::Uk), slavic_east);
        assert_eq!(row(Edition::Be), slavic_east);
        assert_eq!(
            row(Edition::Pl),
            ["many", "one", "few", "few", "many", "many", "many", "many", "few", "many", "many", "other"]
        );
        assert_eq!(
            row(Edition::Lt),
            ["other", "one", "few", "few", "few", "other", "other", "one", "few", "few", "one", "many"]
        );
        let germanic = [
            "other", "one", "other", "other", "other", "other", "other", "other", "other", "other", "other", "other",
        ];
        assert_eq!(row(Edition::En), germanic);
        assert_eq!(row(Edition::De), germanic);
    }
}
