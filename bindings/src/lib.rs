//! The uniffi surface over `ponte-core`. It only translates: every call forwards to the core and
//! turns the core's detailed error into the public [`PonteError`]. Calls are blocking and safe
//! from any thread (the apps call them off the UI thread), except the sync's network calls,
//! which are async and run on the core's own tokio runtime.
//!
//! The records and enums are defined once, in the core, and exported from there.

use std::sync::Arc;

use ponte_core::app::background::{self, BackgroundOutcome, BackgroundPolicy, NetworkState};
use ponte_core::diary::{self, *};
use ponte_core::i18n::{self, Language, LocaleReport, Localized, NamedArg, TextDirection};
use ponte_core::lessons::{
    self, Answer, AnswerResult, CourseSummary, LessonStatus, LessonView, PackInfo,
};
use ponte_core::services::{
    self, ApplySummary, Bounds, GeoPoint, ImportFormat, ProblemReport, ReportKind, ServiceDetails,
    ServiceFilter, ServiceHit, ServiceSummary,
};
use ponte_core::sync::{
    Consent, ConsentChoice, Pairing, SyncClient, SyncProgress, SyncReport, SyncStatus, TutorItem,
};
use ponte_core::{OpenOptions, PonteError, Store, SyncFailure, Timestamp};
use ponte_wire::import::ImportOptions;

uniffi::setup_scaffolding!();

type Result<T> = std::result::Result<T, PonteError>;

fn ffi<T>(result: ponte_core::Result<T>) -> Result<T> {
    result.map_err(PonteError::from)
}

/// The person's encrypted database on this phone. Open it once and share it.
#[derive(uniffi::Object)]
pub struct Ponte {
    store: Arc<Store>,
}

#[uniffi::export]
impl Ponte {
    /// Opens the database at `options.path` with the raw 32-byte `options.key` that the app
    /// keeps in the Android Keystore or the iOS Keychain. A new, empty diary is made only with
    /// `options.create`; without it a missing file gives `NoDatabase` and nothing is created.
    /// A refused open (`WrongKey`, `Damaged`, `SchemaTooNew`) changes nothing on disk.
    #[uniffi::constructor]
    pub fn open(options: OpenOptions) -> Result<Arc<Self>> {
        Ok(Arc::new(Ponte {
            store: Arc::new(ffi(Store::open_with(&options))?),
        }))
    }

    /// Copies the write-ahead log into the file and closes every connection, after the calls
    /// under way. Every later call, on this object and on every object it made (diary,
    /// services, lessons, sync), gives `Closed`. Closing twice is fine. In Kotlin this is
    /// `closeDatabase()`: Kotlin's `close()` (`AutoCloseable`, `use { }`) only releases the
    /// handle.
    pub fn close(&self) -> Result<()> {
        ffi(self.store.close())
    }

    /// Encrypts the whole database under `new_key` (32 bytes), keeping every record; the
    /// objects already made go on working. A key of another length is refused and changes
    /// nothing. Keep the old key until this returns: if the app is killed meanwhile, the file
    /// is under one key or the other.
    pub fn change_key(&self, new_key: Vec<u8>) -> Result<()> {
        ffi(self.store.change_key(&new_key))
    }

    pub fn diary(&self) -> Arc<Diary> {
        Arc::new(Diary {
            inner: diary::Diary::new(self.store.clone()),
        })
    }

    pub fn schema_version(&self) -> Result<u32> {
        ffi(self.store.schema_version())
    }

    /// Sets the person's language chain (best first, as `negotiate_languages` makes it), used
    /// by every call whose `languages` is left out (`null`/`nil`). Set it after opening and
    /// whenever the person changes language; until then it is English then Italian. An empty
    /// chain restores that default.
    pub fn set_languages(&self, chain: Vec<String>) {
        self.store.set_languages(chain)
    }

    /// The language chain set with `set_languages`.
    pub fn languages(&self) -> Vec<String> {
        self.store.languages()
    }
}

/// The job-search diary.
#[derive(uniffi::Object)]
pub struct Diary {
    inner: diary::Diary,
}

/// The CV's language when none is given: employers in Italy read Italian.
const CV_LANGUAGE: &str = "it";

fn cv_language(language: Option<String>) -> String {
    language.unwrap_or_else(|| CV_LANGUAGE.to_owned())
}

#[uniffi::export]
impl Diary {
    // Applications and their timeline.

