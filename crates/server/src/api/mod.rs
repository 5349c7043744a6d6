//! The JSON API under `/api`. Every route is declared with `utoipa::path`, so
//! `/api/openapi.json` is generated from this code and cannot drift from it.

mod applications;
mod body;
pub mod doc;
mod emails;
mod export;
mod extract;
mod guard;
mod offer;
pub mod review;
pub mod spaces;
mod status;
mod survey;

use std::sync::Arc;

use axum::Json;
use axum::Router;
use axum::extract::State;
use axum::http::StatusCode;
use axum::response::IntoResponse;
use axum::routing::any;
use portal_core::endpoints::{self, Endpoint as _, Health};
use portal_core::{Offer, Site, Survey};
use utoipa::OpenApi;
use utoipa::openapi::OpenApi as OpenApiDoc;
use utoipa_axum::router::OpenApiRouter;
use utoipa_axum::routes;

use crate::config::Config;
use crate::error::{ApiError, ErrorBody};
use crate::metrics::Metrics;
use crate::rate_limit::RateLimit;
use crate::store::Store;

pub use extract::{ClientIp, Coordinator, FORBIDDEN, Member, Reviewer, UNAUTHORIZED, allow};

#[derive(Clone)]
pub struct AppState {
    pub store: Store,
    pub offer: Arc<Offer>,
    /// The publisher, links and retention the public pages quote.
    pub site: Arc<Site>,
    /// Status lookups and withdrawals, per client.
    pub lookups: Arc<RateLimit>,
    /// Saves of survey drafts, per client.
    pub drafts: Arc<RateLimit>,
    /// Failed reviewer sign-ins, per client.
    pub sign_ins: Arc<RateLimit>,
    /// New pre-registrations, per client.
    pub submissions: Arc<RateLimit>,
    /// The survey new surveys start from.
    pub survey_template: Arc<Survey>,
    /// Below this, a form filled by the wizard is taken for a bot's.
    pub min_fill_seconds: u32,
    /// Days a question waits for its answer before the request may be
    /// refused for want of one.
    pub answer_days: u32,
    /// How long sessions and sign-in tokens last (`[review]`).
    pub sessions: crate::store::SessionLimits,
    /// Proxies in front of the server (see `ClientIp`).
    pub proxies: Arc<crate::clients::TrustedProxies>,
    /// How long a request's body may take to arrive.
    pub body_timeout: std::time::Duration,
    /// The arrivals per month the public counts are made of, kept a while.
    pub arrivals: Arc<offer::Arrivals>,
    /// The key the e-mails' "stop" links are signed with.
    pub mail_key: Arc<Vec<u8>>,
    /// What the server counts (`metrics`).
    pub metrics: Metrics,
    /// Checks the reports of the hosting side, when `[provisioning]` names
    /// one.
    pub reports: Option<Arc<standardwebhooks::Webhook>>,
    /// Addresses asked about while typing, per client.
    pub addresses: Arc<RateLimit>,
    /// The host's OpenID Connect provider, when `[review.oidc]` names one.
    pub sso: Option<Arc<crate::sso::Sso>>,
    /// The site is published over https (its cookies are `Secure`).
    pub site_https: bool,
}

impl AppState {
    pub fn new(
        store: Store,
        config: Config,
        survey_template: Survey,
        mail_key: Vec<u8>,
        metrics: Metrics,
    ) -> Self {
        let limit = |name: &'static str, burst: u32, per_minute: u32| {
            Arc::new(
                RateLimit::new(name, burst, per_minute, &store).counting(metrics.refusals(name)),
            )
        };
        let site_https = config
            .site
            .url
            .as_deref()
            .is_some_and(|url| url.starts_with("https://"));
        let sso = single_sign_on(&config);
        AppState {
            store: store.clone(),
            offer: Arc::new(config.offer),
            site: Arc::new(Site {
                publisher: config.publisher,
                links: config.links,
                retention: config.retention,
                spaces: config.spaces,
                emails: config.smtp.is_some(),
                sso: sso.is_some(),
            }),
            lookups: limit(
                "lookups",
                config.limits.lookup_burst,
                config.limits.lookups_per_minute,
            ),
            drafts: limit(
                "drafts",
                config.limits.draft_burst,
                config.limits.drafts_per_minute,
            ),
            sign_ins: limit(
                "sign_ins",
                config.limits.sign_in_burst,
                config.limits.sign_ins_per_minute,
            ),
            submissions: limit(
                "submissions",
                config.limits.submission_burst,
                config.limits.submissions_per_minute,
            ),
            survey_template: Arc::new(survey_template),
            min_fill_seconds: config.limits.min_fill_seconds,
            answer_days: config.review.answer_days,
            sessions: crate::store::SessionLimits {
                session_hours: config.review.session_hours,
                token_days: config.review.token_days,
            },
            proxies: Arc::new(config.limits.proxies()),
            body_timeout: std::time::Duration::from_secs(u64::from(config.limits.body_seconds)),
            arrivals: Arc::new(offer::Arrivals::new(config.limits.counts_seconds)),
            mail_key: Arc::new(mail_key),
            reports: config
                .provisioning
                .as_ref()
                .and_then(|p| standardwebhooks::Webhook::new(&p.secret).ok())
                .map(Arc::new),
            addresses: limit(
                "addresses",
                config.limits.address_burst,
                config.limits.addresses_per_minute,
            ),
            metrics,
            sso,
            site_https,
        }
    }
}

