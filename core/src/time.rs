//! Instants, calendar dates and local days.
//!
//! Instants cross the FFI as milliseconds since the Unix epoch (UTC); calendar dates as ISO
//! `YYYY-MM-DD` text, months as `YYYY-MM`. "Today" depends on where the person is, so queries
//! that speak of days take the phone's current UTC offset.

use jiff::civil::Date;
use jiff::{Timestamp, ToSpan};

use crate::error::{Error, InvalidReason, Result};

pub(crate) const DAY_MS: i64 = 86_400_000;

pub(crate) fn now_ms() -> i64 {
    Timestamp::now().as_millisecond()
}

/// Parses an ISO calendar date, naming `field` when it is not one.
pub(crate) fn parse_date(field: &str, text: &str) -> Result<Date> {
    text.trim()
        .parse::<Date>()
        .map_err(|_| Error::invalid(field, InvalidReason::BadDate))
}

/// Validates an optional ISO date and returns it normalised (`None` for empty text).
pub(crate) fn check_optional_date(field: &str, text: &Option<String>) -> Result<Option<String>> {
    match text.as_deref().map(str::trim) {
        None | Some("") => Ok(None),
        Some(t) => Ok(Some(parse_date(field, t)?.to_string())),
    }
}

/// Validates an optional `YYYY-MM` month and returns it normalised.
pub(crate) fn check_optional_month(field: &str, text: &Option<String>) -> Result<Option<String>> {
    match text.as_deref().map(str::trim) {
        None | Some("") => Ok(None),
        Some(t) => {
            let date = parse_date(field, &format!("{t}-01"))?;
            Ok(Some(format!("{:04}-{:02}", date.year(), date.month())))
        }
    }
}

/// A plausible instant: between 1970 and 2200. Anything else is a unit mistake (seconds for ms).
pub(crate) fn check_instant(field: &str, ms: i64) -> Result<i64> {
    if (0..7_258_118_400_000).contains(&ms) {
        Ok(ms)
    } else {
        Err(Error::invalid(field, InvalidReason::BadDate))
    }
}

/// The local calendar date at `ms`, for a phone at `utc_offset_minutes`.
pub(crate) fn local_date(ms: i64, utc_offset_minutes: i32) -> Date {
    let shifted = ms + i64::from(utc_offset_minutes) * 60_000;
    let days = shifted.div_euclid(DAY_MS);
    Date::constant(1970, 1, 1)
        .checked_add(days.days())
        .unwrap_or(Date::MAX)
}

/// The instant the local day `date` starts, for a phone at `utc_offset_minutes`.
pub(crate) fn local_day_start(date: Date, utc_offset_minutes: i32) -> i64 {
    let days = date
        .since(Date::constant(1970, 1, 1))
        .map(|span| span.get_days() as i64)
        .unwrap_or(0);
    days * DAY_MS - i64::from(utc_offset_minutes) * 60_000
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

    #[test]
    fn local_day_follows_the_offset() {
        // 2026-03-01T23:30Z is already 2 March in Rome (UTC+1).
        let ms = "2026-03-01T23:30:00Z"
            .parse::<Timestamp>()
            .unwrap()
            .as_millisecond();
        assert_eq!(local_date(ms, 0).to_string(), "2026-03-01");
        assert_eq!(local_date(ms, 60).to_string(), "2026-03-02");
        let start = local_day_start(Date::constant(2026, 3, 2), 60);
        assert_eq!(
            start,
            "2026-03-01T23:00:00Z"
                .parse::<Timestamp>()
                .unwrap()
                .as_millisecond()
        );
    }

    #[test]
    fn dates_and_months_are_checked() {
        assert_eq!(
            check_optional_date("d", &Some(" 2027-02-28 ".into()))
                .unwrap()
                .unwrap(),
            "2027-02-28"
        );
        assert!(check_optional_date("d", &Some("2027-02-30".into())).is_err());
        assert_eq!(check_optional_date("d", &Some("".into())).unwrap(), None);
        assert_eq!(
            check_optional_month("m", &Some("2019-07".into()))
                .unwrap()
                .unwrap(),
            "2019-07"
        );
        assert!(check_optional_month("m", &Some("2019-13".into())).is_err());
        assert!(check_instant("at", 1_700_000_000).is_ok());
        assert!(check_instant("at", -5).is_err());
    }
}
