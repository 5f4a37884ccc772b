//! The person's shared records as field maps, both ways: from the diary and lesson tables to
//! the wire, and back when the server returns them (a new phone paired to the same person).

use std::collections::BTreeMap;

use ponte_wire::sync::{RecordKind, SharedRecord};
use rusqlite::{params, Connection, OptionalExtension};
use serde_json::Value;

use crate::Result;

/// The current fields of a local record, or `None` when it no longer exists.
pub fn local_fields(
    conn: &Connection,
    kind: RecordKind,
    id: &str,
) -> Result<Option<BTreeMap<String, Value>>> {
    let sql = match kind {
        RecordKind::Application => {
            "SELECT json_object('employer', employer, 'position', position, 'source', source,
                'source_detail', source_detail, 'city', city, 'contract_type', contract_type,
                'contact_name', contact_name, 'contact_phone', contact_phone, 'contact_email', contact_email,
                'job_url', job_url, 'notes', notes, 'stage', current_stage,
                'stage_changed_at', stage_changed_at, 'created_at', created_at)
             FROM application WHERE id = ?1"
        }
        RecordKind::DiaryMeeting => {
            "SELECT json_object('at', at, 'tutor', tutor, 'topics', topics, 'notes', notes,
                'actions', (SELECT json_group_array(json_object('text', text, 'done', done))
                            FROM (SELECT text, done FROM meeting_action WHERE meeting_id = m.id ORDER BY position)))
             FROM meeting m WHERE id = ?1"
        }
        RecordKind::LessonProgress => {
            "SELECT json_object('lesson_id', lesson_id, 'current_step', current_step,
                'started_at', started_at, 'completed_at', completed_at, 'mastered_at', mastered_at,
                'mastered_by', mastered_by)
             FROM lesson_progress WHERE id = ?1"
        }
        RecordKind::Profile => return profile_fields(conn, id),
        _ => return Ok(None),
    };
    let json: Option<String> = conn
        .prepare_cached(sql)?
        .query_row([id], |r| r.get(0))
        .optional()?;
    Ok(json.and_then(|j| serde_json::from_str::<BTreeMap<String, Value>>(&j).ok()))
}

/// The id of the profile's single record of personal details and availability.
pub const PROFILE_DETAILS: &str = "details";

/// A part of the skills profile as a record: `section` says which (`details`, `language`,
/// `experience`, `education`, `skill`, `certificate`), the other fields are its columns.
fn profile_fields(conn: &Connection, id: &str) -> Result<Option<BTreeMap<String, Value>>> {
    use crate::diary::profile::{SHARED_DETAILS, SHARED_SECTIONS};
    let object = |section: &str, columns: &[&str]| {
        let pairs: Vec<String> = columns.iter().map(|c| format!("'{c}', {c}")).collect();
        format!("json_object('section', '{section}', {})", pairs.join(", "))
    };
    let queries: Vec<String> = if id == PROFILE_DETAILS {
        vec![format!(
            "SELECT {} FROM profile",
            object(PROFILE_DETAILS, SHARED_DETAILS)
        )]
    } else {
        SHARED_SECTIONS
            .iter()
            .map(|(section, table, columns)| {
                format!(
                    "SELECT {} FROM {table} WHERE id = ?1",
                    object(section, columns)
                )
            })
            .collect()
    };
    for sql in queries {
        let mut statement = conn.prepare_cached(&sql)?;
        let json: Option<String> = if statement.parameter_count() == 1 {
            statement.query_row([id], |r| r.get(0)).optional()?
        } else {
            statement.query_row([], |r| r.get(0)).optional()?
        };
        if let Some(json) = json {
            return Ok(serde_json::from_str(&json).ok());
        }
    }
    Ok(None)
}

