//! Browser glue: URL sync, theme colours from CSS, the panic notice. Everything here touches
//! browser APIs and runs only in effects, event handlers or at start-up.

pub mod canvas;
pub mod panic;
pub mod theme;
pub mod url;
