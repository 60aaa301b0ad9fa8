//! Key dates: every dated event, sanctions round and release in the data, in order, each with
//! its source and the step of the explainer that discusses it (issue 18). Nothing is typed
//! here: the items are the data's rows. Written as a plain page by the build (`key-dates.html`),
//! filterable by kind without a script.

use crate::format::escape_html as esc;
use crate::i18n::{tr, trf};
use crate::model::{Confidence, DatasetKind, Datum, Day, Model};
use crate::reader_tools::{sources, table};

/// What a key date is, for the filter: an event, a release, or one actor's sanctions.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Kind {
    Event,
    Release,
    /// One of the sanctions chart's lanes (`Facts::lanes`).
    Sanctions(String),
}

impl Kind {
    /// The filter's label.
    pub fn label(&self) -> String {
        match self {
            Kind::Event => tr("Events").to_string(),
            Kind::Release => tr("Releases of prisoners").to_string(),
            Kind::Sanctions(lane) => trf(
                "{actor} sanctions",
                &[("actor", &crate::charts::sanctions::lane_name(lane))],
            ),
        }
    }

    /// A class and id fragment (letters, digits and hyphens only).
    pub fn key(&self) -> String {
        match self {
            Kind::Event => "event".to_string(),
            Kind::Release => "release".to_string(),
            Kind::Sanctions(lane) => {
                let slug: String = lane
                    .chars()
                    .map(|c| {
                        if c.is_ascii_alphanumeric() {
                            c.to_ascii_lowercase()
                        } else {
                            '-'
                        }
                    })
                    .collect();
                format!("sanctions-{slug}")
            }
        }
    }
}

/// One key date.
#[derive(Debug, Clone)]
pub struct KeyDate<'m> {
    pub datum: Datum<'m>,
    pub kind: Kind,
    pub start: Day,
    /// The step that discusses it: the first whose text cites it or whose chart highlights it,
    /// else the one whose chart draws it over the shortest span of years (the closest look).
    pub step: Option<usize>,
}

/// Every dated event, release and sanctions row, oldest first. Left out: unverified rows (the
/// charts leave them out too unless a step labels them) and claims about several separate years
/// (“2011; 2013; 2025”), which are not one date.
pub fn items(model: &Model) -> Vec<KeyDate<'_>> {
    let steps = step_index(model);
    let mut out: Vec<KeyDate> = [DatasetKind::Events, DatasetKind::Releases, DatasetKind::Sanctions]
        .into_iter()
        .flat_map(|kind| model.data_of(kind))
        .filter(|d| d.source().confidence != Confidence::Unverified)
        .filter_map(|datum| {
            let (date, kind) = match datum {
                Datum::Event(r) => (&r.date, Kind::Event),
                Datum::Release(r) => (&r.date, Kind::Release),
                Datum::Sanction(r) => (&r.date, Kind::Sanctions(r.lane.clone())),
                _ => return None,
            };
            if date.years.is_some() {
                return None;
            }
            let step = steps
                .iter()
                .find(|(_, d)| d == &(datum.kind(), datum.id()))
                .map(|(i, _)| *i);
            Some(KeyDate {
                datum,
                kind,
                start: date.start,
                step,
            })
        })
        .collect();
    // Stable: rows on the same day keep the data's order.
    crate::sort::sort_by_key(&mut out, |k| k.start);
    out
}

/// (step, datum) pairs in order of preference: every step's cited and highlighted data first,
/// then every step's drawn data, the steps whose charts span the fewest years first.
fn step_index(model: &Model) -> Vec<(usize, (DatasetKind, &str))> {
    let mut out = Vec::new();
    for (i, step) in model.story.steps.iter().enumerate() {
        for paragraph in model.step_paragraphs(i) {
            for seg in paragraph {
                if let crate::model::text::Segment::Figure { dataset, id, .. } = seg {
                    if let Some(d) = model.datum(dataset, &id) {
                        out.push((i, (d.kind(), d.id())));
                    }
                }
            }
        }
        for d in model.all_data().filter(|d| step.chart.highlights_id(d.id())) {
            out.push((i, (d.kind(), d.id())));
        }
    }
    let mut by_span: Vec<usize> = (0..model.story.steps.len()).collect();
    crate::sort::sort_by(&mut by_span, |&a, &b| {
        let span = |i: usize| model.story.steps[i].chart.to - model.story.steps[i].chart.from;
        span(a).total_cmp(&span(b))
    });
    for i in by_span {
        let step = &model.story.steps[i];
        for (kind, id) in table::drawn(model, &step.chart) {
            if let Some(d) = model.datum(kind, &id) {
                out.push((i, (d.kind(), d.id())));
            }
        }
    }
    out
}

