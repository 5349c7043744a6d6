//! The team, managed by its coordinators in the area: who is in it and with
//! which role, a member added (their token shown once), a role changed, a
//! token revoked. Each change takes effect on the member's next request; the
//! last coordinator stays one.

use axum::Json;
use axum::extract::State;
use axum::http::{StatusCode, header};
use axum::response::IntoResponse;
use portal_core::endpoints::{self, Endpoint as _};
use portal_core::review::{check_member_name, check_sso};
use portal_core::{
    AddedMember, Code, ErrorCode, MemberView, NewMember, Problem, RoleChange, SsoChange,
};

use super::audit::Audit;
use crate::api::body::ApiJson;
use crate::api::guard::ApiPath;
use crate::api::{AppState, Coordinator, FORBIDDEN, UNAUTHORIZED};
use crate::error::{ApiError, ErrorBody};
use crate::secrets;
use crate::store::{MemberRow, SsoSet, TeamChange};

fn view(member: MemberRow) -> MemberView {
    MemberView {
        name: member.name,
        role: member.role,
        created_at: member.created_at,
        revoked_at: member.revoked_at,
        sso: member.sso,
    }
}

async fn team(state: &AppState) -> Result<Vec<MemberView>, ApiError> {
    Ok(state
        .store
        .reviewers()
        .await?
        .into_iter()
        .map(view)
        .collect())
}

/// What a refused change says.
fn refused(change: TeamChange) -> Result<(), ApiError> {
    match change {
        TeamChange::Done => Ok(()),
        TeamChange::Unknown => Err(ApiError::NotFound),
        TeamChange::LastCoordinator => Err(ApiError::Conflict(ErrorCode::LastCoordinator)),
    }
}

/// The team: every member, revoked ones too, by name.
#[utoipa::path(get, path = endpoints::ListTeam::PATH, tag = "review", security(("bearer" = [])),
    responses((status = 200, body = Vec<MemberView>), (status = 401, description = UNAUTHORIZED, body = ErrorBody),
        (status = 403, description = FORBIDDEN, body = ErrorBody)))]
pub async fn list(
    State(state): State<AppState>,
    _coordinator: Coordinator,
) -> Result<Json<Vec<MemberView>>, ApiError> {
    Ok(Json(team(&state).await?))
}

/// Adds a member: their sign-in token is in this answer, and nowhere else
/// ever (only its fingerprint is kept).
#[utoipa::path(post, path = endpoints::AddMember::PATH, tag = "review", security(("bearer" = [])),
    request_body = NewMember,
    responses((status = 201, body = AddedMember), (status = 400, body = ErrorBody),
        (status = 401, description = UNAUTHORIZED, body = ErrorBody), (status = 403, description = FORBIDDEN, body = ErrorBody),
        (status = 422, description = "A name empty, too long, with control characters, or already a member's (`duplicate_value`); an identity at the provider not one word, or another member's (`sso`)", body = ErrorBody)))]
pub async fn add(
    State(state): State<AppState>,
    Coordinator(coordinator): Coordinator,
    audit: Audit,
    ApiJson(new): ApiJson<NewMember>,
) -> Result<impl IntoResponse, ApiError> {
    let name = new.name.trim();
    audit.detail("name", name.chars().take(64).collect::<String>());
    audit.detail("role", new.role.as_str());
    let sso = identity(new.sso.as_deref())?;
    if let Some(problem) = check_member_name("name", name) {
        return Err(ApiError::Validation(vec![problem]));
    }
    let token = secrets::member_token()?;
    let now = crate::api::now()?;
    if !state
        .store
        .add_reviewer(
            name,
            new.role,
            sso,
            &secrets::token_fingerprint(&token),
            &now,
        )
        .await?
    {
        let named = team(&state).await?.iter().any(|m| m.name == name);
        let taken = Problem::new(if named { "name" } else { "sso" }, Code::DuplicateValue);
        return Err(ApiError::Validation(vec![taken]));
    }
    tracing::info!(by = %coordinator, role = new.role.as_str(), "member added");
    let added = AddedMember {
        member: MemberView {
            name: name.to_owned(),
            role: new.role,
            created_at: now,
            revoked_at: None,
            sso: sso.map(str::to_owned),
        },
        token,
    };
    Ok((
        StatusCode::CREATED,
        [(header::CACHE_CONTROL, "no-store")],
        Json(added),
    ))
}

