//! Questions for a class as one HTML list, in story order, each with the step that answers it
//! and, for teachers, the answer. One pure function serves the app's Questions panel, the print
//! handout and `questions.html` / `questions-answers.html` (`crate::prerender::pages`).

use crate::format::escape_html as esc;
use crate::i18n::{fill, tr};
use crate::model::Model;
use crate::reader_tools::glossary_list::{step_link, StepLinks};

/// The list as HTML; `answers` false leaves every answer out of it (the students' copy).
pub fn html(model: &Model, links: StepLinks<'_>, answers: bool) -> String {
    let steps = &model.story.steps;
    let items: String = model
        .questions
        .iter()
        .map(|q| {
            let answer = if answers {
                format!(
                    "<p class=\"answer\"><strong>{}:</strong> {}</p>",
                    esc(q.kind.answer_label()),
                    esc(&q.answer_here(model))
                )
            } else {
                String::new()
            };
            let step = fill(
                &esc(tr("Step {n}: {link}")),
                &[
                    ("n", &(q.step + 1).to_string()),
                    ("link", &step_link(links, steps, q.step, "question__step")),
                ],
            );
            format!(
                "<li class=\"question\"><p><span class=\"question__kind\">{label}</span> {question}</p>{answer}\
                 <p class=\"source-line\">{step}</p></li>",
                label = esc(q.kind.label()),
                question = esc(q.question_here()),
            )
        })
        .collect();
    format!("<ol class=\"questions\">{items}</ol>")
}
