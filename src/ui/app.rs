//! The page: masthead, the stepper with chart and text, footer; URL and keyboard wiring.

use super::chart_panel::ChartPanel;
use super::embed_credit::EmbedCredit;
use super::footer::Footer;
use super::masthead::Masthead;
use super::narrative::Narrative;
use super::state::Reader;
use super::stepper::Stepper;
use crate::keymap::{self, Action, Context};
use crate::model::{validate, Model};
use crate::view_state::{ThemeChoice, ViewState};
use crate::web::{panic, theme, url};
use leptos::ev;
use leptos::prelude::*;

/// The whole explainer, or a clear notice if the bundled content is unusable.
#[component]
pub fn App() -> impl IntoView {
    let model = match Model::bundled() {
        Ok(m) => m,
        Err(e) => return broken(&format!("The story data could not be read ({e}).")).into_any(),
    };
    let problems = validate::validate(&model);
    if !problems.is_empty() {
        let detail = problems.join("; ");
        return broken(&format!("The story data failed its checks ({detail}).")).into_any();
    }
    let slugs: Vec<String> = model.story.steps.iter().map(|s| s.slug.clone()).collect();
    let slug_refs = || slugs.iter().map(String::as_str).collect::<Vec<_>>();
    let initial = url::read(&slug_refs());
    let embed = initial.embed;
    // A link to a step should open on that step, not on the title screen above it.
    let deep_link = initial.step > 0 && !embed;
    let fixed = initial
        .chart
        .and_then(|kind| model.story.single_chart(kind, initial.step));
    let single_chart = fixed.is_some();
    let resolved = initial.theme.resolve(theme::system_dark());
    theme::apply(resolved);
    let reader = Reader {
        model: StoredValue::new(model),
        step: RwSignal::new(initial.step),
        source_note: RwSignal::new(None),
        show_after: RwSignal::new(true),
        shortcuts_open: RwSignal::new(false),
        theme: RwSignal::new(resolved),
        fixed: StoredValue::new(fixed),
        flags: StoredValue::new(initial),
    };
    provide_context(reader);
    if initial.theme == ThemeChoice::Auto {
        theme::watch_system(move |dark| {
            let resolved = ThemeChoice::Auto.resolve(dark);
            theme::apply(resolved);
            reader.theme.set(resolved);
        });
    }
    if embed {
        let host = crate::embed::host_params(&crate::view_state::query_pairs(&url::current_query()));
        crate::web::embed::start(host, initial.events);
    }

    let slugs_for_url = slugs.clone();
    Effect::new(move |previous: Option<usize>| {
        let step = reader.step.get();
        let refs: Vec<&str> = slugs_for_url.iter().map(String::as_str).collect();
        url::write(ViewState { step, ..initial }, &refs);
        if previous.is_some_and(|p| p != step) {
            let slug = refs.get(step).copied().unwrap_or_default();
            crate::web::embed::emit("step", serde_json::json!({ "slug": slug, "index": step + 1 }));
        }
        step
    });
    if deep_link {
        Effect::new(move |_| {
            if let Some(el) = crate::web::element("explainer") {
                el.scroll_into_view();
            }
        });
    }
    let _keys = window_event_listener(ev::keydown, move |ev| on_key(&reader, &ev));

    if embed {
        if let Some(body) = web_sys::window().and_then(|w| w.document()).and_then(|d| d.body()) {
            let _ = body.class_list().add_1("is-embed");
        }
    }
    let full_url = url::full_page_url(initial, &slug_refs());
    if single_chart {
        return view! {
            <a class="skip-link" href="#explainer">"Skip to the chart"</a>
            <EmbedCredit full_url=full_url/>
            <main id="main">
                <section id="explainer" class="explainer explainer--single" aria-label="Chart" tabindex="-1">
                    <div class="explainer__chart">
                        <ChartPanel/>
                    </div>
                </section>
            </main>
        }
        .into_any();
    }
    view! {
        <a class="skip-link" href="#explainer">"Skip to the explainer"</a>
        {if embed { view! { <EmbedCredit full_url=full_url/> }.into_any() } else { view! { <Masthead/> }.into_any() }}
        <main id="main">
            <section id="explainer" class="explainer" aria-label="The argument, step by step" tabindex="-1">
                // Text first in reading order (headline, then the chart it describes); CSS places
                // the chart beside the text on desktops and above it on phones.
                <div class="explainer__text">
                    <Narrative/>
                    <Stepper/>
                </div>
                <div class="explainer__chart">
                    <ChartPanel/>
                </div>
            </section>
        </main>
        {(!embed).then(|| view! { <Footer/> })}
    }
    .into_any()
}

/// Page shortcuts from the key map, unless the reader is typing, using a modifier, inside a dialog,
/// or on the chart (which handles its own keys first).
fn on_key(reader: &Reader, ev: &web_sys::KeyboardEvent) {
    if ev.alt_key() || ev.ctrl_key() || ev.meta_key() || ev.default_prevented() {
        return;
    }
    let target = ev
        .target()
        .and_then(|t| wasm_bindgen::JsCast::dyn_into::<web_sys::Element>(t).ok());
    let elsewhere = target
        .map(|el| {
            matches!(el.tag_name().as_str(), "INPUT" | "TEXTAREA" | "SELECT" | "CANVAS")
                || el.has_attribute("contenteditable")
                || el.closest("dialog").ok().flatten().is_some()
        })
        .unwrap_or(false);
    if elsewhere {
        return;
    }
    let Some(action) = keymap::action(Context::Page, &ev.key()) else {
        return;
    };
    ev.prevent_default();
    match action {
        Action::NextStep => reader.next(),
        Action::PrevStep => reader.prev(),
        Action::ShowShortcuts => reader.shortcuts_open.set(true),
        _ => {}
    }
}

/// What a reader sees if the content cannot be shown: never a blank page.
fn broken(message: &str) -> impl IntoView {
    web_sys::console::error_1(&message.into());
    view! {
        <main id="main" class="broken">
            <h1>"What Washington Wants from Minsk, explained"</h1>
            <p role="alert">{message.to_string()} " Please reload the page; if it persists, the original article is still available."</p>
            <p><a href=panic::ARTICLE_URL>"Read the original article on Lawfare"</a></p>
        </main>
    }
}
