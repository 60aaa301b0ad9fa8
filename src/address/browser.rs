//! Reads and writes the reader's position in the address bar.

use crate::address::{self, ViewState};

/// The current query string (`?…`), or empty.
pub fn current_query() -> String {
    web_sys::window()
        .and_then(|w| w.location().search().ok())
        .unwrap_or_default()
}

/// Mirrors the state into the address bar without adding history entries.
pub fn write(state: ViewState, slugs: &[&str]) {
    let Some(window) = web_sys::window() else {
        return;
    };
    let current = current_query();
    let query = address::to_query(state, slugs, &current);
    if query == current {
        return;
    }
    let hash = window.location().hash().unwrap_or_default();
    if let Ok(history) = window.history() {
        let _ = history.replace_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some(&format!("{query}{hash}")));
    }
}

/// The full explainer's address (this page, without embed flags) at the given state.
pub fn full_page_url(state: ViewState, slugs: &[&str]) -> String {
    let Some(location) = web_sys::window().map(|w| w.location()) else {
        return String::new();
    };
    let base = format!(
        "{}{}",
        location.origin().unwrap_or_default(),
        location.pathname().unwrap_or_default()
    );
    format!("{base}{}", address::full_page_query(state, slugs))
}

/// The explainer's public address (without query): the canonical link in index.html, unless it
/// is still the placeholder, in which case this page's own address.
pub fn site_base() -> String {
    let Some(window) = web_sys::window() else {
        return String::new();
    };
    let canonical = window
        .document()
        .and_then(|d| d.query_selector("link[rel=canonical]").ok().flatten())
        .and_then(|l| l.get_attribute("href"))
        .filter(|href| href.starts_with("https://") && !href.contains(".example/"));
    canonical.unwrap_or_else(|| {
        let l = window.location();
        format!("{}{}", l.origin().unwrap_or_default(), l.pathname().unwrap_or_default())
    })
}

/// The shareable address of a step.
pub fn step_link(slug: &str) -> String {
    format!("{}{}", site_base(), address::step_query(slug))
}
