//! Numbers, dates and lists as each edition writes them: the CLDR patterns `Intl` applies
//! (checked against Node's full ICU by `tests/intl.rs`), as tables, so the prerender and the app
//! give the same strings (hydration cannot drift) and Belarusian works in browsers whose ICU
//! lacks it (Debian's Chromium formats `be` as English).
//!
//! English keeps the explainer's own house style (British dates and lists, a true minus sign).
//! Formatting never rounds: a value prints with exactly the digits the data gives.

use super::Edition;

const NBSP: char = '\u{a0}';
const MINUS: char = '\u{2212}';

struct Rules {
    decimal: char,
    group: char,
    /// Group the integer digits only from this many digits on (Polish and Belarusian: 5).
    group_from: usize,
    minus: char,
    /// What follows a percentage: "%" or a no-break space and "%".
    percent: &'static str,
    /// Whether a range shares one percent sign ("0,8–2,3 %") or repeats it ("0,8% – 2,3%").
    range_shares_percent: bool,
    and: &'static str,
}

fn rules(e: Edition) -> Rules {
    let base = Rules {
        decimal: ',',
        group: NBSP,
        group_from: 4,
        minus: '-',
        percent: "\u{a0}%",
        range_shares_percent: true,
        and: "",
    };
    match e {
        Edition::En => Rules {
            decimal: '.',
            group: ',',
            minus: MINUS,
            percent: "%",
            and: "and",
            ..base
        },
        Edition::Ru => Rules { and: "и", ..base },
        Edition::Be => Rules {
            group_from: 5,
            and: "і",
            ..base
        },
        Edition::Uk => Rules {
            percent: "%",
            range_shares_percent: false,
            and: "і",
            ..base
        },
        Edition::Pl => Rules {
            group_from: 5,
            percent: "%",
            range_shares_percent: false,
            and: "i",
            ..base
        },
        Edition::Lt => Rules {
            minus: MINUS,
            and: "ir",
            ..base
        },
        Edition::De => Rules {
            group: '.',
            and: "und",
            ..base
        },
    }
}

fn group_digits(digits: &str, r: &Rules) -> String {
    if digits.len() < r.group_from {
        return digits.to_string();
    }
    let mut out = String::with_capacity(digits.len() + digits.len() / 3 * 2);
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push(r.group);
        }
        out.push(c);
    }
    out
}

/// A count with the edition's grouping: "1,164", "1 164", "1.164", "1164" (Polish).
pub fn integer(e: Edition, n: u64) -> String {
    group_digits(&n.to_string(), &rules(e))
}

/// A number exactly as the data writes it, in the edition's digits: −4.66 → "−4.66", "-4,66".
/// Integer digits are not grouped (the data's values are small; counts use [`integer`]).
pub fn number(e: Edition, v: f64) -> String {
    let r = rules(e);
    let text = format!("{}", v.abs());
    let body = text.replace('.', &r.decimal.to_string());
    if v < 0.0 {
        format!("{}{body}", r.minus)
    } else {
        body
    }
}

/// A percentage: "−4.66%", "-4,66 %", "-4,66%".
pub fn percent(e: Edition, v: f64) -> String {
    format!("{}{}", number(e, v), rules(e).percent)
}

/// A range of percentages: "0.8–2.3%", "0,8–2,3 %", "0,8% – 2,3%".
pub fn percent_range(e: Edition, lo: f64, hi: f64) -> String {
    let r = rules(e);
    if e == Edition::En || (r.range_shares_percent && (lo < 0.0) == (hi < 0.0)) {
        format!("{}\u{2013}{}{}", number(e, lo), number(e, hi), r.percent)
    } else {
        format!("{} \u{2013} {}", percent(e, lo), percent(e, hi))
    }
}

/// "a", "a and b", "a, b and c" (no serial comma in any edition).
pub fn and_list(e: Edition, items: &[String]) -> String {
    match items {
        [] => String::new(),
        [one] => one.clone(),
        [init @ .., last] => format!("{} {} {last}", init.join(", "), rules(e).and),
    }
}

