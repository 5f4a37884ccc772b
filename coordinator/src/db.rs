//! The coordinator's database through sqlx: SQLite by default (one file, nothing to set up),
//! PostgreSQL in production, where several coordinators can share one database. Queries are
//! written once, in the syntax both accept; migrations are per backend.

use sqlx::any::AnyPoolOptions;
use sqlx::{AnyConnection, AnyPool};

const SQLITE: &[&str] = &[
    include_str!("../migrations/sqlite/0001_content.sql"),
    include_str!("../migrations/sqlite/0002_people.sql"),
    include_str!("../migrations/sqlite/0003_maps.sql"),
    include_str!("../migrations/sqlite/0004_guides.sql"),
    include_str!("../migrations/sqlite/0005_guide_published.sql"),
    include_str!("../migrations/sqlite/0006_tutor_question.sql"),
    include_str!("../migrations/sqlite/0007_glossary.sql"),
    include_str!("../migrations/sqlite/0008_pair_failure.sql"),
    include_str!("../migrations/sqlite/0009_import_source.sql"),
];
const POSTGRES: &[&str] = &[
    include_str!("../migrations/postgres/0001_content.sql"),
    include_str!("../migrations/postgres/0002_people.sql"),
    include_str!("../migrations/postgres/0003_maps.sql"),
    include_str!("../migrations/postgres/0004_guides.sql"),
    include_str!("../migrations/postgres/0005_guide_published.sql"),
    include_str!("../migrations/postgres/0006_tutor_question.sql"),
    include_str!("../migrations/postgres/0007_glossary.sql"),
    include_str!("../migrations/postgres/0008_pair_failure.sql"),
    include_str!("../migrations/postgres/0009_import_source.sql"),
];

/// A connection idle longer than this is checked before it is used again.
const IDLE_CHECK: std::time::Duration = std::time::Duration::from_secs(30);

/// How many connections the pool keeps: `PONTE_DATABASE_CONNECTIONS`, or 4 for SQLite (one
/// writer at a time anyway) and twice the cores (at least 4) for PostgreSQL. More backends
/// than that compete for the cores instead of overlapping their waits: on 2 cores, 4
/// connections gave 8,300–9,000 no-op syncs/s at p99 11–12 ms where 16 gave 7,300–7,800/s at
/// p99 16–17 ms (`cargo bench -p ponte-coordinator --bench load`, README).
fn connections(url: &str) -> u32 {
    let postgres = || {
        std::thread::available_parallelism()
            .map(|cores| cores.get() * 2)
            .unwrap_or(4)
            .clamp(4, 64) as u32
    };
    std::env::var("PONTE_DATABASE_CONNECTIONS")
        .ok()
        .and_then(|n| n.parse().ok())
        .filter(|n| *n > 0)
        .unwrap_or_else(|| {
            if url.starts_with("sqlite") {
                4
            } else {
                postgres()
            }
        })
}

pub async fn connect(url: &str) -> Result<AnyPool, sqlx::Error> {
    // When the workspace builds together, SQLite is built with SQLCipher for the phone library
    // (features unify), and SQLCipher then needs its crypto provider linked in.
    ponte_cipher::ensure_linked();
    sqlx::any::install_default_drivers();
    let pool = AnyPoolOptions::new()
        .max_connections(connections(url))
        // sqlx pings every connection it hands out by default: a round trip to PostgreSQL
        // before each query. Only a connection idle for a while is checked (one PostgreSQL or
        // the network may have dropped meanwhile); a busy one has just answered.
        .test_before_acquire(false)
        .before_acquire(|conn, meta| {
            Box::pin(async move {
                if meta.idle_for > IDLE_CHECK {
                    sqlx::Connection::ping(conn).await?;
                }
                Ok(true)
            })
        })
        .connect(url)
        .await?;
    if url.starts_with("sqlite") {
        // WAL lets the dashboard read while the API writes.
        sqlx::raw_sql("PRAGMA journal_mode = WAL; PRAGMA foreign_keys = ON;")
            .execute(&pool)
            .await?;
    }
    Ok(pool)
}

