//! An edition's translations, keyed by the English they translate (as gettext does: a changed
//! English string has no translation until someone gives it one, and the completeness test says
//! so). Written by translators as `content/i18n/<code>.json`, one object per part of the page:
//! `{"story": {"English": "перевод", ...}, "glossary": {...}, "ui": {...}}`. A value is
//! - a string: the translation;
//! - a list: the forms a glossary term takes in the translated text (what the glossary matches);
//! - an object of CLDR plural categories (`one`, `few`, `many`, `other`): a count's wording.

use super::plural::{self, Category};
use super::Edition;
use serde::{Deserialize, Serialize};
use std::collections::HashMap;

/// One translation. (Tagged, for postcard: the app reads catalogs as postcard, which the
/// prerender writes from the JSON, so the wasm carries no JSON reader for them.)
#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
pub enum Message {
    Text(String),
    Forms(Vec<String>),
    /// (CLDR category, wording) pairs.
    Plural(Vec<(String, String)>),
}

/// One edition's messages, all parts together, keyed by the hash of their English ([`key`]):
/// the files the app fetches carry no English.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Catalog {
    pub edition: Edition,
    messages: HashMap<u32, Message>,
    /// The part of the file each message came from (host only: it decides which file the app
    /// gets it in; empty in a catalog read from postcard).
    pub parts: HashMap<u32, String>,
}

/// A message's key: the 32-bit FNV-1a hash of its English (`tests/editions.rs` checks that no two
/// English texts share one).
pub fn key(english: &str) -> u32 {
    english
        .bytes()
        .fold(0x811c_9dc5_u32, |h, b| (h ^ u32::from(b)).wrapping_mul(0x0100_0193))
}

impl Catalog {
    /// Parses a catalog file; every part's messages go into one map (the same English means the
    /// same thing everywhere on the page).
    pub fn from_json(edition: Edition, json: &str) -> Result<Catalog, String> {
        let here = |what: String| format!("{} catalog: {what}", edition.code());
        let parts: HashMap<String, HashMap<String, serde_json::Value>> =
            serde_json::from_str(json).map_err(|e| here(e.to_string()))?;
        let mut catalog = Catalog {
            edition,
            ..Catalog::default()
        };
        for (part, entries) in parts {
            for (english, value) in entries {
                let message = Message::from_value(value)
                    .ok_or_else(|| here(format!("{part}: {english:?} is not a text, a list or plural forms")))?;
                catalog.messages.insert(key(&english), message);
                catalog.parts.insert(key(&english), part.clone());
            }
        }
        Ok(catalog)
    }

    /// The messages `keep` picks, in the compact form the app fetches (`data/lang/<code>.bin`):
    /// the texts, then the other messages, each list in key order with each key as its step from
    /// the last. The texts are three blocks, keys, byte lengths, then the texts run together:
    /// the hashes are noise to brotli, and text uninterrupted by them packs 4% smaller (uk's
    /// first file: 15,378 -> 14,707 bytes).
    pub fn to_postcard(&self, keep: impl Fn(u32) -> bool) -> Vec<u8> {
        let mut kept: Vec<(u32, &Message)> = self
            .messages
            .iter()
            .filter(|(k, _)| keep(**k))
            .map(|(k, m)| (*k, m))
            .collect();
        crate::sort::sort_by_key(&mut kept, |p| p.0);
        fn stepped(items: Vec<(u32, &Message)>) -> Vec<(u32, &Message)> {
            let mut last = 0;
            items
                .into_iter()
                .map(|(k, m)| {
                    let step = k - last;
                    last = k;
                    (step, m)
                })
                .collect()
        }
        let (texts, others): (Vec<_>, Vec<_>) = kept.into_iter().partition(|(_, m)| matches!(m, Message::Text(_)));
        let (mut keys, mut lengths, mut all) = (Vec::new(), Vec::new(), String::new());
        for (k, m) in stepped(texts) {
            if let Message::Text(t) = m {
                keys.push(k);
                lengths.push(t.len() as u32);
                all.push_str(t);
            }
        }
        postcard::to_allocvec(&((keys, lengths, all), stepped(others))).expect("a catalog encodes")
    }

    pub fn from_postcard(edition: Edition, bytes: &[u8]) -> Result<Catalog, String> {
        let here = |e: &dyn std::fmt::Display| format!("{} catalog: {e}", edition.code());
        type File = ((Vec<u32>, Vec<u32>, String), Vec<(u32, Message)>);
        let ((steps, lengths, all), others): File = postcard::from_bytes(bytes).map_err(|e| here(&e))?;
        let mut messages = HashMap::new();
        let (mut key, mut at) = (0u32, 0usize);
        for (step, length) in steps.into_iter().zip(lengths) {
            key = key.wrapping_add(step);
            let end = at.saturating_add(length as usize);
            let text = all.get(at..end).ok_or_else(|| here(&"a text runs past the end"))?;
            at = end;
            messages.insert(key, Message::Text(text.to_string()));
        }
        key = 0;
        for (step, m) in others {
            key = key.wrapping_add(step);
            messages.insert(key, m);
        }
        Ok(Catalog {
            edition,
            messages,
            parts: HashMap::new(),
        })
    }

