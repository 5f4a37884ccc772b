//! The app core: the phone's behaviour, which both apps render (see DESIGN.md, "The app
//! core"). The shells send what the person does as [`Event`]s, draw the [`AppView`] they get
//! back, and perform the [`Effect`]s asked of them, whose results come back as events.
//! Everything here is tested without a device.
//!
//! One module per part of the app owns its screens' view models and events: `first_run`,
//! `home`, `diary_view`, `services_view`, `lessons_view`, `profile_view`, `tutor_view`,
//! `settings_view`. Work that needs the network is a [`Task`] the shell runs off the UI thread
//! with `App::run`; what only the phone can do (speak, scan, share, locate, notify) is an
//! [`Effect`].

pub mod background;
mod diary_view;
mod first_run;
mod guides_view;
mod home;
mod lessons_view;
/// The offline city map: download, verification, atomic replacement, and its screen state.
pub mod map;
pub mod navigation;
mod profile_view;
pub mod reminders;
pub mod route;
mod services_view;
pub(crate) mod settings;
mod settings_view;
pub mod speech;
mod tutor_view;

use std::sync::{Arc, Mutex};

pub use diary_view::{DiaryEvent, DiaryScreen};
pub use first_run::{CityChoice, LanguageChoice, LanguagePurpose};
pub use guides_view::{
    GuideBlock, GuideItem, GuideSource, GuideSpan, GuideView, GuidesEvent, GuidesScreen,
};
pub use home::{HomeItem, HomeView};
pub use lessons_view::{LessonsEvent, LessonsScreen};
pub use profile_view::{ProfileEvent, ProfileScreen};
pub use route::{FirstRunStep, ProfileSection, Route};
pub use services_view::{ServicesEvent, ServicesScreen};
pub use settings_view::{SettingsEvent, SettingsScreen};
pub use tutor_view::{TutorEvent, TutorScreen};

use crate::error::Result;
use crate::i18n::{Catalogue, Localized, TextDirection};
use crate::store::{OpenOptions, Store};
use crate::time::Timestamp;
use navigation::Navigation;
use settings::key;

/// The phone the app runs on.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Enum))]
pub enum Platform {
    Android,
    Ios,
    /// Tests and the desktop JVM.
    Other,
}

/// What the shell can do, told once at open.
#[derive(Debug, Clone, PartialEq, Eq)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
pub struct Capabilities {
    pub platform: Platform,
    /// The languages (BCP 47 tags) the phone has a text-to-speech voice for.
    #[cfg_attr(feature = "uniffi", uniffi(default))]
    pub voices: Vec<String>,
    /// Whether a camera can scan a QR code.
    #[cfg_attr(feature = "uniffi", uniffi(default = false))]
    pub camera: bool,
    /// Whether a location provider exists (the person may still refuse it).
    #[cfg_attr(feature = "uniffi", uniffi(default = false))]
    pub location: bool,
    /// The phone's preferred locales, best first (`ar-EG`, `fr-FR`), for the first guess.
    #[cfg_attr(feature = "uniffi", uniffi(default))]
    pub preferred_languages: Vec<String>,
    /// The phone's IANA time zone, which decides where the person's days start.
    #[cfg_attr(feature = "uniffi", uniffi(default = "Europe/Rome"))]
    pub time_zone: String,
}

