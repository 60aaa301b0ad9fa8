//! The static figures written into the build: a real chart per step, in every variant.

mod common;

use minsk_explainer::charts::Theme;
use minsk_explainer::figures::{all, file, Size, Variant};

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
