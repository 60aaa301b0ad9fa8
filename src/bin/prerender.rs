//! Build step (a trunk `post_build` hook): writes every step's chart as SVG into the build and
//! the whole story as static HTML into its index.html, in place of `<!-- static-story -->`.
//! Usage: `prerender [dir]` (default: `$TRUNK_STAGING_DIR`, else `dist`).

use minsk_explainer::charts::Theme;
use minsk_explainer::model::Model;
use minsk_explainer::static_story;
use std::path::PathBuf;

const MARKER: &str = "<!-- static-story -->";

fn main() {
    if let Err(e) = run() {
        eprintln!("prerender: {e}");
        std::process::exit(1);
    }
}

fn run() -> Result<(), String> {
    let dir = std::env::args()
        .nth(1)
        .or_else(|| std::env::var("TRUNK_STAGING_DIR").ok())
        .map(PathBuf::from)
        .unwrap_or_else(|| PathBuf::from("dist"));
    let model = Model::bundled().map_err(|e| format!("story data: {e}"))?;
    // Static figures are printed and read in daylight: always the light palette.
    let theme = Theme::from_css(include_str!("../../style/tokens.css"))?;
    std::fs::create_dir_all(dir.join("figures")).map_err(|e| e.to_string())?;
    let figures = static_story::figures(&model, &theme)?;
    for (file, svg) in &figures {
        std::fs::write(dir.join(file), svg).map_err(|e| format!("{file}: {e}"))?;
    }
    let index = dir.join("index.html");
    let page = std::fs::read_to_string(&index).map_err(|e| format!("{}: {e}", index.display()))?;
    if !page.contains(MARKER) {
        return Err(format!("{} has no {MARKER} marker", index.display()));
    }
    let page = page.replacen(MARKER, &static_story::html(&model), 1);
    std::fs::write(&index, page).map_err(|e| e.to_string())?;
    println!(
        "prerender: {} figures and the static story written to {}",
        figures.len(),
        dir.display()
    );
    Ok(())
}
