//! A step's chart as the image drawn at build time (`crate::figures`), with its text alternative
//! and sources: the chart that readers without JavaScript get under each step. With scripts on,
//! the CSS hides it (and, lazy-loaded, it is never fetched); the live chart takes its place.

use super::state::use_reader;
use super::tooltip::SourceLink;
use crate::figures::{file, Size, Variant, FIGURE_SIZE, NARROW_MEDIA};
use crate::model::text;
use leptos::prelude::*;

/// Step `index`'s static chart.
#[component]
pub fn StaticFigure(
    /// Zero-based step index.
    index: usize,
) -> impl IntoView {
    let reader = use_reader();
    let (slug, title, alt, sources) = reader.model.with_value(|m| {
        let step = &m.story.steps[index];
        let summary = text::plain(m, &step.summary).unwrap_or_default();
        let sources: Vec<_> = crate::sources::for_step(m, step, &step.chart)
            .into_iter()
            .map(|g| g.source)
            .collect();
        let title = step.chart.chart.title();
        (step.slug.clone(), title, format!("Chart: {title}. {summary}"), sources)
    });
    let light = |size| file(&slug, Variant { size, dark: false });
    let (w, h) = FIGURE_SIZE;
    view! {
        <figure class="step-figure">
            <picture>
                <source media=NARROW_MEDIA srcset=light(Size::Narrow)/>
                <img src=light(Size::Wide) width=w height=h loading="lazy" alt=alt/>
            </picture>
            <figcaption>
                <strong>{title} "."</strong>
                " Sources:"
                <ul>
                    {sources
                        .into_iter()
                        .map(|source| view! { <li><SourceLink source=source/></li> })
                        .collect_view()}
                </ul>
            </figcaption>
        </figure>
    }
}
