//! The locator map: Belarus and its neighbours, the places the story names, and its marks (a
//! place, a border, the Ryanair flight), each tied to a datum (`model::map`). A map view shows
//! the marks of its years, zoomed to them, and emphasises the ones it highlights.
//!
//! Projection: plate carrée with longitudes shrunk by the cosine of the region's middle
//! latitude, which is close to true shape over a region this size and needs no library.

use crate::charts::hitmap::{Hit, HitMap};
use crate::charts::labels::Rect;
use crate::charts::legend::{item, LegendItem};
use crate::charts::pen::{size, Ink, LabelStyle, Pen, Shape};
use crate::charts::DrawError;
use crate::i18n::tr;
use crate::model::map::{self, Geography, LonLat, MapMark, Where};
use crate::model::{ChartView, Datum, Model};
use plotters::prelude::*;

/// The map's part of the chart contract (see [`crate::charts::Scene`]).
pub const SCENE: crate::charts::Scene = crate::charts::Scene {
    sources,
    data_file: "events",
    drawn,
    legend,
};

/// Who the figures come from (see [`crate::charts::Scene::sources`]).
fn sources() -> String {
    tr("boundaries from Natural Earth (public domain), place coordinates from GeoNames (CC BY 4.0); what happened at each mark from the source named on it").to_string()
}

fn drawn<'m>(model: &'m Model, view: &ChartView) -> Vec<Datum<'m>> {
    let mut out: Vec<Datum<'m>> = Vec::new();
    for (_, d) in map::marks_in(model, view) {
        if !out.iter().any(|o| o.kind() == d.kind() && o.id() == d.id()) {
            out.push(d);
        }
    }
    out
}

fn legend(model: &Model, view: &ChartView) -> Vec<LegendItem> {
    let marks = map::marks_in(model, view);
    let has = |f: fn(&Where) -> bool| marks.iter().any(|(m, _)| f(&m.at));
    let mut out = vec![item(Shape::Square, "--chart-series", true, tr("Belarus"))];
    out.push(item(Shape::Circle, "--chart-text", true, tr("Named place")));
    if has(|w| matches!(w, Where::Border(_))) {
        out.push(item(Shape::Bar, "--chart-text", true, tr("Border in the story")));
    }
    if has(|w| matches!(w, Where::Diverted { .. })) {
        out.push(item(
            Shape::Diamond,
            "--chart-text",
            true,
            tr("Flight: planned (dashed), flown (solid)"),
        ));
    }
    if !view.highlight.is_empty() {
        out.push(item(Shape::Ring, "--chart-accent", false, tr("In this step")));
    }
    out
}

/// Degrees of latitude (and shrunk longitude) to CSS px, for one drawing.
#[derive(Debug, Clone, Copy)]
struct Projection {
    /// Longitudes are multiplied by this (the cosine of the region's middle latitude).
    k: f64,
    /// CSS px per degree of latitude.
    scale: f64,
    /// The region's west edge (projected) and north edge (latitude).
    west: f64,
    north: f64,
    /// Where the region is drawn: the map's frame.
    frame: Rect,
}

impl Projection {
    fn xy(&self, p: LonLat) -> (f64, f64) {
        self.at(p[0] as f64, p[1] as f64)
    }

    fn at(&self, lon: f64, lat: f64) -> (f64, f64) {
        (
            self.frame.x0 + (lon * self.k - self.west) * self.scale,
            self.frame.y0 + (self.north - lat) * self.scale,
        )
    }
}

/// A box in projected units (shrunk longitude, latitude).
#[derive(Debug, Clone, Copy)]
struct Region {
    west: f64,
    south: f64,
    east: f64,
    north: f64,
}

