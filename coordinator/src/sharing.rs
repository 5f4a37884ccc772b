//! The phone's side of the sync API: pairing, pushed operations (each applied at most once),
//! shared records and tutor items by cursor, unpairing and erasure.

use ponte_wire::sync::{
    ItemsPage, Operation, OperationBody, OperationResult, OperationStatus, PairResponse,
    SharedRecord, REPORT_KINDS,
};
use sha2::{Digest, Sha256};
use sqlx::{AnyConnection, AnyPool, Row};

use crate::audit::audit;
use crate::auth::{hash_token, random_token};
use crate::db::{is_postgres, lock_cursor, now_ms};
use crate::people::{normalise_code, server_saw, store_record};

/// A paired, not revoked device of a beneficiary who has not erased their data.
#[derive(Debug, Clone)]
pub struct DeviceAuth {
    pub device_id: String,
    pub beneficiary_id: String,
    pub organisation_id: String,
}

pub async fn device_for_token(
    pool: &AnyPool,
    seen: &SeenDevices,
    token: &str,
) -> Result<Option<DeviceAuth>, sqlx::Error> {
    let row = sqlx::query(
        "SELECT d.id, d.beneficiary_id, b.organisation_id, d.last_seen FROM device d
         JOIN beneficiary b ON b.id = d.beneficiary_id
         WHERE d.token_hash = $1 AND d.revoked_at IS NULL AND b.erased_at IS NULL",
    )
    .bind(hash_token(token))
    .fetch_optional(pool)
    .await?;
    let Some(row) = row else { return Ok(None) };
    let device = device_of(&row)?;
    seen.note(&device, row.try_get("last_seen")?);
    Ok(Some(device))
}

fn device_of(row: &sqlx::any::AnyRow) -> Result<DeviceAuth, sqlx::Error> {
    Ok(DeviceAuth {
        device_id: row.try_get("id")?,
        beneficiary_id: row.try_get("beneficiary_id")?,
        organisation_id: row.try_get("organisation_id")?,
    })
}

/// When each device was last seen, kept in memory and written in one statement every few
/// seconds (and before anyone reads it): a no-op sync, the commonest request, stays a read, and
/// a thousand phones that all come due in the same second cost one commit instead of a
/// thousand. At most one note a minute per device, decided on what was read. Lost on a crash:
/// the time since the last flush, at most [`SEEN_FLUSH_EVERY`].
#[derive(Default)]
pub struct SeenDevices {
    pending: std::sync::Mutex<std::collections::HashMap<String, i64>>,
}

/// How often the server writes the devices it saw (`serve`).
pub const SEEN_FLUSH_EVERY: std::time::Duration = std::time::Duration::from_secs(2);

/// Devices written per statement: two parameters each, under SQLite's and PostgreSQL's limits.
const SEEN_PER_STATEMENT: usize = 400;

impl SeenDevices {
    fn note(&self, device: &DeviceAuth, stored: Option<i64>) {
        let now = now_ms();
        if stored.is_none_or(|seen| seen < now - 60_000) {
            self.lock().insert(device.device_id.clone(), now);
        }
    }

    fn lock(&self) -> std::sync::MutexGuard<'_, std::collections::HashMap<String, i64>> {
        // A panic while holding the map cannot leave it half changed: keep using it.
        self.pending.lock().unwrap_or_else(|e| e.into_inner())
    }

    /// How many devices wait to be written.
    #[cfg(test)]
    fn pending(&self) -> usize {
        self.lock().len()
    }

    /// Writes the devices seen since the last flush; on a failure they wait for the next one.
    pub async fn flush(&self, pool: &AnyPool) -> Result<(), sqlx::Error> {
        let seen: Vec<(String, i64)> = std::mem::take(&mut *self.lock()).into_iter().collect();
        if seen.is_empty() {
            return Ok(());
        }
        let written = write_seen(pool, &seen).await;
        if written.is_err() {
            let mut pending = self.lock();
            for (device, at) in seen {
                let later = pending.get(&device).is_some_and(|&newer| newer > at);
                if !later {
                    pending.insert(device, at);
                }
            }
        }
        written
    }
}

/// One transaction, one multi-row `UPDATE … FROM (VALUES …)` per chunk (both databases name
/// the columns of a `VALUES` list `column1`, `column2`); never moves `last_seen` back.
async fn write_seen(pool: &AnyPool, seen: &[(String, i64)]) -> Result<(), sqlx::Error> {
    let mut tx = crate::db::begin_write(pool).await?;
    for chunk in seen.chunks(SEEN_PER_STATEMENT) {
        let values: Vec<String> = (0..chunk.len())
            .map(|i| format!("(${}, ${})", 2 * i + 1, 2 * i + 2))
            .collect();
        let sql = format!(
            "UPDATE device SET last_seen = v.column2 FROM (VALUES {}) AS v
             WHERE device.id = v.column1 AND (device.last_seen IS NULL OR device.last_seen < v.column2)",
            values.join(", ")
        );
        // Only placeholders are spliced in; the values are bound.
        let mut query = sqlx::query(sqlx::AssertSqlSafe(sql));
        for (device, at) in chunk {
            query = query.bind(device).bind(*at);
        }
        query.execute(&mut *tx).await?;
    }
    tx.commit().await
}

#[derive(Debug, PartialEq, Eq)]
pub enum PairError {
    /// Unknown, used or expired: one answer for all three.
    BadCode,
}

/// Wrong pairing codes allowed from one address in [`PAIR_WINDOW_MS`], and from all addresses
/// together: past either, pairing is refused for the rest of the window, right code or not.
/// With codes of 8 characters from 31 (31^8 ≈ 8.5 × 10^11) living a day, this keeps a guess
/// out of reach (the arithmetic is in the README).
pub const MAX_PAIR_FAILURES_PER_CLIENT: i64 = 10;
pub const MAX_PAIR_FAILURES_ALL: i64 = 1000;
pub const PAIR_WINDOW_MS: i64 = 15 * 60 * 1000;

/// Whether `client` (the address a request came from) may try a pairing code now.
pub async fn pairing_allowed(pool: &AnyPool, client: &str) -> Result<bool, sqlx::Error> {
    let since = now_ms() - PAIR_WINDOW_MS;
    let row = sqlx::query(
        "SELECT count(*) AS all_failures, coalesce(sum(CASE WHEN client = $1 THEN 1 ELSE 0 END), 0) AS client_failures
         FROM pair_failure WHERE at > $2",
    )
    .bind(client)
    .bind(since)
    .fetch_one(pool)
    .await?;
    let all: i64 = row.try_get("all_failures")?;
    let mine: i64 = row.try_get("client_failures")?;
    Ok(mine < MAX_PAIR_FAILURES_PER_CLIENT && all < MAX_PAIR_FAILURES_ALL)
}

