//! Personal statistics, for motivation: applications sent, answers, interviews, per week.

use rusqlite::params;

use super::Diary;
use crate::error::Result;
use crate::fields::QueryField;
use crate::time::{add_days, local_date, local_day_start, time_zone, Timestamp};

#[derive(Debug, Clone, PartialEq, Eq)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
pub struct WeekStats {
    /// The Monday that starts the week, ISO date.
    pub week_start: String,
    pub applications: u32,
    /// Applications that had an answer (interview, offer, hire or rejection) that week.
    pub answers: u32,
    /// Applications that reached the interview stage that week.
    pub interviews: u32,
    pub offers: u32,
    pub hires: u32,
}

#[derive(Debug, Clone, PartialEq, Eq)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
pub struct DiaryStats {
    /// Oldest week first, the current week last.
    pub weeks: Vec<WeekStats>,
    pub total_applications: u32,
    pub total_answers: u32,
    pub total_interviews: u32,
    pub total_hires: u32,
}

impl Diary {
    /// The last `weeks` weeks (Monday to Sunday, in the IANA `time_zone`, `Europe/Rome` when
    /// empty), and totals over all time.
    pub fn stats(&self, now: Timestamp, time_zone_name: &str, weeks: u32) -> Result<DiaryStats> {
        let zone = time_zone(QueryField::TimeZone, time_zone_name)?;
        crate::time::check_instant(QueryField::Now, now)?;
        let weeks = weeks.clamp(1, 520);
        let today = local_date(now, &zone);
        let monday = today
            .checked_sub(jiff::Span::new().days(i64::from(today.weekday().to_monday_zero_offset())))
            .unwrap_or(today);
        let first_monday = monday
            .checked_sub(jiff::Span::new().weeks(i64::from(weeks - 1)))
            .unwrap_or(monday);
        // Each week starts at its own local Monday midnight: a week across a daylight-saving
        // change is an hour shorter or longer.
        let bounds: Vec<i64> = (0..=weeks)
            .map(|w| local_day_start(add_days(first_monday, 7 * i64::from(w)), &zone).millis())
            .collect();
        let bounds_json = serde_json::to_string(&bounds).unwrap_or_default();

        self.store.read(|conn| {
            let mut table: Vec<WeekStats> = (0..weeks)
                .map(|w| WeekStats {
                    week_start: first_monday
                        .checked_add(jiff::Span::new().weeks(i64::from(w)))
                        .unwrap_or(first_monday)
                        .to_string(),
                    applications: 0,
                    answers: 0,
                    interviews: 0,
                    offers: 0,
                    hires: 0,
                })
                .collect();
            // One pass over the window's events; an index on (stage, at) keeps it short. An
            // application that moved several times in a week is one answer, not several.
            let mut stmt = conn.prepare_cached(
                "WITH bound(week, lo) AS (SELECT CAST(key AS INTEGER), value FROM json_each(?1)),
                      week(week, lo, hi) AS (SELECT b.week, b.lo, n.lo FROM bound b JOIN bound n ON n.week = b.week + 1)
                 SELECT w.week, e.stage, count(DISTINCT e.application_id) FROM week w
                   JOIN stage_event e ON e.at >= w.lo AND e.at < w.hi
                  WHERE e.stage IN ('applied', 'interview', 'offer', 'hired') GROUP BY w.week, e.stage
                 UNION ALL
                 SELECT w.week, 'answer', count(DISTINCT e.application_id) FROM week w
                   JOIN stage_event e ON e.at >= w.lo AND e.at < w.hi
                  WHERE e.stage IN ('interview', 'offer', 'hired', 'rejected') GROUP BY w.week",
            )?;
            let rows = stmt.query_map(params![bounds_json], |r| {
                Ok((r.get::<_, i64>(0)?, r.get::<_, String>(1)?, r.get::<_, u32>(2)?))
            })?;
            for row in rows {
                let (week, what, count) = row?;
                let Some(slot) = usize::try_from(week).ok().and_then(|w| table.get_mut(w)) else { continue };
                match what.as_str() {
                    "applied" => slot.applications = count,
                    "interview" => slot.interviews = count,
                    "offer" => slot.offers = count,
                    "hired" => slot.hires = count,
                    _ => slot.answers = count,
                }
            }
            let totals = conn.query_row(
                "SELECT count(DISTINCT CASE WHEN stage = 'applied' THEN application_id END),
                        count(DISTINCT CASE WHEN stage IN ('interview', 'offer', 'hired', 'rejected') THEN application_id END),
                        count(DISTINCT CASE WHEN stage = 'interview' THEN application_id END),
                        count(DISTINCT CASE WHEN stage = 'hired' THEN application_id END)
                 FROM stage_event",
                [],
                |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?)),
            )?;
            Ok(DiaryStats {
                weeks: table,
                total_applications: totals.0,
                total_answers: totals.1,
                total_interviews: totals.2,
                total_hires: totals.3,
            })
        })
    }
}

