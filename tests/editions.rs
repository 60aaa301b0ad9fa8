//! Every edition is complete: each English text the page can show (our story and labels as the
//! model holds them, every `tr`/`trf`/`trn` key in the code, the page head's words) has a
//! translation in every published edition's catalog, with its placeholders intact, its plural
//! forms complete, and not left in English. Names and codes (Keith Kellogg, OFAC) may stay as they are.
// Host only: the catalogs are bundled for the prerender, and Node answers for Intl.
#![cfg(not(target_arch = "wasm32"))]

mod common;
use common::model;
use minsk_explainer::i18n::{self, catalog::Message, plural, Catalog, Edition};
use std::collections::{BTreeMap, BTreeSet};

/// Whether a text is prose, which a translation must not leave as it is: two or more lowercase
/// words of three letters or more. Names and their phrases ("Keith Kellogg", "Coale in Minsk",
/// "OFAC") may stay the same in a language.
fn is_prose(text: &str) -> bool {
    text.split_whitespace()
        .filter(|w| w.chars().count() >= 3 && w.chars().all(|c| c.is_lowercase() || !c.is_alphabetic()))
        .count()
        >= 2
}

/// `tr("…")`, `trf("…"`, `trn("…", "…"`, `msg("…")` literals in the source: the code's keys, and whether
/// each is a count's wording (`trn`'s second, `other`, form: a catalog gives its plural forms).
/// A key built at run time could not be checked, so the code never builds one.
fn code_keys() -> BTreeMap<String, bool> {
    let mut keys = BTreeMap::new();
    let mut files = vec![std::path::PathBuf::from("src")];
    while let Some(path) = files.pop() {
        if path.is_dir() {
            for entry in std::fs::read_dir(&path).unwrap() {
                files.push(entry.unwrap().path());
            }
            continue;
        }
        if path.extension().is_none_or(|e| e != "rs") {
            continue;
        }
        let text = std::fs::read_to_string(&path).unwrap();
        // Tests build their own catalogs; their keys are not the page's.
        let text = text.split("#[cfg(test)]").next().unwrap_or_default();
        for call in ["tr(", "trf(", "trn(", "msg("] {
            for (at, _) in text.match_indices(call) {
                let before = text[..at].chars().next_back();
                if before.is_some_and(|c| c.is_alphanumeric() || c == '_') {
                    continue;
                }
                let mut rest = &text[at + call.len()..];
                let count = if call == "trn(" { 2 } else { 1 };
                for n in 0..count {
                    rest = rest.trim_start();
                    let Some(lit) = rest.strip_prefix('"') else { break };
                    let Some(end) = string_end(lit) else { break };
                    // trn's first literal is English's `one` form: not a key of its own.
                    if n + 1 == count {
                        keys.insert(unescape(&lit[..end]), call == "trn(");
                    }
                    rest = lit[end + 1..].trim_start().trim_start_matches(',');
                }
            }
        }
    }
    keys
}

fn string_end(lit: &str) -> Option<usize> {
    let mut escaped = false;
    for (i, c) in lit.char_indices() {
        match c {
            '\\' if !escaped => escaped = true,
            '"' if !escaped => return Some(i),
            _ => escaped = false,
        }
    }
    None
}

fn unescape(s: &str) -> String {
    s.replace("\\\"", "\"").replace("\\n", "\n").replace("\\\\", "\\")
}

/// The page's own words outside the app that an edition's page translates
/// (`src/bin/prerender.rs`): the head's title and previews, the no-script note, the start-up failure.
fn head_keys() -> BTreeSet<String> {
    let html = include_str!("../index.html");
    let head = html.split("</head>").next().unwrap();
    let mut keys = BTreeSet::new();
    for (start, end) in [("<p class=\"noscript\">", "</p>"), ("data-failed=\"", "\"")] {
        let text = html
            .split(start)
            .nth(1)
            .and_then(|t| t.split(end).next())
            .expect("index.html has it");
        keys.insert(text.to_string());
    }
    if let Some(t) = head.split("<title>").nth(1).and_then(|t| t.split("</title>").next()) {
        keys.insert(t.to_string());
    }
    for meta in head.split("<meta ").skip(1) {
        let named = [
            "name=\"description\"",
            "og:title",
            "og:description",
            "og:image:alt",
            "twitter:title",
            "twitter:description",
        ];
        if named.iter().any(|n| meta.contains(n)) {
            if let Some(c) = meta.split("content=\"").nth(1).and_then(|c| c.split('"').next()) {
                keys.insert(c.to_string());
            }
        }
    }
    keys
}

