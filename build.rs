//! Reads the first view (`Model::first_view_json`: the bundled rows, story and glossary) with the
//! model's own types, checks it as the app would (`validate`), and writes it as postcard for
//! `FIRST_VIEW` (src/lib.rs). So content that fails its checks fails the build, and the browser
//! decodes a compact form instead of parsing JSON: serde_json's readers for these types would be
//! most of a tenth of the wasm (`make size`).
#![allow(dead_code, unused_imports)]

#[path = "src/format.rs"]
mod format;
#[path = "src/i18n/mod.rs"]
mod i18n;
#[path = "src/model/mod.rs"]
mod model;
#[path = "src/sort.rs"]
mod sort;

/// `Model::first_view` reads the bytes this script writes; the script itself never calls it.
const FIRST_VIEW: &[u8] = &[];

fn main() {
    println!("cargo::rerun-if-changed=content");
    println!("cargo::rerun-if-changed=public/data/glossary.json");
    println!("cargo::rerun-if-changed=public/data/sources.json");
    println!("cargo::rerun-if-changed=src/model");
    println!("cargo::rerun-if-changed=src/format.rs");
    println!("cargo::rerun-if-changed=src/i18n");
    let model = model::Model::first_view_json().unwrap_or_else(|e| panic!("content/: {e}"));
    let problems = model::validate::validate(&model);
    if !problems.is_empty() {
        panic!("content/ failed its checks:\n  {}", problems.join("\n  "));
    }
    let bytes = postcard::to_allocvec(&model).expect("the model encodes");
    let out = std::path::Path::new(&std::env::var("OUT_DIR").expect("cargo sets OUT_DIR")).join("first_view.postcard");
    std::fs::write(&out, bytes).unwrap_or_else(|e| panic!("{}: {e}", out.display()));
}
