//! The content is fit to publish: it parses, validates, cites sources, quotes the article exactly,
//! stays within length limits and never hard-codes a figure the data holds.

mod common;
use minsk_explainer::model::{text, validate, Confidence};

/// The article's full text is the publisher's and stays out of the repo; the checks against it
/// run where it sits beside the clone (or where `ARTICLE_TXT` points).
const ARTICLE: &str = "../shared/source/article.txt";

fn article(check: &str) -> Option<String> {
    let path = std::env::var("ARTICLE_TXT").unwrap_or_else(|_| ARTICLE.to_string());
    let text = std::fs::read_to_string(&path).ok();
    if text.is_none() {
        // Shown by `cargo test -- --nocapture`; `make test` also prints one line for all of them.
        eprintln!("SKIPPED {check}: no article text at {path}");
    }
    text
}

#[test]
fn content_validates_without_problems() {
    let problems = validate::validate(&common::model());
    assert!(problems.is_empty(), "content problems:\n{}", problems.join("\n"));
}

#[test]
fn story_has_14_to_21_steps_then_epilogue_steps_with_unique_slugs() {
    let m = common::model();
    let main = m.story.steps.iter().filter(|s| !s.epilogue).count();
    assert!((14..=21).contains(&main), "{main} steps before the epilogue");
    let first = m.story.steps.iter().position(|s| s.epilogue).expect("an epilogue");
    assert!(
        m.story.steps[first..].iter().all(|s| s.epilogue),
        "the epilogue runs to the end"
    );
    // Links shared when the epilogue was one step still land on its start.
    assert_eq!(m.story.steps[first].slug, "what-happened-next");
    let mut slugs: Vec<_> = m.story.steps.iter().map(|s| s.slug.clone()).collect();
    slugs.sort();
    slugs.dedup();
    assert_eq!(slugs.len(), m.story.steps.len());
}

#[test]
fn every_step_has_40_to_120_words_of_resolved_text() {
    let m = common::model();
    for step in &m.story.steps {
        let words: usize = step
            .body
            .iter()
            .map(|p| text::plain(&m, p).unwrap().split_whitespace().count())
            .sum();
        assert!((40..=120).contains(&words), "{}: {words} words", step.slug);
    }
}

#[test]
fn quotes_are_short_and_verbatim_from_the_article() {
    let m = common::model();
    let Some(article) = article("quotes verbatim from the article") else {
        return;
    };
    for step in &m.story.steps {
        if let Some(q) = &step.quote {
            assert!(
                article.contains(&q.text),
                "{}: quote not verbatim in the article: {:?}",
                step.slug,
                q.text
            );
            assert!(q.text.split_whitespace().count() <= 25, "{}: quote too long", step.slug);
            assert!(
                !q.attribution.trim().is_empty(),
                "{}: quote lacks attribution",
                step.slug
            );
        }
    }
}

/// Our own words: no run of eight words outside quotation marks is the article's wording.
#[test]
fn the_story_tells_the_article_in_its_own_words() {
    let Some(article) = article("our own words (no 8-word run from the article)") else {
        return;
    };
    let words = |t: &str| -> Vec<String> {
        t.to_lowercase()
            .replace(['\u{2019}', '\''], "")
            .split(|c: char| !c.is_alphanumeric())
            .filter(|w| !w.is_empty())
            .map(String::from)
            .collect()
    };
    // Text outside “…” and "…": what we say in our voice.
    let unquoted = |t: &str| -> String {
        let mut out = String::new();
        let mut quoted = false;
        for c in t.chars() {
            match c {
                '\u{201c}' | '\u{201d}' | '"' => {
                    quoted = c == '\u{201c}' || (c == '"' && !quoted);
                    out.push(' ');
                }
                _ if !quoted => out.push(c),
                _ => {}
            }
        }
        out
    };
    let source: std::collections::HashSet<Vec<String>> = words(&article).windows(8).map(|w| w.to_vec()).collect();
    let m = common::model();
    let notes = m.story.data_notes.iter().map(|n| &n.text);
    let steps = m.story.steps.iter().flat_map(|s| s.body.iter().chain([&s.summary]));
    let glossary = m.glossary.entries.iter().map(|e| &e.text);
    // The questions for a class too (`content/questions.json`).
    let questions: Vec<String> = minsk_explainer::model::questions::written(minsk_explainer::model::questions::CONTENT)
        .unwrap()
        .into_iter()
        .flat_map(|(q, a)| [q, a])
        .collect();
    for field in steps
        .chain(notes)
        .chain(glossary)
        .chain([&m.story.intro])
        .chain(&questions)
    {
        let plain = text::plain(&m, field).unwrap();
        for run in words(&unquoted(&plain)).windows(8) {
            assert!(
                !source.contains(run),
                "“{}” is the article's wording: quote it or say it our way",
                run.join(" ")
            );
        }
    }
}

