//! A plotters backend for a 2D canvas that sets each context property only when it changes.
//!
//! It draws exactly what `plotters-canvas` 0.3 draws (same half-pixel lines, text anchors and
//! font strings), which it replaces: that backend sets the font, colour and line style for every
//! label and mark, and on a phone setting `font` on a connected canvas costs about 0.1 ms a time
//! (it parses the font and updates the canvas's style), several ms per chart frame in all.

use plotters_backend::text_anchor::{HPos, VPos};
use plotters_backend::{
    BackendColor, BackendCoord, BackendStyle, BackendTextStyle, DrawingBackend, DrawingErrorKind, FontStyle,
    FontTransform,
};
use wasm_bindgen::{JsCast, JsValue};
use web_sys::{CanvasRenderingContext2d, HtmlCanvasElement};

/// A failed canvas call, with the browser's message.
#[derive(Debug)]
pub struct CanvasError(String);

impl std::fmt::Display for CanvasError {
    fn fmt(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
        write!(f, "canvas error: {}", self.0)
    }
}

impl std::error::Error for CanvasError {}

fn failed(e: JsValue) -> DrawingErrorKind<CanvasError> {
    DrawingErrorKind::DrawingError(CanvasError(e.as_string().unwrap_or_else(|| format!("{e:?}"))))
}

/// The context properties last set through this backend (`None`: not set yet).
#[derive(Default)]
struct Set {
    fill: Option<String>,
    stroke: Option<String>,
    line_width: Option<f64>,
    font: Option<String>,
    baseline: Option<&'static str>,
    align: Option<&'static str>,
}

/// Draws on one canvas. Each backend starts with nothing known about the context, so another
/// drawer may use the same context between backends (not during one).
pub struct Canvas {
    canvas: HtmlCanvasElement,
    context: CanvasRenderingContext2d,
    set: Set,
}

impl Canvas {
    pub fn new(canvas: &HtmlCanvasElement) -> Option<Self> {
        let context = canvas.get_context("2d").ok()??.dyn_into().ok()?;
        Some(Canvas {
            canvas: canvas.clone(),
            context,
            set: Set::default(),
        })
    }

    /// Starts a new path through `points` (stroked or filled by the caller).
    fn trace(&self, points: impl IntoIterator<Item = BackendCoord>) {
        self.context.begin_path();
        let mut points = points.into_iter();
        if let Some(start) = points.next() {
            self.context.move_to(f64::from(start.0), f64::from(start.1));
            for next in points {
                self.context.line_to(f64::from(next.0), f64::from(next.1));
            }
        }
    }

    fn fill(&mut self, color: BackendColor) {
        let css = css_color(color);
        if self.set.fill.as_deref() != Some(css.as_str()) {
            self.context.set_fill_style_str(&css);
            self.set.fill = Some(css);
        }
    }

    fn line(&mut self, style: &impl BackendStyle) {
        let css = css_color(style.color());
        if self.set.stroke.as_deref() != Some(css.as_str()) {
            self.context.set_stroke_style_str(&css);
            self.set.stroke = Some(css);
        }
        let width = style.stroke_width() as f64;
        if self.set.line_width != Some(width) {
            self.context.set_line_width(width);
            self.set.line_width = Some(width);
        }
    }

    fn text_style(&mut self, style: &impl BackendTextStyle) {
        let baseline = match style.anchor().v_pos {
            VPos::Top => "top",
            VPos::Center => "middle",
            VPos::Bottom => "bottom",
        };
        if self.set.baseline != Some(baseline) {
            self.context.set_text_baseline(baseline);
            self.set.baseline = Some(baseline);
        }
        let align = match style.anchor().h_pos {
            HPos::Left => "start",
            HPos::Right => "end",
            HPos::Center => "center",
        };
        if self.set.align != Some(align) {
            self.context.set_text_align(align);
            self.set.align = Some(align);
        }
        self.fill(style.color());
        let font = format!(
            "{} {}px {}",
            style.style().as_str(),
            style.size(),
            style.family().as_str()
        );
        if self.set.font.as_deref() != Some(font.as_str()) {
            self.context.set_font(&font);
            self.set.font = Some(font);
        }
    }
}

fn css_color(color: BackendColor) -> String {
    let (r, g, b) = color.rgb;
    format!("rgba({r},{g},{b},{})", color.alpha)
}

/// Moves a horizontal or vertical line onto the half pixel, so a 1 px line is not blurred
/// across two (as plotters-canvas does).
fn crisp(from: BackendCoord, to: BackendCoord) -> ((f64, f64), (f64, f64)) {
    let mut from = (from.0 as f64, from.1 as f64);
    let mut to = (to.0 as f64, to.1 as f64);
    if from.0 == to.0 {
        from.0 -= 0.5;
        to.0 -= 0.5;
    }
    if from.1 == to.1 {
        from.1 -= 0.5;
        to.1 -= 0.5;
    }
    (from, to)
}

impl DrawingBackend for Canvas {
    type ErrorType = CanvasError;

    fn get_size(&self) -> (u32, u32) {
        (self.canvas.width(), self.canvas.height())
    }

