//! Questions for a class (issue 18): `content/questions.json`, each tied to the step that
//! answers it. Answers use the story's placeholders, so they follow the data. The build writes
//! two plain pages: `questions.html` for students (no answers in it at all) and
//! `questions-answers.html` for teachers.

use crate::format::escape_html as esc;
use crate::model::{text, Model};
use serde::Deserialize;

/// The students' page.
pub const STUDENTS: &str = "questions.html";
/// The teachers' page, with answers.
pub const TEACHERS: &str = "questions-answers.html";

/// The questions as written (`content/questions.json`).
pub const CONTENT: &str = include_str!("../../content/questions.json");

#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Kind {
    /// Checks understanding: the answer is in the step and the data.
    Check,
    /// For discussion: the answer gives points to consider.
    Discuss,
}

#[derive(Debug, Clone, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Question {
    /// The slug of the step that answers it.
    pub step: String,
    pub kind: Kind,
    pub question: String,
    /// With placeholders (`{dataset:id|modifier}`), as the story's text.
    pub answer: String,
}

#[derive(Deserialize)]
struct File {
    #[allow(dead_code)]
    about: String,
    questions: Vec<Question>,
}

/// A question with its step's index and its answer written out from the data.
#[derive(Debug, Clone)]
pub struct Resolved {
    pub question: Question,
    pub step: usize,
    pub answer: String,
}

/// The questions in `json`, each answer resolved against `model`; an unknown step or a
/// placeholder that does not resolve is an error naming the question.
pub fn resolve(model: &Model, json: &str) -> Result<Vec<Resolved>, String> {
    let file: File = serde_json::from_str(json).map_err(|e| format!("questions: {e}"))?;
    file.questions
        .into_iter()
        .map(|q| {
            let step = model
                .story
                .steps
                .iter()
                .position(|s| s.slug == q.step)
                .ok_or_else(|| format!("question {:?}: no step {:?}", q.question, q.step))?;
            let answer = text::plain(model, &q.answer).map_err(|e| format!("question {:?}: {e:?}", q.question))?;
            Ok(Resolved {
                question: q,
                step,
                answer,
            })
        })
        .collect()
}

/// The page's list: the questions in story order, each with its step (and, for teachers, its
/// answer or points to consider).
pub fn html(model: &Model, questions: &[Resolved], answers: bool) -> String {
    let mut ordered: Vec<&Resolved> = questions.iter().collect();
    ordered.sort_by_key(|q| q.step);
    let items: String = ordered
        .iter()
        .map(|q| {
            let s = &model.story.steps[q.step];
            let label = match q.question.kind {
                Kind::Check => "Check",
                Kind::Discuss => "Discuss",
            };
            let answer = if answers {
                let head = match q.question.kind {
                    Kind::Check => "Answer",
                    Kind::Discuss => "Points to consider",
                };
                format!("<p class=\"answer\"><strong>{head}:</strong> {}</p>", esc(&q.answer))
            } else {
                String::new()
            };
            format!(
                "<li class=\"question\"><p><span class=\"kd__tag\">{label}</span> {question}</p>{answer}\
                 <p class=\"source-line\">Step {n}: <a href=\"./?step={slug}\">“{headline}”</a></p></li>",
                question = esc(&q.question.question),
                n = q.step + 1,
                slug = esc(&s.slug),
                headline = esc(&s.headline),
            )
        })
        .collect();
    format!("<ol class=\"questions\">{items}</ol>")
}
