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
