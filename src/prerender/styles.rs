//! The page's inlined stylesheets as the build ships them: the files under `style/` are written
//! for people (comments say why), and trunk inlines each as its own `<style>` element as is.
//! The page carries them on every first load, so the build joins them into one element, in
//! order, without comments or blank lines.

/// `page` with its `<style>` elements joined into the first one, comments and blank lines
/// removed. A page without styles, or with an unclosed one, is returned unchanged.
pub fn compact(page: &str) -> String {
    let mut bodies = Vec::new();
    let mut rest = String::with_capacity(page.len());
    let mut first_at = None;
    let mut at = 0;
    while let Some(open) = page[at..].find("<style") {
        let open = at + open;
        let Some(body_start) = page[open..].find('>').map(|i| open + i + 1) else {
            return page.to_string();
        };
        let Some(close) = page[body_start..].find("</style>").map(|i| body_start + i) else {
            return page.to_string();
        };
        rest.push_str(&page[at..open]);
        bodies.push(without_comments(&page[body_start..close]));
        at = close + "</style>".len();
        if first_at.is_none() {
            first_at = Some(rest.len());
        } else {
            // A joined element leaves no empty line behind.
            rest.truncate(rest.trim_end_matches([' ', '\t']).len());
            if page[at..].starts_with('\n') && rest.ends_with('\n') {
                at += 1;
            }
        }
    }
    let Some(first_at) = first_at else {
        return page.to_string();
    };
    rest.push_str(&page[at..]);
    rest.insert_str(first_at, &format!("<style>{}</style>", bodies.join("\n")));
    rest
}

/// CSS without `/* … */` comments, trailing spaces or blank lines. (Our stylesheets have no
/// strings or URLs containing `/*`.)
fn without_comments(css: &str) -> String {
    let mut out = String::with_capacity(css.len());
    let mut rest = css;
    while let Some(start) = rest.find("/*") {
        out.push_str(&rest[..start]);
        match rest[start + 2..].find("*/") {
            Some(end) => rest = &rest[start + 2 + end + 2..],
            None => {
                rest = "";
            }
        }
    }
    out.push_str(rest);
    out.lines()
        .map(str::trim_end)
        .filter(|l| !l.is_empty())
        .collect::<Vec<_>>()
        .join("\n")
}
