//! The reviewers' API: every route needs `Authorization: Bearer <token>` of
//! an active reviewer (created with `portal-server reviewer add`). Every
//! decision is appended to the request's history with the reviewer's name.

use axum::Json;
use axum::extract::{RawQuery, State};
use axum::response::Response;
use portal_core::endpoints::{self, Endpoint as _};
use portal_core::related::RELATED_MAX;
use portal_core::review::BULK_MAX;
use portal_core::{
    ApplicationDetail, ApplicationInput, ApplicationStatus, BulkDecision, BulkOutcome, Code,
    Decision, NewMessage, NewNote, Note, Outcome, PhaseChange, PhaseView, Problem, QueueFilter,
    QueueItem, QueuePage, RefusalReason, ReviewEvent, Ruling, Session, Standing, StructureKind,
    Verdict,
};
use portal_core::{
    ErrorCode, EventKind, Holder, Likeness, Locale, NotificationKind, NotificationState,
    NotificationView, RelatedRequest, Sheet, messages,
};

use super::body::ApiJson;
use super::export::{self, Cell, Table};
use super::guard::ApiPath;
use super::{AppState, Reviewer, UNAUTHORIZED};
use crate::error::{ApiError, ErrorBody};
use crate::store::{Decided, EventRow, Filter, QueueRow};
use crate::texts;