    /// Adds an application at its first stage, dated `at` (now when left out).
    #[uniffi::method(default(at = None))]
    pub fn add_application(
        &self,
        details: ApplicationDetails,
        stage: Stage,
        at: Option<Timestamp>,
    ) -> Result<Application> {
        ffi(self.inner.add_application(&details, stage, at))
    }
    pub fn update_application(
        &self,
        id: String,
        details: ApplicationDetails,
    ) -> Result<Application> {
        ffi(self.inner.update_application(&id, &details))
    }
    pub fn delete_application(&self, id: String) -> Result<()> {
        ffi(self.inner.delete_application(&id))
    }
    pub fn application(&self, id: String) -> Result<Application> {
        ffi(self.inner.application(&id))
    }
    /// A page of at most `limit` applications (1 to 200), the most recently active first;
    /// `stage` narrows to one stage. Pass the page's `next` as `after` for the following page;
    /// `next` is `null` on the last one. Applications added meanwhile go to the top (they
    /// show on the next refresh from the first page) and never make a page repeat or skip
    /// one. A cursor not made by this call is `InvalidInput` on `after`.
    #[uniffi::method(default(stage = None, limit = 20, after = None))]
    pub fn applications(
        &self,
        stage: Option<Stage>,
        limit: u32,
        after: Option<String>,
    ) -> Result<ApplicationPage> {
        ffi(self.inner.application_page(stage, limit, after.as_deref()))
    }
    /// Moves an application to `stage` with a note (empty when left out), dated `at` (now when
    /// left out).
    #[uniffi::method(default(note = "", at = None))]
    pub fn move_to_stage(
        &self,
        id: String,
        stage: Stage,
        note: String,
        at: Option<Timestamp>,
    ) -> Result<Application> {
        ffi(self.inner.move_to_stage(&id, stage, &note, at))
    }
    pub fn timeline(&self, application_id: String) -> Result<Vec<StageEvent>> {
        ffi(self.inner.timeline(&application_id))
    }

    // Interviews.

    pub fn add_interview(
        &self,
        application_id: String,
        details: InterviewDetails,
    ) -> Result<Interview> {
        ffi(self.inner.add_interview(&application_id, &details))
    }
    pub fn update_interview(&self, id: String, details: InterviewDetails) -> Result<Interview> {
        ffi(self.inner.update_interview(&id, &details))
    }
    pub fn delete_interview(&self, id: String) -> Result<()> {
        ffi(self.inner.delete_interview(&id))
    }
    pub fn interviews(&self, application_id: String) -> Result<Vec<Interview>> {
        ffi(self.inner.interviews(&application_id))
    }

    // Next actions and the agenda.

    /// Adds a next action for the application `application_id`, or for the search in general
    /// when left out.
    #[uniffi::method(default(application_id = None))]
    pub fn add_action(
        &self,
        details: ActionDetails,
        application_id: Option<String>,
    ) -> Result<NextAction> {
        ffi(self.inner.add_action(&details, application_id.as_deref()))
    }
    pub fn update_action(&self, id: String, details: ActionDetails) -> Result<NextAction> {
        ffi(self.inner.update_action(&id, &details))
    }
    pub fn set_action_done(&self, id: String, done: bool) -> Result<NextAction> {
        ffi(self.inner.set_action_done(&id, done))
    }
    pub fn delete_action(&self, id: String) -> Result<()> {
        ffi(self.inner.delete_action(&id))
    }
    /// The actions of one application, or the general ones with `null`.
    pub fn actions(&self, application_id: Option<String>) -> Result<Vec<NextAction>> {
        ffi(self.inner.actions(application_id.as_deref()))
    }
    /// Overdue, today, this week, follow-ups and expiring documents: the home screen and the
    /// notifications.
    pub fn agenda(&self, options: AgendaOptions) -> Result<Agenda> {
        ffi(self.inner.agenda(&options))
    }

    // Documents.

    pub fn add_document(&self, details: DocumentDetails) -> Result<Document> {
        ffi(self.inner.add_document(&details))
    }
    pub fn update_document(&self, id: String, details: DocumentDetails) -> Result<Document> {
        ffi(self.inner.update_document(&id, &details))
    }
    pub fn delete_document(&self, id: String) -> Result<()> {
        ffi(self.inner.delete_document(&id))
    }
    pub fn document_checklist(&self) -> Result<Vec<ChecklistEntry>> {
        ffi(self.inner.document_checklist())
    }

    // Tutor meetings.

    #[uniffi::method(default(agreed_actions = []))]
    pub fn add_meeting(
        &self,
        details: MeetingDetails,
        agreed_actions: Vec<String>,
    ) -> Result<Meeting> {
        ffi(self.inner.add_meeting(&details, &agreed_actions))
    }
    pub fn update_meeting(&self, id: String, details: MeetingDetails) -> Result<Meeting> {
        ffi(self.inner.update_meeting(&id, &details))
    }
    pub fn delete_meeting(&self, id: String) -> Result<()> {
        ffi(self.inner.delete_meeting(&id))
    }
    pub fn add_meeting_action(&self, meeting_id: String, text: String) -> Result<Meeting> {
        ffi(self.inner.add_meeting_action(&meeting_id, &text))
    }
    pub fn set_meeting_action_done(&self, action_id: String, done: bool) -> Result<Meeting> {
        ffi(self.inner.set_meeting_action_done(&action_id, done))
    }
    pub fn meetings(&self) -> Result<Vec<Meeting>> {
        ffi(self.inner.meetings())
    }

