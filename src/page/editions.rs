//! The language switch (every published edition, keeping the step, the mode and the theme), the
//! note that says an edition is the team's translation, and a suggestion of the edition the
//! reader's browser prefers (never a redirect). Preferences stay in the address: nothing is
//! stored on the device.

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

#[component]
pub fn LanguageSwitch() -> impl IntoView {
    let reader = use_reader();
    let query = move || {
        let s = reader.state.get();
        let slug = reader
            .model
            .with_value(|m| m.story.steps.get(s.address.step).map(|st| st.slug.clone()))
            .unwrap_or_default();
        let mode = s.address.mode.map(|m| format!("&mode={}", m.key())).unwrap_or_default();
        format!("?step={slug}{mode}&theme={}", s.theme)
    };
    let current = i18n::current();
    let suggested = RwSignal::new(None::<Edition>);
    // The browser's languages, in the reader's order: the first with an edition, if not this one.
    Effect::new(move |_| {
        let asked = crate::address::parse_params(&crate::address::browser::current_query(), &[]).lang;
        let preferred = web_sys::window()
            .map(|w| w.navigator().languages().to_vec())
            .unwrap_or_default()
            .into_iter()
            .filter_map(|l| l.as_string())
            .find_map(|l| Edition::from_code(&l).filter(|e| Edition::ALL.contains(e)));
        if asked.is_none() && preferred != Some(current) {
            suggested.set(preferred);
        }
    });
    let items = Edition::ALL
        .iter()
        .map(|&e| {
            let here = e == current;
            view! {
                <li>
                    <a
                        href=move || link(e, &query())
                        hreflang=e.code()
                        lang=e.code()
                        aria-current=here.then_some("page")
                    >
                        {e.native_name()}
                    </a>
                </li>
            }
        })
        .collect_view();
    view! {
        <nav class="editions" aria-label=i18n::tr("Language")>
            <ul class="editions__list">{items}</ul>
            {move || {
                suggested
                    .get()
                    .map(|e| {
                        view! {
                            <p class="editions__suggest" lang=e.code()>
                                <a href=move || link(e, &query()) hreflang=e.code()>{e.invitation()}</a>
                            </p>
                        }
                    })
            }}
        </nav>
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
