//! Build step (a trunk `post_build` hook): renders the app's components to HTML for the page's
//! first view and writes it into the build's index.html (in place of `<!-- app -->`), where the
//! browser app hydrates it; writes every step's chart as SVG into `figures/`; and the JSON bundle
//! of all the data (`export::BUNDLE_PATH`), and the sources' detail the app fetches
//! (`model::detail::PATH`), and the plain pages `sources.html` and `glossary.html` (`pages`).
//! Usage: `prerender [dir]` (default: `$TRUNK_STAGING_DIR`, else `dist`).

use minsk_explainer::charts::Theme;
use minsk_explainer::i18n::{self, Catalog, Edition};
use minsk_explainer::model::localize::forms_key;
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
    for (file, html) in pages::all(&model) {
        std::fs::write(dir.join(file), html).map_err(|e| format!("{file}: {e}"))?;
    }
    let index = dir.join("index.html");
    let template = std::fs::read_to_string(&index).map_err(|e| format!("{}: {e}", index.display()))?;
    if template.matches(MARKER).count() != 1 {
        return Err(format!("{} needs exactly one {MARKER} marker", index.display()));
    }
    let first_slug = &model.story.steps.first().ok_or("the story has no steps")?.slug;
    // Every edition with a catalog: its page in its folder, and the compact catalog the app
    // fetches when another page asks for it (`?lang=`).
    let editions: Vec<(Edition, Catalog)> = Edition::ALL
        .into_iter()
        .filter_map(|e| i18n::bundled(e).map(|c| c.map(|c| (e, c))))
        .collect::<Result<_, _>>()?;
    let published: Vec<Edition> = std::iter::once(Edition::En)
        .chain(editions.iter().map(|(e, _)| *e))
        .collect();
    std::fs::create_dir_all(dir.join("data/lang")).map_err(|e| e.to_string())?;
    // The first file holds what the first view shows (the page's own words and the texts the
    // first view's model has); the rest comes with the sources' detail.
    let first_view = Model::first_view().map_err(|e| e.to_string())?;
    // The notes on the data show in source cards and tooltips, once the detail has come: they
    // wait for it too (the model is translated again when it arrives).
    let mut without_notes = first_view.clone();
    without_notes.story.data_notes.clear();
    // Likewise the glossary's names, which show only on a term's card, beside its definition.
    for entry in &mut without_notes.glossary.entries {
        entry.name.clear();
    }
    // A glossary phrase's text may also be found in its inflected forms (`forms: <phrase>`).
    let shown: std::collections::HashSet<u32> = without_notes
        .english_texts()
        .iter()
        .flat_map(|(_, t)| [i18n::catalog::key(t), i18n::catalog::key(&forms_key(t))])
        .collect();
    for (edition, mut catalog) in editions {
        // The glossary's forms the edition's story text holds (the others would never match).
        let mut local = first_view.clone();
        local.localize(&catalog);
        let text: String = local
            .story
            .steps
            .iter()
            .flat_map(|s| s.body.iter())
            .map(String::as_str)
            .collect();
        catalog.keep_forms(|f| text.contains(f));
        // The words the first view shows: the first view's story and labels, and those the page
        // and every step's chart and legend ask for (noted while rendering them here). The rest
        // (dialogs, tables, citations, definitions) comes with the sources' detail.
        i18n::set(edition, Some(catalog.clone()));
        i18n::set_root("../");
        i18n::record();
        let _ = minsk_explainer::page::prerender();
        // The print handout's own words (the build cannot render it: it draws in the browser).
        for w in minsk_explainer::reading::article_view::words::ALL {
            let _ = i18n::tr(w);
        }
        for step in &first_view.story.steps {
            // Each step as a link to it first shows it.
            let query = format!("?step={}&mode=steps", step.slug);
            let _ = minsk_explainer::page::prerender_at(minsk_explainer::page::boot::Boot {
                query,
                ..Default::default()
            });
            let _ = minsk_explainer::charts::to_svg(&first_view, &step.chart, &light, 800, 500);
            let _ = minsk_explainer::charts::legend::items(&first_view, &step.chart);
        }
        let asked = i18n::recorded();
        let in_first = |k: u32| shown.contains(&k) || asked.contains(&k);
        for (detail, bytes) in [
            (false, catalog.to_postcard(in_first)),
            (true, catalog.to_postcard(|k| !in_first(k))),
        ] {
            let bin = dir.join(i18n::catalog_path(edition, detail));
            std::fs::write(&bin, bytes).map_err(|e| format!("{}: {e}", bin.display()))?;
        }
        let mut local = model.clone();
        local.localize(&catalog);
        i18n::set(edition, Some(catalog));
        i18n::set_root("../");
        let page = edition_page(&template, first_slug, &published)?;
        let folder = dir.join(edition.folder());
        std::fs::create_dir_all(&folder).map_err(|e| e.to_string())?;
        std::fs::write(folder.join("index.html"), page).map_err(|e| e.to_string())?;
        // The plain pages, in the edition's words, beside its page.
        for (file, html) in pages::all(&local) {
            std::fs::write(folder.join(file), html).map_err(|e| format!("{}/{file}: {e}", edition.code()))?;
        }
    }
    i18n::set(Edition::En, None);
    i18n::set_root("");
    std::fs::write(&index, edition_page(&template, first_slug, &published)?).map_err(|e| e.to_string())?;
    println!(
        "prerender: the app's first view in {} editions and {} figures written to {}",
        published.len(),
        figures.len(),
        dir.display()
    );
    Ok(())
}