    // The skills profile and the CV.

    pub fn profile(&self) -> Result<Profile> {
        ffi(self.inner.profile())
    }
    /// Replaces the personal details. They are one record, not a list, so they are set whole
    /// (no add or update by id); the same for `set_availability`.
    pub fn set_personal_details(&self, details: PersonalDetails) -> Result<()> {
        ffi(self.inner.set_personal_details(&details))
    }
    pub fn set_availability(&self, availability: Availability) -> Result<()> {
        ffi(self.inner.set_availability(&availability))
    }
    pub fn add_language(&self, details: LanguageSkillDetails) -> Result<LanguageSkill> {
        ffi(self.inner.add_language(&details))
    }
    pub fn update_language(
        &self,
        id: String,
        details: LanguageSkillDetails,
    ) -> Result<LanguageSkill> {
        ffi(self.inner.update_language(&id, &details))
    }
    pub fn delete_language(&self, id: String) -> Result<()> {
        ffi(self.inner.delete_language(&id))
    }
    pub fn add_experience(&self, details: WorkExperienceDetails) -> Result<WorkExperience> {
        ffi(self.inner.add_experience(&details))
    }
    pub fn update_experience(
        &self,
        id: String,
        details: WorkExperienceDetails,
    ) -> Result<WorkExperience> {
        ffi(self.inner.update_experience(&id, &details))
    }
    pub fn delete_experience(&self, id: String) -> Result<()> {
        ffi(self.inner.delete_experience(&id))
    }
    pub fn add_education(&self, details: EducationDetails) -> Result<Education> {
        ffi(self.inner.add_education(&details))
    }
    pub fn update_education(&self, id: String, details: EducationDetails) -> Result<Education> {
        ffi(self.inner.update_education(&id, &details))
    }
    pub fn delete_education(&self, id: String) -> Result<()> {
        ffi(self.inner.delete_education(&id))
    }
    pub fn add_skill(&self, details: SkillDetails) -> Result<Skill> {
        ffi(self.inner.add_skill(&details))
    }
    pub fn update_skill(&self, id: String, details: SkillDetails) -> Result<Skill> {
        ffi(self.inner.update_skill(&id, &details))
    }
    pub fn delete_skill(&self, id: String) -> Result<()> {
        ffi(self.inner.delete_skill(&id))
    }
    pub fn add_certificate(&self, details: CertificateDetails) -> Result<Certificate> {
        ffi(self.inner.add_certificate(&details))
    }
    pub fn update_certificate(
        &self,
        id: String,
        details: CertificateDetails,
    ) -> Result<Certificate> {
        ffi(self.inner.update_certificate(&id, &details))
    }
    pub fn delete_certificate(&self, id: String) -> Result<()> {
        ffi(self.inner.delete_certificate(&id))
    }
    /// The CV as printable HTML, labels in `language`; Italian when left out, since the CV is
    /// for employers in Italy (not the person's chain).
    #[uniffi::method(default(language = None))]
    pub fn cv_html(&self, language: Option<String>) -> Result<String> {
        ffi(self.inner.cv_html(&cv_language(language)))
    }
    /// The CV as plain text, labels in `language` (Italian when left out).
    #[uniffi::method(default(language = None))]
    pub fn cv_text(&self, language: Option<String>) -> Result<String> {
        ffi(self.inner.cv_text(&cv_language(language)))
    }
    /// The profile in two languages side by side: `first` is the first language of the chain
    /// set with `Ponte.set_languages` when left out, `second` Italian.
    #[uniffi::method(default(first = None, second = None))]
    pub fn profile_side_by_side_html(
        &self,
        first: Option<String>,
        second: Option<String>,
    ) -> Result<String> {
        let first = first.unwrap_or_else(|| {
            self.inner
                .store()
                .languages()
                .into_iter()
                .next()
                .unwrap_or_else(|| CV_LANGUAGE.to_owned())
        });
        ffi(self
            .inner
            .profile_side_by_side_html(&first, &cv_language(second)))
    }

    // Statistics and search.

    /// The last `weeks` weeks, Monday to Sunday in the IANA `time_zone` (`Europe/Rome` when
    /// left out or empty), and totals over all time.
    #[uniffi::method(default(time_zone = "Europe/Rome"))]
    pub fn stats(&self, now: Timestamp, weeks: u32, time_zone: String) -> Result<DiaryStats> {
        ffi(self.inner.stats(now, &time_zone, weeks))
    }
    #[uniffi::method(default(limit = 20))]
    pub fn search(&self, text: String, limit: u32) -> Result<Vec<SearchHit>> {
        ffi(self.inner.search(&text, limit))
    }
}

