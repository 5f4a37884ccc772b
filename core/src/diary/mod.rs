//! The job-search diary: applications and their stage timeline, interviews, next actions and
//! reminders, the documents checklist, tutor meetings, the skills profile and its CV, personal
//! statistics and full-text search.
//!
//! Every record has a stable UUID and a modification time for sync. Every write runs in one
//! transaction: a refused input changes nothing.

mod agenda;
mod applications;
mod codes;
mod cv;
mod documents;
mod meetings;
pub(crate) mod profile;
mod search;
mod stats;

use std::sync::Arc;

use crate::error::{Error, InvalidReason, Result};
use crate::fields::Field;
use crate::store::Store;

pub use agenda::{Agenda, AgendaItem, AgendaOptions, AgendaSource, DocumentAlert, FollowUp};
pub use applications::{
    ActionDetails, Application, ApplicationDetails, ApplicationPage, Interview, InterviewDetails,
    NextAction, StageEvent, MAX_PAGE,
};
pub use codes::*;
pub use documents::{ChecklistEntry, Document, DocumentDetails};
pub use meetings::{Meeting, MeetingAction, MeetingDetails};
pub use profile::{
    Availability, Certificate, CertificateDetails, Education, EducationDetails, LanguageSkill,
    LanguageSkillDetails, PersonalDetails, Profile, Skill, SkillDetails, WorkExperience,
    WorkExperienceDetails,
};
pub use search::{SearchHit, SearchKind};
pub use stats::{DiaryStats, WeekStats};

/// The diary of one person, over the shared encrypted store.
#[derive(Debug, Clone)]
pub struct Diary {
    store: Arc<Store>,
}

impl Diary {
    pub fn new(store: Arc<Store>) -> Self {
        Diary { store }
    }

    pub fn store(&self) -> &Arc<Store> {
        &self.store
    }
}

/// Longest text a single-line field accepts; notes may be longer.
const MAX_LINE: usize = 300;
const MAX_NOTE: usize = 10_000;

fn new_id() -> String {
    uuid::Uuid::new_v4().to_string()
}

/// Trims a one-line field, refusing it when too long (and when empty, if `required`).
fn line(field: impl Into<Field>, text: &str, required: bool) -> Result<String> {
    let field = field.into();
    let text = text.trim();
    if required && text.is_empty() {
        return Err(Error::invalid(field, InvalidReason::Required));
    }
    if text.chars().count() > MAX_LINE {
        return Err(Error::invalid(field, InvalidReason::TooLong));
    }
    Ok(text.to_owned())
}

/// Checks a free-text note (kept as typed, only trimmed at the ends).
fn note(field: impl Into<Field>, text: &str) -> Result<String> {
    let field = field.into();
    let text = text.trim();
    if text.chars().count() > MAX_NOTE {
        return Err(Error::invalid(field, InvalidReason::TooLong));
    }
    Ok(text.to_owned())
}

/// Fails with NotFound when an UPDATE or DELETE touched no row.
fn touched(rows: usize, what: &'static str, id: &str) -> Result<()> {
    if rows == 0 {
        Err(Error::not_found(what, id))
    } else {
        Ok(())
    }
}

#[cfg(test)]
pub(crate) mod test_support {
    use super::*;

    pub(crate) fn diary() -> (tempfile::TempDir, Diary) {
        let (dir, store) = crate::store::tests::temp_store();
        (dir, Diary::new(Arc::new(store)))
    }

    pub(crate) fn details(employer: &str, position: &str) -> ApplicationDetails {
        ApplicationDetails {
            employer: employer.into(),
            position: position.into(),
            source: JobSource::JobPortal,
            source_detail: String::new(),
            city: "Bologna".into(),
            contract_type: Some(ContractType::FixedTerm),
            contact_name: String::new(),
            contact_phone: String::new(),
            contact_email: String::new(),
            job_url: String::new(),
            notes: String::new(),
        }
    }

    /// 2026-11-23 09:00 in Rome (UTC+1), a Monday.
    pub(crate) const MONDAY_9: crate::time::Timestamp =
        crate::time::Timestamp::from_millis(1_795_420_800_000);
    pub(crate) const HOUR: i64 = 3_600_000;
    pub(crate) const DAY: i64 = 24 * HOUR;
}
