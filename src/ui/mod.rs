//! Leptos components. One concept per file; state lives in [`state::Reader`], provided by context.

pub mod app;
pub mod article_view;
pub mod chart_panel;
pub mod chart_tools;
pub mod cite_panel;
pub mod copy;
pub mod data_table;
pub mod dialog;
pub mod embed_credit;
pub mod embed_panel;
pub mod footer;
pub mod legend;
pub mod masthead;
pub mod mode_switch;
pub mod narrative;
pub mod scroll_steps;
pub mod shortcuts_panel;
pub mod sources_panel;
pub mod state;
pub mod step_text;
pub mod stepper;
pub mod tooltip;

/// Mounts the app on the page's body.
pub fn start() {
    crate::web::panic::install();
    crate::web::text::install();
    // The static summary in index.html stands in until now; the app replaces it.
    if let Some(prelude) = crate::web::element("prelude") {
        prelude.remove();
    }
    leptos::mount::mount_to_body(app::App);
}
