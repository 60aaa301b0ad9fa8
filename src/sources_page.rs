//! `sources.html`, written at build time: every step's chart and text with the sources behind
//! them and the figures taken from each. Readers without scripts reach it from each step's static
//! figure (the page itself no longer carries a source list per figure, which was a third of its
//! bytes); everyone reaches it from the footer. A plain document: no scripts, one small stylesheet.

use crate::format::escape_html as esc;
use crate::model::{Confidence, Model};
use crate::sources::{self, SourceGroup};

/// The file's name beside `index.html`.
pub const FILE: &str = "sources.html";

/// Where a step's sources are: `sources.html#step-<slug>`.
pub fn step_link(slug: &str) -> String {
    format!("{FILE}#step-{slug}")
}

/// Readable on a phone and a desktop, light and dark; contrast as the app's tokens.
const STYLE: &str = "body{font:1rem/1.55 system-ui,sans-serif;max-width:46rem;margin:0 auto;padding:1rem 1.25rem 3rem;\
color:#1a1a1a;background:#fff}a{color:#0b57d0}h1{font-size:1.6rem;line-height:1.25}h2{font-size:1.15rem;margin:2rem 0 .4rem}\
ul{padding-left:1.2rem}li{margin:.35rem 0}.items{color:#444;font-size:.95rem}.chart{margin:0 0 .4rem}\
@media (prefers-color-scheme:dark){body{color:#eee;background:#121212}a{color:#8ab4f8}.items{color:#c8c8c8}}";

fn group_html(g: &SourceGroup) -> String {
    let s = &g.source;
    let name = match &s.vintage {
        Some(v) => format!("{}: {} ({v})", s.publisher, s.title),
        None => format!("{}: {}", s.publisher, s.title),
    };
    let name = if s.url.is_empty() {
        format!("{} (no web address stored)", esc(&name))
    } else {
        format!(
            "<a href=\"{}\" rel=\"noopener noreferrer\">{}</a>",
            esc(&s.url),
            esc(&name)
        )
    };
    let items: String = g
        .items
        .iter()
        .map(|item| {
            let flag = match item.confidence {
                Confidence::Article => " (the article’s claim)",
                Confidence::Unverified => " (unverified)",
                Confidence::Verified => "",
            };
            format!(
                "<li>{}: {}, {}{flag}</li>",
                esc(&item.what),
                esc(&item.value),
                esc(&item.date)
            )
        })
        .collect();
    format!("<li>{name}<ul class=\"items\">{items}</ul></li>")
}

/// The whole page, from a model whose sources carry their detail (`Model::bundled`).
pub fn html(model: &Model) -> String {
    let story = &model.story;
    let steps: String = story
        .steps
        .iter()
        .enumerate()
        .map(|(i, step)| {
            let groups: String = sources::for_step(model, step, &step.chart)
                .iter()
                .map(group_html)
                .collect();
            format!(
                "<section id=\"step-{slug}\" aria-labelledby=\"h-{slug}\"><h2 id=\"h-{slug}\">{n}. {headline}</h2>\
                 <p class=\"chart\">Chart: {chart}. <a href=\"./?step={slug}\">Open this step in the explainer</a></p>\
                 <ul>{groups}</ul></section>",
                slug = esc(&step.slug),
                n = i + 1,
                headline = esc(&step.headline),
                chart = esc(step.chart.chart.title()),
            )
        })
        .collect();
    format!(
        "<!doctype html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">\
         <meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\
         <title>Sources for every chart · {title}</title><style>{STYLE}</style></head><body>\
         <header><p><a href=\"./\">← Back to the explainer</a></p><h1>Sources for every chart</h1>\
         <p>{title}: every figure in each step’s text and every mark on its chart, under the source it comes from. \
         The explainer retells <a href=\"{url}\" rel=\"noopener\">“{article}”</a> by {author} ({publisher}). \
         Each row’s full source, with its verbatim quote, is in <a href=\"data/sources.json\">data/sources.json</a>.</p></header>\
         <main>{steps}</main></body></html>\n",
        title = esc(&story.title),
        url = esc(&story.article.url),
        article = esc(&story.article.title),
        author = esc(&story.article.author),
        publisher = esc(&story.article.publisher),
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_step_has_its_section_and_every_source_its_link_and_figures() {
        let m = Model::bundled().unwrap();
        let page = html(&m);
        for step in &m.story.steps {
            let at = page
                .find(&format!("<section id=\"step-{}\"", step.slug))
                .expect(&step.slug);
            let section = &page[at..at + page[at..].find("</section>").unwrap()];
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
        // A plain document: no scripts, nothing inline but the one stylesheet.
        assert!(!page.contains("<script") && !page.contains(" style="));
        assert_eq!(page.matches("<style>").count(), 1);
    }
}
