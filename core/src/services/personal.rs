//! The person's own records about services: favourites, recently viewed, and reports of wrong
//! information, kept as pending until a sync hands them to the coordinator.

use rusqlite::params;

use super::{ServiceSummary, Services};
use crate::error::{Error, InvalidReason, Result};
use crate::time::now_ms;

/// How many recently viewed services are remembered.
const RECENT_LIMIT: i64 = 30;
const MAX_COMMENT: usize = 2_000;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Enum))]
pub enum ReportKind {
    ClosedForGood,
    WrongHours,
    WrongAddress,
    WrongPhone,
    /// Anything else: the comment says what.
    Other,
}

impl ReportKind {
    pub fn code(self) -> &'static str {
        match self {
            ReportKind::ClosedForGood => "closed_for_good",
            ReportKind::WrongHours => "wrong_hours",
            ReportKind::WrongAddress => "wrong_address",
            ReportKind::WrongPhone => "wrong_phone",
            ReportKind::Other => "other",
        }
    }

    fn from_code(code: &str) -> ReportKind {
        match code {
            "closed_for_good" => ReportKind::ClosedForGood,
            "wrong_hours" => ReportKind::WrongHours,
            "wrong_address" => ReportKind::WrongAddress,
            "wrong_phone" => ReportKind::WrongPhone,
            _ => ReportKind::Other,
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Enum))]
pub enum ReportStatus {
    /// On the phone only, waiting for a sync.
    Pending,
    /// Handed to the coordinator.
    Sent,
}

#[derive(Debug, Clone, PartialEq, Eq)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
pub struct ProblemReport {
    pub id: String,
    pub service_id: String,
    pub kind: ReportKind,
    pub comment: String,
    pub status: ReportStatus,
    pub created_at: crate::time::Timestamp,
}

impl Services {
    fn require_service(&self, conn: &rusqlite::Connection, id: &str) -> Result<()> {
        let exists: bool = conn.query_row(
            "SELECT EXISTS (SELECT 1 FROM service WHERE id = ?1)",
            [id],
            |r| r.get(0),
        )?;
        if exists {
            Ok(())
        } else {
            Err(Error::not_found("service", id))
        }
    }

    pub fn set_favourite(&self, service_id: &str, favourite: bool) -> Result<()> {
        self.store.write(|tx| {
            if favourite {
                self.require_service(tx, service_id)?;
                tx.execute(
                    "INSERT INTO service_favourite (service_id, added_at) VALUES (?1, ?2) ON CONFLICT DO NOTHING",
                    params![service_id, now_ms()],
                )?;
            } else {
                tx.execute("DELETE FROM service_favourite WHERE service_id = ?1", [service_id])?;
            }
            Ok(())
        })
    }

    /// Favourites, the most recently added first.
    pub fn favourites(
        &self,
        languages: &[String],
        at: crate::time::Timestamp,
    ) -> Result<Vec<ServiceSummary>> {
        let ids: Vec<String> = self.store.read(|conn| {
            let mut stmt = conn.prepare_cached(
                "SELECT service_id FROM service_favourite ORDER BY added_at DESC, service_id",
            )?;
            let ids = stmt
                .query_map([], |r| r.get(0))?
                .collect::<rusqlite::Result<_>>()?;
            Ok(ids)
        })?;
        self.summaries_of(&ids, languages, at)
    }

    /// Remembers that the person opened a service.
    pub fn mark_viewed(&self, service_id: &str) -> Result<()> {
        self.store.write(|tx| {
            self.require_service(tx, service_id)?;
            tx.execute(
                "INSERT INTO service_viewed (service_id, viewed_at) VALUES (?1, ?2)
                 ON CONFLICT (service_id) DO UPDATE SET viewed_at = max(viewed_at, ?2)",
                params![service_id, now_ms()],
            )?;
            tx.execute(
                "DELETE FROM service_viewed WHERE service_id NOT IN
                     (SELECT service_id FROM service_viewed ORDER BY viewed_at DESC LIMIT ?1)",
                [RECENT_LIMIT],
            )?;
            Ok(())
        })
    }

    pub fn recently_viewed(
        &self,
        languages: &[String],
        at: crate::time::Timestamp,
    ) -> Result<Vec<ServiceSummary>> {
        let ids: Vec<String> = self.store.read(|conn| {
            let mut stmt = conn.prepare_cached(
                "SELECT service_id FROM service_viewed ORDER BY viewed_at DESC, rowid DESC",
            )?;
            let ids = stmt
                .query_map([], |r| r.get(0))?
                .collect::<rusqlite::Result<_>>()?;
            Ok(ids)
        })?;
        self.summaries_of(&ids, languages, at)
    }

