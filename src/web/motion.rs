//! The reader's motion preference (`prefers-reduced-motion`).

const QUERY: &str = "(prefers-reduced-motion: reduce)";

/// Whether the system asks for reduced motion.
pub fn reduced() -> bool {
    crate::web::media::matches(QUERY)
}

/// Calls `on_change(reduced)` when the system setting changes. Lives as long as the page.
pub fn watch(on_change: impl Fn(bool) + 'static) {
    crate::web::media::watch(QUERY, on_change);
}
