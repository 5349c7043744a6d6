//! Typed errors at the two boundaries: starting the server, and answering a
//! request. An API error always has the one shape of the API (`ErrorBody`)
//! and never carries internal details; those go to the log (without
//! personal data).

use std::net::SocketAddr;

use axum::Json;
use axum::http::{StatusCode, header};
use axum::response::{IntoResponse, Response};
use portal_core::{ErrorCode, Problem};
use serde::Serialize;
use utoipa::ToSchema;

#[derive(Debug, thiserror::Error)]
pub enum StartError {
    #[error("cannot read the configuration file {path}: {source}")]
    ConfigRead {
        path: String,
        source: std::io::Error,
    },
    #[error("invalid configuration file {path}: {message}")]
    Config { path: String, message: String },
    #[error("database: {0}")]
    Store(#[from] crate::store::StoreError),
    #[error("restore: {0}")]
    Restore(#[from] crate::store::RestoreError),
    #[error("copy: {0}")]
    Copy(#[from] crate::store::CopyError),
    #[error("cannot listen on {addr}: {source}")]
    Bind {
        addr: SocketAddr,
        source: std::io::Error,
    },
    #[error("the listening socket: {0}")]
    Listen(std::io::Error),
    #[error("the built app: {0}")]
    Assets(#[from] crate::assets::SnapshotError),
    #[error("{0}")]
    Other(String),
}

/// The body of every error answer.
#[derive(Debug, Serialize, ToSchema)]
pub struct ErrorBody {
    pub error: ErrorDetail,
}

#[derive(Debug, Serialize, ToSchema)]
pub struct ErrorDetail {
    /// What happened, for the whole request.
    pub code: ErrorCode,
    /// One entry per field problem or eligibility reason, when there are any.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub fields: Vec<Problem>,
}

#[derive(Debug, thiserror::Error)]
pub enum ApiError {
    #[error("validation failed")]
    Validation(Vec<Problem>),
    #[error("ineligible")]
    Ineligible(Vec<Problem>),
    #[error("malformed JSON")]
    MalformedJson,
    #[error("invalid body")]
    InvalidBody(Vec<Problem>),
    #[error("unsupported media type")]
    UnsupportedMediaType,
    #[error("payload too large")]
    PayloadTooLarge,
    /// The body did not arrive in time.
    #[error("request timeout")]
    RequestTimeout,
    #[error("invalid header")]
    InvalidHeader(Vec<Problem>),
    /// A path parameter that does not parse.
    #[error("invalid path parameter")]
    InvalidPath(Vec<Problem>),
    /// Any other request the router could not take.
    #[error("bad request")]
    BadRequest,
    #[error("method not allowed")]
    MethodNotAllowed,
    #[error("idempotency key reused with another request")]
    IdempotencyConflict,
    #[error("not found")]
    NotFound,
    #[error("unauthorized")]
    Unauthorized,
    /// A sign-in token unused for longer than `[review] token_days`.
    #[error("token expired")]
    TokenExpired,
    /// A reviewer asked for a coordinator's route.
    #[error("forbidden")]
    Forbidden,
    /// A report of the hosting side not signed with the secret, too old,
    /// or seen before.
    #[error("bad signature")]
    BadSignature,
    #[error("conflict: {0:?}")]
    Conflict(ErrorCode),
    #[error("rate limited")]
    RateLimited(std::time::Duration),
    /// The form's hidden field was filled, or it was filled faster than a
    /// person can.
    #[error("looks automated")]
    Automated,
    /// No room for the connection: come back in a few seconds.
    #[error("busy")]
    Busy,
    #[error("internal error")]
    Internal(#[from] Internal),
}

/// What went wrong inside the server, with its cause: logged whole, never
/// sent (the answer is a bare `internal`).
#[derive(Debug, thiserror::Error)]
pub enum Internal {
    #[error("database")]
    Store(#[from] crate::store::StoreError),
    #[error("JSON")]
    Json(#[from] serde_json::Error),
    #[error("CSV")]
    Csv(#[from] csv::Error),
    #[error("spreadsheet")]
    Sheet(#[from] spreadsheet_ods::OdsError),
    #[error("header")]
    Header(#[from] axum::http::header::InvalidHeaderValue),
    #[error("clock")]
    Clock(#[from] time::error::Format),
    #[error(transparent)]
    Random(#[from] crate::secrets::RandomError),
    /// Something that cannot happen did: what.
    #[error("{0}")]
    Broken(&'static str),
    /// A stored value this version cannot read: which.
    #[error("stored {0} is unreadable")]
    Corrupt(&'static str),
}

/// Each cause of an internal error is an internal error of the API.
macro_rules! internal_from {
    ($($cause:ty),+) => {$(
        impl From<$cause> for ApiError {
            fn from(cause: $cause) -> Self {
                ApiError::Internal(Internal::from(cause))
            }
        }
    )+};
}

internal_from!(
    crate::store::StoreError,
    serde_json::Error,
    csv::Error,
    spreadsheet_ods::OdsError,
    axum::http::header::InvalidHeaderValue,
    time::error::Format,
    crate::secrets::RandomError
);

/// An error and its causes, outermost first: `a: b: c`.
pub fn chain(error: &dyn std::error::Error) -> String {
    let mut text = error.to_string();
    let mut cause = error.source();
    while let Some(inner) = cause {
        text.push_str(": ");
        text.push_str(&inner.to_string());
        cause = inner.source();
    }
    text
}

impl ApiError {
    /// A stored value this version cannot read: a 500 whose detail stays
    /// in the log.
    pub fn corrupt(what: &'static str) -> ApiError {
        ApiError::Internal(Internal::Corrupt(what))
    }

    /// Something that cannot happen did.
    pub fn broken(what: &'static str) -> ApiError {
        ApiError::Internal(Internal::Broken(what))
    }

    pub fn status(&self) -> StatusCode {
        match self {
            ApiError::Validation(_) | ApiError::Ineligible(_) | ApiError::Automated => {
                StatusCode::UNPROCESSABLE_ENTITY
            }
            ApiError::MalformedJson
            | ApiError::InvalidBody(_)
            | ApiError::InvalidHeader(_)
            | ApiError::InvalidPath(_)
            | ApiError::BadRequest => StatusCode::BAD_REQUEST,
            ApiError::MethodNotAllowed => StatusCode::METHOD_NOT_ALLOWED,
            ApiError::UnsupportedMediaType => StatusCode::UNSUPPORTED_MEDIA_TYPE,
            ApiError::PayloadTooLarge => StatusCode::PAYLOAD_TOO_LARGE,
            ApiError::RequestTimeout => StatusCode::REQUEST_TIMEOUT,
            ApiError::IdempotencyConflict => StatusCode::CONFLICT,
            ApiError::NotFound => StatusCode::NOT_FOUND,
            ApiError::Unauthorized | ApiError::BadSignature | ApiError::TokenExpired => {
                StatusCode::UNAUTHORIZED
            }
            ApiError::Forbidden => StatusCode::FORBIDDEN,
            ApiError::Conflict(_) => StatusCode::CONFLICT,
            ApiError::RateLimited(_) => StatusCode::TOO_MANY_REQUESTS,
            ApiError::Busy => StatusCode::SERVICE_UNAVAILABLE,
            ApiError::Internal(_) => StatusCode::INTERNAL_SERVER_ERROR,
        }
    }

    pub fn code(&self) -> ErrorCode {
        match self {
            ApiError::Validation(_) => ErrorCode::ValidationFailed,
            ApiError::Ineligible(_) => ErrorCode::Ineligible,
            ApiError::MalformedJson => ErrorCode::MalformedJson,
            ApiError::InvalidBody(_) => ErrorCode::InvalidBody,
            ApiError::UnsupportedMediaType => ErrorCode::UnsupportedMediaType,
            ApiError::PayloadTooLarge => ErrorCode::PayloadTooLarge,
            ApiError::RequestTimeout => ErrorCode::RequestTimeout,
            ApiError::InvalidHeader(_) => ErrorCode::InvalidHeader,
            ApiError::InvalidPath(_) => ErrorCode::InvalidPath,
            ApiError::BadRequest => ErrorCode::BadRequest,
            ApiError::MethodNotAllowed => ErrorCode::MethodNotAllowed,
            ApiError::IdempotencyConflict => ErrorCode::IdempotencyConflict,
            ApiError::NotFound => ErrorCode::NotFound,
            ApiError::Unauthorized => ErrorCode::Unauthorized,
            ApiError::BadSignature => ErrorCode::BadSignature,
            ApiError::Forbidden => ErrorCode::Forbidden,
            ApiError::TokenExpired => ErrorCode::TokenExpired,
            ApiError::Conflict(code) => *code,
            ApiError::RateLimited(_) => ErrorCode::RateLimited,
            ApiError::Automated => ErrorCode::LooksAutomated,
            ApiError::Busy => ErrorCode::Busy,
            ApiError::Internal(_) => ErrorCode::Internal,
        }
    }
}

impl From<portal_core::Rejection> for ApiError {
    fn from(rejection: portal_core::Rejection) -> Self {
        match rejection {
            portal_core::Rejection::Ineligible(reasons) => ApiError::Ineligible(reasons),
            portal_core::Rejection::Invalid(problems) => ApiError::Validation(problems),
        }
    }
}

impl From<portal_core::Refusal> for ApiError {
    fn from(refusal: portal_core::Refusal) -> Self {
        match refusal {
            portal_core::Refusal::Invalid(problem) => ApiError::Validation(vec![problem]),
            portal_core::Refusal::Conflict(code) => ApiError::Conflict(code),
        }
    }
}

impl IntoResponse for ApiError {
    fn into_response(self) -> Response {
        let status = self.status();
        if let ApiError::Internal(cause) = &self {
            tracing::error!(error = chain(cause), "internal error");
        }
        let retry_after = match &self {
            ApiError::RateLimited(wait) => Some(wait.as_secs().max(1)),
            ApiError::Busy => Some(crate::serve::RETRY_AFTER_SECONDS),
            _ => None,
        };
        let code = self.code();
        let fields = match self {
            ApiError::Validation(f)
            | ApiError::Ineligible(f)
            | ApiError::InvalidBody(f)
            | ApiError::InvalidHeader(f)
            | ApiError::InvalidPath(f) => f,
            _ => Vec::new(),
        };
        let mut response = (
            status,
            Json(ErrorBody {
                error: ErrorDetail { code, fields },
            }),
        )
            .into_response();
        response.headers_mut().insert(
            header::CACHE_CONTROL,
            header::HeaderValue::from_static("no-store"),
        );
        if status == StatusCode::UNAUTHORIZED {
            response.headers_mut().insert(
                header::WWW_AUTHENTICATE,
                header::HeaderValue::from_static("Bearer"),
            );
        }
        if let Some(seconds) = retry_after {
            response
                .headers_mut()
                .insert(header::RETRY_AFTER, header::HeaderValue::from(seconds));
        }
        response
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[tokio::test]
    async fn an_internal_error_keeps_its_cause_for_the_log_and_sends_none() {
        let cause = serde_json::from_str::<u8>("x").unwrap_err();
        let error = ApiError::from(cause);
        let logged = chain(&error);
        assert!(
            logged.starts_with("internal error: JSON: expected value"),
            "{logged}"
        );
        let response = error.into_response();
        assert_eq!(response.status(), StatusCode::INTERNAL_SERVER_ERROR);
        let body = axum::body::to_bytes(response.into_body(), 1024)
            .await
            .unwrap();
        assert_eq!(&body[..], br#"{"error":{"code":"internal"}}"#);
    }
}
