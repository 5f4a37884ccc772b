//! Meetings with the tutor and the actions agreed there, as a checklist.

use rusqlite::params;

use super::{line, new_id, note, touched, Diary};
use crate::error::Result;
use crate::fields::MeetingField;
use crate::time::{check_instant, now_ms, Timestamp};

#[derive(Debug, Clone, PartialEq, Eq)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
pub struct MeetingDetails {
    /// When the meeting takes (or took) place.
    pub at: Timestamp,
    pub tutor: String,
    #[cfg_attr(feature = "uniffi", uniffi(default))]
    pub topics: String,
    #[cfg_attr(feature = "uniffi", uniffi(default))]
    pub notes: String,
}

#[derive(Debug, Clone, PartialEq, Eq)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
pub struct MeetingAction {
    pub id: String,
    pub text: String,
    pub done: bool,
}

#[derive(Debug, Clone, PartialEq, Eq)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
pub struct Meeting {
    pub id: String,
    pub details: MeetingDetails,
    pub actions: Vec<MeetingAction>,
}

impl MeetingDetails {
    /// A meeting with its date and tutor; no topics or notes yet, as the bindings' defaults.
    pub fn new(at: Timestamp, tutor: impl Into<String>) -> Self {
        MeetingDetails {
            at,
            tutor: tutor.into(),
            topics: String::new(),
            notes: String::new(),
        }
    }

    fn checked(&self) -> Result<MeetingDetails> {
        Ok(MeetingDetails {
            at: check_instant(MeetingField::At, self.at)?,
            tutor: line(MeetingField::Tutor, &self.tutor, true)?,
            topics: note(MeetingField::Topics, &self.topics)?,
            notes: note(MeetingField::Notes, &self.notes)?,
        })
    }
}

impl Diary {
    /// Records a meeting with the actions agreed in it.
    pub fn add_meeting(
        &self,
        details: &MeetingDetails,
        agreed_actions: &[String],
    ) -> Result<Meeting> {
        let details = details.checked()?;
        let actions: Vec<String> = agreed_actions
            .iter()
            .map(|a| line(MeetingField::AgreedAction, a, true))
            .collect::<Result<_>>()?;
        let now = now_ms();
        let id = new_id();
        self.store.write(|tx| {
            tx.execute(
                "INSERT INTO meeting (id, at, tutor, topics, notes, updated_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
                params![id, details.at, details.tutor, details.topics, details.notes, now],
            )?;
            for (position, text) in actions.iter().enumerate() {
                tx.execute(
                    "INSERT INTO meeting_action (id, meeting_id, position, text, done, updated_at) VALUES (?1, ?2, ?3, ?4, 0, ?5)",
                    params![new_id(), id, position as i64, text, now],
                )?;
            }
            load_meeting(tx, &id)
        })
    }

    pub fn update_meeting(&self, id: &str, details: &MeetingDetails) -> Result<Meeting> {
        let d = details.checked()?;
        self.store.write(|tx| {
            let rows = tx.execute(
                "UPDATE meeting SET at = ?2, tutor = ?3, topics = ?4, notes = ?5, updated_at = ?6 WHERE id = ?1",
                params![id, d.at, d.tutor, d.topics, d.notes, now_ms()],
            )?;
            touched(rows, "meeting", id)?;
            load_meeting(tx, id)
        })
    }

    pub fn delete_meeting(&self, id: &str) -> Result<()> {
        self.store.write(|tx| {
            touched(
                tx.execute("DELETE FROM meeting WHERE id = ?1", [id])?,
                "meeting",
                id,
            )
        })
    }

    pub fn add_meeting_action(&self, meeting_id: &str, text: &str) -> Result<Meeting> {
        let text = line(MeetingField::AgreedAction, text, true)?;
        self.store.write(|tx| {
            load_meeting(tx, meeting_id)?;
            tx.execute(
                "INSERT INTO meeting_action (id, meeting_id, position, text, done, updated_at)
                 SELECT ?1, ?2, coalesce(max(position), -1) + 1, ?3, 0, ?4 FROM meeting_action WHERE meeting_id = ?2",
                params![new_id(), meeting_id, text, now_ms()],
            )?;
            load_meeting(tx, meeting_id)
        })
    }

