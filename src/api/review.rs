//! The reviewers' routes, each as a typed function over the declared
//! routes (`portal_core::endpoints`). The token travels in the
//! `Authorization` header.

use gloo_net::http::RequestBuilder;
use portal_core::audit::{AuditEntry, AuditPage};
use portal_core::endpoints::{self as route, Endpoint, File};
use portal_core::survey::{
    Survey, SurveyDetail, SurveyInput, SurveyReport, SurveyState, SurveyStateChange, SurveySummary,
};
use portal_core::{
    AddedMember, ApplicationDetail, BulkDecision, BulkOutcome, Dashboard, Decision, Label,
    MemberView, NewAddress, NewLabel, NewMember, NewMessage, NewNote, NewReply, NewView,
    PhaseChange, PhaseView, QueuePage, ReplyTemplate, Role, RoleChange, SavedView, Session, Sheet,
    SignIn, SignedIn, SpaceMark, SsoChange, Take,
};

use super::{ApiError, answer, fetch, request};

fn signed<E: Endpoint>(token: &str, params: &[&str], query: &str) -> RequestBuilder {
    request::<E>(params, query).header("Authorization", &format!("Bearer {token}"))
}

/// Calls route `E` as the reviewer of `token`, with its path parameters,
/// a query string (`?…` or empty) and its body.
async fn call<E: Endpoint>(
    token: &str,
    params: &[&str],
    query: &str,
    body: &E::Body,
) -> Result<E::Reply, ApiError> {
    fetch::<E>(signed::<E>(token, params, query), body).await
}

/// A file of the reviewers' area (an export), as bytes.
async fn file<E: Endpoint<Reply = File>>(
    token: &str,
    params: &[&str],
    query: &str,
) -> Result<Vec<u8>, ApiError> {
    let response = signed::<E>(token, params, query)
        .send()
        .await
        .map_err(|_| ApiError::Network)?;
    if response.ok() {
        response.binary().await.map_err(|_| ApiError::Server)
    } else {
        answer::<()>(response).await.map(|()| Vec::new())
    }
}

/// Who the token belongs to.
pub async fn session(token: &str) -> Result<Session, ApiError> {
    call::<route::ReadSession>(token, &[], "", &()).await
}

/// A page of the queue; `query` is the address's query string (`?status=…`
/// or empty), which the server validates.
pub async fn queue(token: &str, query: &str) -> Result<QueuePage, ApiError> {
    call::<route::ReadQueue>(token, &[], query, &()).await
}

pub async fn application(token: &str, reference: &str) -> Result<ApplicationDetail, ApiError> {
    call::<route::ReadApplication>(token, &[reference], "", &()).await
}

pub async fn decide(
    token: &str,
    reference: &str,
    decision: &Decision,
) -> Result<ApplicationDetail, ApiError> {
    call::<route::Decide>(token, &[reference], "", decision).await
}

pub async fn write(
    token: &str,
    reference: &str,
    message: &NewMessage,
) -> Result<ApplicationDetail, ApiError> {
    call::<route::WriteToApplicant>(token, &[reference], "", message).await
}

pub async fn add_note(
    token: &str,
    reference: &str,
    note: &NewNote,
) -> Result<ApplicationDetail, ApiError> {
    call::<route::AddNote>(token, &[reference], "", note).await
}

/// Takes the request; `over` names the reviewer holding it, to take it
/// over knowingly.
pub async fn take(
    token: &str,
    reference: &str,
    over: Option<String>,
) -> Result<ApplicationDetail, ApiError> {
    call::<route::TakeApplication>(token, &[reference], "", &Take { over }).await
}

pub async fn release(token: &str, reference: &str) -> Result<ApplicationDetail, ApiError> {
    call::<route::ReleaseApplication>(token, &[reference], "", &()).await
}

pub async fn labels(token: &str) -> Result<Vec<Label>, ApiError> {
    call::<route::ListLabels>(token, &[], "", &()).await
}

pub async fn add_label(token: &str, label: &NewLabel) -> Result<Vec<Label>, ApiError> {
    call::<route::CreateLabel>(token, &[], "", label).await
}

pub async fn delete_label(token: &str, id: u32) -> Result<Vec<Label>, ApiError> {
    call::<route::DeleteLabel>(token, &[&id.to_string()], "", &()).await
}