/// Digits left in the prose once placeholders are removed must be years (1990–2029).
#[test]
fn prose_does_not_hard_code_figures() {
    let m = common::model();
    let strip = |t: &str| {
        let mut out = String::new();
        let mut depth = 0;
        for c in t.chars() {
            match c {
                '{' => depth += 1,
                '}' => depth -= 1,
                _ if depth == 0 => out.push(c),
                _ => {}
            }
        }
        out
    };
    let texts = m
        .story
        .steps
        .iter()
        .flat_map(|s| s.body.iter().chain([&s.summary, &s.headline]));
    for t in texts.chain([&m.story.intro]) {
        let prose = strip(t);
        let mut num = String::new();
        for c in prose.chars().chain([' ']) {
            if c.is_ascii_digit() {
                num.push(c);
            } else if !num.is_empty() {
                let year = num.len() == 4 && (1990..=2029).contains(&num.parse::<u32>().unwrap());
                assert!(year, "hard-coded figure {num:?} in: {t}");
                num.clear();
            }
        }
    }
}

#[test]
fn the_story_never_cites_unverified_data() {
    let m = common::model();
    for step in &m.story.steps {
        for t in step.body.iter().chain([&step.summary]) {
            for seg in text::resolve(&m, t).unwrap() {
                if let text::Segment::Figure { dataset, id, .. } = seg {
                    let d = m.datum(dataset, &id).unwrap();
                    assert_ne!(
                        d.source().confidence,
                        Confidence::Unverified,
                        "{} cites unverified {id}",
                        step.slug
                    );
                }
            }
        }
    }
}

#[test]
fn placeholders_resolve_to_the_data_values() {
    let m = common::model();
    assert_eq!(text::plain(&m, "{gdp:wdi-2022}").unwrap(), "\u{2212}4.66%");
    assert_eq!(text::plain(&m, "{gdp:article-2022|abs}").unwrap(), "4.7%");
    assert_eq!(text::plain(&m, "{gdp:article-2025}").unwrap(), "0.8\u{2013}2.3%");
    assert_eq!(text::plain(&m, "{prisoners:article-held-2025-07-22}").unwrap(), "1,164");
    assert_eq!(
        text::plain(&m, "{releases:rel-2025-06-21|date}").unwrap(),
        "21 June 2025"
    );
    assert_eq!(
        text::plain(&m, "the {sanctions:eu-2025-07-18|nth}").unwrap(),
        "the 18th"
    );
    assert_eq!(text::plain(&m, "{sanctions:eu-2025-07-18|package}").unwrap(), "18");
    let nth: Vec<_> = [1, 2, 3, 4, 11, 12, 13, 21, 22, 101, 111]
        .map(minsk_explainer::format::ordinal)
        .into();
    assert_eq!(
        nth,
        ["1st", "2nd", "3rd", "4th", "11th", "12th", "13th", "21st", "22nd", "101st", "111th"]
    );
    assert!(text::plain(&m, "{gdp:no-such-id}").is_err());
    assert!(text::plain(&m, "{nonsense}").is_err());
    assert!(text::plain(&m, "{gdp:wdi-2022").is_err());
}

