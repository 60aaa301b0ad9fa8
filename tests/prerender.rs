//! The build-time render of the app (`ssr`): the whole story from the top, from the data,
//! escaped, and nothing the page's security policy would block.
#![cfg(feature = "ssr")]

mod common;

use minsk_explainer::prerender::figures::{file, Size, Variant};
use minsk_explainer::prerender::pages;

fn page() -> String {
    minsk_explainer::page::prerender()
}

#[test]
fn every_step_is_there_with_its_headline_and_static_figure() {
    let m = common::model();
    let html = page();
    for step in &m.story.steps {
        let headline = step.headline.replace('&', "&amp;").replace('<', "&lt;");
        assert!(
            html.contains(&format!(
                "id=\"step-{}-heading\" tabindex=\"-1\" class=\"step__headline\">{headline}</h2>",
                step.slug
            )),
            "{}",
            step.slug
        );
        let figure = file(
            &step.slug,
            Variant {
                size: Size::Wide,
                dark: false,
            },
        );
        assert!(html.contains(&format!("<img src=\"{figure}\"")), "{figure}");
        // The no-script figure is wrapped in <noscript>, so scripting browsers never parse it.
        let at = html.find(&format!("<img src=\"{figure}\"")).unwrap();
        let open = html[..at]
            .rfind("<noscript class=\"step-figure-box\">")
            .expect("inside a noscript");
        assert!(!html[open..at].contains("</noscript>"), "{figure}: inside its noscript");
    }
    assert_eq!(html.matches("<article id=\"step-").count(), m.story.steps.len());
    // The first step is current, and the chart box shows its static figure until the canvas draws.
    // Each step names its chart (prepaint.js shows a deep-linked step's chart title before the app).
    assert!(html.contains(
        "class=\"step step--scroll step--current\" aria-labelledby=\"step-a-deal-in-minsk-heading\" aria-current=\"step\" \
         data-chart-title=\"Political prisoners in Belarus and releases\""
    ));
    // One picture that follows the system's scheme, so exactly one file is fetched, eagerly.
    assert!(html.contains(
        "<div aria-hidden=\"true\" class=\"chart__static\"><picture><source media=\"(min-width: 900px) and (prefers-color-scheme: dark)\" srcset=\"figures/a-deal-in-minsk-desktop-box-dark.svg\">"
    ));
    assert!(html.contains("fetchpriority=\"high\" elementtiming=\"chart-static\""));
    // What a scripting browser parses as elements: everything outside <noscript>.
    let scripting: String = html
        .split("<noscript")
        .enumerate()
        .map(|(i, part)| match i {
            0 => part,
            _ => part.split_once("</noscript>").map_or("", |(_, rest)| rest),
        })
        .collect();
    assert_eq!(
        scripting.matches("<picture>").count(),
        1,
        "no-script figures are in <noscript>"
    );
    assert_eq!(
        html.matches("<noscript class=\"step-figure-box\">").count(),
        m.story.steps.len()
    );
}

#[test]
fn figures_in_the_text_come_from_the_data() {
    let html = page();
    // The GDP step quotes the World Bank figure for 2022, formatted from the datum.
    assert!(html.contains(">\u{2212}4.66%</button>"));
    assert!(!html.contains("{gdp:"), "no unresolved placeholder");
    // The masthead and the footer say what the data covers up to, from the newest dated row.
    let day = common::model().data_as_of().unwrap();
    let as_of = format!("Data as of <time datetime=\"{day}\">{}</time>", day.long());
    assert_eq!(html.matches(&as_of).count(), 2, "{as_of}");
}

