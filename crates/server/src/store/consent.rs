//! Whether an address wants the e-mails (double opt-in): the first e-mail
//! to an address asks its owner to confirm, with a single-use link; until
//! then, nothing more goes to it, and an address not confirmed gets at most
//! one such request a day, whatever the number of requests naming it. The
//! links of the e-mails are signed with a key of the server's.

use super::{Backend, Store, StoreError, days_before};

/// How an e-mail that is due goes out.
#[derive(Debug, PartialEq, Eq)]
pub enum Form {
    /// Its address is confirmed: as it is.
    Plain,
    /// As the request to confirm the address, whose link's fingerprint is
    /// now the one kept.
    Ask,
    /// Not now: it waits for the address to be confirmed.
    Held,
}

/// Forgets that the address of request `id` was confirmed when no other
/// request still holding its personal data names it; its digest goes with
/// the request's answers. The row itself stays a day for the daily bound
/// (`forget_unused`).
pub(super) async fn erase(
    tx: &mut sqlx::Transaction<'_, sqlx::Any>,
    id: i64,
) -> Result<(), StoreError> {
    sqlx::query(
        "UPDATE mail_addresses SET confirmed_at = NULL, confirm_hash = NULL \
         WHERE address_hash = (SELECT mail_hash FROM applications WHERE id = $1) \
         AND NOT EXISTS (SELECT 1 FROM applications a WHERE a.mail_hash = mail_addresses.address_hash \
                         AND a.erased_at IS NULL AND a.id <> $1)",
    )
    .bind(id)
    .execute(&mut **tx)
    .await?;
    sqlx::query("UPDATE applications SET mail_hash = NULL WHERE id = $1")
        .bind(id)
        .execute(&mut **tx)
        .await?;
    Ok(())
}

impl Store {
    /// The key named `name`, drawn at random the first time (by whichever
    /// instance comes first).
    pub async fn server_key(&self, name: &str) -> Result<Vec<u8>, StoreError> {
        let drawn: [u8; 32] = crate::secrets::random_bytes()?;
        sqlx::query(
            "INSERT INTO server_keys (name, key) VALUES ($1, $2) ON CONFLICT (name) DO NOTHING",
        )
        .bind(name)
        .bind(&drawn[..])
        .execute(self.writer())
        .await?;
        Ok(
            sqlx::query_scalar("SELECT key FROM server_keys WHERE name = $1")
                .bind(name)
                .fetch_one(self.writer())
                .await?,
        )
    }

    /// How e-mail `notification` of request `id`, to the address whose
    /// digest is `address`, goes out at `now`: as it is if the address is
    /// confirmed; as the request to confirm it (with the link fingerprinted
    /// `link`) if it was chosen for that, or if none went to the address in
    /// the last day; held otherwise. One transaction: of two senders, one
    /// asks.
    pub async fn mail_form(
        &self,
        notification: i64,
        id: i64,
        address: &[u8],
        link: &[u8],
        now: &str,
    ) -> Result<Form, StoreError> {
        let mut tx = self.writer().begin().await?;
        sqlx::query("UPDATE applications SET mail_hash = $1 WHERE id = $2")
            .bind(address)
            .bind(id)
            .execute(&mut *tx)
            .await?;
        sqlx::query(
            "INSERT INTO mail_addresses (address_hash) VALUES ($1) ON CONFLICT (address_hash) DO NOTHING",
        )
        .bind(address)
        .execute(&mut *tx)
        .await?;
        let lock = match self.backend() {
            Backend::Postgres => " FOR UPDATE",
            Backend::Sqlite => "",
        };
        let confirmed: Option<String> = sqlx::query_scalar(&format!(
            "SELECT confirmed_at FROM mail_addresses WHERE address_hash = $1{lock}"
        ))
        .bind(address)
        .fetch_one(&mut *tx)
        .await?;
        if confirmed.is_some() {
            tx.commit().await?;
            return Ok(Form::Plain);
        }
        let chosen: i64 = sqlx::query_scalar("SELECT asked FROM notifications WHERE id = $1")
            .bind(notification)
            .fetch_one(&mut *tx)
            .await?;
        let asked = sqlx::query(
            "UPDATE mail_addresses SET asked_at = $1, confirm_hash = $2 \
             WHERE address_hash = $3 AND ($4 = 1 OR asked_at IS NULL OR asked_at < $5)",
        )
        .bind(now)
        .bind(link)
        .bind(address)
        .bind(chosen)
        .bind(days_before(now, 1))
        .execute(&mut *tx)
        .await?
        .rows_affected();
        let form = if asked > 0 {
            sqlx::query("UPDATE notifications SET asked = 1 WHERE id = $1")
                .bind(notification)
                .execute(&mut *tx)
                .await?;
            Form::Ask
        } else {
            sqlx::query(
                // The claim counted an attempt: holding is none.
                "UPDATE notifications SET held_at = $1, due_at = $2, attempts = attempts - 1 \
                 WHERE id = $3 AND sent_at IS NULL",
            )
            .bind(now)
            .bind(i64::MAX)
            .bind(notification)
            .execute(&mut *tx)
            .await?;
            Form::Held
        };
        tx.commit().await?;
        Ok(form)
    }

    /// The owner of an address followed the link fingerprinted `link`: the
    /// address is confirmed (the link serves once), and the e-mails held
    /// for it go, due at `due` (milliseconds). `false` for a link unknown or
    /// already used.
    pub async fn confirm_address(
        &self,
        link: &[u8],
        now: &str,
        due: i64,
    ) -> Result<bool, StoreError> {
        let mut tx = self.writer().begin().await?;
        let address: Option<Vec<u8>> = sqlx::query_scalar(
            "UPDATE mail_addresses SET confirmed_at = $1, confirm_hash = NULL \
             WHERE confirm_hash = $2 RETURNING address_hash",
        )
        .bind(now)
        .bind(link)
        .fetch_optional(&mut *tx)
        .await?;
        let Some(address) = address else {
            return Ok(false);
        };
        sqlx::query(
            "UPDATE notifications SET held_at = NULL, due_at = $1 WHERE held_at IS NOT NULL \
             AND sent_at IS NULL AND failed_at IS NULL AND application_id IN \
             (SELECT id FROM applications WHERE mail_hash = $2 AND erased_at IS NULL AND notify = 1)",
        )
        .bind(due)
        .bind(&address)
        .execute(&mut *tx)
        .await?;
        tx.commit().await?;
        Ok(true)
    }
}

/// Forgets the addresses that no request holding its personal data names
/// any more, once a day has passed since the last request to confirm them.
pub(super) async fn forget_unused(
    tx: &mut sqlx::Transaction<'_, sqlx::Any>,
    now: &str,
) -> Result<(), StoreError> {
    sqlx::query(
        "DELETE FROM mail_addresses WHERE (asked_at IS NULL OR asked_at < $1) \
         AND NOT EXISTS (SELECT 1 FROM applications a WHERE a.mail_hash = mail_addresses.address_hash \
                         AND a.erased_at IS NULL)",
    )
    .bind(days_before(now, 1))
    .execute(&mut **tx)
    .await?;
    Ok(())
}
