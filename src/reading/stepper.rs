//! Previous/Next, "Step n of N", a clickable progress bar of every step, and the reader tools
//! (sources, citations, keyboard shortcuts).

use crate::address::Mode;
use crate::embed::panel::EmbedPanel;
use crate::i18n::{tr, trf};
use crate::page::state::use_reader;
use crate::reader_tools::cite_panel::CitePanel;
use crate::reader_tools::shortcuts_panel::ShortcutsPanel;
use crate::reader_tools::sources_panel::SourcesPanel;
use crate::reading::mode_switch::{ModeSwitch, MotionToggle};
use leptos::prelude::*;
use leptos::task::spawn_local;

/// Scrolls the explainer back into view on small screens after a step change, so the new
/// chart (which sits above the text there) is seen.
/// Only when reading step by step: scroll mode scrolls to the step itself.
fn reveal_chart(reader: crate::page::state::Reader) {
    // The reader is passed in: event handlers run outside the component's context.
    if reader.mode.get_untracked() != Mode::Steps {
        return;
    }
    if let Some(el) = crate::web::element("explainer") {
        if el.get_bounding_client_rect().top() < 0.0 {
            el.scroll_into_view();
        }
    }
}

/// `aria-disabled` rather than `disabled`, so a button keeps focus at either end of the story.
fn aria_flag(on: bool) -> &'static str {
    if on {
        "true"
    } else {
        "false"
    }
}

/// The reader tools' buttons (Share and the motion and shortcut buttons have their own).
#[derive(Clone, Copy, PartialEq)]
enum Tool {
    Sources,
    Glossary,
    Cite,
    Embed,
    CopyLink,
}

