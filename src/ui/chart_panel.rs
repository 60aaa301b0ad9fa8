//! The chart beside the text: a canvas redrawn for each step and size, its legend, summary,
//! source line and tooltips.

use super::chart_tools::ChartTools;
use super::state::use_reader;
use super::tooltip::Tooltip;
use crate::charts::keynav::{NavGrid, Pos};
use crate::charts::legend::{self, LegendItem};
use crate::charts::pen::Shape;
use crate::charts::{tooltip, Hit, HitMap};
use crate::keymap::{self, Action, Context};
use crate::model::{text, ChartKind, DatasetKind};
use crate::web;
use leptos::html;
use leptos::prelude::*;
use wasm_bindgen::closure::Closure;
use wasm_bindgen::JsCast;

const TOOLTIP_W: f64 = 260.0;

/// The hovered or tapped mark and where to put its card.
#[derive(Clone, PartialEq)]
struct Tip {
    dataset: DatasetKind,
    id: String,
    left: f64,
    top: f64,
}

/// Where each chart's figures come from, in a line under the chart.
fn source_note(kind: ChartKind) -> (&'static str, &'static str) {
    match kind {
        ChartKind::Sanctions => (
            "EU Official Journal and Council, US Treasury, State Department, Commerce and White House, UK and Canadian governments, law-firm notes and news reports",
            "sanctions",
        ),
        ChartKind::Prisoners => ("Viasna human rights centre (directly and as reported by media); releases from news reports", "prisoners"),
        ChartKind::Gdp => ("World Bank, World Development Indicators (Dec 2025 vintage); forecasts from IMF, World Bank, wiiw and EDB", "gdp"),
    }
}

