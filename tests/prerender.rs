//! The build-time render of the app (`ssr`): the whole story from the top, from the data,
//! escaped, and nothing the page's security policy would block.
#![cfg(feature = "ssr")]

mod common;

use minsk_explainer::figures::{file, Size, Variant};

fn page() -> String {
    minsk_explainer::ui::prerender()
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
    }
    assert_eq!(html.matches("<article id=\"step-").count(), m.story.steps.len());
    // The first step is current, and the chart box shows its static figure until the canvas draws.
    assert!(html.contains("aria-current=\"step\" class=\"step step--scroll step--current\""));
    assert!(html.contains("<div aria-hidden=\"true\" class=\"chart__static\"><picture class=\"chart__static-light\">"));
}

#[test]
fn figures_in_the_text_come_from_the_data() {
    let html = page();
    // The GDP step quotes the World Bank figure for 2022, formatted from the datum.
    assert!(html.contains(">\u{2212}4.66%</button>"));
    assert!(!html.contains("{gdp:"), "no unresolved placeholder");
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
    for href in html
        .split(" href=\"")
        .skip(1)
        .map(|rest| &rest[..rest.find('"').unwrap()])
    {
        assert!(
            ["https://", "http://", "#", "data/"]
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
