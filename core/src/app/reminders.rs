//! Reminders: the notification plan computed by the core, which the shells schedule as is.
//!
//! The plan lists every notification due after `now` and within a horizon (two weeks by
//! default), each with a stable id derived from what it reminds of, the kind of reminder and
//! the time it is about. Scheduling is therefore idempotent: after every change and every sync
//! the shell computes the plan again, cancels the ids it scheduled that are no longer in it and
//! schedules (or re-schedules) the others.
//!
//! What it reminds of, in the person's local time (an IANA zone, so daylight saving is right):
//! - an application waiting for news: at 10:00 on the day a follow-up becomes due (the
//!   agenda's rule: applied, interview or offer; no open action, no interview ahead);
//! - an open next action: at its due time;
//! - an interview, a tutor's appointment (a tutor item with a time, not done): at 18:00 the
//!   day before, and two hours before;
//! - a meeting with the tutor: at 18:00 the day before;
//! - a document of the checklist: at 10:00, 30 and 7 days before it expires, and also 60
//!   days before for a residence permit (its renewal must be asked for by then);
//! - optionally (off unless switched on) the lesson in progress, untouched for two days: one
//!   nudge a day at 18:00.
//!
//! Quiet hours (`HH:MM-HH:MM`, possibly across midnight) move a notification to the end of the
//! quiet period; a reminder of an event that would then come at or after the event is dropped
//! (the day-before one has said it). Each category can be switched off.

use jiff::civil::{Date, Time};
use jiff::tz::TimeZone;
use rusqlite::{params, Connection};

use super::route::Route;
use super::settings::{self, key};
use crate::diary::{ActionKind, DocumentKind};
use crate::error::{Error, InvalidReason, Result};
use crate::fields::{NotificationsField, QueryField};
use crate::i18n::{Arg, Catalogue, Localized};
use crate::store::Store;
use crate::time::{
    add_days, check_instant, days_between, local_date, local_day_start, time_zone, Timestamp,
    DAY_MS, DEFAULT_TIME_ZONE,
};

const HOUR_MS: i64 = 3_600_000;
/// The longest horizon planned: a year. A longer one is planned as a year.
const MAX_HORIZON_DAYS: u32 = 366;
/// The local time of the reminders that are about a day rather than a moment (a follow-up,
/// a document's expiry): mid-morning, when offices are open.
const MORNING: (i8, i8) = (10, 0);
/// The local time of the reminders the day before, and of the lesson nudges: early evening,
/// with time left to prepare.
const EVENING: (i8, i8) = (18, 0);
/// How long before an event its second reminder comes.
const BEFORE_EVENT_MS: i64 = 2 * HOUR_MS;
/// A lesson untouched for this many days gets a nudge.
const LESSON_IDLE_DAYS: i64 = 2;

/// What a notification is about. Each category can be switched off in the settings
/// (`notify.<code>` = "0"); all are on unless said otherwise, except the lesson nudges.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Enum))]
pub enum NotificationCategory {
    /// An application with no news for a while and nothing planned: ask for news.
    FollowUp,
    /// A next action due.
    Action,
    /// An interview, the day before and two hours before.
    Interview,
    /// A tutor's appointment (a referral or meeting the tutor prepared, with a time).
    TutorAppointment,
    /// A meeting with the tutor noted in the diary, the day before.
    Meeting,
    /// A document of the checklist about to expire.
    Document,
    /// A nudge to go on with the lesson in progress. Off unless switched on.
    Lesson,
    /// The tutor answered a question the person sent from Ask: a minute after the answer came.
    TutorAnswer,
}

impl NotificationCategory {
    pub const ALL: &'static [NotificationCategory] = &[
        NotificationCategory::FollowUp,
        NotificationCategory::Action,
        NotificationCategory::Interview,
        NotificationCategory::TutorAppointment,
        NotificationCategory::Meeting,
        NotificationCategory::Document,
        NotificationCategory::Lesson,
        NotificationCategory::TutorAnswer,
    ];

    /// The stable code, used in the setting's key (`notify.<code>`) and in the ids.
    pub fn code(self) -> &'static str {
        match self {
            NotificationCategory::FollowUp => "follow-up",
            NotificationCategory::Action => "action",
            NotificationCategory::Interview => "interview",
            NotificationCategory::TutorAppointment => "tutor",
            NotificationCategory::Meeting => "meeting",
            NotificationCategory::Document => "document",
            NotificationCategory::Lesson => "lesson",
            NotificationCategory::TutorAnswer => "tutor-answer",
        }
    }

    /// Whether the category notifies when the person has said nothing.
    pub fn on_by_default(self) -> bool {
        self != NotificationCategory::Lesson
    }

    fn setting_key(self) -> String {
        format!("{}{}", key::NOTIFY_PREFIX, self.code())
    }
}

/// How to compute the plan.
#[derive(Debug, Clone, PartialEq, Eq)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
pub struct PlanOptions {
    /// The moment the plan is computed for (usually now): only later notifications are in it.
    pub now: Timestamp,
    /// The person's IANA time zone (`Europe/Rome` when empty): the local times (10:00, 18:00,
    /// quiet hours) are read in it, across daylight-saving changes.
    #[cfg_attr(feature = "uniffi", uniffi(default = "Europe/Rome"))]
    pub time_zone: String,
    /// The languages of the texts, best first (the UI language chain); English and Italian
    /// are added at the end as the last resort.
    pub ui_languages: Vec<String>,
    /// How many days ahead the plan reaches (at most 366). The app computes it again after
    /// every change and sync, and at least once a day.
    #[cfg_attr(feature = "uniffi", uniffi(default = 14))]
    pub horizon_days: u32,
    /// An application with no news for this many days gets a follow-up (the agenda's rule).
    #[cfg_attr(feature = "uniffi", uniffi(default = 10))]
    pub follow_up_after_days: u32,
}

impl PlanOptions {
    /// Two weeks ahead from `now` in Italy, with texts in `ui_languages`.
    pub fn at(now: Timestamp, ui_languages: &[String]) -> Self {
        PlanOptions {
            now,
            time_zone: DEFAULT_TIME_ZONE.to_owned(),
            ui_languages: ui_languages.to_vec(),
            horizon_days: 14,
            follow_up_after_days: 10,
        }
    }
}

/// One notification for the shell to schedule.
#[derive(Debug, Clone, PartialEq, Eq)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
pub struct Notification {
    /// Stable: what it reminds of, the kind of reminder and the time it is about
    /// (`interview:<id>:day-before:20261124T0800Z`). The same item gives the same id in every
    /// plan until its time changes; the shell schedules by this id and cancels the ids that
    /// are no longer in the plan.
    pub id: String,
    /// When to show it (after quiet hours were applied).
    pub at: Timestamp,
    pub category: NotificationCategory,
    /// The notification's title, in the person's language, with that language and direction.
    pub title: Localized,
    /// The notification's text, in the person's language, with that language and direction.
    pub body: Localized,
    /// The canonical deep link of the screen to open on a tap (`Route::parse` reads it).
    pub link: String,
}

