//! The reviewers' dashboard: the requests by status, kind, country and week
//! of arrival, and the reasons of the refusals; counts only.

use axum::Json;
use axum::extract::State;
use portal_core::dashboard::{self, COUNTRIES_SHOWN, WEEKS_SHOWN};
use portal_core::endpoints::{self, Endpoint as _};
use portal_core::{ApplicationStatus, Dashboard, Tally};

use crate::api::{AppState, Reviewer, UNAUTHORIZED};
use crate::error::{ApiError, ErrorBody};
use crate::store::CountBy;

/// The counts of the dashboard, each as the bars of a chart.
#[utoipa::path(get, path = endpoints::ReadDashboard::PATH, tag = "review", security(("bearer" = [])),
    responses((status = 200, body = Dashboard), (status = 401, description = UNAUTHORIZED, body = ErrorBody)))]
pub async fn dashboard(
    State(state): State<AppState>,
    _reviewer: Reviewer,
) -> Result<Json<Dashboard>, ApiError> {
    let statuses = state.store.count_by(CountBy::Status).await?;
    let total = statuses.iter().map(|(_, n)| n).sum();
    let statuses = ApplicationStatus::ALL
        .iter()
        .map(|status| Tally {
            key: status.as_str().to_owned(),
            count: statuses
                .iter()
                .find(|(key, _)| key == status.as_str())
                .map_or(0, |(_, n)| *n),
        })
        .collect();
    let now = crate::api::now()?;
    let since = crate::store::days_before(&now, (WEEKS_SHOWN as u16 + 1) * 7);
    let days = state.store.arrivals_per_day(&since).await?;
    Ok(Json(Dashboard {
        total,
        statuses,
        kinds: dashboard::most_first(state.store.count_by(CountBy::Kind).await?),
        countries: dashboard::largest(
            state.store.count_by(CountBy::Country).await?,
            COUNTRIES_SHOWN,
        ),
        weeks: dashboard::weeks(&days, &now, WEEKS_SHOWN),
        reasons: dashboard::most_first(state.store.refusal_reasons().await?),
    }))
}
