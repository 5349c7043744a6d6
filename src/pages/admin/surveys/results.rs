//! A survey's results: how many responded per phase, then each question's
//! figures (a bar per value with the count and percentage as text, the mean
//! of a scale) or its free texts with a filter. Of an anonymous survey, the
//! server sends only what its `Disclosure` allows: the count while it is
//! open, the rest once closed with enough responses.

use leptos::prelude::*;
use portal_core::Locale;
use portal_core::survey::{
    ANONYMITY_THRESHOLD, Disclosure, ItemResult, PhaseRate, Progress, Question, QuestionResult,
    QuestionType, Survey, SurveyReport,
};

use crate::components::{Column, DataTable};
use crate::i18n::{I18n, format_count, use_i18n};

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
pub fn Results(report: SurveyReport) -> impl IntoView {
    let i18n = use_i18n();
    let locale = i18n.locale();
    let definition = report.survey.definition.clone();
    let questions_of = definition.clone();
    let rates = report.rates.clone();
    let progress = report.progress.clone();
    let withheld = match report.disclosure {
        Disclosure::CountOnly => Some("review-survey-withheld-open"),
        Disclosure::TooFew => Some("review-survey-withheld"),
        Disclosure::Everything | Disclosure::Answers => None,
    }
    .map(|id| {
        view! {
            <p class="notice">
                {i18n.t_args(id, [("threshold", ANONYMITY_THRESHOLD.into())])}
            </p>
        }
    });
    let questions = report
        .results
        .questions
        .into_iter()
        .map(|result| {
            let question = questions_of
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
            {(!rates.is_empty()).then(|| view! { <RateTable rates=rates/> })}
            {progress.map(|progress| view! { <ProgressTables progress=progress survey=definition.clone() locale=locale/> })}
            {withheld}
            {questions}
        </section>
    }
}

/// "Phase 2", or "Phases 2, 5" for phases counted together.
fn phases_label(i18n: I18n, phases: &[u32]) -> String {
    match phases {
        [one] => i18n.t_args("status-phase", [("number", (*one).into())]),
        several => {
            let numbers: Vec<String> = several.iter().map(u32::to_string).collect();
            i18n.t_args(
                "review-survey-phases",
                [("numbers", numbers.join(", ").into())],
            )
        }
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
                    <th scope="row">{phases_label(i18n, &rate.phases)}</th>
                    <td>{format_count(i18n, rate.invited)}</td>
                    <td>{format_count(i18n, rate.responded)}</td>
                    <td>{format_percent(i18n, rate.percent)}</td>
                </tr>
            }
        })
        .collect_view();
    let columns = [
        "review-col-phase",
        "review-survey-col-invited",
        "review-survey-col-responded",
        "review-survey-col-rate",
    ]
    .map(|id| Column::new(i18n.t(id)))
    .into();
    view! {
        <DataTable caption=i18n.t("review-survey-rate-caption") class="figures" columns=columns>
            {rows}
        </DataTable>
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
            let mean = format_decimal(locale, mean);
            view! { <p class="mean">{i18n.t_args("review-survey-mean", [("mean", mean.into()), ("max", max.into())])}</p> }
        });
        let kind = question.as_ref().map(|q| q.kind);
        let multiple = kind == Some(QuestionType::MultipleChoice);
        let items = (!result.items.is_empty()).then(|| {
            view! { <ItemTable items=result.items.clone() question=question.clone() locale=locale/> }
        });
        let chart = (kind != Some(QuestionType::Matrix)).then(|| view! {
            {(kind == Some(QuestionType::Ranking)).then(|| view! { <p class="hint">{i18n.t("review-survey-ranking-firsts")}</p> })}
            <BarChart result=result.clone() question=question.clone() locale=locale labelled_by=heading_id.clone()/>
        });
        view! {
            {chart}
            {mean}
            {multiple.then(|| view! { <p class="hint">{i18n.t("review-survey-multiple-note")}</p> })}
            {items}
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

/// Per item of a ranking, its mean place; per row of a matrix, its mean
/// point: each with how many gave one.
#[component]
fn ItemTable(items: Vec<ItemResult>, question: Option<Question>, locale: Locale) -> impl IntoView {
    let i18n = use_i18n();
    let ranking = question
        .as_ref()
        .is_some_and(|q| q.kind == QuestionType::Ranking);
    let label_of = |value: &str| {
        question
            .as_ref()
            .and_then(|q| q.choices.iter().chain(&q.rows).find(|c| c.value == value))
            .map_or_else(|| value.to_owned(), |c| c.label.get(locale).to_owned())
    };
    let rows = items
        .iter()
        .map(|item| {
            let mean = item
                .mean
                .map(|m| format_decimal(locale, m))
                .unwrap_or_default();
            view! {
                <tr>
                    <th scope="row">{label_of(&item.value)}</th>
                    <td>{mean}</td>
                    <td>{format_count(i18n, item.answered)}</td>
                </tr>
            }
        })
        .collect_view();
    let (caption, mean) = if ranking {
        (
            "review-survey-ranking-caption",
            "review-survey-col-mean-rank",
        )
    } else {
        ("review-survey-matrix-caption", "review-survey-col-mean")
    };
    let columns = ["review-survey-col-item", mean, "review-survey-col-given"]
        .map(|id| Column::new(i18n.t(id)))
        .into();
    view! {
        <DataTable caption=i18n.t(caption) class="figures" columns=columns>
            {rows}
        </DataTable>
    }
}

fn format_decimal(locale: Locale, value: f64) -> String {
    let text = format!("{value:.2}")
        .trim_end_matches('0')
        .trim_end_matches('.')
        .to_owned();
    if locale == Locale::Fr {
        text.replace('.', ",")
    } else {
        text
    }
}

/// How far the invited collectives went, and where those who began without
/// sending stopped: counts only, never who.
#[component]
fn ProgressTables(progress: Progress, survey: Survey, locale: Locale) -> impl IntoView {
    let i18n = use_i18n();
    let of_invited = |n: u32| {
        let percent = if progress.invited == 0 {
            0.0
        } else {
            f64::from(n) * 100.0 / f64::from(progress.invited)
        };
        format_percent(i18n, (percent * 10.0).round() / 10.0)
    };
    let steps = [
        ("review-survey-progress-invited", progress.invited),
        ("review-survey-progress-opened", progress.opened),
        ("review-survey-progress-started", progress.started),
        ("review-survey-progress-finished", progress.finished),
    ]
    .into_iter()
    .map(|(label, n)| {
        view! {
            <tr>
                <th scope="row">{i18n.t(label)}</th>
                <td>{format_count(i18n, n)}</td>
                <td>{of_invited(n)}</td>
            </tr>
        }
    })
    .collect_view();
    let columns = [
        "review-survey-col-step",
        "review-survey-col-count",
        "review-survey-col-of-invited",
    ]
    .map(|id| Column::new(i18n.t(id)))
    .into();
    let stops = if progress.stopped.is_empty() {
        view! { <p>{i18n.t("review-survey-no-stops")}</p> }.into_any()
    } else {
        let rows = progress
            .stopped
            .iter()
            .map(|stop| {
                let question = survey.questions.iter().find(|q| q.id == stop.question);
                view! {
                    <tr>
                        <th scope="row">{question_label(question, locale, &stop.question)}</th>
                        <td>{format_count(i18n, stop.count)}</td>
                    </tr>
                }
            })
            .collect_view();
        let columns = [
            "review-survey-col-last-answered",
            "review-survey-col-stopped",
        ]
        .map(|id| Column::new(i18n.t(id)))
        .into();
        view! {
            <DataTable caption=i18n.t("review-survey-stops-caption") class="figures" columns=columns>
                {rows}
            </DataTable>
        }
        .into_any()
    };
    view! {
        <DataTable caption=i18n.t("review-survey-progress-caption") class="figures" columns=columns>
            {steps}
        </DataTable>
        {stops}
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
            let words = crate::search::query_words(&query.get());
            texts
                .iter()
                .filter(|t| words.is_empty() || !crate::search::matches(t, &words).is_empty())
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
