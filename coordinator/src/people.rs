//! The people side of the coordinator: organisations, beneficiaries (pseudonymous), pairing
//! codes and devices, the tutors' items, reports from phones, outcomes.

use std::collections::BTreeMap;
use std::sync::Mutex;

use ponte_wire::sync::{Hlc, RecordKind, SharedRecord, Stamped};
use sqlx::{AnyConnection, AnyPool, Row};

use crate::audit::audit;
use crate::auth::{hash_token, Account, Role};
use crate::db::{is_postgres, lock_cursor, now_ms};
use crate::error::Invalid;
pub use crate::error::PeopleError;

pub async fn add_organisation(
    pool: &AnyPool,
    id: &str,
    name: &str,
    region: &str,
) -> Result<(), sqlx::Error> {
    sqlx::query("INSERT INTO organisation (id, name, region) VALUES ($1, $2, $3) ON CONFLICT (id) DO NOTHING")
        .bind(id)
        .bind(name)
        .bind(region)
        .execute(pool)
        .await?;
    Ok(())
}

/// The server's own clock for the records it stamps (tutor edits). Node 0 is the server.
static SERVER_CLOCK: Mutex<Hlc> = Mutex::new(Hlc {
    ms: 0,
    counter: 0,
    node: 0,
});

pub fn server_tick() -> Hlc {
    let mut last = SERVER_CLOCK.lock().unwrap_or_else(|e| e.into_inner());
    *last = Hlc::tick(*last, now_ms() as u64, 0);
    *last
}

/// Remembers a reading seen from a phone, so the server never stamps below it.
pub fn server_saw(seen: Hlc) {
    let mut last = SERVER_CLOCK.lock().unwrap_or_else(|e| e.into_inner());
    *last = last.max(Hlc { node: 0, ..seen });
}

#[derive(Debug, Clone)]
pub struct Beneficiary {
    pub id: String,
    pub organisation_id: String,
    pub nickname: String,
    pub languages: Vec<String>,
    pub tutor_id: Option<String>,
    pub tutor: Option<String>,
}

fn beneficiary_from(row: &sqlx::any::AnyRow) -> Result<Beneficiary, sqlx::Error> {
    let languages: String = row.try_get("languages")?;
    Ok(Beneficiary {
        id: row.try_get("id")?,
        organisation_id: row.try_get("organisation_id")?,
        nickname: row.try_get("nickname")?,
        languages: languages
            .split(',')
            .filter(|l| !l.is_empty())
            .map(str::to_owned)
            .collect(),
        tutor_id: row.try_get("tutor_id")?,
        tutor: row.try_get("tutor")?,
    })
}

const BENEFICIARY_COLUMNS: &str = "b.id, b.organisation_id, b.nickname, b.languages, b.tutor_id, a.username AS tutor FROM beneficiary b LEFT JOIN account a ON a.id = b.tutor_id";

/// The beneficiaries this account may follow: a tutor's own, or all of an admin's organisation.
pub async fn beneficiaries(pool: &AnyPool, by: &Account) -> Result<Vec<Beneficiary>, PeopleError> {
    let rows = match by.role {
        Role::Admin => sqlx::query(sqlx::AssertSqlSafe(format!("SELECT {BENEFICIARY_COLUMNS} WHERE b.organisation_id = $1 AND b.erased_at IS NULL ORDER BY b.nickname")))
            .bind(&by.organisation_id)
            .fetch_all(pool)
            .await?,
        Role::Tutor => sqlx::query(sqlx::AssertSqlSafe(format!("SELECT {BENEFICIARY_COLUMNS} WHERE b.tutor_id = $1 AND b.erased_at IS NULL ORDER BY b.nickname")))
            .bind(&by.id)
            .fetch_all(pool)
            .await?,
        Role::Operator => return Err(PeopleError::Forbidden),
    };
    Ok(rows
        .iter()
        .map(beneficiary_from)
        .collect::<Result<_, _>>()?)
}

