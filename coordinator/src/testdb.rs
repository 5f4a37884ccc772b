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

pub async fn fresh_sqlite() -> TestDb {
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

pub use crate::test_skip::cannot_run;
use crate::test_skip::cannot_run_with;

#[test]
fn a_test_that_cannot_run_fails_under_ci_and_is_counted_apart_elsewhere() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("skipped.txt");
    cannot_run_with("no PostgreSQL", false, Some(file.clone()));
    cannot_run_with("no Chromium", false, Some(file.clone()));
    assert_eq!(
        std::fs::read_to_string(&file).unwrap(),
        "no PostgreSQL\nno Chromium\n"
    );
    let under_ci = std::panic::catch_unwind(|| cannot_run_with("no PostgreSQL", true, None));
    assert!(under_ci.is_err(), "under CI it fails");
}

/// One connection to the server's `postgres` database, to create and drop test databases.
async fn admin() -> Result<AnyPool, sqlx::Error> {
    sqlx::any::install_default_drivers();
    sqlx::any::AnyPoolOptions::new()
        .max_connections(1)
        .acquire_timeout(std::time::Duration::from_secs(2))
        .connect(POSTGRES_ADMIN)
        .await
}

/// Drops a test database, closing whatever is still connected to it.
async fn drop_test_database(admin: &AnyPool, name: &str) {
    let _ = sqlx::raw_sql(sqlx::AssertSqlSafe(format!(
        "DROP DATABASE IF EXISTS {name} WITH (FORCE)"
    )))
    .execute(admin)
    .await;
}

async fn fresh_postgres() -> Option<TestDb> {
    let admin = match admin().await {
        Ok(pool) => pool,
        Err(e) => {
            cannot_run(&format!(
                "PostgreSQL not reachable on 127.0.0.1:5432 ({e}): the PostgreSQL half of a test"
            ));
            return None;
        }
    };
    // The first test of a process clears what test processes that ended left behind.
    static SWEPT: std::sync::atomic::AtomicBool = std::sync::atomic::AtomicBool::new(false);
    if !SWEPT.swap(true, std::sync::atomic::Ordering::SeqCst) {
        sweep_dead_test_databases(&admin).await;
    }
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

/// Drops the test databases (`ponte_test_<pid>_<n>`) of processes that no longer run: a test
/// that panics or is killed never reaches [`TestDb::drop_database`], and without this every
/// run on a machine would leave its failures' databases behind. A live process's are kept.
async fn sweep_dead_test_databases(admin: &AnyPool) {
    // Whether a process runs is read from /proc: without it (macOS) every process would look
    // ended, and a test running beside this one would lose its database. Nothing is swept.
    if !std::path::Path::new("/proc/self").exists() {
        return;
    }
    let names: Vec<String> = sqlx::query_scalar(
        "SELECT datname::text FROM pg_database WHERE datname LIKE 'ponte\\_test\\_%'",
    )
    .fetch_all(admin)
    .await
    .unwrap_or_default();
    for name in names {
        let pid = name
            .strip_prefix("ponte_test_")
            .and_then(|rest| rest.split('_').next())
            .and_then(|pid| pid.parse::<u32>().ok());
        let Some(pid) = pid else { continue };
        let valid = name.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'_');
        if valid && !std::path::Path::new(&format!("/proc/{pid}")).exists() {
            drop_test_database(admin, &name).await;
        }
    }
}