/// Every notification to schedule, soonest first (same time: by id).
#[derive(Debug, Clone, PartialEq, Eq, Default)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
pub struct NotificationPlan {
    pub notifications: Vec<Notification>,
    /// The end of the horizon: the plan says nothing about later notifications, so it must be
    /// computed again before then.
    pub horizon_end: Timestamp,
}

/// Quiet hours: local wall-clock times; `start > end` crosses midnight.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct QuietHours {
    start: Time,
    end: Time,
}

impl QuietHours {
    /// Reads `HH:MM-HH:MM` (spaces allowed around the dash). Empty text is no quiet hours.
    fn parse(text: &str) -> Result<Option<QuietHours>> {
        let bad = || Error::invalid(NotificationsField::QuietHours, InvalidReason::BadDate);
        let text = text.trim();
        if text.is_empty() {
            return Ok(None);
        }
        let (start, end) = text.split_once('-').ok_or_else(bad)?;
        let time = |t: &str| -> Result<Time> {
            let (h, m) = t.trim().split_once(':').ok_or_else(bad)?;
            let digits = |s: &str| s.len() == 2 && s.bytes().all(|b| b.is_ascii_digit());
            if !digits(h) || !digits(m) {
                return Err(bad());
            }
            let (h, m): (i8, i8) = (h.parse().map_err(|_| bad())?, m.parse().map_err(|_| bad())?);
            Time::new(h, m, 0, 0).map_err(|_| bad())
        };
        let (start, end) = (time(start)?, time(end)?);
        if start == end {
            // Quiet all day long or never: either way not what a person means.
            return Err(Error::invalid(
                NotificationsField::QuietHours,
                InvalidReason::OutOfRange,
            ));
        }
        Ok(Some(QuietHours { start, end }))
    }

    fn to_text(self) -> String {
        format!(
            "{:02}:{:02}-{:02}:{:02}",
            self.start.hour(),
            self.start.minute(),
            self.end.hour(),
            self.end.minute()
        )
    }

    /// `at`, or the end of the quiet period it falls in.
    fn apply(self, at: Timestamp, zone: &TimeZone) -> Timestamp {
        let local = at.zoned(zone).datetime();
        let (date, time) = (local.date(), local.time());
        let end_on = |date: Date| at_local(date, self.end, zone);
        if self.start < self.end {
            if self.start <= time && time < self.end {
                return end_on(date);
            }
        } else if time >= self.start {
            return end_on(add_days(date, 1));
        } else if time < self.end {
            return end_on(date);
        }
        at
    }
}

/// The instant of the local wall-clock `time` on `date` in `zone`. A time skipped by a
/// daylight-saving change is taken as the same clock reading after the change.
fn at_local(date: Date, time: Time, zone: &TimeZone) -> Timestamp {
    date.to_datetime(time)
        .to_zoned(zone.clone())
        .map(|z| Timestamp::from_millis(z.timestamp().as_millisecond()))
        .unwrap_or_else(|_| local_day_start(date, zone))
}

fn clock((hour, minute): (i8, i8)) -> Time {
    Time::constant(hour, minute, 0, 0)
}

/// A compact, zone-free spelling of an instant for ids: `20261124T0800Z`.
fn id_time(at: Timestamp) -> String {
    let utc = at.zoned(&TimeZone::UTC).datetime();
    format!(
        "{:04}{:02}{:02}T{:02}{:02}Z",
        utc.year(),
        utc.month(),
        utc.day(),
        utc.hour(),
        utc.minute()
    )
}

/// Whether the person wants notifications of `category`.
pub fn category_enabled(store: &Store, category: NotificationCategory) -> Result<bool> {
    settings::get_flag(store, &category.setting_key(), category.on_by_default())
}

/// Switches a category of notifications on or off.
pub fn set_category_enabled(
    store: &Store,
    category: NotificationCategory,
    enabled: bool,
) -> Result<()> {
    settings::set_flag(store, &category.setting_key(), enabled)
}

/// The quiet hours as `HH:MM-HH:MM`, or empty when there are none.
pub fn quiet_hours(store: &Store) -> Result<String> {
    let saved = settings::get(store, key::QUIET_HOURS)?.unwrap_or_default();
    // Only valid text is ever saved; anything else reads as none.
    Ok(QuietHours::parse(&saved)
        .ok()
        .flatten()
        .map(QuietHours::to_text)
        .unwrap_or_default())
}

/// Sets the quiet hours, `HH:MM-HH:MM` local time (`21:00-08:00` crosses midnight); empty
/// text removes them. Text that is not two different times of day is refused with `BadDate`
/// (or `OutOfRange` for a period of no length) on `notifications.quiet_hours`, and nothing
/// changes. Returns the hours as saved (`9:00` is not accepted: two digits each).
pub fn set_quiet_hours(store: &Store, text: &str) -> Result<String> {
    let saved = QuietHours::parse(text)?
        .map(QuietHours::to_text)
        .unwrap_or_default();
    settings::set(store, key::QUIET_HOURS, &saved)?;
    Ok(saved)
}

/// A notification before quiet hours and the horizon are applied.
struct Candidate {
    id: String,
    at: Timestamp,
    /// For a reminder of an event: the event. The reminder must come before it.
    before: Option<Timestamp>,
    category: NotificationCategory,
    title: Localized,
    body: Localized,
    route: Route,
}

/// Formats the texts: the chain, the zone, and the first locale of the chain with a key (for
/// the times written inside the text in that locale's way).
struct Texts<'a> {
    catalogue: &'static Catalogue,
    chain: &'a [String],
    zone_name: &'a str,
}

impl Texts<'_> {
    fn locale_of(&self, key: &str) -> &str {
        self.chain
            .iter()
            .find(|l| self.catalogue.has(l, key))
            .map(String::as_str)
            .unwrap_or("en")
    }

    fn text(&self, key: &str, args: &[(&str, Arg)]) -> Localized {
        self.catalogue.with(self.chain, key, args)
    }

    /// A message with a `$time` placeable, the time written in the message's own locale.
    fn with_time(&self, key: &str, at: Timestamp, args: &[(&str, Arg)]) -> Localized {
        let time = crate::i18n::format_time(self.locale_of(key), at, self.zone_name);
        let mut all = args.to_vec();
        all.push(("time", Arg::Text(time)));
        self.text(key, &all)
    }

    fn label(&self, key: &str) -> String {
        self.text(key, &[]).text
    }

    /// "Where: <place>", or an invitation to open the details.
    fn place_or_details(&self, place: &str) -> Localized {
        if place.trim().is_empty() {
            self.text("notification-tap-to-open", &[])
        } else {
            self.text("notification-where", &[("place", text(place))])
        }
    }
}

