//! The responses of a survey counted: per value, per question, with the
//! anonymity threshold below which reviewers see nothing.

use serde::{Deserialize, Serialize};

use super::{Answer, Answers, Question, QuestionType, Survey};
use crate::Locale;

/// The tally of one value of a choice or scale question.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct ValueCount {
    pub value: String,
    pub count: u32,
    /// Of the responses that answered the question, one decimal.
    pub percent: f64,
}

/// The results of one item of a ranking or row of a matrix: counts per
/// position (ranking, 1 the first) or per scale point (matrix), and the mean.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct ItemResult {
    pub value: String,
    pub answered: u32,
    pub values: Vec<ValueCount>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub mean: Option<f64>,
}

/// The results of one question: counts per value (choices, scale points;
/// for a ranking, how often each item came first), the mean of a scale, the
/// texts of a text question, the items of a ranking or a matrix.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct QuestionResult {
    pub id: String,
    /// Responses that answered it.
    pub answered: u32,
    pub values: Vec<ValueCount>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub mean: Option<f64>,
    pub texts: Vec<String>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub items: Vec<ItemResult>,
}

/// Per question results of a set of responses.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct SurveyResults {
    pub responses: u32,
    pub questions: Vec<QuestionResult>,
}

pub(super) fn percent(count: u32, of: u32) -> f64 {
    if of == 0 {
        0.0
    } else {
        (f64::from(count) * 1000.0 / f64::from(of)).round() / 10.0
    }
}

fn saturating_u32(n: usize) -> u32 {
    u32::try_from(n).unwrap_or(u32::MAX)
}

fn mean(numbers: &[i64]) -> Option<f64> {
    (!numbers.is_empty()).then(|| {
        let sum: i64 = numbers.iter().sum();
        ((sum as f64 / numbers.len() as f64) * 100.0).round() / 100.0
    })
}

/// How many of `numbers` are each of `values` (numbers written out).
fn distribution(values: &[String], numbers: &[i64]) -> Vec<ValueCount> {
    let of = saturating_u32(numbers.len());
    values
        .iter()
        .map(|value| {
            let count = saturating_u32(numbers.iter().filter(|n| n.to_string() == *value).count());
            ValueCount {
                value: value.clone(),
                count,
                percent: percent(count, of),
            }
        })
        .collect()
}

/// Per item of a ranking, the positions it was given (1 the first); per row
/// of a matrix, the points.
fn items(question: &Question, answers: &[&Answer]) -> Vec<ItemResult> {
    let (keys, points): (Vec<String>, Vec<String>) = match question.kind {
        QuestionType::Ranking => (
            question.choices.iter().map(|c| c.value.clone()).collect(),
            (1..=question.choices.len())
                .map(|n| n.to_string())
                .collect(),
        ),
        QuestionType::Matrix => (
            question.rows.iter().map(|r| r.value.clone()).collect(),
            question.values(),
        ),
        _ => return Vec::new(),
    };
    keys.into_iter()
        .map(|key| {
            let numbers: Vec<i64> = answers
                .iter()
                .filter_map(|answer| match answer {
                    Answer::Many(order) => order
                        .iter()
                        .position(|v| *v == key)
                        .and_then(|p| i64::try_from(p + 1).ok()),
                    Answer::Grid(grid) => grid.get(&key).copied(),
                    _ => None,
                })
                .collect();
            ItemResult {
                answered: saturating_u32(numbers.len()),
                values: distribution(&points, &numbers),
                mean: mean(&numbers),
                value: key,
            }
        })
        .collect()
}

/// Counts, percentages, means and texts, question by question. Answers that
/// do not fit the survey (it cannot happen for stored, validated responses)
/// are ignored.
pub fn tally(survey: &Survey, responses: &[Answers]) -> SurveyResults {
    let questions = survey
        .questions
        .iter()
        .map(|question| {
            let answers: Vec<&Answer> = responses
                .iter()
                .filter_map(|r| r.get(&question.id))
                .filter(|a| !a.is_empty())
                .collect();
            let answered = saturating_u32(answers.len());
            let listed = match question.kind {
                QuestionType::Matrix => Vec::new(),
                _ => question.values(),
            };
            let values = listed
                .into_iter()
                .map(|value| {
                    let count = saturating_u32(
                        answers
                            .iter()
                            .filter(|a| match (question.kind, a) {
                                (QuestionType::Ranking, Answer::Many(order)) => {
                                    order.first() == Some(&value)
                                }
                                _ => a.matches(std::slice::from_ref(&value)),
                            })
                            .count(),
                    );
                    ValueCount {
                        percent: percent(count, answered),
                        value,
                        count,
                    }
                })
                .collect();
            let numbers: Vec<i64> = answers
                .iter()
                .filter_map(|a| match a {
                    Answer::Number(n) => Some(*n),
                    _ => None,
                })
                .collect();
            let mean = if question.kind == QuestionType::Scale {
                mean(&numbers)
            } else {
                None
            };
            let texts = if question.kind.is_text() {
                answers
                    .iter()
                    .filter_map(|a| match a {
                        Answer::Text(text) => Some(text.clone()),
                        _ => None,
                    })
                    .collect()
            } else {
                Vec::new()
            };
            QuestionResult {
                id: question.id.clone(),
                answered,
                values,
                mean,
                texts,
                items: items(question, &answers),
            }
        })
        .collect();
    SurveyResults {
        responses: saturating_u32(responses.len()),
        questions,
    }
}

/// A response as one line of an export, for readers of `locale`: one cell
/// per question, a choice by its label, several choices joined with `; `, a
/// ranking's with ` > `, a matrix's rows as `label: point`.
pub fn response_cells(survey: &Survey, answers: &Answers, locale: Locale) -> Vec<String> {
    let label = |q: &Question, value: &str| {
        q.choices
            .iter()
            .find(|c| c.value == value)
            .map_or_else(|| value.to_owned(), |c| c.label.get(locale).to_owned())
    };
    survey
        .questions
        .iter()
        .map(|q| match answers.get(&q.id) {
            Some(Answer::Number(n)) => n.to_string(),
            Some(Answer::Text(text)) if q.kind.has_choices() => label(q, text),
            Some(Answer::Text(text)) => text.clone(),
            Some(Answer::Many(values)) => {
                values.iter().map(|v| label(q, v)).collect::<Vec<_>>().join(
                    if q.kind == QuestionType::Ranking {
                        " > "
                    } else {
                        "; "
                    },
                )
            }
            Some(Answer::Grid(points)) => q
                .rows
                .iter()
                .filter_map(|row| {
                    let point = points.get(&row.value)?;
                    Some(format!("{}: {point}", row.label.get(locale)))
                })
                .collect::<Vec<_>>()
                .join("; "),
            None => String::new(),
        })
        .collect()
}
