//! Feedback surveys are data: a localised title and introduction, questions
//! of five types (single choice, multiple choice, scale, short text, long
//! text), each optionally required and optionally shown only when an earlier
//! answer has one of some values. This module checks a definition, checks a
//! response against its survey, and tallies the responses. The wire types of
//! the survey routes live here too, for the app and the server alike.

use std::collections::{BTreeMap, BTreeSet};

use serde::{Deserialize, Serialize};

use crate::application::{Lines, has_control};
use crate::closed_list::closed_list;
use crate::{Code, Locale, Problem};

/// A text in both languages of the portal.
#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(deny_unknown_fields)]
pub struct Localized {
    pub fr: String,
    pub en: String,
}

impl Localized {
    pub fn new(fr: &str, en: &str) -> Self {
        Localized {
            fr: fr.to_owned(),
            en: en.to_owned(),
        }
    }

    pub fn get(&self, locale: Locale) -> &str {
        match locale {
            Locale::Fr => &self.fr,
            Locale::En => &self.en,
        }
    }
}

/// A survey definition.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(deny_unknown_fields)]
pub struct Survey {
    pub title: Localized,
    pub intro: Localized,
    /// Responses are stored without any link to the collective that gave
    /// them, and reviewers never see who answered.
    #[serde(default)]
    pub anonymous: bool,
    pub questions: Vec<Question>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(rename_all = "snake_case")]
pub enum QuestionType {
    SingleChoice,
    MultipleChoice,
    Scale,
    ShortText,
    LongText,
}

impl QuestionType {
    pub fn has_choices(self) -> bool {
        matches!(
            self,
            QuestionType::SingleChoice | QuestionType::MultipleChoice
        )
    }

    pub fn is_text(self) -> bool {
        matches!(self, QuestionType::ShortText | QuestionType::LongText)
    }
}

/// One question. `choices` belong to the choice types, `scale` to the scale
/// type, `max_length` to the text types.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(deny_unknown_fields)]
pub struct Question {
    /// Stable identifier, `a-z`, digits and `_`: the key of the answer.
    pub id: String,
    #[serde(rename = "type")]
    pub kind: QuestionType,
    pub label: Localized,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub hint: Option<Localized>,
    #[serde(default)]
    pub required: bool,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub choices: Vec<ChoiceDef>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub scale: Option<Scale>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub max_length: Option<u32>,
    /// Shown only when an earlier answer has one of some values.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub show_if: Option<Condition>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(deny_unknown_fields)]
pub struct ChoiceDef {
    pub value: String,
    pub label: Localized,
}

/// A scale from `min` to `max` (at most 11 steps), with labelled ends.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(deny_unknown_fields)]
pub struct Scale {
    pub min: i64,
    pub max: i64,
    pub min_label: Localized,
    pub max_label: Localized,
}

/// The question is shown when the answer to `question` (an earlier choice or
/// scale question) is, or for a multiple choice includes, one of `any_of`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(deny_unknown_fields)]
pub struct Condition {
    pub question: String,
    pub any_of: Vec<String>,
}

/// One answer: a choice or a text (a string), several choices (a list), a
/// point of a scale (a number). Which one a question takes is its type's.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(untagged)]
pub enum Answer {
    Number(i64),
    Text(String),
    Many(Vec<String>),
}

impl Answer {
    /// Whether this answer says nothing (blank text, no choice).
    pub fn is_empty(&self) -> bool {
        match self {
            Answer::Number(_) => false,
            Answer::Text(text) => text.trim().is_empty(),
            Answer::Many(values) => values.is_empty(),
        }
    }