/// Something the person did, or the result of an effect the shell performed.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Enum))]
pub enum Event {
    /// Open a screen (a tap on a list item, a tab of the bottom bar).
    Navigate { route: Route },
    /// Open a deep link, a scanned QR code or a notification's target.
    OpenLink { link: String },
    /// First run: the language of the app's words.
    ChooseUiLanguage { code: String },
    /// First run or settings: the language of services and lessons; `None` = the same as
    /// the app's words.
    ChooseContentLanguage { code: Option<String> },
    /// The shipped content the shell read from the app's files, after `LoadShippedContent`.
    ShippedContent { dump: Vec<u8>, pack: Vec<u8> },
    /// The shell could not read the app's files.
    ShippedContentMissing,
    /// First run or settings: the city whose services come first.
    ChooseCity { city: String },
    /// First run: the person read what stays on the phone and what is shared.
    AcceptPrivacy,
    /// First run: no pairing now (it stays possible from the tutor screen).
    SkipPairing,
    /// What the person does on a diary screen.
    Diary { event: DiaryEvent },
    /// What the person does on a services screen.
    Services { event: ServicesEvent },
    /// What the person does on a guide.
    Guides { event: GuidesEvent },
    /// What the person does on a lessons screen.
    Lessons { event: LessonsEvent },
    /// What the person does on the profile or CV screens.
    Profile { event: ProfileEvent },
    /// What the person does on the tutor or pairing screens.
    Tutor { event: TutorEvent },
    /// What the person does on the settings screen.
    Settings { event: SettingsEvent },
    /// The answer to `Effect::RequestPermission`.
    PermissionResult {
        permission: Permission,
        granted: bool,
    },
    /// The answer to `Effect::GetLocation`: a coarse position.
    LocationFound { lat: f64, lon: f64 },
    /// The answer to `Effect::GetLocation` when there is none (refused, off, timed out).
    LocationUnavailable,
    /// The answer to `Effect::ScanQrCode`: the code's text, followed like a link.
    QrScanned { text: String },
    /// The person closed the scanner, or the camera failed.
    QrScanCancelled,
    /// The person read the transient notice (`AppView.notice`) or it timed out.
    DismissNotice,
}

/// A permission the core asks for, in context, when the person first needs it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Enum))]
pub enum Permission {
    /// Android 13+ and iOS: show notifications.
    Notifications,
    Camera,
    /// Coarse location only: the nearest services, never a track.
    Location,
}

/// What a link outside the app opens.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Enum))]
pub enum ExternalKind {
    /// `tel:+39…`: the dialler, with the number filled in (never called by itself).
    Dial,
    /// `https://wa.me/39…`: WhatsApp's chat with that number.
    WhatsApp,
    /// `mailto:…`
    Email,
    /// A web page in the browser.
    Web,
    /// `geo:lat,lon?q=…` on Android, a maps URL on iOS: directions to a place.
    Directions,
}

/// Work of the core that needs the network: the shell runs it with `App::run` off the UI
/// thread (a coroutine, a `Task`), then draws `view()` again. Its progress and result are
/// part of the screens' view models.
#[derive(Debug, Clone, PartialEq, Eq)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Enum))]
pub enum Task {
    /// Pair with a tutor's coordinator with the code from the QR code or typed by hand.
    Pair { server: String, code: String },
    /// Sync now (the person asked, or just paired).
    SyncNow,
    /// Stop sharing with the tutor: the coordinator forgets this phone, the diary stays.
    Unpair,
    /// Download (or resume, or update) the offline city map.
    DownloadMap,
}

/// Something the shell must do; its result, if any, comes back as an [`Event`].
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Enum))]
pub enum Effect {
    /// Read the signed content dump and the lesson pack shipped in the app's files and send
    /// them back as `Event::ShippedContent` (or `ShippedContentMissing`).
    LoadShippedContent,
    /// Make the scheduled notifications exactly these: cancel the ids scheduled before that
    /// are not in the plan, schedule (or replace) the others. Ids are stable, so doing it
    /// again changes nothing. Compute again before `plan.horizon_end`.
    ScheduleNotifications { plan: reminders::NotificationPlan },
    /// Keep a periodic background job (WorkManager, BGAppRefreshTask) that calls
    /// `Sync.runBackgroundSync`; replacing an existing one changes nothing. `unmetered_only`
    /// follows "Wi-Fi only", so the platform does not even wake the app on mobile data.
    ScheduleBackgroundSync {
        interval_minutes: u32,
        unmetered_only: bool,
    },
    /// Cancel the periodic background job (the phone is not paired).
    CancelBackgroundSync,
    /// Ask the platform for a permission, then send `Event::PermissionResult`.
    RequestPermission { permission: Permission },
    /// Read `text` aloud with the phone's voice for `language` (a BCP 47 tag the shell said
    /// it has a voice for). The core chose it: the shell never falls back by itself.
    ReadAloud { text: String, language: String },
    /// Play recorded audio (from the lesson pack) instead of a voice the phone lacks.
    PlayAudio { bytes: Vec<u8>, mime_type: String },
    /// Stop reading or playing.
    StopReading,
    /// Open the camera's QR scanner; send `Event::QrScanned` or `Event::QrScanCancelled`.
    ScanQrCode,
    /// Offer a file to the platform's share sheet (the CV, the exported data).
    ShareFile {
        file_name: String,
        mime_type: String,
        bytes: Vec<u8>,
    },
    /// Open a link outside the app: the dialler, WhatsApp, e-mail, the browser, directions.
    OpenExternal { kind: ExternalKind, uri: String },
    /// Get one coarse position; send `Event::LocationFound` or `Event::LocationUnavailable`.
    GetLocation,
    /// Run `task` with `App::run` off the UI thread.
    Run { task: Task },
    /// Erase: delete the wrapped database key (Keystore / Keychain) and the database files,
    /// then open the app again, which starts at the first run. The core already erased and
    /// closed its database when it asks this.
    ForgetDatabaseKey,
}

