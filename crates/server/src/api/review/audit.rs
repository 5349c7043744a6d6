//! Who did what: every call of a route core's `audit::RECORDED` names is
//! written to the audit log once answered (refusals too), by the layer
//! [`record`]; the handlers add what only they know (a decision's kind,
//! the requests of a bulk decision). Coordinators read the log with
//! filters and export it; a request's page shows its own trail.

use std::sync::{Arc, Mutex, PoisonError};

use axum::Json;
use axum::extract::{FromRequestParts, MatchedPath, RawPathParams, RawQuery, Request, State};
use axum::http::request::Parts;
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};
use portal_core::audit::{Action, AuditEntry, AuditFilter, AuditPage, action_of};
use portal_core::endpoints::{self, Endpoint as _, Method};
use portal_core::{Locale, Sheet};

use super::queue::{blank, day_problems, next_day, query_of};
use super::{export_language, find};
use crate::api::export::{self, Cell, Table};
use crate::api::guard::ApiPath;
use crate::api::{AppState, Coordinator, FORBIDDEN, Reviewer, UNAUTHORIZED};
use crate::error::{ApiError, ErrorBody};
use crate::store::{AuditRow, AuditSelect};
use crate::texts;

/// The longest detail a row keeps, in characters.
const DETAIL_MAX: usize = 400;

/// What the handler of a recorded call says of it, beside what the layer
/// sees: who (the signed-in member, noted when they are known), the
/// requests it concerned with what it did to each, and details.
#[derive(Clone, Default)]
pub struct Audit(Arc<Mutex<Noted>>);

#[derive(Default)]
struct Noted {
    /// A sign-in the handler refused (the provider's).
    refused: bool,
    member: Option<String>,
    requests: Vec<(String, String)>,
    detail: Vec<String>,
}

impl Audit {
    fn with<T>(&self, f: impl FnOnce(&mut Noted) -> T) -> T {
        f(&mut self.0.lock().unwrap_or_else(PoisonError::into_inner))
    }

    /// The member the call is made by.
    pub fn member(&self, name: &str) {
        self.with(|n| n.member = Some(name.to_owned()));
    }

    /// A sign-in refused.
    pub fn refused(&self) {
        self.with(|n| n.refused = true);
    }

    /// A detail (`key=value`).
    pub fn detail(&self, key: &str, value: impl std::fmt::Display) {
        self.with(|n| n.detail.push(format!("{key}={value}")));
    }

    /// A request the call concerned, and what it did to it: one row each.
    pub fn request(&self, reference: &str, what: impl std::fmt::Display) {
        self.with(|n| n.requests.push((reference.to_owned(), what.to_string())));
    }
}

impl<S: Send + Sync> FromRequestParts<S> for Audit {
    type Rejection = std::convert::Infallible;

    /// The call's record (a detached one outside a recorded route).
    async fn from_request_parts(parts: &mut Parts, _: &S) -> Result<Self, Self::Rejection> {
        Ok(parts.extensions.get::<Audit>().cloned().unwrap_or_default())
    }
}

fn method_of(method: &axum::http::Method) -> Option<Method> {
    Some(match *method {
        axum::http::Method::GET => Method::Get,
        axum::http::Method::POST => Method::Post,
        axum::http::Method::PUT => Method::Put,
        axum::http::Method::DELETE => Method::Delete,
        _ => return None,
    })
}

/// What a call's path and query say, without what may be personal or
/// secret: a request's reference has its own column, searched words and
/// the provider's code are not kept.
fn call_detail(params: &RawPathParams, query: Option<&str>) -> Vec<String> {
    let mut out: Vec<String> = params
        .iter()
        .filter(|(key, _)| *key != "reference")
        .map(|(key, value)| format!("{key}={value}"))
        .collect();
    for (key, value) in form_urlencoded::parse(query.unwrap_or_default().as_bytes()) {
        // The provider's code and state are secrets of one sign-in.
        if value.trim().is_empty() || key == "code" || key == "state" {
            continue;
        }
        out.push(match key.as_ref() {
            "q" => "q=…".to_owned(),
            _ => format!("{key}={value}"),
        });
    }
    out
}

