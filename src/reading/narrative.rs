//! Step-by-step mode's text: the current step, with focus kept on the page as steps change.

use crate::page::state::use_reader;
use crate::reading::step_text::StepText;
use leptos::prelude::*;

/// The text of the current step.
#[component]
pub fn Narrative() -> impl IntoView {
    let reader = use_reader();
    // If the focused element left with the old step's text (a figure button), focus the new
    // heading once the new text is on the page, so keyboard users are never stranded on <body>.
    Effect::new(move |previous: Option<usize>| {
        let now = reader.step.get();
        if previous.is_none_or(|p| p == now) {
            return now;
        }
        let rescue = wasm_bindgen::closure::Closure::once_into_js(|| {
            let doc = web_sys::window().and_then(|w| w.document());
            let stranded = doc
                .as_ref()
                .map(|d| d.active_element().is_none() || d.active_element() == d.body().map(Into::into));
            if stranded == Some(true) {
                if let Some(h) = crate::web::element("step-heading")
                    .and_then(|el| wasm_bindgen::JsCast::dyn_into::<web_sys::HtmlElement>(el).ok())
                {
                    let _ = h.focus();
                }
            }
        });
        if let Some(w) = web_sys::window() {
            let _ = w.request_animation_frame(wasm_bindgen::JsCast::unchecked_ref(&rescue));
        }
        now
    });
    view! {
        <article class="step" aria-labelledby="step-heading">
            {move || {
                let i = reader.step.get();
                view! { <StepText index=i heading_id="step-heading".to_string()/> }
            }}
        </article>
    }
}
