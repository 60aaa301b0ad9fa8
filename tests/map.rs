//! The locator map (issue 18): every mark a map view shows is drawn inside the map, with the
//! places it names, reachable by keyboard one after another, and tells what it is.

mod common;
use common::{draw_svg, model, svg_texts};
use minsk_explainer::charts::describe;
use minsk_explainer::charts::keynav::NavGrid;
use minsk_explainer::model::map::{marks_in, Where};
use minsk_explainer::model::{ChartKind, ChartView, Model};
use minsk_explainer::reading::keymap::Action;

fn map_views(m: &Model) -> Vec<(String, ChartView)> {
    let steps = m.story.steps.iter().map(|s| (s.slug.clone(), s.chart.clone()));
    let overviews = m
        .story
        .overviews
        .iter()
        .map(|o| ("overview".to_string(), o.view.clone()));
    steps
        .chain(overviews)
        .filter(|(_, v)| v.chart == ChartKind::Map)
        .collect()
}

#[test]
fn three_steps_or_more_use_the_map() {
    let m = model();
    let steps = m.story.steps.iter().filter(|s| s.chart.chart == ChartKind::Map).count();
    assert!(steps >= 3, "{steps} map steps");
}

#[test]
fn every_mark_and_the_places_it_names_are_drawn_inside_the_map() {
    let m = model();
    let geo = m.geography.as_ref().expect("the bundled model has the map");
    for (slug, view) in map_views(&m) {
        let marks = marks_in(&m, &view);
        for (w, h) in [(358, 300), (358, 480), (860, 520), (1200, 560), (238, 300)] {
            let (svg, hits) = draw_svg(&m, &view, w, h);
            assert_eq!(hits.hits.len(), marks.len(), "{slug} at {w}x{h}: one stop per mark");
            for (hit, (mark, datum)) in hits.hits.iter().zip(&marks) {
                let (x, y) = hit.centre();
                // Inside the map's frame: 8 px in from the sides, above the scale bar.
                assert!(
                    (8.0..=w as f64 - 8.0).contains(&x) && (8.0..=h as f64 - 26.0).contains(&y),
                    "{slug} at {w}x{h}: {} at ({x}, {y})",
                    mark.label
                );
                assert_eq!((hit.dataset, hit.id.as_str()), (datum.kind(), datum.id()));
                assert_eq!(hit.label.as_deref(), Some(mark.label.as_str()));
                assert!(hit.x1 - hit.x0 >= 24.0 - 1e-9, "a touch target of 24 px at least");
            }
            let texts = svg_texts(&svg);
            for (mark, _) in &marks {
                for place in mark.places() {
                    let name = &geo.place(place).unwrap().name;
                    assert!(texts.contains(name), "{slug} at {w}x{h}: {name} not labelled");
                }
            }
        }
    }
}

#[test]
fn the_keyboard_visits_every_mark_west_to_east() {
    let m = model();
    for (slug, view) in map_views(&m) {
        let (_, hits) = draw_svg(&m, &view, 860, 520);
        let grid = NavGrid::new(&m, &hits);
        let mut pos = grid.step(&hits, None, Action::NextPoint);
        let mut seen = vec![grid.hit(pos.unwrap()).unwrap()];
        for _ in 0..hits.hits.len() {
            pos = grid.step(&hits, pos, Action::NextPoint);
            let k = grid.hit(pos.unwrap()).unwrap();
            if !seen.contains(&k) {
                seen.push(k);
            }
        }
        assert_eq!(seen.len(), hits.hits.len(), "{slug}: every mark is one stop");
        let xs: Vec<f64> = seen.iter().map(|&k| hits.hits[k].centre().0).collect();
        assert!(xs.windows(2).all(|p| p[0] <= p[1]), "{slug}: {xs:?}");
    }
}

#[test]
fn a_mark_is_announced_by_its_name_then_its_datum_and_source() {
    let m = model();
    let view = &m.story.steps[m.story.index_of("a-launchpad-for-war").unwrap()].chart;
    let (_, hits) = draw_svg(&m, view, 860, 520);
    let border = hits
        .hits
        .iter()
        .find(|h| h.id == "ev-2022-02-24")
        .expect("the Ukrainian border is drawn");
    let c = describe::for_mark(&m, border.dataset, &border.id, border.label.as_deref()).unwrap();
    let said = c.announcement();
    assert!(
        said.contains("Belarus–Ukraine border: Russia's full-scale invasion"),
        "{said}"
    );
    assert!(
        said.contains("24 February 2022") && said.contains("Human Rights Watch"),
        "{said}"
    );
}

#[test]
fn two_marks_on_one_border_get_handles_of_their_own() {
    let m = model();
    let (_, overview) = map_views(&m).into_iter().find(|(s, _)| s == "overview").unwrap();
    let (_, hits) = draw_svg(&m, &overview, 860, 520);
    let on_ukraine: Vec<_> = marks_in(&m, &overview)
        .iter()
        .zip(&hits.hits)
        .filter(|((mk, _), _)| mk.at == Where::Border("belarus-ukraine".into()))
        .map(|(_, h)| h.centre())
        .collect();
    assert_eq!(on_ukraine.len(), 2);
    let (a, b) = (on_ukraine[0], on_ukraine[1]);
    assert!(
        (a.0 - b.0).hypot(a.1 - b.1) >= 24.0,
        "{a:?} {b:?}: a finger can pick either"
    );
}
