//! Tables, CSV and JSON downloads: generated from the typed data, matching the chart exactly.

mod common;
use common::{draw_svg, model};
use minsk_explainer::model::{ChartKind, ChartView, Layer, Model};
use minsk_explainer::reader_tools::export::{self, Bundle};
use minsk_explainer::reader_tools::table;
use std::collections::BTreeSet;

#[test]
fn every_steps_table_lists_exactly_what_its_chart_draws() {
    let m = model();
    for step in &m.story.steps {
        let (_, hits) = draw_svg(&m, &step.chart, 860, 520);
        let drawn: BTreeSet<String> = hits
            .hits
            .iter()
            .map(|h| format!("{}:{}", h.dataset.key(), h.id))
            .collect();
        let rows = table::table(&m, &step.chart).rows;
        let listed: BTreeSet<String> = rows.iter().map(|r| format!("{}:{}", r.dataset.key(), r.id)).collect();
        assert_eq!(listed, drawn, "{}: table and chart disagree", step.slug);
        assert_eq!(listed.len(), rows.len(), "{}: a datum is listed twice", step.slug);
    }
}

#[test]
fn the_as_published_view_leaves_out_later_data_in_chart_and_table() {
    let m = model();
    let publication = m.publication_day().unwrap();
    for step in &m.story.steps {
        let view = step.chart.as_published(publication);
        let (_, hits) = draw_svg(&m, &view, 860, 520);
        for hit in &hits.hits {
            let d = m.datum(hit.dataset, &hit.id).unwrap();
            assert!(
                !d.is_after(publication),
                "{}: {} is after the article",
                step.slug,
                hit.id
            );
        }
        assert!(table::table(&m, &view).rows.iter().all(|r| !r.after_article));
    }
}

fn synthetic() -> Model {
    let source = |quote: &str| {
        format!(
            r#"{{"publisher": "World Bank", "title": "GDP growth, annual %", "url": "https://example.org/wdi", "quote": "{quote}", "confidence": "verified"}}"#
        )
    };
    let gdp = format!(
        r#"{{"dataset": "gdp", "title": "GDP", "unit": "%", "checks": [], "rows": [
            {{"id": "wdi-2021", "year": 2021, "series": "wdi", "series_label": "World Bank WDI", "measure": "actual", "unit": "% y/y", "value": 2.44, "source": {}}},
            {{"id": "wdi-2022", "year": 2022, "series": "wdi", "series_label": "World Bank WDI", "measure": "actual", "unit": "% y/y", "value": -4.66, "source": {}}},
            {{"id": "article-2022", "year": 2022, "series": "article", "series_label": "article claim", "measure": "actual", "unit": "% y/y", "value": -4.7,
              "source": {{"publisher": "Lawfare", "title": "What Washington Wants from Minsk", "url": "https://example.org/a", "quote": "contracted by 4.7 percent—the \"sharpest\" decline", "confidence": "article"}}}}
        ]}}"#,
        source("Belarus,BLR,2021,2.44"),
        source("Belarus,BLR,2022,-4.66")
    );
    let empty = |name: &str| format!(r#"{{"dataset": "{name}", "title": "{name}", "unit": "", "rows": []}}"#);
    let story = r#"{"title": "T", "kicker": "K", "intro": "I", "steps": [], "article": {"title": "A", "title_sentence_case": "A", "standfirst": "S",
        "author": "Au", "author_bio": "B", "publisher": "P", "date": "2025-07-22", "url": "https://example.org/a"}}"#;
    Model::from_json(
        &gdp,
        &empty("prisoners"),
        &empty("releases"),
        &empty("sanctions"),
        &empty("events"),
        story,
    )
    .expect("synthetic model parses")
}

#[test]
fn csv_of_a_small_synthetic_table_is_exact() {
    let m = synthetic();
    let view = ChartView {
        chart: ChartKind::Gdp,
        from: 2021.0,
        to: 2022.0,
        highlight: vec![],
        layers: vec![Layer::Article],
        markers: vec![],
        hide_after: false,
    };
    let csv = export::csv(&table::table(&m, &view));
    let expected = concat!(
        "\u{feff}Date,Start (ISO 8601),End (ISO 8601),Dataset,ID,Series,Description,Value,Unit,Status,After the article,",
        "Source publisher,Source title,Source URL,Supporting quote\r\n",
        "2021,2021-01-01,2021-12-31,gdp,wdi-2021,World Bank WDI,Actual,2.44%,% y/y,Verified,no,World Bank,",
        "\"GDP growth, annual %\",https://example.org/wdi,\"Belarus,BLR,2021,2.44\"\r\n",
        "2022,2022-01-01,2022-12-31,gdp,wdi-2022,World Bank WDI,Actual,\u{2212}4.66%,% y/y,Verified,no,World Bank,",
        "\"GDP growth, annual %\",https://example.org/wdi,\"Belarus,BLR,2022,-4.66\"\r\n",
        "2022,2022-01-01,2022-12-31,gdp,article-2022,article claim,Actual,\u{2212}4.7%,% y/y,Article's claim,no,Lawfare,",
        "What Washington Wants from Minsk,https://example.org/a,\"contracted by 4.7 percent\u{2014}the \"\"sharpest\"\" decline\"\r\n",
    );
    assert_eq!(csv, expected);
}