pub(super) fn filter_from_query(query: Option<&str>) -> Result<QueueFilter, ApiError> {
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
fn next_day(day: &str) -> Option<String> {
    let format = time::macros::format_description!("[year]-[month]-[day]");
    let date = time::Date::parse(day, &format).ok()?;
    date.next_day()?.format(&format).ok()
}

/// The store's filter for `filter`, read by `reviewer` (whose requests are
/// "mine").
pub(super) fn store_filter(filter: &QueueFilter, reviewer: &str) -> Result<Filter, ApiError> {
    let mut problems = filter.problems();
    let blank = |v: &Option<String>| {
        v.as_deref()
            .map(str::trim)
            .filter(|v| !v.is_empty())
            .map(str::to_owned)
    };
    for (field, value) in [("from", &filter.from), ("to", &filter.to)] {
        if let Some(day) = blank(value)
            && (!is_day(&day) || next_day(&day).is_none())
        {
            problems.push(Problem::new(field, Code::InvalidValue));
        }
    }
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

/// The line of `row` in the queue, with its `labels`.
fn item(row: &QueueRow, labels: Vec<u32>) -> Result<QueueItem, ApiError> {
    Ok(QueueItem {
        reference: row.reference.clone(),
        status: ApplicationStatus::parse(&row.status).ok_or_else(|| ApiError::corrupt("status"))?,
        eligibility: Verdict::parse(&row.eligibility)
            .ok_or_else(|| ApiError::corrupt("eligibility"))?,
        kind: StructureKind::parse(&row.kind).ok_or_else(|| ApiError::corrupt("kind"))?,
        country: row.country.clone(),
        structure_name: row.structure_name.clone(),
        accounts: u32::try_from(row.accounts).map_err(|_| ApiError::corrupt("accounts"))?,
        storage_gb: u32::try_from(row.storage_gb).map_err(|_| ApiError::corrupt("storage"))?,
        phase: row.phase.and_then(|p| u32::try_from(p).ok()),
        created_at: row.created_at.clone(),
        since: row.updated_at.clone(),
        answered: row.answered_at.is_some(),
        taken_by: row.taken_by.clone(),
        related: row.related == 1,
        labels,
    })
}

/// The lines of `rows`, with their labels read in one query.
async fn items(state: &AppState, rows: &[QueueRow]) -> Result<Vec<QueueItem>, ApiError> {
    let ids: Vec<i64> = rows.iter().map(|row| row.id).collect();
    let pairs = state.store.labels_of(&ids).await?;
    rows.iter()
        .map(|row| {
            let labels = pairs
                .iter()
                .filter(|(id, _)| *id == row.id)
                .filter_map(|(_, label)| u32::try_from(*label).ok())
                .collect();
            item(row, labels)
        })
        .collect()
}

/// The requests related to `row`, each once with all it shares.
async fn related(state: &AppState, row: &QueueRow) -> Result<Vec<RelatedRequest>, ApiError> {
    let mut out: Vec<RelatedRequest> = Vec::new();
    for r in state.store.related(row.id, RELATED_MAX * 4).await? {
        let Some(likeness) = Likeness::parse(&r.likeness) else {
            continue;
        };
        if let Some(known) = out.iter_mut().find(|o| o.reference == r.reference) {
            known.likeness.push(likeness);
            continue;
        }
        if out.len() == RELATED_MAX as usize {
            continue;
        }
        out.push(RelatedRequest {
            reference: r.reference,
            status: ApplicationStatus::parse(&r.status)
                .ok_or_else(|| ApiError::corrupt("status"))?,
            phase: r.phase.and_then(|p| u32::try_from(p).ok()),
            structure_name: r.structure_name,
            created_at: r.created_at,
            likeness: vec![likeness],
        });
    }
    for request in &mut out {
        request.likeness.sort();
    }
    Ok(out)
}

pub(super) async fn detail(
    state: &AppState,
    row: &QueueRow,
) -> Result<ApplicationDetail, ApiError> {
    let answers = match &row.answers {
        Some(json) => Some(
            serde_json::from_str::<ApplicationInput>(json)
                .map_err(|_| ApiError::corrupt("answers"))?,
        ),
        None => None,
    };
    let history = state
        .store
        .events(row.id)
        .await?
        .into_iter()
        .map(|e| {
            Ok(ReviewEvent {
                at: e.at,
                actor: e.actor,
                status: ApplicationStatus::parse(&e.status)
                    .ok_or_else(|| ApiError::corrupt("status"))?,
                phase: e.phase.and_then(|p| u32::try_from(p).ok()),
                reason: e.reason.as_deref().and_then(RefusalReason::parse),
                message: e.message,
                kind: EventKind::parse(&e.kind).ok_or_else(|| ApiError::corrupt("kind"))?,
                fields: crate::store::fields(e.fields.as_deref()),
            })
        })
        .collect::<Result<_, ApiError>>()?;
    let notes = state
        .store
        .notes(row.id)
        .await?
        .into_iter()
        .map(|n| Note {
            at: n.at,
            reviewer: n.reviewer,
            body: n.body,
        })
        .collect();
    let item = items(state, std::slice::from_ref(row))
        .await?
        .pop()
        .ok_or_else(|| ApiError::corrupt("item"))?;
    Ok(ApplicationDetail {
        item,
        answers,
        history,
        notes,
        notify: row.notify == 1,
        notifications: notifications(state, row.id).await?,
        related: related(state, row).await?,
    })
}

/// The e-mails of request `id`, as reviewers see them.
async fn notifications(state: &AppState, id: i64) -> Result<Vec<NotificationView>, ApiError> {
    state
        .store
        .notifications(id)
        .await?
        .into_iter()
        .map(|n| {
            let state = match (&n.sent_at, &n.failed_at, &n.held_at) {
                (Some(_), _, _) => NotificationState::Sent,
                (None, Some(_), _) => NotificationState::Failed,
                (None, None, Some(_)) => NotificationState::Held,
                (None, None, None) => NotificationState::Pending,
            };
            Ok(NotificationView {
                kind: NotificationKind::parse(&n.kind).ok_or_else(|| ApiError::corrupt("kind"))?,
                state,
                created_at: n.created_at,
                sent_at: n.sent_at,
                attempts: u32::try_from(n.attempts).unwrap_or_default(),
                asked: n.asked == 1,
                error: n.error,
            })
        })
        .collect()
}

pub(super) async fn find(state: &AppState, reference: &str) -> Result<QueueRow, ApiError> {
    let reference = portal_core::normalize_reference(reference).ok_or(ApiError::NotFound)?;
    state
        .store
        .application(&reference)
        .await?
        .ok_or(ApiError::NotFound)
}

/// Nothing more is written about a request whose personal data was erased
/// (withdrawn, past retention): 409 `request_erased`.
pub(super) fn refuse_if_erased(row: &QueueRow) -> Result<(), ApiError> {
    match row.erased_at {
        Some(_) => Err(ApiError::Conflict(ErrorCode::RequestErased)),
        None => Ok(()),
    }
}

/// A reviewer's text (message, note): 422 with its problem.
fn check_text(field: &str, text: &str, required: bool) -> Result<(), ApiError> {
    portal_core::review::check_message_text(field, text, required)
        .map_or(Ok(()), |p| Err(ApiError::Validation(vec![p])))
}

/// The last decision of `row`'s history (the messages and corrections in
/// between moved nothing).
async fn last_move(state: &AppState, row: &QueueRow) -> Result<Option<EventRow>, ApiError> {
    let events = state.store.events(row.id).await?;
    Ok(events
        .into_iter()
        .rev()
        .find(|e| e.kind == EventKind::Move.as_str()))
}

/// Where `row` stands, `last` being its last decision.
fn standing<'a>(row: &QueueRow, last: Option<&'a EventRow>) -> Result<Standing<'a>, ApiError> {
    Ok(Standing {
        status: ApplicationStatus::parse(&row.status).ok_or_else(|| ApiError::corrupt("status"))?,
        phase: row.phase.and_then(|p| u32::try_from(p).ok()),
        reason: last
            .and_then(|e| e.reason.as_deref())
            .and_then(RefusalReason::parse),
        message: last.and_then(|e| e.message.as_deref()),
        erased: row.erased_at.is_some(),
        days_in_status: days_since(&row.updated_at),
    })
}

