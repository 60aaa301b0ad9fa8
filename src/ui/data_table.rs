//! The data behind the chart as a real, sortable HTML table.

use super::tooltip::SourceLink;
use crate::model::Confidence;
use crate::table::{Table, TableRow};
use leptos::prelude::*;
use std::cmp::Ordering;

/// Sortable columns.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Column {
    Date,
    Series,
    Description,
    Value,
    Status,
    Source,
}

const COLUMNS: [(Column, &str); 6] = [
    (Column::Date, "Date"),
    (Column::Series, "Series / actor"),
    (Column::Description, "What"),
    (Column::Value, "Value"),
    (Column::Status, "Status"),
    (Column::Source, "Source"),
];

fn compare(col: Column, a: &TableRow, b: &TableRow) -> Ordering {
    match col {
        Column::Date => a.start.cmp(&b.start),
        Column::Series => a.series.cmp(&b.series),
        Column::Description => a.description.cmp(&b.description),
        Column::Value => match (a.number, b.number) {
            (Some(x), Some(y)) => x.total_cmp(&y),
            _ => a.value.cmp(&b.value),
        },
        Column::Status => a.status().cmp(&b.status()),
        Column::Source => a.source.publisher.cmp(&b.source.publisher),
    }
}

/// The table for the current chart state; column headers sort it.
#[component]
pub fn DataTable(
    /// The chart state's data.
    table: Memo<Table>,
) -> impl IntoView {
    let sort = RwSignal::new((Column::Date, true));
    let rows = move || {
        let (col, asc) = sort.get();
        let mut rows = table.with(|t| t.rows.clone());
        rows.sort_by(|a, b| if asc { compare(col, a, b) } else { compare(col, b, a) });
        rows
    };
    let header = move |(col, label): (Column, &'static str)| {
        let state = move || {
            let (c, asc) = sort.get();
            match (c == col, asc) {
                (true, true) => "ascending",
                (true, false) => "descending",
                _ => "none",
            }
        };
        view! {
            <th scope="col" aria-sort=state>
                <button
                    type="button"
                    class="data-table__sort"
                    on:click=move |_| sort.update(|(c, asc)| {
                        *asc = if *c == col { !*asc } else { true };
                        *c = col;
                    })
                >
                    {label}
                    <span aria-hidden="true" class="data-table__arrow">
                        {move || match state() {
                            "ascending" => " ▲",
                            "descending" => " ▼",
                            _ => "",
                        }}
                    </span>
                </button>
            </th>
        }
    };
    view! {
        <div id="chart-data" class="data-table" role="region" aria-label="Data shown in the chart" tabindex="0">
            <table>
                <caption>{move || table.with(|t| t.caption.clone())}</caption>
                <thead>
                    <tr>{COLUMNS.into_iter().map(header).collect_view()}</tr>
                </thead>
                <tbody>
                    {move || {
                        rows()
                            .into_iter()
                            .map(|r| {
                                let value = if r.unit.is_empty() || r.value.ends_with('%') {
                                    r.value.clone()
                                } else {
                                    format!("{} {}", r.value, r.unit)
                                };
                                let status_class = match r.confidence {
                                    Confidence::Article => "badge badge--article",
                                    _ => "data-table__status",
                                };
                                view! {
                                    <tr class:data-table__row--after=r.after_article data-key=format!("{}:{}", r.dataset.key(), r.id)>
                                        <td>{r.date.clone()}</td>
                                        <td>{r.series.clone()}</td>
                                        <td>{r.description.clone()}</td>
                                        <td class="data-table__value">{value}</td>
                                        <td><span class=status_class>{r.status()}</span></td>
                                        <td><SourceLink source=r.source.clone() short=true/></td>
                                    </tr>
                                }
                            })
                            .collect_view()
                    }}
                </tbody>
            </table>
        </div>
    }
}
