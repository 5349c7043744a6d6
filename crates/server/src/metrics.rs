//! What the server is doing, for Prometheus: served on a listener of its
//! own (`serve --metrics-addr`), never on the public port. Counted as it
//! happens: the API's requests by route and status with their durations,
//! the rate limits' refusals. Read at each scrape: the requests by status
//! and phase, the e-mails' outbox (waiting, the oldest due one's age,
//! given up, held), the messages to the hosting side (waiting, given up,
//! stopped by a 410), the database connections, the connections open. The
//! text is OpenMetrics, written by `prometheus-client`.

use std::sync::Arc;
use std::time::Instant;

use axum::Router;
use axum::extract::{MatchedPath, Request, State};
use axum::http::{StatusCode, header};
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};
use axum::routing::get;
use prometheus_client::encoding::EncodeLabelSet;
use prometheus_client::metrics::counter::Counter;
use prometheus_client::metrics::family::Family;
use prometheus_client::metrics::gauge::Gauge;
use prometheus_client::metrics::histogram::{Histogram, exponential_buckets};
use prometheus_client::registry::Registry;

use crate::store::Store;

#[derive(Clone, Debug, Hash, PartialEq, Eq, EncodeLabelSet)]
struct Answered {
    method: String,
    route: String,
    status: u16,
}

#[derive(Clone, Debug, Hash, PartialEq, Eq, EncodeLabelSet)]
struct Route {
    method: String,
    route: String,
}

#[derive(Clone, Debug, Hash, PartialEq, Eq, EncodeLabelSet)]
struct Limit {
    limit: String,
}

#[derive(Clone, Debug, Hash, PartialEq, Eq, EncodeLabelSet)]
struct Standing {
    status: String,
    /// Empty for a request in no phase.
    phase: String,
}

#[derive(Clone, Debug, Hash, PartialEq, Eq, EncodeLabelSet)]
struct PoolState {
    state: String,
}

fn histogram() -> Histogram {
    // From a millisecond to about 15 seconds.
    Histogram::new(exponential_buckets(0.001, 2.5, 11))
}

struct Inner {
    registry: Registry,
    answered: Family<Answered, Counter>,
    durations: Family<Route, Histogram, fn() -> Histogram>,
    refusals: Family<Limit, Counter>,
    requests: Family<Standing, Gauge>,
    emails_waiting: Gauge,
    emails_oldest_due: Gauge,
    emails_failed: Gauge,
    emails_held: Gauge,
    deliveries_waiting: Gauge,
    deliveries_failed: Gauge,
    deliveries_stopped: Gauge,
    database_connections: Family<PoolState, Gauge>,
    connections_open: Gauge,
}

/// The gauges read at each scrape, in the order of `Inner`: name and help.
const GAUGES: [(&str, &str); 8] = [
    (
        "emails_waiting",
        "E-mails waiting to be sent (not held for a confirmation)",
    ),
    (
        "emails_oldest_due_seconds",
        "Age of the oldest e-mail due and not sent yet (0 when none)",
    ),
    ("emails_failed", "E-mails given up after every attempt"),
    (
        "emails_held",
        "E-mails held until their address is confirmed",
    ),
    (
        "deliveries_waiting",
        "Messages to the hosting side waiting to be taken",
    ),
    (
        "deliveries_failed",
        "Messages to the hosting side given up after every attempt",
    ),
    (
        "deliveries_stopped",
        "1 while the hosting side's 410 stops every delivery",
    ),
    (
        "connections_open",
        "Client connections open on the public port",
    ),
];

/// The server's metrics (cheap to clone: one set, shared).
#[derive(Clone)]
pub struct Metrics(Arc<Inner>);

impl Default for Metrics {
    fn default() -> Self {
        Metrics::new()
    }
}

impl Metrics {
    pub fn new() -> Metrics {
        let mut registry = Registry::with_prefix("portal");
        let answered = Family::<Answered, Counter>::default();
        registry.register(
            "http_requests",
            "API requests answered, by method, route and status",
            answered.clone(),
        );
        let durations =
            Family::<Route, Histogram, fn() -> Histogram>::new_with_constructor(histogram);
        registry.register(
            "http_request_duration_seconds",
            "Time to answer an API request, by method and route",
            durations.clone(),
        );
        let refusals = Family::<Limit, Counter>::default();
        registry.register(
            "rate_limit_refusals",
            "Attempts refused by a rate limit (429), by limit",
            refusals.clone(),
        );
        let requests = Family::<Standing, Gauge>::default();
        registry.register(
            "requests",
            "Pre-registration requests, by status and phase",
            requests.clone(),
        );
        let [
            emails_waiting,
            emails_oldest_due,
            emails_failed,
            emails_held,
            deliveries_waiting,
            deliveries_failed,
            deliveries_stopped,
            connections_open,
        ] = GAUGES.map(|(name, help)| {
            let gauge = Gauge::default();
            registry.register(name, help, gauge.clone());
            gauge
        });
        let database_connections = Family::<PoolState, Gauge>::default();
        registry.register(
            "database_connections",
            "Connections of the database pool, in use or idle",
            database_connections.clone(),
        );
        Metrics(Arc::new(Inner {
            registry,
            answered,
            durations,
            refusals,
            requests,
            emails_waiting,
            emails_oldest_due,
            emails_failed,
            emails_held,
            deliveries_waiting,
            deliveries_failed,
            deliveries_stopped,
            database_connections,
            connections_open,
        }))
    }

