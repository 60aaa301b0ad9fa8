//! The static story written into the page at build time: complete, escaped, from the data.

mod common;

use minsk_explainer::static_story::{escape, figure_file, figures, html};

#[test]
fn every_step_is_there_with_its_headline_text_figure_and_link() {
    let m = common::model();
    let page = html(&m);
    for step in &m.story.steps {
        assert!(page.contains(&format!(
            "<h2 id=\"s-{}-heading\">{}</h2>",
            step.slug,
            escape(&step.headline)
        )));
        assert!(
            page.contains(&format!("<img src=\"{}\"", figure_file(&step.slug))),
            "{}",
            step.slug
        );
        assert!(page.contains(&format!("href=\"?step={}\"", step.slug)));
    }
    assert_eq!(
        page.matches("<section class=\"static-step\"").count(),
        m.story.steps.len()
    );
}

#[test]
fn figures_in_the_text_come_from_the_data() {
    let m = common::model();
    let page = html(&m);
    // The GDP step quotes the World Bank figure for 2022, formatted from the datum.
    assert!(page.contains("<strong>\u{2212}4.66%</strong>"));
    assert!(!page.contains("{gdp:"), "no unresolved placeholder");
}

#[test]
fn text_and_links_are_escaped_and_only_web_addresses_are_linked() {
    assert_eq!(
        escape("<script>\"x\" & 'y'</script>"),
        "&lt;script&gt;&quot;x&quot; &amp; &#39;y&#39;&lt;/script&gt;"
    );
    let page = html(&common::model());
    assert!(!page.contains("<script"));
    assert!(!page.contains("href=\"javascript:"));
    for href in page
        .split("href=\"")
        .skip(1)
        .map(|rest| &rest[..rest.find('"').unwrap()])
    {
        assert!(
            href.starts_with("https://") || href.starts_with("http://") || href.starts_with("?step="),
            "{href}"
        );
    }
}

#[test]
fn each_figure_is_a_real_chart() {
    let m = common::model();
    let figs = figures(&m, &common::theme()).expect("figures draw");
    assert_eq!(
        figs.len(),
        2 * m.story.steps.len(),
        "a wide and a narrow figure per step"
    );
    for (file, svg) in &figs {
        assert!(
            svg.starts_with("<svg") && svg.len() > 2000,
            "{file}: almost nothing drawn"
        );
    }
    let gdp = &figs[2 * m.story.index_of("a-sharp-fall").unwrap()].1;
    assert!(gdp.contains("\u{2212}4.66%"));
}
