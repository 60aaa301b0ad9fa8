//! Entry point: mount the app. Everything else lives in the library.

#[cfg(target_arch = "wasm32")]
fn main() {
    minsk_explainer::ui::start();
}

#[cfg(not(target_arch = "wasm32"))]
fn main() {
    eprintln!("minsk-explainer is a web app: build it with `make build` or serve it with `make serve`.");
}
