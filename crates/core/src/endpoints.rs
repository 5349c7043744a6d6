//! Every route of the API, declared once: its method, its path as OpenAPI
//! writes it (`{name}` for a parameter), the JSON body it takes and the
//! JSON it answers. The app calls a route through one generic function (its
//! `api::call`), the server documents and mounts each handler at its
//! route's path (`utoipa::path(path = endpoints::X::PATH)`), and a test of
//! the server checks that the OpenAPI document and [`ALL`] agree, route for
//! route. No path of the API is written anywhere else.

use serde::de::DeserializeOwned;
use serde::{Deserialize, Serialize};

use crate::audit::{AuditEntry, AuditPage};
use crate::survey::{
    DraftSave, InvitationQuery, InvitationView, Survey, SurveyDetail, SurveyInput, SurveyReport,
    SurveyResponse, SurveyStateChange, SurveySummary,
};
use crate::{
    AddedMember, AddressCheck, AnswerQuery, ApplicationDetail, ApplicationInput, BulkDecision,
    BulkOutcome, Dashboard, Decision, EmailLink, Label, MemberView, NewAddress, NewLabel,
    NewMember, NewMessage, NewNote, NewReply, NewView, NotifyQuery, OfferView, PhaseChange,
    PhaseView, QueuePage, ReplyTemplate, RoleChange, SavedView, Session, SignIn, SignedIn,
    SpaceCallback, SpaceMark, SsoChange, StatusQuery, StatusView, Submitted, Take,
};

/// Where every route lives.
pub const PREFIX: &str = "/api";

/// How a route is called.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Method {
    Get,
    Post,
    Put,
    Delete,
}

impl Method {
    /// As OpenAPI writes it.
    pub fn as_str(self) -> &'static str {
        match self {
            Method::Get => "get",
            Method::Post => "post",
            Method::Put => "put",
            Method::Delete => "delete",
        }
    }
}

/// A route of the API.
pub trait Endpoint {
    const METHOD: Method;
    /// The path, `{name}` standing for each parameter.
    const PATH: &'static str;
    /// The JSON body sent: `()` for none.
    type Body: Serialize;
    /// What a success answers: `()` for no content, [`File`] for a file.
    type Reply: DeserializeOwned;
}

/// The answer of a route that sends a file (an export) instead of JSON.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct File;

/// The answer of the health check.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
pub struct Health {
    /// `ok` when every dependency answers, `degraded` otherwise.
    pub status: String,
    pub version: String,
    /// `ok` or `unreachable`.
    pub database: String,
}

/// `template` (a route's path) with its parameters replaced by `values`,
/// in order, each percent-encoded but for the characters a path keeps.
pub fn fill(template: &str, values: &[&str]) -> String {
    let mut out = String::with_capacity(template.len() + 16);
    let mut values = values.iter();
    let mut rest = template;
    while let Some(open) = rest.find('{') {
        out.push_str(&rest[..open]);
        let Some(close) = rest[open..].find('}') else {
            break;
        };
        for byte in values.next().copied().unwrap_or_default().bytes() {
            if byte.is_ascii_alphanumeric() || b"-._~".contains(&byte) {
                out.push(char::from(byte));
            } else {
                out.push_str(&format!("%{byte:02X}"));
            }
        }
        rest = &rest[open + close + 1..];
    }
    out.push_str(rest);
    out
}

