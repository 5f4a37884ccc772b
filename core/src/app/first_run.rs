//! The first run, offline: the language of the app's words, then the content language when it
//! differs (a counsellor reads along in Italian), the shipped content installed from the app's
//! own files, the city, what stays on the phone, and pairing as an offer. Each step is saved
//! as it is reached, so an app killed halfway starts again at the same step.

use super::navigation::Navigation;
use super::route::{FirstRunStep, Route};
use super::settings::{self, key};
use super::{App, Effect, Event, Screen};
use crate::error::{Error, InvalidReason, Result};
use crate::fields::SettingsField;
use crate::i18n::{Arg, Catalogue, Localized, TextDirection};

/// Which language a language screen chooses.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Enum))]
pub enum LanguagePurpose {
    /// The app's own words.
    Ui,
    /// Services, lessons and guides.
    Content,
}

/// A language of the picker, in its own name and direction, so a person finds it without
/// reading any other language.
#[derive(Debug, Clone, PartialEq, Eq)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
pub struct LanguageChoice {
    pub code: String,
    /// The name in the language itself ("العربية"), shown in its own direction.
    pub native_name: String,
    pub direction: TextDirection,
    pub selected: bool,
}

/// A city of the installed content.
#[derive(Debug, Clone, PartialEq, Eq)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
pub struct CityChoice {
    pub name: String,
    /// How many services the phone has there, as the person reads it ("42 services").
    pub services: Localized,
    pub selected: bool,
}

/// The longest city name accepted.
const MAX_CITY: usize = 100;

pub(super) fn has_previous(route: &Route) -> bool {
    matches!(route, Route::FirstRun { step } if *step != FirstRunStep::UiLanguage)
}

fn go_to(app: &App, nav: &mut Navigation, step: FirstRunStep) -> Result<()> {
    settings::set(&app.store, key::FIRST_RUN_STEP, step.code())?;
    nav.reset(&app.store, vec![Route::FirstRun { step }])
}

/// Back within the first run: the previous step; false on the first one.
pub(super) fn back(app: &App, nav: &mut Navigation) -> Result<bool> {
    let Route::FirstRun { step } = nav.current().clone() else {
        return nav.back(&app.store);
    };
    let i = FirstRunStep::ALL
        .iter()
        .position(|s| *s == step)
        .unwrap_or(0);
    if i == 0 {
        return Ok(false);
    }
    go_to(app, nav, FirstRunStep::ALL[i - 1])?;
    Ok(true)
}

/// The effects to perform when the app starts on `route` (a first run killed while it was
/// installing asks for the shipped content again).
pub(super) fn on_start(route: &Route) -> Vec<Effect> {
    match route {
        Route::FirstRun {
            step: FirstRunStep::Install,
        } => vec![Effect::LoadShippedContent],
        _ => Vec::new(),
    }
}

fn check_language(code: &str, field: SettingsField) -> Result<String> {
    let code = code.trim();
    crate::i18n::languages()
        .into_iter()
        .find(|l| l.code == code)
        .map(|l| l.code)
        .ok_or_else(|| Error::invalid(field, InvalidReason::OutOfRange))
}

