//! Accounts and sign-in: argon2id password hashes, sessions whose tokens are stored only as
//! hashes, a CSRF token per session, and a limit on failed logins per user name.

use argon2::password_hash::{PasswordHash, PasswordHasher, PasswordVerifier, SaltString};
use argon2::Argon2;
use base64::Engine;
use sha2::{Digest, Sha256};
use sqlx::{AnyPool, Row};

use crate::audit::audit;
use crate::db::now_ms;
use crate::error::{Invalid, PeopleError};

/// How long a dashboard session lasts without signing in again.
pub const SESSION_MS: i64 = 8 * 3600 * 1000;
/// Failed logins allowed per user name in `FAILURE_WINDOW_MS` before logins are refused.
pub const MAX_FAILURES: i64 = 5;
pub const FAILURE_WINDOW_MS: i64 = 15 * 60 * 1000;
pub const MIN_PASSWORD: usize = 10;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Role {
    /// Everything, including accounts and the audit log.
    Admin,
    /// The content: services, reports, lessons.
    Operator,
    /// The beneficiaries paired with them.
    Tutor,
}

impl Role {
    pub const ALL: [Role; 3] = [Role::Admin, Role::Operator, Role::Tutor];

    pub fn as_str(self) -> &'static str {
        match self {
            Role::Admin => "admin",
            Role::Operator => "operator",
            Role::Tutor => "tutor",
        }
    }

    pub fn parse(text: &str) -> Option<Role> {
        Role::ALL.into_iter().find(|r| r.as_str() == text)
    }

    pub fn edits_content(self) -> bool {
        matches!(self, Role::Admin | Role::Operator)
    }

    pub fn follows_beneficiaries(self) -> bool {
        matches!(self, Role::Admin | Role::Tutor)
    }

    pub fn manages_accounts(self) -> bool {
        self == Role::Admin
    }

    pub fn sees_outcomes(self) -> bool {
        matches!(self, Role::Admin | Role::Operator)
    }
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Account {
    pub id: String,
    pub organisation_id: String,
    pub username: String,
    pub role: Role,
}

/// A random token, URL-safe, from the operating system's generator.
pub fn random_token(bytes: usize) -> String {
    let mut buffer = vec![0u8; bytes];
    getrandom::getrandom(&mut buffer).expect("the operating system's random generator works");
    base64::engine::general_purpose::URL_SAFE_NO_PAD.encode(buffer)
}

/// What the database keeps of a token: its SHA-256, in hex.
pub fn hash_token(token: &str) -> String {
    Sha256::digest(token.as_bytes())
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect()
}

pub fn hash_password(password: &str) -> String {
    let mut salt = [0u8; 16];
    getrandom::getrandom(&mut salt).expect("the operating system's random generator works");
    let salt = SaltString::encode_b64(&salt).expect("16 bytes make a salt");
    Argon2::default()
        .hash_password(password.as_bytes(), &salt)
        .expect("argon2 hashes any password")
        .to_string()
}

/// [`hash_password`] on a blocking thread: Argon2 spends tens of milliseconds of CPU on purpose,
/// and on the async runtime's threads it would stall every other request meanwhile.
async fn hash_off_runtime(password: &str) -> String {
    let password = password.to_owned();
    tokio::task::spawn_blocking(move || hash_password(&password))
        .await
        .expect("hashing a password does not panic")
}

/// [`verify_password`] on a blocking thread, as [`hash_off_runtime`].
async fn verify_off_runtime(stored: &str, password: &str) -> bool {
    let (stored, password) = (stored.to_owned(), password.to_owned());
    tokio::task::spawn_blocking(move || verify_password(&stored, &password))
        .await
        .expect("verifying a password does not panic")
}

pub fn verify_password(stored: &str, password: &str) -> bool {
    PasswordHash::new(stored)
        .map(|hash| {
            Argon2::default()
                .verify_password(password.as_bytes(), &hash)
                .is_ok()
        })
        .unwrap_or(false)
}

fn check_username(username: &str) -> Result<(), PeopleError> {
    if username.len() < 2
        || username.len() > 64
        || !username
            .bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b"-_.@".contains(&b))
    {
        return Err(PeopleError::Invalid(Invalid::UserName));
    }
    Ok(())
}

fn check_password(password: &str) -> Result<(), PeopleError> {
    if password.chars().count() < MIN_PASSWORD {
        return Err(PeopleError::Invalid(Invalid::PasswordTooShort(
            MIN_PASSWORD,
        )));
    }
    Ok(())
}

fn account_from(row: &sqlx::any::AnyRow) -> Result<Account, sqlx::Error> {
    let role: String = row.try_get("role")?;
    Ok(Account {
        id: row.try_get("id")?,
        organisation_id: row.try_get("organisation_id")?,
        username: row.try_get("username")?,
        role: Role::parse(&role).unwrap_or(Role::Tutor),
    })
}

