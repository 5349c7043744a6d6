//! The queue: its filters, read from the address's query string and
//! checked as the queue checks them; its pages; and its export as a
//! spreadsheet.

use axum::Json;
use axum::extract::{RawQuery, State};
use axum::response::Response;
use portal_core::endpoints::{self, Endpoint as _};
use portal_core::{Code, Problem, QueueFilter, QueueItem, QueuePage};
use portal_core::{Holder, Locale, Sheet, messages};

use super::export_language;
use crate::api::export::{self, Cell, Table};
use crate::api::guard::ApiPath;
use crate::api::{AppState, Coordinator, FORBIDDEN, Reviewer, UNAUTHORIZED};
use crate::error::{ApiError, ErrorBody};
use crate::store::{Filter, QueueRow};
use crate::texts;

pub(crate) fn filter_from_query(query: Option<&str>) -> Result<QueueFilter, ApiError> {
    query_of(query)
}

/// A query string read as `T`: 400 naming the first field that does not
/// fit.
pub(super) fn query_of<T: serde::de::DeserializeOwned>(query: Option<&str>) -> Result<T, ApiError> {
    let query = query.unwrap_or_default();
    let deserializer =
        serde_urlencoded::Deserializer::new(form_urlencoded::parse(query.as_bytes()));
    serde_path_to_error::deserialize(deserializer).map_err(|err| {
        let field = err.path().to_string();
        let code = if err.inner().to_string().starts_with("unknown field") {
            Code::UnknownField
        } else {
            Code::InvalidValue
        };
        ApiError::InvalidBody(vec![Problem::new(field, code)])
    })
}

fn is_day(text: &str) -> bool {
    let b = text.as_bytes();
    b.len() == 10
        && b[4] == b'-'
        && b[7] == b'-'
        && text
            .bytes()
            .enumerate()
            .all(|(i, c)| i == 4 || i == 7 || c.is_ascii_digit())
}

/// The day after `day` (`YYYY-MM-DD`), as an exclusive bound on RFC 3339 times.
pub(super) fn next_day(day: &str) -> Option<String> {
    let format = time::macros::format_description!("[year]-[month]-[day]");
    let date = time::Date::parse(day, &format).ok()?;
    date.next_day()?.format(&format).ok()
}

/// A value trimmed, if anything is left.
pub(super) fn blank(value: &Option<String>) -> Option<String> {
    value
        .as_deref()
        .map(str::trim)
        .filter(|v| !v.is_empty())
        .map(str::to_owned)
}

/// The problems of filters `from` and `to`, days (`YYYY-MM-DD`) when given.
pub(super) fn day_problems(from: &Option<String>, to: &Option<String>) -> Vec<Problem> {
    [("from", from), ("to", to)]
        .into_iter()
        .filter(|(_, value)| {
            blank(value).is_some_and(|day| !is_day(&day) || next_day(&day).is_none())
        })
        .map(|(field, _)| Problem::new(field, Code::InvalidValue))
        .collect()
}

/// The store's filter for `filter`, read by `reviewer` (whose requests are
/// "mine").
pub(crate) fn store_filter(filter: &QueueFilter, reviewer: &str) -> Result<Filter, ApiError> {
    let mut problems = filter.problems();
    problems.extend(day_problems(&filter.from, &filter.to));
    if !problems.is_empty() {
        return Err(ApiError::Validation(problems));
    }
    Ok(Filter {
        status: filter.status,
        kind: filter.kind,
        eligibility: filter.eligibility,
        country: blank(&filter.country).map(|c| c.to_ascii_uppercase()),
        phase: filter.phase,
        from: blank(&filter.from),
        until: blank(&filter.to).and_then(|day| next_day(&day)),
        words: filter
            .q
            .as_deref()
            .unwrap_or_default()
            .split_whitespace()
            .take(8)
            .map(portal_core::text::folded)
            .collect(),
        answered: filter.answered,
        taken: filter.taken.map(|holder| match holder {
            Holder::Mine => Some(reviewer.to_owned()),
            Holder::Nobody => None,
        }),
        related: filter.related,
        label: filter.label,
    })
}

/// The lines of `rows`, with their labels read in one query.
pub(crate) async fn items(state: &AppState, rows: &[QueueRow]) -> Result<Vec<QueueItem>, ApiError> {
    let ids: Vec<i64> = rows.iter().map(|row| row.id).collect();
    let pairs = state.store.labels_of(&ids).await?;
    Ok(rows
        .iter()
        .map(|row| {
            let labels = pairs
                .iter()
                .filter(|(id, _)| *id == row.id)
                .filter_map(|(_, label)| u32::try_from(*label).ok())
                .collect();
            QueueItem {
                labels,
                ..row.item.clone()
            }
        })
        .collect())
}

