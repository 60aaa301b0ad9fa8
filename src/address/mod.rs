//! The address: every query parameter the explainer reads ([`Params`], parsed once, here) and
//! every link it builds (`to_query`, `step_query`, `embed_query`). Parsing never fails: unknown,
//! malformed or hostile input falls back to the first step and the defaults.
//!
//! `public/prepaint.js` reads `theme`, `transparent`, `embed`, `mode` and `step` again before the
//! page paints; `tests/addresses.json` lists valid and hostile queries with what both must make
//! of them (`tests/address.rs` checks this file, `end2end/tests/address.spec.mjs` the script).

/// Reading and writing the browser's address bar.
#[cfg(feature = "ui")]
pub mod browser;

/// Where the reader is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct ViewState {
    /// Zero-based step index, always valid for the story it was parsed against.
    pub step: usize,
    /// `?embed=1`: shown inside another site's page (no masthead or footer, a credit line).
    pub embed: bool,
    /// `?chart=gdp|prisoners|sanctions` (with `embed=1`): one chart on its own.
    pub chart: Option<crate::model::ChartKind>,
    /// `?theme=light|dark|auto`.
    pub theme: ThemeChoice,
    /// `?events=1`: tell the host page about reader actions by postMessage.
    pub events: bool,
    /// `?mode=scroll|steps|article`, when the URL (or the reader, via the toggle) chose one.
    pub mode: Option<Mode>,
}

/// How the story is read.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Mode {
    /// The text scrolls past a pinned chart; the step most in view is current.
    Scroll,
    /// One step at a time: buttons, arrow keys, Space, Home/End and swipes.
    Steps,
    /// The whole story as one page, each step's text followed by its chart as a static figure.
    Article,
}

impl Mode {
    pub const ALL: [Mode; 3] = [Mode::Scroll, Mode::Steps, Mode::Article];

    /// Parses `scroll`, `steps` or `article` (any case); anything else is no choice.
    pub fn parse(value: &str) -> Option<Mode> {
        match trim(value).to_ascii_lowercase().as_str() {
            "scroll" => Some(Mode::Scroll),
            "steps" => Some(Mode::Steps),
            "article" => Some(Mode::Article),
            _ => None,
        }
    }

    /// The value in `?mode=`.
    pub fn key(self) -> &'static str {
        match self {
            Mode::Scroll => "scroll",
            Mode::Steps => "steps",
            Mode::Article => "article",
        }
    }

    /// The mode a page opens in: the URL's choice, else scroll on the standalone page and steps
    /// in embeds. An embed cannot be scroll-driven (the host page scrolls, not the frame, which
    /// grows to fit), so a scroll request there reads step by step.
    pub fn resolve(requested: Option<Mode>, embed: bool) -> Mode {
        match (requested, embed) {
            (Some(Mode::Scroll), true) | (None, true) => Mode::Steps,
            (Some(m), _) => m,
            (None, false) => Mode::Scroll,
        }
    }
}

impl ViewState {
    /// Whether a page opened at this state is laid out like the prerendered page (the whole
    /// explainer, read by scrolling), so the app can hydrate that HTML instead of replacing it.
    /// The step and theme differ freely: the app applies them once it has taken over.
    pub fn hydrates_prerender(&self) -> bool {
        !self.embed && self.chart.is_none() && Mode::resolve(self.mode, self.embed) == Mode::Scroll
    }
}

/// Which colour theme to use.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum ThemeChoice {
    /// Follow the reader's system setting.
    #[default]
    Auto,
    Light,
    Dark,
}

impl ThemeChoice {
    /// Parses `light`, `dark` or `auto`; anything else is `Auto`.
    pub fn parse(value: &str) -> ThemeChoice {
        match trim(value).to_ascii_lowercase().as_str() {
            "light" => ThemeChoice::Light,
            "dark" => ThemeChoice::Dark,
            _ => ThemeChoice::Auto,
        }
    }

    /// The value for the page's `data-theme` attribute, given whether the system prefers dark.
    pub fn resolve(self, system_dark: bool) -> &'static str {
        match self {
            ThemeChoice::Light => "light",
            ThemeChoice::Dark => "dark",
            ThemeChoice::Auto if system_dark => "dark",
            ThemeChoice::Auto => "light",
        }
    }
}

/// A value without the spaces around it: Unicode white space and the byte-order mark, as
/// JavaScript's `trim` (in `public/prepaint.js`) removes them.
pub fn trim(value: &str) -> &str {
    value.trim_matches(|c: char| c.is_whitespace() || c == '\u{feff}')
}

/// A yes/no flag as hosts write them: `1`, `true`, `yes` (anything else is no).
pub fn flag(value: &str) -> bool {
    matches!(trim(value).to_ascii_lowercase().as_str(), "1" | "true" | "yes")
}

/// Decodes `%XX` and `+` in a query component; invalid escapes are kept literally.
pub fn percent_decode(text: &str) -> String {
    let bytes = text.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        match bytes[i] {
            b'+' => out.push(b' '),
            b'%' if i + 2 < bytes.len() => {
                let hex = std::str::from_utf8(&bytes[i + 1..i + 3])
                    .ok()
                    .and_then(|h| u8::from_str_radix(h, 16).ok());
                match hex {
                    Some(b) => {
                        out.push(b);
                        i += 2;
                    }
                    None => out.push(b'%'),
                }
            }
            b => out.push(b),
        }
        i += 1;
    }
    String::from_utf8_lossy(&out).into_owned()
}

