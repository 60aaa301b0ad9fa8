//! Minsk Explainer: an interactive explainer of Katsiaryna Shmatsina's Lawfare article
//! "What Washington Wants from Minsk" (22 July 2025).
//!
//! Pure modules (`model`, `view_state`, `format`, `charts`) build and test on the host;
//! `ui` and `web` are the browser layer, compiled for wasm32 only.

pub mod charts;
pub mod cite;
pub mod embed;
pub mod export;
pub mod format;
pub mod keymap;
pub mod model;
pub mod reading;
pub mod sources;
pub mod static_story;
pub mod table;
pub mod view_state;

#[cfg(target_arch = "wasm32")]
pub mod ui;
#[cfg(target_arch = "wasm32")]
pub mod web;