impl Region {
    fn around(points: impl Iterator<Item = (f64, f64)>) -> Option<Region> {
        points.fold(None, |r: Option<Region>, (x, y)| {
            Some(match r {
                None => Region {
                    west: x,
                    south: y,
                    east: x,
                    north: y,
                },
                Some(r) => Region {
                    west: r.west.min(x),
                    south: r.south.min(y),
                    east: r.east.max(x),
                    north: r.north.max(y),
                },
            })
        })
    }

    fn width(&self) -> f64 {
        self.east - self.west
    }

    fn height(&self) -> f64 {
        self.north - self.south
    }
}

/// Grows `r` about its centre to `w` × `h`, then moves it inside `within` where it fits.
fn resize(r: Region, w: f64, h: f64, within: Region) -> Region {
    let fit = |lo: f64, hi: f64, size: f64, min: f64, max: f64| {
        let size = size.min(max - min);
        let lo = ((lo + hi) / 2.0 - size / 2.0).clamp(min, max - size);
        (lo, lo + size)
    };
    let (west, east) = fit(r.west, r.east, w, within.west, within.east);
    let (south, north) = fit(r.south, r.north, h, within.south, within.north);
    Region {
        west,
        south,
        east,
        north,
    }
}

/// Every point a mark draws through.
fn mark_points(geo: &Geography, mark: &MapMark) -> Vec<LonLat> {
    let mut out: Vec<LonLat> = mark
        .places()
        .iter()
        .filter_map(|p| geo.place(p))
        .map(|p| [p.lon, p.lat])
        .collect();
    if let Where::Border(b) = &mark.at {
        out.extend(
            geo.border(b)
                .into_iter()
                .flat_map(|b| b.lines.iter().flatten().copied()),
        );
    }
    out
}

/// The cosine of an angle between 0 and π/2 (radians) by its Taylor series, to within 1e-6:
/// the standard library's would bring kilobytes of argument reduction into the wasm.
fn cos(x: f64) -> f64 {
    let x2 = x * x;
    1.0 - x2 / 2.0 * (1.0 - x2 / 12.0 * (1.0 - x2 / 30.0 * (1.0 - x2 / 56.0 * (1.0 - x2 / 90.0))))
}

/// Fits the marks (and Belarus) into `plot`, with a margin, keeping the map's shape.
fn project(geo: &Geography, marks: &[&MapMark], plot: Rect) -> Projection {
    let belarus = geo
        .countries
        .iter()
        .filter(|c| c.id.as_deref() == Some(map::BELARUS))
        .flat_map(|c| c.rings.iter().flatten().copied());
    let focus: Vec<LonLat> = belarus.chain(marks.iter().flat_map(|m| mark_points(geo, m))).collect();
    let [w0, s0, e0, n0] = geo.bbox.map(f64::from);
    let middle = focus.iter().map(|p| p[1] as f64).sum::<f64>() / focus.len().max(1) as f64;
    let k = cos(middle.to_radians());
    let within = Region {
        west: w0 * k,
        south: s0,
        east: e0 * k,
        north: n0,
    };
    let r = Region::around(focus.iter().map(|p| (p[0] as f64 * k, p[1] as f64))).unwrap_or(within);
    // A margin for labels, and never closer than a country or two around Belarus.
    let pad = (r.width().max(r.height()) * 0.12).max(1.0);
    let (w, h) = ((r.width() + 2.0 * pad).max(8.0), (r.height() + 2.0 * pad).max(6.0));
    let (pw, ph) = (plot.x1 - plot.x0, plot.y1 - plot.y0);
    // As much of the surroundings as the box's shape allows, within the data's box.
    let (w, h) = if w / h < pw / ph {
        (h * pw / ph, h)
    } else {
        (w, w * ph / pw)
    };
    let r = resize(r, w, h, within);
    let scale = (pw / r.width()).min(ph / r.height());
    let (x0, y0) = (
        plot.x0 + (pw - r.width() * scale) / 2.0,
        plot.y0 + (ph - r.height() * scale) / 2.0,
    );
    Projection {
        k,
        scale,
        west: r.west,
        north: r.north,
        frame: Rect {
            x0,
            y0,
            x1: x0 + r.width() * scale,
            y1: y0 + r.height() * scale,
        },
    }
}