#[test]
fn nothing_executable_or_inline_styled_and_only_safe_links() {
    let html = page();
    assert!(!html.contains("<script"));
    assert!(!html.contains(" style="), "the CSP allows no inline styles");
    let handler = html.split(" on").skip(1).find(|rest| {
        let name: String = rest.chars().take_while(char::is_ascii_lowercase).collect();
        !name.is_empty() && rest[name.len()..].starts_with("=\"")
    });
    assert_eq!(handler, None, "no inline event handlers");
    // The language switch: the other editions' pages, at the same step.
    let editions: Vec<String> = minsk_explainer::i18n::Edition::ALL
        .iter()
        .map(|e| match e.folder() {
            "" => "./?step=".to_string(),
            f => format!("{f}/?step="),
        })
        .collect();
    for href in html
        .split(" href=\"")
        .skip(1)
        .map(|rest| &rest[..rest.find('"').unwrap()])
    {
        assert!(
            editions.iter().any(|e| href.starts_with(e.as_str()))
                || [
                    "https://",
                    "http://",
                    "#",
                    "data/",
                    pages::SOURCES,
                    pages::GLOSSARY,
                    pages::KEY_DATES,
                    pages::QUESTIONS,
                    pages::OFFLINE,
                ]
                .iter()
                .any(|p| href.starts_with(p)),
            "{href}"
        );
    }
}

#[test]
fn controls_show_their_starting_state_before_the_app_starts() {
    let html = page();
    // "Include data from after the article" starts on, as the app has it.
    let at = html
        .find("Include data from after the article")
        .expect("the after-article toggle");
    let input = &html[html[..at].rfind("<input").expect("its checkbox")..at];
    assert!(input.contains("type=\"checkbox\""), "{input}");
    assert!(
        input.contains(" checked"),
        "the box is ticked in the built page: {input}"
    );
}

/// Scroll mode's column is one string (`step_html::text` per step); the other modes render each
/// step with `StepText`. Both must write the same chapter line, headline and body.
#[test]
fn the_column_string_and_the_step_component_write_the_same_text() {
    use leptos::prelude::*;
    use minsk_explainer::page::{app::App, boot::Boot};
    let m = common::model();
    let owner = Owner::new_root(None);
    let boot = Boot {
        query: "mode=steps".into(),
        ..Boot::default()
    };
    let steps_mode = owner.with(|| view! { <App boot=boot/> }.to_html());
    owner.unset();
    let expected = minsk_explainer::reading::step_html::text(&m, 0, "step-heading", true);
    assert!(!expected.is_empty());
    assert!(steps_mode.contains(&expected), "{expected}\n\nnot in\n\n{steps_mode}");
    // And the column carries it for every step.
    let page = page();
    for (i, step) in m.story.steps.iter().enumerate() {
        let heading = format!("step-{}-heading", step.slug);
        assert!(
            page.contains(&minsk_explainer::reading::step_html::text(&m, i, &heading, true)),
            "{}",
            step.slug
        );
    }
}

/// Each edition's plain pages (sources, glossary, key dates, questions) are written in its
/// language: `<html lang>`, the page's own words from the catalog, links to its own explainer.
#[test]
fn every_editions_plain_pages_are_in_its_language() {
    use minsk_explainer::i18n::{self, tr, Edition};
    let english = common::model();
    for edition in Edition::ALL.into_iter().filter(|&e| e != Edition::En) {
        let Some(catalog) = i18n::bundled(edition) else {
            continue;
        };
        let catalog = catalog.unwrap();
        let mut local = english.clone();
        local.localize(&catalog);
        i18n::set(edition, Some(catalog));
        i18n::set_root("../");
        for (file, html) in pages::all(&local) {
            let at = format!("{}/{file}", edition.code());
            assert!(html.contains(&format!("<html lang=\"{}\">", edition.code())), "{at}");
            for english_words in [
                "Back to the explainer",
                "Open this step in the explainer",
                "in plain words",
                "in story order",
                "oldest first",
            ] {
                assert!(!html.contains(english_words), "{at}: {english_words:?} left in English");
            }
            assert!(
                html.contains(&minsk_explainer::format::escape_html(tr("← Back to the explainer"))),
                "{at}"
            );
            // The story's own headline, as the edition writes it.
            assert!(
                html.contains(&minsk_explainer::format::escape_html(&local.story.title)),
                "{at}"
            );
        }
    }
    i18n::set(Edition::En, None);
    i18n::set_root("");
}
