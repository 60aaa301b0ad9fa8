//! "Embed": ready-to-paste codes for the current step (or chart), each with a copy button.

use crate::embed;
use crate::i18n::{tr, trf};
use crate::page::copy::copy_and_report;
use crate::page::dialog::Dialog;
use crate::page::state::use_reader;
use leptos::prelude::*;

/// The embed dialog.
#[component]
pub fn EmbedPanel(
    /// Open state.
    open: RwSignal<bool>,
) -> impl IntoView {
    let reader = use_reader();
    let status = RwSignal::new(String::new());
    let content = move || {
        let i = reader.step.get();
        let (slug, headline, title) = reader.model.with_value(|m| {
            (
                m.story.steps[i].slug.clone(),
                m.story.steps[i].headline.clone(),
                m.story.title.clone(),
            )
        });
        let chart = reader.flags().chart;
        let (query, id, frame_title, height) = match chart {
            Some(kind) => {
                let key = kind.key();
                (
                    crate::address::embed_query(Some(kind), &slug),
                    format!("minsk-{key}"),
                    format!("{}: {}", title, kind.title()),
                    640,
                )
            }
            None => (
                crate::address::embed_query(None, &slug),
                format!("minsk-{slug}"),
                format!("{title}: {headline}"),
                900,
            ),
        };
        let src = format!("{}{query}", crate::address::browser::site_base());
        let codes = embed::embed_codes(&src, &frame_title, &id, height);
        view! {
            <p>{tr("Paste one of these into your page. The explainer opens at this step, sizes itself to fit (first two), and loads only when scrolled into view.")}</p>
            {codes
                .into_iter()
                .map(|c| {
                    let code = c.code.clone();
                    // The event names the variant in English; the reader sees its label.
                    let name = c.name;
                    let done = trf("Copied the {name} code.", &[("name", &c.label)]);
                    let button = trf("Copy {name} code", &[("name", &c.label)]);
                    let copy = move |_| {
                        copy_and_report(code.clone(), status, done.clone(), move || {
                            crate::embed::browser::emit("embed-copy", &[("variant", super::Field::Text(name))])
                        })
                    };
                    view! {
                        <div class="citation">
                            <p class="citation__style">{c.label}</p>
                            <p class="embed-advice">{c.advice}</p>
                            <pre class="embed-code"><code>{c.code}</code></pre>
                            <button type="button" class="button button--small" on:click=copy>
                                {button}
                            </button>
                        </div>
                    }
                })
                .collect_view()}
            <p class="citation__status" role="status">{move || status.get()}</p>
        }
    };
    view! {
        <Dialog id="embed" title=crate::i18n::tr("Embed this step") open=open>
            {content}
        </Dialog>
    }
}