pub(super) fn handle(app: &App, event: Event) -> Result<Vec<Effect>> {
    let mut nav = app.lock_nav();
    let step = match nav.current() {
        Route::FirstRun { step } => *step,
        // Settings reuse the same choices once the first run is over.
        _ => return settings_choice(app, event),
    };
    match (step, event) {
        (FirstRunStep::UiLanguage, Event::ChooseUiLanguage { code }) => {
            let code = check_language(&code, SettingsField::UiLanguage)?;
            settings::set(&app.store, key::UI_LANGUAGE, &code)?;
            app.apply_language_chain()?;
            go_to(app, &mut nav, FirstRunStep::ContentLanguage)?;
            Ok(Vec::new())
        }
        (FirstRunStep::ContentLanguage, Event::ChooseContentLanguage { code }) => {
            set_content_language(app, code)?;
            go_to(app, &mut nav, FirstRunStep::Install)?;
            Ok(vec![Effect::LoadShippedContent])
        }
        (FirstRunStep::Install, Event::ShippedContent { dump, pack }) => {
            match install(app, &dump, &pack) {
                Ok(()) => {
                    settings::remove(&app.store, key::FIRST_RUN_INSTALL_FAILED)?;
                    go_to(app, &mut nav, FirstRunStep::City)?;
                }
                Err(error) => {
                    // The person can try again or go on without content: the diary works.
                    let message = crate::PonteError::from(error).message_key();
                    settings::set(&app.store, key::FIRST_RUN_INSTALL_FAILED, &message)?;
                }
            }
            Ok(Vec::new())
        }
        (FirstRunStep::Install, Event::ShippedContentMissing) => {
            settings::set(
                &app.store,
                key::FIRST_RUN_INSTALL_FAILED,
                "first-run-install-missing",
            )?;
            Ok(Vec::new())
        }
        (FirstRunStep::Install | FirstRunStep::City, Event::ChooseCity { city }) => {
            set_city(app, &city)?;
            go_to(app, &mut nav, FirstRunStep::Privacy)?;
            Ok(Vec::new())
        }
        (FirstRunStep::Privacy, Event::AcceptPrivacy) => {
            go_to(app, &mut nav, FirstRunStep::Pairing)?;
            Ok(Vec::new())
        }
        (FirstRunStep::Pairing, Event::SkipPairing) => {
            settings::set_flag(&app.store, key::FIRST_RUN_DONE, true)?;
            settings::remove(&app.store, key::FIRST_RUN_STEP)?;
            nav.reset(&app.store, vec![Route::Home])?;
            // From now on the phone reminds: the first plan (empty for a new diary, but a
            // reinstalled app must clear what an earlier one scheduled).
            drop(nav);
            Ok(vec![app.notification_plan()?])
        }
        // An event of another step (a late tap on the previous screen) changes nothing.
        _ => Ok(Vec::new()),
    }
}

/// The language and city choices outside the first run (the settings screen).
fn settings_choice(app: &App, event: Event) -> Result<Vec<Effect>> {
    match event {
        Event::ChooseUiLanguage { code } => {
            let code = check_language(&code, SettingsField::UiLanguage)?;
            settings::set(&app.store, key::UI_LANGUAGE, &code)?;
            app.apply_language_chain()?;
            // The notifications' words change with the language.
            return Ok(vec![app.notification_plan()?]);
        }
        Event::ChooseContentLanguage { code } => set_content_language(app, code)?,
        Event::ChooseCity { city } => set_city(app, &city)?,
        _ => {}
    }
    Ok(Vec::new())
}

fn set_content_language(app: &App, code: Option<String>) -> Result<()> {
    match code {
        Some(code) => {
            let code = check_language(&code, SettingsField::ContentLanguage)?;
            settings::set(&app.store, key::CONTENT_LANGUAGE, &code)?;
        }
        None => settings::remove(&app.store, key::CONTENT_LANGUAGE)?,
    }
    app.apply_language_chain()
}

fn set_city(app: &App, city: &str) -> Result<()> {
    let city = city.trim();
    if city.is_empty() {
        return Err(Error::invalid(SettingsField::City, InvalidReason::Required));
    }
    if city.chars().count() > MAX_CITY {
        return Err(Error::invalid(SettingsField::City, InvalidReason::TooLong));
    }
    settings::set(&app.store, key::CITY, city)?;
    // The centre is a walk over the city's services: once here, not at every home view.
    settings::remove(&app.store, key::CITY_CENTRE)?;
    super::home::city_centre(app)?;
    Ok(())
}

fn install(app: &App, dump: &[u8], pack: &[u8]) -> Result<()> {
    let keys = app.store.trusted_keys().to_vec();
    let sync = crate::sync::SyncClient::new(app.store.clone(), keys.clone());
    sync.install_dump(dump)?;
    let lessons = crate::lessons::Lessons::new(app.store.clone());
    match lessons.install_pack(pack, &keys) {
        // The phone already has these lessons or newer ones (a first run started again).
        Ok(_) | Err(Error::Pack(crate::PackProblem::Older)) => Ok(()),
        Err(e) => Err(e),
    }
}

/// The cities of the installed content with their number of services, most services first,
/// computed again only when the content changed: a walk over every service is too slow for
/// each view of the settings.
type CitiesCache = Option<(std::path::PathBuf, u64, Vec<(String, u32)>)>;
static CITIES: std::sync::Mutex<CitiesCache> = std::sync::Mutex::new(None);