/// The kinds present, in the filter's order: events, releases, then the sanctions lanes as the
/// chart orders them.
pub fn kinds(model: &Model) -> Vec<Kind> {
    let mut out = vec![Kind::Event, Kind::Release];
    out.extend(model.facts.lanes.iter().map(|l| Kind::Sanctions(l.clone())));
    out
}

/// The page's filter and list: a checkbox per kind (the stylesheet hides a kind whose box is
/// unchecked: `:has()`, no script), then the items under a heading per year.
pub fn html(model: &Model) -> String {
    let items = items(model);
    let kinds = kinds(model);
    let boxes: String = kinds
        .iter()
        .map(|k| {
            let n = items.iter().filter(|i| &i.kind == k).count();
            format!(
                "<label class=\"kd-filter__option\"><input type=\"checkbox\" id=\"show-{key}\" checked> {label} ({n})</label>",
                key = k.key(),
                label = esc(&k.label()),
            )
        })
        .collect();
    let mut list = String::new();
    let mut year = None;
    for item in &items {
        if year != Some(item.start.year) {
            if year.is_some() {
                list.push_str("</ul></section>");
            }
            year = Some(item.start.year);
            let y = item.start.year;
            list.push_str(&format!(
                "<section class=\"kd-year\" aria-labelledby=\"y-{y}\"><h2 id=\"y-{y}\">{y}</h2><ul>"
            ));
        }
        list.push_str(&item_html(model, item));
    }
    if year.is_some() {
        list.push_str("</ul></section>");
    }
    format!(
        "<fieldset class=\"kd-filter\"><legend>{show}</legend>{boxes}</fieldset>{chart}{list}",
        show = esc(tr("Show")),
        chart = chart_html(model, &items)
    )
}

/// The chart's width in SVG units; its text sizes are set by the page's stylesheet, larger on
/// narrow screens, where the whole chart is scaled down to fit.
const CHART_WIDTH: f64 = 720.0;
const PAD: f64 = 10.0;
/// One kind's row: its label, then its dots.
const LANE: f64 = 52.0;
const DOT: f64 = 7.0;

/// The key dates as a chart: a row of dots per kind along one time axis, the article's date
/// marked. An inline SVG written here rather than a plotters scene, so each dot carries its kind's
/// class (the filter's tick boxes hide dots and list items alike, with no script) and a `<title>`
/// (the browser's tooltip). The list after it is the same items as text, with their sources.
pub fn chart_html(model: &Model, items: &[KeyDate]) -> String {
    let (Some(first), Some(last)) = (items.first(), items.last()) else {
        return String::new();
    };
    let from = first.start.year as f64;
    let to = last.start.year as f64 + 1.0;
    let x = |year: f64| PAD + (year - from) / (to - from) * (CHART_WIDTH - 2.0 * PAD);
    let kinds = kinds(model);
    let axis_y = LANE * kinds.len() as f64 + 8.0;
    let height = axis_y + 40.0;
    let mut svg = String::new();
    for (row, kind) in kinds.iter().enumerate() {
        let top = LANE * row as f64;
        let y = top + LANE - DOT - 6.0;
        svg += &format!(
            "<g class=\"kd--{key}\"><text x=\"{PAD}\" y=\"{label_y}\">{label}</text>\
             <line class=\"kd-chart__lane\" x1=\"{PAD}\" x2=\"{end}\" y1=\"{y}\" y2=\"{y}\"/>",
            key = kind.key(),
            label_y = top + 24.0,
            label = esc(&kind.label()),
            end = CHART_WIDTH - PAD,
        );
        for item in items.iter().filter(|i| &i.kind == kind) {
            svg += &format!(
                "<circle cx=\"{cx:.1}\" cy=\"{y}\" r=\"{DOT}\"><title>{date}: {what}</title></circle>",
                cx = x(item.start.year_fraction()),
                date = esc(&item.datum.date_label()),
                what = esc(&item.datum.title()),
            );
        }
        svg += "</g>";
    }
    // The axis: a tick and a label every five years.
    svg += &format!(
        "<line class=\"kd-chart__axis\" x1=\"{PAD}\" x2=\"{end}\" y1=\"{axis_y}\" y2=\"{axis_y}\"/>",
        end = CHART_WIDTH - PAD
    );
    let mut year = (first.start.year + 4) / 5 * 5;
    while (year as f64) < to {
        let at = x(year as f64);
        svg += &format!(
            "<line class=\"kd-chart__axis\" x1=\"{at:.1}\" x2=\"{at:.1}\" y1=\"{axis_y}\" y2=\"{tick}\"/>\
             <text x=\"{at:.1}\" y=\"{label}\" text-anchor=\"middle\">{year}</text>",
            tick = axis_y + 6.0,
            label = axis_y + 32.0,
        );
        year += 5;
    }
    // The article's date, which splits what it saw from what came after.
    let mut article = String::new();
    if let Some(day) = model.publication_day() {
        let at = x(day.year_fraction());
        svg += &format!(
            "<line class=\"kd-chart__article\" x1=\"{at:.1}\" x2=\"{at:.1}\" y1=\"4\" y2=\"{axis_y}\"/>\
             <text x=\"{left:.1}\" y=\"24\" text-anchor=\"end\">{label}</text>",
            left = at - 6.0,
            label = esc(tr("Article")),
        );
        article = format!(
            " {}",
            esc(&trf(
                "The dashed line marks the article’s publication, {date}.",
                &[("date", &day.long())]
            ))
        );
    }
    let counts: Vec<String> = kinds
        .iter()
        .map(|k| format!("{} ({})", k.label(), items.iter().filter(|i| &i.kind == k).count()))
        .collect();
    let summary = trf(
        "The key dates from {from} to {to}, one dot each, in a row per kind: {counts}.",
        &[
            ("from", &first.start.year.to_string()),
            ("to", &last.start.year.to_string()),
            ("counts", &counts.join(", ")),
        ],
    );
    format!(
        "<figure class=\"kd-chart-box\"><svg class=\"kd-chart\" viewBox=\"0 0 {CHART_WIDTH} {height}\" role=\"img\" \
         aria-labelledby=\"kd-chart-caption\">{svg}</svg><figcaption id=\"kd-chart-caption\">{summary}{article} {hover}\
         </figcaption></figure>",
        summary = esc(&summary),
        hover = esc(tr(
            "Hover over a dot for what it is; the list below gives each with its source."
        )),
    )
}

