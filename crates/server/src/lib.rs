//! The Frama.space portal server, as a library: the JSON API under `/api`
//! and the built app from `dist/` (`web`), served by `run` with the work
//! that runs beside (the retention purge, the e-mails, the rate limits'
//! memory). The binary (`main.rs`) is its command line; the API tests run
//! it in their own process.
//!
//! Stacked one way: `web` → `api` → `store` → `portal_core`; `serve` accepts
//! the connections, `mail` sends the outbox of e-mails, `hosting` the
//! messages to the hosting side that creates the spaces.

pub mod api;
pub mod assets;
pub mod clients;
pub mod config;
pub mod error;
pub mod hosting;
pub mod loading;
pub mod mail;
pub mod metrics;
pub mod rate_limit;
pub mod secrets;
pub mod serve;
pub mod sso;
pub mod store;
pub mod texts;
pub mod web;

use std::future::Future;
use std::path::Path;

use tokio::net::TcpListener;

use crate::config::Config;
use crate::error::StartError;
use crate::store::Store;

/// Where the server listens: the public port, and the metrics' own, if any.
pub struct Listeners {
    pub public: TcpListener,
    pub metrics: Option<TcpListener>,
}

/// Serves the API and the built app from `dist` on the public listener
/// until `shutdown` resolves (and the metrics on theirs), with the work
/// that runs beside: the purge, the e-mails and the rate limits'
/// forgetting.
pub async fn run(
    store: Store,
    config: Config,
    template: portal_core::Survey,
    listeners: Listeners,
    dist: &Path,
    shutdown: impl Future<Output = ()>,
) -> Result<(), StartError> {
    let Listeners {
        public: listener,
        metrics: metrics_listener,
    } = listeners;
    // Before serving, so that no correction races with it.
    let keyed = store.key_older_requests().await?;
    if keyed > 0 {
        tracing::info!(
            keyed,
            "requests stored before related requests were indexed"
        );
    }
    tokio::spawn(erase_past_retention_hourly(store.clone(), config.retention));
    let mail_key = store.server_key("emails").await?;
    match (&config.smtp, config.site_url()) {
        (Some(smtp), Some(site)) => {
            let mailer = mail::Mailer::new(smtp, site, mail_key.clone())?;
            tokio::spawn(mailer.run(store.clone()));
        }
        _ => tracing::info!(
            "no [smtp] section: no e-mail is sent, the status page is the only channel"
        ),
    }
    match &config.provisioning {
        Some(provisioning) => {
            let deliverer = hosting::Deliverer::new(provisioning, &config.offer, &config.spaces)?;
            tokio::spawn(deliverer.run(store.clone()));
        }
        None => tracing::info!(
            "no [provisioning] section: reviewers mark each space ready once made by hand"
        ),
    }
    let missing = config.publisher.missing();
    if !missing.is_empty() {
        tracing::warn!(
            fields = missing.join(", "),
            "[publisher] leaves these empty: the legal notice and the privacy page go without them"
        );
    }
    let connections = config
        .limits
        .connections(serve::connections_under_descriptor_limit());
    tracing::info!(
        connections = connections.total,
        "connections served at once"
    );
    let over_https = config.over_https();
    let metrics = metrics::Metrics::new();
    if let Some(listener) = metrics_listener {
        let local = listener.local_addr().map_err(StartError::Listen)?;
        tracing::info!(%local, "metrics served");
        let app = metrics::router(metrics.clone(), store.clone());
        tokio::spawn(async move {
            if let Err(err) = axum::serve(listener, app).await {
                tracing::warn!(error = %err, "the metrics listener stopped");
            }
        });
    }
    let open = metrics.connections_open();
    let state = api::AppState::new(store, config, template, mail_key, metrics);
    tokio::spawn(forget_idle_clients_every_minute(state.clone()));
    let app = web::app(state, dist, over_https)?;
    let local = listener.local_addr().map_err(StartError::Listen)?;
    tracing::info!(%local, version = env!("CARGO_PKG_VERSION"), "listening");
    serve::serve(listener, app, connections, open, shutdown).await;
    tracing::info!("stopped gracefully");
    Ok(())
}

/// Keeps the privacy page's promise while the server runs: requests lose
/// their personal data when their retention period is over.
async fn erase_past_retention_hourly(store: Store, retention: portal_core::Retention) {
    let mut hourly = tokio::time::interval(std::time::Duration::from_secs(3600));
    loop {
        hourly.tick().await;
        let Ok(now) = api::now() else { continue };
        match store.erase_past_retention(&retention, &now).await {
            Ok(0) => {}
            Ok(erased) => tracing::info!(erased, "requests past retention erased"),
            Err(err) => tracing::warn!(error = %err, "erasing past retention failed"),
        }
        // What withdrawals and this purge left as dead rows (PostgreSQL).
        if let Err(err) = store.vacuum().await {
            tracing::warn!(error = %err, "vacuuming the erased rows failed");
        }
    }
}

/// Keeps the rate limits' memory (and shared table) to the recent clients.
async fn forget_idle_clients_every_minute(state: api::AppState) {
    let mut every_minute = tokio::time::interval(std::time::Duration::from_secs(60));
    loop {
        every_minute.tick().await;
        if let Err(err) = state.forget_idle_clients().await {
            tracing::warn!(error = %err, "forgetting idle clients failed");
        }
    }
}
