//! Sharing the work between reviewers: take and release a request, labels,
//! saved views. Every route needs a reviewer's token, like the rest of
//! `/api/review`.

use axum::Json;
use axum::extract::State;
use axum::http::StatusCode;
use portal_core::endpoints::{self, Endpoint as _};
use portal_core::sharing::{LABELS_MAX, VIEWS_MAX};
use portal_core::{
    ApplicationDetail, Code, ErrorCode, Label, NewLabel, NewView, Problem, SavedView, Take,
};

use super::queue::{filter_from_query, store_filter};
use super::request::detail;
use super::{find, refuse_if_erased};
use crate::api::body::ApiJson;
use crate::api::guard::ApiPath;
use crate::api::{AppState, Coordinator, FORBIDDEN, Reviewer, UNAUTHORIZED};
use crate::error::{ApiError, ErrorBody};
use crate::store::Added;

/// Takes the request ("je m'en occupe"): the other reviewers see who holds
/// it. Taken by someone else, it is taken over only when `over` names them.
#[utoipa::path(post, path = endpoints::TakeApplication::PATH, tag = "review", security(("bearer" = [])),
    params(("reference" = String, Path)), request_body = Take,
    responses((status = 200, body = ApplicationDetail), (status = 400, body = ErrorBody),
        (status = 401, description = UNAUTHORIZED, body = ErrorBody), (status = 404, body = ErrorBody),
        (status = 409, description = "`taken_by_other` (the request says who) or `request_erased`", body = ErrorBody)))]
pub async fn take(
    State(state): State<AppState>,
    Reviewer(reviewer): Reviewer,
    ApiPath(reference): ApiPath<String>,
    ApiJson(take): ApiJson<Take>,
) -> Result<Json<ApplicationDetail>, ApiError> {
    let row = find(&state, &reference).await?;
    refuse_if_erased(&row)?;
    let now = crate::api::now()?;
    if !state
        .store
        .take(row.id, &reviewer, take.over.as_deref(), &now)
        .await?
    {
        return Err(ApiError::Conflict(ErrorCode::TakenByOther));
    }
    let row = find(&state, &reference).await?;
    Ok(Json(detail(&state, &row).await?))
}

/// Releases the request the reviewer took (nothing to do if no one holds it).
#[utoipa::path(delete, path = endpoints::ReleaseApplication::PATH, tag = "review", security(("bearer" = [])),
    params(("reference" = String, Path)),
    responses((status = 200, body = ApplicationDetail), (status = 401, description = UNAUTHORIZED, body = ErrorBody),
        (status = 404, body = ErrorBody), (status = 409, description = "`taken_by_other`", body = ErrorBody)))]
pub async fn release(
    State(state): State<AppState>,
    Reviewer(reviewer): Reviewer,
    ApiPath(reference): ApiPath<String>,
) -> Result<Json<ApplicationDetail>, ApiError> {
    let row = find(&state, &reference).await?;
    if !state.store.release(row.id, &reviewer).await? {
        return Err(ApiError::Conflict(ErrorCode::TakenByOther));
    }
    let row = find(&state, &reference).await?;
    Ok(Json(detail(&state, &row).await?))
}

/// The labels, by name.
#[utoipa::path(get, path = endpoints::ListLabels::PATH, tag = "review", security(("bearer" = [])),
    responses((status = 200, body = [Label]), (status = 401, description = UNAUTHORIZED, body = ErrorBody)))]
pub async fn labels(
    State(state): State<AppState>,
    _reviewer: Reviewer,
) -> Result<Json<Vec<Label>>, ApiError> {
    Ok(Json(state.store.labels().await?))
}

/// The id of what was added under a unique name and a limit, or the name's
/// problem: taken, or one too many.
fn refused_name(added: Added, max: usize) -> Result<i64, ApiError> {
    match added {
        Added::Done(id) => Ok(id),
        Added::Exists => Err(ApiError::Validation(vec![Problem::new(
            "name",
            Code::DuplicateValue,
        )])),
        Added::Full => Err(ApiError::Validation(vec![
            Problem::new("name", Code::OutOfRange).with("max", max),
        ])),
    }
}

/// Creates a label (1 to 40 characters, unique, at most 100 labels):
/// answers every label.
#[utoipa::path(post, path = endpoints::CreateLabel::PATH, tag = "review", security(("bearer" = [])),
    request_body = NewLabel,
    responses((status = 201, body = [Label]), (status = 400, body = ErrorBody),
        (status = 401, description = UNAUTHORIZED, body = ErrorBody), (status = 403, description = FORBIDDEN, body = ErrorBody),
        (status = 422, description = "The name is empty, too long, taken, or there are too many labels", body = ErrorBody)))]
pub async fn add_label(
    State(state): State<AppState>,
    Coordinator(reviewer): Coordinator,
    ApiJson(new): ApiJson<NewLabel>,
) -> Result<(StatusCode, Json<Vec<Label>>), ApiError> {
    let problems = new.problems();
    if !problems.is_empty() {
        return Err(ApiError::Validation(problems));
    }
    let added = state
        .store
        .add_label(
            new.name.trim(),
            new.color.as_str(),
            &reviewer,
            &crate::api::now()?,
            LABELS_MAX,
        )
        .await?;
    refused_name(added, LABELS_MAX)?;
    Ok((StatusCode::CREATED, Json(state.store.labels().await?)))
}

