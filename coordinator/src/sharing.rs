//! The phone's side of the sync API: pairing, pushed operations (each applied at most once),
//! shared records and tutor items by cursor, unpairing and erasure.

use ponte_wire::sync::{
    ItemsPage, Operation, OperationBody, OperationResult, OperationStatus, PairResponse,
    SharedRecord, REPORT_KINDS,
};
use sha2::{Digest, Sha256};
use sqlx::{AnyConnection, AnyPool, Row};

use crate::auth::{hash_token, random_token};
use crate::people::{
    audit, is_postgres, lock_cursor, normalise_code, now_ms, server_saw, store_record,
};

/// A paired, not revoked device of a beneficiary who has not erased their data.
#[derive(Debug, Clone)]
pub struct DeviceAuth {
    pub device_id: String,
    pub beneficiary_id: String,
    pub organisation_id: String,
}

pub async fn device_for_token(
    pool: &AnyPool,
    token: &str,
) -> Result<Option<DeviceAuth>, sqlx::Error> {
    let row = sqlx::query(
        "SELECT d.id, d.beneficiary_id, b.organisation_id FROM device d
         JOIN beneficiary b ON b.id = d.beneficiary_id
         WHERE d.token_hash = $1 AND d.revoked_at IS NULL AND b.erased_at IS NULL",
    )
    .bind(hash_token(token))
    .fetch_optional(pool)
    .await?;
    let Some(row) = row else { return Ok(None) };
    let device = DeviceAuth {
        device_id: row.try_get("id")?,
        beneficiary_id: row.try_get("beneficiary_id")?,
        organisation_id: row.try_get("organisation_id")?,
    };
    // At most one write a minute per device, so a no-op sync stays a read.
    let now = now_ms();
    sqlx::query("UPDATE device SET last_seen = $1 WHERE id = $2 AND (last_seen IS NULL OR last_seen < $3)")
        .bind(now)
        .bind(&device.device_id)
        .bind(now - 60_000)
        .execute(pool)
        .await?;
    Ok(Some(device))
}

#[derive(Debug, PartialEq, Eq)]
pub enum PairError {
    /// Unknown, used or expired: one answer for all three.
    BadCode,
}

pub async fn pair(
    pool: &AnyPool,
    code: &str,
    device_name: &str,
) -> Result<Result<PairResponse, PairError>, sqlx::Error> {
    let now = now_ms();
    let mut tx = pool.begin().await?;
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
    let mut tx = pool.begin().await?;
    lock_cursor(&mut tx, postgres).await?;
    let mut results = Vec::with_capacity(operations.len());
    for operation in operations {
        let hash = content_hash(operation);
        let seen = sqlx::query("SELECT content_hash, status, reason FROM applied_operation WHERE id = $1")
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
    if !ponte_wire::sync::is_id(&operation.id) {
        return Ok(Err("operation id: 1 to 64 letters, digits, - or _".into()));
    }
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
            let service: Option<String> = sqlx::query_scalar("SELECT id FROM service WHERE id = $1")
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
                        sqlx::query("DELETE FROM shared_record WHERE beneficiary_id = $1 AND kind = $2")
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
                if *granted { "consent.grant" } else { "consent.withdraw" },
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
    let rows = sqlx::query(
        "SELECT body, seq FROM shared_record WHERE beneficiary_id = $1 AND seq > $2 ORDER BY seq LIMIT $3",
    )
    .bind(&device.beneficiary_id)
    .bind(since as i64)
    .bind(i64::from(limit) + 1)
    .fetch_all(pool)
    .await?;
    let more = rows.len() > limit as usize;
    let mut records = Vec::with_capacity(rows.len().min(limit as usize));
    let mut cursor = since;
    for row in rows.iter().take(limit as usize) {
        let body: String = row.try_get("body")?;
        let seq: i64 = row.try_get("seq")?;
        cursor = seq as u64;
        if let Ok(record) = serde_json::from_str::<SharedRecord>(&body) {
            records.push(record);
        }
    }
    Ok(ItemsPage {
        records,
        cursor,
        more,
    })
}

pub async fn unpair(pool: &AnyPool, device: &DeviceAuth) -> Result<(), sqlx::Error> {
    let mut tx = pool.begin().await?;
    sqlx::query("UPDATE device SET revoked_at = $1 WHERE id = $2")
        .bind(now_ms())
        .bind(&device.device_id)
        .execute(&mut *tx)
        .await?;
    audit(&mut tx, None, "device.unpair", &device.device_id, &device.beneficiary_id).await?;
    tx.commit().await
}

/// Removes everything the server holds about the beneficiary: shared records, tutor items,
/// consents, devices and codes. The row stays, emptied, so the id is never reused.
pub async fn erase(pool: &AnyPool, device: &DeviceAuth) -> Result<(), sqlx::Error> {
    let mut tx = pool.begin().await?;
    let id = &device.beneficiary_id;
    let devices: Vec<String> = sqlx::query_scalar("SELECT id FROM device WHERE beneficiary_id = $1")
        .bind(id)
        .fetch_all(&mut *tx)
        .await?;
    for device_id in &devices {
        sqlx::query("DELETE FROM applied_operation WHERE device_id = $1")
            .bind(device_id)
            .execute(&mut *tx)
            .await?;
    }
    for table in ["shared_record", "consent", "pairing_code", "device"] {
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
    audit(&mut tx, None, "beneficiary.erase", id, "on the person's request").await?;
    tx.commit().await
}
