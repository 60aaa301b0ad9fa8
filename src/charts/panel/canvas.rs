//! Draws a chart scene on a canvas at the screen's pixel density.

use crate::charts::panel::canvas_backend::Canvas;
use crate::charts::tween::{Frame, INVISIBLE};
use crate::charts::{self, Hit, HitMap};
use crate::model::{ChartView, Model};
use plotters::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::HtmlCanvasElement;

thread_local! {
    /// The reader's text zoom as last read (`text_zoom`), read again when the chart's size changes.
    static ZOOM: std::cell::Cell<Option<f64>> = const { std::cell::Cell::new(None) };
}

/// Sizes the canvas backing store for devicePixelRatio; returns the ratio.
fn fit(canvas: &HtmlCanvasElement, w: f64, h: f64) -> f64 {
    let dpr = device_pixel_ratio();
    let (pw, ph) = ((w * dpr).round().max(1.0) as u32, (h * dpr).round().max(1.0) as u32);
    if canvas.width() != pw || canvas.height() != ph {
        // A new size may come with a new text size (the page reflows when the reader changes it).
        ZOOM.set(None);
    }
    if canvas.width() != pw {
        canvas.set_width(pw);
    }
    if canvas.height() != ph {
        canvas.set_height(ph);
    }
    dpr
}

/// How much larger than the browsers' default (16 px) the reader has set their text (the page
/// leaves the root font size to them). The chart is laid out that much narrower and drawn that
/// much larger, text, marks and spacing alike, as the page reflows for larger text, so its labels
/// grow with the reader's (issue 19). Between 1 and 2.
///
/// Kept between draws: `getComputedStyle` after a step's text changed forces a style
/// recalculation inside the key press → frame path (see `web::scheme::current`).
pub fn text_zoom() -> f64 {
    if let Some(zoom) = ZOOM.get() {
        return zoom;
    }
    let zoom = text_zoom_now();
    ZOOM.set(Some(zoom));
    zoom
}

/// [`text_zoom`] read afresh (the article view's figures, drawn seldom, on their own resizes).
pub fn text_zoom_now() -> f64 {
    let px = web_sys::window().and_then(|w| {
        let root = w.document()?.document_element()?;
        let style = w.get_computed_style(&root).ok()??;
        style.get_property_value("font-size").ok()
    });
    // JavaScript's parseFloat: Rust's float parser would add kilobytes to the wasm.
    px.map(|v| js_sys::parse_float(&v) / 16.0)
        .filter(|z| z.is_finite())
        .unwrap_or(1.0)
        .clamp(1.0, 2.0)
}

/// Draws `view` at `dpr` device pixels per CSS px, `zoom` times larger; the hit map in CSS px.
fn scene(canvas: &HtmlCanvasElement, model: &Model, view: &ChartView, dpr: f64, zoom: f64) -> Result<HitMap, String> {
    let backend = Canvas::new(canvas).ok_or("no 2d context")?;
    let area = charts::Surface::Canvas(backend).into_drawing_area();
    let hits = charts::draw(&area, model, view, &crate::web::scheme::current(), dpr * zoom)?;
    area.present().map_err(|e| format!("{e:?}"))?;
    Ok(hits.scaled(zoom))
}

/// Sizes the canvas for devicePixelRatio and draws `view` into it, larger for larger text
/// (`text_zoom`). `w` and `h` are the canvas's CSS size; the returned hit map is in CSS pixels.
pub fn draw(canvas: &HtmlCanvasElement, model: &Model, view: &ChartView, w: f64, h: f64) -> Result<HitMap, String> {
    let dpr = fit(canvas, w, h);
    scene(canvas, model, view, dpr, text_zoom())
}

/// Draws one frame of a transition: the base view, then the top view at its opacity.
pub fn draw_frame(canvas: &HtmlCanvasElement, model: &Model, frame: &Frame, w: f64, h: f64) -> Result<(), String> {
    let dpr = fit(canvas, w, h);
    let zoom = text_zoom();
    let ctx = canvas
        .get_context("2d")
        .ok()
        .flatten()
        .and_then(|c| c.dyn_into::<web_sys::CanvasRenderingContext2d>().ok())
        .ok_or("no 2d context")?;
    // A transparent canvas shows the chart card's own background beneath partial opacities.
    ctx.clear_rect(0.0, 0.0, canvas.width() as f64, canvas.height() as f64);
    if let Some(base) = frame.base.as_ref().filter(|_| frame.base_alpha >= INVISIBLE) {
        ctx.set_global_alpha(frame.base_alpha.clamp(0.0, 1.0));
        scene(canvas, model, base, dpr, zoom)?;
    }
    if frame.alpha < INVISIBLE {
        ctx.set_global_alpha(1.0);
        return Ok(());
    }
    ctx.set_global_alpha(frame.alpha.clamp(0.0, 1.0));
    let drawn = scene(canvas, model, &frame.top, dpr, zoom);
    ctx.set_global_alpha(1.0);
    drawn.map(|_| ())
}

fn device_pixel_ratio() -> f64 {
    web_sys::window()
        .map(|w| w.device_pixel_ratio())
        .filter(|d| d.is_finite() && *d > 0.0)
        .unwrap_or(1.0)
}

/// Draws the keyboard focus ring over what is already on the canvas (`hit` in CSS px).
pub fn focus_ring(canvas: &HtmlCanvasElement, hit: &Hit) -> Result<(), String> {
    let backend = Canvas::new(canvas).ok_or("no 2d context")?;
    let area = charts::Surface::Canvas(backend).into_drawing_area();
    let zoom = text_zoom();
    let scale = device_pixel_ratio() * zoom;
    charts::draw_focus(&area, &hit.scaled(1.0 / zoom), &crate::web::scheme::current(), scale)?;
    area.present().map_err(|e| format!("{e:?}"))
}