/// Month names as they follow a day number ("19 марта"): the genitive where the language has one.
fn months_in_date(e: Edition) -> [&'static str; 12] {
    match e {
        Edition::En => [
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
        ],
        Edition::Ru => [
            "января",
            "февраля",
            "марта",
            "апреля",
            "мая",
            "июня",
            "июля",
            "августа",
            "сентября",
            "октября",
            "ноября",
            "декабря",
        ],
        Edition::Be => [
            "студзеня",
            "лютага",
            "сакавіка",
            "красавіка",
            "мая",
            "чэрвеня",
            "ліпеня",
            "жніўня",
            "верасня",
            "кастрычніка",
            "лістапада",
            "снежня",
        ],
        Edition::Uk => [
            "січня",
            "лютого",
            "березня",
            "квітня",
            "травня",
            "червня",
            "липня",
            "серпня",
            "вересня",
            "жовтня",
            "листопада",
            "грудня",
        ],
        Edition::Pl => [
            "stycznia",
            "lutego",
            "marca",
            "kwietnia",
            "maja",
            "czerwca",
            "lipca",
            "sierpnia",
            "września",
            "października",
            "listopada",
            "grudnia",
        ],
        Edition::Lt => [
            "sausio",
            "vasario",
            "kovo",
            "balandžio",
            "gegužės",
            "birželio",
            "liepos",
            "rugpjūčio",
            "rugsėjo",
            "spalio",
            "lapkričio",
            "gruodžio",
        ],
        Edition::De => [
            "Januar",
            "Februar",
            "März",
            "April",
            "Mai",
            "Juni",
            "Juli",
            "August",
            "September",
            "Oktober",
            "November",
            "Dezember",
        ],
    }
}

/// Month names standing alone ("март 2026 г."): the nominative.
fn months_alone(e: Edition) -> [&'static str; 12] {
    match e {
        Edition::Ru => [
            "январь",
            "февраль",
            "март",
            "апрель",
            "май",
            "июнь",
            "июль",
            "август",
            "сентябрь",
            "октябрь",
            "ноябрь",
            "декабрь",
        ],
        Edition::Be => [
            "студзень",
            "люты",
            "сакавік",
            "красавік",
            "май",
            "чэрвень",
            "ліпень",
            "жнівень",
            "верасень",
            "кастрычнік",
            "лістапад",
            "снежань",
        ],
        Edition::Uk => [
            "січень",
            "лютий",
            "березень",
            "квітень",
            "травень",
            "червень",
            "липень",
            "серпень",
            "вересень",
            "жовтень",
            "листопад",
            "грудень",
        ],
        Edition::Pl => [
            "styczeń",
            "luty",
            "marzec",
            "kwiecień",
            "maj",
            "czerwiec",
            "lipiec",
            "sierpień",
            "wrzesień",
            "październik",
            "listopad",
            "grudzień",
        ],
        Edition::Lt => [
            "sausis",
            "vasaris",
            "kovas",
            "balandis",
            "gegužė",
            "birželis",
            "liepa",
            "rugpjūtis",
            "rugsėjis",
            "spalis",
            "lapkritis",
            "gruodis",
        ],
        other => months_in_date(other),
    }
}

/// Short month names for a time axis.
pub fn month_short(e: Edition, month: u32) -> &'static str {
    let names: [&str; 12] = match e {
        Edition::En => [
            "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec",
        ],
        Edition::Ru => [
            "янв.",
            "февр.",
            "март",
            "апр.",
            "май",
            "июнь",
            "июль",
            "авг.",
            "сент.",
            "окт.",
            "нояб.",
            "дек.",
        ],
        Edition::Be => [
            "сту", "лют", "сак", "кра", "май", "чэр", "ліп", "жні", "вер", "кас", "ліс", "сне",
        ],
        Edition::Uk => [
            "січ.",
            "лют.",
            "бер.",
            "квіт.",
            "трав.",
            "черв.",
            "лип.",
            "серп.",
            "вер.",
            "жовт.",
            "лист.",
            "груд.",
        ],
        Edition::Pl => [
            "sty", "lut", "mar", "kwi", "maj", "cze", "lip", "sie", "wrz", "paź", "lis", "gru",
        ],
        // ICU's short Lithuanian months are digits ("03"); an axis reads better with CLDR's
        // abbreviated standalone names.
        Edition::Lt => [
            "saus.", "vas.", "kov.", "bal.", "geg.", "birž.", "liep.", "rugp.", "rugs.", "spal.", "lapkr.", "gruod.",
        ],
        Edition::De => [
            "Jan", "Feb", "Mär", "Apr", "Mai", "Jun", "Jul", "Aug", "Sep", "Okt", "Nov", "Dez",
        ],
    };
    names[(month.clamp(1, 12) - 1) as usize]
}

