//! If anything panics, the reader gets a short notice and the article link instead of a frozen page.

use wasm_bindgen::JsCast;

/// Where the story comes from, for the error notice (the only place it is needed without the data).
pub const ARTICLE_URL: &str = "https://www.lawfaremedia.org/article/what-washington-wants-from-minsk";

/// Installs the hook: log to the console, then show the notice once.
pub fn install() {
    std::panic::set_hook(Box::new(|info| {
        web_sys::console::error_1(&format!("Minsk Explainer stopped: {info}").into());
        show_notice("Something went wrong and the explainer stopped. Please reload the page.");
    }));
}

/// Puts a notice at the top of the page (text only, never HTML from data).
pub fn show_notice(message: &str) {
    let Some(doc) = web_sys::window().and_then(|w| w.document()) else {
        return;
    };
    if doc.get_element_by_id("fatal-notice").is_some() {
        return;
    }
    let Some(body) = doc.body() else { return };
    let Ok(notice) = doc.create_element("div") else {
        return;
    };
    notice.set_id("fatal-notice");
    notice.set_class_name("fatal-notice");
    let _ = notice.set_attribute("role", "alert");
    let text = doc.create_text_node(&format!("{message} "));
    let _ = notice.append_child(&text);
    if let Ok(link) = doc.create_element("a") {
        let _ = link.set_attribute("href", ARTICLE_URL);
        link.set_text_content(Some("Read the original article on Lawfare"));
        let _ = notice.append_child(&link);
    }
    if let Some(first) = body.first_child() {
        let _ = body.insert_before(notice.unchecked_ref(), Some(&first));
    } else {
        let _ = body.append_child(&notice);
    }
}
