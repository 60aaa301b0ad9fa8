//! Build step (a trunk `post_build` hook): renders the app's components to HTML for the page's
//! first view and writes it into the build's index.html (in place of `<!-- app -->`), where the
//! browser app hydrates it; writes every step's chart as SVG into `figures/`; and the JSON bundle
//! of all the data (`export::BUNDLE_PATH`), and the sources' detail the app fetches
//! (`model::detail::PATH`), and the plain pages `sources.html` and `glossary.html` (`pages`).
//! Usage: `prerender [dir]` (default: `$TRUNK_STAGING_DIR`, else `dist`).

use minsk_explainer::charts::Theme;
use minsk_explainer::model::Model;
use minsk_explainer::prerender::figures;
use std::path::PathBuf;

const MARKER: &str = "<!-- app -->";
/// The preloads go right after this tag: early in the head (before the inlined styles and
/// scripts), but after the viewport is set, or a phone would match their media queries against
/// the 980 px default viewport and fetch the desktop picture.
const HEAD_MARKER: &str = "<meta name=\"viewport\"";

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
    let tokens = include_str!("../../style/tokens.css");
    let (light, dark) = (Theme::from_css(tokens)?, Theme::dark_from_css(tokens)?);
    std::fs::create_dir_all(dir.join("figures")).map_err(|e| e.to_string())?;
    let figures = figures::all(&model, &light, &dark)?;
    for (file, svg) in &figures {
        std::fs::write(dir.join(file), svg).map_err(|e| format!("{file}: {e}"))?;
    }
    // Everything in one file, with every source in full (see export::BUNDLE_PATH).
    let bundle = dir.join(minsk_explainer::reader_tools::export::BUNDLE_PATH);
    std::fs::create_dir_all(bundle.parent().ok_or("bundle path")?).map_err(|e| e.to_string())?;
    std::fs::write(&bundle, minsk_explainer::reader_tools::export::bundle_json(&model))
        .map_err(|e| format!("{}: {e}", bundle.display()))?;
    // The detail the app fetches once it is up, from the same JSON the model was completed with.
    let detail = minsk_explainer::model::detail::Detail::from_json(
        minsk_explainer::model::bundled::SOURCES,
        minsk_explainer::model::bundled::DEFINITIONS,
        model.questions.clone(),
        model.geography.clone().ok_or("the bundled model has no map")?,
    )
    .map_err(|e| e.to_string())?;
    let detail_path = dir.join(minsk_explainer::model::detail::PATH);
    std::fs::write(&detail_path, detail.encode()).map_err(|e| format!("{}: {e}", detail_path.display()))?;
    // Plain pages one link away from the footer (and the no-script page): every step's sources, the
    // glossary, key dates, questions for a class.
    use minsk_explainer::prerender::pages;
    for (file, html) in [
        (pages::SOURCES, pages::sources(&model)),
        (pages::GLOSSARY, pages::glossary(&model)),
        (pages::KEY_DATES, pages::key_dates(&model)),
        (pages::QUESTIONS, pages::questions(&model, false)),
        (pages::QUESTIONS_ANSWERED, pages::questions(&model, true)),
    ] {
        std::fs::write(dir.join(file), html).map_err(|e| format!("{file}: {e}"))?;
    }
    let index = dir.join("index.html");
    let page = std::fs::read_to_string(&index).map_err(|e| format!("{}: {e}", index.display()))?;
    if page.matches(MARKER).count() != 1 {
        return Err(format!("{} needs exactly one {MARKER} marker", index.display()));
    }
    let page = page.replacen(MARKER, &minsk_explainer::page::prerender(), 1);
    // The first step's stand-in chart, requested as early as the wasm (see figures::stand_in_preloads).
    let first = &model.story.steps.first().ok_or("the story has no steps")?.slug;
    let page = insert_after_tag(&page, HEAD_MARKER, &figures::stand_in_preloads(first))
        .ok_or("index.html needs a viewport meta tag")?;
    let page = minsk_explainer::prerender::styles::compact(&page);
    std::fs::write(&index, page).map_err(|e| e.to_string())?;
    println!(
        "prerender: the app's first view and {} figures written to {}",
        figures.len(),
        dir.display()
    );
    Ok(())
}

/// `page` with `insert` (and a new line) after the tag that starts with `start`.
fn insert_after_tag(page: &str, start: &str, insert: &str) -> Option<String> {
    let at = page.find(start)?;
    let end = at + page[at..].find('>')? + 1;
    Some(format!("{}\n  {}{}", &page[..end], insert.trim_end(), &page[end..]))
}
