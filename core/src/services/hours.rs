//! Opening hours in the OpenStreetMap `opening_hours` syntax, evaluated in Italian time with
//! Italian public holidays (`PH`) and each city's patron saint's day, which closes offices there.

use std::collections::HashMap;
use std::sync::{Arc, OnceLock};

use chrono::{Datelike, NaiveDate, NaiveDateTime};
use compact_calendar::CompactCalendar;
use jiff::tz::TimeZone;
use opening_hours::{Context, ContextHolidays, OpeningHours, RuleKind};

/// Europe/Rome as a POSIX rule: CET, with summer time from the last Sunday of March to the last
/// Sunday of October. Enough for every date the app deals with, and no time-zone database to ship.
const ROME: &str = "CET-1CEST,M3.5.0,M10.5.0/3";

/// Years the holiday calendar covers.
const FIRST_YEAR: i32 = 2000;
const LAST_YEAR: i32 = 2100;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Enum))]
pub enum OpenStatus {
    Open,
    Closed,
    /// The hours say neither (for instance "by appointment").
    Unknown,
}

/// Whether a service is open at a moment, and until when.
#[derive(Debug, Clone, PartialEq, Eq)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
pub struct OpenState {
    pub status: OpenStatus,
    /// When the status next changes ("open until 18:00", "opens Monday 09:00"); `None` when it
    /// never does (24/7, closed for good) or is beyond a year.
    pub next_change: Option<crate::time::Timestamp>,
    /// The comment the hours give for this moment ("su appuntamento").
    pub comment: String,
    /// Only by appointment, as far as the hours say.
    pub by_appointment: bool,
}

pub(crate) fn rome() -> &'static TimeZone {
    static TZ: OnceLock<TimeZone> = OnceLock::new();
    TZ.get_or_init(|| TimeZone::posix(ROME).expect("valid POSIX rule"))
}

/// Easter Sunday (Meeus/Jones/Butcher Gregorian algorithm).
fn easter(year: i32) -> NaiveDate {
    let a = year % 19;
    let b = year / 100;
    let c = year % 100;
    let d = b / 4;
    let e = b % 4;
    let f = (b + 8) / 25;
    let g = (b - f + 1) / 3;
    let h = (19 * a + b - d - g + 15) % 30;
    let i = c / 4;
    let k = c % 4;
    let l = (32 + 2 * e + 2 * i - h - k) % 7;
    let m = (a + 11 * h + 22 * l) / 451;
    let month = (h + l - 7 * m + 114) / 31;
    let day = (h + l - 7 * m + 114) % 31 + 1;
    NaiveDate::from_ymd_opt(year, month as u32, day as u32).expect("Easter is a real date")
}

/// Italy's national public holidays. 4 October (St Francis) is a national holiday again from
/// 2026 (law 151/2025).
fn national_holidays(year: i32) -> Vec<NaiveDate> {
    let mut days: Vec<NaiveDate> = [
        (1, 1),
        (1, 6),
        (4, 25),
        (5, 1),
        (6, 2),
        (8, 15),
        (11, 1),
        (12, 8),
        (12, 25),
        (12, 26),
    ]
    .iter()
    .filter_map(|&(m, d)| NaiveDate::from_ymd_opt(year, m, d))
    .collect();
    if year >= 2026 {
        days.extend(NaiveDate::from_ymd_opt(year, 10, 4));
    }
    let sunday = easter(year);
    days.push(sunday);
    days.extend(sunday.succ_opt()); // Pasquetta
    days
}

/// The patron saint's day of a city (lowercase name), when the city keeps one.
fn patron_day(city: &str) -> Option<(u32, u32)> {
    Some(match city {
        "bologna" => (10, 4),
        "roma" | "rome" => (6, 29),
        "torino" | "turin" => (6, 24),
        "palermo" => (7, 15),
        "venezia" | "venice" => (4, 25),
        "milano" | "milan" => (12, 7),
        "napoli" | "naples" => (9, 19),
        "firenze" | "florence" => (6, 24),
        "genova" | "genoa" => (6, 24),
        "bari" => (12, 6),
        "catania" => (2, 5),
        _ => return None,
    })
}

