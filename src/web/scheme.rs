//! The page's colour scheme: `data-theme` on the root, the system's preference and its changes,
//! and the chart palette as the page's CSS currently defines it (so themes are a CSS concern).

use crate::charts::Theme;
use std::cell::{OnceCell, RefCell};

thread_local! {
    /// The palette last read from the page, with the `data-theme` and contrast it was read under.
    static READ: RefCell<Option<(String, Theme)>> = const { RefCell::new(None) };
    static CONTRAST: OnceCell<Option<web_sys::MediaQueryList>> = const { OnceCell::new() };
}

/// Reads the `--chart-*` custom properties from the root element; falls back to the bundled
/// light tokens if the stylesheet has not loaded.
///
/// Read once per `data-theme` and contrast preference: `getComputedStyle` right after a step's
/// text changed forces a style recalculation inside the key press → frame path, and every
/// transition frame asks.
pub fn current() -> Theme {
    let Some((window, root)) = web_sys::window().and_then(|w| Some((w.clone(), w.document()?.document_element()?)))
    else {
        return light();
    };
    // tokens.css switches the palette on `data-theme` and on `prefers-contrast: more` (the query
    // object is kept: `matchMedia` itself costs about 1 ms on a slow phone).
    let more_contrast = CONTRAST
        .with(|q| {
            q.get_or_init(|| window.match_media("(prefers-contrast: more)").ok().flatten())
                .clone()
        })
        .is_some_and(|m| m.matches());
    let key = format!(
        "{}{}",
        root.get_attribute("data-theme").unwrap_or_default(),
        if more_contrast { "+contrast" } else { "" }
    );
    if let Some(theme) = READ.with_borrow(|r| r.as_ref().filter(|(k, _)| *k == key).map(|(_, t)| t.clone())) {
        return theme;
    }
    let from_page = window.get_computed_style(&root).ok().flatten().and_then(|style| {
        Theme::from_lookup(|name| style.get_property_value(name).ok().filter(|v| !v.trim().is_empty())).ok()
    });
    match from_page {
        Some(theme) => {
            READ.set(Some((key, theme.clone())));
            theme
        }
        None => light(),
    }
}

/// The light palette as bundled (print is always light, whatever the screen shows).
pub fn light() -> Theme {
    Theme::from_css(include_str!("../../style/tokens.css")).expect("bundled tokens define every colour")
}

const DARK: &str = "(prefers-color-scheme: dark)";

/// Whether the reader's system asks for a dark theme.
pub fn system_dark() -> bool {
    crate::web::media::matches(DARK)
}

/// Sets the page's `data-theme` ("light" or "dark"); the CSS tokens follow.
pub fn apply(resolved: &str) {
    if let Some(root) = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.document_element())
    {
        let _ = root.set_attribute("data-theme", resolved);
    }
}

/// Calls `on_change(dark)` whenever the system theme changes (for `theme=auto`).
pub fn watch_system(on_change: impl Fn(bool) + 'static) {
    crate::web::media::watch(DARK, on_change);
}
