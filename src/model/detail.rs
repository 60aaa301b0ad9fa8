//! The part of the content the first view leaves out: every source's detail (title, address,
//! verbatim quote, notes), every glossary definition, the questions for a class and the map's
//! outlines. `tools/build_data.py` writes them as
//! JSON (`public/data/sources.json`, `public/data/glossary.json`); the build turns the two into
//! one postcard file (`PATH`, written by `src/bin/prerender.rs`), which the browser fetches once
//! the page is up and decodes without a JSON parser (see `Model::add_detail`).

use super::glossary::Definition;
use super::map::Geography;
use super::questions::Question;
use super::{LoadError, SourceDetail};
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

/// Where the built site has the detail, relative to the page.
pub const PATH: &str = "data/detail.bin";

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Detail {
    /// Dataset key (`DatasetKind::key`) → row id → that row's source detail.
    pub sources: BTreeMap<String, BTreeMap<String, SourceDetail>>,
    /// Glossary slug → definition and source.
    pub definitions: BTreeMap<String, Definition>,
    /// Questions for a class, answers written out (`questions::resolve`).
    pub questions: Vec<Question>,
    /// The locator map's outlines and places (`content/map.json`).
    pub geography: Geography,
}

impl Detail {
    /// From the two JSON files' text, the resolved questions and the map's geography.
    pub fn from_json(
        sources: &str,
        definitions: &str,
        questions: Vec<Question>,
        geography: Geography,
    ) -> Result<Detail, LoadError> {
        Ok(Detail {
            sources: super::parse("sources.json", sources)?,
            definitions: super::parse("glossary.json", definitions)?,
            questions,
            geography,
        })
    }

    /// The bytes of `PATH`.
    pub fn encode(&self) -> Vec<u8> {
        postcard::to_allocvec(self).expect("the detail always encodes")
    }

    /// Reads `PATH`'s bytes; anything else (a truncated file, an error page) is an error.
    pub fn decode(bytes: &[u8]) -> Result<Detail, LoadError> {
        let err = |e: String| LoadError(format!("{PATH}: {e}"));
        let (detail, rest) = postcard::take_from_bytes(bytes).map_err(|e| err(e.to_string()))?;
        if !rest.is_empty() {
            return Err(err(format!("{} bytes after the end", rest.len())));
        }
        Ok(detail)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{bundled, Model};

    fn detail() -> Detail {
        let model = Model::bundled().unwrap();
        let geography = model.geography.expect("the bundled model has the map");
        Detail::from_json(bundled::SOURCES, bundled::DEFINITIONS, model.questions, geography)
            .expect("the detail files parse")
    }

    #[test]
    fn the_fetched_file_completes_the_first_view_exactly_as_the_json_does() {
        let bytes = detail().encode();
        assert_eq!(Detail::decode(&bytes).unwrap(), detail());
        let mut browser = Model::first_view().unwrap();
        assert!(!browser.sources_loaded);
        browser.add_detail(Detail::decode(&bytes).unwrap()).unwrap();
        assert_eq!(browser, Model::bundled().unwrap());
    }

    #[test]
    fn a_broken_or_incomplete_file_is_refused_and_changes_nothing() {
        let bytes = detail().encode();
        for broken in [
            &bytes[..bytes.len() / 2],
            b"<!doctype html><p>Not found".as_slice(),
            &[],
        ] {
            assert!(Detail::decode(broken).is_err(), "{} bytes decoded", broken.len());
        }
        let mut missing = detail();
        missing.sources.get_mut("prisoners").unwrap().pop_first();
        let mut model = Model::first_view().unwrap();
        let before = model.clone();
        let err = model.add_detail(missing).unwrap_err();
        assert!(err.0.contains("prisoners"), "{err}");
        assert_eq!(model, before);
        let mut no_definition = detail();
        no_definition.definitions.pop_first();
        assert!(model.add_detail(no_definition).is_err());
        assert_eq!(model, before);
        let mut stray_question = detail();
        stray_question.questions[0].step = model.story.steps.len();
        assert!(model.add_detail(stray_question).is_err());
        assert_eq!(model, before);
    }
}