/// The holiday context of a city, built once per city.
fn holidays_for(city: &str) -> ContextHolidays {
    static CACHE: OnceLock<std::sync::Mutex<HashMap<String, ContextHolidays>>> = OnceLock::new();
    let key = city.trim().to_lowercase();
    let cache = CACHE.get_or_init(Default::default);
    let mut cache = cache.lock().unwrap_or_else(|p| p.into_inner());
    cache
        .entry(key.clone())
        .or_insert_with(|| {
            let mut calendar = CompactCalendar::default();
            for year in FIRST_YEAR..=LAST_YEAR {
                for day in national_holidays(year) {
                    calendar.insert(day);
                }
                if let Some(day) =
                    patron_day(&key).and_then(|(m, d)| NaiveDate::from_ymd_opt(year, m, d))
                {
                    calendar.insert(day);
                }
            }
            ContextHolidays::new(Arc::new(calendar), Arc::new(CompactCalendar::default()))
        })
        .clone()
}

/// Parsed hours for one city, ready to evaluate many times.
#[derive(Clone)]
pub struct Hours {
    hours: OpeningHours,
    by_appointment: bool,
}

impl Hours {
    pub fn parse(expression: &str, city: &str) -> Option<Hours> {
        let hours: OpeningHours = expression.parse().ok()?;
        let lower = expression.to_lowercase();
        let by_appointment = lower.contains("appointment") || lower.contains("appuntamento");
        Some(Hours {
            hours: hours.with_context(Context::default().with_holidays(holidays_for(city))),
            by_appointment,
        })
    }

    /// The state at `at_ms` (an instant), with the next change as an instant.
    pub fn state_at(&self, at: crate::time::Timestamp) -> OpenState {
        let local = to_local(at.millis());
        let (kind, comment) = self.hours.state(local);
        // Look at most a year ahead; beyond that "next change" means nothing to a person. The
        // search itself stops there: `next_change` searches to the year 10000, seconds per
        // service when the hours never change again (a date range that has ended).
        let horizon = local + chrono::Duration::days(367);
        let next_change = self
            .hours
            .iter_range(local, horizon)
            .next()
            .map(|interval| interval.range.end)
            .filter(|end| *end < horizon)
            .and_then(from_local)
            .map(crate::time::Timestamp::from_millis);
        let status = match kind {
            RuleKind::Open => OpenStatus::Open,
            RuleKind::Closed => OpenStatus::Closed,
            RuleKind::Unknown => OpenStatus::Unknown,
        };
        OpenState {
            status,
            next_change,
            comment: comment.to_string(),
            by_appointment: self.by_appointment,
        }
    }
}

fn to_local(at_ms: i64) -> NaiveDateTime {
    let ts = jiff::Timestamp::from_millisecond(at_ms).unwrap_or(jiff::Timestamp::UNIX_EPOCH);
    let dt = ts.to_zoned(rome().clone()).datetime();
    NaiveDate::from_ymd_opt(i32::from(dt.year()), dt.month() as u32, dt.day() as u32)
        .and_then(|d| d.and_hms_opt(dt.hour() as u32, dt.minute() as u32, dt.second() as u32))
        .unwrap_or_default()
}