    /// Reports wrong information about a service. Kept on the phone as pending until a sync
    /// sends it.
    pub fn report_problem(
        &self,
        service_id: &str,
        kind: ReportKind,
        comment: &str,
    ) -> Result<ProblemReport> {
        let comment = comment.trim();
        if comment.chars().count() > MAX_COMMENT {
            return Err(Error::invalid(
                crate::fields::ReportField::Comment,
                InvalidReason::TooLong,
            ));
        }
        if kind == ReportKind::Other && comment.is_empty() {
            return Err(Error::invalid(
                crate::fields::ReportField::Comment,
                InvalidReason::CommentRequired,
            ));
        }
        let now = crate::time::now();
        let id = uuid::Uuid::new_v4().to_string();
        self.store.write(|tx| {
            self.require_service(tx, service_id)?;
            tx.execute(
                "INSERT INTO service_report (id, service_id, kind, comment, status, created_at, updated_at)
                 VALUES (?1, ?2, ?3, ?4, 'pending', ?5, ?5)",
                params![id, service_id, kind.code(), comment, now],
            )?;
            Ok(())
        })?;
        Ok(ProblemReport {
            id,
            service_id: service_id.to_owned(),
            kind,
            comment: comment.to_owned(),
            status: ReportStatus::Pending,
            created_at: now,
        })
    }

    /// Every report the person made, the newest first.
    pub fn reports(&self) -> Result<Vec<ProblemReport>> {
        self.store.read(|conn| {
            let mut stmt = conn.prepare_cached(
                "SELECT id, service_id, kind, comment, status, created_at FROM service_report ORDER BY created_at DESC, id",
            )?;
            let rows = stmt.query_map([], |r| {
                Ok(ProblemReport {
                    id: r.get(0)?,
                    service_id: r.get(1)?,
                    kind: ReportKind::from_code(&r.get::<_, String>(2)?),
                    comment: r.get(3)?,
                    status: if r.get::<_, String>(4)? == "sent" { ReportStatus::Sent } else { ReportStatus::Pending },
                    created_at: r.get(5)?,
                })
            })?;
            Ok(rows.collect::<rusqlite::Result<_>>()?)
        })
    }
}

#[cfg(test)]
mod tests {
    use super::super::test_support::*;
    use super::super::*;
    use super::*;

    #[test]
    fn favourites_and_recently_viewed() {
        let (_dir, services) = services();
        upsert(
            &services,
            vec![
                record("a", 44.49, 11.34, Category::Work, "A"),
                record("b", 44.49, 11.35, Category::Food, "B"),
            ],
        );
        services.set_favourite("a", true).unwrap();
        services.set_favourite("a", true).unwrap();
        assert_eq!(
            services
                .favourites(&[], crate::time::Timestamp::from_millis(0))
                .unwrap()
                .iter()
                .map(|s| s.id.as_str())
                .collect::<Vec<_>>(),
            ["a"]
        );
        assert!(services.service("a", &[], None).unwrap().favourite);
        services.set_favourite("a", false).unwrap();
        assert!(services
            .favourites(&[], crate::time::Timestamp::from_millis(0))
            .unwrap()
            .is_empty());
        assert!(matches!(
            services.set_favourite("ghost", true),
            Err(Error::NotFound { .. })
        ));

        services.mark_viewed("a").unwrap();
        services.mark_viewed("b").unwrap();
        let recent: Vec<String> = services
            .recently_viewed(&[], crate::time::Timestamp::from_millis(0))
            .unwrap()
            .into_iter()
            .map(|s| s.id)
            .collect();
        assert_eq!(recent.len(), 2);
        // A service deleted by a content update drops out of the list without an error.
        services
            .apply_changes(&[ContentChange::DeleteService { id: "b".into() }])
            .unwrap();
        assert_eq!(
            services
                .recently_viewed(&[], crate::time::Timestamp::from_millis(0))
                .unwrap()
                .len(),
            1
        );
    }

    #[test]
    fn reports_stay_pending_and_need_a_comment_for_other() {
        let (_dir, services) = services();
        upsert(
            &services,
            vec![record("a", 44.49, 11.34, Category::Work, "A")],
        );
        let report = services
            .report_problem("a", ReportKind::WrongHours, " Chiuso il lunedì ")
            .unwrap();
        assert_eq!(
            (report.status, report.comment.as_str()),
            (ReportStatus::Pending, "Chiuso il lunedì")
        );
        let err = services
            .report_problem("a", ReportKind::Other, "  ")
            .unwrap_err();
        assert!(matches!(
            err,
            Error::Invalid {
                reason: InvalidReason::CommentRequired,
                ..
            }
        ));
        assert!(matches!(
            services.report_problem("ghost", ReportKind::WrongPhone, ""),
            Err(Error::NotFound { .. })
        ));
        assert_eq!(services.reports().unwrap(), vec![report]);
    }
}
