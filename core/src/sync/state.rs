//! The sync's small key/value state in the encrypted database: pairing, cursors, clock, errors.

use ponte_wire::sync::Hlc;
use rusqlite::{params, Connection, OptionalExtension};

use crate::Result;

pub const SERVER: &str = "server";
pub const TOKEN: &str = "device_token";
pub const DEVICE: &str = "device_id";
pub const BENEFICIARY: &str = "beneficiary_id";
pub const NICKNAME: &str = "nickname";
pub const REGION: &str = "region";
pub const LANGUAGES: &str = "languages";
pub const NODE: &str = "clock_node";
pub const CLOCK: &str = "clock";
pub const CONTENT_CURSOR: &str = "content_cursor";
/// The sync API version the content cursor was reached with: a build that speaks a newer one
/// reads the content again from 0, for the kinds of change the older one was not sent.
pub const CONTENT_SYNC_VERSION: &str = "content_sync_version";
pub const ITEMS_CURSOR: &str = "items_cursor";
pub const PACK_VERSION: &str = "pack_version";
pub const REBUILDING: &str = "content_rebuilding";
pub const LAST_SUCCESS: &str = "last_success_at";
pub const LAST_ERROR: &str = "last_error";
pub const FAILURES: &str = "failures";
pub const NEXT_ATTEMPT: &str = "next_attempt_at";
pub const OUTCOMES_SENT: &str = "outcomes_sent";

pub fn get(conn: &Connection, key: &str) -> Result<Option<String>> {
    Ok(conn
        .prepare_cached("SELECT value FROM sync_state WHERE key = ?1")?
        .query_row([key], |r| r.get(0))
        .optional()?)
}

pub fn get_u64(conn: &Connection, key: &str) -> Result<u64> {
    Ok(get(conn, key)?.and_then(|v| v.parse().ok()).unwrap_or(0))
}

pub fn set(conn: &Connection, key: &str, value: &str) -> Result<()> {
    conn.prepare_cached("INSERT OR REPLACE INTO sync_state (key, value) VALUES (?1, ?2)")?
        .execute(params![key, value])?;
    Ok(())
}

pub fn remove(conn: &Connection, key: &str) -> Result<()> {
    conn.prepare_cached("DELETE FROM sync_state WHERE key = ?1")?
        .execute([key])?;
    Ok(())
}

/// This phone's newest clock reading (made or seen).
pub fn clock(conn: &Connection) -> Result<Hlc> {
    Ok(get(conn, CLOCK)?
        .and_then(|v| v.parse().ok())
        .unwrap_or_default())
}

pub fn node(conn: &Connection) -> Result<u32> {
    Ok(get(conn, NODE)?.and_then(|v| v.parse().ok()).unwrap_or(1))
}

/// A new reading for a change made at `changed_at` on this phone's clock: never below what
/// the phone has already made or seen, so a wrong clock cannot lose an edit that came after.
pub fn stamp(conn: &Connection, changed_at: i64) -> Result<Hlc> {
    let last = clock(conn)?;
    let next = Hlc::tick(last, changed_at.max(0) as u64, node(conn)?);
    set(conn, CLOCK, &next.to_string())?;
    Ok(next)
}

/// Remembers a reading that came from the server.
pub fn saw(conn: &Connection, seen: Hlc) -> Result<()> {
    let last = clock(conn)?;
    if seen > last {
        set(
            conn,
            CLOCK,
            &Hlc {
                node: last.node,
                ..seen
            }
            .to_string(),
        )?;
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_phone_clock_two_days_behind_still_stamps_after_what_it_has_seen() {
        let conn = Connection::open_in_memory().unwrap();
        conn.execute_batch(
            "CREATE TABLE sync_state (key TEXT PRIMARY KEY NOT NULL, value TEXT NOT NULL)",
        )
        .unwrap();
        set(&conn, NODE, "77").unwrap();
        let tutor_edit = Hlc {
            ms: 1_800_000_000_000,
            counter: 3,
            node: 0,
        };
        saw(&conn, tutor_edit).unwrap();
        let two_days_behind = 1_800_000_000_000 - 2 * 86_400_000;
        let phone_edit = stamp(&conn, two_days_behind).unwrap();
        assert!(phone_edit > tutor_edit, "the later edit wins");
        assert_eq!(phone_edit.node, 77);
        assert!(stamp(&conn, two_days_behind).unwrap() > phone_edit);
    }
}
