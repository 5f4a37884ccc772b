//! The uniffi surface over `ponte-core`. It only translates: every call forwards to the core and
//! turns the core's detailed error into the public [`PonteError`]. Calls are blocking and safe
//! from any thread (the apps call them off the UI thread), except the sync's network calls,
//! which are async and run on the core's own tokio runtime.
//!
//! The records and enums are defined once, in the core, and exported from there.

use std::sync::Arc;

use ponte_core::diary::{self, *};
use ponte_core::i18n::{self, Language, LocaleReport, Localized, NamedArg, TextDirection};
use ponte_core::lessons::{self, Answer, AnswerResult, CourseSummary, LessonView, PackInfo};
use ponte_core::services::{
    self, ApplySummary, Bounds, GeoPoint, ImportFormat, ProblemReport, ReportKind, ServiceDetails,
    ServiceFilter, ServiceHit, ServiceSummary,
};
use ponte_core::sync::{
    Consent, ConsentChoice, Pairing, SyncClient, SyncProgress, SyncReport, SyncStatus, TutorItem,
};
use ponte_core::{PonteError, Store, SyncFailure};
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
    /// Opens (or creates) the database at `path` with the raw 32-byte `key` that the app keeps
    /// in the Android Keystore or the iOS Keychain.
    #[uniffi::constructor]
    pub fn open(path: String, key: Vec<u8>) -> Result<Arc<Self>> {
        Ok(Arc::new(Ponte {
            store: Arc::new(ffi(Store::open(path, &key))?),
        }))
    }

    pub fn diary(&self) -> Arc<Diary> {
        Arc::new(Diary {
            inner: diary::Diary::new(self.store.clone()),
        })
    }

    pub fn schema_version(&self) -> Result<u32> {
        ffi(self.store.schema_version())
    }
}

/// The job-search diary.
#[derive(uniffi::Object)]
pub struct Diary {
    inner: diary::Diary,
}

#[uniffi::export]
impl Diary {
    // Applications and their timeline.

