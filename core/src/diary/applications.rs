//! Applications, their stage timeline, interviews and next actions.

use rusqlite::{params, OptionalExtension, Row, Transaction};

use super::{
    line, new_id, note, touched, ActionKind, ContractType, Diary, InterviewFormat, JobSource, Stage,
};
use crate::error::{Error, InvalidReason, Result};
use crate::fields::{ActionField, ApplicationField, InterviewField};
use crate::time::{check_instant, now, Timestamp};

/// What the person types about an application.
#[derive(Debug, Clone, PartialEq, Eq)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
pub struct ApplicationDetails {
    pub employer: String,
    pub position: String,
    pub source: JobSource,
    /// Which portal, agency or person; free text.
    #[cfg_attr(feature = "uniffi", uniffi(default))]
    pub source_detail: String,
    #[cfg_attr(feature = "uniffi", uniffi(default))]
    pub city: String,
    #[cfg_attr(feature = "uniffi", uniffi(default))]
    pub contract_type: Option<ContractType>,
    #[cfg_attr(feature = "uniffi", uniffi(default))]
    pub contact_name: String,
    #[cfg_attr(feature = "uniffi", uniffi(default))]
    pub contact_phone: String,
    #[cfg_attr(feature = "uniffi", uniffi(default))]
    pub contact_email: String,
    #[cfg_attr(feature = "uniffi", uniffi(default))]
    pub job_url: String,
    #[cfg_attr(feature = "uniffi", uniffi(default))]
    pub notes: String,
}

#[derive(Debug, Clone, PartialEq, Eq)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
pub struct Application {
    pub id: String,
    pub details: ApplicationDetails,
    pub current_stage: Stage,
    /// When the application reached its current stage.
    pub stage_changed_at: Timestamp,
    /// The last news or step: a stage change, an interview, an action done.
    pub last_activity_at: Timestamp,
    pub created_at: Timestamp,
    pub updated_at: Timestamp,
}

/// One step of an application's timeline.
#[derive(Debug, Clone, PartialEq, Eq)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
pub struct StageEvent {
    pub id: String,
    pub application_id: String,
    pub stage: Stage,
    /// When the application reached this stage (as the person dated it).
    pub at: Timestamp,
    pub note: String,
}

#[derive(Debug, Clone, PartialEq, Eq)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
pub struct InterviewDetails {
    /// When the interview starts.
    pub at: Timestamp,
    pub format: InterviewFormat,
    /// The address, for an interview in person.
    #[cfg_attr(feature = "uniffi", uniffi(default))]
    pub place: String,
    /// The video-call link or the number that will call.
    #[cfg_attr(feature = "uniffi", uniffi(default))]
    pub link: String,
    #[cfg_attr(feature = "uniffi", uniffi(default))]
    pub notes: String,
}

#[derive(Debug, Clone, PartialEq, Eq)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
pub struct Interview {
    pub id: String,
    pub application_id: String,
    /// 1 for the first interview of this application, 2 for the second...
    pub round: u32,
    pub details: InterviewDetails,
}

#[derive(Debug, Clone, PartialEq, Eq)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
pub struct ActionDetails {
    pub kind: ActionKind,
    #[cfg_attr(feature = "uniffi", uniffi(default))]
    pub note: String,
    /// When it is due; the agenda and reminders use the person's local day of this instant.
    pub due_at: Timestamp,
}

/// Something to do by a date, for one application or for the job search in general.
#[derive(Debug, Clone, PartialEq, Eq)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
pub struct NextAction {
    pub id: String,
    pub application_id: Option<String>,
    pub details: ActionDetails,
    /// When it was ticked done; `None` while open.
    pub done_at: Option<Timestamp>,
}

impl ApplicationDetails {
    /// The three things every application has; the rest empty, as the bindings' defaults.
    pub fn new(
        employer: impl Into<String>,
        position: impl Into<String>,
        source: JobSource,
    ) -> Self {
        ApplicationDetails {
            employer: employer.into(),
            position: position.into(),
            source,
            source_detail: String::new(),
            city: String::new(),
            contract_type: None,
            contact_name: String::new(),
            contact_phone: String::new(),
            contact_email: String::new(),
            job_url: String::new(),
            notes: String::new(),
        }
    }
}

impl InterviewDetails {
    /// An interview with no place, link or notes yet, as the bindings' defaults.
    pub fn new(at: Timestamp, format: InterviewFormat) -> Self {
        InterviewDetails {
            at,
            format,
            place: String::new(),
            link: String::new(),
            notes: String::new(),
        }
    }
}

impl ActionDetails {
    /// An action with no note, as the bindings' default.
    pub fn new(kind: ActionKind, due_at: Timestamp) -> Self {
        ActionDetails {
            kind,
            note: String::new(),
            due_at,
        }
    }
}