/// The host's provider, when `[review.oidc]` names one (and `check` let it
/// through: a provider that cannot be set up is left off, and said).
fn single_sign_on(config: &Config) -> Option<Arc<crate::sso::Sso>> {
    let (oidc, site) = config
        .review
        .oidc
        .as_ref()
        .zip(config.site.url.as_deref())?;
    match crate::sso::Sso::new(oidc, site) {
        Ok(sso) => Some(Arc::new(sso)),
        Err(err) => {
            tracing::error!(error = %err, "single sign-on left off");
            None
        }
    }
}

impl AppState {
    /// Forgets the clients whose allowances are whole again: the memory and
    /// the shared table stay as large as the clients of the last minutes.
    pub async fn forget_idle_clients(&self) -> Result<(), crate::store::StoreError> {
        for limit in [
            &self.lookups,
            &self.drafts,
            &self.sign_ins,
            &self.submissions,
            &self.addresses,
        ] {
            limit.forget_idle();
        }
        if self.store.backend() == crate::store::Backend::Postgres {
            let now = std::time::SystemTime::now()
                .duration_since(std::time::UNIX_EPOCH)
                .unwrap_or_default();
            self.store.forget_allowances(now).await?;
        }
        Ok(())
    }
}

/// The current time, RFC 3339, as stored.
pub fn now() -> Result<String, ApiError> {
    time::OffsetDateTime::now_utc()
        .format(&time::format_description::well_known::Rfc3339)
        .map_err(ApiError::from)
}

#[derive(OpenApi)]
#[openapi(
    info(
        title = "Frama.space portal API",
        description = "Pre-registrations for free collaboration spaces, their follow-up, reviews and feedback surveys. Every error has the shape `ErrorBody`."
    ),
    // Types named only by parameters, which utoipa does not collect itself,
    // and the messages posted to the hosting side (`SpaceMessage`, signed as
    // Standard Webhooks sign: see the `spaces` tag).
    components(schemas(ErrorBody, portal_core::Sheet, portal_core::Holder, portal_core::SpaceMessage)),
    modifiers(&BearerAuth)
)]
struct ApiDoc;

/// The reviewers' bearer tokens, in the OpenAPI document.
struct BearerAuth;

impl utoipa::Modify for BearerAuth {
    fn modify(&self, openapi: &mut OpenApiDoc) {
        use utoipa::openapi::security::{Http, HttpAuthScheme, SecurityScheme};
        let components = openapi.components.get_or_insert_with(Default::default);
        components.add_security_scheme(
            "bearer",
            SecurityScheme::Http(Http::new(HttpAuthScheme::Bearer)),
        );
    }
}