#[uniffi::export]
impl Ponte {
    pub fn services(&self) -> Arc<Services> {
        Arc::new(Services {
            inner: services::Services::new(self.store.clone()),
            store: self.store.clone(),
        })
    }
}

/// The territory's services map.
#[derive(uniffi::Object)]
pub struct Services {
    inner: services::Services,
    store: Arc<Store>,
}

#[uniffi::export]
impl Services {
    /// Imports services from a CSV, GeoJSON or OpenStreetMap (Overpass) file, all or nothing;
    /// `ImportRefused` names every bad row and field.
    pub fn import(
        &self,
        format: ImportFormat,
        data: Vec<u8>,
        region: String,
        city: String,
    ) -> Result<ApplySummary> {
        ffi(self
            .inner
            .import(format, &data, &ImportOptions::for_region(&region, &city)))
    }
    pub fn count(&self) -> Result<u64> {
        ffi(self.inner.count())
    }
    /// The nearest services within `radius_m`, nearest first, with distances; `at` (usually
    /// now) decides open or closed. `filter` lets everything through when left out.
    /// `languages`, when given, overrides the chain set with `Ponte.set_languages` for this
    /// call (as in every call below).
    #[allow(clippy::too_many_arguments)]
    #[uniffi::method(default(languages = None, filter))]
    pub fn near(
        &self,
        point: GeoPoint,
        radius_m: f64,
        limit: u32,
        at: Timestamp,
        filter: ServiceFilter,
        languages: Option<Vec<String>>,
    ) -> Result<Vec<ServiceSummary>> {
        let languages = self.store.chain_or(languages);
        ffi(self.inner.near(
            point.lat, point.lon, radius_m, limit, &filter, &languages, at,
        ))
    }
    #[uniffi::method(default(languages = None, filter))]
    pub fn viewport(
        &self,
        bounds: Bounds,
        limit: u32,
        at: Timestamp,
        filter: ServiceFilter,
        languages: Option<Vec<String>>,
    ) -> Result<Vec<ServiceSummary>> {
        let languages = self.store.chain_or(languages);
        ffi(self.inner.viewport(bounds, limit, &filter, &languages, at))
    }
    /// The viewport as a GeoJSON FeatureCollection for a map layer.
    #[uniffi::method(default(languages = None, filter))]
    pub fn viewport_geojson(
        &self,
        bounds: Bounds,
        limit: u32,
        at: Timestamp,
        filter: ServiceFilter,
        languages: Option<Vec<String>>,
    ) -> Result<String> {
        let languages = self.store.chain_or(languages);
        ffi(self
            .inner
            .viewport_geojson(bounds, limit, &filter, &languages, at))
    }
    /// The services without a map position that pass `filter`, by name, with no distance: a
    /// list shows them after every placed service (they are never in `near` nor `viewport`).
    #[uniffi::method(default(languages = None, filter))]
    pub fn without_position(
        &self,
        limit: u32,
        at: Timestamp,
        filter: ServiceFilter,
        languages: Option<Vec<String>>,
    ) -> Result<Vec<ServiceSummary>> {
        let languages = self.store.chain_or(languages);
        ffi(self.inner.without_position(&filter, &languages, at, limit))
    }
    /// Services matching `text` in the chain's languages and the source language; given
    /// `near`, nearer matches rank higher.
    #[allow(clippy::too_many_arguments)]
    #[uniffi::method(default(near = None, languages = None, filter))]
    pub fn search(
        &self,
        text: String,
        limit: u32,
        at: Timestamp,
        near: Option<GeoPoint>,
        filter: ServiceFilter,
        languages: Option<Vec<String>>,
    ) -> Result<Vec<ServiceHit>> {
        let languages = self.store.chain_or(languages);
        ffi(self.inner.search_at(
            &text,
            &languages,
            near.map(|p| (p.lat, p.lon)),
            &filter,
            limit,
            at,
        ))
    }
    /// One service in full; `at` (now when left out) decides open or closed.
    #[uniffi::method(default(at = None, languages = None))]
    pub fn service(
        &self,
        id: String,
        at: Option<Timestamp>,
        languages: Option<Vec<String>>,
    ) -> Result<ServiceDetails> {
        let languages = self.store.chain_or(languages);
        ffi(self.inner.service(&id, &languages, at))
    }
    pub fn set_favourite(&self, service_id: String, favourite: bool) -> Result<()> {
        ffi(self.inner.set_favourite(&service_id, favourite))
    }
    #[uniffi::method(default(languages = None))]
    pub fn favourites(
        &self,
        at: Timestamp,
        languages: Option<Vec<String>>,
    ) -> Result<Vec<ServiceSummary>> {
        let languages = self.store.chain_or(languages);
        ffi(self.inner.favourites(&languages, at))
    }
    pub fn mark_viewed(&self, service_id: String) -> Result<()> {
        ffi(self.inner.mark_viewed(&service_id))
    }
    #[uniffi::method(default(languages = None))]
    pub fn recently_viewed(
        &self,
        at: Timestamp,
        languages: Option<Vec<String>>,
    ) -> Result<Vec<ServiceSummary>> {
        let languages = self.store.chain_or(languages);
        ffi(self.inner.recently_viewed(&languages, at))
    }
    /// Reports wrong information; kept on the phone as pending until a sync sends it.
    #[uniffi::method(default(comment = ""))]
    pub fn report_problem(
        &self,
        service_id: String,
        kind: ReportKind,
        comment: String,
    ) -> Result<ProblemReport> {
        ffi(self.inner.report_problem(&service_id, kind, &comment))
    }
    pub fn reports(&self) -> Result<Vec<ProblemReport>> {
        ffi(self.inner.reports())
    }
}

