//! Storage of feedback surveys: definitions and their target phases,
//! invitations (one per accepted request), responses and drafts (without the
//! request when the survey is anonymous).

use portal_core::NotificationKind;
use portal_core::survey::SurveyState;
use sqlx::Row;

use super::{Backend, Store, StoreError, named};

pub struct SurveyRow {
    pub id: i64,
    pub definition: String,
    pub state: SurveyState,
    pub created_at: String,
    pub phases: Vec<u32>,
    pub invited: i64,
    pub responded: i64,
}

/// An invitation of a request, as its status page lists it.
pub struct InvitationRow {
    pub id: i64,
    pub survey_id: i64,
    pub definition: String,
    pub state: SurveyState,
    pub has_token: bool,
    pub responded: bool,
}

/// An invitation found by its secret.
pub struct InvitedRow {
    pub id: i64,
    pub survey_id: i64,
    pub application_id: i64,
    pub definition: String,
    pub state: SurveyState,
    pub anonymous: bool,
}

#[derive(sqlx::FromRow)]
pub struct ResponseRow {
    pub answers: String,
    /// `None` for an anonymous survey.
    pub reference: Option<String>,
    pub updated_at: Option<String>,
}

/// A draft as the collective's browser saves it.
pub struct NewDraft<'a> {
    pub survey_id: i64,
    pub draft_key: &'a [u8],
    /// `None` for an anonymous survey.
    pub application_id: Option<i64>,
    pub sealed: &'a str,
    pub reached: Option<&'a str>,
    /// Whether a response was sent already.
    pub responded: bool,
}

/// (invited, opened, finished) of a survey, and per question reached the
/// drafts never sent.
pub struct ProgressRow {
    pub invited: i64,
    pub opened: i64,
    pub finished: i64,
    pub stopped: Vec<(String, i64)>,
}

pub struct NewResponse<'a> {
    pub invitation_id: i64,
    pub survey_id: i64,
    pub response_key: &'a [u8],
    /// `None` for an anonymous survey.
    pub application_id: Option<i64>,
    pub answers: &'a str,
    pub updated_at: Option<&'a str>,
    /// The key of its draft, deleted with the response's saving.
    pub draft_key: &'a [u8],
}

const SURVEY_COLUMNS: &str = "s.id, s.definition, s.state, s.created_at, \
    (SELECT COUNT(*) FROM survey_invitations i WHERE i.survey_id = s.id) AS invited, \
    (SELECT COUNT(*) FROM survey_invitations i WHERE i.survey_id = s.id AND i.responded = 1) AS responded";

async fn insert_phases(
    tx: &mut sqlx::Transaction<'_, sqlx::Any>,
    id: i64,
    phases: &[u32],
) -> Result<(), StoreError> {
    for phase in phases {
        sqlx::query("INSERT INTO survey_phases (survey_id, phase) VALUES ($1, $2)")
            .bind(id)
            .bind(i64::from(*phase))
            .execute(&mut **tx)
            .await?;
    }
    Ok(())
}

impl Store {
    async fn survey_phases(&self, id: i64) -> Result<Vec<u32>, StoreError> {
        let phases: Vec<i64> = sqlx::query_scalar(
            "SELECT phase FROM survey_phases WHERE survey_id = $1 ORDER BY phase",
        )
        .bind(id)
        .fetch_all(self.pool())
        .await?;
        Ok(phases
            .into_iter()
            .filter_map(|p| u32::try_from(p).ok())
            .collect())
    }

    async fn survey_row(&self, row: &sqlx::any::AnyRow) -> Result<SurveyRow, StoreError> {
        let id: i64 = row.try_get("id")?;
        Ok(SurveyRow {
            id,
            definition: row.try_get("definition")?,
            state: named(row, "state", SurveyState::parse)?,
            created_at: row.try_get("created_at")?,
            phases: self.survey_phases(id).await?,
            invited: row.try_get("invited")?,
            responded: row.try_get("responded")?,
        })
    }

    pub async fn surveys(&self) -> Result<Vec<SurveyRow>, StoreError> {
        let rows = sqlx::query(&format!(
            "SELECT {SURVEY_COLUMNS} FROM surveys s ORDER BY s.id DESC"
        ))
        .fetch_all(self.pool())
        .await?;
        let mut surveys = Vec::with_capacity(rows.len());
        for row in &rows {
            surveys.push(self.survey_row(row).await?);
        }
        Ok(surveys)
    }

    pub async fn survey(&self, id: i64) -> Result<Option<SurveyRow>, StoreError> {
        let row = sqlx::query(&format!(
            "SELECT {SURVEY_COLUMNS} FROM surveys s WHERE s.id = $1"
        ))
        .bind(id)
        .fetch_optional(self.pool())
        .await?;
        match row {
            Some(row) => Ok(Some(self.survey_row(&row).await?)),
            None => Ok(None),
        }
    }