/// Counts a wrong code against `client`, and forgets the ones older than the window.
pub async fn pairing_failed(pool: &AnyPool, client: &str) -> Result<(), sqlx::Error> {
    let now = now_ms();
    sqlx::query("DELETE FROM pair_failure WHERE at <= $1")
        .bind(now - PAIR_WINDOW_MS)
        .execute(pool)
        .await?;
    sqlx::query("INSERT INTO pair_failure (client, at) VALUES ($1, $2)")
        .bind(client)
        .bind(now)
        .execute(pool)
        .await?;
    Ok(())
}

pub async fn pair(
    pool: &AnyPool,
    code: &str,
    device_name: &str,
) -> Result<Result<PairResponse, PairError>, sqlx::Error> {
    let now = now_ms();
    let mut tx = crate::db::begin_write(pool).await?;
    let row = sqlx::query(
        "SELECT p.beneficiary_id, b.nickname, b.languages, o.region FROM pairing_code p
         JOIN beneficiary b ON b.id = p.beneficiary_id JOIN organisation o ON o.id = b.organisation_id
         WHERE p.code_hash = $1 AND p.used_at IS NULL AND p.expires_at > $2 AND b.erased_at IS NULL",
    )
    .bind(hash_token(&normalise_code(code)))
    .bind(now)
    .fetch_optional(&mut *tx)
    .await?;
    let Some(row) = row else {
        return Ok(Err(PairError::BadCode));
    };
    let beneficiary_id: String = row.try_get("beneficiary_id")?;
    // Used once: the update only succeeds for the first of two phones racing with one code.
    let claimed = sqlx::query(
        "UPDATE pairing_code SET used_at = $1 WHERE code_hash = $2 AND used_at IS NULL",
    )
    .bind(now)
    .bind(hash_token(&normalise_code(code)))
    .execute(&mut *tx)
    .await?;
    if claimed.rows_affected() != 1 {
        return Ok(Err(PairError::BadCode));
    }
    let token = random_token(32);
    let device_id = format!("dev-{}", random_token(9));
    let name: String = device_name.trim().chars().take(60).collect();
    sqlx::query("INSERT INTO device (id, beneficiary_id, token_hash, name, paired_at) VALUES ($1, $2, $3, $4, $5)")
        .bind(&device_id)
        .bind(&beneficiary_id)
        .bind(hash_token(&token))
        .bind(&name)
        .bind(now)
        .execute(&mut *tx)
        .await?;
    audit(&mut tx, None, "device.pair", &device_id, &beneficiary_id).await?;
    tx.commit().await?;
    let languages: String = row.try_get("languages")?;
    Ok(Ok(PairResponse {
        device_token: token,
        device_id,
        beneficiary_id,
        nickname: row.try_get("nickname")?,
        languages: languages
            .split(',')
            .filter(|l| !l.is_empty())
            .map(str::to_owned)
            .collect(),
        region: row.try_get("region")?,
    }))
}

fn content_hash(operation: &Operation) -> String {
    let json = serde_json::to_vec(&operation.change).expect("an operation serializes");
    Sha256::digest(&json)
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect()
}

/// Applies a batch in one transaction: each operation id at most once. An id seen before
/// with the same content is acknowledged again; with other content it is a conflict.
pub async fn push(
    pool: &AnyPool,
    device: &DeviceAuth,
    operations: &[Operation],
) -> Result<Vec<OperationResult>, sqlx::Error> {
    let postgres = is_postgres(pool);
    let mut tx = crate::db::begin_write(pool).await?;
    lock_cursor(&mut tx, postgres).await?;
    let mut results = Vec::with_capacity(operations.len());
    for operation in operations {
        // Refused before it is looked up or remembered: nothing is kept under an id that is
        // not one.
        if !ponte_wire::sync::is_id(&operation.id) {
            results.push(OperationResult {
                id: operation.id.clone(),
                status: OperationStatus::Rejected,
                reason: Some("operation id: 1 to 64 letters, digits, - or _".into()),
            });
            continue;
        }
        let hash = content_hash(operation);
        let seen =
            sqlx::query("SELECT content_hash, status, reason FROM applied_operation WHERE id = $1")
                .bind(&operation.id)
                .fetch_optional(&mut *tx)
                .await?;
        if let Some(seen) = seen {
            let seen_hash: String = seen.try_get("content_hash")?;
            let status: String = seen.try_get("status")?;
            results.push(if seen_hash != hash {
                OperationResult {
                    id: operation.id.clone(),
                    status: OperationStatus::Conflict,
                    reason: Some("this operation id was used before with other content".into()),
                }
            } else if status == "rejected" {
                OperationResult {
                    id: operation.id.clone(),
                    status: OperationStatus::Rejected,
                    reason: seen.try_get("reason")?,
                }
            } else {
                OperationResult {
                    id: operation.id.clone(),
                    status: OperationStatus::Duplicate,
                    reason: None,
                }
            });
            continue;
        }
        let outcome = apply(&mut tx, device, operation).await?;
        let (status, reason) = match &outcome {
            Ok(()) => ("applied", None),
            Err(reason) => ("rejected", Some(reason.clone())),
        };
        sqlx::query("INSERT INTO applied_operation (id, device_id, content_hash, status, reason, at) VALUES ($1, $2, $3, $4, $5, $6)")
            .bind(&operation.id)
            .bind(&device.device_id)
            .bind(&hash)
            .bind(status)
            .bind(&reason)
            .bind(now_ms())
            .execute(&mut *tx)
            .await?;
        results.push(OperationResult {
            id: operation.id.clone(),
            status: if outcome.is_ok() {
                OperationStatus::Applied
            } else {
                OperationStatus::Rejected
            },
            reason,
        });
    }
    tx.commit().await?;
    Ok(results)
}

async fn consented(
    conn: &mut AnyConnection,
    beneficiary_id: &str,
    category: &str,
) -> Result<bool, sqlx::Error> {
    let granted: Option<i64> = sqlx::query_scalar(
        "SELECT granted FROM consent WHERE beneficiary_id = $1 AND category = $2",
    )
    .bind(beneficiary_id)
    .bind(category)
    .fetch_optional(&mut *conn)
    .await?;
    Ok(granted == Some(1))
}

