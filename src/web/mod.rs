//! Small browser helpers several features use: media queries, an element's size, fetching a
//! file beside the page, the theme's colours, the panic notice. Everything here touches browser
//! APIs and runs only in effects, event handlers or at start-up. (A feature's own browser code
//! lives in its folder: `address::browser`, `embed::browser`, `charts::panel`, `reading`.)

pub mod element_size;
pub mod fetch;
pub mod media;
pub mod motion;
pub mod panic;
pub mod print;
pub mod scheme;

/// The page element with this id, if the page has one.
pub fn element(id: &str) -> Option<web_sys::Element> {
    web_sys::window()?.document()?.get_element_by_id(id)
}
