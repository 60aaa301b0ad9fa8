//! Reads a text file beside the page (same origin, relative address, so mirrors and sub-folders work).

use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;

/// The body of `path`, relative to the page; an error names the status or the failure.
pub async fn text(path: &str) -> Result<String, String> {
    let err = |e: wasm_bindgen::JsValue| e.as_string().unwrap_or_else(|| format!("{e:?}"));
    let window = web_sys::window().ok_or("no window")?;
    let response: web_sys::Response = JsFuture::from(window.fetch_with_str(path))
        .await
        .map_err(err)?
        .dyn_into()
        .map_err(err)?;
    if !response.ok() {
        return Err(format!("{path}: HTTP {}", response.status()));
    }
    let body = JsFuture::from(response.text().map_err(err)?).await.map_err(err)?;
    body.as_string().ok_or_else(|| format!("{path}: not text"))
}
