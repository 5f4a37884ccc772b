//! The home screen's one query: what is overdue, due today and this week; which applications
//! deserve a follow-up; which documents are about to expire. The apps schedule their
//! notifications from the same answer.

use rusqlite::{params, Connection};

use super::{ActionKind, Diary, DocumentKind, InterviewFormat, PermitType, Stage};
use crate::error::Result;
use crate::fields::{DocumentField, QueryField};
use crate::time::{
    add_days, days_between, local_date, local_day_start, parse_date, time_zone, Timestamp, DAY_MS,
    DEFAULT_TIME_ZONE,
};

/// How to build the agenda: the moment it is built for, where the person is, and the usual
/// thresholds.
#[derive(Debug, Clone, PartialEq, Eq)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
pub struct AgendaOptions {
    /// The moment "overdue", "today" and "this week" are counted from (usually now).
    pub now: Timestamp,
    /// The IANA time zone whose midnights start the person's days (`Europe/Rome` when empty).
    /// A zone, not an offset, so a week across a daylight-saving change keeps its days.
    #[cfg_attr(feature = "uniffi", uniffi(default = "Europe/Rome"))]
    pub time_zone: String,
    /// An application with no news for this many days suggests a follow-up.
    #[cfg_attr(feature = "uniffi", uniffi(default = 10))]
    pub follow_up_after_days: u32,
    /// Warn this many days before a residence permit expires. The renewal must be asked for
    /// at least 60 days before the expiry, so that is the default.
    #[cfg_attr(feature = "uniffi", uniffi(default = 60))]
    pub permit_warning_days: u32,
    /// Warn this many days before any other document expires.
    #[cfg_attr(feature = "uniffi", uniffi(default = 30))]
    pub document_warning_days: u32,
}

impl AgendaOptions {
    /// The usual thresholds at `now` in Italy.
    pub fn at(now: Timestamp) -> Self {
        AgendaOptions {
            now,
            time_zone: DEFAULT_TIME_ZONE.to_owned(),
            follow_up_after_days: 10,
            permit_warning_days: 60,
            document_warning_days: 30,
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Enum))]
pub enum AgendaSource {
    Action,
    Interview,
    Meeting,
    /// An appointment or meeting the tutor prepared (see `Sync::tutor_items`).
    TutorItem,
}

/// Something with a time: an action due, an interview, a tutor meeting.
#[derive(Debug, Clone, PartialEq, Eq)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
pub struct AgendaItem {
    pub source: AgendaSource,
    /// The id of the action, interview or meeting.
    pub id: String,
    /// When it is due or starts.
    pub at: Timestamp,
    pub action_kind: Option<ActionKind>,
    pub interview_format: Option<InterviewFormat>,
    pub application_id: Option<String>,
    pub employer: String,
    pub position: String,
    /// The tutor: the one the person met, for a meeting; the one who wrote it, for a tutor's
    /// item. Empty for the rest.
    pub tutor: String,
    /// The action's note, the interview's place or link, the meeting's topics, the tutor
    /// item's title (its details: `Sync::tutor_items`).
    pub note: String,
    /// Where to go: the interview's place, the tutor item's place (an address, a room). Empty
    /// when there is none (a video interview, an action, a meeting).
    pub place: String,
}

#[derive(Debug, Clone, PartialEq, Eq)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
pub struct FollowUp {
    pub application_id: String,
    pub employer: String,
    pub position: String,
    pub stage: Stage,
    pub days_without_news: u32,
}

#[derive(Debug, Clone, PartialEq, Eq)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
pub struct DocumentAlert {
    pub document_id: String,
    pub kind: DocumentKind,
    pub permit_type: Option<PermitType>,
    pub title: String,
    pub expires_on: String,
    /// Days until expiry; 0 is today, negative means already expired.
    pub days_left: i32,
}

#[derive(Debug, Clone, PartialEq, Eq, Default)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
pub struct Agenda {
    /// Open actions whose due day has passed, oldest first.
    pub overdue: Vec<AgendaItem>,
    /// Open actions, interviews and meetings of today, in time order.
    pub today: Vec<AgendaItem>,
    /// The same for the next seven days after today.
    pub this_week: Vec<AgendaItem>,
    /// The applications waiting longest for news, with nothing planned for them.
    pub follow_ups: Vec<FollowUp>,
    /// Documents expiring soon or expired, soonest first.
    pub document_alerts: Vec<DocumentAlert>,
}

