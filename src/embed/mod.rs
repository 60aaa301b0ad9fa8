//! What the explainer says to, and accepts from, a host page when it is embedded in an iframe.
//! Pure: message texts are built and checked here; `browser` posts and listens.
//!
//! Outgoing height messages (every one is sent on each change; hosts ignore the rest):
//! pym.js, Datawrapper, AMP and the Flourish/Medium string. Incoming: only pym's width message
//! for our own child id is understood; everything else is ignored.
//!
//! The JSON is written here by hand (it is four small shapes), so the browser needs no JSON
//! library; native tests read every message back with serde_json.

/// Posting the messages and listening to the host.
#[cfg(feature = "ui")]
pub mod browser;
/// The credit line an embed shows.
#[cfg(feature = "ui")]
pub mod credit;
/// The embed codes a newsroom copies.
#[cfg(feature = "ui")]
pub mod panel;

use crate::i18n::tr;

/// Fallback id when the host gives none (Datawrapper keys and pym ids need one).
pub const DEFAULT_ID: &str = "minsk-explainer";

/// The largest height or width we will report or accept, in CSS pixels.
pub const MAX_PX: u32 = 100_000;

/// Host-supplied embed parameters from the query string.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct HostParams {
    /// pym's `childId` (also used as the Datawrapper key); sanitised.
    pub child_id: Option<String>,
    pub initial_width: Option<u32>,
    pub parent_url: Option<String>,
    pub parent_title: Option<String>,
}

/// An id a host may give: 1–64 characters of letters, digits, `-` and `_`.
pub fn valid_id(id: &str) -> bool {
    (1..=64).contains(&id.len()) && id.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_')
}

fn px(value: &str) -> Option<u32> {
    let v = value.trim();
    if v.is_empty() || v.len() > 6 || !v.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    v.parse().ok().filter(|n| *n > 0 && *n <= MAX_PX)
}

/// Reads pym's parameters (`childId`, `initialWidth`, `parentUrl`, `parentTitle`) and our `id`.
pub fn host_params(pairs: &[(String, String)]) -> HostParams {
    let first = |name: &str| pairs.iter().find(|(k, _)| k == name).map(|(_, v)| v.as_str());
    let text = |name: &str| first(name).map(|v| v.chars().filter(|c| !c.is_control()).take(2000).collect::<String>());
    HostParams {
        child_id: first("childId")
            .or(first("id"))
            .filter(|v| valid_id(v))
            .map(str::to_string),
        initial_width: first("initialWidth").and_then(px),
        parent_url: text("parentUrl").filter(|u| u.starts_with("https://") || u.starts_with("http://")),
        parent_title: text("parentTitle"),
    }
}

impl HostParams {
    pub fn id(&self) -> &str {
        self.child_id.as_deref().unwrap_or(DEFAULT_ID)
    }
}

/// pym.js: `pymxPYMx<childId>xPYMxheightxPYMx<px>`.
pub fn pym_height(id: &str, height: u32) -> String {
    format!("pymxPYMx{id}xPYMxheightxPYMx{height}")
}

/// Datawrapper: `{"datawrapper-height": {"<id>": <px>}}` (an object, posted as one).
pub fn datawrapper_height(id: &str, height: u32) -> String {
    format!("{{\"datawrapper-height\":{{{}:{height}}}}}", json_str(id))
}

/// AMP's `amp-iframe`: `{"sentinel": "amp", "type": "embed-size", "height": <px>}`.
pub fn amp_embed_size(height: u32) -> String {
    format!("{{\"height\":{height},\"sentinel\":\"amp\",\"type\":\"embed-size\"}}")
}

/// Flourish / Medium style, a JSON string: `{"src": <our url>, "context": "iframe.resize", "height": <px>}`.
pub fn flourish_resize(src: &str, height: u32) -> String {
    format!(
        "{{\"context\":\"iframe.resize\",\"height\":{height},\"src\":{}}}",
        json_str(src)
    )
}

/// What an incoming message asks for, once validated.
#[derive(Debug, Clone, PartialEq)]
pub enum HostMessage {
    /// pym's width message for us: re-measure and send the height again.
    Width(u32),
}

/// Validates a message from the parent. Only pym's exact width message for our id is accepted;
/// anything else (other ids, other types, junk, huge numbers) is `None`.
pub fn parse_host_message(data: &str, id: &str) -> Option<HostMessage> {
    if data.len() > 200 {
        return None;
    }
    let rest = data.strip_prefix("pymxPYMx")?;
    let mut parts = rest.split("xPYMx");
    let (child, kind, value) = (parts.next()?, parts.next()?, parts.next()?);
    if parts.next().is_some() || child != id || kind != "width" {
        return None;
    }
    px(value).map(HostMessage::Width)
}

