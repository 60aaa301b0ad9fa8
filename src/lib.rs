//! Minsk Explainer: an interactive explainer of Katsiaryna Shmatsina's Lawfare article
//! "What Washington Wants from Minsk" (22 July 2025).
//!
//! One folder per feature, each with its pure core (builds and tests on the host with no
//! features) beside its browser part (Leptos components and browser calls, with the `hydrate`
//! feature for the app or `ssr` for the same components rendered to HTML at build time):
//! `model` (the data and story), `charts` (scenes; `panel`, the chart on the page), `reading`
//! (the three reading modes), `reader_tools` (table, downloads, sources, citations, glossary),
//! `embed`, `address` (the URL), `prerender` (what the build writes). `page` is the shell that
//! puts them together (app, reader state, masthead, footer); `web` small browser helpers.
#![recursion_limit = "256"]

pub mod address;
pub mod charts;
pub mod embed;
pub mod format;
pub mod i18n;
pub mod model;
pub mod prerender;
pub mod reader_tools;
pub mod reading;
pub mod sort;

#[cfg(feature = "ui")]
pub mod page;
#[cfg(feature = "ui")]
pub mod web;

/// The first view (`model::Model::first_view`): the content `build.rs` read from `content/` with
/// the model's types and checked, in postcard.
pub const FIRST_VIEW: &[u8] = include_bytes!(concat!(env!("OUT_DIR"), "/first_view.postcard"));
