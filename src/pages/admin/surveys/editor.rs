//! A survey's definition as JSON (the template for a new survey), a file to
//! load one from, the phases it invites, and a preview of what collectives
//! will see. Every problem is checked by core's rules before saving, and
//! again by the server.

use leptos::prelude::*;
use portal_core::survey::{Answers, Survey, SurveyDetail, SurveyInput, validate_survey};
use portal_core::{Code, ErrorCode, Problem};

use crate::api::ApiError;
use crate::components::form::{
    CheckboxGroup, Choice, ErrorSummary, TextField, field_error, problem_message,
};
use crate::i18n::{I18n, use_i18n};
use crate::pages::admin::{error_text, use_reviewer};

/// The survey a definition and the chosen phases make, or their problems
/// (the definition's with their path under `definition.`).
fn survey_input(text: &str, phases: &[String]) -> Result<SurveyInput, Vec<Problem>> {
    let definition = serde_json::from_str::<Survey>(text).map_err(|error| {
        vec![
            Problem::new("definition", Code::InvalidValue)
                .with("line", error.line())
                .with("column", error.column()),
        ]
    })?;
    let mut found: Vec<Problem> = validate_survey(&definition)
        .into_iter()
        .map(|mut p| {
            p.field = format!("definition.{}", p.field);
            p
        })
        .collect();
    let chosen: Vec<u32> = phases.iter().filter_map(|p| p.parse().ok()).collect();
    if chosen.is_empty() {
        found.push(Problem::new("phases", Code::Required));
    }
    if found.is_empty() {
        Ok(SurveyInput {
            definition,
            phases: chosen,
        })
    } else {
        Err(found)
    }
}

#[component]
pub fn SurveyEditor(
    existing: Option<SurveyDetail>,
    on_saved: Callback<SurveyDetail>,
) -> impl IntoView {
    let i18n = use_i18n();
    let reviewer = use_reviewer();
    let text = RwSignal::new(String::new());
    let phases = RwSignal::new(Vec::<String>::new());
    let problems = RwSignal::new(Vec::<Problem>::new());
    let failure = RwSignal::new(None::<String>);
    let existing_id = existing.as_ref().map(|d| d.summary.id);
    match existing {
        Some(detail) => {
            text.set(serde_json::to_string_pretty(&detail.definition).unwrap_or_default());
            phases.set(detail.summary.phases.iter().map(u32::to_string).collect());
        }
        None => {
            start_from_template(text);
            phases.set(vec!["1".to_owned()]);
        }
    }
    let save = Action::new_local(move |input: &SurveyInput| {
        let input = input.clone();
        let token = reviewer.token();
        async move {
            match existing_id {
                Some(id) => crate::api::review::update_survey(&token, id, &input).await,
                None => crate::api::review::create_survey(&token, &input).await,
            }
        }
    });
    Effect::new(move |_| match save.value().get() {
        Some(Ok(saved)) => on_saved.run(saved),
        Some(Err(ApiError::Refused {
            code: ErrorCode::ValidationFailed,
            fields,
            ..
        })) => problems.set(fields),
        Some(Err(error)) => {
            reviewer.handle(&error);
            failure.set(Some(error_text(i18n, &error)));
        }
        None => {}
    });
    let on_submit = move |ev: leptos::ev::SubmitEvent| {
        ev.prevent_default();
        failure.set(None);
        match text.with_untracked(|t| phases.with_untracked(|p| survey_input(t, p))) {
            Ok(input) => {
                problems.set(Vec::new());
                save.dispatch_local(input);
            }
            Err(found) => problems.set(found),
        }
    };
    let submit_label = if existing_id.is_some() {
        "review-survey-save"
    } else {
        "review-survey-create"
    };
    view! {
        <DefinitionErrors problems=problems/>
        <form novalidate=true on:submit=on_submit class="definition-editor">
            <DefinitionFields text=text problems=problems failure=failure/>
            <PhaseChoices phases=phases problems=problems/>
            <div class="form-actions">
                <button type="submit" class="button primary" aria-disabled=move || save.pending().get().then_some("true")>
                    {move || i18n.t(submit_label)}
                </button>
            </div>
        </form>
        <div role="status" aria-live="polite" class="live">
            {move || failure.get().map(|m| view! { <p class="notice">{m}</p> })}
        </div>
        <Preview text=text/>
    }
}