/// What a background run did, and what the shell must do before it tells its scheduler.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
pub struct BackgroundRun {
    pub outcome: background::BackgroundOutcome,
    /// Perform these (a new notification plan after a sync that ran) before finishing.
    pub effects: Vec<Effect>,
}

/// How often the background job runs: the platforms' own floor for periodic work is 15
/// minutes; an hour keeps a tutor's appointment fresh without wearing the battery.
const BACKGROUND_SYNC_MINUTES: u32 = 60;

/// Everything the shell draws.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
pub struct AppView {
    pub route: Route,
    /// Whether `back` stays in the app (false at the root: the platform's back).
    pub can_go_back: bool,
    /// The language of the app's words and its direction: the whole layout mirrors for
    /// right-to-left languages.
    pub ui_language: String,
    pub direction: TextDirection,
    /// The screen's title, in the person's language.
    pub title: Localized,
    pub screen: Screen,
    /// The last thing the person did that was refused, in their language (e.g. a link that
    /// leads nowhere); cleared by the next event.
    pub error: Option<Localized>,
    /// A short message about what just happened ("Saved", "No voice for Tigrinya on this
    /// phone"), shown briefly; cleared by the next event.
    pub notice: Option<Localized>,
    /// The app's sections for the bottom bar, with their words (empty during the first run).
    pub sections: Vec<NavSection>,
    /// The words for the back arrow and the settings button, which are icons alone (for
    /// screen readers).
    pub back_label: Localized,
    pub settings_label: Localized,
}

/// A section of the app's bottom bar.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
pub struct NavSection {
    /// Where a tap leads.
    pub route: Route,
    /// Its name, shown under the icon and read by screen readers.
    pub label: Localized,
    /// Which icon the shell draws: `home`, `diary`, `services`, `lessons`, `profile`.
    pub icon: String,
    /// The current screen belongs to this section.
    pub selected: bool,
}

/// The bottom bar's sections: their route, catalogue key and icon.
const SECTIONS: &[(&str, &str)] = &[
    ("nav-home", "home"),
    ("nav-diary", "diary"),
    ("nav-services", "services"),
    ("nav-lessons", "lessons"),
    ("nav-profile", "profile"),
];

fn section_route(icon: &str) -> Route {
    match icon {
        "diary" => Route::Applications { stage: None },
        "services" => Route::Services,
        "lessons" => Route::Courses,
        "profile" => Route::Profile,
        _ => Route::Home,
    }
}

/// The section a route belongs to, by the icon name; `None` for screens outside the bar.
fn section_of(route: &Route) -> Option<&'static str> {
    Some(match title_key(route).as_str() {
        "nav-home" if !route.is_first_run() => "home",
        "nav-diary" => "diary",
        "nav-services" | "nav-map" => "services",
        "nav-lessons" | "nav-guides" => "lessons",
        "nav-profile" => "profile",
        _ => return None,
    })
}

