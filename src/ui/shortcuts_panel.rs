//! The "Keyboard shortcuts" dialog, listing the key map (opened with `?`).

use super::dialog::Dialog;
use crate::keymap::{Context, BINDINGS};
use leptos::prelude::*;

fn table(context: Context, caption: &'static str) -> impl IntoView {
    view! {
        <table class="shortcuts">
            <caption>{caption}</caption>
            <thead>
                <tr>
                    <th scope="col">"Key"</th>
                    <th scope="col">"Action"</th>
                </tr>
            </thead>
            <tbody>
                {BINDINGS
                    .iter()
                    .filter(|b| b.context == context)
                    .map(|b| view! { <tr><td><kbd>{b.label}</kbd></td><td>{b.help}</td></tr> })
                    .collect_view()}
            </tbody>
        </table>
    }
}

/// The shortcuts dialog.
#[component]
pub fn ShortcutsPanel(
    /// Open state.
    open: RwSignal<bool>,
) -> impl IntoView {
    view! {
        <Dialog id="shortcuts" title="Keyboard shortcuts" open=open>
            {table(Context::Page, "Anywhere on the page")}
            {table(Context::Steps, "Reading step by step (in scroll mode, these keys scroll)")}
            {table(Context::Chart, "When the chart has focus (Tab to it)")}
            <p>"On the chart, each point's value and source are shown and read out as you move."</p>
        </Dialog>
    }
}
