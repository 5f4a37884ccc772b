//! Instants, calendar dates and local days: one spelling for each kind of time.
//!
//! - An **instant** (a moment: when an interview starts, when a stage changed) is a
//!   [`Timestamp`]. Kotlin sees it as `java.time.Instant`, Swift as `Date`, so its unit cannot
//!   be mistaken; inside the core and in the database it is milliseconds since the Unix epoch.
//! - A **calendar date** (a document's expiry, a date of birth) is ISO `YYYY-MM-DD` text, with
//!   no time and no zone: the date printed on the paper.
//! - A **month** (the start of a job) is `YYYY-MM` text.
//!
//! "Today" and "this week" depend on where the person is: queries that speak of days take an
//! IANA time zone (`Europe/Rome` by default), so a week across a daylight-saving change still
//! starts at local midnight.

use jiff::civil::Date;
use jiff::tz::TimeZone;
use jiff::ToSpan;
use rusqlite::types::{FromSql, FromSqlResult, ToSql, ToSqlOutput, ValueRef};

use crate::error::{Error, InvalidReason, Result};
use crate::fields::Field;

pub(crate) const DAY_MS: i64 = 86_400_000;

/// The time zone used when the app does not say: Ponte's people live in Italy.
pub const DEFAULT_TIME_ZONE: &str = "Europe/Rome";

/// 2000-01-01T00:00:00Z: no instant Ponte stores is earlier. An earlier one is a unit mistake
/// (seconds given for milliseconds) or an unset clock.
const EARLIEST_MS: i64 = 946_684_800_000;
/// 2200-01-01T00:00:00Z: nothing is planned that far ahead; a later one is a unit mistake too.
const LATEST_MS: i64 = 7_258_118_400_000;

/// A moment in time (UTC). Kotlin: `java.time.Instant`; Swift: `Date`. Instants before the
/// year 2000 are refused wherever the person gives one.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Default)]
pub struct Timestamp(i64);

impl Timestamp {
    pub const fn from_millis(ms: i64) -> Self {
        Timestamp(ms)
    }

    /// Milliseconds since the Unix epoch.
    pub const fn millis(self) -> i64 {
        self.0
    }

    pub fn now() -> Self {
        Timestamp(jiff::Timestamp::now().as_millisecond())
    }

    /// This instant moved by `ms` milliseconds (negative: earlier).
    pub const fn plus_millis(self, ms: i64) -> Self {
        Timestamp(self.0.saturating_add(ms))
    }

    /// Parses RFC 3339 (`2026-03-01T23:30:00Z`); for tests and fixtures.
    pub fn parse(text: &str) -> Option<Self> {
        text.parse::<jiff::Timestamp>()
            .ok()
            .map(|t| Timestamp(t.as_millisecond()))
    }

    pub fn to_system_time(self) -> std::time::SystemTime {
        let magnitude = std::time::Duration::from_millis(self.0.unsigned_abs());
        if self.0 >= 0 {
            std::time::UNIX_EPOCH + magnitude
        } else {
            std::time::UNIX_EPOCH - magnitude
        }
    }

    pub fn from_system_time(time: std::time::SystemTime) -> Self {
        let ms = match time.duration_since(std::time::UNIX_EPOCH) {
            Ok(after) => i64::try_from(after.as_millis()).unwrap_or(i64::MAX),
            Err(before) => i64::try_from(before.duration().as_millis())
                .map(|ms| -ms)
                .unwrap_or(i64::MIN),
        };
        Timestamp(ms)
    }

    /// The same instant for jiff; outside jiff's range (years -9999 to 9999, never a real
    /// instant of Ponte's) it is the epoch.
    fn jiff(self) -> jiff::Timestamp {
        jiff::Timestamp::from_millisecond(self.0).unwrap_or(jiff::Timestamp::UNIX_EPOCH)
    }

    /// This instant in a time zone, e.g. to format it.
    pub(crate) fn zoned(self, zone: &TimeZone) -> jiff::Zoned {
        self.jiff().to_zoned(zone.clone())
    }
}

/// `instant + milliseconds`: the core computes with milliseconds inside.
impl std::ops::Add<i64> for Timestamp {
    type Output = Timestamp;
    fn add(self, ms: i64) -> Timestamp {
        self.plus_millis(ms)
    }
}