    pub async fn create_survey(
        &self,
        definition: &str,
        anonymous: bool,
        phases: &[u32],
        reviewer: &str,
        now: &str,
    ) -> Result<i64, StoreError> {
        let mut tx = self.writer().begin().await?;
        let id: i64 = sqlx::query_scalar(
            "INSERT INTO surveys (definition, anonymous, state, created_at, created_by, updated_at) \
             VALUES ($1, $2, 'draft', $3, $4, $5) RETURNING id",
        )
        .bind(definition)
        .bind(i64::from(anonymous))
        .bind(now)
        .bind(reviewer)
        .bind(now)
        .fetch_one(&mut *tx)
        .await?;
        insert_phases(&mut tx, id, phases).await?;
        tx.commit().await?;
        Ok(id)
    }

    /// Replaces the definition and phases of a draft; `false` when the survey
    /// is no longer a draft.
    pub async fn update_survey(
        &self,
        id: i64,
        definition: &str,
        anonymous: bool,
        phases: &[u32],
        now: &str,
    ) -> Result<bool, StoreError> {
        let mut tx = self.writer().begin().await?;
        let changed = sqlx::query(
            "UPDATE surveys SET definition = $1, anonymous = $2, updated_at = $3 WHERE id = $4 AND state = 'draft'",
        )
        .bind(definition)
        .bind(i64::from(anonymous))
        .bind(now)
        .bind(id)
        .execute(&mut *tx)
        .await?
        .rows_affected();
        if changed == 0 {
            return Ok(false);
        }
        sqlx::query("DELETE FROM survey_phases WHERE survey_id = $1")
            .bind(id)
            .execute(&mut *tx)
            .await?;
        insert_phases(&mut tx, id, phases).await?;
        tx.commit().await?;
        Ok(true)
    }

    /// Opens or closes a survey; closing empties its drafts. Opening
    /// invites every accepted request of its phases that has no invitation
    /// yet (requests accepted later are invited as they are accepted).
    pub async fn set_survey_state(
        &self,
        id: i64,
        state: &str,
        now: &str,
    ) -> Result<(), StoreError> {
        let mut tx = self.writer().begin().await?;
        sqlx::query("UPDATE surveys SET state = $1, updated_at = $2 WHERE id = $3")
            .bind(state)
            .bind(now)
            .bind(id)
            .execute(&mut *tx)
            .await?;
        if state == "closed" {
            // Nothing more can be answered: the drafts keep only where
            // they stopped.
            sqlx::query("UPDATE survey_drafts SET sealed = NULL WHERE survey_id = $1")
                .bind(id)
                .execute(&mut *tx)
                .await?;
        }
        if state == "open" {
            let invited: Vec<i64> = sqlx::query_scalar(
                "INSERT INTO survey_invitations (survey_id, application_id, phase) \
                 SELECT $1, a.id, a.phase FROM applications a \
                 WHERE a.status = 'accepted' AND a.erased_at IS NULL AND a.phase IN (SELECT phase FROM survey_phases WHERE survey_id = $1) \
                 ON CONFLICT DO NOTHING RETURNING application_id",
            )
            .bind(id)
            .fetch_all(&mut *tx)
            .await?;
            // Only the new invitations: reopening a survey sends nothing.
            for application in invited {
                super::notifications::enqueue(&mut tx, application, NotificationKind::Survey, now)
                    .await?;
            }
        }
        tx.commit().await?;
        Ok(())
    }

    /// The invitations of a request, newest survey first.
    pub async fn invitations_of(
        &self,
        application_id: i64,
    ) -> Result<Vec<InvitationRow>, StoreError> {
        let rows = sqlx::query(
            "SELECT i.id, i.survey_id, s.definition, s.state, CASE WHEN i.token_hash IS NULL THEN 0 ELSE 1 END AS has_token, i.responded \
             FROM survey_invitations i JOIN surveys s ON s.id = i.survey_id \
             WHERE i.application_id = $1 AND i.revoked_at IS NULL ORDER BY i.survey_id DESC",
        )
        .bind(application_id)
        .fetch_all(self.pool())
        .await?;
        Ok(rows
            .iter()
            .map(|r| {
                Ok(InvitationRow {
                    id: r.try_get("id")?,
                    survey_id: r.try_get("survey_id")?,
                    definition: r.try_get("definition")?,
                    state: named(r, "state", SurveyState::parse)?,
                    has_token: r.try_get::<i64, _>("has_token")? != 0,
                    responded: r.try_get::<i64, _>("responded")? != 0,
                })
            })
            .collect::<Result<_, sqlx::Error>>()?)
    }

