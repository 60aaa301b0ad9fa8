//! The sources' detail (titles, addresses, verbatim quotes, notes) and the glossary's definitions
//! arrive after the first paint: the wasm carries only what the charts draw and the text marks
//! (`Model::first_view`), and the rest is fetched once the app is up, as one postcard file
//! (`model::detail::PATH`). Source cards, term cards, the Sources and Glossary panels, tables and downloads
//! wait for them; tooltips and source lists name the publisher until then.

use crate::i18n::tr;
use crate::page::state::Reader;
use leptos::prelude::*;

/// Where the sources' detail is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SourcesState {
    /// Not asked for yet.
    Waiting,
    /// On its way.
    Loading,
    /// In the model (always, at build time).
    Ready,
    /// The fetch or its parse failed; the reader can try again.
    Failed,
}

/// Starts fetching the detail unless it is in or on its way. Safe to call from anywhere.
pub fn load(reader: Reader) {
    if matches!(
        reader.sources.get_untracked(),
        SourcesState::Waiting | SourcesState::Failed
    ) {
        reader.sources.set(SourcesState::Loading);
        leptos::task::spawn_local(fetch(reader));
    }
}

/// Resolves once the detail is in (fetching it if need be); false if it cannot be had.
pub async fn ready(reader: Reader) -> bool {
    match reader.sources.get_untracked() {
        SourcesState::Ready => true,
        // Another fetch may be on its way; a second one is cheap (the browser's cache) and rare
        // (a download asked for in the first second).
        _ => {
            reader.sources.set(SourcesState::Loading);
            fetch(reader).await;
            reader.sources.get_untracked() == SourcesState::Ready
        }
    }
}

async fn fetch(reader: Reader) {
    use crate::model::detail::{self, Detail};
    // An edition's words for the detail come beside it (both asked for at once); without them
    // it shows in English.
    let edition = crate::i18n::current();
    let words = (edition != crate::i18n::Edition::En).then(|| {
        let path = crate::i18n::at_root(&crate::i18n::catalog_path(edition, true));
        let bytes = crate::web::fetch::bytes(&path);
        (path, bytes)
    });
    let data = crate::web::fetch::bytes(&crate::i18n::at_root(detail::PATH));
    if let Some((path, bytes)) = words {
        match bytes
            .await
            .and_then(|b| crate::i18n::Catalog::from_postcard(edition, &b))
        {
            Ok(more) => crate::i18n::extend(more),
            Err(e) => web_sys::console::error_1(&format!("{path}: {e}").into()),
        }
    }
    let result = data
        .await
        .and_then(|bytes| Detail::decode(&bytes).map_err(|e| e.to_string()))
        .and_then(|detail| {
            let mut outcome = Ok(());
            reader.model.update_value(|m| {
                if !m.sources_loaded {
                    outcome = m.add_detail(detail).map_err(|e| e.to_string());
                    // The definitions and the map's names came in English.
                    if let Some(catalog) = crate::i18n::catalog() {
                        m.localize(catalog);
                    }
                }
            });
            outcome
        });
    // Another fetch (a download's) may have brought the detail in meanwhile: then it is in.
    let loaded = reader.model.with_value(|m| m.sources_loaded);
    match result {
        Ok(()) => reader.sources.set(SourcesState::Ready),
        Err(_) if loaded => reader.sources.set(SourcesState::Ready),
        Err(e) => {
            web_sys::console::error_1(&format!("the sources could not be loaded: {e}").into());
            reader.sources.set(SourcesState::Failed)
        }
    }
}

/// Tracks the detail's arrival: true once it is in.
pub fn is_ready(reader: Reader) -> bool {
    reader.sources.get() == SourcesState::Ready
}

/// What a status line says is on its way (each its own sentences, for the translations).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Pending {
    #[default]
    Sources,
    Definition,
    Definitions,
    Questions,
}

impl Pending {
    fn loading(self) -> String {
        match self {
            Pending::Sources => tr("Loading the sources…").to_string(),
            Pending::Definition => tr("Loading the definition…").to_string(),
            Pending::Definitions => tr("Loading the definitions…").to_string(),
            Pending::Questions => tr("Loading the questions…").to_string(),
        }
    }

    fn failed(self) -> String {
        match self {
            Pending::Sources => tr("Sorry, the sources could not be loaded.").to_string(),
            Pending::Definition => tr("Sorry, the definition could not be loaded.").to_string(),
            Pending::Definitions => tr("Sorry, the definitions could not be loaded.").to_string(),
            Pending::Questions => tr("Sorry, the questions could not be loaded.").to_string(),
        }
    }
}

/// What shows where the detail will be: a status line, or the failure with a way to try again.
#[component]
pub fn SourcesPending(
    /// What is on its way, for the status line.
    #[prop(default = Pending::Sources)]
    what: Pending,
) -> impl IntoView {
    // No fetch starts here: the app starts one as it comes up, and a failure waits for the
    // reader's "Try again" (showing this would otherwise retry in a loop).
    let reader = crate::page::state::use_reader();
    move || match reader.sources.get() {
        SourcesState::Failed => leptos::either::Either::Left(view! {
            <p class="sources-pending" role="alert">
                {what.failed()} " "
                <button type="button" class="button button--small" on:click=move |_| load(reader)>
                    {tr("Try again")}
                </button>
            </p>
        }),
        _ => leptos::either::Either::Right(view! {
            <p class="sources-pending" role="status">{what.loading()}</p>
        }),
    }
}
