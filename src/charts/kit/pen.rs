//! A thin drawing layer over a plotters area: coordinates and sizes in CSS pixels, scaled to
//! device pixels here and nowhere else.

use crate::charts::{DrawError, Theme};
use plotters::coord::Shift;
use plotters::prelude::*;
use plotters::style::text_anchor::{HPos, Pos, VPos};

/// The typeface used for every label (the canvas and SVG resolve it the same way).
pub const FONT: &str = "system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif";

/// The charts' type sizes in CSS px, one place for all scenes: no chart text is under 12 px
/// (issue 19), and rows of stacked labels are a line of small text tall.
pub mod size {
    /// Axis ticks, notes, counts, marker labels, "After the article".
    pub const SMALL: f64 = 12.0;
    /// What a chart singles out: a highlighted value, the sanctions lanes' names on wide charts.
    pub const LARGE: f64 = 13.0;
    /// The height of a row of small labels.
    pub const LINE: f64 = 15.0;
}

/// plotters' SVG backend writes `font-size` as the size divided by 1.24 (plotters-svg 0.3.7,
/// a points-to-pixels conversion), which drew the static figures' labels 19% smaller than the
/// canvas's: an SVG pen asks for this much more, so both show the sizes in [`size`].
const SVG_FONT_DIVISOR: f64 = 1.24;

/// Measures a label (text, size in px, bold) in the same px; `None` when it cannot. Given to a
/// scene that draws on a backend whose own estimate will not do (plotters' SVG backend, in the
/// browser, measures with a styled `<span>`, which the page's CSP refuses).
pub type Measure = fn(&str, f64, bool) -> Option<f64>;

/// Horizontal text anchor.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Align {
    Left,
    Centre,
    Right,
}

/// How a label looks: size in CSS px, colour, anchor (left unless said) and weight.
#[derive(Debug, Clone, Copy)]
pub struct LabelStyle<'c> {
    pub size: f64,
    pub color: &'c RGBColor,
    pub align: Align,
    pub bold: bool,
}

impl<'c> LabelStyle<'c> {
    /// Regular weight, anchored at its left edge.
    pub fn new(size: f64, color: &'c RGBColor) -> Self {
        LabelStyle {
            size,
            color,
            align: Align::Left,
            bold: false,
        }
    }

    /// Anchored at its centre.
    pub fn centre(self) -> Self {
        LabelStyle {
            align: Align::Centre,
            ..self
        }
    }

    /// Anchored at its right edge.
    pub fn right(self) -> Self {
        LabelStyle {
            align: Align::Right,
            ..self
        }
    }

    pub fn bold(self) -> Self {
        LabelStyle { bold: true, ..self }
    }
}

/// Mark shapes; each sanctions category and data layer has its own, so colour is never the only cue.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Shape {
    Circle,
    Square,
    Diamond,
    TriangleUp,
    TriangleDown,
    Bar,
    Ring,
    /// A dashed vertical rule: the event markers drawn across a chart.
    Dashed,
}

/// How a shape is painted: filled with a colour, or its outline stroked in it.
#[derive(Clone, Copy)]
pub struct Ink<'c> {
    pub color: &'c RGBAColor,
    /// `None` fills; `Some(width)` strokes the outline, `width` CSS px wide.
    pub outline: Option<f64>,
}

impl<'c> Ink<'c> {
    pub fn fill(color: &'c RGBAColor) -> Self {
        Ink { color, outline: None }
    }

    pub fn outline(color: &'c RGBAColor, width: f64) -> Self {
        Ink {
            color,
            outline: Some(width),
        }
    }
}

/// Draws on one area in CSS pixels.
pub struct Pen<'a, DB: DrawingBackend> {
    area: &'a DrawingArea<DB, Shift>,
    pub theme: &'a Theme,
    scale: f64,
    measure: Option<Measure>,
    /// What the backend's drawn text size is multiplied by (see [`SVG_FONT_DIVISOR`]).
    font_factor: f64,
}

fn err<E: std::fmt::Debug>(e: E) -> DrawError {
    format!("{e:?}")
}

