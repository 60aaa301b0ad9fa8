//! A step's chart as the image drawn at build time (`crate::figures`), with its text alternative
//! and a link to its sources (`sources.html`, `crate::pages`): the chart that readers
//! without JavaScript get under each step.
//!
//! The built page holds it inside `<noscript>`: a browser running scripts reads that as one text
//! node, not as elements it would otherwise parse, style and lay out before the first paint;
//! there the live chart takes its place. If the app cannot start,
//! `prepaint.js` unpacks these figures so the page still reads as an article with charts. The app
//! itself renders an empty `<noscript>` in the same place, so hydration adopts it as it is.

use leptos::prelude::*;

/// Step `index`'s static chart, for readers without scripts.
#[component]
pub fn StaticFigure(
    /// Zero-based step index.
    index: usize,
) -> impl IntoView {
    #[cfg(feature = "ssr")]
    let figure = view! { <noscript class="step-figure-box">{figure(index)}</noscript> };
    #[cfg(not(feature = "ssr"))]
    let figure = {
        let _ = index;
        view! { <noscript class="step-figure-box"></noscript> }
    };
    figure
}

/// The figure itself: the image, its text alternative and a link to the chart's sources.
#[cfg(feature = "ssr")]
fn figure(index: usize) -> impl IntoView {
    use super::state::use_reader;
    use crate::figures::{file, Size, Variant, FIGURE_SIZE, NARROW_MEDIA};
    use crate::model::text;
    let reader = use_reader();
    let (slug, title, alt) = reader.model.with_value(|m| {
        let step = &m.story.steps[index];
        let summary = text::plain(m, &step.summary).unwrap_or_default();
        let title = step.chart.chart.title();
        (step.slug.clone(), title, format!("Chart: {title}. {summary}"))
    });
    // The sources are a page of their own (a list here, per step, was a third of the page's bytes).
    let sources = crate::pages::step_sources(&slug);
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
                " "
                <a href=sources>"Sources for this chart"</a>
            </figcaption>
        </figure>
    }
}