/// `key=value` pairs of a query string (with or without the leading `?`).
pub fn query_pairs(query: &str) -> Vec<(String, String)> {
    query
        .trim_start_matches('?')
        .split('&')
        .filter(|p| !p.is_empty())
        .map(|p| match p.split_once('=') {
            Some((k, v)) => (percent_decode(k), percent_decode(v)),
            None => (percent_decode(p), String::new()),
        })
        .collect()
}

/// Resolves a `step` value: a slug, or a 1-based number. `None` when it names no step.
pub fn step_from_param(value: &str, slugs: &[&str]) -> Option<usize> {
    let v = trim(value);
    if let Some(i) = slugs.iter().position(|s| *s == v) {
        return Some(i);
    }
    // Numbers: plain ASCII digits only, no signs or huge values.
    if !v.is_empty() && v.len() <= 4 && v.bytes().all(|b| b.is_ascii_digit()) {
        let n: usize = v.parse().ok()?;
        if (1..=slugs.len()).contains(&n) {
            return Some(n - 1);
        }
    }
    None
}

/// Everything an address says.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Params {
    /// Where the reader is and how the page is laid out.
    pub view: ViewState,
    /// `?transparent=1`: no page background, so the host's shows through. Applied before the
    /// first paint by `public/prepaint.js`, the only reader (kept here for the parity list).
    pub transparent: bool,
    /// `?term=<slug>`: open the Glossary at this entry (trimmed, lowercase; the app ignores a
    /// slug the glossary does not have).
    pub term: Option<String>,
    /// `?questions=1`: open the Questions panel (questions for a class).
    pub questions: bool,
    /// `?answers=1`: the teacher's view: the questions with their answers, in the panel (which
    /// opens) and the print handout.
    pub answers: bool,
    /// What an embedding host says about itself (pym's `childId`, `initialWidth`, ...).
    pub host: crate::embed::HostParams,
    /// `?lang=ru`: the edition asked for (embeds, and links from the root page); `None` keeps
    /// the page's own.
    pub lang: Option<crate::i18n::Edition>,
}

/// Reads every parameter from a query string; the first occurrence of each wins.
pub fn parse_params(query: &str, slugs: &[&str]) -> Params {
    let pairs = query_pairs(query);
    let first = |name: &str| pairs.iter().find(|(k, _)| k == name).map(|(_, v)| v.as_str());
    let embed = first("embed").is_some_and(flag);
    let chart = first("chart").and_then(|v| crate::model::ChartKind::from_key(trim(v)));
    let view = ViewState {
        step: first("step").and_then(|v| step_from_param(v, slugs)).unwrap_or(0),
        embed,
        chart: chart.filter(|_| embed),
        theme: first("theme").map(ThemeChoice::parse).unwrap_or_default(),
        events: first("events").is_some_and(flag),
        mode: first("mode").and_then(Mode::parse),
    };
    let term = first("term")
        .map(|v| trim(v).to_ascii_lowercase())
        .filter(|t| !t.is_empty());
    Params {
        view,
        transparent: first("transparent").is_some_and(flag),
        term,
        questions: first("questions").is_some_and(flag),
        answers: first("answers").is_some_and(flag),
        host: crate::embed::host_params(&pairs),
        lang: first("lang").and_then(crate::i18n::Edition::from_code),
    }
}

/// Reads the reader's state from a query string (see [`parse_params`]).
pub fn parse(query: &str, slugs: &[&str]) -> ViewState {
    parse_params(query, slugs).view
}

/// The query of a link to one step of the full explainer.
pub fn step_query(slug: &str) -> String {
    format!("?step={slug}")
}

/// The query of an embed at one step: the story, or one chart on its own, in this page's edition.
pub fn embed_query(chart: Option<crate::model::ChartKind>, slug: &str) -> String {
    let lang = match crate::i18n::current() {
        crate::i18n::Edition::En => String::new(),
        e => format!("&lang={}", e.code()),
    };
    match chart {
        Some(kind) => format!("?embed=1&chart={}&step={slug}{lang}", kind.key()),
        None => format!("?embed=1&step={slug}{lang}"),
    }
}

/// The address of the full (not embedded) explainer at this state: same page, same step.
pub fn full_page_query(state: ViewState, slugs: &[&str]) -> String {
    step_query(slugs.get(state.step).copied().unwrap_or_default())
}

/// The query string for a state, keeping unrelated parameters (e.g. embed flags) as they were.
/// `mode` is written only once chosen; an unchosen mode leaves the address as it was.
pub fn to_query(state: ViewState, slugs: &[&str], current: &str) -> String {
    let slug = slugs.get(state.step).copied().unwrap_or_default();
    let ours = |p: &str| {
        let key = p.split('=').next();
        key == Some("step") || (state.mode.is_some() && key == Some("mode"))
    };
    let mut parts: Vec<String> = current
        .trim_start_matches('?')
        .split('&')
        .filter(|p| !p.is_empty() && !ours(p))
        .map(str::to_string)
        .collect();
    if let Some(mode) = state.mode {
        parts.push(format!("mode={}", mode.key()));
    }
    parts.push(format!("step={slug}"));
    format!("?{}", parts.join("&"))
}