/// One page of applications, the most recently active first.
#[derive(Debug, Clone, PartialEq, Eq)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
pub struct ApplicationPage {
    pub applications: Vec<Application>,
    /// Pass it as `after` to get the next page; absent on the last page. An opaque text: the
    /// place in the list after this page's last application, so the next page neither repeats
    /// nor skips an application when others are added in between (new ones go to the top, for
    /// the next refresh from the first page).
    pub next: Option<String>,
}

/// Applications per page at most.
pub const MAX_PAGE: u32 = 200;

/// The place after an application in the "most recently active first" order.
fn cursor_of(app: &Application) -> String {
    format!(
        "{}.{}.{}",
        app.last_activity_at.millis(),
        app.created_at.millis(),
        app.id
    )
}

fn parse_cursor(cursor: &str) -> Result<(Timestamp, Timestamp, String)> {
    let bad = || Error::invalid(crate::fields::QueryField::Cursor, InvalidReason::OutOfRange);
    let mut parts = cursor.splitn(3, '.');
    let mut instant = || -> Result<Timestamp> {
        let ms = parts
            .next()
            .ok_or_else(bad)?
            .parse::<i64>()
            .map_err(|_| bad())?;
        Ok(Timestamp::from_millis(ms))
    };
    let (activity, created) = (instant()?, instant()?);
    let id = parts.next().filter(|id| !id.is_empty()).ok_or_else(bad)?;
    Ok((activity, created, id.to_owned()))
}

const APPLICATION_COLUMNS: &str = "id, employer, position, source, source_detail, city, contract_type, contact_name, \
     contact_phone, contact_email, job_url, notes, current_stage, stage_changed_at, last_activity_at, created_at, updated_at";

fn application_from_row(row: &Row<'_>) -> rusqlite::Result<Application> {
    Ok(Application {
        id: row.get(0)?,
        details: ApplicationDetails {
            employer: row.get(1)?,
            position: row.get(2)?,
            source: row.get(3)?,
            source_detail: row.get(4)?,
            city: row.get(5)?,
            contract_type: row.get(6)?,
            contact_name: row.get(7)?,
            contact_phone: row.get(8)?,
            contact_email: row.get(9)?,
            job_url: row.get(10)?,
            notes: row.get(11)?,
        },
        current_stage: row.get(12)?,
        stage_changed_at: row.get(13)?,
        last_activity_at: row.get(14)?,
        created_at: row.get(15)?,
        updated_at: row.get(16)?,
    })
}

impl ApplicationDetails {
    fn checked(&self) -> Result<ApplicationDetails> {
        Ok(ApplicationDetails {
            employer: line(ApplicationField::Employer, &self.employer, true)?,
            position: line(ApplicationField::Position, &self.position, true)?,
            source: self.source,
            source_detail: line(ApplicationField::SourceDetail, &self.source_detail, false)?,
            city: line(ApplicationField::City, &self.city, false)?,
            contract_type: self.contract_type,
            contact_name: line(ApplicationField::ContactName, &self.contact_name, false)?,
            contact_phone: line(ApplicationField::ContactPhone, &self.contact_phone, false)?,
            contact_email: line(ApplicationField::ContactEmail, &self.contact_email, false)?,
            job_url: line(ApplicationField::JobUrl, &self.job_url, false)?,
            notes: note(ApplicationField::Notes, &self.notes)?,
        })
    }
}

impl InterviewDetails {
    fn checked(&self) -> Result<InterviewDetails> {
        Ok(InterviewDetails {
            at: check_instant(InterviewField::At, self.at)?,
            format: self.format,
            place: line(InterviewField::Place, &self.place, false)?,
            link: line(InterviewField::Link, &self.link, false)?,
            notes: note(InterviewField::Notes, &self.notes)?,
        })
    }
}

impl ActionDetails {
    fn checked(&self) -> Result<ActionDetails> {
        Ok(ActionDetails {
            kind: self.kind,
            note: note(ActionField::Note, &self.note)?,
            due_at: check_instant(ActionField::DueAt, self.due_at)?,
        })
    }
}

impl Diary {
    /// Adds an application at its first stage (usually `Saved` or `Applied`), dated `at`
    /// (now when `None`).
    pub fn add_application(
        &self,
        details: &ApplicationDetails,
        stage: Stage,
        at: Option<Timestamp>,
    ) -> Result<Application> {
        let details = details.checked()?;
        let now = now();
        let at = check_instant(ApplicationField::At, at.unwrap_or(now))?;
        let id = new_id();
        self.store.write(|tx| {
            tx.prepare_cached(&format!(
                "INSERT INTO application ({APPLICATION_COLUMNS}) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?14, ?15, ?15)"
            ))?
            .execute(params![
                    id, details.employer, details.position, details.source, details.source_detail, details.city,
                    details.contract_type, details.contact_name, details.contact_phone, details.contact_email,
                    details.job_url, details.notes, stage, at, now
                ])?;
            insert_stage_event(tx, &id, 1, stage, at, "", now)?;
            load_application(tx, &id)
        })
    }

