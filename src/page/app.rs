//! The page: masthead, the stepper with chart and text, footer; URL and keyboard wiring.

use crate::address::browser as url;
use crate::address::{self, Mode, ThemeChoice, ViewState};
use crate::charts::panel::ChartPanel;
use crate::embed::credit::EmbedCredit;
use crate::i18n::tr;
use crate::model::Model;
use crate::page::boot::Boot;
use crate::page::footer::Footer;
use crate::page::masthead::Masthead;
use crate::page::state::{Reader, ReaderState};
use crate::reader_tools::glossary_panel::GlossaryPanel;
use crate::reader_tools::questions_panel::QuestionsPanel;
use crate::reader_tools::source_detail::{self, SourcesState};
use crate::reading::article_view::ArticleView;
use crate::reading::keymap::{self, Action, Context};
use crate::reading::narrative::Narrative;
use crate::reading::scroll_steps::ScrollSteps;
use crate::reading::stepper::Stepper;
use crate::reading::swipe;
use crate::web::{motion, panic, print, scheme};
use leptos::either::{Either, EitherOf3};
use leptos::ev;
use leptos::prelude::*;

/// The whole explainer, or a clear notice if the bundled content is unusable.
///
/// Renders from `boot` alone, so the build-time render and the browser agree. With `hydrate`,
/// the first render is the prerendered page's (first step, light, animated) and the reader's own
/// step, theme and motion are applied straight after, once the browser has adopted that HTML.
#[component]
pub fn App(boot: Boot, #[prop(optional)] hydrate: bool) -> impl IntoView {
    // The build-time render carries every source's detail (the no-script page lists them); the
    // browser's first load does not, and fetches it once the app is up (`source_detail`).
    #[cfg(feature = "ssr")]
    let loaded = Model::bundled();
    #[cfg(not(feature = "ssr"))]
    let loaded = Model::first_view();
    let model = match loaded {
        Ok(mut m) => {
            if let Some(catalog) = crate::i18n::catalog() {
                m.localize(catalog);
            }
            m
        }
        Err(e) => {
            return EitherOf3::A(broken(&crate::i18n::trf(
                "The story data could not be read ({error}).",
                &[("error", &e.to_string())],
            )))
        }
    };
    // The browser's copy was checked when it was built (build.rs); the build-time render checks
    // the detail too.
    #[cfg(feature = "ssr")]
    let problems = crate::model::validate::validate(&model);
    #[cfg(not(feature = "ssr"))]
    let problems: Vec<String> = Vec::new();
    if !problems.is_empty() {
        let detail = problems.join("; ");
        return EitherOf3::A(broken(&crate::i18n::trf(
            "The story data failed its checks ({error}).",
            &[("error", &detail)],
        )));
    }
    let slugs: Vec<String> = model.story.steps.iter().map(|s| s.slug.clone()).collect();
    let slug_refs = || slugs.iter().map(String::as_str).collect::<Vec<_>>();
    let params = address::parse_params(&boot.query, &slug_refs());
    let initial = params.view;
    let embed = initial.embed;
    // A link to a step should open on that step, not on the title screen above it.
    let deep_link = initial.step > 0 && !embed;
    let fixed = initial
        .chart
        .and_then(|kind| model.story.single_chart(kind, initial.step));
    let single_chart = fixed.is_some();
    let resolved = initial.theme.resolve(boot.system_dark);
    // What the first render shows: the prerendered page's state when hydrating it, else the reader's.
    let shown = if hydrate { Boot::prerendered() } else { boot.clone() };
    let shown_state = address::parse(&shown.query, &slug_refs());
    let sources = if model.sources_loaded {
        SourcesState::Ready
    } else {
        SourcesState::Waiting
    };
    // The address as this page keeps it: a mode read as this page can show it (an embed reads
    // a scroll request step by step), and the step the first render shows.
    let address = ViewState {
        mode: initial.mode.map(|m| Mode::resolve(Some(m), embed)),
        ..initial
    };
    let state = RwSignal::new(ReaderState {
        address: ViewState {
            step: shown_state.step,
            ..address
        },
        by_scroll: false,
        theme: shown_state.theme.resolve(shown.system_dark),
        motion: !shown.reduced_motion,
        show_after: true,
        printing: false,
    });
    let reader = Reader::new(
        model,
        state,
        sources,
        params.answers,
        fixed,
        hydrate || cfg!(feature = "ssr"),
    );
    provide_context(reader);
    crate::reading::text_events::follow_open_cards(reader);
    // The browser side, which the build-time render never runs (effects run only in the browser).
    // Created first, so the reader's own state is in place before any other effect first runs.
    Effect::new(move |_| {
        untrack(|| {
            if hydrate {
                // Only what differs: an equal value set on a signal still wakes what reads it (at
                // start-up, that rebuilt the chart's stand-in picture).
                let wanted = (initial.step, resolved, !boot.reduced_motion);
                let now = reader.state.with_untracked(|s| (s.address.step, s.theme, s.motion));
                if now != wanted {
                    reader.update(|s| (s.address.step, s.theme, s.motion) = wanted);
                }
            }
            scheme::apply(resolved);
            wire_browser(reader, params.clone());
        })
    });

    let slugs_for_url = StoredValue::new(slugs.clone());
    let pending_url = StoredValue::new(None::<TimeoutHandle>);
    // A memo, so a change to the reader's state outside the address writes nothing.
    let address = Memo::new(move |_| reader.state.with(|s| s.address));
    Effect::new(move |previous: Option<usize>| {
        let state = address.get();
        let step = state.step;
        let write = move || {
            slugs_for_url.try_with_value(|s| url::write(state, &s.iter().map(String::as_str).collect::<Vec<_>>()));
        };
        if previous.is_none() {
            write();
            return step;
        }
        // `history.replaceState` costs ~5 ms on a slow phone: written once the reader pauses,
        // it stays out of the key press → next frame path and runs once for a burst of steps.
        if let Some(h) = pending_url.get_value() {
            h.clear();
        }
        pending_url.set_value(set_timeout_with_handle(write, URL_DELAY).ok());
        if previous != Some(step) {
            let slug = slugs_for_url.with_value(|s| s.get(step).cloned().unwrap_or_default());
            use crate::embed::Field;
            crate::embed::browser::emit(
                "step",
                &[("slug", Field::Text(&slug)), ("index", Field::Number(step + 1))],
            );
        }
        step
    });
    // Scroll mode lands on its step itself; the other modes scroll the step into view here.
    if deep_link {
        Effect::new(move |_| match reader.mode.get_untracked() {
            Mode::Steps => {
                if let Some(el) = crate::web::element("explainer") {
                    el.scroll_into_view();
                }
            }
            Mode::Article => {
                let i = reader.step.get_untracked();
                let slug = reader.model.with_value(|m| m.story.steps[i].slug.clone());
                if let Some(el) = crate::web::element(&format!("a-{slug}")) {
                    el.scroll_into_view();
                }
            }
            Mode::Scroll => {}
        });
    }
    // Switching modes keeps the reader's place: the new view opens at the current step.
    Effect::new(move |previous: Option<Mode>| {
        let mode = reader.mode.get();
        if previous.is_some_and(|p| p != mode) {
            request_animation_frame(move || {
                let i = reader.step.get_untracked();
                let slug = reader.model.with_value(|m| m.story.steps[i].slug.clone());
                let target = match mode {
                    Mode::Article => crate::web::element(&format!("a-{slug}")),
                    Mode::Steps => crate::web::element("explainer"),
                    // Scroll mode brings its step into view itself.
                    Mode::Scroll => None,
                };
                if let Some(el) = target {
                    el.scroll_into_view();
                }
            });
        }
        mode
    });

    // Only an embed shows the full page's address (and an embed is never prerendered).
    let full_url = if embed {
        url::full_page_url(initial, &slug_refs())
    } else {
        String::new()
    };
    if single_chart {
        return EitherOf3::B(view! {
            <a class="skip-link" href="#explainer">{tr("Skip to the chart")}</a>
            <EmbedCredit full_url=full_url/>
            <main id="main">
                <section id="explainer" class="explainer explainer--single" aria-label=tr("Chart") tabindex="-1">
                    <div class="explainer__chart">
                        <ChartPanel/>
                    </div>
                </section>
            </main>
        });
    }
    EitherOf3::C(view! {
        <a class="skip-link" href="#explainer">{tr("Skip to the explainer")}</a>
        {if embed { Either::Left(view! { <EmbedCredit full_url=full_url/> }) } else { Either::Right(view! { <Masthead/> }) }}
        <main id="main">{move || reading(reader.mode.get())}</main>
        // The print handout: every step with a static chart, rendered only when printing.
        {move || {
            (reader.printing.get() && reader.mode.get() != Mode::Article)
                .then(|| view! { <div class="handout"><ArticleView print=true/></div> })
        }}
        <GlossaryPanel/>
        <QuestionsPanel/>
        {(!embed).then(|| view! { <Footer/> })}
    })
}

