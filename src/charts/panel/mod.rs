//! The chart beside the text: a canvas redrawn for each step and size, its legend, summary,
//! source line and tooltips.

pub mod canvas;
pub mod canvas_backend;
pub mod keys;
pub mod label_width;
pub mod legend_view;
pub mod listen;
pub mod painter;
pub mod tooltip;

use crate::charts::keynav::NavGrid;
use crate::charts::legend;
use crate::charts::panel::keys::Keys;
use crate::charts::panel::legend_view::legend_item;
use crate::charts::panel::painter::{place_tip, Painter, Tip};
use crate::charts::panel::tooltip::Tooltip;
use crate::charts::{describe, HitMap};
use crate::i18n::{tr, trf};
use crate::model::text;
use crate::page::state::use_reader;
use crate::reader_tools::chart_tools::ChartTools;
use leptos::html;
use leptos::prelude::*;

/// The chart panel for the current step.
#[component]
pub fn ChartPanel() -> impl IntoView {
    let reader = use_reader();
    let canvas_ref = NodeRef::<html::Canvas>::new();
    let box_ref = NodeRef::<html::Div>::new();
    let size = crate::web::element_size::use_size(box_ref);
    let hits = StoredValue::new(HitMap::default());
    let grid = StoredValue::new(NavGrid::default());
    let tip = RwSignal::new(None::<Tip>);
    // An error boundary for drawing: a failed chart says so and points to its data table.
    let draw_failed = RwSignal::new(false);
    // Until the canvas has drawn (and if it cannot), the chart drawn at build time stands in.
    let painted = RwSignal::new(false);
    // The step the hit map was drawn for.
    let drawn_step = RwSignal::new(None::<usize>);
    let keys = Keys::new(reader, hits, grid, tip, drawn_step);
    let painter = Painter {
        reader,
        canvas_ref,
        size,
        hits,
        grid,
        tip,
        focus: keys.focus,
        draw_failed,
        painted,
        drawn_step,
        last: StoredValue::new(None),
        tween: StoredValue::new(None),
        frames: StoredValue::new(Vec::new()),
        palette: RwSignal::new(0),
    };
    painter.redraw_on_change();
    let title = move || reader.view().chart.title();
    let summary = move || {
        reader.with_step(|s| {
            reader
                .model
                .with_value(|m| text::plain(m, &s.summary).unwrap_or_default())
        })
    };

    view! {
        // The figure is what scroll mode pins; its tools and sources follow it (on phones in
        // scroll mode, after the text, so the pinned part stays small).
        <figure id="chart-pin" class="chart" aria-labelledby="chart-title">
            <p id="chart-title" class="chart__title">{title}</p>
            <ChartBox painter=painter keys=keys box_ref=box_ref/>
            <p class="visually-hidden" aria-live="polite" aria-atomic="true">{move || keys.announcement.get()}</p>
            <Legend/>
            <p id="chart-summary" class="visually-hidden">{summary}</p>
        </figure>
        <div class="chart-extras">
            {move || reader.fixed.with_value(|f| f.as_ref().map(|(_, caption)| caption.clone())).map(|caption| {
                let text = reader.model.with_value(|m| text::plain(m, &caption).unwrap_or_default());
                view! { <p class="chart__caption">{text}</p> }
            })}
            // Out of the figure, which scroll mode pins: the pinned part stays small on phones.
            <listen::ListenButton listener=keys.listener announce=keys.announcement/>
            <ChartTools/>
            <SourcesLine/>
        </div>
    }
}