/// One beneficiary, if this account may see them (otherwise `Forbidden`, also for unknown ids,
/// so ids cannot be probed).
pub async fn beneficiary(
    pool: &AnyPool,
    by: &Account,
    id: &str,
) -> Result<Beneficiary, PeopleError> {
    let row = sqlx::query(sqlx::AssertSqlSafe(format!(
        "SELECT {BENEFICIARY_COLUMNS} WHERE b.id = $1 AND b.erased_at IS NULL"
    )))
    .bind(id)
    .fetch_optional(pool)
    .await?;
    let Some(beneficiary) = row.as_ref().map(beneficiary_from).transpose()? else {
        return Err(PeopleError::Forbidden);
    };
    let allowed = match by.role {
        Role::Admin => beneficiary.organisation_id == by.organisation_id,
        Role::Tutor => beneficiary.tutor_id.as_deref() == Some(by.id.as_str()),
        Role::Operator => false,
    };
    if allowed {
        Ok(beneficiary)
    } else {
        Err(PeopleError::Forbidden)
    }
}

pub fn parse_languages(text: &str) -> Result<Vec<String>, PeopleError> {
    let languages: Vec<String> = text
        .split([',', ' '])
        .map(str::trim)
        .filter(|l| !l.is_empty())
        .map(str::to_owned)
        .collect();
    if languages.is_empty() {
        return Err(PeopleError::Invalid(Invalid::LanguagesRequired));
    }
    if let Some(bad) = languages
        .iter()
        .find(|l| !ponte_wire::content::is_language_tag(l))
    {
        return Err(PeopleError::Invalid(Invalid::NotALanguageCode(bad.clone())));
    }
    Ok(languages)
}

/// A new beneficiary, paired with the tutor who creates them (an admin names the tutor).
pub async fn add_beneficiary(
    pool: &AnyPool,
    by: &Account,
    nickname: &str,
    languages: &str,
    tutor_id: Option<&str>,
) -> Result<Beneficiary, PeopleError> {
    if !by.role.follows_beneficiaries() {
        return Err(PeopleError::Forbidden);
    }
    let nickname = nickname.trim();
    if nickname.is_empty() || nickname.chars().count() > 60 {
        return Err(PeopleError::Invalid(Invalid::Nickname));
    }
    let languages = parse_languages(languages)?;
    let tutor_id = match (by.role, tutor_id.filter(|t| !t.is_empty())) {
        (Role::Tutor, _) => by.id.clone(),
        (_, Some(tutor)) => {
            let ok: Option<String> = sqlx::query_scalar(
                "SELECT id FROM account WHERE id = $1 AND organisation_id = $2 AND role = 'tutor'",
            )
            .bind(tutor)
            .bind(&by.organisation_id)
            .fetch_optional(pool)
            .await?;
            ok.ok_or_else(|| PeopleError::Invalid(Invalid::NotATutor))?
        }
        (_, None) => return Err(PeopleError::Invalid(Invalid::TutorRequired)),
    };
    let id = format!("ben-{}", crate::auth::random_token(9));
    let mut tx = crate::db::begin_write(pool).await?;
    sqlx::query("INSERT INTO beneficiary (id, organisation_id, nickname, languages, tutor_id, created_at) VALUES ($1, $2, $3, $4, $5, $6)")
        .bind(&id)
        .bind(&by.organisation_id)
        .bind(nickname)
        .bind(languages.join(","))
        .bind(&tutor_id)
        .bind(now_ms())
        .execute(&mut *tx)
        .await?;
    audit(&mut tx, Some(&by.id), "beneficiary.add", &id, "").await?;
    tx.commit().await?;
    beneficiary(pool, by, &id).await
}

/// Letters and digits that cannot be confused when read aloud or typed (no 0/O, 1/I/L).
const CODE_ALPHABET: &[u8] = b"ABCDEFGHJKMNPQRSTUVWXYZ23456789";
pub const CODE_LIFETIME_MS: i64 = 24 * 3600 * 1000;

