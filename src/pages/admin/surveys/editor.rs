//! A draft survey edited: the builder (`builder`), the phases it invites,
//! the JSON definition for those who import or export one, and a preview of
//! what collectives will see. Every problem is checked by core's rules
//! before saving (and at each change once a save was tried), and again by
//! the server.

use leptos::prelude::*;
use portal_core::survey::{
    Answers, Survey, SurveyDetail, SurveyInput, read_survey, validate_survey,
};
use portal_core::{Code, ErrorCode, Param, Problem};

use super::builder::{Builder, SurveyBuilder, definition_message};
use crate::api::ApiError;
use crate::components::Submit;
use crate::components::form::{
    CheckboxGroup, Choice, ErrorSummary, TextField, field_error, problem_message,
};
use crate::i18n::{I18n, use_i18n};
use crate::pages::admin::{error_text, use_reviewer};

/// Every problem of the survey and the chosen phases, the definition's with
/// their path under `definition.`.
fn problems_of(survey: &Survey, phases: &[String]) -> Vec<Problem> {
    let mut found: Vec<Problem> = validate_survey(survey)
        .into_iter()
        .map(|mut p| {
            p.field = format!("definition.{}", p.field);
            p
        })
        .collect();
    if phases.is_empty() {
        found.push(Problem::new("phases", Code::Required));
    }
    found
}

/// A survey with nothing in it yet, before the template arrives.
fn blank() -> Survey {
    Survey {
        title: Default::default(),
        intro: Default::default(),
        anonymous: false,
        questions: Vec::new(),
    }
}

#[component]
pub fn SurveyEditor(
    existing: Option<SurveyDetail>,
    on_saved: Callback<SurveyDetail>,
) -> impl IntoView {
    let i18n = use_i18n();
    let existing_id = existing.as_ref().map(|d| d.summary.id);
    let (definition, chosen) = match existing {
        Some(detail) => (
            detail.definition,
            detail.summary.phases.iter().map(u32::to_string).collect(),
        ),
        None => (blank(), vec!["1".to_owned()]),
    };
    let builder = Builder::new(definition);
    if existing_id.is_none() {
        start_from_template(builder);
    }
    let phases = RwSignal::new(chosen);
    let summary = RwSignal::new(Vec::<Problem>::new());
    let checked = RwSignal::new(false);
    let failure = RwSignal::new(None::<String>);
    Effect::new(move |_| {
        let found = builder.survey.with(|s| phases.with(|p| problems_of(s, p)));
        if checked.get() {
            builder.problems.set(found);
        }
    });
    let save = saving(existing_id, builder, summary, failure, on_saved);
    let on_submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        failure.set(None);
        checked.set(true);
        let survey = builder.survey.get_untracked();
        let chosen = phases.get_untracked();
        let found = problems_of(&survey, &chosen);
        builder.problems.set(found.clone());
        summary.set(found);
        if summary.with_untracked(Vec::is_empty) {
            save.send(SurveyInput {
                definition: survey,
                phases: chosen.iter().filter_map(|p| p.parse().ok()).collect(),
            });
        }
    };
    let submit_label = if existing_id.is_some() {
        "review-survey-save"
    } else {
        "review-survey-create"
    };
    let target = Callback::new(move |problem: Problem| match problem.field.as_str() {
        "phases" => "#phases".to_owned(),
        "definition" => "#definition".to_owned(),
        field => builder.target(field),
    });
    let message = Callback::new(move |problem: Problem| summary_sentence(i18n, &problem));
    view! {
        {existing_id.is_none().then(|| view! { <BlankStart builder=builder/> })}
        <ErrorSummary problems=summary target=target message=message/>
        <form novalidate=true on:submit=on_submit class="builder-form">
            <SurveyBuilder builder=builder/>
            <PhaseChoices phases=phases problems=builder.problems/>
            <JsonPanel builder=builder failure=failure/>
            <div class="form-actions">
                <button type="submit" class="button primary" aria-disabled=move || save.pending().get().then_some("true")>
                    {move || i18n.t(submit_label)}
                </button>
            </div>
        </form>
        <div role="status" aria-live="polite" class="live">
            {move || failure.get().map(|m| view! { <p class="notice">{m}</p> })}
        </div>
        <Preview survey=builder.survey/>
    }
}