/// A transaction that will write. On SQLite it takes the write lock at once (`BEGIN
/// IMMEDIATE`), so concurrent writers wait for each other (up to the busy timeout) instead of
/// failing when a read transaction tries to become a write one.
pub async fn begin_write(
    pool: &AnyPool,
) -> Result<sqlx::Transaction<'static, sqlx::Any>, sqlx::Error> {
    if is_postgres(pool) {
        pool.begin().await
    } else {
        pool.begin_with("BEGIN IMMEDIATE").await
    }
}

/// Applies the migrations this database has not seen yet, each in a transaction.
pub async fn migrate(pool: &AnyPool, url: &str) -> Result<u32, sqlx::Error> {
    let steps = if url.starts_with("postgres") {
        POSTGRES
    } else {
        SQLITE
    };
    sqlx::raw_sql("CREATE TABLE IF NOT EXISTS schema_version (version BIGINT NOT NULL)")
        .execute(pool)
        .await?;
    let current: Option<i64> = sqlx::query_scalar("SELECT max(version) FROM schema_version")
        .fetch_one(pool)
        .await?;
    let current = current.unwrap_or(0) as usize;
    for (index, sql) in steps.iter().enumerate().skip(current) {
        let mut tx = pool.begin().await?;
        sqlx::raw_sql(*sql).execute(&mut *tx).await?;
        sqlx::query("INSERT INTO schema_version (version) VALUES ($1)")
            .bind(index as i64 + 1)
            .execute(&mut *tx)
            .await?;
        tx.commit().await?;
    }
    Ok(steps.len() as u32)
}

/// `$1, $2, …`: `count` numbered parameters, for an `IN (…)` list.
pub(crate) fn parameter_list(count: usize) -> String {
    (1..=count)
        .map(|n| format!("${n}"))
        .collect::<Vec<_>>()
        .join(", ")
}

/// `count` rows of a multi-row `VALUES`, each `row` with its `?`s numbered in turn from `$1`:
/// `('service', ?, ?)` twice gives `('service', $1, $2), ('service', $3, $4)`.
pub(crate) fn value_rows(count: usize, row: &str) -> String {
    let mut next = 1;
    let mut rows = Vec::with_capacity(count);
    for _ in 0..count {
        let mut numbered = String::with_capacity(row.len() + 16);
        for c in row.chars() {
            if c == '?' {
                numbered.push_str(&format!("${next}"));
                next += 1;
            } else {
                numbered.push(c);
            }
        }
        rows.push(numbered);
    }
    rows.join(", ")
}

/// Milliseconds since the epoch: the clock every row is stamped with.
pub fn now_ms() -> i64 {
    std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map(|d| d.as_millis() as i64)
        .unwrap_or(0)
}

pub fn is_postgres(pool: &AnyPool) -> bool {
    pool.connect_options()
        .database_url
        .scheme()
        .starts_with("postgres")
}

/// On PostgreSQL, numbers from a sequence can commit out of order between instances, and a
/// phone's cursor would skip the late one. Writers that take a cursor number hold this lock for
/// their transaction, so numbers commit in order. (SQLite has one writer anyway.)
pub async fn lock_cursor(conn: &mut AnyConnection, postgres: bool) -> Result<(), sqlx::Error> {
    if postgres {
        sqlx::query("SELECT pg_advisory_xact_lock(7201)")
            .execute(conn)
            .await?;
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn multi_row_statements_number_their_parameters_in_turn() {
        assert_eq!(parameter_list(3), "$1, $2, $3");
        assert_eq!(
            value_rows(2, "('service', ?, ?, NULL)"),
            "('service', $1, $2, NULL), ('service', $3, $4, NULL)"
        );
    }
}