impl<'a, DB: DrawingBackend> Pen<'a, DB> {
    pub fn new(area: &'a DrawingArea<DB, Shift>, theme: &'a Theme, scale: f64) -> Self {
        let scale = if scale.is_finite() && scale > 0.0 { scale } else { 1.0 };
        Pen {
            area,
            theme,
            scale,
            measure: None,
            font_factor: 1.0,
        }
    }

    /// For plotters' SVG backend: text drawn at the sizes asked for (see [`SVG_FONT_DIVISOR`]).
    pub fn for_svg(self) -> Self {
        Pen {
            font_factor: SVG_FONT_DIVISOR,
            ..self
        }
    }

    /// Measures labels with `measure` instead of the backend's estimate.
    pub fn measured_by(self, measure: Option<Measure>) -> Self {
        Pen { measure, ..self }
    }

    fn p(&self, x: f64, y: f64) -> (i32, i32) {
        ((x * self.scale).round() as i32, (y * self.scale).round() as i32)
    }

    fn w(&self, width: f64) -> u32 {
        (width * self.scale).round().max(1.0) as u32
    }

    /// Width in CSS pixels.
    pub fn width(&self) -> f64 {
        self.area.dim_in_pixel().0 as f64 / self.scale
    }

    /// Height in CSS pixels.
    pub fn height(&self) -> f64 {
        self.area.dim_in_pixel().1 as f64 / self.scale
    }

    pub fn clear(&self) -> Result<(), DrawError> {
        self.area.fill(&self.theme.bg).map_err(err)
    }