/// Puts label `id` on the request (`on`) or takes it off.
pub async fn set_label(
    token: &str,
    reference: &str,
    id: u32,
    on: bool,
) -> Result<ApplicationDetail, ApiError> {
    let params = [reference, &id.to_string()];
    if on {
        call::<route::PutLabel>(token, &params, "", &()).await
    } else {
        call::<route::RemoveLabel>(token, &params, "", &()).await
    }
}

pub async fn views(token: &str) -> Result<Vec<SavedView>, ApiError> {
    call::<route::ListViews>(token, &[], "", &()).await
}

pub async fn add_view(token: &str, view: &NewView) -> Result<Vec<SavedView>, ApiError> {
    call::<route::SaveView>(token, &[], "", view).await
}

pub async fn delete_view(token: &str, id: u32) -> Result<Vec<SavedView>, ApiError> {
    call::<route::DeleteView>(token, &[&id.to_string()], "", &()).await
}

pub async fn bulk(token: &str, decision: &BulkDecision) -> Result<Vec<BulkOutcome>, ApiError> {
    call::<route::DecideInBulk>(token, &[], "", decision).await
}

/// What the filters of `query` show, as spreadsheet `sheet` of export
/// route `E`, headers and values in `lang`.
async fn spreadsheet<E: Endpoint<Reply = File>>(
    token: &str,
    query: &str,
    sheet: Sheet,
    lang: &str,
) -> Result<Vec<u8>, ApiError> {
    let separator = if query.is_empty() { '?' } else { '&' };
    let query = format!("{query}{separator}lang={lang}");
    file::<E>(token, &[sheet.as_str()], &query).await
}

/// The requests the filters of `query` show, as a spreadsheet in `lang`.
pub async fn export(
    token: &str,
    query: &str,
    sheet: Sheet,
    lang: &str,
) -> Result<Vec<u8>, ApiError> {
    spreadsheet::<route::ExportQueue>(token, query, sheet, lang).await
}

pub async fn dashboard(token: &str) -> Result<Dashboard, ApiError> {
    call::<route::ReadDashboard>(token, &[], "", &()).await
}

pub async fn phases(token: &str) -> Result<Vec<PhaseView>, ApiError> {
    call::<route::ListPhases>(token, &[], "", &()).await
}

pub async fn set_phase(token: &str, number: u32, open: bool) -> Result<Vec<PhaseView>, ApiError> {
    let change = PhaseChange { open };
    call::<route::SetPhase>(token, &[&number.to_string()], "", &change).await
}

pub async fn surveys(token: &str) -> Result<Vec<SurveySummary>, ApiError> {
    call::<route::ListSurveys>(token, &[], "", &()).await
}

pub async fn survey(token: &str, id: i64) -> Result<SurveyDetail, ApiError> {
    call::<route::ReadSurvey>(token, &[&id.to_string()], "", &()).await
}

/// The default survey, as the starting point of a new one.
pub async fn survey_template(token: &str) -> Result<Survey, ApiError> {
    call::<route::ReadSurveyTemplate>(token, &[], "", &()).await
}

pub async fn create_survey(token: &str, input: &SurveyInput) -> Result<SurveyDetail, ApiError> {
    call::<route::CreateSurvey>(token, &[], "", input).await
}

pub async fn update_survey(
    token: &str,
    id: i64,
    input: &SurveyInput,
) -> Result<SurveyDetail, ApiError> {
    call::<route::UpdateSurvey>(token, &[&id.to_string()], "", input).await
}

pub async fn set_survey_state(
    token: &str,
    id: i64,
    state: SurveyState,
) -> Result<SurveyDetail, ApiError> {
    let change = SurveyStateChange { state };
    call::<route::SetSurveyState>(token, &[&id.to_string()], "", &change).await
}

/// A new draft with the questions and phases of survey `id`.
pub async fn copy_survey(token: &str, id: i64) -> Result<SurveyDetail, ApiError> {
    call::<route::CopySurvey>(token, &[&id.to_string()], "", &()).await
}

/// Deletes draft `id`.
pub async fn delete_survey(token: &str, id: i64) -> Result<(), ApiError> {
    call::<route::DeleteSurvey>(token, &[&id.to_string()], "", &()).await
}

pub async fn survey_results(token: &str, id: i64) -> Result<SurveyReport, ApiError> {
    call::<route::ReadSurveyResults>(token, &[&id.to_string()], "", &()).await
}

