//! Draws a chart scene on a canvas at the screen's pixel density.

use crate::charts::panel::canvas_backend::Canvas;
use crate::charts::tween::{Frame, INVISIBLE};
use crate::charts::{self, Hit, HitMap};
use crate::model::{ChartView, Model};
use plotters::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::HtmlCanvasElement;

/// Sizes the canvas backing store for devicePixelRatio; returns the ratio.
fn fit(canvas: &HtmlCanvasElement, w: f64, h: f64) -> f64 {
    let dpr = device_pixel_ratio();
    let (pw, ph) = ((w * dpr).round().max(1.0) as u32, (h * dpr).round().max(1.0) as u32);
    if canvas.width() != pw {
        canvas.set_width(pw);
    }
    if canvas.height() != ph {
        canvas.set_height(ph);
    }
    dpr
}

fn scene(canvas: &HtmlCanvasElement, model: &Model, view: &ChartView, dpr: f64) -> Result<HitMap, String> {
    let backend = Canvas::new(canvas).ok_or("no 2d context")?;
    let area = backend.into_drawing_area();
    let hits = charts::draw(&area, model, view, &crate::web::scheme::current(), dpr)?;
    area.present().map_err(|e| format!("{e:?}"))?;
    Ok(hits)
}

/// Sizes the canvas for devicePixelRatio and draws `view` into it.
/// `w` and `h` are the canvas's CSS size; the returned hit map is in CSS pixels.
pub fn draw(canvas: &HtmlCanvasElement, model: &Model, view: &ChartView, w: f64, h: f64) -> Result<HitMap, String> {
    let dpr = fit(canvas, w, h);
    scene(canvas, model, view, dpr)
}

/// Draws one frame of a transition: the base view, then the top view at its opacity.
pub fn draw_frame(canvas: &HtmlCanvasElement, model: &Model, frame: &Frame, w: f64, h: f64) -> Result<(), String> {
    let dpr = fit(canvas, w, h);
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
        scene(canvas, model, base, dpr)?;
    }
    if frame.alpha < INVISIBLE {
        ctx.set_global_alpha(1.0);
        return Ok(());
    }
    ctx.set_global_alpha(frame.alpha.clamp(0.0, 1.0));
    let drawn = scene(canvas, model, &frame.top, dpr);
    ctx.set_global_alpha(1.0);
    drawn.map(|_| ())
}

fn device_pixel_ratio() -> f64 {
    web_sys::window()
        .map(|w| w.device_pixel_ratio())
        .filter(|d| d.is_finite() && *d > 0.0)
        .unwrap_or(1.0)
}

/// Draws the keyboard focus ring over what is already on the canvas.
pub fn focus_ring(canvas: &HtmlCanvasElement, hit: &Hit) -> Result<(), String> {
    let backend = Canvas::new(canvas).ok_or("no 2d context")?;
    let area = backend.into_drawing_area();
    charts::draw_focus(&area, hit, &crate::web::scheme::current(), device_pixel_ratio())?;
    area.present().map_err(|e| format!("{e:?}"))
}
