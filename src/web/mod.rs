//! Browser glue: URL sync, theme colours from CSS, the panic notice. Everything here touches
//! browser APIs and runs only in effects, event handlers or at start-up.

pub mod canvas;
pub mod canvas_backend;
pub mod clipboard;
pub mod download;
pub mod element_size;
pub mod embed;
pub mod fetch;
pub mod label_width;
pub mod media;
pub mod motion;
pub mod panic;
pub mod print;
pub mod scheme;
pub mod scrolly;
pub mod swipe;
pub mod url;

/// The page element with this id, if the page has one.
pub fn element(id: &str) -> Option<web_sys::Element> {
    web_sys::window()?.document()?.get_element_by_id(id)
}