/// One operation; `Err(reason)` refuses it without changing anything.
async fn apply(
    conn: &mut AnyConnection,
    device: &DeviceAuth,
    operation: &Operation,
) -> Result<Result<(), String>, sqlx::Error> {
    match &operation.change {
        OperationBody::Record { record } => {
            if let Err(reason) = ponte_wire::sync::check_record(record) {
                return Ok(Err(reason));
            }
            match record.kind.consent() {
                Some(category) => {
                    if !consented(conn, &device.beneficiary_id, category.as_str()).await? {
                        return Ok(Err(format!(
                            "{} is not shared: the person has not consented to {}",
                            record.kind.as_str(),
                            category.as_str()
                        )));
                    }
                }
                None => {
                    // The tutor creates items; a phone may only edit them.
                    let exists: Option<String> = sqlx::query_scalar(
                        "SELECT id FROM shared_record WHERE beneficiary_id = $1 AND kind = $2 AND id = $3",
                    )
                    .bind(&device.beneficiary_id)
                    .bind(record.kind.as_str())
                    .bind(&record.id)
                    .fetch_optional(&mut *conn)
                    .await?;
                    if exists.is_none() {
                        return Ok(Err(format!(
                            "no {} {:?}: tutor items are created by the tutor",
                            record.kind.as_str(),
                            record.id
                        )));
                    }
                }
            }
            server_saw(record.newest());
            store_record(conn, &device.beneficiary_id, record).await?;
        }
        OperationBody::Report { report } => {
            if !REPORT_KINDS.contains(&report.kind.as_str()) {
                return Ok(Err(format!(
                    "report kind {:?}: one of {}",
                    report.kind,
                    REPORT_KINDS.join(", ")
                )));
            }
            if report.comment.chars().count() > 2000 {
                return Ok(Err("report comment: at most 2000 characters".into()));
            }
            let service: Option<String> =
                sqlx::query_scalar("SELECT id FROM service WHERE id = $1")
                    .bind(&report.service_id)
                    .fetch_optional(&mut *conn)
                    .await?;
            if service.is_none() {
                return Ok(Err(format!("no service {:?}", report.service_id)));
            }
            // Not linked to the person: the inbox needs the service and the problem only.
            sqlx::query("INSERT INTO service_report (id, service_id, kind, comment, status, created_at) VALUES ($1, $2, $3, $4, 'open', $5)")
                .bind(&operation.id)
                .bind(&report.service_id)
                .bind(&report.kind)
                .bind(report.comment.trim())
                .bind(now_ms())
                .execute(&mut *conn)
                .await?;
        }
        OperationBody::Consent { category, granted } => {
            sqlx::query(
                "INSERT INTO consent (beneficiary_id, category, granted, changed_at) VALUES ($1, $2, $3, $4)
                 ON CONFLICT (beneficiary_id, category) DO UPDATE SET granted = $3, changed_at = $4",
            )
            .bind(&device.beneficiary_id)
            .bind(category.as_str())
            .bind(i64::from(*granted))
            .bind(now_ms())
            .execute(&mut *conn)
            .await?;
            if !granted {
                // Withdrawn: what was shared under it leaves the server now.
                for kind in ponte_wire::sync::RecordKind::ALL {
                    if kind.consent() == Some(*category) {
                        sqlx::query(
                            "DELETE FROM shared_record WHERE beneficiary_id = $1 AND kind = $2",
                        )
                        .bind(&device.beneficiary_id)
                        .bind(kind.as_str())
                        .execute(&mut *conn)
                        .await?;
                    }
                }
                if *category == ponte_wire::sync::ConsentCategory::Outcomes {
                    sqlx::query("DELETE FROM outcome WHERE reporter = $1")
                        .bind(hash_token(&device.device_id))
                        .execute(&mut *conn)
                        .await?;
                }
            }
            audit(
                conn,
                None,
                if *granted {
                    "consent.grant"
                } else {
                    "consent.withdraw"
                },
                &device.beneficiary_id,
                category.as_str(),
            )
            .await?;
        }
        OperationBody::Outcome { counts } => {
            if !consented(conn, &device.beneficiary_id, "outcomes").await? {
                return Ok(Err(
                    "outcomes are not shared: the person has not consented to outcomes".into(),
                ));
            }
            sqlx::query(
                "INSERT INTO outcome (reporter, organisation_id, month, applications, interviews, hires, lessons_completed)
                 VALUES ($1, $2, $3, $4, $5, $6, $7)
                 ON CONFLICT (reporter, month) DO UPDATE SET applications = $4, interviews = $5, hires = $6, lessons_completed = $7",
            )
            .bind(hash_token(&device.device_id))
            .bind(&device.organisation_id)
            .bind(counts.month.to_string())
            .bind(i64::from(counts.applications))
            .bind(i64::from(counts.interviews))
            .bind(i64::from(counts.hires))
            .bind(i64::from(counts.lessons_completed))
            .execute(&mut *conn)
            .await?;
        }
        OperationBody::Question { question } => {
            // For the person's tutor, on their page; refused ones are not stored.
            if let Err(reason) =
                crate::questions::store(conn, &device.beneficiary_id, &operation.id, question)
                    .await?
            {
                return Ok(Err(reason));
            }
        }
    }
    Ok(Ok(()))
}

/// The beneficiary's records changed after `since`, oldest first.
pub async fn items(
    pool: &AnyPool,
    device: &DeviceAuth,
    since: u64,
    limit: u32,
) -> Result<ItemsPage, sqlx::Error> {
    let (page, _, _) = items_and_heads(pool, device, since, limit).await?;
    Ok(page)
}

/// What a sync reads besides the device, in one query (one round trip to PostgreSQL): the
/// beneficiary's items after `since`, the newest content cursor and the newest lesson pack.
pub async fn items_and_heads(
    pool: &AnyPool,
    device: &DeviceAuth,
    since: u64,
    limit: u32,
) -> Result<(ItemsPage, i64, i64), sqlx::Error> {
    // The heads come in a one-row select; the items join it, so no item still gives one row.
    let rows = sqlx::query(
        "SELECT h.head, h.pack, r.body, r.seq FROM
             (SELECT (SELECT max(seq) FROM content_change) AS head,
                     (SELECT max(version) FROM lesson_pack) AS pack) h
         LEFT JOIN (SELECT body, seq FROM shared_record
                    WHERE beneficiary_id = $1 AND seq > $2 ORDER BY seq LIMIT $3) r ON 1 = 1
         ORDER BY r.seq",
    )
    .bind(&device.beneficiary_id)
    .bind(since as i64)
    .bind(i64::from(limit) + 1)
    .fetch_all(pool)
    .await?;
    items_page(&rows, since, limit)
}