impl std::ops::Sub<i64> for Timestamp {
    type Output = Timestamp;
    fn sub(self, ms: i64) -> Timestamp {
        self.plus_millis(-ms)
    }
}

/// The milliseconds from `other` to `self`.
impl std::ops::Sub<Timestamp> for Timestamp {
    type Output = i64;
    fn sub(self, other: Timestamp) -> i64 {
        self.0.saturating_sub(other.0)
    }
}

impl std::fmt::Display for Timestamp {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{}", self.jiff())
    }
}

#[cfg(feature = "uniffi")]
uniffi::custom_type!(Timestamp, std::time::SystemTime, {
    lower: |t| t.to_system_time(),
    try_lift: |t| Ok(Timestamp::from_system_time(t)),
});

impl ToSql for Timestamp {
    fn to_sql(&self) -> rusqlite::Result<ToSqlOutput<'_>> {
        Ok(ToSqlOutput::from(self.0))
    }
}

impl FromSql for Timestamp {
    fn column_result(value: ValueRef<'_>) -> FromSqlResult<Self> {
        i64::column_result(value).map(Timestamp)
    }
}

pub(crate) fn now() -> Timestamp {
    Timestamp::now()
}

pub(crate) fn now_ms() -> i64 {
    Timestamp::now().millis()
}

/// Parses an ISO calendar date, naming `field` when it is not one.
pub(crate) fn parse_date(field: impl Into<Field>, text: &str) -> Result<Date> {
    text.trim()
        .parse::<Date>()
        .map_err(|_| Error::invalid(field, InvalidReason::BadDate))
}

/// Validates an optional ISO date and returns it normalised (`None` for empty text).
pub(crate) fn check_optional_date(
    field: impl Into<Field>,
    text: &Option<String>,
) -> Result<Option<String>> {
    match text.as_deref().map(str::trim) {
        None | Some("") => Ok(None),
        Some(t) => Ok(Some(parse_date(field, t)?.to_string())),
    }
}

/// Validates an optional `YYYY-MM` month and returns it normalised.
pub(crate) fn check_optional_month(
    field: impl Into<Field>,
    text: &Option<String>,
) -> Result<Option<String>> {
    match text.as_deref().map(str::trim) {
        None | Some("") => Ok(None),
        Some(t) => {
            let date = parse_date(field, &format!("{t}-01"))?;
            Ok(Some(format!("{:04}-{:02}", date.year(), date.month())))
        }
    }
}

/// A plausible instant given by the person or the app: from 2000 to 2200. Anything else is a
/// unit mistake (seconds for milliseconds) or a clock that was never set.
pub(crate) fn check_instant(field: impl Into<Field>, at: Timestamp) -> Result<Timestamp> {
    if (EARLIEST_MS..LATEST_MS).contains(&at.millis()) {
        Ok(at)
    } else {
        Err(Error::invalid(field, InvalidReason::BadDate))
    }
}

/// The IANA time zone called `name` (`Europe/Rome`); an empty name is the default zone.
pub fn time_zone(field: impl Into<Field>, name: &str) -> Result<TimeZone> {
    let name = match name.trim() {
        "" => DEFAULT_TIME_ZONE,
        other => other,
    };
    TimeZone::get(name).map_err(|_| Error::invalid(field, InvalidReason::OutOfRange))
}

/// The local calendar date at `at` in `zone`.
pub(crate) fn local_date(at: Timestamp, zone: &TimeZone) -> Date {
    at.zoned(zone).date()
}

/// The instant the local day `date` starts in `zone` (midnight, or the first moment of the
/// day where a daylight-saving change skips midnight).
pub(crate) fn local_day_start(date: Date, zone: &TimeZone) -> Timestamp {
    date.to_zoned(zone.clone())
        .and_then(|z| z.start_of_day())
        .map(|z| Timestamp(z.timestamp().as_millisecond()))
        .unwrap_or(Timestamp(LATEST_MS))
}

/// The calendar date `days` after `date` (before it when negative).
pub(crate) fn add_days(date: Date, days: i64) -> Date {
    date.checked_add(days.days()).unwrap_or(Date::MAX)
}

