//! Restoring a backup (the file `backup` writes) into a SQLite database.
//! The file is checked before anything is touched: a SQLite database whose
//! integrity check passes, holding this portal's schema at a version this
//! build knows. It is then copied beside the target, flushed to the disk
//! and renamed over it, so that the target is either as it was or the whole
//! backup, never half of it; the restored database is opened (which brings
//! an older schema up to date) before the command says it is done.

use std::path::{Path, PathBuf};

use sqlx::sqlite::SqliteConnectOptions;
use sqlx::{ConnectOptions, Connection, Row};

use super::{Store, StoreError, sqlite_file};

#[derive(Debug, thiserror::Error)]
pub enum RestoreError {
    #[error("restore works on SQLite; on PostgreSQL, use pg_dump and pg_restore")]
    Postgres,
    #[error("{path} is not a backup of this portal: {why}")]
    NotABackup { path: String, why: String },
    #[error("{path} is damaged: {why}")]
    Damaged { path: String, why: String },
    #[error(
        "{path} was written by a newer version of the portal (schema {found}; this one knows up to {known}): restore it with that version"
    )]
    Newer {
        path: String,
        found: i64,
        known: i64,
    },
    #[error(
        "{0} already holds a database: stop the server, then restore with --force to replace it"
    )]
    NotEmpty(String),
    #[error("cannot write {path}: {source}")]
    Write {
        path: String,
        source: std::io::Error,
    },
    #[error(transparent)]
    Store(#[from] StoreError),
}

/// What was restored.
#[derive(Debug)]
pub struct Restored {
    /// The schema version of the backup (before it was brought up to date).
    pub version: i64,
    pub requests: i64,
}

/// Restores `backup` into the SQLite database at `location`; a database
/// already there is replaced only with `force` (the server must be stopped).
pub async fn restore(backup: &Path, location: &str, force: bool) -> Result<Restored, RestoreError> {
    if location.starts_with("postgres://") || location.starts_with("postgresql://") {
        return Err(RestoreError::Postgres);
    }
    let target = sqlite_file(location).ok_or_else(|| StoreError::Location(location.to_owned()))?;
    let version = check_backup(backup).await?;
    if holds_database(&target).await? && !force {
        return Err(RestoreError::NotEmpty(target.display().to_string()));
    }
    replace(backup, &target).await?;
    let store = Store::open(location).await?;
    let requests = sqlx::query_scalar("SELECT COUNT(*) FROM applications")
        .fetch_one(store.pool())
        .await
        .map_err(StoreError::from)?;
    Ok(Restored { version, requests })
}

/// The schema version of `backup`, once it is known to be a sound backup
/// of this portal that this build can read.
async fn check_backup(backup: &Path) -> Result<i64, RestoreError> {
    let path = backup.display().to_string();
    let not_a_backup = |why: String| RestoreError::NotABackup {
        path: path.clone(),
        why,
    };
    if !backup.is_file() {
        return Err(not_a_backup("no such file".to_owned()));
    }
    let mut connection = SqliteConnectOptions::new()
        .filename(backup)
        .read_only(true)
        .immutable(true)
        .connect()
        .await
        .map_err(|e| not_a_backup(e.to_string()))?;
    let integrity: Vec<String> = sqlx::query_scalar("PRAGMA integrity_check")
        .fetch_all(&mut connection)
        .await
        .map_err(|e| not_a_backup(e.to_string()))?;
    if integrity != ["ok"] {
        return Err(RestoreError::Damaged {
            path: path.clone(),
            why: integrity.join("; "),
        });
    }
    let found: Option<i64> =
        sqlx::query_scalar("SELECT MAX(version) FROM _sqlx_migrations WHERE success")
            .fetch_one(&mut connection)
            .await
            .map_err(|_| not_a_backup("it has no portal schema".to_owned()))?;
    let has_requests =
        sqlx::query("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'applications'")
            .fetch_optional(&mut connection)
            .await
            .map_err(|e| not_a_backup(e.to_string()))?
            .is_some();
    connection
        .close()
        .await
        .map_err(|e| not_a_backup(e.to_string()))?;
    let found = match (found, has_requests) {
        (Some(found), true) => found,
        _ => return Err(not_a_backup("it has no portal schema".to_owned())),
    };
    let known = sqlx::migrate!("migrations/sqlite")
        .iter()
        .map(|m| m.version)
        .max()
        .unwrap_or_default();
    if found > known {
        return Err(RestoreError::Newer { path, found, known });
    }
    Ok(found)
}

/// Whether `target` is a database with tables in it.
async fn holds_database(target: &Path) -> Result<bool, RestoreError> {
    if !target.exists() {
        return Ok(false);
    }
    let mut connection = SqliteConnectOptions::new()
        .filename(target)
        .read_only(true)
        .connect()
        .await
        .map_err(StoreError::from)?;
    let tables: i64 = sqlx::query("SELECT COUNT(*) FROM sqlite_master WHERE type = 'table'")
        .fetch_one(&mut connection)
        .await
        .map_err(StoreError::from)?
        .try_get(0)
        .map_err(StoreError::from)?;
    connection.close().await.map_err(StoreError::from)?;
    Ok(tables > 0)
}

/// Puts a copy of `backup` in place of `target` at once: copied beside it,
/// flushed, renamed over it. The target's journal files go first (the
/// database they belong to is being replaced; left there, SQLite would
/// apply them to the backup).
async fn replace(backup: &Path, target: &Path) -> Result<(), RestoreError> {
    let (backup, target) = (backup.to_owned(), target.to_owned());
    tokio::task::spawn_blocking(move || replace_now(&backup, &target))
        .await
        .map_err(|e| RestoreError::Write {
            path: String::new(),
            source: std::io::Error::other(e),
        })?
}

fn replace_now(backup: &Path, target: &Path) -> Result<(), RestoreError> {
    let failed = |path: &Path| {
        let path = path.display().to_string();
        move |source| RestoreError::Write { path, source }
    };
    if let Some(folder) = target.parent().filter(|p| !p.as_os_str().is_empty()) {
        std::fs::create_dir_all(folder).map_err(failed(folder))?;
    }
    let mut copy_name = target.as_os_str().to_owned();
    copy_name.push(".restoring");
    let copy = PathBuf::from(copy_name);
    let _ = std::fs::remove_file(&copy);
    let mut from = std::fs::File::open(backup).map_err(failed(backup))?;
    let mut to = super::private_file()
        .create_new(true)
        .open(&copy)
        .map_err(failed(&copy))?;
    std::io::copy(&mut from, &mut to).map_err(failed(&copy))?;
    to.sync_all().map_err(failed(&copy))?;
    drop(to);
    for suffix in ["-wal", "-shm", "-journal"] {
        let mut name = target.as_os_str().to_owned();
        name.push(suffix);
        match std::fs::remove_file(PathBuf::from(name)) {
            Err(e) if e.kind() != std::io::ErrorKind::NotFound => {
                return Err(failed(target)(e));
            }
            _ => {}
        }
    }
    std::fs::rename(&copy, target).map_err(failed(target))?;
    if let Some(folder) = target.parent().filter(|p| !p.as_os_str().is_empty())
        && let Ok(folder) = std::fs::File::open(folder)
    {
        // The rename itself reaches the disk.
        let _ = folder.sync_all();
    }
    Ok(())
}
