//! The typed content: five datasets and the story, parsed once from the bundled JSON and validated.

pub mod datasets;
pub mod date;
pub mod datum;
pub mod detail;
pub mod glossary;
pub mod localize;
pub mod map;
pub mod questions;
pub mod source;
pub mod story;
pub mod text;
pub mod validate;

pub use datasets::*;
pub use date::{DateSpan, Day};
pub use datum::{DatasetKind, Datum};
pub use glossary::{EntryKind, Glossary};
pub use source::{Confidence, Source, SourceDetail};
pub use story::{ChartKind, ChartView, DataNote, Highlight, Layer, Step, Story};

/// The content's JSON: the rows readers download from `data/`, with each source reduced to what
/// the charts draw, and the glossary's names and phrases (`content/data/`); and the sources' detail
/// and the glossary's definitions (`public/data/sources.json`, `public/data/glossary.json`), which
/// the browser fetches after the first paint instead, as one postcard file (`detail::PATH`).
///
/// The browser does not parse this JSON: `build.rs` reads the first view from it with these same
/// types, checks it (`validate`), and bundles it as postcard (`crate::FIRST_VIEW`), which decodes
/// with far less code than JSON needs.
pub mod bundled {
    pub const GDP: &str = include_str!("../../content/data/gdp.json");
    pub const PRISONERS: &str = include_str!("../../content/data/prisoners.json");
    pub const RELEASES: &str = include_str!("../../content/data/releases.json");
    pub const SANCTIONS: &str = include_str!("../../content/data/sanctions.json");
    pub const EVENTS: &str = include_str!("../../content/data/events.json");
    pub const STORY: &str = include_str!("../../content/story.json");
    pub const GLOSSARY: &str = include_str!("../../content/data/glossary.json");
    pub const FACTS: &str = include_str!("../../content/facts.json");
    pub const DEFINITIONS: &str = include_str!("../../public/data/glossary.json");
    pub const SOURCES: &str = include_str!("../../public/data/sources.json");
    pub const MAP: &str = include_str!("../../content/map.json");
}

/// Everything the explainer shows.
#[derive(Debug, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
pub struct Model {
    pub gdp: GdpData,
    pub prisoners: Dataset<PrisonerRow>,
    pub releases: Dataset<ReleaseRow>,
    pub sanctions: Dataset<SanctionRow>,
    pub events: Dataset<EventRow>,
    pub story: Story,
    /// Terms and people, marked where a step first uses them.
    pub glossary: Glossary,
    /// What the pipeline and the app share about the data (`content/facts.json`).
    pub facts: Facts,
    /// Questions for a class, answers written out (with the detail: empty in the first view).
    pub questions: Vec<questions::Question>,
    /// The locator map's outlines and places (with the detail: `None` in the first view).
    pub geography: Option<map::Geography>,
    /// Whether every source carries its detail (title, address, quote, notes; see [`Source`]) and
    /// every glossary entry its definition.
    pub sources_loaded: bool,
}

/// Why the bundled content could not be used.
#[derive(Debug, Clone, PartialEq)]
pub struct LoadError(pub String);

impl std::fmt::Display for LoadError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.0)
    }
}

fn parse<T: serde::de::DeserializeOwned>(name: &str, text: &str) -> Result<T, LoadError> {
    serde_json::from_str(text).map_err(|e| LoadError(format!("{name}: {e}")))
}

impl Model {
    /// Parses the given JSON texts.
    pub fn from_json(
        gdp: &str,
        prisoners: &str,
        releases: &str,
        sanctions: &str,
        events: &str,
        story: &str,
    ) -> Result<Model, LoadError> {
        let mut model = Model {
            gdp: parse("gdp.json", gdp)?,
            prisoners: parse("prisoners.json", prisoners)?,
            releases: parse("releases.json", releases)?,
            sanctions: parse("sanctions.json", sanctions)?,
            events: parse("events.json", events)?,
            story: parse("story.json", story)?,
            glossary: Glossary::default(),
            facts: parse("facts.json", bundled::FACTS)?,
            questions: Vec::new(),
            geography: None,
            sources_loaded: false,
        };
        model.check_lanes()?;
        // Full JSON (the download files) carries the detail; the bundled first-view JSON carries none.
        let detailed = model.all_sources().any(|s| !s.title.is_empty());
        model.sources_loaded = detailed;
        model.resolve_latest();
        Ok(model)
    }