/// `ABCD-EFGH`: typeable, one use, valid for a day.
pub fn new_pairing_code() -> String {
    // Each character uniform over the alphabet: a byte is taken only below the largest multiple
    // of 31 (248), so no letter is likelier than another (the README's arithmetic counts on it).
    let fair_below = 256 - 256 % CODE_ALPHABET.len();
    let mut letters = String::with_capacity(8);
    while letters.len() < 8 {
        let mut bytes = [0u8; 16];
        getrandom::getrandom(&mut bytes).expect("the operating system's random generator works");
        for b in bytes
            .iter()
            .map(|b| *b as usize)
            .filter(|b| *b < fair_below)
        {
            if letters.len() < 8 {
                letters.push(CODE_ALPHABET[b % CODE_ALPHABET.len()] as char);
            }
        }
    }
    format!("{}-{}", &letters[..4], &letters[4..])
}

/// What a person typed, as the code is stored: upper case, without spaces or dashes, and with
/// the letters people confuse read as the ones the alphabet has.
pub fn normalise_code(typed: &str) -> String {
    typed
        .chars()
        .filter(|c| c.is_ascii_alphanumeric())
        .map(|c| match c.to_ascii_uppercase() {
            'O' | '0' => 'Q',
            'I' | 'L' | '1' => 'J',
            c => c,
        })
        .collect()
}

pub struct PairingCode {
    pub code: String,
    pub expires_at: i64,
}

pub async fn create_pairing_code(
    pool: &AnyPool,
    by: &Account,
    beneficiary_id: &str,
) -> Result<PairingCode, PeopleError> {
    beneficiary(pool, by, beneficiary_id).await?;
    let code = new_pairing_code();
    let expires_at = now_ms() + CODE_LIFETIME_MS;
    let mut tx = crate::db::begin_write(pool).await?;
    sqlx::query(
        "INSERT INTO pairing_code (code_hash, beneficiary_id, expires_at) VALUES ($1, $2, $3)",
    )
    .bind(hash_token(&normalise_code(&code)))
    .bind(beneficiary_id)
    .bind(expires_at)
    .execute(&mut *tx)
    .await?;
    audit(
        &mut tx,
        Some(&by.id),
        "pairing_code.create",
        beneficiary_id,
        "",
    )
    .await?;
    tx.commit().await?;
    Ok(PairingCode { code, expires_at })
}

pub struct Device {
    pub id: String,
    pub name: String,
    pub paired_at: i64,
    pub last_seen: Option<i64>,
    pub revoked: bool,
}

pub async fn devices(pool: &AnyPool, beneficiary_id: &str) -> Result<Vec<Device>, sqlx::Error> {
    let rows = sqlx::query("SELECT id, name, paired_at, last_seen, revoked_at FROM device WHERE beneficiary_id = $1 ORDER BY paired_at")
        .bind(beneficiary_id)
        .fetch_all(pool)
        .await?;
    rows.iter()
        .map(|r| {
            Ok(Device {
                id: r.try_get("id")?,
                name: r.try_get("name")?,
                paired_at: r.try_get("paired_at")?,
                last_seen: r.try_get("last_seen")?,
                revoked: r.try_get::<Option<i64>, _>("revoked_at")?.is_some(),
            })
        })
        .collect()
}

pub async fn revoke_device(
    pool: &AnyPool,
    by: &Account,
    beneficiary_id: &str,
    device_id: &str,
) -> Result<(), PeopleError> {
    beneficiary(pool, by, beneficiary_id).await?;
    let mut tx = crate::db::begin_write(pool).await?;
    let done = sqlx::query("UPDATE device SET revoked_at = $1 WHERE id = $2 AND beneficiary_id = $3 AND revoked_at IS NULL")
        .bind(now_ms())
        .bind(device_id)
        .bind(beneficiary_id)
        .execute(&mut *tx)
        .await?;
    if done.rows_affected() == 0 {
        return Err(PeopleError::NotFound(format!("device {device_id:?}")));
    }
    audit(
        &mut tx,
        Some(&by.id),
        "device.revoke",
        device_id,
        beneficiary_id,
    )
    .await?;
    tx.commit().await?;
    Ok(())
}

pub async fn consents(pool: &AnyPool, beneficiary_id: &str) -> Result<Vec<String>, sqlx::Error> {
    sqlx::query_scalar(
        "SELECT category FROM consent WHERE beneficiary_id = $1 AND granted = 1 ORDER BY category",
    )
    .bind(beneficiary_id)
    .fetch_all(pool)
    .await
}

