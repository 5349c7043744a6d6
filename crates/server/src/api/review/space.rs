//! The reviewers' side of a request's space: its address changed before the
//! space exists, a step marked by hand (ready, failed, asked again), and the
//! deliveries to the hosting side resumed after it answered 410.

use axum::Json;
use axum::extract::State;
use axum::http::StatusCode;
use portal_core::SpaceState;
use portal_core::endpoints::{self, Endpoint as _};
use portal_core::space::REASON_MAX;
use portal_core::{ApplicationDetail, Code, ErrorCode, Field, NewAddress, Problem, SpaceMark};

use super::find;
use super::request::detail;
use crate::api::body::ApiJson;
use crate::api::guard::ApiPath;
use crate::api::spaces::{is_web_address, usual_url};
use crate::api::{AppState, Coordinator, FORBIDDEN, Reviewer, UNAUTHORIZED};
use crate::error::{ApiError, ErrorBody};
use crate::store::{AddressSet, Marked};

/// Gives the request another address (before its space is ready): recorded
/// in its history, shown to the applicant; an accepted request's hosting
/// side is told (`space.updated`).
#[utoipa::path(put, path = endpoints::ChangeAddress::PATH, tag = "review", security(("bearer" = [])),
    params(("reference" = String, Path)), request_body = NewAddress,
    responses((status = 200, body = ApplicationDetail), (status = 400, body = ErrorBody),
        (status = 401, description = UNAUTHORIZED, body = ErrorBody), (status = 404, body = ErrorBody),
        (status = 409, description = "`changed_meanwhile`: refused, withdrawn, erased, its space ready, or this address already", body = ErrorBody),
        (status = 422, description = "`validation_failed` at `address`: invalid, reserved or taken", body = ErrorBody)))]
pub async fn change_address(
    State(state): State<AppState>,
    Reviewer(reviewer): Reviewer,
    ApiPath(reference): ApiPath<String>,
    ApiJson(change): ApiJson<NewAddress>,
) -> Result<Json<ApplicationDetail>, ApiError> {
    let address = change.address.trim();
    let at_address = |problem: Problem| Problem {
        field: "address".to_owned(),
        ..problem
    };
    state
        .site
        .spaces
        .check(address)
        .map_err(|problem| ApiError::Validation(vec![at_address(problem)]))?;
    let row = find(&state, &reference).await?;
    match state
        .store
        .set_address(row.id, &reviewer, address, &crate::api::now()?)
        .await?
    {
        AddressSet::Done => {}
        AddressSet::Taken => {
            let taken = Problem::new(Field::Address, Code::AddressTaken);
            return Err(ApiError::Validation(vec![at_address(taken)]));
        }
        AddressSet::Closed => return Err(ApiError::Conflict(ErrorCode::ChangedMeanwhile)),
    }
    let row = find(&state, &reference).await?;
    Ok(Json(detail(&state, &row).await?))
}

/// Marks a step of an accepted request's space by hand: `ready` (at `url`,
/// or its usual address; the applicant is told), `failed` (with a reason,
/// for the team) or `creating` (the hosting side is asked again).
#[utoipa::path(post, path = endpoints::MarkSpace::PATH, tag = "review", security(("bearer" = [])),
    params(("reference" = String, Path)), request_body = SpaceMark,
    responses((status = 200, body = ApplicationDetail), (status = 400, body = ErrorBody),
        (status = 401, description = UNAUTHORIZED, body = ErrorBody), (status = 404, body = ErrorBody),
        (status = 409, description = "`space_unchanged`: not accepted, or already at that step", body = ErrorBody),
        (status = 422, description = "An address that is not a web address, a reason too long", body = ErrorBody)))]
pub async fn mark(
    State(state): State<AppState>,
    Reviewer(reviewer): Reviewer,
    ApiPath(reference): ApiPath<String>,
    ApiJson(mark): ApiJson<SpaceMark>,
) -> Result<Json<ApplicationDetail>, ApiError> {
    let row = find(&state, &reference).await?;
    let invalid = |field: &str, code| ApiError::Validation(vec![Problem::new(field, code)]);
    let url = match (mark.state, mark.url.as_deref().map(str::trim)) {
        (SpaceState::Ready, Some(url)) if is_web_address(url) => Some(url.to_owned()),
        (SpaceState::Ready, Some(_)) => return Err(invalid("url", Code::InvalidUrl)),
        (SpaceState::Ready, None) => Some(usual_url(&state, row.item.address.as_deref())?),
        (_, _) => None,
    };
    let reason = mark
        .reason
        .as_deref()
        .map(str::trim)
        .filter(|r| !r.is_empty());
    if reason.is_some_and(|r| r.chars().count() > REASON_MAX) {
        return Err(ApiError::Validation(vec![
            Problem::new("reason", Code::TooLong).with("max", REASON_MAX),
        ]));
    }
    let now = crate::api::now()?;
    match state
        .store
        .mark_space(row.id, &reviewer, mark.state, url.as_deref(), reason, &now)
        .await?
    {
        Marked::Done => {}
        Marked::Unchanged => return Err(ApiError::Conflict(ErrorCode::SpaceUnchanged)),
    }
    let row = find(&state, &reference).await?;
    Ok(Json(detail(&state, &row).await?))
}

/// Deliveries to the hosting side go again, after it answered 410 Gone.
#[utoipa::path(post, path = endpoints::ResumeDeliveries::PATH, tag = "review", security(("bearer" = [])),
    responses((status = 204, description = "They go again (or were not stopped)"),
        (status = 401, description = UNAUTHORIZED, body = ErrorBody), (status = 403, description = FORBIDDEN, body = ErrorBody)))]
pub async fn resume(
    State(state): State<AppState>,
    Coordinator(reviewer): Coordinator,
) -> Result<StatusCode, ApiError> {
    if state.store.resume_deliveries().await? {
        tracing::info!(reviewer = %reviewer, "deliveries to the hosting side resumed");
    }
    Ok(StatusCode::NO_CONTENT)
}
