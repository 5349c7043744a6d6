//! What a valid survey is, which questions a response's answers call for,
//! and what a valid response is.

use std::collections::{BTreeMap, BTreeSet};

use super::{Answer, Answers, Condition, Localized, Question, QuestionType, Scale, Survey, limits};
use crate::application::{Lines, has_control};
use crate::{Code, Problem};

fn is_id(text: &str) -> bool {
    !text.is_empty()
        && text.len() <= limits::ID_MAX
        && text
            .bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'_')
}

/// Both languages present, one line unless `lines` says otherwise, bounded.
fn localized(out: &mut Vec<Problem>, field: &str, text: &Localized, max: usize, lines: Lines) {
    for (lang, value) in [("fr", &text.fr), ("en", &text.en)] {
        let field = format!("{field}.{lang}");
        let value = value.trim();
        if value.is_empty() {
            out.push(Problem::new(field, Code::Required));
        } else if has_control(value, lines) {
            out.push(Problem::new(field, Code::ControlCharacters));
        } else if value.chars().count() > max {
            out.push(Problem::new(field, Code::TooLong).with("max", max));
        }
    }
}

impl Question {
    /// The longest text this question accepts, in characters.
    pub fn text_max(&self) -> usize {
        let ceiling = match self.kind {
            QuestionType::LongText => limits::LONG_TEXT_MAX,
            _ => limits::SHORT_TEXT_MAX,
        };
        self.max_length
            .map_or(ceiling, |max| (max as usize).min(ceiling))
    }

    /// Whether `value` is one an answer may take: a choice's value, or a
    /// point of the scale written as a plain integer. A scale is tested by
    /// arithmetic, so nothing grows with its range.
    pub fn takes_value(&self, value: &str) -> bool {
        match (self.kind.has_scale(), &self.scale) {
            (true, Some(scale)) => value
                .parse::<i64>()
                .is_ok_and(|n| (scale.min..=scale.max).contains(&n) && n.to_string() == value),
            _ => self.choices.iter().any(|c| c.value == value),
        }
    }

    /// The values an answer may take, for choice and scale questions (a
    /// matrix: those of each row). Only a scale within
    /// [`limits::SCALE_STEPS_MAX`] steps is listed (the others are refused
    /// by `validate_survey`): none otherwise.
    pub fn values(&self) -> Vec<String> {
        match (self.kind.has_scale(), &self.scale) {
            (true, Some(scale)) if scale_fits(scale) => {
                (scale.min..=scale.max).map(|n| n.to_string()).collect()
            }
            (true, _) => Vec::new(),
            _ => self.choices.iter().map(|c| c.value.clone()).collect(),
        }
    }
}

/// A scale within the bounds, with at least two and at most
/// [`limits::SCALE_STEPS_MAX`] steps.
fn scale_fits(scale: &Scale) -> bool {
    let (low, high) = limits::SCALE_BOUNDS;
    (low..=high).contains(&scale.min)
        && (low..=high).contains(&scale.max)
        && scale.min < scale.max
        && scale.max - scale.min < limits::SCALE_STEPS_MAX
}

/// Every problem of a definition, with dotted paths (`questions.2.choices`).
pub fn validate_survey(survey: &Survey) -> Vec<Problem> {
    let mut out = Vec::new();
    localized(
        &mut out,
        "title",
        &survey.title,
        limits::TITLE_MAX,
        Lines::One,
    );
    localized(
        &mut out,
        "intro",
        &survey.intro,
        limits::INTRO_MAX,
        Lines::Many,
    );
    let (min, max) = limits::QUESTIONS;
    if survey.questions.len() < min {
        out.push(Problem::new("questions", Code::Required));
    } else if survey.questions.len() > max {
        // Nothing more is looked at: the work would grow with the list.
        out.push(Problem::new("questions", Code::TooLong).with("max", max));
        return out;
    }
    let mut earlier: BTreeMap<&str, &Question> = BTreeMap::new();
    for (index, question) in survey.questions.iter().enumerate() {
        let at = format!("questions.{index}");
        if !is_id(&question.id) {
            out.push(Problem::new(format!("{at}.id"), Code::InvalidValue));
        } else if earlier.contains_key(question.id.as_str()) {
            out.push(Problem::new(format!("{at}.id"), Code::DuplicateValue));
        }
        localized(
            &mut out,
            &format!("{at}.label"),
            &question.label,
            limits::LABEL_MAX,
            Lines::One,
        );
        if let Some(hint) = &question.hint {
            localized(
                &mut out,
                &format!("{at}.hint"),
                hint,
                limits::HINT_MAX,
                Lines::Many,
            );
        }
        validate_shape(&mut out, &at, question);
        if let Some(condition) = &question.show_if {
            let field = format!("{at}.show_if");
            match earlier.get(condition.question.as_str()) {
                Some(source) if source.kind.can_lead() => {
                    out.extend(check_any_of(&format!("{field}.any_of"), source, condition));
                }
                _ => out.push(Problem::new(
                    format!("{field}.question"),
                    Code::InvalidCondition,
                )),
            }
        }
        earlier.entry(question.id.as_str()).or_insert(question);
    }
    out
}