/// A reader event for hosts that opted in with `?events=1`.
pub fn reader_event(kind: &str, detail: &[(&str, Field<'_>)]) -> String {
    let fields: Vec<String> = detail
        .iter()
        .map(|(key, value)| {
            let value = match value {
                Field::Text(t) => json_str(t),
                Field::Number(n) => n.to_string(),
            };
            format!("{}:{value}", json_str(key))
        })
        .collect();
    format!(
        "{{\"detail\":{{{}}},\"source\":\"minsk-explainer\",\"type\":{}}}",
        fields.join(","),
        json_str(kind)
    )
}

/// A value in a reader event's detail.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Field<'a> {
    Text(&'a str),
    Number(usize),
}

/// A JSON string literal: quotes, backslashes and control characters escaped.
pub fn json_str(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + 2);
    out.push('"');
    for c in text.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            c if (c as u32) < 0x20 => out.push_str(&format!("\\u{:04x}", c as u32)),
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

/// One ready-to-paste embed code.
#[derive(Debug, Clone, PartialEq)]
pub struct EmbedCode {
    /// The variant's name in English, the same in every edition (hosts' `embed-copy` events).
    pub name: &'static str,
    /// The variant's name as the page shows it (in the page's edition).
    pub label: String,
    pub advice: String,
    pub code: String,
}

/// A JavaScript string literal that is also safe inside an HTML `<script>` element.
fn js_str(text: &str) -> String {
    json_str(text).replace("</", "<\\/")
}

fn attr(text: &str) -> String {
    crate::format::escape_html(text)
}

/// The three embed codes for a state: `src` is the explainer's address with `?embed=1&...`,
/// `id` the frame's id (Datawrapper and pym key), `height` a sensible starting height.
pub fn embed_codes(src: &str, title: &str, id: &str, height: u32) -> Vec<EmbedCode> {
    let (src_a, title_a) = (attr(src), attr(title));
    let sep = if src.contains('?') { "&amp;" } else { "?" };
    let responsive = format!(
        "<iframe id=\"datawrapper-chart-{id}\" src=\"{src_a}{sep}id={id}\" title=\"{title_a}\" aria-label=\"{title_a}\" \
         loading=\"lazy\" scrolling=\"no\" frameborder=\"0\" style=\"width:100%;min-width:100%;border:none;height:{height}px\"></iframe>\n\
         <script>!function(){{\"use strict\";window.addEventListener(\"message\",function(e){{var d=e.data&&e.data[\"datawrapper-height\"];\
         if(!d)return;var f=document.querySelectorAll(\"iframe\");for(var k in d)for(var i=0;i<f.length;i++)\
         if(f[i].contentWindow===e.source){{var h=parseInt(d[k],10);if(h>0&&h<100000)f[i].style.height=h+\"px\"}}}})}}();</script>"
    );
    // Inside <script> the values are JavaScript strings, not HTML attributes.
    let (src_js, title_js) = (js_str(src), js_str(title));
    let pym = format!(
        "<div id=\"{id}\"></div>\n\
         <script src=\"https://pym.nprapps.org/pym.v1.min.js\"></script>\n\
         <script>var p=new pym.Parent(\"{id}\",{src_js},{{title:{title_js}}});\
         p.iframe.setAttribute(\"aria-label\",{title_js});p.iframe.setAttribute(\"loading\",\"lazy\");</script>"
    );
    let fixed = format!(
        "<iframe src=\"{src_a}\" title=\"{title_a}\" aria-label=\"{title_a}\" loading=\"lazy\" \
         style=\"width:100%;border:none;height:{height}px\"></iframe>"
    );
    vec![
        EmbedCode {
            name: "Responsive iframe",
            label: tr("Responsive iframe").to_string(),
            advice: tr("Resizes itself; works with Datawrapper-style hosts.").to_string(),
            code: responsive,
        },
        EmbedCode {
            name: "pym.js",
            // A library's name, the same in every language.
            label: "pym.js".to_string(),
            advice: tr("For sites that already use NPR's pym.js.").to_string(),
            code: pym,
        },
        EmbedCode {
            name: "Fixed-height iframe",
            label: tr("Fixed-height iframe").to_string(),
            advice: tr("For content systems that strip scripts; the height does not adapt.").to_string(),
            code: fixed,
        },
    ]
}
