//! A modal dialog on the native `<dialog>` element: it moves focus in, traps it, closes on
//! Escape and returns focus to the button that opened it.

use leptos::html;
use leptos::prelude::*;

/// A titled modal; its content renders only while it is open.
#[component]
// Typed children (not `ChildrenFn`, an `AnyView`) keep the async hydration code out of the wasm.
pub fn Dialog<C>(
    /// Element id; the title gets `<id>-title`.
    id: &'static str,
    /// Heading text.
    #[prop(into)]
    title: String,
    /// Open state, shared with whatever opens it.
    open: RwSignal<bool>,
    children: TypedChildrenFn<C>,
) -> impl IntoView
where
    C: IntoView + 'static,
{
    let children = children.into_inner();
    let dialog_ref = NodeRef::<html::Dialog>::new();
    Effect::new(move |_| {
        let want = open.get();
        let Some(dialog) = dialog_ref.get() else { return };
        if want && !dialog.open() {
            let _ = dialog.show_modal();
        } else if !want && dialog.open() {
            dialog.close();
        }
    });
    let title_id = format!("{id}-title");
    let labelled_by = title_id.clone();
    view! {
        <dialog node_ref=dialog_ref id=id class="dialog" aria-labelledby=labelled_by on:close=move |_| open.set(false)>
            <div class="dialog__head">
                <h2 id=title_id class="dialog__title">{title}</h2>
                <button type="button" class="button button--small" on:click=move |_| open.set(false)>
                    {crate::i18n::tr("Close")}
                </button>
            </div>
            <div class="dialog__body">
                <Show when=move || open.get()>{children()}</Show>
            </div>
        </dialog>
    }
}