// Words in the person's language.

/// The chain of locales to show texts in: the person's choice (if any), the phone's preferred
/// locales (e.g. `ar-EG`, `fr-FR`), then English and Italian. Give it to `Ponte.set_languages`;
/// calls that take `languages` use it when theirs is left out.
#[uniffi::export(default(user_choice = None))]
pub fn negotiate_languages(preferred: Vec<String>, user_choice: Option<String>) -> Vec<String> {
    i18n::negotiate(&preferred, user_choice.as_deref())
}

/// A message of the catalogue in the first locale of `chain` that has it, with the locale it
/// is actually in and its direction.
#[uniffi::export(default(args = []))]
pub fn t(chain: Vec<String>, key: String, args: Vec<NamedArg>) -> Localized {
    i18n::Catalogue::get().t(&chain, &key, &args)
}

/// What to tell the person about an error, in their language; an input error names its
/// field ("Employer: this field is needed").
#[uniffi::export]
pub fn error_message(chain: Vec<String>, error: PonteError) -> Localized {
    error.message(&chain)
}

#[uniffi::export]
pub fn text_direction(locale: String) -> TextDirection {
    i18n::direction(&locale)
}

/// The languages of the catalogue with their native names, for the language picker.
#[uniffi::export]
pub fn supported_languages() -> Vec<Language> {
    i18n::languages()
}

/// Per locale, the share of keys present and reviewed by a person.
#[uniffi::export]
pub fn catalogue_report() -> Vec<LocaleReport> {
    i18n::catalogue_report()
}

#[uniffi::export]
pub fn format_number(locale: String, value: f64) -> String {
    i18n::format_number(&locale, value)
}

/// An ISO date (`YYYY-MM-DD`) written for the locale.
#[uniffi::export]
pub fn format_date(locale: String, iso_date: String) -> String {
    i18n::format_date(&locale, &iso_date)
}

/// The time of day of `at` in the IANA `time_zone` (`Europe/Rome` when empty or unknown),
/// written for the locale.
#[uniffi::export(default(time_zone = "Europe/Rome"))]
pub fn format_time(locale: String, at: Timestamp, time_zone: String) -> String {
    i18n::format_time(&locale, at, &time_zone)
}

#[uniffi::export]
impl Ponte {
    pub fn lessons(&self) -> Arc<Lessons> {
        Arc::new(Lessons {
            inner: lessons::Lessons::new(self.store.clone()),
            store: self.store.clone(),
        })
    }
}

/// Smartphone lessons: packs, the player and progress.
#[derive(uniffi::Object)]
pub struct Lessons {
    inner: lessons::Lessons,
    store: Arc<Store>,
}

#[uniffi::export]
impl Lessons {
    /// Installs a signed pack (a file that may have come from another phone); refused unless
    /// one of the keys given at open (`OpenOptions.trustedKeys`) signed it and every hash matches.
    /// A refused pack gives `PonteError::Pack` with its `PackProblem` and changes nothing.
    pub fn install_pack(&self, bytes: Vec<u8>) -> Result<PackInfo> {
        ffi(self.inner.install_pack(&bytes, self.store.trusted_keys()))
    }
    /// The courses with the person's progress. `languages`, when given, overrides the chain
    /// set with `Ponte.set_languages` for this call (as in every call below).
    #[uniffi::method(default(languages = None))]
    pub fn courses(&self, languages: Option<Vec<String>>) -> Result<Vec<CourseSummary>> {
        ffi(self.inner.courses(&self.store.chain_or(languages)))
    }
    /// Opens a lesson at the step where the person left it.
    #[uniffi::method(default(languages = None))]
    pub fn open_lesson(
        &self,
        lesson_id: String,
        languages: Option<Vec<String>>,
    ) -> Result<LessonView> {
        ffi(self
            .inner
            .open_lesson(&lesson_id, &self.store.chain_or(languages)))
    }
    /// Moves to a step (0 to `total - 1`) and saves the position; an index past the last step
    /// is refused (`InvalidInput`, out of range) and changes nothing.
    #[uniffi::method(default(languages = None))]
    pub fn go_to_step(
        &self,
        lesson_id: String,
        index: u32,
        languages: Option<Vec<String>>,
    ) -> Result<LessonView> {
        ffi(self
            .inner
            .go_to_step(&lesson_id, index, &self.store.chain_or(languages)))
    }
    /// Completes the lesson from its last step ("finish"): `Completed`, or `Mastered` when the
    /// answers already met the rule. Before the last step: `LessonNotFinished`, nothing changes.
    pub fn complete_lesson(&self, lesson_id: String) -> Result<LessonStatus> {
        ffi(self.inner.complete_lesson(&lesson_id))
    }