    /// Records the fingerprint of an invitation's secret, the first time it
    /// is derived.
    pub async fn set_invitation_token(&self, id: i64, token_hash: &[u8]) -> Result<(), StoreError> {
        sqlx::query(
            "UPDATE survey_invitations SET token_hash = $1 WHERE id = $2 AND token_hash IS NULL AND revoked_at IS NULL",
        )
        .bind(token_hash)
        .bind(id)
        .execute(self.writer())
        .await?;
        Ok(())
    }

    pub async fn invitation_by_token(
        &self,
        token_hash: &[u8],
    ) -> Result<Option<InvitedRow>, StoreError> {
        let row = sqlx::query(
            "SELECT i.id, i.survey_id, i.application_id, s.definition, s.state, s.anonymous \
             FROM survey_invitations i JOIN surveys s ON s.id = i.survey_id \
             WHERE i.token_hash = $1 AND i.revoked_at IS NULL",
        )
        .bind(token_hash)
        .fetch_optional(self.pool())
        .await?;
        Ok(row
            .map(|r| {
                Ok::<_, sqlx::Error>(InvitedRow {
                    id: r.try_get("id")?,
                    survey_id: r.try_get("survey_id")?,
                    application_id: r.try_get("application_id")?,
                    definition: r.try_get("definition")?,
                    state: named(&r, "state", SurveyState::parse)?,
                    anonymous: r.try_get::<i64, _>("anonymous")? != 0,
                })
            })
            .transpose()?)
    }

    pub async fn response_answers(
        &self,
        response_key: &[u8],
    ) -> Result<Option<String>, StoreError> {
        Ok(
            sqlx::query_scalar("SELECT answers FROM survey_responses WHERE response_key = $1")
                .bind(response_key)
                .fetch_optional(self.pool())
                .await?,
        )
    }

    /// Stores or replaces a response, only while its survey is open and its
    /// invitation stands (not revoked by an erasure); `false` otherwise.
    pub async fn save_response(&self, response: &NewResponse<'_>) -> Result<bool, StoreError> {
        let mut tx = self.writer().begin().await?;
        // On PostgreSQL the invitation is locked, so that an erasure under way
        // is waited for (SQLite has one writer: nothing runs meanwhile).
        let lock = match self.backend() {
            Backend::Postgres => " FOR UPDATE",
            Backend::Sqlite => "",
        };
        let standing: Option<i64> = sqlx::query_scalar(&format!(
            "SELECT id FROM survey_invitations WHERE id = $1 AND revoked_at IS NULL{lock}"
        ))
        .bind(response.invitation_id)
        .fetch_optional(&mut *tx)
        .await?;
        if standing.is_none() {
            return Ok(false);
        }
        let saved = sqlx::query(
            "INSERT INTO survey_responses (id, survey_id, response_key, application_id, answers, updated_at) \
             SELECT $6, $1, $2, $3, $4, $5 WHERE EXISTS (SELECT 1 FROM surveys WHERE id = $1 AND state = 'open') \
             ON CONFLICT (response_key) DO UPDATE SET answers = excluded.answers, updated_at = excluded.updated_at",
        )
        .bind(response.survey_id)
        .bind(response.response_key)
        .bind(response.application_id)
        .bind(response.answers)
        .bind(response.updated_at)
        .bind(super::random_id()?)
        .execute(&mut *tx)
        .await?
        .rows_affected();
        if saved == 0 {
            return Ok(false);
        }
        sqlx::query("UPDATE survey_invitations SET responded = 1 WHERE id = $1")
            .bind(response.invitation_id)
            .execute(&mut *tx)
            .await?;
        sqlx::query("DELETE FROM survey_drafts WHERE draft_key = $1")
            .bind(response.draft_key)
            .execute(&mut *tx)
            .await?;
        tx.commit().await?;
        Ok(true)
    }

    /// Records that an invitation was opened.
    pub async fn mark_opened(&self, invitation_id: i64) -> Result<(), StoreError> {
        sqlx::query("UPDATE survey_invitations SET opened = 1 WHERE id = $1 AND opened = 0")
            .bind(invitation_id)
            .execute(self.writer())
            .await?;
        Ok(())
    }

    /// Stores or replaces a draft, only while its survey is open; `false`
    /// otherwise.
    pub async fn save_draft(&self, draft: &NewDraft<'_>) -> Result<bool, StoreError> {
        let saved = sqlx::query(
            "INSERT INTO survey_drafts (id, survey_id, draft_key, application_id, sealed, reached, responded) \
             SELECT $7, $1, $2, $3, $4, $5, $6 WHERE EXISTS (SELECT 1 FROM surveys WHERE id = $1 AND state = 'open') \
             ON CONFLICT (draft_key) DO UPDATE SET sealed = excluded.sealed, reached = excluded.reached, responded = excluded.responded",
        )
        .bind(draft.survey_id)
        .bind(draft.draft_key)
        .bind(draft.application_id)
        .bind(draft.sealed)
        .bind(draft.reached)
        .bind(i64::from(draft.responded))
        .bind(super::random_id()?)
        .execute(self.writer())
        .await?
        .rows_affected();
        Ok(saved > 0)
    }