#[cfg(test)]
mod tests {
    use super::super::test_support::*;
    use super::super::*;

    #[test]
    fn weeks_count_applications_answers_and_interviews() {
        let (_dir, diary) = diary();
        let last_week = MONDAY_9 - 7 * DAY;
        let a = diary
            .add_application(&details("A", "x"), Stage::Applied, Some(last_week))
            .unwrap();
        diary
            .add_application(&details("B", "x"), Stage::Applied, Some(last_week + DAY))
            .unwrap();
        diary
            .add_application(&details("C", "x"), Stage::Applied, Some(MONDAY_9))
            .unwrap();
        diary
            .add_application(&details("D", "x"), Stage::Saved, Some(MONDAY_9))
            .unwrap();
        diary
            .move_to_stage(&a.id, Stage::Interview, "", Some(MONDAY_9 + HOUR))
            .unwrap();
        diary
            .move_to_stage(&a.id, Stage::Offer, "", Some(MONDAY_9 + 2 * HOUR))
            .unwrap();
        diary
            .move_to_stage(&a.id, Stage::Hired, "", Some(MONDAY_9 + 3 * HOUR))
            .unwrap();

        let stats = diary.stats(MONDAY_9 + 4 * HOUR, "Europe/Rome", 3).unwrap();
        let week = |i: usize| {
            let w = &stats.weeks[i];
            (
                w.week_start.as_str(),
                w.applications,
                w.answers,
                w.interviews,
                w.hires,
            )
        };
        assert_eq!(week(0), ("2026-11-09", 0, 0, 0, 0));
        assert_eq!(week(1), ("2026-11-16", 2, 0, 0, 0));
        // One application answered, counted once although it moved three times.
        assert_eq!(week(2), ("2026-11-23", 1, 1, 1, 1));
        assert_eq!(
            (
                stats.total_applications,
                stats.total_answers,
                stats.total_hires
            ),
            (3, 1, 1)
        );
    }

    #[test]
    fn weeks_start_at_local_midnight_on_both_sides_of_summer_time() {
        let (_dir, diary) = diary();
        // Sunday 22 March 2026, 23:30 in Rome (still winter, UTC+1): the week of 16 March.
        let sunday_night = crate::time::Timestamp::parse("2026-03-22T22:30:00Z").unwrap();
        diary
            .add_application(&details("A", "x"), Stage::Applied, Some(sunday_night))
            .unwrap();
        // Asked on 1 April, in summer time: an offset of +2 applied to every week would move
        // Sunday night into the week of 23 March.
        let april = crate::time::Timestamp::parse("2026-04-01T10:00:00Z").unwrap();
        let stats = diary.stats(april, "Europe/Rome", 3).unwrap();
        let weeks: Vec<(&str, u32)> = stats
            .weeks
            .iter()
            .map(|w| (w.week_start.as_str(), w.applications))
            .collect();
        assert_eq!(
            weeks,
            [("2026-03-16", 1), ("2026-03-23", 0), ("2026-03-30", 0)]
        );
        assert!(diary.stats(april, "Mars/Olympus", 3).is_err());
    }
}
