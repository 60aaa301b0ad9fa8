//! What the build writes beside the app (`src/bin/prerender.rs` runs it): every step's chart as
//! static SVG, the no-script figure each step of the column carries (the browser writes the same
//! markup when it renders the column), and the plain sources and glossary pages.

pub mod figures;
pub mod pages;
pub mod styles;