#[test]
fn every_datum_has_a_source_with_a_quote_and_a_flag() {
    let m = common::model();
    let mut counts = [0usize; 3];
    let mut unlinked = Vec::new();
    for d in m.all_data() {
        let s = d.source();
        if s.confidence != Confidence::Unverified {
            assert!(!s.quote.trim().is_empty() && !s.publisher.is_empty(), "{}", d.id());
            if !s.url.starts_with("http") {
                unlinked.push(d.id());
            }
        }
        counts[match s.confidence {
            Confidence::Article => 0,
            Confidence::Verified => 1,
            Confidence::Unverified => 2,
        }] += 1;
    }
    // The vetted CSVs hold 2+2+2+5+5 article rows and 1+1+1 unverified ones (SOURCES.md), and the
    // March 2026 extension 47 verified and 1 unverified (data/CHANGES.md); 3 derived GDP checks are kept apart.
    assert_eq!(counts, [16, 277, 4]);
    // One Viasna report was stored without its address; it is shown unlinked, with a note.
    assert_eq!(unlinked, vec!["rel-2024-year"]);
}

#[test]
fn article_and_later_figures_are_both_kept() {
    let m = common::model();
    let gdp = |id: &str| m.gdp.data.rows.iter().find(|r| r.id == id).and_then(|r| r.value);
    assert_eq!(gdp("article-2022"), Some(-4.7));
    assert_eq!(gdp("wdi-2022"), Some(-4.66));
    assert_eq!(gdp("wdi-2024"), Some(4.01));
    assert_eq!(gdp("wdi-2026-2024"), Some(4.35));
    let held = |id: &str| m.prisoners.rows.iter().find(|r| r.id == id).map(|r| r.value);
    assert_eq!(held("article-held-2025-07-22"), Some(1164));
    assert_eq!(held("held-2025-07-31"), Some(1184));
}

/// SOURCES.md lists where the article and the data part ways; each gets a note.
#[test]
fn every_known_discrepancy_has_a_data_note() {
    let m = common::model();
    for (dataset, id) in [
        ("gdp", "article-2025"),
        ("prisoners", "article-held-2025-07-22"),
        ("prisoners", "article-convicted-2025-07-22"),
        ("sanctions", "article-eu-2025-07-22"),
        ("sanctions", "article-us-2022"),
        ("releases", "article-2011-2013-2025"),
    ] {
        let note = m
            .story
            .note_for(dataset, id)
            .unwrap_or_else(|| panic!("no note on {dataset}:{id}"));
        assert!(text::plain(&m, &note.text).is_ok());
    }
}

/// Data flagged `article` quotes the article itself: the quote must be exact (whitespace aside).
#[test]
fn article_flagged_data_quotes_the_article_verbatim() {
    let m = common::model();
    let norm = |t: &str| t.split_whitespace().collect::<Vec<_>>().join(" ");
    let Some(article) = article("article-flagged data quotes the article") else {
        return;
    };
    let article = norm(&article);
    let mut checked = 0;
    for d in m.all_data().filter(|d| d.source().confidence == Confidence::Article) {
        assert!(
            article.contains(&norm(&d.source().quote)),
            "{}: quote not in the article",
            d.id()
        );
        checked += 1;
    }
    assert_eq!(checked, 16);
}

/// A row added to the data reaches the charts with no edit to the story: axes written "latest"
/// end after the newest shown datum, and the "Data as of" day follows it.
#[test]
fn latest_axes_and_the_data_date_follow_the_newest_datum() {
    use minsk_explainer::model::{ChartKind, Day, Model};
    let m = common::model();
    let as_of = m.data_as_of().unwrap();
    let newest = m.releases.rows.iter().map(|r| r.date.start).max().unwrap();
    assert_eq!(as_of, newest, "the newest dated row is a release");
    let end = m.latest_end(ChartKind::Prisoners).unwrap();
    assert!(end > as_of.year_fraction() && end - as_of.year_fraction() <= 0.27);
    let last = m.story.steps.last().unwrap();
    assert_eq!(last.chart.to, m.latest_end(last.chart.chart).unwrap());

    // The same content with one more (later) release: the axis and the date move with it.
    use minsk_explainer::model::bundled::*;
    let mut releases: serde_json::Value = serde_json::from_str(RELEASES).unwrap();
    let rows = releases["rows"].as_array_mut().unwrap();
    let mut later = rows.iter().find(|r| r["id"] == "rel-2026-03-19").unwrap().clone();
    later["id"] = "rel-2026-09-01".into();
    later["date"] = serde_json::json!({"text": "2026-09-01", "start": "2026-09-01", "end": "2026-09-01"});
    rows.push(later);
    let grown = Model::from_json(GDP, PRISONERS, &releases.to_string(), SANCTIONS, EVENTS, STORY).unwrap();
    assert_eq!(grown.data_as_of(), Day::parse("2026-09-01"));
    assert_eq!(grown.latest_end(ChartKind::Prisoners), Some(2026.75));
    assert_eq!(grown.story.steps.last().unwrap().chart.to, 2026.75);
}

