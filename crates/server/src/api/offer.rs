//! The public offer and the rollout progress: counts only, never names.

use axum::Json;
use axum::extract::State;
use portal_core::endpoints::{self, Endpoint as _};
use portal_core::{ApplicationStatus, OfferView};

use std::sync::Arc;

use super::AppState;
use crate::error::ApiError;
use crate::store::Store;

/// The configured offer and, per phase, its target, how many spaces were
/// accepted so far and, from 10 requests on, what became of the requests
/// that arrived by its end; the publisher, the links and the retention
/// periods.
#[utoipa::path(get, path = endpoints::ReadOffer::PATH, tag = "public",
    responses(
        (status = 200, description = "The offer and its rollout progress", body = OfferView),
        (status = 500, description = "Storage failure", body = crate::error::ErrorBody),
    ))]
pub async fn offer(State(state): State<AppState>) -> Result<Json<OfferView>, ApiError> {
    let accepted = state.store.accepted_per_phase().await?;
    let arrivals = state.arrivals.get(&state.store).await?;
    Ok(Json(OfferView::new(
        &state.offer,
        &state.site,
        |phase| accepted.get(&phase).copied().unwrap_or(0),
        &arrivals,
    )))
}

/// Requests per month of arrival and current status.
type Counts = Vec<(String, ApplicationStatus, u32)>;

/// The arrivals per month, counted at most once every `seconds`: counting
/// reads every request, and the home page asks at each visit. Visitors who
/// come while they are counted wait for that one count.
pub struct Arrivals {
    seconds: u64,
    kept: tokio::sync::Mutex<Option<(std::time::Instant, Arc<Counts>)>>,
}

impl Arrivals {
    pub fn new(seconds: u32) -> Self {
        Arrivals {
            seconds: u64::from(seconds),
            kept: tokio::sync::Mutex::new(None),
        }
    }

    async fn get(&self, store: &Store) -> Result<Arc<Counts>, ApiError> {
        let mut kept = self.kept.lock().await;
        if let Some((at, counts)) = kept.as_ref()
            && at.elapsed().as_secs() < self.seconds
        {
            return Ok(Arc::clone(counts));
        }
        let counts: Arc<Counts> = Arc::new(
            store
                .arrivals_per_month()
                .await?
                .into_iter()
                .filter_map(|(month, status, count)| {
                    Some((month, status, u32::try_from(count).ok()?))
                })
                .collect(),
        );
        *kept = Some((std::time::Instant::now(), Arc::clone(&counts)));
        Ok(counts)
    }
}
