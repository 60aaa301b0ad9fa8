//! Questions for a class (issue 18): `content/questions.json`, each tied to the step that
//! answers it, written with the story's placeholders so every answer follows the data. The build
//! resolves them once (`resolve`): the plain pages print them, and the app receives them with the
//! sources' detail (`detail::Detail`), for its Questions panel and the print handout.

use super::{text, Model};
use serde::{Deserialize, Serialize};

/// The questions as written.
pub const CONTENT: &str = include_str!("../../content/questions.json");

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Kind {
    /// Checks understanding: the answer is in the step and the data.
    Check,
    /// For discussion: the answer gives points to consider.
    Discuss,
}

impl Kind {
    /// The tag before the question.
    pub fn label(self) -> &'static str {
        match self {
            Kind::Check => crate::i18n::tr("Check"),
            Kind::Discuss => crate::i18n::tr("Discuss"),
        }
    }

    /// What the answer is called.
    pub fn answer_label(self) -> &'static str {
        match self {
            Kind::Check => crate::i18n::tr("Answer"),
            Kind::Discuss => crate::i18n::tr("Points to consider"),
        }
    }
}

/// A question with its answer written out from the data.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Question {
    /// The index of the step that answers it.
    pub step: usize,
    pub kind: Kind,
    pub question: String,
    /// Plain text, every placeholder replaced by its datum.
    pub answer: String,
    /// The answer as written, with its placeholders: an edition translates this and fills the
    /// placeholders in its own number and date forms ([`Question::answer_here`]).
    pub written: String,
}

impl Question {
    /// The question in the page's edition.
    pub fn question_here(&self) -> &str {
        crate::i18n::tr(&self.question)
    }

    /// The answer in the page's edition (English as resolved by the build where the edition has
    /// no translation).
    pub fn answer_here(&self, model: &Model) -> String {
        text::plain(model, crate::i18n::tr(&self.written)).unwrap_or_else(|_| self.answer.clone())
    }
}

/// One question as `content/questions.json` writes it.
#[derive(Deserialize)]
#[serde(deny_unknown_fields)]
struct Written {
    /// The slug of the step that answers it.
    step: String,
    kind: Kind,
    question: String,
    /// With placeholders (`{dataset:id|modifier}`), as the story's text.
    answer: String,
}

#[derive(Deserialize)]
struct File {
    #[allow(dead_code)]
    about: String,
    questions: Vec<Written>,
}

/// The questions in `json` in story order, each answer resolved against `model`; an unknown step
/// or a placeholder that does not resolve is an error naming the question.
pub fn resolve(model: &Model, json: &str) -> Result<Vec<Question>, String> {
    let file: File = serde_json::from_str(json).map_err(|e| format!("questions: {e}"))?;
    let mut out = file
        .questions
        .into_iter()
        .map(|q| {
            let step = model
                .story
                .steps
                .iter()
                .position(|s| s.slug == q.step)
                .ok_or_else(|| format!("question {:?}: no step {:?}", q.question, q.step))?;
            let answer = text::plain(model, &q.answer).map_err(|e| format!("question {:?}: {e:?}", q.question))?;
            Ok(Question {
                step,
                kind: q.kind,
                question: q.question,
                answer,
                written: q.answer,
            })
        })
        .collect::<Result<Vec<_>, String>>()?;
    // Stable: questions on one step keep their written order.
    crate::sort::sort_by_key(&mut out, |q| q.step);
    Ok(out)
}

/// The written answers with their placeholders (the our-own-words check reads them unresolved
/// too, as it reads the story's text).
pub fn written(json: &str) -> Result<Vec<(String, String)>, String> {
    let file: File = serde_json::from_str(json).map_err(|e| format!("questions: {e}"))?;
    Ok(file.questions.into_iter().map(|q| (q.question, q.answer)).collect())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::Model;

    #[test]
    fn there_are_ten_to_fifteen_in_story_order_most_checking_understanding() {
        let m = Model::bundled().unwrap();
        let qs = &m.questions;
        assert!((10..=15).contains(&qs.len()), "{} questions", qs.len());
        assert!(qs.iter().any(|q| q.kind == Kind::Discuss));
        assert!(qs.iter().filter(|q| q.kind == Kind::Check).count() >= 8);
        assert!(qs.windows(2).all(|w| w[0].step <= w[1].step));
        // Questions type no figure the data holds: digits only in years.
        for q in qs {
            for word in q
                .question
                .split(|c: char| !c.is_ascii_digit())
                .filter(|w| !w.is_empty())
            {
                assert!(
                    word.len() == 4 && word.starts_with(['1', '2']),
                    "a figure typed in {:?}",
                    q.question
                );
            }
        }
    }

    #[test]
    fn an_answer_follows_its_datum() {
        let m = Model::bundled().unwrap();
        // The first question asks about the release on the day of the envoy's visit.
        let before = resolve(&m, CONTENT).unwrap();
        assert!(CONTENT.contains("{releases:rel-2025-06-21}"));
        let mut changed = m.clone();
        let row = changed
            .releases
            .rows
            .iter_mut()
            .find(|r| r.id == "rel-2025-06-21")
            .unwrap();
        row.number = row.number.map(|n| n + 1000);
        let freed = row.number.unwrap();
        row.number_text = freed.to_string();
        let after = resolve(&changed, CONTENT).unwrap();
        assert_eq!(before[0].question, after[0].question);
        assert_ne!(before[0].answer, after[0].answer);
        assert!(
            after[0].answer.contains(&crate::format::thousands(freed)),
            "{}",
            after[0].answer
        );
    }

    #[test]
    fn a_question_on_no_step_or_an_unknown_datum_stops_the_build() {
        let m = Model::bundled().unwrap();
        assert!(resolve(&m, &CONTENT.replacen("\"a-deal-in-minsk\"", "\"no-such-step\"", 1)).is_err());
        let unknown = CONTENT.replacen("{releases:rel-2025-06-21|date}", "{releases:no-such-row}", 1);
        assert!(resolve(&m, &unknown).is_err());
        assert!(resolve(
            &m,
            "{\"about\": \"\", \"questions\": [{\"step\": \"a-deal-in-minsk\"}]}"
        )
        .is_err());
    }
}