/// "The largest release of all" in the epilogue stays true to the data: no episode freed more.
#[test]
fn the_release_called_the_largest_is_the_largest_episode() {
    let m = common::model();
    let step = &m.story.steps[m.story.index_of("what-happened-next").unwrap()];
    let text = step.body.join(" ");
    let claim = "{releases:rel-2026-03-19} were freed, the largest release of all";
    assert!(text.contains(claim), "the claim moved: update this test with it");
    let largest = m
        .releases
        .rows
        .iter()
        .filter(|r| r.is_episode() && r.source.confidence == Confidence::Verified)
        .max_by_key(|r| r.number)
        .unwrap();
    assert_eq!(largest.id, "rel-2026-03-19");
}

/// "in 14 April 2012" reads wrong: after "in", a date placeholder must resolve to a month or a
/// year ("on" goes with a day).
#[test]
fn in_is_followed_by_a_month_or_a_year_never_a_day() {
    use minsk_explainer::model::DatasetKind;
    let m = common::model();
    let notes = m.story.data_notes.iter().map(|n| &n.text);
    let steps = m.story.steps.iter().flat_map(|s| s.body.iter().chain([&s.summary]));
    let mut checked = 0;
    for field in steps.chain(notes) {
        for (at, _) in field.match_indices(" in {") {
            let inner = &field[at + 5..at + 5 + field[at + 5..].find('}').unwrap()];
            let Some(reference) = inner.strip_suffix("|date") else {
                continue;
            };
            let (key, id) = reference.split_once(':').unwrap();
            let label = m.datum(DatasetKind::from_key(key).unwrap(), id).unwrap().date_label();
            let words: Vec<_> = label.split(' ').collect();
            let day = words.len() == 3 && words[0].parse::<u32>().is_ok();
            assert!(!day, "“in {label}” ({reference}): write “on”");
            checked += 1;
        }
    }
    assert!(checked > 0, "the story has month-precision dates after “in”");
}

/// Syllables in a word, by the usual English heuristic (a word without letters, a number, is one).
fn syllables(word: &str) -> usize {
    let mut w: String = word.to_lowercase().chars().filter(char::is_ascii_lowercase).collect();
    if w.len() <= 3 {
        return 1;
    }
    let vowel = |c: u8| b"aeiouy".contains(&c);
    let soft = |c: u8| b"laeiouy".contains(&c);
    let b = w.as_bytes();
    let n = b.len();
    if w.ends_with("ed") {
        w.truncate(n - 2);
    } else if w.ends_with("es") && !soft(b[n - 3]) {
        w.truncate(n - 3);
    } else if w.ends_with('e') && !soft(b[n - 2]) {
        w.truncate(n - 2);
    }
    let w = w.strip_prefix('y').unwrap_or(&w);
    let (mut count, mut run) = (0usize, 0usize);
    for c in w.bytes().chain([b'#']) {
        if vowel(c) {
            run += 1;
        } else {
            count += run.div_ceil(2);
            run = 0;
        }
    }
    count.max(1)
}

/// Sentences (ending in . ! or ?, before any closing quote) as their words (tokens with a letter or digit).
fn sentences(text: &str) -> Vec<Vec<&str>> {
    let mut out = vec![Vec::new()];
    for token in text.split_whitespace() {
        if token.chars().any(char::is_alphanumeric) {
            out.last_mut().unwrap().push(token);
        }
        if token.trim_end_matches(['”', '’', '"', ')']).ends_with(['.', '!', '?']) {
            out.push(Vec::new());
        }
    }
    out.retain(|s| !s.is_empty());
    out
}