/// Gives a member another role (not the last coordinator's).
#[utoipa::path(put, path = endpoints::SetRole::PATH, tag = "review", security(("bearer" = [])),
    params(("name" = String, Path)), request_body = RoleChange,
    responses((status = 200, body = Vec<MemberView>), (status = 400, body = ErrorBody),
        (status = 401, description = UNAUTHORIZED, body = ErrorBody), (status = 403, description = FORBIDDEN, body = ErrorBody),
        (status = 404, description = "No active member of that name", body = ErrorBody),
        (status = 409, description = "`last_coordinator`", body = ErrorBody)))]
pub async fn set_role(
    State(state): State<AppState>,
    Coordinator(coordinator): Coordinator,
    audit: Audit,
    ApiPath(name): ApiPath<String>,
    ApiJson(change): ApiJson<RoleChange>,
) -> Result<Json<Vec<MemberView>>, ApiError> {
    audit.detail("role", change.role.as_str());
    refused(state.store.set_role(&name, change.role).await?)?;
    tracing::info!(by = %coordinator, role = change.role.as_str(), "role changed");
    Ok(Json(team(&state).await?))
}

/// An identity at the provider, trimmed (none when empty): 422 at `sso`
/// when it is not one word.
fn identity(sso: Option<&str>) -> Result<Option<&str>, ApiError> {
    let sso = sso.map(str::trim).filter(|s| !s.is_empty());
    match sso.and_then(|s| check_sso("sso", s)) {
        Some(problem) => Err(ApiError::Validation(vec![problem])),
        None => Ok(sso),
    }
}

/// Gives a member the e-mail address or subject that signs them in through
/// the host's provider (none: tokens only); it applies at their next
/// sign-in.
#[utoipa::path(put, path = endpoints::SetSso::PATH, tag = "review", security(("bearer" = [])),
    params(("name" = String, Path)), request_body = SsoChange,
    responses((status = 200, body = Vec<MemberView>), (status = 400, body = ErrorBody),
        (status = 401, description = UNAUTHORIZED, body = ErrorBody), (status = 403, description = FORBIDDEN, body = ErrorBody),
        (status = 404, description = "No active member of that name", body = ErrorBody),
        (status = 422, description = "Not one word, or another member's (`duplicate_value`)", body = ErrorBody)))]
pub async fn set_sso(
    State(state): State<AppState>,
    _coordinator: Coordinator,
    ApiPath(name): ApiPath<String>,
    ApiJson(change): ApiJson<SsoChange>,
) -> Result<Json<Vec<MemberView>>, ApiError> {
    let sso = identity(change.sso.as_deref())?;
    match state.store.set_sso(&name, sso).await? {
        SsoSet::Done => Ok(Json(team(&state).await?)),
        SsoSet::Unknown => Err(ApiError::NotFound),
        SsoSet::Taken => Err(ApiError::Validation(vec![Problem::new(
            "sso",
            Code::DuplicateValue,
        )])),
    }
}

/// Revokes a member's token (not the last coordinator's): their next
/// request is refused.
#[utoipa::path(delete, path = endpoints::RevokeMember::PATH, tag = "review", security(("bearer" = [])),
    params(("name" = String, Path)),
    responses((status = 200, body = Vec<MemberView>), (status = 401, description = UNAUTHORIZED, body = ErrorBody),
        (status = 403, description = FORBIDDEN, body = ErrorBody),
        (status = 404, description = "No active member of that name", body = ErrorBody),
        (status = 409, description = "`last_coordinator`", body = ErrorBody)))]
pub async fn revoke(
    State(state): State<AppState>,
    Coordinator(coordinator): Coordinator,
    ApiPath(name): ApiPath<String>,
) -> Result<Json<Vec<MemberView>>, ApiError> {
    refused(
        state
            .store
            .revoke_reviewer(&name, &crate::api::now()?)
            .await?,
    )?;
    tracing::info!(by = %coordinator, "member revoked");
    Ok(Json(team(&state).await?))
}
