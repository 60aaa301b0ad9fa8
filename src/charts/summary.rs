//! What the chart holds at each level, in a sentence computed from the data (issue 19, after
//! Olli's structured navigation): the whole chart (its series and how many marks each has), one
//! series (how many marks, from when to when, its lowest and highest, where it starts and ends)
//! and one year across the series. The keyboard asks for them (`A`, `S` and `Y` on the chart)
//! between its point-by-point moves.

use super::hitmap::HitMap;
use super::keynav::NavGrid;
use super::sanctions::lane_name;
use crate::i18n::{tr, trf, trn};
use crate::model::{ChartView, Datum, Model};

/// A series' name, from its first mark.
fn series_name(model: &Model, hits: &HitMap, first: usize) -> String {
    let hit = &hits.hits[first];
    if hit.label.is_some() {
        return tr("Places and borders, west to east").to_string();
    }
    match model.datum(hit.dataset, &hit.id) {
        Some(Datum::Sanction(r)) => trf("{lane} sanctions rounds", &[("lane", &lane_name(&r.lane))]),
        Some(Datum::Gdp(r)) if r.series == model.facts.gdp_bars => tr("World Bank GDP growth").to_string(),
        Some(Datum::Gdp(_)) => tr("Other GDP figures and forecasts").to_string(),
        Some(Datum::Prisoner(r)) => crate::format::sentence_case(tr(&r.metric_label)),
        Some(Datum::Release(_)) => tr("Release episodes").to_string(),
        Some(Datum::Event(_)) => tr("Events").to_string(),
        None => tr("Marks").to_string(),
    }
}

fn marks(n: usize) -> String {
    trn("{n} mark", "{n} marks", n as f64, &crate::format::thousands(n as u32))
}

/// The whole chart: its title and each series with its count, in keyboard order.
pub fn chart(model: &Model, view: &ChartView, hits: &HitMap, grid: &NavGrid) -> String {
    let parts: Vec<String> = grid
        .series
        .iter()
        .filter(|s| !s.is_empty())
        .map(|s| format!("{}, {}", series_name(model, hits, s[0]), marks(s.len())))
        .collect();
    let n = parts.len();
    let count = trn(
        "{n} series",
        "{n} series",
        n as f64,
        &crate::format::thousands(n as u32),
    );
    trf(
        "{title}: {count}. {series}. Press S for the series you are in, Y for its year, the arrow keys to move.",
        &[
            ("title", view.chart.title()),
            ("count", &count),
            ("series", &parts.join("; ")),
        ],
    )
}

/// One series (`grid.series[s]`): count, span, extremes and how it moved from first to last.
pub fn series(model: &Model, hits: &HitMap, grid: &NavGrid, s: usize) -> Option<String> {
    let stops = grid.series.get(s).filter(|v| !v.is_empty())?;
    let data: Vec<Datum> = stops
        .iter()
        .filter_map(|&k| model.datum(hits.hits[k].dataset, &hits.hits[k].id))
        .collect();
    let name = series_name(model, hits, stops[0]);
    let (first, last) = (data.first()?, data.last()?);
    let mut out = trf(
        "{series}: {marks}, from {start} to {end}.",
        &[
            ("series", &name),
            ("marks", &marks(stops.len())),
            ("start", &first.date_label()),
            ("end", &last.date_label()),
        ],
    );
    let valued: Vec<(f64, &Datum)> = data.iter().filter_map(|d| Some((d.amount()?, d))).collect();
    if valued.len() >= 2 {
        let lowest = valued.iter().min_by(|a, b| a.0.total_cmp(&b.0))?;
        let highest = valued.iter().max_by(|a, b| a.0.total_cmp(&b.0))?;
        let (start, end) = (valued[0], valued[valued.len() - 1]);
        let said = |v: &(f64, &Datum)| format!("{} ({})", v.1.value_label(), v.1.date_label());
        out += " ";
        out += &trf(
            "Lowest {lowest}, highest {highest}.",
            &[("lowest", &said(lowest)), ("highest", &said(highest))],
        );
        let (from, to) = (start.1.value_label(), end.1.value_label());
        let ends = [("start", from.as_str()), ("end", to.as_str())];
        let trend = if end.0 > start.0 {
            trf("From first to last it rose: {start} to {end}.", &ends)
        } else if end.0 < start.0 {
            trf("From first to last it fell: {start} to {end}.", &ends)
        } else {
            trf("From first to last it ended where it began: {start} to {end}.", &ends)
        };
        out += " ";
        out += &trend;
    }
    Some(out)
}