fn item_html(model: &Model, item: &KeyDate) -> String {
    let d = &item.datum;
    let tag = match d {
        Datum::Event(r) => crate::format::sentence_case(tr(&r.category)),
        Datum::Sanction(r) => tr(&r.actor).to_string(),
        _ => tr("Release").to_string(),
    };
    let what = match d {
        Datum::Release(r) if !r.number_text.is_empty() => trf(
            "{event} ({number} freed)",
            &[("event", tr(&r.event)), ("number", tr(&r.number_text))],
        ),
        // The tag names the actor.
        Datum::Sanction(r) => crate::format::sentence_case(tr(&r.measure)),
        _ => d.title(),
    };
    let step = item.step.map_or(String::new(), |i| {
        let s = &model.story.steps[i];
        let text = trf(
            "In the explainer: step {n}, “{headline}”",
            &[("n", &(i + 1).to_string()), ("headline", &s.headline)],
        );
        format!(" · <a href=\"./?step={}\">{}</a>", esc(&s.slug), esc(&text))
    });
    format!(
        "<li class=\"kd kd--{key}\"><p><time datetime=\"{iso}\">{date}</time> <span class=\"kd__tag\">{tag}</span> {badge}{what}</p>\
         <p class=\"source-line\">{source_label} {source}{step}</p></li>",
        key = item.kind.key(),
        iso = item.start,
        date = esc(&d.date_label()),
        tag = esc(&tag),
        badge = sources::badge_html(d.source().confidence),
        what = esc(&what),
        source = sources::link_html(d.source()),
        source_label = esc(tr("Source:")),
    )
}

/// The stylesheet rules that hide each kind whose box is unchecked.
pub fn filter_css(model: &Model) -> String {
    kinds(model)
        .iter()
        .map(|k| {
            format!(
                "body:has(#show-{key}:not(:checked)) .kd--{key}{{display:none}}",
                key = k.key()
            )
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_chart_has_one_dot_per_item_in_its_kinds_row_inside_the_picture() {
        let m = Model::bundled().unwrap();
        let items = items(&m);
        let chart = chart_html(&m, &items);
        let dots = chart.matches("<circle ").count();
        assert_eq!(dots, items.len());
        for kind in kinds(&m) {
            let at = chart.find(&format!("<g class=\"kd--{}\">", kind.key())).unwrap();
            let row = &chart[at..at + chart[at..].find("</g>").unwrap()];
            let n = items.iter().filter(|i| i.kind == kind).count();
            assert_eq!(row.matches("<circle ").count(), n, "{}", kind.key());
            assert!(
                chart.contains(&format!("{} ({n})", esc(&kind.label()))),
                "the caption counts {}",
                kind.key()
            );
        }
        for cx in chart.split("cx=\"").skip(1) {
            let cx: f64 = cx[..cx.find('"').unwrap()].parse().unwrap();
            assert!((PAD..=CHART_WIDTH - PAD).contains(&cx), "{cx}");
        }
        // Every dot names its date, and the newest year is on the axis's range.
        let newest = items.last().unwrap();
        assert!(chart.contains(&format!("<title>{}: ", esc(&newest.datum.date_label()))));
        assert!(chart.contains(&format!("to {}", newest.start.year)));
        // The article's date is marked.
        assert!(chart.contains(&m.publication_day().unwrap().long()));
    }
}