/// Plain language for a general reader: the Flesch–Kincaid grade of each step's text at most 11,
/// the median step at most 9, and no sentence over 30 words.
#[test]
fn the_story_is_plain_language() {
    assert_eq!(
        ["the", "cat", "sanctions", "released", "government", "1,135", "relief"].map(syllables),
        [1, 1, 2, 2, 3, 1, 2]
    );
    let m = common::model();
    let mut grades = Vec::new();
    for step in &m.story.steps {
        let text: Vec<String> = step.body.iter().map(|p| text::plain(&m, p).unwrap()).collect();
        let text = text.join(" ");
        let sentences = sentences(&text);
        let words: Vec<&str> = sentences.iter().flatten().copied().collect();
        let syllables: usize = words.iter().map(|w| syllables(w)).sum();
        let grade =
            0.39 * words.len() as f64 / sentences.len() as f64 + 11.8 * syllables as f64 / words.len() as f64 - 15.59;
        assert!(grade <= 11.0, "{}: grade {grade:.1}", step.slug);
        let longest = sentences.iter().map(Vec::len).max().unwrap();
        assert!(longest <= 30, "{}: a sentence of {longest} words", step.slug);
        grades.push(grade);
    }
    grades.sort_by(f64::total_cmp);
    let median = grades[grades.len() / 2];
    assert!(median <= 9.0, "median step grade {median:.1}");
}

/// A layer or a highlight selector the model does not know fails when the content is read (so it
/// fails the build, in build.rs) instead of silently hiding data.
#[test]
fn a_typo_in_a_layer_or_a_selector_fails_at_load() {
    use minsk_explainer::model::bundled::*;
    use minsk_explainer::model::Model;
    let load = |story: &str| Model::from_json(GDP, PRISONERS, RELEASES, SANCTIONS, EVENTS, story);
    assert!(load(STORY).is_ok());
    let typos = [
        ("\"forecast-range\"", "\"forecast_range\""),
        ("\"convicted\"", "\"convictions\""),
        ("\"category:relief\"", "\"category:releif\""),
        ("\"lane:US\"", "\"lane:USA\""),
        ("\"category:relief\"", "\"categories:relief\""),
    ];
    for (good, typo) in typos {
        assert!(STORY.contains(good), "{good} is in the story");
        let err = load(&STORY.replacen(good, typo, 1)).expect_err(typo);
        assert!(err.0.starts_with("story.json: "), "{err}");
    }
}

/// The names selectors and addresses use (`category:<c>`, `?chart=<c>`) are serde's names, the
/// ones the data and the story are read with.
#[test]
fn category_and_chart_keys_are_the_contents_names() {
    use minsk_explainer::model::{ChartKind, SanctionCategory};
    for c in SanctionCategory::ALL {
        assert_eq!(serde_json::to_value(c).unwrap(), c.key());
        assert_eq!(SanctionCategory::from_key(c.key()), Some(c));
    }
    for k in ChartKind::ALL {
        assert_eq!(serde_json::to_value(k).unwrap(), k.key());
        assert_eq!(ChartKind::from_key(k.key()), Some(k));
    }
}

/// The browser decodes the first view from the postcard `build.rs` wrote; it is the content's JSON
/// exactly (every field survives the compact form, the resolved `"latest"` axis ends included).
#[test]
fn the_bundled_first_view_is_the_contents_json() {
    use minsk_explainer::model::bundled::*;
    use minsk_explainer::model::{ChartKind, Model};
    let decoded = Model::first_view().expect("the bundled first view decodes");
    let json = Model::first_view_json().unwrap();
    assert_eq!(decoded, json);
    assert!(decoded.story.steps.iter().all(|s| s.chart.to.is_finite()));
    assert_eq!(decoded.glossary.entries.len(), json.glossary.entries.len());
    assert!(decoded.story.overviews.iter().any(|o| o.view.chart == ChartKind::Gdp));
    // Smaller than the JSON it replaces, with nothing left out.
    let json_len: usize = [GDP, PRISONERS, RELEASES, SANCTIONS, EVENTS, STORY, GLOSSARY]
        .iter()
        .map(|t| t.len())
        .sum();
    assert!(
        minsk_explainer::FIRST_VIEW.len() < json_len * 2 / 3,
        "{} bytes",
        minsk_explainer::FIRST_VIEW.len()
    );
}

