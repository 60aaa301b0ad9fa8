//! The static figures written into the build: a real chart per step, in every variant.

mod common;

use minsk_explainer::charts::Theme;
use minsk_explainer::figures::{all, file, Variant};

#[test]
fn each_figure_is_a_real_chart_in_light_and_dark() {
    let m = common::model();
    let tokens = include_str!("../style/tokens.css");
    let dark = Theme::dark_from_css(tokens).expect("the tokens have a dark theme");
    let figs = all(&m, &common::theme(), &dark).expect("figures draw");
    assert_eq!(figs.len(), 4 * m.story.steps.len(), "four variants per step");
    for (name, svg) in &figs {
        assert!(
            svg.starts_with("<svg") && svg.len() > 2000,
            "{name}: almost nothing drawn"
        );
    }
    let i = m.story.index_of("a-sharp-fall").unwrap();
    let gdp = &figs[4 * i].1;
    assert_eq!(figs[4 * i].0, file("a-sharp-fall", Variant::ALL[0]));
    assert!(gdp.contains("\u{2212}4.66%"), "the 2022 fall is labelled from the data");
    // The dark version is a different drawing (its own background and ink), not a copy.
    let dark_gdp = &figs[4 * i + 2].1;
    assert_eq!(figs[4 * i + 2].0, "figures/a-sharp-fall-dark.svg");
    assert_ne!(gdp, dark_gdp);
}
