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

/// The size of the element `el` will hold, as a signal: `(0, 0)` until it is first measured,
/// then every change; the watching stops when the calling component goes.
pub fn use_size(el: leptos::prelude::NodeRef<leptos::html::Div>) -> leptos::prelude::RwSignal<(f64, f64)> {
    use leptos::prelude::*;
    let size = RwSignal::new((0.0f64, 0.0f64));
    let observer = StoredValue::new_local(None::<web_sys::ResizeObserver>);
    Effect::new(move |_| {
        let Some(el) = el.get() else { return };
        observer.set_value(self::watch(&el, move |next| {
            // It may report once more as the element leaves the page (a mode switch): then do nothing.
            if size.try_get_untracked().is_some_and(|now| now != next) {
                size.set(next);
            }
        }));
    });
    on_cleanup(move || {
        observer.with_value(|o| {
            if let Some(o) = o {
                o.disconnect();
            }
        })
    });
    size
}
