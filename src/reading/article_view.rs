//! The whole story as one page: each step's text, then its chart state as a static SVG figure,
//! its sources and its address. It is the article mode (`?mode=article`) and, rendered when the
//! browser is about to print, the print handout of every mode.

use crate::charts::panel::legend_view::legend_item;
use crate::charts::{self, legend};
use crate::i18n::{tr, trf};
use crate::model::{text, Model};
use crate::page::data_as_of::DataAsOf;
use crate::page::state::use_reader;
use crate::reader_tools::glossary_list::{self, StepLinks};
use crate::reader_tools::questions_list;
use crate::reading::step_text::StepText;
use leptos::ev;
use leptos::prelude::*;
use std::cell::Cell;
use std::rc::Rc;
use std::time::Duration;

/// A list closing the view (glossary, questions), as HTML from the model.
type ListHtml = Box<dyn Fn(&Model) -> String + Send + Sync>;

/// The view's own words (the story's, the charts' and the legends' are noted elsewhere). The
/// prerender notes them too, so each edition's first file carries them: the article view and a
/// handout printed before the rest of the edition's words arrive are in its language.
pub mod words {
    use crate::i18n::msg;
    pub const BY: &str = msg("An explainer of {title} by {author}, {publisher}, {date}.");
    pub const ORIGINAL: &str = msg("Original article:");
    pub const INTERACTIVE: &str = msg("Interactive version:");
    pub const STEP_ONLINE: &str = msg("This step online:");
    pub const GLOSSARY: &str = msg("Glossary and who’s who");
    pub const QUESTIONS: &str = msg("Questions for a class");
    pub const ANSWERS: &str = msg("Questions for a class, with answers");
    pub const CHART: &str = msg("Chart: {title}. {summary}");
    pub const ALL: [&str; 8] = [
        BY,
        ORIGINAL,
        INTERACTIVE,
        STEP_ONLINE,
        GLOSSARY,
        QUESTIONS,
        ANSWERS,
        CHART,
    ];
}

/// Figure size for print: the printable width of A4 or Letter at 96 px per inch, minus margins.
const PRINT_SIZE: (u32, u32) = (680, 340);

/// A figure size that suits the window (article mode on screen).
fn screen_size() -> (u32, u32) {
    let width = web_sys::window()
        .and_then(|w| w.inner_width().ok())
        .and_then(|w| w.as_f64())
        .unwrap_or(800.0);
    let w = (width - 48.0).clamp(300.0, 760.0);
    let h = (w * 0.58).clamp(260.0, 420.0);
    // Drawn smaller by the reader's text zoom and shown at the column's width, so its text and
    // marks grow with the reader's font size as the canvas chart's do.
    let zoom = crate::charts::panel::canvas::text_zoom_now();
    ((w / zoom) as u32, (h / zoom) as u32)
}

/// Every step with a static chart. `print`: the handout (light colours, addresses written out,
/// no source cards), with a title block of its own.
#[component]
pub fn ArticleView(
    /// Render as the print handout.
    #[prop(default = false)]
    print: bool,
) -> impl IntoView {
    let reader = use_reader();
    let (title, article, slugs) = reader.model.with_value(|m| {
        (
            m.story.title.clone(),
            m.story.article.clone(),
            m.story.steps.iter().map(|s| s.slug.clone()).collect::<Vec<_>>(),
        )
    });
    // On screen, figures are drawn for the window's width: redrawn when a resize changes it,
    // once the resizing has paused (not on every event, nor when only the height changes, as
    // when a phone's address bar hides).
    let resized = RwSignal::new(0u32);
    if !print {
        Effect::new(move |_| {
            let drawn_for = Rc::new(Cell::new(screen_size()));
            let pending = StoredValue::new_local(None::<TimeoutHandle>);
            let handle = window_event_listener(ev::resize, move |_| {
                if let Some(h) = pending.try_get_value().flatten() {
                    h.clear();
                }
                let drawn_for = drawn_for.clone();
                let redraw = move || {
                    let now = screen_size();
                    if now != drawn_for.get() {
                        drawn_for.set(now);
                        resized.try_update(|n| *n += 1);
                    }
                };
                pending.try_set_value(set_timeout_with_handle(redraw, Duration::from_millis(150)).ok());
            });
            on_cleanup(move || handle.remove());
        });
    }
    let prefix = if print { "h" } else { "a" };
    // After the steps: the glossary and who's who, and in the handout the questions for a class
    // (with answers in the teacher's view), each an HTML list from `reader_tools`.
    let links = StepLinks::Anchors(prefix);
    let answers = reader.answers;
    let glossary = move |m: &Model| glossary_list::html(m, links, &format!("{prefix}-g"));
    let questions = move |m: &Model| questions_list::html(m, links, answers);
    let mut closing: Vec<(String, String, ListHtml)> = vec![(
        format!("{prefix}-glossary"),
        tr(words::GLOSSARY).to_string(),
        Box::new(glossary),
    )];
    if print {
        let title = if answers {
            tr(words::ANSWERS)
        } else {
            tr(words::QUESTIONS)
        };
        closing.push(("h-questions".to_string(), title.to_string(), Box::new(questions)));
    }
    let site = crate::address::browser::site_base();
    let date = crate::model::Day::parse(&article.date)
        .map(crate::model::Day::long)
        .unwrap_or(article.date.clone());
    let head = print.then(|| {
        view! {
            <header class="handout__head">
                <h1 class="handout__title">{title}</h1>
                <p inner_html=crate::i18n::html_with(
                    &trf(
                        words::BY,
                        &[("author", &article.author), ("publisher", &article.publisher), ("date", &date)],
                    ),
                    &[("title", &format!("<cite>“{}”</cite>", crate::format::escape_html(&article.title)))],
                )></p>
                <p>{tr(words::ORIGINAL)} " " <a href=article.url.clone()>{article.url.clone()}</a></p>
                <p>{tr(words::INTERACTIVE)} " " <a href=site.clone()>{site.clone()}</a></p>
                <DataAsOf class="handout__as-of"/>
            </header>
        }
    });
    view! {
        <div class="article-view" class:article-view--print=print>
            {head}
            {slugs
                .into_iter()
                .enumerate()
                .map(|(i, slug)| {
                    let heading = format!("{prefix}-{slug}-heading");
                    let labelled_by = heading.clone();
                    let link = crate::address::browser::step_link(&slug);
                    view! {
                        <section class="article-step" id=format!("{prefix}-{slug}") aria-labelledby=labelled_by>
                            <StepText index=i heading_id=heading notes=!print/>
                            <ArticleFigure index=i print=print resized=resized/>
                            <p class="article-step__link">
                                {tr(words::STEP_ONLINE)} " " <a href=link.clone()>{link.clone()}</a>
                            </p>
                        </section>
                    }
                })
                .collect_view()}
            {closing
                .into_iter()
                .map(|(id, title, list)| {
                    // The definitions and questions come with the sources' detail: until then (a
                    // handout printed in the first second) the section is left out, not printed empty.
                    move || {
                        crate::reader_tools::source_detail::is_ready(reader).then(|| {
                            let html = reader.model.with_value(|m| list(m));
                            view! {
                                <section class="article-glossary" aria-labelledby=id.clone()>
                                    <h2 id=id.clone() class="article-glossary__title">{title.clone()}</h2>
                                    <div inner_html=html></div>
                                </section>
                            }
                        })
                    }
                })
                .collect_view()}
        </div>
    }
}

