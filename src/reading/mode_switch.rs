//! The reading-mode switch (scroll, step by step, article) and the motion toggle.

use crate::address::Mode;
use crate::i18n::tr;
use crate::page::state::use_reader;
use leptos::prelude::*;

fn label(mode: Mode) -> String {
    match mode {
        Mode::Scroll => tr("Scroll").to_string(),
        Mode::Steps => tr("Step by step").to_string(),
        Mode::Article => tr("Article").to_string(),
    }
}

/// Buttons that switch how the story is read; the current one is pressed.
#[component]
pub fn ModeSwitch() -> impl IntoView {
    let reader = use_reader();
    let embed = reader.flags().embed;
    view! {
        <div class="mode-switch" role="group" aria-label=tr("Read as")>
            <span class="mode-switch__label" aria-hidden="true">{tr("Read as")}</span>
            {Mode::ALL
                .into_iter()
                // An embed cannot be scroll-driven (see Mode::resolve).
                .filter(move |m| !(embed && *m == Mode::Scroll))
                .map(|mode| {
                    view! {
                        <button
                            type="button"
                            class="mode-switch__button"
                            aria-pressed=move || if reader.mode.get() == mode { "true" } else { "false" }
                            on:click=move |_| reader.set_mode(mode)
                        >
                            {label(mode)}
                        </button>
                    }
                })
                .collect_view()}
        </div>
    }
}

/// Turns chart animations off (or back on); starts off under `prefers-reduced-motion`.
#[component]
pub fn MotionToggle() -> impl IntoView {
    let reader = use_reader();
    view! {
        <button
            type="button"
            class="button button--small"
            aria-pressed=move || if reader.motion.get() { "false" } else { "true" }
            on:click=move |_| reader.update(|s| s.motion = !s.motion)
        >
            {tr("Reduce motion")}
        </button>
    }
}
