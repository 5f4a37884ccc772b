//! Personal statistics, for motivation: applications sent, answers, interviews, per week.

use rusqlite::params;

use super::Diary;
use crate::error::Result;
use crate::time::{local_date, local_day_start, DAY_MS};

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
    /// The last `weeks` weeks (Monday to Sunday, in the phone's time), and totals over all time.
    pub fn stats(&self, now: i64, utc_offset_minutes: i32, weeks: u32) -> Result<DiaryStats> {
        let weeks = weeks.clamp(1, 520);
        let today = local_date(now, utc_offset_minutes);
        let monday = today
            .checked_sub(jiff::Span::new().days(i64::from(today.weekday().to_monday_zero_offset())))
            .unwrap_or(today);
        let first_monday = monday
            .checked_sub(jiff::Span::new().weeks(i64::from(weeks - 1)))
            .unwrap_or(monday);
        let start = local_day_start(first_monday, utc_offset_minutes);
        let week_ms = 7 * DAY_MS;

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
                "SELECT (at - ?1) / ?2 AS week, stage, count(DISTINCT application_id) FROM stage_event
                 WHERE at >= ?1 AND stage IN ('applied', 'interview', 'offer', 'hired') GROUP BY week, stage
                 UNION ALL
                 SELECT (at - ?1) / ?2 AS week, 'answer', count(DISTINCT application_id) FROM stage_event
                 WHERE at >= ?1 AND stage IN ('interview', 'offer', 'hired', 'rejected') GROUP BY week",
            )?;
            let rows = stmt.query_map(params![start, week_ms], |r| {
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
            .move_to_stage(&a.id, Stage::Interview, Some(MONDAY_9 + HOUR), "")
            .unwrap();
        diary
            .move_to_stage(&a.id, Stage::Offer, Some(MONDAY_9 + 2 * HOUR), "")
            .unwrap();
        diary
            .move_to_stage(&a.id, Stage::Hired, Some(MONDAY_9 + 3 * HOUR), "")
            .unwrap();

        let stats = diary.stats(MONDAY_9 + 4 * HOUR, 60, 3).unwrap();
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
}