/// At most this many follow-up suggestions: a long list discourages more than it helps.
const FOLLOW_UP_LIMIT: usize = 5;
/// At most this many overdue actions on the home screen.
const OVERDUE_LIMIT: usize = 100;

impl Diary {
    pub fn agenda(&self, options: &AgendaOptions) -> Result<Agenda> {
        self.store.read(|conn| agenda(conn, options))
    }
}

fn agenda(conn: &Connection, o: &AgendaOptions) -> Result<Agenda> {
    let zone = time_zone(QueryField::TimeZone, &o.time_zone)?;
    crate::time::check_instant(QueryField::Now, o.now)?;
    let today = local_date(o.now, &zone);
    let today_start = local_day_start(today, &zone);
    // Days from the calendar, not 24-hour steps: the day of a daylight-saving change is 23 or
    // 25 hours long.
    let tomorrow_start = local_day_start(add_days(today, 1), &zone);
    let week_end = local_day_start(add_days(today, 8), &zone);

    let mut overdue = actions_due(conn, Timestamp::from_millis(0), today_start)?;
    overdue.truncate(OVERDUE_LIMIT);
    let mut upcoming = actions_due(conn, today_start, week_end)?;
    upcoming.extend(interviews_between(conn, today_start, week_end)?);
    upcoming.extend(meetings_between(conn, today_start, week_end)?);
    upcoming.extend(tutor_items_between(conn, today_start, week_end)?);
    upcoming.sort_by(|a, b| a.at.cmp(&b.at).then_with(|| a.id.cmp(&b.id)));
    let (today_items, this_week): (Vec<_>, Vec<_>) =
        upcoming.into_iter().partition(|i| i.at < tomorrow_start);

    Ok(Agenda {
        overdue,
        today: today_items,
        this_week,
        follow_ups: follow_ups(conn, o, &zone, today)?,
        document_alerts: document_alerts(conn, o, today)?,
    })
}

fn actions_due(conn: &Connection, from: Timestamp, to: Timestamp) -> Result<Vec<AgendaItem>> {
    let mut stmt = conn.prepare_cached(
        "SELECT n.id, n.due_at, n.kind, n.application_id, coalesce(a.employer, ''), coalesce(a.position, ''), n.note
         FROM next_action n LEFT JOIN application a ON a.id = n.application_id
         WHERE n.done_at IS NULL AND n.due_at >= ?1 AND n.due_at < ?2 ORDER BY n.due_at",
    )?;
    let rows = stmt.query_map(params![from, to], |r| {
        Ok(AgendaItem {
            source: AgendaSource::Action,
            id: r.get(0)?,
            at: r.get(1)?,
            action_kind: Some(r.get(2)?),
            interview_format: None,
            application_id: r.get(3)?,
            employer: r.get(4)?,
            position: r.get(5)?,
            tutor: String::new(),
            note: r.get(6)?,
            place: String::new(),
        })
    })?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}

fn interviews_between(
    conn: &Connection,
    from: Timestamp,
    to: Timestamp,
) -> Result<Vec<AgendaItem>> {
    let mut stmt = conn.prepare_cached(
        "SELECT i.id, i.at, i.format, i.application_id, a.employer, a.position, CASE WHEN i.place <> '' THEN i.place ELSE i.link END, i.place
         FROM interview i JOIN application a ON a.id = i.application_id
         WHERE i.at >= ?1 AND i.at < ?2",
    )?;
    let rows = stmt.query_map(params![from, to], |r| {
        Ok(AgendaItem {
            source: AgendaSource::Interview,
            id: r.get(0)?,
            at: r.get(1)?,
            action_kind: None,
            interview_format: Some(r.get(2)?),
            application_id: Some(r.get(3)?),
            employer: r.get(4)?,
            position: r.get(5)?,
            tutor: String::new(),
            note: r.get(6)?,
            place: r.get(7)?,
        })
    })?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}

fn meetings_between(conn: &Connection, from: Timestamp, to: Timestamp) -> Result<Vec<AgendaItem>> {
    let mut stmt = conn
        .prepare_cached("SELECT id, at, tutor, topics FROM meeting WHERE at >= ?1 AND at < ?2")?;
    let rows = stmt.query_map(params![from, to], |r| {
        Ok(AgendaItem {
            source: AgendaSource::Meeting,
            id: r.get(0)?,
            at: r.get(1)?,
            action_kind: None,
            interview_format: None,
            application_id: None,
            employer: String::new(),
            position: String::new(),
            tutor: r.get(2)?,
            note: r.get(3)?,
            place: String::new(),
        })
    })?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}

