//! A step's paragraphs and quote as HTML. One pure renderer serves the build-time page, every
//! reading mode in the app and the print handout, so the wasm carries no component tree per
//! paragraph, and a step change in step-by-step mode sets one string instead of building buttons
//! with handlers. The buttons are plain HTML: the app handles their events by delegation
//! (`reading::text_events`) and keeps their `aria-expanded` in step with the open card.

use crate::format::escape_html as esc;
use crate::model::{text::Segment, Model};

/// The `data-use` key of a figure or term button: `<step>-<paragraph>-<segment>`. A card
/// belongs to the step its key starts with (two buttons can cite the same datum).
pub fn use_key(step: usize, paragraph: usize, segment: usize) -> String {
    format!("{step}-{paragraph}-{segment}")
}

/// Step `index`'s paragraphs, then its quote. Each figure is a button that opens its source
/// card; each term's first use in the step is a button that opens its definition (`cards`:
/// unless printed, where terms are plain words). Empty for an index past the story.
pub fn body(model: &Model, index: usize, cards: bool) -> String {
    let Some(step) = model.story.steps.get(index) else {
        return String::new();
    };
    let mut out = String::new();
    for (k, segments) in model.step_paragraphs(index).into_iter().enumerate() {
        out += "<p class=\"step__para\">";
        for (n, seg) in segments.into_iter().enumerate() {
            match seg {
                Segment::Text(t) => out += &esc(&t),
                Segment::Term { text, .. } if !cards => out += &esc(&text),
                Segment::Term { text, slug } => {
                    out += &format!(
                        "<button type=\"button\" class=\"term\" aria-expanded=\"false\" aria-controls=\"term-note\" \
                         data-term=\"{}\" data-use=\"{}\">{}</button>",
                        esc(&slug),
                        use_key(index, k, n),
                        esc(&text)
                    )
                }
                Segment::Figure { text, dataset, id } => {
                    out += &format!(
                    "<button type=\"button\" class=\"figure\" aria-expanded=\"false\" aria-controls=\"source-note\" \
                         title=\"{}\" data-dataset=\"{}\" data-id=\"{}\" data-use=\"{}\">{}</button>",
                    esc(crate::i18n::tr("Show the source of this figure")),
                    dataset.key(),
                    esc(&id),
                    use_key(index, k, n),
                    esc(&text)
                )
                }
            }
        }
        out += "</p>";
    }
    if let Some(q) = &step.quote {
        // In an edition the quote stays verbatim (marked as English for screen readers), with
        // the team's translation after it.
        let lang = if crate::i18n::current() == crate::i18n::Edition::En {
            ""
        } else {
            " lang=\"en\""
        };
        out += &format!(
            "<blockquote class=\"step__quote\"{lang}><p>“{}”</p><footer>— {}</footer></blockquote>",
            esc(&q.text),
            esc(&q.attribution)
        );
        if let Some(t) = &q.translation {
            out += &crate::i18n::translation_html(t);
        }
    }
    out
}

/// Step `index`'s chapter line, headline (an `h2` with id `heading_id`, focusable so a step
/// change can move focus to it) and body (see [`body`]), as `step_text::StepText` renders
/// them (attributes in the order Leptos writes them). Empty for an index past the story.
pub fn text(model: &Model, index: usize, heading_id: &str, cards: bool) -> String {
    let Some(step) = model.story.steps.get(index) else {
        return String::new();
    };
    let epilogue = if step.epilogue { " step__chapter--epilogue" } else { "" };
    format!(
        "<p class=\"step__chapter{epilogue}\"><span>{}</span><span class=\"step__count\">{}</span></p>\
         <h2 id=\"{}\" tabindex=\"-1\" class=\"step__headline\">{}</h2><div class=\"step__body\">{}</div>",
        esc(&step.chapter),
        esc(&crate::i18n::trf(
            "Step {n} of {total}",
            &[
                ("n", &(index + 1).to_string()),
                ("total", &model.story.steps.len().to_string())
            ]
        )),
        esc(heading_id),
        esc(&step.headline),
        body(model, index, cards)
    )
}

