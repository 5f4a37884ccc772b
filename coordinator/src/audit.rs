//! The audit log: who did what to which record, written in the same transaction as the act.

use sqlx::{AnyConnection, AnyPool, Row};

use crate::db::now_ms;

pub async fn audit(
    conn: &mut AnyConnection,
    account_id: Option<&str>,
    action: &str,
    target: &str,
    detail: &str,
) -> Result<(), sqlx::Error> {
    sqlx::query(
        "INSERT INTO audit (at, account_id, action, target, detail) VALUES ($1, $2, $3, $4, $5)",
    )
    .bind(now_ms())
    .bind(account_id)
    .bind(action)
    .bind(target)
    .bind(detail)
    .execute(conn)
    .await?;
    Ok(())
}

pub struct AuditEntry {
    pub at: i64,
    pub who: String,
    pub action: String,
    pub target: String,
    pub detail: String,
}

/// Audit rows (`at`, `who`, `action`, `target`, `detail`) as entries.
fn audit_entries(rows: &[sqlx::any::AnyRow]) -> Result<Vec<AuditEntry>, sqlx::Error> {
    rows.iter()
        .map(|r| {
            Ok(AuditEntry {
                at: r.try_get("at")?,
                who: r.try_get("who")?,
                action: r.try_get("action")?,
                target: r.try_get("target")?,
                detail: r.try_get("detail")?,
            })
        })
        .collect()
}

pub async fn audit_log(pool: &AnyPool, limit: i64) -> Result<Vec<AuditEntry>, sqlx::Error> {
    let rows = sqlx::query(
        "SELECT l.at, COALESCE(a.username, '(phone)') AS who, l.action, l.target, l.detail
         FROM audit l LEFT JOIN account a ON a.id = l.account_id ORDER BY l.seq DESC LIMIT $1",
    )
    .bind(limit)
    .fetch_all(pool)
    .await?;
    audit_entries(&rows)
}

/// The audit entries about one record whose actions start with `prefix` (`guide.`: letters
/// and dots, no LIKE wildcards), newest first: a page's "who changed what".
pub async fn audit_of(
    pool: &AnyPool,
    prefix: &str,
    target: &str,
    limit: i64,
) -> Result<Vec<AuditEntry>, sqlx::Error> {
    let rows = sqlx::query(
        "SELECT l.at, COALESCE(a.username, '(phone)') AS who, l.action, l.target, l.detail
         FROM audit l LEFT JOIN account a ON a.id = l.account_id
         WHERE l.target = $1 AND l.action LIKE $2 ORDER BY l.seq DESC LIMIT $3",
    )
    .bind(target)
    .bind(format!("{prefix}%"))
    .bind(limit)
    .fetch_all(pool)
    .await?;
    audit_entries(&rows)
}
