//! Feedback surveys are data: a localised title and introduction, questions
//! of five types (single choice, multiple choice, scale, short text, long
//! text), each optionally required and optionally shown only when an earlier
//! answer has one of some values. The definition's types are here; `rules`
//! checks a definition and a response against its survey, `tally` counts the
//! responses, `wire` holds the types of the survey routes, for the app and
//! the server alike.

mod rules;
mod tally;
mod wire;

pub use rules::{clean_answers, validate_response, validate_survey, visible_questions};
pub use tally::{
    ANONYMITY_THRESHOLD, QuestionResult, SurveyResults, ValueCount, answers_withheld,
    response_cells, tally,
};
pub use wire::{
    InvitationLink, InvitationQuery, InvitationView, PhaseRate, SurveyDetail, SurveyInput,
    SurveyReport, SurveyResponse, SurveyState, SurveyStateChange, SurveySummary,
};

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

use crate::Locale;

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

#[cfg(test)]
mod tests;
