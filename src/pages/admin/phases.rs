//! The phases: target, capacity, accepted, room left; open or close them.

use leptos::prelude::*;
use portal_core::{PhaseChange, PhaseView};

use super::{AdminArea, error_text, use_reviewer};
use crate::i18n::{format_count, use_i18n};

#[component]
pub fn Phases() -> impl IntoView {
    view! { <AdminArea><PhasesView/></AdminArea> }
}

#[component]
fn PhasesView() -> impl IntoView {
    let i18n = use_i18n();
    let reviewer = use_reviewer();
    let phases = RwSignal::new(None::<Result<Vec<PhaseView>, crate::api::ApiError>>);
    let load = LocalResource::new(move || {
        let token = reviewer.token();
        async move { crate::api::review_get::<Vec<PhaseView>>(&token, "/api/review/phases").await }
    });
    Effect::new(move |_| {
        if let Some(result) = load.get() {
            phases.set(Some(result));
        }
    });
    let toggle = Action::new_local(move |(number, open): &(u32, bool)| {
        let (number, open) = (*number, *open);
        let token = reviewer.token();
        async move {
            crate::api::review_post::<_, Vec<PhaseView>>(
                &token,
                &format!("/api/review/phases/{number}"),
                &PhaseChange { open },
            )
            .await
        }
    });
    Effect::new(move |_| {
        if let Some(result) = toggle.value().get() {
            phases.set(Some(result));
        }
    });
    let table = move || {
        phases.get().map(|result| match result {
            Err(error) => {
                reviewer.handle(&error);
                view! { <p class="notice error">{error_text(i18n, &error)}</p> }.into_any()
            }
            Ok(list) => {
                let rows = list
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
                                <td>
                                    <button type="button" class="button secondary small" on:click=move |_| { toggle.dispatch_local((number, !open)); }>
                                        {action}
                                    </button>
                                </td>
                            </tr>
                        }
                    })
                    .collect_view();
                view! {
                    <div class="table-scroll">
                        <table class="figures wide">
                            <caption class="visually-hidden">{i18n.t("review-phases-title")}</caption>
                            <thead>
                                <tr>
                                    <th scope="col">{i18n.t("review-col-phase")}</th>
                                    <th scope="col">{i18n.t("review-col-target")}</th>
                                    <th scope="col">{i18n.t("review-col-capacity")}</th>
                                    <th scope="col">{i18n.t("review-col-accepted")}</th>
                                    <th scope="col">{i18n.t("review-col-remaining")}</th>
                                    <th scope="col">{i18n.t("review-col-state")}</th>
                                    <th scope="col"><span class="visually-hidden">{i18n.t("review-col-action")}</span></th>
                                </tr>
                            </thead>
                            <tbody>{rows}</tbody>
                        </table>
                    </div>
                }
                .into_any()
            }
        })
    };
    view! {
        <h1>{move || i18n.t("review-phases-title")}</h1>
        <p>{move || i18n.t("review-phases-lead")}</p>
        {table}
    }
}
