//! The story as static HTML and SVG, written into the built page at build time (see
//! `src/bin/prerender.rs`): what readers without JavaScript, search engines, link previews and
//! reader modes get. It is generated from the same story, text resolution, sources and chart scenes
//! as the app, so it cannot drift from it; the app replaces it when it starts.

use crate::charts::{self, DrawError, Theme};
use crate::model::text::{self, Segment};
use crate::model::Model;

/// Size of each static figure (CSS px; it scales down with the page), and of the version drawn
/// for phones (a wide chart scaled down to a phone would have unreadable labels).
pub const FIGURE_SIZE: (u32, u32) = (720, 400);
pub const NARROW_SIZE: (u32, u32) = (380, 320);

/// Escapes text for HTML content and attribute values.
pub fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c => out.push(c),
        }
    }
    out
}

/// An address safe to link: only http(s), escaped.
fn safe_href(url: &str) -> Option<String> {
    let u = url.trim();
    (u.starts_with("https://") || u.starts_with("http://")).then(|| escape(u))
}

/// The file name of a step's figure.
pub fn figure_file(slug: &str) -> String {
    format!("figures/{slug}.svg")
}

/// The file name of a step's figure for phones.
pub fn narrow_file(slug: &str) -> String {
    format!("figures/{slug}-narrow.svg")
}

/// Every step's chart as SVG, wide and narrow: (file name, markup), in story order.
pub fn figures(model: &Model, theme: &Theme) -> Result<Vec<(String, String)>, DrawError> {
    let mut out = Vec::new();
    for s in &model.story.steps {
        for (file, (w, h)) in [(figure_file(&s.slug), FIGURE_SIZE), (narrow_file(&s.slug), NARROW_SIZE)] {
            out.push((file, charts::to_svg(model, &s.chart, theme, w, h)?.0));
        }
    }
    Ok(out)
}

/// A paragraph with its figures resolved from the data (in bold, as the app highlights them).
fn paragraph(model: &Model, template: &str) -> String {
    let segments = text::resolve(model, template).unwrap_or_default();
    let inner: String = segments
        .iter()
        .map(|seg| match seg {
            Segment::Text(t) => escape(t),
            Segment::Figure { text, .. } => format!("<strong>{}</strong>", escape(text)),
        })
        .collect();
    format!("<p>{inner}</p>")
}

/// Every step: chapter, headline, text, quote, its chart as an image with a full text
/// alternative, its sources, and a link to the step in the interactive version.
pub fn html(model: &Model) -> String {
    let total = model.story.steps.len();
    let (w, h) = FIGURE_SIZE;
    let mut out = String::from(
        "<div class=\"static-story\">\n<p class=\"static-story__lead\">The whole explainer, step by step:</p>\n",
    );
    for (i, step) in model.story.steps.iter().enumerate() {
        let slug = escape(&step.slug);
        let summary = text::plain(model, &step.summary).unwrap_or_default();
        out.push_str(&format!(
            "<section class=\"static-step\" id=\"s-{slug}\" aria-labelledby=\"s-{slug}-heading\">\n\
             <p class=\"static-step__chapter\">{} · Step {} of {total}</p>\n\
             <h2 id=\"s-{slug}-heading\">{}</h2>\n",
            escape(&step.chapter),
            i + 1,
            escape(&step.headline),
        ));
        for p in &step.body {
            out.push_str(&paragraph(model, p));
            out.push('\n');
        }
        if let Some(q) = &step.quote {
            out.push_str(&format!(
                "<blockquote><p>“{}”</p><footer>— {}</footer></blockquote>\n",
                escape(&q.text),
                escape(&q.attribution)
            ));
        }
        let sources: String = crate::sources::for_step(model, step, &step.chart)
            .iter()
            .map(|g| {
                let s = &g.source;
                let name = format!("{}, {}", escape(&s.publisher), escape(&s.title));
                match safe_href(&s.url) {
                    Some(href) => format!("<li><a href=\"{href}\">{name}</a></li>"),
                    None => format!("<li>{name}</li>"),
                }
            })
            .collect();
        out.push_str(&format!(
            "<figure class=\"static-step__figure\">\n\
             <picture><source media=\"(max-width: 600px)\" srcset=\"{}\">\
             <img src=\"{}\" width=\"{w}\" height=\"{h}\" loading=\"lazy\" alt=\"{}\"></picture>\n\
             <figcaption><strong>{}.</strong> Sources:<ul>{sources}</ul></figcaption>\n\
             </figure>\n\
             <p><a href=\"?step={slug}\">This step in the interactive explainer</a></p>\n\
             </section>\n",
            narrow_file(&step.slug),
            figure_file(&step.slug),
            escape(&format!("Chart: {}. {summary}", step.chart.chart.title())),
            escape(step.chart.chart.title()),
        ));
    }
    out.push_str("</div>");
    out
}