macro_rules! endpoints {
    ($($(#[$doc:meta])* $name:ident: $method:ident $path:literal, $body:ty => $reply:ty;)+) => {
        $(
            $(#[$doc])*
            pub struct $name;

            impl Endpoint for $name {
                const METHOD: Method = Method::$method;
                const PATH: &'static str = $path;
                type Body = $body;
                type Reply = $reply;
            }
        )+

        /// Every route, as (method, path).
        pub const ALL: &[(Method, &str)] = &[$((Method::$method, $path)),+];
    };
}

endpoints! {
    /// Whether the service and its database answer.
    HealthCheck: Get "/api/health", () => Health;
    /// The OpenAPI document of all this.
    Document: Get "/api/openapi.json", () => serde_json::Value;
    /// The offer, the phases and their public counts.
    ReadOffer: Get "/api/offer", () => OfferView;
    /// A new pre-registration.
    Submit: Post "/api/applications", ApplicationInput => Submitted;
    /// Where a request stands, by its reference and secret.
    LookUp: Post "/api/applications/status", StatusQuery => StatusView;
    Withdraw: Post "/api/applications/withdraw", StatusQuery => StatusView;
    /// The applicant's answer to the reviewers' question.
    AnswerQuestion: Post "/api/applications/answer", AnswerQuery => StatusView;
    /// The applicant's choice of e-mails.
    ChooseEmails: Post "/api/applications/notifications", NotifyQuery => StatusView;
    /// The single-use link confirming an address wants the e-mails.
    ConfirmAddress: Post "/api/emails/confirm", EmailLink => ();
    /// The link stopping a request's e-mails (query `token`).
    StopEmails: Post "/api/emails/stop", () => ();
    /// The same link opened in a browser: to the page that asks first.
    OpenStopLink: Get "/api/emails/stop", () => ();
    /// Who the reviewer's token belongs to.
    ReadSession: Get "/api/review/session", () => Session;
    /// A token exchanged for a session that ends.
    StartSession: Post "/api/review/sessions", SignIn => SignedIn;
    /// Signs out: this session ends.
    EndSession: Delete "/api/review/sessions/current", () => ();
    /// Signs out everywhere: every session of the member ends.
    EndSessions: Delete "/api/review/sessions", () => ();
    /// A page of the queue (its filters in the query string).
    ReadQueue: Get "/api/review/applications", () => QueuePage;
    ReadApplication: Get "/api/review/applications/{reference}", () => ApplicationDetail;
    Decide: Post "/api/review/applications/{reference}/decision", Decision => ApplicationDetail;
    AddNote: Post "/api/review/applications/{reference}/notes", NewNote => ApplicationDetail;
    /// A reviewer's message to the applicant.
    WriteToApplicant: Post "/api/review/applications/{reference}/messages", NewMessage => ApplicationDetail;
    TakeApplication: Post "/api/review/applications/{reference}/take", Take => ApplicationDetail;
    ReleaseApplication: Delete "/api/review/applications/{reference}/take", () => ApplicationDetail;
    PutLabel: Put "/api/review/applications/{reference}/labels/{id}", () => ApplicationDetail;
    RemoveLabel: Delete "/api/review/applications/{reference}/labels/{id}", () => ApplicationDetail;
    DecideInBulk: Post "/api/review/bulk", BulkDecision => Vec<BulkOutcome>;
    /// The filtered queue as a spreadsheet (`csv` or `ods`; query: filters, `lang`).
    ExportQueue: Get "/api/review/export.{format}", () => File;
    ListLabels: Get "/api/review/labels", () => Vec<Label>;
    CreateLabel: Post "/api/review/labels", NewLabel => Vec<Label>;
    DeleteLabel: Delete "/api/review/labels/{id}", () => Vec<Label>;
    ListViews: Get "/api/review/views", () => Vec<SavedView>;
    SaveView: Post "/api/review/views", NewView => Vec<SavedView>;
    DeleteView: Delete "/api/review/views/{id}", () => Vec<SavedView>;
    ReadDashboard: Get "/api/review/dashboard", () => Dashboard;
    ListPhases: Get "/api/review/phases", () => Vec<PhaseView>;
    SetPhase: Post "/api/review/phases/{number}", PhaseChange => Vec<PhaseView>;
    ListSurveys: Get "/api/review/surveys", () => Vec<SurveySummary>;
    CreateSurvey: Post "/api/review/surveys", SurveyInput => SurveyDetail;
    /// The definition new surveys start from.
    ReadSurveyTemplate: Get "/api/review/surveys/template", () => Survey;
    ReadSurvey: Get "/api/review/surveys/{id}", () => SurveyDetail;
    UpdateSurvey: Put "/api/review/surveys/{id}", SurveyInput => SurveyDetail;
    DeleteSurvey: Delete "/api/review/surveys/{id}", () => ();
    CopySurvey: Post "/api/review/surveys/{id}/copy", () => SurveyDetail;
    SetSurveyState: Post "/api/review/surveys/{id}/state", SurveyStateChange => SurveyDetail;
    ReadSurveyResults: Get "/api/review/surveys/{id}/results", () => SurveyReport;
    /// A survey's responses as a spreadsheet (`csv` or `ods`; query: `lang`).
    ExportResponses: Get "/api/review/surveys/{id}/responses.{format}", () => File;
    /// Whether a space's address may be asked for (query `address`).
    CheckAddress: Get "/api/spaces/availability", () => AddressCheck;
    /// A report of the hosting side (`space.ready`, `space.failed`), signed
    /// as Standard Webhooks sign.
    ReportSpace: Post "/api/spaces/reports", SpaceCallback => ();
    /// A reviewer's change of a request's space address.
    ChangeAddress: Put "/api/review/applications/{reference}/address", NewAddress => ApplicationDetail;
    /// A step of a request's space, marked by a reviewer.
    MarkSpace: Post "/api/review/applications/{reference}/space", SpaceMark => ApplicationDetail;
    /// Deliveries to the hosting side go again after it answered 410.
    ResumeDeliveries: Post "/api/review/deliveries/resume", () => ();
    /// Signing in through the host's OpenID Connect provider: to its
    /// sign-in page.
    StartSso: Get "/api/review/sso", () => ();
    /// Back from the provider (query `code`, `state`): to the area, signed
    /// in, or told why not.
    FinishSso: Get "/api/review/sso/callback", () => ();
    /// The team, revoked members too.
    ListTeam: Get "/api/review/team", () => Vec<MemberView>;
    /// A new member, with their token shown once.
    AddMember: Post "/api/review/team", NewMember => AddedMember;
    SetRole: Put "/api/review/team/{name}/role", RoleChange => Vec<MemberView>;
    /// The e-mail address or subject that signs a member in through the
    /// provider.
    SetSso: Put "/api/review/team/{name}/sso", SsoChange => Vec<MemberView>;
    /// Revokes a member's token.
    RevokeMember: Delete "/api/review/team/{name}", () => Vec<MemberView>;
    /// The audit log, newest first (its filters in the query string).
    ReadAudit: Get "/api/review/audit", () => AuditPage;
    /// The filtered audit log as a spreadsheet (`csv` or `ods`; query: filters, `lang`).
    ExportAudit: Get "/api/review/audit.{format}", () => File;
    /// What the log holds of one request, newest first.
    ReadTrail: Get "/api/review/applications/{reference}/trail", () => Vec<AuditEntry>;
    /// The reply templates, every language.
    ListReplies: Get "/api/review/replies", () => Vec<ReplyTemplate>;
    AddReply: Post "/api/review/replies", NewReply => Vec<ReplyTemplate>;
    ChangeReply: Put "/api/review/replies/{id}", NewReply => Vec<ReplyTemplate>;
    DeleteReply: Delete "/api/review/replies/{id}", () => Vec<ReplyTemplate>;
    /// The survey an invitation leads to.
    OpenInvitation: Post "/api/surveys/invitation", InvitationQuery => InvitationView;
    Respond: Post "/api/surveys/response", SurveyResponse => InvitationView;
    /// A response in progress, sealed in the browser.
    SaveDraft: Post "/api/surveys/draft", DraftSave => ();
}

/// The routes only coordinators may call; every other route of the
/// reviewers' area is every member's. The server refuses them to reviewers
/// (403), the area does not offer them, the OpenAPI document says so.
pub const COORDINATORS_ONLY: &[(Method, &str)] = &[
    (SetPhase::METHOD, SetPhase::PATH),
    (CreateSurvey::METHOD, CreateSurvey::PATH),
    (UpdateSurvey::METHOD, UpdateSurvey::PATH),
    (DeleteSurvey::METHOD, DeleteSurvey::PATH),
    (CopySurvey::METHOD, CopySurvey::PATH),
    (SetSurveyState::METHOD, SetSurveyState::PATH),
    (ExportQueue::METHOD, ExportQueue::PATH),
    (ExportResponses::METHOD, ExportResponses::PATH),
    (CreateLabel::METHOD, CreateLabel::PATH),
    (DeleteLabel::METHOD, DeleteLabel::PATH),
    (ResumeDeliveries::METHOD, ResumeDeliveries::PATH),
    (ListTeam::METHOD, ListTeam::PATH),
    (AddMember::METHOD, AddMember::PATH),
    (SetRole::METHOD, SetRole::PATH),
    (RevokeMember::METHOD, RevokeMember::PATH),
    (SetSso::METHOD, SetSso::PATH),
    (ReadAudit::METHOD, ReadAudit::PATH),
    (ExportAudit::METHOD, ExportAudit::PATH),
    (AddReply::METHOD, AddReply::PATH),
    (ChangeReply::METHOD, ChangeReply::PATH),
    (DeleteReply::METHOD, DeleteReply::PATH),
];

/// Whether a member with `role` may call route `E`.
pub fn allowed<E: Endpoint>(role: crate::review::Role) -> bool {
    role == crate::review::Role::Coordinator || !COORDINATORS_ONLY.contains(&(E::METHOD, E::PATH))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn coordinators_only_routes_are_reviewers_routes() {
        for (method, path) in COORDINATORS_ONLY {
            assert!(ALL.contains(&(*method, *path)), "{path}");
            assert!(path.starts_with("/api/review/"), "{path}");
        }
        use crate::review::Role;
        assert!(!allowed::<SetPhase>(Role::Reviewer));
        assert!(allowed::<SetPhase>(Role::Coordinator));
        assert!(allowed::<Decide>(Role::Reviewer));
    }

    #[test]
    fn parameters_fill_the_path_in_order_encoded() {
        assert_eq!(
            fill(PutLabel::PATH, &["FS-2345-6789", "7"]),
            "/api/review/applications/FS-2345-6789/labels/7"
        );
        assert_eq!(fill(ExportQueue::PATH, &["csv"]), "/api/review/export.csv");
        assert_eq!(
            fill(ReadApplication::PATH, &["a/b c"]),
            "/api/review/applications/a%2Fb%20c"
        );
        assert_eq!(fill(ReadOffer::PATH, &[]), "/api/offer");
    }

    #[test]
    fn every_route_is_under_the_prefix_once() {
        let mut seen = std::collections::BTreeSet::new();
        for (method, path) in ALL {
            assert!(path.starts_with(&format!("{PREFIX}/")), "{path}");
            assert!(seen.insert((method, path)), "{method:?} {path} twice");
        }
    }
}
