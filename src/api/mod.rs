//! The API client: one generic call (`call`) of the routes declared in
//! `portal_core::endpoints`, which pair each path with its body and its
//! answer, and a named function per route for the pages. The public routes
//! are here, the reviewers' ones in [`review`]; no path is written here.

pub mod review;

use gloo_net::http::{Method as HttpMethod, RequestBuilder, Response};
use portal_core::endpoints::{self as route, Endpoint, Method, fill};
use portal_core::survey::{Answers, DraftSave};
use portal_core::{
    AddressCheck, AnswerQuery, ApplicationInput, EmailLink, ErrorCode, InvitationQuery,
    InvitationView, NotifyQuery, OfferView, Problem, StatusQuery, StatusView, Submitted,
    SurveyResponse,
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

/// The body of `response` read by the browser's JSON parser, as a `T`.
async fn read_json<T: DeserializeOwned>(response: Response) -> Option<T> {
    let parsed = web_sys::Response::from(response).json().ok()?;
    crate::json::from_js(wasm_bindgen_futures::JsFuture::from(parsed).await.ok()?)
}

pub(crate) async fn answer<T: DeserializeOwned>(response: Response) -> Result<T, ApiError> {
    let status = response.status();
    if status == 204 {
        // No content: what the route answers is `()`.
        return crate::json::from_js(wasm_bindgen::JsValue::NULL).ok_or(ApiError::Server);
    }
    if (200..300).contains(&status) {
        return read_json(response).await.ok_or(ApiError::Server);
    }
    if (400..500).contains(&status) {
        let retry_after = response
            .headers()
            .get("retry-after")
            .and_then(|v| v.parse().ok());
        if let Some(body) = read_json::<ErrorBody>(response).await {
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

/// The request of route `E`, its path parameters filled in order, with the
/// query string `query` (`?…` or empty).
pub(crate) fn request<E: Endpoint>(params: &[&str], query: &str) -> RequestBuilder {
    let method = match E::METHOD {
        Method::Get => HttpMethod::GET,
        Method::Post => HttpMethod::POST,
        Method::Put => HttpMethod::PUT,
        Method::Delete => HttpMethod::DELETE,
    };
    RequestBuilder::new(&format!("{}{query}", fill(E::PATH, params))).method(method)
}

/// Sends `request` of route `E` with `body` (none when it is `()`), and
/// reads its answer.
pub(crate) async fn fetch<E: Endpoint>(
    request: RequestBuilder,
    body: &E::Body,
) -> Result<E::Reply, ApiError> {
    let body = crate::json::to_js(body).ok_or(ApiError::Server)?;
    let request = if body.is_null() {
        request.build()
    } else {
        let text = js_sys::JSON::stringify(&body).map_err(|_| ApiError::Server)?;
        request
            .header("Content-Type", "application/json")
            .body(text)
    }
    .map_err(|_| ApiError::Server)?;
    let response = request.send().await.map_err(|_| ApiError::Network)?;
    answer(response).await
}

/// Calls route `E` with its path parameters and its body.
pub(crate) async fn call<E: Endpoint>(
    params: &[&str],
    body: &E::Body,
) -> Result<E::Reply, ApiError> {
    fetch::<E>(request::<E>(params, ""), body).await
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
    let mut request = request::<route::Submit>(&[], "").header("Idempotency-Key", idempotency_key);
    if !form.trap.is_empty() {
        request = request.header("X-Form-Trap", &form.trap);
    }
    if let Some(seconds) = form.seconds {
        request = request.header("X-Form-Seconds", &format!("{seconds:.0}"));
    }
    fetch::<route::Submit>(request, input).await
}

pub async fn offer() -> Result<OfferView, ApiError> {
    call::<route::ReadOffer>(&[], &()).await
}

pub async fn application_status(query: &StatusQuery) -> Result<StatusView, ApiError> {
    call::<route::LookUp>(&[], query).await
}

pub async fn survey_invitation(secret: &str) -> Result<InvitationView, ApiError> {
    let query = InvitationQuery {
        secret: secret.to_owned(),
    };
    call::<route::OpenInvitation>(&[], &query).await
}

pub async fn survey_respond(secret: &str, answers: &Answers) -> Result<InvitationView, ApiError> {
    let response = SurveyResponse {
        secret: secret.to_owned(),
        answers: answers.clone(),
    };
    call::<route::Respond>(&[], &response).await
}

/// Saves a response in progress, sealed (see `crate::seal`).
pub async fn survey_save_draft(draft: &DraftSave) -> Result<(), ApiError> {
    call::<route::SaveDraft>(&[], draft).await
}

pub async fn answer_question(query: &AnswerQuery) -> Result<StatusView, ApiError> {
    call::<route::AnswerQuestion>(&[], query).await
}

pub async fn set_notifications(query: &NotifyQuery) -> Result<StatusView, ApiError> {
    call::<route::ChooseEmails>(&[], query).await
}

/// Confirms that the address the link went to wants the e-mails.
pub async fn confirm_emails(token: &str) -> Result<(), ApiError> {
    let link = EmailLink {
        token: token.to_owned(),
    };
    call::<route::ConfirmAddress>(&[], &link).await
}

/// Stops the e-mails of the request the link names.
pub async fn stop_emails(token: &str) -> Result<(), ApiError> {
    let query = format!(
        "?token={}",
        String::from(js_sys::encode_uri_component(token))
    );
    fetch::<route::StopEmails>(request::<route::StopEmails>(&[], &query), &()).await
}

/// Whether a space's address may be asked for.
pub async fn check_address(address: &str) -> Result<AddressCheck, ApiError> {
    let query = format!(
        "?address={}",
        String::from(js_sys::encode_uri_component(address))
    );
    fetch::<route::CheckAddress>(request::<route::CheckAddress>(&[], &query), &()).await
}

pub async fn withdraw_application(query: &StatusQuery) -> Result<StatusView, ApiError> {
    call::<route::Withdraw>(&[], query).await
}
