//! Who did what: the audit log of the reviewers' area. Every route of the
//! area that reads or changes personal data or the service names the
//! action it records ([`RECORDED`]); the others ([`UNRECORDED`]) read
//! nothing personal (who is signed in, definitions, counts, one's own saved
//! filters, the log itself). A row holds who, what, which request (its
//! reference, never its content), when, and how the server answered.

use serde::{Deserialize, Serialize};

use crate::closed_list::closed_list;
use crate::endpoints::{self as e, Endpoint, Method};
use crate::{Code, Problem};

closed_list! {
    /// What a member of the team did.
    Action {
        SignedIn = "session.started",
        /// A sign-in refused (no such token, or unused too long).
        SignInRefused = "session.refused",
        SignedOut = "session.ended",
        SignedOutEverywhere = "sessions.ended",
        /// A page of the queue, with its filters (searched words are not
        /// kept).
        QueueSearched = "queue.searched",
        QueueExported = "queue.exported",
        RequestOpened = "request.opened",
        RequestDecided = "request.decided",
        /// One row per request of the bulk decision.
        RequestDecidedInBulk = "request.decided_in_bulk",
        NoteAdded = "request.noted",
        MessageSent = "request.messaged",
        RequestTaken = "request.taken",
        RequestReleased = "request.released",
        LabelPut = "request.labelled",
        LabelRemoved = "request.unlabelled",
        AddressChanged = "request.address_changed",
        SpaceMarked = "request.space_marked",
        LabelCreated = "label.created",
        LabelDeleted = "label.deleted",
        PhaseChanged = "phase.changed",
        SurveyCreated = "survey.created",
        SurveyUpdated = "survey.updated",
        SurveyDeleted = "survey.deleted",
        SurveyCopied = "survey.copied",
        SurveyStateChanged = "survey.state_changed",
        SurveyResultsRead = "survey.results_read",
        ResponsesExported = "survey.exported",
        DeliveriesResumed = "deliveries.resumed",
        MemberAdded = "member.added",
        RoleChanged = "member.role_changed",
        MemberRevoked = "member.revoked",
        SsoChanged = "member.sso_changed",
        AuditExported = "audit.exported",
        ReplyAdded = "reply.added",
        ReplyChanged = "reply.changed",
        ReplyDeleted = "reply.deleted",
    }
}

const fn route<E: Endpoint>(action: Action) -> (Method, &'static str, Action) {
    (E::METHOD, E::PATH, action)
}

const fn plain<E: Endpoint>() -> (Method, &'static str) {
    (E::METHOD, E::PATH)
}

/// The routes whose calls the log records, and as what. A sign-in refused
/// is recorded as [`Action::SignInRefused`] (see [`action_of`]; the
/// provider's sign-in says so itself).
pub const RECORDED: &[(Method, &str, Action)] = &[
    route::<e::StartSession>(Action::SignedIn),
    route::<e::FinishSso>(Action::SignedIn),
    route::<e::EndSession>(Action::SignedOut),
    route::<e::EndSessions>(Action::SignedOutEverywhere),
    route::<e::ReadQueue>(Action::QueueSearched),
    route::<e::ExportQueue>(Action::QueueExported),
    route::<e::ReadApplication>(Action::RequestOpened),
    route::<e::Decide>(Action::RequestDecided),
    route::<e::DecideInBulk>(Action::RequestDecidedInBulk),
    route::<e::AddNote>(Action::NoteAdded),
    route::<e::WriteToApplicant>(Action::MessageSent),
    route::<e::TakeApplication>(Action::RequestTaken),
    route::<e::ReleaseApplication>(Action::RequestReleased),
    route::<e::PutLabel>(Action::LabelPut),
    route::<e::RemoveLabel>(Action::LabelRemoved),
    route::<e::ChangeAddress>(Action::AddressChanged),
    route::<e::MarkSpace>(Action::SpaceMarked),
    route::<e::CreateLabel>(Action::LabelCreated),
    route::<e::DeleteLabel>(Action::LabelDeleted),
    route::<e::SetPhase>(Action::PhaseChanged),
    route::<e::CreateSurvey>(Action::SurveyCreated),
    route::<e::UpdateSurvey>(Action::SurveyUpdated),
    route::<e::DeleteSurvey>(Action::SurveyDeleted),
    route::<e::CopySurvey>(Action::SurveyCopied),
    route::<e::SetSurveyState>(Action::SurveyStateChanged),
    route::<e::ReadSurveyResults>(Action::SurveyResultsRead),
    route::<e::ExportResponses>(Action::ResponsesExported),
    route::<e::ResumeDeliveries>(Action::DeliveriesResumed),
    route::<e::AddMember>(Action::MemberAdded),
    route::<e::SetRole>(Action::RoleChanged),
    route::<e::RevokeMember>(Action::MemberRevoked),
    route::<e::SetSso>(Action::SsoChanged),
    route::<e::ExportAudit>(Action::AuditExported),
    route::<e::AddReply>(Action::ReplyAdded),
    route::<e::ChangeReply>(Action::ReplyChanged),
    route::<e::DeleteReply>(Action::ReplyDeleted),
];