pub async fn add_account(
    pool: &AnyPool,
    by: Option<&Account>,
    organisation_id: &str,
    username: &str,
    role: Role,
    password: &str,
) -> Result<Account, PeopleError> {
    check_username(username)?;
    check_password(password)?;
    // Hashed before the transaction opens: the database is not held while Argon2 works.
    let password_hash = hash_off_runtime(password).await;
    let mut tx = crate::db::begin_write(pool).await?;
    let organisation: Option<String> =
        sqlx::query_scalar("SELECT id FROM organisation WHERE id = $1")
            .bind(organisation_id)
            .fetch_optional(&mut *tx)
            .await?;
    if organisation.is_none() {
        return Err(PeopleError::NotFound(format!(
            "organisation {organisation_id:?}"
        )));
    }
    let taken: Option<String> = sqlx::query_scalar("SELECT id FROM account WHERE username = $1")
        .bind(username)
        .fetch_optional(&mut *tx)
        .await?;
    if taken.is_some() {
        return Err(PeopleError::Invalid(Invalid::UserNameTaken(
            username.to_owned(),
        )));
    }
    let account = Account {
        id: format!("acc-{}", random_token(9)),
        organisation_id: organisation_id.into(),
        username: username.into(),
        role,
    };
    sqlx::query("INSERT INTO account (id, organisation_id, username, role, password_hash, created_at) VALUES ($1, $2, $3, $4, $5, $6)")
        .bind(&account.id)
        .bind(organisation_id)
        .bind(username)
        .bind(role.as_str())
        .bind(&password_hash)
        .bind(now_ms())
        .execute(&mut *tx)
        .await?;
    audit(
        &mut tx,
        by.map(|a| a.id.as_str()),
        "account.add",
        &account.id,
        &format!("{username} as {}", role.as_str()),
    )
    .await?;
    tx.commit().await?;
    Ok(account)
}

/// Sets a new password and ends the account's sessions.
pub async fn reset_password(
    pool: &AnyPool,
    by: Option<&Account>,
    username: &str,
    password: &str,
) -> Result<(), PeopleError> {
    check_password(password)?;
    let password_hash = hash_off_runtime(password).await;
    let mut tx = crate::db::begin_write(pool).await?;
    let id: Option<String> = sqlx::query_scalar("SELECT id FROM account WHERE username = $1")
        .bind(username)
        .fetch_optional(&mut *tx)
        .await?;
    let Some(id) = id else {
        return Err(PeopleError::NotFound(format!("user {username:?}")));
    };
    sqlx::query("UPDATE account SET password_hash = $1 WHERE id = $2")
        .bind(&password_hash)
        .bind(&id)
        .execute(&mut *tx)
        .await?;
    sqlx::query("DELETE FROM session WHERE account_id = $1")
        .bind(&id)
        .execute(&mut *tx)
        .await?;
    sqlx::query("DELETE FROM login_failure WHERE username = $1")
        .bind(username)
        .execute(&mut *tx)
        .await?;
    audit(
        &mut tx,
        by.map(|a| a.id.as_str()),
        "account.password",
        &id,
        username,
    )
    .await?;
    tx.commit().await?;
    Ok(())
}

#[derive(Debug, PartialEq, Eq)]
pub enum LoginError {
    /// Unknown user or wrong password (the same answer for both).
    Wrong,
    /// Too many failures for this user name: wait.
    TooMany,
}

pub struct NewSession {
    pub token: String,
    pub csrf: String,
}

pub async fn login(
    pool: &AnyPool,
    username: &str,
    password: &str,
) -> Result<Result<NewSession, LoginError>, sqlx::Error> {
    let now = now_ms();
    let failures: i64 =
        sqlx::query_scalar("SELECT count(*) FROM login_failure WHERE username = $1 AND at > $2")
            .bind(username)
            .bind(now - FAILURE_WINDOW_MS)
            .fetch_one(pool)
            .await?;
    if failures >= MAX_FAILURES {
        return Ok(Err(LoginError::TooMany));
    }
    let row = sqlx::query(
        "SELECT id, organisation_id, username, role, password_hash FROM account WHERE username = $1",
    )
    .bind(username)
    .fetch_optional(pool)
    .await?;
    let verified = match &row {
        Some(row) => {
            let stored: String = row.try_get("password_hash")?;
            verify_off_runtime(&stored, password).await
        }
        None => {
            // Spend the same time as a real check, so timing does not tell which names exist.
            let _ = verify_off_runtime(DUMMY_HASH, password).await;
            false
        }
    };
    let Some(row) = row.filter(|_| verified) else {
        sqlx::query("INSERT INTO login_failure (username, at) VALUES ($1, $2)")
            .bind(username)
            .bind(now)
            .execute(pool)
            .await?;
        return Ok(Err(LoginError::Wrong));
    };
    let account = account_from(&row)?;
    let session = NewSession {
        token: random_token(32),
        csrf: random_token(24),
    };
    let mut tx = crate::db::begin_write(pool).await?;
    sqlx::query("DELETE FROM login_failure WHERE username = $1")
        .bind(username)
        .execute(&mut *tx)
        .await?;
    sqlx::query("DELETE FROM session WHERE expires_at < $1")
        .bind(now)
        .execute(&mut *tx)
        .await?;
    sqlx::query(
        "INSERT INTO session (token_hash, account_id, csrf, expires_at) VALUES ($1, $2, $3, $4)",
    )
    .bind(hash_token(&session.token))
    .bind(&account.id)
    .bind(&session.csrf)
    .bind(now + SESSION_MS)
    .execute(&mut *tx)
    .await?;
    audit(&mut tx, Some(&account.id), "login", &account.id, "").await?;
    tx.commit().await?;
    Ok(Ok(session))
}