/// Every English text an edition must translate, with where it comes from.
fn all_keys() -> BTreeMap<String, &'static str> {
    let mut keys = BTreeMap::new();
    for (part, text) in model().english_texts() {
        keys.insert(text, part.key());
    }
    for (k, plural) in code_keys() {
        keys.entry(k).or_insert(if plural { "count" } else { "code" });
    }
    // The data's own words (what a mark is, a measure, a unit), shown through the catalog.
    let model = model();
    for datum in model.all_data() {
        for (word, count) in datum.words() {
            if !word.trim().is_empty() {
                keys.entry(word).or_insert(if count { "data count" } else { "data" });
            }
        }
    }
    // The sources' verbatim quotes, each translated beside it (an edition whose language a
    // quote is in skips it: `problems`).
    for datum in model.all_data() {
        let quote = &datum.source().quote;
        if !quote.trim().is_empty() {
            keys.entry(quote.clone()).or_insert("quote");
        }
    }
    // A glossary phrase that is also a text (an entry's name: "Viasna") has its inflected forms
    // under a key of its own.
    let texts: BTreeSet<String> = model.english_texts().into_iter().map(|(_, t)| t).collect();
    for entry in &model.glossary.entries {
        for phrase in entry.matches.iter().filter(|p| texts.contains(*p)) {
            if model.glossary.entries.iter().any(|e| &e.name == phrase) {
                keys.insert(minsk_explainer::model::localize::forms_key(phrase), "glossary forms");
            }
        }
    }
    // Questions for a class, and their answers as written (an edition fills the placeholders).
    let written = minsk_explainer::model::questions::written(minsk_explainer::model::questions::CONTENT).unwrap();
    for (question, answer) in written {
        keys.entry(question).or_insert("questions");
        keys.entry(answer).or_insert("questions");
    }
    for k in head_keys() {
        keys.entry(k).or_insert("page head");
    }
    // The shortcuts' words, read from their table (`tr(b.help)`): key names and what they do.
    for b in minsk_explainer::reading::keymap::BINDINGS {
        keys.entry(b.help.to_string()).or_insert("code");
        if b.label.chars().filter(|c| c.is_alphabetic()).count() > 1 {
            keys.entry(b.label.to_string()).or_insert("code");
        }
    }
    keys
}

/// `{name}` and `{dataset:id|modifier}` placeholders, as a sorted list.
fn placeholders(text: &str) -> Vec<String> {
    let mut out: Vec<String> = text
        .split('{')
        .skip(1)
        .filter_map(|p| p.split_once('}').map(|(name, _)| format!("{{{name}}}")))
        .collect();
    out.sort();
    out
}

/// The runs of digits in a text, in order ("80.1%, 20 Jul 1994" and "80,1 %, 20 июля 1994"
/// alike: [80, 1, 20, 1994]).
fn digit_runs(text: &str) -> Vec<&str> {
    text.split(|c: char| !c.is_ascii_digit())
        .filter(|r| !r.is_empty())
        .collect()
}

/// The numbers in a text, in any order, each written without thousands separators (a space,
/// comma, dot or apostrophe before exactly three digits): "1,140", "1 140" and "1.140" alike.
fn numbers(text: &str) -> Vec<String> {
    let chars: Vec<char> = text.chars().collect();
    let mut joined = String::new();
    for (i, c) in chars.iter().enumerate() {
        let separator = matches!(c, ' ' | ',' | '.' | '\'' | '\u{a0}' | '\u{202f}' | '\u{2009}');
        let thousands = separator
            && i > 0
            && chars[i - 1].is_ascii_digit()
            && chars.len() >= i + 4
            && chars[i + 1..i + 4].iter().all(char::is_ascii_digit)
            && !chars.get(i + 4).is_some_and(char::is_ascii_digit);
        if !thousands {
            joined.push(*c);
        }
    }
    let mut out: Vec<String> = digit_runs(&joined).into_iter().map(str::to_string).collect();
    out.sort();
    out
}

