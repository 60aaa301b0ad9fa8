//! Plain pages the build writes beside `index.html`, linked from the footer for everyone and
//! from the no-script page (which no longer carries them: a source list under every figure and
//! the whole glossary were 40% of the built page's bytes, parsed by every reader):
//! - `sources.html`: every step's text and chart figures, under the source each comes from;
//! - `glossary.html`: the glossary and who's who, each entry leading to the steps that use it;
//! - `key-dates.html`: every dated event, sanctions round and release, with its source and step;
//! - `questions.html` and `questions-answers.html`: questions for a class (`model::questions`).
//!
//! Plain documents: no scripts, one small stylesheet (allowed by hash, `tools/csp.py`).

use crate::format::escape_html as esc;
use crate::i18n::{self, html_with, tr, trf};
use crate::model::Model;
use crate::reader_tools::glossary_list::{self, StepLinks};
use crate::reader_tools::{key_dates, questions_list, sources};

/// The sources page's file name.
pub const SOURCES: &str = "sources.html";
/// The glossary page's file name.
pub const GLOSSARY: &str = "glossary.html";
/// The key dates page's file name.
pub const KEY_DATES: &str = "key-dates.html";
/// Questions for a class, the students' page (no answers in it at all).
pub const QUESTIONS: &str = "questions.html";
/// The offline classroom copy: the whole explainer in one HTML file (`tools/classroom.py`).
pub const OFFLINE: &str = "minsk-explainer-offline.html";
/// The same questions with answers, for teachers.
pub const QUESTIONS_ANSWERED: &str = "questions-answers.html";

