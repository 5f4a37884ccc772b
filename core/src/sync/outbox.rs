//! The outbox: changes marked by the triggers become operations with stable ids, in one
//! transaction; they leave the outbox only when the server acknowledged them.

use std::collections::BTreeMap;

use ponte_wire::sync::{
    ConsentCategory, Operation, OperationBody, OutcomeCounts, RecordKind, ServiceReport,
    SharedRecord, Stamped,
};
use rusqlite::{params, Connection, OptionalExtension, Transaction};

use super::records::local_fields;
use super::state;
use crate::Result;

/// Queues an operation. Its id is chosen now, so a retry sends the very same operation.
pub fn enqueue(
    tx: &Connection,
    category: Option<ConsentCategory>,
    body: &OperationBody,
) -> Result<()> {
    enqueue_as(
        tx,
        &uuid::Uuid::new_v4().simple().to_string(),
        category,
        body,
    )
}

/// Queues an operation under an id of the caller's: a record the server files under the
/// phone's own id (a question to the tutor, whose answer names it).
pub fn enqueue_as(
    tx: &Connection,
    op_id: &str,
    category: Option<ConsentCategory>,
    body: &OperationBody,
) -> Result<()> {
    tx.prepare_cached(
        "INSERT INTO sync_outbox (op_id, category, body, created_at) VALUES (?1, ?2, ?3, ?4)",
    )?
    .execute(params![
        op_id,
        category.map(ConsentCategory::as_str),
        serde_json::to_string(body).expect("an operation serializes"),
        crate::time::now_ms()
    ])?;
    Ok(())
}

pub fn record_state(conn: &Connection, kind: RecordKind, id: &str) -> Result<Option<SharedRecord>> {
    let body: Option<String> = conn
        .prepare_cached("SELECT body FROM sync_record WHERE kind = ?1 AND id = ?2")?
        .query_row(params![kind.as_str(), id], |r| r.get(0))
        .optional()?;
    Ok(body.and_then(|b| serde_json::from_str(&b).ok()))
}

pub fn save_record_state(conn: &Connection, record: &SharedRecord) -> Result<()> {
    conn.prepare_cached("INSERT OR REPLACE INTO sync_record (kind, id, body) VALUES (?1, ?2, ?3)")?
        .execute(params![
            record.kind.as_str(),
            record.id,
            serde_json::to_string(record).expect("a record serializes")
        ])?;
    Ok(())
}

/// Turns every marked change into an operation carrying only the fields that changed.
pub fn prepare(tx: &Transaction<'_>) -> Result<u32> {
    let dirty: Vec<(String, String, i64, bool)> = tx
        .prepare("SELECT kind, id, changed_at, deleted FROM sync_dirty ORDER BY changed_at")?
        .query_map([], |r| {
            Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get::<_, i64>(3)? != 0))
        })?
        .collect::<rusqlite::Result<_>>()?;
    let mut queued = 0;
    for (kind_code, id, changed_at, deleted) in dirty {
        if kind_code == "report" {
            let report: Option<(String, String, String)> = tx
                .query_row(
                    "SELECT service_id, kind, comment FROM service_report WHERE id = ?1 AND status = 'pending'",
                    [&id],
                    |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)),
                )
                .optional()?;
            if let Some((service_id, kind, comment)) = report {
                // The report's own id is the operation's: the server files it under that id.
                tx.prepare_cached("INSERT OR IGNORE INTO sync_outbox (op_id, category, body, created_at) VALUES (?1, NULL, ?2, ?3)")?
                    .execute(params![
                        id,
                        serde_json::to_string(&OperationBody::Report { report: ServiceReport { service_id, kind, comment } })
                            .expect("an operation serializes"),
                        crate::time::now_ms()
                    ])?;
                queued += 1;
            }
        } else if let Some(kind) = RecordKind::parse(&kind_code) {
            let before = record_state(tx, kind, &id)?.unwrap_or(SharedRecord {
                kind,
                id: id.clone(),
                fields: BTreeMap::new(),
                deleted: None,
            });
            let stamp = state::stamp(tx, changed_at)?;
            let mut change = SharedRecord {
                kind,
                id: id.clone(),
                fields: BTreeMap::new(),
                deleted: None,
            };
            match local_fields(tx, kind, &id)? {
                Some(fields) if !deleted => {
                    for (name, value) in fields {
                        if before.fields.get(&name).map(|f| &f.value) != Some(&value) {
                            change.fields.insert(name, Stamped { value, at: stamp });
                        }
                    }
                }
                _ => change.deleted = Some(stamp),
            }
            if !change.fields.is_empty() || change.deleted.is_some() {
                let mut after = before;
                after.merge(&change);
                save_record_state(tx, &after)?;
                enqueue(
                    tx,
                    kind.consent(),
                    &OperationBody::Record { record: change },
                )?;
                queued += 1;
            }
        }
        tx.prepare_cached("DELETE FROM sync_dirty WHERE kind = ?1 AND id = ?2")?
            .execute(params![kind_code, id])?;
    }
    Ok(queued)
}

