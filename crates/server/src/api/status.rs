//! The applicant's side: follow a request, withdraw it. Reference and secret
//! are the only key; an unknown reference and a wrong secret get the same
//! answer, and attempts are rate-limited per client.

use portal_core::endpoints::{self, Endpoint as _};
use std::net::IpAddr;

use axum::Json;
use axum::extract::State;
use portal_core::review::{Standing, judge_answer};
use portal_core::{
    AnswerQuery, ApplicationInput, ApplicationStatus, Corrections, ErrorCode, EventKind,
    HistoryEntry, NotifyQuery, StatusQuery, StatusView,
};

use super::body::ApiJson;
use super::{AppState, ClientIp};
use crate::error::{ApiError, ErrorBody};
use crate::store::{ApplicantRow, Correction};

/// A fingerprint no secret has: compared against when the reference is
/// unknown, so that both cases take the same time.
const NO_SECRET: [u8; 32] = [0; 32];

async fn find(
    state: &AppState,
    client: IpAddr,
    query: &StatusQuery,
) -> Result<ApplicantRow, ApiError> {
    super::allow(&state.lookups, client).await?;
    let reference = portal_core::normalize_reference(&query.reference);
    let secret = portal_core::normalize_secret(&query.secret);
    let found = match &reference {
        Some(reference) => state.store.applicant_secret(reference).await?,
        None => None,
    };
    let given = secret.map(|s| crate::secrets::status_fingerprint(&s));
    let stored = found.as_ref().map_or(&NO_SECRET[..], |(_, hash)| &hash[..]);
    let matches = given.is_some_and(|given| crate::secrets::same(&given, stored));
    // Only the right secret leads to more reading: a wrong one costs what
    // an unknown reference does.
    match found {
        Some((id, _)) if matches => state
            .store
            .applicant_view(id)
            .await?
            .ok_or(ApiError::NotFound),
        _ => Err(ApiError::NotFound),
    }
}

/// The request that `reference` and `secret` name (as `find`), with its
/// reference normalised: for the requests that carry both with more.
async fn find_by(
    state: &AppState,
    client: IpAddr,
    reference: &str,
    secret: &str,
) -> Result<(String, ApplicantRow), ApiError> {
    let key = StatusQuery {
        reference: reference.to_owned(),
        secret: secret.to_owned(),
    };
    let row = find(state, client, &key).await?;
    let reference = portal_core::normalize_reference(reference).unwrap_or_default();
    Ok((reference, row))
}

/// Request `id` as it stands after a change, as the applicant sees it.
async fn as_it_stands(
    state: &AppState,
    id: i64,
    reference: &str,
) -> Result<Json<StatusView>, ApiError> {
    let row = state
        .store
        .applicant_view(id)
        .await?
        .ok_or(ApiError::NotFound)?;
    Ok(Json(view(reference, &row)))
}

fn view(reference: &str, row: &ApplicantRow) -> StatusView {
    let history = row
        .events
        .iter()
        .map(|event| HistoryEntry {
            at: event.at.clone(),
            status: event.status,
            phase: event.phase,
            reason: event.reason,
            // Why a space could not be made is the team's to read.
            message: event
                .message
                .clone()
                .filter(|_| event.kind != EventKind::Space),
            by_applicant: event.actor == crate::store::APPLICANT,
            kind: event.kind,
            fields: event.fields.clone(),
            address: event.address.clone(),
            space: event.space,
        })
        .collect();
    StatusView {
        reference: reference.to_owned(),
        status: row.status,
        eligibility: row.eligibility,
        phase: row.phase,
        submitted_at: row.created_at.clone(),
        history,
        erased: row.erased,
        invitations: Vec::new(),
        notify: row.notify,
        address: row.address.clone(),
        space: row.space,
        space_url: row.space_url.clone(),
        waiting: None,
    }
}

/// Where a request stands, with its dated history.
#[utoipa::path(post, path = endpoints::LookUp::PATH, tag = "applications",
    request_body = StatusQuery,
    responses(
        (status = 200, description = "The request", body = StatusView),
        (status = 400, description = "Malformed body", body = ErrorBody),
        (status = 404, description = "No request with this reference and secret (both cases alike)", body = ErrorBody),
        (status = 429, description = "Too many attempts from this client; see Retry-After", body = ErrorBody),
    ))]
pub async fn status(
    State(state): State<AppState>,
    ClientIp(client): ClientIp,
    ApiJson(query): ApiJson<StatusQuery>,
) -> Result<Json<StatusView>, ApiError> {
    let row = find(&state, client, &query).await?;
    let reference = portal_core::normalize_reference(&query.reference).unwrap_or_default();
    let mut view = view(&reference, &row);
    if let (ApplicationStatus::Waitlisted, Some(phase)) = (row.status, row.phase) {
        view.waiting = Some(state.store.waiting_for(phase).await?);
    }
    // Invitations are made for accepted requests only: the others are spared
    // the lookup.
    let ever_accepted = row
        .events
        .iter()
        .any(|event| event.status == ApplicationStatus::Accepted);
    if !row.erased && ever_accepted {
        let secret = portal_core::normalize_secret(&query.secret).unwrap_or_default();
        view.invitations = super::survey::invitation_links(&state, row.id, &secret).await?;
    }
    Ok(Json(view))
}

/// Withdraw a request and erase its personal data. Repeating it is harmless.
#[utoipa::path(post, path = endpoints::Withdraw::PATH, tag = "applications",
    request_body = StatusQuery,
    responses(
        (status = 200, description = "Withdrawn; personal data erased", body = StatusView),
        (status = 400, description = "Malformed body", body = ErrorBody),
        (status = 404, description = "No request with this reference and secret (both cases alike)", body = ErrorBody),
        (status = 409, description = "This request can no longer be withdrawn (refused)", body = ErrorBody),
        (status = 429, description = "Too many attempts from this client; see Retry-After", body = ErrorBody),
    ))]
