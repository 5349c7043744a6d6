//! The types of the survey routes, for the app and the server alike.

use serde::{Deserialize, Serialize};

use super::anonymity::Disclosure;
use super::tally::{SurveyResults, percent};
use super::{Answers, Localized, Survey};
use crate::closed_list::closed_list;

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
    /// The invitations opening it now would create: one per accepted
    /// request of its phases not invited yet.
    pub to_invite: u32,
}

/// Invitations and responses in a phase, or in several phases counted
/// together (an anonymous survey's small phases, `shown_rates`).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct PhaseRate {
    /// In increasing order.
    pub phases: Vec<u32>,
    pub invited: u32,
    pub responded: u32,
    pub percent: f64,
}

impl PhaseRate {
    pub fn new(phases: Vec<u32>, invited: u32, responded: u32) -> Self {
        PhaseRate {
            phases,
            invited,
            responded,
            percent: percent(responded, invited),
        }
    }

    /// The two groups counted as one.
    pub fn merge(self, other: PhaseRate) -> PhaseRate {
        let mut phases = [self.phases, other.phases].concat();
        phases.sort_unstable();
        PhaseRate::new(
            phases,
            self.invited.saturating_add(other.invited),
            self.responded.saturating_add(other.responded),
        )
    }
}

/// The results of a survey, for reviewers.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct SurveyReport {
    pub survey: SurveyDetail,
    /// What may be shown (`Disclosure::of`): without the answers,
    /// `results` has the count and no question, `rates` is empty and
    /// `progress` absent.
    pub disclosure: Disclosure,
    pub rates: Vec<PhaseRate>,
    pub results: SurveyResults,
    pub progress: Option<Progress>,
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
    #[cfg_attr(feature = "openapi", schema(value_type = Option<std::collections::BTreeMap<String, super::Answer>>))]
    pub answers: Option<Answers>,
    /// The draft saved from any device, sealed (see [`DraftSave`]).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub draft: Option<String>,
}

/// A response to a survey, new or changed.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(deny_unknown_fields)]
pub struct SurveyResponse {
    pub secret: String,
    #[cfg_attr(feature = "openapi", schema(value_type = std::collections::BTreeMap<String, super::Answer>))]
    pub answers: Answers,
}

/// A response in progress, as the collective's browser keeps it on the
/// server: sealed with a key only the invitation secret gives (so nobody
/// else reads it), and the question it reached (for the drop-off figures).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(deny_unknown_fields)]
pub struct DraftSave {
    pub secret: String,
    /// Base64 of the encrypted draft, at most `limits::DRAFT_MAX` characters.
    pub sealed: String,
    /// The id of the last question shown that has an answer.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub reached: Option<String>,
}

/// How many drafts never sent stopped after this question.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct StopCount {
    pub question: String,
    pub count: u32,
}

/// How far the invited collectives went: invitations, those opened, those
/// with answers begun (sent or not), those sent, and where the drafts never
/// sent stopped. Counts only: nothing says who.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Progress {
    pub invited: u32,
    pub opened: u32,
    pub started: u32,
    pub finished: u32,
    /// In the order of the survey's questions, those with a stop only.
    pub stopped: Vec<StopCount>,
}
