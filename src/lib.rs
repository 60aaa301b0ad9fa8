//! Minsk Explainer: an interactive explainer of Katsiaryna Shmatsina's Lawfare article
//! "What Washington Wants from Minsk" (22 July 2025).
//!
//! Pure modules (`model`, `view_state`, `format`, `charts`) build and test on the host with no
//! features. `ui` (Leptos components) and `web` (browser glue) come with the `hydrate` feature
//! (the app) or the `ssr` feature (the same components rendered to HTML at build time).
#![recursion_limit = "256"]

pub mod charts;
pub mod cite;
pub mod embed;
pub mod export;
pub mod figures;
pub mod format;
pub mod glossary;
pub mod keymap;
pub mod model;
pub mod pages;
pub mod reading;
pub mod sources;
pub mod step_html;
pub mod table;
pub mod view_state;

#[cfg(feature = "ui")]
pub mod ui;
#[cfg(feature = "ui")]
pub mod web;

/// The first view (`model::Model::first_view`): the content `build.rs` read from `content/` with
/// the model's types and checked, in postcard.
pub const FIRST_VIEW: &[u8] = include_bytes!(concat!(env!("OUT_DIR"), "/first_view.postcard"));
