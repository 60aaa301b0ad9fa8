//! Previous/Next, "Step n of N", and a clickable progress bar of every step.

use super::cite_panel::CitePanel;
use super::sources_panel::SourcesPanel;
use super::state::use_reader;
use leptos::prelude::*;

/// Scrolls the explainer back into view on small screens after a step change, so the new
/// chart (which sits above the text there) is seen.
fn reveal_chart() {
    let Some(doc) = web_sys::window().and_then(|w| w.document()) else {
        return;
    };
    if let Some(el) = doc.get_element_by_id("explainer") {
        if el.get_bounding_client_rect().top() < 0.0 {
            el.scroll_into_view();
        }
    }
}

/// Step navigation for buttons, keyboard and pointer.
#[component]
pub fn Stepper() -> impl IntoView {
    let reader = use_reader();
    let total = reader.step_count();
    let sources_open = RwSignal::new(false);
    let cite_open = RwSignal::new(false);
    let headlines: Vec<String> = reader
        .model
        .with_value(|m| m.story.steps.iter().map(|s| s.headline.clone()).collect());
    let announce = move || {
        let i = reader.step.get();
        format!(
            "Step {} of {}: {}",
            i + 1,
            total,
            reader.model.with_value(|m| m.story.steps[i].headline.clone())
        )
    };
    view! {
        <nav class="stepper" aria-label="Steps">
            <div class="stepper__buttons">
                <button
                    type="button"
                    class="button stepper__prev"
                    disabled=move || reader.step.get() == 0
                    on:click=move |_| {
                        reader.prev();
                        reveal_chart();
                    }
                >
                    <span aria-hidden="true">"← "</span>
                    "Previous"
                </button>
                <p class="stepper__label" aria-hidden="true">
                    {move || format!("Step {} of {}", reader.step.get() + 1, total)}
                </p>
                <button
                    type="button"
                    class="button button--primary stepper__next"
                    disabled=move || { reader.step.get() + 1 >= total }
                    on:click=move |_| {
                        reader.next();
                        reveal_chart();
                    }
                >
                    "Next"
                    <span aria-hidden="true">" →"</span>
                </button>
            </div>
            <ol class="progress">
                {headlines
                    .into_iter()
                    .enumerate()
                    .map(|(i, headline)| {
                        view! {
                            <li class="progress__item">
                                <button
                                    type="button"
                                    class="progress__dot"
                                    class:progress__dot--done=move || { i < reader.step.get() }
                                    class:progress__dot--current=move || i == reader.step.get()
                                    aria-current=move || (i == reader.step.get()).then_some("step")
                                    aria-label=format!("Step {}: {}", i + 1, headline)
                                    title=headline.clone()
                                    on:click=move |_| reader.go(i)
                                ></button>
                            </li>
                        }
                    })
                    .collect_view()}
            </ol>
            <div class="reader-tools">
                <button type="button" class="button button--small" aria-haspopup="dialog" on:click=move |_| sources_open.set(true)>
                    "Sources"
                </button>
                <button type="button" class="button button--small" aria-haspopup="dialog" on:click=move |_| cite_open.set(true)>
                    "Cite"
                </button>
            </div>
            <SourcesPanel open=sources_open/>
            <CitePanel open=cite_open/>
            <p class="stepper__hint">"Tip: use the ← and → keys to move between steps."</p>
            <p class="visually-hidden" aria-live="polite" aria-atomic="true">{announce}</p>
        </nav>
    }
}
