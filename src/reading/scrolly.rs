//! Scroll mode's browser side: measures where the steps are, watches them with an
//! IntersectionObserver, and scrolls a step into the reading zone.

use crate::reading::geometry::{self as scrolly, Span};
use wasm_bindgen::closure::Closure;
use wasm_bindgen::JsCast;

/// Gap between the top of the reading zone and a step scrolled into it.
const GAP: f64 = 16.0;

fn viewport_height() -> f64 {
    web_sys::window()
        .and_then(|w| w.inner_height().ok())
        .and_then(|h| h.as_f64())
        .unwrap_or(0.0)
}

fn viewport_width() -> f64 {
    web_sys::window()
        .and_then(|w| w.inner_width().ok())
        .and_then(|w| w.as_f64())
        .unwrap_or(0.0)
}

/// The chart's box when it is pinned above the text (phones: it spans nearly the full width);
/// `None` when it sits beside the text (desktops).
fn pinned_chart() -> Option<web_sys::DomRect> {
    let width = viewport_width();
    crate::web::element("chart-pin")
        .map(|el| el.get_bounding_client_rect())
        .filter(|r| r.width() > width * 0.7)
}

/// The reading zone now: below the chart when it sits above the text, else the whole window.
pub fn zone() -> Span {
    let height = viewport_height();
    let top = pinned_chart()
        .map(|r| r.bottom().clamp(0.0, height * 0.75))
        .unwrap_or(0.0);
    Span::new(top, height)
}

/// The step elements of scroll mode, in order.
fn steps() -> Vec<web_sys::Element> {
    let Some(list) = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.query_selector_all(".scrolly > .step").ok())
    else {
        return Vec::new();
    };
    (0..list.length())
        .filter_map(|i| list.item(i))
        .filter_map(|n| n.dyn_into::<web_sys::Element>().ok())
        .collect()
}

/// The step most in view now, if any.
pub fn current() -> Option<usize> {
    let spans: Vec<Span> = steps()
        .iter()
        .map(|el| {
            let r = el.get_bounding_client_rect();
            Span::new(r.top(), r.bottom())
        })
        .collect();
    scrolly::most_in_view(&spans, zone())
}

/// Calls `on_change` whenever steps cross in or out of view (and once at the start), until the
/// returned observer is disconnected.
pub fn observe(on_change: impl Fn() + 'static) -> Option<web_sys::IntersectionObserver> {
    let callback = Closure::<dyn Fn(wasm_bindgen::JsValue)>::new(move |_entries| on_change());
    let options = web_sys::IntersectionObserverInit::new();
    // Fine thresholds: "most in view" can change while a tall step is only partly visible.
    let thresholds = js_sys::Array::new();
    for k in 0..=20 {
        thresholds.push(&wasm_bindgen::JsValue::from_f64(k as f64 / 20.0));
    }
    options.set_threshold(&thresholds);
    let observer = web_sys::IntersectionObserver::new_with_options(callback.as_ref().unchecked_ref(), &options).ok()?;
    for el in steps() {
        observer.observe(&el);
    }
    // The callback must outlive the observer; it is small and made once per scroll view.
    callback.forget();
    Some(observer)
}

/// Lets the page, not the browser, restore the scroll position on reload: the URL names the
/// step, and scroll mode brings it into view.
pub fn manual_restoration() {
    if let Some(history) = web_sys::window().and_then(|w| w.history().ok()) {
        let _ = history.set_scroll_restoration(web_sys::ScrollRestoration::Manual);
    }
}

/// Scrolls so that step `index` starts at the top of the reading zone; smoothly only when asked
/// (a neighbouring step with motion on), otherwise at once.
pub fn scroll_to(index: usize, smooth: bool) {
    let (Some(window), Some(el)) = (web_sys::window(), steps().into_iter().nth(index)) else {
        return;
    };
    let scroll_y = window.scroll_y().unwrap_or(0.0);
    let top = el.get_bounding_client_rect().top() + scroll_y;
    let options = web_sys::ScrollToOptions::new();
    // Once scrolled, a pinned chart sits at the top of the window: the zone starts at its height.
    let zone_top = pinned_chart().map(|r| r.height()).unwrap_or(0.0);
    options.set_top(scrolly::scroll_target(top, zone_top, GAP));
    options.set_behavior(if smooth {
        web_sys::ScrollBehavior::Smooth
    } else {
        web_sys::ScrollBehavior::Instant
    });
    window.scroll_to_with_scroll_to_options(&options);
}
