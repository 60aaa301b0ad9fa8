//! The reader's position and its URL form. Parsing never fails: unknown, malformed or hostile
//! input falls back to the first step.

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
    /// `?transparent=1`: no page background, so the host's shows through.
    pub transparent: bool,
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
        match value.trim().to_ascii_lowercase().as_str() {
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
        match value.trim().to_ascii_lowercase().as_str() {
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

/// A yes/no flag as hosts write them: `1`, `true`, `yes` (anything else is no).
pub fn flag(value: &str) -> bool {
    matches!(value.trim().to_ascii_lowercase().as_str(), "1" | "true" | "yes")
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
    let v = value.trim();
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

/// Reads the state from a query string; the first occurrence of each parameter wins.
pub fn parse(query: &str, slugs: &[&str]) -> ViewState {
    let pairs = query_pairs(query);
    let first = |name: &str| pairs.iter().find(|(k, _)| k == name).map(|(_, v)| v.as_str());
    let embed = first("embed").is_some_and(flag);
    let chart = first("chart").and_then(|v| match v.trim() {
        "gdp" => Some(crate::model::ChartKind::Gdp),
        "prisoners" => Some(crate::model::ChartKind::Prisoners),
        "sanctions" => Some(crate::model::ChartKind::Sanctions),
        _ => None,
    });
    ViewState {
        step: first("step").and_then(|v| step_from_param(v, slugs)).unwrap_or(0),
        embed,
        chart: chart.filter(|_| embed),
        theme: first("theme").map(ThemeChoice::parse).unwrap_or_default(),
        transparent: first("transparent").is_some_and(flag),
        events: first("events").is_some_and(flag),
        mode: first("mode").and_then(Mode::parse),
    }
}

/// The address of the full (not embedded) explainer at this state: same page, same step.
pub fn full_page_query(state: ViewState, slugs: &[&str]) -> String {
    format!("?step={}", slugs.get(state.step).copied().unwrap_or_default())
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