/// The values of a condition: one to [`limits::CHOICES`]'s most, each once,
/// each one the source question takes.
fn check_any_of(field: &str, source: &Question, condition: &Condition) -> Option<Problem> {
    let any_of = &condition.any_of;
    let max = limits::CHOICES.1;
    if any_of.is_empty() {
        return Some(Problem::new(field, Code::Required));
    }
    if any_of.len() > max {
        return Some(Problem::new(field, Code::TooLong).with("max", max));
    }
    let distinct: BTreeSet<&String> = any_of.iter().collect();
    if distinct.len() != any_of.len() {
        Some(Problem::new(field, Code::DuplicateValue))
    } else if any_of.iter().any(|v| !source.takes_value(v)) {
        Some(Problem::new(field, Code::InvalidValue))
    } else {
        None
    }
}

/// A list of choices or rows: within `(min, max)`, each value an id given
/// once, each label in both languages.
fn check_items(
    out: &mut Vec<Problem>,
    field: &str,
    items: &[super::ChoiceDef],
    (min, max): (usize, usize),
) {
    if items.len() < min {
        out.push(Problem::new(field, Code::TooShort).with("min", min));
        return;
    } else if items.len() > max {
        out.push(Problem::new(field, Code::TooLong).with("max", max));
        return;
    }
    let mut seen = BTreeSet::new();
    for (index, item) in items.iter().enumerate() {
        let at = format!("{field}.{index}");
        if !is_id(&item.value) {
            out.push(Problem::new(format!("{at}.value"), Code::InvalidValue));
        } else if !seen.insert(item.value.as_str()) {
            out.push(Problem::new(format!("{at}.value"), Code::DuplicateValue));
        }
        localized(
            out,
            &format!("{at}.label"),
            &item.label,
            limits::LABEL_MAX,
            Lines::One,
        );
    }
}

fn validate_shape(out: &mut Vec<Problem>, at: &str, question: &Question) {
    let kind = question.kind;
    let choices = format!("{at}.choices");
    if kind.has_choices() {
        check_items(out, &choices, &question.choices, limits::CHOICES);
    } else if !question.choices.is_empty() {
        out.push(Problem::new(choices, Code::NotApplicable));
    }
    let rows = format!("{at}.rows");
    if kind == QuestionType::Matrix {
        check_items(out, &rows, &question.rows, limits::ROWS);
    } else if !question.rows.is_empty() {
        out.push(Problem::new(rows, Code::NotApplicable));
    }
    match (kind.has_scale(), &question.scale) {
        (true, Some(scale)) => {
            let (low, high) = limits::SCALE_BOUNDS;
            if !scale_fits(scale) {
                out.push(
                    Problem::new(format!("{at}.scale"), Code::OutOfRange)
                        .with("min", low)
                        .with("max", high),
                );
            }
            for (end, label) in [
                ("min_label", &scale.min_label),
                ("max_label", &scale.max_label),
            ] {
                localized(
                    out,
                    &format!("{at}.scale.{end}"),
                    label,
                    limits::LABEL_MAX,
                    Lines::One,
                );
            }
        }
        (true, None) => out.push(Problem::new(format!("{at}.scale"), Code::Required)),
        (false, Some(_)) => out.push(Problem::new(format!("{at}.scale"), Code::NotApplicable)),
        (false, None) => {}
    }
    if let Some(max) = question.max_length
        && (!kind.is_text() || max == 0)
    {
        out.push(Problem::new(format!("{at}.max_length"), Code::InvalidValue));
    }
}

/// The questions shown for these answers, in order: a question with a
/// condition is shown when the question it depends on is shown and answered
/// with one of the values.
pub fn visible_questions<'a>(survey: &'a Survey, answers: &Answers) -> Vec<&'a Question> {
    let mut shown: Vec<&Question> = Vec::new();
    for question in &survey.questions {
        let visible = match &question.show_if {
            None => true,
            Some(condition) => {
                shown.iter().any(|q| q.id == condition.question)
                    && answers
                        .get(&condition.question)
                        .is_some_and(|a| a.matches(&condition.any_of))
            }
        };
        if visible {
            shown.push(question);
        }
    }
    shown
}

/// The answers worth sending: those of shown questions, not empty, with
/// texts trimmed.
pub fn clean_answers(survey: &Survey, answers: &Answers) -> Answers {
    visible_questions(survey, answers)
        .into_iter()
        .filter_map(|q| {
            let answer = answers.get(&q.id)?;
            if answer.is_empty() {
                return None;
            }
            let answer = match answer {
                Answer::Text(text) => Answer::Text(text.trim().to_owned()),
                other => other.clone(),
            };
            Some((q.id.clone(), answer))
        })
        .collect()
}

fn out_of_scale(field: &str, scale: &Scale, n: i64) -> Option<Problem> {
    (!(scale.min..=scale.max).contains(&n)).then(|| {
        Problem::new(field, Code::OutOfRange)
            .with("min", scale.min)
            .with("max", scale.max)
    })
}

