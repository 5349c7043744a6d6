//! One survey: what it is (state, phases, answers named or not, figures),
//! what its state means, the button to its next state, the editor while it
//! is a draft, and the results once it is open.

use leptos::prelude::*;
use leptos_router::components::A;
use leptos_router::hooks::{use_params_map, use_query_map};
use portal_core::endpoints::{SetSurveyState, UpdateSurvey};
use portal_core::survey::{ANONYMITY_THRESHOLD, SurveyDetail, SurveyState};
use portal_core::{Locale, messages};

use super::editor::SurveyEditor;
use super::results::Results;
use super::{answers_label, phase_list, state_label};
use crate::api::ApiError;
use crate::components::{ConfirmButton, Load, LoadFailure, Loading, Submit};
use crate::i18n::{format_count, use_i18n};
use crate::pages::admin::{AdminArea, Sheet, error_text, save_sheet, use_reviewer};

#[component]
pub fn SurveyPage() -> impl IntoView {
    view! { <AdminArea><SurveyView/></AdminArea> }
}

#[component]
fn SurveyView() -> impl IntoView {
    let i18n = use_i18n();
    let params = use_params_map();
    let id = move || params.with(|p| p.get("id").and_then(|id| id.parse::<i64>().ok()));
    let navigate = leptos_router::hooks::use_navigate();
    move || match id() {
        Some(id) => view! { <ExistingSurvey id=id/> }.into_any(),
        None => {
            let navigate = navigate.clone();
            view! {
                <h1>{i18n.t("review-survey-new")}</h1>
                <SurveyEditor existing=None on_saved=Callback::new(move |saved: SurveyDetail| {
                    navigate(&format!("/admin/surveys/{}", saved.summary.id), Default::default());
                })/>
            }
            .into_any()
        }
    }
}

/// A survey as the server has it, kept up to date by its changes of state
/// and the editor's saves.
#[component]
fn ExistingSurvey(id: i64) -> impl IntoView {
    let i18n = use_i18n();
    let reviewer = use_reviewer();
    let notice = RwSignal::new(None::<String>);
    // Reached from "copy": the page says so once it shows the copy.
    let copied = use_query_map().with_untracked(|q| q.get("copied").is_some());
    let detail = Load::with(
        move || {
            let token = reviewer.token();
            async move { crate::api::review::survey(&token, id).await }
        },
        move |answer| {
            match answer {
                Ok(_) if copied => notice.set(Some(i18n.t("review-survey-copied"))),
                Ok(_) => {}
                Err(error) => reviewer.handle(error),
            }
            crate::browser::after_render(move || {
                crate::document::name_document(i18n.locale_untracked());
            });
        },
    );
    let moves = Moves::new(id, detail, notice);
    let page = move || match detail.state().get() {
        Loading::Pending => view! { <p role="status">{i18n.t("common-loading")}</p> }.into_any(),
        Loading::Failed(_) => view! {
            <h1>{i18n.t("review-surveys-title")}</h1>
            <LoadFailure load=detail text=Callback::new(move |error| error_text(i18n, &error))/>
        }
        .into_any(),
        Loading::Loaded(survey) => {
            let locale = i18n.locale();
            view! { <SurveyFacts survey=survey locale=locale detail=detail moves=moves notice=notice/> }
                .into_any()
        }
    };
    view! {
        {page}
        <div role="status" aria-live="polite" class="live">
            {move || notice.get().map(|m| view! { <p class="notice">{m}</p> })}
        </div>
    }
}