/// Records each call of a recorded route once answered. An answer whose
/// record cannot be written is not given for a reading (500 instead: no
/// personal data leaves unrecorded); a change already made is answered.
pub async fn record(State(state): State<AppState>, request: Request, next: Next) -> Response {
    let route = request
        .extensions()
        .get::<MatchedPath>()
        .map(|p| p.as_str().to_owned());
    let method = method_of(request.method());
    let (Some(route), Some(method)) = (route, method) else {
        return next.run(request).await;
    };
    if action_of(method, &route, 200).is_none() {
        return next.run(request).await;
    }
    let (mut parts, body) = request.into_parts();
    let params = RawPathParams::from_request_parts(&mut parts, &state)
        .await
        .ok();
    let mut detail = params
        .as_ref()
        .map_or_else(Vec::new, |p| call_detail(p, parts.uri.query()));
    let reference = params.as_ref().and_then(|p| {
        p.iter()
            .find(|(key, _)| *key == "reference")
            .and_then(|(_, value)| portal_core::normalize_reference(value))
    });
    let audit = Audit::default();
    parts.extensions.insert(audit.clone());
    let response = next.run(Request::from_parts(parts, body)).await;
    let status = response.status().as_u16();
    let Some(action) = action_of(method, &route, status) else {
        return response;
    };
    let noted = audit.with(std::mem::take);
    let action = if noted.refused {
        Action::SignInRefused
    } else {
        action
    };
    // Calls nobody signed in made are not the team's (but a refused
    // sign-in); a sign-in slowed down by its limit is not one more.
    if (noted.member.is_none() && action != Action::SignInRefused) || status == 429 {
        return response;
    }
    detail.extend(noted.detail);
    let rows = rows(
        &noted.member,
        action,
        reference,
        noted.requests,
        &detail,
        status,
    );
    match rows {
        Ok(rows) => match state.store.record(&rows).await {
            Ok(()) => response,
            Err(err) => {
                tracing::error!(error = %err, action = action.as_str(), "audit: not recorded");
                if method == Method::Get {
                    ApiError::from(err).into_response()
                } else {
                    response
                }
            }
        },
        Err(err) => err.into_response(),
    }
}

/// The rows of one call: one per request it concerned (or one).
fn rows(
    member: &Option<String>,
    action: Action,
    reference: Option<String>,
    requests: Vec<(String, String)>,
    detail: &[String],
    status: u16,
) -> Result<Vec<AuditRow>, ApiError> {
    let at = crate::api::now()?;
    let row = |reference: Option<String>, own: Option<String>| {
        let mut detail = detail.join(" ");
        if let Some(own) = own.filter(|o| !o.is_empty()) {
            if !detail.is_empty() {
                detail.push(' ');
            }
            detail.push_str(&own);
        }
        AuditRow {
            at: at.clone(),
            member: member.clone(),
            action,
            reference,
            detail: detail.chars().take(DETAIL_MAX).collect(),
            status,
        }
    };
    Ok(if requests.is_empty() {
        vec![row(reference, None)]
    } else {
        requests
            .into_iter()
            .map(|(reference, own)| row(portal_core::normalize_reference(&reference), Some(own)))
            .collect()
    })
}

/// The store's selection for the log's filters: 422 at each bad one.
fn select(query: Option<&str>) -> Result<(AuditSelect, u32), ApiError> {
    let filter: AuditFilter = query_of(query)?;
    let mut problems = filter.problems();
    problems.extend(day_problems(&filter.from, &filter.to));
    if !problems.is_empty() {
        return Err(ApiError::Validation(problems));
    }
    Ok((
        AuditSelect {
            member: blank(&filter.member),
            action: filter.action,
            reference: blank(&filter.reference)
                .map(|r| portal_core::normalize_reference(&r).unwrap_or(r)),
            from: blank(&filter.from),
            until: blank(&filter.to).and_then(|d| next_day(&d)),
            before: filter.before,
        },
        filter.per_page(),
    ))
}

