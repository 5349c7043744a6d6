//! The public offer and the rollout progress: counts only, never names.

use axum::Json;
use axum::extract::State;
use portal_core::{ApplicationStatus, OfferView};

use super::AppState;
use crate::error::ApiError;

/// The configured offer and, per phase, its target, how many spaces were
/// accepted so far and, from 10 requests on, what became of the requests
/// that arrived by its end; the publisher, the links and the retention
/// periods.
#[utoipa::path(get, path = "/api/offer", tag = "public",
    responses(
        (status = 200, description = "The offer and its rollout progress", body = OfferView),
        (status = 500, description = "Storage failure", body = crate::error::ErrorBody),
    ))]
pub async fn offer(State(state): State<AppState>) -> Result<Json<OfferView>, ApiError> {
    let accepted = state.store.accepted_per_phase().await?;
    let arrivals: Vec<(String, ApplicationStatus, u32)> = state
        .store
        .arrivals_per_month()
        .await?
        .into_iter()
        .filter_map(|(month, status, count)| {
            Some((
                month,
                ApplicationStatus::parse(&status)?,
                u32::try_from(count).ok()?,
            ))
        })
        .collect();
    Ok(Json(OfferView::new(
        &state.offer,
        &state.site,
        |phase| accepted.get(&phase).copied().unwrap_or(0),
        &arrivals,
    )))
}
