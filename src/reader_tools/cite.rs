//! Ready-to-copy citations of the article and of the explainer, in APA, MLA and Chicago style.

use crate::i18n::trf;
use crate::model::date::MONTHS;
use crate::model::story::Article;
use crate::model::Day;

/// One citation in one style.
#[derive(Debug, Clone, PartialEq)]
pub struct Citation {
    pub style: &'static str,
    pub text: String,
}

const MLA_MONTHS: [&str; 12] = [
    "Jan.", "Feb.", "Mar.", "Apr.", "May", "June", "July", "Aug.", "Sept.", "Oct.", "Nov.", "Dec.",
];

fn month(d: Day) -> &'static str {
    MONTHS[(d.month - 1) as usize]
}

/// "Katsiaryna Shmatsina" → ("Shmatsina", "Katsiaryna", "K.").
fn name_parts(author: &str) -> (String, String, String) {
    let mut words: Vec<&str> = author.split_whitespace().collect();
    let last = words.pop().unwrap_or_default().to_string();
    let first = words.join(" ");
    let initials = words
        .iter()
        .filter_map(|w| w.chars().next())
        .map(|c| format!("{c}."))
        .collect::<Vec<_>>()
        .join(" ");
    (last, first, initials)
}

fn without_scheme(url: &str) -> &str {
    url.trim_start_matches("https://").trim_start_matches("http://")
}

/// Citations of the article.
pub fn article(a: &Article) -> Vec<Citation> {
    let Some(d) = Day::parse(&a.date) else {
        return Vec::new();
    };
    let (last, first, initials) = name_parts(&a.author);
    vec![
        Citation {
            style: "APA",
            text: format!(
                "{last}, {initials} ({}, {} {}). {}. {}. {}",
                d.year,
                month(d),
                d.day,
                a.title_sentence_case,
                a.publisher,
                a.url
            ),
        },
        Citation {
            style: "MLA",
            text: format!(
                "{last}, {first}. “{}.” {}, {} {} {}, {}.",
                a.title,
                a.publisher,
                d.day,
                MLA_MONTHS[(d.month - 1) as usize],
                d.year,
                without_scheme(&a.url)
            ),
        },
        Citation {
            style: "Chicago",
            text: format!(
                "{last}, {first}. “{}.” {}, {} {}, {}. {}.",
                a.title,
                a.publisher,
                month(d),
                d.day,
                d.year,
                a.url
            ),
        },
    ]
}

/// The day an explainer citation was accessed: as the style writes it in English, in the long
/// form of the page's edition otherwise.
fn accessed_on(english: String, accessed: Day) -> String {
    if crate::i18n::current() == crate::i18n::Edition::En {
        english
    } else {
        accessed.long()
    }
}

/// Citations of the explainer at `url` (the current step's address), accessed on `accessed`.
pub fn explainer(title: &str, url: &str, accessed: Day) -> Vec<Citation> {
    let publisher = "Minsk Explainer";
    // "November 25, 2026" (APA, Chicago) and "25 Nov. 2026" (MLA).
    let month_first = accessed_on(
        format!("{} {}, {}", month(accessed), accessed.day, accessed.year),
        accessed,
    );
    let day_first = accessed_on(
        format!(
            "{} {} {}",
            accessed.day,
            MLA_MONTHS[(accessed.month - 1) as usize],
            accessed.year
        ),
        accessed,
    );
    vec![
        Citation {
            style: "APA",
            text: trf(
                "{publisher}. (n.d.). {title} [Interactive explainer]. Retrieved {date}, from {url}",
                &[
                    ("publisher", publisher),
                    ("title", title),
                    ("date", &month_first),
                    ("url", url),
                ],
            ),
        },
        Citation {
            style: "MLA",
            text: trf(
                "“{title}.” {publisher}, {url}. Accessed {date}.",
                &[
                    ("title", title),
                    ("publisher", publisher),
                    ("url", without_scheme(url)),
                    ("date", &day_first),
                ],
            ),
        },
        Citation {
            style: "Chicago",
            text: trf(
                "{publisher}. “{title}.” Interactive explainer. Accessed {date}. {url}.",
                &[
                    ("publisher", publisher),
                    ("title", title),
                    ("date", &month_first),
                    ("url", url),
                ],
            ),
        },
    ]
}

/// A list of citations under `heading`, as HTML: each with its style, its text and a copy
/// button (`data-copy`), which the Cite panel handles by delegation, copying the text shown.
pub fn list_html(heading: &str, items: &[Citation]) -> String {
    use crate::format::escape_html as esc;
    let items: String = items
        .iter()
        .map(|c| {
            format!(
                "<div class=\"citation\"><p class=\"citation__style\">{style}</p><p class=\"citation__text\">{}</p>\
                 <button type=\"button\" class=\"button button--small\" data-copy=\"{style}\" data-group=\"{heading}\">{copy}</button></div>",
                esc(&c.text),
                copy = esc(&trf("Copy {style}", &[("style", c.style)])),
                style = esc(c.style),
                heading = esc(heading),
            )
        })
        .collect();
    format!("<h3>{}</h3>{items}", esc(heading))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn each_citation_is_shown_escaped_with_a_copy_button_naming_its_style() {
        let items = vec![
            Citation {
                style: "APA",
                text: "A <b>\"title\"</b> & more".into(),
            },
            Citation {
                style: "MLA",
                text: "Plain".into(),
            },
        ];
        let html = list_html("The article", &items);
        assert!(html.starts_with("<h3>The article</h3>"));
        assert!(html.contains("<p class=\"citation__text\">A &lt;b&gt;&quot;title&quot;&lt;/b&gt; &amp; more</p>"));
        assert_eq!(html.matches("data-copy=").count(), 2);
        assert!(html.contains("data-copy=\"MLA\" data-group=\"The article\">Copy MLA</button>"));
    }
}
