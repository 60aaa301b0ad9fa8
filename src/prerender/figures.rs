//! Every step's chart as a static SVG, drawn at build time (see `src/bin/prerender.rs`) by the
//! same scenes as the canvas: what the page shows before the app has started, and all that
//! readers without JavaScript, search engines and link previews get.

use crate::charts::{self, DrawError, Theme};
use crate::model::Model;

/// Size of each step's own figure (CSS px; it scales down with the page), and of the version
/// drawn for phones (a wide chart scaled down to a phone would have unreadable labels).
pub const FIGURE_SIZE: (u32, u32) = (720, 400);
pub const NARROW_SIZE: (u32, u32) = (380, 320);

/// Step `index`'s no-script figure for scroll mode's column: its picture (narrow and wide
/// files), its title and a link to its sources, inside a `<noscript>` so scripting browsers never
/// parse or fetch it. The browser's own copy of the column leaves the box empty.
pub fn noscript_html(model: &Model, index: usize) -> String {
    #[cfg(feature = "ssr")]
    if let Some(step) = model.story.steps.get(index) {
        use crate::format::escape_html as esc;
        let summary = crate::model::text::plain(model, &step.summary).unwrap_or_default();
        let title = step.chart.chart.title();
        let light = |size| href(&step.slug, Variant { size, dark: false });
        let (w, h) = FIGURE_SIZE;
        return format!(
            "<noscript class=\"step-figure-box\"><figure class=\"step-figure\"><picture>\
             <source media=\"{NARROW_MEDIA}\" srcset=\"{}\"><img src=\"{}\" width=\"{w}\" height=\"{h}\" \
             loading=\"lazy\" alt=\"{}\"></picture><figcaption><strong>{}.</strong> \
             <a href=\"{}\">{}</a></figcaption></figure></noscript>",
            light(Size::Narrow),
            light(Size::Wide),
            esc(&crate::i18n::trf(
                "Chart: {title}. {summary}",
                &[("title", title), ("summary", &summary)]
            )),
            esc(title),
            esc(&crate::prerender::pages::step_sources(&step.slug)),
            esc(crate::i18n::tr("Sources for this chart")),
        );
    }
    let _ = (model, index);
    "<noscript class=\"step-figure-box\"></noscript>".to_string()
}

/// What a figure is drawn for, which sets its size.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Size {
    /// A step's own figure, read without scripts, on wider screens (`FIGURE_SIZE`).
    Wide,
    /// The same on phones (`NARROW_SIZE`).
    Narrow,
    /// The chart box's stand-in on phones (the pinned chart of a 390 × 844 screen).
    PhoneBox,
    /// The same on tablets, where the pinned chart spans the page (a 768 × 1024 screen).
    TabletBox,
    /// The chart box's stand-in beside the text on desktops (a 1440 × 900 screen; 1280 × 800
    /// gives 655 × 496). Stand-ins match the box, so the canvas that replaces one draws the same
    /// picture in the same place rather than a letterboxed one.
    DesktopBox,
}

impl Size {
    pub const ALL: [Size; 5] = [
        Size::Wide,
        Size::Narrow,
        Size::PhoneBox,
        Size::TabletBox,
        Size::DesktopBox,
    ];

    /// Width and height, CSS px.
    pub fn px(self) -> (u32, u32) {
        match self {
            Size::Wide => FIGURE_SIZE,
            Size::Narrow => NARROW_SIZE,
            Size::PhoneBox => (358, 219),
            Size::TabletBox => (736, 240),
            Size::DesktopBox => (655, 540),
        }
    }

    fn suffix(self) -> &'static str {
        match self {
            Size::Wide => "",
            Size::Narrow => "-narrow",
            Size::PhoneBox => "-phone-box",
            Size::TabletBox => "-tablet-box",
            Size::DesktopBox => "-desktop-box",
        }
    }
}

/// Which version of a step's figure.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Variant {
    pub size: Size,
    /// In the dark theme's colours.
    pub dark: bool,
}

