//! An element's size as it changes (a `ResizeObserver`), in whole CSS pixels.

use wasm_bindgen::closure::Closure;
use wasm_bindgen::JsCast;

/// Calls `on_change((width, height))` once at the start and whenever `el`'s box changes size.
/// The observer it returns keeps watching until disconnected.
pub fn watch(el: &web_sys::Element, on_change: impl Fn((f64, f64)) + 'static) -> Option<web_sys::ResizeObserver> {
    let target = el.clone();
    let callback = Closure::<dyn FnMut(wasm_bindgen::JsValue)>::new(move |_entries: wasm_bindgen::JsValue| {
        let rect = target.get_bounding_client_rect();
        on_change((rect.width().floor(), rect.height().floor()));
    });
    let observer = web_sys::ResizeObserver::new(callback.as_ref().unchecked_ref()).ok()?;
    observer.observe(el);
    // Small, and one per observer; the caller disconnects the observer when the element goes.
    callback.forget();
    Some(observer)
}
