//! The "Keyboard shortcuts" dialog, listing the key map (opened with `?`); the tables are HTML
//! strings from the key map itself (`keymap::table_html`).

use crate::i18n::tr;
use crate::page::dialog::Dialog;
use crate::reading::keymap::{table_html, Context};
use leptos::prelude::*;

/// The shortcuts dialog.
#[component]
pub fn ShortcutsPanel(
    /// Open state.
    open: RwSignal<bool>,
) -> impl IntoView {
    let tables = || {
        table_html(Context::Page, tr("Anywhere on the page"))
            + &table_html(
                Context::Steps,
                tr("Reading step by step (in scroll mode, these keys scroll)"),
            )
            + &table_html(Context::Chart, tr("When the chart has focus (Tab to it)"))
    };
    view! {
        <Dialog id="shortcuts" title=crate::i18n::tr("Keyboard shortcuts") open=open>
            <div class="shortcuts-body" inner_html=tables></div>
            <p>{tr("On the chart, each point's value and source are shown and read out as you move.")}</p>
        </Dialog>
    }
}