    /// The sealed draft saved under this key, if any is left.
    pub async fn draft(&self, draft_key: &[u8]) -> Result<Option<String>, StoreError> {
        let sealed: Option<Option<String>> =
            sqlx::query_scalar("SELECT sealed FROM survey_drafts WHERE draft_key = $1")
                .bind(draft_key)
                .fetch_optional(self.pool())
                .await?;
        Ok(sealed.flatten())
    }

    /// How far the invited collectives went.
    pub async fn progress(&self, survey_id: i64) -> Result<ProgressRow, StoreError> {
        let row = sqlx::query(
            "SELECT COUNT(*) AS invited, CAST(COALESCE(SUM(opened), 0) AS BIGINT) AS opened, \
             CAST(COALESCE(SUM(responded), 0) AS BIGINT) AS finished FROM survey_invitations WHERE survey_id = $1",
        )
        .bind(survey_id)
        .fetch_one(self.pool())
        .await?;
        let stopped = sqlx::query(
            "SELECT reached, COUNT(*) AS count FROM survey_drafts \
             WHERE survey_id = $1 AND responded = 0 AND reached IS NOT NULL GROUP BY reached",
        )
        .bind(survey_id)
        .fetch_all(self.pool())
        .await?
        .iter()
        .map(|r| Ok((r.try_get("reached")?, r.try_get("count")?)))
        .collect::<Result<_, sqlx::Error>>()?;
        Ok(ProgressRow {
            invited: row.try_get("invited")?,
            opened: row.try_get("opened")?,
            finished: row.try_get("finished")?,
            stopped,
        })
    }

    /// How many invitations opening this survey now would create.
    pub async fn to_invite(&self, survey_id: i64) -> Result<i64, StoreError> {
        Ok(sqlx::query_scalar(
            "SELECT COUNT(*) FROM applications a \
             WHERE a.status = 'accepted' AND a.erased_at IS NULL \
             AND a.phase IN (SELECT phase FROM survey_phases WHERE survey_id = $1) \
             AND NOT EXISTS (SELECT 1 FROM survey_invitations i WHERE i.survey_id = $1 AND i.application_id = a.id)",
        )
        .bind(survey_id)
        .fetch_one(self.pool())
        .await?)
    }

    /// Deletes a draft survey; `false` when it is not (or no longer) one.
    pub async fn delete_survey(&self, id: i64) -> Result<bool, StoreError> {
        let mut tx = self.writer().begin().await?;
        let draft: Option<i64> =
            sqlx::query_scalar("SELECT id FROM surveys WHERE id = $1 AND state = 'draft'")
                .bind(id)
                .fetch_optional(&mut *tx)
                .await?;
        if draft.is_none() {
            return Ok(false);
        }
        for statement in [
            "DELETE FROM survey_phases WHERE survey_id = $1",
            "DELETE FROM surveys WHERE id = $1",
        ] {
            sqlx::query(statement).bind(id).execute(&mut *tx).await?;
        }
        tx.commit().await?;
        Ok(true)
    }

    /// The responses of a survey. Anonymous ones come in the order of their
    /// keys (hashes), which says nothing of when or by whom.
    pub async fn responses(&self, survey_id: i64) -> Result<Vec<ResponseRow>, StoreError> {
        Ok(sqlx::query_as(
            "SELECT r.answers, a.reference, r.updated_at FROM survey_responses r \
             LEFT JOIN applications a ON a.id = r.application_id \
             WHERE r.survey_id = $1 ORDER BY r.application_id IS NULL, r.updated_at, r.response_key",
        )
        .bind(survey_id)
        .fetch_all(self.pool())
        .await?)
    }

    /// (phase, invited, responded) for each phase a survey invited.
    pub async fn response_rates(&self, survey_id: i64) -> Result<Vec<(u32, u32, u32)>, StoreError> {
        let rows = sqlx::query(
            "SELECT phase, COUNT(*) AS invited, CAST(SUM(responded) AS BIGINT) AS responded FROM survey_invitations \
             WHERE survey_id = $1 GROUP BY phase ORDER BY phase",
        )
        .bind(survey_id)
        .fetch_all(self.pool())
        .await?;
        Ok(rows
            .iter()
            .map(|r| {
                let count = |name: &str| {
                    r.try_get::<i64, _>(name)
                        .map(|n| u32::try_from(n).unwrap_or(0))
                };
                Ok((count("phase")?, count("invited")?, count("responded")?))
            })
            .collect::<Result<_, sqlx::Error>>()?)
    }
}