/// The screen of the current route, with everything already in the person's language.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Enum))]
pub enum Screen {
    ChooseLanguage {
        purpose: LanguagePurpose,
        options: Vec<LanguageChoice>,
        /// For the content language: the choice that keeps the app's language.
        same_as_ui: Option<Localized>,
    },
    /// The shipped content being installed; `failed` says why it could not be.
    Installing {
        explanation: Localized,
        failed: Option<Localized>,
    },
    ChooseCity {
        cities: Vec<CityChoice>,
    },
    Privacy {
        paragraphs: Vec<Localized>,
        accept: Localized,
    },
    OfferPairing {
        explanation: Localized,
        scan: Option<Localized>,
        type_code: Localized,
        skip: Localized,
    },
    Home {
        home: HomeView,
    },
    Diary {
        screen: DiaryScreen,
    },
    Services {
        screen: ServicesScreen,
    },
    /// The network's guides: the tree, and one guide to read.
    Guides {
        screen: GuidesScreen,
    },
    Lessons {
        screen: LessonsScreen,
    },
    Profile {
        screen: ProfileScreen,
    },
    Tutor {
        screen: TutorScreen,
    },
    Settings {
        screen: SettingsScreen,
    },
    /// A route whose screen is not built yet in the app core: the shell shows the title and
    /// this text, never a blank page.
    NotBuiltYet {
        explanation: Localized,
    },
}

/// The app core. One per process; safe from any thread.
pub struct App {
    store: Arc<Store>,
    capabilities: Capabilities,
    nav: Mutex<Navigation>,
    error: Mutex<Option<crate::PonteError>>,
    notice: Mutex<Option<Localized>>,
    /// What the process learnt from the shell: kept in memory only (a position is personal
    /// data and stale by the next launch).
    session: Mutex<Session>,
    clock: Box<dyn Fn() -> Timestamp + Send + Sync>,
}

/// What the shell told the core since the process started.
#[derive(Debug, Default)]
pub(crate) struct Session {
    /// The last coarse position and when it came.
    pub location: Option<(crate::services::GeoPoint, Timestamp)>,
    /// The shell could not give a position the last time it was asked.
    pub location_unavailable: bool,
    /// Permissions as the person answered them in this process.
    pub permissions: std::collections::HashMap<Permission, bool>,
    /// The tutor screens' tasks: pairing, syncing, unpairing, and how they ended.
    pub tutor: tutor_view::TutorState,
}

impl App {
    /// Opens the person's database and finds the app where it was left.
    pub fn open(options: &OpenOptions, capabilities: Capabilities) -> Result<App> {
        let store = Arc::new(Store::open_with(options)?);
        App::with_store(store, capabilities, Box::new(Timestamp::now))
    }

    /// The same over an open store and a clock of the caller's (tests).
    pub fn with_store(
        store: Arc<Store>,
        capabilities: Capabilities,
        clock: Box<dyn Fn() -> Timestamp + Send + Sync>,
    ) -> Result<App> {
        let nav = Navigation::restore(&store)?;
        let app = App {
            store,
            capabilities,
            nav: Mutex::new(nav),
            error: Mutex::new(None),
            notice: Mutex::new(None),
            session: Mutex::new(Session::default()),
            clock,
        };
        app.apply_language_chain()?;
        Ok(app)
    }

    pub fn store(&self) -> &Arc<Store> {
        &self.store
    }

    pub(crate) fn now(&self) -> Timestamp {
        (self.clock)()
    }

    /// The chain for the app's own words: the chosen UI language, then the phone's.
    pub(crate) fn ui_chain(&self) -> Result<Vec<String>> {
        let chosen = settings::get(&self.store, key::UI_LANGUAGE)?;
        Ok(crate::i18n::negotiate(
            &self.capabilities.preferred_languages,
            chosen.as_deref(),
        ))
    }

    /// The chain for content: the content language when chosen, then the UI chain.
    pub(crate) fn content_chain(&self) -> Result<Vec<String>> {
        let content = settings::get(&self.store, key::CONTENT_LANGUAGE)?;
        let mut chain = self.ui_chain()?;
        if let Some(content) = content {
            chain.retain(|l| *l != content);
            chain.insert(0, content);
        }
        Ok(chain)
    }

    /// Content calls made without a chain use the content language.
    fn apply_language_chain(&self) -> Result<()> {
        self.store.set_languages(self.content_chain()?);
        Ok(())
    }