    pub fn add_application(
        &self,
        details: ApplicationDetails,
        stage: Stage,
        at: Option<i64>,
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
    pub fn applications(&self, stage: Option<Stage>) -> Result<Vec<Application>> {
        ffi(self.inner.applications(stage))
    }
    pub fn move_to_stage(
        &self,
        id: String,
        stage: Stage,
        at: Option<i64>,
        note: String,
    ) -> Result<Application> {
        ffi(self.inner.move_to_stage(&id, stage, at, &note))
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

    pub fn add_action(
        &self,
        application_id: Option<String>,
        details: ActionDetails,
    ) -> Result<NextAction> {
        ffi(self.inner.add_action(application_id.as_deref(), &details))
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
    pub fn actions(&self, application_id: Option<String>) -> Result<Vec<NextAction>> {
        ffi(self.inner.actions(application_id.as_deref()))
    }
    /// Overdue, today, this week, follow-ups and expiring documents: the home screen and the
    /// notifications.
    pub fn agenda(&self, options: AgendaOptions) -> Result<Agenda> {
        ffi(self.inner.agenda(&options))
    }

    // Documents.

    pub fn save_document(&self, id: Option<String>, details: DocumentDetails) -> Result<Document> {
        ffi(self.inner.save_document(id.as_deref(), &details))
    }
    pub fn delete_document(&self, id: String) -> Result<()> {
        ffi(self.inner.delete_document(&id))
    }
    pub fn document_checklist(&self) -> Result<Vec<ChecklistEntry>> {
        ffi(self.inner.document_checklist())
    }

    // Tutor meetings.

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
    pub fn set_personal_details(&self, details: PersonalDetails) -> Result<()> {
        ffi(self.inner.set_personal_details(&details))
    }
    pub fn set_availability(&self, availability: Availability) -> Result<()> {
        ffi(self.inner.set_availability(&availability))
    }
    pub fn save_language(
        &self,
        id: Option<String>,
        details: LanguageSkillDetails,
    ) -> Result<LanguageSkill> {
        ffi(self.inner.save_language(id.as_deref(), &details))
    }
    pub fn delete_language(&self, id: String) -> Result<()> {
        ffi(self.inner.delete_language(&id))
    }
    pub fn save_experience(
        &self,
        id: Option<String>,
        details: WorkExperienceDetails,
    ) -> Result<WorkExperience> {
        ffi(self.inner.save_experience(id.as_deref(), &details))
    }
    pub fn delete_experience(&self, id: String) -> Result<()> {
        ffi(self.inner.delete_experience(&id))
    }
    pub fn save_education(
        &self,
        id: Option<String>,
        details: EducationDetails,
    ) -> Result<Education> {
        ffi(self.inner.save_education(id.as_deref(), &details))
    }
    pub fn delete_education(&self, id: String) -> Result<()> {
        ffi(self.inner.delete_education(&id))
    }
    pub fn save_skill(&self, id: Option<String>, details: SkillDetails) -> Result<Skill> {
        ffi(self.inner.save_skill(id.as_deref(), &details))
    }
    pub fn delete_skill(&self, id: String) -> Result<()> {
        ffi(self.inner.delete_skill(&id))
    }
    pub fn save_certificate(
        &self,
        id: Option<String>,
        details: CertificateDetails,
    ) -> Result<Certificate> {
        ffi(self.inner.save_certificate(id.as_deref(), &details))
    }
    pub fn delete_certificate(&self, id: String) -> Result<()> {
        ffi(self.inner.delete_certificate(&id))
    }
    /// The CV as printable HTML, labels in `language` ("it" for Italian employers).
    pub fn cv_html(&self, language: String) -> Result<String> {
        ffi(self.inner.cv_html(&language))
    }
    pub fn cv_text(&self, language: String) -> Result<String> {
        ffi(self.inner.cv_text(&language))
    }
    pub fn profile_side_by_side_html(&self, first: String, second: String) -> Result<String> {
        ffi(self.inner.profile_side_by_side_html(&first, &second))
    }

    // Statistics and search.

    pub fn stats(&self, now: i64, utc_offset_minutes: i32, weeks: u32) -> Result<DiaryStats> {
        ffi(self.inner.stats(now, utc_offset_minutes, weeks))
    }
    pub fn search(&self, text: String, limit: u32) -> Result<Vec<SearchHit>> {
        ffi(self.inner.search(&text, limit))
    }
}

#[uniffi::export]
impl Ponte {
    pub fn services(&self) -> Arc<Services> {
        Arc::new(Services {
            inner: services::Services::new(self.store.clone()),
        })
    }
}

/// The territory's services map.
#[derive(uniffi::Object)]
pub struct Services {
    inner: services::Services,
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
    /// now) decides open or closed. `languages` is the person's fallback chain.
    #[allow(clippy::too_many_arguments)]
    pub fn near(
        &self,
        point: GeoPoint,
        radius_m: f64,
        limit: u32,
        filter: ServiceFilter,
        languages: Vec<String>,
        at: i64,
    ) -> Result<Vec<ServiceSummary>> {
        ffi(self.inner.near(
            point.lat, point.lon, radius_m, limit, &filter, &languages, at,
        ))
    }
    pub fn viewport(
        &self,
        bounds: Bounds,
        limit: u32,
        filter: ServiceFilter,
        languages: Vec<String>,
        at: i64,
    ) -> Result<Vec<ServiceSummary>> {
        ffi(self.inner.viewport(bounds, limit, &filter, &languages, at))
    }
    /// The viewport as a GeoJSON FeatureCollection for a map layer.
    pub fn viewport_geojson(
        &self,
        bounds: Bounds,
        limit: u32,
        filter: ServiceFilter,
        languages: Vec<String>,
        at: i64,
    ) -> Result<String> {
        ffi(self
            .inner
            .viewport_geojson(bounds, limit, &filter, &languages, at))
    }
    pub fn search(
        &self,
        text: String,
        languages: Vec<String>,
        near: Option<GeoPoint>,
        filter: ServiceFilter,
        limit: u32,
        at: i64,
    ) -> Result<Vec<ServiceHit>> {
        ffi(self.inner.search_at(
            &text,
            &languages,
            near.map(|p| (p.lat, p.lon)),
            &filter,
            limit,
            at,
        ))
    }
    pub fn service(
        &self,
        id: String,
        languages: Vec<String>,
        at: Option<i64>,
    ) -> Result<ServiceDetails> {
        ffi(self.inner.service(&id, &languages, at))
    }
    pub fn set_favourite(&self, service_id: String, favourite: bool) -> Result<()> {
        ffi(self.inner.set_favourite(&service_id, favourite))
    }
    pub fn favourites(&self, languages: Vec<String>, at: i64) -> Result<Vec<ServiceSummary>> {
        ffi(self.inner.favourites(&languages, at))
    }
    pub fn mark_viewed(&self, service_id: String) -> Result<()> {
        ffi(self.inner.mark_viewed(&service_id))
    }
    pub fn recently_viewed(&self, languages: Vec<String>, at: i64) -> Result<Vec<ServiceSummary>> {
        ffi(self.inner.recently_viewed(&languages, at))
    }
    /// Reports wrong information; kept on the phone as pending until a sync sends it.
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
/// locales (e.g. `ar-EG`, `fr-FR`), then English and Italian. Pass it to every call that takes
/// `languages`.
#[uniffi::export]
pub fn negotiate_languages(preferred: Vec<String>, user_choice: Option<String>) -> Vec<String> {
    i18n::negotiate(&preferred, user_choice.as_deref())
}

/// A message of the catalogue in the first locale of `chain` that has it, with the locale it
/// is actually in and its direction.
#[uniffi::export]
pub fn t(chain: Vec<String>, key: String, args: Vec<NamedArg>) -> Localized {
    i18n::Catalogue::get().t(&chain, &key, &args)
}

/// What to tell the person about an error, in their language.
#[uniffi::export]
pub fn error_message(chain: Vec<String>, error: PonteError) -> Localized {
    let key = match &error {
        PonteError::WrongKey => "error-wrong-key".to_owned(),
        PonteError::Damaged { .. } => "error-damaged".to_owned(),
        PonteError::NotFound { .. } => "error-not-found".to_owned(),
        PonteError::InvalidInput { reason, .. } => format!("error-invalid-{}", reason.code()),
        PonteError::StorageFull => "error-storage-full".to_owned(),
        PonteError::Sync { failure, .. } => format!("error-sync-{}", failure.code()),
        PonteError::AlreadyPaired => "error-already-paired".to_owned(),
        PonteError::ImportRefused { .. } | PonteError::Other { .. } => "error-other".to_owned(),
    };
    i18n::Catalogue::get().t(&chain, &key, &[])
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

#[uniffi::export]
pub fn format_time(locale: String, at: i64, utc_offset_minutes: i32) -> String {
    i18n::format_time(&locale, at, utc_offset_minutes)
}

#[uniffi::export]
impl Ponte {
    pub fn lessons(&self) -> Arc<Lessons> {
        Arc::new(Lessons {
            inner: lessons::Lessons::new(self.store.clone()),
        })
    }
}

/// Smartphone lessons: packs, the player and progress.
#[derive(uniffi::Object)]
pub struct Lessons {
    inner: lessons::Lessons,
}

#[uniffi::export]
impl Lessons {
    /// Installs a signed pack (a file that may have come from another phone); refused unless
    /// one of `trusted_keys` (base64 Ed25519 public keys) signed it and every hash matches.
    pub fn install_pack(&self, bytes: Vec<u8>, trusted_keys: Vec<String>) -> Result<PackInfo> {
        ffi(self.inner.install_pack(&bytes, &trusted_keys))
    }
    pub fn courses(&self, languages: Vec<String>) -> Result<Vec<CourseSummary>> {
        ffi(self.inner.courses(&languages))
    }
    /// Opens a lesson at the step where the person left it.
    pub fn open_lesson(&self, lesson_id: String, languages: Vec<String>) -> Result<LessonView> {
        ffi(self.inner.open_lesson(&lesson_id, &languages))
    }
    /// Moves to a step and saves the position; past the last step completes the lesson.
    pub fn go_to_step(
        &self,
        lesson_id: String,
        index: u32,
        languages: Vec<String>,
    ) -> Result<LessonView> {
        ffi(self.inner.go_to_step(&lesson_id, index, &languages))
    }
    pub fn answer(
        &self,
        lesson_id: String,
        step_id: String,
        answer: Answer,
        hinted: bool,
        duration_ms: u32,
        languages: Vec<String>,
    ) -> Result<AnswerResult> {
        ffi(self.inner.answer(
            &lesson_id,
            &step_id,
            &answer,
            hinted,
            duration_ms,
            &languages,
        ))
    }
    pub fn certificate_html(
        &self,
        course_id: String,
        name: String,
        languages: Vec<String>,
    ) -> Result<String> {
        ffi(self.inner.certificate_html(&course_id, &name, &languages))
    }
    pub fn media(&self, path: String) -> Result<Vec<u8>> {
        ffi(self.inner.media(&path))
    }
}

#[uniffi::export]
impl Ponte {
    /// Sync with the coordinator. `trusted_keys` are the lesson-pack signing keys (base64)
    /// shipped with the app.
    pub fn sync(&self, trusted_keys: Vec<String>) -> Arc<Sync> {
        Arc::new(Sync {
            inner: Arc::new(SyncClient::new(self.store.clone(), trusted_keys)),
        })
    }
}

/// Sync with the coordinator: pairing, sending and receiving. The network calls are async
/// (Kotlin `suspend`, Swift `async`) and run on the core's own runtime; `cancel` stops one.
#[derive(uniffi::Object)]
pub struct Sync {
    inner: Arc<SyncClient>,
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
    pub async fn pair(
        &self,
        server: String,
        code: String,
        device_name: String,
        languages: Vec<String>,
    ) -> Result<Pairing> {
        let inner = self.inner.clone();
        on_runtime(async move { inner.pair(&server, &code, &device_name, languages).await }).await
    }

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

    pub fn status(&self, languages: Vec<String>) -> Result<SyncStatus> {
        ffi(self.inner.status(&languages))
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