fn text(value: &str) -> Arg {
    Arg::Text(value.to_owned())
}

/// The notifications to schedule: see the module's documentation.
pub fn plan(store: &Store, options: &PlanOptions) -> Result<NotificationPlan> {
    let now = check_instant(QueryField::Now, options.now)?;
    let zone = time_zone(QueryField::TimeZone, &options.time_zone)?;
    let zone_name = zone.iana_name().unwrap_or(DEFAULT_TIME_ZONE).to_owned();
    let horizon_days = options.horizon_days.min(MAX_HORIZON_DAYS);
    let horizon_end = now + i64::from(horizon_days) * DAY_MS;

    let mut enabled = Vec::new();
    for &category in NotificationCategory::ALL {
        if category_enabled(store, category)? {
            enabled.push(category);
        }
    }
    let quiet = QuietHours::parse(&settings::get(store, key::QUIET_HOURS)?.unwrap_or_default())
        .ok()
        .flatten();

    let chain = crate::i18n::fallback_chain(&options.ui_languages);
    let texts = Texts {
        catalogue: Catalogue::get(),
        chain: &chain,
        zone_name: &zone_name,
    };
    let window = Window {
        now,
        end: horizon_end,
        zone: &zone,
        today: local_date(now, &zone),
        horizon_days,
        follow_up_after_days: options.follow_up_after_days,
    };

    let candidates = store.read(|conn| {
        let mut all = Vec::new();
        for &category in &enabled {
            match category {
                NotificationCategory::FollowUp => follow_ups(conn, &window, &texts, &mut all)?,
                NotificationCategory::Action => actions(conn, &window, &texts, &mut all)?,
                NotificationCategory::Interview => interviews(conn, &window, &texts, &mut all)?,
                NotificationCategory::TutorAppointment => {
                    tutor_items(conn, &window, &texts, &mut all)?
                }
                NotificationCategory::Meeting => meetings(conn, &window, &texts, &mut all)?,
                NotificationCategory::Document => documents(conn, &window, &texts, &mut all)?,
                NotificationCategory::Lesson => lessons(conn, &window, &texts, &mut all)?,
                NotificationCategory::TutorAnswer => {
                    tutor_answers(conn, &window, &texts, &mut all)?
                }
            }
        }
        Ok(all)
    })?;

    let mut notifications: Vec<Notification> = candidates
        .into_iter()
        .filter_map(|c| {
            let at = match quiet {
                Some(q) => q.apply(c.at, &zone),
                None => c.at,
            };
            let in_time = c.before.is_none_or(|event| at < event);
            (in_time && now < at && at <= horizon_end).then(|| Notification {
                id: c.id,
                at,
                category: c.category,
                title: c.title,
                body: c.body,
                link: c.route.to_link(),
            })
        })
        .collect();
    notifications.sort_by(|a, b| a.at.cmp(&b.at).then_with(|| a.id.cmp(&b.id)));
    Ok(NotificationPlan {
        notifications,
        horizon_end,
    })
}

/// The span the plan covers.
struct Window<'a> {
    now: Timestamp,
    end: Timestamp,
    zone: &'a TimeZone,
    today: Date,
    horizon_days: u32,
    follow_up_after_days: u32,
}

impl Window<'_> {
    /// Rows of events from `now` to a little past the horizon: a reminder the day before at
    /// 18:00 comes up to 30 hours before its event.
    fn events(&self) -> (Timestamp, Timestamp) {
        (self.now, self.end + 2 * DAY_MS)
    }
}

/// The day-before (18:00) and two-hours-before reminders of an event.
fn event_reminders(w: &Window<'_>, prefix: &str, at: Timestamp) -> [(String, Timestamp, bool); 2] {
    let day_before = at_local(add_days(local_date(at, w.zone), -1), clock(EVENING), w.zone);
    let marker = id_time(at);
    [
        (format!("{prefix}:day-before:{marker}"), day_before, true),
        (
            format!("{prefix}:2h-before:{marker}"),
            at - BEFORE_EVENT_MS,
            false,
        ),
    ]
}

fn follow_ups(
    conn: &Connection,
    w: &Window<'_>,
    t: &Texts<'_>,
    out: &mut Vec<Candidate>,
) -> Result<()> {
    let n = i64::from(w.follow_up_after_days);
    // A follow-up is due on the local day `n` days after the last news: the last news of the
    // applications due within the horizon fell in these days (a day of margin each side).
    let from = local_day_start(add_days(w.today, -n - 1), w.zone);
    let to = local_day_start(add_days(w.today, i64::from(w.horizon_days) + 2 - n), w.zone);
    let mut stmt = conn.prepare_cached(
        "SELECT a.id, a.employer, a.last_activity_at FROM application a
         WHERE a.current_stage IN ('applied', 'interview', 'offer')
           AND a.last_activity_at >= ?1 AND a.last_activity_at < ?2
           AND NOT EXISTS (SELECT 1 FROM next_action n WHERE n.application_id = a.id AND n.done_at IS NULL)
           AND NOT EXISTS (SELECT 1 FROM interview i WHERE i.application_id = a.id AND i.at >= ?3)",
    )?;
    let rows = stmt.query_map(params![from, to, w.now], |r| {
        Ok((
            r.get::<_, String>(0)?,
            r.get::<_, String>(1)?,
            r.get::<_, Timestamp>(2)?,
        ))
    })?;
    for row in rows {
        let (id, employer, last) = row?;
        let due = add_days(local_date(last, w.zone), n);
        let days = days_between(local_date(last, w.zone), due);
        out.push(Candidate {
            id: format!("follow-up:{id}:due:{due}"),
            at: at_local(due, clock(MORNING), w.zone),
            before: None,
            category: NotificationCategory::FollowUp,
            title: t.text("notification-follow-up", &[("employer", text(&employer))]),
            body: t.text(
                "home-follow-up",
                &[
                    ("employer", text(&employer)),
                    ("days", Arg::Number(days as f64)),
                ],
            ),
            route: Route::Application { id },
        });
    }
    Ok(())
}

