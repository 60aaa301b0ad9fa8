//! The Sources panel: every source behind the current step and behind the whole story, grouped
//! by chart, with the supporting quotes and the notes on figures that could not be confirmed.

use super::dialog::Dialog;
use super::state::use_reader;
use super::tooltip::{ConfidenceBadge, SourceLink};
use crate::model::{text, ChartKind, DatasetKind};
use crate::sources::{self, SourceGroup};
use leptos::prelude::*;

fn group_view(group: SourceGroup) -> impl IntoView {
    view! {
        <section class="source-group">
            <h4 class="source-group__title">
                <SourceLink source=group.source.clone()/>
            </h4>
            <ul class="source-group__items">
                {group
                    .items
                    .into_iter()
                    .map(|item| {
                        let note = item.note.map(|n| view! { <p class="data-note"><strong>"Note: "</strong>{n}</p> });
                        view! {
                            <li>
                                <ConfidenceBadge confidence=item.confidence/>
                                {item.date} ": " {item.what} " — " <strong>{item.value}</strong>
                                <blockquote class="source-group__quote">"“" {item.quote} "”"</blockquote>
                                {note}
                            </li>
                        }
                    })
                    .collect_view()}
            </ul>
        </section>
    }
}

/// The panel, opened by `open`.
#[component]
pub fn SourcesPanel(
    /// Open state.
    open: RwSignal<bool>,
) -> impl IntoView {
    let reader = use_reader();
    let content = move || {
        // Grouping by title and address and the quotes need the sources' detail.
        if !super::source_detail::is_ready(reader) {
            return leptos::either::Either::Right(view! { <super::source_detail::SourcesPending/> });
        }
        let view = reader.view();
        let i = reader.step.get();
        let (headline, this_step, charts, notes) = reader.model.with_value(|m| {
            let step = &m.story.steps[i];
            let charts: Vec<(ChartKind, Vec<SourceGroup>)> = ChartKind::ALL
                .into_iter()
                .map(|k| (k, sources::for_chart(m, k)))
                .collect();
            let notes: Vec<(String, String)> = m
                .story
                .data_notes
                .iter()
                .filter_map(|n| {
                    let d = m.datum(DatasetKind::from_key(&n.dataset)?, &n.id)?;
                    Some((
                        format!("{} ({})", d.title(), d.value_label()),
                        text::plain(m, &n.text).ok()?,
                    ))
                })
                .collect();
            (step.headline.clone(), sources::for_step(m, step, &view), charts, notes)
        });
        leptos::either::Either::Left(view! {
            <p class="sources-legend">
                "Figures marked " <span class="badge badge--article">"Article’s claim"</span>
                " are stated in the Lawfare article; the others were checked in the source named, and every quote is verbatim. Unverified figures are never drawn."
            </p>
            <h3>"This step: " {headline}</h3>
            {this_step.into_iter().map(group_view).collect_view()}
            <h3>"The whole story, by chart"</h3>
            {charts
                .into_iter()
                .map(|(kind, groups)| {
                    view! {
                        <details class="sources-chart">
                            <summary>{kind.title()} " (" {groups.len()} " sources)"</summary>
                            {groups.into_iter().map(group_view).collect_view()}
                        </details>
                    }
                })
                .collect_view()}
            <h3>"Notes on the data"</h3>
            <ul class="data-notes">
                {notes
                    .into_iter()
                    .map(|(what, note)| view! { <li><strong>{what}</strong>": " {note}</li> })
                    .collect_view()}
            </ul>
        })
    };
    view! {
        <Dialog id="sources" title="Sources" open=open>
            {content}
        </Dialog>
    }
}
