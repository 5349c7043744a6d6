//! Feedback surveys in the reviewers' area: the list, a new survey (from the
//! template or a definition file), editing a draft, opening and closing, and
//! the results: per question counts and percentages drawn as charts with the
//! numbers as text, scale distributions and means, free texts with a filter,
//! the response rate per phase, and the CSV export.

use leptos::prelude::*;
use leptos_router::components::A;
use leptos_router::hooks::use_params_map;
use portal_core::survey::{
    ANONYMITY_THRESHOLD, Answers, PhaseRate, Question, QuestionResult, QuestionType, Survey,
    SurveyDetail, SurveyInput, SurveyReport, SurveyState, SurveyStateChange, SurveySummary,
    validate_survey,
};
use portal_core::{Code, Locale, Problem, messages};

use super::{AdminArea, Sheet, error_text, use_reviewer};
use crate::api::ApiError;
use crate::components::form::{
    CheckboxGroup, Choice, ErrorSummary, TextField, field_error, problem_message,
};
use crate::i18n::{I18n, format_count, format_date, use_i18n};

fn state_label(i18n: I18n, state: SurveyState) -> String {
    i18n.t(messages::survey_state(state))
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
        async move { crate::api::review_get::<Vec<SurveySummary>>(&token, "/api/review/surveys").await }
    });
    let table = move || {
        list.get().map(|result| match result {
            Err(error) => {
                reviewer.handle(&error);
                view! { <p class="notice error">{error_text(i18n, &error)}</p> }.into_any()
            }
            Ok(surveys) if surveys.is_empty() => view! { <p>{i18n.t("review-surveys-none")}</p> }.into_any(),
            Ok(surveys) => {
                let locale = i18n.locale();
                let rows = surveys
                    .into_iter()
                    .map(|s| {
                        let phases = s.phases.iter().map(u32::to_string).collect::<Vec<_>>().join(", ");
                        view! {
                            <tr>
                                <th scope="row"><A href=format!("/admin/surveys/{}", s.id)>{s.title.get(locale).to_owned()}</A></th>
                                <td>{state_label(i18n, s.state)}</td>
                                <td>{phases}</td>
                                <td>{i18n.t(if s.anonymous { "review-survey-anonymous" } else { "review-survey-named" })}</td>
                                <td>{format_count(i18n, s.invited)}</td>
                                <td>{format_count(i18n, s.responded)}</td>
                                <td>{format_date(i18n, &s.created_at, false)}</td>
                            </tr>
                        }
                    })
                    .collect_view();
                view! {
                    <div class="table-scroll">
                        <table class="figures wide">
                            <caption class="visually-hidden">{i18n.t("review-surveys-title")}</caption>
                            <thead>
                                <tr>
                                    <th scope="col">{i18n.t("review-survey-col-title")}</th>
                                    <th scope="col">{i18n.t("review-col-state")}</th>
                                    <th scope="col">{i18n.t("review-survey-col-phases")}</th>
                                    <th scope="col">{i18n.t("review-survey-col-answers")}</th>
                                    <th scope="col">{i18n.t("review-survey-col-invited")}</th>
                                    <th scope="col">{i18n.t("review-survey-col-responded")}</th>
                                    <th scope="col">{i18n.t("review-survey-col-created")}</th>
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
        <h1>{move || i18n.t("review-surveys-title")}</h1>
        <p>{move || i18n.t("review-surveys-lead")}</p>
        <p><A href="/admin/surveys/new" attr:class="button primary">{move || i18n.t("review-survey-new")}</A></p>
        {table}
    }
}

#[component]
pub fn SurveyPage() -> impl IntoView {
    view! { <AdminArea><SurveyView/></AdminArea> }
}

#[component]
fn SurveyView() -> impl IntoView {
    let i18n = use_i18n();
    let reviewer = use_reviewer();
    let params = use_params_map();
    let id = move || params.with(|p| p.get("id").and_then(|id| id.parse::<i64>().ok()));
    let detail = RwSignal::new(None::<Result<SurveyDetail, ApiError>>);
    let report = RwSignal::new(None::<SurveyReport>);
    let notice = RwSignal::new(None::<String>);

    let load = LocalResource::new(move || {
        let token = reviewer.token();
        let id = id();
        async move {
            match id {
                Some(id) => Some(
                    crate::api::review_get::<SurveyDetail>(
                        &token,
                        &format!("/api/review/surveys/{id}"),
                    )
                    .await,
                ),
                None => None,
            }
        }
    });
    Effect::new(move |_| {
        if let Some(result) = load.get() {
            detail.set(result);
            crate::browser::after_render(move || {
                crate::app::name_document(i18n.locale_untracked());
            });
        }
    });
    let results = LocalResource::new(move || {
        let token = reviewer.token();
        let state = detail.with(|d| {
            d.as_ref()
                .and_then(|d| d.as_ref().ok())
                .map(|d| (d.summary.id, d.summary.state))
        });
        async move {
            match state {
                Some((id, state)) if state != SurveyState::Draft => {
                    crate::api::review_get::<SurveyReport>(
                        &token,
                        &format!("/api/review/surveys/{id}/results"),
                    )
                    .await
                    .ok()
                }
                _ => None,
            }
        }
    });
    Effect::new(move |_| report.set(results.get().flatten()));

    let change_state = Action::new_local(move |(id, state): &(i64, SurveyState)| {
        let (id, state) = (*id, *state);
        let token = reviewer.token();
        async move {
            crate::api::review_post::<_, SurveyDetail>(
                &token,
                &format!("/api/review/surveys/{id}/state"),
                &SurveyStateChange { state },
            )
            .await
        }
    });
    Effect::new(move |_| match change_state.value().get() {
        Some(Ok(updated)) => {
            notice.set(Some(i18n.t_args(
                "review-survey-now",
                [("state", state_label(i18n, updated.summary.state).into())],
            )));
            detail.set(Some(Ok(updated)));
        }
        Some(Err(error)) => {
            reviewer.handle(&error);
            notice.set(Some(error_text(i18n, &error)));
        }
        None => {}
    });
    let export = Action::new_local(move |(id, sheet): &(i64, Sheet)| {
        super::download_export(
            reviewer.token(),
            format!("/api/review/surveys/{id}/responses"),
            String::new(),
            format!("survey-{id}-responses"),
            *sheet,
            i18n.locale_untracked().as_str(),
        )
    });
    Effect::new(move |_| {
        if let Some(Err(error)) = export.value().get() {
            notice.set(Some(error_text(i18n, &error)));
        }
    });

    let navigate = leptos_router::hooks::use_navigate();
    let page = move || {
        let navigate = navigate.clone();
        if id().is_none() {
            return view! {
                <h1>{i18n.t("review-survey-new")}</h1>
                <SurveyEditor existing=None on_saved=Callback::new(move |saved: SurveyDetail| {
                    navigate(&format!("/admin/surveys/{}", saved.summary.id), Default::default());
                })/>
            }
            .into_any();
        }
        match detail.get() {
            None => view! { <p role="status">{i18n.t("common-loading")}</p> }.into_any(),
            Some(Err(error)) => {
                reviewer.handle(&error);
                view! {
                    <h1>{i18n.t("review-surveys-title")}</h1>
                    <p class="notice error">{error_text(i18n, &error)}</p>
                }
                .into_any()
            }
            Some(Ok(survey)) => {
                let locale = i18n.locale();
                let summary = survey.summary.clone();
                let (sid, state) = (summary.id, summary.state);
                let phases = summary
                    .phases
                    .iter()
                    .map(u32::to_string)
                    .collect::<Vec<_>>()
                    .join(", ");
                let action = match state {
                    SurveyState::Open => ("review-survey-close", SurveyState::Closed),
                    SurveyState::Draft => ("review-survey-open", SurveyState::Open),
                    SurveyState::Closed => ("review-survey-reopen", SurveyState::Open),
                };
                view! {
                    <p><A href="/admin/surveys">{i18n.t("review-survey-back")}</A></p>
                    <h1>{summary.title.get(locale).to_owned()}</h1>
                    <dl class="facts">
                        <dt>{i18n.t("review-col-state")}</dt><dd>{state_label(i18n, state)}</dd>
                        <dt>{i18n.t("review-survey-col-phases")}</dt><dd>{phases}</dd>
                        <dt>{i18n.t("review-survey-col-answers")}</dt>
                        <dd>{i18n.t(if summary.anonymous { "review-survey-anonymous" } else { "review-survey-named" })}</dd>
                        <dt>{i18n.t("review-survey-col-invited")}</dt><dd>{format_count(i18n, summary.invited)}</dd>
                        <dt>{i18n.t("review-survey-col-responded")}</dt><dd>{format_count(i18n, summary.responded)}</dd>
                    </dl>
                    <p class="hint">{i18n.t(&format!("review-survey-explain-{}", state.as_str()))}</p>
                    <p class="actions">
                        <button type="button" class="button primary" on:click=move |_| { change_state.dispatch_local((sid, action.1)); }>
                            {i18n.t(action.0)}
                        </button>
                        {move || report.with(|r| r.as_ref().is_some_and(|r| !r.withheld)).then(|| view! {
                            <button type="button" class="button secondary" on:click=move |_| { export.dispatch_local((sid, Sheet::Csv)); }>
                                {i18n.t("review-survey-export")}
                            </button>
                            <button type="button" class="button secondary" on:click=move |_| { export.dispatch_local((sid, Sheet::Ods)); }>
                                {i18n.t("review-survey-export-ods")}
                            </button>
                        })}
                    </p>
                    {(state == SurveyState::Draft).then(|| view! {
                        <h2>{i18n.t("review-survey-edit")}</h2>
                        <SurveyEditor existing=Some(survey.clone()) on_saved=Callback::new(move |saved: SurveyDetail| {
                            notice.set(Some(i18n.t("review-survey-saved")));
                            detail.set(Some(Ok(saved)));
                        })/>
                    })}
                    {move || report.get().map(|report| view! { <Results report=report/> })}
                }
                .into_any()
            }
        }
    };
    view! {
        {page}
        <div role="status" aria-live="polite" class="live">
            {move || notice.get().map(|m| view! { <p class="notice">{m}</p> })}
        </div>
    }
}

/// The definition as JSON (the template for a new survey), a file to load
/// one from, and the phases it invites.
#[component]
fn SurveyEditor(existing: Option<SurveyDetail>, on_saved: Callback<SurveyDetail>) -> impl IntoView {
    let i18n = use_i18n();
    let reviewer = use_reviewer();
    let offer = crate::offer::use_offer();
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
            let template = LocalResource::new(move || {
                let token = reviewer.token();
                async move {
                    crate::api::review_get::<Survey>(&token, "/api/review/surveys/template").await
                }
            });
            Effect::new(move |_| {
                if let Some(Ok(survey)) = template.get()
                    && text.with_untracked(String::is_empty)
                {
                    text.set(serde_json::to_string_pretty(&survey).unwrap_or_default());
                }
            });
            phases.set(vec!["1".to_owned()]);
        }
    }
    let load_file = Action::new_local(|_: &()| async {
        crate::browser::chosen_file_text("#definition-file").await
    });
    Effect::new(move |_| {
        if let Some(Some(content)) = load_file.value().get() {
            text.set(content);
            failure.set(Some(i18n.t("review-survey-file-loaded")));
        }
    });
    let save = Action::new_local(move |input: &SurveyInput| {
        let input = input.clone();
        let token = reviewer.token();
        async move {
            match existing_id {
                Some(id) => {
                    crate::api::review_put::<_, SurveyDetail>(
                        &token,
                        &format!("/api/review/surveys/{id}"),
                        &input,
                    )
                    .await
                }
                None => {
                    crate::api::review_post::<_, SurveyDetail>(
                        &token,
                        "/api/review/surveys",
                        &input,
                    )
                    .await
                }
            }
        }
    });
    Effect::new(move |_| match save.value().get() {
        Some(Ok(saved)) => on_saved.run(saved),
        Some(Err(ApiError::Refused {
            status: 422,
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
        let definition = match serde_json::from_str::<Survey>(&text.get_untracked()) {
            Ok(definition) => definition,
            Err(error) => {
                problems.set(vec![
                    Problem::new("definition", Code::InvalidValue)
                        .with("line", error.line())
                        .with("column", error.column()),
                ]);
                return;
            }
        };
        let mut found: Vec<Problem> = validate_survey(&definition)
            .into_iter()
            .map(|mut p| {
                p.field = format!("definition.{}", p.field);
                p
            })
            .collect();
        let chosen: Vec<u32> = phases
            .get_untracked()
            .iter()
            .filter_map(|p| p.parse().ok())
            .collect();
        if chosen.is_empty() {
            found.push(Problem::new("phases", Code::Required));
        }
        problems.set(found);
        if problems.with_untracked(Vec::is_empty) {
            save.dispatch_local(SurveyInput {
                definition,
                phases: chosen,
            });
        }
    };
    let phase_choices = Signal::derive(move || {
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
    // Problems deep inside the definition all point at the text area, with
    // their path, so that the reviewer knows where to look.
    let target = Callback::new(|problem: Problem| {
        if problem.field == "phases" {
            "#phases".to_owned()
        } else {
            "#definition".to_owned()
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
    let message = Callback::new(move |problem: Problem| {
        if problem.field.starts_with("definition") {
            definition_problem(i18n, &problem)
        } else {
            problem_message(i18n, &problem)
        }
    });
    // The survey as collectives will see it, as soon as the definition is
    // valid; answers typed here only drive the conditions.
    let preview = Memo::new(move |_| {
        text.with(|t| serde_json::from_str::<Survey>(t).ok())
            .filter(|survey| validate_survey(survey).is_empty())
    });
    let preview_answers = RwSignal::new(Answers::new());
    let preview_view = move || match preview.get() {
        Some(survey) => {
            let locale = i18n.locale();
            let title = survey.title.get(locale).to_owned();
            let intro = survey.intro.get(locale).to_owned();
            view! {
                <div class="preview">
                    <h3>{title}</h3>
                    {intro.split("\n\n").map(|p| view! { <p>{p.to_owned()}</p> }).collect_view()}
                    {crate::pages::survey_questions(survey, preview_answers, RwSignal::new(Vec::new()), None)}
                </div>
            }
            .into_any()
        }
        None => {
            view! { <p class="notice">{i18n.t("review-survey-preview-invalid")}</p> }.into_any()
        }
    };
    view! {
        <ErrorSummary problems=problems target=target message=message/>
        <form novalidate=true on:submit=on_submit class="definition-editor">
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
            <CheckboxGroup
                field="phases"
                legend=Signal::derive(move || i18n.t("review-survey-phases-label"))
                hint=Signal::derive(move || i18n.t("review-survey-phases-hint"))
                choices=phase_choices
                checked=phases
                on_toggle=Callback::new(move |(value, on): (String, bool)| phases.update(|list| {
                    list.retain(|v| *v != value);
                    if on { list.push(value); }
                }))
                error=field_error(problems, "phases")
            />
            <div class="form-actions">
                <button type="submit" class="button primary" aria-disabled=move || save.pending().get().then_some("true")>
                    {move || i18n.t(if existing_id.is_some() { "review-survey-save" } else { "review-survey-create" })}
                </button>
            </div>
        </form>
        <div role="status" aria-live="polite" class="live">
            {move || failure.get().map(|m| view! { <p class="notice">{m}</p> })}
        </div>
        <section aria-labelledby="preview-title">
            <h2 id="preview-title">{move || i18n.t("review-survey-preview")}</h2>
            <p class="hint">{move || i18n.t("review-survey-preview-hint")}</p>
            {preview_view}
        </section>
    }
}

/// A problem of the definition, with where it is.
fn definition_problem(i18n: I18n, problem: &Problem) -> String {
    if problem.field == "definition" {
        return i18n.t_args(
            "review-survey-json-error",
            [
                (
                    "line",
                    problem
                        .params
                        .get("line")
                        .and_then(|v| v.as_u64())
                        .unwrap_or(0)
                        .into(),
                ),
                (
                    "column",
                    problem
                        .params
                        .get("column")
                        .and_then(|v| v.as_u64())
                        .unwrap_or(0)
                        .into(),
                ),
            ],
        );
    }
    let mut generic = problem.clone();
    generic.field = String::new();
    let path = problem.field.trim_start_matches("definition.");
    format!("{path} : {}", problem_message(i18n, &generic))
}

fn question_label(question: Option<&Question>, locale: Locale, id: &str) -> String {
    question.map_or_else(|| id.to_owned(), |q| q.label.get(locale).to_owned())
}

/// The label of a value of a question: its choice's label, or the scale
/// point (with the label of the end it is).
fn value_label(question: Option<&Question>, locale: Locale, value: &str) -> String {
    let Some(question) = question else {
        return value.to_owned();
    };
    if let Some(choice) = question.choices.iter().find(|c| c.value == value) {
        return choice.label.get(locale).to_owned();
    }
    let end = question.scale.as_ref().and_then(|s| {
        if value == s.min.to_string() {
            Some(&s.min_label)
        } else if value == s.max.to_string() {
            Some(&s.max_label)
        } else {
            None
        }
    });
    match end {
        Some(end) => format!("{value} ({})", end.get(locale)),
        None => value.to_owned(),
    }
}

fn format_percent(i18n: I18n, percent: f64) -> String {
    let text = format!("{percent:.1}");
    let text = text.trim_end_matches(".0").to_owned();
    match i18n.locale() {
        Locale::Fr => format!("{}\u{202f}%", text.replace('.', ",")),
        Locale::En => format!("{text}%"),
    }
}

#[component]
fn Results(report: SurveyReport) -> impl IntoView {
    let i18n = use_i18n();
    let locale = i18n.locale();
    let definition = report.survey.definition.clone();
    let rates = report.rates.clone();
    let withheld = report.withheld.then(|| {
        view! {
            <p class="notice">
                {i18n.t_args("review-survey-withheld", [("threshold", ANONYMITY_THRESHOLD.into())])}
            </p>
        }
    });
    let questions = report
        .results
        .questions
        .into_iter()
        .map(|result| {
            let question = definition
                .questions
                .iter()
                .find(|q| q.id == result.id)
                .cloned();
            view! { <QuestionResults result=result question=question locale=locale/> }
        })
        .collect_view();
    view! {
        <section aria-labelledby="results-title" class="results">
            <h2 id="results-title">{i18n.t("review-survey-results")}</h2>
            <p class="big-number">{i18n.t_args("review-survey-responses", [("count", report.results.responses.into())])}</p>
            <RateTable rates=rates/>
            {withheld}
            {questions}
        </section>
    }
}

#[component]
fn RateTable(rates: Vec<PhaseRate>) -> impl IntoView {
    let i18n = use_i18n();
    let rows = rates
        .into_iter()
        .map(|rate| {
            view! {
                <tr>
                    <th scope="row">{i18n.t_args("status-phase", [("number", rate.phase.into())])}</th>
                    <td>{format_count(i18n, rate.invited)}</td>
                    <td>{format_count(i18n, rate.responded)}</td>
                    <td>{format_percent(i18n, rate.percent)}</td>
                </tr>
            }
        })
        .collect_view();
    view! {
        <table class="figures">
            <caption>{i18n.t("review-survey-rate-caption")}</caption>
            <thead>
                <tr>
                    <th scope="col">{i18n.t("review-col-phase")}</th>
                    <th scope="col">{i18n.t("review-survey-col-invited")}</th>
                    <th scope="col">{i18n.t("review-survey-col-responded")}</th>
                    <th scope="col">{i18n.t("review-survey-col-rate")}</th>
                </tr>
            </thead>
            <tbody>{rows}</tbody>
        </table>
    }
}

#[component]
fn QuestionResults(
    result: QuestionResult,
    question: Option<Question>,
    locale: Locale,
) -> impl IntoView {
    let i18n = use_i18n();
    let title = question_label(question.as_ref(), locale, &result.id);
    let heading_id = format!("result-{}", result.id.replace('_', "-"));
    let answered = i18n.t_args(
        "review-survey-answered",
        [("count", result.answered.into())],
    );
    let is_text = question.as_ref().is_some_and(|q| q.kind.is_text());
    let body = if is_text {
        view! { <TextAnswers id=result.id.clone() texts=result.texts.clone() label=title.clone()/> }
            .into_any()
    } else {
        let mean = result.mean.map(|mean| {
            let max = question.as_ref().and_then(|q| q.scale.as_ref()).map_or(0, |s| s.max);
            let mean = format!("{mean:.2}").trim_end_matches('0').trim_end_matches('.').to_owned();
            let mean = if locale == Locale::Fr { mean.replace('.', ",") } else { mean };
            view! { <p class="mean">{i18n.t_args("review-survey-mean", [("mean", mean.into()), ("max", max.into())])}</p> }
        });
        let multiple = question
            .as_ref()
            .is_some_and(|q| q.kind == QuestionType::MultipleChoice);
        view! {
            <BarChart result=result.clone() question=question.clone() locale=locale labelled_by=heading_id.clone()/>
            {mean}
            {multiple.then(|| view! { <p class="hint">{i18n.t("review-survey-multiple-note")}</p> })}
        }
        .into_any()
    };
    view! {
        <article class="question-result" aria-labelledby=heading_id.clone()>
            <h3 id=heading_id.clone()>{title}</h3>
            <p class="hint">{answered}</p>
            {body}
        </article>
    }
}

/// Horizontal bars, one per value, with the label, the count and the
/// percentage written as text; the image's name says it all for screen
/// readers.
#[component]
fn BarChart(
    result: QuestionResult,
    question: Option<Question>,
    locale: Locale,
    labelled_by: String,
) -> impl IntoView {
    let i18n = use_i18n();
    let row = 34.0;
    let height = row * result.values.len() as f64;
    let lines: Vec<(String, String, f64)> = result
        .values
        .iter()
        .map(|v| {
            let label = value_label(question.as_ref(), locale, &v.value);
            let figures = i18n.t_args(
                "review-survey-count",
                [
                    ("count", v.count.into()),
                    ("percent", format_percent(i18n, v.percent).into()),
                ],
            );
            (label, figures, v.percent)
        })
        .collect();
    let description = lines
        .iter()
        .map(|(label, figures, _)| {
            i18n.t_args(
                "review-survey-bar",
                [
                    ("label", label.clone().into()),
                    ("figures", figures.clone().into()),
                ],
            )
        })
        .collect::<Vec<_>>()
        .join(" ; ");
    let desc_id = format!("{labelled_by}-desc");
    let bars = lines
        .into_iter()
        .enumerate()
        .map(|(i, (label, figures, percent))| {
            let y = i as f64 * row;
            view! {
                <g>
                    <text x="0" y=y + 14.0 class="bar-label">{label}</text>
                    <rect class="bar-track" x="0" y=y + 18.0 width="70%" height="12" rx="3"/>
                    <rect class="bar" x="0" y=y + 18.0 width=format!("{}%", percent * 0.7) height="12" rx="3"/>
                    <text x="72%" y=y + 29.0 class="bar-figures">{figures}</text>
                </g>
            }
        })
        .collect_view();
    let labels = format!("{labelled_by} {desc_id}");
    view! {
        <svg class="bars" role="img" aria-labelledby=labels width="100%" height=height>
            <desc id=desc_id>{description}</desc>
            {bars}
        </svg>
    }
}

/// Free-text answers, with a filter as you type.
#[component]
fn TextAnswers(id: String, texts: Vec<String>, label: String) -> impl IntoView {
    let i18n = use_i18n();
    let query = RwSignal::new(String::new());
    let total = texts.len();
    let shown = {
        let texts = texts.clone();
        move || {
            let words = crate::text::query_words(&query.get());
            texts
                .iter()
                .filter(|t| words.is_empty() || !crate::text::matches(t, &words).is_empty())
                .cloned()
                .collect::<Vec<_>>()
        }
    };
    let shown_count = {
        let shown = shown.clone();
        move || shown().len()
    };
    let field_id = format!("filter-{}", crate::components::form::dom_id(&id));
    (total > 0).then(|| view! {
        <div class="field">
            <label for=field_id.clone()>{i18n.t_args("review-survey-filter", [("question", label.clone().into())])}</label>
            <input type="search" id=field_id class="control" prop:value=move || query.get() on:input=move |ev| query.set(event_target_value(&ev))/>
        </div>
        <p role="status" class="hint">{move || i18n.t_args("review-survey-texts-shown", [("shown", shown_count().into()), ("total", total.into())])}</p>
        <ul class="texts">
            {move || shown().into_iter().map(|t| view! { <li>{t}</li> }).collect_view()}
        </ul>
    })
}