#[test]
fn the_json_bundle_round_trips_through_the_model() {
    let m = model();
    let json = export::bundle_json(&m);
    let back: Bundle = serde_json::from_str(&json).expect("bundle parses");
    assert_eq!(back, export::bundle(&m));
    assert_eq!(back.datasets.gdp, m.gdp);
    assert_eq!(back.datasets.sanctions, m.sanctions);
    assert_eq!(back.datasets.prisoners.rows.len(), m.prisoners.rows.len());
    assert_eq!(back.data_notes.len(), m.story.data_notes.len());
    // What the data covers up to, from the newest dated row.
    assert_eq!(back.data_as_of, m.data_as_of().unwrap().to_string());
    assert!(
        back.data_notes.iter().all(|n| !n.text.contains('{')),
        "notes are resolved"
    );
}

#[test]
fn gdp_fall_table_has_the_bars_and_the_article_figure() {
    let m = model();
    let view = common::step_view(&m, "a-sharp-fall");
    let t = table::table(&m, &view);
    assert_eq!(
        t.rows.len(),
        31,
        "30 World Bank years 1995–2024 and the article's 2022 figure"
    );
    let r2022 = t.rows.iter().find(|r| r.id == "wdi-2022").unwrap();
    assert_eq!((r2022.value.as_str(), r2022.number), ("\u{2212}4.66%", Some(-4.66)));
    assert!(t.caption.contains("1995–2024"));
}

#[test]
fn citations_follow_apa_mla_and_chicago() {
    use minsk_explainer::model::Day;
    use minsk_explainer::reader_tools::cite;
    let m = model();
    let a = cite::article(&m.story.article);
    let url = "https://www.lawfaremedia.org/article/what-washington-wants-from-minsk";
    assert_eq!(
        a[0].text,
        format!("Shmatsina, K. (2025, July 22). What Washington wants from Minsk. Lawfare. {url}")
    );
    assert_eq!(
        a[1].text,
        "Shmatsina, Katsiaryna. “What Washington Wants from Minsk.” Lawfare, 22 July 2025, \
         www.lawfaremedia.org/article/what-washington-wants-from-minsk."
    );
    assert_eq!(
        a[2].text,
        format!("Shmatsina, Katsiaryna. “What Washington Wants from Minsk.” Lawfare, July 22, 2025. {url}.")
    );
    let step_url = "https://example.org/?step=ryanair";
    let e = cite::explainer(
        "What Washington Wants from Minsk, explained",
        step_url,
        Day::parse("2026-11-25").unwrap(),
    );
    assert!(e.iter().all(|c| c.text.contains("example.org/?step=ryanair")));
    assert!(e[0]
        .text
        .ends_with("Retrieved November 25, 2026, from https://example.org/?step=ryanair"));
    assert!(e[1].text.ends_with("Accessed 25 Nov. 2026."));
}

#[test]
fn sources_group_a_steps_data_by_source_with_quotes_and_notes() {
    use minsk_explainer::reader_tools::sources;
    let m = model();
    let step = &m.story.steps[m.story.index_of("behind-bars").unwrap()];
    let groups = sources::for_step(&m, step, &step.chart);
    let items: Vec<_> = groups.iter().flat_map(|g| &g.items).collect();
    assert!(items
        .iter()
        .any(|i| i.id == "held-2020-12-31" && i.value == "169 persons"));
    let claim = items
        .iter()
        .find(|i| i.id == "article-held-2025-07-22")
        .expect("the article's figure is cited");
    assert!(
        claim.note.as_deref().unwrap().contains("1,174"),
        "its data note is attached"
    );
    assert!(groups.iter().all(|g| !g.items.is_empty()));
    let lawfare = groups.iter().filter(|g| g.source.publisher == "Lawfare").count();
    assert_eq!(lawfare, 1, "one group per source");
    for kind in [
        minsk_explainer::model::ChartKind::Sanctions,
        minsk_explainer::model::ChartKind::Gdp,
    ] {
        assert!(sources::for_chart(&m, kind).len() > 3);
    }
}