fn categories(e: Edition) -> &'static [&'static str] {
    match e {
        Edition::En | Edition::De => &["one", "other"],
        _ => &["one", "few", "many", "other"],
    }
}

fn problems(edition: Edition, catalog: &Catalog, keys: &BTreeMap<String, &str>) -> Vec<String> {
    let mut out = Vec::new();
    let code = edition.code();
    for (english, from) in keys {
        if *from == "quote" && (i18n::language_of(english) == code || i18n::is_record(english)) {
            continue;
        }
        let Some(message) = catalog.get(english) else {
            out.push(format!("{code}: missing ({from}): {english:?}"));
            continue;
        };
        if *from == "glossary forms" && !matches!(message, Message::Forms(_)) {
            out.push(format!(
                "{code}: {english:?} lists the forms that mark a term: give a list"
            ));
        }
        if from.ends_with("count") && !matches!(message, Message::Plural(_)) {
            out.push(format!(
                "{code}: {english:?} is a count's wording: give its plural forms"
            ));
        }
        let same = |t: &str| t == english && is_prose(english);
        match message {
            Message::Text(t) => {
                if placeholders(t) != placeholders(english) {
                    out.push(format!("{code}: placeholders differ in {english:?} → {t:?}"));
                }
                if same(t) {
                    out.push(format!("{code}: left in English: {english:?}"));
                }
                // The data's figures and dates pass through a translation untouched.
                if from.starts_with("data") && digit_runs(t) != digit_runs(english) {
                    out.push(format!("{code}: the numbers differ in {english:?} → {t:?}"));
                }
                // A quote's translation may reorder its sentence, never its numbers.
                if *from == "quote" && numbers(t) != numbers(english) {
                    out.push(format!("{code}: the numbers differ in quote {english:?} → {t:?}"));
                }
            }
            Message::Forms(forms) => {
                if forms.is_empty() || forms.iter().any(|f| f.trim().is_empty()) {
                    out.push(format!("{code}: empty term forms for {english:?}"));
                }
            }
            Message::Plural(forms) => {
                for cat in categories(edition) {
                    match forms.iter().find(|(k, _)| k == cat) {
                        None => out.push(format!("{code}: no {cat:?} form for {english:?}")),
                        Some((_, t)) if placeholders(t) != placeholders(english) => out.push(format!(
                            "{code}: placeholders differ in the {cat} form of {english:?} → {t:?}"
                        )),
                        _ => {}
                    }
                }
            }
        }
    }
    out
}

fn catalogs() -> Vec<(Edition, Catalog)> {
    Edition::ALL
        .into_iter()
        .filter_map(|e| i18n::bundled(e).map(|c| (e, c.unwrap_or_else(|err| panic!("{err}")))))
        .collect()
}

#[test]
fn every_published_edition_translates_every_text() {
    let keys = all_keys();
    assert!(
        keys.len() > 500,
        "the scan found {} texts: is it still reading the code?",
        keys.len()
    );
    let mut found = Vec::new();
    for (edition, catalog) in catalogs() {
        found.extend(problems(edition, &catalog, &keys));
    }
    let shown: Vec<String> = found.iter().take(60).cloned().collect();
    assert!(
        found.is_empty(),
        "{} problems, the first:\n{}",
        found.len(),
        shown.join("\n")
    );
}

#[test]
fn every_edition_but_english_has_a_catalog() {
    let with_catalog: Vec<Edition> = catalogs().into_iter().map(|(e, _)| e).collect();
    assert_eq!(with_catalog, Edition::ALL[1..].to_vec());
}

#[test]
fn no_two_texts_share_a_key() {
    let mut seen = BTreeMap::new();
    for english in all_keys().into_keys() {
        if let Some(other) = seen.insert(i18n::catalog::key(&english), english.clone()) {
            panic!("{other:?} and {english:?} hash alike: rename one");
        }
    }
}