    fn matches(&self, any_of: &[String]) -> bool {
        match self {
            Answer::Number(n) => {
                let n = n.to_string();
                any_of.contains(&n)
            }
            Answer::Text(text) => any_of.iter().any(|v| v == text),
            Answer::Many(values) => values.iter().any(|value| any_of.contains(value)),
        }
    }
}

/// The answers of one response, by question id.
pub type Answers = BTreeMap<String, Answer>;

pub mod limits {
    pub const TITLE_MAX: usize = 150;
    pub const INTRO_MAX: usize = 2000;
    pub const LABEL_MAX: usize = 300;
    pub const HINT_MAX: usize = 500;
    pub const QUESTIONS: (usize, usize) = (1, 50);
    pub const CHOICES: (usize, usize) = (2, 30);
    pub const ID_MAX: usize = 40;
    /// Scale bounds, and the most steps a scale may have.
    pub const SCALE_BOUNDS: (i64, i64) = (-10, 100);
    pub const SCALE_STEPS_MAX: i64 = 11;
    pub const SHORT_TEXT_MAX: usize = 200;
    pub const LONG_TEXT_MAX: usize = 5000;
}

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
        match (self.kind, &self.scale) {
            (QuestionType::Scale, Some(scale)) => value
                .parse::<i64>()
                .is_ok_and(|n| (scale.min..=scale.max).contains(&n) && n.to_string() == value),
            _ => self.choices.iter().any(|c| c.value == value),
        }
    }

    /// The values an answer may take, for choice and scale questions. Only
    /// a scale within [`limits::SCALE_STEPS_MAX`] steps is listed (the others
    /// are refused by `validate_survey`): none otherwise.
    pub fn values(&self) -> Vec<String> {
        match (self.kind, &self.scale) {
            (QuestionType::Scale, Some(scale)) if scale_fits(scale) => {
                (scale.min..=scale.max).map(|n| n.to_string()).collect()
            }
            (QuestionType::Scale, _) => Vec::new(),
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
                Some(source) if source.kind.has_choices() || source.kind == QuestionType::Scale => {
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

fn validate_shape(out: &mut Vec<Problem>, at: &str, question: &Question) {
    let kind = question.kind;
    if kind.has_choices() {
        let (min, max) = limits::CHOICES;
        if question.choices.len() < min {
            out.push(Problem::new(format!("{at}.choices"), Code::TooShort).with("min", min));
        } else if question.choices.len() > max {
            out.push(Problem::new(format!("{at}.choices"), Code::TooLong).with("max", max));
            return;
        }
        let mut seen = BTreeSet::new();
        for (index, choice) in question.choices.iter().enumerate() {
            let field = format!("{at}.choices.{index}");
            if !is_id(&choice.value) {
                out.push(Problem::new(format!("{field}.value"), Code::InvalidValue));
            } else if !seen.insert(choice.value.as_str()) {
                out.push(Problem::new(format!("{field}.value"), Code::DuplicateValue));
            }
            localized(
                out,
                &format!("{field}.label"),
                &choice.label,
                limits::LABEL_MAX,
                Lines::One,
            );
        }
    } else if !question.choices.is_empty() {
        out.push(Problem::new(format!("{at}.choices"), Code::NotApplicable));
    }
    match (kind, &question.scale) {
        (QuestionType::Scale, Some(scale)) => {
            let (low, high) = limits::SCALE_BOUNDS;
            if !scale_fits(scale) {
                out.push(
                    Problem::new(format!("{at}.scale"), Code::OutOfRange)
                        .with("min", low)
                        .with("max", high),
                );
            }
            localized(
                out,
                &format!("{at}.scale.min_label"),
                &scale.min_label,
                limits::LABEL_MAX,
                Lines::One,
            );
            localized(
                out,
                &format!("{at}.scale.max_label"),
                &scale.max_label,
                limits::LABEL_MAX,
                Lines::One,
            );
        }
        (QuestionType::Scale, None) => {
            out.push(Problem::new(format!("{at}.scale"), Code::Required))
        }
        (_, Some(_)) => out.push(Problem::new(format!("{at}.scale"), Code::NotApplicable)),
        (_, None) => {}
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
            (QuestionType::Scale, Answer::Number(n)) => question.scale.as_ref().and_then(|s| {
                (!(s.min..=s.max).contains(n)).then(|| {
                    Problem::new(&field, Code::OutOfRange)
                        .with("min", s.min)
                        .with("max", s.max)
                })
            }),
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

/// The tally of one value of a choice or scale question.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct ValueCount {
    pub value: String,
    pub count: u32,
    /// Of the responses that answered the question, one decimal.
    pub percent: f64,
}

/// The results of one question: counts per value (choices, scale points),
/// the mean of a scale, the texts of a text question.
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
}

/// Per question results of a set of responses.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct SurveyResults {
    pub responses: u32,
    pub questions: Vec<QuestionResult>,
}

fn percent(count: u32, of: u32) -> f64 {
    if of == 0 {
        0.0
    } else {
        (f64::from(count) * 1000.0 / f64::from(of)).round() / 10.0
    }
}

fn saturating_u32(n: usize) -> u32 {
    u32::try_from(n).unwrap_or(u32::MAX)
}

/// An anonymous survey's answers reach reviewers (results, export) only
/// once this many collectives have responded: with fewer, the response rate
/// per phase would tell them whose answers they read.
pub const ANONYMITY_THRESHOLD: u32 = 3;

/// Whether a survey's answers are kept from reviewers for now.
pub fn answers_withheld(anonymous: bool, responses: usize) -> bool {
    anonymous && responses < ANONYMITY_THRESHOLD as usize
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
            let values = question
                .values()
                .into_iter()
                .map(|value| {
                    let count = saturating_u32(
                        answers
                            .iter()
                            .filter(|a| a.matches(std::slice::from_ref(&value)))
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
            let mean = (question.kind == QuestionType::Scale && !numbers.is_empty()).then(|| {
                let sum: i64 = numbers.iter().sum();
                ((sum as f64 / numbers.len() as f64) * 100.0).round() / 100.0
            });
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
            }
        })
        .collect();
    SurveyResults {
        responses: saturating_u32(responses.len()),
        questions,
    }
}

/// A response as one line of an export, for readers of `locale`: one cell
/// per question, a choice by its label, several choices joined with `; `.
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
            Some(Answer::Many(values)) => values
                .iter()
                .map(|v| label(q, v))
                .collect::<Vec<_>>()
                .join("; "),
            None => String::new(),
        })
        .collect()
}

