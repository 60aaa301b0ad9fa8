//! The page's colour scheme: `data-theme` on the root, the system's preference and its changes,
//! and the chart palette as the page's CSS currently defines it (so themes are a CSS concern).

use crate::charts::Theme;
use std::cell::{OnceCell, RefCell};

thread_local! {
    /// The palette last read from the page, with the `data-theme` and contrast it was read under.
    static READ: RefCell<Option<(String, Theme)>> = const { RefCell::new(None) };
    static CONTRAST: OnceCell<Option<web_sys::MediaQueryList>> = const { OnceCell::new() };
    static FORCED: OnceCell<Option<web_sys::MediaQueryList>> = const { OnceCell::new() };
}

/// Whether the query (kept in `cell`: `matchMedia` itself costs about 1 ms on a slow phone) matches.
fn kept_query(
    cell: &'static std::thread::LocalKey<OnceCell<Option<web_sys::MediaQueryList>>>,
    window: &web_sys::Window,
    query: &str,
) -> bool {
    cell.with(|q| q.get_or_init(|| window.match_media(query).ok().flatten()).clone())
        .is_some_and(|m| m.matches())
}

/// Reads the `--chart-*` custom properties from the root element; falls back to the bundled
/// light tokens if the stylesheet has not loaded.
///
/// Read once per `data-theme` and contrast preference: `getComputedStyle` right after a step's
/// text changed forces a style recalculation inside the key press → frame path, and every
/// transition frame asks.
pub fn current() -> Theme {
    let Some((window, root)) = web_sys::window().and_then(|w| Some((w.clone(), w.document()?.document_element()?)))
    else {
        return light();
    };
    // tokens.css switches the palette on `data-theme` and on `prefers-contrast: more`; under
    // forced colours the chart takes the system's colours instead (`Theme::forced`).
    let more_contrast = kept_query(&CONTRAST, &window, "(prefers-contrast: more)");
    let forced = kept_query(&FORCED, &window, "(forced-colors: active)");
    let key = format!(
        "{}{}{}",
        root.get_attribute("data-theme").unwrap_or_default(),
        if more_contrast { "+contrast" } else { "" },
        if forced { "+forced" } else { "" }
    );
    if let Some(theme) = READ.with_borrow(|r| r.as_ref().filter(|(k, _)| *k == key).map(|(_, t)| t.clone())) {
        return theme;
    }
    let from_page = if forced {
        system_colours(&window)
    } else {
        window.get_computed_style(&root).ok().flatten().and_then(|style| {
            Theme::from_lookup(|name| style.get_property_value(name).ok().filter(|v| !v.trim().is_empty())).ok()
        })
    };
    match from_page {
        Some(theme) => {
            READ.set(Some((key, theme.clone())));
            theme
        }
        None => light(),
    }
}

/// The chart palette from the reader's system colours, as the browser resolves them on a probe
/// element (a canvas is not recoloured by forced colours, so the chart must ask).
fn system_colours(window: &web_sys::Window) -> Option<Theme> {
    use wasm_bindgen::JsCast;
    let document = window.document()?;
    let probe: web_sys::HtmlElement = document.create_element("span").ok()?.dyn_into().ok()?;
    document.body()?.append_child(&probe).ok()?;
    let read = |keyword: &str| {
        probe.style().set_property("color", keyword).ok()?;
        let style = window.get_computed_style(&probe).ok()??;
        crate::charts::theme::parse_rgb(&style.get_property_value("color").ok()?)
    };
    let colours = (read("Canvas"), read("CanvasText"), read("GrayText"), read("Highlight"));
    probe.remove();
    let (Some(canvas), Some(text), Some(gray), Some(highlight)) = colours else {
        return None;
    };
    Some(Theme::forced(canvas, text, gray, highlight))
}

/// The light palette as bundled (print is always light, whatever the screen shows).
pub fn light() -> Theme {
    Theme::from_css(include_str!("../../style/tokens.css")).expect("bundled tokens define every colour")
}

const DARK: &str = "(prefers-color-scheme: dark)";

/// Whether the reader's system asks for a dark theme.
pub fn system_dark() -> bool {
    crate::web::media::matches(DARK)
}

/// Sets the page's `data-theme` ("light" or "dark"); the CSS tokens follow.
pub fn apply(resolved: &str) {
    if let Some(root) = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.document_element())
    {
        let _ = root.set_attribute("data-theme", resolved);
    }
}

/// Calls `on_change(dark)` whenever the system theme changes (for `theme=auto`).
pub fn watch_system(on_change: impl Fn(bool) + 'static) {
    crate::web::media::watch(DARK, on_change);
}