    /// Checks an answer; `hinted` when the person looked at the hint first.
    #[uniffi::method(default(hinted = false, languages = None))]
    pub fn answer(
        &self,
        lesson_id: String,
        step_id: String,
        answer: Answer,
        duration_ms: u32,
        hinted: bool,
        languages: Option<Vec<String>>,
    ) -> Result<AnswerResult> {
        ffi(self.inner.answer(
            &lesson_id,
            &step_id,
            &answer,
            hinted,
            duration_ms,
            &self.store.chain_or(languages),
        ))
    }
    #[uniffi::method(default(languages = None))]
    pub fn certificate_html(
        &self,
        course_id: String,
        name: String,
        languages: Option<Vec<String>>,
    ) -> Result<String> {
        ffi(self
            .inner
            .certificate_html(&course_id, &name, &self.store.chain_or(languages)))
    }
    pub fn media(&self, path: String) -> Result<Vec<u8>> {
        ffi(self.inner.media(&path))
    }
}

#[uniffi::export]
impl Ponte {
    /// Sync with the coordinator. Lesson packs and the content dump are checked against the
    /// keys given at open (`OpenOptions.trustedKeys`).
    pub fn sync(&self) -> Arc<Sync> {
        Arc::new(Sync {
            inner: Arc::new(SyncClient::new(
                self.store.clone(),
                self.store.trusted_keys().to_vec(),
            )),
            store: self.store.clone(),
        })
    }
}

/// Sync with the coordinator: pairing, sending and receiving. The network calls are async
/// (Kotlin `suspend`, Swift `async`) and run on the core's own runtime; `cancel` stops one.
#[derive(uniffi::Object)]
pub struct Sync {
    inner: Arc<SyncClient>,
    store: Arc<Store>,
}

/// Runs a future on the core's runtime and waits for it from whatever executor calls us.
async fn on_runtime<T: Send + 'static>(
    future: impl std::future::Future<Output = ponte_core::Result<T>> + Send + 'static,
) -> Result<T> {
    match ponte_core::sync::runtime().spawn(future).await {
        Ok(result) => ffi(result),
        Err(e) => Err(PonteError::Sync {
            failure: SyncFailure::Cancelled,
            detail: e.to_string(),
        }),
    }
}

#[uniffi::export]
impl Sync {
    /// Pairs this phone with a tutor's code. `languages` are the content languages to
    /// download; left out, the ones the tutor recorded for the person (not the display chain
    /// of `Ponte.set_languages`, which is only English and Italian until the app sets it).
    #[uniffi::method(default(languages = None))]
    pub async fn pair(
        &self,
        server: String,
        code: String,
        device_name: String,
        languages: Option<Vec<String>>,
    ) -> Result<Pairing> {
        let languages = languages.unwrap_or_default();
        let inner = self.inner.clone();
        on_runtime(async move { inner.pair(&server, &code, &device_name, languages).await }).await
    }

    /// Sends and receives now; `force` ignores the backoff after failures.
    #[uniffi::method(default(force = false, progress = None))]
    pub async fn sync_now(
        &self,
        force: bool,
        progress: Option<Arc<dyn SyncProgress>>,
    ) -> Result<SyncReport> {
        let inner = self.inner.clone();
        on_runtime(async move { inner.sync_now(force, progress).await }).await
    }

    pub async fn unpair(&self) -> Result<()> {
        let inner = self.inner.clone();
        on_runtime(async move { inner.unpair().await }).await
    }

    pub async fn erase_everywhere(&self) -> Result<()> {
        let inner = self.inner.clone();
        on_runtime(async move { inner.erase_everywhere().await }).await
    }

    pub fn cancel(&self) {
        self.inner.cancel();
    }