/// The tutor's referrals and meetings with a time, not yet done: reminders like the person's
/// own, with the tutor's name and the place.
fn tutor_items_between(
    conn: &Connection,
    from: Timestamp,
    to: Timestamp,
) -> Result<Vec<AgendaItem>> {
    let mut stmt = conn.prepare_cached(
        "SELECT id, at_ms, title, tutor, place FROM tutor_item
         WHERE done = 0 AND at_ms >= ?1 AND at_ms < ?2",
    )?;
    let rows = stmt.query_map(params![from, to], |r| {
        Ok(AgendaItem {
            source: AgendaSource::TutorItem,
            id: r.get(0)?,
            at: r.get(1)?,
            action_kind: None,
            interview_format: None,
            application_id: None,
            employer: String::new(),
            position: String::new(),
            tutor: r.get(3)?,
            note: r.get(2)?,
            place: r.get(4)?,
        })
    })?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}

fn follow_ups(
    conn: &Connection,
    o: &AgendaOptions,
    zone: &jiff::tz::TimeZone,
    today: jiff::civil::Date,
) -> Result<Vec<FollowUp>> {
    let cutoff = o.now - i64::from(o.follow_up_after_days) * DAY_MS;
    let mut stmt = conn.prepare_cached(
        // `+` keeps the planner off the stage index: walking the activity index oldest first
        // stops after a few rows instead of sorting every open application.
        "SELECT a.id, a.employer, a.position, a.current_stage, a.last_activity_at FROM application a
         WHERE +a.current_stage IN ('applied', 'interview', 'offer') AND a.last_activity_at <= ?1
           AND NOT EXISTS (SELECT 1 FROM next_action n WHERE n.application_id = a.id AND n.done_at IS NULL)
           AND NOT EXISTS (SELECT 1 FROM interview i WHERE i.application_id = a.id AND i.at >= ?2)
         ORDER BY a.last_activity_at LIMIT ?3",
    )?;
    let rows = stmt.query_map(params![cutoff, o.now, FOLLOW_UP_LIMIT as i64], |r| {
        let last: Timestamp = r.get(4)?;
        let days = days_between(local_date(last, zone), today).max(0);
        Ok(FollowUp {
            application_id: r.get(0)?,
            employer: r.get(1)?,
            position: r.get(2)?,
            stage: r.get(3)?,
            days_without_news: u32::try_from(days).unwrap_or(u32::MAX),
        })
    })?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}

fn document_alerts(
    conn: &Connection,
    o: &AgendaOptions,
    today: jiff::civil::Date,
) -> Result<Vec<DocumentAlert>> {
    let horizon = o.permit_warning_days.max(o.document_warning_days);
    let last_day = today
        .checked_add(jiff::Span::new().days(i64::from(horizon)))
        .unwrap_or(today)
        .to_string();
    let mut stmt = conn.prepare_cached(
        "SELECT id, kind, permit_type, title, expires_on FROM document
         WHERE expires_on IS NOT NULL AND expires_on <= ?1 AND status <> 'missing' ORDER BY expires_on",
    )?;
    let rows = stmt.query_map([last_day], |r| {
        Ok((
            r.get::<_, String>(0)?,
            r.get::<_, DocumentKind>(1)?,
            r.get(2)?,
            r.get(3)?,
            r.get::<_, String>(4)?,
        ))
    })?;
    let mut alerts = Vec::new();
    for row in rows {
        let (document_id, kind, permit_type, title, expires_on) = row?;
        let days_left = days_between(today, parse_date(DocumentField::ExpiresOn, &expires_on)?);
        let warn = if kind == DocumentKind::ResidencePermit {
            o.permit_warning_days
        } else {
            o.document_warning_days
        };
        if days_left <= i64::from(warn) {
            let days_left = i32::try_from(days_left).unwrap_or(i32::MIN);
            alerts.push(DocumentAlert {
                document_id,
                kind,
                permit_type,
                title,
                expires_on,
                days_left,
            });
        }
    }
    Ok(alerts)
}