// ---- The wire types of the survey routes ----

closed_list! {
    /// Where a survey stands.
    SurveyState {
        /// Being prepared: editable, no invitation yet.
        Draft = "draft",
        /// Invitations sent; responses accepted and changeable.
        Open = "open",
        /// No more responses or changes.
        Closed = "closed",
    }
}

/// A new survey, or the new version of a draft.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(deny_unknown_fields)]
pub struct SurveyInput {
    pub definition: Survey,
    /// The phases whose accepted requests are invited.
    pub phases: Vec<u32>,
}

/// `open` or `closed`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(deny_unknown_fields)]
pub struct SurveyStateChange {
    pub state: SurveyState,
}

/// A survey as reviewers list it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct SurveySummary {
    pub id: i64,
    pub title: Localized,
    pub state: SurveyState,
    pub anonymous: bool,
    pub phases: Vec<u32>,
    pub invited: u32,
    pub responded: u32,
    pub created_at: String,
}

/// A survey in full, for reviewers.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct SurveyDetail {
    pub summary: SurveySummary,
    pub definition: Survey,
}

/// Invitations and responses in one phase.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct PhaseRate {
    pub phase: u32,
    pub invited: u32,
    pub responded: u32,
    pub percent: f64,
}

impl PhaseRate {
    pub fn new(phase: u32, invited: u32, responded: u32) -> Self {
        PhaseRate {
            phase,
            invited,
            responded,
            percent: percent(responded, invited),
        }
    }
}

/// The results of a survey, for reviewers.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct SurveyReport {
    pub survey: SurveyDetail,
    pub rates: Vec<PhaseRate>,
    /// An anonymous survey with fewer than [`ANONYMITY_THRESHOLD`]
    /// responses: `results` then has the count and no question.
    pub withheld: bool,
    pub results: SurveyResults,
}

/// An invitation, as the applicant's status page shows it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct InvitationLink {
    pub survey: i64,
    pub title: Localized,
    pub state: SurveyState,
    /// The invitation secret: `/survey#<secret>` opens the survey.
    pub secret: String,
    pub answered: bool,
}

/// The invitation secret, the only key to a survey and its response.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(deny_unknown_fields)]
pub struct InvitationQuery {
    pub secret: String,
}

/// What the invited collective sees: the survey and its own response.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct InvitationView {
    pub survey: i64,
    pub state: SurveyState,
    pub definition: Survey,
    /// The response given so far.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    #[cfg_attr(feature = "openapi", schema(value_type = Option<BTreeMap<String, Answer>>))]
    pub answers: Option<Answers>,
}

/// A response to a survey, new or changed.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(deny_unknown_fields)]
pub struct SurveyResponse {
    pub secret: String,
    #[cfg_attr(feature = "openapi", schema(value_type = BTreeMap<String, Answer>))]
    pub answers: Answers,
}

#[cfg(test)]
#[path = "survey_tests.rs"]
mod tests;
