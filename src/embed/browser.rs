//! Talking to the host page when embedded: height messages for every common protocol, sent on
//! every size change (batched per frame) and again when a hidden or lazily loaded frame becomes
//! visible; pym's width message; and opt-in reader events. Nothing from a message is ever used
//! to navigate or to write HTML.

use crate::embed::{self, Field, HostMessage, HostParams};
use std::cell::{Cell, RefCell};
use wasm_bindgen::closure::Closure;
use wasm_bindgen::{JsCast, JsValue};

thread_local! {
    static EVENTS: Cell<bool> = const { Cell::new(false) };
    static LAST_HEIGHT: Cell<u32> = const { Cell::new(0) };
    static FRAME_PENDING: Cell<bool> = const { Cell::new(false) };
    static ID: RefCell<String> = RefCell::new(embed::DEFAULT_ID.to_string());
}

/// The host window, if this page is inside a frame.
fn parent() -> Option<web_sys::Window> {
    let window = web_sys::window()?;
    let parent = window.parent().ok().flatten()?;
    let framed = !js_sys::Object::is(&parent, &window);
    framed.then_some(parent)
}

fn post(value: JsValue) {
    if let Some(parent) = parent() {
        let _ = parent.post_message(&value, "*");
    }
}

/// Posts a JSON text as the object it describes (the protocols that want an object).
fn post_json(json: &str) {
    if let Ok(object) = js_sys::JSON::parse(json) {
        post(object);
    }
}

/// The document's content height in CSS pixels.
fn content_height() -> u32 {
    let Some(root) = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.document_element())
    else {
        return 0;
    };
    (root.get_bounding_client_rect().height().ceil() as u32).min(embed::MAX_PX)
}

/// Sends the height in every protocol; `force` sends even if it has not changed.
pub fn send_height(force: bool) {
    let height = content_height();
    if height == 0 || (!force && LAST_HEIGHT.get() == height) {
        return;
    }
    LAST_HEIGHT.set(height);
    let src = web_sys::window()
        .and_then(|w| w.location().href().ok())
        .unwrap_or_default();
    ID.with(|id| {
        let id = id.borrow();
        post(JsValue::from_str(&embed::pym_height(&id, height)));
        post_json(&embed::datawrapper_height(&id, height));
    });
    post_json(&embed::amp_embed_size(height));
    post(JsValue::from_str(&embed::flourish_resize(&src, height)));
}

/// Batches size changes into one message per animation frame.
fn schedule_height() {
    if FRAME_PENDING.replace(true) {
        return;
    }
    let send = Closure::once_into_js(|| {
        FRAME_PENDING.set(false);
        send_height(false);
    });
    match web_sys::window() {
        Some(w) => {
            let _ = w.request_animation_frame(send.unchecked_ref());
        }
        None => FRAME_PENDING.set(false),
    }
}

/// Starts the height protocol and the message listener when the page is framed.
pub fn start(params: HostParams, events: bool) {
    let Some(window) = web_sys::window() else { return };
    if parent().is_none() {
        return;
    }
    EVENTS.set(events);
    ID.with(|id| *id.borrow_mut() = params.id().to_string());
    let Some(doc) = window.document() else { return };
    let Some(root) = doc.document_element() else { return };

    let on_resize = Closure::<dyn FnMut(JsValue)>::new(|_: JsValue| schedule_height());
    if let Ok(observer) = web_sys::ResizeObserver::new(on_resize.as_ref().unchecked_ref()) {
        observer.observe(&root);
    }
    on_resize.forget();

    // Hidden tabs and lazily loaded frames may have measured nothing: say it again when seen.
    let on_visible = Closure::<dyn FnMut()>::new(|| send_height(true));
    let _ = doc.add_event_listener_with_callback("visibilitychange", on_visible.as_ref().unchecked_ref());
    on_visible.forget();
    let on_intersect = Closure::<dyn FnMut(JsValue)>::new(|_: JsValue| send_height(true));
    if let Ok(observer) = web_sys::IntersectionObserver::new(on_intersect.as_ref().unchecked_ref()) {
        observer.observe(&root);
    }
    on_intersect.forget();

    // Only the parent's own messages, and only pym's width message for our id, are acted on.
    let on_message = Closure::<dyn FnMut(web_sys::MessageEvent)>::new(|ev: web_sys::MessageEvent| {
        let from_parent = match (ev.source(), parent()) {
            (Some(source), Some(parent)) => js_sys::Object::is(&source, &parent),
            _ => false,
        };
        let Some(data) = ev.data().as_string().filter(|_| from_parent) else {
            return;
        };
        let id = ID.with(|id| id.borrow().clone());
        if let Some(HostMessage::Width(_)) = embed::parse_host_message(&data, &id) {
            send_height(true);
        }
    });
    let _ = window.add_event_listener_with_callback("message", on_message.as_ref().unchecked_ref());
    on_message.forget();

    send_height(true);
}

/// Tells an opted-in host about a reader action.
pub fn emit(kind: &str, detail: &[(&str, Field<'_>)]) {
    if EVENTS.get() {
        post_json(&embed::reader_event(kind, detail));
    }
}