    /// Lane selectors in the story name a lane, and every sanctions row sits in one.
    fn check_lanes(&self) -> Result<(), LoadError> {
        let known = |lane: &str| self.facts.lanes.iter().any(|l| l == lane);
        let views = self.story.steps.iter().map(|s| &s.chart);
        let views = views.chain(self.story.overviews.iter().map(|o| &o.view));
        for h in views.flat_map(|v| &v.highlight) {
            if let Highlight::Lane(lane) = h {
                if !known(lane) {
                    let lanes = &self.facts.lanes;
                    return Err(LoadError(format!(
                        "story.json: no lane {lane:?} (facts.json has {lanes:?})"
                    )));
                }
            }
        }
        match self.sanctions.rows.iter().find(|r| !known(&r.lane)) {
            Some(r) => Err(LoadError(format!(
                "sanctions.json: {} is in no lane ({:?})",
                r.id, r.lane
            ))),
            None => Ok(()),
        }
    }

    /// Every row's source, the GDP file's checks included.
    fn all_sources(&self) -> impl Iterator<Item = &Source> {
        self.all_data()
            .map(|d| d.source())
            .chain(self.gdp.checks.iter().map(|c| &c.source))
    }

    /// Completes every source with its detail from `sources.json` text, and every glossary
    /// entry with its definition from `glossary.json` text (the build, tests).
    pub fn add_sources(&mut self, json: &str, definitions: &str) -> Result<(), LoadError> {
        let questions = self.questions.clone();
        let geography = map::Geography::from_json(bundled::MAP)?;
        self.add_detail(detail::Detail::from_json(json, definitions, questions, geography)?)
    }

    /// Completes every source and glossary entry from `detail` (the browser decodes it from
    /// `detail::PATH`). Fails, changing nothing the reader sees, if any row or entry lacks its part.
    pub fn add_detail(&mut self, detail: detail::Detail) -> Result<(), LoadError> {
        let detail::Detail {
            sources: mut all,
            definitions,
            questions,
            geography,
        } = detail;
        if let Some(q) = questions.iter().find(|q| q.step >= self.story.steps.len()) {
            return Err(LoadError(format!("questions: no step {} for {:?}", q.step, q.question)));
        }
        let mut done = self.clone();
        let mut add = |kind: DatasetKind, id: &str, source: &mut Source| {
            let detail = all.get_mut(kind.key()).and_then(|rows| rows.remove(id));
            let detail = detail.ok_or_else(|| LoadError(format!("sources: no source for {} {id}", kind.key())))?;
            source.add_detail(detail);
            Ok::<(), LoadError>(())
        };
        for r in &mut done.gdp.data.rows {
            add(DatasetKind::Gdp, &r.id, &mut r.source)?;
        }
        for r in &mut done.gdp.checks {
            add(DatasetKind::Gdp, &r.id, &mut r.source)?;
        }
        for r in &mut done.prisoners.rows {
            add(DatasetKind::Prisoners, &r.id, &mut r.source)?;
        }
        for r in &mut done.releases.rows {
            add(DatasetKind::Releases, &r.id, &mut r.source)?;
        }
        for r in &mut done.sanctions.rows {
            add(DatasetKind::Sanctions, &r.id, &mut r.source)?;
        }
        for r in &mut done.events.rows {
            add(DatasetKind::Events, &r.id, &mut r.source)?;
        }
        done.glossary.add_definitions(definitions).map_err(LoadError)?;
        done.questions = questions;
        done.geography = Some(geography);
        done.sources_loaded = true;
        *self = done;
        Ok(())
    }

    /// Ends every axis written `"to": "latest"` just after the newest datum its chart can show,
    /// so a row added to the data extends the charts with no edit to the story.
    fn resolve_latest(&mut self) {
        let ends: Vec<(ChartKind, f64)> = ChartKind::ALL
            .into_iter()
            .filter_map(|kind| Some((kind, self.latest_end(kind)?)))
            .collect();
        let views = self.story.steps.iter_mut().map(|s| &mut s.chart);
        for view in views.chain(self.story.overviews.iter_mut().map(|o| &mut o.view)) {
            if view.to.is_infinite() {
                if let Some(&(_, end)) = ends.iter().find(|(k, _)| *k == view.chart) {
                    view.to = end;
                }
            }
        }
    }

    /// The end of a `"latest"` axis for a chart: its newest shown datum, plus a margin up to the
    /// next quarter year on a time axis (its own year on the GDP chart).
    pub fn latest_end(&self, kind: ChartKind) -> Option<f64> {
        let newest = kind
            .datasets()
            .iter()
            .flat_map(|&k| self.data_of(k))
            .filter(|d| d.source().confidence != Confidence::Unverified)
            .map(|d| d.start_year())
            .fold(None, |max: Option<f64>, y| Some(max.map_or(y, |m| m.max(y))))?;
        Some(match kind {
            ChartKind::Gdp => newest,
            _ => ((newest + 0.02) * 4.0).ceil() / 4.0,
        })
    }