/// A new survey starts from the default one, unless the reviewer typed or
/// loaded something first.
fn start_from_template(text: RwSignal<String>) {
    let reviewer = use_reviewer();
    let template = LocalResource::new(move || {
        let token = reviewer.token();
        async move { crate::api::review::survey_template(&token).await }
    });
    Effect::new(move |_| {
        if let Some(Ok(survey)) = template.get()
            && text.with_untracked(String::is_empty)
        {
            text.set(serde_json::to_string_pretty(&survey).unwrap_or_default());
        }
    });
}

/// The error summary: problems deep inside the definition all point at the
/// text area, with their path, so that the reviewer knows where to look.
#[component]
fn DefinitionErrors(problems: RwSignal<Vec<Problem>>) -> impl IntoView {
    let i18n = use_i18n();
    let target = Callback::new(|problem: Problem| {
        if problem.field == "phases" {
            "#phases".to_owned()
        } else {
            "#definition".to_owned()
        }
    });
    let message = Callback::new(move |problem: Problem| {
        if problem.field.starts_with("definition") {
            definition_problem(i18n, &problem)
        } else {
            problem_message(i18n, &problem)
        }
    });
    view! { <ErrorSummary problems=problems target=target message=message/> }
}

/// The file to load a definition from, and the definition's text.
#[component]
fn DefinitionFields(
    text: RwSignal<String>,
    problems: RwSignal<Vec<Problem>>,
    failure: RwSignal<Option<String>>,
) -> impl IntoView {
    let i18n = use_i18n();
    let load_file = Action::new_local(|_: &()| async {
        crate::browser::chosen_file_text("#definition-file").await
    });
    Effect::new(move |_| {
        if let Some(Some(content)) = load_file.value().get() {
            text.set(content);
            failure.set(Some(i18n.t("review-survey-file-loaded")));
        }
    });
    let definition_error = Signal::derive(move || {
        problems.with(|all| {
            let messages: Vec<String> = all
                .iter()
                .filter(|p| p.field.starts_with("definition"))
                .map(|p| definition_problem(i18n, p))
                .collect();
            (!messages.is_empty()).then(|| messages.join(" "))
        })
    });
    view! {
        <div class="field">
            <label for="definition-file">{move || i18n.t("review-survey-file-label")}</label>
            <p class="hint" id="definition-file-hint">{move || i18n.t("review-survey-file-hint")}</p>
            <input type="file" id="definition-file" accept="application/json,.json" aria-describedby="definition-file-hint"
                on:change=move |_| { load_file.dispatch_local(()); }/>
        </div>
        <TextField
            field="definition"
            label=Signal::derive(move || i18n.t("review-survey-definition-label"))
            hint=Signal::derive(move || i18n.t("review-survey-definition-hint"))
            value=text
            on_input=Callback::new(move |v| text.set(v))
            error=definition_error
            multiline=true
        />
    }
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

/// The survey as collectives will see it, as soon as the definition is
/// valid; answers typed here only drive the conditions.
#[component]
fn Preview(text: RwSignal<String>) -> impl IntoView {
    let i18n = use_i18n();
    let preview = Memo::new(move |_| {
        text.with(|t| serde_json::from_str::<Survey>(t).ok())
            .filter(|survey| validate_survey(survey).is_empty())
    });
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

/// A problem of the definition, with where it is.
fn definition_problem(i18n: I18n, problem: &Problem) -> String {
    if problem.field == "definition" {
        let at = |name: &str| {
            problem
                .params
                .get(name)
                .and_then(|v| v.as_u64())
                .unwrap_or(0)
        };
        return i18n.t_args(
            "review-survey-json-error",
            [("line", at("line").into()), ("column", at("column").into())],
        );
    }
    let mut generic = problem.clone();
    generic.field = String::new();
    let path = problem.field.trim_start_matches("definition.");
    format!("{path} : {}", problem_message(i18n, &generic))
}
