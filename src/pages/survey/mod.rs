//! Answering a feedback survey, from the invitation link of the status page
//! (`/survey#SECRET`: the secret stays in the fragment, out of every log).
//!
//! The whole survey is one page with one section per question. These surveys
//! are short (the default has seven questions, two of them shown only when
//! relevant): on one page people see at once how long it is, read the
//! questions in context, change any answer without navigating, and a
//! conditional question appears right under the answer that calls for it.
//! One question per screen pays off for long or branching transactions, not
//! for a five-minute questionnaire. The standards of the wizard hold:
//! validation on submit, an error summary that takes the focus and links to
//! each question, inline messages tied to their fields, a draft kept as
//! people answer, in the browser and sealed on the server (`draft`).

use std::future::Future;
use std::pin::Pin;

use leptos::prelude::*;
use portal_core::survey::{Answers, InvitationView};
use portal_core::{ErrorCode, Problem, SurveyState};

use crate::api::ApiError;
use crate::components::{
    CodeField, CodeForm, Failure, Later, Place, PlaceLink, Submit, fail, read_code, refusal_text,
};
use crate::i18n::{I18n, use_i18n};

mod draft;
mod form;
mod parts;
mod questions;
mod ranking;

pub use form::{DrawForm, draw_form};
pub use questions::survey_questions;

use draft::Keeper;
use form::Opened;

/// Where things stand on the page.
#[derive(Clone, PartialEq)]
enum Stage {
    /// No invitation yet: the form to paste the code.
    Ask,
    Loading,
    Answering,
    Thanks,
}

#[component]
pub fn AnswerSurvey() -> impl IntoView {
    let i18n = use_i18n();
    let page = Page {
        secret: RwSignal::new(String::new()),
        stage: RwSignal::new(Stage::Ask),
        invitation: RwSignal::new(None),
        answers: RwSignal::new(Answers::new()),
        problems: RwSignal::new(Vec::new()),
        failure: RwSignal::new(None),
        keeper: Keeper::new(),
        code: Later::new(load_form),
    };
    let Page {
        secret,
        stage,
        invitation,
        answers,
        problems,
        failure,
        keeper,
        code,
    } = page;
    let load = page.loading();
    let open = Callback::new(move |typed: String| {
        secret.set(typed.clone());
        stage.set(Stage::Loading);
        page.fetch_form(i18n);
        load.send(typed);
    });
    read_link(open);
    let save = page.saving(load);
    let on_send = Callback::new(move |cleaned: Answers| {
        save.send((secret.get_untracked(), cleaned));
    });
    let body = move || match stage.get() {
        Stage::Ask => view! { <AskForm secret=secret problems=problems on_open=open/> }.into_any(),
        Stage::Thanks => view! { <Thanks invitation=invitation stage=stage/> }.into_any(),
        Stage::Answering => match (invitation.get(), code.draw.get()) {
            (Some(view), Some(draw)) => {
                i18n.locale(); // drawn again in the other language
                draw(Opened {
                    view,
                    secret,
                    keeper,
                    answers,
                    problems,
                    busy: save.pending(),
                    on_send,
                })
            }
            // The survey is there, the code that draws it on its way.
            _ => loading_view(i18n),
        },
        Stage::Loading => loading_view(i18n),
    };
    view! {
        <div class="wrap page narrow survey">
            {body}
            <Failure id="answer-failure" failure=failure/>
            <p class="small help">{move || i18n.t("survey-help")} " " <PlaceLink place=Place::Forum/></p>
        </div>
    }
}

/// What the page holds.
#[derive(Clone, Copy)]
struct Page {
    secret: RwSignal<String>,
    stage: RwSignal<Stage>,
    invitation: RwSignal<Option<InvitationView>>,
    answers: RwSignal<Answers>,
    problems: RwSignal<Vec<Problem>>,
    failure: RwSignal<Option<String>>,
    keeper: Keeper,
    /// The code that draws the survey, fetched when an invitation is opened.
    code: Later<DrawForm>,
}

impl Page {
    /// Asks for the survey's code (unless it is there or on its way); the
    /// focus goes to the survey's heading when it arrives after the survey.
    fn fetch_form(self, i18n: I18n) {
        self.code.fetch(
            move || {
                if self.stage.get_untracked() == Stage::Answering {
                    focus_heading();
                }
            },
            move || {
                self.stage.set(Stage::Ask);
                fail(self.failure, "answer-failure", i18n.t("chunk-missing-text"));
            },
        );
    }

