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
//! each question, inline messages tied to their fields, a draft kept in the
//! browser as people answer.

use leptos::prelude::*;
use portal_core::survey::{
    Answer, Answers, InvitationView, Question, QuestionType, clean_answers, validate_response,
    visible_questions,
};
use portal_core::{Code, Locale, Problem};

use crate::api::ApiError;
use crate::components::form::{
    CheckboxGroup, Choice, ErrorSummary, RadioGroup, TextField, field_error,
};
use crate::components::{Place, PlaceLink};
use crate::i18n::{I18n, use_i18n};

fn draft_key(survey: i64) -> String {
    format!("portal.survey.{survey}")
}

fn field(question: &Question) -> String {
    format!("answers.{}", question.id)
}

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
pub fn Survey() -> impl IntoView {
    let i18n = use_i18n();
    let secret = RwSignal::new(String::new());
    let stage = RwSignal::new(Stage::Ask);
    let invitation = RwSignal::new(None::<InvitationView>);
    let answers = RwSignal::new(Answers::new());
    let problems = RwSignal::new(Vec::<Problem>::new());
    let failure = RwSignal::new(None::<String>);

    let explain = move |error: &ApiError| -> String {
        match error {
            ApiError::Refused { status: 404, .. } => i18n.t("survey-not-found"),
            ApiError::Refused {
                status: 429,
                retry_after,
                ..
            } => i18n.t_args(
                "status-too-many",
                [("seconds", retry_after.unwrap_or(60).into())],
            ),
            ApiError::Refused { status: 409, .. } => i18n.t("survey-closed-now"),
            ApiError::Network => i18n.t("common-network-error"),
            _ => i18n.t("common-server-error"),
        }
    };
    let fail = move |message: String| {
        failure.set(Some(message));
        crate::browser::after_render(|| {
            crate::browser::focus("#answer-failure");
        });
    };

    let load = Action::new_local(|secret: &String| {
        let secret = secret.clone();
        async move { crate::api::survey_invitation(&secret).await }
    });
    Effect::new(move |_| match load.value().get() {
        Some(Ok(view)) => {
            // A draft typed earlier on this device wins over the saved response.
            let draft = crate::browser::local_get(&draft_key(view.survey))
                .and_then(|json| serde_json::from_str::<Answers>(&json).ok());
            answers.set(draft.or_else(|| view.answers.clone()).unwrap_or_default());
            invitation.set(Some(view));
            failure.set(None);
            stage.set(Stage::Answering);
            crate::browser::after_render(|| {
                crate::browser::focus("main h1");
            });
        }
        Some(Err(error)) => {
            stage.set(Stage::Ask);
            fail(explain(&error));
        }
        None => {}
    });

    let location = leptos_router::hooks::use_location();
    Effect::new(move |_| {
        let hash = location.hash.get();
        if let Some(code) = portal_core::normalize_secret(hash.trim_start_matches('#')) {
            crate::browser::replace_url("/survey");
            secret.set(code.clone());
            stage.set(Stage::Loading);
            load.dispatch_local(code);
        }
    });

    let save = Action::new_local(|(secret, answers): &(String, Answers)| {
        let (secret, answers) = (secret.clone(), answers.clone());
        async move { crate::api::survey_respond(&secret, &answers).await }
    });
    Effect::new(move |_| match save.value().get() {
        Some(Ok(view)) => {
            crate::browser::local_remove(&draft_key(view.survey));
            invitation.set(Some(view));
            problems.set(Vec::new());
            failure.set(None);
            stage.set(Stage::Thanks);
            crate::browser::after_render(|| {
                crate::browser::focus("main h1");
            });
        }
        Some(Err(ApiError::Refused {
            status: 422,
            fields,
            ..
        })) => problems.set(fields),
        Some(Err(error)) => {
            if matches!(error, ApiError::Refused { status: 409, .. }) {
                load.dispatch_local(secret.get_untracked());
            }
            fail(explain(&error));
        }
        None => {}
    });

    let save_draft = Callback::new(move |()| {
        if let Some(view) = invitation.get_untracked()
            && let Ok(json) = serde_json::to_string(&answers.get_untracked())
        {
            crate::browser::local_set(&draft_key(view.survey), &json);
        }
    });

    let on_submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        let Some(view) = invitation.get_untracked() else {
            return;
        };
        if save.pending().get_untracked() {
            return;
        }
        let cleaned = clean_answers(&view.definition, &answers.get_untracked());
        let found = validate_response(&view.definition, &cleaned);
        problems.set(found);
        if problems.with_untracked(Vec::is_empty) {
            save.dispatch_local((secret.get_untracked(), cleaned));
        }
    };

    let on_ask = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        match portal_core::normalize_secret(&secret.get_untracked()) {
            Some(code) => {
                problems.set(Vec::new());
                secret.set(code.clone());
                stage.set(Stage::Loading);
                load.dispatch_local(code);
            }
            None => {
                let code = if secret.with_untracked(|s| s.trim().is_empty()) {
                    Code::Required
                } else {
                    Code::InvalidValue
                };
                problems.set(vec![Problem::new("secret", code)]);
            }
        }
    };

    let failure_view = move || {
        failure.get().map(|message| {
            view! { <p id="answer-failure" tabindex="-1" class="notice error">{message}</p> }
        })
    };

    let body = move || {
        match stage.get() {
        Stage::Ask => view! {
            <h1>{move || i18n.t("survey-title")}</h1>
            <p class="lead">{move || i18n.t("survey-ask-lead")}</p>
            <ErrorSummary problems=problems/>
            <form novalidate=true on:submit=on_ask>
                <TextField
                    field="secret"
                    label=Signal::derive(move || i18n.t("survey-secret-label"))
                    hint=Signal::derive(move || i18n.t("survey-secret-hint"))
                    value=secret
                    on_input=Callback::new(move |v| secret.set(v))
                    error=field_error(problems, "secret")
                    autocomplete="off"
                />
                <div class="form-actions">
                    <button type="submit" class="button primary">{move || i18n.t("survey-open")}</button>
                </div>
            </form>
        }
        .into_any(),
        Stage::Loading => view! {
            <h1>{move || i18n.t("survey-title")}</h1>
            <p role="status">{move || i18n.t("common-loading")}</p>
        }
        .into_any(),
        Stage::Thanks => {
            let open = invitation.with(|v| v.as_ref().is_some_and(|v| v.state == portal_core::SurveyState::Open));
            view! {
                <h1>{move || i18n.t("survey-thanks-title")}</h1>
                <p class="lead">{move || i18n.t("survey-thanks-text")}</p>
                {open.then(|| view! { <p>{move || i18n.t("survey-thanks-change")}</p> })}
                <p class="actions">
                    {open.then(|| view! {
                        <button type="button" class="button secondary" on:click=move |_| {
                            stage.set(Stage::Answering);
                            crate::browser::after_render(|| { crate::browser::focus("main h1"); });
                        }>{move || i18n.t("survey-change")}</button>
                    })}
                    <a class="button primary" href="/">{move || i18n.t("survey-back-home")}</a>
                </p>
            }
            .into_any()
        }
        Stage::Answering => {
            let Some(view) = invitation.get() else {
                return ().into_any();
            };
            let locale = i18n.locale();
            let closed = view.state != portal_core::SurveyState::Open;
            let questions = survey_questions(view.definition.clone(), answers, problems, Some(save_draft));
            let intro = view.definition.intro.get(locale).to_owned();
            view! {
                <h1>{view.definition.title.get(locale).to_owned()}</h1>
                {intro.split("\n\n").map(|p| view! { <p class="lead">{p.to_owned()}</p> }).collect_view()}
                {if closed {
                    view! { <p class="notice warning">{i18n.t(if view.answers.is_some() { "survey-closed-answered" } else { "survey-closed" })}</p> }.into_any()
                } else {
                    view! {
                        <p class="small">{i18n.t("survey-optional-note")}</p>
                        <ErrorSummary problems=problems/>
                        <form novalidate=true on:submit=on_submit class="answers-form">
                            {questions}
                            <div class="form-actions">
                                <button type="submit" class="button primary" aria-disabled=move || save.pending().get().then_some("true")>
                                    {move || i18n.t(if invitation.with(|v| v.as_ref().is_some_and(|v| v.answers.is_some())) { "survey-save-changes" } else { "survey-submit" })}
                                </button>
                            </div>
                            <p class="small">{move || i18n.t("survey-draft-note")}</p>
                        </form>
                    }.into_any()
                }}
            }
            .into_any()
        }
    }
    };

    view! {
        <div class="wrap page narrow survey">
            {body}
            <div role="status" aria-live="polite" class="live">{failure_view}</div>
            <p class="small help">{move || i18n.t("survey-help")} " " <PlaceLink place=Place::Forum/></p>
        </div>
    }
}