/// The device a token names, its items after `since`, the newest content cursor and the
/// newest lesson pack, in one query: what a phone's sync with nothing to push needs, so the
/// commonest request costs one round trip to the database.
pub async fn device_and_items(
    reads: &crate::db::QuickReads,
    seen: &SeenDevices,
    token: &str,
    since: u64,
    limit: u32,
) -> Result<Option<(DeviceAuth, ItemsPage, i64, i64)>, sqlx::Error> {
    // A device with no items still gives one row (the LEFT JOIN's nulls); the uncorrelated
    // subqueries run once per query on both databases.
    let query = sqlx::query(
        "SELECT d.id, d.beneficiary_id, b.organisation_id, d.last_seen,
                (SELECT max(seq) FROM content_change) AS head,
                (SELECT max(version) FROM lesson_pack) AS pack,
                r.body, r.seq
         FROM device d
         JOIN beneficiary b ON b.id = d.beneficiary_id
         LEFT JOIN shared_record r ON r.beneficiary_id = d.beneficiary_id AND r.seq > $2
         WHERE d.token_hash = $1 AND d.revoked_at IS NULL AND b.erased_at IS NULL
         ORDER BY r.seq
         LIMIT $3",
    )
    .bind(hash_token(token))
    .bind(since as i64)
    .bind(i64::from(limit) + 1);
    let rows = reads.fetch_all(query).await?;
    let Some(first) = rows.first() else {
        return Ok(None);
    };
    let device = device_of(first)?;
    seen.note(&device, first.try_get("last_seen")?);
    let (page, head, pack) = items_page(&rows, since, limit)?;
    Ok(Some((device, page, head, pack)))
}

/// An items page (at most `limit` records, `more` when the query found one beyond) and the
/// heads, from rows with the columns head, pack, body and seq (body and seq null when no item).
fn items_page(
    rows: &[sqlx::any::AnyRow],
    since: u64,
    limit: u32,
) -> Result<(ItemsPage, i64, i64), sqlx::Error> {
    let (mut head, mut pack) = (0, 0);
    let mut records = Vec::with_capacity(rows.len().min(limit as usize));
    let mut cursor = since;
    let mut found = 0;
    for row in rows {
        head = row.try_get::<Option<i64>, _>("head")?.unwrap_or(0);
        pack = row.try_get::<Option<i64>, _>("pack")?.unwrap_or(0);
        let Some(seq) = row.try_get::<Option<i64>, _>("seq")? else {
            continue;
        };
        found += 1;
        if found > limit as usize {
            break;
        }
        cursor = seq as u64;
        let body: String = row.try_get("body")?;
        if let Ok(record) = serde_json::from_str::<SharedRecord>(&body) {
            records.push(record);
        }
    }
    let page = ItemsPage {
        records,
        cursor,
        more: found > limit as usize,
    };
    Ok((page, head, pack))
}

pub async fn unpair(pool: &AnyPool, device: &DeviceAuth) -> Result<(), sqlx::Error> {
    let mut tx = crate::db::begin_write(pool).await?;
    sqlx::query("UPDATE device SET revoked_at = $1 WHERE id = $2")
        .bind(now_ms())
        .bind(&device.device_id)
        .execute(&mut *tx)
        .await?;
    audit(
        &mut tx,
        None,
        "device.unpair",
        &device.device_id,
        &device.beneficiary_id,
    )
    .await?;
    tx.commit().await
}

