//! The types of the reviewers' routes: the queue and its filters, a request
//! in full, notes and messages, bulk decisions, phases, the session.

use serde::{Deserialize, Serialize};

use super::rules::Decision;
use crate::{
    ApplicationInput, ApplicationStatus, Code, ErrorCode, Problem, RefusalReason, StructureKind,
    Verdict,
};

/// One line of the queue.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct QueueItem {
    pub reference: String,
    pub status: ApplicationStatus,
    /// `eligible` or `case_by_case`.
    pub eligibility: Verdict,
    pub kind: StructureKind,
    pub country: String,
    /// `None` once erased by a withdrawal.
    pub structure_name: Option<String>,
    pub accounts: u32,
    pub storage_gb: u32,
    pub phase: Option<u32>,
    /// RFC 3339.
    pub created_at: String,
    /// When the status last changed (how long a question has waited), RFC 3339.
    pub since: String,
    /// The applicant answered a question and no reviewer has decided since.
    pub answered: bool,
    /// The reviewer who took it ("je m'en occupe"), if one did.
    #[serde(default)]
    pub taken_by: Option<String>,
    /// Another request shares an identifier, an address, a website or the
    /// name (`crate::related`).
    #[serde(default)]
    pub related: bool,
    /// The ids of its labels.
    #[serde(default)]
    pub labels: Vec<u32>,
    /// The label of its space's address (`amis-du-velo`); none for a
    /// request made before addresses were asked, or erased.
    #[serde(default)]
    pub address: Option<String>,
    /// Where its space stands, once accepted.
    #[serde(default)]
    pub space: Option<crate::SpaceState>,
}

/// A page of the queue, in submission order (oldest first).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct QueuePage {
    pub items: Vec<QueueItem>,
    /// Requests matching the filters, on all pages.
    pub total: u64,
    pub page: u32,
    pub per_page: u32,
}

/// The filters of the queue, as query parameters. Empty means "any".
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::IntoParams, utoipa::ToSchema))]
#[cfg_attr(feature = "openapi", into_params(parameter_in = Query))]
#[serde(default, deny_unknown_fields)]
pub struct QueueFilter {
    pub status: Option<ApplicationStatus>,
    pub kind: Option<StructureKind>,
    pub eligibility: Option<Verdict>,
    pub country: Option<String>,
    pub phase: Option<u32>,
    /// Submitted on or after this day, `YYYY-MM-DD`.
    pub from: Option<String>,
    /// Submitted on or before this day, `YYYY-MM-DD`.
    pub to: Option<String>,
    /// Words searched in the name and the purpose.
    pub q: Option<String>,
    /// Only the requests whose applicant answered a question (`true`), or
    /// the others.
    pub answered: Option<bool>,
    /// Taken by the signed-in reviewer (`mine`) or by no one (`nobody`).
    pub taken: Option<crate::Holder>,
    /// Only the requests related to another one (`true`), or the others.
    pub related: Option<bool>,
    /// Only the requests with this label.
    pub label: Option<u32>,
    /// 1-based.
    #[cfg_attr(feature = "openapi", param(minimum = 1))]
    pub page: Option<u32>,
    /// 1 to 200 (`MAX_PER_PAGE`), 50 when absent.
    #[cfg_attr(feature = "openapi", param(minimum = 1, maximum = 200))]
    pub per_page: Option<u32>,
}

impl QueueFilter {
    pub const DEFAULT_PER_PAGE: u32 = 50;
    pub const MAX_PER_PAGE: u32 = 200;

    pub fn page(&self) -> u32 {
        self.page.unwrap_or(1).max(1)
    }

    pub fn per_page(&self) -> u32 {
        self.per_page
            .unwrap_or(Self::DEFAULT_PER_PAGE)
            .clamp(1, Self::MAX_PER_PAGE)
    }

    /// A page or a page size out of range: refused rather than changed, so
    /// that a client is never served another page than it asked for.
    pub fn problems(&self) -> Vec<Problem> {
        let mut out = Vec::new();
        if self.page == Some(0) {
            out.push(Problem::new("page", Code::OutOfRange).with("min", 1));
        }
        out.extend(page_size_problem(self.per_page, Self::MAX_PER_PAGE));
        out
    }
}

/// The problem of a page size asked for outside 1 to `max` (`per_page`),
/// refused rather than changed.
pub fn page_size_problem(per_page: Option<u32>, max: u32) -> Option<Problem> {
    per_page.filter(|n| !(1..=max).contains(n)).map(|_| {
        Problem::new("per_page", Code::OutOfRange)
            .with("min", 1)
            .with("max", max)
    })
}

/// One change of a request, with who made it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct ReviewEvent {
    pub at: String,
    /// `applicant` or the reviewer's name.
    pub actor: String,
    pub status: ApplicationStatus,
    pub phase: Option<u32>,
    pub reason: Option<RefusalReason>,
    pub message: Option<String>,
    /// A move, a message to the applicant that moved nothing, or the
    /// applicant's correction of their answers.
    #[serde(default)]
    pub kind: crate::EventKind,
    /// The answers a correction changed (`structure.identifier`…).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub fields: Vec<String>,
    /// The new address, for a change of address.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub address: Option<String>,
    /// Where the space now stands, for a step of its creation.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub space: Option<crate::SpaceState>,
}

/// A private note of a reviewer.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Note {
    pub at: String,
    pub reviewer: String,
    pub body: String,
}

