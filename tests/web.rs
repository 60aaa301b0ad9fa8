//! In the browser: the app mounts, lands on the step in the URL and paints a non-blank chart.
#![cfg(target_arch = "wasm32")]

use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;

wasm_bindgen_test_configure!(run_in_browser);

async fn sleep(ms: i32) {
    let promise = js_sys::Promise::new(&mut |resolve, _| {
        let window = web_sys::window().unwrap();
        window
            .set_timeout_with_callback_and_timeout_and_arguments_0(&resolve, ms)
            .unwrap();
    });
    wasm_bindgen_futures::JsFuture::from(promise).await.unwrap();
}

fn canvas() -> Option<web_sys::HtmlCanvasElement> {
    let doc = web_sys::window()?.document()?;
    doc.query_selector("canvas.chart__canvas").ok()??.dyn_into().ok()
}

/// Counts pixels that differ from the top-left (background) pixel.
fn painted_pixels(canvas: &web_sys::HtmlCanvasElement) -> usize {
    let ctx: web_sys::CanvasRenderingContext2d = canvas.get_context("2d").unwrap().unwrap().dyn_into().unwrap();
    let data = ctx
        .get_image_data(0.0, 0.0, canvas.width() as f64, canvas.height() as f64)
        .unwrap()
        .data();
    let bg = [data[0], data[1], data[2]];
    data.chunks(4).filter(|p| [p[0], p[1], p[2]] != bg).count()
}

#[wasm_bindgen_test]
async fn app_mounts_on_the_linked_step_and_paints_the_chart() {
    let window = web_sys::window().unwrap();
    window
        .history()
        .unwrap()
        .replace_state_with_url(&wasm_bindgen::JsValue::NULL, "", Some("?mode=steps&step=a-sharp-fall"))
        .unwrap();
    // No prerendered page here: the app renders into an empty container, as on a page whose
    // layout differs from the prerendered one.
    let doc = window.document().unwrap();
    let root = doc.create_element("div").unwrap();
    root.set_id("app");
    doc.body().unwrap().append_child(&root).unwrap();
    minsk_explainer::page::start();

    let mut canvas_drawn = None;
    for _ in 0..50 {
        sleep(50).await;
        if let Some(c) = canvas().filter(|c| c.has_attribute("data-drawn-step")) {
            canvas_drawn = Some(c);
            break;
        }
    }
    let canvas = canvas_drawn.expect("the chart canvas is drawn within 2.5 s");
    let doc = window.document().unwrap();
    let heading = doc.get_element_by_id("step-heading").unwrap().text_content().unwrap();
    assert_eq!(heading, "A sharp fall in 2022");
    let step = minsk_explainer::model::Model::first_view()
        .unwrap()
        .story
        .index_of("a-sharp-fall");
    assert_eq!(canvas.get_attribute("data-drawn-step"), step.map(|i| i.to_string()));
    let painted = painted_pixels(&canvas);
    let total = (canvas.width() * canvas.height()) as usize;
    assert!(
        painted > total / 50,
        "chart is not blank: {painted} of {total} pixels painted"
    );
    assert!(window.location().search().unwrap().contains("step=a-sharp-fall"));
}

/// The RGBA of each pixel in row `y` of a small canvas.
fn row(canvas: &web_sys::HtmlCanvasElement, y: u32) -> Vec<[u8; 4]> {
    let ctx: web_sys::CanvasRenderingContext2d = canvas.get_context("2d").unwrap().unwrap().dyn_into().unwrap();
    let data = ctx
        .get_image_data(0.0, y as f64, canvas.width() as f64, 1.0)
        .unwrap()
        .data();
    data.chunks(4).map(|p| [p[0], p[1], p[2], p[3]]).collect()
}

#[wasm_bindgen_test]
fn the_canvas_backend_draws_crisp_lines_and_each_backend_sets_its_own_colours() {
    use minsk_explainer::charts::panel::canvas_backend::Canvas;
    use plotters::prelude::*;
    let doc = web_sys::window().unwrap().document().unwrap();
    let canvas: web_sys::HtmlCanvasElement = doc.create_element("canvas").unwrap().dyn_into().unwrap();
    canvas.set_width(20);
    canvas.set_height(20);
    doc.body().unwrap().append_child(&canvas).unwrap();

    // A 1 px horizontal line on y = 10 covers row 9 exactly (the half-pixel rule), not two rows.
    let mut backend = Canvas::new(&canvas).unwrap();
    backend.draw_line((0, 10), (19, 10), &RED.stroke_width(1)).unwrap();
    assert!(
        row(&canvas, 9)[5..15].iter().all(|p| *p == [255, 0, 0, 255]),
        "{:?}",
        row(&canvas, 9)
    );
    assert!(row(&canvas, 10).iter().all(|p| p[3] == 0), "the row below stays empty");

    // Someone else changes the context's fill between drawings: a new backend sets its colour anyway.
    let ctx: web_sys::CanvasRenderingContext2d = canvas.get_context("2d").unwrap().unwrap().dyn_into().unwrap();
    backend.draw_rect((0, 0), (20, 5), &BLUE.filled(), true).unwrap();
    ctx.set_fill_style_str("rgb(0,255,0)");
    let mut again = Canvas::new(&canvas).unwrap();
    again.draw_rect((0, 0), (20, 5), &BLUE.filled(), true).unwrap();
    assert_eq!(row(&canvas, 2)[10], [0, 0, 255, 255]);
}