#[cfg(test)]
mod tests {
    use super::super::test_support::*;
    use super::super::*;
    use super::*;

    #[test]
    fn actions_are_sorted_into_overdue_today_and_this_week() {
        let (_dir, diary) = diary();
        let app = diary
            .add_application(
                &details("Coop", "Cuoco"),
                Stage::Applied,
                Some(MONDAY_9 - 3 * DAY),
            )
            .unwrap();
        let due = |at, note: &str| ActionDetails {
            kind: ActionKind::CallBack,
            note: note.into(),
            due_at: at,
        };
        diary
            .add_action(&due(MONDAY_9 - DAY, "yesterday"), Some(&app.id))
            .unwrap();
        diary
            .add_action(&due(MONDAY_9 + 10 * HOUR, "tonight"), Some(&app.id))
            .unwrap(); // 19:00 Rome
        diary
            .add_action(&due(MONDAY_9 + 3 * DAY, "thursday"), None)
            .unwrap();
        diary
            .add_action(&due(MONDAY_9 + 9 * DAY, "next week"), None)
            .unwrap();
        let done = diary
            .add_action(&due(MONDAY_9 - 2 * DAY, "done"), None)
            .unwrap();
        diary.set_action_done(&done.id, true).unwrap();
        diary
            .add_interview(
                &app.id,
                &InterviewDetails {
                    at: MONDAY_9 + 2 * HOUR,
                    format: InterviewFormat::Video,
                    place: String::new(),
                    link: "https://meet.example/x".into(),
                    notes: String::new(),
                },
            )
            .unwrap();

        let agenda = diary.agenda(&AgendaOptions::at(MONDAY_9)).unwrap();
        let notes = |items: &[AgendaItem]| items.iter().map(|i| i.note.clone()).collect::<Vec<_>>();
        assert_eq!(notes(&agenda.overdue), ["yesterday"]);
        assert_eq!(notes(&agenda.today), ["https://meet.example/x", "tonight"]);
        assert_eq!(agenda.today[0].source, AgendaSource::Interview);
        assert_eq!(agenda.today[1].employer, "Coop");
        assert_eq!(notes(&agenda.this_week), ["thursday"]);
    }

    #[test]
    fn today_ends_at_local_midnight() {
        let (_dir, diary) = diary();
        // 23:30 in Rome on Monday is 22:30 UTC: still Monday for the person.
        let late = MONDAY_9 + 14 * HOUR + 30 * 60_000;
        diary
            .add_action(
                &ActionDetails {
                    kind: ActionKind::Other,
                    note: "late".into(),
                    due_at: late,
                },
                None,
            )
            .unwrap();
        let rome = diary.agenda(&AgendaOptions::at(MONDAY_9)).unwrap();
        assert_eq!(rome.today.len(), 1);
        // For a phone in UTC+3, 23:30 Rome is already Tuesday.
        let east = diary
            .agenda(&AgendaOptions {
                time_zone: "Europe/Moscow".into(),
                ..AgendaOptions::at(MONDAY_9)
            })
            .unwrap();
        assert_eq!((east.today.len(), east.this_week.len()), (0, 1));
    }

    #[test]
    fn this_week_keeps_its_days_across_the_change_to_summer_time() {
        let (_dir, diary) = diary();
        // Friday 27 March 2026, 09:00 in Rome (UTC+1); summer time starts on Sunday the 29th.
        let friday = Timestamp::parse("2026-03-27T08:00:00Z").unwrap();
        // An action due at 00:30 on Saturday 4 April, Rome summer time (UTC+2): the 8th day
        // after Friday, so not "this week". With a fixed winter offset it is 23:30 on Friday
        // the 3rd and wrongly counted in.
        let after_week = Timestamp::parse("2026-04-03T22:30:00Z").unwrap();
        // And one at 23:30 on Friday 3 April, summer time: the 7th day, this week.
        let last_day = Timestamp::parse("2026-04-03T21:30:00Z").unwrap();
        for (at, note) in [(after_week, "saturday"), (last_day, "friday")] {
            diary
                .add_action(
                    &ActionDetails {
                        kind: ActionKind::Other,
                        note: note.into(),
                        due_at: at,
                    },
                    None,
                )
                .unwrap();
        }
        let agenda = diary.agenda(&AgendaOptions::at(friday)).unwrap();
        let notes: Vec<&str> = agenda.this_week.iter().map(|i| i.note.as_str()).collect();
        assert_eq!(notes, ["friday"]);
    }

