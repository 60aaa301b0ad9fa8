//! The reading-mode switch (scroll, step by step, article) and the motion toggle.

use crate::address::Mode;
use crate::page::state::use_reader;
use leptos::prelude::*;

fn label(mode: Mode) -> &'static str {
    match mode {
        Mode::Scroll => "Scroll",
        Mode::Steps => "Step by step",
        Mode::Article => "Article",
    }
}

/// Buttons that switch how the story is read; the current one is pressed.
#[component]
pub fn ModeSwitch() -> impl IntoView {
    let reader = use_reader();
    let embed = reader.flags().embed;
    view! {
        <div class="mode-switch" role="group" aria-label="Read as">
            <span class="mode-switch__label" aria-hidden="true">"Read as"</span>
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
            "Reduce motion"
        </button>
    }
}
