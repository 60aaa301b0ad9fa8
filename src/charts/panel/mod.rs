//! The chart beside the text: a canvas redrawn for each step and size, its legend, summary,
//! source line and tooltips.

pub mod canvas;
pub mod canvas_backend;
pub mod label_width;
pub mod legend_view;
pub mod painter;
pub mod tooltip;

use crate::charts::keynav::{NavGrid, Pos};
use crate::charts::legend;
use crate::charts::panel::legend_view::legend_item;
use crate::charts::panel::painter::{place_tip, Painter, Tip};
use crate::charts::panel::tooltip::Tooltip;
use crate::charts::tween::Tween;
use crate::charts::{describe, HitMap};
use crate::model::text;
use crate::page::state::use_reader;
use crate::reader_tools::chart_tools::ChartTools;
use crate::reading::keymap::{self, Action, Context};
use leptos::html;
use leptos::prelude::*;
use wasm_bindgen::JsCast;

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
    // Until the canvas has drawn (and if it cannot), the chart drawn at build time stands in.
    let painted = RwSignal::new(false);
    // The step the hit map was drawn for. Keyboard focus that arrives before a new step's chart
    // is drawn (a jump from the text in scroll mode) selects that chart's first point once it is.
    let drawn_step = RwSignal::new(None::<usize>);
    let first_when_drawn = StoredValue::new(false);
    let stand_in_follows_system = StoredValue::new(reader.adopts_prerender);

    let resize_observer = StoredValue::new_local(None::<web_sys::ResizeObserver>);
    // Track the box size (reported once at start, then on every change).
    Effect::new(move |_| {
        let Some(el) = box_ref.get() else { return };
        let observer = crate::web::element_size::watch(&el, move |next| {
            // It may report once more as the panel leaves the page (a mode switch): then do nothing.
            if size.try_get_untracked().is_some_and(|now| now != next) {
                size.set(next);
            }
        });
        resize_observer.set_value(observer);
    });
    on_cleanup(move || {
        resize_observer.with_value(|o| {
            if let Some(o) = o {
                o.disconnect();
            }
        })
    });

    // A new step starts with no point focused: a point stays focused only on the step it was
    // chosen on (the reader may come back to a step before this runs, as a jump from the text does).
    let focus_step = StoredValue::new(None::<usize>);
    Effect::new(move |_| {
        if focus_step.get_value() != Some(reader.step.get()) {
            focus.set(None);
        }
    });

    let painter = Painter {
        reader,
        canvas_ref,
        size,
        hits,
        grid,
        tip,
        focus,
        draw_failed,
        painted,
        drawn_step,
        last: StoredValue::new(None),
        tween: StoredValue::new(None),
        frames: StoredValue::new(Vec::new()),
    };
    // Redraw when the step, the reader's view choices, the size, the theme or the focused point
    // change; a new step with motion on animates from the old state.
    Effect::new(move |_| {
        let (w, h) = size.get();
        let view = reader.view();
        let theme = reader.theme.get();
        focus.track();
        if canvas_ref.get().is_none() || w < 10.0 || h < 10.0 {
            return;
        }
        let now = painter.now();
        let key = (view.clone(), (w, h), theme);
        let last = painter.last.get_value();
        painter.last.set_value(Some(key.clone()));
        let running = painter.tween.with_value(Option::is_some);
        match last {
            // Only the focus changed: the final frame of a running transition draws it.
            Some(prev) if prev == key && running => {}
            Some((prev_view, prev_size, prev_theme))
                if prev_view != view
                    && prev_size == (w, h)
                    && prev_theme == theme
                    && reader.motion.get_untracked()
                    && !reader.printing.get_untracked() =>
            {
                let next = match painter.tween.get_value() {
                    Some(t) => t.retarget(view, now),
                    None => Tween::new(prev_view, view, now),
                };
                painter.tween.set_value(Some(next));
                if !running {
                    painter.frames.set_value(Vec::new());
                    // The canvas already shows where the transition starts (the old chart), so
                    // its first frame is drawn at the next frame, with progress: redrawing the
                    // same picture now cost ~8 ms of the key press on a slow phone.
                    request_animation_frame(move || painter.tick());
                }
            }
            _ => {
                painter.tween.set_value(None);
                painter.draw_final(&view);
            }
        }
    });

    let pick = move |x: f64, y: f64, slop: f64| {
        let found = hits.with_value(|map| map.at(x, y, slop).cloned());
        tip.set(found.map(|hit| place_tip(&hit, x, y, size.get_untracked())));
    };

    // Chart keys take precedence over the page's (see keymap): arrows move between data points.
    // Moves the keyboard focus by `action` from `from` on this step's chart, and says where it landed.
    let move_focus = move |from: Option<Pos>, action: Action, intro: &str| {
        let next = hits.with_value(|map| grid.with_value(|g| g.step(map, from, action)));
        focus_step.set_value(Some(reader.step.get_untracked()));
        focus.set(next);
        let text = next
            .and_then(|p| grid.with_value(|g| g.hit(p)))
            .and_then(|k| hits.with_value(|map| map.hits.get(k).cloned()))
            .and_then(|hit| reader.model.with_value(|m| describe::content(m, hit.dataset, &hit.id)))
            .map(|c| format!("{intro}{}", c.announcement()))
            .unwrap_or_default();
        announcement.set(text);
    };
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
        move_focus(focus.get_untracked(), action, "");
    };
    let select_first = move || {
        move_focus(
            None,
            Action::NextPoint,
            "Chart data: use the arrow keys to move between points. ",
        )
    };
    let on_focus = move |_| {
        if focus.get_untracked().is_some() {
            return;
        }
        if drawn_step.get_untracked() == Some(reader.step.get_untracked()) {
            select_first();
        } else {
            first_when_drawn.set_value(true);
        }
    };
    Effect::new(move |_| {
        if drawn_step.get() == Some(reader.step.get_untracked()) && first_when_drawn.get_value() {
            first_when_drawn.set_value(false);
            if focus.get_untracked().is_none() {
                select_first();
            }
        }
    });
    let on_blur = move |_| {
        first_when_drawn.set_value(false);
        focus.set(None);
        tip.set(None);
    };

    // Memos, so the stand-in is built again only when it must change: a signal set to the value
    // it had (the first draw clears `draw_failed`) would otherwise swap in a new picture, which
    // the browser fetches, lays out and paints again in the middle of the start-up.
    let stand_in = Memo::new(move |_| !painted.get() || draw_failed.get());
    let stand_in_slug = Memo::new(move |_| reader.with_step(|s| s.slug.clone()));
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
    let source = move || {
        let scene = crate::charts::scene(view_of_step().chart);
        (scene.sources, scene.data_file)
    };

    view! {
        // The figure is what scroll mode pins; its tools and sources follow it (on phones in
        // scroll mode, after the text, so the pinned part stays small).
        <figure id="chart-pin" class="chart" aria-labelledby="chart-title">
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
                        "This chart could not be drawn. Its data is in the table below (Show data)."
                    </p>
                })}
                {move || {
                    let t = tip.get()?;
                    // Drawn again with the source's title and link once they arrive.
                    crate::reader_tools::source_detail::is_ready(reader);
                    let content = reader.model.with_value(|m| describe::content(m, t.dataset, &t.id))?;
                    Some(view! { <Tooltip content=content left=t.left top=t.top/> })
                }}
            </div>
            <p class="visually-hidden" aria-live="polite" aria-atomic="true">{move || announcement.get()}</p>
            <ul class="legend" aria-label="Legend">
                // Keyed by the step: each step's legend is new nodes, not old ones moved about,
                // which browsers would count as layout shifts.
                <For
                    each=move || {
                        let step = reader.step.get();
                        legend().into_iter().enumerate().map(move |(k, item)| ((step, k), item)).collect::<Vec<_>>()
                    }
                    key=|(key, item)| (*key, item.label.clone())
                    children=|(_, item)| legend_item(item)
                />
            </ul>
            <p id="chart-summary" class="visually-hidden">{summary}</p>
        </figure>
        <div class="chart-extras">
            {move || reader.fixed.with_value(|f| f.as_ref().map(|(_, caption)| caption.clone())).map(|caption| {
                let text = reader.model.with_value(|m| text::plain(m, &caption).unwrap_or_default());
                view! { <p class="chart__caption">{text}</p> }
            })}
            <ChartTools/>
            // One paragraph per chart, replaced (not rewritten in place) when the chart changes.
            <For
                each=move || [source()]
                key=|(text, _)| *text
                children=|(text, file)| {
                    view! {
                        <p class="chart__source">
                            "Sources: " {text} ". Hover or tap a mark, or Tab to the chart and use the arrow keys, for each exact source. "
                            <a href=format!("data/{file}.json")>"Get the data"</a>
                        </p>
                    }
                }
            />
        </div>
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
    use crate::prerender::figures::{file, stand_in_sources, Size, Variant};
    let fallback = file(
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