    /// Replaces what the person typed about an application; its timeline is untouched.
    pub fn update_application(
        &self,
        id: &str,
        details: &ApplicationDetails,
    ) -> Result<Application> {
        let d = details.checked()?;
        self.store.write(|tx| {
            let rows = tx.execute(
                "UPDATE application SET employer = ?2, position = ?3, source = ?4, source_detail = ?5, city = ?6,
                     contract_type = ?7, contact_name = ?8, contact_phone = ?9, contact_email = ?10, job_url = ?11,
                     notes = ?12, updated_at = ?13
                 WHERE id = ?1",
                params![
                    id, d.employer, d.position, d.source, d.source_detail, d.city, d.contract_type, d.contact_name,
                    d.contact_phone, d.contact_email, d.job_url, d.notes, now()
                ],
            )?;
            touched(rows, "application", id)?;
            load_application(tx, id)
        })
    }

    /// Deletes an application with its timeline, interviews and actions.
    pub fn delete_application(&self, id: &str) -> Result<()> {
        self.store.write(|tx| {
            touched(
                tx.execute("DELETE FROM application WHERE id = ?1", [id])?,
                "application",
                id,
            )
        })
    }

    pub fn application(&self, id: &str) -> Result<Application> {
        self.store.read(|conn| load_application(conn, id))
    }

    /// Every application, the most recently active first; `stage` narrows to one stage. The
    /// apps page through them with [`Diary::application_page`].
    pub fn applications(&self, stage: Option<Stage>) -> Result<Vec<Application>> {
        self.store.read(|conn| {
            let mut stmt = conn.prepare_cached(&format!(
                "SELECT {APPLICATION_COLUMNS} FROM application WHERE ?1 IS NULL OR current_stage = ?1
                 ORDER BY last_activity_at DESC, created_at DESC, id DESC"
            ))?;
            let rows = stmt.query_map([stage], application_from_row)?;
            Ok(rows.collect::<rusqlite::Result<_>>()?)
        })
    }

    /// A page of `limit` applications (1 to [`MAX_PAGE`]), the most recently active first,
    /// starting after the cursor `after` (from the first when `None`); `stage` narrows to one
    /// stage. A cursor that was not made by this call is refused (`after`, out of range).
    pub fn application_page(
        &self,
        stage: Option<Stage>,
        limit: u32,
        after: Option<&str>,
    ) -> Result<ApplicationPage> {
        if !(1..=MAX_PAGE).contains(&limit) {
            return Err(Error::invalid(
                crate::fields::QueryField::Limit,
                InvalidReason::OutOfRange,
            ));
        }
        let after = after.map(parse_cursor).transpose()?;
        let (activity, created, id) = match &after {
            Some((activity, created, id)) => (Some(*activity), Some(*created), Some(id.as_str())),
            None => (None, None, None),
        };
        self.store.read(|conn| {
            // One statement per shape, without `?1 IS NULL OR …`: that form hides the
            // conditions from the planner, which then sorts every application for one page.
            let stage_condition = if stage.is_some() {
                "current_stage = ?1"
            } else {
                "?1 IS NULL"
            };
            let after_condition = if after.is_some() {
                "(last_activity_at, created_at, id) < (?2, ?3, ?4)"
            } else {
                "?2 IS NULL"
            };
            let mut stmt = conn.prepare_cached(&format!(
                "SELECT {APPLICATION_COLUMNS} FROM application
                 WHERE {stage_condition} AND {after_condition}
                 ORDER BY last_activity_at DESC, created_at DESC, id DESC LIMIT ?5"
            ))?;
            // One more than asked tells whether there is a next page.
            let rows = stmt.query_map(
                params![stage, activity, created, id, limit + 1],
                application_from_row,
            )?;
            let mut applications: Vec<Application> = rows.collect::<rusqlite::Result<_>>()?;
            let next = if applications.len() > limit as usize {
                applications.truncate(limit as usize);
                applications.last().map(cursor_of)
            } else {
                None
            };
            Ok(ApplicationPage { applications, next })
        })
    }

    /// Moves an application to `stage`, with a note (may be empty), dated `at` (now when `None`).
    ///
    /// Any stage can follow any other (a mistaken "rejected" can be undone by moving on), but
    /// not itself, and a change cannot be dated before the current stage's own date, so the
    /// timeline always has exactly one current stage: its newest event.
    pub fn move_to_stage(
        &self,
        id: &str,
        stage: Stage,
        note_text: &str,
        at: Option<Timestamp>,
    ) -> Result<Application> {
        let note_text = note(ApplicationField::StageNote, note_text)?;
        let now = now();
        let at = check_instant(ApplicationField::At, at.unwrap_or(now))?;
        self.store.write(|tx| {
            let current = load_application(tx, id)?;
            if current.current_stage == stage {
                return Err(Error::invalid(
                    ApplicationField::Stage,
                    InvalidReason::SameStage,
                ));
            }
            if at < current.stage_changed_at {
                return Err(Error::invalid(
                    ApplicationField::At,
                    InvalidReason::BeforeCurrentStage,
                ));
            }
            record_stage(tx, id, stage, at, &note_text, now)?;
            load_application(tx, id)
        })
    }

