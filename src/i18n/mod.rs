//! Editions: the story in English (canonical) and in the languages of its readers.
//!
//! The edition is a fact of the page load, like the document's language: set once before the
//! first render (by the address in the browser, per page by the prerender), read by the
//! formatting of numbers, dates and lists (`locale`) and by every translated string (`tr`). It
//! lives in a thread-local so the pure core needs no context passed through every call.

pub mod catalog;
pub mod locale;
pub mod plural;

use std::cell::Cell;

pub use catalog::Catalog;

/// A language edition. English is canonical; the others are translated by the team.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub enum Edition {
    #[default]
    En,
    Ru,
    Be,
    Uk,
    Pl,
    Lt,
    De,
}

impl Edition {
    /// Every edition, English first, then in the order the language switch lists them.
    pub const ALL: [Edition; 7] = [
        Edition::En,
        Edition::Be,
        Edition::Ru,
        Edition::Uk,
        Edition::Pl,
        Edition::Lt,
        Edition::De,
    ];

    /// The BCP 47 code (`<html lang>`, `hreflang`, `?lang=`, the `/ru/` folder).
    pub fn code(self) -> &'static str {
        match self {
            Edition::En => "en",
            Edition::Ru => "ru",
            Edition::Be => "be",
            Edition::Uk => "uk",
            Edition::Pl => "pl",
            Edition::Lt => "lt",
            Edition::De => "de",
        }
    }

    /// The language's name in itself, for the switch.
    pub fn native_name(self) -> &'static str {
        match self {
            Edition::En => "English",
            Edition::Ru => "Русский",
            Edition::Be => "Беларуская",
            Edition::Uk => "Українська",
            Edition::Pl => "Polski",
            Edition::Lt => "Lietuvių",
            Edition::De => "Deutsch",
        }
    }

    /// An invitation to read this edition, in its own language (the browser's suggestion).
    pub fn invitation(self) -> &'static str {
        match self {
            Edition::En => "Read in English",
            Edition::Ru => "Читать по-русски",
            Edition::Be => "Чытаць па-беларуску",
            Edition::Uk => "Читати українською",
            Edition::Pl => "Czytaj po polsku",
            Edition::Lt => "Skaityti lietuviškai",
            Edition::De => "Auf Deutsch lesen",
        }
    }

    /// An edition from a code as readers and browsers write it: `ru`, `RU`, `ru-RU`, `be_BY`.
    /// Anything else is `None` (the caller keeps English).
    pub fn from_code(code: &str) -> Option<Edition> {
        let primary = code.trim().split(['-', '_']).next()?.to_ascii_lowercase();
        Edition::ALL.into_iter().find(|e| e.code() == primary)
    }

    /// The folder of this edition's prerendered page, relative to the site root (`""` for English).
    pub fn folder(self) -> &'static str {
        match self {
            Edition::En => "",
            other => other.code(),
        }
    }
}

/// An edition's catalog as translators write it (`content/i18n/<code>.json`), for the host: the
/// prerender writes each edition's page and the compact catalog the app fetches from it.
#[cfg(not(target_arch = "wasm32"))]
pub fn bundled_json(edition: Edition) -> Option<&'static str> {
    match edition {
        Edition::En => None,
        Edition::Ru => Some(include_str!("../../content/i18n/ru.json")),
        Edition::Be => Some(include_str!("../../content/i18n/be.json")),
        Edition::Uk => Some(include_str!("../../content/i18n/uk.json")),
        Edition::Pl => Some(include_str!("../../content/i18n/pl.json")),
        Edition::Lt => Some(include_str!("../../content/i18n/lt.json")),
        Edition::De => Some(include_str!("../../content/i18n/de.json")),
    }
}

/// An edition's catalog, parsed (host only; see [`bundled_json`]).
#[cfg(not(target_arch = "wasm32"))]
pub fn bundled(edition: Edition) -> Option<Result<Catalog, String>> {
    bundled_json(edition).map(|json| Catalog::from_json(edition, json))
}

thread_local! {
    static CURRENT: Cell<Edition> = const { Cell::new(Edition::En) };
    /// Leaked on purpose: a page loads its catalog once (and its detail part once), and `tr`
    /// can then hand out `&'static str`, which views take without allocating.
    static CATALOG: Cell<Option<&'static Catalog>> = const { Cell::new(None) };
    static ROOT: Cell<&'static str> = const { Cell::new("") };
}