/// The records a beneficiary shares and the tutor's items for them, newest first.
pub async fn records(
    pool: &AnyPool,
    beneficiary_id: &str,
) -> Result<Vec<SharedRecord>, sqlx::Error> {
    let bodies: Vec<String> = sqlx::query_scalar(
        "SELECT body FROM shared_record WHERE beneficiary_id = $1 ORDER BY seq DESC",
    )
    .bind(beneficiary_id)
    .fetch_all(pool)
    .await?;
    Ok(bodies
        .iter()
        .filter_map(|b| serde_json::from_str::<SharedRecord>(b).ok())
        .filter(|r| !r.is_deleted())
        .collect())
}

/// Stores a merged record with a new cursor number. The caller holds the cursor lock.
pub async fn store_record(
    conn: &mut AnyConnection,
    beneficiary_id: &str,
    incoming: &SharedRecord,
) -> Result<SharedRecord, sqlx::Error> {
    let stored: Option<String> = sqlx::query_scalar(
        "SELECT body FROM shared_record WHERE beneficiary_id = $1 AND kind = $2 AND id = $3",
    )
    .bind(beneficiary_id)
    .bind(incoming.kind.as_str())
    .bind(&incoming.id)
    .fetch_optional(&mut *conn)
    .await?;
    let mut merged = stored
        .and_then(|b| serde_json::from_str::<SharedRecord>(&b).ok())
        .unwrap_or_else(|| SharedRecord {
            kind: incoming.kind,
            id: incoming.id.clone(),
            fields: BTreeMap::new(),
            deleted: None,
        });
    merged.merge(incoming);
    let seq: i64 = sqlx::query_scalar("INSERT INTO record_seq DEFAULT VALUES RETURNING seq")
        .fetch_one(&mut *conn)
        .await?;
    sqlx::query(
        "INSERT INTO shared_record (beneficiary_id, kind, id, body, seq) VALUES ($1, $2, $3, $4, $5)
         ON CONFLICT (beneficiary_id, kind, id) DO UPDATE SET body = $4, seq = $5",
    )
    .bind(beneficiary_id)
    .bind(merged.kind.as_str())
    .bind(&merged.id)
    .bind(serde_json::to_string(&merged).expect("a record serializes"))
    .bind(seq)
    .execute(&mut *conn)
    .await?;
    Ok(merged)
}

/// A tutor's item for a beneficiary: a note, a referral to a service with an appointment, a
/// meeting, or a suggested job offer. `fields` are the item's texts (title, text, service_id,
/// at, place, url); the item also carries `tutor`, the user name of the account that wrote it,
/// which the phone shows with the reminder.
pub async fn add_item(
    pool: &AnyPool,
    by: &Account,
    beneficiary_id: &str,
    kind: RecordKind,
    fields: &[(&str, String)],
) -> Result<SharedRecord, PeopleError> {
    beneficiary(pool, by, beneficiary_id).await?;
    let record = new_item(by, kind, fields)?;
    store_item(pool, by, beneficiary_id, &record, "item.add").await
}

/// A new tutor's item as [`add_item`] makes it (checked, stamped now, with `tutor`), not yet
/// stored: for callers that store it in a transaction of their own (a tutor's answer).
pub fn new_item(
    by: &Account,
    kind: RecordKind,
    fields: &[(&str, String)],
) -> Result<SharedRecord, PeopleError> {
    if kind.consent().is_some() {
        return Err(PeopleError::Invalid(Invalid::NotATutorsKind));
    }
    let fields = check_item_fields(kind, fields)?;
    let stamp = server_tick();
    let mut record = SharedRecord {
        kind,
        id: format!("item-{}", crate::auth::random_token(9)),
        fields: fields
            .iter()
            .map(|(name, value)| {
                (
                    (*name).to_owned(),
                    Stamped {
                        value: serde_json::Value::String(value.trim().to_owned()),
                        at: stamp,
                    },
                )
            })
            .collect(),
        deleted: None,
    };
    record.fields.insert(
        "tutor".to_owned(),
        Stamped {
            value: serde_json::Value::String(by.username.clone()),
            at: stamp,
        },
    );
    Ok(record)
}

