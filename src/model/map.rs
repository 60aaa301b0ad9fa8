//! The locator map's content: the geography (`content/map.json`, written by `tools/map_data.py`
//! from Natural Earth and GeoNames) and the marks the story puts on it (`map_marks` in
//! `content/story.json`): a place, a border or a flight path, each tied to the datum that says
//! what happened there, so its tooltip, announcement and source are that datum's.
//!
//! The geography is 50 KB of outlines the first view does not need: it travels with the sources'
//! detail (`detail::PATH`), and a map step drawn before it arrives shows its stand-in picture.

use super::{ChartView, DatasetKind, Datum, Model};
use serde::{Deserialize, Serialize};

/// A point as (longitude, latitude) in degrees. `f32` halves the fetched file; the data has
/// three decimals (about 100 m).
pub type LonLat = [f32; 2];

/// Countries, the borders the story names and its places, clipped to `bbox`.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Geography {
    /// [lon_min, lat_min, lon_max, lat_max]: rings cut by the box run along its edge.
    pub bbox: [f32; 4],
    pub countries: Vec<Country>,
    pub borders: Vec<Border>,
    pub places: Vec<Place>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Country {
    /// ISO 3166 numeric code (`None` for Kosovo, which has none).
    pub id: Option<String>,
    pub name: String,
    /// Outer rings (the data has no holes in this box: a test checks it).
    #[serde(with = "packed")]
    pub rings: Vec<Vec<LonLat>>,
}

/// A stretch of border shared by two countries' outlines.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Border {
    pub id: String,
    #[serde(with = "packed")]
    pub lines: Vec<Vec<LonLat>>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Place {
    pub id: String,
    pub name: String,
    pub lon: f32,
    pub lat: f32,
}

/// Lines of points: in `map.json`, `[lon, lat]` pairs of degrees; in the postcard file the app
/// fetches, each point as its step from the last in thousandths of a degree (the data's
/// precision), which take one or two bytes instead of four, and compress better too.
mod packed {
    use super::LonLat;
    use serde::{Deserialize, Deserializer, Serialize, Serializer};

    pub fn serialize<S: Serializer>(lines: &Vec<Vec<LonLat>>, s: S) -> Result<S::Ok, S::Error> {
        if s.is_human_readable() {
            return lines.serialize(s);
        }
        let steps: Vec<Vec<i32>> = lines
            .iter()
            .map(|line| {
                let mut last = [0, 0];
                let mut out = Vec::with_capacity(line.len() * 2);
                for p in line {
                    let q = p.map(|v| (v as f64 * 1000.0).round() as i32);
                    out.extend([q[0] - last[0], q[1] - last[1]]);
                    last = q;
                }
                out
            })
            .collect();
        steps.serialize(s)
    }

    pub fn deserialize<'de, D: Deserializer<'de>>(d: D) -> Result<Vec<Vec<LonLat>>, D::Error> {
        if d.is_human_readable() {
            return Vec::<Vec<LonLat>>::deserialize(d);
        }
        let steps = Vec::<Vec<i32>>::deserialize(d)?;
        Ok(steps
            .into_iter()
            .map(|line| {
                let mut at = [0, 0];
                line.chunks_exact(2)
                    .map(|step| {
                        at = [at[0] + step[0], at[1] + step[1]];
                        at.map(|v| v as f32 / 1000.0)
                    })
                    .collect()
            })
            .collect())
    }
}

/// The ISO numeric code of Belarus, the country the map is about (drawn in its own colour).
pub const BELARUS: &str = "112";

impl Geography {
    /// From `content/map.json`'s text.
    pub fn from_json(text: &str) -> Result<Geography, super::LoadError> {
        super::parse("map.json", text)
    }

    pub fn place(&self, id: &str) -> Option<&Place> {
        self.places.iter().find(|p| p.id == id)
    }

    pub fn border(&self, id: &str) -> Option<&Border> {
        self.borders.iter().find(|b| b.id == id)
    }
}

/// Where a mark sits on the map.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Where {
    /// A place of the geography, by id.
    Place(String),
    /// A border of the geography, by id.
    Border(String),
    /// A flight: from, where it was made to land, where it was going (place ids).
    Diverted { from: String, to: String, planned: String },
}

/// A mark on the map: where, what to call it, and the datum about it (`dataset:id`).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct MapMark {
    pub label: String,
    #[serde(rename = "where")]
    pub at: Where,
    pub about: String,
}

impl MapMark {
    /// The datum the mark is about.
    pub fn datum<'m>(&self, model: &'m Model) -> Option<Datum<'m>> {
        let (kind, id) = self.about.split_once(':')?;
        model.datum(DatasetKind::from_key(kind)?, id)
    }

    /// The place ids it names.
    pub fn places(&self) -> Vec<&str> {
        match &self.at {
            Where::Place(p) => vec![p],
            Where::Border(_) => Vec::new(),
            Where::Diverted { from, to, planned } => vec![from, to, planned],
        }
    }
}

/// The marks a map view shows, in the story's order: those whose datum falls in its years (a
/// period by its middle, where a time chart puts its mark), less any after the article when the
/// reader leaves those out.
pub fn marks_in<'m>(model: &'m Model, view: &ChartView) -> Vec<(&'m MapMark, Datum<'m>)> {
    let publication = model.publication_day();
    model
        .story
        .map_marks
        .iter()
        .filter_map(|m| Some((m, m.datum(model)?)))
        .filter(|(_, d)| {
            let (start, end) = d.year_span();
            view.shows((start + end) / 2.0)
        })
        .filter(|(_, d)| !(view.hide_after && publication.is_some_and(|p| d.is_after(p))))
        .collect()
}

