//! The JSON body extractor of the API: wrong content type → 415, too large →
//! 413, not JSON → 400 `malformed_json`, JSON of the wrong shape (unknown field,
//! wrong type) → 400 `invalid_body` naming the field. Never a 500.

use axum::body::Bytes;
use axum::extract::{FromRequest, Request};
use axum::http::header::CONTENT_TYPE;
use portal_core::{Code, Problem};
use serde::de::DeserializeOwned;

use crate::error::ApiError;

/// Bodies larger than this are refused with 413.
pub const MAX_BODY_BYTES: usize = 64 * 1024;

pub struct ApiJson<T>(pub T);

impl<S, T> FromRequest<S> for ApiJson<T>
where
    S: Send + Sync,
    T: DeserializeOwned,
{
    type Rejection = ApiError;

    async fn from_request(req: Request, state: &S) -> Result<Self, Self::Rejection> {
        let is_json = req
            .headers()
            .get(CONTENT_TYPE)
            .and_then(|value| value.to_str().ok())
            .and_then(|value| value.split(';').next())
            .is_some_and(|mime| mime.trim().eq_ignore_ascii_case("application/json"));
        if !is_json {
            return Err(ApiError::UnsupportedMediaType);
        }
        let bytes = Bytes::from_request(req, state).await.map_err(|rejection| {
            if rejection.status() == axum::http::StatusCode::PAYLOAD_TOO_LARGE {
                ApiError::PayloadTooLarge
            } else {
                ApiError::MalformedJson
            }
        })?;
        parse(&bytes).map(ApiJson)
    }
}

pub fn parse<T: DeserializeOwned>(bytes: &[u8]) -> Result<T, ApiError> {
    let mut deserializer = serde_json::Deserializer::from_slice(bytes);
    let value = serde_path_to_error::deserialize(&mut deserializer).map_err(|err| {
        let path = err.path().to_string();
        let inner = err.into_inner();
        if !inner.is_data() {
            return ApiError::MalformedJson;
        }
        // The path already ends with the unknown field's name.
        let code = if inner.to_string().starts_with("unknown field") {
            Code::UnknownField
        } else {
            Code::InvalidValue
        };
        let field = if path == "." { String::new() } else { path };
        ApiError::InvalidBody(vec![Problem::new(field, code)])
    })?;
    deserializer.end().map_err(|_| ApiError::MalformedJson)?;
    Ok(value)
}