    /// The day of the newest dated datum the explainer shows: "Data as of …" (never typed).
    pub fn data_as_of(&self) -> Option<Day> {
        self.all_data()
            .filter(|d| d.source().confidence != Confidence::Unverified)
            .filter_map(|d| d.start_day())
            .max()
    }

    /// The content bundled into the binary, every source complete (the build-time render, tests).
    pub fn bundled() -> Result<Model, LoadError> {
        let mut model = Model::first_view()?;
        model.add_sources(bundled::SOURCES, bundled::DEFINITIONS)?;
        model.questions = questions::resolve(&model, questions::CONTENT).map_err(LoadError)?;
        Ok(model)
    }

    /// What the browser's first load carries: every row, sources without their detail and
    /// glossary entries without definitions, which `add_detail` adds from `detail::PATH` once the
    /// page is up. Decoded from the postcard `build.rs` wrote from
    /// [`Model::first_view_json`] after checking it.
    pub fn first_view() -> Result<Model, LoadError> {
        postcard::from_bytes(crate::FIRST_VIEW).map_err(|e| LoadError(format!("first view: {e}")))
    }

    /// The first view read from the content's JSON (`build.rs`, and tests that compare the two).
    /// `bundled::SOURCES` and `bundled::DEFINITIONS` are not reachable from here.
    pub fn first_view_json() -> Result<Model, LoadError> {
        use bundled::*;
        let mut model = Model::from_json(GDP, PRISONERS, RELEASES, SANCTIONS, EVENTS, STORY)?;
        model.glossary = parse("glossary.json", GLOSSARY)?;
        Ok(model)
    }

    /// Step `index`'s paragraphs, placeholders resolved and each glossary entry's first use
    /// marked; an unresolvable paragraph is empty (validation reports it).
    pub fn step_paragraphs(&self, index: usize) -> Vec<Vec<text::Segment>> {
        let Some(step) = self.story.steps.get(index) else {
            return Vec::new();
        };
        let resolved = step
            .body
            .iter()
            .map(|p| text::resolve(self, p).unwrap_or_default())
            .collect();
        self.glossary.mark(resolved)
    }

    /// Finds a datum by dataset and id.
    pub fn datum(&self, kind: DatasetKind, id: &str) -> Option<Datum<'_>> {
        match kind {
            DatasetKind::Gdp => self.gdp.data.rows.iter().find(|r| r.id == id).map(Datum::Gdp),
            DatasetKind::Prisoners => self.prisoners.rows.iter().find(|r| r.id == id).map(Datum::Prisoner),
            DatasetKind::Releases => self.releases.rows.iter().find(|r| r.id == id).map(Datum::Release),
            DatasetKind::Sanctions => self.sanctions.rows.iter().find(|r| r.id == id).map(Datum::Sanction),
            DatasetKind::Events => self.events.rows.iter().find(|r| r.id == id).map(Datum::Event),
        }
    }

    /// Every datum of one dataset.
    pub fn data_of(&self, kind: DatasetKind) -> Box<dyn Iterator<Item = Datum<'_>> + '_> {
        match kind {
            DatasetKind::Gdp => Box::new(self.gdp.data.rows.iter().map(Datum::Gdp)),
            DatasetKind::Prisoners => Box::new(self.prisoners.rows.iter().map(Datum::Prisoner)),
            DatasetKind::Releases => Box::new(self.releases.rows.iter().map(Datum::Release)),
            DatasetKind::Sanctions => Box::new(self.sanctions.rows.iter().map(Datum::Sanction)),
            DatasetKind::Events => Box::new(self.events.rows.iter().map(Datum::Event)),
        }
    }

    /// Every datum of every dataset.
    pub fn all_data(&self) -> impl Iterator<Item = Datum<'_>> {
        let gdp = self.gdp.data.rows.iter().map(Datum::Gdp);
        let prisoners = self.prisoners.rows.iter().map(Datum::Prisoner);
        let releases = self.releases.rows.iter().map(Datum::Release);
        let sanctions = self.sanctions.rows.iter().map(Datum::Sanction);
        let events = self.events.rows.iter().map(Datum::Event);
        gdp.chain(prisoners).chain(releases).chain(sanctions).chain(events)
    }

    /// The article's publication day: later data is styled as "after the article".
    pub fn publication_day(&self) -> Option<Day> {
        Day::parse(&self.story.article.date)
    }
}
