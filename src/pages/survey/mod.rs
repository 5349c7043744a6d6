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

use leptos::prelude::*;
use portal_core::survey::{Answers, InvitationView, clean_answers, validate_response};
use portal_core::{ErrorCode, Problem, SurveyState};

use crate::api::ApiError;
use crate::components::form::ErrorSummary;
use crate::components::{
    CodeField, CodeForm, Failure, Place, PlaceLink, Submit, fail, read_code, refusal_text,
};
use crate::i18n::{I18n, use_i18n};

mod draft;
mod parts;
mod questions;
mod ranking;

pub use questions::survey_questions;

use draft::{Keeper, Saved};

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
    };
    let Page {
        secret,
        stage,
        invitation,
        answers,
        problems,
        failure,
        keeper,
    } = page;
    let load = page.loading();
    let open = Callback::new(move |code: String| {
        secret.set(code.clone());
        stage.set(Stage::Loading);
        load.send(code);
    });
    read_link(open);
    let save = page.saving(load);
    let on_send = Callback::new(move |cleaned: Answers| {
        save.send((secret.get_untracked(), cleaned));
    });
    let body = move || match stage.get() {
        Stage::Ask => view! { <AskForm secret=secret problems=problems on_open=open/> }.into_any(),
        Stage::Loading => view! {
            <h1>{move || i18n.t("survey-title")}</h1>
            <p role="status">{move || i18n.t("common-loading")}</p>
        }
        .into_any(),
        Stage::Thanks => view! { <Thanks invitation=invitation stage=stage/> }.into_any(),
        Stage::Answering => match invitation.get() {
            Some(view) => {
                i18n.locale(); // drawn again in the other language
                view! { <AnswerForm view=view secret=secret keeper=keeper answers=answers problems=problems busy=save.pending() on_send=on_send/> }.into_any()
            }
            None => ().into_any(),
        },
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
}

impl Page {
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
                    focus_heading();
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

/// The survey of the invitation: its title and introduction, then the
/// questions while it is open (a closed one says so). The answers are kept
/// as people go (`draft`), checked on sending, and sent cleaned of those to
/// questions no longer shown.
#[component]
fn AnswerForm(
    view: InvitationView,
    secret: RwSignal<String>,
    keeper: Keeper,
    answers: RwSignal<Answers>,
    problems: RwSignal<Vec<Problem>>,
    busy: Memo<bool>,
    on_send: Callback<Answers>,
) -> impl IntoView {
    let i18n = use_i18n();
    let locale = i18n.locale_untracked();
    let definition = StoredValue::new(view.definition.clone());
    let save_draft = Callback::new(move |()| {
        definition.with_value(|survey| {
            keeper.keep(secret.get_untracked(), survey, answers.get_untracked());
        });
    });
    let definition = view.definition.clone();
    let on_submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        if busy.get_untracked() {
            return;
        }
        let cleaned = clean_answers(&definition, &answers.get_untracked());
        problems.set(validate_response(&definition, &cleaned));
        if problems.with_untracked(Vec::is_empty) {
            on_send.run(cleaned);
        }
    };
    let intro = view.definition.intro.get(locale).to_owned();
    // What the server guarantees, from the survey itself: never a promise
    // the introduction's author would have to keep.
    let privacy = if view.definition.anonymous {
        i18n.t_args(
            "survey-anonymous-note",
            [("threshold", portal_core::survey::ANONYMITY_THRESHOLD.into())],
        )
    } else {
        i18n.t("survey-named-note")
    };
    let answered = view.answers.is_some();
    let form = if view.state != SurveyState::Open {
        view! { <p class="notice warning">{i18n.t(if answered { "survey-closed-answered" } else { "survey-closed" })}</p> }.into_any()
    } else {
        let questions =
            survey_questions(view.definition.clone(), answers, problems, Some(save_draft));
        view! {
            <p class="small">{i18n.t("survey-optional-note")}</p>
            <ErrorSummary problems=problems/>
            <form novalidate=true on:submit=on_submit class="answers-form">
                {questions}
                <div class="form-actions">
                    <button type="submit" class="button primary" aria-disabled=move || busy.get().then_some("true")>
                        {move || i18n.t(if answered { "survey-save-changes" } else { "survey-submit" })}
                    </button>
                </div>
                <p class="small">{move || i18n.t("survey-draft-note")}</p>
                <p class="small" role="status">{move || match keeper.saved.get() {
                    Saved::Nothing => String::new(),
                    Saved::Everywhere => i18n.t("survey-draft-saved"),
                    Saved::HereOnly => i18n.t("survey-draft-here-only"),
                }}</p>
            </form>
        }
        .into_any()
    };
    view! {
        <h1>{view.definition.title.get(locale).to_owned()}</h1>
        {intro.split("\n\n").map(|p| view! { <p class="lead">{p.to_owned()}</p> }).collect_view()}
        <p class="notice">{privacy}</p>
        {form}
    }
}