/// The browser's first load carries the rows without their sources' detail, and fetches
/// `data/sources.json` after the first paint: together they are exactly the download files.
#[test]
fn first_view_data_and_sources_together_equal_the_download_files() {
    use minsk_explainer::model::bundled::STORY;
    let read = |name: &str| std::fs::read_to_string(format!("public/data/{name}.json")).unwrap();
    use minsk_explainer::model::Model;
    let mut downloads = Model::from_json(
        &read("gdp"),
        &read("prisoners"),
        &read("releases"),
        &read("sanctions"),
        &read("events"),
        STORY,
    )
    .unwrap();
    assert!(downloads.sources_loaded);
    downloads.glossary = minsk_explainer::model::Glossary::default();
    let first = Model::first_view().unwrap();
    assert!(!first.sources_loaded);
    assert!(
        first
            .all_data()
            .all(|d| d.source().quote.is_empty() && d.source().title.is_empty()),
        "the first load carries no quotes or titles"
    );
    assert!(
        validate::validate(&first).is_empty(),
        "the first view is usable as it is"
    );
    let mut completed = first.clone();
    completed
        .add_sources(
            minsk_explainer::model::bundled::SOURCES,
            minsk_explainer::model::bundled::DEFINITIONS,
        )
        .unwrap();
    // The questions come with the detail too, resolved at build time (`model::questions`).
    let bundled = common::model();
    assert!(!bundled.questions.is_empty());
    assert_eq!(
        minsk_explainer::model::Model {
            questions: Vec::new(),
            ..bundled
        },
        completed
    );
    completed.glossary = Default::default();
    // The map's outlines are no dataset: they come with the detail, not the downloads.
    completed.geography = None;
    assert_eq!(completed, downloads);

    // A sources file that lacks a row is refused, and the model stays as it was.
    let mut sources: serde_json::Value = serde_json::from_str(minsk_explainer::model::bundled::SOURCES).unwrap();
    sources["releases"].as_object_mut().unwrap().remove("rel-2026-03-19");
    let mut partial = first.clone();
    let err = partial
        .add_sources(&sources.to_string(), minsk_explainer::model::bundled::DEFINITIONS)
        .unwrap_err();
    assert!(err.0.contains("rel-2026-03-19"), "{err}");
    assert_eq!(partial, first);
    assert!(partial
        .add_sources("<html>not found</html>", minsk_explainer::model::bundled::DEFINITIONS)
        .is_err());
    assert!(
        partial
            .add_sources(minsk_explainer::model::bundled::SOURCES, "{}")
            .is_err(),
        "definitions missing"
    );
    assert_eq!(partial, first);
    assert!(
        first.glossary.entries.iter().all(|e| e.text.is_empty()),
        "definitions come later"
    );
}