/// The questions of `definition` that the answers so far call for, each
/// with its field. Only a change in which questions are shown adds or
/// removes one; the others stay in place (and keep the focus) as people
/// answer, each answer going into `answers`, then `on_change` is told. The
/// reviewers' preview shows a survey with it too.
pub fn survey_questions(
    definition: portal_core::survey::Survey,
    answers: RwSignal<Answers>,
    problems: RwSignal<Vec<Problem>>,
    on_change: Option<Callback<()>>,
) -> impl IntoView {
    let set_answer = Callback::new(move |(id, answer): (String, Option<Answer>)| {
        answers.update(|all| {
            match answer {
                Some(answer) => all.insert(id, answer),
                None => all.remove(&id),
            };
        });
        if let Some(on_change) = on_change {
            on_change.run(());
        }
    });
    let i18n = use_i18n();
    let locale = i18n.locale();
    let definition = StoredValue::new(definition);
    let shown = Memo::new(move |_| {
        answers.with(|current| {
            definition.with_value(|d| {
                visible_questions(d, current)
                    .into_iter()
                    .map(|q| q.id.clone())
                    .collect::<Vec<_>>()
            })
        })
    });
    view! {
        <For each=move || shown.get() key=|id| id.clone() let:id>
            {definition
                .with_value(|d| d.questions.iter().find(|q| q.id == id).cloned())
                .map(|q| question_view(i18n, locale, q, answers, problems, set_answer))}
        </For>
    }
}