/// A day: "19 March 2026", "19 марта 2026 г.", "2026 m. kovo 19 d.", "19. März 2026".
pub fn date(e: Edition, year: i32, month: u32, day: u32) -> String {
    let m = months_in_date(e)[(month.clamp(1, 12) - 1) as usize];
    match e {
        Edition::En | Edition::Pl => format!("{day} {m} {year}"),
        Edition::Ru | Edition::Be => format!("{day} {m} {year} г."),
        Edition::Uk => format!("{day} {m} {year} р."),
        Edition::Lt => format!("{year} m. {m} {day} d."),
        Edition::De => format!("{day}. {m} {year}"),
    }
}

/// A month: "March 2026", "март 2026 г.", "сакавік 2026", "2026 m. kovas".
pub fn month_year(e: Edition, year: i32, month: u32) -> String {
    let m = months_alone(e)[(month.clamp(1, 12) - 1) as usize];
    match e {
        Edition::Ru => format!("{m} {year} г."),
        Edition::Uk => format!("{m} {year} р."),
        Edition::Lt => format!("{year} m. {m}"),
        _ => format!("{m} {year}"),
    }
}

/// An ordinal in figures: "18th", "18-й", "18-ы", "18.", "18-asis".
pub fn ordinal(e: Edition, n: u32) -> String {
    match e {
        Edition::En => {
            let suffix = match (n % 10, n % 100) {
                (_, 11..=13) => "th",
                (1, _) => "st",
                (2, _) => "nd",
                (3, _) => "rd",
                _ => "th",
            };
            format!("{n}{suffix}")
        }
        Edition::Ru | Edition::Uk => format!("{n}-й"),
        // Belarusian: -ы after a hard ending, -і after 2, 3, 6, 7, 8 ("2-і", "3-і").
        Edition::Be => match n % 10 {
            2 | 3 | 6 | 7 | 8 => format!("{n}-і"),
            _ => format!("{n}-ы"),
        },
        Edition::Pl | Edition::De => format!("{n}."),
        Edition::Lt => format!("{n}-asis"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn english_keeps_the_house_style() {
        let e = Edition::En;
        assert_eq!(integer(e, 1164), "1,164");
        assert_eq!(integer(e, 1234567), "1,234,567");
        assert_eq!(number(e, -4.66), "\u{2212}4.66");
        assert_eq!(number(e, 10.0), "10");
        assert_eq!(percent_range(e, 0.8, 2.3), "0.8\u{2013}2.3%");
        assert_eq!(date(e, 2026, 3, 19), "19 March 2026");
        assert_eq!(month_year(e, 2026, 3), "March 2026");
        assert_eq!(and_list(e, &["a".into(), "b".into(), "c".into()]), "a, b and c");
        assert_eq!(ordinal(e, 18), "18th");
        assert_eq!(ordinal(e, 21), "21st");
    }

    #[test]
    fn the_issue_examples() {
        assert_eq!(date(Edition::Be, 2026, 3, 19), "19 сакавіка 2026 г.");
        assert_eq!(number(Edition::Ru, 2.304), "2,304");
        assert_eq!(integer(Edition::Pl, 1164), "1164");
        assert_eq!(integer(Edition::Pl, 12345), "12\u{a0}345");
        assert_eq!(integer(Edition::De, 1164), "1.164");
        assert_eq!(date(Edition::Lt, 2026, 3, 19), "2026 m. kovo 19 d.");
    }
}