#[cfg(not(target_arch = "wasm32"))]
thread_local! {
    static SEEN: std::cell::RefCell<Option<std::collections::HashSet<u32>>> = const { std::cell::RefCell::new(None) };
}

/// Host only: starts noting every key `tr`, `trf` and `trn` are asked for (the prerender uses it
/// to put what the first view shows in an edition's first file).
#[cfg(not(target_arch = "wasm32"))]
pub fn record() {
    SEEN.with(|s| *s.borrow_mut() = Some(Default::default()));
}

/// Host only: the keys asked for since [`record`], and stops noting them.
#[cfg(not(target_arch = "wasm32"))]
pub fn recorded() -> std::collections::HashSet<u32> {
    SEEN.with(|s| s.borrow_mut().take()).unwrap_or_default()
}

fn note(_english: &str) {
    #[cfg(not(target_arch = "wasm32"))]
    SEEN.with(|s| {
        if let Some(seen) = s.borrow_mut().as_mut() {
            seen.insert(catalog::key(_english));
        }
    });
}

/// The path from this page to the site's root: `""` for the root page, `"../"` for an edition's
/// page in its folder (`/ru/`). Relative, so the site works from any host and path (mirrors).
pub fn root() -> &'static str {
    ROOT.with(|r| r.get())
}

pub fn set_root(root: &'static str) {
    ROOT.with(|r| r.set(root));
}

/// A file of the site (`data/detail.bin`) as this page must ask for it.
pub fn at_root(path: &str) -> String {
    format!("{}{path}", root())
}

/// Where an edition's catalog is, from the site's root: what the first view shows, and (with
/// `detail`) what comes with the sources' detail (definitions, source quotes, the map's names).
pub fn catalog_path(edition: Edition, detail: bool) -> String {
    let part = if detail { "-detail" } else { "" };
    format!("data/lang/{}{part}.bin", edition.code())
}

/// Adds messages to the current catalog (the part that comes with the sources' detail).
pub fn extend(more: Catalog) {
    if let Some(current) = catalog() {
        let mut merged = current.clone();
        merged.merge(more);
        CATALOG.with(|c| c.set(Some(Box::leak(Box::new(merged)))));
    }
}

/// The edition this page is in.
pub fn current() -> Edition {
    CURRENT.with(|c| c.get())
}

/// Switches the page to `edition` with its catalog (`None` for English). Call before rendering.
pub fn set(edition: Edition, catalog: Option<Catalog>) {
    CURRENT.with(|c| c.set(edition));
    let leaked: Option<&'static Catalog> = catalog.map(|c| &*Box::leak(Box::new(c)));
    CATALOG.with(|c| c.set(leaked));
}

/// Runs `f` with English formatting, then puts the edition back (for values read out of a
/// formatted label, such as a date's year).
pub fn in_english<T>(f: impl FnOnce() -> T) -> T {
    let was = CURRENT.with(|c| c.replace(Edition::En));
    let out = f();
    CURRENT.with(|c| c.set(was));
    out
}

/// The current catalog, if the edition has one.
pub fn catalog() -> Option<&'static Catalog> {
    CATALOG.with(|c| c.get())
}

/// `english` in the current edition: its translation, or the English itself when the edition
/// is English or the catalog lacks it (the completeness test keeps that from shipping).
pub fn tr(english: &str) -> &str {
    note(english);
    catalog().and_then(|cat| cat.text(english)).unwrap_or(english)
}

/// An English text kept in a constant and translated where it is used (`tr(CONST)`): marked so,
/// the completeness test (`tests/editions.rs`) reads its text as it reads a `tr` call's.
pub const fn msg(english: &'static str) -> &'static str {
    english
}

/// `tr` with `{name}` placeholders filled: `trf("Step {n} of {total}", &[("n", "3"), ...])`.
pub fn trf(english: &str, args: &[(&str, &str)]) -> String {
    fill(tr(english), args)
}

/// The language a verbatim quote is in, as its letters and first word tell (the data's quotes
/// are English, Russian, German, Spanish or Italian; a Belarusian or Ukrainian letter names
/// those): `lang`'s code. Letters and one word only: word lists cost the wasm.
pub fn language_of(quote: &str) -> &'static str {
    let has = |letters: &str| quote.chars().any(|c| letters.contains(c));
    let first = quote.split(' ').next().unwrap_or_default();
    if quote.chars().any(|c| ('\u{0400}'..='\u{04ff}').contains(&c)) {
        // Ukrainian writes і too: its own letters first.
        if has("їєґЇЄҐ") {
            "uk"
        } else if has("іўІЎ") {
            "be"
        } else {
            "ru"
        }
    } else if has("äöüß") || matches!(first, "Die" | "Der" | "Das" | "Den") {
        "de"
    } else if has("áíóúñ") || matches!(first, "El" | "Los" | "Las") {
        "es"
    } else if first == "Il" {
        "it"
    } else {
        "en"
    }
}