/// How long the address bar waits for the reader to stop changing steps.
const URL_DELAY: std::time::Duration = std::time::Duration::from_millis(200);

/// Listeners on the page and the system, and the embed's messages: browser-only wiring.
fn wire_browser(reader: Reader, params: address::Params) {
    let initial = params.view;
    source_detail::load(reader);
    // `?term=<slug>` opens the Glossary at that entry (an unknown slug is ignored).
    if let Some(slug) = params
        .term
        .filter(|t| reader.model.with_value(|m| m.glossary.entry(t).is_some()))
    {
        crate::reader_tools::glossary_panel::open_at(reader, &slug);
    } else if params.questions || params.answers {
        reader.questions_open.set(true);
    }
    motion::watch(move |reduced| reader.update(|s| s.motion = !reduced));
    print::watch(move |printing| reader.update(|s| s.printing = printing));
    if initial.theme == ThemeChoice::Auto {
        scheme::watch_system(move |dark| {
            let resolved = ThemeChoice::Auto.resolve(dark);
            scheme::apply(resolved);
            reader.update(|s| s.theme = resolved);
        });
    }
    if initial.embed {
        crate::embed::browser::start(params.host, initial.events);
        if let Some(body) = web_sys::window().and_then(|w| w.document()).and_then(|d| d.body()) {
            let _ = body.class_list().add_1("is-embed");
        }
    }
    // Swipes move between steps when reading step by step. One listener on <main>, which
    // outlives mode switches, so there is never a second one on a reused box.
    if let Some(main) = crate::web::element("main") {
        swipe::watch(&main, move |next| {
            if reader.mode.get_untracked() == Mode::Steps {
                if next {
                    reader.next()
                } else {
                    reader.prev()
                }
            }
        });
    }
    let _keys = window_event_listener(ev::keydown, move |ev| on_key(&reader, &ev));
}