/// The chart panel for the current step.
#[component]
pub fn ChartPanel() -> impl IntoView {
    let reader = use_reader();
    let canvas_ref = NodeRef::<html::Canvas>::new();
    let box_ref = NodeRef::<html::Div>::new();
    let size = RwSignal::new((0.0f64, 0.0f64));
    let hits = StoredValue::new(HitMap::default());
    let grid = StoredValue::new(NavGrid::default());
    let tip = RwSignal::new(None::<Tip>);
    // The data point focused from the keyboard, and what the live region says about it.
    let focus = RwSignal::new(None::<Pos>);
    let announcement = RwSignal::new(String::new());
    // An error boundary for drawing: a failed chart says so and points to its data table.
    let draw_failed = RwSignal::new(false);

    // Track the box size; ResizeObserver fires once at start, then on every change.
    Effect::new(move |_| {
        let Some(el) = box_ref.get() else { return };
        let on_resize = Closure::<dyn FnMut(wasm_bindgen::JsValue)>::new(move |_entries: wasm_bindgen::JsValue| {
            if let Some(el) = box_ref.get_untracked() {
                let rect = el.get_bounding_client_rect();
                let next = (rect.width().floor(), rect.height().floor());
                if size.get_untracked() != next {
                    size.set(next);
                }
            }
        });
        if let Ok(observer) = web_sys::ResizeObserver::new(on_resize.as_ref().unchecked_ref()) {
            observer.observe(&el);
        }
        // The observer lives as long as the page, like the chart it measures.
        on_resize.forget();
    });

    // A new step starts with no point focused.
    Effect::new(move |_| {
        reader.step.track();
        focus.set(None);
    });

    // Redraw when the step, the reader's view choices, the size or the focused point change.
    Effect::new(move |_| {
        let (w, h) = size.get();
        let i = reader.step.get();
        let view = reader.view();
        let focused = focus.get();
        reader.theme.track();
        let Some(canvas) = canvas_ref.get() else { return };
        if w < 10.0 || h < 10.0 {
            return;
        }
        draw_failed.set(false);
        let performance = web_sys::window().and_then(|w| w.performance());
        let started = performance.as_ref().map(|p| p.now());
        let drawn = reader.model.with_value(|m| {
            let map = web::canvas::draw(&canvas, m, &view, w, h)?;
            let nav = NavGrid::new(m, &map);
            let focus_hit = focused.and_then(|p| nav.hit(p)).map(|k| map.hits[k].clone());
            if let Some(hit) = &focus_hit {
                web::canvas::focus_ring(&canvas, hit)?;
            }
            Ok::<_, String>((map, nav, focus_hit))
        });
        match drawn {
            Ok((map, nav, focus_hit)) => {
                // Timings for the benchmark: how long this draw took, and when the first one ended.
                if let (Some(p), Some(t0)) = (&performance, started) {
                    let _ = canvas.set_attribute("data-draw-ms", &format!("{:.2}", p.now() - t0));
                    if !canvas.has_attribute("data-drawn-step") {
                        let _ = p.mark("first-chart");
                    }
                }
                let _ = canvas.set_attribute("data-drawn-step", &i.to_string());
                // The focused datum, for tests and tools that read the page.
                match &focus_hit {
                    Some(hit) => canvas.set_attribute("data-focus", &format!("{}:{}", hit.dataset.key(), hit.id)),
                    None => canvas.remove_attribute("data-focus"),
                }
                .ok();
                hits.set_value(map);
                grid.set_value(nav);
                tip.set(focus_hit.map(|hit| place_tip(&hit, hit.centre().0, hit.y1, (w, h))));
            }
            Err(e) => {
                web_sys::console::error_1(&format!("chart failed to draw: {e}").into());
                draw_failed.set(true);
            }
        }
    });

    let pick = move |x: f64, y: f64, slop: f64| {
        let found = hits.with_value(|map| map.at(x, y, slop).cloned());
        tip.set(found.map(|hit| place_tip(&hit, x, y, size.get_untracked())));
    };

    // Chart keys take precedence over the page's (see keymap): arrows move between data points.
    let on_key = move |ev: web_sys::KeyboardEvent| {
        if ev.alt_key() || ev.ctrl_key() || ev.meta_key() {
            return;
        }
        let Some(action) = keymap::action(Context::Chart, &ev.key()) else {
            return;
        };
        ev.prevent_default();
        ev.stop_propagation();
        if action == Action::LeaveChart {
            focus.set(None);
            if let Some(next) = web_sys::window()
                .and_then(|w| w.document())
                .and_then(|d| d.query_selector(".chart-tools button").ok().flatten())
                .and_then(|el| el.dyn_into::<web_sys::HtmlElement>().ok())
            {
                let _ = next.focus();
            }
            return;
        }
        let next = hits.with_value(|map| grid.with_value(|g| g.step(map, focus.get_untracked(), action)));
        focus.set(next);
        let text = next
            .and_then(|p| grid.with_value(|g| g.hit(p)))
            .and_then(|k| hits.with_value(|map| map.hits.get(k).cloned()))
            .and_then(|hit| reader.model.with_value(|m| tooltip::content(m, hit.dataset, &hit.id)))
            .map(|c| c.announcement())
            .unwrap_or_default();
        announcement.set(text);
    };
    let on_focus = move |_| {
        if focus.get_untracked().is_none() {
            let first = hits.with_value(|map| grid.with_value(|g| g.step(map, None, Action::NextPoint)));
            focus.set(first);
            let text = first
                .and_then(|p| grid.with_value(|g| g.hit(p)))
                .and_then(|k| hits.with_value(|map| map.hits.get(k).cloned()))
                .and_then(|hit| reader.model.with_value(|m| tooltip::content(m, hit.dataset, &hit.id)))
                .map(|c| {
                    format!(
                        "Chart data: use the arrow keys to move between points. {}",
                        c.announcement()
                    )
                })
                .unwrap_or_default();
            announcement.set(text);
        }
    };
    let on_blur = move |_| {
        focus.set(None);
        tip.set(None);
    };

    let view_of_step = move || reader.view();
    let title = move || view_of_step().chart.title();
    let summary = move || {
        reader.with_step(|s| {
            reader
                .model
                .with_value(|m| text::plain(m, &s.summary).unwrap_or_default())
        })
    };
    let legend = move || {
        let v = view_of_step();
        reader.model.with_value(|m| legend::items(m, &v))
    };
    let source = move || source_note(view_of_step().chart);

    view! {
        <figure class="chart" aria-labelledby="chart-title">
            <p id="chart-title" class="chart__title">{title}</p>
            <div class="chart__box" node_ref=box_ref>
                <canvas
                    node_ref=canvas_ref
                    class="chart__canvas"
                    role="img"
                    tabindex="0"
                    aria-label=move || format!("Chart: {}. Press the arrow keys to explore its data.", title())
                    aria-describedby="chart-summary"
                    aria-keyshortcuts="ArrowLeft ArrowRight ArrowUp ArrowDown Home End Escape"
                    on:keydown=on_key
                    on:focus=on_focus
                    on:blur=on_blur
                    on:pointermove=move |ev| {
                        if ev.pointer_type() == "mouse" {
                            pick(ev.offset_x() as f64, ev.offset_y() as f64, 4.0)
                        }
                    }
                    on:pointerdown=move |ev| pick(ev.offset_x() as f64, ev.offset_y() as f64, 12.0)
                    on:pointerleave=move |ev| {
                        if ev.pointer_type() == "mouse" && focus.get_untracked().is_none() {
                            tip.set(None)
                        }
                    }
                ></canvas>
                {move || draw_failed.get().then(|| view! {
                    <p class="chart__failed" role="alert">
                        "This chart could not be drawn. Its data is in the table below (Show data)."
                    </p>
                })}
                {move || {
                    let t = tip.get()?;
                    let content = reader.model.with_value(|m| tooltip::content(m, t.dataset, &t.id))?;
                    Some(view! { <Tooltip content=content left=t.left top=t.top/> })
                }}
            </div>
            <p class="visually-hidden" aria-live="polite" aria-atomic="true">{move || announcement.get()}</p>
            <ul class="legend" aria-label="Legend">
                {move || legend().into_iter().map(legend_item).collect_view()}
            </ul>
            {move || reader.fixed.with_value(|f| f.as_ref().map(|(_, caption)| caption.clone())).map(|caption| {
                let text = reader.model.with_value(|m| text::plain(m, &caption).unwrap_or_default());
                view! { <p class="chart__caption">{text}</p> }
            })}
            <ChartTools/>
            <p id="chart-summary" class="visually-hidden">{summary}</p>
            <p class="chart__source">
                {move || {
                    let (text, file) = source();
                    view! {
                        "Sources: " {text} ". Hover or tap a mark, or Tab to the chart and use the arrow keys, for each exact source. "
                        <a href=format!("data/{file}.json")>"Get the data"</a>
                    }
                }}
            </p>
        </figure>
    }
}