/// The year of the mark at `hit`, across the chart: how many marks it has in each series, with
/// their values where a series has few (the middle level between a series and its points).
pub fn year(model: &Model, hits: &HitMap, grid: &NavGrid, hit: usize) -> Option<String> {
    let year_of = |k: usize| {
        let d = model.datum(hits.hits[k].dataset, &hits.hits[k].id)?;
        Some(d.year_span().0.floor() as i32)
    };
    let year = year_of(hit)?;
    let mut parts = Vec::new();
    for s in grid.series.iter().filter(|s| !s.is_empty()) {
        let those: Vec<usize> = s.iter().copied().filter(|&k| year_of(k) == Some(year)).collect();
        if those.is_empty() {
            continue;
        }
        let name = series_name(model, hits, s[0]);
        let values: Vec<String> = those
            .iter()
            .filter_map(|&k| model.datum(hits.hits[k].dataset, &hits.hits[k].id))
            .filter(|d| d.amount().is_some())
            .map(|d| d.value_label())
            .collect();
        parts.push(match values.len() {
            1..=3 if values.len() == those.len() => format!("{name}: {}", crate::format::and_list(&values)),
            _ => format!("{name}: {}", marks(those.len())),
        });
    }
    Some(format!("{year}: {}.", parts.join("; ")))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::charts::{theme::Theme, to_svg};

    fn drawn(model: &Model, slug: &str) -> (ChartView, HitMap, NavGrid) {
        let view = model.story.steps[model.story.index_of(slug).unwrap()].chart.clone();
        let theme = Theme::from_css(include_str!("../../style/tokens.css")).unwrap();
        let (_, hits) = to_svg(model, &view, &theme, 860, 520).unwrap();
        let grid = NavGrid::new(model, &hits);
        (view, hits, grid)
    }

    #[test]
    fn a_series_is_summed_up_from_its_data() {
        let m = Model::bundled().unwrap();
        let (_, hits, grid) = drawn(&m, "a-sharp-fall");
        let said = series(&m, &hits, &grid, 0).unwrap();
        let bars: Vec<_> = m
            .gdp
            .data
            .rows
            .iter()
            .filter(|r| r.series == m.facts.gdp_bars && r.value.is_some() && (1995..=2024).contains(&r.year))
            .collect();
        let low = bars
            .iter()
            .min_by(|a, b| a.value.unwrap().total_cmp(&b.value.unwrap()))
            .unwrap();
        let high = bars
            .iter()
            .max_by(|a, b| a.value.unwrap().total_cmp(&b.value.unwrap()))
            .unwrap();
        assert!(
            said.starts_with(&format!(
                "World Bank GDP growth: {} marks, from 1995 to 2024.",
                bars.len()
            )),
            "{said}"
        );
        let low = format!("Lowest {} ({})", crate::format::percent(low.value.unwrap()), low.year);
        let high = format!(
            "highest {} ({})",
            crate::format::percent(high.value.unwrap()),
            high.year
        );
        assert!(said.contains(&low) && said.contains(&high), "{said}");
        assert!(series(&m, &hits, &grid, grid.series.len()).is_none());
    }

    #[test]
    fn the_chart_names_each_series_with_its_count() {
        let m = Model::bundled().unwrap();
        for slug in ["what-could-a-deal-buy", "a-deal-in-minsk", "a-launchpad-for-war"] {
            let (view, hits, grid) = drawn(&m, slug);
            let said = chart(&m, &view, &hits, &grid);
            assert!(said.starts_with(view.chart.title()), "{said}");
            for s in &grid.series {
                assert!(
                    said.contains(&format!("{}, {}", series_name(&m, &hits, s[0]), marks(s.len()))),
                    "{said}"
                );
            }
        }
        let (view, hits, grid) = drawn(&m, "what-could-a-deal-buy");
        let said = chart(&m, &view, &hits, &grid);
        for lane in &m.facts.lanes {
            assert!(said.contains(&format!("{lane} sanctions rounds")), "{said}");
        }
    }

    #[test]
    fn a_prisoner_series_says_how_it_moved() {
        let m = Model::bundled().unwrap();
        let (_, hits, grid) = drawn(&m, "freed-and-replaced");
        let said = series(&m, &hits, &grid, 0).unwrap();
        assert!(said.contains("From first to last it"), "{said}");
        assert!(said.contains("Lowest ") && said.contains("highest "), "{said}");
    }
}

#[cfg(test)]
mod year_tests {
    use super::*;
    use crate::charts::{theme::Theme, to_svg};

    #[test]
    fn a_year_counts_each_lanes_rounds_in_it() {
        let m = Model::bundled().unwrap();
        let view = m.story.steps[m.story.index_of("what-could-a-deal-buy").unwrap()]
            .chart
            .clone();
        let theme = Theme::from_css(include_str!("../../style/tokens.css")).unwrap();
        let (_, hits) = to_svg(&m, &view, &theme, 860, 520).unwrap();
        let grid = NavGrid::new(&m, &hits);
        let k = (0..hits.hits.len())
            .find(|&k| hits.hits[k].id == "us-2021-08-09")
            .expect("the US round of August 2021 is drawn");
        let said = year(&m, &hits, &grid, k).unwrap();
        for lane in &m.facts.lanes {
            let n = grid
                .series
                .iter()
                .flatten()
                .filter(|&&i| {
                    matches!(m.datum(hits.hits[i].dataset, &hits.hits[i].id),
                    Some(Datum::Sanction(r)) if r.lane == *lane && r.date.start.year == 2021)
                })
                .count();
            if n > 0 {
                assert!(
                    said.contains(&format!("{lane} sanctions rounds: {}", marks(n))),
                    "{said}"
                );
            }
        }
        assert!(said.starts_with("2021: "), "{said}");
    }

    #[test]
    fn a_year_with_one_value_gives_it() {
        let m = Model::bundled().unwrap();
        let view = m.story.steps[m.story.index_of("a-sharp-fall").unwrap()].chart.clone();
        let theme = Theme::from_css(include_str!("../../style/tokens.css")).unwrap();
        let (_, hits) = to_svg(&m, &view, &theme, 860, 520).unwrap();
        let grid = NavGrid::new(&m, &hits);
        let k = (0..hits.hits.len()).find(|&k| hits.hits[k].id == "wdi-2022").unwrap();
        let said = year(&m, &hits, &grid, k).unwrap();
        let v = m
            .gdp
            .data
            .rows
            .iter()
            .find(|r| r.id == "wdi-2022")
            .unwrap()
            .value
            .unwrap();
        assert!(
            said.starts_with(&format!("2022: World Bank GDP growth: {}", crate::format::percent(v))),
            "{said}"
        );
    }
}