/// The audit log, newest first, filtered (person, action, request, days)
/// and paged (`before` the last row seen).
#[utoipa::path(get, path = endpoints::ReadAudit::PATH, tag = "review", security(("bearer" = [])),
    params(AuditFilter),
    responses((status = 200, body = AuditPage), (status = 400, description = "Unknown or malformed filter", body = ErrorBody),
        (status = 401, description = UNAUTHORIZED, body = ErrorBody), (status = 403, description = FORBIDDEN, body = ErrorBody),
        (status = 422, description = "Invalid day, page size or too long a filter", body = ErrorBody)))]
pub async fn log(
    State(state): State<AppState>,
    _coordinator: Coordinator,
    RawQuery(query): RawQuery,
) -> Result<Json<AuditPage>, ApiError> {
    let (select, per_page) = select(query.as_deref())?;
    let mut entries = state.store.audit(&select, per_page + 1).await?;
    let more = entries.len() > per_page as usize;
    entries.truncate(per_page as usize);
    let next = if more {
        entries.last().map(|e| e.id)
    } else {
        None
    };
    Ok(Json(AuditPage { entries, next }))
}

/// The most rows an export holds (the newest).
const EXPORT_MAX: u32 = 100_000;

/// The filtered log as a spreadsheet (`csv` or `ods`), headers and
/// actions in the language `lang` names.
#[utoipa::path(get, path = endpoints::ExportAudit::PATH, tag = "review", security(("bearer" = [])),
    params(("format" = Sheet, Path, description = "`csv` or `ods`"), AuditFilter,
        ("lang" = Option<Locale>, Query, description = "Language of the headers and actions: `fr` (the default) or `en`")),
    responses((status = 200, description = "One line per row of the log, newest first (100 000 at most)", content(("text/csv"), ("application/vnd.oasis.opendocument.spreadsheet"))),
        (status = 400, description = "Not a format, unknown filter", body = ErrorBody),
        (status = 401, description = UNAUTHORIZED, body = ErrorBody), (status = 403, description = FORBIDDEN, body = ErrorBody),
        (status = 422, description = "Invalid day or too long a filter", body = ErrorBody)))]
pub async fn export(
    State(state): State<AppState>,
    _coordinator: Coordinator,
    ApiPath(sheet): ApiPath<Sheet>,
    RawQuery(query): RawQuery,
) -> Result<Response, ApiError> {
    let (locale, query) = export_language(query.as_deref())?;
    let (select, _) = select(Some(&query))?;
    let entries = state.store.audit(&select, EXPORT_MAX).await?;
    let headers = [
        "audit-col-at",
        "audit-col-member",
        "audit-col-action",
        "audit-col-reference",
        "audit-col-detail",
        "audit-col-status",
    ]
    .iter()
    .map(|id| texts::label(locale, id))
    .collect();
    let rows = entries
        .into_iter()
        .map(|e| {
            vec![
                Cell::Text(e.at),
                Cell::Text(e.member.unwrap_or_default()),
                Cell::Text(texts::label(
                    locale,
                    portal_core::messages::audit_action(e.action),
                )),
                Cell::Text(e.reference.unwrap_or_default()),
                Cell::Text(e.detail),
                Cell::Number(e.status.into()),
            ]
        })
        .collect();
    export::download(&Table { headers, rows }, sheet, locale, "audit")
}

/// The most rows a request's trail shows (the newest).
const TRAIL_MAX: u32 = 200;

/// What the log holds of one request, newest first: who opened it, decided,
/// wrote, took or labelled it, and when.
#[utoipa::path(get, path = endpoints::ReadTrail::PATH, tag = "review", security(("bearer" = [])),
    params(("reference" = String, Path)),
    responses((status = 200, description = "The newest 200 rows at most", body = Vec<AuditEntry>),
        (status = 401, description = UNAUTHORIZED, body = ErrorBody), (status = 404, body = ErrorBody)))]
pub async fn trail(
    State(state): State<AppState>,
    _reviewer: Reviewer,
    ApiPath(reference): ApiPath<String>,
) -> Result<Json<Vec<AuditEntry>>, ApiError> {
    let row = find(&state, &reference).await?;
    let select = AuditSelect {
        reference: Some(row.item.reference),
        ..AuditSelect::default()
    };
    Ok(Json(state.store.audit(&select, TRAIL_MAX).await?))
}