/// The API routes (without state) and the OpenAPI document describing them.
pub fn router_and_doc() -> (Router<AppState>, OpenApiDoc) {
    OpenApiRouter::with_openapi(ApiDoc::openapi())
        .routes(routes!(health))
        .routes(routes!(document))
        .routes(routes!(offer::offer))
        .routes(routes!(applications::submit))
        .routes(routes!(status::status))
        .routes(routes!(status::withdraw))
        .routes(routes!(status::answer))
        .routes(routes!(status::notifications))
        .routes(routes!(emails::confirm))
        .routes(routes!(emails::stop, emails::stop_page))
        .routes(routes!(review::session))
        .routes(routes!(review::sessions::start, review::sessions::end_all))
        .routes(routes!(review::sessions::end))
        .routes(routes!(review::queue::queue))
        .routes(routes!(review::request::application))
        .routes(routes!(review::decisions::decide))
        .routes(routes!(review::request::add_note))
        .routes(routes!(review::request::write))
        .routes(routes!(review::decisions::bulk))
        .routes(routes!(review::queue::export))
        .routes(routes!(review::sharing::take, review::sharing::release))
        .routes(routes!(review::sharing::labels, review::sharing::add_label))
        .routes(routes!(review::sharing::delete_label))
        .routes(routes!(
            review::sharing::put_label,
            review::sharing::remove_label
        ))
        .routes(routes!(review::sharing::views, review::sharing::add_view))
        .routes(routes!(review::sharing::delete_view))
        .routes(routes!(review::dashboard::dashboard))
        .routes(routes!(review::phases::phases))
        .routes(routes!(review::phases::set_phase))
        .routes(routes!(survey::list, survey::create))
        .routes(routes!(survey::template))
        .routes(routes!(survey::detail, survey::update, survey::delete))
        .routes(routes!(survey::copy))
        .routes(routes!(survey::set_state))
        .routes(routes!(survey::results))
        .routes(routes!(survey::export))
        .routes(routes!(spaces::availability))
        .routes(routes!(spaces::report))
        .routes(routes!(review::space::change_address))
        .routes(routes!(review::space::mark))
        .routes(routes!(review::space::resume))
        .routes(routes!(review::sso::start))
        .routes(routes!(review::sso::finish))
        .routes(routes!(review::team::set_sso))
        .routes(routes!(review::team::list, review::team::add))
        .routes(routes!(review::team::set_role))
        .routes(routes!(review::team::revoke))
        .routes(routes!(review::audit::log))
        .routes(routes!(review::audit::export))
        .routes(routes!(review::audit::trail))
        .routes(routes!(review::replies::list, review::replies::add))
        .routes(routes!(review::replies::change, review::replies::delete))
        .routes(routes!(survey::invitation))
        .routes(routes!(survey::respond))
        .routes(routes!(survey::save_draft))
        .split_for_parts()
}

/// The API with its state, and a JSON 404 for unknown API paths.
pub fn router(state: AppState) -> Router {
    let (routes, _) = router_and_doc();
    routes
        .route(endpoints::PREFIX, any(not_found))
        .route(&format!("{}/{{*rest}}", endpoints::PREFIX), any(not_found))
        .route_layer(axum::middleware::from_fn_with_state(
            state.clone(),
            review::audit::record,
        ))
        .route_layer(axum::middleware::from_fn_with_state(
            state.metrics.clone(),
            crate::metrics::track,
        ))
        .layer(axum::extract::DefaultBodyLimit::max(body::MAX_BODY_BYTES))
        .layer(axum::middleware::from_fn(guard::api_contract))
        .with_state(state)
}

/// The document, made once.
static DOCUMENT: std::sync::LazyLock<String> =
    std::sync::LazyLock::new(|| doc::document().to_string());

/// The OpenAPI document of the API: every route, generated from this code.
#[utoipa::path(get, path = endpoints::Document::PATH, tag = "service",
    responses((status = 200, description = "OpenAPI 3.1", body = Object)))]
async fn document() -> impl IntoResponse {
    (
        [(axum::http::header::CONTENT_TYPE, "application/json")],
        DOCUMENT.as_str(),
    )
}

/// Liveness and readiness: the version and whether the database answers.
#[utoipa::path(get, path = endpoints::HealthCheck::PATH, tag = "service",
    responses(
        (status = 200, description = "Everything answers", body = Health),
        (status = 503, description = "The database does not answer", body = Health),
    ))]
async fn health(State(state): State<AppState>) -> impl IntoResponse {
    let health = |status: &str, database: &str| {
        Json(Health {
            status: status.to_owned(),
            version: env!("CARGO_PKG_VERSION").to_owned(),
            database: database.to_owned(),
        })
    };
    match state.store.ping().await {
        Ok(()) => (StatusCode::OK, health("ok", "ok")),
        Err(err) => {
            tracing::warn!(error = %err, "health: database unreachable");
            (
                StatusCode::SERVICE_UNAVAILABLE,
                health("degraded", "unreachable"),
            )
        }
    }
}

async fn not_found() -> ApiError {
    ApiError::NotFound
}
