//! The phases: target, capacity, accepted, room left; open or close them.

use leptos::prelude::*;
use portal_core::PhaseView;
use portal_core::endpoints::SetPhase;

use super::{AdminArea, error_text, use_reviewer};
use crate::components::{Column, DataTable};
use crate::i18n::{format_count, use_i18n};

#[component]
pub fn Phases() -> impl IntoView {
    view! { <AdminArea><PhasesView/></AdminArea> }
}

#[component]
fn PhasesView() -> impl IntoView {
    let i18n = use_i18n();
    let reviewer = use_reviewer();
    let load = LocalResource::new(move || {
        let token = reviewer.token();
        async move { crate::api::review::phases(&token).await }
    });
    let toggle = Action::new_local(move |(number, open): &(u32, bool)| {
        let (number, open) = (*number, *open);
        let token = reviewer.token();
        async move { crate::api::review::set_phase(&token, number, open).await }
    });
    let on_toggle = Callback::new(move |change| {
        toggle.dispatch_local(change);
    });
    // The phases as the last change left them, or as loaded.
    let table = move || {
        toggle
            .value()
            .get()
            .or_else(|| load.get())
            .map(|result| match result {
                Err(error) => {
                    reviewer.handle(&error);
                    view! { <p class="notice error">{error_text(i18n, &error)}</p> }.into_any()
                }
                Ok(list) => {
                    i18n.locale(); // drawn again in the other language
                    view! { <PhaseTable phases=list on_toggle=on_toggle/> }.into_any()
                }
            })
    };
    view! {
        <h1>{move || i18n.t("review-phases-title")}</h1>
        <p>{move || i18n.t("review-phases-lead")}</p>
        {table}
    }
}

#[component]
fn PhaseTable(phases: Vec<PhaseView>, on_toggle: Callback<(u32, bool)>) -> impl IntoView {
    let i18n = use_i18n();
    // Opening and closing are a coordinator's: a reviewer reads the table.
    let may = use_reviewer().may::<SetPhase>();
    let rows = phases
        .into_iter()
        .map(|p| {
            let (number, open) = (p.number, p.open);
            let action = i18n.t_args(if open { "review-phase-close" } else { "review-phase-open" }, [("number", number.into())]);
            view! {
                <tr>
                    <th scope="row">{number} " — " {crate::i18n::format_months(i18n, &p.period_start, &p.period_end)}</th>
                    <td>{format_count(i18n, p.target)}</td>
                    <td>{format_count(i18n, p.capacity)}</td>
                    <td>{format_count(i18n, p.accepted)}</td>
                    <td>{format_count(i18n, p.remaining)}</td>
                    <td>{i18n.t(if open { "review-phase-is-open" } else { "review-phase-is-closed" })}</td>
                    {may.then(|| view! {
                        <td>
                            <button type="button" class="button secondary small" on:click=move |_| on_toggle.run((number, !open))>
                                {action}
                            </button>
                        </td>
                    })}
                </tr>
            }
        })
        .collect_view();
    let columns = [
        "review-col-phase",
        "review-col-target",
        "review-col-capacity",
        "review-col-accepted",
        "review-col-remaining",
        "review-col-state",
    ]
    .map(|id| Column::new(i18n.t(id)))
    .into_iter()
    .chain(may.then(|| Column::hidden(i18n.t("review-col-action"))))
    .collect();
    view! {
        <DataTable caption=i18n.t("review-phases-title") caption_hidden=true class="figures wide" scroll=true columns=columns>
            {rows}
        </DataTable>
    }
}
