//! What holds for every answer under `/api`, whatever the route: a body
//! announced larger than the API takes is refused from the headers (before
//! `100 Continue`, before reading anything); every error has the JSON shape,
//! the router's own (unknown method, malformed path parameter) too; nothing
//! is cached, since most answers carry personal data or need a credential.

use axum::extract::{FromRequestParts, Path, RawPathParams, Request};
use axum::http::request::Parts;
use axum::http::{HeaderValue, StatusCode, header};
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};
use portal_core::{Code, Problem};
use serde::de::DeserializeOwned;

use super::body::announced_too_large;
use crate::error::ApiError;

pub async fn api_contract(request: Request, next: Next) -> Response {
    if announced_too_large(request.headers()) {
        return ApiError::PayloadTooLarge.into_response();
    }
    let mut response = next.run(request).await;
    let status = response.status();
    let is_json = response
        .headers()
        .get(header::CONTENT_TYPE)
        .is_some_and(|value| value.as_bytes().starts_with(b"application/json"));
    if (status.is_client_error() || status.is_server_error()) && !is_json {
        let error = match status {
            StatusCode::NOT_FOUND => ApiError::NotFound,
            StatusCode::METHOD_NOT_ALLOWED => ApiError::MethodNotAllowed,
            StatusCode::PAYLOAD_TOO_LARGE => ApiError::PayloadTooLarge,
            StatusCode::UNSUPPORTED_MEDIA_TYPE => ApiError::UnsupportedMediaType,
            StatusCode::REQUEST_TIMEOUT => ApiError::RequestTimeout,
            status if status.is_client_error() => ApiError::BadRequest,
            _ => ApiError::broken("a server error without a body"),
        };
        let mut replaced = error.into_response();
        // Keep what the router said beside its status (`Allow` of a 405).
        for (name, value) in response.headers() {
            if name != header::CONTENT_TYPE && name != header::CONTENT_LENGTH {
                replaced.headers_mut().insert(name, value.clone());
            }
        }
        response = replaced;
    }
    response
        .headers_mut()
        .entry(header::CACHE_CONTROL)
        .or_insert(HeaderValue::from_static("no-store"));
    response
}

/// A path parameter: one that does not parse is a 400 `invalid_path` naming
/// the parameter, like a bad field of a body.
pub struct ApiPath<T>(pub T);

impl<T, S> FromRequestParts<S> for ApiPath<T>
where
    T: DeserializeOwned + Send,
    S: Send + Sync,
{
    type Rejection = ApiError;

    async fn from_request_parts(parts: &mut Parts, state: &S) -> Result<Self, Self::Rejection> {
        match Path::<T>::from_request_parts(parts, state).await {
            Ok(Path(value)) => Ok(ApiPath(value)),
            Err(_) => {
                let name = RawPathParams::from_request_parts(parts, state)
                    .await
                    .ok()
                    .and_then(|params| params.iter().next().map(|(key, _)| key.to_owned()))
                    .unwrap_or_default();
                Err(ApiError::InvalidPath(vec![Problem::new(
                    name,
                    Code::InvalidValue,
                )]))
            }
        }
    }
}
