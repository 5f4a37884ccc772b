//! Databases for tests: a fresh SQLite file always, and a fresh PostgreSQL database when a
//! server answers on 127.0.0.1:5432 (dropped afterwards). The same tests run on both.

use sqlx::AnyPool;

pub struct TestDb {
    pub url: String,
    pub pool: AnyPool,
    _dir: Option<tempfile::TempDir>,
    postgres_name: Option<String>,
}

const POSTGRES_ADMIN: &str = "postgres://postgres@127.0.0.1:5432/postgres";

async fn fresh_sqlite() -> TestDb {
    let dir = tempfile::tempdir().unwrap();
    let url = format!(
        "sqlite://{}?mode=rwc",
        dir.path().join("coordinator.sqlite").display()
    );
    let pool = crate::db::connect(&url).await.unwrap();
    crate::db::migrate(&pool, &url).await.unwrap();
    TestDb {
        url,
        pool,
        _dir: Some(dir),
        postgres_name: None,
    }
}

async fn fresh_postgres() -> Option<TestDb> {
    sqlx::any::install_default_drivers();
    let admin = match sqlx::any::AnyPoolOptions::new()
        .max_connections(1)
        .acquire_timeout(std::time::Duration::from_secs(2))
        .connect(POSTGRES_ADMIN)
        .await
    {
        Ok(pool) => pool,
        Err(e) => {
            eprintln!("PostgreSQL not reachable on 127.0.0.1:5432 ({e}): the PostgreSQL half of this test is skipped");
            return None;
        }
    };
    static COUNTER: std::sync::atomic::AtomicU32 = std::sync::atomic::AtomicU32::new(0);
    let name = format!(
        "ponte_test_{}_{}",
        std::process::id(),
        COUNTER.fetch_add(1, std::sync::atomic::Ordering::SeqCst)
    );
    sqlx::raw_sql(sqlx::AssertSqlSafe(format!(
        "DROP DATABASE IF EXISTS {name}"
    )))
    .execute(&admin)
    .await
    .unwrap();
    sqlx::raw_sql(sqlx::AssertSqlSafe(format!("CREATE DATABASE {name}")))
        .execute(&admin)
        .await
        .unwrap();
    let url = format!("postgres://postgres@127.0.0.1:5432/{name}");
    let pool = crate::db::connect(&url).await.unwrap();
    crate::db::migrate(&pool, &url).await.unwrap();
    Some(TestDb {
        url,
        pool,
        _dir: None,
        postgres_name: Some(name),
    })
}

/// SQLite, and PostgreSQL where it runs.
pub async fn databases() -> Vec<TestDb> {
    let mut all = vec![fresh_sqlite().await];
    all.extend(fresh_postgres().await);
    all
}

impl TestDb {
    pub async fn drop_database(self) {
        self.pool.close().await;
        if let Some(name) = self.postgres_name {
            if let Ok(admin) = sqlx::any::AnyPoolOptions::new()
                .max_connections(1)
                .connect(POSTGRES_ADMIN)
                .await
            {
                let _ = sqlx::raw_sql(sqlx::AssertSqlSafe(format!(
                    "DROP DATABASE IF EXISTS {name} WITH (FORCE)"
                )))
                .execute(&admin)
                .await;
            }
        }
    }
}
