//! The chart palette as the page's CSS currently defines it (so themes are a CSS concern).

use crate::charts::Theme;

/// Reads the `--chart-*` custom properties from the root element; falls back to the bundled
/// light tokens if the stylesheet has not loaded.
pub fn current() -> Theme {
    let from_page = web_sys::window().and_then(|w| {
        let root = w.document()?.document_element()?;
        let style = w.get_computed_style(&root).ok()??;
        Theme::from_lookup(|name| style.get_property_value(name).ok().filter(|v| !v.trim().is_empty())).ok()
    });
    from_page.unwrap_or_else(|| {
        Theme::from_css(include_str!("../../style/tokens.css")).expect("bundled tokens define every colour")
    })
}
