//! Decisions on requests, one at a time or in bulk: judged by
//! `portal_core::review::judge` against the request as it stands, applied
//! with one conditional update, and appended to the history.

use axum::Json;
use axum::extract::State;
use portal_core::endpoints::{self, Endpoint as _};
use portal_core::review::BULK_MAX;
use portal_core::{
    ApplicationDetail, BulkDecision, BulkOutcome, Code, Decision, Outcome, Problem, Ruling,
    Standing,
};
use portal_core::{ErrorCode, EventKind, ReviewEvent};

use super::audit::Audit;
use super::find;
use super::request::detail;
use crate::api::body::ApiJson;
use crate::api::guard::ApiPath;
use crate::api::{AppState, Reviewer, UNAUTHORIZED};
use crate::error::{ApiError, ErrorBody};
use crate::store::{Decided, QueueRow};

/// The last decision of `row`'s history (the messages and corrections in
/// between moved nothing).
pub(crate) async fn last_move(
    state: &AppState,
    row: &QueueRow,
) -> Result<Option<ReviewEvent>, ApiError> {
    let events = state.store.events(row.id).await?;
    Ok(events.into_iter().rev().find(|e| e.kind == EventKind::Move))
}

/// Where `row` stands, `last` being its last decision.
pub(crate) fn standing<'a>(row: &QueueRow, last: Option<&'a ReviewEvent>) -> Standing<'a> {
    Standing {
        status: row.item.status,
        phase: row.item.phase,
        reason: last.and_then(|e| e.reason),
        message: last.and_then(|e| e.message.as_deref()),
        erased: row.erased_at.is_some(),
        days_in_status: days_since(&row.item.since),
    }
}

/// Whole days from `at` (RFC 3339, as stored) to now; none when it cannot
/// be read, which allows no refusal for want of an answer.
fn days_since(at: &str) -> u32 {
    use time::format_description::well_known::Rfc3339;
    time::OffsetDateTime::parse(at, &Rfc3339)
        .map(|at| (time::OffsetDateTime::now_utc() - at).whole_days())
        .ok()
        .and_then(|days| u32::try_from(days).ok())
        .unwrap_or(0)
}

/// Applies `decision` to `row` on behalf of `reviewer`, as core's rule
/// judges it: what it did.
async fn apply(
    state: &AppState,
    reviewer: &str,
    row: &QueueRow,
    decision: &Decision,
) -> Result<Outcome, ApiError> {
    let last = last_move(state, row).await?;
    let standing = standing(row, last.as_ref());
    let open = state.store.open_phases().await?;
    let judged =
        portal_core::review::judge(&standing, decision, &state.offer, &open, state.answer_days)?;
    let step = match judged {
        Ruling::Unchanged => return Ok(Outcome::Unchanged),
        Ruling::Record(step) => step,
    };
    let now = crate::api::now()?;
    match state.store.decide(row.id, reviewer, &now, &step).await? {
        Decided::Done => {
            tracing::info!(from = step.from.as_str(), to = step.to.as_str(), "decision");
            Ok(Outcome::Applied)
        }
        Decided::Full => Err(ApiError::Conflict(ErrorCode::PhaseFull)),
        Decided::Changed => Err(ApiError::Conflict(ErrorCode::ChangedMeanwhile)),
        Decided::AddressTaken => Err(ApiError::Conflict(ErrorCode::AddressTaken)),
    }
}

/// What the log keeps of a decision: its kind, phase and reason (never
/// its message).
fn noted(audit: &Audit, decision: &Decision) {
    audit.detail("decision", decision.kind().as_str());
    match decision {
        Decision::Accept { phase, .. } | Decision::Waitlist { phase, .. } => {
            audit.detail("phase", phase);
        }
        Decision::Refuse { reason, .. } => audit.detail("reason", reason.as_str()),
        Decision::Review { .. } | Decision::Ask { .. } => {}
    }
}

/// Decide: accept into an open phase with room, wait-list, refuse with a
/// reason, or move back to review.
#[utoipa::path(post, path = endpoints::Decide::PATH, tag = "review", security(("bearer" = [])),
    params(("reference" = String, Path)), request_body = Decision,
    responses((status = 200, body = ApplicationDetail), (status = 400, body = ErrorBody),
        (status = 401, description = UNAUTHORIZED, body = ErrorBody), (status = 404, body = ErrorBody),
        (status = 409, description = "`phase_closed`, `phase_full`, `invalid_transition`, `changed_meanwhile` or `address_taken` (back from a refusal to an address taken since)", body = ErrorBody),
        (status = 422, description = "Unknown phase, message too long", body = ErrorBody)))]
pub async fn decide(
    State(state): State<AppState>,
    Reviewer(reviewer): Reviewer,
    audit: Audit,
    ApiPath(reference): ApiPath<String>,
    ApiJson(decision): ApiJson<Decision>,
) -> Result<Json<ApplicationDetail>, ApiError> {
    noted(&audit, &decision);
    let row = find(&state, &reference).await?;
    apply(&state, &reviewer, &row, &decision).await?;
    let row = find(&state, &reference).await?;
    Ok(Json(detail(&state, &row).await?))
}

/// The same decision for several requests; one outcome each.
#[utoipa::path(post, path = endpoints::DecideInBulk::PATH, tag = "review", security(("bearer" = [])),
    request_body = BulkDecision,
    responses((status = 200, body = Vec<BulkOutcome>), (status = 400, body = ErrorBody),
        (status = 401, description = UNAUTHORIZED, body = ErrorBody), (status = 422, description = "Empty or too large selection", body = ErrorBody)))]
pub async fn bulk(
    State(state): State<AppState>,
    Reviewer(reviewer): Reviewer,
    audit: Audit,
    ApiJson(bulk): ApiJson<BulkDecision>,
) -> Result<Json<Vec<BulkOutcome>>, ApiError> {
    noted(&audit, &bulk.decision);
    if bulk.references.is_empty() || bulk.references.len() > BULK_MAX {
        return Err(ApiError::Validation(vec![
            Problem::new("references", Code::OutOfRange)
                .with("min", 1)
                .with("max", BULK_MAX),
        ]));
    }
    let mut outcomes = Vec::with_capacity(bulk.references.len());
    for reference in &bulk.references {
        let result = match find(&state, reference).await {
            Ok(row) => apply(&state, &reviewer, &row, &bulk.decision).await,
            Err(err) => Err(err),
        };
        audit.request(
            reference,
            match &result {
                Ok(effect) => format!("result={}", effect.as_str()),
                Err(err) => format!("result=failed error={}", err.code().as_str()),
            },
        );
        outcomes.push(match result {
            Ok(effect) => BulkOutcome {
                reference: reference.clone(),
                result: effect,
                error: None,
            },
            Err(err) => BulkOutcome {
                reference: reference.clone(),
                result: Outcome::Failed,
                error: Some(err.code()),
            },
        });
    }
    Ok(Json(outcomes))
}