/// A valid hash of a password nobody has, checked when the user name is unknown.
const DUMMY_HASH: &str =
    "$argon2id$v=19$m=19456,t=2,p=1$c29tZXNhbHRzb21lc2FsdA$Ks0yd2ZzEE1bD1Bp6c1GNLShIhYY5ULvAVazXS8LApg";

/// The signed-in account, the session's CSRF token and the name of the account's organisation.
pub async fn session(
    pool: &AnyPool,
    token: &str,
) -> Result<Option<(Account, String, String)>, sqlx::Error> {
    let row = sqlx::query(
        "SELECT a.id, a.organisation_id, a.username, a.role, s.csrf, o.name FROM session s
         JOIN account a ON a.id = s.account_id JOIN organisation o ON o.id = a.organisation_id
         WHERE s.token_hash = $1 AND s.expires_at > $2",
    )
    .bind(hash_token(token))
    .bind(now_ms())
    .fetch_optional(pool)
    .await?;
    match row {
        Some(row) => Ok(Some((
            account_from(&row)?,
            row.try_get("csrf")?,
            row.try_get("name")?,
        ))),
        None => Ok(None),
    }
}

pub async fn logout(pool: &AnyPool, token: &str) -> Result<(), sqlx::Error> {
    sqlx::query("DELETE FROM session WHERE token_hash = $1")
        .bind(hash_token(token))
        .execute(pool)
        .await?;
    Ok(())
}

pub async fn accounts(pool: &AnyPool, organisation_id: &str) -> Result<Vec<Account>, sqlx::Error> {
    sqlx::query("SELECT id, organisation_id, username, role FROM account WHERE organisation_id = $1 ORDER BY username")
        .bind(organisation_id)
        .fetch_all(pool)
        .await?
        .iter()
        .map(account_from)
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn passwords_verify_only_themselves() {
        let hash = hash_password("correct horse battery");
        assert!(hash.starts_with("$argon2id$"));
        assert!(verify_password(&hash, "correct horse battery"));
        assert!(!verify_password(&hash, "correct horse batterY"));
        assert!(!verify_password("not a hash", "x"));
        assert!(PasswordHash::new(DUMMY_HASH).is_ok());
    }

    #[test]
    fn a_login_leaves_the_runtime_free_while_argon2_works() {
        // One thread for every task, as a busy server's worker: other requests' tasks must
        // still run while a password is checked.
        let runtime = tokio::runtime::Builder::new_current_thread()
            .enable_all()
            .build()
            .unwrap();
        runtime.block_on(async {
            let db = crate::testdb::fresh_sqlite().await;
            let pool = &db.pool;
            crate::people::add_organisation(pool, "org", "Org", "bologna")
                .await
                .unwrap();
            add_account(
                pool,
                None,
                "org",
                "tutor",
                Role::Tutor,
                "correct horse battery",
            )
            .await
            .unwrap();
            let ticks = std::sync::Arc::new(std::sync::atomic::AtomicU32::new(0));
            let ticker = tokio::spawn({
                let ticks = ticks.clone();
                async move {
                    loop {
                        tokio::time::sleep(std::time::Duration::from_millis(1)).await;
                        ticks.fetch_add(1, std::sync::atomic::Ordering::SeqCst);
                    }
                }
            });
            let before = ticks.load(std::sync::atomic::Ordering::SeqCst);
            let started = std::time::Instant::now();
            for password in ["wrong guess at it", "correct horse battery"] {
                let _ = login(pool, "tutor", password).await.unwrap();
            }
            let elapsed = started.elapsed();
            let ticked = ticks.load(std::sync::atomic::Ordering::SeqCst) - before;
            ticker.abort();
            // Blocking, the ticker would not run until both checks were done (2 ticks in 0.9 s
            // when tried); left free, it ticks about every millisecond. One tick per 32 ms
            // leaves room for a loaded machine.
            assert!(
                ticked >= 10 && u128::from(ticked) * 32 >= elapsed.as_millis(),
                "{ticked} ticks in {elapsed:?}"
            );
        });
    }

    #[test]
    fn tokens_are_random_and_stored_hashed() {
        let a = random_token(32);
        assert_ne!(a, random_token(32));
        assert_eq!(a.len(), 43);
        assert_eq!(hash_token(&a).len(), 64);
        assert_ne!(hash_token(&a), a);
    }
}