    fn lock_nav(&self) -> std::sync::MutexGuard<'_, Navigation> {
        self.nav.lock().unwrap_or_else(|p| p.into_inner())
    }

    pub(crate) fn session(&self) -> std::sync::MutexGuard<'_, Session> {
        self.session.lock().unwrap_or_else(|p| p.into_inner())
    }

    /// The capabilities the shell gave at open.
    pub fn capabilities(&self) -> &Capabilities {
        &self.capabilities
    }

    /// The route on top of the stack.
    pub(crate) fn current_route(&self) -> Route {
        self.lock_nav().current().clone()
    }

    /// Shows `notice` in the next view (cleared by the event after).
    pub(crate) fn set_notice(&self, notice: Localized) {
        *self.notice.lock().unwrap_or_else(|p| p.into_inner()) = Some(notice);
    }

    /// Replaces the screen on top (a form saved goes to what it saved, not back to the form).
    pub(crate) fn replace_route(&self, route: Route) -> Result<()> {
        let mut nav = self.lock_nav();
        nav.back(&self.store)?;
        nav.push(&self.store, route)
    }

    /// Goes back one screen, as the back button would (a form saved or cancelled).
    pub(crate) fn pop_route(&self) -> Result<bool> {
        self.lock_nav().back(&self.store)
    }

    /// The best known position: the shell's last coarse location, else the city centre.
    pub(crate) fn position(&self) -> Result<Option<(f64, f64)>> {
        if let Some((point, _)) = &self.session().location {
            return Ok(Some((point.lat, point.lon)));
        }
        home::city_centre(self)
    }

    /// Whether the person granted `permission` in this process (`None`: not asked yet).
    pub(crate) fn permission(&self, permission: Permission) -> Option<bool> {
        self.session().permissions.get(&permission).copied()
    }

    /// Back: true when the app went back a screen, false at the root (the shell then does
    /// what the platform does).
    pub fn back(&self) -> Result<bool> {
        self.clear_error();
        let mut nav = self.lock_nav();
        if nav.current().is_first_run() {
            return first_run::back(self, &mut nav);
        }
        nav.back(&self.store)
    }

    /// What the person did; returns what the shell must do. A refused input changes nothing
    /// and shows its error in the next view.
    pub fn handle(&self, event: Event) -> Result<Vec<Effect>> {
        self.clear_error();
        *self.notice.lock().unwrap_or_else(|p| p.into_inner()) = None;
        match self.dispatch(event) {
            // Input the person gave is shown on the screen; anything else is the caller's.
            Err(error @ crate::Error::Invalid { .. }) => {
                *self.error.lock().unwrap_or_else(|p| p.into_inner()) = Some(error.into());
                Ok(Vec::new())
            }
            other => other,
        }
    }

    fn dispatch(&self, event: Event) -> Result<Vec<Effect>> {
        match event {
            Event::Navigate { route } => self.go(route),
            Event::OpenLink { link } => self.go(Route::parse(&link)?),
            Event::Diary { event } => diary_view::handle(self, event),
            Event::Services { event } => services_view::handle(self, event),
            Event::Lessons { event } => lessons_view::handle(self, event),
            Event::Guides { event } => guides_view::handle(self, event),
            Event::Profile { event } => profile_view::handle(self, event),
            Event::Tutor { event } => tutor_view::handle(self, event),
            Event::Settings { event } => settings_view::handle(self, event),
            Event::PermissionResult {
                permission,
                granted,
            } => {
                self.session().permissions.insert(permission, granted);
                Ok(match (permission, granted) {
                    // The person said yes to what they were doing: do it now.
                    (Permission::Location, true) => vec![Effect::GetLocation],
                    (Permission::Camera, true) => vec![Effect::ScanQrCode],
                    (Permission::Notifications, true) => vec![self.notification_plan()?],
                    (Permission::Location, false) => {
                        self.session().location_unavailable = true;
                        Vec::new()
                    }
                    _ => Vec::new(),
                })
            }
            Event::LocationFound { lat, lon } => {
                let point = crate::services::GeoPoint { lat, lon };
                if !(-90.0..=90.0).contains(&lat) || !(-180.0..=180.0).contains(&lon) {
                    // A broken provider: the city centre is better than a wrong place.
                    self.session().location_unavailable = true;
                    return Ok(Vec::new());
                }
                let mut session = self.session();
                session.location = Some((point, self.now()));
                session.location_unavailable = false;
                Ok(Vec::new())
            }
            Event::LocationUnavailable => {
                self.session().location_unavailable = true;
                Ok(Vec::new())
            }
            // A scanned code is a link: a pairing code opens pairing, anything else is refused
            // with the same error as a bad link.
            Event::QrScanned { text } => self.go(Route::parse(text.trim())?),
            Event::QrScanCancelled | Event::DismissNotice => Ok(Vec::new()),
            other => first_run::handle(self, other),
        }
    }

    /// Runs a task that needs the network (see [`Task`]); returns what the shell must do
    /// next. Its progress and result show in `view()`.
    pub async fn run(&self, task: Task) -> Result<Vec<Effect>> {
        match task {
            Task::Pair { .. } | Task::SyncNow | Task::Unpair => tutor_view::run(self, task).await,
            Task::DownloadMap => services_view::run(self, task).await,
        }
    }

    /// Opens `route`. During the first run only pairing links are followed (they fill the
    /// pairing step); the app proper opens after it.
    fn go(&self, route: Route) -> Result<Vec<Effect>> {
        let mut nav = self.lock_nav();
        if nav.current().is_first_run() && !route.is_first_run() {
            if let Route::Pairing { .. } = route {
                nav.push(&self.store, route)?;
            }
            return Ok(Vec::new());
        }
        // A second code scanned on the pairing form replaces the first rather than stacking
        // a second form under the back button.
        if matches!(nav.current(), Route::Pairing { .. }) && matches!(route, Route::Pairing { .. })
        {
            nav.back(&self.store)?;
        }
        nav.push(&self.store, route)?;
        Ok(Vec::new())
    }

    /// What the shell must do when the app starts (a first run killed while installing asks
    /// for the shipped content again).
    pub fn start(&self) -> Result<Vec<Effect>> {
        let route = self.lock_nav().current().clone();
        if route.is_first_run() {
            if !crate::sync::is_paired(&self.store)? {
                return Ok(first_run::on_start(&route));
            }
            // Killed between pairing and the end of the first run: the pairing stands, so
            // the first run is over, as it would have been a moment later.
            settings::set_flag(&self.store, key::FIRST_RUN_DONE, true)?;
            settings::remove(&self.store, key::FIRST_RUN_STEP)?;
            self.lock_nav()
                .reset(&self.store, vec![Route::Home, Route::Tutor])?;
        }
        Ok(vec![self.notification_plan()?, self.background_sync()?])
    }

    /// The background job's one call (WorkManager, `BGAppRefreshTask`): a sync under the
    /// policy of [`background::run_background_sync`], then, when it ran, the notification plan
    /// again (the tutor may have moved an appointment), so the job reschedules before it ends.
    pub async fn run_in_background(
        &self,
        network: background::NetworkState,
        deadline: Timestamp,
    ) -> Result<BackgroundRun> {
        let client =
            crate::sync::SyncClient::new(self.store.clone(), self.store.trusted_keys().to_vec());
        let outcome = background::run_background_sync(&client, network, deadline).await?;
        let effects = if outcome.ran {
            vec![self.notification_plan()?]
        } else {
            Vec::new()
        };
        Ok(BackgroundRun { outcome, effects })
    }

    /// The background job the phone's pairing calls for.
    pub(crate) fn background_sync(&self) -> Result<Effect> {
        Ok(if crate::sync::is_paired(&self.store)? {
            Effect::ScheduleBackgroundSync {
                interval_minutes: BACKGROUND_SYNC_MINUTES,
                unmetered_only: background::wifi_only(&self.store)?,
            }
        } else {
            Effect::CancelBackgroundSync
        })
    }

    /// The notification plan now, as the effect that schedules it.
    pub(crate) fn notification_plan(&self) -> Result<Effect> {
        let plan = reminders::plan(
            &self.store,
            &reminders::PlanOptions {
                time_zone: self.capabilities.time_zone.clone(),
                ..reminders::PlanOptions::at(self.now(), &self.ui_chain()?)
            },
        )?;
        Ok(Effect::ScheduleNotifications { plan })
    }

    fn clear_error(&self) {
        *self.error.lock().unwrap_or_else(|p| p.into_inner()) = None;
    }

    /// The current screen, in the person's language.
    pub fn view(&self) -> Result<AppView> {
        let chain = self.ui_chain()?;
        let ui_language = chain.first().cloned().unwrap_or_else(|| "en".into());
        let (route, can_go_back) = {
            let nav = self.lock_nav();
            (
                nav.current().clone(),
                nav.depth() > 1 || first_run::has_previous(nav.current()),
            )
        };
        let t = |key: &str| Catalogue::get().t(&chain, key, &[]);
        let (title, screen) = match &route {
            Route::FirstRun { step } => first_run::view(self, *step, &chain)?,
            Route::Home => (
                t("nav-home"),
                Screen::Home {
                    home: home::view(self, &chain)?,
                },
            ),
            Route::Applications { .. }
            | Route::Application { .. }
            | Route::EditApplication { .. }
            | Route::EditInterview { .. }
            | Route::Actions
            | Route::EditAction { .. }
            | Route::Documents
            | Route::EditDocument { .. }
            | Route::Meetings
            | Route::EditMeeting { .. } => diary_view::view(self, &route, &chain)?,
            Route::Services
            | Route::ServicesMap
            | Route::Service { .. }
            | Route::ReportService { .. } => services_view::view(self, &route, &chain)?,
            Route::Guides | Route::Guide { .. } => guides_view::view(self, &route, &chain)?,
            Route::Courses
            | Route::Lesson { .. }
            | Route::Glossary { .. }
            | Route::Certificate { .. } => lessons_view::view(self, &route, &chain)?,
            Route::Profile | Route::EditProfile { .. } | Route::CvPreview => {
                profile_view::view(self, &route, &chain)?
            }
            Route::Tutor | Route::Pairing { .. } => tutor_view::view(self, &route, &chain)?,
            Route::Settings => settings_view::view(self, &route, &chain)?,
        };
        let error = self
            .error
            .lock()
            .unwrap_or_else(|p| p.into_inner())
            .as_ref()
            .map(|e| e.message(&chain));
        let notice = self
            .notice
            .lock()
            .unwrap_or_else(|p| p.into_inner())
            .clone();
        let current = section_of(&route);
        let sections = if route.is_first_run() {
            Vec::new()
        } else {
            SECTIONS
                .iter()
                .map(|(key, icon)| NavSection {
                    route: section_route(icon),
                    label: t(key),
                    icon: (*icon).to_owned(),
                    selected: current == Some(*icon),
                })
                .collect()
        };
        Ok(AppView {
            route,
            can_go_back,
            direction: crate::i18n::direction(&ui_language),
            ui_language,
            title,
            screen,
            error,
            notice,
            sections,
            back_label: t("nav-back"),
            settings_label: t("nav-settings"),
        })
    }
}