    /// The one call of a background job (WorkManager `CoroutineWorker`, iOS
    /// `BGAppRefreshTask`): syncs if the policy allows it on `network`, and ends before
    /// `deadline` (less a 2 s margin). Expected situations are outcomes, not errors: return
    /// `Result.retry()` when `outcome.retry`, else `Result.success()`; on iOS schedule the
    /// next request no earlier than `outcome.retry_after`. The expiry handler calls `cancel()`.
    pub async fn run_background_sync(
        &self,
        network: NetworkState,
        deadline: Timestamp,
    ) -> Result<BackgroundOutcome> {
        let inner = self.inner.clone();
        on_runtime(async move { background::run_background_sync(&inner, network, deadline).await })
            .await
    }

    /// The background sync's settings ("Wi-Fi only", "data saver", both on by default) and
    /// where its backoff after failures stands.
    pub fn background_policy(&self) -> Result<BackgroundPolicy> {
        ffi(background::background_policy(&self.store))
    }

    /// Sync only on Wi-Fi (on, the default) or on mobile data too (off).
    pub fn set_wifi_only(&self, on: bool) -> Result<()> {
        ffi(background::set_wifi_only(&self.store, on))
    }

    /// On mobile data, leave the big downloads (lesson pack, map pack) for Wi-Fi (on, the
    /// default).
    pub fn set_data_saver(&self, on: bool) -> Result<()> {
        ffi(background::set_data_saver(&self.store, on))
    }

    /// Where sync stands; the last error in words in `languages` (the chain set with
    /// `Ponte.set_languages` when left out).
    #[uniffi::method(default(languages = None))]
    pub fn status(&self, languages: Option<Vec<String>>) -> Result<SyncStatus> {
        ffi(self.inner.status(&self.store.chain_or(languages)))
    }

    pub fn set_consent(&self, category: ConsentChoice, granted: bool) -> Result<()> {
        ffi(self.inner.set_consent(category, granted))
    }

    pub fn consents(&self) -> Result<Vec<Consent>> {
        ffi(self.inner.consents())
    }

    pub fn tutor_items(&self) -> Result<Vec<TutorItem>> {
        ffi(self.inner.tutor_items())
    }

    pub fn set_tutor_item_done(&self, id: String, done: bool) -> Result<()> {
        ffi(self.inner.set_tutor_item_done(&id, done))
    }

    /// Installs the signed content dump shipped with the app (first launch); false when the
    /// phone already has newer content.
    pub fn install_dump(&self, bytes: Vec<u8>) -> Result<bool> {
        ffi(self.inner.install_dump(&bytes))
    }
}

#[uniffi::export]
impl Ponte {
    /// The offline city map of the paired organisation's region.
    pub fn maps(&self) -> Arc<Maps> {
        Arc::new(Maps {
            inner: Arc::new(ponte_core::app::map::MapClient::new(self.store.clone())),
            store: self.store.clone(),
        })
    }
}

/// The offline city map: a PMTiles file per region, published by the organisation, downloaded
/// only on Wi-Fi unless the person allows mobile data, resumable, checked against the keys
/// given at open (`OpenOptions.trustedKeys`) and swapped in only when complete and verified.
/// The network calls are async (Kotlin `suspend`, Swift `async`) on the core's runtime.
#[derive(uniffi::Object)]
pub struct Maps {
    inner: Arc<ponte_core::app::map::MapClient>,
    store: Arc<Store>,
}

#[uniffi::export]
impl Maps {
    /// Whether the organisation has a newer map than the phone's, and how many bytes are left
    /// to download. Small: fine on any connection.
    pub async fn check_for_update(&self) -> Result<ponte_core::app::map::MapUpdate> {
        let inner = self.inner.clone();
        on_runtime(async move { inner.check_for_update().await }).await
    }

    /// Downloads the newest map if the phone does not have it, on the connection the shell
    /// reports, resuming a paused download: `READY`, `WAITING_FOR_WIFI` or `NOT_PUBLISHED`;
    /// a broken connection is `Sync(OFFLINE)` (what came is kept), a refused file
    /// `Pack(TAMPERED | UNTRUSTED | DAMAGED)` (deleted; the old map stays).
    #[uniffi::method(default(progress = None))]
    pub async fn download(
        &self,
        network: ponte_core::app::map::NetworkKind,
        progress: Option<Arc<dyn ponte_core::app::map::MapProgress>>,
    ) -> Result<ponte_core::app::map::MapStatus> {
        let inner = self.inner.clone();
        on_runtime(async move { inner.download(network, progress).await }).await
    }

    /// Stops a running download; the next one resumes from what came.
    pub fn cancel(&self) {
        self.inner.cancel();
    }

    /// What the map screen draws: the file, bounds and zoom range, the download's status, and
    /// the services inside `viewport` (the map's bounds when left out) as GeoJSON pins.
    #[uniffi::method(default(viewport = None, languages = None, filter))]
    pub fn state(
        &self,
        at: Timestamp,
        viewport: Option<Bounds>,
        filter: ServiceFilter,
        languages: Option<Vec<String>>,
    ) -> Result<ponte_core::app::map::MapState> {
        ffi(self
            .inner
            .state(viewport, &filter, &self.store.chain_or(languages), at))
    }