/// Saving the survey (`existing_id`, or a new one): the saved survey goes
/// to `on_saved`; the problems the server finds to the builder and the
/// `summary`, any other refusal to `failure`.
fn saving(
    existing_id: Option<i64>,
    builder: Builder,
    summary: RwSignal<Vec<Problem>>,
    failure: RwSignal<Option<String>>,
    on_saved: Callback<SurveyDetail>,
) -> Submit<SurveyInput> {
    let i18n = use_i18n();
    let reviewer = use_reviewer();
    Submit::new(
        move |input: SurveyInput| {
            let token = reviewer.token();
            async move {
                match existing_id {
                    Some(id) => crate::api::review::update_survey(&token, id, &input).await,
                    None => crate::api::review::create_survey(&token, &input).await,
                }
            }
        },
        move |answer| match answer {
            Ok(saved) => on_saved.run(saved),
            Err(ApiError::Refused {
                code: ErrorCode::ValidationFailed,
                fields,
                ..
            }) => {
                builder.problems.set(fields.clone());
                summary.set(fields);
            }
            Err(error) => {
                reviewer.handle(&error);
                failure.set(Some(error_text(i18n, &error)));
            }
        },
    )
}

/// A problem's sentence in the summary: a question's says which question it
/// is about.
fn summary_sentence(i18n: I18n, problem: &Problem) -> String {
    let place = problem
        .field
        .strip_prefix("definition.questions.")
        .and_then(|rest| rest.split('.').next()?.parse::<usize>().ok());
    match place {
        Some(index) => i18n.t_args(
            "review-builder-in-question",
            [
                ("number", (index + 1).into()),
                ("problem", definition_message(i18n, problem).into()),
            ],
        ),
        None if problem.field.starts_with("definition") => definition_message(i18n, problem),
        None => problem_message(i18n, problem),
    }
}

/// A new survey starts from the default one, unless the reviewer wrote or
/// imported something first.
fn start_from_template(builder: Builder) {
    let reviewer = use_reviewer();
    let template = Submit::new(
        move |()| {
            let token = reviewer.token();
            async move { crate::api::review::survey_template(&token).await }
        },
        move |answer| {
            if let Ok(survey) = answer
                && builder.survey.with_untracked(|s| *s == blank())
            {
                builder.replace(survey);
            }
        },
    );
    template.send(());
}

/// For a new survey: the button that empties the template to start from
/// nothing, the focus then on the title.
#[component]
fn BlankStart(builder: Builder) -> impl IntoView {
    let i18n = use_i18n();
    let start_blank = move |_| {
        builder.replace(blank());
        crate::browser::after_render(|| {
            crate::browser::focus("#definition-title-fr");
        });
    };
    view! {
        <p class="hint" id="blank-survey-hint">{move || i18n.t("review-builder-start-hint")}</p>
        <p><button type="button" class="button secondary" id="blank-survey" aria-describedby="blank-survey-hint"
            on:click=start_blank>{move || i18n.t("review-builder-blank")}</button></p>
    }
}

/// The definition as JSON: shown as it stands, exported as a file, or
/// replaced by a text or a file, read with the path of what does not fit
/// and then checked like the builder's.
#[component]
fn JsonPanel(builder: Builder, failure: RwSignal<Option<String>>) -> impl IntoView {
    let i18n = use_i18n();
    // What the reviewer typed, until imported; the definition otherwise.
    let typed = RwSignal::new(None::<String>);
    let problem = RwSignal::new(Vec::<Problem>::new());
    let text = Signal::derive(move || {
        typed.get().unwrap_or_else(|| {
            builder
                .survey
                .with(|s| serde_json::to_string_pretty(s).unwrap_or_default())
        })
    });
    let import = move |json: String| match read_survey(&json) {
        Ok(survey) => {
            builder.replace(survey);
            typed.set(None);
            problem.set(Vec::new());
            failure.set(Some(i18n.t("review-builder-json-imported")));
        }
        Err(mut found) => {
            found.field = if found.field.is_empty() {
                "definition".to_owned()
            } else {
                format!("definition.{}", found.field)
            };
            problem.set(vec![found]);
        }
    };
    let load_file = Submit::new(
        |()| crate::browser::chosen_file_text("#definition-file"),
        move |content| {
            if let Some(content) = content {
                typed.set(Some(content.clone()));
                import(content);
            }
        },
    );
    let error =
        Signal::derive(move || problem.with(|all| all.first().map(|p| json_problem(i18n, p))));
    let export = move |_| {
        let json = builder
            .survey
            .with_untracked(|s| serde_json::to_string_pretty(s).unwrap_or_default());
        crate::browser::download_text("survey.json", "application/json", &json);
    };
    view! {
        <details class="json-panel">
            <summary>{move || i18n.t("review-builder-json")}</summary>
            <p class="hint">{move || i18n.t("review-builder-json-hint")}</p>
            <div class="field">
                <label for="definition-file">{move || i18n.t("review-survey-file-label")}</label>
                <p class="hint" id="definition-file-hint">{move || i18n.t("review-survey-file-hint")}</p>
                <input type="file" id="definition-file" accept="application/json,.json" aria-describedby="definition-file-hint"
                    on:change=move |_| load_file.send(())/>
            </div>
            <TextField
                field="definition"
                label=Signal::derive(move || i18n.t("review-survey-definition-label"))
                value=text
                on_input=Callback::new(move |v| typed.set(Some(v)))
                error=error
                multiline=true
            />
            <p class="actions">
                <button type="button" class="button secondary" on:click=move |_| import(text.get_untracked())>
                    {move || i18n.t("review-builder-json-import")}
                </button>
                <button type="button" class="button secondary" on:click=export>
                    {move || i18n.t("review-builder-json-export")}
                </button>
            </p>
        </details>
    }
}