/// A glossary and who's who for a general reader (issue 15): the terms and people the story
/// leans on, each defined in plain words of our own, its facts quoted verbatim from the article
/// or from a source the data already cites, and marked where a step first uses it.
#[test]
fn the_glossary_explains_terms_and_people_plainly_with_sources() {
    use minsk_explainer::model::{text::Segment, EntryKind};
    let m = common::model();
    let g = &m.glossary;
    let required = [
        "sectoral-sanctions",
        "secondary-sanctions",
        "listing",
        "asset-freeze",
        "travel-ban",
        "general-licence",
        "ofac",
        "potash",
        "belaruskali",
        "belneftekhim",
        "belavia",
        "hybrid-attack",
        "pardon",
        "in-absentia",
        "viasna",
        "eu-sanctions-packages",
    ];
    let people = [
        "alyaksandr-lukashenka",
        "siarhei-tsikhanouski",
        "sviatlana-tsikhanouskaya",
        "viktar-babaryka",
        "maria-kalesnikava",
        "ales-bialiatski",
        "natallia-dulina",
        "raman-pratasevich",
        "anzhalika-melnikava",
        "mikalai-statkevich",
        "keith-kellogg",
        "john-coale",
        "steve-witkoff",
        "mykhailo-podolyak",
    ];
    for slug in required {
        assert_eq!(g.entry(slug).map(|e| e.kind), Some(EntryKind::Term), "{slug}");
    }
    for slug in people {
        assert_eq!(g.entry(slug).map(|e| e.kind), Some(EntryKind::Person), "{slug}");
    }
    let article_text = article("glossary quotes verbatim from the article");
    let article_url = &m.story.article.url;
    for e in &g.entries {
        // Plain: short sentences, no figure typed.
        for s in sentences(&e.text) {
            assert!(s.len() <= 25, "{}: a sentence of {} words", e.slug, s.len());
        }
        assert!(
            !e.text.chars().any(|c| c.is_ascii_digit()),
            "{}: a figure typed in a definition",
            e.slug
        );
        // Sourced: the quote is the article's or a data row's, from the source named.
        let q = &e.source.quote;
        if &e.source.url == article_url {
            if let Some(a) = &article_text {
                assert!(
                    a.contains(q.as_str()),
                    "{}: quote not verbatim in the article: {q}",
                    e.slug
                );
            }
        } else {
            let cited = m
                .all_data()
                .any(|d| d.source().url == e.source.url && d.source().quote.contains(q.as_str()));
            assert!(cited, "{}: quote not found in a data row from {}", e.slug, e.source.url);
        }
    }
    // Marked: every entry with phrases is marked in some step, only once per step, and marking
    // never changes the words.
    let mut marked = std::collections::HashSet::new();
    for (i, step) in m.story.steps.iter().enumerate() {
        let paragraphs = m.step_paragraphs(i);
        let mut in_step = std::collections::HashSet::new();
        for (p, segments) in step.body.iter().zip(&paragraphs) {
            let words: String = segments
                .iter()
                .map(|s| match s {
                    Segment::Text(t) | Segment::Figure { text: t, .. } | Segment::Term { text: t, .. } => t.as_str(),
                })
                .collect();
            assert_eq!(words, text::plain(&m, p).unwrap());
            for s in segments {
                if let Segment::Term { slug, .. } = s {
                    assert!(in_step.insert(slug.clone()), "{}: {slug} marked twice", step.slug);
                    marked.insert(slug.clone());
                }
            }
        }
    }
    for e in g.entries.iter().filter(|e| !e.matches.is_empty()) {
        assert!(marked.contains(&e.slug), "{} has phrases but no step uses them", e.slug);
    }
    assert!(
        marked.len() >= 25,
        "only {} entries are marked in the text",
        marked.len()
    );
    // The author's own stake, as the article gives it.
    assert!(m.story.article.author_bio.contains("prosecuted in absentia"));
}

/// The glossary list is one HTML string for the panel, the article view, print and no-script:
/// every entry once, links to the steps that mark it, and text escaped (a hostile definition
/// stays text).
#[test]
fn the_glossary_list_names_every_entry_once_and_escapes_text() {
    use minsk_explainer::reader_tools::glossary_list::{html, uses, StepLinks};
    let mut m = common::model();
    let out = html(&m, StepLinks::Buttons, "g");
    for e in &m.glossary.entries {
        assert_eq!(out.matches(&format!("id=\"g-{}\"", e.slug)).count(), 1, "{}", e.slug);
    }
    let used = uses(&m);
    let potash = m.glossary.entries.iter().position(|e| e.slug == "potash").unwrap();
    assert!(!used[potash].is_empty());
    for &i in &used[potash] {
        assert!(out.contains(&format!("data-step=\"{i}\"")));
    }
    let anchors = html(&m, StepLinks::Anchors("a"), "a-g");
    let first = &m.story.steps[used[potash][0]].slug;
    assert!(anchors.contains(&format!("href=\"#a-{first}\"")) && !anchors.contains("data-step"));
    m.glossary.entries[0].text = "<img src=x onerror=alert(1)> & \"quoted\"".into();
    let hostile = html(&m, StepLinks::Buttons, "g");
    assert!(
        !hostile.contains("<img") && hostile.contains("&lt;img src=x onerror=alert(1)&gt; &amp; &quot;quoted&quot;")
    );
}
