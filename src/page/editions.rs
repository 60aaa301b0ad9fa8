//! The language switch (every published edition, keeping the step, the mode and the theme), the
//! note that says an edition is the team's translation, and a suggestion of the edition the
//! reader's browser prefers (never a redirect). Preferences stay in the address: nothing is
//! stored on the device.

use crate::format::escape_html;
use crate::i18n::{self, Edition};
use crate::page::state::use_reader;
use leptos::prelude::*;

/// Where readers report a correction to a translation. Deployers set it at build time
/// (`make build CORRECTIONS=mailto:desk@news.example`).
pub const CORRECTIONS: &str = match option_env!("CORRECTIONS") {
    Some(c) => c,
    None => "mailto:corrections@minsk-explainer.example?subject=Translation%20correction",
};

/// The address of this page's state in `edition`: its page, with the step, a chosen mode and the
/// theme as applied.
fn link(edition: Edition, query: &str) -> String {
    let folder = match edition.folder() {
        "" => String::new(),
        f => format!("{f}/"),
    };
    let path = format!("{}{folder}", i18n::root());
    // "" would be this very page: "./" is the site's root page from the root.
    let path = if path.is_empty() { "./".to_string() } else { path };
    format!("{path}{query}")
}

/// The switch's query for the reader's state: the step, a chosen mode and the theme as applied.
fn query(reader: crate::page::state::Reader, tracked: bool) -> String {
    let s = if tracked {
        reader.state.get()
    } else {
        reader.state.get_untracked()
    };
    let slug = reader
        .model
        .with_value(|m| m.story.steps.get(s.address.step).map(|st| st.slug.clone()))
        .unwrap_or_default();
    let mode = s.address.mode.map(|m| format!("&mode={}", m.key())).unwrap_or_default();
    format!("?step={slug}{mode}&theme={}", s.theme)
}

/// One edition's link: in its own language, marked as this page when it is.
fn item(e: Edition, query: &str) -> String {
    let here = if e == i18n::current() {
        " aria-current=\"page\""
    } else {
        ""
    };
    format!(
        "<li><a href=\"{}\" hreflang=\"{code}\" lang=\"{code}\"{here}>{}</a></li>",
        escape_html(&link(e, query)),
        escape_html(e.native_name()),
        code = e.code(),
    )
}

#[component]
pub fn LanguageSwitch() -> impl IntoView {
    let reader = use_reader();
    let current = i18n::current();
    // One HTML string, its links' addresses kept current by one effect, rather than a view per
    // link: each view costs wasm in every edition (the masthead and footer do the same).
    let first = query(reader, false);
    let list = format!(
        "<ul class=\"editions__list\">{}</ul>",
        Edition::ALL.iter().map(|&e| item(e, &first)).collect::<String>()
    );
    let nav = NodeRef::<leptos::html::Nav>::new();
    // The browser's languages, in the reader's order: the first with an edition, if not this
    // one and the address did not ask for one, is suggested below the list.
    Effect::new(move |_| {
        let asked = crate::address::parse_params(&crate::address::browser::current_query(), &[]).lang;
        let preferred = web_sys::window()
            .map(|w| w.navigator().languages().to_vec())
            .unwrap_or_default()
            .into_iter()
            .filter_map(|l| l.as_string())
            .find_map(|l| Edition::from_code(&l).filter(|e| Edition::ALL.contains(e)));
        if let (None, Some(e), Some(nav)) = (asked, preferred.filter(|&e| e != current), nav.get_untracked()) {
            let html = format!(
                "<p class=\"editions__suggest\" lang=\"{code}\"><a href=\"{}\" hreflang=\"{code}\">{}</a></p>",
                escape_html(&link(e, &query(reader, false))),
                escape_html(e.invitation()),
                code = e.code(),
            );
            let _ = nav.insert_adjacent_html("beforeend", &html);
        }
    });
    // Every link keeps the step, the mode and the theme the reader is on.
    Effect::new(move |_| {
        let q = query(reader, true);
        let Some(links) = nav.get().and_then(|n| n.query_selector_all("a[hreflang]").ok()) else {
            return;
        };
        for i in 0..links.length() {
            let Some(a) = links
                .item(i)
                .and_then(|n| wasm_bindgen::JsCast::dyn_into::<web_sys::Element>(n).ok())
            else {
                continue;
            };
            if let Some(e) = a.get_attribute("hreflang").and_then(|c| Edition::from_code(&c)) {
                let _ = a.set_attribute("href", &link(e, &q));
            }
        }
    });
    view! {
        <nav class="editions" aria-label=i18n::tr("Language") node_ref=nav inner_html=list></nav>
        {(current != Edition::En)
            .then(|| {
                view! {
                    <p class="editions__note">
                        {i18n::tr("This edition was translated by the explainer's team; the English edition is canonical.")}
                        " "
                        <a href=CORRECTIONS>{i18n::tr("Report a correction")}</a>
                    </p>
                }
            })}
    }
}
