//! Signing in through the host's OpenID Connect provider (`[review.oidc]`).
//! The browser goes to the provider with a cookie that ties its answer to
//! this browser (the sign-in under way is kept in the database, its key and
//! state as fingerprints); back from it, the member the identity names gets
//! a session, whose credential reaches the area in the address's fragment
//! (never sent to a server). A refusal says why to the area
//! (`/admin?sso=…`) and is recorded in the audit log.

use axum::extract::{RawQuery, State};
use axum::http::{HeaderMap, HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Response};
use portal_core::endpoints::{self, Endpoint as _};

use super::audit::Audit;
use crate::api::{AppState, ClientIp, allow};
use crate::error::{ApiError, ErrorBody};
use crate::secrets;
use crate::store::PendingSso;

/// The cookie that ties the provider's answer to the browser it was asked
/// from.
const COOKIE: &str = "portal_sso";

/// Why a sign-in through the provider did not open a session, as the area
/// says it.
#[derive(Debug, Clone, Copy)]
enum Refusal {
    /// The provider could not be read.
    Unavailable,
    /// No sign-in under way for this browser, or another one's answer.
    Expired,
    /// The provider refused, or its answer did not check out.
    Failed,
    /// No member of the team has this identity.
    Unknown,
}

impl Refusal {
    fn as_str(self) -> &'static str {
        match self {
            Refusal::Unavailable => "unavailable",
            Refusal::Expired => "expired",
            Refusal::Failed => "failed",
            Refusal::Unknown => "unknown",
        }
    }
}

/// A 303 to `location`, never cached, setting `cookie`.
fn see_other(location: &str, cookie: &str) -> Result<Response, ApiError> {
    Ok((
        StatusCode::SEE_OTHER,
        [
            (header::LOCATION, HeaderValue::from_str(location)?),
            (header::SET_COOKIE, HeaderValue::from_str(cookie)?),
            (header::CACHE_CONTROL, HeaderValue::from_static("no-store")),
        ],
    )
        .into_response())
}

/// The cookie holding `value` for ten minutes (none: removed), sent back
/// only to the provider's return route, over https when the site is.
fn cookie(value: Option<&str>, secure: bool) -> String {
    let (value, age) = value.map_or(("", 0), |v| (v, 600));
    let secure = if secure { "; Secure" } else { "" };
    format!(
        "{COOKIE}={value}; Path={}; Max-Age={age}; HttpOnly; SameSite=Lax{secure}",
        endpoints::FinishSso::PATH
    )
}

fn cookie_value(headers: &HeaderMap) -> Option<&str> {
    headers
        .get_all(header::COOKIE)
        .iter()
        .filter_map(|v| v.to_str().ok())
        .flat_map(|v| v.split(';'))
        .filter_map(|pair| pair.trim().split_once('='))
        .find(|(name, _)| *name == COOKIE)
        .map(|(_, value)| value)
}

/// To the provider's sign-in page.
#[utoipa::path(get, path = endpoints::StartSso::PATH, tag = "review",
    responses((status = 303, description = "To the provider's sign-in page (with a cookie tying its answer to this browser), or to the area when the provider cannot be read (`/admin?sso=unavailable`)"),
        (status = 404, description = "No `[review.oidc]` configured", body = ErrorBody)))]
pub async fn start(State(state): State<AppState>) -> Result<Response, ApiError> {
    let sso = state.sso.as_ref().ok_or(ApiError::NotFound)?;
    let secure = state.site_https;
    let started = match sso.start().await {
        Ok(started) => started,
        Err(err) => {
            tracing::warn!(error = %err, "single sign-on: the provider is unavailable");
            let area = format!("/admin?sso={}", Refusal::Unavailable.as_str());
            return see_other(&area, &cookie(None, secure));
        }
    };
    let key = secrets::random_token()?;
    let pending = PendingSso {
        state_hash: secrets::hash(&[started.state.as_bytes()]).to_vec(),
        verifier: started.verifier,
        nonce: started.nonce,
    };
    state
        .store
        .begin_sso(
            &secrets::hash(&[key.as_bytes()]),
            &pending,
            &crate::api::now()?,
        )
        .await?;
    see_other(&started.url, &cookie(Some(&key), secure))
}

/// Back from the provider: signed in (`/admin#session=…`), or told why not
/// (`/admin?sso=expired|failed|unknown`).
#[utoipa::path(get, path = endpoints::FinishSso::PATH, tag = "review",
    params(("code" = Option<String>, Query, description = "The provider's code"),
        ("state" = Option<String>, Query, description = "The state sent to the provider")),
    responses((status = 303, description = "To the area: with the new session's credential in the fragment, or with the reason of a refusal"),
        (status = 404, description = "No `[review.oidc]` configured", body = ErrorBody),
        (status = 429, description = "Too many failed sign-ins from this client", body = ErrorBody)))]
pub async fn finish(
    State(state): State<AppState>,
    ClientIp(client): ClientIp,
    audit: Audit,
    headers: HeaderMap,
    RawQuery(query): RawQuery,
) -> Result<Response, ApiError> {
    let sso = state.sso.as_ref().ok_or(ApiError::NotFound)?;
    let secure = state.site_https;
    let mut code = None;
    let mut returned_state = None;
    for (key, value) in form_urlencoded::parse(query.unwrap_or_default().as_bytes()) {
        match key.as_ref() {
            "code" => code = Some(value.into_owned()),
            "state" => returned_state = Some(value.into_owned()),
            _ => {}
        }
    }
    let pending = match cookie_value(&headers) {
        Some(key) => {
            let key = secrets::hash(&[key.as_bytes()]);
            state.store.take_sso(&key, &crate::api::now()?).await?
        }
        None => None,
    };
    let outcome = match (pending, code, returned_state) {
        (Some(pending), Some(code), Some(returned))
            if secrets::same(&secrets::hash(&[returned.as_bytes()]), &pending.state_hash) =>
        {
            match sso.finish(code, pending.verifier, &pending.nonce).await {
                Ok(identity) => state
                    .store
                    .member_by_sso(&identity.subject, identity.email.as_deref())
                    .await?
                    .ok_or(Refusal::Unknown),
                Err(err) => {
                    tracing::warn!(error = %err, "single sign-on: refused");
                    Err(Refusal::Failed)
                }
            }
        }
        _ => Err(Refusal::Expired),
    };
    audit.detail("via", "sso");
    match outcome {
        Ok((reviewer, _)) => {
            audit.member(&reviewer);
            let credential = super::sessions::open(&state, &reviewer).await?;
            see_other(
                &format!("/admin#session={credential}"),
                &cookie(None, secure),
            )
        }
        Err(refusal) => {
            audit.refused();
            audit.detail("refusal", refusal.as_str());
            allow(&state.sign_ins, client).await?;
            see_other(
                &format!("/admin?sso={}", refusal.as_str()),
                &cookie(None, secure),
            )
        }
    }
}