/// A request in full, for reviewers.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct ApplicationDetail {
    pub item: QueueItem,
    /// The answers; `None` once erased by a withdrawal.
    #[cfg_attr(feature = "openapi", schema(value_type = Option<Object>))]
    pub answers: Option<ApplicationInput>,
    pub history: Vec<ReviewEvent>,
    pub notes: Vec<Note>,
    /// The applicant asked for e-mails about the request.
    #[serde(default)]
    pub notify: bool,
    /// The e-mails of the request, oldest first.
    #[serde(default)]
    pub notifications: Vec<crate::NotificationView>,
    /// The other requests it shares something with, oldest first (at most
    /// `related::RELATED_MAX`).
    #[serde(default)]
    pub related: Vec<crate::RelatedRequest>,
    /// Where its space is, once ready.
    #[serde(default)]
    pub space_url: Option<String>,
    /// The messages to the hosting side about its space, oldest first.
    #[serde(default)]
    pub deliveries: Vec<crate::DeliveryView>,
    /// The hosting side answered 410: nothing is sent until a reviewer
    /// resumes the deliveries.
    #[serde(default)]
    pub deliveries_stopped: bool,
}

/// The most requests one bulk decision takes.
pub const BULK_MAX: usize = 500;

/// The same decision for several requests.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(deny_unknown_fields)]
pub struct BulkDecision {
    /// 1 to 500 (`BULK_MAX`) references.
    #[cfg_attr(feature = "openapi", schema(min_items = 1, max_items = 500))]
    pub references: Vec<String>,
    pub decision: Decision,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct BulkOutcome {
    pub reference: String,
    pub result: Outcome,
    /// Why it failed.
    pub error: Option<ErrorCode>,
}

crate::closed_list::closed_list! {
    /// What a decision did, or would do, to a request.
    Outcome {
        /// Recorded, and appended to the history.
        Applied = "applied",
        /// The request already stood so: nothing was recorded.
        Unchanged = "unchanged",
        /// Refused: see the error.
        Failed = "failed",
    }
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(deny_unknown_fields)]
pub struct NewNote {
    pub body: String,
}

/// A reviewer's message to the applicant, which changes nothing else.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(deny_unknown_fields)]
pub struct NewMessage {
    /// Up to 2000 characters (`MESSAGE_MAX`).
    pub message: String,
}

/// A phase as reviewers see it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct PhaseView {
    pub number: u32,
    pub name: String,
    pub period_start: String,
    pub period_end: String,
    /// Cumulative target at the end of the phase.
    pub target: u32,
    /// Spaces this phase adds: its target minus the previous one.
    pub capacity: u32,
    pub accepted: u32,
    pub remaining: u32,
    pub open: bool,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(deny_unknown_fields)]
pub struct PhaseChange {
    pub open: bool,
}

/// Who is signed in.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Session {
    pub reviewer: String,
    /// What they may do (`endpoints::COORDINATORS_ONLY`).
    #[serde(default)]
    pub role: Role,
}

crate::closed_list::closed_list! {
    /// What a member of the team may do.
    Role {
        /// The phases, the surveys' life cycle, the labels' definitions,
        /// the exports, the deliveries to the hosting side, the team.
        Coordinator = "coordinator",
        /// The queue, reading requests, deciding (in bulk too), notes,
        /// messages, taking, labelling, the spaces' addresses and steps.
        Reviewer = "reviewer",
    }
}

/// A member's sign-in: their long-lived token, exchanged for a session.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(deny_unknown_fields)]
pub struct SignIn {
    pub token: String,
}

/// A session begun: its credential (the bearer of the next requests, kept
/// by the browser for this tab only) and who it is.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct SignedIn {
    pub credential: String,
    pub session: Session,
}

/// A member of the team, as coordinators see the team.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct MemberView {
    pub name: String,
    pub role: Role,
    /// RFC 3339.
    pub created_at: String,
    /// RFC 3339: when their token was revoked; none while it works.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub revoked_at: Option<String>,
    /// The e-mail address or subject that signs them in through the host's
    /// provider, if any.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub sso: Option<String>,
}

/// A member to add.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(deny_unknown_fields)]
pub struct NewMember {
    /// 1 to 64 characters (`MEMBER_NAME_MAX`).
    pub name: String,
    #[serde(default)]
    pub role: Role,
    /// The e-mail address or subject that signs them in through the host's
    /// provider (`SSO_MAX` characters at most).
    #[serde(default)]
    pub sso: Option<String>,
}

/// A member's identity at the host's provider: an e-mail address or a
/// subject; none to sign in with a token only.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(deny_unknown_fields)]
pub struct SsoChange {
    #[serde(default)]
    pub sso: Option<String>,
}

/// A member just added, with their sign-in token: shown once, never again
/// (only its fingerprint is kept).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct AddedMember {
    pub member: MemberView,
    pub token: String,
}

/// A member's new role.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[serde(deny_unknown_fields)]
pub struct RoleChange {
    pub role: Role,
}

// closed_list! derives a fixed set of traits, without Default.
#[allow(clippy::derivable_impls)]
impl Default for Role {
    /// The least a member may be.
    fn default() -> Self {
        Role::Reviewer
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn pages_are_bounded() {
        let filter = QueueFilter {
            page: Some(0),
            per_page: Some(10_000),
            ..Default::default()
        };
        assert_eq!(
            (filter.page(), filter.per_page()),
            (1, QueueFilter::MAX_PER_PAGE)
        );
    }
}
