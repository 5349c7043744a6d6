//! The questions of a survey, each drawn by its kind: text fields, radio
//! buttons and checkboxes, a scale as a row of radio buttons, a ranking as
//! a list moved with buttons, a matrix as one scale per row. Every one works
//! with the keyboard alone and names itself to screen readers.

use leptos::prelude::*;
use portal_core::survey::{Answer, Answers, Question, QuestionType, Scale, visible_questions};
use portal_core::{Locale, Problem};

use super::parts::Parts;
use crate::components::form::{
    CheckboxGroup, Choice, Hint, InlineError, RadioGroup, TextField, described_by, dom_id,
    field_error,
};
use crate::i18n::{I18n, use_i18n};

fn field(question: &Question) -> String {
    format!("answers.{}", question.id)
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
        QuestionType::Ranking => super::ranking::ranking_question(i18n, locale, parts, &question),
        QuestionType::Matrix => match question.scale.clone() {
            Some(scale) => matrix_question(i18n, locale, parts, &question, &scale),
            None => ().into_any(),
        },
    }
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

/// The sentence naming a scale's ends, for its hint.
fn scale_ends(i18n: I18n, locale: Locale, scale: &Scale) -> String {
    i18n.t_args(
        "survey-scale-ends",
        [
            ("min", scale.min.into()),
            ("minLabel", scale.min_label.get(locale).to_owned().into()),
            ("max", scale.max.into()),
            ("maxLabel", scale.max_label.get(locale).to_owned().into()),
        ],
    )
}

/// The points of a scale as radio buttons: the number is the name; an
/// end's words describe it, so that the whole scale fits on one row of a
/// phone.
fn scale_points(locale: Locale, scale: &Scale) -> Vec<Choice> {
    (scale.min..=scale.max)
        .map(|n| {
            let end = if n == scale.min {
                Some(&scale.min_label)
            } else if n == scale.max {
                Some(&scale.max_label)
            } else {
                None
            };
            Choice {
                value: n.to_string(),
                label: n.to_string(),
                hint: end.map(|end| end.get(locale).to_owned()),
            }
        })
        .collect()
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
    let ends = scale_ends(i18n, locale, scale);
    let hint = match hint {
        Some(hint) => format!("{hint} {ends}"),
        None => ends,
    };
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
                choices=Signal::stored(scale_points(locale, scale))
                selected=selected
                on_select=Callback::new(move |value: String| set.run(value.parse().ok().map(Answer::Number)))
                error=error
            />
        </div>
    }
    .into_any()
}

/// A matrix: the question as a group, then one scale per row, each a group
/// of its own named by the row, so that a screen reader says which item a
/// point rates (a grid of radio buttons under column headers does not).
fn matrix_question(
    i18n: I18n,
    locale: Locale,
    parts: Parts,
    question: &Question,
    scale: &Scale,
) -> AnyView {
    let Parts {
        field,
        error,
        label,
        hint,
        current,
        set,
    } = parts;
    let id = dom_id(&field);
    let ends = scale_ends(i18n, locale, scale);
    let hint = match hint {
        Some(hint) => format!("{hint} {ends}"),
        None => ends,
    };
    let points = scale_points(locale, scale);
    let grid = move || match current.get() {
        Some(Answer::Grid(grid)) => grid,
        _ => Default::default(),
    };
    let rows = question
        .rows
        .iter()
        .map(|row| {
            let value = row.value.clone();
            let selected = {
                let value = value.clone();
                Signal::derive(move || grid().get(&value).map(i64::to_string))
            };
            let on_select = Callback::new(move |point: String| {
                let mut all = grid();
                if let Ok(n) = point.parse() {
                    all.insert(value.clone(), n);
                }
                set.run(Some(Answer::Grid(all)));
            });
            view! {
                <div class="scale">
                    <RadioGroup
                        field=format!("{field}.{}", row.value)
                        legend=Signal::stored(row.label.get(locale).to_owned())
                        choices=Signal::stored(points.clone())
                        selected=selected
                        on_select=on_select
                        error=Signal::stored(None::<String>)
                    />
                </div>
            }
        })
        .collect_view();
    let describedby = {
        let id = id.clone();
        move || described_by(&id, true, error.with(Option::is_some))
    };
    view! {
        <fieldset class="field matrix" id=id.clone() tabindex="-1" class:has-error=move || error.with(Option::is_some)
            aria-describedby=describedby>
            <legend>{label}</legend>
            <Hint id=id.clone() hint=MaybeProp::from(hint)/>
            <InlineError id=id.clone() error=error/>
            {rows}
        </fieldset>
    }
    .into_any()
}