fn actions(
    conn: &Connection,
    w: &Window<'_>,
    t: &Texts<'_>,
    out: &mut Vec<Candidate>,
) -> Result<()> {
    // From a day back: one due during quiet hours that just ended is shown at their end.
    let mut stmt = conn.prepare_cached(
        "SELECT n.id, n.kind, n.note, n.due_at, n.application_id, coalesce(a.employer, '')
         FROM next_action n LEFT JOIN application a ON a.id = n.application_id
         WHERE n.done_at IS NULL AND n.due_at > ?1 AND n.due_at <= ?2",
    )?;
    let rows = stmt.query_map(params![w.now - DAY_MS, w.end], |r| {
        Ok((
            r.get::<_, String>(0)?,
            r.get::<_, ActionKind>(1)?,
            r.get::<_, String>(2)?,
            r.get::<_, Timestamp>(3)?,
            r.get::<_, Option<String>>(4)?,
            r.get::<_, String>(5)?,
        ))
    })?;
    for row in rows {
        let (id, kind, note, due, application_id, employer) = row?;
        let action = t.label(&kind.label_key());
        let title = if employer.is_empty() {
            t.text(&kind.label_key(), &[])
        } else {
            t.text(
                "notification-action-due",
                &[("action", text(&action)), ("employer", text(&employer))],
            )
        };
        let body = if note.trim().is_empty() {
            t.text("notification-tap-to-open", &[])
        } else {
            t.text("notification-your-note", &[("note", text(note.trim()))])
        };
        out.push(Candidate {
            id: format!("action:{id}:due:{}", id_time(due)),
            at: due,
            before: None,
            category: NotificationCategory::Action,
            title,
            body,
            route: match application_id {
                Some(id) => Route::Application { id },
                None => Route::Actions,
            },
        });
    }
    Ok(())
}

fn interviews(
    conn: &Connection,
    w: &Window<'_>,
    t: &Texts<'_>,
    out: &mut Vec<Candidate>,
) -> Result<()> {
    let (from, to) = w.events();
    let mut stmt = conn.prepare_cached(
        "SELECT i.id, i.at, i.place, i.application_id, a.employer
         FROM interview i JOIN application a ON a.id = i.application_id
         WHERE i.at > ?1 AND i.at <= ?2",
    )?;
    let rows = stmt.query_map(params![from, to], |r| {
        Ok((
            r.get::<_, String>(0)?,
            r.get::<_, Timestamp>(1)?,
            r.get::<_, String>(2)?,
            r.get::<_, String>(3)?,
            r.get::<_, String>(4)?,
        ))
    })?;
    for row in rows {
        let (id, at, place, application_id, employer) = row?;
        push_event_reminders(
            w,
            t,
            out,
            EventReminders {
                prefix: format!("interview:{id}"),
                at,
                keys: ["notification-interview-tomorrow", "notification-interview"],
                args: &[("employer", text(&employer))],
                category: NotificationCategory::Interview,
                body: t.place_or_details(&place),
                route: Route::Application { id: application_id },
            },
        );
    }
    Ok(())
}

fn tutor_items(
    conn: &Connection,
    w: &Window<'_>,
    t: &Texts<'_>,
    out: &mut Vec<Candidate>,
) -> Result<()> {
    let (from, to) = w.events();
    let mut stmt = conn.prepare_cached(
        "SELECT id, at_ms, title, place FROM tutor_item
         WHERE done = 0 AND at_ms IS NOT NULL AND at_ms > ?1 AND at_ms <= ?2",
    )?;
    let rows = stmt.query_map(params![from, to], |r| {
        Ok((
            r.get::<_, String>(0)?,
            r.get::<_, Timestamp>(1)?,
            r.get::<_, String>(2)?,
            r.get::<_, String>(3)?,
        ))
    })?;
    for row in rows {
        let (id, at, title, place) = row?;
        push_event_reminders(
            w,
            t,
            out,
            EventReminders {
                prefix: format!("tutor:{id}"),
                at,
                keys: [
                    "notification-appointment-tomorrow",
                    "notification-appointment",
                ],
                args: &[("title", text(&title))],
                category: NotificationCategory::TutorAppointment,
                body: t.place_or_details(&place),
                route: Route::Tutor,
            },
        );
    }
    Ok(())
}

/// An event reminded the evening before and two hours before: what the two say and open.
struct EventReminders<'a> {
    /// The start of both ids (`interview:<id>`).
    prefix: String,
    at: Timestamp,
    /// The messages for the evening before and for two hours before; both take `$time`.
    keys: [&'static str; 2],
    args: &'a [(&'a str, Arg)],
    category: NotificationCategory,
    body: Localized,
    route: Route,
}

fn push_event_reminders(
    w: &Window<'_>,
    t: &Texts<'_>,
    out: &mut Vec<Candidate>,
    event: EventReminders<'_>,
) {
    for (id, when, day_before) in event_reminders(w, &event.prefix, event.at) {
        let key = event.keys[usize::from(!day_before)];
        out.push(Candidate {
            id,
            at: when,
            before: Some(event.at),
            category: event.category,
            title: t.with_time(key, event.at, event.args),
            body: event.body.clone(),
            route: event.route.clone(),
        });
    }
}

fn meetings(
    conn: &Connection,
    w: &Window<'_>,
    t: &Texts<'_>,
    out: &mut Vec<Candidate>,
) -> Result<()> {
    let (from, to) = w.events();
    let mut stmt =
        conn.prepare_cached("SELECT id, at, tutor FROM meeting WHERE at > ?1 AND at <= ?2")?;
    let rows = stmt.query_map(params![from, to], |r| {
        Ok((
            r.get::<_, String>(0)?,
            r.get::<_, Timestamp>(1)?,
            r.get::<_, String>(2)?,
        ))
    })?;
    for row in rows {
        let (id, at, tutor) = row?;
        let [(reminder_id, when, _), _] = event_reminders(w, &format!("meeting:{id}"), at);
        out.push(Candidate {
            id: reminder_id,
            at: when,
            before: Some(at),
            category: NotificationCategory::Meeting,
            title: t.with_time(
                "notification-meeting-tomorrow",
                at,
                &[("tutor", text(&tutor))],
            ),
            body: t.text("notification-tap-to-open", &[]),
            route: Route::Meetings,
        });
    }
    Ok(())
}

fn documents(
    conn: &Connection,
    w: &Window<'_>,
    t: &Texts<'_>,
    out: &mut Vec<Candidate>,
) -> Result<()> {
    // The earliest warning is 60 days before: expiries up to that far past the horizon.
    let last = add_days(w.today, i64::from(w.horizon_days) + 61);
    let mut stmt = conn.prepare_cached(
        "SELECT id, kind, title, expires_on FROM document
         WHERE expires_on IS NOT NULL AND expires_on >= ?1 AND expires_on <= ?2
           AND status <> 'missing'",
    )?;
    let rows = stmt.query_map(params![w.today.to_string(), last.to_string()], |r| {
        Ok((
            r.get::<_, String>(0)?,
            r.get::<_, DocumentKind>(1)?,
            r.get::<_, String>(2)?,
            r.get::<_, String>(3)?,
        ))
    })?;
    for row in rows {
        let (id, kind, title, expires_on) = row?;
        // A date that does not parse was never saved by the diary; skip rather than fail.
        let Ok(expiry) = expires_on.trim().parse::<Date>() else {
            continue;
        };
        let permit = kind == DocumentKind::ResidencePermit;
        let days_before: &[i64] = if permit { &[60, 30, 7] } else { &[30, 7] };
        let name = if kind == DocumentKind::Other && !title.trim().is_empty() {
            title.trim().to_owned()
        } else {
            t.label(&kind.label_key())
        };
        for &days in days_before {
            let day = add_days(expiry, -days);
            let days_arg = ("days", Arg::Number(days as f64));
            let (title, body) = if permit {
                (
                    t.text("notification-permit-expiring", &[days_arg]),
                    t.text("home-permit-renew", &[]),
                )
            } else {
                (
                    t.text(
                        "home-document-expires",
                        &[("document", text(&name)), days_arg],
                    ),
                    t.text("notification-document-renew", &[]),
                )
            };
            out.push(Candidate {
                id: format!("document:{id}:{days}-days-before:{expiry}"),
                at: at_local(day, clock(MORNING), w.zone),
                before: None,
                category: NotificationCategory::Document,
                title,
                body,
                route: Route::Documents,
            });
        }
    }
    Ok(())
}