/// Writes a tutor's change to an item, with its cursor number and its audit line, in one
/// transaction.
async fn store_item(
    pool: &AnyPool,
    by: &Account,
    beneficiary_id: &str,
    change: &SharedRecord,
    action: &str,
) -> Result<SharedRecord, PeopleError> {
    let postgres = is_postgres(pool);
    let mut tx = crate::db::begin_write(pool).await?;
    lock_cursor(&mut tx, postgres).await?;
    let stored = store_record(&mut tx, beneficiary_id, change).await?;
    audit(
        &mut tx,
        Some(&by.id),
        action,
        &change.id,
        change.kind.as_str(),
    )
    .await?;
    tx.commit().await?;
    Ok(stored)
}

/// The filled-in fields of a tutor's item, checked: a title, a service for a referral, and a
/// date-time that parses.
fn check_item_fields<'a>(
    kind: RecordKind,
    fields: &'a [(&'a str, String)],
) -> Result<Vec<&'a (&'a str, String)>, PeopleError> {
    let fields: Vec<&(&str, String)> = fields
        .iter()
        .filter(|(_, v)| !v.trim().is_empty())
        .collect();
    if !fields.iter().any(|(name, _)| *name == "title") {
        return Err(PeopleError::Invalid(Invalid::TitleRequired));
    }
    if kind == RecordKind::Referral && !fields.iter().any(|(name, _)| *name == "service_id") {
        return Err(PeopleError::Invalid(Invalid::ReferralWithoutService));
    }
    if let Some((_, at)) = fields.iter().find(|(name, _)| *name == "at") {
        if !is_local_datetime(at) {
            return Err(PeopleError::Invalid(Invalid::DateTime));
        }
    }
    Ok(fields)
}

/// The fields a tutor writes on an item (the phone writes `done`).
pub const ITEM_FIELDS: [&str; 6] = ["title", "text", "service_id", "at", "place", "url"];

/// The tutor's item `item_id` for this beneficiary, or NotFound (also for the person's own
/// records, which a tutor only reads).
async fn tutor_item(
    pool: &AnyPool,
    beneficiary_id: &str,
    item_id: &str,
) -> Result<SharedRecord, PeopleError> {
    let bodies: Vec<String> =
        sqlx::query_scalar("SELECT body FROM shared_record WHERE beneficiary_id = $1 AND id = $2")
            .bind(beneficiary_id)
            .bind(item_id)
            .fetch_all(pool)
            .await?;
    bodies
        .iter()
        .filter_map(|b| serde_json::from_str::<SharedRecord>(b).ok())
        .find(|r| r.kind.consent().is_none() && !r.is_deleted())
        .ok_or_else(|| PeopleError::NotFound(format!("item {item_id}")))
}

/// Changes a tutor's item: every tutor field takes the form's value (an empty one clears it),
/// stamped now, so it wins over older edits and the phones get it at their next sync; `tutor`
/// becomes the editor's user name. The phone's own `done` is kept.
pub async fn edit_item(
    pool: &AnyPool,
    by: &Account,
    beneficiary_id: &str,
    item_id: &str,
    fields: &[(&str, String)],
) -> Result<SharedRecord, PeopleError> {
    beneficiary(pool, by, beneficiary_id).await?;
    let item = tutor_item(pool, beneficiary_id, item_id).await?;
    let filled = check_item_fields(item.kind, fields)?;
    // Later than anything the item holds, whichever instance or phone stamped it.
    server_saw(item.newest());
    let stamp = server_tick();
    let mut update = SharedRecord {
        kind: item.kind,
        id: item.id.clone(),
        fields: ITEM_FIELDS
            .iter()
            .map(|name| {
                let value = filled
                    .iter()
                    .find(|(n, _)| n == name)
                    .map(|(_, v)| serde_json::Value::String(v.trim().to_owned()))
                    .unwrap_or(serde_json::Value::Null);
                ((*name).to_owned(), Stamped { value, at: stamp })
            })
            .collect(),
        deleted: None,
    };
    update.fields.insert(
        "tutor".to_owned(),
        Stamped {
            value: serde_json::Value::String(by.username.clone()),
            at: stamp,
        },
    );
    store_item(pool, by, beneficiary_id, &update, "item.edit").await
}

