//! The reviewers' routes, each as a typed function. The token travels in
//! the `Authorization` header.

use gloo_net::http::{Request, RequestBuilder};
use portal_core::survey::{
    Survey, SurveyDetail, SurveyInput, SurveyReport, SurveyState, SurveyStateChange, SurveySummary,
};
use portal_core::{
    ApplicationDetail, BulkDecision, BulkOutcome, Dashboard, Decision, Label, NewLabel, NewMessage,
    NewNote, NewView, PhaseChange, PhaseView, QueuePage, SavedView, Session, Take,
};
use serde::Serialize;
use serde::de::DeserializeOwned;

use super::{ApiError, answer};

/// The format of an export.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Sheet {
    Csv,
    Ods,
}

impl Sheet {
    pub fn extension(self) -> &'static str {
        match self {
            Sheet::Csv => "csv",
            Sheet::Ods => "ods",
        }
    }

    pub fn mime(self) -> &'static str {
        match self {
            Sheet::Csv => "text/csv;charset=utf-8",
            Sheet::Ods => "application/vnd.oasis.opendocument.spreadsheet",
        }
    }
}

fn signed(request: RequestBuilder, token: &str) -> RequestBuilder {
    request.header("Authorization", &format!("Bearer {token}"))
}

async fn get<T: DeserializeOwned>(token: &str, path: &str) -> Result<T, ApiError> {
    let response = signed(Request::get(path), token)
        .send()
        .await
        .map_err(|_| ApiError::Network)?;
    answer(response).await
}

async fn send<B: Serialize, T: DeserializeOwned>(
    request: RequestBuilder,
    token: &str,
    body: &B,
) -> Result<T, ApiError> {
    let request = signed(request, token)
        .json(body)
        .map_err(|_| ApiError::Server)?;
    let response = request.send().await.map_err(|_| ApiError::Network)?;
    answer(response).await
}

/// A request without a body (`DELETE`, `PUT` of a link).
async fn bare<T: DeserializeOwned>(request: RequestBuilder, token: &str) -> Result<T, ApiError> {
    let response = signed(request, token)
        .send()
        .await
        .map_err(|_| ApiError::Network)?;
    answer(response).await
}

/// A file of the reviewers' area (an export), as bytes.
async fn file(token: &str, path: &str) -> Result<Vec<u8>, ApiError> {
    let response = signed(Request::get(path), token)
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
    get(token, "/api/review/session").await
}

/// A page of the queue; `query` is the address's query string (`?status=…`
/// or empty), which the server validates.
pub async fn queue(token: &str, query: &str) -> Result<QueuePage, ApiError> {
    get(token, &format!("/api/review/applications{query}")).await
}

pub async fn application(token: &str, reference: &str) -> Result<ApplicationDetail, ApiError> {
    get(token, &format!("/api/review/applications/{reference}")).await
}

pub async fn decide(
    token: &str,
    reference: &str,
    decision: &Decision,
) -> Result<ApplicationDetail, ApiError> {
    let path = format!("/api/review/applications/{reference}/decision");
    send(Request::post(&path), token, decision).await
}

pub async fn write(
    token: &str,
    reference: &str,
    message: &NewMessage,
) -> Result<ApplicationDetail, ApiError> {
    let path = format!("/api/review/applications/{reference}/messages");
    send(Request::post(&path), token, message).await
}

pub async fn add_note(
    token: &str,
    reference: &str,
    note: &NewNote,
) -> Result<ApplicationDetail, ApiError> {
    let path = format!("/api/review/applications/{reference}/notes");
    send(Request::post(&path), token, note).await
}

/// Takes the request; `over` names the reviewer holding it, to take it
/// over knowingly.
pub async fn take(
    token: &str,
    reference: &str,
    over: Option<String>,
) -> Result<ApplicationDetail, ApiError> {
    let path = format!("/api/review/applications/{reference}/take");
    send(Request::post(&path), token, &Take { over }).await
}

pub async fn release(token: &str, reference: &str) -> Result<ApplicationDetail, ApiError> {
    let path = format!("/api/review/applications/{reference}/take");
    bare(Request::delete(&path), token).await
}

pub async fn labels(token: &str) -> Result<Vec<Label>, ApiError> {
    get(token, "/api/review/labels").await
}

pub async fn add_label(token: &str, label: &NewLabel) -> Result<Vec<Label>, ApiError> {
    send(Request::post("/api/review/labels"), token, label).await
}

