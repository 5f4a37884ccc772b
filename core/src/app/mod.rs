//! The app core: the phone's behaviour, which both apps render (see DESIGN.md, "The app
//! core"). The shells send what the person does as [`Event`]s, draw the [`AppView`] they get
//! back, and perform the [`Effect`]s asked of them, whose results come back as events.
//! Everything here is tested without a device.
//!
//! Built so far: routes and deep links, the navigation stack that survives a kill, the first
//! run (languages, shipped content, city, privacy, optional pairing) and the home screen.
//! The other routes have a screen that says so (`Screen::NotBuiltYet`) until they are built.

pub mod background;
mod first_run;
mod home;
/// The offline city map: download, verification, atomic replacement, and its screen state.
pub mod map;
pub mod navigation;
pub mod reminders;
pub mod route;
pub(crate) mod settings;

use std::sync::{Arc, Mutex};

pub use first_run::{CityChoice, LanguageChoice, LanguagePurpose};
pub use home::{HomeItem, HomeView};
pub use route::{FirstRunStep, Route};

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
    clock: Box<dyn Fn() -> Timestamp + Send + Sync>,
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
            other => first_run::handle(self, other),
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
        nav.push(&self.store, route)?;
        Ok(Vec::new())
    }

    /// What the shell must do when the app starts (a first run killed while installing asks
    /// for the shipped content again).
    pub fn start(&self) -> Result<Vec<Effect>> {
        let route = self.lock_nav().current().clone();
        if route.is_first_run() {
            return Ok(first_run::on_start(&route));
        }
        Ok(vec![self.notification_plan()?, self.background_sync()?])
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
            other => (
                t(&title_key(other)),
                Screen::NotBuiltYet {
                    explanation: t("app-screen-not-built"),
                },
            ),
        };
        let error = self
            .error
            .lock()
            .unwrap_or_else(|p| p.into_inner())
            .as_ref()
            .map(|e| e.message(&chain));
        Ok(AppView {
            route,
            can_go_back,
            direction: crate::i18n::direction(&ui_language),
            ui_language,
            title,
            screen,
            error,
        })
    }
}

/// The catalogue key of a route's title.
fn title_key(route: &Route) -> String {
    match route {
        Route::FirstRun { .. } | Route::Home => "nav-home",
        Route::Applications { .. }
        | Route::Application { .. }
        | Route::EditApplication { .. }
        | Route::Actions
        | Route::Documents
        | Route::Meetings => "nav-diary",
        Route::Profile | Route::CvPreview => "nav-profile",
        Route::Services | Route::Service { .. } | Route::ReportService { .. } => "nav-services",
        Route::ServicesMap => "nav-map",
        Route::Guides => "nav-guides",
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
