//! Horizontal swipes on touch screens, for reading step by step.

use crate::reading::geometry::swipe_direction;
use wasm_bindgen::closure::Closure;
use wasm_bindgen::JsCast;

/// Calls `on_swipe(next)` for each swipe that starts on `target` (not in a form control or a
/// dialog). Lives as long as the page.
pub fn watch(target: &web_sys::Element, on_swipe: impl Fn(bool) + 'static) {
    let start = std::rc::Rc::new(std::cell::Cell::new(None::<(f64, f64, f64)>));
    let now = || {
        web_sys::window()
            .and_then(|w| w.performance())
            .map(|p| p.now())
            .unwrap_or(0.0)
    };
    let s = start.clone();
    let on_start = Closure::<dyn Fn(web_sys::TouchEvent)>::new(move |ev: web_sys::TouchEvent| {
        let ignored = ev
            .target()
            .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
            .and_then(|el| {
                el.closest("input, select, textarea, dialog, .data-table")
                    .ok()
                    .flatten()
            })
            .is_some();
        let touch = ev.touches().get(0);
        s.set(match (ignored, touch, ev.touches().length()) {
            (false, Some(t), 1) => Some((t.client_x() as f64, t.client_y() as f64, now())),
            _ => None,
        });
    });
    let on_end = Closure::<dyn Fn(web_sys::TouchEvent)>::new(move |ev: web_sys::TouchEvent| {
        let (Some((x0, y0, t0)), Some(t)) = (start.take(), ev.changed_touches().get(0)) else {
            return;
        };
        if let Some(next) = swipe_direction(t.client_x() as f64 - x0, t.client_y() as f64 - y0, now() - t0) {
            on_swipe(next);
        }
    });
    let passive = web_sys::AddEventListenerOptions::new();
    passive.set_passive(true);
    let _ = target.add_event_listener_with_callback_and_add_event_listener_options(
        "touchstart",
        on_start.as_ref().unchecked_ref(),
        &passive,
    );
    let _ = target.add_event_listener_with_callback_and_add_event_listener_options(
        "touchend",
        on_end.as_ref().unchecked_ref(),
        &passive,
    );
    on_start.forget();
    on_end.forget();
}
