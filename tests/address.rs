//! URL state: slugs and numbers land on their step; anything else falls back to the first step.

use minsk_explainer::address::{
    full_page_query, parse, parse_params, percent_decode, step_from_param, to_query, ThemeChoice, ViewState,
};
use minsk_explainer::model::ChartKind;

const SLUGS: [&str; 3] = ["a-deal-in-minsk", "behind-bars", "the-lesson-of-2015"];

#[test]
fn slugs_and_one_based_numbers_select_steps() {
    assert_eq!(parse("?step=behind-bars", &SLUGS).step, 1);
    assert_eq!(parse("step=the-lesson-of-2015", &SLUGS).step, 2);
    assert_eq!(parse("?step=3", &SLUGS).step, 2);
    assert_eq!(parse("?step=1", &SLUGS).step, 0);
    assert_eq!(parse("?embed=1&step=behind%2Dbars", &SLUGS).step, 1);
}

#[test]
fn unknown_or_malformed_values_fall_back_to_the_first_step() {
    for q in [
        "",
        "?",
        "?step=",
        "?step=0",
        "?step=4",
        "?step=-1",
        "?step=99999999999999999999",
        "?step=1e3",
        "?step=%",
        "?step=%zz",
        "?step=<script>alert(1)</script>",
        "?step=javascript:alert(1)",
        "?step=behind-bars%00",
        "?step=%E2%80%AE",
        "?stepx=2",
    ] {
        assert_eq!(parse(q, &SLUGS).step, 0, "{q}");
    }
    assert_eq!(step_from_param(&"9".repeat(10_000), &SLUGS), None);
}

#[test]
fn the_first_step_parameter_wins() {
    assert_eq!(parse("?step=2&step=3", &SLUGS).step, 1);
}

#[test]
fn percent_decoding_is_lenient() {
    assert_eq!(percent_decode("a%20b+c"), "a b c");
    assert_eq!(percent_decode("100%"), "100%");
    assert_eq!(percent_decode("%e2%88%92"), "\u{2212}");
    assert_eq!(percent_decode("%ff"), "\u{fffd}");
}

#[test]
fn writing_the_url_keeps_other_parameters() {
    let at = |step| ViewState {
        step,
        ..ViewState::default()
    };
    assert_eq!(to_query(at(1), &SLUGS, ""), "?step=behind-bars");
    assert_eq!(
        to_query(at(2), &SLUGS, "?embed=1&step=2"),
        "?embed=1&step=the-lesson-of-2015"
    );
    assert_eq!(
        full_page_query(
            ViewState {
                step: 1,
                embed: true,
                ..ViewState::default()
            },
            &SLUGS
        ),
        "?step=behind-bars"
    );
}

#[test]
fn embed_flag_accepts_the_usual_spellings_and_ignores_junk() {
    for q in ["?embed=1", "?embed=true", "?embed=YES", "?step=2&embed=1"] {
        assert!(parse(q, &SLUGS).embed, "{q}");
    }
    for q in [
        "",
        "?embed=0",
        "?embed=",
        "?embed=no",
        "?embed=<script>",
        "?embedx=1",
        "?embed=0&embed=1",
    ] {
        assert!(!parse(q, &SLUGS).embed, "{q}");
    }
}

#[test]
fn embed_flags_parse_and_junk_is_ignored() {
    let p = parse_params("?embed=1&chart=gdp&theme=dark&transparent=1&events=1", &SLUGS);
    let s = p.view;
    assert_eq!(
        (s.embed, s.chart, s.theme, p.transparent, s.events),
        (true, Some(ChartKind::Gdp), ThemeChoice::Dark, true, true)
    );
    assert_eq!(parse("?chart=gdp", &SLUGS).chart, None, "a single chart only in embeds");
    let p = parse_params("?embed=1&chart=pie&theme=%3Cscript%3E&transparent=2&events=on", &SLUGS);
    let junk = p.view;
    assert_eq!(
        (junk.chart, junk.theme, p.transparent, junk.events),
        (None, ThemeChoice::Auto, false, false)
    );
    assert_eq!(parse("?theme=LIGHT", &SLUGS).theme, ThemeChoice::Light);
    assert_eq!(ThemeChoice::Auto.resolve(true), "dark");
    assert_eq!(ThemeChoice::Light.resolve(true), "light");
}

#[test]
fn only_full_page_scroll_views_hydrate_the_prerendered_page() {
    let slugs = &SLUGS;
    for q in [
        "",
        "?step=3",
        "?step=3&theme=dark",
        "?mode=scroll&step=2",
        "?transparent=1",
    ] {
        assert!(parse(q, slugs).hydrates_prerender(), "{q} has the prerendered layout");
    }
    for q in [
        "?mode=steps",
        "?mode=article&step=2",
        "?embed=1",
        "?embed=1&mode=scroll",
        "?embed=1&chart=gdp",
    ] {
        assert!(!parse(q, slugs).hydrates_prerender(), "{q} is laid out differently");
    }
}

/// The app's parser agrees with `tests/addresses.json`, the list the pre-paint script
/// (`public/prepaint.js`) is held to in `end2end/tests/address.spec.mjs`.
#[test]
fn the_parser_reads_the_shared_address_list_as_listed() {
    let model = minsk_explainer::model::Model::first_view().unwrap();
    let slugs: Vec<&str> = model.story.steps.iter().map(|s| s.slug.as_str()).collect();
    let list: serde_json::Value = serde_json::from_str(include_str!("addresses.json")).unwrap();
    let cases = list["cases"].as_array().unwrap();
    assert!(cases.len() >= 30);
    for case in cases {
        let query = case["query"].as_str().unwrap();
        let p = parse_params(query, &slugs);
        let theme = match p.view.theme {
            ThemeChoice::Auto => "auto",
            ThemeChoice::Light => "light",
            ThemeChoice::Dark => "dark",
        };
        assert_eq!(theme, case["theme"], "{query}: theme");
        assert_eq!(!p.view.hydrates_prerender(), case["waits_for_app"], "{query}: layout");
        assert_eq!(p.transparent, case["transparent"], "{query}: transparent");
        assert_eq!(slugs[p.view.step], case["step"], "{query}: step");
    }
}

#[test]
fn questions_and_answers_open_only_on_a_clear_yes_and_the_address_keeps_them() {
    let p = parse_params("?step=behind-bars&questions=1", &SLUGS);
    assert_eq!((p.view.step, p.questions, p.answers), (1, true, false));
    let p = parse_params("?answers=true", &SLUGS);
    assert_eq!((p.questions, p.answers), (false, true));
    for q in [
        "?answers=0",
        "?answers=<script>",
        "?answers",
        "?answer=1",
        "?answers=no&answers=1",
    ] {
        assert!(!parse_params(q, &SLUGS).answers, "{q}");
    }
    // Moving between steps keeps the teacher's view in the address.
    let at = ViewState {
        step: 2,
        ..ViewState::default()
    };
    assert_eq!(
        to_query(at, &SLUGS, "?answers=1&step=behind-bars"),
        "?answers=1&step=the-lesson-of-2015"
    );
}
