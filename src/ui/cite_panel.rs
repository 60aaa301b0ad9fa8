//! "Cite": ready-to-copy citations of the article and of this explainer at the current step.

use super::copy::copy_and_report;
use super::dialog::Dialog;
use super::state::use_reader;
use crate::cite::{self, Citation};
use crate::model::Day;
use leptos::prelude::*;

fn today() -> Option<Day> {
    let now = js_sys::Date::new_0();
    Day::parse(&format!(
        "{:04}-{:02}-{:02}",
        now.get_full_year(),
        now.get_month() + 1,
        now.get_date()
    ))
}

fn citation_list(heading: &'static str, items: Vec<Citation>, status: RwSignal<String>) -> impl IntoView {
    view! {
        <h3>{heading}</h3>
        {items
            .into_iter()
            .map(|c| {
                let text = c.text.clone();
                let style = c.style;
                let copy = move |_| {
                    copy_and_report(text.clone(), status, format!("Copied the {style} citation ({heading})."), || {})
                };
                view! {
                    <div class="citation">
                        <p class="citation__style">{style}</p>
                        <p class="citation__text">{c.text}</p>
                        <button type="button" class="button button--small" on:click=copy>
                            {format!("Copy {style}")}
                        </button>
                    </div>
                }
            })
            .collect_view()}
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
        let url = crate::web::url::step_link(&reader.with_step(|s| s.slug.clone()));
        let (article, title) = reader
            .model
            .with_value(|m| (m.story.article.clone(), m.story.title.clone()));
        let explainer = today().map(|d| cite::explainer(&title, &url, d)).unwrap_or_default();
        view! {
            {citation_list("The article", cite::article(&article), status)}
            {citation_list("This explainer, at this step", explainer, status)}
            <p class="citation__status" role="status">{move || status.get()}</p>
        }
    };
    view! {
        <Dialog id="cite" title="Cite" open=open>
            {content}
        </Dialog>
    }
}