/// Whole days from `at` (RFC 3339, as stored) to now; none when it cannot
/// be read, which allows no refusal for want of an answer.
fn days_since(at: &str) -> u32 {
    use time::format_description::well_known::Rfc3339;
    time::OffsetDateTime::parse(at, &Rfc3339)
        .map(|at| (time::OffsetDateTime::now_utc() - at).whole_days())
        .ok()
        .and_then(|days| u32::try_from(days).ok())
        .unwrap_or(0)
}

/// Applies `decision` to `row` on behalf of `reviewer`, as core's rule
/// judges it: what it did.
async fn apply(
    state: &AppState,
    reviewer: &str,
    row: &QueueRow,
    decision: &Decision,
) -> Result<Outcome, ApiError> {
    let last = last_move(state, row).await?;
    let standing = standing(row, last.as_ref())?;
    let open = state.store.open_phases().await?;
    let judged =
        portal_core::review::judge(&standing, decision, &state.offer, &open, state.answer_days)?;
    let step = match judged {
        Ruling::Unchanged => return Ok(Outcome::Unchanged),
        Ruling::Record(step) => step,
    };
    let now = super::now()?;
    match state.store.decide(row.id, reviewer, &now, &step).await? {
        Decided::Done => {
            tracing::info!(from = step.from.as_str(), to = step.to.as_str(), "decision");
            Ok(Outcome::Applied)
        }
        Decided::Full => Err(ApiError::Conflict(ErrorCode::PhaseFull)),
        Decided::Changed => Err(ApiError::Conflict(ErrorCode::ChangedMeanwhile)),
    }
}

/// Who is signed in: the way the reviewer area checks a token.
#[utoipa::path(get, path = endpoints::ReadSession::PATH, tag = "review", security(("bearer" = [])),
    responses((status = 200, body = Session), (status = 401, description = UNAUTHORIZED, body = ErrorBody),
        (status = 429, description = "Too many failed sign-ins from this client", body = ErrorBody)))]
pub async fn session(Reviewer(name): Reviewer) -> Json<Session> {
    Json(Session { reviewer: name })
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

/// A request in full: answers, history with actors, private notes.
#[utoipa::path(get, path = endpoints::ReadApplication::PATH, tag = "review", security(("bearer" = [])),
    params(("reference" = String, Path)),
    responses((status = 200, body = ApplicationDetail), (status = 401, description = UNAUTHORIZED, body = ErrorBody),
        (status = 404, body = ErrorBody)))]
pub async fn application(
    State(state): State<AppState>,
    _reviewer: Reviewer,
    ApiPath(reference): ApiPath<String>,
) -> Result<Json<ApplicationDetail>, ApiError> {
    let row = find(&state, &reference).await?;
    Ok(Json(detail(&state, &row).await?))
}

/// Decide: accept into an open phase with room, wait-list, refuse with a
/// reason, or move back to review.
#[utoipa::path(post, path = endpoints::Decide::PATH, tag = "review", security(("bearer" = [])),
    params(("reference" = String, Path)), request_body = Decision,
    responses((status = 200, body = ApplicationDetail), (status = 400, body = ErrorBody),
        (status = 401, description = UNAUTHORIZED, body = ErrorBody), (status = 404, body = ErrorBody),
        (status = 409, description = "`phase_closed`, `phase_full`, `invalid_transition` or `changed_meanwhile`", body = ErrorBody),
        (status = 422, description = "Unknown phase, message too long", body = ErrorBody)))]