/// Whole days from `from` to `to` (negative when `to` is earlier).
pub(crate) fn days_between(from: Date, to: Date) -> i64 {
    to.since(from)
        .map(|span| span.get_days() as i64)
        .unwrap_or(0)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::fields::QueryField;

    const HOUR_MS: i64 = 3_600_000;

    fn at(text: &str) -> Timestamp {
        Timestamp::parse(text).unwrap()
    }

    #[test]
    fn local_day_follows_the_zone() {
        let rome = time_zone(QueryField::TimeZone, "Europe/Rome").unwrap();
        let utc = time_zone(QueryField::TimeZone, "UTC").unwrap();
        // 2026-03-01T23:30Z is already 2 March in Rome (UTC+1 in winter).
        assert_eq!(
            local_date(at("2026-03-01T23:30:00Z"), &utc).to_string(),
            "2026-03-01"
        );
        assert_eq!(
            local_date(at("2026-03-01T23:30:00Z"), &rome).to_string(),
            "2026-03-02"
        );
        assert_eq!(
            local_day_start(Date::constant(2026, 3, 2), &rome),
            at("2026-03-01T23:00:00Z")
        );
        // In summer Rome is UTC+2: the day starts at 22:00Z.
        assert_eq!(
            local_day_start(Date::constant(2026, 7, 2), &rome),
            at("2026-07-01T22:00:00Z")
        );
    }

    #[test]
    fn a_day_across_the_spring_change_has_23_hours() {
        let rome = time_zone(QueryField::TimeZone, "Europe/Rome").unwrap();
        // Summer time begins in Italy on the last Sunday of March 2026, the 29th.
        let sunday = local_day_start(Date::constant(2026, 3, 29), &rome);
        let monday = local_day_start(Date::constant(2026, 3, 30), &rome);
        assert_eq!(monday.millis() - sunday.millis(), 23 * HOUR_MS);
        // A fixed offset taken on Saturday would start Monday an hour late.
        assert_eq!(monday, at("2026-03-29T22:00:00Z"));
    }

    #[test]
    fn unknown_zones_are_refused_and_empty_is_rome() {
        assert!(time_zone(QueryField::TimeZone, "Europe/Atlantis").is_err());
        assert_eq!(
            time_zone(QueryField::TimeZone, "").unwrap().iana_name(),
            Some("Europe/Rome")
        );
    }

    #[test]
    fn dates_and_months_are_checked() {
        assert_eq!(
            check_optional_date(QueryField::Now, &Some(" 2027-02-28 ".into()))
                .unwrap()
                .unwrap(),
            "2027-02-28"
        );
        assert!(check_optional_date(QueryField::Now, &Some("2027-02-30".into())).is_err());
        assert_eq!(
            check_optional_date(QueryField::Now, &Some("".into())).unwrap(),
            None
        );
        assert_eq!(
            check_optional_month(QueryField::Now, &Some("2019-07".into()))
                .unwrap()
                .unwrap(),
            "2019-07"
        );
        assert!(check_optional_month(QueryField::Now, &Some("2019-13".into())).is_err());
    }

    #[test]
    fn instants_before_2000_are_unit_mistakes() {
        // Tomorrow given in seconds instead of milliseconds lands in January 1970.
        let tomorrow_in_seconds = Timestamp::from_millis(1_790_000_000);
        assert!(check_instant(QueryField::Now, tomorrow_in_seconds).is_err());
        assert!(check_instant(QueryField::Now, Timestamp::from_millis(-5)).is_err());
        assert!(check_instant(QueryField::Now, at("1999-12-31T23:59:59Z")).is_err());
        assert!(check_instant(QueryField::Now, at("2000-01-01T00:00:00Z")).is_ok());
        assert!(check_instant(QueryField::Now, at("2026-12-02T10:00:00Z")).is_ok());
    }

    #[test]
    fn system_time_round_trips() {
        for ms in [0, 1, -1, 1_790_000_000_123, -86_400_001] {
            let t = Timestamp::from_millis(ms);
            assert_eq!(Timestamp::from_system_time(t.to_system_time()), t);
        }
    }
}