/// The page of the current edition (`i18n::current`): the app rendered into trunk's page, the
/// head in the edition's language with links to the other editions, and, for a page in an
/// edition's folder, the page's own files one level up.
fn edition_page(template: &str, first: &str, published: &[Edition]) -> Result<String, String> {
    let edition = i18n::current();
    let page = template.replacen(MARKER, &minsk_explainer::page::prerender(), 1);
    let (head, body) = page.split_once("</head>").ok_or("index.html has no </head>")?;
    let mut head = if edition == Edition::En {
        head.to_string()
    } else {
        head.replace("=\"./", "=\"../").replace("'./", "'../").replacen(
            "<html lang=\"en\"",
            &format!("<html lang=\"{}\"", edition.code()),
            1,
        )
    };
    // The title and the social previews' words, translated (the English is their key).
    for (start, end) in [("<title>", "</title>"), ("content=\"", "\"")] {
        head = translate_between(&head, start, end);
    }
    // Its own address as canonical (the preview image and the rest stay at the site's root).
    let canonical = format!("<link rel=\"canonical\" href=\"{SITE}");
    head = head.replace(&canonical, &format!("{canonical}{}", folder_url(edition)));
    let alternates: String = published
        .iter()
        .map(|e| {
            format!(
                "<link rel=\"alternate\" hreflang=\"{}\" href=\"{SITE}{}\">\n  ",
                e.code(),
                folder_url(*e)
            )
        })
        .chain(std::iter::once(format!(
            "<link rel=\"alternate\" hreflang=\"x-default\" href=\"{SITE}\">\n  "
        )))
        .collect();
    // The body's own words outside the app: the no-script note and the start-up failure.
    let body = translate_between(body, "<p class=\"noscript\">", "</p>");
    let body = translate_between(&body, "data-failed=\"", "\"");
    let page = format!("{head}  {}</head>{body}", alternates.trim_end());
    // The first step's stand-in chart, requested as early as the wasm (see figures::stand_in_preloads).
    let page = insert_after_tag(&page, HEAD_MARKER, &figures::stand_in_preloads(first))
        .ok_or("index.html needs a viewport meta tag")?;
    Ok(minsk_explainer::prerender::styles::compact(&page))
}

/// The site's public address in trunk's page (the Makefile replaces it with `SITE_URL`).
const SITE: &str = "https://minsk-explainer.example/";

fn folder_url(e: Edition) -> String {
    match e.folder() {
        "" => String::new(),
        f => format!("{f}/"),
    }
}

/// Every text between `start` and `end` replaced by its translation, where the catalog has one
/// (addresses and other values are not keys, so they stay).
fn translate_between(text: &str, start: &str, end: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while let Some(at) = rest.find(start) {
        let from = at + start.len();
        let Some(len) = rest[from..].find(end) else { break };
        out.push_str(&rest[..from]);
        out.push_str(i18n::tr(&rest[from..from + len]));
        rest = &rest[from + len..];
    }
    out.push_str(rest);
    out
}

/// `page` with `insert` (and a new line) after the tag that starts with `start`.
fn insert_after_tag(page: &str, start: &str, insert: &str) -> Option<String> {
    let at = page.find(start)?;
    let end = at + page[at..].find('>')? + 1;
    Some(format!("{}\n  {}{}", &page[..end], insert.trim_end(), &page[end..]))
}