/// Whether a mark is about a datum the view emphasises.
pub fn lit(view: &ChartView, mark: &MapMark) -> bool {
    mark.about.split_once(':').is_some_and(|(_, id)| view.highlights_id(id))
}

/// What is wrong with the marks against the data and, once it is in, the geography.
pub fn problems(model: &Model) -> Vec<String> {
    let mut out = Vec::new();
    let views = model.story.steps.iter().map(|s| (s.slug.as_str(), &s.chart));
    let views = views.chain(model.story.overviews.iter().map(|o| ("overview", &o.view)));
    for (at, view) in views.filter(|(_, v)| v.chart == super::ChartKind::Map) {
        let shown = marks_in(model, view);
        if shown.is_empty() {
            out.push(format!("{at}: the map shows no mark in {}–{}", view.from, view.to));
        }
        if !view.markers.is_empty() || !view.layers.is_empty() {
            out.push(format!("{at}: a map has no time axis for markers, nor layers"));
        }
        for h in &view.highlight {
            let ok = matches!(h, super::Highlight::Datum(id) if shown.iter().any(|(m, _)| m.about.ends_with(&format!(":{id}"))));
            if !ok {
                out.push(format!("{at}: highlight {h:?} names no mark the map shows"));
            }
        }
    }
    for m in &model.story.map_marks {
        match m.datum(model) {
            None => out.push(format!("map mark {:?}: no datum {}", m.label, m.about)),
            Some(d) if !super::ChartKind::Map.datasets().contains(&d.kind()) => out.push(format!(
                "map mark {:?}: {} is not in the map's datasets",
                m.label, m.about
            )),
            Some(_) => {}
        }
        let Some(geo) = &model.geography else { continue };
        for p in m.places() {
            if geo.place(p).is_none() {
                out.push(format!("map mark {:?}: no place {p:?} in map.json", m.label));
            }
        }
        if let Where::Border(b) = &m.at {
            if geo.border(b).is_none() {
                out.push(format!("map mark {:?}: no border {b:?} in map.json", m.label));
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{bundled, ChartKind};

    fn in_ring(p: LonLat, ring: &[LonLat]) -> bool {
        let mut inside = false;
        for (i, a) in ring.iter().enumerate() {
            let b = ring[(i + ring.len() - 1) % ring.len()];
            if (a[1] > p[1]) != (b[1] > p[1]) && p[0] < (b[0] - a[0]) * (p[1] - a[1]) / (b[1] - a[1]) + a[0] {
                inside = !inside;
            }
        }
        inside
    }

    #[test]
    fn the_geography_has_every_place_inside_the_box_and_no_holes_to_fill() {
        let geo = Geography::from_json(bundled::MAP).unwrap();
        let [w, s, e, n] = geo.bbox;
        for p in &geo.places {
            assert!((w..=e).contains(&p.lon) && (s..=n).contains(&p.lat), "{}", p.name);
        }
        // The scene fills each ring on its own: a ring inside another of the same country
        // (a hole) would be filled over.
        for c in &geo.countries {
            for (i, a) in c.rings.iter().enumerate() {
                for (j, b) in c.rings.iter().enumerate() {
                    assert!(i == j || !in_ring(a[0], b), "{}: ring {i} lies in ring {j}", c.name);
                }
            }
        }
        assert!(geo.countries.iter().any(|c| c.id.as_deref() == Some(BELARUS)));
    }

    #[test]
    fn a_map_shows_the_marks_of_its_years_and_leaves_later_ones_out_as_published() {
        let model = Model::bundled().unwrap();
        let step = |slug: &str| model.story.steps[model.story.index_of(slug).unwrap()].chart.clone();
        let labels = |view: &ChartView| -> Vec<String> {
            marks_in(&model, view)
                .iter()
                .map(|(m, d)| format!("{} {}", m.label, d.id()))
                .collect()
        };
        let flight = step("a-flight-forced-down");
        assert_eq!(flight.chart, ChartKind::Map);
        assert_eq!(
            labels(&flight),
            ["Athens to Vilnius, made to land in Minsk ev-2021-05-23"]
        );
        let exile = step("freed-and-sent-away");
        let all = labels(&exile);
        assert!(all.iter().any(|l| l.ends_with("rel-2025-11-22")), "{all:?}");
        let published = exile.as_published(model.publication_day().unwrap());
        let before = labels(&published);
        assert!(!before.is_empty() && before.len() < all.len(), "{before:?}");
        assert!(!before.iter().any(|l| l.ends_with("rel-2025-11-22")), "{before:?}");
    }

    #[test]
    fn a_mark_naming_an_unknown_place_or_datum_is_a_problem() {
        let mut model = Model::bundled().unwrap();
        assert_eq!(problems(&model), Vec::<String>::new());
        model.story.map_marks[0].at = Where::Place("riga".into());
        model.story.map_marks[1].about = "events:no-such-event".into();
        model.story.map_marks[2].about = "gdp:wdi-2022".into();
        let found = problems(&model).join("\n");
        for expected in [
            "no place \"riga\"",
            "no datum events:no-such-event",
            "not in the map's datasets",
        ] {
            assert!(found.contains(expected), "{expected} in {found}");
        }
    }
}
