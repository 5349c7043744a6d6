//! Storage of the reviewers' side: reviewers and their tokens, the queue,
//! decisions (with the capacity of phases enforced by the database), notes.

use std::borrow::Cow;

use portal_core::{
    ApplicationStatus, Move, NotificationKind, QueueItem, RefusalReason, SpaceEvent, SpaceState,
    StructureKind, Verdict,
};
use sqlx::any::AnyRow;
use sqlx::{FromRow, Row};

use super::{
    Backend, Store, StoreError, count, flag, maybe_named, named, notifications, phase, spaces,
};

#[derive(sqlx::FromRow)]
pub struct NoteRow {
    pub at: String,
    pub reviewer: String,
    pub body: String,
}

/// A request as the reviewers' side reads it: its line in the queue (its
/// labels, read apart, left empty), and what the line does not show.
pub struct QueueRow {
    pub id: i64,
    pub item: QueueItem,
    /// The answers, as stored (JSON); none once erased.
    pub answers: Option<String>,
    /// When its personal data was erased (withdrawal, retention).
    pub erased_at: Option<String>,
    /// The applicant asked for e-mails.
    pub notify: bool,
    /// Where its space is, once ready.
    pub space_url: Option<String>,
}

impl FromRow<'_, AnyRow> for QueueRow {
    fn from_row(row: &AnyRow) -> Result<Self, sqlx::Error> {
        Ok(QueueRow {
            id: row.try_get("id")?,
            item: QueueItem {
                reference: row.try_get("reference")?,
                status: named(row, "status", ApplicationStatus::parse)?,
                eligibility: named(row, "eligibility", Verdict::parse)?,
                kind: named(row, "kind", StructureKind::parse)?,
                country: row.try_get("country")?,
                structure_name: row.try_get("structure_name")?,
                accounts: count(row, "accounts")?,
                storage_gb: count(row, "storage_gb")?,
                phase: phase(row, "phase")?,
                created_at: row.try_get("created_at")?,
                since: row.try_get("updated_at")?,
                answered: row.try_get::<Option<String>, _>("answered_at")?.is_some(),
                taken_by: row.try_get("taken_by")?,
                related: flag(row, "related")?,
                labels: Vec::new(),
                address: row.try_get("address")?,
                space: maybe_named(row, "space", SpaceState::parse)?,
            },
            space_url: row.try_get("space_url")?,
            answers: row.try_get("answers")?,
            erased_at: row.try_get("erased_at")?,
            notify: flag(row, "notify")?,
        })
    }
}

/// The filters of the queue, already checked.
#[derive(Default)]
pub struct Filter {
    pub status: Option<ApplicationStatus>,
    pub kind: Option<StructureKind>,
    pub eligibility: Option<Verdict>,
    pub country: Option<String>,
    pub phase: Option<u32>,
    pub from: Option<String>,
    /// Exclusive upper bound (the day after `to`).
    pub until: Option<String>,
    pub words: Vec<String>,
    pub answered: Option<bool>,
    /// `Some(Some(name))`: taken by `name`; `Some(None)`: taken by no one.
    pub taken: Option<Option<String>>,
    pub related: Option<bool>,
    pub label: Option<u32>,
}

/// What an acceptance into `phase` brings, in its transaction: the hosting
/// side is asked for the space, and the open surveys of the phase invite
/// the request too.
async fn accepted(
    tx: &mut sqlx::Transaction<'_, sqlx::Any>,
    id: i64,
    phase: Option<u32>,
    now: &str,
) -> Result<(), StoreError> {
    spaces::enqueue(tx, id, SpaceEvent::Requested, now).await?;
    let invited = sqlx::query(
        "INSERT INTO survey_invitations (survey_id, application_id, phase) \
         SELECT s.id, $1, $2 FROM surveys s JOIN survey_phases p ON p.survey_id = s.id \
         WHERE s.state = 'open' AND p.phase = $2 ON CONFLICT DO NOTHING",
    )
    .bind(id)
    .bind(phase.map(i64::from))
    .execute(&mut **tx)
    .await?
    .rows_affected();
    if invited > 0 {
        notifications::enqueue(tx, id, NotificationKind::Survey, now).await?;
    }
    Ok(())
}