    pub fn set_meeting_action_done(&self, action_id: &str, done: bool) -> Result<Meeting> {
        self.store.write(|tx| {
            let rows = tx.execute(
                "UPDATE meeting_action SET done = ?2, updated_at = ?3 WHERE id = ?1",
                params![action_id, done, now_ms()],
            )?;
            touched(rows, "meeting action", action_id)?;
            let meeting_id: String = tx.query_row(
                "SELECT meeting_id FROM meeting_action WHERE id = ?1",
                [action_id],
                |r| r.get(0),
            )?;
            load_meeting(tx, &meeting_id)
        })
    }

    /// Every meeting, the newest first.
    pub fn meetings(&self) -> Result<Vec<Meeting>> {
        self.store.read(|conn| {
            let ids: Vec<String> = conn
                .prepare_cached("SELECT id FROM meeting ORDER BY at DESC")?
                .query_map([], |r| r.get(0))?
                .collect::<rusqlite::Result<_>>()?;
            ids.iter().map(|id| load_meeting(conn, id)).collect()
        })
    }
}

fn load_meeting(conn: &rusqlite::Connection, id: &str) -> Result<Meeting> {
    use rusqlite::OptionalExtension;
    let details = conn
        .query_row(
            "SELECT at, tutor, topics, notes FROM meeting WHERE id = ?1",
            [id],
            |r| {
                Ok(MeetingDetails {
                    at: r.get(0)?,
                    tutor: r.get(1)?,
                    topics: r.get(2)?,
                    notes: r.get(3)?,
                })
            },
        )
        .optional()?
        .ok_or_else(|| crate::error::Error::not_found("meeting", id))?;
    let actions = conn
        .prepare_cached(
            "SELECT id, text, done FROM meeting_action WHERE meeting_id = ?1 ORDER BY position",
        )?
        .query_map([id], |r| {
            Ok(MeetingAction {
                id: r.get(0)?,
                text: r.get(1)?,
                done: r.get(2)?,
            })
        })?
        .collect::<rusqlite::Result<_>>()?;
    Ok(Meeting {
        id: id.to_owned(),
        details,
        actions,
    })
}

#[cfg(test)]
mod tests {
    use super::super::test_support::*;
    use super::*;
    use crate::error::{Error, InvalidReason};

    #[test]
    fn a_meeting_keeps_its_agreed_actions_as_a_checklist() {
        let (_dir, diary) = diary();
        let details = MeetingDetails {
            at: MONDAY_9,
            tutor: "Giulia".into(),
            topics: "CV, SPID".into(),
            notes: String::new(),
        };
        let meeting = diary
            .add_meeting(
                &details,
                &["Aggiornare il CV".into(), "Chiedere lo SPID".into()],
            )
            .unwrap();
        assert_eq!(meeting.actions.len(), 2);
        let meeting = diary
            .set_meeting_action_done(&meeting.actions[1].id, true)
            .unwrap();
        assert_eq!(
            meeting.actions.iter().map(|a| a.done).collect::<Vec<_>>(),
            [false, true]
        );
        let meeting = diary
            .add_meeting_action(&meeting.id, "Iscriversi al CPI")
            .unwrap();
        assert_eq!(meeting.actions[2].text, "Iscriversi al CPI");
        assert_eq!(diary.meetings().unwrap(), vec![meeting]);
    }

    #[test]
    fn a_meeting_needs_a_tutor_and_no_empty_actions() {
        let (_dir, diary) = diary();
        let details = MeetingDetails {
            at: MONDAY_9,
            tutor: " ".into(),
            topics: String::new(),
            notes: String::new(),
        };
        let err = diary.add_meeting(&details, &[]).unwrap_err();
        assert!(
            matches!(err, Error::Invalid { ref field, reason: InvalidReason::Required } if *field == crate::fields::Field::from(MeetingField::Tutor))
        );
        let details = MeetingDetails {
            tutor: "Ahmed".into(),
            ..details
        };
        let err = diary
            .add_meeting(&details, &["ok".into(), "".into()])
            .unwrap_err();
        assert!(
            matches!(err, Error::Invalid { ref field, .. } if *field == crate::fields::Field::from(MeetingField::AgreedAction))
        );
        assert!(diary.meetings().unwrap().is_empty());
        assert!(matches!(
            diary.set_meeting_action_done("ghost", true),
            Err(Error::NotFound { .. })
        ));
    }
}