impl Variant {
    /// Every size in light, then every size in dark.
    pub fn all() -> impl Iterator<Item = Variant> {
        [false, true]
            .into_iter()
            .flat_map(|dark| Size::ALL.into_iter().map(move |size| Variant { size, dark }))
    }
}

/// The built file of a step's figure, relative to the page.
pub fn file(slug: &str, v: Variant) -> String {
    let dark = if v.dark { "-dark" } else { "" };
    format!("figures/{slug}{}{dark}.svg", v.size.suffix())
}

/// The same file as this page links it (an edition's page is a folder down: `i18n::root`).
pub fn href(slug: &str, v: Variant) -> String {
    crate::i18n::at_root(&file(slug, v))
}

/// The media queries of the CSS layouts: phones (the narrow figure and the phone stand-in),
/// tablets (the chart pinned across the page) and desktops (chart beside the text).
pub const NARROW_MEDIA: &str = "(max-width: 600px)";
pub const TABLET_MEDIA: &str = "(max-width: 899px)";
pub const DESKTOP_MEDIA: &str = "(min-width: 900px)";

/// The media clause that picks a dark stand-in when the page follows the system's theme.
pub const DARK_SCHEME: &str = " and (prefers-color-scheme: dark)";

/// The chart box's stand-in for a step: `(media, file)` sources for one `<picture>` (the first
/// match wins), at the box's size in each layout. `dark: None` follows the system's colour
/// scheme, so the browser fetches exactly one file, early and eagerly, before any script runs
/// (`prepaint.js` turns the other scheme's sources off when the address forces a theme);
/// `Some(dark)` gives that theme's sources only.
pub fn stand_in_sources(slug: &str, dark: Option<bool>) -> Vec<(String, String)> {
    let layouts = [
        (DESKTOP_MEDIA, Size::DesktopBox),
        (NARROW_MEDIA, Size::PhoneBox),
        (TABLET_MEDIA, Size::TabletBox),
    ];
    let mut out = Vec::new();
    for (media, size) in layouts {
        match dark {
            None => {
                out.push((
                    format!("{media}{DARK_SCHEME}"),
                    href(slug, Variant { size, dark: true }),
                ));
                out.push((media.to_string(), href(slug, Variant { size, dark: false })));
            }
            Some(dark) => out.push((media.to_string(), href(slug, Variant { size, dark }))),
        }
    }
    out
}

/// `<link rel="preload">` tags for a step's stand-in, for the page's `<head>`: the image is then
/// requested with the page's first bytes instead of when the parser reaches the chart box after
/// all the text. A preload has no "first match wins", so each one's media is narrowed to the
/// case where the `<picture>` would pick it: exactly one file is fetched. `prepaint.js` removes them
/// when the address shows another step or chart, or forces the other scheme.
pub fn stand_in_preloads(slug: &str) -> String {
    stand_in_sources(slug, None)
        .into_iter()
        .map(|(media, href)| {
            let media = if media.ends_with(DARK_SCHEME) {
                media
            } else {
                format!("{media} and (prefers-color-scheme: light)")
            };
            // Tablets start where NARROW_MEDIA (max-width: 600px) ends.
            let media = if media.starts_with(TABLET_MEDIA) {
                format!("(min-width: 601px) and {media}")
            } else {
                media
            };
            format!("<link rel=\"preload\" as=\"image\" fetchpriority=\"high\" href=\"{href}\" media=\"{media}\">\n  ")
        })
        .collect()
}

/// Every step's chart as SVG in every variant: (file name, markup), in story order.
pub fn all(model: &Model, light: &Theme, dark: &Theme) -> Result<Vec<(String, String)>, DrawError> {
    let mut out = Vec::new();
    for s in &model.story.steps {
        for v in Variant::all() {
            let theme = if v.dark { dark } else { light };
            let (w, h) = v.size.px();
            out.push((file(&s.slug, v), charts::to_svg(model, &s.chart, theme, w, h)?.0));
        }
    }
    Ok(out)
}