#[test]
fn a_missing_or_broken_translation_is_found() {
    let keys: BTreeMap<String, &str> = [
        ("Sources".to_string(), "code"),
        ("Step {n} of {total}".to_string(), "code"),
        ("Show the source of this figure".to_string(), "code"),
        ("{n} rounds".to_string(), "code"),
        ("Referendum extends the term to 2001".to_string(), "data"),
        ("Some 1,140 were freed in 2025, 2.5% of them".to_string(), "quote"),
        ("They freed 18 people on 5 May".to_string(), "quote"),
        ("Спасибо за 18 освобождённых".to_string(), "quote"),
    ]
    .into_iter()
    .collect();
    let json = r#"{"ui": {"Sources": "Источники", "Step {n} of {total}": "Шаг {n}",
        "Show the source of this figure": "Show the source of this figure",
        "{n} rounds": {"one": "{n} раунд", "other": "{n} раунда"}},
        "data": {"Referendum extends the term to 2001": "Референдум продлевает срок до 2011 года"},
        "quotes": {"Some 1,140 were freed in 2025, 2.5% of them": "В 2025 году освобождены 1 140 человек, 2,5 % из них",
                   "They freed 18 people on 5 May": "5 мая освободили 81 человека"}}"#;
    let c = Catalog::from_json(Edition::Ru, json).unwrap();
    let found = problems(Edition::Ru, &c, &keys);
    assert!(found.iter().any(|p| p.contains("placeholders differ")), "{found:?}");
    assert!(found.iter().any(|p| p.contains("left in English")), "{found:?}");
    assert!(found.iter().any(|p| p.contains("no \"few\" form")), "{found:?}");
    assert!(found.iter().any(|p| p.contains("numbers differ")), "{found:?}");
    // A quote's numbers may move in its translation, not change; one already in Russian needs none.
    assert!(
        found.iter().any(|p| p.contains("numbers differ in quote \"They freed")),
        "{found:?}"
    );
    assert_eq!(found.len(), 6, "{found:?}");
}

#[test]
fn plural_forms_follow_each_language() {
    // The issue's numbers, through a real catalog entry: the wording a reader sees.
    let json = r#"{"ui": {"{n} rounds": {"one": "{n} раунд", "few": "{n} раунда", "many": "{n} раундов", "other": "{n} раунда"}}}"#;
    let c = Catalog::from_json(Edition::Ru, json).unwrap();
    let said: Vec<&str> = [0.0, 1.0, 2.0, 4.0, 5.0, 11.0, 12.0, 21.0, 22.0, 25.0, 101.0, 1.5]
        .iter()
        .map(|n| c.plural("{n} rounds", *n).unwrap())
        .collect();
    assert_eq!(
        said,
        [
            "{n} раундов",
            "{n} раунд",
            "{n} раунда",
            "{n} раунда",
            "{n} раундов",
            "{n} раундов",
            "{n} раундов",
            "{n} раунд",
            "{n} раунда",
            "{n} раундов",
            "{n} раунд",
            "{n} раунда"
        ]
    );
    assert_eq!(plural::category(Edition::Lt, 1.5), plural::Category::Many);
}

/// The translators' worklist, not a check: `cargo test --test editions -- --ignored worklist`
/// writes `target/i18n/<code>.json`, each missing text with where it comes from, in the catalog
/// file's own layout (a part per source), to translate and merge into `content/i18n/<code>.json`.
#[test]
#[ignore]
fn worklist() {
    let keys = all_keys();
    std::fs::create_dir_all("target/i18n").unwrap();
    for edition in Edition::ALL.into_iter().skip(1) {
        let catalog = i18n::bundled(edition).map(|c| c.unwrap()).unwrap_or_default();
        let mut todo: BTreeMap<&str, BTreeMap<&str, &str>> = BTreeMap::new();
        for (english, from) in &keys {
            if catalog.get(english).is_none() {
                let part = match *from {
                    "code" | "page head" | "count" => "ui",
                    "data count" => "data",
                    "glossary forms" => "glossary",
                    "quote" => "quotes",
                    other => other,
                };
                todo.entry(part).or_default().insert(english, from);
            }
        }
        let path = format!("target/i18n/{}.json", edition.code());
        std::fs::write(&path, serde_json::to_string_pretty(&todo).unwrap()).unwrap();
        println!("{path}: {} texts", todo.values().map(|p| p.len()).sum::<usize>());
    }
}