/// Step navigation for buttons, keyboard and pointer.
#[component]
pub fn Stepper() -> impl IntoView {
    let reader = use_reader();
    let total = reader.step_count();
    let sources_open = RwSignal::new(false);
    let embed_open = RwSignal::new(false);
    let share_status = RwSignal::new(String::new());
    // Known only in the browser: the button appears once the app has taken over.
    let can_share = RwSignal::new(false);
    Effect::new(move |_| can_share.set(crate::reader_tools::clipboard::can_share()));
    let current_link = move || {
        let slug = reader.with_step(|s| s.slug.clone());
        (
            crate::address::browser::step_link(&slug),
            reader.model.with_value(|m| m.story.title.clone()),
        )
    };
    let copy_link = move || {
        let (link, _) = current_link();
        spawn_local(async move {
            let ok = crate::reader_tools::clipboard::copy(&link).await;
            share_status.set(if ok {
                trf("Link copied: {link}", &[("link", &link)])
            } else {
                trf("Copy this link: {link}", &[("link", &link)])
            });
        });
    };
    let share = move |_| {
        let (link, title) = current_link();
        spawn_local(async move {
            crate::reader_tools::clipboard::share(&title, &link).await;
        });
    };
    let cite_open = RwSignal::new(false);
    // The tool buttons as one list: one view for them all costs less wasm than one each.
    let tools = [
        (tr("Sources"), Tool::Sources),
        (tr("Glossary"), Tool::Glossary),
        (tr("Cite"), Tool::Cite),
        (tr("Embed"), Tool::Embed),
        (tr("Copy link to this step"), Tool::CopyLink),
    ];
    let use_tool = move |tool: Tool| match tool {
        Tool::Sources => sources_open.set(true),
        Tool::Glossary => reader.glossary_open.set(true),
        Tool::Cite => cite_open.set(true),
        Tool::Embed => embed_open.set(true),
        Tool::CopyLink => copy_link(),
    };
    let headlines: Vec<String> = reader
        .model
        .with_value(|m| m.story.steps.iter().map(|s| s.headline.clone()).collect());
    let jump_options = headlines
        .iter()
        .enumerate()
        .map(|(i, h)| view! { <option value=i.to_string()>{format!("{}. {}", i + 1, h)}</option> })
        .collect_view();
    // One announcement per step change: the heading, then what the chart now shows.
    let announce = move || {
        let i = reader.step.get();
        reader.model.with_value(|m| {
            let step = &m.story.steps[i];
            let summary = crate::model::text::plain(m, &step.summary).unwrap_or_default();
            trf(
                "Step {n} of {total}: {headline}. {summary}",
                &[
                    ("n", &(i + 1).to_string()),
                    ("total", &total.to_string()),
                    ("headline", &step.headline),
                    ("summary", &summary),
                ],
            )
        })
    };
    view! {
        <nav class="stepper" aria-label=tr("Steps")>
            <div class="stepper__buttons">
                <button
                    type="button"
                    class="button stepper__prev"
                    aria-disabled=move || aria_flag(reader.step.get() == 0)
                    on:click=move |_| {
                        reader.prev();
                        reveal_chart(reader);
                    }
                >
                    <span aria-hidden="true">"← "</span>
                    {tr("Previous")}
                </button>
                <p class="stepper__label" aria-hidden="true">
                    {move || trf("Step {n} of {total}", &[("n", &(reader.step.get() + 1).to_string()), ("total", &total.to_string())])}
                </p>
                <button
                    type="button"
                    class="button button--primary stepper__next"
                    aria-disabled=move || aria_flag(reader.step.get() + 1 >= total)
                    on:click=move |_| {
                        reader.next();
                        reveal_chart(reader);
                    }
                >
                    {tr("Next")}
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
                                    aria-label=trf("Step {n}: {headline}", &[("n", &(i + 1).to_string()), ("headline", &headline)])
                                    title=headline.clone()
                                    on:click=move |_| reader.go(i)
                                ></button>
                            </li>
                        }
                    })
                    .collect_view()}
            </ol>
            // Narrow screens: a thin progress bar and a jump menu replace the row of step buttons,
            // which would be too small to tap there. A <progress> element, not a styled width:
            // the prerendered page may carry no inline styles (the CSP forbids them).
            <progress
                class="progress-mini"
                aria-hidden="true"
                max=total.to_string()
                value=move || (reader.step.get() + 1).to_string()
            ></progress>
            <label class="jump">
                <span class="jump__label">{tr("Jump to step")}</span>
                <select
                    class="jump__select"
                    prop:value=move || reader.step.get().to_string()
                    on:change=move |ev| {
                        if let Ok(i) = event_target_value(&ev).parse::<usize>() {
                            reader.go(i);
                        }
                    }
                >
                    {jump_options}
                </select>
            </label>
            <div class="reader-tools">
                {tools.into_iter().map(|(label, tool)| view! {
                    <button
                        type="button"
                        class="button button--small"
                        aria-haspopup=(tool != Tool::CopyLink).then_some("dialog")
                        on:click=move |_| use_tool(tool)
                    >
                        {label}
                    </button>
                }).collect_view()}
                {move || can_share.get().then(|| view! {
                    <button type="button" class="button button--small" on:click=share>
                        {tr("Share…")}
                    </button>
                })}
                <MotionToggle/>
                <button
                    type="button"
                    class="button button--small"
                    aria-haspopup="dialog"
                    aria-keyshortcuts="?"
                    on:click=move |_| reader.shortcuts_open.set(true)
                >
                    {tr("Keyboard shortcuts")}
                </button>
            </div>
            <ModeSwitch/>
            <p class="share-status" role="status">{move || share_status.get()}</p>
            <SourcesPanel open=sources_open/>
            <EmbedPanel open=embed_open/>
            <CitePanel open=cite_open/>
            <ShortcutsPanel open=reader.shortcuts_open/>
            <p class="stepper__hint">{tr("Tip: use the ← and → keys to move between steps, and ? for all shortcuts.")}</p>
            <p class="visually-hidden" aria-live="polite" aria-atomic="true">{announce}</p>
        </nav>
    }
}