/// The box the chart is drawn in: the canvas (hover, tap and keys), the picture drawn at build
/// time until the canvas has drawn (or if it cannot), a notice if drawing failed, the tooltip.
#[component]
fn ChartBox(painter: Painter, keys: Keys, box_ref: NodeRef<html::Div>) -> impl IntoView {
    let Painter {
        reader,
        canvas_ref,
        size,
        hits,
        tip,
        draw_failed,
        painted,
        ..
    } = painter;
    let title = move || reader.view().chart.title();
    let pick = move |x: f64, y: f64, slop: f64| {
        let found = hits.with_value(|map| map.at(x, y, slop).cloned());
        tip.set(found.map(|hit| place_tip(&hit, x, y, size.get_untracked())));
    };
    // Memos, so the stand-in is built again only when it must change: a signal set to the value
    // it had (the first draw clears `draw_failed`) would otherwise swap in a new picture, which
    // the browser fetches, lays out and paints again in the middle of the start-up.
    let stand_in = Memo::new(move |_| !painted.get() || draw_failed.get());
    let stand_in_slug = Memo::new(move |_| reader.with_step(|s| s.slug.clone()));
    let stand_in_follows_system = StoredValue::new(reader.adopts_prerender);
    view! {
        <div class="chart__box" node_ref=box_ref>
            <canvas
                node_ref=canvas_ref
                class="chart__canvas"
                role="img"
                tabindex="0"
                aria-label=move || trf("Chart: {title}. Press the arrow keys to explore its data.", &[("title", title())])
                aria-describedby="chart-summary"
                aria-keyshortcuts="ArrowLeft ArrowRight ArrowUp ArrowDown Home End Escape P A S Y"
                on:keydown=move |ev| keys.on_key(ev)
                on:focus=move |_| keys.on_focus()
                on:blur=move |_| keys.on_blur()
                on:pointermove=move |ev| {
                    if ev.pointer_type() == "mouse" {
                        pick(ev.offset_x() as f64, ev.offset_y() as f64, 4.0)
                    }
                }
                on:pointerdown=move |ev| pick(ev.offset_x() as f64, ev.offset_y() as f64, 12.0)
                on:pointerleave=move |ev| {
                    if ev.pointer_type() == "mouse" && keys.focus.get_untracked().is_none() {
                        tip.set(None)
                    }
                }
            ></canvas>
            {move || stand_in.get().then(|| {
                let slug = stand_in_slug.get();
                // The built page's stand-in (and its hydration) follows the system; any later
                // one (another step before the canvas drew, or a fresh render) knows the theme.
                let dark = (!stand_in_follows_system.get_value()).then(|| reader.theme.get_untracked() == "dark");
                stand_in_follows_system.set_value(false);
                view! { <StaticChart slug=slug dark=dark/> }
            })}
            {move || draw_failed.get().then(|| view! {
                <p class="chart__failed" role="alert">
                    {tr("This chart could not be drawn. Its data is in the table below (Show data).")}
                </p>
            })}
            {move || {
                let t = tip.get()?;
                // Drawn again with the source's title and link once they arrive.
                crate::reader_tools::source_detail::is_ready(reader);
                let content = reader
                    .model
                    .with_value(|m| describe::for_mark(m, t.dataset, &t.id, t.label.as_deref()))?;
                Some(view! { <Tooltip content=content left=t.left top=t.top/> })
            }}
        </div>
    }
}

/// The chart's legend as text beside the canvas.
#[component]
fn Legend() -> impl IntoView {
    let reader = use_reader();
    let items = move || {
        let view = reader.view();
        reader.model.with_value(|m| legend::items(m, &view))
    };
    view! {
        <ul class="legend" aria-label=tr("Legend")>
            // Keyed by the step: each step's legend is new nodes, not old ones moved about,
            // which browsers would count as layout shifts.
            <For
                each=move || {
                    let step = reader.step.get();
                    items().into_iter().enumerate().map(move |(k, item)| ((step, k), item)).collect::<Vec<_>>()
                }
                key=|(key, item)| (*key, item.label.clone())
                children=|(_, item)| legend_item(item)
            />
        </ul>
    }
}

/// Where the chart's data comes from, and its file.
#[component]
fn SourcesLine() -> impl IntoView {
    let reader = use_reader();
    let source = move || {
        let scene = crate::charts::scene(reader.view().chart);
        ((scene.sources)(), scene.data_file)
    };
    // One paragraph per chart, replaced (not rewritten in place) when the chart changes.
    view! {
        <For
            each=move || [source()]
            key=|(_, file)| *file
            children=|(text, file)| {
                let text = trf(
                    "Sources: {sources}. Hover or tap a mark, or Tab to the chart and use the arrow keys, for each exact source.",
                    &[("sources", &text)],
                );
                view! {
                    <p class="chart__source">
                        {text} " "
                        <a href=crate::i18n::at_root(&format!("data/{file}.json"))>{tr("Get the data")}</a>
                    </p>
                }
            }
        />
    }
}

/// The step's chart as drawn at build time, in the page's theme: in the box from the first
/// paint, so the canvas takes over in the same place. One eager, high-priority image: the
/// browser's preload scanner fetches the one matching file beside the wasm, before any script.
#[component]
fn StaticChart(
    slug: String,
    /// The theme to show, or `None` to follow the system (the prerendered page and its hydration).
    dark: Option<bool>,
) -> impl IntoView {
    use crate::prerender::figures::{href, stand_in_sources, Size, Variant};
    let fallback = href(
        &slug,
        Variant {
            size: Size::Wide,
            dark: dark.unwrap_or(false),
        },
    );
    view! {
        <div class="chart__static" aria-hidden="true">
            <picture>
                {stand_in_sources(&slug, dark)
                    .into_iter()
                    .map(|(media, srcset)| view! { <source media=media srcset=srcset/> })
                    .collect_view()}
                // Element timing: the benchmark reads when the first chart pixels were painted.
                <img src=fallback alt="" fetchpriority="high" elementtiming="chart-static"/>
            </picture>
        </div>
    }
}
