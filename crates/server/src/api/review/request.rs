//! One request as reviewers read it (answers, history, notes, labels,
//! related requests, e-mails), and what they write on it: a private note,
//! or a message to the applicant.

use axum::Json;
use axum::extract::State;
use portal_core::endpoints::{self, Endpoint as _};
use portal_core::related::RELATED_MAX;
use portal_core::{ApplicationDetail, ApplicationInput, NewMessage, NewNote, Note};
use portal_core::{ErrorCode, NotificationState, NotificationView, RelatedRequest};

use super::decisions::{last_move, standing};
use super::queue::items;
use super::{check_text, find, refuse_if_erased};
use crate::api::body::ApiJson;
use crate::api::guard::ApiPath;
use crate::api::{AppState, Reviewer, UNAUTHORIZED};
use crate::error::{ApiError, ErrorBody};
use crate::store::QueueRow;

/// The requests related to `row`, each once with all it shares.
async fn related(state: &AppState, row: &QueueRow) -> Result<Vec<RelatedRequest>, ApiError> {
    let mut out: Vec<RelatedRequest> = Vec::new();
    for r in state.store.related(row.id, RELATED_MAX * 4).await? {
        let Some(likeness) = r.likeness else {
            continue;
        };
        if let Some(known) = out.iter_mut().find(|o| o.reference == r.reference) {
            known.likeness.push(likeness);
            continue;
        }
        if out.len() == RELATED_MAX as usize {
            continue;
        }
        out.push(RelatedRequest {
            reference: r.reference,
            status: r.status,
            phase: r.phase,
            structure_name: r.structure_name,
            created_at: r.created_at,
            likeness: vec![likeness],
        });
    }
    for request in &mut out {
        request.likeness.sort();
    }
    Ok(out)
}

pub(crate) async fn detail(
    state: &AppState,
    row: &QueueRow,
) -> Result<ApplicationDetail, ApiError> {
    let answers = match &row.answers {
        Some(json) => Some(
            serde_json::from_str::<ApplicationInput>(json)
                .map_err(|_| ApiError::corrupt("answers"))?,
        ),
        None => None,
    };
    let history = state.store.events(row.id).await?;
    let notes = state
        .store
        .notes(row.id)
        .await?
        .into_iter()
        .map(|n| Note {
            at: n.at,
            reviewer: n.reviewer,
            body: n.body,
        })
        .collect();
    let item = items(state, std::slice::from_ref(row))
        .await?
        .pop()
        .ok_or_else(|| ApiError::corrupt("item"))?;
    Ok(ApplicationDetail {
        item,
        answers,
        history,
        notes,
        notify: row.notify,
        notifications: notifications(state, row.id).await?,
        related: related(state, row).await?,
        space_url: row.space_url.clone(),
        deliveries: state.store.deliveries(row.id).await?,
        deliveries_stopped: state.store.deliveries_stopped().await?.is_some(),
    })
}

/// The e-mails of request `id`, as reviewers see them.
async fn notifications(state: &AppState, id: i64) -> Result<Vec<NotificationView>, ApiError> {
    state
        .store
        .notifications(id)
        .await?
        .into_iter()
        .map(|n| {
            let state = match (&n.sent_at, &n.failed_at, &n.held_at) {
                (Some(_), _, _) => NotificationState::Sent,
                (None, Some(_), _) => NotificationState::Failed,
                (None, None, Some(_)) => NotificationState::Held,
                (None, None, None) => NotificationState::Pending,
            };
            Ok(NotificationView {
                kind: n.kind,
                state,
                created_at: n.created_at,
                sent_at: n.sent_at,
                attempts: n.attempts,
                asked: n.asked,
                error: n.error,
            })
        })
        .collect()
}

/// A request in full: answers, history with actors, private notes.
#[utoipa::path(get, path = endpoints::ReadApplication::PATH, tag = "review", security(("bearer" = [])),
    params(("reference" = String, Path)),
    responses((status = 200, body = ApplicationDetail), (status = 401, description = UNAUTHORIZED, body = ErrorBody),
        (status = 404, body = ErrorBody)))]
pub async fn application(
    State(state): State<AppState>,
    _reviewer: Reviewer,
    ApiPath(reference): ApiPath<String>,
) -> Result<Json<ApplicationDetail>, ApiError> {
    let row = find(&state, &reference).await?;
    Ok(Json(detail(&state, &row).await?))
}

/// Adds a private note (never shown to the applicant).
#[utoipa::path(post, path = endpoints::AddNote::PATH, tag = "review", security(("bearer" = [])),
    params(("reference" = String, Path)), request_body = NewNote,
    responses((status = 200, body = ApplicationDetail), (status = 401, description = UNAUTHORIZED, body = ErrorBody),
        (status = 404, body = ErrorBody), (status = 422, body = ErrorBody)))]
pub async fn add_note(
    State(state): State<AppState>,
    Reviewer(reviewer): Reviewer,
    ApiPath(reference): ApiPath<String>,
    ApiJson(note): ApiJson<NewNote>,
) -> Result<Json<ApplicationDetail>, ApiError> {
    check_text("body", &note.body, true)?;
    let row = find(&state, &reference).await?;
    refuse_if_erased(&row)?;
    let added = state
        .store
        .add_note(row.id, &reviewer, note.body.trim(), &crate::api::now()?)
        .await?;
    if !added {
        return Err(ApiError::Conflict(ErrorCode::RequestErased));
    }
    Ok(Json(detail(&state, &row).await?))
}

/// Writes to the applicant, who reads it on the status page (and gets an
/// e-mail if they asked for them); the request stays where it stands.
#[utoipa::path(post, path = endpoints::WriteToApplicant::PATH, tag = "review", security(("bearer" = [])),
    params(("reference" = String, Path)), request_body = NewMessage,
    responses((status = 200, body = ApplicationDetail), (status = 400, body = ErrorBody),
        (status = 401, description = UNAUTHORIZED, body = ErrorBody), (status = 404, body = ErrorBody),
        (status = 409, description = "`request_erased`, `invalid_transition` (withdrawn) or `changed_meanwhile`", body = ErrorBody),
        (status = 422, description = "The message is empty, too long or holds control characters", body = ErrorBody)))]
pub async fn write(
    State(state): State<AppState>,
    Reviewer(reviewer): Reviewer,
    ApiPath(reference): ApiPath<String>,
    ApiJson(message): ApiJson<NewMessage>,
) -> Result<Json<ApplicationDetail>, ApiError> {
    let row = find(&state, &reference).await?;
    let last = last_move(&state, &row).await?;
    let standing = standing(&row, last.as_ref());
    let step = portal_core::review::judge_message(&standing, &message.message)?;
    if !state
        .store
        .write_message(row.id, &reviewer, &crate::api::now()?, &step)
        .await?
    {
        return Err(ApiError::Conflict(ErrorCode::ChangedMeanwhile));
    }
    tracing::info!("message to the applicant");
    Ok(Json(detail(&state, &row).await?))
}