/// A route's title in the person's language.
pub(crate) fn title(route: &Route, chain: &[String]) -> Localized {
    Catalogue::get().t(chain, &title_key(route), &[])
}

/// The screen of a route whose view model is not built yet: the title and a sentence, never a
/// blank page.
pub(crate) fn not_built(route: &Route, chain: &[String]) -> (Localized, Screen) {
    (
        title(route, chain),
        Screen::NotBuiltYet {
            explanation: Catalogue::get().t(chain, "app-screen-not-built", &[]),
        },
    )
}

/// The catalogue key of a route's title.
fn title_key(route: &Route) -> String {
    match route {
        Route::FirstRun { .. } | Route::Home => "nav-home",
        Route::Applications { .. }
        | Route::Application { .. }
        | Route::EditApplication { .. }
        | Route::EditInterview { .. }
        | Route::Actions
        | Route::EditAction { .. }
        | Route::Documents
        | Route::EditDocument { .. }
        | Route::Meetings
        | Route::EditMeeting { .. } => "nav-diary",
        Route::Profile | Route::EditProfile { .. } | Route::CvPreview => "nav-profile",
        Route::Services | Route::Service { .. } | Route::ReportService { .. } => "nav-services",
        Route::ServicesMap => "nav-map",
        Route::Guides | Route::Guide { .. } => "nav-guides",
        Route::Courses
        | Route::Lesson { .. }
        | Route::Glossary { .. }
        | Route::Certificate { .. } => "nav-lessons",
        Route::Tutor | Route::Pairing { .. } => "nav-tutor",
        Route::Settings => "nav-settings",
    }
    .to_owned()
}

#[cfg(test)]
mod tests;