/// The responses of a survey, as a spreadsheet in `lang`.
pub async fn survey_responses(
    token: &str,
    id: i64,
    sheet: Sheet,
    lang: &str,
) -> Result<Vec<u8>, ApiError> {
    let params = [&id.to_string(), sheet.as_str()];
    file::<route::ExportResponses>(token, &params, &format!("?lang={lang}")).await
}

/// Gives the request another space address.
pub async fn change_address(
    token: &str,
    reference: &str,
    address: &str,
) -> Result<ApplicationDetail, ApiError> {
    let change = NewAddress {
        address: address.to_owned(),
    };
    call::<route::ChangeAddress>(token, &[reference], "", &change).await
}

/// Marks a step of the request's space.
pub async fn mark_space(
    token: &str,
    reference: &str,
    mark: &SpaceMark,
) -> Result<ApplicationDetail, ApiError> {
    call::<route::MarkSpace>(token, &[reference], "", mark).await
}

/// Deliveries to the hosting side go again after a 410.
pub async fn resume_deliveries(token: &str) -> Result<(), ApiError> {
    call::<route::ResumeDeliveries>(token, &[], "", &()).await
}

/// The team, revoked members too.
pub async fn team(token: &str) -> Result<Vec<MemberView>, ApiError> {
    call::<route::ListTeam>(token, &[], "", &()).await
}

/// Adds a member: the answer holds their token, shown once.
pub async fn add_member(token: &str, member: &NewMember) -> Result<AddedMember, ApiError> {
    call::<route::AddMember>(token, &[], "", member).await
}

pub async fn set_role(token: &str, name: &str, role: Role) -> Result<Vec<MemberView>, ApiError> {
    call::<route::SetRole>(token, &[name], "", &RoleChange { role }).await
}

/// Gives member `name` an identity at the host's provider (none: tokens
/// only).
pub async fn set_sso(
    token: &str,
    name: &str,
    sso: Option<String>,
) -> Result<Vec<MemberView>, ApiError> {
    call::<route::SetSso>(token, &[name], "", &SsoChange { sso }).await
}

pub async fn revoke_member(token: &str, name: &str) -> Result<Vec<MemberView>, ApiError> {
    call::<route::RevokeMember>(token, &[name], "", &()).await
}

/// Exchanges a sign-in token for a session's credential.
pub async fn sign_in(token: &str) -> Result<SignedIn, ApiError> {
    let body = SignIn {
        token: token.to_owned(),
    };
    super::call::<route::StartSession>(&[], &body).await
}

/// Ends this session.
pub async fn sign_out(credential: &str) -> Result<(), ApiError> {
    call::<route::EndSession>(credential, &[], "", &()).await
}

/// Ends every session of the member.
pub async fn sign_out_everywhere(credential: &str) -> Result<(), ApiError> {
    call::<route::EndSessions>(credential, &[], "", &()).await
}

/// A page of the audit log; `query` is the address's query string.
pub async fn audit(token: &str, query: &str) -> Result<AuditPage, ApiError> {
    call::<route::ReadAudit>(token, &[], query, &()).await
}

/// The rows the filters of `query` show, as a spreadsheet in `lang`.
pub async fn export_audit(
    token: &str,
    query: &str,
    sheet: Sheet,
    lang: &str,
) -> Result<Vec<u8>, ApiError> {
    spreadsheet::<route::ExportAudit>(token, query, sheet, lang).await
}

/// What the log holds of one request.
pub async fn trail(token: &str, reference: &str) -> Result<Vec<AuditEntry>, ApiError> {
    call::<route::ReadTrail>(token, &[reference], "", &()).await
}

pub async fn replies(token: &str) -> Result<Vec<ReplyTemplate>, ApiError> {
    call::<route::ListReplies>(token, &[], "", &()).await
}

/// Adds a reply template (`id` none) or rewrites template `id`.
pub async fn save_reply(
    token: &str,
    id: Option<i64>,
    reply: &NewReply,
) -> Result<Vec<ReplyTemplate>, ApiError> {
    match id {
        None => call::<route::AddReply>(token, &[], "", reply).await,
        Some(id) => call::<route::ChangeReply>(token, &[&id.to_string()], "", reply).await,
    }
}

pub async fn delete_reply(token: &str, id: i64) -> Result<Vec<ReplyTemplate>, ApiError> {
    call::<route::DeleteReply>(token, &[&id.to_string()], "", &()).await
}
