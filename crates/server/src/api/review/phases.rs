//! The phases: their capacity and how many they accepted, and which are
//! open to acceptances.

use axum::Json;
use axum::extract::State;
use portal_core::endpoints::{self, Endpoint as _};
use portal_core::{PhaseChange, PhaseView};

use super::audit::Audit;
use crate::api::body::ApiJson;
use crate::api::guard::ApiPath;
use crate::api::{AppState, Coordinator, FORBIDDEN, Reviewer, UNAUTHORIZED};
use crate::error::{ApiError, ErrorBody};

async fn phase_views(state: &AppState) -> Result<Vec<PhaseView>, ApiError> {
    let open = state.store.open_phases().await?;
    let accepted = state.store.accepted_per_phase().await?;
    Ok(state
        .offer
        .phases
        .iter()
        .map(|phase| {
            let capacity = state.offer.capacity(phase.number).unwrap_or_default();
            let accepted = accepted.get(&phase.number).copied().unwrap_or_default();
            PhaseView {
                number: phase.number,
                name: phase.name.clone(),
                period_start: phase.period_start.clone(),
                period_end: phase.period_end.clone(),
                target: phase.target,
                capacity,
                accepted,
                remaining: capacity.saturating_sub(accepted),
                open: open.contains(&phase.number),
            }
        })
        .collect())
}

/// The phases: target, capacity, accepted, remaining room, open or closed.
#[utoipa::path(get, path = endpoints::ListPhases::PATH, tag = "review", security(("bearer" = [])),
    responses((status = 200, body = Vec<PhaseView>), (status = 401, description = UNAUTHORIZED, body = ErrorBody)))]
pub async fn phases(
    State(state): State<AppState>,
    _reviewer: Reviewer,
) -> Result<Json<Vec<PhaseView>>, ApiError> {
    Ok(Json(phase_views(&state).await?))
}

/// Opens or closes a phase to acceptances.
#[utoipa::path(post, path = endpoints::SetPhase::PATH, tag = "review", security(("bearer" = [])),
    params(("number" = u32, Path)), request_body = PhaseChange,
    responses((status = 200, body = Vec<PhaseView>), (status = 401, description = UNAUTHORIZED, body = ErrorBody), (status = 403, description = FORBIDDEN, body = ErrorBody),
        (status = 404, body = ErrorBody)))]
pub async fn set_phase(
    State(state): State<AppState>,
    Coordinator(reviewer): Coordinator,
    audit: Audit,
    ApiPath(number): ApiPath<u32>,
    ApiJson(change): ApiJson<PhaseChange>,
) -> Result<Json<Vec<PhaseView>>, ApiError> {
    audit.detail("open", change.open);
    if state.offer.phase(number).is_none() {
        return Err(ApiError::NotFound);
    }
    state
        .store
        .set_phase_open(number, change.open, &reviewer, &crate::api::now()?)
        .await?;
    tracing::info!(phase = number, open = change.open, "phase changed");
    Ok(Json(phase_views(&state).await?))
}