fn lessons(
    conn: &Connection,
    w: &Window<'_>,
    t: &Texts<'_>,
    out: &mut Vec<Candidate>,
) -> Result<()> {
    // The lesson to continue: the one in progress touched last, if it is still installed.
    let mut stmt = conn.prepare_cached(
        "SELECT p.lesson_id, p.updated_at FROM lesson_progress p
         WHERE p.completed_at IS NULL AND EXISTS (SELECT 1 FROM lesson l WHERE l.id = p.lesson_id)
         ORDER BY p.updated_at DESC, p.lesson_id LIMIT 1",
    )?;
    let mut rows = stmt.query_map([], |r| {
        Ok((r.get::<_, String>(0)?, r.get::<_, Timestamp>(1)?))
    })?;
    let Some(row) = rows.next() else {
        return Ok(());
    };
    let (lesson_id, touched) = row?;
    let first = add_days(local_date(touched, w.zone), LESSON_IDLE_DAYS).max(w.today);
    let last = add_days(w.today, i64::from(w.horizon_days));
    let mut day = first;
    while day <= last {
        out.push(Candidate {
            id: format!("lesson:{lesson_id}:nudge:{day}"),
            at: at_local(day, clock(EVENING), w.zone),
            before: None,
            category: NotificationCategory::Lesson,
            title: t.text("notification-lesson", &[]),
            body: t.text("notification-lesson-body", &[]),
            route: Route::Lesson {
                id: lesson_id.clone(),
            },
        });
        day = add_days(day, 1);
    }
    Ok(())
}

/// How long after an answer arrived it is still told: a plan computed a day later (the phone
/// was off) does not announce old news.
const ANSWER_NEWS_MS: i64 = DAY_MS;