/// The person's choice for one category, with its effects in the same transaction: granting
/// marks everything of the category for sending; withdrawing drops what waits to be sent.
pub fn set_consent(tx: &Transaction<'_>, category: ConsentCategory, granted: bool) -> Result<()> {
    tx.execute(
        "INSERT OR REPLACE INTO sync_consent (category, granted, changed_at) VALUES (?1, ?2, ?3)",
        params![category.as_str(), granted, crate::time::now_ms()],
    )?;
    let kinds: Vec<RecordKind> = RecordKind::ALL
        .into_iter()
        .filter(|k| k.consent() == Some(category))
        .collect();
    if granted {
        for kind in &kinds {
            let table = match kind {
                RecordKind::Application => "application",
                RecordKind::DiaryMeeting => "meeting",
                RecordKind::LessonProgress => "lesson_progress",
                RecordKind::Profile => {
                    // The profile's parts are records of their own (see records::profile_fields).
                    tx.execute(
                        "INSERT OR REPLACE INTO sync_dirty (kind, id, changed_at, deleted)
                         SELECT 'profile', ?1, updated_at, 0 FROM profile",
                        [super::records::PROFILE_DETAILS],
                    )?;
                    for (_, table, _) in crate::diary::profile::SHARED_SECTIONS {
                        tx.execute(
                            &format!("INSERT OR REPLACE INTO sync_dirty (kind, id, changed_at, deleted) SELECT 'profile', id, updated_at, 0 FROM {table}"),
                            [],
                        )?;
                    }
                    continue;
                }
                _ => continue,
            };
            tx.execute(
                &format!("INSERT OR REPLACE INTO sync_dirty (kind, id, changed_at, deleted) SELECT ?1, id, updated_at, 0 FROM {table}"),
                [kind.as_str()],
            )?;
        }
    } else {
        tx.execute(
            "DELETE FROM sync_outbox WHERE category = ?1",
            [category.as_str()],
        )?;
        for kind in &kinds {
            tx.execute("DELETE FROM sync_dirty WHERE kind = ?1", [kind.as_str()])?;
            // The server forgets them too: start from nothing if consent comes back.
            tx.execute("DELETE FROM sync_record WHERE kind = ?1", [kind.as_str()])?;
        }
        if category == ConsentCategory::Outcomes {
            state::remove(tx, state::OUTCOMES_SENT)?;
        }
    }
    enqueue(tx, None, &OperationBody::Consent { category, granted })?;
    Ok(())
}

pub fn consented(conn: &Connection, category: ConsentCategory) -> Result<bool> {
    Ok(conn
        .prepare_cached("SELECT granted FROM sync_consent WHERE category = ?1")?
        .query_row([category.as_str()], |r| r.get::<_, bool>(0))
        .optional()?
        .unwrap_or(false))
}

/// This month's anonymous counts, queued when they changed since last sent.
pub fn queue_outcomes(tx: &Transaction<'_>, now: i64) -> Result<()> {
    if !consented(tx, ConsentCategory::Outcomes)? {
        return Ok(());
    }
    let local = jiff::Timestamp::from_millisecond(now)
        .map_err(|e| crate::Error::Content {
            field: "now".into(),
            message: e.to_string(),
        })?
        .to_zoned(crate::services::hours::rome().clone());
    let month_start = local
        .date()
        .first_of_month()
        .to_zoned(crate::services::hours::rome().clone())
        .map(|z| z.timestamp().as_millisecond())
        .unwrap_or(0);
    let count = |sql: &str| -> Result<u32> {
        Ok(tx.query_row(sql, [month_start], |r| r.get::<_, i64>(0))? as u32)
    };
    let counts = OutcomeCounts {
        month: ponte_wire::sync::Month {
            year: local.year() as u16,
            month: local.month() as u8,
        },
        applications: count("SELECT count(*) FROM application WHERE created_at >= ?1")?,
        interviews: count("SELECT count(*) FROM interview WHERE at >= ?1")?,
        hires: count("SELECT count(*) FROM stage_event WHERE stage = 'hired' AND at >= ?1")?,
        lessons_completed: count("SELECT count(*) FROM lesson_progress WHERE completed_at >= ?1")?,
    };
    let text = serde_json::to_string(&counts).expect("counts serialize");
    if state::get(tx, state::OUTCOMES_SENT)?.as_deref() != Some(text.as_str()) {
        enqueue(
            tx,
            Some(ConsentCategory::Outcomes),
            &OperationBody::Outcome { counts },
        )?;
        state::set(tx, state::OUTCOMES_SENT, &text)?;
    }
    Ok(())
}

/// Up to `limit` operations, oldest first.
pub fn next_batch(conn: &Connection, limit: usize) -> Result<Vec<Operation>> {
    let rows: Vec<(String, String)> = conn
        .prepare_cached("SELECT op_id, body FROM sync_outbox ORDER BY seq LIMIT ?1")?
        .query_map([limit as i64], |r| Ok((r.get(0)?, r.get(1)?)))?
        .collect::<rusqlite::Result<_>>()?;
    Ok(rows
        .into_iter()
        .filter_map(|(id, body)| {
            serde_json::from_str(&body)
                .ok()
                .map(|change| Operation { id, change })
        })
        .collect())
}

pub fn pending(conn: &Connection) -> Result<u32> {
    let outbox: i64 = conn.query_row("SELECT count(*) FROM sync_outbox", [], |r| r.get(0))?;
    let dirty: i64 = conn.query_row("SELECT count(*) FROM sync_dirty", [], |r| r.get(0))?;
    Ok((outbox + dirty) as u32)
}

/// The server has it (applied now or before): it leaves the outbox.
pub fn acknowledge(tx: &Transaction<'_>, op_id: &str) -> Result<()> {
    tx.prepare_cached("DELETE FROM sync_outbox WHERE op_id = ?1")?
        .execute([op_id])?;
    tx.prepare_cached("UPDATE service_report SET status = 'sent', updated_at = ?2 WHERE id = ?1")?
        .execute(params![op_id, crate::time::now_ms()])?;
    Ok(())
}
