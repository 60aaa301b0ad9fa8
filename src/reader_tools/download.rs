//! Saves generated text as a file the reader downloads (no server involved).

use wasm_bindgen::JsCast;

/// Offers `contents` as a download named `file_name` with the given MIME type.
pub fn save(file_name: &str, mime: &str, contents: &str) -> Result<(), String> {
    let err = |e: wasm_bindgen::JsValue| format!("{e:?}");
    let parts = js_sys::Array::of1(&contents.into());
    let options = web_sys::BlobPropertyBag::new();
    options.set_type(mime);
    let blob = web_sys::Blob::new_with_str_sequence_and_options(&parts, &options).map_err(err)?;
    let url = web_sys::Url::create_object_url_with_blob(&blob).map_err(err)?;
    let doc = web_sys::window().and_then(|w| w.document()).ok_or("no document")?;
    let link: web_sys::HtmlAnchorElement = doc.create_element("a").map_err(err)?.unchecked_into();
    link.set_href(&url);
    link.set_download(file_name);
    link.set_hidden(true);
    let body = doc.body().ok_or("no body")?;
    body.append_child(&link).map_err(err)?;
    link.click();
    link.remove();
    web_sys::Url::revoke_object_url(&url).map_err(err)?;
    Ok(())
}