/// The routes of the area the log does not record: they read nothing
/// personal and change nothing but the caller's own saved filters.
pub const UNRECORDED: &[(Method, &str)] = &[
    plain::<e::ReadSession>(),
    plain::<e::StartSso>(),
    plain::<e::ListLabels>(),
    plain::<e::ListViews>(),
    plain::<e::SaveView>(),
    plain::<e::DeleteView>(),
    plain::<e::ReadDashboard>(),
    plain::<e::ListPhases>(),
    plain::<e::ListSurveys>(),
    plain::<e::ReadSurveyTemplate>(),
    plain::<e::ReadSurvey>(),
    plain::<e::ListTeam>(),
    plain::<e::ReadAudit>(),
    plain::<e::ReadTrail>(),
    plain::<e::ListReplies>(),
];

/// What a call of `path` (a route's path, as declared) answered with
/// `status` records, if anything.
pub fn action_of(method: Method, path: &str, status: u16) -> Option<Action> {
    let action = RECORDED
        .iter()
        .find(|(m, p, _)| *m == method && *p == path)
        .map(|(_, _, action)| *action)?;
    Some(match action {
        Action::SignedIn if status == 401 => Action::SignInRefused,
        action => action,
    })
}

/// A row of the log.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct AuditEntry {
    pub id: i64,
    /// RFC 3339.
    pub at: String,
    /// Who: none for a sign-in refused.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub member: Option<String>,
    pub action: Action,
    /// Which request, by its reference.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub reference: Option<String>,
    /// What else says what was done (`key=value`, separated by spaces):
    /// a decision's status, a label's id, a search's filters.
    pub detail: String,
    /// How the server answered (a refusal is recorded too).
    pub status: u16,
}

/// The filters of the log, as query parameters. Empty means "any".
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::IntoParams, utoipa::ToSchema))]
#[cfg_attr(feature = "openapi", into_params(parameter_in = Query))]
#[serde(default, deny_unknown_fields)]
pub struct AuditFilter {
    /// A member's name.
    pub member: Option<String>,
    pub action: Option<Action>,
    /// A request's reference.
    pub reference: Option<String>,
    /// On or after this day, `YYYY-MM-DD`.
    pub from: Option<String>,
    /// On or before this day, `YYYY-MM-DD`.
    pub to: Option<String>,
    /// Rows older than this one (the `next` of the previous page).
    pub before: Option<i64>,
    /// 1 to 200, 50 when absent.
    #[cfg_attr(feature = "openapi", param(minimum = 1, maximum = 200))]
    pub per_page: Option<u32>,
}

impl AuditFilter {
    pub const DEFAULT_PER_PAGE: u32 = 50;
    pub const MAX_PER_PAGE: u32 = 200;
    /// The longest name or reference a filter may hold.
    pub const MAX_TEXT: usize = 64;

    pub fn per_page(&self) -> u32 {
        self.per_page.unwrap_or(Self::DEFAULT_PER_PAGE)
    }

    /// Every value out of range, refused rather than changed (the days
    /// are the server's to read).
    pub fn problems(&self) -> Vec<Problem> {
        let mut out: Vec<Problem> =
            crate::review::page_size_problem(self.per_page, Self::MAX_PER_PAGE)
                .into_iter()
                .collect();
        for (field, value) in [("member", &self.member), ("reference", &self.reference)] {
            if value
                .as_deref()
                .is_some_and(|v| v.chars().count() > Self::MAX_TEXT)
            {
                out.push(Problem::new(field, Code::TooLong).with("max", Self::MAX_TEXT));
            }
        }
        out
    }
}

/// A page of the log, newest first.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct AuditPage {
    pub entries: Vec<AuditEntry>,
    /// The `before` of the next (older) page, when there is one.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub next: Option<i64>,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_route_of_the_area_is_recorded_or_said_not_to_be() {
        for (method, path) in e::ALL.iter().filter(|(_, p)| p.starts_with("/api/review/")) {
            let recorded = RECORDED.iter().any(|(m, p, _)| m == method && p == path);
            let unrecorded = UNRECORDED.contains(&(*method, *path));
            assert!(recorded != unrecorded, "{method:?} {path}");
        }
        for (method, path) in UNRECORDED {
            assert!(e::ALL.contains(&(*method, *path)), "{path}");
        }
        let mut actions: Vec<Action> = RECORDED.iter().map(|(_, _, a)| *a).collect();
        actions.push(Action::SignInRefused);
        actions.sort();
        actions.dedup();
        assert_eq!(actions, Action::ALL.to_vec(), "each action is one route's");
    }

    #[test]
    fn a_refused_sign_in_is_its_own_action() {
        let start = |status| action_of(e::StartSession::METHOD, e::StartSession::PATH, status);
        assert_eq!(start(201), Some(Action::SignedIn));
        assert_eq!(start(401), Some(Action::SignInRefused));
        assert_eq!(
            action_of(e::ReadSession::METHOD, e::ReadSession::PATH, 200),
            None
        );
    }

    #[test]
    fn filters_out_of_range_are_refused() {
        let filter = AuditFilter {
            per_page: Some(0),
            member: Some("x".repeat(65)),
            ..AuditFilter::default()
        };
        let fields: Vec<String> = filter.problems().into_iter().map(|p| p.field).collect();
        assert_eq!(fields, ["per_page", "member"]);
        assert!(AuditFilter::default().problems().is_empty());
    }
}