    /// The application's timeline, oldest first; the last event is the current stage.
    pub fn timeline(&self, application_id: &str) -> Result<Vec<StageEvent>> {
        self.store.read(|conn| {
            load_application(conn, application_id)?;
            let mut stmt = conn.prepare_cached(
                "SELECT id, application_id, stage, at, note FROM stage_event WHERE application_id = ?1 ORDER BY seq",
            )?;
            let rows = stmt.query_map([application_id], |row| {
                Ok(StageEvent { id: row.get(0)?, application_id: row.get(1)?, stage: row.get(2)?, at: row.get(3)?, note: row.get(4)? })
            })?;
            Ok(rows.collect::<rusqlite::Result<_>>()?)
        })
    }

    /// Schedules an interview (the next round). An application not yet at the interview stage
    /// moves there, dated when the interview was recorded.
    pub fn add_interview(
        &self,
        application_id: &str,
        details: &InterviewDetails,
    ) -> Result<Interview> {
        let details = details.checked()?;
        let now = now();
        self.store.write(|tx| {
            let application = load_application(tx, application_id)?;
            let round: u32 = tx.query_row(
                "SELECT coalesce(max(round), 0) + 1 FROM interview WHERE application_id = ?1",
                [application_id],
                |r| r.get(0),
            )?;
            let id = new_id();
            tx.execute(
                "INSERT INTO interview (id, application_id, round, at, format, place, link, notes, updated_at)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)",
                params![id, application_id, round, details.at, details.format, details.place, details.link, details.notes, now],
            )?;
            if matches!(application.current_stage, Stage::Saved | Stage::Applied) {
                record_stage(tx, application_id, Stage::Interview, now.max(application.stage_changed_at), "", now)?;
            } else {
                touch_activity(tx, application_id, now)?;
            }
            Ok(Interview { id, application_id: application_id.to_owned(), round, details })
        })
    }

    pub fn update_interview(&self, id: &str, details: &InterviewDetails) -> Result<Interview> {
        let details = details.checked()?;
        self.store.write(|tx| {
            let rows = tx.execute(
                "UPDATE interview SET at = ?2, format = ?3, place = ?4, link = ?5, notes = ?6, updated_at = ?7 WHERE id = ?1",
                params![id, details.at, details.format, details.place, details.link, details.notes, now()],
            )?;
            touched(rows, "interview", id)?;
            let (application_id, round) =
                tx.query_row("SELECT application_id, round FROM interview WHERE id = ?1", [id], |r| Ok((r.get(0)?, r.get(1)?)))?;
            Ok(Interview { id: id.to_owned(), application_id, round, details })
        })
    }

    pub fn delete_interview(&self, id: &str) -> Result<()> {
        self.store.write(|tx| {
            touched(
                tx.execute("DELETE FROM interview WHERE id = ?1", [id])?,
                "interview",
                id,
            )
        })
    }

    pub fn interviews(&self, application_id: &str) -> Result<Vec<Interview>> {
        self.store.read(|conn| {
            let mut stmt = conn.prepare_cached(
                "SELECT id, application_id, round, at, format, place, link, notes FROM interview
                 WHERE application_id = ?1 ORDER BY round",
            )?;
            let rows = stmt.query_map([application_id], |row| {
                Ok(Interview {
                    id: row.get(0)?,
                    application_id: row.get(1)?,
                    round: row.get(2)?,
                    details: InterviewDetails {
                        at: row.get(3)?,
                        format: row.get(4)?,
                        place: row.get(5)?,
                        link: row.get(6)?,
                        notes: row.get(7)?,
                    },
                })
            })?;
            Ok(rows.collect::<rusqlite::Result<_>>()?)
        })
    }

    /// Adds a next action with a due date, for an application or (with `None`) for the search
    /// in general.
    pub fn add_action(
        &self,
        details: &ActionDetails,
        application_id: Option<&str>,
    ) -> Result<NextAction> {
        let details = details.checked()?;
        let now = now();
        self.store.write(|tx| {
            if let Some(app) = application_id {
                load_application(tx, app)?;
            }
            let id = new_id();
            tx.execute(
                "INSERT INTO next_action (id, application_id, kind, note, due_at, done_at, created_at, updated_at)
                 VALUES (?1, ?2, ?3, ?4, ?5, NULL, ?6, ?6)",
                params![id, application_id, details.kind, details.note, details.due_at, now],
            )?;
            Ok(NextAction { id, application_id: application_id.map(str::to_owned), details, done_at: None })
        })
    }

