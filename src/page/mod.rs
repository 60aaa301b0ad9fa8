//! The page's shell: the app (which puts the features' components together), the reader state
//! they share by context ([`state::Reader`]), the masthead and footer, and the pieces several
//! features use (a modal dialog, copy with a result, "data as of").

pub mod app;
pub mod boot;
pub mod copy;
pub mod data_as_of;
pub mod dialog;
pub mod editions;
pub mod footer;
pub mod masthead;
pub mod state;

/// Whether the app is adopting the build's HTML at this moment (then an `inner_html` value is
/// not applied, so a view can skip computing one).
pub fn hydrating() -> bool {
    use leptos::prelude::Owner;
    !cfg!(feature = "ssr") && Owner::current_shared_context().is_some_and(|sc| sc.during_hydration())
}

/// Starts the app in the browser: picks the edition (the address's `?lang=`, else the page's
/// own `<html lang>`), fetches its catalog unless it is English, then hydrates the prerendered
/// page when this address is laid out like it and in its language, otherwise renders afresh.
#[cfg(feature = "hydrate")]
pub fn start() {
    use crate::i18n::{self, Edition};
    crate::web::panic::install();
    let Some(root) = crate::web::element("app") else {
        crate::web::panic::show_notice("This page is missing the explainer's container.");
        return;
    };
    let root: web_sys::HtmlElement = wasm_bindgen::JsCast::unchecked_into(root);
    let boot = boot::Boot::from_browser();
    let html = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.document_element());
    // An edition's prerendered page lives in its folder (`/ru/`), one level below the site.
    let page_lang = html
        .as_ref()
        .and_then(|h| Edition::from_code(&h.get_attribute("lang").unwrap_or_default()))
        .unwrap_or_default();
    if page_lang != Edition::En {
        i18n::set_root("../");
    }
    let params = crate::address::parse_params(&boot.query, &[]);
    let edition = params.lang.unwrap_or(page_lang);
    if edition == Edition::En {
        mount(root, boot, page_lang == Edition::En);
        return;
    }
    // Leptos's executor starts with the mount: until then, the browser's own.
    wasm_bindgen_futures::spawn_local(async move {
        let path = i18n::at_root(&i18n::catalog_path(edition, false));
        let loaded = crate::web::fetch::bytes(&path)
            .await
            .and_then(|bytes| i18n::Catalog::from_postcard(edition, &bytes));
        match loaded {
            Ok(catalog) => i18n::set(edition, Some(catalog)),
            // The English story, rather than none: said in the console for whoever looks.
            Err(e) => web_sys::console::error_1(&format!("the {} edition could not load: {e}", edition.code()).into()),
        }
        if let Some(html) = &html {
            let _ = html.set_attribute("lang", i18n::current().code());
        }
        mount(root, boot, page_lang == i18n::current());
    });
}

/// Hydrates the prerendered page when it is in this layout and language, else renders afresh.
#[cfg(feature = "hydrate")]
fn mount(root: web_sys::HtmlElement, boot: boot::Boot, same_language: bool) {
    use leptos::prelude::*;
    let prerendered = root.first_element_child().is_some();
    if prerendered && same_language && boot.hydrates_prerender() {
        leptos::mount::hydrate_from(root, move || view! { <app::App boot=boot hydrate=true/> }).forget();
    } else {
        // Another layout (an embed, step by step, the article view), another language, or no
        // prerender (tests).
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

/// The build-time render of the page in the current edition (`i18n::set`): the app's HTML as
/// the browser will hydrate it.
#[cfg(feature = "ssr")]
pub fn prerender() -> String {
    prerender_at(boot::Boot::prerendered())
}

/// The page rendered at build time as a browser at `boot` would first show it (the prerender
/// notes which words each step's first view asks for).
#[cfg(feature = "ssr")]
pub fn prerender_at(boot: boot::Boot) -> String {
    use leptos::prelude::*;
    let owner = Owner::new_root(None);
    let html = owner.with(|| view! { <app::App boot=boot/> }.to_html());
    owner.unset();
    html
}
