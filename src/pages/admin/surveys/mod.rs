//! Feedback surveys in the reviewers' area: the list (here), one survey with
//! its life cycle (`detail`), the draft's editor with its preview
//! (`editor`) around the survey builder (`builder`), and the results (`results`): per question counts and
//! percentages drawn as charts with the numbers as text, scale
//! distributions and means, free texts with a filter, the response rate per
//! phase, and the exports.

mod builder;
mod detail;
mod editor;
mod results;

use leptos::prelude::*;
use leptos_router::components::A;
use portal_core::endpoints::CreateSurvey;
use portal_core::survey::{SurveyState, SurveySummary};
use portal_core::{Locale, messages};

use super::{AdminArea, error_text, use_reviewer};
use crate::components::{Column, DataTable};
use crate::i18n::{I18n, format_count, format_date, use_i18n};

pub use detail::SurveyPage;

fn state_label(i18n: I18n, state: SurveyState) -> String {
    i18n.t(messages::survey_state(state))
}

/// The phases a survey invites, as "1, 2".
fn phase_list(summary: &SurveySummary) -> String {
    summary
        .phases
        .iter()
        .map(u32::to_string)
        .collect::<Vec<_>>()
        .join(", ")
}

fn answers_label(i18n: I18n, summary: &SurveySummary) -> String {
    i18n.t(if summary.anonymous {
        "review-survey-anonymous"
    } else {
        "review-survey-named"
    })
}

#[component]
pub fn Surveys() -> impl IntoView {
    view! { <AdminArea><SurveyList/></AdminArea> }
}

#[component]
fn SurveyList() -> impl IntoView {
    let i18n = use_i18n();
    let reviewer = use_reviewer();
    let list = LocalResource::new(move || {
        let token = reviewer.token();
        async move { crate::api::review::surveys(&token).await }
    });
    let table = move || {
        list.get().map(|result| match result {
            Err(error) => {
                reviewer.handle(&error);
                view! { <p class="notice error">{error_text(i18n, &error)}</p> }.into_any()
            }
            Ok(surveys) if surveys.is_empty() => {
                view! { <p>{i18n.t("review-surveys-none")}</p> }.into_any()
            }
            Ok(surveys) => view! { <SurveyTable surveys=surveys locale=i18n.locale()/> }.into_any(),
        })
    };
    view! {
        <h1>{move || i18n.t("review-surveys-title")}</h1>
        <p>{move || i18n.t("review-surveys-lead")}</p>
        <Show when={move || reviewer.may::<CreateSurvey>()}>
            <p><A href="/admin/surveys/new" attr:class="button primary">{move || i18n.t("review-survey-new")}</A></p>
        </Show>
        {table}
    }
}

/// The surveys, in `locale` (read by the caller, so that the table is drawn
/// again in the other language).
#[component]
fn SurveyTable(surveys: Vec<SurveySummary>, locale: Locale) -> impl IntoView {
    let i18n = use_i18n();
    let columns = [
        "review-survey-col-title",
        "review-col-state",
        "review-survey-col-phases",
        "review-survey-col-answers",
        "review-survey-col-invited",
        "review-survey-col-responded",
        "review-survey-col-created",
    ]
    .map(|id| Column::new(i18n.t(id)))
    .into();
    let rows = surveys
        .into_iter()
        .map(|s| {
            let title = s.title.get(locale).to_owned();
            view! {
                <tr>
                    <th scope="row"><A href=format!("/admin/surveys/{}", s.id)>{title}</A></th>
                    <td>{state_label(i18n, s.state)}</td>
                    <td>{phase_list(&s)}</td>
                    <td>{answers_label(i18n, &s)}</td>
                    <td>{format_count(i18n, s.invited)}</td>
                    <td>{format_count(i18n, s.responded)}</td>
                    <td>{format_date(i18n, &s.created_at, false)}</td>
                </tr>
            }
        })
        .collect_view();
    view! {
        <DataTable caption=i18n.t("review-surveys-title") caption_hidden=true class="figures wide" scroll=true columns=columns>
            {rows}
        </DataTable>
    }
}