/// What is wrong with an imported text: where it is not JSON, or the path
/// of the value that does not fit and what is allowed there.
fn json_problem(i18n: crate::i18n::I18n, problem: &Problem) -> String {
    if problem.field == "definition" {
        let at = |name: &str| {
            problem
                .params
                .get(name)
                .and_then(Param::as_number)
                .unwrap_or(0)
        };
        return i18n.t_args(
            "review-survey-json-error",
            [("line", at("line").into()), ("column", at("column").into())],
        );
    }
    let path = problem.field.trim_start_matches("definition.");
    i18n.t_args(
        "review-builder-json-at",
        [
            ("path", path.to_owned().into()),
            ("problem", definition_message(i18n, problem).into()),
        ],
    )
}

/// The phases whose accepted requests the survey invites.
#[component]
fn PhaseChoices(phases: RwSignal<Vec<String>>, problems: RwSignal<Vec<Problem>>) -> impl IntoView {
    let i18n = use_i18n();
    let offer = crate::offer::use_offer();
    let choices = Signal::derive(move || {
        offer
            .get()
            .phases
            .iter()
            .map(|p| Choice {
                value: p.number.to_string(),
                label: i18n.t_args("status-phase", [("number", p.number.into())]),
                hint: None,
            })
            .collect::<Vec<_>>()
    });
    view! {
        <CheckboxGroup
            field="phases"
            legend=Signal::derive(move || i18n.t("review-survey-phases-label"))
            hint=Signal::derive(move || i18n.t("review-survey-phases-hint"))
            choices=choices
            checked=phases
            on_toggle=Callback::new(move |(value, on): (String, bool)| phases.update(|list| {
                list.retain(|v| *v != value);
                if on { list.push(value); }
            }))
            error=field_error(problems, "phases")
        />
    }
}

/// The survey as collectives will see it, as soon as it is valid; answers
/// given here only drive the conditions.
#[component]
fn Preview(survey: RwSignal<Survey>) -> impl IntoView {
    let i18n = use_i18n();
    let preview =
        Memo::new(move |_| survey.with(|s| validate_survey(s).is_empty().then(|| s.clone())));
    let answers = RwSignal::new(Answers::new());
    let shown = move || match preview.get() {
        Some(survey) => {
            let locale = i18n.locale();
            let title = survey.title.get(locale).to_owned();
            let intro = survey.intro.get(locale).to_owned();
            view! {
                <div class="preview">
                    <h3>{title}</h3>
                    {intro.split("\n\n").map(|p| view! { <p>{p.to_owned()}</p> }).collect_view()}
                    {crate::pages::survey_questions(survey, answers, RwSignal::new(Vec::new()), None)}
                </div>
            }
            .into_any()
        }
        None => {
            view! { <p class="notice">{i18n.t("review-survey-preview-invalid")}</p> }.into_any()
        }
    };
    view! {
        <section aria-labelledby="preview-title">
            <h2 id="preview-title">{move || i18n.t("review-survey-preview")}</h2>
            <p class="hint">{move || i18n.t("review-survey-preview-hint")}</p>
            {shown}
        </section>
    }
}
