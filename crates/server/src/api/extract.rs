//! What the API's handlers take from a request besides its body: the client
//! a rate limit counts, and the signed-in reviewer.

use std::net::{IpAddr, SocketAddr};

use axum::extract::{ConnectInfo, FromRequestParts};
use axum::http::header;
use axum::http::request::Parts;

use super::AppState;
use crate::clients::TrustedProxies;
use crate::error::ApiError;
use crate::rate_limit::RateLimit;
use crate::secrets;
use portal_core::Role;

use crate::store::TokenCheck;

/// Takes one attempt of `client` from `limit`: 429 when none is left.
pub async fn allow(limit: &RateLimit, client: IpAddr) -> Result<(), ApiError> {
    limit.check(client).await?.map_err(ApiError::RateLimited)
}

/// The client a rate limit counts: the connection's address, or, from a
/// proxy of ours, the address it saw (`clients::TrustedProxies::client`).
pub struct ClientIp(pub IpAddr);

impl FromRequestParts<AppState> for ClientIp {
    type Rejection = ApiError;

    async fn from_request_parts(
        parts: &mut Parts,
        state: &AppState,
    ) -> Result<Self, Self::Rejection> {
        Ok(ClientIp(client_ip(parts, &state.proxies)))
    }
}

pub fn client_ip(parts: &Parts, proxies: &TrustedProxies) -> IpAddr {
    let peer = parts
        .extensions
        .get::<ConnectInfo<SocketAddr>>()
        .map_or(IpAddr::from([0, 0, 0, 0]), |ConnectInfo(addr)| addr.ip());
    let forwarded: Vec<&str> = parts
        .headers
        .get_all("x-forwarded-for")
        .iter()
        .filter_map(|value| value.to_str().ok())
        .flat_map(|value| value.split(','))
        .collect();
    proxies.client(peer, forwarded.into_iter())
}

/// What the OpenAPI document says of a 401.
pub const UNAUTHORIZED: &str = "No, wrong or revoked token";

/// What the OpenAPI document says of a 403.
pub const FORBIDDEN: &str = "`forbidden`: a coordinator's route, asked by a reviewer";

/// The signed-in member of the team, whatever their role.
pub struct Reviewer(pub String);

/// The signed-in member, a coordinator (403 for a reviewer).
pub struct Coordinator(pub String);

/// The signed-in member and their role.
pub struct Member(pub String, pub Role);

impl FromRequestParts<AppState> for Member {
    type Rejection = ApiError;

    async fn from_request_parts(
        parts: &mut Parts,
        state: &AppState,
    ) -> Result<Self, Self::Rejection> {
        let (name, role) = signed_in(parts, state).await?;
        Ok(Member(name, role))
    }
}

impl FromRequestParts<AppState> for Reviewer {
    type Rejection = ApiError;

    async fn from_request_parts(
        parts: &mut Parts,
        state: &AppState,
    ) -> Result<Self, Self::Rejection> {
        let (name, _) = signed_in(parts, state).await?;
        Ok(Reviewer(name))
    }
}

impl FromRequestParts<AppState> for Coordinator {
    type Rejection = ApiError;

    async fn from_request_parts(
        parts: &mut Parts,
        state: &AppState,
    ) -> Result<Self, Self::Rejection> {
        match signed_in(parts, state).await? {
            (name, Role::Coordinator) => Ok(Coordinator(name)),
            (_, Role::Reviewer) => Err(ApiError::Forbidden),
        }
    }
}

/// The bearer of a request: a session's credential, or a sign-in token.
pub fn bearer(headers: &axum::http::HeaderMap) -> Option<&str> {
    headers
        .get(header::AUTHORIZATION)
        .and_then(|v| v.to_str().ok())
        .and_then(|v| v.strip_prefix("Bearer "))
        .map(str::trim)
        .filter(|t| !t.is_empty())
}

/// The member a sign-in token names (its use recorded), `token_expired`
/// when it went unused too long, none when it names nobody.
pub async fn by_token(state: &AppState, token: &str) -> Result<Option<(String, Role)>, ApiError> {
    let now = super::now()?;
    let fingerprint = secrets::token_fingerprint(token);
    match state
        .store
        .use_token(&fingerprint, state.sessions, &now)
        .await?
    {
        TokenCheck::Member(name, role) => {
            let store = state.store.clone();
            recorded(async move { store.token_used(&fingerprint, &now).await });
            Ok(Some((name, role)))
        }
        TokenCheck::Expired => Err(ApiError::TokenExpired),
        TokenCheck::Unknown => Ok(None),
    }
}

/// Records a use beside the request, which does not wait for it (another
/// writer may hold the database a while).
fn recorded(
    write: impl std::future::Future<Output = Result<(), crate::store::StoreError>> + Send + 'static,
) {
    tokio::spawn(async move {
        if let Err(err) = write.await {
            tracing::warn!(error = %err, "recording a sign-in's use failed");
        }
    });
}

/// The member the request's bearer names (a session that did not end, or a
/// sign-in token still in use), and their role; 401 (and one failed attempt
/// counted) otherwise.
async fn signed_in(parts: &Parts, state: &AppState) -> Result<(String, Role), ApiError> {
    let member = match bearer(&parts.headers) {
        Some(credential) if credential.starts_with(secrets::SESSION_PREFIX) => {
            let fingerprint = secrets::session_fingerprint(credential);
            let now = super::now()?;
            let member = state
                .store
                .session_member(&fingerprint, state.sessions, &now)
                .await?;
            if member.is_some() {
                let store = state.store.clone();
                recorded(async move { store.session_seen(&fingerprint, &now).await });
            }
            member
        }
        Some(token) => by_token(state, token).await?,
        None => None,
    };
    // A valid bearer always passes: only failures count, so that others
    // failing behind the same address never lock a reviewer out.
    match member {
        Some(member) => {
            if let Some(audit) = parts.extensions.get::<super::review::audit::Audit>() {
                audit.member(&member.0);
            }
            Ok(member)
        }
        None => {
            allow(&state.sign_ins, client_ip(parts, &state.proxies)).await?;
            Err(ApiError::Unauthorized)
        }
    }
}