/// Clips a ring to a box (Sutherland–Hodgman), so outlines never spill over the labels around.
fn clip(ring: &[(f64, f64)], b: Rect) -> Vec<(f64, f64)> {
    type Edge = (
        fn(&(f64, f64), &Rect) -> bool,
        fn((f64, f64), (f64, f64), &Rect) -> (f64, f64),
    );
    let edges: [Edge; 4] = [
        (
            |p, b| p.0 >= b.x0,
            |a, c, b| (b.x0, a.1 + (c.1 - a.1) * (b.x0 - a.0) / (c.0 - a.0)),
        ),
        (
            |p, b| p.0 <= b.x1,
            |a, c, b| (b.x1, a.1 + (c.1 - a.1) * (b.x1 - a.0) / (c.0 - a.0)),
        ),
        (
            |p, b| p.1 >= b.y0,
            |a, c, b| (a.0 + (c.0 - a.0) * (b.y0 - a.1) / (c.1 - a.1), b.y0),
        ),
        (
            |p, b| p.1 <= b.y1,
            |a, c, b| (a.0 + (c.0 - a.0) * (b.y1 - a.1) / (c.1 - a.1), b.y1),
        ),
    ];
    let mut out = ring.to_vec();
    for (inside, cross) in edges {
        let input = std::mem::take(&mut out);
        for (i, &p) in input.iter().enumerate() {
            let prev = input[(i + input.len() - 1) % input.len()];
            match (inside(&prev, &b), inside(&p, &b)) {
                (true, true) => out.push(p),
                (true, false) => out.push(cross(prev, p, &b)),
                (false, true) => {
                    out.push(cross(prev, p, &b));
                    out.push(p);
                }
                (false, false) => {}
            }
        }
    }
    out
}

/// Area and centroid of a polygon (the shoelace formula).
fn centroid(ring: &[(f64, f64)]) -> (f64, (f64, f64)) {
    let (mut a, mut cx, mut cy) = (0.0, 0.0, 0.0);
    for (i, &(x0, y0)) in ring.iter().enumerate() {
        let (x1, y1) = ring[(i + 1) % ring.len()];
        let cross = x0 * y1 - x1 * y0;
        a += cross;
        cx += (x0 + x1) * cross;
        cy += (y0 + y1) * cross;
    }
    if a.abs() < 1e-9 {
        return (0.0, ring.first().copied().unwrap_or_default());
    }
    (a.abs() / 2.0, (cx / (3.0 * a), cy / (3.0 * a)))
}

/// The point `t` of the way along a polyline (by length).
fn along(points: &[(f64, f64)], t: f64) -> Option<(f64, f64)> {
    let seg = |i: usize| {
        let (dx, dy) = (points[i + 1].0 - points[i].0, points[i + 1].1 - points[i].1);
        ((dx * dx + dy * dy).sqrt(), i)
    };
    let total: f64 = (0..points.len().saturating_sub(1)).map(|i| seg(i).0).sum();
    let mut left = total * t;
    for i in 0..points.len().saturating_sub(1) {
        let (len, _) = seg(i);
        if left <= len && len > 0.0 {
            let f = left / len;
            let (a, b) = (points[i], points[i + 1]);
            return Some((a.0 + (b.0 - a.0) * f, a.1 + (b.1 - a.1) * f));
        }
        left -= len;
    }
    points.last().copied()
}

const HIT_R: f64 = 12.0;

