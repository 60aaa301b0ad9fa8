//! The Questions panel: questions for a class, each leading to the step that answers it, with
//! the answers only in the teacher's view (`?answers=1`). Opened by the footer's "Questions for
//! a class" link (a plain page without the app), `?questions=1` or `?answers=1`. The questions
//! come with the sources' detail (`source_detail`); the list is `questions_list::html`.

use crate::i18n::tr;
use crate::page::dialog::Dialog;
use crate::page::state::{use_reader, Reader};
use crate::reader_tools::glossary_list::StepLinks;
use crate::reader_tools::glossary_panel::go_to_step;
use crate::reader_tools::questions_list;
use crate::reader_tools::source_detail::{is_ready, Pending, SourcesPending};
use leptos::either::Either;
use leptos::prelude::*;

#[component]
pub fn QuestionsPanel() -> impl IntoView {
    let reader = use_reader();
    let answers = reader.answers;
    let title = if answers {
        tr("Questions for a class, with answers")
    } else {
        tr("Questions for a class")
    };
    view! {
        <Dialog id="questions" title=title open=reader.questions_open>
            {move || if is_ready(reader) {
                Either::Left(view! { <LiveQuestions reader=reader/> })
            } else {
                Either::Right(view! { <SourcesPending what={Pending::Questions}/> })
            }}
        </Dialog>
    }
}

/// The introduction and the questions, rendered once the detail is in: their words come with it
/// (an edition's panel opened by the address shows them in its language, not in English).
#[component]
fn LiveQuestions(reader: Reader) -> impl IntoView {
    let answers = reader.answers;
    let (other, other_label) = if answers {
        ("?questions=1", tr("The students’ view, without answers"))
    } else {
        ("?answers=1", tr("For teachers: the same questions with answers"))
    };
    let html = reader
        .model
        .with_value(|m| questions_list::html(m, StepLinks::Buttons, answers));
    view! {
        <p class="questions__intro">
            {tr("Questions on this story, in its order: some check understanding, some are for discussion. Each names the step that answers it; its button takes you there.")}
            " "
            {answers.then(|| {
                tr("The answers come from the explainer’s data, so they stay right when it is updated.").to_string() + " "
            })}
            <a href=other>{other_label}</a>
        </p>
        <div class="questions-list" inner_html=html on:click=go_to_step(reader, reader.questions_open)></div>
    }
}

/// Opens the panel instead of following a click on a link to the plain page, unless the reader
/// asked for a new tab or window (a modifier key or the middle button).
pub fn open_instead(reader: Reader, ev: &leptos::ev::MouseEvent) {
    if ev.button() == 0 && !(ev.ctrl_key() || ev.meta_key() || ev.shift_key() || ev.alt_key()) {
        ev.prevent_default();
        reader.questions_open.set(true);
    }
}
