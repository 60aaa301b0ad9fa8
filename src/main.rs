//! Entry point: start the app in the browser. Everything else lives in the library.

fn main() {
    minsk_explainer::page::start();
}
