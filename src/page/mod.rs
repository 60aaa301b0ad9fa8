//! The page's shell: the app (which puts the features' components together), the reader state
//! they share by context ([`state::Reader`]), the masthead and footer, and the pieces several
//! features use (a modal dialog, copy with a result, "data as of").

pub mod app;
pub mod boot;
pub mod copy;
pub mod data_as_of;
pub mod dialog;
pub mod footer;
pub mod masthead;
pub mod state;

/// Whether the app is adopting the build's HTML at this moment (then an `inner_html` value is
/// not applied, so a view can skip computing one).
pub fn hydrating() -> bool {
    use leptos::prelude::Owner;
    !cfg!(feature = "ssr") && Owner::current_shared_context().is_some_and(|sc| sc.during_hydration())
}

/// Starts the app in the browser: hydrates the prerendered page when this address is laid out
/// like it (the full explainer, read by scrolling), otherwise renders afresh in its place.
#[cfg(feature = "hydrate")]
pub fn start() {
    use leptos::prelude::*;
    crate::web::panic::install();
    let Some(root) = crate::web::element("app") else {
        crate::web::panic::show_notice("This page is missing the explainer's container.");
        return;
    };
    let root: web_sys::HtmlElement = wasm_bindgen::JsCast::unchecked_into(root);
    let boot = boot::Boot::from_browser();
    let prerendered = root.first_element_child().is_some();
    if prerendered && boot.hydrates_prerender() {
        leptos::mount::hydrate_from(root, move || view! { <app::App boot=boot hydrate=true/> }).forget();
    } else {
        // Another layout (an embed, step by step, the article view) or no prerender (tests).
        root.set_inner_html("");
        leptos::mount::mount_to(root, move || view! { <app::App boot=boot/> }).forget();
    }
    // The page was hidden while it showed the wrong layout (see prepaint.js); it is right now.
    if let Some(html) = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.document_element())
    {
        let _ = html.class_list().remove_1("wait-app");
    }
}

/// The build-time render of the page: the app's HTML as the browser will hydrate it.
#[cfg(feature = "ssr")]
pub fn prerender() -> String {
    use leptos::prelude::*;
    let owner = Owner::new_root(None);
    let html = owner.with(|| view! { <app::App boot=boot::Boot::prerendered()/> }.to_html());
    owner.unset();
    html
}