    fn style(&self, size: f64, bold: bool) -> FontDesc<'static> {
        let style = if bold { FontStyle::Bold } else { FontStyle::Normal };
        FontDesc::new(FontFamily::Name(FONT), size * self.scale, style)
    }

    /// Text with its anchor at `at`: vertically centred, horizontally per the style's anchor.
    pub fn text(&self, text: &str, at: (f64, f64), style: LabelStyle) -> Result<(), DrawError> {
        let h = match style.align {
            Align::Left => HPos::Left,
            Align::Centre => HPos::Center,
            Align::Right => HPos::Right,
        };
        let font = self.style(style.size * self.font_factor, style.bold);
        let look = font.color(style.color).pos(Pos::new(h, VPos::Center));
        self.area
            .draw(&Text::new(text.to_string(), self.p(at.0, at.1), look))
            .map_err(err)
    }

    /// Text on a translucent patch of the background, so it stays legible over marks and lines.
    pub fn label(&self, text: &str, at: (f64, f64), style: LabelStyle) -> Result<(), DrawError> {
        let (x, y) = at;
        let w = self.text_width(text, style.size, style.bold);
        let x0 = match style.align {
            Align::Left => x,
            Align::Centre => x - w / 2.0,
            Align::Right => x - w,
        };
        let (pad, half) = (2.0, style.size * 0.65);
        let patch = self.theme.bg.mix(0.85);
        self.rect((x0 - pad, y - half), (x0 + w + pad, y + half), Ink::fill(&patch))?;
        self.text(text, at, style)
    }

    /// Width of a label in CSS pixels: by the pen's [`Measure`] if it has one, else as the
    /// backend estimates it (the canvas backend asks the browser; SVG uses plotters' metrics).
    pub fn text_width(&self, text: &str, size: f64, bold: bool) -> f64 {
        if let Some(w) = self.measure.and_then(|m| m(text, size, bold)) {
            return w;
        }
        let font = self.style(size, bold);
        let style = font.color(&self.theme.text);
        match self.area.estimate_text_size(text, &style) {
            Ok((w, _)) => w as f64 / self.scale,
            Err(_) => text.chars().count() as f64 * size * 0.55,
        }
    }

    pub fn line(&self, points: &[(f64, f64)], color: &RGBAColor, width: f64) -> Result<(), DrawError> {
        let pts: Vec<(i32, i32)> = points.iter().map(|&(x, y)| self.p(x, y)).collect();
        self.area
            .draw(&PathElement::new(pts, color.stroke_width(self.w(width))))
            .map_err(err)
    }

    /// A dashed straight line (dash and gap in CSS pixels).
    pub fn dashed(
        &self,
        from: (f64, f64),
        to: (f64, f64),
        color: &RGBAColor,
        width: f64,
        dash: f64,
    ) -> Result<(), DrawError> {
        let len = ((to.0 - from.0).powi(2) + (to.1 - from.1).powi(2)).sqrt();
        if len <= 0.0 {
            return Ok(());
        }
        let (dx, dy) = ((to.0 - from.0) / len, (to.1 - from.1) / len);
        let mut t = 0.0;
        while t < len {
            let e = (t + dash).min(len);
            self.line(
                &[(from.0 + dx * t, from.1 + dy * t), (from.0 + dx * e, from.1 + dy * e)],
                color,
                width,
            )?;
            t += dash * 2.0;
        }
        Ok(())
    }

    fn ink_style(&self, ink: Ink) -> ShapeStyle {
        match ink.outline {
            None => ink.color.filled(),
            Some(width) => ink.color.stroke_width(self.w(width)),
        }
    }

    /// The rectangle between two corners.
    pub fn rect(&self, from: (f64, f64), to: (f64, f64), ink: Ink) -> Result<(), DrawError> {
        let corners = [self.p(from.0, from.1), self.p(to.0, to.1)];
        self.area
            .draw(&Rectangle::new(corners, self.ink_style(ink)))
            .map_err(err)
    }

    pub fn circle(&self, centre: (f64, f64), r: f64, ink: Ink) -> Result<(), DrawError> {
        let radius = (r * self.scale).round().max(1.0) as i32;
        let centre = self.p(centre.0, centre.1);
        self.area
            .draw(&Circle::new(centre, radius, self.ink_style(ink)))
            .map_err(err)
    }

    pub fn polygon(&self, points: &[(f64, f64)], ink: Ink) -> Result<(), DrawError> {
        let pts: Vec<(i32, i32)> = points.iter().map(|&(x, y)| self.p(x, y)).collect();
        match ink.outline {
            None => self.area.draw(&Polygon::new(pts, ink.color.filled())).map_err(err),
            Some(width) => {
                let mut closed = pts.clone();
                closed.push(pts[0]);
                let style = ink.color.stroke_width(self.w(width));
                self.area.draw(&PathElement::new(closed, style)).map_err(err)
            }
        }
    }

    /// A mark of `shape` centred at `centre` with "radius" r; `filled` false draws an outline.
    pub fn mark(
        &self,
        shape: Shape,
        centre: (f64, f64),
        r: f64,
        color: &RGBAColor,
        filled: bool,
    ) -> Result<(), DrawError> {
        let (cx, cy) = centre;
        let ink = if filled {
            Ink::fill(color)
        } else {
            Ink::outline(color, 1.6)
        };
        match shape {
            Shape::Circle => self.circle(centre, r, ink),
            Shape::Ring => {
                self.circle(centre, r, Ink::fill(&self.theme.bg.to_rgba()))?;
                self.circle(centre, r, Ink::outline(color, 2.2))
            }
            Shape::Square => {
                let s = r * 0.88;
                if filled {
                    self.rect((cx - s, cy - s), (cx + s, cy + s), ink)
                } else {
                    self.polygon(
                        &[(cx - s, cy - s), (cx + s, cy - s), (cx + s, cy + s), (cx - s, cy + s)],
                        ink,
                    )
                }
            }
            Shape::Diamond => {
                let s = r * 1.2;
                self.polygon(&[(cx, cy - s), (cx + s, cy), (cx, cy + s), (cx - s, cy)], ink)
            }
            Shape::TriangleUp => {
                let s = r * 1.15;
                self.polygon(&[(cx, cy - s), (cx + s, cy + s * 0.8), (cx - s, cy + s * 0.8)], ink)
            }
            Shape::TriangleDown => {
                let s = r * 1.15;
                self.polygon(&[(cx, cy + s), (cx + s, cy - s * 0.8), (cx - s, cy - s * 0.8)], ink)
            }
            Shape::Bar => {
                let (dx, dy) = (r * 0.32, r * 1.25);
                self.rect((cx - dx, cy - dy), (cx + dx, cy + dy), Ink::fill(color))
            }
            Shape::Dashed => {
                let dy = r * 1.25;
                self.dashed((cx, cy - dy), (cx, cy + dy), color, 1.6, 3.0)
            }
        }
    }
}