pub enum Decided {
    Done,
    /// The request changed meanwhile (another reviewer, a withdrawal).
    Changed,
    /// The phase is full.
    Full,
    /// Its space's address is held by another request now.
    AddressTaken,
}

const COLUMNS: &str = "id, reference, status, eligibility, kind, country, structure_name, accounts, storage_gb, phase, created_at, updated_at, answered_at, answers, erased_at, notify, related, taken_by, address, space, space_url";

/// The `WHERE` clause of a filter, with `$n` placeholders, and its values.
enum Value<'a> {
    Text(Cow<'a, str>),
    Integer(i64),
}

fn filter_clause<'a>(filter: &'a Filter) -> (String, Vec<Value<'a>>) {
    let mut clause = String::from(" WHERE 1 = 1");
    let mut values = Vec::new();
    let mut condition = |sql: &str, value: Value<'a>| {
        values.push(value);
        clause.push_str(&sql.replace("$?", &format!("${}", values.len())));
    };
    let texts = [
        (
            " AND status = $?",
            filter.status.map(ApplicationStatus::as_str),
        ),
        (" AND kind = $?", filter.kind.map(StructureKind::as_str)),
        (
            " AND eligibility = $?",
            filter.eligibility.map(Verdict::as_str),
        ),
        (" AND country = $?", filter.country.as_deref()),
        (" AND created_at >= $?", filter.from.as_deref()),
        (" AND created_at < $?", filter.until.as_deref()),
    ];
    for (sql, value) in texts {
        if let Some(value) = value {
            condition(sql, Value::Text(Cow::Borrowed(value)));
        }
    }
    if let Some(phase) = filter.phase {
        condition(" AND phase = $?", Value::Integer(i64::from(phase)));
    }
    if let Some(label) = filter.label {
        condition(
            " AND id IN (SELECT application_id FROM application_labels WHERE label_id = $?)",
            Value::Integer(i64::from(label)),
        );
    }
    // The name and the purpose, folded like the words; `\` escapes the
    // pattern characters a word may hold.
    for word in &filter.words {
        condition(
            " AND search LIKE '%' || $? || '%' ESCAPE '\\'",
            Value::Text(Cow::Owned(like_escaped(word))),
        );
    }
    match &filter.taken {
        Some(Some(reviewer)) => {
            condition(" AND taken_by = $?", Value::Text(Cow::Borrowed(reviewer)));
        }
        Some(None) => clause.push_str(" AND taken_by IS NULL"),
        None => {}
    }
    for (flag, yes, no) in [
        (
            filter.answered,
            " AND answered_at IS NOT NULL",
            " AND answered_at IS NULL",
        ),
        (filter.related, " AND related = 1", " AND related = 0"),
    ] {
        match flag {
            Some(true) => clause.push_str(yes),
            Some(false) => clause.push_str(no),
            None => {}
        }
    }
    (clause, values)
}

fn like_escaped(word: &str) -> String {
    let mut escaped = String::with_capacity(word.len());
    for c in word.chars() {
        if matches!(c, '%' | '_' | '\\') {
            escaped.push('\\');
        }
        escaped.push(c);
    }
    escaped
}

fn bind_all<'q>(
    mut query: sqlx::query::Query<'q, sqlx::Any, sqlx::any::AnyArguments<'q>>,
    values: &'q [Value<'q>],
) -> sqlx::query::Query<'q, sqlx::Any, sqlx::any::AnyArguments<'q>> {
    for value in values {
        query = match value {
            Value::Text(text) => query.bind(text.as_ref()),
            Value::Integer(n) => query.bind(*n),
        };
    }
    query
}