/// Where to put the tooltip for a hit, near (x, y) but inside the chart box.
fn place_tip(hit: &Hit, x: f64, y: f64, (w, h): (f64, f64)) -> Tip {
    let left = (x + 14.0).min(w - TOOLTIP_W - 4.0).max(4.0);
    let top = if y > h * 0.55 { (y - 150.0).max(4.0) } else { y + 14.0 };
    Tip {
        dataset: hit.dataset,
        id: hit.id.clone(),
        left,
        top,
    }
}

/// A legend entry: an inline SVG swatch in the mark's shape and colour, then the label.
fn legend_item(item: LegendItem) -> impl IntoView {
    let color = format!("var({})", item.token);
    let hollow = !item.filled || item.shape == Shape::Ring;
    let (fill, stroke) = if hollow {
        ("none".to_string(), color.clone())
    } else {
        (color.clone(), color.clone())
    };
    let shape = match item.shape {
        Shape::Circle | Shape::Ring => {
            view! { <circle cx="7" cy="7" r="5" fill=fill stroke=stroke stroke-width="2"/> }.into_any()
        }
        Shape::Square => {
            view! { <rect x="2.5" y="2.5" width="9" height="9" fill=fill stroke=stroke stroke-width="2"/> }.into_any()
        }
        Shape::Diamond => {
            view! { <polygon points="7,1 13,7 7,13 1,7" fill=fill stroke=stroke stroke-width="2"/> }.into_any()
        }
        Shape::TriangleUp => {
            view! { <polygon points="7,1.5 13,12 1,12" fill=fill stroke=stroke stroke-width="2"/> }.into_any()
        }
        Shape::TriangleDown => {
            view! { <polygon points="1,2 13,2 7,12.5" fill=fill stroke=stroke stroke-width="2"/> }.into_any()
        }
        Shape::Bar => view! { <rect x="5.5" y="1" width="3" height="12" fill=fill stroke=stroke/> }.into_any(),
    };
    view! {
        <li class="legend__item">
            <svg class="legend__swatch" width="14" height="14" viewBox="0 0 14 14" aria-hidden="true">{shape}</svg>
            {item.label}
        </li>
    }
}