/// The queue, filtered and paginated on the server.
#[utoipa::path(get, path = endpoints::ReadQueue::PATH, tag = "review", security(("bearer" = [])),
    params(QueueFilter),
    responses((status = 200, body = QueuePage), (status = 400, description = "Unknown or malformed filter", body = ErrorBody),
        (status = 401, description = UNAUTHORIZED, body = ErrorBody), (status = 422, description = "Invalid date, page or page size", body = ErrorBody)))]
pub async fn queue(
    State(state): State<AppState>,
    Reviewer(reviewer): Reviewer,
    RawQuery(query): RawQuery,
) -> Result<Json<QueuePage>, ApiError> {
    let filter = filter_from_query(query.as_deref())?;
    let (page, per_page) = (filter.page(), filter.per_page());
    let offset = u64::from(page - 1) * u64::from(per_page);
    let (rows, total) = state
        .store
        .queue(&store_filter(&filter, &reviewer)?, per_page, offset)
        .await?;
    let items = items(&state, &rows).await?;
    Ok(Json(QueuePage {
        items,
        total,
        page,
        per_page,
    }))
}

/// The filtered queue as a table in `locale` (no contact details).
async fn queue_table(
    state: &AppState,
    reviewer: &str,
    query: Option<&str>,
) -> Result<(Table, Locale), ApiError> {
    let (locale, query) = export_language(query)?;
    let filter = store_filter(&filter_from_query(Some(&query))?, reviewer)?;
    let (rows, _) = state.store.queue(&filter, 100_000, 0).await?;
    let label = |id: &str| texts::label(locale, id);
    let headers = [
        "review-col-reference",
        "review-col-date",
        "review-col-status",
        "review-filter-eligibility",
        "review-col-kind",
        "review-col-country",
        "review-col-name",
        "review-col-accounts",
        "review-col-storage",
        "review-col-phase",
        "review-col-taken",
    ]
    .iter()
    .map(|id| texts::label(locale, id))
    .collect();
    let rows = rows
        .into_iter()
        .map(|row| {
            let item = row.item;
            Ok(vec![
                Cell::Text(item.reference),
                Cell::Text(item.created_at),
                Cell::Text(label(messages::status(item.status))),
                Cell::Text(label(messages::verdict(item.eligibility))),
                Cell::Text(label(messages::kind(item.kind))),
                Cell::Text(item.country),
                Cell::Text(item.structure_name.unwrap_or_default()),
                Cell::Number(item.accounts.into()),
                Cell::Number(item.storage_gb.into()),
                item.phase
                    .map_or(Cell::Text(String::new()), |p| Cell::Number(p.into())),
                Cell::Text(item.taken_by.unwrap_or_default()),
            ])
        })
        .collect::<Result<_, ApiError>>()?;
    Ok((Table { headers, rows }, locale))
}

/// The filtered queue as a spreadsheet (`csv` or `ods`; no contact
/// details), headers and values in the language `lang` names.
#[utoipa::path(get, path = endpoints::ExportQueue::PATH, tag = "review", security(("bearer" = [])),
    params(("format" = Sheet, Path, description = "`csv` (cells separated by `;` in French, `,` in English) or `ods` (OpenDocument)"),
        QueueFilter, ("lang" = Option<Locale>, Query, description = "Language of the headers and values: `fr` (the default) or `en`")),
    responses((status = 200, description = "One line per request", content(("text/csv"), ("application/vnd.oasis.opendocument.spreadsheet"))),
        (status = 400, description = "Not a format", body = ErrorBody),
        (status = 401, description = UNAUTHORIZED, body = ErrorBody), (status = 403, description = FORBIDDEN, body = ErrorBody),
        (status = 422, description = "Invalid date, page or page size", body = ErrorBody)))]
pub async fn export(
    State(state): State<AppState>,
    Coordinator(reviewer): Coordinator,
    ApiPath(sheet): ApiPath<Sheet>,
    RawQuery(query): RawQuery,
) -> Result<Response, ApiError> {
    let (table, locale) = queue_table(&state, &reviewer, query.as_deref()).await?;
    export::download(&table, sheet, locale, "requests")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn days_and_their_next() {
        assert!(is_day("2026-11-24"));
        assert!(!is_day("2026-1-24"));
        assert_eq!(next_day("2026-12-31").as_deref(), Some("2027-01-01"));
        assert_eq!(next_day("2026-02-30"), None);
    }
}
