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
    from_page.unwrap_or_else(light)
}

/// The light palette as bundled (print is always light, whatever the screen shows).
pub fn light() -> Theme {
    Theme::from_css(include_str!("../../style/tokens.css")).expect("bundled tokens define every colour")
}

/// Whether the reader's system asks for a dark theme.
pub fn system_dark() -> bool {
    web_sys::window()
        .and_then(|w| w.match_media("(prefers-color-scheme: dark)").ok().flatten())
        .is_some_and(|m| m.matches())
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
    use wasm_bindgen::JsCast;
    let Some(query) = web_sys::window().and_then(|w| w.match_media("(prefers-color-scheme: dark)").ok().flatten())
    else {
        return;
    };
    let listener = wasm_bindgen::closure::Closure::<dyn Fn()>::new(move || on_change(system_dark()));
    let _ = query.add_event_listener_with_callback("change", listener.as_ref().unchecked_ref());
    // Lives as long as the page.
    listener.forget();
}