pub fn draw<DB: DrawingBackend>(pen: &Pen<DB>, model: &Model, view: &ChartView) -> Result<HitMap, DrawError> {
    let t = pen.theme;
    let (w, h) = (pen.width(), pen.height());
    let Some(geo) = &model.geography else {
        // The outlines come with the sources' detail; the panel keeps its stand-in meanwhile.
        pen.text(
            tr("Loading the map…"),
            (w / 2.0, h / 2.0),
            LabelStyle::new(size::LARGE, &t.muted).centre(),
        )?;
        return Ok(HitMap::default());
    };
    let marks = map::marks_in(model, view);
    let plot = Rect {
        x0: 8.0,
        y0: 8.0,
        x1: w - 8.0,
        y1: h - 26.0,
    };
    let only: Vec<&MapMark> = marks.iter().map(|(m, _)| *m).collect();
    let proj = project(geo, &only, plot);
    let frame = proj.frame;

    // Land, Belarus in its own colour. The fills are context, lighter than any mark; what
    // bounds them is drawn in the muted text colour (3:1 and more against land and sea alike),
    // Belarus's own border in the text colour.
    let land = t.grid.mix(0.9);
    let home = t.series.mix(0.3);
    let edge = t.muted.to_rgba();
    let home_edge = t.text.to_rgba();
    let mut labels: Vec<(String, (f64, f64), f64, bool)> = Vec::new();
    let mut homes: Vec<Vec<(f64, f64)>> = Vec::new();
    for c in &geo.countries {
        let is_home = c.id.as_deref() == Some(map::BELARUS);
        let mut biggest: Option<(f64, (f64, f64), Rect)> = None;
        for ring in &c.rings {
            let px: Vec<(f64, f64)> = ring.iter().map(|p| proj.xy(*p)).collect();
            let clipped = clip(&px, frame);
            if clipped.len() < 3 {
                continue;
            }
            pen.polygon(&clipped, Ink::fill(if is_home { &home } else { &land }))?;
            pen.polygon(&clipped, Ink::outline(&edge, 0.75))?;
            if is_home {
                homes.push(clipped.clone());
            }
            let (area, at) = centroid(&clipped);
            let b = Region::around(clipped.iter().copied()).map(|r| Rect {
                x0: r.west,
                y0: r.south,
                x1: r.east,
                y1: r.north,
            });
            if let Some(b) = b.filter(|_| biggest.is_none_or(|(a, _, _)| area > a)) {
                biggest = Some((area, at, b));
            }
        }
        if let Some((_, at, b)) = biggest {
            labels.push((c.name.clone(), at, b.x1 - b.x0, is_home));
        }
    }
    // Belarus's outline over its neighbours' (which share its border points).
    for ring in &homes {
        pen.polygon(ring, Ink::outline(&home_edge, 1.5))?;
    }
    pen.polygon(
        &[
            (frame.x0, frame.y0),
            (frame.x1, frame.y0),
            (frame.x1, frame.y1),
            (frame.x0, frame.y1),
        ],
        Ink::outline(&t.muted.to_rgba(), 1.0),
    )?;

    // Marks: borders and the flight under the places, each with a handle the keyboard and
    // fingers can reach; two marks on one border share it at different points.
    let mut hits = HitMap::default();
    let mut taken: Vec<Rect> = Vec::new();
    for (i, (mark, datum)) in marks.iter().enumerate() {
        let lit = map::lit(view, mark);
        let colour = if lit { t.accent.to_rgba() } else { t.text.mix(0.75) };
        let same = marks.iter().filter(|(m, _)| m.at == mark.at).count();
        let nth = marks[..i].iter().filter(|(m, _)| m.at == mark.at).count();
        let handle = match &mark.at {
            Where::Border(b) => {
                let Some(border) = geo.border(b) else { continue };
                let mut all: Vec<(f64, f64)> = Vec::new();
                for line in &border.lines {
                    let px: Vec<(f64, f64)> = line.iter().map(|p| proj.xy(*p)).collect();
                    pen.line(&px, &t.bg.to_rgba(), if lit { 7.0 } else { 5.5 })?;
                    pen.line(&px, &colour, if lit { 4.0 } else { 3.0 })?;
                    all.extend(px);
                }
                along(&all, (nth + 1) as f64 / (same + 1) as f64)
            }
            Where::Diverted { from, to, planned } => {
                let at = |id: &str| geo.place(id).map(|p| proj.at(p.lon as f64, p.lat as f64));
                let (Some(a), Some(b), Some(c)) = (at(from), at(to), at(planned)) else {
                    continue;
                };
                pen.dashed(a, c, &t.muted.to_rgba(), 2.0, 5.0)?;
                pen.line(&[a, b], &colour, if lit { 3.5 } else { 2.5 })?;
                along(&[a, b], 0.5)
            }
            Where::Place(p) => geo.place(p).map(|p| proj.at(p.lon as f64, p.lat as f64)),
        };
        let Some((x, y)) = handle else { continue };
        match &mark.at {
            Where::Place(_) => pen.mark(Shape::Ring, (x, y), if lit { 7.0 } else { 6.0 }, &colour, false)?,
            _ => pen.mark(Shape::Diamond, (x, y), if lit { 6.0 } else { 5.0 }, &colour, true)?,
        }
        taken.push(Rect {
            x0: x - 8.0,
            y0: y - 8.0,
            x1: x + 8.0,
            y1: y + 8.0,
        });
        hits.hits
            .push(Hit::around(datum.kind(), datum.id(), x, y, HIT_R).labelled(&mark.label));
    }

    // Every named place, as a dot with its name beside it: to the right, else to the left,
    // above or below, wherever it clashes with nothing drawn so far (dots first, so no name
    // covers another place).
    for p in &geo.places {
        let (x, y) = proj.at(p.lon as f64, p.lat as f64);
        taken.push(Rect {
            x0: x - 4.0,
            y0: y - 4.0,
            x1: x + 4.0,
            y1: y + 4.0,
        });
    }
    // The places the marks name are labelled first, and always; the others where there is room.
    let named = |id: &str| marks.iter().any(|(m, _)| m.places().contains(&id));
    let mut places: Vec<_> = geo.places.iter().collect();
    crate::sort::sort_by_key(&mut places, |p| !named(&p.id));
    for p in places {
        let (x, y) = proj.at(p.lon as f64, p.lat as f64);
        if !(frame.x0..=frame.x1).contains(&x) || !(frame.y0..=frame.y1).contains(&y) {
            continue;
        }
        let bold = p.id == "minsk";
        let tw = pen.text_width(&p.name, size::LARGE, bold);
        let boxed = |x0: f64, cy: f64| Rect {
            x0: x0 - 2.0,
            y0: cy - 9.0,
            x1: x0 + tw + 2.0,
            y1: cy + 9.0,
        };
        let candidates = [
            boxed(x + 10.0, y),
            boxed(x - 10.0 - tw, y),
            boxed(x - tw / 2.0, y - 16.0),
            boxed(x - tw / 2.0, y + 16.0),
        ];
        let fits = |r: &Rect| r.x0 >= frame.x0 && r.x1 <= frame.x1 && r.y0 >= frame.y0 && r.y1 <= frame.y1;
        let clear = |r: &Rect| !taken.iter().any(|o| o.touches(r, 1.0));
        let spot = candidates.iter().find(|r| fits(r) && clear(r)).copied();
        let spot = match spot {
            Some(spot) => spot,
            None if named(&p.id) => candidates.iter().find(|r| fits(r)).copied().unwrap_or(candidates[0]),
            // A dot without its name would pass for a neighbour's: neither is drawn.
            None => continue,
        };
        pen.circle((x, y), 3.0, Ink::fill(&t.text.to_rgba()))?;
        let style = LabelStyle::new(size::LARGE, &t.text);
        let style = if bold { style.bold() } else { style };
        pen.label(&p.name, (spot.x0 + 2.0, (spot.y0 + spot.y1) / 2.0), style)?;
        taken.push(spot);
    }

    // Country names where they fit and clash with nothing drawn above.
    for (name, (x, y), width, is_home) in labels {
        let tw = pen.text_width(&name, size::SMALL, is_home);
        let r = Rect {
            x0: x - tw / 2.0 - 2.0,
            y0: y - 8.0,
            x1: x + tw / 2.0 + 2.0,
            y1: y + 8.0,
        };
        let inside = r.x0 >= frame.x0 && r.x1 <= frame.x1 && r.y0 >= frame.y0 && r.y1 <= frame.y1;
        if tw + 8.0 > width || !inside || taken.iter().any(|o| o.touches(&r, 2.0)) {
            continue;
        }
        let style = LabelStyle::new(size::SMALL, if is_home { &t.text } else { &t.muted }).centre();
        pen.text(&name, (x, y), if is_home { style.bold() } else { style })?;
        taken.push(r);
    }

    scale_bar(pen, &proj, frame)?;
    Ok(hits)
}

