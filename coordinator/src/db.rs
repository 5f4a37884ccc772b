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
/// [`QuickReads`] keeps as many again on PostgreSQL.
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
                check_if_idle(conn, meta.idle_for).await?;
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

/// Pings a connection idle longer than [`IDLE_CHECK`] (PostgreSQL or the network may have
/// dropped it meanwhile); a busy one has just answered and is not checked.
async fn check_if_idle(
    connection: &mut AnyConnection,
    idle_for: std::time::Duration,
) -> Result<(), sqlx::Error> {
    if idle_for > IDLE_CHECK {
        sqlx::Connection::ping(connection).await?;
    }
    Ok(())
}

/// The commonest request's one read, the no-op sync, runs on connections of its own on
/// PostgreSQL: sqlx pings every connection that goes back to its pool (a `Sync` round trip to
/// the database and a task on the server for each request, with no option to turn it off),
/// and these never go back to one. A connection is lent to one request at a time, the first
/// free one to the first waiting request, and taken back only after a whole query: one whose
/// request was dropped halfway, or that failed, is closed and opened anew when next needed.
/// On SQLite the pool serves (there the check is no round trip, and each connection to an
/// in-memory database would open a database of its own).
pub struct QuickReads {
    pool: AnyPool,
    lent: Option<LentConnections>,
}

struct LentConnections {
    options: std::sync::Arc<sqlx::any::AnyConnectOptions>,
    /// Free connections and when each came back; at most `permits` exist at once.
    free: std::sync::Mutex<Vec<(AnyConnection, std::time::Instant)>>,
    permits: tokio::sync::Semaphore,
    /// How long a request waits for a free connection before it fails, as with the pool.
    wait: std::time::Duration,
}

/// A connection lent to one request; dropped without [`Lent::give_back`], it is closed.
struct Lent<'a> {
    connection: AnyConnection,
    home: &'a LentConnections,
    _permit: tokio::sync::SemaphorePermit<'a>,
}

impl QuickReads {
    /// As many connections as the pool may have, opened when first needed.
    pub fn new(pool: &AnyPool) -> QuickReads {
        let lent = is_postgres(pool).then(|| LentConnections {
            options: pool.connect_options(),
            free: std::sync::Mutex::new(Vec::new()),
            permits: tokio::sync::Semaphore::new(pool.options().get_max_connections() as usize),
            wait: pool.options().get_acquire_timeout(),
        });
        QuickReads {
            pool: pool.clone(),
            lent,
        }
    }

    /// The rows of one query.
    pub async fn fetch_all(
        &self,
        query: sqlx::query::Query<'_, sqlx::Any, sqlx::any::AnyArguments>,
    ) -> Result<Vec<sqlx::any::AnyRow>, sqlx::Error> {
        let Some(lent) = &self.lent else {
            return query.fetch_all(&self.pool).await;
        };
        let mut lent = lent.lend().await?;
        let rows = query.fetch_all(&mut lent.connection).await?;
        lent.give_back();
        Ok(rows)
    }

    /// Connections open and free now (none on SQLite).
    #[cfg(test)]
    pub(crate) fn free(&self) -> usize {
        self.lent.as_ref().map_or(0, |lent| lent.lock().len())
    }
}

impl LentConnections {
    fn lock(&self) -> std::sync::MutexGuard<'_, Vec<(AnyConnection, std::time::Instant)>> {
        // The list is whole between two statements: a panic elsewhere cannot spoil it.
        self.free.lock().unwrap_or_else(|e| e.into_inner())
    }

    async fn lend(&self) -> Result<Lent<'_>, sqlx::Error> {
        // A free connection is taken at once; only a request that must wait sets a timer.
        let permit = match self.permits.try_acquire() {
            Ok(permit) => permit,
            Err(_) => tokio::time::timeout(self.wait, self.permits.acquire())
                .await
                .map_err(|_| sqlx::Error::PoolTimedOut)?
                .map_err(|_| sqlx::Error::PoolClosed)?,
        };
        let free = self.lock().pop();
        // Checked like the pool's; a broken one is replaced.
        let connection = match free {
            Some((mut connection, since)) => {
                match check_if_idle(&mut connection, since.elapsed()).await {
                    Ok(()) => connection,
                    Err(_) => self.open().await?,
                }
            }
            None => self.open().await?,
        };
        Ok(Lent {
            connection,
            home: self,
            _permit: permit,
        })
    }

    async fn open(&self) -> Result<AnyConnection, sqlx::Error> {
        use sqlx::ConnectOptions;
        self.options.connect().await
    }
}