#[component]
fn SurveyFacts(
    survey: SurveyDetail,
    locale: Locale,
    detail: Load<SurveyDetail>,
    moves: Moves,
    notice: RwSignal<Option<String>>,
) -> impl IntoView {
    let i18n = use_i18n();
    let reviewer = use_reviewer();
    let summary = survey.summary.clone();
    let (id, state) = (summary.id, summary.state);
    let results = LocalResource::new(move || {
        let token = reviewer.token();
        async move {
            match state {
                SurveyState::Draft => None,
                _ => crate::api::review::survey_results(&token, id).await.ok(),
            }
        }
    });
    let report = Signal::derive(move || results.get().flatten());
    let shown = move || report.with(|r| r.as_ref().is_some_and(|r| r.disclosure.shows_answers()));
    view! {
        <p><A href="/admin/surveys">{i18n.t("review-survey-back")}</A></p>
        <h1>{summary.title.get(locale).to_owned()}</h1>
        <dl class="facts">
            <dt>{i18n.t("review-col-state")}</dt><dd>{state_label(i18n, state)}</dd>
            <dt>{i18n.t("review-survey-col-phases")}</dt><dd>{phase_list(&summary)}</dd>
            <dt>{i18n.t("review-survey-col-answers")}</dt><dd>{answers_label(i18n, &summary)}</dd>
            <dt>{i18n.t("review-survey-col-invited")}</dt><dd>{format_count(i18n, summary.invited)}</dd>
            <dt>{i18n.t("review-survey-col-responded")}</dt><dd>{format_count(i18n, summary.responded)}</dd>
        </dl>
        <p class="hint">{i18n.t(messages::survey_state_explained(state, summary.anonymous))}</p>
        // The life cycle and the exports are a coordinator's; every member
        // reads the results.
        {reviewer.may::<SetSurveyState>().then(|| view! {
            <SurveyActions survey=survey.clone() exports=Signal::derive(shown) moves=moves notice=notice/>
        })}
        {(state == SurveyState::Draft && reviewer.may::<UpdateSurvey>()).then(|| view! {
            <h2>{i18n.t("review-survey-edit")}</h2>
            <SurveyEditor existing=Some(survey.clone()) on_saved=Callback::new(move |saved: SurveyDetail| {
                notice.set(Some(i18n.t("review-survey-saved")));
                detail.set(saved);
            })/>
        })}
        {move || report.get().map(|report| view! { <Results report=report/> })}
    }
}

/// The buttons of the survey's life cycle: open (after saying how many
/// invitations it creates), close, reopen; delete a draft; copy a survey
/// into a new draft; and the exports once there are results to show.
#[component]
fn SurveyActions(
    survey: SurveyDetail,
    exports: Signal<bool>,
    moves: Moves,
    notice: RwSignal<Option<String>>,
) -> impl IntoView {
    let i18n = use_i18n();
    let summary = survey.summary.clone();
    let id = summary.id;
    let Moves {
        change_state,
        copy,
        delete,
    } = moves;
    let state_button = match summary.state {
        SurveyState::Draft => view! {
            <DraftButtons survey=survey on_open=Callback::new(move |()| change_state.send(SurveyState::Open))
                on_delete=Callback::new(move |()| delete.send(()))/>
        }
        .into_any(),
        state => view! {
            <MoveOn state=state anonymous=summary.anonymous on_move=Callback::new(move |next| change_state.send(next))/>
            <button type="button" class="button secondary" on:click=move |_| copy.send(())>
                {i18n.t("review-survey-copy")}
            </button>
        }
        .into_any(),
    };
    view! {
        <p class="actions">
            {state_button}
            {move || exports.get().then(|| view! { <ExportButtons id=id notice=notice/> })}
        </p>
    }
}

/// A draft's buttons: open it (after saying how many invitations it
/// creates), or delete it.
#[component]
fn DraftButtons(
    survey: SurveyDetail,
    on_open: Callback<()>,
    on_delete: Callback<()>,
) -> impl IntoView {
    let i18n = use_i18n();
    let title = survey.summary.title.get(i18n.locale_untracked()).to_owned();
    let to_invite = survey.to_invite;
    let phases = phase_list(&survey.summary);
    view! {
        <ConfirmButton name="open-survey" class="button primary"
            label=Signal::derive(move || i18n.t("review-survey-open"))
            title=Signal::derive(move || i18n.t_args("review-survey-open-title", [("title", title.clone().into())]))
            text=Signal::derive(move || i18n.t_args("review-survey-open-text", [("count", to_invite.into()), ("phases", phases.clone().into())]))
            confirm=Signal::derive(move || i18n.t_args("review-survey-open-confirm", [("count", to_invite.into())]))
            on_confirm=on_open/>
        <ConfirmButton name="delete-survey"
            label=Signal::derive(move || i18n.t("review-survey-delete"))
            title=Signal::derive(move || i18n.t("review-survey-delete-title"))
            text=Signal::derive(move || i18n.t("review-survey-delete-text"))
            confirm=Signal::derive(move || i18n.t("review-survey-delete-confirm"))
            on_confirm=on_delete/>
    }
}

/// What a survey's buttons ask of the server: its next state, a copy, its
/// deletion. Made by the survey's page, which stays while the survey is
/// drawn again (an answer to a press just before a redraw is not lost).
#[derive(Clone, Copy)]
struct Moves {
    change_state: Submit<SurveyState>,
    copy: Submit<()>,
    delete: Submit<()>,
}

