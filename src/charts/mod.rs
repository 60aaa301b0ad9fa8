//! Chart scenes: pure functions from (data, chart view, theme, size) to drawing commands on any
//! plotters backend (canvas in the browser, SVG in tests and print), returning a hit map that
//! links pixels back to data for tooltips, keyboard access and tests.

pub mod describe;
pub mod keynav;
pub mod kit;
pub mod legend;
pub mod listen;
pub mod scenes;
pub mod summary;
pub mod tween;

/// The chart on the page: the canvas, its legend, tooltips and tools.
#[cfg(feature = "ui")]
pub mod panel;

pub use kit::{axis, hitmap, labels, pen, surface, theme};
pub use scenes::{gdp, map, prisoners, sanctions, shared};
pub use surface::Surface;

use crate::model::{ChartKind, ChartView, Datum, Model};
pub use hitmap::{Hit, HitMap};
use legend::LegendItem;
pub use pen::Measure;
use pen::{Ink, Pen};
use plotters::coord::Shift;
use plotters::prelude::{Color, DrawingArea};
pub use theme::Theme;

/// A drawing failure, as text (backend errors differ per backend).
pub type DrawError = String;

/// What a chart kind gives the rest of the explainer besides its drawing. Each scene module
/// (`sanctions`, `prisoners`, `gdp`, `map`) defines its `SCENE`; adding a chart kind means a scene
/// module, its `ChartKind` variant and content, and an arm in [`scene`] and in [`draw`].
pub struct Scene {
    /// Who the figures come from, in a line under the chart (in the page's edition).
    pub sources: fn() -> String,
    /// The download file with the rows (`data/<file>.json`).
    pub data_file: &'static str,
    /// The rows a view draws, in the scene's order: what the data table, the downloads and the
    /// step's source list show (event markers are added by `table::drawn`).
    pub drawn: for<'m> fn(&'m Model, &ChartView) -> Vec<Datum<'m>>,
    /// Legend entries for what a view draws (the event marker's is added by `legend::items`).
    pub legend: fn(&Model, &ChartView) -> Vec<LegendItem>,
}

/// The scene of a chart kind.
pub fn scene(kind: ChartKind) -> &'static Scene {
    match kind {
        ChartKind::Sanctions => &sanctions::SCENE,
        ChartKind::Prisoners => &prisoners::SCENE,
        ChartKind::Gdp => &gdp::SCENE,
        ChartKind::Map => &map::SCENE,
    }
}

/// Draws `view` filling `area`. `scale` is device pixels per CSS pixel (devicePixelRatio), so
/// the scene lays out in CSS pixels and stays crisp on high-DPI screens; hits are in CSS pixels.
pub fn draw(
    area: &DrawingArea<Surface<'_>, Shift>,
    model: &Model,
    view: &ChartView,
    theme: &Theme,
    scale: f64,
) -> Result<HitMap, DrawError> {
    draw_measured(area, model, view, theme, scale, None)
}

/// [`draw`], measuring labels with `measure` instead of the backend's estimate (see [`Measure`]).
pub fn draw_measured(
    area: &DrawingArea<Surface<'_>, Shift>,
    model: &Model,
    view: &ChartView,
    theme: &Theme,
    scale: f64,
    measure: Option<Measure>,
) -> Result<HitMap, DrawError> {
    draw_with(&Pen::new(area, theme, scale).measured_by(measure), model, view)
}

/// Draws `view` with `pen` (the canvas's, or an SVG one).
fn draw_with(pen: &Pen<'_, Surface<'_>>, model: &Model, view: &ChartView) -> Result<HitMap, DrawError> {
    pen.clear()?;
    if pen.width() < 120.0 || pen.height() < 80.0 {
        return Ok(HitMap::default());
    }
    match view.chart {
        ChartKind::Sanctions => sanctions::draw(pen, model, view),
        ChartKind::Prisoners => prisoners::draw(pen, model, view),
        ChartKind::Gdp => gdp::draw(pen, model, view),
        ChartKind::Map => map::draw(pen, model, view),
    }
}

/// Draws a keyboard focus ring around a hit (on top of an already drawn chart).
pub fn draw_focus(
    area: &DrawingArea<Surface<'_>, Shift>,
    hit: &Hit,
    theme: &Theme,
    scale: f64,
) -> Result<(), DrawError> {
    let pen = Pen::new(area, theme, scale);
    let pad = 4.0;
    let (x0, y0, x1, y1) = (hit.x0 - pad, hit.y0 - pad, hit.x1 + pad, hit.y1 + pad);
    pen.rect(
        (x0 - 1.5, y0 - 1.5),
        (x1 + 1.5, y1 + 1.5),
        Ink::outline(&theme.bg.to_rgba(), 3.0),
    )?;
    pen.rect((x0, y0), (x1, y1), Ink::outline(&theme.text.to_rgba(), 2.5))
}

/// The scene for `view` as standalone SVG markup, `w` × `h` CSS px (it carries a viewBox, so it
/// scales), with its hit map: the static figures of the article view and print handout, and
/// what tests inspect. Text is escaped by plotters' SVG backend, so data never becomes markup.
pub fn to_svg(model: &Model, view: &ChartView, theme: &Theme, w: u32, h: u32) -> Result<(String, HitMap), DrawError> {
    to_svg_measured(model, view, theme, (w, h), None)
}

/// [`to_svg`], measuring labels with `measure` (in the browser: the canvas's, see [`Measure`]).
pub fn to_svg_measured(
    model: &Model,
    view: &ChartView,
    theme: &Theme,
    (w, h): (u32, u32),
    measure: Option<Measure>,
) -> Result<(String, HitMap), DrawError> {
    let mut out = String::new();
    let hits = {
        use plotters::prelude::IntoDrawingArea;
        let area = Surface::Svg(plotters::prelude::SVGBackend::with_string(&mut out, (w, h))).into_drawing_area();
        let hits = draw_with(&Pen::new(&area, theme, 1.0).measured_by(measure).for_svg(), model, view)?;
        area.present().map_err(|e| format!("{e:?}"))?;
        hits
    };
    Ok((out, hits))
}