/// The glossary's slugs each step of `model` marks in its text.
fn marked_terms(model: &minsk_explainer::model::Model) -> Vec<BTreeSet<String>> {
    use minsk_explainer::model::text::Segment;
    (0..model.story.steps.len())
        .map(|i| {
            model
                .step_paragraphs(i)
                .into_iter()
                .flatten()
                .filter_map(|s| match s {
                    Segment::Term { slug, .. } => Some(slug),
                    _ => None,
                })
                .collect()
        })
        .collect()
}

/// A term the English story links to the glossary is linked in every edition too: the
/// catalog's forms of the phrase (its cases, in languages that inflect) are found in the
/// translated step.
#[test]
fn every_edition_links_the_glossary_terms_english_links() {
    let english = model();
    let wanted = marked_terms(&english);
    let mut missing = Vec::new();
    for (edition, catalog) in catalogs() {
        let mut local = english.clone();
        local.localize(&catalog);
        let found = marked_terms(&local);
        for (i, (want, got)) in wanted.iter().zip(&found).enumerate() {
            for slug in want.difference(got) {
                missing.push(format!(
                    "{edition:?} step {} ({}): {slug}",
                    i + 1,
                    english.story.steps[i].slug
                ));
            }
        }
    }
    assert!(missing.is_empty(), "unlinked in an edition:\n{}", missing.join("\n"));
}

/// A date that ends in an abbreviation ("2025 г.", "21 d.") at a sentence's end is followed by no
/// second full stop, in the story, the glossary and the questions of every edition.
#[test]
fn no_edition_writes_two_full_stops() {
    let english = model();
    let mut doubled = Vec::new();
    for (edition, catalog) in catalogs() {
        let mut local = english.clone();
        local.localize(&catalog);
        i18n::set(edition, Some(catalog));
        for (_, template) in local.english_texts() {
            let Ok(text) = minsk_explainer::model::text::plain(&local, &template) else {
                continue;
            };
            if text.replace("...", "").contains("..") {
                doubled.push(format!("{edition:?}: {text}"));
            }
        }
        let by = i18n::trf(
            "An explainer of {title} by {author}, {publisher}, {date}.",
            &[(
                "date",
                &minsk_explainer::model::Day::parse("2025-07-22").unwrap().long(),
            )],
        );
        if by.contains("..") {
            doubled.push(format!("{edition:?}: {by}"));
        }
    }
    i18n::set(Edition::En, None);
    assert!(doubled.is_empty(), "two full stops:\n{}", doubled.join("\n"));
}

/// Each source quote is marked with the language it is in (`lang`, for screen readers) and
/// translated out of it: the languages the data's publishers name are the ones told.
#[test]
fn every_quotes_language_is_told_by_its_letters() {
    let model = model();
    let mut seen: BTreeMap<&str, usize> = BTreeMap::new();
    for datum in model.all_data() {
        let s = datum.source();
        let lang = i18n::language_of(&s.quote);
        *seen.entry(lang).or_default() += 1;
        let named = [
            ("Spanish edition", "es"),
            ("German edition", "de"),
            ("Russian edition", "ru"),
        ];
        for (edition, code) in named {
            if s.publisher.contains(edition) {
                assert_eq!(lang, code, "{}: {:?}", s.publisher, s.quote);
            }
        }
        if s.quote.chars().any(|c| ('\u{0400}'..='\u{04ff}').contains(&c)) {
            assert_eq!(lang, "ru", "{:?}", s.quote);
        }
    }
    assert_eq!(seen.into_keys().collect::<Vec<_>>(), ["de", "en", "es", "it", "ru"]);
}