impl Moves {
    fn new(id: i64, detail: Load<SurveyDetail>, notice: RwSignal<Option<String>>) -> Moves {
        let i18n = use_i18n();
        let reviewer = use_reviewer();
        let navigate = StoredValue::new(leptos_router::hooks::use_navigate());
        // A refused change: said in the live region (a lost session also signs out).
        let failed = move |error: &ApiError| {
            reviewer.handle(error);
            notice.set(Some(error_text(i18n, error)));
        };
        let change_state = Submit::new(
            move |state: SurveyState| {
                let token = reviewer.token();
                async move { crate::api::review::set_survey_state(&token, id, state).await }
            },
            move |answer| match answer {
                Ok(updated) => {
                    let state = state_label(i18n, updated.summary.state);
                    notice.set(Some(
                        i18n.t_args("review-survey-now", [("state", state.into())]),
                    ));
                    detail.set(updated);
                }
                Err(error) => failed(&error),
            },
        );
        let copy = Submit::new(
            move |()| {
                let token = reviewer.token();
                async move { crate::api::review::copy_survey(&token, id).await }
            },
            move |answer| match answer {
                Ok(copied) => navigate.with_value(|go| {
                    go(
                        &format!("/admin/surveys/{}?copied=1", copied.summary.id),
                        Default::default(),
                    )
                }),
                Err(error) => failed(&error),
            },
        );
        let delete = Submit::new(
            move |()| {
                let token = reviewer.token();
                async move { crate::api::review::delete_survey(&token, id).await }
            },
            move |answer| match answer {
                Ok(()) => navigate.with_value(|go| go("/admin/surveys", Default::default())),
                Err(error) => failed(&error),
            },
        );
        Moves {
            change_state,
            copy,
            delete,
        }
    }
}

/// Where an opened survey may go next: closed (an anonymous one for good,
/// after saying so), or opened again (a named one only).
#[component]
fn MoveOn(state: SurveyState, anonymous: bool, on_move: Callback<SurveyState>) -> impl IntoView {
    let i18n = use_i18n();
    match (state, anonymous) {
        (SurveyState::Open, true) => Some(view! {
            <ConfirmButton name="close-survey" class="button primary"
                label=Signal::derive(move || i18n.t("review-survey-close"))
                title=Signal::derive(move || i18n.t("review-survey-close-title"))
                text=Signal::derive(move || i18n.t_args("review-survey-close-text", [("threshold", ANONYMITY_THRESHOLD.into())]))
                confirm=Signal::derive(move || i18n.t("review-survey-close-confirm"))
                on_confirm=Callback::new(move |()| on_move.run(SurveyState::Closed))/>
        }
        .into_any()),
        (SurveyState::Open, false) => Some(view! {
            <button type="button" class="button primary" on:click=move |_| on_move.run(SurveyState::Closed)>
                {i18n.t("review-survey-close")}
            </button>
        }
        .into_any()),
        (_, false) => Some(view! {
            <button type="button" class="button primary" on:click=move |_| on_move.run(SurveyState::Open)>
                {i18n.t("review-survey-reopen")}
            </button>
        }
        .into_any()),
        (_, true) => None,
    }
}

/// The buttons that download the responses as CSV and ODS.
#[component]
fn ExportButtons(id: i64, notice: RwSignal<Option<String>>) -> impl IntoView {
    let i18n = use_i18n();
    let reviewer = use_reviewer();
    let export = Submit::new(
        move |sheet: Sheet| {
            let token = reviewer.token();
            let lang = i18n.locale_untracked().as_str();
            async move {
                let bytes = crate::api::review::survey_responses(&token, id, sheet, lang).await?;
                save_sheet(&format!("survey-{id}-responses"), sheet, &bytes);
                Ok::<_, ApiError>(())
            }
        },
        move |answer| {
            if let Err(error) = answer {
                notice.set(Some(error_text(i18n, &error)));
            }
        },
    );
    view! {
        <button type="button" class="button secondary" on:click=move |_| export.send(Sheet::Csv)>
            {i18n.t("review-survey-export")}
        </button>
        <button type="button" class="button secondary" on:click=move |_| export.send(Sheet::Ods)>
            {i18n.t("review-survey-export-ods")}
        </button>
    }
}
