//! Draws a chart scene on a canvas at the screen's pixel density.

use crate::charts::{self, Hit, HitMap};
use crate::model::{ChartView, Model};
use plotters::prelude::*;
use plotters_canvas::CanvasBackend;
use web_sys::HtmlCanvasElement;

/// Sizes the canvas backing store for devicePixelRatio and draws `view` into it.
/// `w` and `h` are the canvas's CSS size; the returned hit map is in CSS pixels.
pub fn draw(canvas: &HtmlCanvasElement, model: &Model, view: &ChartView, w: f64, h: f64) -> Result<HitMap, String> {
    let dpr = device_pixel_ratio();
    let (pw, ph) = ((w * dpr).round().max(1.0) as u32, (h * dpr).round().max(1.0) as u32);
    if canvas.width() != pw {
        canvas.set_width(pw);
    }
    if canvas.height() != ph {
        canvas.set_height(ph);
    }
    let backend = CanvasBackend::with_canvas_object(canvas.clone()).ok_or("no 2d context")?;
    let area = backend.into_drawing_area();
    let hits = charts::draw(&area, model, view, &super::theme::current(), dpr)?;
    area.present().map_err(|e| format!("{e:?}"))?;
    Ok(hits)
}

fn device_pixel_ratio() -> f64 {
    web_sys::window()
        .map(|w| w.device_pixel_ratio())
        .filter(|d| d.is_finite() && *d > 0.0)
        .unwrap_or(1.0)
}

/// Draws the keyboard focus ring over what is already on the canvas.
pub fn focus_ring(canvas: &HtmlCanvasElement, hit: &Hit) -> Result<(), String> {
    let backend = CanvasBackend::with_canvas_object(canvas.clone()).ok_or("no 2d context")?;
    let area = backend.into_drawing_area();
    charts::draw_focus(&area, hit, &super::theme::current(), device_pixel_ratio())?;
    area.present().map_err(|e| format!("{e:?}"))
}