    pub fn update_action(&self, id: &str, details: &ActionDetails) -> Result<NextAction> {
        let details = details.checked()?;
        self.store.write(|tx| {
            let rows = tx.execute(
                "UPDATE next_action SET kind = ?2, note = ?3, due_at = ?4, updated_at = ?5 WHERE id = ?1",
                params![id, details.kind, details.note, details.due_at, now()],
            )?;
            touched(rows, "action", id)?;
            load_action(tx, id)
        })
    }

    /// Marks an action done (or not done again). Doing something for an application counts as
    /// news, so no follow-up is suggested for a while.
    pub fn set_action_done(&self, id: &str, done: bool) -> Result<NextAction> {
        let now = now();
        self.store.write(|tx| {
            let rows = tx.execute(
                "UPDATE next_action SET done_at = CASE WHEN ?2 THEN coalesce(done_at, ?3) END, updated_at = ?3 WHERE id = ?1",
                params![id, done, now],
            )?;
            touched(rows, "action", id)?;
            let action = load_action(tx, id)?;
            if let (true, Some(app)) = (done, &action.application_id) {
                touch_activity(tx, app, now)?;
            }
            Ok(action)
        })
    }

    pub fn delete_action(&self, id: &str) -> Result<()> {
        self.store.write(|tx| {
            touched(
                tx.execute("DELETE FROM next_action WHERE id = ?1", [id])?,
                "action",
                id,
            )
        })
    }

    /// The actions of one application (or the general ones, with `None`), open ones first by
    /// due date, then the done ones.
    pub fn actions(&self, application_id: Option<&str>) -> Result<Vec<NextAction>> {
        self.store.read(|conn| {
            let mut stmt = conn.prepare_cached(
                "SELECT id, application_id, kind, note, due_at, done_at FROM next_action
                 WHERE application_id IS ?1 ORDER BY done_at IS NOT NULL, due_at",
            )?;
            let rows = stmt.query_map([application_id], action_from_row)?;
            Ok(rows.collect::<rusqlite::Result<_>>()?)
        })
    }
}

pub(super) fn load_application(conn: &rusqlite::Connection, id: &str) -> Result<Application> {
    conn.prepare_cached(&format!(
        "SELECT {APPLICATION_COLUMNS} FROM application WHERE id = ?1"
    ))?
    .query_row([id], application_from_row)
    .optional()?
    .ok_or_else(|| Error::not_found("application", id))
}

fn action_from_row(row: &Row<'_>) -> rusqlite::Result<NextAction> {
    Ok(NextAction {
        id: row.get(0)?,
        application_id: row.get(1)?,
        details: ActionDetails {
            kind: row.get(2)?,
            note: row.get(3)?,
            due_at: row.get(4)?,
        },
        done_at: row.get(5)?,
    })
}

fn load_action(conn: &rusqlite::Connection, id: &str) -> Result<NextAction> {
    conn.query_row(
        "SELECT id, application_id, kind, note, due_at, done_at FROM next_action WHERE id = ?1",
        [id],
        action_from_row,
    )
    .optional()?
    .ok_or_else(|| Error::not_found("action", id))
}

fn insert_stage_event(
    tx: &Transaction<'_>,
    application_id: &str,
    seq: i64,
    stage: Stage,
    at: Timestamp,
    note: &str,
    now: Timestamp,
) -> Result<()> {
    tx.prepare_cached(
        "INSERT INTO stage_event (id, application_id, seq, stage, at, note, updated_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)",
    )?
    .execute(params![new_id(), application_id, seq, stage, at, note, now])?;
    Ok(())
}

/// Appends a stage event and makes it the current stage, in the caller's transaction.
fn record_stage(
    tx: &Transaction<'_>,
    application_id: &str,
    stage: Stage,
    at: Timestamp,
    note: &str,
    now: Timestamp,
) -> Result<()> {
    let seq: i64 = tx.query_row(
        "SELECT coalesce(max(seq), 0) + 1 FROM stage_event WHERE application_id = ?1",
        [application_id],
        |r| r.get(0),
    )?;
    insert_stage_event(tx, application_id, seq, stage, at, note, now)?;
    tx.execute(
        "UPDATE application SET current_stage = ?2, stage_changed_at = ?3, last_activity_at = max(last_activity_at, ?3),
             updated_at = ?4 WHERE id = ?1",
        params![application_id, stage, at, now],
    )?;
    Ok(())
}