/// Whether a quote is a data record as published (an IMF API record, `year=2022, value=-4.5`; a
/// row of a World Bank CSV, `Belarus,BLR,2015,-3.8`) rather than words: shown as it is, with no
/// translation (host only: the completeness test asks none for it, so no catalog has one).
#[cfg(not(target_arch = "wasm32"))]
pub fn is_record(quote: &str) -> bool {
    quote
        .as_bytes()
        .windows(2)
        .any(|w| (w[0] == b'=' && w[1] != b' ') || (w[0] == b',' && w[1].is_ascii_alphabetic()))
}

/// The team's translation of a verbatim source quote into this page's language (from the
/// catalog's `quotes`, which come with the sources' detail); none in English or before the
/// detail is in. A catalog has none for a quote already in its language, nor for a data record
/// (`tests/editions.rs` asks for neither).
pub fn quote_translation(quote: &str) -> Option<&'static str> {
    catalog().and_then(|cat| cat.text(quote))
}

/// The team's translation of a verbatim quote, marked as ours, to follow the quote (the story's,
/// the article's standfirst, the sources').
pub fn translation_html(translation: &str) -> String {
    use crate::format::escape_html as esc;
    format!(
        "<p class=\"quote-translation\"><span>{}</span> {}</p>",
        esc(tr("Our translation:")),
        esc(translation)
    )
}

/// A count's wording: English picks `one` or `other`; an edition picks its catalog's form for
/// the count's plural category (keyed by the English `other`). `{n}` becomes `n_text`, the count
/// as the page writes it.
pub fn trn(one: &str, other: &str, n: f64, n_text: &str) -> String {
    let english = if plural::category(Edition::En, n) == plural::Category::One {
        one
    } else {
        other
    };
    note(other);
    let form = catalog().and_then(|cat| cat.plural(other, n));
    fill(form.unwrap_or(english), &[("n", n_text)])
}

/// A translated sentence cut at its remaining `{name}` slots, for a view that puts an element
/// (a link, a `<time>`) where the language puts it: "Based on {title} by …".
#[derive(Debug, Clone, PartialEq)]
pub enum Piece {
    Text(String),
    Slot(String),
}

pub fn pieces(text: &str) -> Vec<Piece> {
    let mut out = Vec::new();
    let mut rest = text;
    while let Some(open) = rest.find('{') {
        let Some(len) = rest[open..].find('}') else { break };
        let name = &rest[open + 1..open + len];
        if name.is_empty() || !name.chars().all(|c| c.is_ascii_lowercase() || c == '_') {
            out.push(Piece::Text(rest[..open + 1].to_string()));
            rest = &rest[open + 1..];
            continue;
        }
        if open > 0 {
            out.push(Piece::Text(rest[..open].to_string()));
        }
        out.push(Piece::Slot(name.to_string()));
        rest = &rest[open + len + 1..];
    }
    if !rest.is_empty() {
        out.push(Piece::Text(rest.to_string()));
    }
    // Neighbouring text pieces (from a brace that was not a slot) read as one.
    out.dedup_by(|b, a| match (a, b) {
        (Piece::Text(a), Piece::Text(b)) => {
            a.push_str(b);
            true
        }
        _ => false,
    });
    out
}

/// A translated sentence as HTML: its words escaped, each `{name}` slot replaced by the given
/// markup (already safe), e.g. a link where the language puts it. One `inner_html` instead of a
/// view per piece keeps the wasm small.
pub fn html_with(text: &str, slots: &[(&str, &str)]) -> String {
    pieces(text)
        .into_iter()
        .map(|p| match p {
            Piece::Slot(name) => match slots.iter().find(|(n, _)| *n == name) {
                Some((_, html)) => html.to_string(),
                None => crate::format::escape_html(&format!("{{{name}}}")),
            },
            Piece::Text(t) => crate::format::escape_html(&t),
        })
        .collect()
}