pub async fn decide(
    State(state): State<AppState>,
    Reviewer(reviewer): Reviewer,
    ApiPath(reference): ApiPath<String>,
    ApiJson(decision): ApiJson<Decision>,
) -> Result<Json<ApplicationDetail>, ApiError> {
    let row = find(&state, &reference).await?;
    apply(&state, &reviewer, &row, &decision).await?;
    let row = find(&state, &reference).await?;
    Ok(Json(detail(&state, &row).await?))
}

/// The same decision for several requests; one outcome each.
#[utoipa::path(post, path = endpoints::DecideInBulk::PATH, tag = "review", security(("bearer" = [])),
    request_body = BulkDecision,
    responses((status = 200, body = Vec<BulkOutcome>), (status = 400, body = ErrorBody),
        (status = 401, description = UNAUTHORIZED, body = ErrorBody), (status = 422, description = "Empty or too large selection", body = ErrorBody)))]
pub async fn bulk(
    State(state): State<AppState>,
    Reviewer(reviewer): Reviewer,
    ApiJson(bulk): ApiJson<BulkDecision>,
) -> Result<Json<Vec<BulkOutcome>>, ApiError> {
    if bulk.references.is_empty() || bulk.references.len() > BULK_MAX {
        return Err(ApiError::Validation(vec![
            Problem::new("references", Code::OutOfRange)
                .with("min", 1)
                .with("max", BULK_MAX),
        ]));
    }
    let mut outcomes = Vec::with_capacity(bulk.references.len());
    for reference in &bulk.references {
        let result = match find(&state, reference).await {
            Ok(row) => apply(&state, &reviewer, &row, &bulk.decision).await,
            Err(err) => Err(err),
        };
        outcomes.push(match result {
            Ok(effect) => BulkOutcome {
                reference: reference.clone(),
                result: effect,
                error: None,
            },
            Err(err) => BulkOutcome {
                reference: reference.clone(),
                result: Outcome::Failed,
                error: Some(err.code()),
            },
        });
    }
    Ok(Json(outcomes))
}

/// Adds a private note (never shown to the applicant).
#[utoipa::path(post, path = endpoints::AddNote::PATH, tag = "review", security(("bearer" = [])),
    params(("reference" = String, Path)), request_body = NewNote,
    responses((status = 200, body = ApplicationDetail), (status = 401, description = UNAUTHORIZED, body = ErrorBody),
        (status = 404, body = ErrorBody), (status = 422, body = ErrorBody)))]
pub async fn add_note(
    State(state): State<AppState>,
    Reviewer(reviewer): Reviewer,
    ApiPath(reference): ApiPath<String>,
    ApiJson(note): ApiJson<NewNote>,
) -> Result<Json<ApplicationDetail>, ApiError> {
    check_text("body", &note.body, true)?;
    let row = find(&state, &reference).await?;
    refuse_if_erased(&row)?;
    let added = state
        .store
        .add_note(row.id, &reviewer, note.body.trim(), &super::now()?)
        .await?;
    if !added {
        return Err(ApiError::Conflict(ErrorCode::RequestErased));
    }
    Ok(Json(detail(&state, &row).await?))
}

/// Writes to the applicant, who reads it on the status page (and gets an
/// e-mail if they asked for them); the request stays where it stands.
#[utoipa::path(post, path = endpoints::WriteToApplicant::PATH, tag = "review", security(("bearer" = [])),
    params(("reference" = String, Path)), request_body = NewMessage,
    responses((status = 200, body = ApplicationDetail), (status = 400, body = ErrorBody),
        (status = 401, description = UNAUTHORIZED, body = ErrorBody), (status = 404, body = ErrorBody),
        (status = 409, description = "`request_erased`, `invalid_transition` (withdrawn) or `changed_meanwhile`", body = ErrorBody),
        (status = 422, description = "The message is empty, too long or holds control characters", body = ErrorBody)))]