impl Store {
    pub async fn queue(
        &self,
        filter: &Filter,
        limit: u32,
        offset: u64,
    ) -> Result<(Vec<QueueRow>, u64), StoreError> {
        let (clause, values) = filter_clause(filter);
        let count_sql = format!("SELECT COUNT(*) FROM applications{clause}");
        let total: i64 = bind_all(sqlx::query(&count_sql), &values)
            .fetch_one(self.pool())
            .await?
            .try_get(0)?;
        let n = values.len();
        let page_sql = format!(
            "SELECT {COLUMNS} FROM applications{clause} ORDER BY created_at, id LIMIT ${} OFFSET ${}",
            n + 1,
            n + 2
        );
        let rows = bind_all(sqlx::query(&page_sql), &values)
            .bind(i64::from(limit))
            .bind(i64::try_from(offset).unwrap_or(i64::MAX))
            .fetch_all(self.pool())
            .await?;
        Ok((
            rows.iter()
                .map(QueueRow::from_row)
                .collect::<Result<_, _>>()?,
            u64::try_from(total).unwrap_or_default(),
        ))
    }

    pub async fn application(&self, reference: &str) -> Result<Option<QueueRow>, StoreError> {
        let row = sqlx::query(&format!(
            "SELECT {COLUMNS} FROM applications WHERE reference = $1"
        ))
        .bind(reference)
        .fetch_optional(self.pool())
        .await?;
        Ok(row.as_ref().map(QueueRow::from_row).transpose()?)
    }

    pub async fn notes(&self, id: i64) -> Result<Vec<NoteRow>, StoreError> {
        Ok(sqlx::query_as(
            "SELECT at, reviewer, body FROM application_notes WHERE application_id = $1 ORDER BY id",
        )
        .bind(id)
        .fetch_all(self.pool())
        .await?)
    }

    /// Records the move `step` of `reviewer` if the request is still in
    /// `step.from` and, for an acceptance, if the phase still has room: one
    /// statement, so two reviewers deciding at once cannot overfill a phase.
    pub async fn decide(
        &self,
        id: i64,
        reviewer: &str,
        now: &str,
        step: &Move<'_>,
    ) -> Result<Decided, StoreError> {
        let mut tx = self.writer().begin().await?;
        if let (Backend::Postgres, Some(phase)) = (self.backend(), step.phase) {
            // SQLite has one writer; on PostgreSQL, deciders of a phase
            // take turns until commit, so that each counts the others.
            sqlx::query("SELECT pg_advisory_xact_lock(7301, CAST($1 AS INTEGER))")
                .bind(i64::from(phase))
                .execute(&mut *tx)
                .await?;
        }
        // An accepted request's space is being created (by the hosting
        // side, or by hand); leaving acceptance forgets it.
        let updated = sqlx::query(
            "UPDATE applications SET status = $1, phase = $2, updated_at = $3, answered_at = NULL, \
             space = CASE WHEN $1 = 'accepted' THEN 'creating' ELSE NULL END, space_url = NULL \
             WHERE id = $4 AND status = $5 AND erased_at IS NULL \
             AND ($6 IS NULL OR (SELECT COUNT(*) FROM applications WHERE status = 'accepted' AND phase = $2) < $6)",
        )
        .bind(step.to.as_str())
        .bind(step.phase.map(i64::from))
        .bind(now)
        .bind(id)
        .bind(step.from.as_str())
        .bind(step.capacity.map(i64::from))
        .execute(&mut *tx)
        .await;
        let updated = match updated {
            Ok(done) => done.rows_affected(),
            // Back from a refusal, to an address another request took since.
            Err(sqlx::Error::Database(db)) if db.is_unique_violation() => {
                return Ok(Decided::AddressTaken);
            }
            Err(err) => return Err(err.into()),
        };
        if updated == 0 {
            let status: Option<String> =
                sqlx::query_scalar("SELECT status FROM applications WHERE id = $1")
                    .bind(id)
                    .fetch_optional(&mut *tx)
                    .await?;
            return Ok(
                if status.as_deref() == Some(step.from.as_str()) && step.capacity.is_some() {
                    Decided::Full
                } else {
                    Decided::Changed
                },
            );
        }
        sqlx::query(
            "INSERT INTO application_events (application_id, at, actor, status, phase, reason, message) VALUES ($1, $2, $3, $4, $5, $6, $7)",
        )
        .bind(id)
        .bind(now)
        .bind(reviewer)
        .bind(step.to.as_str())
        .bind(step.phase.map(i64::from))
        .bind(step.reason.map(RefusalReason::as_str))
        .bind(step.message)
        .execute(&mut *tx)
        .await?;
        if let Some(kind) = NotificationKind::of_move(step.to) {
            notifications::enqueue(&mut tx, id, kind, now).await?;
        }
        if step.from == ApplicationStatus::Accepted {
            spaces::tell(&mut tx, id, SpaceEvent::Cancelled, None, now).await?;
        }
        if step.to == ApplicationStatus::Accepted {
            accepted(&mut tx, id, step.phase, now).await?;
        }
        tx.commit().await?;
        Ok(Decided::Done)
    }