    /// Keeps only the glossary forms `used` accepts (the prerender: the forms an edition's text
    /// actually holds, so readers are not sent the cases it never uses).
    pub fn keep_forms(&mut self, used: impl Fn(&str) -> bool) {
        for m in self.messages.values_mut() {
            if let Message::Forms(forms) = m {
                forms.retain(|f| used(f));
            }
        }
    }

    /// Adds another file's messages (the part that comes with the sources' detail).
    pub fn merge(&mut self, other: Catalog) {
        self.messages.extend(other.messages);
    }

    /// Every message's key.
    pub fn keys(&self) -> impl Iterator<Item = u32> + '_ {
        self.messages.keys().copied()
    }

    /// The translation of `english`, if the catalog gives it as text.
    pub fn text(&self, english: &str) -> Option<&str> {
        match self.messages.get(&key(english))? {
            Message::Text(t) => Some(t),
            _ => None,
        }
    }

    /// The forms a glossary term takes in this edition's text.
    pub fn forms(&self, english: &str) -> Option<&[String]> {
        match self.messages.get(&key(english))? {
            Message::Forms(f) => Some(f),
            Message::Text(t) => Some(std::slice::from_ref(t)),
            Message::Plural(_) => None,
        }
    }

    /// A count's wording: the form of `english` (keyed by its `other` form) for `n`'s category.
    pub fn plural(&self, english: &str, n: f64) -> Option<&str> {
        match self.messages.get(&key(english))? {
            Message::Plural(forms) => {
                let find = |c: Category| forms.iter().find(|(k, _)| k == c.keyword()).map(|(_, v)| v.as_str());
                find(plural::category(self.edition, n)).or_else(|| find(Category::Other))
            }
            Message::Text(t) => Some(t),
            Message::Forms(_) => None,
        }
    }

    /// The message for `english`, whatever its kind.
    pub fn get(&self, english: &str) -> Option<&Message> {
        self.messages.get(&key(english))
    }

    pub fn len(&self) -> usize {
        self.messages.len()
    }

    pub fn is_empty(&self) -> bool {
        self.messages.is_empty()
    }
}

impl Message {
    fn from_value(v: serde_json::Value) -> Option<Message> {
        use serde_json::Value;
        match v {
            Value::String(s) => Some(Message::Text(s)),
            Value::Array(items) => items
                .into_iter()
                .map(|i| i.as_str().map(str::to_string))
                .collect::<Option<Vec<_>>>()
                .map(Message::Forms),
            Value::Object(forms) => forms
                .into_iter()
                .map(|(k, v)| Some((k, v.as_str()?.to_string())))
                .collect::<Option<Vec<_>>>()
                .map(Message::Plural),
            _ => None,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_texts_forms_and_plurals() {
        let json = r#"{"ui": {"Sources": "Источники",
                               "{n} steps": {"one": "{n} шаг", "few": "{n} шага", "many": "{n} шагов", "other": "{n} шага"}},
                       "glossary": {"sectoral sanctions": ["секторальные санкции", "секторальных санкций"]}}"#;
        let c = Catalog::from_json(Edition::Ru, json).unwrap();
        assert_eq!(c.text("Sources"), Some("Источники"));
        assert_eq!(c.plural("{n} steps", 21.0), Some("{n} шаг"));
        assert_eq!(c.plural("{n} steps", 22.0), Some("{n} шага"));
        assert_eq!(c.plural("{n} steps", 25.0), Some("{n} шагов"));
        assert_eq!(c.plural("{n} steps", 1.5), Some("{n} шага"));
        assert_eq!(c.forms("sectoral sanctions").unwrap().len(), 2);
        assert_eq!(c.text("Missing"), None);
        assert!(Catalog::from_json(Edition::Ru, "{\"ui\": 3}").is_err());
        assert!(Catalog::from_json(Edition::Ru, "{\"ui\": {\"a\": 3}}").is_err());
        let again = Catalog::from_postcard(Edition::Ru, &c.to_postcard(|_| true)).unwrap();
        assert_eq!(again.text("Sources"), Some("Источники"));
        assert_eq!(again.len(), c.len());
        let ui_only = Catalog::from_postcard(Edition::Ru, &c.to_postcard(|k| c.parts[&k] == "ui")).unwrap();
        assert_eq!(ui_only.len(), 2);
        // A damaged file is an error, never a panic: cut anywhere, or a length cutting a letter.
        let bytes = c.to_postcard(|_| true);
        for end in 0..bytes.len() {
            let _ = Catalog::from_postcard(Edition::Ru, &bytes[..end]);
        }
        let one = Catalog::from_json(Edition::Ru, r#"{"ui": {"Sources": "Источники"}}"#).unwrap();
        let mut bad = one.to_postcard(|_| true);
        let at = bad.iter().position(|&b| b == "Источники".len() as u8).unwrap();
        bad[at] = 1;
        assert!(Catalog::from_postcard(Edition::Ru, &bad).is_err());
    }

    #[test]
    fn forms_an_edition_never_uses_are_dropped() {
        let json = r#"{"glossary": {"forms: Viasna": ["«Вясна»", "«Вясны»", "«Вясной»"], "Viasna": "«Вясна»"}}"#;
        let mut c = Catalog::from_json(Edition::Be, json).unwrap();
        c.keep_forms(|f| "Паводле падліку «Вясны», …".contains(f));
        assert_eq!(c.forms("forms: Viasna"), Some(&["«Вясны»".to_string()][..]));
        assert_eq!(c.text("Viasna"), Some("«Вясна»"));
    }
}