fn cities(app: &App) -> Result<Vec<(String, u32)>> {
    let generation = app.store.content_generation();
    let path = app.store.path().to_owned();
    if let Some((p, g, cities)) = &*CITIES.lock().unwrap_or_else(|p| p.into_inner()) {
        if *p == path && *g == generation {
            return Ok(cities.clone());
        }
    }
    let cities: Vec<(String, u32)> = app.store.read(|conn| {
        let mut stmt = conn.prepare_cached(
            "SELECT city, count(*) FROM service WHERE city <> '' GROUP BY city ORDER BY count(*) DESC, city",
        )?;
        let rows = stmt.query_map([], |r| Ok((r.get(0)?, r.get(1)?)))?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    })?;
    *CITIES.lock().unwrap_or_else(|p| p.into_inner()) = Some((path, generation, cities.clone()));
    Ok(cities)
}

/// Forgets the cached cities (a database erased and created again at the same path starts
/// its content generations again).
pub(super) fn forget_cities() {
    *CITIES.lock().unwrap_or_else(|p| p.into_inner()) = None;
}

/// The city picker of the first run and of the settings.
pub(super) fn city_choices(app: &App, chain: &[String]) -> Result<Vec<CityChoice>> {
    let chosen = settings::get(&app.store, key::CITY)?;
    Ok(cities(app)?
        .into_iter()
        .map(|(name, count)| CityChoice {
            selected: chosen.as_deref() == Some(name.as_str()),
            services: Catalogue::get().with(
                chain,
                "first-run-city-services",
                &[("count", Arg::Number(f64::from(count)))],
            ),
            name,
        })
        .collect())
}

pub(super) fn view(app: &App, step: FirstRunStep, chain: &[String]) -> Result<(Localized, Screen)> {
    let catalogue = Catalogue::get();
    let t = |key: &str| catalogue.t(chain, key, &[]);
    let languages = |purpose: LanguagePurpose, chosen: Option<String>| {
        let options = crate::i18n::languages()
            .into_iter()
            .map(|l| LanguageChoice {
                selected: chosen.as_deref() == Some(l.code.as_str()),
                code: l.code,
                native_name: l.native_name,
                direction: l.direction,
            })
            .collect();
        Screen::ChooseLanguage {
            purpose,
            options,
            same_as_ui: (purpose == LanguagePurpose::Content).then(|| t("first-run-same-language")),
        }
    };
    Ok(match step {
        FirstRunStep::UiLanguage => {
            // Before any choice, the phone's own first language is preselected.
            let chosen =
                settings::get(&app.store, key::UI_LANGUAGE)?.or_else(|| chain.first().cloned());
            (
                t("first-run-ui-language"),
                languages(LanguagePurpose::Ui, chosen),
            )
        }
        FirstRunStep::ContentLanguage => {
            let chosen = settings::get(&app.store, key::CONTENT_LANGUAGE)?;
            (
                t("first-run-content-language"),
                languages(LanguagePurpose::Content, chosen),
            )
        }
        FirstRunStep::Install => {
            let failed = settings::get(&app.store, key::FIRST_RUN_INSTALL_FAILED)?.map(|k| t(&k));
            (
                t("first-run-install"),
                Screen::Installing {
                    explanation: t("first-run-installing"),
                    failed,
                },
            )
        }
        FirstRunStep::City => (
            t("first-run-city"),
            Screen::ChooseCity {
                cities: city_choices(app, chain)?,
            },
        ),
        FirstRunStep::Privacy => (
            t("first-run-privacy"),
            Screen::Privacy {
                paragraphs: [
                    "first-run-privacy-phone",
                    "first-run-privacy-shared",
                    "first-run-privacy-erase",
                ]
                .iter()
                .map(|k| t(k))
                .collect(),
                accept: t("first-run-privacy-accept"),
            },
        ),
        FirstRunStep::Pairing => (
            t("first-run-pairing"),
            Screen::OfferPairing {
                explanation: t("first-run-pairing-explain"),
                scan: app.capabilities.camera.then(|| t("first-run-pairing-scan")),
                type_code: t("first-run-pairing-type"),
                skip: t("first-run-pairing-skip"),
            },
        ),
    })
}