/// Scroll mode's column: every step as an `article` (the one at `current` marked current), with
/// its text (a source or term card opens after its body), its no-script figure
/// (`figure(index)`: the build's picture; nothing is needed in the browser) and a button that
/// takes keyboard users to the chart. One string for the build and the browser, so the app adopts
/// the column without walking it; it marks the current step and handles the buttons itself.
pub fn scroll_list(model: &Model, current: usize, figure: &dyn Fn(usize) -> String) -> String {
    let mut out = String::new();
    for (i, step) in model.story.steps.iter().enumerate() {
        let heading = format!("step-{}-heading", step.slug);
        let (class, aria) = if i == current {
            (" step--current", " aria-current=\"step\"")
        } else {
            ("", "")
        };
        out += &format!(
            "<article id=\"step-{slug}\" class=\"step step--scroll{class}\" aria-labelledby=\"{heading}\"{aria} \
             data-chart-title=\"{title}\">{text}{figure}\
             <button type=\"button\" class=\"to-chart\" data-step=\"{i}\">{explore}</button></article>",
            slug = esc(&step.slug),
            title = esc(step.chart.chart.title()),
            text = text(model, i, &heading, true),
            figure = figure(i),
            explore = esc(crate::i18n::tr("Explore this step's chart")),
        );
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn model() -> Model {
        Model::bundled().expect("bundled content")
    }

    #[test]
    fn figures_and_terms_are_buttons_carrying_what_their_cards_need() {
        let m = model();
        let (i, html) = (0..m.story.steps.len())
            .map(|i| (i, body(&m, i, true)))
            .find(|(_, h)| h.contains("class=\"figure\"") && h.contains("class=\"term\""))
            .expect("a step with a figure and a term");
        let paragraphs = m.step_paragraphs(i);
        for (k, segs) in paragraphs.iter().enumerate() {
            for (n, seg) in segs.iter().enumerate() {
                let key = format!("data-use=\"{}\"", use_key(i, k, n));
                match seg {
                    Segment::Figure { dataset, id, text } => {
                        let button = format!(
                            "data-dataset=\"{}\" data-id=\"{}\" {key}>{}</button>",
                            dataset.key(),
                            esc(id),
                            esc(text)
                        );
                        assert!(html.contains(&button), "{button} in {html}");
                    }
                    Segment::Term { slug, text } => {
                        let button = format!("data-term=\"{}\" {key}>{}</button>", esc(slug), esc(text));
                        assert!(html.contains(&button), "{button} in {html}");
                    }
                    Segment::Text(_) => {}
                }
            }
        }
        assert_eq!(html.matches("<p class=\"step__para\">").count(), paragraphs.len());
        // Printed, terms are words (figures stay marked: the handout styles them as bold).
        let printed = body(&m, i, false);
        assert!(!printed.contains("class=\"term\""));
        assert!(printed.contains("class=\"figure\""));
    }

    #[test]
    fn text_is_escaped_and_the_quote_closes_the_step() {
        let mut m = model();
        let i = m
            .story
            .steps
            .iter()
            .position(|s| s.quote.is_some())
            .expect("a step with a quote");
        m.story.steps[i].body = vec!["<script>alert(1)</script> & \"so\"".into()];
        let html = body(&m, i, true);
        assert!(
            html.starts_with("<p class=\"step__para\">&lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;so&quot;</p>")
        );
        assert!(html.ends_with("</footer></blockquote>"));
        assert_eq!(body(&m, m.story.steps.len(), true), "");
    }

    #[test]
    fn the_scroll_column_has_every_step_in_order_and_one_current() {
        let m = model();
        let html = scroll_list(&m, 2, &|i| format!("<noscript>{i}</noscript>"));
        let mut at = 0;
        for (i, step) in m.story.steps.iter().enumerate() {
            let open = format!("<article id=\"step-{}\" class=\"step step--scroll", step.slug);
            let found = html[at..]
                .find(&open)
                .unwrap_or_else(|| panic!("{open} after byte {at}"));
            at += found + open.len();
            let current = html[at..].starts_with(" step--current\"");
            assert_eq!(current, i == 2, "step {i}");
            let end = at + html[at..].find("</article>").expect("closed");
            let article = &html[at..end];
            assert!(article.contains(&format!("<h2 id=\"step-{}-heading\"", step.slug)));
            assert!(article.contains(&format!("Step {} of {}", i + 1, m.story.steps.len())));
            assert!(article.contains(&body(&m, i, true)));
            assert!(article.contains(&format!("</div><noscript>{i}</noscript><button")));
            assert!(article.contains(&format!("data-step=\"{i}\">Explore this step's chart</button>")));
        }
        assert_eq!(html.matches("aria-current=\"step\"").count(), 1);
    }
}