/// A bar of a round number of kilometres under the map (north–south distances are true
/// everywhere on this projection; east–west ones at the middle latitude).
fn scale_bar<DB: DrawingBackend>(pen: &Pen<DB>, proj: &Projection, frame: Rect) -> Result<(), DrawError> {
    // The length of a degree of latitude, near enough for a scale bar (WGS84 mean).
    const KM_PER_DEGREE: f64 = 111.2;
    let px_per_km = proj.scale / KM_PER_DEGREE;
    let Some(km) = [50.0, 100.0, 200.0, 250.0, 500.0, 1000.0]
        .into_iter()
        .find(|km| km * px_per_km >= 50.0)
    else {
        return Ok(());
    };
    let t = pen.theme;
    let (x, y) = (frame.x0, frame.y1 + 12.0);
    let len = km * px_per_km;
    let ink = t.muted.to_rgba();
    pen.line(&[(x, y - 4.0), (x, y), (x + len, y), (x + len, y - 4.0)], &ink, 1.5)?;
    pen.text(
        &format!("{} {}", crate::format::thousands(km as u32), tr("km")),
        (x + len + 6.0, y - 1.0),
        LabelStyle::new(size::SMALL, &t.muted),
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_ring_is_cut_to_the_box_and_a_ring_inside_is_kept_whole() {
        let b = Rect {
            x0: 0.0,
            y0: 0.0,
            x1: 10.0,
            y1: 10.0,
        };
        let inside = vec![(1.0, 1.0), (5.0, 1.0), (5.0, 5.0)];
        assert_eq!(clip(&inside, b), inside);
        let across = vec![(-5.0, 2.0), (5.0, 2.0), (5.0, 8.0), (-5.0, 8.0)];
        let cut = clip(&across, b);
        assert!(cut
            .iter()
            .all(|p| (0.0..=10.0).contains(&p.0) && (0.0..=10.0).contains(&p.1)));
        assert!((centroid(&cut).0 - 30.0).abs() < 1e-9, "half the ring's area is left");
        assert!(clip(&[(20.0, 20.0), (30.0, 20.0), (30.0, 30.0)], b).is_empty());
    }

    #[test]
    fn the_cosine_is_close_over_the_latitudes_of_europe() {
        for deg in 0..=90 {
            let x = (deg as f64).to_radians();
            assert!((cos(x) - x.cos()).abs() < 1e-6, "{deg}°");
        }
    }

    #[test]
    fn a_point_along_a_line_is_measured_by_length() {
        let line = [(0.0, 0.0), (10.0, 0.0), (10.0, 30.0)];
        assert_eq!(along(&line, 0.5), Some((10.0, 10.0)));
        assert_eq!(along(&line, 0.0), Some((0.0, 0.0)));
        assert_eq!(along(&line, 1.0), Some((10.0, 30.0)));
    }
}