impl Lent<'_> {
    /// Back to the free list, for the next request: only after a whole query.
    fn give_back(self) {
        self.home
            .lock()
            .push((self.connection, std::time::Instant::now()));
    }
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
    use sqlx::Row;

    #[test]
    fn multi_row_statements_number_their_parameters_in_turn() {
        assert_eq!(parameter_list(3), "$1, $2, $3");
        assert_eq!(
            value_rows(2, "('service', ?, ?, NULL)"),
            "('service', $1, $2, NULL), ('service', $3, $4, NULL)"
        );
    }

    /// The no-op sync's connections on PostgreSQL: the first free one serves, and more
    /// requests than connections wait for one rather than fail; a connection comes back only
    /// after a whole query, and one that failed or whose request was dropped is closed and
    /// replaced. On SQLite the pool serves.
    #[tokio::test]
    async fn quick_reads_lend_each_connection_to_one_request_and_take_back_only_whole_ones() {
        for db in crate::testdb::databases().await {
            let postgres = is_postgres(&db.pool);
            let reads = QuickReads::new(&db.pool);
            let count = db.pool.options().get_max_connections() as usize;
            let backend = || sqlx::query("SELECT pg_backend_pid() AS pid, 1 AS one");
            let one = || sqlx::query("SELECT 1 AS one");
            let answer = reads.fetch_all(one()).await.unwrap();
            assert_eq!(answer[0].try_get::<i32, _>("one").unwrap(), 1);
            if !postgres {
                assert_eq!(reads.free(), 0, "SQLite reads through the pool");
                db.drop_database().await;
                continue;
            }
            assert_eq!(reads.free(), 1, "the connection came back after its query");
            // Twice as many requests as connections at once, each holding its connection a
            // while: all answered, by at most `count` backends.
            let slow = || sqlx::query("SELECT pg_backend_pid() AS pid FROM pg_sleep(0.05)");
            let answers =
                futures_util::future::join_all((0..2 * count).map(|_| reads.fetch_all(slow())))
                    .await;
            let mut backends = std::collections::BTreeSet::new();
            for answer in answers {
                backends.insert(answer.unwrap()[0].try_get::<i32, _>("pid").unwrap());
            }
            assert!(backends.len() <= count, "{backends:?} for {count}");
            assert_eq!(reads.free(), backends.len());
            // While every connection is busy, a request waits at most the pool's wait, then
            // fails as the pool would; the busy ones are not disturbed.
            let mut impatient = QuickReads::new(&db.pool);
            impatient.lent.as_mut().unwrap().wait = std::time::Duration::from_millis(100);
            let busy = || sqlx::query("SELECT 1 AS one FROM pg_sleep(1)");
            let (held, late) = tokio::join!(
                futures_util::future::join_all((0..count).map(|_| impatient.fetch_all(busy()))),
                async {
                    tokio::time::sleep(std::time::Duration::from_millis(50)).await;
                    impatient.fetch_all(one()).await
                }
            );
            assert!(
                matches!(late, Err(sqlx::Error::PoolTimedOut)),
                "{:?}",
                late.map(|rows| rows.len())
            );
            assert!(held.into_iter().all(|answer| answer.is_ok()));
            drop(impatient);
            // A failed query: its connection is closed, not handed to the next request.
            let free = reads.free();
            assert!(reads
                .fetch_all(sqlx::query("SELECT no_such_column"))
                .await
                .is_err());
            assert_eq!(reads.free(), free - 1);
            // A request dropped while its query runs: the same.
            let dropped = tokio::time::timeout(
                std::time::Duration::from_millis(20),
                reads.fetch_all(sqlx::query("SELECT pg_sleep(5)")),
            )
            .await;
            assert!(dropped.is_err(), "cut off halfway");
            assert_eq!(reads.free(), free - 2);
            // Those two are replaced when needed, and every answer is whole.
            let answers =
                futures_util::future::join_all((0..2 * count).map(|_| reads.fetch_all(backend())))
                    .await;
            for answer in answers {
                assert_eq!(answer.unwrap()[0].try_get::<i32, _>("one").unwrap(), 1);
            }
            assert!(reads.free() <= count);
            drop(reads);
            db.drop_database().await;
        }
    }
}
