//! Reads a file beside the page (same origin, relative address, so mirrors and sub-folders work).

use std::future::Future;
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;

/// The bytes of `path`, relative to the page; an error names the status or the failure. The
/// request goes out at the call (not at the first poll), so several can run at once.
pub fn bytes(path: &str) -> impl Future<Output = Result<Vec<u8>, String>> {
    let err = |e: wasm_bindgen::JsValue| e.as_string().unwrap_or_else(|| format!("{e:?}"));
    let path = path.to_string();
    let request = web_sys::window().map(|w| JsFuture::from(w.fetch_with_str(&path)));
    async move {
        let response: web_sys::Response = request
            .ok_or("no window")?
            .await
            .map_err(err)?
            .dyn_into()
            .map_err(err)?;
        if !response.ok() {
            return Err(format!("{path}: HTTP {}", response.status()));
        }
        let body = JsFuture::from(response.array_buffer().map_err(err)?)
            .await
            .map_err(err)?;
        Ok(js_sys::Uint8Array::new(&body).to_vec())
    }
}
