//! Printing: tells the app when the page is about to print (Ctrl+P, the browser menu, or print
//! media emulated by tests and PDF tools) and when it is done.

use wasm_bindgen::closure::Closure;
use wasm_bindgen::JsCast;

/// Calls `on_change(true)` before printing and `on_change(false)` after. The handlers run
/// synchronously in `beforeprint`, so what they render is in the printout. Lives as long as the page.
pub fn watch(on_change: impl Fn(bool) + 'static) {
    let Some(window) = web_sys::window() else { return };
    let on_change = std::rc::Rc::new(on_change);
    for (event, printing) in [("beforeprint", true), ("afterprint", false)] {
        let f = on_change.clone();
        let listener = Closure::<dyn Fn()>::new(move || f(printing));
        let _ = window.add_event_listener_with_callback(event, listener.as_ref().unchecked_ref());
        listener.forget();
    }
    crate::web::media::watch("print", move |printing| on_change(printing));
}