/// The label of a question, marked when it may be left blank.
fn label_of(i18n: I18n, locale: Locale, question: &Question) -> String {
    let label = question.label.get(locale).to_owned();
    if question.required {
        label
    } else {
        format!("{label} {}", i18n.t("form-optional"))
    }
}

fn choices_of(question: &Question, locale: Locale) -> Vec<Choice> {
    question
        .choices
        .iter()
        .map(|c| Choice {
            value: c.value.clone(),
            label: c.label.get(locale).to_owned(),
            hint: None,
        })
        .collect()
}

fn question_view(
    i18n: I18n,
    locale: Locale,
    question: Question,
    answers: RwSignal<Answers>,
    problems: RwSignal<Vec<Problem>>,
    set_answer: Callback<(String, Option<Answer>)>,
) -> AnyView {
    let field_name = field(&question);
    let error = field_error(problems, field_name.clone());
    let label = label_of(i18n, locale, &question);
    let hint = question.hint.as_ref().map(|h| h.get(locale).to_owned());
    let id = question.id.clone();
    let current = {
        let id = id.clone();
        move || answers.with(|all| all.get(&id).cloned())
    };
    match question.kind {
        QuestionType::ShortText | QuestionType::LongText => {
            let value = Signal::derive(move || match current() {
                Some(Answer::Text(text)) => text,
                _ => String::new(),
            });
            view! {
                <TextField
                    field=field_name
                    label=Signal::stored(label)
                    hint=hint
                    value=value
                    on_input=Callback::new(move |text: String| set_answer.run((id.clone(), Some(Answer::Text(text)))))
                    error=error
                    multiline=question.kind == QuestionType::LongText
                />
            }
            .into_any()
        }
        QuestionType::SingleChoice => {
            let choices = choices_of(&question, locale);
            let selected = Signal::derive(move || match current() {
                Some(Answer::Text(value)) => Some(value),
                _ => None,
            });
            view! {
                <RadioGroup
                    field=field_name
                    legend=Signal::stored(label)
                    hint=hint
                    choices=Signal::stored(choices)
                    selected=selected
                    on_select=Callback::new(move |value: String| set_answer.run((id.clone(), Some(Answer::Text(value)))))
                    error=error
                />
            }
            .into_any()
        }
        QuestionType::MultipleChoice => {
            let choices = choices_of(&question, locale);
            let checked = Signal::derive(move || match current() {
                Some(Answer::Many(values)) => values,
                _ => Vec::new(),
            });
            let order: Vec<String> = question.choices.iter().map(|c| c.value.clone()).collect();
            view! {
                <CheckboxGroup
                    field=field_name
                    legend=Signal::stored(label)
                    hint=hint
                    choices=Signal::stored(choices)
                    checked=checked
                    on_toggle=Callback::new(move |(value, on): (String, bool)| {
                        let mut values = checked.get_untracked();
                        values.retain(|v| *v != value);
                        if on {
                            values.push(value);
                        }
                        // In the order of the survey, whatever the order of the clicks.
                        values.sort_by_key(|v| order.iter().position(|o| o == v));
                        let answer = (!values.is_empty()).then_some(Answer::Many(values));
                        set_answer.run((id.clone(), answer));
                    })
                    error=error
                />
            }
            .into_any()
        }
        QuestionType::Scale => {
            let Some(scale) = question.scale.clone() else {
                return ().into_any();
            };
            let ends = i18n.t_args(
                "survey-scale-ends",
                [
                    ("min", scale.min.into()),
                    ("minLabel", scale.min_label.get(locale).to_owned().into()),
                    ("max", scale.max.into()),
                    ("maxLabel", scale.max_label.get(locale).to_owned().into()),
                ],
            );
            let hint = match hint {
                Some(hint) => format!("{hint} {ends}"),
                None => ends,
            };
            let choices: Vec<Choice> = (scale.min..=scale.max)
                .map(|n| {
                    let end = if n == scale.min {
                        Some(&scale.min_label)
                    } else if n == scale.max {
                        Some(&scale.max_label)
                    } else {
                        None
                    };
                    // The number is the name; an end's words describe it, so
                    // that the whole scale fits on one row of a phone.
                    Choice {
                        value: n.to_string(),
                        label: n.to_string(),
                        hint: end.map(|end| end.get(locale).to_owned()),
                    }
                })
                .collect();
            let selected = Signal::derive(move || match current() {
                Some(Answer::Number(n)) => Some(n.to_string()),
                _ => None,
            });
            view! {
                <div class="scale">
                    <RadioGroup
                        field=field_name
                        legend=Signal::stored(label)
                        hint=hint
                        choices=Signal::stored(choices)
                        selected=selected
                        on_select=Callback::new(move |value: String| {
                            set_answer.run((id.clone(), value.parse().ok().map(Answer::Number)));
                        })
                        error=error
                    />
                </div>
            }
            .into_any()
        }
    }
}
