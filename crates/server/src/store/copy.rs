//! Copying a whole database into an empty one of the other kind (SQLite to
//! PostgreSQL when a host outgrows one machine, and back): every table,
//! read in one consistent snapshot of the source, written in one
//! transaction of the target, keeping ids, fingerprints, times and the
//! history as they are; PostgreSQL's id sequences then start after the
//! copied ids.

use sqlx::{Any, Arguments, Row};

use super::{Backend, Cell, Store, StoreError, TABLES, cells};

#[derive(Debug, thiserror::Error)]
pub enum CopyError {
    #[error("the target already holds data ({0}): copy into an empty database")]
    NotEmpty(String),
    #[error(
        "the source and the target are the same kind of database: copy goes from SQLite to PostgreSQL or back"
    )]
    SameKind,
    #[error(transparent)]
    Store(#[from] StoreError),
}

/// Copies every table of `from` into `to`, empty; `progress` is told each
/// table's name and how many of its rows are copied so far. Returns the
/// rows copied.
pub async fn copy(
    from: &Store,
    to: &Store,
    progress: impl Fn(&str, u64),
) -> Result<u64, CopyError> {
    if from.backend == to.backend {
        return Err(CopyError::SameKind);
    }
    for (table, _) in TABLES {
        let count: i64 = sqlx::query(&format!("SELECT COUNT(*) FROM {table}"))
            .fetch_one(to.pool())
            .await
            .map_err(StoreError::from)?
            .try_get(0)
            .map_err(StoreError::from)?;
        if count > 0 {
            return Err(CopyError::NotEmpty((*table).to_owned()));
        }
    }
    // One snapshot of the source: a read transaction (SQLite's WAL and
    // PostgreSQL's repeatable read both see the database as it was at its
    // first read).
    let mut source = from.pool().begin().await.map_err(StoreError::from)?;
    if from.backend == Backend::Postgres {
        sqlx::query("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ, READ ONLY")
            .execute(&mut *source)
            .await
            .map_err(StoreError::from)?;
    }
    let mut target = to.writer().begin().await.map_err(StoreError::from)?;
    let mut total = 0;
    for (table, key) in TABLES {
        // A thousand rows at a time, all of the same snapshot.
        let mut copied = 0_u64;
        loop {
            let rows = sqlx::query(&format!(
                "SELECT * FROM {table} ORDER BY {key} LIMIT {BATCH} OFFSET {copied}"
            ))
            .fetch_all(&mut *source)
            .await
            .map_err(StoreError::from)?;
            for row in &rows {
                insert(&mut target, table, row).await?;
            }
            copied += rows.len() as u64;
            progress(table, copied);
            if rows.len() < BATCH {
                break;
            }
        }
        if to.backend == Backend::Postgres && *key == "id" && copied > 0 {
            // The next id after the copied ones.
            sqlx::query(&format!(
                "SELECT setval(pg_get_serial_sequence('{table}', 'id'), (SELECT MAX(id) FROM {table}))"
            ))
            .execute(&mut *target)
            .await
            .map_err(StoreError::from)?;
        }
        total += copied;
    }
    target.commit().await.map_err(StoreError::from)?;
    source.commit().await.map_err(StoreError::from)?;
    Ok(total)
}

/// Rows read at once.
const BATCH: usize = 1000;

/// Writes `row` into `table` of the target.
async fn insert(
    target: &mut sqlx::Transaction<'_, Any>,
    table: &str,
    row: &sqlx::any::AnyRow,
) -> Result<(), StoreError> {
    // A NULL is written as such (a typed empty value would not fit every
    // column on PostgreSQL), every other value bound.
    let mut names = Vec::new();
    let mut places = Vec::new();
    let mut arguments = sqlx::any::AnyArguments::default();
    let mut bound = 0;
    for (name, cell) in cells(row)? {
        names.push(name);
        if cell == Cell::Null {
            places.push("NULL".to_owned());
        } else {
            bind(&mut arguments, cell)?;
            bound += 1;
            places.push(format!("${bound}"));
        }
    }
    let sql = format!(
        "INSERT INTO {table} ({}) VALUES ({})",
        names.join(", "),
        places.join(", ")
    );
    sqlx::query_with::<Any, _>(&sql, arguments)
        .execute(&mut **target)
        .await?;
    Ok(())
}

fn bind(arguments: &mut sqlx::any::AnyArguments<'_>, cell: Cell) -> Result<(), StoreError> {
    let added = match cell {
        Cell::Null => Ok(()),
        Cell::Integer(n) => arguments.add(n),
        Cell::Real(x) => arguments.add(x),
        Cell::Blob(bytes) => arguments.add(bytes),
        Cell::Text(text) => arguments.add(text),
    };
    added.map_err(|e| StoreError::Corrupt(e.to_string()))
}
