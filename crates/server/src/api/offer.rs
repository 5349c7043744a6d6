//! The public offer and the rollout progress: counts only, never names.

use axum::Json;
use axum::extract::State;
use portal_core::dashboard::DecisionTimes;
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
    let counted = state.arrivals.get(&state.store).await?;
    let mut view = OfferView::new(
        &state.offer,
        &state.site,
        |phase| accepted.get(&phase).copied().unwrap_or(0),
        &counted.arrivals,
    );
    view.decision_times = counted.decision_times;
    Ok(Json(view))
}

/// What the public figures are made of, counted together.
pub struct Counted {
    /// Requests per month of arrival and current status.
    arrivals: Vec<(String, ApplicationStatus, u32)>,
    decision_times: DecisionTimes,
}

/// The public figures (arrivals per month, waits for a first decision),
/// counted at most once every `seconds`: counting reads every request, and
/// the home page asks at each visit. Visitors who come while they are
/// counted wait for that one count.
pub struct Arrivals {
    seconds: u64,
    kept: tokio::sync::Mutex<Option<(std::time::Instant, Arc<Counted>)>>,
}

impl Arrivals {
    pub fn new(seconds: u32) -> Self {
        Arrivals {
            seconds: u64::from(seconds),
            kept: tokio::sync::Mutex::new(None),
        }
    }

    async fn get(&self, store: &Store) -> Result<Arc<Counted>, ApiError> {
        let mut kept = self.kept.lock().await;
        if let Some((at, counted)) = kept.as_ref()
            && at.elapsed().as_secs() < self.seconds
        {
            return Ok(Arc::clone(counted));
        }
        let arrivals = store
            .arrivals_per_month()
            .await?
            .into_iter()
            .filter_map(|(month, status, count)| Some((month, status, u32::try_from(count).ok()?)))
            .collect();
        let counted = Arc::new(Counted {
            arrivals,
            decision_times: decision_times(&store.first_decisions().await?),
        });
        *kept = Some((std::time::Instant::now(), Arc::clone(&counted)));
        Ok(counted)
    }
}

/// The waits of the requests that arrived and were decided at those
/// moments (RFC 3339); the ones that do not read are left out.
fn decision_times(decided: &[(String, String)]) -> DecisionTimes {
    use time::format_description::well_known::Rfc3339;
    let read = |at: &str| time::OffsetDateTime::parse(at, &Rfc3339).ok();
    let recent = time::OffsetDateTime::now_utc()
        - time::Duration::days(i64::from(portal_core::dashboard::RECENT_DAYS));
    let waits: Vec<(u32, bool)> = decided
        .iter()
        .filter_map(|(arrived, decided)| {
            let (arrived, decided) = (read(arrived)?, read(decided)?);
            let hours = u32::try_from((decided - arrived).whole_hours()).ok()?;
            Some((hours, decided >= recent))
        })
        .collect();
    DecisionTimes::new(&waits)
}
