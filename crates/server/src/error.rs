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
    #[error("internal error: {0}")]
    Internal(String),
}

impl ApiError {
    /// A stored value this version cannot read: a 500 whose detail stays
    /// in the log.
    pub fn corrupt(what: &str) -> ApiError {
        ApiError::Internal(format!("stored {what} is unreadable"))
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
            ApiError::Unauthorized => StatusCode::UNAUTHORIZED,
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

impl From<crate::store::StoreError> for ApiError {
    fn from(err: crate::store::StoreError) -> Self {
        ApiError::Internal(err.to_string())
    }
}

impl IntoResponse for ApiError {
    fn into_response(self) -> Response {
        let status = self.status();
        if let ApiError::Internal(detail) = &self {
            tracing::error!(%detail, "internal error");
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