/// A tutor's answer to a question sent from Ask ("ask my tutor"), not yet marked done: told a
/// minute after it arrived (the plan is computed right after the sync that brought it).
fn tutor_answers(
    conn: &Connection,
    w: &Window<'_>,
    t: &Texts<'_>,
    out: &mut Vec<Candidate>,
) -> Result<()> {
    let mut stmt = conn.prepare_cached(
        "SELECT i.id, i.updated_at, q.text FROM tutor_item i JOIN tutor_question q ON q.id = i.question
         WHERE i.done = 0 AND i.updated_at > ?1",
    )?;
    let rows = stmt.query_map([w.now - ANSWER_NEWS_MS], |r| {
        Ok((
            r.get::<_, String>(0)?,
            r.get::<_, Timestamp>(1)?,
            r.get::<_, String>(2)?,
        ))
    })?;
    for row in rows {
        let (id, arrived, question) = row?;
        out.push(Candidate {
            id: format!("tutor-answer:{id}"),
            at: arrived + 60_000,
            before: None,
            category: NotificationCategory::TutorAnswer,
            title: t.text("notification-tutor-answer", &[]),
            body: t.text(
                "notification-your-question",
                &[("question", text(&question))],
            ),
            route: Route::Tutor,
        });
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use std::sync::Arc;

    use super::*;
    use crate::diary::*;
    use crate::i18n::TextDirection;

    fn at(text: &str) -> Timestamp {
        Timestamp::parse(text).unwrap()
    }

    fn setup() -> (tempfile::TempDir, Arc<Store>, Diary) {
        let (dir, store) = crate::store::tests::temp_store();
        let store = Arc::new(store);
        let diary = Diary::new(store.clone());
        (dir, store, diary)
    }

    fn english(now: Timestamp) -> PlanOptions {
        PlanOptions::at(now, &["en".to_owned()])
    }

    fn of(plan: &NotificationPlan, category: NotificationCategory) -> Vec<&Notification> {
        plan.notifications
            .iter()
            .filter(|n| n.category == category)
            .collect()
    }

    fn times(notifications: &[&Notification]) -> Vec<Timestamp> {
        notifications.iter().map(|n| n.at).collect()
    }

    fn strip(text: &str) -> String {
        // Without the isolation marks, and with the narrow space English puts before "AM".
        text.replace(['\u{2068}', '\u{2069}'], "")
            .replace('\u{202f}', " ")
    }

    fn interview(diary: &Diary, employer: &str, when: Timestamp) -> (Application, Interview) {
        let app = diary
            .add_application(
                &ApplicationDetails::new(employer, "Cuoco", JobSource::JobPortal),
                Stage::Applied,
                Some(at("2026-11-01T09:00:00Z")),
            )
            .unwrap();
        let mut details = InterviewDetails::new(when, InterviewFormat::InPerson);
        details.place = "Via Emilia 12, Bologna".into();
        let interview = diary.add_interview(&app.id, &details).unwrap();
        (app, interview)
    }

    fn tutor_item(store: &Store, id: &str, when: Option<Timestamp>, done: bool) {
        store
            .write(|tx| {
                tx.execute(
                    "INSERT INTO tutor_item (id, kind, title, text, service_id, at_ms, place, url, done, updated_at, tutor)
                     VALUES (?1, 'referral', 'Centro per l''impiego', '', NULL, ?2, 'Via Ranzani 13', '', ?3, 0, 'giulia')",
                    params![id, when, done],
                )?;
                Ok(())
            })
            .unwrap();
    }

    #[test]
    fn a_follow_up_fires_at_ten_local_time_in_winter_and_in_summer() {
        let (_dir, store, diary) = setup();
        // Winter: applied on Friday 13 November 2026; ten days later is Monday the 23rd.
        let winter = diary
            .add_application(
                &ApplicationDetails::new("Coop Sole", "Cuoco", JobSource::JobPortal),
                Stage::Applied,
                Some(at("2026-11-13T15:00:00Z")),
            )
            .unwrap();
        let plan = plan_at(&store, at("2026-11-20T12:00:00Z"));
        let follow_ups = of(&plan, NotificationCategory::FollowUp);
        assert_eq!(follow_ups.len(), 1);
        // 10:00 in Rome is 09:00 UTC in winter.
        assert_eq!(follow_ups[0].at, at("2026-11-23T09:00:00Z"));
        assert_eq!(
            follow_ups[0].id,
            format!("follow-up:{}:due:2026-11-23", winter.id)
        );
        assert_eq!(
            follow_ups[0].link,
            Route::Application {
                id: winter.id.clone()
            }
            .to_link()
        );
        assert_eq!(strip(&follow_ups[0].title.text), "Any news from Coop Sole?");
        assert_eq!(
            strip(&follow_ups[0].body.text),
            "No news from Coop Sole for 10 days. Ask them?"
        );

        // Summer: applied on 20 March 2026 (winter time); due on Monday 30 March, the day after
        // summer time began: 10:00 in Rome is then 08:00 UTC.
        let (_dir, store, diary) = setup();
        diary
            .add_application(
                &ApplicationDetails::new("Hotel Roma", "Cameriere", JobSource::Agency),
                Stage::Applied,
                Some(at("2026-03-20T10:00:00Z")),
            )
            .unwrap();
        let plan = plan_at(&store, at("2026-03-25T12:00:00Z"));
        assert_eq!(
            times(&of(&plan, NotificationCategory::FollowUp)),
            [at("2026-03-30T08:00:00Z")]
        );
        // Asked after it fired, the plan no longer holds it.
        let later = plan_at(&store, at("2026-03-30T08:30:00Z"));
        assert!(of(&later, NotificationCategory::FollowUp).is_empty());
    }

    fn plan_at(store: &Store, now: Timestamp) -> NotificationPlan {
        plan(store, &english(now)).unwrap()
    }

    #[test]
    fn a_planned_action_replaces_the_follow_up_and_fires_at_its_due_time() {
        let (_dir, store, diary) = setup();
        let app = diary
            .add_application(
                &ApplicationDetails::new("Coop Sole", "Cuoco", JobSource::JobPortal),
                Stage::Applied,
                Some(at("2026-11-13T15:00:00Z")),
            )
            .unwrap();
        let mut details = ActionDetails::new(ActionKind::CallBack, at("2026-11-24T14:30:00Z"));
        details.note = "Ask for Maria".into();
        diary.add_action(&details, Some(&app.id)).unwrap();
        diary
            .add_action(
                &ActionDetails::new(ActionKind::SendDocuments, at("2026-11-25T09:00:00Z")),
                None,
            )
            .unwrap();
        let plan = plan_at(&store, at("2026-11-20T12:00:00Z"));
        assert!(of(&plan, NotificationCategory::FollowUp).is_empty());
        let actions = of(&plan, NotificationCategory::Action);
        assert_eq!(
            times(&actions),
            [at("2026-11-24T14:30:00Z"), at("2026-11-25T09:00:00Z")]
        );
        assert_eq!(strip(&actions[0].title.text), "Call back: Coop Sole");
        assert_eq!(strip(&actions[0].body.text), "Your note: Ask for Maria");
        assert_eq!(
            actions[0].link,
            format!("ponte://diary/application/{}", app.id)
        );
        assert_eq!(strip(&actions[1].title.text), "Send documents");
        assert_eq!(actions[1].link, "ponte://diary/actions");
    }

    #[test]
    fn an_interview_is_reminded_the_evening_before_and_two_hours_before() {
        let (_dir, store, diary) = setup();
        // Tuesday 24 November 2026, 09:30 in Rome.
        let (app, interview) = interview(&diary, "Coop Sole", at("2026-11-24T08:30:00Z"));
        let plan = plan_at(&store, at("2026-11-20T12:00:00Z"));
        let reminders = of(&plan, NotificationCategory::Interview);
        assert_eq!(
            times(&reminders),
            [at("2026-11-23T17:00:00Z"), at("2026-11-24T06:30:00Z")]
        );
        assert_eq!(
            reminders[0].id,
            format!("interview:{}:day-before:20261124T0830Z", interview.id)
        );
        assert_eq!(
            strip(&reminders[0].title.text),
            "Tomorrow: interview with Coop Sole at 9:30 AM"
        );
        assert_eq!(
            strip(&reminders[1].title.text),
            "Interview with Coop Sole at 9:30 AM"
        );
        assert_eq!(
            strip(&reminders[1].body.text),
            "Where: Via Emilia 12, Bologna"
        );
        assert_eq!(
            reminders[1].link,
            format!("ponte://diary/application/{}", app.id)
        );
        // In Italian, with the time as Italians write it.
        let italian = super::plan(
            &store,
            &PlanOptions::at(at("2026-11-20T12:00:00Z"), &["it".to_owned()]),
        )
        .unwrap();
        let italian = of(&italian, NotificationCategory::Interview);
        assert_eq!(
            strip(&italian[0].title.text),
            "Domani: colloquio con Coop Sole alle 09:30"
        );
        assert_eq!(italian[0].title.locale, "it");
        assert_eq!(
            italian[0].id, reminders[0].id,
            "ids do not depend on the language"
        );
        // Every link is one the app can open.
        for n in &plan.notifications {
            Route::parse(&n.link).unwrap();
        }
        // Between the two, only the second is still ahead.
        let evening = plan_at(&store, at("2026-11-23T20:00:00Z"));
        assert_eq!(
            times(&of(&evening, NotificationCategory::Interview)),
            [at("2026-11-24T06:30:00Z")]
        );
    }

    #[test]
    fn a_residence_permit_warns_60_30_and_7_days_ahead_other_documents_30_and_7() {
        let (_dir, store, diary) = setup();
        let mut permit = DocumentDetails::new(DocumentKind::ResidencePermit, DocumentStatus::Have);
        permit.permit_type = Some(PermitType::SubsidiaryProtection);
        permit.expires_on = Some("2027-03-01".into());
        let permit = diary.add_document(&permit).unwrap();
        let mut card = DocumentDetails::new(DocumentKind::IdentityCard, DocumentStatus::Have);
        card.expires_on = Some("2027-03-01".into());
        diary.add_document(&card).unwrap();
        let mut missing = DocumentDetails::new(DocumentKind::Spid, DocumentStatus::Missing);
        missing.expires_on = Some("2027-03-01".into());
        diary.add_document(&missing).unwrap();

        let options = PlanOptions {
            horizon_days: 90,
            ..english(at("2026-12-01T12:00:00Z"))
        };
        let plan = plan(&store, &options).unwrap();
        let documents = of(&plan, NotificationCategory::Document);
        let mut seen: Vec<(Timestamp, String)> = documents
            .iter()
            .map(|n| (n.at, strip(&n.title.text)))
            .collect();
        // Two at the same time are ordered by id, which is random here: order them by text.
        seen.sort();
        assert_eq!(
            seen,
            [
                // 60 days before 1 March 2027 is 31 December 2026, 10:00 in Rome.
                (
                    at("2026-12-31T09:00:00Z"),
                    "Your residence permit expires in 60 days.".to_owned()
                ),
                (
                    at("2027-01-30T09:00:00Z"),
                    "Your Identity card expires in 30 days.".to_owned()
                ),
                (
                    at("2027-01-30T09:00:00Z"),
                    "Your residence permit expires in 30 days.".to_owned()
                ),
                (
                    at("2027-02-22T09:00:00Z"),
                    "Your Identity card expires in 7 days.".to_owned()
                ),
                (
                    at("2027-02-22T09:00:00Z"),
                    "Your residence permit expires in 7 days.".to_owned()
                ),
            ],
            "{documents:#?}"
        );
        assert_eq!(
            documents[0].id,
            format!("document:{}:60-days-before:2027-03-01", permit.id)
        );
        assert!(documents
            .iter()
            .all(|n| n.link == "ponte://diary/documents"));
    }

    #[test]
    fn quiet_hours_move_a_seven_oclock_reminder_to_eight() {
        let (_dir, store, diary) = setup();
        // 07:00 in Rome on Tuesday 24 November.
        diary
            .add_action(
                &ActionDetails::new(ActionKind::CallBack, at("2026-11-24T06:00:00Z")),
                None,
            )
            .unwrap();
        // An interview at 08:00: its reminder two hours before falls in the quiet hours, and
        // their end would be too late for it.
        interview(&diary, "Early Bird", at("2026-11-25T07:00:00Z"));
        assert_eq!(
            set_quiet_hours(&store, " 21:00 - 08:00 ").unwrap(),
            "21:00-08:00"
        );
        assert_eq!(quiet_hours(&store).unwrap(), "21:00-08:00");
        let plan = plan_at(&store, at("2026-11-20T12:00:00Z"));
        assert_eq!(
            times(&of(&plan, NotificationCategory::Action)),
            [at("2026-11-24T07:00:00Z")]
        );
        assert_eq!(
            times(&of(&plan, NotificationCategory::Interview)),
            [at("2026-11-24T17:00:00Z")],
            "only the evening before"
        );

        // In summer the same quiet hours end at 08:00 summer time (06:00 UTC).
        let (_dir, store, diary) = setup();
        diary
            .add_action(
                &ActionDetails::new(ActionKind::CallBack, at("2026-07-01T05:00:00Z")),
                None,
            )
            .unwrap();
        // 22:30 on 2 July: moved to 08:00 the next morning.
        diary
            .add_action(
                &ActionDetails::new(ActionKind::FollowUp, at("2026-07-02T20:30:00Z")),
                None,
            )
            .unwrap();
        set_quiet_hours(&store, "21:00-08:00").unwrap();
        let plan = plan_at(&store, at("2026-06-30T12:00:00Z"));
        assert_eq!(
            times(&of(&plan, NotificationCategory::Action)),
            [at("2026-07-01T06:00:00Z"), at("2026-07-03T06:00:00Z")]
        );
        // Quiet hours within one day: 13:00-15:00 moves 14:00 to 15:00.
        set_quiet_hours(&store, "13:00-15:00").unwrap();
        diary
            .add_action(
                &ActionDetails::new(ActionKind::Other, at("2026-07-04T12:00:00Z")),
                None,
            )
            .unwrap();
        let plan = plan_at(&store, at("2026-06-30T12:00:00Z"));
        assert_eq!(
            times(&of(&plan, NotificationCategory::Action)),
            [
                at("2026-07-01T05:00:00Z"),
                at("2026-07-02T20:30:00Z"),
                at("2026-07-04T13:00:00Z")
            ]
        );
    }

    #[test]
    fn a_disabled_category_disappears_and_comes_back() {
        let (_dir, store, diary) = setup();
        interview(&diary, "Coop Sole", at("2026-11-24T08:30:00Z"));
        let now = at("2026-11-20T12:00:00Z");
        assert!(category_enabled(&store, NotificationCategory::Interview).unwrap());
        assert!(!category_enabled(&store, NotificationCategory::Lesson).unwrap());
        set_category_enabled(&store, NotificationCategory::Interview, false).unwrap();
        assert!(of(&plan_at(&store, now), NotificationCategory::Interview).is_empty());
        assert_eq!(
            settings::get(&store, "notify.interview")
                .unwrap()
                .as_deref(),
            Some("0")
        );
        set_category_enabled(&store, NotificationCategory::Interview, true).unwrap();
        assert_eq!(
            of(&plan_at(&store, now), NotificationCategory::Interview).len(),
            2
        );
    }

    #[test]
    fn ids_are_stable_and_change_with_the_items_time() {
        let (_dir, store, diary) = setup();
        let (_, interview) = interview(&diary, "Coop Sole", at("2026-11-24T08:30:00Z"));
        tutor_item(&store, "t1", Some(at("2026-11-26T10:00:00Z")), false);
        let now = at("2026-11-20T12:00:00Z");
        let ids = |plan: &NotificationPlan| -> Vec<String> {
            plan.notifications.iter().map(|n| n.id.clone()).collect()
        };
        let first = plan_at(&store, now);
        assert_eq!(first.notifications.len(), 4);
        assert_eq!(plan_at(&store, now), first, "the same plan twice");
        // An hour later, nothing changed: the same ids.
        assert_eq!(ids(&plan_at(&store, now + HOUR_MS)), ids(&first));

        let mut moved = interview.details.clone();
        moved.at = at("2026-11-24T13:00:00Z");
        diary.update_interview(&interview.id, &moved).unwrap();
        let second = plan_at(&store, now);
        let interview_ids = |plan: &NotificationPlan| -> Vec<String> {
            of(plan, NotificationCategory::Interview)
                .iter()
                .map(|n| n.id.clone())
                .collect()
        };
        assert!(interview_ids(&second)
            .iter()
            .all(|id| !interview_ids(&first).contains(id)));
        // The tutor's appointment did not move: its ids stay.
        let tutor_ids = |plan: &NotificationPlan| -> Vec<String> {
            of(plan, NotificationCategory::TutorAppointment)
                .iter()
                .map(|n| n.id.clone())
                .collect()
        };
        assert_eq!(tutor_ids(&second), tutor_ids(&first));
        // Sorted by time, then id.
        let mut sorted = second.notifications.clone();
        sorted.sort_by(|a, b| a.at.cmp(&b.at).then_with(|| a.id.cmp(&b.id)));
        assert_eq!(sorted, second.notifications);
        assert_eq!(second.horizon_end, now + 14 * DAY_MS);
    }

    #[test]
    fn a_tutors_appointment_is_reminded_and_a_done_one_gives_nothing() {
        let (_dir, store, _diary) = setup();
        // Thursday 26 November 2026, 11:00 in Rome.
        tutor_item(&store, "open", Some(at("2026-11-26T10:00:00Z")), false);
        tutor_item(&store, "done", Some(at("2026-11-27T10:00:00Z")), true);
        tutor_item(&store, "no-time", None, false);
        let plan = plan_at(&store, at("2026-11-20T12:00:00Z"));
        let tutor = of(&plan, NotificationCategory::TutorAppointment);
        assert_eq!(
            times(&tutor),
            [at("2026-11-25T17:00:00Z"), at("2026-11-26T08:00:00Z")]
        );
        assert!(tutor.iter().all(|n| n.id.starts_with("tutor:open:")));
        assert_eq!(
            strip(&tutor[0].title.text),
            "Tomorrow at 11:00 AM: Centro per l'impiego"
        );
        assert_eq!(strip(&tutor[1].body.text), "Where: Via Ranzani 13");
        assert_eq!(tutor[0].link, "ponte://tutor");
        assert_eq!(plan.notifications.len(), 2);
    }

    #[test]
    fn a_meeting_with_the_tutor_is_reminded_the_evening_before() {
        let (_dir, store, diary) = setup();
        let meeting = diary
            .add_meeting(
                &MeetingDetails {
                    at: at("2026-11-25T14:00:00Z"),
                    tutor: "Giulia".into(),
                    topics: String::new(),
                    notes: String::new(),
                },
                &[],
            )
            .unwrap();
        let plan = plan_at(&store, at("2026-11-20T12:00:00Z"));
        let meetings = of(&plan, NotificationCategory::Meeting);
        assert_eq!(times(&meetings), [at("2026-11-24T17:00:00Z")]);
        assert!(meetings[0]
            .id
            .starts_with(&format!("meeting:{}:day-before:", meeting.id)));
        assert_eq!(
            strip(&meetings[0].title.text),
            "Tomorrow: meeting with Giulia at 3:00 PM"
        );
        assert_eq!(meetings[0].link, "ponte://diary/meetings");
    }

    #[test]
    fn lesson_nudges_are_off_unless_asked_for_then_one_a_day_at_six_pm() {
        let (_dir, store, _diary) = setup();
        store
            .write(|tx| {
                tx.execute_batch(
                    "INSERT INTO lesson_pack (id, version, key_id, demo, installed_at) VALUES ('p', 1, 'k', 0, 0);
                     INSERT INTO course (id, pack_id, position, content) VALUES ('c', 'p', 0, '{}');
                     INSERT INTO lesson (id, course_id, position, content) VALUES ('wifi', 'c', 0, '{}');",
                )?;
                // Last touched on Friday 20 November 2026, 20:00 in Rome.
                tx.execute(
                    "INSERT INTO lesson_progress (id, lesson_id, current_step, started_at, updated_at)
                     VALUES ('lp', 'wifi', 's2', ?1, ?1)",
                    [at("2026-11-20T19:00:00Z")],
                )?;
                Ok(())
            })
            .unwrap();
        let now = at("2026-11-21T09:00:00Z");
        assert!(of(&plan_at(&store, now), NotificationCategory::Lesson).is_empty());
        set_category_enabled(&store, NotificationCategory::Lesson, true).unwrap();
        let options = PlanOptions {
            horizon_days: 4,
            ..english(now)
        };
        let plan = plan(&store, &options).unwrap();
        let nudges = of(&plan, NotificationCategory::Lesson);
        // Untouched for two days from Sunday the 22nd; 18:00 in Rome is 17:00 UTC.
        assert_eq!(
            times(&nudges),
            [
                at("2026-11-22T17:00:00Z"),
                at("2026-11-23T17:00:00Z"),
                at("2026-11-24T17:00:00Z")
            ]
        );
        assert_eq!(nudges[0].link, "ponte://lessons/wifi");
        assert_eq!(nudges[0].id, "lesson:wifi:nudge:2026-11-22");
    }

    #[test]
    fn arabic_texts_say_they_are_arabic_and_right_to_left() {
        let (_dir, store, diary) = setup();
        interview(&diary, "Coop Sole", at("2026-11-24T08:30:00Z"));
        let options = PlanOptions::at(at("2026-11-20T12:00:00Z"), &["ar-EG".to_owned()]);
        let plan = plan(&store, &options).unwrap();
        assert_eq!(plan.notifications.len(), 2);
        for n in &plan.notifications {
            for text in [&n.title, &n.body] {
                assert_eq!(text.locale, "ar", "{text:?}");
                assert_eq!(text.direction, TextDirection::RightToLeft);
            }
            assert!(
                n.title.text.contains("\u{2068}Coop Sole\u{2069}"),
                "{}",
                n.title.text
            );
        }
    }

    #[test]
    fn invalid_quiet_hours_are_refused_and_change_nothing() {
        let (_dir, store, _diary) = setup();
        set_quiet_hours(&store, "22:00-07:00").unwrap();
        for bad in [
            "25:00-08:00",
            "21:00-08:60",
            "21:00",
            "9:00-18:00",
            "21.00-08.00",
            "evening",
            "21:00-08:00-09:00",
        ] {
            let err = set_quiet_hours(&store, bad).unwrap_err();
            assert!(
                matches!(err, Error::Invalid { field, reason: InvalidReason::BadDate }
                    if field == crate::fields::Field::from(NotificationsField::QuietHours)),
                "{bad:?}: {err:?}"
            );
        }
        assert!(matches!(
            set_quiet_hours(&store, "08:00-08:00"),
            Err(Error::Invalid {
                reason: InvalidReason::OutOfRange,
                ..
            })
        ));
        assert_eq!(quiet_hours(&store).unwrap(), "22:00-07:00");
        // Empty text removes them.
        assert_eq!(set_quiet_hours(&store, "  ").unwrap(), "");
        assert_eq!(quiet_hours(&store).unwrap(), "");
        // The person's language names the field.
        let message = crate::PonteError::from(set_quiet_hours(&store, "25:00-08:00").unwrap_err())
            .message(&["en".into()]);
        assert!(
            strip(&message.text).starts_with("Quiet hours:"),
            "{}",
            message.text
        );
    }

    #[test]
    fn nothing_before_now_nor_beyond_the_horizon_and_bad_options_are_refused() {
        let (_dir, store, diary) = setup();
        for due in [
            "2026-11-19T12:00:00Z",
            "2026-11-21T12:00:00Z",
            "2026-12-10T12:00:00Z",
        ] {
            diary
                .add_action(&ActionDetails::new(ActionKind::Other, at(due)), None)
                .unwrap();
        }
        let plan = plan_at(&store, at("2026-11-20T12:00:00Z"));
        assert_eq!(
            times(&of(&plan, NotificationCategory::Action)),
            [at("2026-11-21T12:00:00Z")]
        );
        let bad_zone = PlanOptions {
            time_zone: "Europe/Atlantis".into(),
            ..english(at("2026-11-20T12:00:00Z"))
        };
        assert!(plan_err_is(&store, &bad_zone, QueryField::TimeZone));
        let in_seconds = english(Timestamp::from_millis(1_795_000_000));
        assert!(plan_err_is(&store, &in_seconds, QueryField::Now));
    }

    fn plan_err_is(store: &Store, options: &PlanOptions, field: QueryField) -> bool {
        matches!(plan(store, options), Err(Error::Invalid { field: f, .. }) if f == field.into())
    }
}