/// Removes everything the server holds about the beneficiary: shared records, tutor items,
/// questions to the tutor, consents, devices and codes. The row stays, emptied, so the id is
/// never reused.
pub async fn erase(pool: &AnyPool, device: &DeviceAuth) -> Result<(), sqlx::Error> {
    let mut tx = crate::db::begin_write(pool).await?;
    let id = &device.beneficiary_id;
    let devices: Vec<String> =
        sqlx::query_scalar("SELECT id FROM device WHERE beneficiary_id = $1")
            .bind(id)
            .fetch_all(&mut *tx)
            .await?;
    for device_id in &devices {
        sqlx::query("DELETE FROM applied_operation WHERE device_id = $1")
            .bind(device_id)
            .execute(&mut *tx)
            .await?;
    }
    for table in [
        "shared_record",
        "tutor_question",
        "consent",
        "pairing_code",
        "device",
    ] {
        sqlx::query(sqlx::AssertSqlSafe(format!(
            "DELETE FROM {table} WHERE beneficiary_id = $1"
        )))
        .bind(id)
        .execute(&mut *tx)
        .await?;
    }
    sqlx::query("UPDATE beneficiary SET nickname = '', languages = '', tutor_id = NULL, erased_at = $1 WHERE id = $2")
        .bind(now_ms())
        .bind(id)
        .execute(&mut *tx)
        .await?;
    audit(
        &mut tx,
        None,
        "beneficiary.erase",
        id,
        "on the person's request",
    )
    .await?;
    tx.commit().await
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::auth::Account;
    use crate::openapi::check;
    use crate::testdb::{databases, password, people as seed_people, Answer, Client};
    use axum::body::Body;
    use axum::http::{Request, StatusCode};
    use ponte_wire::sync::{ItemsPage, PushResponse, RecordKind};
    use serde_json::{json, Value};

    async fn last_seen(pool: &AnyPool, device_id: &str) -> Option<i64> {
        sqlx::query_scalar("SELECT last_seen FROM device WHERE id = $1")
            .bind(device_id)
            .fetch_one(pool)
            .await
            .unwrap()
    }

    async fn account(pool: &AnyPool, username: &str) -> Account {
        crate::auth::accounts(pool, "org-a")
            .await
            .unwrap()
            .into_iter()
            .chain(crate::auth::accounts(pool, "org-b").await.unwrap())
            .find(|a| a.username == username)
            .unwrap()
    }

    async fn api(
        client: &Client,
        method: &str,
        uri: &str,
        token: Option<&str>,
        body: Value,
    ) -> Answer {
        let mut request = Request::builder()
            .method(method)
            .uri(uri)
            .header("content-type", "application/json");
        if let Some(token) = token {
            request = request.header("authorization", format!("Bearer {token}"));
        }
        let body = if body.is_null() {
            Body::empty()
        } else {
            Body::from(body.to_string())
        };
        client.send(request.body(body).unwrap()).await
    }

    fn conforms(answer: &Answer, schema: &str) {
        let doc: Value = serde_json::from_str(crate::openapi::DOCUMENT).unwrap();
        let value: Value = serde_json::from_str(&answer.body).unwrap();
        let problems = check::validate(&doc, check::schema(&doc, schema), &value, "");
        assert!(
            problems.is_empty(),
            "{schema}: {problems:?} in {}",
            answer.body
        );
    }

    fn op(id: &str, change: Value) -> Value {
        json!({ "id": id, "change": change })
    }

    #[tokio::test]
    async fn wrong_pairing_codes_are_limited_per_address_and_in_all() {
        use axum::extract::ConnectInfo;
        use tower::ServiceExt;
        for db in databases().await {
            let pool = &db.pool;
            seed_people(pool).await;
            let tutor = account(pool, "tutor").await;
            let amina = crate::people::add_beneficiary(pool, &tutor, "Amina", "ar", None)
                .await
                .unwrap();
            let code = crate::people::create_pairing_code(pool, &tutor, &amina.id)
                .await
                .unwrap()
                .code;
            let app = crate::app::router(std::sync::Arc::new(crate::state::AppState::new(
                pool.clone(),
                false,
            )));
            let pair = |from: [u8; 4], code: &str| {
                let mut request = Request::post("/api/v1/pair")
                    .header("content-type", "application/json")
                    .body(Body::from(json!({ "code": code }).to_string()))
                    .unwrap();
                request
                    .extensions_mut()
                    .insert(ConnectInfo(std::net::SocketAddr::from((from, 40000))));
                app.clone().oneshot(request)
            };
            for _ in 0..MAX_PAIR_FAILURES_PER_CLIENT {
                let wrong = pair([10, 0, 0, 1], "ZZZZ-ZZZZ").await.unwrap();
                assert_eq!(wrong.status(), StatusCode::FORBIDDEN);
            }
            // From that address, even the right code waits out the window.
            let waited = pair([10, 0, 0, 1], &code).await.unwrap();
            assert_eq!(waited.status(), StatusCode::TOO_MANY_REQUESTS);
            assert_eq!(waited.headers()["retry-after"], "900");
            // Another address is not held back by it.
            let elsewhere = pair([10, 0, 0, 2], &code).await.unwrap();
            assert_eq!(elsewhere.status(), StatusCode::OK);
            // Wrong codes from many addresses together: pairing waits for everyone.
            for i in 0..MAX_PAIR_FAILURES_ALL {
                sqlx::query("INSERT INTO pair_failure (client, at) VALUES ($1, $2)")
                    .bind(format!("192.0.2.{}", i % 250))
                    .bind(now_ms())
                    .execute(pool)
                    .await
                    .unwrap();
            }
            let fresh = pair([10, 0, 0, 3], "ZZZZ-ZZZZ").await.unwrap();
            assert_eq!(fresh.status(), StatusCode::TOO_MANY_REQUESTS);
            db.drop_database().await;
        }
    }

    #[tokio::test]
    async fn a_phone_pairs_pushes_pulls_and_erases() {
        for db in databases().await {
            let pool = &db.pool;
            seed_people(pool).await;
            crate::content::upsert_services(
                pool,
                &[crate::content::tests::service(
                    "bo-1",
                    "bologna",
                    "Sportello lavoro",
                )],
            )
            .await
            .unwrap();
            let tutor = account(pool, "tutor").await;
            let amina = crate::people::add_beneficiary(pool, &tutor, "Amina", "ar, it", None)
                .await
                .unwrap();
            let code = crate::people::create_pairing_code(pool, &tutor, &amina.id)
                .await
                .unwrap();
            let client = Client::new(pool, false);

            // Pairing: typed sloppily still works, once.
            let typed = code.code.to_lowercase().replace('-', " ");
            let paired = api(
                &client,
                "POST",
                "/api/v1/pair",
                None,
                json!({"code": typed, "device_name": "Samsung A12"}),
            )
            .await;
            assert_eq!(paired.status, StatusCode::OK, "{}", paired.body);
            conforms(&paired, "PairResponse");
            let paired: ponte_wire::sync::PairResponse =
                serde_json::from_str(&paired.body).unwrap();
            assert_eq!(
                (paired.region.as_str(), paired.languages.clone()),
                ("bologna", vec!["ar".to_owned(), "it".to_owned()])
            );
            let token = paired.device_token.clone();
            let again = api(
                &client,
                "POST",
                "/api/v1/pair",
                None,
                json!({"code": code.code}),
            )
            .await;
            assert_eq!(again.status, StatusCode::FORBIDDEN);
            conforms(&again, "ApiError");
            for bad in [
                json!({"code": "ZZZZ-ZZZZ"}),
                json!({"code": code.code, "extra": 1}),
                json!({"kode": "x"}),
            ] {
                let answer = api(&client, "POST", "/api/v1/pair", None, bad.clone()).await;
                assert!(answer.status.is_client_error(), "{bad}");
                conforms(&answer, "ApiError");
            }
            // An expired code does not pair.
            let old = crate::people::create_pairing_code(pool, &tutor, &amina.id)
                .await
                .unwrap();
            sqlx::query("UPDATE pairing_code SET expires_at = 0 WHERE used_at IS NULL")
                .execute(pool)
                .await
                .unwrap();
            assert_eq!(
                api(
                    &client,
                    "POST",
                    "/api/v1/pair",
                    None,
                    json!({"code": old.code})
                )
                .await
                .status,
                StatusCode::FORBIDDEN
            );

            // Push: no token, bad token.
            let batch = json!({"operations": [op("c1", json!({"type": "consent", "category": "diary", "granted": true}))]});
            assert_eq!(
                api(&client, "POST", "/api/v1/push", None, batch.clone())
                    .await
                    .status,
                StatusCode::UNAUTHORIZED
            );
            assert_eq!(
                api(&client, "POST", "/api/v1/push", Some("nope"), batch.clone())
                    .await
                    .status,
                StatusCode::UNAUTHORIZED
            );

            let application = json!({"type": "record", "record": {"kind": "application", "id": "app-1",
                "fields": {"employer": {"value": "Hotel Roma", "at": "1000.0.7"}, "stage": {"value": "interview", "at": "1000.0.7"}}}});
            let pushed = api(&client, "POST", "/api/v1/push", Some(&token), json!({"operations": [
                op("c1", json!({"type": "consent", "category": "diary", "granted": true})),
                op("a1", application.clone()),
                op("r1", json!({"type": "report", "report": {"service_id": "bo-1", "kind": "wrong_hours", "comment": "closed on Friday"}})),
                op("r2", json!({"type": "report", "report": {"service_id": "nowhere", "kind": "wrong_hours"}})),
                op("o1", json!({"type": "outcome", "counts": {"month": "2026-11", "applications": 3, "interviews": 1, "hires": 0, "lessons_completed": 2}})),
                op("p1", json!({"type": "record", "record": {"kind": "lesson_progress", "id": "spid", "fields": {}}})),
            ]})).await;
            assert_eq!(pushed.status, StatusCode::OK, "{}", pushed.body);
            conforms(&pushed, "PushResponse");
            let results: PushResponse = serde_json::from_str(&pushed.body).unwrap();
            let statuses: Vec<(&str, OperationStatus)> = results
                .results
                .iter()
                .map(|r| (r.id.as_str(), r.status))
                .collect();
            assert_eq!(
                statuses,
                vec![
                    ("c1", OperationStatus::Applied),
                    ("a1", OperationStatus::Applied),
                    ("r1", OperationStatus::Applied),
                    ("r2", OperationStatus::Rejected),
                    ("o1", OperationStatus::Rejected), // no consent to outcomes
                    ("p1", OperationStatus::Rejected), // no consent to progress
                ]
            );
            assert!(results.results[4]
                .reason
                .as_deref()
                .unwrap()
                .contains("outcomes"));

            // The same batch again: acknowledged, applied once.
            let again = api(&client, "POST", "/api/v1/push", Some(&token), json!({"operations": [op("a1", application.clone()), op("r1", json!({"type": "report", "report": {"service_id": "bo-1", "kind": "wrong_hours", "comment": "closed on Friday"}}))]})).await;
            let again: PushResponse = serde_json::from_str(&again.body).unwrap();
            assert!(again
                .results
                .iter()
                .all(|r| r.status == OperationStatus::Duplicate));
            let reports: i64 = sqlx::query_scalar("SELECT count(*) FROM service_report")
                .fetch_one(pool)
                .await
                .unwrap();
            assert_eq!(reports, 1, "applied at most once");
            // The same id with other content: a conflict, nothing changed.
            let conflict = api(&client, "POST", "/api/v1/push", Some(&token), json!({"operations": [op("a1", json!({"type": "consent", "category": "diary", "granted": false}))]})).await;
            let conflict: PushResponse = serde_json::from_str(&conflict.body).unwrap();
            assert_eq!(conflict.results[0].status, OperationStatus::Conflict);
            assert_eq!(
                crate::people::consents(pool, &amina.id).await.unwrap(),
                vec!["diary".to_owned()]
            );

            // Bad batches: refused whole, nothing changed.
            let many: Vec<Value> = (0..=ponte_wire::sync::MAX_PUSH)
                .map(|i| {
                    op(
                        &format!("m{i}"),
                        json!({"type": "consent", "category": "profile", "granted": true}),
                    )
                })
                .collect();
            for bad in [
                json!({"operations": []}),
                json!({"operations": many}),
                json!({"operations": [op("x1", json!({"type": "teleport"}))]}),
                json!({"operations": [op("x2", json!({"type": "consent", "category": "profile", "granted": true, "also": 1}))]}),
                // The wire types are read leniently for the phones; what the server receives
                // is strict all the same, a record's or a stamp's unknown field too.
                json!({"operations": [op("x3", json!({"type": "record", "record": {"kind": "application", "id": "a9", "fields": {}, "colour": "red"}}))]}),
                json!({"operations": [op("x4", json!({"type": "record", "record": {"kind": "application", "id": "a9", "fields": {"employer": {"value": "Coop", "at": "1.0.1", "by": "me"}}}}))]}),
                json!({"ops": []}),
            ] {
                let answer = api(&client, "POST", "/api/v1/push", Some(&token), bad.clone()).await;
                assert_eq!(
                    answer.status,
                    StatusCode::BAD_REQUEST,
                    "{bad}: {}",
                    answer.body
                );
                conforms(&answer, "ApiError");
            }
            assert_eq!(
                crate::people::consents(pool, &amina.id).await.unwrap(),
                vec!["diary".to_owned()]
            );
            let bad_id = api(&client, "POST", "/api/v1/push", Some(&token), json!({"operations": [op("no spaces", json!({"type": "consent", "category": "profile", "granted": true}))]})).await;
            let bad_id: PushResponse = serde_json::from_str(&bad_id.body).unwrap();
            assert_eq!(bad_id.results[0].status, OperationStatus::Rejected);
            // An id twice in one batch: the second is a repeat (a conflict when its content
            // differs); the batch's other operations are applied, nothing is kept for a bad id.
            let consent = json!({"type": "consent", "category": "profile", "granted": false});
            let twice = api(
                &client,
                "POST",
                "/api/v1/push",
                Some(&token),
                json!({"operations": [
                    op("twice", consent.clone()), op("twice", consent.clone()),
                    op("twice", json!({"type": "consent", "category": "profile", "granted": true})),
                    op("", consent.clone()), op("", consent),
                ]}),
            )
            .await;
            assert_eq!(twice.status, StatusCode::OK, "{}", twice.body);
            let twice: PushResponse = serde_json::from_str(&twice.body).unwrap();
            let statuses: Vec<OperationStatus> = twice.results.iter().map(|r| r.status).collect();
            assert_eq!(
                statuses,
                [
                    OperationStatus::Applied,
                    OperationStatus::Duplicate,
                    OperationStatus::Conflict,
                    OperationStatus::Rejected,
                    OperationStatus::Rejected
                ]
            );
            assert_eq!(
                crate::people::consents(pool, &amina.id).await.unwrap(),
                vec!["diary".to_owned()]
            );

            // The tutor's referral comes down with the shared application.
            let referral = crate::people::add_item(
                pool,
                &tutor,
                &amina.id,
                RecordKind::Referral,
                &[
                    ("title", "Sportello lavoro".into()),
                    ("service_id", "bo-1".into()),
                    ("at", "2026-12-01T09:30".into()),
                ],
            )
            .await
            .unwrap();
            let items = api(
                &client,
                "GET",
                "/api/v1/items?since=0",
                Some(&token),
                Value::Null,
            )
            .await;
            assert_eq!(items.status, StatusCode::OK);
            conforms(&items, "ItemsPage");
            let page: ItemsPage = serde_json::from_str(&items.body).unwrap();
            let kinds: Vec<RecordKind> = page.records.iter().map(|r| r.kind).collect();
            assert_eq!(kinds, vec![RecordKind::Application, RecordKind::Referral]);
            assert!(!page.more);
            // Nothing new: an empty page at the same cursor.
            let none = api(
                &client,
                "GET",
                &format!("/api/v1/items?since={}", page.cursor),
                Some(&token),
                Value::Null,
            )
            .await;
            let none: ItemsPage = serde_json::from_str(&none.body).unwrap();
            assert_eq!((none.records.len(), none.cursor), (0, page.cursor));
            for bad in [
                "/api/v1/items?since=-1",
                "/api/v1/items?limit=0",
                "/api/v1/items?colour=red",
            ] {
                assert_eq!(
                    api(&client, "GET", bad, Some(&token), Value::Null)
                        .await
                        .status,
                    StatusCode::BAD_REQUEST,
                    "{bad}"
                );
            }

            // The sync's single read gives the same page, and pages by the limit.
            let seen = SeenDevices::default();
            let device = device_for_token(pool, &seen, &token)
                .await
                .unwrap()
                .unwrap();
            // Seen, but written only by the flush; then not noted again within the minute.
            assert_eq!(last_seen(pool, &device.device_id).await, None);
            assert_eq!(seen.pending(), 1);
            seen.flush(pool).await.unwrap();
            let written = last_seen(pool, &device.device_id).await.expect("written");
            assert!((now_ms() - written).abs() < 60_000);
            device_for_token(pool, &seen, &token)
                .await
                .unwrap()
                .unwrap();
            assert_eq!(seen.pending(), 0);
            // Never moved back; many devices in several statements.
            let mut many: Vec<(String, i64)> = (0..SEEN_PER_STATEMENT + 1)
                .map(|i| (format!("no-such-device-{i}"), written))
                .collect();
            many.push((device.device_id.clone(), written - 5_000));
            write_seen(pool, &many).await.unwrap();
            assert_eq!(last_seen(pool, &device.device_id).await, Some(written));
            // A failed write keeps what it could not write for the next flush.
            let broken = crate::db::connect("sqlite::memory:").await.unwrap();
            device_for_token(pool, &seen, &token).await.unwrap();
            seen.note(&device, None);
            assert!(seen.flush(&broken).await.is_err());
            assert_eq!(seen.pending(), 1);
            seen.flush(pool).await.unwrap();
            assert_eq!(seen.pending(), 0);
            let (same, head, _) = items_and_heads(pool, &device, 0, 500).await.unwrap();
            assert_eq!(same, page);
            assert!(head > 0, "the content cursor comes with the items");
            let (first, _, _) = items_and_heads(pool, &device, 0, 1).await.unwrap();
            assert_eq!((first.records.len(), first.more), (1, true));
            let (second, _, _) = items_and_heads(pool, &device, first.cursor, 1)
                .await
                .unwrap();
            assert_eq!(second.records, page.records[1..]);
            assert_eq!((second.cursor, second.more), (page.cursor, false));
            let (none, head_again, _) = items_and_heads(pool, &device, page.cursor, 500)
                .await
                .unwrap();
            assert_eq!(
                (none.records.len(), none.cursor, head_again),
                (0, page.cursor, head)
            );

            // With nothing to push, the device and the same pages come in one query.
            let reads = crate::db::QuickReads::new(pool);
            let (found, same_again, head_once, _) = device_and_items(&reads, &seen, &token, 0, 500)
                .await
                .unwrap()
                .expect("the paired device");
            assert_eq!(found.device_id, device.device_id);
            assert_eq!((same_again, head_once), (page.clone(), head));
            let (_, first_again, _, _) = device_and_items(&reads, &seen, &token, 0, 1)
                .await
                .unwrap()
                .unwrap();
            assert_eq!(first_again, first);
            let (_, none_again, head_none, _) =
                device_and_items(&reads, &seen, &token, page.cursor, 500)
                    .await
                    .unwrap()
                    .unwrap();
            assert_eq!(
                (none_again.records.len(), none_again.cursor, head_none),
                (0, page.cursor, head),
                "a device with nothing new still gets the heads"
            );
            assert!(device_and_items(&reads, &seen, "not a token", 0, 500)
                .await
                .unwrap()
                .is_none());

            // The same in one round trip, as the phones sync.
            let round = api(&client, "POST", "/api/v1/sync", Some(&token), json!({
                "items_since": page.cursor, "content": {"region": "bologna", "since": 0, "languages": ["ar"]}, "pack_version": 0
            })).await;
            assert_eq!(round.status, StatusCode::OK, "{}", round.body);
            conforms(&round, "SyncResponse");
            let round: ponte_wire::sync::SyncResponse = serde_json::from_str(&round.body).unwrap();
            assert!(round.results.is_empty() && round.items.records.is_empty());
            assert_eq!(round.content.as_ref().unwrap().changes.len(), 1);
            let idle = api(&client, "POST", "/api/v1/sync", Some(&token), json!({
                "items_since": page.cursor, "content": {"region": "bologna", "since": round.content.unwrap().cursor}
            })).await;
            assert!(
                idle.body.len() < 200,
                "nothing new costs a few bytes: {}",
                idle.body
            );
            let unknown = api(
                &client,
                "POST",
                "/api/v1/sync",
                Some(&token),
                json!({
                    "items_since": 0, "content": {"region": "bologna", "since": 99999}
                }),
            )
            .await;
            let unknown: ponte_wire::sync::SyncResponse =
                serde_json::from_str(&unknown.body).unwrap();
            assert!(unknown.content.is_none(), "start over");
            for bad in [
                json!({"items_since": 0}),
                json!({"items_since": 0, "content": {"region": "Bologna", "since": 0}}),
                json!({"items_since": 0, "content": {"region": "bologna", "since": 0, "languages": ["Arabic"]}}),
                json!({"items_since": 0, "content": {"region": "bologna", "since": 0}, "colour": 1}),
            ] {
                let answer = api(&client, "POST", "/api/v1/sync", Some(&token), bad.clone()).await;
                assert_eq!(answer.status, StatusCode::BAD_REQUEST, "{bad}");
            }
            assert_eq!(
                api(
                    &client,
                    "POST",
                    "/api/v1/sync",
                    None,
                    json!({"items_since": 0, "content": {"region": "bologna", "since": 0}})
                )
                .await
                .status,
                StatusCode::UNAUTHORIZED
            );
            // A device that is not paired is told so, whether its body is good or not.
            for body in [
                json!({"items_since": 0, "content": {"region": "bologna", "since": 0}}),
                json!({"items_since": 0, "content": {"region": "Bologna", "since": 0}}),
            ] {
                let answer = api(&client, "POST", "/api/v1/sync", Some("not-a-token"), body).await;
                assert_eq!(answer.status, StatusCode::UNAUTHORIZED, "{}", answer.body);
                assert!(answer.body.contains("unknown-device"), "{}", answer.body);
            }

            // The phone marks the referral done; the tutor's fields stay.
            let done = api(&client, "POST", "/api/v1/push", Some(&token), json!({"operations": [
                op("d1", json!({"type": "record", "record": {"kind": "referral", "id": referral.id, "fields": {"done": {"value": true, "at": format!("{}.0.7", referral.newest().ms + 1)}}}})),
                op("n1", json!({"type": "record", "record": {"kind": "tutor_note", "id": "made-up", "fields": {}}})),
            ]})).await;
            let done: PushResponse = serde_json::from_str(&done.body).unwrap();
            assert_eq!(done.results[0].status, OperationStatus::Applied);
            assert_eq!(
                done.results[1].status,
                OperationStatus::Rejected,
                "a phone cannot create tutor items"
            );
            let page2: ItemsPage = serde_json::from_str(
                &api(
                    &client,
                    "GET",
                    &format!("/api/v1/items?since={}", page.cursor),
                    Some(&token),
                    Value::Null,
                )
                .await
                .body,
            )
            .unwrap();
            assert_eq!(page2.records.len(), 1);
            assert_eq!(page2.records[0].fields["done"].value, json!(true));
            assert_eq!(page2.records[0].text("title"), Some("Sportello lavoro"));

            // The tutor sees the shared diary; other accounts do not.
            let mut browser = Client::new(pool, false);
            browser.sign_in("tutor", &password("tutor")).await;
            let shown = browser.get(&format!("/beneficiaries/{}", amina.id)).await;
            assert_eq!(shown.status, StatusCode::OK);
            assert!(shown.body.contains("Hotel Roma"), "the shared application");
            assert!(shown.body.contains("Samsung A12"), "the paired phone");
            for other in ["tutor2", "operator", "admin-b"] {
                let mut browser = Client::new(pool, false);
                browser.sign_in(other, &password(other)).await;
                assert_eq!(
                    browser
                        .get(&format!("/beneficiaries/{}", amina.id))
                        .await
                        .status,
                    StatusCode::FORBIDDEN,
                    "{other}"
                );
            }

            // A second phone paired to the same person gets back what was shared.
            let second_code = crate::people::create_pairing_code(pool, &tutor, &amina.id)
                .await
                .unwrap();
            let second: ponte_wire::sync::PairResponse = serde_json::from_str(
                &api(
                    &client,
                    "POST",
                    "/api/v1/pair",
                    None,
                    json!({"code": second_code.code}),
                )
                .await
                .body,
            )
            .unwrap();
            let restored: ItemsPage = serde_json::from_str(
                &api(
                    &client,
                    "GET",
                    "/api/v1/items",
                    Some(&second.device_token),
                    Value::Null,
                )
                .await
                .body,
            )
            .unwrap();
            assert_eq!(restored.records.len(), 2);

            // Withdrawing consent removes what was shared under it.
            api(&client, "POST", "/api/v1/push", Some(&token), json!({"operations": [op("c2", json!({"type": "consent", "category": "diary", "granted": false}))]})).await;
            let left: Vec<RecordKind> = crate::people::records(pool, &amina.id)
                .await
                .unwrap()
                .iter()
                .map(|r| r.kind)
                .collect();
            assert_eq!(left, vec![RecordKind::Referral]);

            // Unpair revokes one phone; erase removes everything and every phone.
            assert_eq!(
                api(
                    &client,
                    "POST",
                    "/api/v1/unpair",
                    Some(&second.device_token),
                    Value::Null
                )
                .await
                .status,
                StatusCode::NO_CONTENT
            );
            assert_eq!(
                api(
                    &client,
                    "GET",
                    "/api/v1/items",
                    Some(&second.device_token),
                    Value::Null
                )
                .await
                .status,
                StatusCode::UNAUTHORIZED
            );
            assert_eq!(
                api(&client, "POST", "/api/v1/erase", Some(&token), Value::Null)
                    .await
                    .status,
                StatusCode::NO_CONTENT
            );
            assert_eq!(
                api(&client, "GET", "/api/v1/items", Some(&token), Value::Null)
                    .await
                    .status,
                StatusCode::UNAUTHORIZED
            );
            for table in [
                "shared_record",
                "tutor_question",
                "consent",
                "device",
                "pairing_code",
            ] {
                let left: i64 = sqlx::query_scalar(sqlx::AssertSqlSafe(format!(
                    "SELECT count(*) FROM {table} WHERE beneficiary_id = $1"
                )))
                .bind(&amina.id)
                .fetch_one(pool)
                .await
                .unwrap();
                assert_eq!(left, 0, "{table} emptied");
            }
            let nickname: String =
                sqlx::query_scalar("SELECT nickname FROM beneficiary WHERE id = $1")
                    .bind(&amina.id)
                    .fetch_one(pool)
                    .await
                    .unwrap();
            assert_eq!(nickname, "");
            assert_eq!(
                browser
                    .get(&format!("/beneficiaries/{}", amina.id))
                    .await
                    .status,
                StatusCode::FORBIDDEN,
                "gone for the tutor too"
            );
            db.drop_database().await;
        }
    }

    #[tokio::test]
    async fn the_openapi_document_covers_every_api_route() {
        for db in databases().await {
            let client = Client::new(&db.pool, false);
            let served = client.get("/api/v1/openapi.json").await;
            assert_eq!(served.status, StatusCode::OK);
            let doc: Value = serde_json::from_str(&served.body).unwrap();
            assert_eq!(doc["openapi"], "3.1.0");
            let paths = doc["paths"].as_object().unwrap();
            for (path, method) in [
                ("/api/v1/content/changes", "get"),
                ("/api/v1/lessons/pack", "get"),
                ("/api/v1/maps/{region}/manifest", "get"),
                ("/api/v1/maps/{region}/pack", "get"),
                ("/api/v1/pair", "post"),
                ("/api/v1/push", "post"),
                ("/api/v1/sync", "post"),
                ("/api/v1/items", "get"),
                ("/api/v1/unpair", "post"),
                ("/api/v1/erase", "post"),
                ("/api/v1/openapi.json", "get"),
            ] {
                assert!(
                    paths.get(path).and_then(|p| p.get(method)).is_some(),
                    "{method} {path} documented"
                );
            }
            // Every documented path answers (not 404/405) on the router.
            for (path, item) in paths {
                for method in item.as_object().unwrap().keys() {
                    let answer =
                        api(&client, &method.to_uppercase(), path, None, Value::Null).await;
                    assert!(
                        answer.status != StatusCode::NOT_FOUND || path.ends_with("/pack"),
                        "{method} {path}: {}",
                        answer.status
                    );
                    assert_ne!(
                        answer.status,
                        StatusCode::METHOD_NOT_ALLOWED,
                        "{method} {path}"
                    );
                }
            }
            // Every $ref resolves.
            let text = served.body.clone();
            for piece in text.split("\"$ref\": \"#/components/schemas/").skip(1) {
                let name = &piece[..piece.find('"').unwrap()];
                assert!(
                    doc.pointer(&format!("/components/schemas/{name}"))
                        .is_some(),
                    "{name}"
                );
            }
            // A page of content changes conforms.
            crate::content::upsert_services(
                &db.pool,
                &[crate::content::tests::service(
                    "bo-1",
                    "bologna",
                    "Sportello",
                )],
            )
            .await
            .unwrap();
            conforms(
                &client.get("/api/v1/content/changes?region=bologna").await,
                "ChangesPage",
            );
            db.drop_database().await;
        }
    }
}
