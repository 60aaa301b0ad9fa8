//! Media queries (`prefers-reduced-motion`, `prefers-color-scheme`, `print`): whether one
//! matches now, and a callback whenever that changes. One helper for every system preference the
//! app follows.

use wasm_bindgen::closure::Closure;
use wasm_bindgen::JsCast;

fn list(query: &str) -> Option<web_sys::MediaQueryList> {
    web_sys::window()?.match_media(query).ok().flatten()
}

/// Whether `query` matches now (false outside a browser).
pub fn matches(query: &str) -> bool {
    list(query).is_some_and(|m| m.matches())
}

/// Calls `on_change(matches)` whenever `query` starts or stops matching. Lives as long as the page.
pub fn watch(query: &str, on_change: impl Fn(bool) + 'static) {
    let Some(list) = list(query) else { return };
    let now = list.clone();
    let listener = Closure::<dyn Fn()>::new(move || on_change(now.matches()));
    let _ = list.add_event_listener_with_callback("change", listener.as_ref().unchecked_ref());
    listener.forget();
}
