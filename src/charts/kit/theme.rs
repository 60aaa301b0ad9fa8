//! Chart colours. The CSS custom properties in `style/tokens.css` are the one source of truth:
//! the browser reads them (so a dark theme is a CSS change), native tests parse the file.

use plotters::style::RGBColor;

/// The palette a chart scene draws with.
#[derive(Debug, Clone, PartialEq)]
pub struct Theme {
    pub bg: RGBColor,
    pub text: RGBColor,
    pub muted: RGBColor,
    pub grid: RGBColor,
    pub accent: RGBColor,
    pub series: RGBColor,
    pub bar: RGBColor,
    pub article: RGBColor,
    pub after: RGBColor,
    pub marker: RGBColor,
    pub release: RGBColor,
    pub listings: RGBColor,
    pub sectoral: RGBColor,
    pub financial: RGBColor,
    pub aviation: RGBColor,
    pub export: RGBColor,
    pub legislation: RGBColor,
    pub relief: RGBColor,
}

/// The CSS custom property behind each theme field, in field order.
pub const TOKENS: [&str; 18] = [
    "--chart-bg",
    "--chart-text",
    "--chart-muted",
    "--chart-grid",
    "--chart-accent",
    "--chart-series",
    "--chart-bar",
    "--chart-article",
    "--chart-after",
    "--chart-marker",
    "--chart-release",
    "--chart-listings",
    "--chart-sectoral",
    "--chart-financial",
    "--chart-aviation",
    "--chart-export",
    "--chart-legislation",
    "--chart-relief",
];

/// Parses `#rrggbb` or `#rgb`.
pub fn parse_hex(text: &str) -> Option<RGBColor> {
    let hex = text.trim().strip_prefix('#')?;
    let expand = |s: &str| u8::from_str_radix(s, 16).ok();
    match hex.len() {
        6 => Some(RGBColor(expand(&hex[0..2])?, expand(&hex[2..4])?, expand(&hex[4..6])?)),
        3 => {
            let c: Vec<u8> = hex.chars().map(|c| expand(&format!("{c}{c}"))).collect::<Option<_>>()?;
            Some(RGBColor(c[0], c[1], c[2]))
        }
        _ => None,
    }
}

/// Parses a computed colour, `rgb(r, g, b)` or `rgba(r, g, b, a)` (the alpha is ignored).
pub fn parse_rgb(text: &str) -> Option<RGBColor> {
    let inner = text
        .trim()
        .strip_prefix("rgba(")
        .or_else(|| text.trim().strip_prefix("rgb("))?;
    let inner = inner.strip_suffix(')')?;
    let mut parts = inner.split([',', ' ', '/']).filter(|p| !p.is_empty());
    let mut channel = || parts.next()?.trim().parse::<u8>().ok();
    Some(RGBColor(channel()?, channel()?, channel()?))
}

impl Theme {
    /// Builds a theme by looking up each token; a missing or malformed token is an error naming it.
    pub fn from_lookup(lookup: impl Fn(&str) -> Option<String>) -> Result<Theme, String> {
        let get = |i: usize| {
            let name = TOKENS[i];
            lookup(name)
                .and_then(|v| parse_hex(&v))
                .ok_or_else(|| format!("colour token {name} is missing or not #rrggbb"))
        };
        Ok(Theme {
            bg: get(0)?,
            text: get(1)?,
            muted: get(2)?,
            grid: get(3)?,
            accent: get(4)?,
            series: get(5)?,
            bar: get(6)?,
            article: get(7)?,
            after: get(8)?,
            marker: get(9)?,
            release: get(10)?,
            listings: get(11)?,
            sectoral: get(12)?,
            financial: get(13)?,
            aviation: get(14)?,
            export: get(15)?,
            legislation: get(16)?,
            relief: get(17)?,
        })
    }

    /// The palette under forced colours (Windows High Contrast and the like): the reader's system
    /// colours only, given as the browser resolves them. Every series and category is drawn in
    /// the text colour (their shapes tell them apart: `pen::Shape`), highlights in the highlight
    /// colour, axes, grid and notes in the grey text colour, on the system's canvas colour.
    pub fn forced(canvas: RGBColor, canvas_text: RGBColor, gray_text: RGBColor, highlight: RGBColor) -> Theme {
        Theme {
            bg: canvas,
            text: canvas_text,
            muted: gray_text,
            grid: gray_text,
            accent: highlight,
            series: canvas_text,
            bar: canvas_text,
            article: canvas_text,
            after: canvas,
            marker: gray_text,
            release: canvas_text,
            listings: canvas_text,
            sectoral: canvas_text,
            financial: canvas_text,
            aviation: canvas_text,
            export: canvas_text,
            legislation: canvas_text,
            relief: canvas_text,
        }
    }

    /// The light theme, parsed from the first `:root { ... }` block of the given CSS.
    pub fn from_css(css: &str) -> Result<Theme, String> {
        let vars = css_vars(css);
        Theme::from_lookup(|name| vars.iter().find(|(k, _)| k == name).map(|(_, v)| v.clone()))
    }

    /// The dark theme: the `:root[data-theme="dark"]` block's colours over the light ones.
    pub fn dark_from_css(css: &str) -> Result<Theme, String> {
        let light = css_vars(css);
        let dark = css_vars_in(css, ":root[data-theme=\"dark\"]");
        if dark.is_empty() {
            return Err("no dark theme block in the tokens".into());
        }
        Theme::from_lookup(|name| {
            dark.iter()
                .chain(light.iter())
                .find(|(k, _)| k == name)
                .map(|(_, v)| v.clone())
        })
    }
}

/// `--name: value;` pairs of the first `:root` block.
pub fn css_vars(css: &str) -> Vec<(String, String)> {
    css_vars_in(css, ":root")
}

/// `--name: value;` pairs of the first block after `marker` (e.g. a `/* dark */` comment).
pub fn css_vars_in(css: &str, marker: &str) -> Vec<(String, String)> {
    let Some(start) = css.find(marker) else {
        return Vec::new();
    };
    let body = &css[start..];
    let (Some(open), Some(close)) = (body.find('{'), body.find('}')) else {
        return Vec::new();
    };
    body[open + 1..close]
        .split(';')
        .filter_map(|decl| {
            let (k, v) = decl.split_once(':')?;
            let k = k.trim();
            k.starts_with("--").then(|| (k.to_string(), v.trim().to_string()))
        })
        .collect()
}
