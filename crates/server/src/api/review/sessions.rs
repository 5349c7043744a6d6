//! Sessions of the reviewers' area: a sign-in token exchanged for a
//! credential that ends (after `[review] session_hours` without a request,
//! at sign-out, at a sign-out everywhere, or when the member is revoked), so
//! that the long-lived token is never kept by the browser.

use axum::Json;
use axum::extract::State;
use axum::http::{HeaderMap, StatusCode, header};
use axum::response::IntoResponse;
use portal_core::endpoints::{self, Endpoint as _};
use portal_core::{Session, SignIn, SignedIn};

use super::audit::Audit;
use crate::api::body::ApiJson;
use crate::api::extract::{bearer, by_token};
use crate::api::{AppState, ClientIp, Member, UNAUTHORIZED, allow};
use crate::error::{ApiError, ErrorBody};
use crate::secrets;

/// Signs in: the token (`fsr_…`) is exchanged for a session's credential
/// (`fss_…`), the bearer of the next requests.
#[utoipa::path(post, path = endpoints::StartSession::PATH, tag = "review",
    request_body = SignIn,
    responses((status = 201, body = SignedIn), (status = 400, body = ErrorBody),
        (status = 401, description = "No such token, or `token_expired` (unused too long)", body = ErrorBody),
        (status = 429, description = "Too many failed sign-ins from this client", body = ErrorBody)))]
pub async fn start(
    State(state): State<AppState>,
    ClientIp(client): ClientIp,
    audit: Audit,
    ApiJson(sign_in): ApiJson<SignIn>,
) -> Result<impl IntoResponse, ApiError> {
    let token = sign_in.token.trim();
    let Some((reviewer, role)) = by_token(&state, token).await? else {
        allow(&state.sign_ins, client).await?;
        return Err(ApiError::Unauthorized);
    };
    audit.member(&reviewer);
    let credential = open(&state, &reviewer).await?;
    let signed_in = SignedIn {
        credential,
        session: Session { reviewer, role },
    };
    Ok((
        StatusCode::CREATED,
        [(header::CACHE_CONTROL, "no-store")],
        Json(signed_in),
    ))
}

/// A new session of `reviewer`: its credential, shown once (only its
/// fingerprint is kept).
pub(super) async fn open(state: &AppState, reviewer: &str) -> Result<String, ApiError> {
    let credential = secrets::session_credential()?;
    let now = crate::api::now()?;
    state
        .store
        .start_session(reviewer, &secrets::session_fingerprint(&credential), &now)
        .await?;
    tracing::info!(%reviewer, "signed in");
    Ok(credential)
}

/// Signs out: the session of this credential ends (a token used as the
/// bearer has no session to end).
#[utoipa::path(delete, path = endpoints::EndSession::PATH, tag = "review", security(("bearer" = [])),
    responses((status = 204, description = "Ended"), (status = 401, description = UNAUTHORIZED, body = ErrorBody)))]
pub async fn end(
    State(state): State<AppState>,
    Member(reviewer, _): Member,
    headers: HeaderMap,
) -> Result<StatusCode, ApiError> {
    if let Some(credential) = bearer(&headers).filter(|b| b.starts_with(secrets::SESSION_PREFIX)) {
        let now = crate::api::now()?;
        state
            .store
            .end_session(&secrets::session_fingerprint(credential), &now)
            .await?;
        tracing::info!(%reviewer, "signed out");
    }
    Ok(StatusCode::NO_CONTENT)
}

/// Signs out everywhere: every session of the member ends.
#[utoipa::path(delete, path = endpoints::EndSessions::PATH, tag = "review", security(("bearer" = [])),
    responses((status = 204, description = "Ended"), (status = 401, description = UNAUTHORIZED, body = ErrorBody)))]
pub async fn end_all(
    State(state): State<AppState>,
    Member(reviewer, _): Member,
) -> Result<StatusCode, ApiError> {
    let ended = state
        .store
        .end_sessions_of(&reviewer, &crate::api::now()?)
        .await?;
    tracing::info!(%reviewer, ended, "signed out everywhere");
    Ok(StatusCode::NO_CONTENT)
}