fn touch_activity(tx: &Transaction<'_>, application_id: &str, at: Timestamp) -> Result<()> {
    tx.execute(
        "UPDATE application SET last_activity_at = max(last_activity_at, ?2), updated_at = ?2 WHERE id = ?1",
        params![application_id, at],
    )?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::super::test_support::*;
    use super::*;

    #[test]
    fn a_page_of_applications_is_read_from_an_index_not_sorted_whole() {
        let (_dir, diary) = diary();
        // The same statements `application_page` prepares, as the planner sees them.
        for (stage, after) in [
            ("?1 IS NULL", "?2 IS NULL"),
            ("current_stage = ?1", "?2 IS NULL"),
            (
                "?1 IS NULL",
                "(last_activity_at, created_at, id) < (?2, ?3, ?4)",
            ),
            (
                "current_stage = ?1",
                "(last_activity_at, created_at, id) < (?2, ?3, ?4)",
            ),
        ] {
            let plan: Vec<String> = diary
                .store
                .read(|conn| {
                    let sql = format!(
                        "EXPLAIN QUERY PLAN SELECT {APPLICATION_COLUMNS} FROM application
                         WHERE {stage} AND {after}
                         ORDER BY last_activity_at DESC, created_at DESC, id DESC LIMIT ?5"
                    );
                    let mut stmt = conn.prepare(&sql)?;
                    let rows = stmt.query_map(params!["applied", 1_i64, 1_i64, "x", 21], |r| {
                        r.get::<_, String>(3)
                    })?;
                    Ok(rows.collect::<rusqlite::Result<_>>()?)
                })
                .unwrap();
            assert!(
                plan.iter().all(|step| !step.contains("TEMP B-TREE")),
                "{stage} / {after}: {plan:?}"
            );
        }
    }

    #[test]
    fn an_application_keeps_its_timeline_with_one_current_stage() {
        let (_dir, diary) = diary();
        let app = diary
            .add_application(
                &details("Coop Sole", "Aiuto cuoco"),
                Stage::Saved,
                Some(MONDAY_9),
            )
            .unwrap();
        assert_eq!(app.current_stage, Stage::Saved);
        diary
            .move_to_stage(&app.id, Stage::Applied, "inviato CV", Some(MONDAY_9 + HOUR))
            .unwrap();
        let moved = diary
            .move_to_stage(&app.id, Stage::Rejected, "", Some(MONDAY_9 + 5 * DAY))
            .unwrap();
        assert_eq!(moved.current_stage, Stage::Rejected);
        assert_eq!(moved.stage_changed_at, MONDAY_9 + 5 * DAY);
        let timeline = diary.timeline(&app.id).unwrap();
        let stages: Vec<Stage> = timeline.iter().map(|e| e.stage).collect();
        assert_eq!(stages, [Stage::Saved, Stage::Applied, Stage::Rejected]);
        assert_eq!(timeline[1].note, "inviato CV");
        assert_eq!(
            timeline.last().unwrap().stage,
            diary.application(&app.id).unwrap().current_stage
        );
    }

    #[test]
    fn refused_stage_changes_change_nothing() {
        let (_dir, diary) = diary();
        let app = diary
            .add_application(
                &details("Hotel Roma", "Cameriera ai piani"),
                Stage::Applied,
                Some(MONDAY_9),
            )
            .unwrap();
        let same = diary
            .move_to_stage(&app.id, Stage::Applied, "", None)
            .unwrap_err();
        assert!(matches!(
            same,
            Error::Invalid {
                reason: InvalidReason::SameStage,
                ..
            }
        ));
        let earlier = diary
            .move_to_stage(&app.id, Stage::Interview, "", Some(MONDAY_9 - DAY))
            .unwrap_err();
        assert!(
            matches!(earlier, Error::Invalid { ref field, reason: InvalidReason::BeforeCurrentStage } if *field == crate::fields::Field::from(ApplicationField::At))
        );
        let missing = diary
            .move_to_stage("no-such-id", Stage::Offer, "", None)
            .unwrap_err();
        assert!(matches!(
            missing,
            Error::NotFound {
                what: "application",
                ..
            }
        ));
        assert_eq!(diary.timeline(&app.id).unwrap().len(), 1);
        assert_eq!(diary.application(&app.id).unwrap(), app);
    }

    #[test]
    fn bad_details_are_refused_with_the_field() {
        let (_dir, diary) = diary();
        let mut d = details("  ", "Magazziniere");
        let err = diary.add_application(&d, Stage::Saved, None).unwrap_err();
        assert!(
            matches!(err, Error::Invalid { ref field, reason: InvalidReason::Required } if *field == crate::fields::Field::from(ApplicationField::Employer))
        );
        d.employer = "x".repeat(301);
        let err = diary.add_application(&d, Stage::Saved, None).unwrap_err();
        assert!(
            matches!(err, Error::Invalid { ref field, reason: InvalidReason::TooLong } if *field == crate::fields::Field::from(ApplicationField::Employer))
        );
        let err = diary
            .add_application(
                &details("A", "B"),
                Stage::Saved,
                Some(Timestamp::from_millis(-1)),
            )
            .unwrap_err();
        assert!(
            matches!(err, Error::Invalid { ref field, reason: InvalidReason::BadDate } if *field == crate::fields::Field::from(ApplicationField::At))
        );
        assert!(diary.applications(None).unwrap().is_empty());
    }

    #[test]
    fn editing_keeps_the_timeline_and_trims_text() {
        let (_dir, diary) = diary();
        let app = diary
            .add_application(&details("Coop", "Pulizie"), Stage::Applied, None)
            .unwrap();
        let mut d = app.details.clone();
        d.notes = "  turno di notte \n".into();
        d.contract_type = None;
        let edited = diary.update_application(&app.id, &d).unwrap();
        assert_eq!(edited.details.notes, "turno di notte");
        assert_eq!(edited.details.contract_type, None);
        assert_eq!(edited.current_stage, Stage::Applied);
        assert!(matches!(
            diary.update_application("nope", &d),
            Err(Error::NotFound { .. })
        ));
    }

    #[test]
    fn interviews_are_numbered_and_move_the_stage() {
        let (_dir, diary) = diary();
        let app = diary
            .add_application(
                &details("Amazon", "Magazziniere"),
                Stage::Applied,
                Some(MONDAY_9),
            )
            .unwrap();
        let first = InterviewDetails {
            at: MONDAY_9 + 2 * DAY,
            format: InterviewFormat::Phone,
            place: String::new(),
            link: String::new(),
            notes: String::new(),
        };
        let i1 = diary.add_interview(&app.id, &first).unwrap();
        let i2 = diary
            .add_interview(
                &app.id,
                &InterviewDetails {
                    format: InterviewFormat::InPerson,
                    place: "Via Roma 1".into(),
                    ..first.clone()
                },
            )
            .unwrap();
        assert_eq!((i1.round, i2.round), (1, 2));
        assert_eq!(
            diary.application(&app.id).unwrap().current_stage,
            Stage::Interview
        );
        // The second round did not add a second "interview" event.
        assert_eq!(diary.timeline(&app.id).unwrap().len(), 2);
        assert_eq!(
            diary.interviews(&app.id).unwrap()[1].details.place,
            "Via Roma 1"
        );
        diary.delete_interview(&i1.id).unwrap();
        assert_eq!(diary.interviews(&app.id).unwrap().len(), 1);
    }

    #[test]
    fn deleting_an_application_takes_its_records_with_it() {
        let (_dir, diary) = diary();
        let app = diary
            .add_application(&details("Coop", "Cuoco"), Stage::Applied, None)
            .unwrap();
        let action = ActionDetails {
            kind: ActionKind::CallBack,
            note: "chiamare Anna".into(),
            due_at: MONDAY_9,
        };
        diary.add_action(&action, Some(&app.id)).unwrap();
        diary.delete_application(&app.id).unwrap();
        assert!(diary.actions(Some(&app.id)).unwrap().is_empty());
        assert!(matches!(
            diary.timeline(&app.id),
            Err(Error::NotFound { .. })
        ));
        assert!(matches!(
            diary.delete_application(&app.id),
            Err(Error::NotFound { .. })
        ));
    }

    #[test]
    fn actions_can_be_done_and_undone() {
        let (_dir, diary) = diary();
        let app = diary
            .add_application(
                &details("Coop", "Cuoco"),
                Stage::Applied,
                Some(MONDAY_9 - 30 * DAY),
            )
            .unwrap();
        let a = diary
            .add_action(
                &ActionDetails {
                    kind: ActionKind::SendDocuments,
                    note: String::new(),
                    due_at: MONDAY_9,
                },
                Some(&app.id),
            )
            .unwrap();
        let done = diary.set_action_done(&a.id, true).unwrap();
        assert!(done.done_at.is_some());
        assert!(diary.application(&app.id).unwrap().last_activity_at > MONDAY_9 - 30 * DAY);
        assert_eq!(diary.set_action_done(&a.id, false).unwrap().done_at, None);
        let general = diary
            .add_action(
                &ActionDetails {
                    kind: ActionKind::Other,
                    note: "CPI".into(),
                    due_at: MONDAY_9,
                },
                None,
            )
            .unwrap();
        assert_eq!(diary.actions(None).unwrap(), vec![general]);
        assert!(matches!(
            diary.add_action(&a.details, Some("ghost")),
            Err(Error::NotFound { .. })
        ));
    }

    #[test]
    fn applications_come_in_pages_without_repeats_or_gaps() {
        let (_dir, diary) = diary();
        // Two applications per hour: ties on the activity time are broken by creation and id.
        let mut all = std::collections::BTreeSet::new();
        for i in 0..25 {
            let app = diary
                .add_application(
                    &details(&format!("Employer {i}"), "Cuoco"),
                    Stage::Applied,
                    Some(MONDAY_9 + (i / 2) * HOUR),
                )
                .unwrap();
            all.insert(app.id);
        }
        let first = diary.application_page(None, 10, None).unwrap();
        assert_eq!(first.applications.len(), 10);
        assert_eq!(first.applications[0].details.employer, "Employer 24");
        // Added between two pages: it goes to the top, for the next refresh, and moves nothing.
        let added = diary
            .add_application(
                &details("Late", "Cuoco"),
                Stage::Saved,
                Some(MONDAY_9 + 2 * DAY),
            )
            .unwrap();
        let second = diary
            .application_page(None, 10, first.next.as_deref())
            .unwrap();
        assert_eq!(second.applications.len(), 10);
        let third = diary
            .application_page(None, 10, second.next.as_deref())
            .unwrap();
        assert_eq!(third.applications.len(), 5);
        assert_eq!(third.next, None, "the last page has no next");
        let seen: Vec<String> = [first, second, third]
            .into_iter()
            .flat_map(|p| p.applications)
            .map(|a| a.id)
            .collect();
        assert_eq!(seen.len(), 25);
        assert_eq!(
            seen.iter()
                .cloned()
                .collect::<std::collections::BTreeSet<_>>(),
            all
        );
        // The pages together are the whole list, in its order.
        let whole: Vec<String> = diary
            .applications(None)
            .unwrap()
            .into_iter()
            .map(|a| a.id)
            .filter(|id| *id != added.id)
            .collect();
        assert_eq!(seen, whole);
        // The next refresh from the top finds the new one first.
        let refreshed = diary.application_page(None, 10, None).unwrap();
        assert_eq!(refreshed.applications[0].id, added.id);
        // A stage narrows the pages too.
        let saved = diary
            .application_page(Some(Stage::Saved), 10, None)
            .unwrap();
        assert_eq!(saved.applications, vec![added]);
        assert_eq!(saved.next, None);
    }

    #[test]
    fn a_cursor_not_made_by_the_diary_is_refused() {
        let (_dir, diary) = diary();
        diary
            .add_application(&details("Coop", "Cuoco"), Stage::Applied, None)
            .unwrap();
        for bad in ["", "yesterday", "12.x.id", "12.13", "12.13."] {
            let err = diary.application_page(None, 10, Some(bad)).unwrap_err();
            assert!(
                matches!(err, Error::Invalid { ref field, reason: InvalidReason::OutOfRange } if *field == crate::fields::Field::from(crate::fields::QueryField::Cursor)),
                "{bad:?}: {err:?}"
            );
        }
        for limit in [0, MAX_PAGE + 1] {
            let err = diary.application_page(None, limit, None).unwrap_err();
            assert!(
                matches!(err, Error::Invalid { ref field, .. } if *field == crate::fields::Field::from(crate::fields::QueryField::Limit)),
                "{limit}"
            );
        }
    }

    #[test]
    fn records_need_only_their_required_fields() {
        use crate::diary::{
            CertificateDetails, DocumentDetails, DocumentKind, DocumentStatus, EducationDetails,
            LanguageSkillDetails, MeetingDetails, Recognition, SkillDetails, WorkExperienceDetails,
        };
        let (_dir, diary) = diary();
        let app = diary
            .add_application(
                &ApplicationDetails::new("Coop Sole", "Aiuto cuoco", JobSource::WalkIn),
                Stage::Applied,
                None,
            )
            .unwrap();
        assert_eq!(app.details.city, "");
        assert_eq!(app.details.contract_type, None);
        diary
            .add_interview(
                &app.id,
                &InterviewDetails::new(MONDAY_9, InterviewFormat::Phone),
            )
            .unwrap();
        diary
            .add_action(
                &ActionDetails::new(ActionKind::CallBack, MONDAY_9),
                Some(&app.id),
            )
            .unwrap();
        diary
            .add_document(&DocumentDetails::new(
                DocumentKind::Spid,
                DocumentStatus::Missing,
            ))
            .unwrap();
        diary
            .add_meeting(&MeetingDetails::new(MONDAY_9, "Giulia"), &[])
            .unwrap();
        diary
            .add_language(&LanguageSkillDetails {
                language: "ti".into(),
                ..Default::default()
            })
            .unwrap();
        diary
            .add_experience(&WorkExperienceDetails {
                role: "Muratore".into(),
                ..Default::default()
            })
            .unwrap();
        diary
            .add_education(&EducationDetails::new("Diploma", Recognition::Unknown))
            .unwrap();
        diary
            .add_skill(&SkillDetails {
                text: "Saldatura".into(),
                ..Default::default()
            })
            .unwrap();
        diary
            .add_certificate(&CertificateDetails {
                name: "HACCP".into(),
                ..Default::default()
            })
            .unwrap();
        let profile = diary.profile().unwrap();
        assert_eq!(profile.languages[0].details.listening, None);
        assert_eq!(profile.experiences[0].details.start_month, None);
        assert_eq!(profile.certificates[0].details.issuer, "");
    }
}