/// Deletes a label and takes it off every request: answers the others.
#[utoipa::path(delete, path = endpoints::DeleteLabel::PATH, tag = "review", security(("bearer" = [])),
    params(("id" = u32, Path)),
    responses((status = 200, body = [Label]), (status = 401, description = UNAUTHORIZED, body = ErrorBody), (status = 403, description = FORBIDDEN, body = ErrorBody),
        (status = 404, body = ErrorBody)))]
pub async fn delete_label(
    State(state): State<AppState>,
    _coordinator: Coordinator,
    ApiPath(id): ApiPath<u32>,
) -> Result<Json<Vec<Label>>, ApiError> {
    if !state.store.delete_label(i64::from(id)).await? {
        return Err(ApiError::NotFound);
    }
    Ok(Json(state.store.labels().await?))
}

async fn set_label(
    state: &AppState,
    reference: &str,
    id: u32,
    on: bool,
) -> Result<Json<ApplicationDetail>, ApiError> {
    let row = find(state, reference).await?;
    if !state.store.set_label(row.id, i64::from(id), on).await? {
        return Err(ApiError::NotFound);
    }
    Ok(Json(detail(state, &row).await?))
}

/// Puts a label on the request.
#[utoipa::path(put, path = endpoints::PutLabel::PATH, tag = "review", security(("bearer" = [])),
    params(("reference" = String, Path), ("id" = u32, Path)),
    responses((status = 200, body = ApplicationDetail), (status = 401, description = UNAUTHORIZED, body = ErrorBody),
        (status = 404, description = "No such request or label", body = ErrorBody)))]
pub async fn put_label(
    State(state): State<AppState>,
    _reviewer: Reviewer,
    ApiPath((reference, id)): ApiPath<(String, u32)>,
) -> Result<Json<ApplicationDetail>, ApiError> {
    set_label(&state, &reference, id, true).await
}

/// Takes a label off the request.
#[utoipa::path(delete, path = endpoints::RemoveLabel::PATH, tag = "review", security(("bearer" = [])),
    params(("reference" = String, Path), ("id" = u32, Path)),
    responses((status = 200, body = ApplicationDetail), (status = 401, description = UNAUTHORIZED, body = ErrorBody),
        (status = 404, description = "No such request or label", body = ErrorBody)))]
pub async fn remove_label(
    State(state): State<AppState>,
    _reviewer: Reviewer,
    ApiPath((reference, id)): ApiPath<(String, u32)>,
) -> Result<Json<ApplicationDetail>, ApiError> {
    set_label(&state, &reference, id, false).await
}

/// The signed-in reviewer's saved views, by name.
#[utoipa::path(get, path = endpoints::ListViews::PATH, tag = "review", security(("bearer" = [])),
    responses((status = 200, body = [SavedView]), (status = 401, description = UNAUTHORIZED, body = ErrorBody)))]
pub async fn views(
    State(state): State<AppState>,
    Reviewer(reviewer): Reviewer,
) -> Result<Json<Vec<SavedView>>, ApiError> {
    Ok(Json(state.store.views(&reviewer).await?))
}

/// Saves the filters of the queue under a name (at most 50 views, names
/// unique per reviewer); the filters are checked as the queue checks them,
/// and the page is not kept. Answers every view of the reviewer.
#[utoipa::path(post, path = endpoints::SaveView::PATH, tag = "review", security(("bearer" = [])),
    request_body = NewView,
    responses((status = 201, body = [SavedView]), (status = 400, description = "Malformed body", body = ErrorBody),
        (status = 401, description = UNAUTHORIZED, body = ErrorBody),
        (status = 422, description = "The name is empty, too long or taken, a filter is unknown or invalid (`query`, or the filter's name), or there are too many views", body = ErrorBody)))]
pub async fn add_view(
    State(state): State<AppState>,
    Reviewer(reviewer): Reviewer,
    ApiJson(new): ApiJson<NewView>,
) -> Result<(StatusCode, Json<Vec<SavedView>>), ApiError> {
    let problems = new.problems();
    if !problems.is_empty() {
        return Err(ApiError::Validation(problems));
    }
    // A well-formed body whose filters do not read: the problem is the
    // query's, at its field.
    let mut filter = filter_from_query(Some(new.query.trim_start_matches('?')))
        .map_err(|_| ApiError::Validation(vec![Problem::new("query", Code::InvalidValue)]))?;
    store_filter(&filter, &reviewer)?;
    filter.page = None;
    let query = serde_urlencoded::to_string(&filter).map_err(|_| ApiError::corrupt("view"))?;
    let added = state
        .store
        .add_view(&reviewer, new.name.trim(), &query, VIEWS_MAX)
        .await?;
    refused_name(added, VIEWS_MAX)?;
    Ok((
        StatusCode::CREATED,
        Json(state.store.views(&reviewer).await?),
    ))
}

/// Deletes one of the reviewer's views: answers the others.
#[utoipa::path(delete, path = endpoints::DeleteView::PATH, tag = "review", security(("bearer" = [])),
    params(("id" = u32, Path)),
    responses((status = 200, body = [SavedView]), (status = 401, description = UNAUTHORIZED, body = ErrorBody),
        (status = 404, body = ErrorBody)))]
pub async fn delete_view(
    State(state): State<AppState>,
    Reviewer(reviewer): Reviewer,
    ApiPath(id): ApiPath<u32>,
) -> Result<Json<Vec<SavedView>>, ApiError> {
    if !state.store.delete_view(&reviewer, i64::from(id)).await? {
        return Err(ApiError::NotFound);
    }
    Ok(Json(state.store.views(&reviewer).await?))
}