fn from_local(local: NaiveDateTime) -> Option<i64> {
    use chrono::Timelike;
    let dt = jiff::civil::DateTime::new(
        i16::try_from(local.year()).ok()?,
        local.month() as i8,
        local.day() as i8,
        local.hour() as i8,
        local.minute() as i8,
        local.second() as i8,
        0,
    )
    .ok()?;
    Some(
        dt.to_zoned(rome().clone())
            .ok()?
            .timestamp()
            .as_millisecond(),
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    fn rome_ms(text: &str) -> crate::time::Timestamp {
        let dt: jiff::civil::DateTime = text.parse().unwrap();
        crate::time::Timestamp::from_millis(
            dt.to_zoned(rome().clone())
                .unwrap()
                .timestamp()
                .as_millisecond(),
        )
    }

    #[test]
    fn open_until_and_opens_next() {
        let hours = Hours::parse("Mo-Fr 09:00-13:00,14:00-18:00; PH off", "Bologna").unwrap();
        // Monday 23 November 2026, 10:00 in Rome.
        let state = hours.state_at(rome_ms("2026-11-23T10:00"));
        assert_eq!(
            (state.status, state.next_change),
            (OpenStatus::Open, Some(rome_ms("2026-11-23T13:00")))
        );
        // Friday evening: opens again on Monday.
        let state = hours.state_at(rome_ms("2026-11-27T19:00"));
        assert_eq!(
            (state.status, state.next_change),
            (OpenStatus::Closed, Some(rome_ms("2026-11-30T09:00")))
        );
    }

    #[test]
    fn italian_holidays_and_patron_days_close() {
        let hours = Hours::parse("Mo-Fr 09:00-13:00; PH off", "Roma").unwrap();
        // Easter Monday 2027 is 29 March.
        assert_eq!(
            hours.state_at(rome_ms("2027-03-29T10:00")).status,
            OpenStatus::Closed
        );
        assert_eq!(
            hours.state_at(rome_ms("2027-03-30T10:00")).status,
            OpenStatus::Open
        );
        // 29 June (Saints Peter and Paul) closes Rome but not Turin.
        assert_eq!(
            hours.state_at(rome_ms("2027-06-29T10:00")).status,
            OpenStatus::Closed
        );
        let turin = Hours::parse("Mo-Fr 09:00-13:00; PH off", "Torino").unwrap();
        assert_eq!(
            turin.state_at(rome_ms("2027-06-29T10:00")).status,
            OpenStatus::Open
        );
        // 4 October is national from 2026: closed everywhere on Monday 4 October 2027.
        assert_eq!(
            turin.state_at(rome_ms("2027-10-04T10:00")).status,
            OpenStatus::Closed
        );
    }

    #[test]
    fn summer_time_is_followed() {
        let hours = Hours::parse("Mo-Su 09:00-10:00", "Bologna").unwrap();
        // 09:30 in July is 07:30 UTC (UTC+2).
        let july = crate::time::Timestamp::parse("2027-07-01T07:30:00Z").unwrap();
        assert_eq!(hours.state_at(july).status, OpenStatus::Open);
        let january = crate::time::Timestamp::parse("2027-01-04T07:30:00Z").unwrap();
        assert_eq!(hours.state_at(january).status, OpenStatus::Closed);
    }

    #[test]
    fn appointments_seasons_and_always_open() {
        let hours =
            Hours::parse("Mo-Fr 10:00-12:00 unknown \"su appuntamento\"", "Palermo").unwrap();
        let state = hours.state_at(rome_ms("2026-11-23T10:30"));
        assert_eq!(
            (state.status, state.comment.as_str(), state.by_appointment),
            (OpenStatus::Unknown, "su appuntamento", true)
        );
        let summer_closed = Hours::parse("Mo-Fr 09:00-17:00; Aug off", "Venezia").unwrap();
        assert_eq!(
            summer_closed.state_at(rome_ms("2027-08-10T10:00")).status,
            OpenStatus::Closed
        );
        let always = Hours::parse("24/7", "Venezia")
            .unwrap()
            .state_at(rome_ms("2027-08-10T10:00"));
        assert_eq!(
            (always.status, always.next_change),
            (OpenStatus::Open, None)
        );
        assert!(Hours::parse("whenever", "Roma").is_none());
    }

    /// Found by the `opening_hours` fuzz target: once the last date range of the hours had
    /// passed, the next change was searched for up to the year 10000, seconds per service.
    #[test]
    fn hours_that_have_ended_are_evaluated_quickly() {
        let (done, finished) = std::sync::mpsc::channel();
        std::thread::spawn(move || {
            let hours = Hours::parse("2026 Jan 01-2026 Mar 31 Mo 09:00-10:00", "Palermo").unwrap();
            let _ = done.send((
                hours.state_at(rome_ms("2026-03-29T01:30")),
                hours.state_at(rome_ms("2026-04-01T10:00")),
            ));
        });
        let (before, after) = finished
            .recv_timeout(std::time::Duration::from_secs(5))
            .expect("evaluated within 5 s");
        // Closed on that Sunday, it opens once more (Monday 30 March), then never again.
        assert_eq!(
            (before.status, before.next_change),
            (OpenStatus::Closed, Some(rome_ms("2026-03-30T09:00")))
        );
        assert_eq!(
            (after.status, after.next_change),
            (OpenStatus::Closed, None)
        );
    }

    #[test]
    fn easter_dates() {
        assert_eq!(easter(2026), NaiveDate::from_ymd_opt(2026, 4, 5).unwrap());
        assert_eq!(easter(2027), NaiveDate::from_ymd_opt(2027, 3, 28).unwrap());
        assert_eq!(easter(2030), NaiveDate::from_ymd_opt(2030, 4, 21).unwrap());
    }
}
