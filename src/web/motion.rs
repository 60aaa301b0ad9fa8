//! The reader's motion preference (`prefers-reduced-motion`).

use wasm_bindgen::closure::Closure;
use wasm_bindgen::JsCast;

const QUERY: &str = "(prefers-reduced-motion: reduce)";

/// Whether the system asks for reduced motion.
pub fn reduced() -> bool {
    web_sys::window()
        .and_then(|w| w.match_media(QUERY).ok().flatten())
        .is_some_and(|m| m.matches())
}

/// Calls `on_change(reduced)` when the system setting changes. Lives as long as the page.
pub fn watch(on_change: impl Fn(bool) + 'static) {
    let Some(query) = web_sys::window().and_then(|w| w.match_media(QUERY).ok().flatten()) else {
        return;
    };
    let listener = Closure::<dyn Fn()>::new(move || on_change(reduced()));
    let _ = query.add_event_listener_with_callback("change", listener.as_ref().unchecked_ref());
    listener.forget();
}