/// The story in the chosen reading mode.
// Branches are `Either`s, not `AnyView`s: with `hydrate`, every type-erased view compiles in its
// subtree's async hydration code too (unused here), which cost about 70 KB of brotli wasm.
fn reading(mode: Mode) -> impl IntoView {
    match mode {
        Mode::Article => Either::Left(view! {
            <section id="explainer" class="explainer-article" aria-label="The argument, as one article" tabindex="-1">
                <ArticleView/>
            </section>
        }),
        // Text first in reading order (headline, then the chart it describes); CSS places the
        // chart beside the text on desktops and above it on phones. The two modes differ only in
        // how the text is laid out: every step in a column, or the current one.
        Mode::Scroll | Mode::Steps => {
            let scroll = mode == Mode::Scroll;
            let text = if scroll {
                Either::Left(view! { <ScrollSteps/> })
            } else {
                Either::Right(view! { <Narrative/> })
            };
            Either::Right(view! {
                <section
                    id="explainer"
                    class="explainer"
                    class:explainer--scroll=scroll
                    class:explainer--steps=!scroll
                    aria-label=tr("The argument, step by step")
                    tabindex="-1"
                >
                    <div class="explainer__text">
                        {text}
                        <Stepper/>
                    </div>
                    <div class="explainer__chart">
                        <ChartPanel/>
                    </div>
                </section>
            })
        }
    }
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
    let mode = reader.mode.get_untracked();
    let key = keymap::key_name(&ev.key(), ev.shift_key());
    let action = keymap::action(Context::Page, &key).or_else(|| {
        (mode == Mode::Steps)
            .then(|| keymap::action(Context::Steps, &key))
            .flatten()
    });
    let Some(action) = action else { return };
    // The article view has no current step to move; only the shortcuts dialog applies there.
    if mode == Mode::Article && action != Action::ShowShortcuts {
        return;
    }
    // A focused button or link keeps its own Space.
    if key.ends_with("Space") {
        let on_control = ev
            .target()
            .and_then(|t| wasm_bindgen::JsCast::dyn_into::<web_sys::Element>(t).ok())
            .and_then(|el| el.closest("button, a, summary, [role=button]").ok().flatten())
            .is_some();
        if on_control {
            return;
        }
    }
    ev.prevent_default();
    match action {
        Action::NextStep => reader.next(),
        Action::PrevStep => reader.prev(),
        Action::FirstStep => reader.first(),
        Action::LastStep => reader.last(),
        Action::ShowShortcuts => reader.shortcuts_open.set(true),
        _ => {}
    }
}

/// What a reader sees if the content cannot be shown: never a blank page.
fn broken(message: &str) -> impl IntoView {
    web_sys::console::error_1(&message.into());
    view! {
        <main id="main" class="broken">
            <h1>{tr("What Washington Wants from Minsk, explained")}</h1>
            <p role="alert">{message.to_string()} " " {tr("Please reload the page; if it persists, the original article is still available.")}</p>
            <p><a href=panic::ARTICLE_URL>{tr("Read the original article on Lawfare")}</a></p>
        </main>
    }
}