/// A matrix's answer: rows of the question, points of its scale, and every
/// row when the question is required.
fn check_grid(field: &str, question: &Question, points: &BTreeMap<String, i64>) -> Option<Problem> {
    let scale = question.scale.as_ref()?;
    if points
        .keys()
        .any(|row| !question.rows.iter().any(|r| &r.value == row))
    {
        return Some(Problem::new(field, Code::InvalidChoice));
    }
    if let Some(problem) = points.values().find_map(|n| out_of_scale(field, scale, *n)) {
        return Some(problem);
    }
    (question.required && points.len() != question.rows.len())
        .then(|| Problem::new(field, Code::Required))
}

/// Every problem of a response, with the field `answers.<question id>`.
pub fn validate_response(survey: &Survey, answers: &Answers) -> Vec<Problem> {
    let mut out = Vec::new();
    let field = |id: &str| format!("answers.{id}");
    let visible = visible_questions(survey, answers);
    for id in answers.keys() {
        if !survey.questions.iter().any(|q| &q.id == id) {
            out.push(Problem::new(field(id), Code::UnknownField));
        } else if !visible.iter().any(|q| &q.id == id) && !answers[id].is_empty() {
            out.push(Problem::new(field(id), Code::NotApplicable));
        }
    }
    for question in visible {
        let field = field(&question.id);
        let answer = answers.get(&question.id).filter(|a| !a.is_empty());
        let Some(answer) = answer else {
            if question.required {
                out.push(Problem::new(field, Code::Required));
            }
            continue;
        };
        let problem = match (question.kind, answer) {
            (QuestionType::SingleChoice, Answer::Text(value)) => {
                (!question.takes_value(value)).then(|| Problem::new(&field, Code::InvalidChoice))
            }
            (QuestionType::MultipleChoice, Answer::Many(values)) => {
                let distinct: BTreeSet<&String> = values.iter().collect();
                if values.iter().any(|v| !question.takes_value(v)) {
                    Some(Problem::new(&field, Code::InvalidChoice))
                } else if distinct.len() != values.len() {
                    Some(Problem::new(&field, Code::DuplicateValue))
                } else {
                    None
                }
            }
            (QuestionType::Scale, Answer::Number(n)) => question
                .scale
                .as_ref()
                .and_then(|s| out_of_scale(&field, s, *n)),
            (QuestionType::Ranking, Answer::Many(values)) => {
                let distinct: BTreeSet<&String> = values.iter().collect();
                if values.iter().any(|v| !question.takes_value(v)) {
                    Some(Problem::new(&field, Code::InvalidChoice))
                } else if distinct.len() != values.len() {
                    Some(Problem::new(&field, Code::DuplicateValue))
                } else if values.len() != question.choices.len() {
                    // A ranking places every item.
                    Some(Problem::new(&field, Code::TooShort).with("min", question.choices.len()))
                } else {
                    None
                }
            }
            (QuestionType::Matrix, Answer::Grid(points)) => check_grid(&field, question, points),
            (QuestionType::ShortText | QuestionType::LongText, Answer::Text(text)) => {
                let lines = if question.kind == QuestionType::LongText {
                    Lines::Many
                } else {
                    Lines::One
                };
                let text = text.trim();
                let max = question.text_max();
                if has_control(text, lines) {
                    Some(Problem::new(&field, Code::ControlCharacters))
                } else if text.chars().count() > max {
                    Some(Problem::new(&field, Code::TooLong).with("max", max))
                } else {
                    None
                }
            }
            _ => Some(Problem::new(&field, Code::InvalidValue)),
        };
        out.extend(problem);
    }
    out
}

/// How far a response has come: the last question shown that has an
/// answer, the place reviewers see a draft stopped at.
pub fn reached(survey: &Survey, answers: &Answers) -> Option<String> {
    visible_questions(survey, answers)
        .into_iter()
        .rev()
        .find(|q| answers.get(&q.id).is_some_and(|a| !a.is_empty()))
        .map(|q| q.id.clone())
}

/// The problems of a draft as the server keeps it: a sealed text (base64,
/// bounded; what it says only the invitation secret opens) and the
/// question it reached, one of the survey's.
pub fn check_draft(survey: &Survey, sealed: &str, reached: Option<&str>) -> Vec<Problem> {
    let mut out = Vec::new();
    let base64 = |b: u8| b.is_ascii_alphanumeric() || matches!(b, b'+' | b'/' | b'=');
    if sealed.is_empty() {
        out.push(Problem::new("sealed", Code::Required));
    } else if sealed.len() > limits::DRAFT_MAX {
        out.push(Problem::new("sealed", Code::TooLong).with("max", limits::DRAFT_MAX));
    } else if !sealed.bytes().all(base64) {
        out.push(Problem::new("sealed", Code::InvalidValue));
    }
    if let Some(id) = reached
        && !survey.questions.iter().any(|q| q.id == id)
    {
        out.push(Problem::new("reached", Code::InvalidValue));
    }
    out
}