    /// The person's switch: may the map come over mobile data (off by default; data saver
    /// still stops it).
    pub fn set_mobile_data_allowed(&self, allowed: bool) -> Result<()> {
        ffi(self.inner.set_mobile_data_allowed(allowed))
    }

    /// Deletes the map and any partial download.
    pub fn remove(&self) -> Result<()> {
        ffi(self.inner.remove())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lifecycle_errors_have_words_in_every_language() {
        for language in supported_languages() {
            let mut seen = Vec::new();
            for error in [PonteError::NoDatabase, PonteError::Closed] {
                let what = format!("{error:?}");
                let message = error_message(vec![language.code.clone()], error);
                assert_eq!(message.locale, language.code, "{what}");
                assert!(
                    !message.text.is_empty() && !message.text.starts_with("error-"),
                    "{what} in {}",
                    language.code
                );
                seen.push(message.text);
            }
            assert_ne!(seen[0], seen[1], "{}", language.code);
        }
    }

    #[test]
    fn open_close_and_change_key_through_the_ffi() {
        let dir = std::env::temp_dir().join(format!("ponte-ffi-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&dir);
        std::fs::create_dir_all(&dir).unwrap();
        let path = dir.join("ponte.db").to_string_lossy().into_owned();
        let options = |key: &[u8], create: bool| OpenOptions::new(path.clone(), key, create);
        assert_eq!(
            Ponte::open(options(&[1; 32], false)).err(),
            Some(PonteError::NoDatabase)
        );
        let ponte = Ponte::open(options(&[1; 32], true)).unwrap();
        let diary = ponte.diary();
        ponte.change_key(vec![2; 32]).unwrap();
        assert!(diary.meetings().unwrap().is_empty());
        ponte.close().unwrap();
        ponte.close().unwrap();
        assert_eq!(diary.meetings().err(), Some(PonteError::Closed));
        assert_eq!(ponte.schema_version().err(), Some(PonteError::Closed));
        assert_eq!(
            Ponte::open(options(&[1; 32], false)).err(),
            Some(PonteError::WrongKey)
        );
        assert!(Ponte::open(options(&[2; 32], false)).is_ok());
        let _ = std::fs::remove_dir_all(&dir);
    }
}

/// The app core: what both apps render. One per process. The shell draws `view()`, sends what
/// the person does to `handle(event)`, performs the effects it returns, and sends their results
/// back as events. Blocking; call it off the UI thread.
#[derive(uniffi::Object)]
pub struct App {
    inner: Arc<ponte_core::app::App>,
}

#[uniffi::export]
impl App {
    /// Opens the person's database (see `OpenOptions`) and finds the app where it was left.
    #[uniffi::constructor]
    pub fn open(
        options: OpenOptions,
        capabilities: ponte_core::app::Capabilities,
    ) -> Result<Arc<Self>> {
        Ok(Arc::new(App {
            inner: Arc::new(ffi(ponte_core::app::App::open(&options, capabilities))?),
        }))
    }

    /// The current screen, in the person's language.
    pub fn view(&self) -> Result<ponte_core::app::AppView> {
        ffi(self.inner.view())
    }

    /// What the person did; returns what the shell must do. A refused input changes nothing
    /// and shows its error in the next `view()`.
    pub fn handle(&self, event: ponte_core::app::Event) -> Result<Vec<ponte_core::app::Effect>> {
        ffi(self.inner.handle(event))
    }

    /// Back: true when the app went back a screen; false at the root, where the shell does
    /// what the platform does.
    pub fn back(&self) -> Result<bool> {
        ffi(self.inner.back())
    }

    /// What the shell must do right after opening (a first run killed while installing asks
    /// for the shipped content again).
    pub fn start(&self) -> Result<Vec<ponte_core::app::Effect>> {
        ffi(self.inner.start())
    }

    /// Runs a task that needs the network (`Effect.Run`) on the core's runtime (Kotlin
    /// `suspend`, Swift `async`); returns what the shell must do next. Draw `view()` after.
    pub async fn run(&self, task: ponte_core::app::Task) -> Result<Vec<ponte_core::app::Effect>> {
        let inner = self.inner.clone();
        on_runtime(async move { inner.run(task).await }).await
    }

    /// The background job's call (WorkManager, `BGAppRefreshTask`): `Sync.runBackgroundSync`'s
    /// policy and outcome, plus the effects to perform before finishing (the notification plan
    /// again after a sync that ran).
    pub async fn run_in_background(
        &self,
        network: ponte_core::app::background::NetworkState,
        deadline: Timestamp,
    ) -> Result<ponte_core::app::BackgroundRun> {
        let inner = self.inner.clone();
        on_runtime(async move { inner.run_in_background(network, deadline).await }).await
    }
}