    fn ensure_prepared(&mut self) -> Result<(), DrawingErrorKind<CanvasError>> {
        Ok(())
    }

    fn present(&mut self) -> Result<(), DrawingErrorKind<CanvasError>> {
        Ok(())
    }

    fn draw_pixel(&mut self, point: BackendCoord, color: BackendColor) -> Result<(), DrawingErrorKind<CanvasError>> {
        if color.alpha == 0.0 {
            return Ok(());
        }
        self.fill(color);
        self.context.fill_rect(f64::from(point.0), f64::from(point.1), 1.0, 1.0);
        Ok(())
    }

    fn draw_line<S: BackendStyle>(
        &mut self,
        from: BackendCoord,
        to: BackendCoord,
        style: &S,
    ) -> Result<(), DrawingErrorKind<CanvasError>> {
        if style.color().alpha == 0.0 {
            return Ok(());
        }
        let (from, to) = crisp(from, to);
        self.line(style);
        self.context.begin_path();
        self.context.move_to(from.0, from.1);
        self.context.line_to(to.0, to.1);
        self.context.stroke();
        Ok(())
    }

    fn draw_rect<S: BackendStyle>(
        &mut self,
        upper_left: BackendCoord,
        bottom_right: BackendCoord,
        style: &S,
        fill: bool,
    ) -> Result<(), DrawingErrorKind<CanvasError>> {
        if style.color().alpha == 0.0 {
            return Ok(());
        }
        let (x, y) = (f64::from(upper_left.0), f64::from(upper_left.1));
        let (w, h) = (
            f64::from(bottom_right.0 - upper_left.0),
            f64::from(bottom_right.1 - upper_left.1),
        );
        if fill {
            self.fill(style.color());
            self.context.fill_rect(x, y, w, h);
        } else {
            self.line(style);
            self.context.stroke_rect(x, y, w, h);
        }
        Ok(())
    }

    fn draw_path<S: BackendStyle, I: IntoIterator<Item = BackendCoord>>(
        &mut self,
        path: I,
        style: &S,
    ) -> Result<(), DrawingErrorKind<CanvasError>> {
        if style.color().alpha == 0.0 {
            return Ok(());
        }
        self.line(style);
        self.trace(path);
        self.context.stroke();
        Ok(())
    }

    fn fill_polygon<S: BackendStyle, I: IntoIterator<Item = BackendCoord>>(
        &mut self,
        path: I,
        style: &S,
    ) -> Result<(), DrawingErrorKind<CanvasError>> {
        if style.color().alpha == 0.0 {
            return Ok(());
        }
        self.fill(style.color());
        self.trace(path);
        self.context.close_path();
        self.context.fill();
        Ok(())
    }

    fn draw_circle<S: BackendStyle>(
        &mut self,
        center: BackendCoord,
        radius: u32,
        style: &S,
        fill: bool,
    ) -> Result<(), DrawingErrorKind<CanvasError>> {
        if style.color().alpha == 0.0 {
            return Ok(());
        }
        if fill {
            self.fill(style.color());
        } else {
            self.line(style);
        }
        self.context.begin_path();
        self.context
            .arc(
                f64::from(center.0),
                f64::from(center.1),
                f64::from(radius),
                0.0,
                std::f64::consts::TAU,
            )
            .map_err(failed)?;
        if fill {
            self.context.fill();
        } else {
            self.context.stroke();
        }
        Ok(())
    }

    /// The label's width as the browser lays it out (cached, `label_width`), so scenes measure
    /// through the backend they draw on and stay pure. Rounded up: a label never overruns the
    /// room it was given.
    fn estimate_text_size<S: BackendTextStyle>(
        &self,
        text: &str,
        style: &S,
    ) -> Result<(u32, u32), DrawingErrorKind<CanvasError>> {
        let bold = matches!(style.style(), FontStyle::Bold);
        let width = crate::charts::panel::label_width::width(text, style.size(), bold)
            .ok_or_else(|| DrawingErrorKind::DrawingError(CanvasError("no canvas to measure text with".into())))?;
        Ok((width.ceil() as u32, style.size().ceil() as u32))
    }

    fn draw_text<S: BackendTextStyle>(
        &mut self,
        text: &str,
        style: &S,
        pos: BackendCoord,
    ) -> Result<(), DrawingErrorKind<CanvasError>> {
        if style.color().alpha == 0.0 {
            return Ok(());
        }
        let degrees: f64 = match style.transform() {
            FontTransform::None => 0.0,
            FontTransform::Rotate90 => 90.0,
            FontTransform::Rotate180 => 180.0,
            FontTransform::Rotate270 => 270.0,
        };
        // Set before `save`, so `restore` keeps what this backend believes is set.
        self.text_style(style);
        if degrees == 0.0 {
            return self
                .context
                .fill_text(text, f64::from(pos.0), f64::from(pos.1))
                .map_err(failed);
        }
        self.context.save();
        let drawn = self
            .context
            .translate(f64::from(pos.0), f64::from(pos.1))
            .and_then(|_| self.context.rotate(degrees.to_radians()))
            .and_then(|_| self.context.fill_text(text, 0.0, 0.0));
        self.context.restore();
        drawn.map_err(failed)
    }
}
