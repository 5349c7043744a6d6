//! The API client: one typed function per route, typed answers back. The
//! public routes are here, the reviewers' ones in [`review`]; no page writes
//! a path of the API.

pub mod review;

use gloo_net::http::{Request, Response};
use portal_core::survey::{Answers, DraftSave};
use portal_core::{
    AnswerQuery, ApplicationInput, ErrorCode, InvitationQuery, InvitationView, NotifyQuery,
    OfferView, Problem, StatusQuery, StatusView, Submitted, SurveyResponse,
};
use serde::Deserialize;
use serde::de::DeserializeOwned;

/// What can go wrong talking to the API, as the pages need to tell it.
#[derive(Debug, Clone, PartialEq)]
pub enum ApiError {
    /// No answer: offline, server down.
    Network,
    /// The server refused the request, with the error shape of the API.
    Refused {
        status: u16,
        code: ErrorCode,
        fields: Vec<Problem>,
        retry_after: Option<u32>,
    },
    /// Anything else (5xx, unexpected body).
    Server,
}

#[derive(Deserialize)]
struct ErrorBody {
    error: ErrorDetail,
}

#[derive(Deserialize)]
struct ErrorDetail {
    code: ErrorCode,
    #[serde(default)]
    fields: Vec<Problem>,
}

pub(crate) async fn answer<T: DeserializeOwned>(response: Response) -> Result<T, ApiError> {
    let status = response.status();
    if (200..300).contains(&status) {
        return response.json::<T>().await.map_err(|_| ApiError::Server);
    }
    if (400..500).contains(&status) {
        let retry_after = response
            .headers()
            .get("retry-after")
            .and_then(|v| v.parse().ok());
        if let Ok(body) = response.json::<ErrorBody>().await {
            return Err(ApiError::Refused {
                status,
                code: body.error.code,
                fields: body.error.fields,
                retry_after,
            });
        }
    }
    Err(ApiError::Server)
}

/// The answer of a route that answers `204 No Content` when it succeeds.
pub(crate) async fn done(response: Response) -> Result<(), ApiError> {
    if response.ok() {
        Ok(())
    } else {
        answer::<()>(response).await
    }
}

/// How the wizard's form was filled, for the server's bot check.
#[derive(Clone, Debug, Default)]
pub struct FormSignals {
    /// The hidden field's content (empty for people).
    pub trap: String,
    /// Seconds since the draft began, when known.
    pub seconds: Option<f64>,
}

pub async fn submit_application(
    input: &ApplicationInput,
    idempotency_key: &str,
    form: &FormSignals,
) -> Result<Submitted, ApiError> {
    let mut request = Request::post("/api/applications").header("Idempotency-Key", idempotency_key);
    if !form.trap.is_empty() {
        request = request.header("X-Form-Trap", &form.trap);
    }
    if let Some(seconds) = form.seconds {
        request = request.header("X-Form-Seconds", &format!("{seconds:.0}"));
    }
    let request = request.json(input).map_err(|_| ApiError::Server)?;
    let response = request.send().await.map_err(|_| ApiError::Network)?;
    answer(response).await
}

pub async fn offer() -> Result<OfferView, ApiError> {
    let response = Request::get("/api/offer")
        .send()
        .await
        .map_err(|_| ApiError::Network)?;
    answer(response).await
}

pub async fn application_status(query: &StatusQuery) -> Result<StatusView, ApiError> {
    post("/api/applications/status", query).await
}

pub async fn survey_invitation(secret: &str) -> Result<InvitationView, ApiError> {
    post(
        "/api/surveys/invitation",
        &InvitationQuery {
            secret: secret.to_owned(),
        },
    )
    .await
}

pub async fn survey_respond(secret: &str, answers: &Answers) -> Result<InvitationView, ApiError> {
    post(
        "/api/surveys/response",
        &SurveyResponse {
            secret: secret.to_owned(),
            answers: answers.clone(),
        },
    )
    .await
}

/// Saves a response in progress, sealed (see `crate::seal`).
pub async fn survey_save_draft(draft: &DraftSave) -> Result<(), ApiError> {
    let response = Request::post("/api/surveys/draft")
        .json(draft)
        .map_err(|_| ApiError::Server)?
        .send()
        .await
        .map_err(|_| ApiError::Network)?;
    done(response).await
}

pub async fn answer_question(query: &AnswerQuery) -> Result<StatusView, ApiError> {
    post("/api/applications/answer", query).await
}

pub async fn set_notifications(query: &NotifyQuery) -> Result<StatusView, ApiError> {
    post("/api/applications/notifications", query).await
}

/// Confirms that the address the link went to wants the e-mails.
pub async fn confirm_emails(token: &str) -> Result<(), ApiError> {
    let body = portal_core::EmailLink {
        token: token.to_owned(),
    };
    let response = Request::post("/api/emails/confirm")
        .json(&body)
        .map_err(|_| ApiError::Server)?
        .send()
        .await
        .map_err(|_| ApiError::Network)?;
    done(response).await
}

/// Stops the e-mails of the request the link names.
pub async fn stop_emails(token: &str) -> Result<(), ApiError> {
    let token = String::from(js_sys::encode_uri_component(token));
    let response = Request::post(&format!("/api/emails/stop?token={token}"))
        .send()
        .await
        .map_err(|_| ApiError::Network)?;
    done(response).await
}

pub async fn withdraw_application(query: &StatusQuery) -> Result<StatusView, ApiError> {
    post("/api/applications/withdraw", query).await
}

async fn post<B: serde::Serialize, T: DeserializeOwned>(
    path: &str,
    body: &B,
) -> Result<T, ApiError> {
    let request = Request::post(path)
        .json(body)
        .map_err(|_| ApiError::Server)?;
    let response = request.send().await.map_err(|_| ApiError::Network)?;
    answer(response).await
}