/// Writes a part of the skills profile that came from the server (see [`profile_fields`]).
/// Only the columns the record has are written; a part missing what its table needs (a skill
/// without its text) is left out, as an application without an employer is.
fn apply_profile(conn: &Connection, record: &SharedRecord) -> Result<()> {
    use crate::diary::profile::{SHARED_DETAILS, SHARED_SECTIONS};
    use rusqlite::types::Value as Sql;
    let section = text(record, "section");
    let (table, columns): (&str, &[&str]) = if record.id == PROFILE_DETAILS {
        ("profile", SHARED_DETAILS)
    } else {
        match SHARED_SECTIONS.iter().find(|(s, _, _)| *s == section) {
            Some((_, table, columns)) => (table, columns),
            // A deletion carries no section: the id says which row, in whichever table.
            None if record.is_deleted() => ("", &[]),
            None => return Ok(()),
        }
    };
    if record.is_deleted() {
        if record.id == PROFILE_DETAILS {
            conn.execute("DELETE FROM profile", [])?;
        } else {
            for (_, table, _) in SHARED_SECTIONS {
                conn.execute(&format!("DELETE FROM {table} WHERE id = ?1"), [&record.id])?;
            }
        }
        return Ok(());
    }
    let present: Vec<(&str, Sql)> = columns
        .iter()
        .filter_map(|column| {
            let value = match &record.fields.get(*column)?.value {
                Value::Null => Sql::Null,
                Value::Bool(b) => Sql::Integer(i64::from(*b)),
                Value::Number(n) => match n.as_i64() {
                    Some(i) => Sql::Integer(i),
                    None => Sql::Real(n.as_f64().unwrap_or_default()),
                },
                Value::String(s) => Sql::Text(s.clone()),
                other => Sql::Text(other.to_string()),
            };
            Some((*column, value))
        })
        .collect();
    let names: Vec<&str> = present.iter().map(|(c, _)| *c).collect();
    let marks: Vec<String> = (3..present.len() + 3).map(|i| format!("?{i}")).collect();
    let updates: Vec<String> = names
        .iter()
        .map(|c| format!("{c} = excluded.{c}"))
        .chain(std::iter::once(
            "updated_at = excluded.updated_at".to_owned(),
        ))
        .collect();
    // The details row is one per person whatever its local id; a section's row is its id.
    let conflict = if table == "profile" {
        "singleton"
    } else {
        "id"
    };
    let sql = format!(
        "INSERT INTO {table} (id, updated_at{}{}) VALUES (?1, ?2{}{}) ON CONFLICT ({conflict}) DO UPDATE SET {}",
        if names.is_empty() { "" } else { ", " },
        names.join(", "),
        if marks.is_empty() { "" } else { ", " },
        marks.join(", "),
        updates.join(", ")
    );
    let id = if table == "profile" {
        uuid::Uuid::new_v4().to_string()
    } else {
        record.id.clone()
    };
    let values = [Sql::Text(id), Sql::Integer(crate::time::now_ms())]
        .into_iter()
        .chain(present.into_iter().map(|(_, v)| v));
    match conn.execute(&sql, rusqlite::params_from_iter(values)) {
        Ok(_) => Ok(()),
        // Not enough to make that part of (a required column missing or out of range).
        Err(rusqlite::Error::SqliteFailure(e, _))
            if e.code == rusqlite::ErrorCode::ConstraintViolation =>
        {
            Ok(())
        }
        Err(e) => Err(e.into()),
    }
}

fn text(record: &SharedRecord, field: &str) -> String {
    match record.fields.get(field).map(|f| &f.value) {
        Some(Value::String(s)) => s.clone(),
        Some(Value::Null) | None => String::new(),
        Some(other) => other.to_string(),
    }
}

fn int(record: &SharedRecord, field: &str) -> Option<i64> {
    record.fields.get(field).and_then(|f| f.value.as_i64())
}