    /// Opening the invitation of a secret: the survey, and the answers to
    /// start from (a draft, or those already sent).
    fn loading(self) -> Submit<String> {
        let i18n = use_i18n();
        Submit::new(
            |secret: String| async move {
                let view = crate::api::survey_invitation(&secret).await?;
                let answers = draft::starting_answers(&secret, &view).await;
                Ok::<_, ApiError>((view, answers, secret))
            },
            move |answer| match answer {
                Ok((view, started, opened_with)) => {
                    self.keeper.start(view.survey, &opened_with);
                    self.answers.set(started);
                    self.invitation.set(Some(view));
                    self.failure.set(None);
                    self.stage.set(Stage::Answering);
                    if self.code.ready() {
                        focus_heading();
                    } else {
                        // Asked again if it could not come the first time.
                        self.fetch_form(i18n);
                    }
                }
                Err(error) => {
                    self.stage.set(Stage::Ask);
                    fail(self.failure, "answer-failure", explain(i18n, &error));
                }
            },
        )
    }

    /// Sending the answers: thanks, or the problems with them, or the
    /// survey read again if it changed meanwhile (closed, answered).
    fn saving(self, load: Submit<String>) -> Submit<(String, Answers)> {
        let i18n = use_i18n();
        Submit::new(
            |(secret, answers): (String, Answers)| async move {
                crate::api::survey_respond(&secret, &answers).await
            },
            move |answer| match answer {
                Ok(view) => {
                    self.keeper.forget();
                    self.invitation.set(Some(view));
                    self.problems.set(Vec::new());
                    self.failure.set(None);
                    self.stage.set(Stage::Thanks);
                    focus_heading();
                }
                Err(ApiError::Refused {
                    code: ErrorCode::ValidationFailed,
                    fields,
                    ..
                }) => self.problems.set(fields),
                Err(error) => {
                    if matches!(error, ApiError::Refused { status: 409, .. }) {
                        load.send(self.secret.get_untracked());
                    }
                    fail(self.failure, "answer-failure", explain(i18n, &error));
                }
            },
        )
    }
}

/// The invitation link carries its secret in the fragment: read it, take
/// it out of the address bar and the history, and `open` the survey.
fn read_link(open: Callback<String>) {
    let location = leptos_router::hooks::use_location();
    Effect::new(move |_| {
        let hash = location.hash.get();
        if let Some(code) = portal_core::normalize_secret(hash.trim_start_matches('#')) {
            crate::browser::replace_url("/survey");
            open.run(code);
        }
    });
}

fn explain(i18n: I18n, error: &ApiError) -> String {
    refusal_text(i18n, error, "survey-not-found", "survey-closed-now")
}

fn loading_view(i18n: I18n) -> AnyView {
    view! {
        <h1>{move || i18n.t("survey-title")}</h1>
        <p role="status">{move || i18n.t("common-loading")}</p>
    }
    .into_any()
}

/// The code that draws an opened survey ([`draw_form`]).
fn load_form() -> Pin<Box<dyn Future<Output = Option<DrawForm>>>> {
    #[cfg(feature = "split")]
    return Box::pin(async { crate::lazy::survey_form().await.ok() });
    #[cfg(not(feature = "split"))]
    Box::pin(async { Some(draw_form as DrawForm) })
}

fn focus_heading() {
    crate::browser::after_render(|| {
        crate::browser::focus("main h1");
    });
}

/// No invitation in the address: the form to paste its code.
#[component]
fn AskForm(
    secret: RwSignal<String>,
    problems: RwSignal<Vec<Problem>>,
    on_open: Callback<String>,
) -> impl IntoView {
    let i18n = use_i18n();
    let on_submit =
        Callback::new(
            move |()| match read_code("secret", secret, portal_core::normalize_secret) {
                Ok(code) => {
                    problems.set(Vec::new());
                    on_open.run(code);
                }
                Err(problem) => problems.set(vec![problem]),
            },
        );
    let fields = vec![CodeField::new(
        "secret",
        "survey-secret-label",
        "survey-secret-hint",
        secret,
    )];
    view! {
        <h1>{move || i18n.t("survey-title")}</h1>
        <p class="lead">{move || i18n.t("survey-ask-lead")}</p>
        <CodeForm fields=fields problems=problems submit="survey-open" on_submit=on_submit/>
    }
}

/// After sending: thanks, and while the survey is open, a way back to the
/// answers to change them.
#[component]
fn Thanks(invitation: RwSignal<Option<InvitationView>>, stage: RwSignal<Stage>) -> impl IntoView {
    let i18n = use_i18n();
    let open =
        invitation.with_untracked(|v| v.as_ref().is_some_and(|v| v.state == SurveyState::Open));
    let change = move |_| {
        stage.set(Stage::Answering);
        focus_heading();
    };
    view! {
        <h1>{move || i18n.t("survey-thanks-title")}</h1>
        <p class="lead">{move || i18n.t("survey-thanks-text")}</p>
        {open.then(|| view! { <p>{move || i18n.t("survey-thanks-change")}</p> })}
        <p class="actions">
            {open.then(|| view! {
                <button type="button" class="button secondary" on:click=change>{move || i18n.t("survey-change")}</button>
            })}
            <a class="button primary" href="/">{move || i18n.t("survey-back-home")}</a>
        </p>
    }
}