/// Deletes a tutor's item: a tombstone the phones receive, so the reminder goes too.
pub async fn delete_item(
    pool: &AnyPool,
    by: &Account,
    beneficiary_id: &str,
    item_id: &str,
) -> Result<(), PeopleError> {
    beneficiary(pool, by, beneficiary_id).await?;
    let item = tutor_item(pool, beneficiary_id, item_id).await?;
    let tombstone = SharedRecord {
        kind: item.kind,
        id: item.id.clone(),
        fields: BTreeMap::new(),
        deleted: Some({
            server_saw(item.newest());
            server_tick()
        }),
    };
    store_item(pool, by, beneficiary_id, &tombstone, "item.delete").await?;
    Ok(())
}

/// `2026-12-01T09:30` (local time in Italy, as the dashboard's date-time field sends it).
pub fn is_local_datetime(text: &str) -> bool {
    let b = text.as_bytes();
    let digits = |r: std::ops::Range<usize>| b[r].iter().all(u8::is_ascii_digit);
    (text.len() == 16 || text.len() == 19)
        && digits(0..4)
        && b[4] == b'-'
        && digits(5..7)
        && b[7] == b'-'
        && digits(8..10)
        && b[10] == b'T'
        && digits(11..13)
        && b[13] == b':'
        && digits(14..16)
        && (1..=12).contains(&text[5..7].parse::<u8>().unwrap_or(0))
        && (1..=31).contains(&text[8..10].parse::<u8>().unwrap_or(0))
        && text[11..13].parse::<u8>().unwrap_or(99) < 24
        && text[14..16].parse::<u8>().unwrap_or(99) < 60
}

pub struct Report {
    pub id: String,
    pub service_id: String,
    pub kind: String,
    pub comment: String,
    pub status: String,
    pub created_at: i64,
}

pub async fn open_reports(pool: &AnyPool) -> Result<Vec<Report>, sqlx::Error> {
    let rows = sqlx::query("SELECT id, service_id, kind, comment, status, created_at FROM service_report WHERE status = 'open' ORDER BY created_at")
        .fetch_all(pool)
        .await?;
    rows.iter()
        .map(|r| {
            Ok(Report {
                id: r.try_get("id")?,
                service_id: r.try_get("service_id")?,
                kind: r.try_get("kind")?,
                comment: r.try_get("comment")?,
                status: r.try_get("status")?,
                created_at: r.try_get("created_at")?,
            })
        })
        .collect()
}

/// Closes a report: `resolved` (the service was edited) or `dismissed`.
pub async fn close_report(
    conn: &mut AnyConnection,
    by: &Account,
    report_id: &str,
    status: &str,
) -> Result<(), PeopleError> {
    let done = sqlx::query("UPDATE service_report SET status = $1, resolved_by = $2, resolved_at = $3 WHERE id = $4 AND status = 'open'")
        .bind(status)
        .bind(&by.id)
        .bind(now_ms())
        .bind(report_id)
        .execute(&mut *conn)
        .await?;
    if done.rows_affected() == 0 {
        return Err(PeopleError::NotFound(format!("open report {report_id:?}")));
    }
    audit(
        conn,
        Some(&by.id),
        &format!("report.{status}"),
        report_id,
        "",
    )
    .await?;
    Ok(())
}

pub struct OutcomeRow {
    pub organisation: String,
    pub month: String,
    pub applications: i64,
    pub interviews: i64,
    pub hires: i64,
    pub lessons_completed: i64,
    pub phones: i64,
}