pub async fn delete_label(token: &str, id: u32) -> Result<Vec<Label>, ApiError> {
    bare(Request::delete(&format!("/api/review/labels/{id}")), token).await
}

/// Puts label `id` on the request (`on`) or takes it off.
pub async fn set_label(
    token: &str,
    reference: &str,
    id: u32,
    on: bool,
) -> Result<ApplicationDetail, ApiError> {
    let path = format!("/api/review/applications/{reference}/labels/{id}");
    let request = if on {
        Request::put(&path)
    } else {
        Request::delete(&path)
    };
    bare(request, token).await
}

pub async fn views(token: &str) -> Result<Vec<SavedView>, ApiError> {
    get(token, "/api/review/views").await
}

pub async fn add_view(token: &str, view: &NewView) -> Result<Vec<SavedView>, ApiError> {
    send(Request::post("/api/review/views"), token, view).await
}

pub async fn delete_view(token: &str, id: u32) -> Result<Vec<SavedView>, ApiError> {
    bare(Request::delete(&format!("/api/review/views/{id}")), token).await
}

pub async fn bulk(token: &str, decision: &BulkDecision) -> Result<Vec<BulkOutcome>, ApiError> {
    send(Request::post("/api/review/bulk"), token, decision).await
}

/// The requests the filters of `query` show, as a spreadsheet in `lang`.
pub async fn export(
    token: &str,
    query: &str,
    sheet: Sheet,
    lang: &str,
) -> Result<Vec<u8>, ApiError> {
    let separator = if query.is_empty() { '?' } else { '&' };
    let path = format!(
        "/api/review/export.{}{query}{separator}lang={lang}",
        sheet.extension()
    );
    file(token, &path).await
}

pub async fn dashboard(token: &str) -> Result<Dashboard, ApiError> {
    get(token, "/api/review/dashboard").await
}

pub async fn phases(token: &str) -> Result<Vec<PhaseView>, ApiError> {
    get(token, "/api/review/phases").await
}

pub async fn set_phase(token: &str, number: u32, open: bool) -> Result<Vec<PhaseView>, ApiError> {
    let path = format!("/api/review/phases/{number}");
    send(Request::post(&path), token, &PhaseChange { open }).await
}

pub async fn surveys(token: &str) -> Result<Vec<SurveySummary>, ApiError> {
    get(token, "/api/review/surveys").await
}

pub async fn survey(token: &str, id: i64) -> Result<SurveyDetail, ApiError> {
    get(token, &format!("/api/review/surveys/{id}")).await
}

/// The default survey, as the starting point of a new one.
pub async fn survey_template(token: &str) -> Result<Survey, ApiError> {
    get(token, "/api/review/surveys/template").await
}

pub async fn create_survey(token: &str, input: &SurveyInput) -> Result<SurveyDetail, ApiError> {
    send(Request::post("/api/review/surveys"), token, input).await
}

pub async fn update_survey(
    token: &str,
    id: i64,
    input: &SurveyInput,
) -> Result<SurveyDetail, ApiError> {
    let path = format!("/api/review/surveys/{id}");
    send(Request::put(&path), token, input).await
}

pub async fn set_survey_state(
    token: &str,
    id: i64,
    state: SurveyState,
) -> Result<SurveyDetail, ApiError> {
    let path = format!("/api/review/surveys/{id}/state");
    send(Request::post(&path), token, &SurveyStateChange { state }).await
}

/// A new draft with the questions and phases of survey `id`.
pub async fn copy_survey(token: &str, id: i64) -> Result<SurveyDetail, ApiError> {
    let path = format!("/api/review/surveys/{id}/copy");
    bare(Request::post(&path), token).await
}

/// Deletes draft `id`.
pub async fn delete_survey(token: &str, id: i64) -> Result<(), ApiError> {
    let path = format!("/api/review/surveys/{id}");
    let response = signed(Request::delete(&path), token)
        .send()
        .await
        .map_err(|_| ApiError::Network)?;
    super::done(response).await
}

pub async fn survey_results(token: &str, id: i64) -> Result<SurveyReport, ApiError> {
    get(token, &format!("/api/review/surveys/{id}/results")).await
}

/// The responses of a survey, as a spreadsheet in `lang`.
pub async fn survey_responses(
    token: &str,
    id: i64,
    sheet: Sheet,
    lang: &str,
) -> Result<Vec<u8>, ApiError> {
    let path = format!(
        "/api/review/surveys/{id}/responses.{}?lang={lang}",
        sheet.extension()
    );
    file(token, &path).await
}
