//! The static figures written into the build: a real chart per step, in every variant.

mod common;

use minsk_explainer::charts::Theme;
use minsk_explainer::prerender::figures::{all, file, stand_in_preloads, stand_in_sources, Size, Variant};

#[test]
fn each_figure_is_a_real_chart_in_light_and_dark() {
    let m = common::model();
    let tokens = include_str!("../style/tokens.css");
    let dark = Theme::dark_from_css(tokens).expect("the tokens have a dark theme");
    let figs = all(&m, &common::theme(), &dark).expect("figures draw");
    let per_step = 2 * Size::ALL.len();
    assert_eq!(
        figs.len(),
        per_step * m.story.steps.len(),
        "every size in light and dark per step"
    );
    for (name, svg) in &figs {
        assert!(
            svg.starts_with("<svg") && svg.len() > 2000,
            "{name}: almost nothing drawn"
        );
    }
    let i = m.story.index_of("a-sharp-fall").unwrap();
    let gdp = &figs[per_step * i].1;
    assert_eq!(figs[per_step * i].0, "figures/a-sharp-fall.svg");
    assert!(gdp.contains("\u{2212}4.66%"), "the 2022 fall is labelled from the data");
    // The dark version is a different drawing (its own background and ink), not a copy.
    let dark_gdp = &figs[per_step * i + Size::ALL.len()].1;
    assert_eq!(figs[per_step * i + Size::ALL.len()].0, "figures/a-sharp-fall-dark.svg");
    assert_ne!(gdp, dark_gdp);
}

/// No chart text under 12 CSS px (issue 19), in any figure at its own size: each figure is drawn
/// at the width it is shown at (phones get their own), so its units are CSS px.
#[test]
fn no_figure_text_is_under_twelve_px() {
    let m = common::model();
    let figs = all(&m, &common::theme(), &common::theme()).expect("figures draw");
    let mut texts = 0;
    for (name, svg) in &figs {
        for attr in svg.split("font-size=\"").skip(1) {
            let px: f64 = attr[..attr.find('"').unwrap()].parse().unwrap();
            assert!(px >= 12.0 - 1e-9, "{name}: text at {px} px");
            texts += 1;
        }
    }
    assert!(texts > 1000, "{texts} labels in all");
}

#[test]
fn each_size_is_drawn_at_its_size_under_its_own_name() {
    let m = common::model();
    let figs = all(&m, &common::theme(), &common::theme()).expect("figures draw");
    let names: std::collections::HashSet<_> = figs.iter().map(|(n, _)| n.as_str()).collect();
    assert_eq!(names.len(), figs.len(), "no two variants share a file");
    for (k, v) in Variant::all().enumerate() {
        let (name, svg) = &figs[k];
        assert_eq!(*name, file(&m.story.steps[0].slug, v));
        let (w, h) = v.size.px();
        assert!(
            svg.contains(&format!("width=\"{w}\" height=\"{h}\"")),
            "{name} is {w} × {h}"
        );
    }
}

#[test]
fn the_stand_in_follows_the_system_scheme_or_a_forced_theme() {
    let auto = stand_in_sources("ryanair", None);
    // Each layout offers dark (under the system's dark scheme) before light, so the first match wins.
    assert_eq!(auto.len(), 6);
    for pair in auto.chunks(2) {
        assert!(pair[0].0.ends_with(" and (prefers-color-scheme: dark)") && pair[0].1.ends_with("-dark.svg"));
        assert_eq!(pair[0].0.replace(" and (prefers-color-scheme: dark)", ""), pair[1].0);
        assert_eq!(pair[0].1.replace("-dark.svg", ".svg"), pair[1].1);
    }
    assert_eq!(auto[2].1, "figures/ryanair-phone-box.svg".replace(".svg", "-dark.svg"));
    let dark = stand_in_sources("ryanair", Some(true));
    assert_eq!(dark.len(), 3);
    assert!(dark
        .iter()
        .all(|(media, file)| !media.contains("color-scheme") && file.ends_with("-dark.svg")));
    let light = stand_in_sources("ryanair", Some(false));
    assert!(light.iter().all(|(_, file)| !file.ends_with("-dark.svg")));
    // The head's preloads are the same six files, with media that never overlap (a preload has
    // no "first match wins"): one scheme each, and tablets start where phones end.
    let preloads = stand_in_preloads("ryanair");
    assert_eq!(preloads.matches("<link rel=\"preload\" as=\"image\"").count(), 6);
    for (_, file) in &auto {
        assert_eq!(preloads.matches(&format!("href=\"{file}\"")).count(), 1, "{file}");
    }
    assert!(preloads.contains(
        "href=\"figures/ryanair-phone-box.svg\" media=\"(max-width: 600px) and (prefers-color-scheme: light)\""
    ));
    assert!(preloads.contains(
        "href=\"figures/ryanair-tablet-box-dark.svg\" media=\"(min-width: 601px) and (max-width: 899px) and (prefers-color-scheme: dark)\""
    ));
}

/// The build joins the page's inlined stylesheets into one `<style>`, in order, without the
/// comments written for people, and leaves the rest of the page as it was.
#[test]
fn the_page_ships_one_stylesheet_without_comments() {
    use minsk_explainer::prerender::styles::compact;
    let page = "<head>\n  <style>/* tokens */\n:root { --a: #fff; }\n\n</style>\n  <script>x()</script>\n  <style>/* why\n   two lines */\n.b { color: var(--a); } /* after */\n</style>\n</head>\n<body><div id=\"app\">\n<p>/* not css */</p></div></body>";
    let out = compact(page);
    assert_eq!(
        out,
        "<head>\n  <style>:root { --a: #fff; }\n.b { color: var(--a); }</style>\n  <script>x()</script>\n</head>\n<body><div id=\"app\">\n<p>/* not css */</p></div></body>"
    );
    assert_eq!(compact("<p>no styles</p>"), "<p>no styles</p>");
    assert_eq!(compact("<style>a{}"), "<style>a{}", "an unclosed style is left alone");
    // The real stylesheets keep every rule: as many braces as before, none of the comments.
    let css: String = [
        "tokens",
        "page",
        "charts",
        "reading",
        "reader_tools",
        "embed",
        "fallback",
        "print",
    ]
    .iter()
    .map(|f| std::fs::read_to_string(format!("style/{f}.css")).unwrap())
    .map(|c| format!("<style>{c}</style>\n"))
    .collect();
    let out = compact(&css);
    assert_eq!(out.matches("<style>").count(), 1);
    assert_eq!(out.matches('{').count(), css.matches('{').count());
    assert!(!out.contains("/*") && !out.contains("*/"));
    assert!(out.len() < css.len() * 9 / 10, "{} of {} bytes", out.len(), css.len());
}