pub async fn withdraw(
    State(state): State<AppState>,
    ClientIp(client): ClientIp,
    ApiJson(query): ApiJson<StatusQuery>,
) -> Result<Json<StatusView>, ApiError> {
    let reference = portal_core::normalize_reference(&query.reference).unwrap_or_default();
    let mut row = find(&state, client, &query).await?;
    for _ in 0..3 {
        let status = row.status;
        if status == ApplicationStatus::Withdrawn {
            return Ok(Json(view(&reference, &row)));
        }
        if !status.can_move_to(ApplicationStatus::Withdrawn) {
            return Err(ApiError::Conflict(ErrorCode::CannotWithdraw));
        }
        if state
            .store
            .withdraw(row.id, status.as_str(), &super::now()?)
            .await?
        {
            tracing::info!("application withdrawn and erased");
        }
        // Read again: withdrawn now, or changed by a reviewer meanwhile.
        row = state
            .store
            .applicant_view(row.id)
            .await?
            .ok_or(ApiError::NotFound)?;
    }
    Ok(Json(view(&reference, &row)))
}

/// Answer the reviewers' question: the request goes back to review, marked
/// as answered for the reviewers, and the answer joins the history.
#[utoipa::path(post, path = endpoints::AnswerQuestion::PATH, tag = "applications",
    request_body = AnswerQuery,
    responses(
        (status = 200, description = "Answered; the request is back in review", body = StatusView),
        (status = 400, description = "Malformed body", body = ErrorBody),
        (status = 404, description = "No request with this reference and secret (both cases alike)", body = ErrorBody),
        (status = 409, description = "No question waits for an answer (`no_question`), or the request was erased", body = ErrorBody),
        (status = 422, description = "The answer is empty, too long or holds control characters", body = ErrorBody),
        (status = 429, description = "Too many attempts from this client; see Retry-After", body = ErrorBody),
    ))]
pub async fn answer(
    State(state): State<AppState>,
    ClientIp(client): ClientIp,
    ApiJson(query): ApiJson<AnswerQuery>,
) -> Result<Json<StatusView>, ApiError> {
    let (reference, row) = find_by(&state, client, &query.reference, &query.secret).await?;
    let standing = Standing {
        status: row.status,
        phase: row.phase,
        reason: None,
        message: None,
        erased: row.erased,
        days_in_status: 0,
    };
    let step = judge_answer(&standing, &query.message)?;
    let corrected = correct(&state, row.id, &query.corrections).await?;
    let correction = corrected.as_ref().map(|c| Correction {
        answers_json: &c.json,
        search: &c.search,
        fields: &c.fields,
        keys: &c.keys,
    });
    if !state
        .store
        .answer(row.id, &step, correction.as_ref(), &super::now()?)
        .await?
    {
        // Decided or withdrawn meanwhile.
        return Err(ApiError::Conflict(ErrorCode::ChangedMeanwhile));
    }
    tracing::info!("question answered");
    as_it_stands(&state, row.id, &reference).await
}

/// Corrected answers, as stored.
struct Corrected {
    json: String,
    /// Folded for search.
    search: String,
    /// The answers that changed, comma-separated.
    fields: String,
    keys: Vec<portal_core::MatchKey>,
}

/// The answers of request `id` with `corrections` (checked by core's rule:
/// 422 with the fields' problems); `None` when nothing changes.
async fn correct(
    state: &AppState,
    id: i64,
    corrections: &Corrections,
) -> Result<Option<Corrected>, ApiError> {
    if *corrections == Corrections::default() {
        return Ok(None);
    }
    let Some(json) = state.store.answers(id).await? else {
        return Err(ApiError::Conflict(ErrorCode::RequestErased));
    };
    let answers: ApplicationInput =
        serde_json::from_str(&json).map_err(|_| ApiError::corrupt("answers"))?;
    let (corrected, fields) = corrections.apply(&answers).map_err(ApiError::Validation)?;
    if fields.is_empty() {
        return Ok(None);
    }
    Ok(Some(Corrected {
        json: serde_json::to_string(&corrected)?,
        search: corrected.search_text(),
        fields: fields
            .iter()
            .map(|f| f.as_str())
            .collect::<Vec<_>>()
            .join(","),
        keys: portal_core::match_keys(&corrected),
    }))
}

/// Turn the e-mails about the request on or off (they stay off when the
/// portal has no mail server). The address is the one the request gave; an
/// erased request has none any more.
#[utoipa::path(post, path = endpoints::ChooseEmails::PATH, tag = "applications",
    request_body = NotifyQuery,
    responses(
        (status = 200, description = "The choice is recorded", body = StatusView),
        (status = 400, description = "Malformed body", body = ErrorBody),
        (status = 404, description = "No request with this reference and secret (both cases alike)", body = ErrorBody),
        (status = 409, description = "The request was erased (`request_erased`)", body = ErrorBody),
        (status = 429, description = "Too many attempts from this client; see Retry-After", body = ErrorBody),
    ))]
pub async fn notifications(
    State(state): State<AppState>,
    ClientIp(client): ClientIp,
    ApiJson(query): ApiJson<NotifyQuery>,
) -> Result<Json<StatusView>, ApiError> {
    let (reference, row) = find_by(&state, client, &query.reference, &query.secret).await?;
    // Without a mail server, there is nothing to turn on.
    let notify = query.notify && state.site.emails;
    if !state.store.set_notify(row.id, notify).await? {
        return Err(ApiError::Conflict(ErrorCode::RequestErased));
    }
    tracing::info!(notify, "e-mail choice changed");
    as_it_stands(&state, row.id, &reference).await
}