/// Step `index`'s chart state as an SVG figure drawn in the browser at the column's width, with its
/// legend and sources (the built page’s own no-script figures are `figures::noscript_html`).
#[component]
fn ArticleFigure(
    /// Zero-based step index.
    index: usize,
    /// Light colours and a fixed print size.
    print: bool,
    /// Changes when the window's width changes the figure's size.
    resized: RwSignal<u32>,
) -> impl IntoView {
    let reader = use_reader();
    let (view, summary) = reader.model.with_value(|m| {
        let step = &m.story.steps[index];
        (step.chart.clone(), text::plain(m, &step.summary).unwrap_or_default())
    });
    let title = view.chart.title();
    let svg = {
        let view = view.clone();
        move || {
            // Print is always light; on screen the figure follows the theme.
            let theme = if print || reader.printing.get() {
                crate::web::scheme::light()
            } else {
                reader.theme.track();
                crate::web::scheme::current()
            };
            resized.track();
            // The map's outlines come with the sources' detail: drawn again when they arrive.
            if view.chart == crate::model::ChartKind::Map {
                crate::reader_tools::source_detail::is_ready(reader);
            }
            let (w, h) = if print { PRINT_SIZE } else { screen_size() };
            reader
                .model
                .with_value(|m| {
                    charts::to_svg_measured(m, &view, &theme, (w, h), Some(crate::charts::panel::label_width::width))
                })
                .map(|(svg, _)| svg)
                .unwrap_or_else(|e| {
                    web_sys::console::error_1(&format!("figure failed to draw: {e}").into());
                    String::new()
                })
        }
    };
    let legend = reader.model.with_value(|m| legend::items(m, &view));
    // Publishers only until the sources' detail arrives, then titles and addresses.
    let sources = {
        let view = view.clone();
        move || {
            crate::reader_tools::source_detail::is_ready(reader);
            reader
                .model
                .with_value(|m| crate::reader_tools::sources::for_step(m, &m.story.steps[index], &view))
                .into_iter()
                .map(|g| {
                    let s = g.source;
                    let url = (!s.url.is_empty()).then(|| view! { " " <a href=s.url.clone()>{s.url.clone()}</a> });
                    let title = s.has_detail().then(|| view! { ", " <cite>{s.title}</cite> "." });
                    view! { <li>{s.publisher} {title} {url}</li> }
                })
                .collect_view()
        }
    };
    view! {
        <figure class="static-chart">
            <figcaption class="chart__title">{title}</figcaption>
            <div class="static-chart__svg" role="img" aria-label=trf(words::CHART, &[("title", title), ("summary", &summary)]) inner_html=svg></div>
            <ul class="legend" aria-label=tr("Legend")>{legend.into_iter().map(legend_item).collect_view()}</ul>
            <div class="static-chart__sources">
                <p class="static-chart__sources-title">{tr("Sources")}</p>
                <ul>{sources}</ul>
            </div>
        </figure>
    }
}