pub async fn write(
    State(state): State<AppState>,
    Reviewer(reviewer): Reviewer,
    ApiPath(reference): ApiPath<String>,
    ApiJson(message): ApiJson<NewMessage>,
) -> Result<Json<ApplicationDetail>, ApiError> {
    let row = find(&state, &reference).await?;
    let last = last_move(&state, &row).await?;
    let standing = standing(&row, last.as_ref())?;
    let step = portal_core::review::judge_message(&standing, &message.message)?;
    if !state
        .store
        .write_message(row.id, &reviewer, &super::now()?, &step)
        .await?
    {
        return Err(ApiError::Conflict(ErrorCode::ChangedMeanwhile));
    }
    tracing::info!("message to the applicant");
    Ok(Json(detail(&state, &row).await?))
}

/// The query of an export: the queue's filters, and `lang`, the language
/// of its headers and values (`fr` or `en`, French by default).
pub(super) fn export_language(query: Option<&str>) -> Result<(Locale, String), ApiError> {
    let mut locale = Ok(Locale::Fr);
    let rest: String = form_urlencoded::Serializer::new(String::new())
        .extend_pairs(
            form_urlencoded::parse(query.unwrap_or_default().as_bytes()).filter(|(key, value)| {
                if key == "lang" {
                    locale = match value.as_ref() {
                        "fr" => Ok(Locale::Fr),
                        "en" => Ok(Locale::En),
                        _ => Err(ApiError::InvalidBody(vec![Problem::new(
                            "lang",
                            Code::InvalidValue,
                        )])),
                    };
                    false
                } else {
                    true
                }
            }),
        )
        .finish();
    Ok((locale?, rest))
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
        .iter()
        .map(|row| {
            let item = item(row, Vec::new())?;
            Ok(vec![
                Cell::Text(item.reference),
                Cell::Text(item.created_at),
                Cell::Text(label(messages::status(item.status))),
                Cell::Text(label(messages::verdict(item.eligibility))),
                Cell::Text(label(messages::kind(item.kind))),
                Cell::Text(item.country),
                Cell::Text(item.structure_name.unwrap_or_default()),
                Cell::Number(row.accounts),
                Cell::Number(row.storage_gb),
                row.phase.map_or(Cell::Text(String::new()), Cell::Number),
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
        (status = 401, description = UNAUTHORIZED, body = ErrorBody),
        (status = 422, description = "Invalid date, page or page size", body = ErrorBody)))]
pub async fn export(
    State(state): State<AppState>,
    Reviewer(reviewer): Reviewer,
    ApiPath(sheet): ApiPath<Sheet>,
    RawQuery(query): RawQuery,
) -> Result<Response, ApiError> {
    let (table, locale) = queue_table(&state, &reviewer, query.as_deref()).await?;
    export::download(&table, sheet, locale, "requests")
}

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
    responses((status = 200, body = Vec<PhaseView>), (status = 401, description = UNAUTHORIZED, body = ErrorBody),
        (status = 404, body = ErrorBody)))]
pub async fn set_phase(
    State(state): State<AppState>,
    Reviewer(reviewer): Reviewer,
    ApiPath(number): ApiPath<u32>,
    ApiJson(change): ApiJson<PhaseChange>,
) -> Result<Json<Vec<PhaseView>>, ApiError> {
    if state.offer.phase(number).is_none() {
        return Err(ApiError::NotFound);
    }
    state
        .store
        .set_phase_open(number, change.open, &reviewer, &super::now()?)
        .await?;
    tracing::info!(phase = number, open = change.open, "phase changed");
    Ok(Json(phase_views(&state).await?))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_export_takes_its_language_out_of_the_filters() {
        let read = |query| export_language(query).map_err(|e| e.code());
        assert_eq!(
            read(Some("status=received&lang=en&q=a+b")),
            Ok((Locale::En, "status=received&q=a+b".to_owned()))
        );
        assert_eq!(read(None), Ok((Locale::Fr, String::new())));
        assert_eq!(read(Some("lang=null")), Err(ErrorCode::InvalidBody));
    }

    #[test]
    fn days_and_their_next() {
        assert!(is_day("2026-11-24"));
        assert!(!is_day("2026-1-24"));
        assert_eq!(next_day("2026-12-31").as_deref(), Some("2027-01-01"));
        assert_eq!(next_day("2026-02-30"), None);
    }
}