    #[test]
    fn a_bad_zone_or_a_time_in_seconds_is_refused() {
        let (_dir, diary) = diary();
        let wrong_zone = diary.agenda(&AgendaOptions {
            time_zone: "Europe/Atlantis".into(),
            ..AgendaOptions::at(MONDAY_9)
        });
        assert!(
            matches!(wrong_zone, Err(crate::Error::Invalid { ref field, .. }) if *field == crate::fields::Field::from(crate::fields::QueryField::TimeZone))
        );
        let in_seconds = Timestamp::from_millis(MONDAY_9.millis() / 1000);
        let refused = diary.agenda(&AgendaOptions::at(in_seconds));
        assert!(
            matches!(refused, Err(crate::Error::Invalid { ref field, .. }) if *field == crate::fields::Field::from(crate::fields::QueryField::Now))
        );
    }

    #[test]
    fn quiet_applications_suggest_a_follow_up() {
        let (_dir, diary) = diary();
        let quiet = diary
            .add_application(
                &details("Quiet Srl", "Operaio"),
                Stage::Applied,
                Some(MONDAY_9 - 12 * DAY),
            )
            .unwrap();
        let planned = diary
            .add_application(
                &details("Planned", "Operaio"),
                Stage::Applied,
                Some(MONDAY_9 - 20 * DAY),
            )
            .unwrap();
        diary
            .add_action(
                &ActionDetails {
                    kind: ActionKind::CallBack,
                    note: String::new(),
                    due_at: MONDAY_9 + DAY,
                },
                Some(&planned.id),
            )
            .unwrap();
        diary
            .add_application(
                &details("Recent", "Operaio"),
                Stage::Applied,
                Some(MONDAY_9 - 3 * DAY),
            )
            .unwrap();
        diary
            .add_application(
                &details("Saved", "Operaio"),
                Stage::Saved,
                Some(MONDAY_9 - 30 * DAY),
            )
            .unwrap();
        let closed = diary
            .add_application(
                &details("Closed", "Operaio"),
                Stage::Applied,
                Some(MONDAY_9 - 40 * DAY),
            )
            .unwrap();
        diary
            .move_to_stage(&closed.id, Stage::Rejected, "", Some(MONDAY_9 - 39 * DAY))
            .unwrap();

        let agenda = diary.agenda(&AgendaOptions::at(MONDAY_9)).unwrap();
        assert_eq!(agenda.follow_ups.len(), 1);
        assert_eq!(agenda.follow_ups[0].application_id, quiet.id);
        assert_eq!(agenda.follow_ups[0].days_without_news, 12);
        let stricter = AgendaOptions {
            follow_up_after_days: 2,
            ..AgendaOptions::at(MONDAY_9)
        };
        assert_eq!(diary.agenda(&stricter).unwrap().follow_ups.len(), 2);
    }

    #[test]
    fn a_permit_warns_sixty_days_ahead_and_other_documents_thirty() {
        let (_dir, diary) = diary();
        let doc = |kind, expires: &str| DocumentDetails {
            kind,
            status: DocumentStatus::Have,
            permit_type: (kind == DocumentKind::ResidencePermit)
                .then_some(PermitType::SubsidiaryProtection),
            title: String::new(),
            expires_on: Some(expires.into()),
            recognition: None,
            notes: String::new(),
        };
        diary
            .add_document(&doc(DocumentKind::ResidencePermit, "2027-01-10"))
            .unwrap(); // 48 days
        diary
            .add_document(&doc(DocumentKind::IdentityCard, "2027-01-10"))
            .unwrap(); // not yet
        diary
            .add_document(&doc(DocumentKind::HaccpCertificate, "2026-11-20"))
            .unwrap(); // expired
        let agenda = diary.agenda(&AgendaOptions::at(MONDAY_9)).unwrap();
        let alerts: Vec<(DocumentKind, i32)> = agenda
            .document_alerts
            .iter()
            .map(|a| (a.kind, a.days_left))
            .collect();
        assert_eq!(
            alerts,
            [
                (DocumentKind::HaccpCertificate, -3),
                (DocumentKind::ResidencePermit, 48)
            ]
        );
        assert_eq!(
            agenda.document_alerts[1].permit_type,
            Some(PermitType::SubsidiaryProtection)
        );
    }
}