#[tokio::test]
async fn the_databases_of_ended_test_processes_are_dropped_and_a_running_ones_kept() {
    let Ok(admin) = admin().await else {
        return cannot_run("PostgreSQL not reachable on 127.0.0.1:5432");
    };
    // No process can have a pid above pid_max.
    let pid_max: u32 = std::fs::read_to_string("/proc/sys/kernel/pid_max")
        .unwrap()
        .trim()
        .parse()
        .unwrap();
    let ended = format!("ponte_test_{}_0", pid_max + 1);
    let running = format!("ponte_test_{}_swept", std::process::id());
    for name in [&ended, &running] {
        for sql in [
            format!("DROP DATABASE IF EXISTS {name}"),
            format!("CREATE DATABASE {name}"),
        ] {
            sqlx::raw_sql(sqlx::AssertSqlSafe(sql))
                .execute(&admin)
                .await
                .unwrap();
        }
    }
    sweep_dead_test_databases(&admin).await;
    let left: Vec<String> = sqlx::query_scalar(
        "SELECT datname::text FROM pg_database WHERE datname = $1 OR datname = $2",
    )
    .bind(&ended)
    .bind(&running)
    .fetch_all(&admin)
    .await
    .unwrap();
    assert_eq!(left, std::slice::from_ref(&running));
    drop_test_database(&admin, &running).await;
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
            if let Ok(admin) = admin().await {
                drop_test_database(&admin, &name).await;
            }
        }
    }
}

/// A request through the whole router, as a browser or phone would send it.
pub struct Client {
    pub app: axum::Router,
    pub cookie: Option<String>,
    pub csrf: Option<String>,
}

pub struct Answer {
    pub status: axum::http::StatusCode,
    pub headers: axum::http::HeaderMap,
    pub body: String,
}

impl Client {
    pub fn new(pool: &AnyPool, demo: bool) -> Client {
        Client {
            app: crate::app::router(std::sync::Arc::new(crate::state::AppState::new(
                pool.clone(),
                demo,
            ))),
            cookie: None,
            csrf: None,
        }
    }

    /// A client of a coordinator whose state is `state` (a geocoder configured, ...).
    pub fn with_state(state: crate::state::AppState) -> Client {
        Client {
            app: crate::app::router(std::sync::Arc::new(state)),
            cookie: None,
            csrf: None,
        }
    }

    pub async fn send(&self, request: axum::http::Request<axum::body::Body>) -> Answer {
        use http_body_util::BodyExt;
        use tower::ServiceExt;
        let response = self.app.clone().oneshot(request).await.unwrap();
        let status = response.status();
        let headers = response.headers().clone();
        let bytes = response.into_body().collect().await.unwrap().to_bytes();
        Answer {
            status,
            headers,
            body: String::from_utf8_lossy(&bytes).into_owned(),
        }
    }

    pub async fn get(&self, uri: &str) -> Answer {
        let mut request = axum::http::Request::get(uri);
        if let Some(cookie) = &self.cookie {
            request = request.header("cookie", cookie);
        }
        self.send(request.body(axum::body::Body::empty()).unwrap())
            .await
    }

    /// A form post, with the session's CSRF token added unless `fields` has one.
    pub async fn post_form(&self, uri: &str, fields: &[(&str, &str)]) -> Answer {
        self.post_form_in(None, uri, fields).await
    }

    /// [`Client::post_form`] from a browser asking for `language` (`Accept-Language`).
    pub async fn post_form_in(
        &self,
        language: Option<&str>,
        uri: &str,
        fields: &[(&str, &str)],
    ) -> Answer {
        let mut pairs: Vec<(String, String)> = fields
            .iter()
            .map(|(k, v)| ((*k).to_owned(), (*v).to_owned()))
            .collect();
        if let Some(csrf) = &self.csrf {
            if !fields.iter().any(|(k, _)| *k == "csrf") {
                pairs.push(("csrf".into(), csrf.clone()));
            }
        }
        let body: String = pairs
            .iter()
            .map(|(k, v)| format!("{}={}", urlencode(k), urlencode(v)))
            .collect::<Vec<_>>()
            .join("&");
        let mut request = axum::http::Request::post(uri)
            .header("content-type", "application/x-www-form-urlencoded");
        if let Some(cookie) = &self.cookie {
            request = request.header("cookie", cookie);
        }
        if let Some(language) = language {
            request = request.header("accept-language", language);
        }
        self.send(request.body(axum::body::Body::from(body)).unwrap())
            .await
    }