/// Replaces each `{name}` in `template` with its value; unknown names stay as written. A value
/// ending in a full stop ("2025 г.") takes the place of one that follows it.
pub fn fill(template: &str, args: &[(&str, &str)]) -> String {
    let mut out = template.to_string();
    for (name, value) in args {
        let slot = format!("{{{name}}}");
        if value.ends_with('.') {
            out = out.replace(&format!("{slot}."), value);
        }
        out = out.replace(&slot, value);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn codes_round_trip_and_browser_forms_are_understood() {
        for e in Edition::ALL {
            assert_eq!(Edition::from_code(e.code()), Some(e));
        }
        assert_eq!(Edition::from_code("ru-RU"), Some(Edition::Ru));
        assert_eq!(Edition::from_code("BE_by"), Some(Edition::Be));
        assert_eq!(Edition::from_code("en-GB"), Some(Edition::En));
        assert_eq!(Edition::from_code("fr"), None);
        assert_eq!(Edition::from_code(""), None);
        assert_eq!(Edition::from_code("<script>"), None);
    }

    #[test]
    fn english_needs_no_catalog() {
        set(Edition::En, None);
        assert_eq!(tr("Sources"), "Sources");
        assert_eq!(
            trf("Step {n} of {total}", &[("n", "3"), ("total", "23")]),
            "Step 3 of 23"
        );
        assert_eq!(trn("{n} step", "{n} steps", 1.0, "1"), "1 step");
        assert_eq!(trn("{n} step", "{n} steps", 1.5, "1.5"), "1.5 steps");
    }

    #[test]
    fn a_quotes_letters_tell_its_language() {
        assert_eq!(language_of("Sanctions were eased (von der Leyen)."), "en");
        assert_eq!(language_of("Für 2025 prognostiziert der IWF"), "de");
        assert_eq!(language_of("Die Wirtschaft wuchs 2024 um 4,0%."), "de");
        assert_eq!(language_of("Спасибо вам, президент"), "ru");
        assert_eq!(language_of("Праваабаронцы ведаюць пра ўсіх"), "be");
        assert_eq!(language_of("Дякуємо за звільнення"), "uk");
        assert_eq!(
            language_of("En 2026-2027, el BDE espera un crecimiento del PIB de Belarús"),
            "es"
        );
        assert_eq!(
            language_of("Il numero totale di prigionieri politici ha raggiunto quota"),
            "it"
        );
        assert_eq!(language_of("Did the EU, in the end, ease them?"), "en");
    }

    #[cfg(not(target_arch = "wasm32"))]
    #[test]
    fn data_records_are_told_from_words() {
        assert!(is_record(
            "record: ref_area=913 (Belarus), concept=NGDP_RPCH, year=2022, value=-4.5"
        ));
        assert!(is_record("Belarus,BLR,2015,-3.82957056812593"));
        assert!(!is_record(
            "there were 1,447 political prisoners as of December 1, and growing"
        ));
        assert!(!is_record("Лукашенко, по словам…"));
    }

    #[test]
    fn sentences_cut_at_their_slots() {
        assert_eq!(
            pieces("Based on {title} by A, {date}"),
            vec![
                Piece::Text("Based on ".into()),
                Piece::Slot("title".into()),
                Piece::Text(" by A, ".into()),
                Piece::Slot("date".into()),
            ]
        );
        assert_eq!(
            pieces("{x:1} {title}"),
            vec![Piece::Text("{x:1} ".into()), Piece::Slot("title".into())]
        );
        assert_eq!(pieces("no slots"), vec![Piece::Text("no slots".into())]);
    }

    #[test]
    fn html_slots_take_markup_and_words_are_escaped() {
        assert_eq!(
            html_with("A <b> {link} & {other}", &[("link", "<a href=\"x\">t</a>")]),
            "A &lt;b&gt; <a href=\"x\">t</a> &amp; {other}"
        );
    }

    #[test]
    fn an_edition_picks_its_plural_form() {
        let json =
            r#"{"ui": {"{n} steps": {"one": "{n} шаг", "few": "{n} шага", "many": "{n} шагов", "other": "{n} шага"}}}"#;
        set(Edition::Ru, Some(Catalog::from_json(Edition::Ru, json).unwrap()));
        assert_eq!(trn("{n} step", "{n} steps", 11.0, "11"), "11 шагов");
        assert_eq!(trn("{n} step", "{n} steps", 101.0, "101"), "101 шаг");
        set(Edition::En, None);
    }
}
