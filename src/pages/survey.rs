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
    Answer, Answers, InvitationView, Question, QuestionType, Scale, clean_answers,
    validate_response, visible_questions,
};
use portal_core::{ErrorCode, Locale, Problem, SurveyState};

use crate::api::ApiError;
use crate::components::form::{
    CheckboxGroup, Choice, ErrorSummary, RadioGroup, TextField, field_error,
};
use crate::components::{
    CodeField, CodeForm, Failure, Place, PlaceLink, fail, read_code, refusal_text,
};
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
pub fn AnswerSurvey() -> impl IntoView {
    let i18n = use_i18n();
    let secret = RwSignal::new(String::new());
    let stage = RwSignal::new(Stage::Ask);
    let invitation = RwSignal::new(None::<InvitationView>);
    let answers = RwSignal::new(Answers::new());
    let problems = RwSignal::new(Vec::<Problem>::new());
    let failure = RwSignal::new(None::<String>);

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
            focus_heading();
        }
        Some(Err(error)) => {
            stage.set(Stage::Ask);
            fail(failure, "answer-failure", explain(i18n, &error));
        }
        None => {}
    });
    let open = Callback::new(move |code: String| {
        secret.set(code.clone());
        stage.set(Stage::Loading);
        load.dispatch_local(code);
    });
    let location = leptos_router::hooks::use_location();
    Effect::new(move |_| {
        let hash = location.hash.get();
        if let Some(code) = portal_core::normalize_secret(hash.trim_start_matches('#')) {
            crate::browser::replace_url("/survey");
            open.run(code);
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
            focus_heading();
        }
        Some(Err(ApiError::Refused {
            code: ErrorCode::ValidationFailed,
            fields,
            ..
        })) => problems.set(fields),
        Some(Err(error)) => {
            if matches!(error, ApiError::Refused { status: 409, .. }) {
                load.dispatch_local(secret.get_untracked());
            }
            fail(failure, "answer-failure", explain(i18n, &error));
        }
        None => {}
    });
    let on_send = Callback::new(move |cleaned: Answers| {
        save.dispatch_local((secret.get_untracked(), cleaned));
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
                view! { <AnswerForm view=view answers=answers problems=problems busy=save.pending() on_send=on_send/> }.into_any()
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
/// in this browser as people go, checked on sending, and sent cleaned of
/// those to questions no longer shown.
#[component]
fn AnswerForm(
    view: InvitationView,
    answers: RwSignal<Answers>,
    problems: RwSignal<Vec<Problem>>,
    busy: Memo<bool>,
    on_send: Callback<Answers>,
) -> impl IntoView {
    let i18n = use_i18n();
    let locale = i18n.locale_untracked();
    let survey = view.survey;
    let save_draft = Callback::new(move |()| {
        if let Ok(json) = serde_json::to_string(&answers.get_untracked()) {
            crate::browser::local_set(&draft_key(survey), &json);
        }
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
            </form>
        }
        .into_any()
    };
    view! {
        <h1>{view.definition.title.get(locale).to_owned()}</h1>
        {intro.split("\n\n").map(|p| view! { <p class="lead">{p.to_owned()}</p> }).collect_view()}
        {form}
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
    let id = question.id.clone();
    let current = {
        let id = id.clone();
        Signal::derive(move || answers.with(|all| all.get(&id).cloned()))
    };
    let parts = Parts {
        field: field(&question),
        error: field_error(problems, field(&question)),
        label: label_of(i18n, locale, &question),
        hint: question.hint.as_ref().map(|h| h.get(locale).to_owned()),
        current,
        set: Callback::new(move |answer| set_answer.run((id.clone(), answer))),
    };
    match question.kind {
        QuestionType::ShortText | QuestionType::LongText => text_question(parts, question.kind),
        QuestionType::SingleChoice => single_choice(parts, choices_of(&question, locale)),
        QuestionType::MultipleChoice => multiple_choice(parts, &question, locale),
        QuestionType::Scale => match question.scale.clone() {
            Some(scale) => scale_question(i18n, locale, parts, &scale),
            None => ().into_any(),
        },
    }
}

/// What every kind of question is drawn with.
struct Parts {
    field: String,
    error: Signal<Option<String>>,
    label: String,
    hint: Option<String>,
    /// The answer so far.
    current: Signal<Option<Answer>>,
    /// Records an answer (none: the question is left unanswered).
    set: Callback<Option<Answer>>,
}

fn text_question(parts: Parts, kind: QuestionType) -> AnyView {
    let Parts {
        field,
        error,
        label,
        hint,
        current,
        set,
    } = parts;
    let value = Signal::derive(move || match current.get() {
        Some(Answer::Text(text)) => text,
        _ => String::new(),
    });
    view! {
        <TextField
            field=field
            label=Signal::stored(label)
            hint=hint
            value=value
            on_input=Callback::new(move |text: String| set.run(Some(Answer::Text(text))))
            error=error
            multiline=kind == QuestionType::LongText
        />
    }
    .into_any()
}

fn single_choice(parts: Parts, choices: Vec<Choice>) -> AnyView {
    let Parts {
        field,
        error,
        label,
        hint,
        current,
        set,
    } = parts;
    let selected = Signal::derive(move || match current.get() {
        Some(Answer::Text(value)) => Some(value),
        _ => None,
    });
    view! {
        <RadioGroup
            field=field
            legend=Signal::stored(label)
            hint=hint
            choices=Signal::stored(choices)
            selected=selected
            on_select=Callback::new(move |value: String| set.run(Some(Answer::Text(value))))
            error=error
        />
    }
    .into_any()
}

fn multiple_choice(parts: Parts, question: &Question, locale: Locale) -> AnyView {
    let Parts {
        field,
        error,
        label,
        hint,
        current,
        set,
    } = parts;
    let choices = choices_of(question, locale);
    let checked = Signal::derive(move || match current.get() {
        Some(Answer::Many(values)) => values,
        _ => Vec::new(),
    });
    let order: Vec<String> = question.choices.iter().map(|c| c.value.clone()).collect();
    let on_toggle = Callback::new(move |(value, on): (String, bool)| {
        let mut values = checked.get_untracked();
        values.retain(|v| *v != value);
        if on {
            values.push(value);
        }
        // In the order of the survey, whatever the order of the clicks.
        values.sort_by_key(|v| order.iter().position(|o| o == v));
        set.run((!values.is_empty()).then_some(Answer::Many(values)));
    });
    view! {
        <CheckboxGroup
            field=field
            legend=Signal::stored(label)
            hint=hint
            choices=Signal::stored(choices)
            checked=checked
            on_toggle=on_toggle
            error=error
        />
    }
    .into_any()
}

fn scale_question(i18n: I18n, locale: Locale, parts: Parts, scale: &Scale) -> AnyView {
    let Parts {
        field,
        error,
        label,
        hint,
        current,
        set,
    } = parts;
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
            // The number is the name; an end's words describe it, so that
            // the whole scale fits on one row of a phone.
            Choice {
                value: n.to_string(),
                label: n.to_string(),
                hint: end.map(|end| end.get(locale).to_owned()),
            }
        })
        .collect();
    let selected = Signal::derive(move || match current.get() {
        Some(Answer::Number(n)) => Some(n.to_string()),
        _ => None,
    });
    view! {
        <div class="scale">
            <RadioGroup
                field=field
                legend=Signal::stored(label)
                hint=hint
                choices=Signal::stored(choices)
                selected=selected
                on_select=Callback::new(move |value: String| set.run(value.parse().ok().map(Answer::Number)))
                error=error
            />
        </div>
    }
    .into_any()
}
