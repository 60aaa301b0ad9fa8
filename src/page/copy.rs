//! Copy-to-clipboard with an honest, announced result.

use leptos::prelude::*;
use leptos::task::spawn_local;

/// Copies `text`; `status` (a live region) then says `done` or how to copy by hand, and
/// `on_copied` runs only if the copy worked.
pub fn copy_and_report(text: String, status: RwSignal<String>, done: String, on_copied: impl FnOnce() + 'static) {
    spawn_local(async move {
        let ok = crate::reader_tools::clipboard::copy(&text).await;
        if ok {
            on_copied();
        }
        status.set(if ok {
            done
        } else {
            crate::i18n::tr("Could not copy automatically: select the text and copy it.").to_string()
        });
    });
}
