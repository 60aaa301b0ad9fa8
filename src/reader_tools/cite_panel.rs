//! "Cite": ready-to-copy citations of the article and of this explainer at the current step.
//! The lists are HTML strings (`cite::list_html`); a copy button copies the citation it sits with.

use crate::i18n::{tr, trf};
use crate::model::Day;
use crate::page::copy::copy_and_report;
use crate::page::dialog::Dialog;
use crate::page::state::use_reader;
use crate::reader_tools::cite;
use leptos::prelude::*;
use wasm_bindgen::JsCast;

fn today() -> Option<Day> {
    let now = js_sys::Date::new_0();
    Day::parse(&format!(
        "{:04}-{:02}-{:02}",
        now.get_full_year(),
        now.get_month() + 1,
        now.get_date()
    ))
}

/// A click on a copy button: copies the text of its citation, as shown, and says so.
fn copy_clicked(ev: &web_sys::MouseEvent, status: RwSignal<String>) {
    let button = ev
        .target()
        .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
        .and_then(|el| el.closest("button[data-copy]").ok().flatten());
    let Some(button) = button else { return };
    let text = button
        .closest(".citation")
        .ok()
        .flatten()
        .and_then(|c| c.query_selector(".citation__text").ok().flatten())
        .and_then(|p| p.text_content());
    let (style, heading) = (
        button.get_attribute("data-copy").unwrap_or_default(),
        button.get_attribute("data-group").unwrap_or_default(),
    );
    if let Some(text) = text {
        let done = trf(
            "Copied the {style} citation ({heading}).",
            &[("style", &style), ("heading", &heading)],
        );
        copy_and_report(text, status, done, || {});
    }
}

/// The panel, opened by `open`.
#[component]
pub fn CitePanel(
    /// Open state.
    open: RwSignal<bool>,
) -> impl IntoView {
    let reader = use_reader();
    let status = RwSignal::new(String::new());
    let content = move || {
        // The step's shareable address, not the address bar (which may carry embed or mode flags).
        let url = crate::address::browser::step_link(&reader.with_step(|s| s.slug.clone()));
        let (article, title) = reader
            .model
            .with_value(|m| (m.story.article.clone(), m.story.title.clone()));
        let explainer = today().map(|d| cite::explainer(&title, &url, d)).unwrap_or_default();
        let html = cite::list_html(tr("The article"), &cite::article(&article))
            + &cite::list_html(tr("This explainer, at this step"), &explainer);
        view! {
            <div class="cite-body" inner_html=html on:click=move |ev| copy_clicked(&ev, status)></div>
            <p class="citation__status" role="status">{move || status.get()}</p>
        }
    };
    view! {
        <Dialog id="cite" title=crate::i18n::tr("Cite") open=open>
            {content}
        </Dialog>
    }
}