    /// The counter of the refusals of the rate limit `limit`.
    pub fn refusals(&self, limit: &str) -> Counter {
        self.0
            .refusals
            .get_or_create(&Limit {
                limit: limit.to_owned(),
            })
            .clone()
    }

    /// The gauge of the connections open, kept by the server's loop.
    pub fn connections_open(&self) -> Gauge {
        self.0.connections_open.clone()
    }

    /// The metrics as OpenMetrics text, with what is read at each scrape
    /// read from `store` now.
    pub async fn render(&self, store: &Store) -> Result<String, crate::store::StoreError> {
        let inner = &self.0;
        inner.requests.clear();
        for (status, phase, count) in store.requests_by_standing().await? {
            let standing = Standing {
                status: status.as_str().to_owned(),
                phase: phase.map(|p| p.to_string()).unwrap_or_default(),
            };
            inner
                .requests
                .get_or_create(&standing)
                .set(i64::try_from(count).unwrap_or(i64::MAX));
        }
        let now = crate::store::millis(&crate::api::now().unwrap_or_default());
        let outbox = store.outbox(now).await?;
        let as_gauge = |n: u64| i64::try_from(n).unwrap_or(i64::MAX);
        inner.emails_waiting.set(as_gauge(outbox.waiting));
        inner
            .emails_oldest_due
            .set(outbox.oldest_due.map_or(0, |due| (now - due).max(0) / 1000));
        inner.emails_failed.set(as_gauge(outbox.failed));
        inner.emails_held.set(as_gauge(outbox.held));
        let deliveries = store.deliveries_outbox().await?;
        inner.deliveries_waiting.set(as_gauge(deliveries.waiting));
        inner.deliveries_failed.set(as_gauge(deliveries.failed));
        inner
            .deliveries_stopped
            .set(i64::from(store.deliveries_stopped().await?.is_some()));
        let (in_use, idle) = store.connections_in_use();
        for (state, count) in [("in_use", in_use), ("idle", idle)] {
            inner
                .database_connections
                .get_or_create(&PoolState {
                    state: state.to_owned(),
                })
                .set(i64::from(count));
        }
        let mut text = String::new();
        prometheus_client::encoding::text::encode(&mut text, &inner.registry)
            .map_err(|e| crate::store::StoreError::Corrupt(e.to_string()))?;
        Ok(text)
    }
}

/// Counts an API request by the route it matched, and times it.
pub async fn track(State(metrics): State<Metrics>, request: Request, next: Next) -> Response {
    let started = Instant::now();
    let route = request
        .extensions()
        .get::<MatchedPath>()
        .map_or_else(String::new, |path| path.as_str().to_owned());
    let method = request.method().as_str().to_owned();
    let response = next.run(request).await;
    let inner = &metrics.0;
    inner
        .durations
        .get_or_create(&Route {
            method: method.clone(),
            route: route.clone(),
        })
        .observe(started.elapsed().as_secs_f64());
    inner
        .answered
        .get_or_create(&Answered {
            method,
            route,
            status: response.status().as_u16(),
        })
        .inc();
    response
}

/// The metrics listener's routes: `GET /metrics`.
pub fn router(metrics: Metrics, store: Store) -> Router {
    Router::new().route(
        "/metrics",
        get(move || {
            let (metrics, store) = (metrics.clone(), store.clone());
            async move {
                match metrics.render(&store).await {
                    Ok(text) => (
                        [(
                            header::CONTENT_TYPE,
                            "application/openmetrics-text; version=1.0.0; charset=utf-8",
                        )],
                        text,
                    )
                        .into_response(),
                    Err(err) => {
                        tracing::warn!(error = %err, "metrics not read");
                        StatusCode::SERVICE_UNAVAILABLE.into_response()
                    }
                }
            }
        }),
    )
}
