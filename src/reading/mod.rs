//! Reading the story: scroll-driven (the column of steps beside a sticky chart), step by step,
//! and as one article, with the keyboard map and swipes. Pure: the geometry (which step is most
//! in view, where to scroll, swipes), the step text as HTML, the key map. Browser: the components
//! of each mode and the scroll observer.

pub mod geometry;
pub mod keymap;
pub mod step_html;

#[cfg(feature = "ui")]
pub mod article_view;
#[cfg(feature = "ui")]
pub mod mode_switch;
#[cfg(feature = "ui")]
pub mod narrative;
#[cfg(feature = "ui")]
pub mod scroll_steps;
#[cfg(feature = "ui")]
pub mod scrolly;
#[cfg(feature = "ui")]
pub mod step_text;
#[cfg(feature = "ui")]
pub mod stepper;
#[cfg(feature = "ui")]
pub mod swipe;
#[cfg(feature = "ui")]
pub mod text_events;
