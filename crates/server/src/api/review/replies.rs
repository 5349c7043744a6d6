//! Reply templates: the coordinators keep them, every member's decision and
//! message forms offer them (`NewReply::offered`).

use axum::Json;
use axum::extract::State;
use portal_core::endpoints::{self, Endpoint as _};
use portal_core::review::REPLIES_MAX;
use portal_core::{Code, NewReply, Problem, ReplyTemplate};

use crate::api::body::ApiJson;
use crate::api::guard::ApiPath;
use crate::api::{AppState, Coordinator, FORBIDDEN, Reviewer, UNAUTHORIZED};
use crate::error::{ApiError, ErrorBody};

fn checked(reply: &NewReply) -> Result<(), ApiError> {
    let problems = reply.problems();
    if problems.is_empty() {
        Ok(())
    } else {
        Err(ApiError::Validation(problems))
    }
}

/// Every template.
#[utoipa::path(get, path = endpoints::ListReplies::PATH, tag = "review", security(("bearer" = [])),
    responses((status = 200, body = Vec<ReplyTemplate>), (status = 401, description = UNAUTHORIZED, body = ErrorBody)))]
pub async fn list(
    State(state): State<AppState>,
    _reviewer: Reviewer,
) -> Result<Json<Vec<ReplyTemplate>>, ApiError> {
    Ok(Json(state.store.replies().await?))
}

/// A new template; every template in the answer.
#[utoipa::path(post, path = endpoints::AddReply::PATH, tag = "review", security(("bearer" = [])),
    request_body = NewReply,
    responses((status = 200, body = Vec<ReplyTemplate>), (status = 400, body = ErrorBody),
        (status = 401, description = UNAUTHORIZED, body = ErrorBody), (status = 403, description = FORBIDDEN, body = ErrorBody),
        (status = 422, description = "A title or text empty or too long, an unknown placeholder (`unknown_placeholder`), a reason for another decision than a refusal, or 200 templates kept already (`reply`, `out_of_range`)", body = ErrorBody)))]
pub async fn add(
    State(state): State<AppState>,
    _coordinator: Coordinator,
    ApiJson(reply): ApiJson<NewReply>,
) -> Result<Json<Vec<ReplyTemplate>>, ApiError> {
    checked(&reply)?;
    if !state
        .store
        .add_reply(&reply, REPLIES_MAX, &crate::api::now()?)
        .await?
    {
        return Err(ApiError::Validation(vec![
            Problem::new("reply", Code::OutOfRange).with("max", REPLIES_MAX),
        ]));
    }
    Ok(Json(state.store.replies().await?))
}

/// Template `id`, rewritten.
#[utoipa::path(put, path = endpoints::ChangeReply::PATH, tag = "review", security(("bearer" = [])),
    params(("id" = i64, Path)), request_body = NewReply,
    responses((status = 200, body = Vec<ReplyTemplate>), (status = 400, body = ErrorBody),
        (status = 401, description = UNAUTHORIZED, body = ErrorBody), (status = 403, description = FORBIDDEN, body = ErrorBody),
        (status = 404, body = ErrorBody), (status = 422, description = "As when adding one", body = ErrorBody)))]
pub async fn change(
    State(state): State<AppState>,
    _coordinator: Coordinator,
    ApiPath(id): ApiPath<i64>,
    ApiJson(reply): ApiJson<NewReply>,
) -> Result<Json<Vec<ReplyTemplate>>, ApiError> {
    checked(&reply)?;
    if !state
        .store
        .change_reply(id, &reply, &crate::api::now()?)
        .await?
    {
        return Err(ApiError::NotFound);
    }
    Ok(Json(state.store.replies().await?))
}

/// Template `id`, deleted.
#[utoipa::path(delete, path = endpoints::DeleteReply::PATH, tag = "review", security(("bearer" = [])),
    params(("id" = i64, Path)),
    responses((status = 200, body = Vec<ReplyTemplate>), (status = 400, body = ErrorBody),
        (status = 401, description = UNAUTHORIZED, body = ErrorBody), (status = 403, description = FORBIDDEN, body = ErrorBody),
        (status = 404, body = ErrorBody)))]
pub async fn delete(
    State(state): State<AppState>,
    _coordinator: Coordinator,
    ApiPath(id): ApiPath<i64>,
) -> Result<Json<Vec<ReplyTemplate>>, ApiError> {
    if !state.store.delete_reply(id).await? {
        return Err(ApiError::NotFound);
    }
    Ok(Json(state.store.replies().await?))
}