/// Totals per organisation and month.
pub async fn outcomes(pool: &AnyPool) -> Result<Vec<OutcomeRow>, sqlx::Error> {
    let rows = sqlx::query(
        "SELECT o.name AS organisation, c.month, CAST(sum(c.applications) AS BIGINT) AS applications,
                CAST(sum(c.interviews) AS BIGINT) AS interviews, CAST(sum(c.hires) AS BIGINT) AS hires,
                CAST(sum(c.lessons_completed) AS BIGINT) AS lessons_completed, count(*) AS phones
         FROM outcome c JOIN organisation o ON o.id = c.organisation_id
         GROUP BY o.name, c.month ORDER BY c.month, o.name",
    )
    .fetch_all(pool)
    .await?;
    rows.iter()
        .map(|r| {
            Ok(OutcomeRow {
                organisation: r.try_get("organisation")?,
                month: r.try_get("month")?,
                applications: r.try_get("applications")?,
                interviews: r.try_get("interviews")?,
                hires: r.try_get("hires")?,
                lessons_completed: r.try_get("lessons_completed")?,
                phones: r.try_get("phones")?,
            })
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn pairing_codes_are_short_and_forgive_typing() {
        let code = new_pairing_code();
        assert_eq!(code.len(), 9);
        assert_eq!(
            normalise_code(&code.to_lowercase().replace('-', " ")),
            normalise_code(&code)
        );
        assert_eq!(normalise_code("abcd-0o1l"), "ABCDQQJJ");
        assert!(code
            .bytes()
            .all(|b| b == b'-' || CODE_ALPHABET.contains(&b)));
    }

    #[test]
    fn every_letter_of_a_pairing_code_is_as_likely_as_another() {
        let mut counts = [0u32; 256];
        for _ in 0..62_000 {
            for b in new_pairing_code().bytes().filter(|b| *b != b'-') {
                counts[b as usize] += 1;
            }
        }
        let seen: Vec<u32> = CODE_ALPHABET.iter().map(|b| counts[*b as usize]).collect();
        let (least, most) = (*seen.iter().min().unwrap(), *seen.iter().max().unwrap());
        // 16,000 of each expected; a byte taken modulo 31 made 8 letters 12% likelier.
        assert!(
            f64::from(most) / f64::from(least) < 1.08,
            "{least}..{most}: {seen:?}"
        );
    }

    fn text(record: &SharedRecord, name: &str) -> Option<String> {
        record.fields.get(name)?.value.as_str().map(str::to_owned)
    }

    #[tokio::test]
    async fn a_tutor_changes_and_deletes_an_item_and_the_phone_keeps_its_done() {
        for db in crate::testdb::databases().await {
            let pool = &db.pool;
            crate::testdb::people(pool).await;
            let account = |name: &'static str| async move {
                crate::auth::accounts(pool, "org-a")
                    .await
                    .unwrap()
                    .into_iter()
                    .find(|a| a.username == name)
                    .unwrap()
            };
            let (tutor, tutor2) = (account("tutor").await, account("tutor2").await);
            let amina = add_beneficiary(pool, &tutor, "Amina", "ar", None)
                .await
                .unwrap();
            let referral = add_item(
                pool,
                &tutor,
                &amina.id,
                RecordKind::Referral,
                &[
                    ("title", "Centro per l'impiego".to_owned()),
                    ("service_id", "bo-cpi".to_owned()),
                    ("at", "2026-12-01T09:30".to_owned()),
                    ("place", "Via Castiglione 3".to_owned()),
                ],
            )
            .await
            .unwrap();
            // The item names its tutor, for the phone's reminder.
            assert_eq!(text(&referral, "tutor").as_deref(), Some("tutor"));
            // The phone marks it done (its own clock, a little ahead of the server's).
            let mut done = SharedRecord {
                kind: RecordKind::Referral,
                id: referral.id.clone(),
                fields: BTreeMap::new(),
                deleted: None,
            };
            let phone_at = Hlc {
                ms: referral.newest().ms + 5_000,
                counter: 0,
                node: 42,
            };
            done.fields.insert(
                "done".into(),
                Stamped {
                    value: serde_json::Value::Bool(true),
                    at: phone_at,
                },
            );
            let mut conn = pool.acquire().await.unwrap();
            store_record(&mut conn, &amina.id, &done).await.unwrap();
            drop(conn);

            // Changed: a new time, the place cleared; the phone's done stays.
            let fields = [
                ("title", "Centro per l'impiego".to_owned()),
                ("service_id", "bo-cpi".to_owned()),
                ("at", "2026-12-02T11:00".to_owned()),
                ("place", String::new()),
            ];
            let edited = edit_item(pool, &tutor, &amina.id, &referral.id, &fields)
                .await
                .unwrap();
            assert_eq!(text(&edited, "at").as_deref(), Some("2026-12-02T11:00"));
            assert_eq!(text(&edited, "place"), None);
            assert_eq!(text(&edited, "tutor").as_deref(), Some("tutor"));
            assert_eq!(edited.fields["done"].value, serde_json::Value::Bool(true));
            assert!(
                edited.fields["at"].at > phone_at,
                "the edit is newer than anything the item held"
            );

            // Refused, and nothing changed: another tutor, a bad time, no title, the
            // person's own records, an unknown item.
            let before = records(pool, &amina.id).await.unwrap();
            assert!(matches!(
                edit_item(pool, &tutor2, &amina.id, &referral.id, &fields).await,
                Err(PeopleError::Forbidden)
            ));
            let mut bad_time = fields.clone();
            bad_time[2].1 = "tomorrow".into();
            assert!(matches!(
                edit_item(pool, &tutor, &amina.id, &referral.id, &bad_time).await,
                Err(PeopleError::Invalid(Invalid::DateTime))
            ));
            let mut no_title = fields.clone();
            no_title[0].1 = " ".into();
            assert!(matches!(
                edit_item(pool, &tutor, &amina.id, &referral.id, &no_title).await,
                Err(PeopleError::Invalid(Invalid::TitleRequired))
            ));
            let application = SharedRecord {
                kind: RecordKind::Application,
                id: "app-1".into(),
                fields: BTreeMap::from([(
                    "employer".to_owned(),
                    Stamped {
                        value: serde_json::Value::String("Hotel Roma".into()),
                        at: phone_at,
                    },
                )]),
                deleted: None,
            };
            let mut conn = pool.acquire().await.unwrap();
            store_record(&mut conn, &amina.id, &application)
                .await
                .unwrap();
            drop(conn);
            let before = {
                let mut b = before;
                b.insert(0, application);
                b
            };
            for (item, who) in [("app-1", &tutor), ("item-none", &tutor)] {
                assert!(matches!(
                    edit_item(pool, who, &amina.id, item, &fields).await,
                    Err(PeopleError::NotFound(_))
                ));
                assert!(matches!(
                    delete_item(pool, who, &amina.id, item).await,
                    Err(PeopleError::NotFound(_))
                ));
            }
            assert!(matches!(
                delete_item(pool, &tutor2, &amina.id, &referral.id).await,
                Err(PeopleError::Forbidden)
            ));
            assert_eq!(records(pool, &amina.id).await.unwrap(), before);

            // Deleted: gone from the dashboard, a tombstone for the phones' next sync.
            delete_item(pool, &tutor, &amina.id, &referral.id)
                .await
                .unwrap();
            assert!(records(pool, &amina.id)
                .await
                .unwrap()
                .iter()
                .all(|r| r.id != referral.id));
            let body: String = sqlx::query_scalar(
                "SELECT body FROM shared_record WHERE beneficiary_id = $1 AND id = $2",
            )
            .bind(&amina.id)
            .bind(&referral.id)
            .fetch_one(pool)
            .await
            .unwrap();
            let tombstone: SharedRecord = serde_json::from_str(&body).unwrap();
            assert!(tombstone.is_deleted());
            let audit: i64 = sqlx::query_scalar(
                "SELECT count(*) FROM audit WHERE action IN ('item.edit', 'item.delete')",
            )
            .fetch_one(pool)
            .await
            .unwrap();
            assert_eq!(audit, 2);
            db.drop_database().await;
        }
    }

    #[test]
    fn appointment_times_are_checked() {
        assert!(is_local_datetime("2026-12-01T09:30"));
        assert!(!is_local_datetime("2026-13-01T09:30"));
        assert!(!is_local_datetime("tomorrow"));
        assert!(!is_local_datetime("2026-12-01 09:30"));
    }
}
