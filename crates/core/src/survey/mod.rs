//! Feedback surveys are data: a localised title and introduction, questions
//! of seven types (single choice, multiple choice, scale, short text, long
//! text, ranking, matrix of scales), each optionally required and optionally
//! shown only when an earlier answer has one of some values. The
//! definition's types are here; `rules` checks a definition and a response
//! against its survey, `reading` reads a definition from JSON with the path
//! of what does not fit, `tally` counts the responses, `wire` holds the
//! types of the survey routes, for the app and the server alike.

mod anonymity;
mod reading;
mod rules;
mod tally;
mod wire;

pub use anonymity::{ANONYMITY_THRESHOLD, Disclosure, may_move, shown_rates};
pub use reading::read_survey;
pub use rules::{
    check_draft, clean_answers, reached, validate_response, validate_survey, visible_questions,
};
pub use tally::{ItemResult, QuestionResult, SurveyResults, ValueCount, response_cells, tally};
pub use wire::{
    DraftSave, InvitationLink, InvitationQuery, InvitationView, PhaseRate, Progress, StopCount,
    SurveyDetail, SurveyInput, SurveyReport, SurveyResponse, SurveyState, SurveyStateChange,
    SurveySummary,
};

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

use crate::Locale;
use crate::closed_list::closed_list;

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

closed_list! {
    /// What a question asks for, and what its answer is.
    QuestionType {
        /// One of the choices (a text).
        SingleChoice = "single_choice",
        /// Some of the choices (a list).
        MultipleChoice = "multiple_choice",
        /// A point of the scale (a number).
        Scale = "scale",
        ShortText = "short_text",
        LongText = "long_text",
        /// Every choice, most important first (a list).
        Ranking = "ranking",
        /// A point of the scale for each row (an object, row to number).
        Matrix = "matrix",
    }
}

impl QuestionType {
    /// The types whose answers are among `choices`.
    pub fn has_choices(self) -> bool {
        matches!(
            self,
            QuestionType::SingleChoice | QuestionType::MultipleChoice | QuestionType::Ranking
        )
    }

    /// The types with a scale.
    pub fn has_scale(self) -> bool {
        matches!(self, QuestionType::Scale | QuestionType::Matrix)
    }

    /// The types a later question's condition may depend on: those whose
    /// answer is one value or a few.
    pub fn can_lead(self) -> bool {
        matches!(
            self,
            QuestionType::SingleChoice | QuestionType::MultipleChoice | QuestionType::Scale
        )
    }

    pub fn is_text(self) -> bool {
        matches!(self, QuestionType::ShortText | QuestionType::LongText)
    }
}

/// One question. `choices` belong to the choice types and the ranking,
/// `scale` to the scale and the matrix, `rows` to the matrix, `max_length`
/// to the text types.
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
    /// The items a matrix rates, each on the scale.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub rows: Vec<ChoiceDef>,
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

/// The question is shown when the answer to `question` (an earlier question
/// of a type that [`QuestionType::can_lead`]) is, or for a multiple choice includes, one of `any_of`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(deny_unknown_fields)]
pub struct Condition {
    pub question: String,
    pub any_of: Vec<String>,
}

/// One answer: a choice or a text (a string), several choices or a ranking
/// (a list), a point of a scale (a number), a point per row of a matrix (an
/// object). Which one a question takes is its type's.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(untagged)]
pub enum Answer {
    Number(i64),
    Text(String),
    Many(Vec<String>),
    Grid(BTreeMap<String, i64>),
}

impl Answer {
    /// Whether this answer says nothing (blank text, no choice).
    pub fn is_empty(&self) -> bool {
        match self {
            Answer::Number(_) => false,
            Answer::Text(text) => text.trim().is_empty(),
            Answer::Many(values) => values.is_empty(),
            Answer::Grid(points) => points.is_empty(),
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
            Answer::Grid(_) => false,
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
    /// The rows of a matrix.
    pub const ROWS: (usize, usize) = (2, 20);
    pub const ID_MAX: usize = 40;
    /// Scale bounds, and the most steps a scale may have.
    pub const SCALE_BOUNDS: (i64, i64) = (-10, 100);
    pub const SCALE_STEPS_MAX: i64 = 11;
    pub const SHORT_TEXT_MAX: usize = 200;
    pub const LONG_TEXT_MAX: usize = 5000;
    /// The longest sealed draft, in base64 characters (it fits a request
    /// body with room to spare).
    pub const DRAFT_MAX: usize = 48 * 1024;
}

#[cfg(test)]
mod tests;