/// Every plain page, by file name, in the current edition's words (`model` localized to it).
pub fn all(model: &Model) -> [(&'static str, String); 5] {
    [
        (SOURCES, sources(model)),
        (GLOSSARY, glossary(model)),
        (KEY_DATES, key_dates(model)),
        (QUESTIONS, questions(model, false)),
        (QUESTIONS_ANSWERED, questions(model, true)),
    ]
}

/// Where a step's sources are: `sources.html#step-<slug>`.
pub fn step_sources(slug: &str) -> String {
    format!("{SOURCES}#step-{slug}")
}

/// Readable on a phone and a desktop, light and dark.
const STYLE: &str = "body{font:1rem/1.55 system-ui,sans-serif;max-width:46rem;margin:0 auto;padding:1rem 1.25rem 3rem;\
color:#1a1a1a;background:#fff}a{color:#0b57d0}h1{font-size:1.6rem;line-height:1.25}h2{font-size:1.15rem;margin:2rem 0 .4rem}\
ul{padding-left:1.2rem}li{margin:.35rem 0}.source-line,.glossary__uses,blockquote{color:#444;font-size:.95rem}.chart{margin:0 0 .4rem}\
h3{font-size:1rem;font-weight:600;margin:1rem 0 0}blockquote{margin:.2rem 0 .4rem 1rem}.quote-translation{margin:-.2rem 0 .4rem 1rem;font-size:.95rem}.quote-translation span{color:#595959;font-size:.85rem}.badge{font-size:.8rem;border:1px solid;padding:0 .3rem;margin-right:.3rem}\
dt{font-weight:700;margin-top:1rem}dd{margin:0}dd p{margin:.2rem 0}\
.kd-filter{border:1px solid #767676;margin:1rem 0;padding:.5rem .75rem}.kd-filter__option{display:inline-flex;gap:.35rem;align-items:center;\
min-height:44px;margin-right:1.25rem}.kd-filter input{width:1.25rem;height:1.25rem}.kd p{margin:.1rem 0}.kd{margin:.75rem 0}\
.kd-chart-box{margin:1rem 0}.kd-chart{width:100%;height:auto;display:block}.kd-chart text{font-size:26px;fill:currentColor}\
.kd-chart circle{fill:#0b57d0;fill-opacity:.5;stroke:#0b57d0}.kd-chart__lane{stroke:#c4c4c4}.kd-chart__axis{stroke:#767676}\
.kd-chart__article{stroke:#b3261e;stroke-width:2;stroke-dasharray:6 4}figcaption{color:#444;font-size:.95rem}\
@media (min-width:600px){.kd-chart text{font-size:14px}}\
.kd__tag,.question__kind{font-size:.85rem;border:1px solid;padding:0 .3rem;margin:0 .2rem}.question{margin:1rem 0}.question p{margin:.2rem 0}\
@media (prefers-color-scheme:dark){body{color:#eee;background:#121212}a{color:#8ab4f8}.source-line,.glossary__uses,blockquote,figcaption,.quote-translation span{color:#c8c8c8}\
.kd-chart circle{fill:#8ab4f8;stroke:#8ab4f8}.kd-chart__lane{stroke:#555}.kd-chart__axis{stroke:#999}.kd-chart__article{stroke:#f2b8b5}}";

/// A whole page in the current edition (`i18n::current`; the prerender writes one per edition,
/// in its folder): `heading`, then `intro` and `main` (HTML), with `css` added to the stylesheet.
fn page(model: &Model, heading: &str, intro: &str, main: &str, css: &str) -> String {
    format!(
        "<!doctype html>\n<html lang=\"{lang}\"><head><meta charset=\"utf-8\">\
         <meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"><link rel=\"icon\" href=\"data:,\">\
         <title>{heading} · {title}</title><style>{STYLE}{css}</style></head><body>\
         <header><p><a href=\"./\">{back}</a></p><h1>{heading}</h1><p>{intro}</p></header>\
         <main>{main}</main></body></html>\n",
        lang = i18n::current().code(),
        heading = esc(heading),
        back = esc(tr("← Back to the explainer")),
        title = esc(&model.story.title),
    )
}

/// The article as a link, `“title”`: the title stays the publisher's, marked as English.
fn article_link(model: &Model) -> String {
    format!(
        "<a href=\"{url}\" rel=\"noopener\" lang=\"en\">“{title}”</a>",
        url = esc(&model.story.article.url),
        title = esc(&model.story.article.title),
    )
}

/// `sources.html`, from a model whose sources carry their detail (`Model::bundled`).
pub fn sources(model: &Model) -> String {
    let story = &model.story;
    let steps: String = story
        .steps
        .iter()
        .enumerate()
        .map(|(i, step)| {
            let groups: String = sources::for_step(model, step, &step.chart)
                .iter()
                .map(|g| sources::group_html(g, 3))
                .collect();
            format!(
                "<section id=\"step-{slug}\" aria-labelledby=\"h-{slug}\"><h2 id=\"h-{slug}\">{n}. {headline}</h2>\
                 <p class=\"chart\">{chart} <a href=\"./?step={slug}\">{open}</a></p>\
                 {groups}</section>",
                slug = esc(&step.slug),
                n = i + 1,
                headline = esc(&step.headline),
                chart = esc(&trf("Chart: {title}.", &[("title", step.chart.chart.title())])),
                open = esc(tr("Open this step in the explainer")),
            )
        })
        .collect();
    let data = "data/sources.json";
    let intro = html_with(
        &trf(
            "{title}. Every figure in each step’s text and every mark on its chart, under the source it comes from, with the source’s own words. The explainer retells {article} by {author} ({publisher}). Every row’s source as data: {file}.",
            &[
                ("title", &story.title),
                ("author", &story.article.author),
                ("publisher", &story.article.publisher),
            ],
        ),
        &[
            ("article", &article_link(model)),
            ("file", &format!("<a href=\"{}\">{data}</a>", esc(&i18n::at_root(data)))),
        ],
    );
    page(model, tr("Sources for every chart"), &intro, &steps, "")
}

/// `glossary.html`, from a model whose entries carry their definitions (`Model::bundled`).
pub fn glossary(model: &Model) -> String {
    let intro = html_with(
        tr("The terms and people this explainer of {article} names, in plain words, each with its source and the steps that use it."),
        &[("article", &article_link(model))],
    );
    // The list's group headings are h3s under an h2 elsewhere; here they sit under the page's h1.
    let list = glossary_list::html(model, StepLinks::Explainer, "g")
        .replace("<h3 ", "<h2 ")
        .replace("</h3>", "</h2>");
    page(model, tr("Glossary and who’s who"), &intro, &list, "")
}

/// `questions.html` (`answers` false: no answers in the page) or `questions-answers.html`, from
/// a model with its questions (`Model::bundled`).
pub fn questions(model: &Model, answers: bool) -> String {
    let list = questions_list::html(model, StepLinks::Explainer, answers);
    let (heading, other, file) = if answers {
        (
            tr("Questions for a class, with answers"),
            tr("The students’ copy, without answers: {file}."),
            QUESTIONS,
        )
    } else {
        (
            tr("Questions for a class"),
            tr("For teachers, the same questions with answers: {file}."),
            QUESTIONS_ANSWERED,
        )
    };
    let intro = html_with(
        &format!(
            "{} {other}",
            tr("Questions on this explainer of {article}, in story order: some check understanding, some are for discussion. Each names the step that answers it. Answers come from the explainer’s data, so they stay right when it is updated.")
        ),
        &[
            ("article", &article_link(model)),
            ("file", &format!("<a href=\"{file}\">{file}</a>")),
        ],
    );
    page(model, heading, &intro, &list, "")
}

/// `key-dates.html`, from a model whose sources carry their detail (`Model::bundled`).
pub fn key_dates(model: &Model) -> String {
    let intro = html_with(
        &trf(
            "Every dated event, sanctions round and release of prisoners in this explainer’s data, oldest first, each with its source and the step of the explainer that discusses it. Untick a kind to hide it. The explainer retells {article} by {author}.",
            &[("author", &model.story.article.author)],
        ),
        &[("article", &article_link(model))],
    );
    page(
        model,
        tr("Key dates"),
        &intro,
        &key_dates::html(model),
        &key_dates::filter_css(model),
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_step_has_its_section_and_every_source_its_link_and_figures() {
        let m = Model::bundled().unwrap();
        let page = sources(&m);
        for step in &m.story.steps {
            let at = page
                .find(&format!("<section id=\"step-{}\"", step.slug))
                .expect(&step.slug);
            // Up to the next step's section (each source is a section of its own inside).
            let end = page[at + 1..]
                .find("<section id=\"step-")
                .map_or(page.len(), |e| at + 1 + e);
            let section = &page[at..end];
            let groups = sources::for_step(&m, step, &step.chart);
            assert!(!groups.is_empty(), "{}: no sources", step.slug);
            for g in &groups {
                if !g.source.url.is_empty() {
                    assert!(
                        section.contains(&format!("href=\"{}\"", esc(&g.source.url))),
                        "{}",
                        g.source.url
                    );
                }
                for item in &g.items {
                    assert!(section.contains(&esc(&item.value)), "{}: {}", step.slug, item.value);
                }
            }
        }
        plain(&page);
    }

    /// A plain document: no scripts, nothing inline but the one stylesheet.
    fn plain(page: &str) {
        assert!(!page.contains("<script") && !page.contains(" style="));
        assert_eq!(page.matches("<style>").count(), 1);
    }

    #[test]
    fn the_glossary_page_lists_every_entry_and_leads_to_the_steps_in_the_explainer() {
        let m = Model::bundled().unwrap();
        let page = glossary(&m);
        for (e, used) in m
            .glossary
            .entries
            .iter()
            .zip(crate::reader_tools::glossary_list::uses(&m))
        {
            assert!(page.contains(&format!("id=\"g-{}\"", e.slug)), "{}", e.slug);
            assert!(page.contains(&esc(&e.text)), "{}: its definition", e.slug);
            for i in used {
                assert!(page.contains(&format!("href=\"./?step={}\"", m.story.steps[i].slug)));
            }
        }
        plain(&page);
    }

    #[test]
    fn key_dates_are_the_datas_dated_rows_in_order_each_with_its_source_and_step() {
        use crate::model::{Confidence, DatasetKind};
        use crate::reader_tools::key_dates;
        let m = Model::bundled().unwrap();
        let items = key_dates::items(&m);
        // Exactly the dated rows: every event, release and sanctions row that is not unverified
        // and names one date (not a list of separate years).
        let mut expected: Vec<(DatasetKind, String)> = Vec::new();
        for r in &m.events.rows {
            if r.source.confidence != Confidence::Unverified && r.date.years.is_none() {
                expected.push((DatasetKind::Events, r.id.clone()));
            }
        }
        for r in &m.releases.rows {
            if r.source.confidence != Confidence::Unverified && r.date.years.is_none() {
                expected.push((DatasetKind::Releases, r.id.clone()));
            }
        }
        for r in &m.sanctions.rows {
            if r.source.confidence != Confidence::Unverified && r.date.years.is_none() {
                expected.push((DatasetKind::Sanctions, r.id.clone()));
            }
        }
        let mut got: Vec<(DatasetKind, String)> = items
            .iter()
            .map(|i| (i.datum.kind(), i.datum.id().to_string()))
            .collect();
        assert!(items.windows(2).all(|w| w[0].start <= w[1].start), "oldest first");
        assert!(items.first().is_some_and(|i| i.start.year == 1994), "from 1994");
        let newest = m.all_data().filter_map(|d| d.start_day()).max().unwrap();
        assert!(
            items.last().is_some_and(|i| i.start.year == newest.year),
            "to the newest year"
        );
        expected.sort_by(|a, b| (a.0.key(), &a.1).cmp(&(b.0.key(), &b.1)));
        got.sort_by(|a, b| (a.0.key(), &a.1).cmp(&(b.0.key(), &b.1)));
        assert_eq!(got, expected);
        // Most are discussed somewhere; each that is links to a step that cites, highlights or draws it.
        let linked = items.iter().filter(|i| i.step.is_some()).count();
        assert!(linked * 2 > items.len(), "{linked} of {} linked to a step", items.len());
        let page = key_dates(&m);
        for item in &items {
            let d = &item.datum;
            assert!(
                page.contains(&format!(
                    "<time datetime=\"{}\">{}</time>",
                    item.start,
                    esc(&d.date_label())
                )),
                "{}",
                d.id()
            );
            if !d.source().url.is_empty() {
                assert!(
                    page.contains(&format!("href=\"{}\"", esc(&d.source().url))),
                    "{}",
                    d.id()
                );
            }
            if let Some(i) = item.step {
                let view = &m.story.steps[i].chart;
                let drawn = crate::reader_tools::table::drawn(&m, view).contains(&(d.kind(), d.id().to_string()));
                let cited = m
                    .step_paragraphs(i)
                    .iter()
                    .flatten()
                    .any(|s| matches!(s, crate::model::text::Segment::Figure { id, .. } if id == d.id()));
                assert!(drawn || cited || view.highlights_id(d.id()), "{} -> step {i}", d.id());
            }
        }
        // A box per kind, and the rule that hides the kind when it is unticked.
        for k in key_dates::kinds(&m) {
            let key = k.key();
            assert!(page.contains(&format!("id=\"show-{key}\" checked")), "{key}");
            assert!(
                page.contains(&format!(
                    "body:has(#show-{key}:not(:checked)) .kd--{key}{{display:none}}"
                )),
                "{key}"
            );
            assert!(items.iter().any(|i| i.kind == k), "{key}: no items");
        }
        plain(&page);
    }

    #[test]
    fn the_students_copy_has_no_answers_and_the_teachers_has_every_one() {
        let m = Model::bundled().unwrap();
        let students = questions(&m, false);
        let teachers = questions(&m, true);
        for q in &m.questions {
            assert!(students.contains(&esc(&q.question)), "{}", q.question);
            assert!(
                !students.contains(&esc(&q.answer)),
                "the students' copy gives away: {}",
                q.answer
            );
            assert!(teachers.contains(&esc(&q.answer)), "{}", q.answer);
            let slug = &m.story.steps[q.step].slug;
            assert!(students.contains(&format!("href=\"./?step={slug}\"")));
        }
        assert!(!students.contains("class=\"answer\""));
        plain(&students);
        plain(&teachers);
    }
}
