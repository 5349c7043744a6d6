//! The public side of the spaces: whether an address may be asked for, and
//! the hosting side's reports (`space.ready`, `space.failed`), signed as
//! Standard Webhooks sign with `[provisioning] secret`.

use axum::body::Bytes;
use axum::extract::{Query, State};
use axum::http::{HeaderMap, StatusCode};
use axum::response::IntoResponse;
use axum::{Json, http::header};
use portal_core::endpoints::{self, Endpoint as _};
use portal_core::space::REASON_MAX;
use portal_core::{
    AddressCheck, AddressQuery, Availability, Code, SpaceCallback, SpaceReport, SpaceState,
};

use super::{AppState, ClientIp};
use crate::error::{ApiError, ErrorBody};
use crate::store::Marked;

/// The longest address read: beyond, it is invalid without more work.
const QUERY_MAX: usize = 200;
/// Free suggestions offered for a taken address.
const SUGGESTIONS: usize = 3;

/// Whether a space's address may be asked for: `available`, `taken`,
/// `reserved` or `invalid`, with up to three free addresses close to it
/// when it may not. Never who holds it; never cached.
#[utoipa::path(get, path = endpoints::CheckAddress::PATH, tag = "spaces",
    params(AddressQuery),
    responses(
        (status = 200, body = AddressCheck),
        (status = 400, description = "No `address` in the query", body = ErrorBody),
        (status = 429, description = "Too many questions from this client; see Retry-After", body = ErrorBody),
    ))]
pub async fn availability(
    State(state): State<AppState>,
    ClientIp(client): ClientIp,
    Query(query): Query<AddressQuery>,
) -> Result<impl IntoResponse, ApiError> {
    super::allow(&state.addresses, client).await?;
    let spaces = &state.site.spaces;
    let asked: String = query.address.trim().chars().take(QUERY_MAX).collect();
    let availability = match spaces.check(&asked) {
        Err(problem) if problem.code == Code::AddressReserved => Availability::Reserved,
        Err(_) => Availability::Invalid,
        Ok(())
            if state
                .store
                .held(std::slice::from_ref(&asked))
                .await?
                .is_empty() =>
        {
            Availability::Available
        }
        Ok(()) => Availability::Taken,
    };
    let suggestions = if availability == Availability::Available {
        Vec::new()
    } else {
        // What was typed, made valid, first (`Amis du Vélo`: `amis-du-velo`).
        let mut candidates: Vec<String> = spaces
            .suggest(&asked)
            .filter(|label| *label != asked)
            .into_iter()
            .collect();
        candidates.extend(spaces.alternatives(&asked));
        let held = state.store.held(&candidates).await?;
        candidates
            .into_iter()
            .filter(|c| !held.contains(c))
            .take(SUGGESTIONS)
            .collect()
    };
    let check = AddressCheck {
        address: asked,
        availability,
        suggestions,
    };
    Ok(([(header::CACHE_CONTROL, "no-store")], Json(check)))
}

/// A report of the hosting side: the space is ready (at `url`, or its usual
/// address) or could not be created (`reason`, for the reviewers).
#[utoipa::path(post, path = endpoints::ReportSpace::PATH, tag = "spaces",
    request_body = SpaceCallback,
    params(
        ("webhook-id" = String, Header, description = "The report's id: a report is taken once"),
        ("webhook-timestamp" = String, Header, description = "Seconds since the epoch; more than 5 minutes off is refused"),
        ("webhook-signature" = String, Header, description = "`v1,` and the base64 HMAC-SHA256 of `id.timestamp.body` with the secret"),
    ),
    responses(
        (status = 204, description = "Taken"),
        (status = 401, description = "`bad_signature`: missing, wrong, too old or replayed, or no hosting side configured; nothing changed", body = ErrorBody),
        (status = 404, description = "No such request", body = ErrorBody),
        (status = 409, description = "`space_unchanged`: not accepted, or already at that step", body = ErrorBody),
        (status = 422, description = "Not a report", body = ErrorBody),
    ))]
pub async fn report(
    State(state): State<AppState>,
    headers: HeaderMap,
    body: Bytes,
) -> Result<StatusCode, ApiError> {
    // Without a hosting side, no report can be signed right.
    let webhook = state.reports.as_ref().ok_or(ApiError::BadSignature)?;
    webhook
        .verify(&body, &headers)
        .map_err(|_| ApiError::BadSignature)?;
    let id = headers
        .get("webhook-id")
        .and_then(|v| v.to_str().ok())
        .filter(|id| id.len() <= QUERY_MAX)
        .ok_or(ApiError::BadSignature)?;
    let report: SpaceCallback = serde_json::from_slice(&body).map_err(|_| {
        ApiError::Validation(vec![portal_core::Problem::new("type", Code::InvalidValue)])
    })?;
    let now = super::now()?;
    if !state.store.take_report(id, &now).await? {
        return Err(ApiError::BadSignature);
    }
    let reference =
        portal_core::normalize_reference(&report.data.reference).ok_or(ApiError::NotFound)?;
    let row = state
        .store
        .application(&reference)
        .await?
        .ok_or(ApiError::NotFound)?;
    let (space, url, reason) = match report.kind {
        SpaceReport::Ready => {
            let url = match report.data.url.as_deref().map(str::trim) {
                Some(url) if is_web_address(url) => url.to_owned(),
                Some(_) => {
                    return Err(ApiError::Validation(vec![portal_core::Problem::new(
                        "data.url",
                        Code::InvalidUrl,
                    )]));
                }
                None => usual_url(&state, row.item.address.as_deref())?,
            };
            (SpaceState::Ready, Some(url), None)
        }
        SpaceReport::Failed => {
            let reason: String = report
                .data
                .reason
                .unwrap_or_default()
                .chars()
                .filter(|c| !c.is_control())
                .take(REASON_MAX)
                .collect();
            (SpaceState::Failed, None, Some(reason))
        }
    };
    match state
        .store
        .mark_space(
            row.id,
            HOSTING,
            space,
            url.as_deref(),
            reason.as_deref(),
            &now,
        )
        .await?
    {
        Marked::Done => Ok(StatusCode::NO_CONTENT),
        Marked::Unchanged => Err(ApiError::Conflict(portal_core::ErrorCode::SpaceUnchanged)),
    }
}

/// The actor of the steps the hosting side reports.
pub const HOSTING: &str = "hosting";

/// An https:// (or http://) address, short enough to show.
pub fn is_web_address(url: &str) -> bool {
    (url.starts_with("https://") || url.starts_with("http://"))
        && url.len() <= 300
        && url.parse::<axum::http::Uri>().is_ok()
}

/// Where a space is when nobody said otherwise: `https://label.domain`.
pub fn usual_url(state: &AppState, address: Option<&str>) -> Result<String, ApiError> {
    address
        .map(|label| state.site.spaces.url(label))
        .ok_or(ApiError::Conflict(portal_core::ErrorCode::SpaceUnchanged))
}
