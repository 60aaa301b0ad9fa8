//! Label widths from the canvas's `measureText`, cached: what the canvas backend answers when a
//! scene asks how wide a label is (`estimate_text_size`). plotters' own browser estimate adds a
//! styled `<span>` to the page and forces a layout for every label; this is a hundred times
//! cheaper, needs no inline style, and knows bold from normal.

use crate::charts::pen::FONT;
use std::cell::RefCell;
use std::collections::HashMap;
use wasm_bindgen::JsCast;

/// Labels come from the data, so the cache is small; the cap only bounds it against surprises.
const CAP: usize = 4096;

thread_local! {
    static CONTEXT: RefCell<Option<web_sys::CanvasRenderingContext2d>> = const { RefCell::new(None) };
    /// The font last set on CONTEXT: setting `font` parses it every time, even to the same value.
    static FONT_SET: RefCell<String> = const { RefCell::new(String::new()) };
    static CACHE: RefCell<HashMap<(String, u32, bool), f64>> = RefCell::new(HashMap::new());
}

fn context() -> Option<web_sys::CanvasRenderingContext2d> {
    CONTEXT.with(|c| {
        if c.borrow().is_none() {
            let canvas = web_sys::window()?.document()?.create_element("canvas").ok()?;
            let ctx = canvas
                .dyn_into::<web_sys::HtmlCanvasElement>()
                .ok()?
                .get_context("2d")
                .ok()??
                .dyn_into::<web_sys::CanvasRenderingContext2d>()
                .ok()?;
            *c.borrow_mut() = Some(ctx);
        }
        c.borrow().clone()
    })
}

/// The width of `text` at `size` px in the chart font, in the same px.
pub fn width(text: &str, size: f64, bold: bool) -> Option<f64> {
    let key = (text.to_string(), (size * 100.0).round() as u32, bold);
    if let Some(w) = CACHE.with(|c| c.borrow().get(&key).copied()) {
        return Some(w);
    }
    let ctx = context()?;
    let font = format!("{} {size}px {FONT}", if bold { "bold" } else { "normal" });
    FONT_SET.with(|set| {
        let mut set = set.borrow_mut();
        if *set != font {
            ctx.set_font(&font);
            *set = font;
        }
    });
    let w = ctx.measure_text(text).ok()?.width();
    CACHE.with(|c| {
        let mut c = c.borrow_mut();
        if c.len() >= CAP {
            c.clear();
        }
        c.insert(key, w);
    });
    Some(w)
}