    /// A multipart form (file uploads), with the session's CSRF token added.
    pub async fn post_multipart(
        &self,
        uri: &str,
        fields: &[(&str, &str)],
        files: &[(&str, &str, &[u8])],
    ) -> Answer {
        let boundary = "ponte-test-boundary-7d1f";
        let mut body: Vec<u8> = Vec::new();
        let mut all: Vec<(String, String)> = fields
            .iter()
            .map(|(k, v)| ((*k).to_owned(), (*v).to_owned()))
            .collect();
        if let Some(csrf) = &self.csrf {
            all.push(("csrf".into(), csrf.clone()));
        }
        for (name, value) in &all {
            body.extend_from_slice(
                format!("--{boundary}\r\ncontent-disposition: form-data; name=\"{name}\"\r\n\r\n{value}\r\n")
                    .as_bytes(),
            );
        }
        for (name, filename, bytes) in files {
            body.extend_from_slice(
                format!("--{boundary}\r\ncontent-disposition: form-data; name=\"{name}\"; filename=\"{filename}\"\r\ncontent-type: application/octet-stream\r\n\r\n")
                    .as_bytes(),
            );
            body.extend_from_slice(bytes);
            body.extend_from_slice(b"\r\n");
        }
        body.extend_from_slice(format!("--{boundary}--\r\n").as_bytes());
        let mut request = axum::http::Request::post(uri).header(
            "content-type",
            format!("multipart/form-data; boundary={boundary}"),
        );
        if let Some(cookie) = &self.cookie {
            request = request.header("cookie", cookie);
        }
        self.send(request.body(axum::body::Body::from(body)).unwrap())
            .await
    }

    /// Signs in through the login form; later requests carry the session and its CSRF token.
    pub async fn sign_in(&mut self, username: &str, password: &str) -> Answer {
        let form = self.get("/login").await;
        let nonce = hidden(&form.body, "login").expect("the login form has its nonce");
        self.cookie = Some(format!("{}={nonce}", crate::dashboard::LOGIN_COOKIE));
        let answer = self
            .post_form(
                "/login",
                &[
                    ("login", &nonce),
                    ("username", username),
                    ("password", password),
                ],
            )
            .await;
        if let Some(session) = answer
            .headers
            .get_all("set-cookie")
            .iter()
            .filter_map(|v| v.to_str().ok())
            .find(|v| v.starts_with(crate::dashboard::SESSION_COOKIE))
        {
            self.cookie = Some(session.split(';').next().unwrap().to_owned());
            let home = self.get("/").await;
            self.csrf = hidden(&home.body, "csrf");
        }
        answer
    }
}

/// The value of a hidden input in a page.
pub fn hidden(html: &str, name: &str) -> Option<String> {
    let marker = format!("name=\"{name}\" value=\"");
    let start = html.find(&marker)? + marker.len();
    let end = html[start..].find('"')? + start;
    Some(html[start..end].replace("&amp;", "&"))
}

pub fn urlencode(text: &str) -> String {
    text.bytes()
        .map(|b| match b {
            b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'-' | b'_' | b'.' | b'~' => {
                (b as char).to_string()
            }
            b' ' => "+".into(),
            _ => format!("%{b:02X}"),
        })
        .collect()
}

/// An organisation with one account of each role; passwords are the user names twice.
pub async fn people(pool: &AnyPool) {
    crate::people::add_organisation(pool, "org-a", "Org A", "bologna")
        .await
        .unwrap();
    crate::people::add_organisation(pool, "org-b", "Org B", "roma")
        .await
        .unwrap();
    for (org, name, role) in [
        ("org-a", "admin", crate::auth::Role::Admin),
        ("org-a", "operator", crate::auth::Role::Operator),
        ("org-a", "tutor", crate::auth::Role::Tutor),
        ("org-a", "tutor2", crate::auth::Role::Tutor),
        ("org-b", "admin-b", crate::auth::Role::Admin),
    ] {
        crate::auth::add_account(pool, None, org, name, role, &format!("{name}{name}{name}"))
            .await
            .unwrap();
    }
}

pub fn password(name: &str) -> String {
    format!("{name}{name}{name}")
}