    /// Records the reviewer's message of `step` (a move to where the
    /// request stands), with its e-mail, if the request still stands in
    /// `step.from` and was not erased.
    pub async fn write_message(
        &self,
        id: i64,
        reviewer: &str,
        now: &str,
        step: &Move<'_>,
    ) -> Result<bool, StoreError> {
        let mut tx = self.writer().begin().await?;
        let written = sqlx::query(
            "INSERT INTO application_events (application_id, at, actor, status, phase, reason, message, kind) \
             SELECT id, $2, $3, status, phase, $4, $5, 'message' FROM applications \
             WHERE id = $1 AND status = $6 AND erased_at IS NULL",
        )
        .bind(id)
        .bind(now)
        .bind(reviewer)
        .bind(step.reason.map(RefusalReason::as_str))
        .bind(step.message)
        .bind(step.from.as_str())
        .execute(&mut *tx)
        .await?
        .rows_affected();
        if written == 0 {
            return Ok(false);
        }
        notifications::enqueue(&mut tx, id, NotificationKind::Message, now).await?;
        tx.commit().await?;
        Ok(true)
    }

    /// Adds a note, unless the request was erased meanwhile (`false`).
    pub async fn add_note(
        &self,
        id: i64,
        reviewer: &str,
        body: &str,
        now: &str,
    ) -> Result<bool, StoreError> {
        let added = sqlx::query(
            "INSERT INTO application_notes (application_id, reviewer, at, body) \
             SELECT $1, $2, $3, $4 WHERE EXISTS (SELECT 1 FROM applications WHERE id = $1 AND erased_at IS NULL)",
        )
        .bind(id)
        .bind(reviewer)
        .bind(now)
        .bind(body)
        .execute(self.writer())
        .await?;
        Ok(added.rows_affected() == 1)
    }

    /// Phases that were opened (the others are closed).
    pub async fn open_phases(&self) -> Result<Vec<u32>, StoreError> {
        let numbers: Vec<i64> =
            sqlx::query_scalar("SELECT number FROM phase_states WHERE open = 1 ORDER BY number")
                .fetch_all(self.pool())
                .await?;
        Ok(numbers
            .into_iter()
            .filter_map(|n| u32::try_from(n).ok())
            .collect())
    }

    pub async fn set_phase_open(
        &self,
        number: u32,
        open: bool,
        reviewer: &str,
        now: &str,
    ) -> Result<(), StoreError> {
        sqlx::query(
            "INSERT INTO phase_states (number, open, changed_at, changed_by) VALUES ($1, $2, $3, $4) \
             ON CONFLICT (number) DO UPDATE SET open = excluded.open, changed_at = excluded.changed_at, changed_by = excluded.changed_by",
        )
        .bind(i64::from(number))
        .bind(i64::from(open))
        .bind(now)
        .bind(reviewer)
        .execute(self.writer())
        .await?;
        Ok(())
    }
}