/// Writes a merged record that came from the server into the person's own tables. The caller
/// has set `sync_applying`, so this is not taken for a local change.
pub fn apply_own(conn: &Connection, record: &SharedRecord) -> Result<()> {
    let now = crate::time::now_ms();
    match record.kind {
        RecordKind::Application => {
            if record.is_deleted() {
                conn.execute("DELETE FROM application WHERE id = ?1", [&record.id])?;
                return Ok(());
            }
            let stage = text(record, "stage");
            if stage.is_empty() || text(record, "employer").is_empty() {
                return Ok(()); // Not enough to make an application of.
            }
            let stage_at = int(record, "stage_changed_at").unwrap_or(now);
            let created = int(record, "created_at").unwrap_or(stage_at);
            let before: Option<String> = conn
                .query_row(
                    "SELECT current_stage FROM application WHERE id = ?1",
                    [&record.id],
                    |r| r.get(0),
                )
                .optional()?;
            conn.execute(
                "INSERT INTO application (id, employer, position, source, source_detail, city, contract_type,
                    contact_name, contact_phone, contact_email, job_url, notes, current_stage, stage_changed_at,
                    last_activity_at, created_at, updated_at)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?14, ?15, ?16)
                 ON CONFLICT (id) DO UPDATE SET employer = ?2, position = ?3, source = ?4, source_detail = ?5,
                    city = ?6, contract_type = ?7, contact_name = ?8, contact_phone = ?9, contact_email = ?10,
                    job_url = ?11, notes = ?12, current_stage = ?13, stage_changed_at = ?14,
                    last_activity_at = max(last_activity_at, ?14), updated_at = ?16",
                params![
                    record.id,
                    text(record, "employer"),
                    text(record, "position"),
                    text(record, "source"),
                    text(record, "source_detail"),
                    text(record, "city"),
                    record.fields.get("contract_type").and_then(|f| f.value.as_str()),
                    text(record, "contact_name"),
                    text(record, "contact_phone"),
                    text(record, "contact_email"),
                    text(record, "job_url"),
                    text(record, "notes"),
                    stage,
                    stage_at,
                    created,
                    now
                ],
            )?;
            if before.as_deref() != Some(stage.as_str()) {
                // Keep the timeline's rule: the newest event is the current stage.
                conn.execute(
                    "INSERT INTO stage_event (id, application_id, seq, stage, at, note, updated_at)
                     VALUES (?1, ?2, coalesce((SELECT max(seq) FROM stage_event WHERE application_id = ?2), 0) + 1, ?3, ?4, '', ?5)",
                    params![uuid::Uuid::new_v4().to_string(), record.id, stage, stage_at, now],
                )?;
            }
        }
        RecordKind::DiaryMeeting => {
            if record.is_deleted() {
                conn.execute("DELETE FROM meeting WHERE id = ?1", [&record.id])?;
                return Ok(());
            }
            let Some(at) = int(record, "at") else {
                return Ok(());
            };
            conn.execute(
                "INSERT INTO meeting (id, at, tutor, topics, notes, updated_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6)
                 ON CONFLICT (id) DO UPDATE SET at = ?2, tutor = ?3, topics = ?4, notes = ?5, updated_at = ?6",
                params![record.id, at, text(record, "tutor"), text(record, "topics"), text(record, "notes"), now],
            )?;
            if let Some(Value::Array(actions)) = record.fields.get("actions").map(|f| &f.value) {
                conn.execute(
                    "DELETE FROM meeting_action WHERE meeting_id = ?1",
                    [&record.id],
                )?;
                for (position, action) in actions.iter().enumerate() {
                    conn.execute(
                        "INSERT INTO meeting_action (id, meeting_id, position, text, done, updated_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
                        params![
                            uuid::Uuid::new_v4().to_string(),
                            record.id,
                            position as i64,
                            action.get("text").and_then(Value::as_str).unwrap_or(""),
                            action.get("done").and_then(Value::as_i64).unwrap_or(0),
                            now
                        ],
                    )?;
                }
            }
        }
        RecordKind::LessonProgress => {
            let lesson = text(record, "lesson_id");
            if record.is_deleted() || lesson.is_empty() {
                return Ok(());
            }
            // One progress row per lesson: a row this phone made for the same lesson is updated.
            conn.execute(
                "INSERT INTO lesson_progress (id, lesson_id, current_step, started_at, completed_at, mastered_at, mastered_by, updated_at)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)
                 ON CONFLICT (lesson_id) DO UPDATE SET current_step = ?3, completed_at = coalesce(completed_at, ?5),
                    mastered_at = coalesce(mastered_at, ?6), mastered_by = coalesce(mastered_by, ?7), updated_at = ?8",
                params![
                    record.id,
                    lesson,
                    text(record, "current_step"),
                    int(record, "started_at").unwrap_or(now),
                    int(record, "completed_at"),
                    int(record, "mastered_at"),
                    record.fields.get("mastered_by").and_then(|f| f.value.as_str()),
                    now
                ],
            )?;
        }
        RecordKind::TutorNote
        | RecordKind::Referral
        | RecordKind::TutorMeeting
        | RecordKind::JobOffer => {
            if record.is_deleted() {
                conn.execute("DELETE FROM tutor_item WHERE id = ?1", [&record.id])?;
                return Ok(());
            }
            // The tutor writes Italian local time (`2026-12-01T09:30`): it becomes the instant
            // here, once.
            let at = record
                .fields
                .get("at")
                .and_then(|f| f.value.as_str())
                .and_then(super::rome_ms);
            let done = matches!(
                record.fields.get("done").map(|f| &f.value),
                Some(Value::Bool(true))
            );
            conn.execute(
                "INSERT INTO tutor_item (id, kind, title, text, service_id, at_ms, place, url, done, updated_at, tutor, question)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12)
                 ON CONFLICT (id) DO UPDATE SET kind = ?2, title = ?3, text = ?4, service_id = ?5, at_ms = ?6,
                    place = ?7, url = ?8, done = ?9, updated_at = ?10, tutor = ?11, question = ?12",
                params![
                    record.id,
                    record.kind.as_str(),
                    text(record, "title"),
                    text(record, "text"),
                    record.fields.get("service_id").and_then(|f| f.value.as_str()),
                    at,
                    text(record, "place"),
                    text(record, "url"),
                    done,
                    now,
                    text(record, "tutor"),
                    // An answer to the person's question ("ask my tutor"): the question's id.
                    record.fields.get("question").and_then(|f| f.value.as_str())
                ],
            )?;
        }
        RecordKind::Profile => apply_profile(conn, record)?,
    }
    Ok(())
}
