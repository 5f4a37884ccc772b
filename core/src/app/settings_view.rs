//! The settings: languages, city, data use, notifications and quiet hours, what is shared
//! with the tutor, export of everything the person entered, and erasing everything on the
//! phone. Languages and city are chosen with the app-wide events (`Event::ChooseUiLanguage`,
//! `ChooseContentLanguage`, `ChooseCity`); unpairing lives on the tutor screen.

mod export;

use std::sync::Mutex;

use serde::{Deserialize, Serialize};

use super::first_run::{CityChoice, LanguageChoice};
use super::reminders::{self, NotificationCategory, NotificationPlan};
use super::route::Route;
use super::settings::{self, key};
use super::{background, App, Effect, Screen};
use crate::error::{Error, InvalidReason, Result};
use crate::i18n::{Catalogue, Localized};
use crate::sync::ConsentChoice;

/// A screen of this part of the app.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Enum))]
pub enum SettingsScreen {
    Main { settings: SettingsView },
}

/// What the person does on the settings screen.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Enum))]
pub enum SettingsEvent {
    /// Sync only on Wi-Fi (the background job follows: `ScheduleBackgroundSync`).
    SetWifiOnly {
        on: bool,
    },
    /// Data saver: no map download and no images on mobile data.
    SetDataSaver {
        on: bool,
    },
    /// Whether the offline map may download over mobile data.
    SetMapMobileData {
        allowed: bool,
    },
    /// Switch a kind of reminder on or off (the plan is computed again).
    SetNotifications {
        category: NotificationCategory,
        enabled: bool,
    },
    /// The quiet hours field changed (kept as typed until saved).
    EditQuietHours {
        text: String,
    },
    /// Save the quiet hours as typed; refused text shows its error on the field.
    SaveQuietHours,
    /// Share (or stop sharing) a kind of data with the tutor; only when paired.
    SetConsent {
        choice: ConsentChoice,
        granted: bool,
    },
    /// Export everything the person entered: `Effect::ShareFile` with a JSON file.
    ExportData,
    /// Ask to erase everything on this phone: the screen shows the confirmation.
    AskErase,
    CancelErase,
    /// Erase: the database is erased, closed and its files deleted. The effects then cancel
    /// the background job and every notification and forget the database key; the shell
    /// must drop this `App` and open a new one, which starts at the first run.
    ConfirmErase,
}

#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
pub struct SettingsView {
    /// The language of the app's words: choose with `Event::ChooseUiLanguage`.
    pub ui_language: LanguageSetting,
    /// The language of services and lessons: `Event::ChooseContentLanguage` (`None`: the
    /// same as the app's, `same_as_ui` selected).
    pub content_language: LanguageSetting,
    pub same_as_ui: Localized,
    pub same_as_ui_selected: bool,
    /// The city: choose with `Event::ChooseCity`.
    pub city_label: Localized,
    pub city: Option<String>,
    pub cities: Vec<CityChoice>,
    pub data_heading: Localized,
    pub wifi_only: SwitchSetting,
    pub data_saver: SwitchSetting,
    pub map_mobile_data: SwitchSetting,
    pub notifications_heading: Localized,
    pub notifications: Vec<NotificationSwitch>,
    pub quiet_hours: QuietHoursField,
    pub sharing_heading: Localized,
    /// What is shared with the tutor; empty when the phone is not paired.
    pub consents: Vec<ConsentSwitch>,
    /// Not paired: nothing is shared (instead of the switches).
    pub sharing_not_paired: Option<Localized>,
    /// The tutor screen (pairing, unpairing), its label and link.
    pub tutor: Localized,
    pub tutor_link: String,
    pub data_rights_heading: Localized,
    pub export: Localized,
    pub export_explain: Localized,
    pub erase: Localized,
    /// After `AskErase`: what erasing does, to confirm with `erase_yes` or `cancel`.
    pub erase_confirmation: Option<EraseConfirmation>,
}

#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
pub struct LanguageSetting {
    pub label: Localized,
    /// The current language's code and name in itself; `None` for a content language that
    /// follows the app's.
    pub current: Option<String>,
    pub current_name: Option<String>,
    pub options: Vec<LanguageChoice>,
}

#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
pub struct SwitchSetting {
    pub label: Localized,
    pub explanation: Option<Localized>,
    pub on: bool,
}

#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
pub struct NotificationSwitch {
    pub category: NotificationCategory,
    pub label: Localized,
    pub enabled: bool,
}

#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
pub struct QuietHoursField {
    pub label: Localized,
    /// How to write them ("like 21:00-08:00").
    pub hint: Localized,
    /// As typed (kept after a refusal), else as saved; empty for none.
    pub value: String,
    pub save: Localized,
    pub error: Option<Localized>,
}

#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
pub struct ConsentSwitch {
    pub choice: ConsentChoice,
    pub label: Localized,
    pub granted: bool,
}

#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
pub struct EraseConfirmation {
    pub question: Localized,
    pub erase_yes: Localized,
    pub cancel: Localized,
}

/// The quiet hours as typed, and the catalogue key of why they were refused.
#[derive(Debug, Default, Serialize, Deserialize)]
struct QuietHoursDraft {
    text: String,
    error: Option<String>,
}

fn quiet_draft(app: &App) -> Result<Option<QuietHoursDraft>> {
    Ok(settings::get(&app.store, key::QUIET_HOURS_DRAFT)?
        .and_then(|t| serde_json::from_str(&t).ok()))
}

fn set_quiet_draft(app: &App, draft: &QuietHoursDraft) -> Result<()> {
    let text = serde_json::to_string(draft).expect("a draft serializes");
    settings::set(&app.store, key::QUIET_HOURS_DRAFT, &text)
}

fn notify_key(category: NotificationCategory) -> String {
    format!("settings-notify-{}", category.code())
}

fn consent_key(choice: ConsentChoice) -> &'static str {
    match choice {
        ConsentChoice::Diary => "share-diary",
        ConsentChoice::Progress => "share-progress",
        ConsentChoice::Profile => "settings-share-profile",
        ConsentChoice::Outcomes => "share-stats",
    }
}

pub(super) fn handle(app: &App, event: SettingsEvent) -> Result<Vec<Effect>> {
    if app.current_route() != Route::Settings {
        // A late tap after leaving the screen changes nothing.
        return Ok(Vec::new());
    }
    if !matches!(event, SettingsEvent::AskErase | SettingsEvent::ConfirmErase) {
        asking_to_erase(app, false);
    }
    let store = &app.store;
    match event {
        SettingsEvent::SetWifiOnly { on } => {
            background::set_wifi_only(store, on)?;
            Ok(vec![app.background_sync()?])
        }
        SettingsEvent::SetDataSaver { on } => {
            background::set_data_saver(store, on)?;
            Ok(Vec::new())
        }
        SettingsEvent::SetMapMobileData { allowed } => {
            super::map::MapClient::new(store.clone()).set_mobile_data_allowed(allowed)?;
            Ok(Vec::new())
        }
        SettingsEvent::SetNotifications { category, enabled } => {
            reminders::set_category_enabled(store, category, enabled)?;
            Ok(vec![app.notification_plan()?])
        }
        SettingsEvent::EditQuietHours { text } => {
            set_quiet_draft(app, &QuietHoursDraft { text, error: None })?;
            Ok(Vec::new())
        }
        SettingsEvent::SaveQuietHours => {
            let Some(mut draft) = quiet_draft(app)? else {
                return Ok(Vec::new());
            };
            match reminders::set_quiet_hours(store, &draft.text) {
                Ok(_) => {
                    settings::remove(store, key::QUIET_HOURS_DRAFT)?;
                    app.set_notice(Catalogue::get().t(&app.ui_chain()?, "saved", &[]));
                    Ok(vec![app.notification_plan()?])
                }
                Err(Error::Invalid { field, reason }) => {
                    draft.error = Some(match reason {
                        InvalidReason::BadDate | InvalidReason::OutOfRange => {
                            format!("settings-quiet-hours-error-{}", reason.code())
                        }
                        other => format!("error-invalid-{}", other.code()),
                    });
                    set_quiet_draft(app, &draft)?;
                    Err(Error::Invalid { field, reason })
                }
                Err(other) => Err(other),
            }
        }
        SettingsEvent::SetConsent { choice, granted } => {
            if crate::sync::is_paired(store)? {
                let keys = store.trusted_keys().to_vec();
                crate::sync::SyncClient::new(store.clone(), keys).set_consent(choice, granted)?;
            }
            Ok(Vec::new())
        }
        SettingsEvent::ExportData => {
            let bytes = export::everything(app)?;
            let date = app.now().to_string();
            Ok(vec![Effect::ShareFile {
                file_name: format!("ponte-{}.json", date.get(..10).unwrap_or("export")),
                mime_type: "application/json".into(),
                bytes,
            }])
        }
        SettingsEvent::AskErase => {
            asking_to_erase(app, true);
            Ok(Vec::new())
        }
        SettingsEvent::CancelErase => Ok(Vec::new()),
        SettingsEvent::ConfirmErase => {
            if !is_asking_to_erase(app) {
                // Erasing is never one tap: without the confirmation, nothing happens.
                return Ok(Vec::new());
            }
            erase_everything(app)?;
            asking_to_erase(app, false);
            Ok(vec![
                Effect::CancelBackgroundSync,
                Effect::ScheduleNotifications {
                    plan: NotificationPlan {
                        notifications: Vec::new(),
                        horizon_end: app.now(),
                    },
                },
                Effect::ForgetDatabaseKey,
            ])
        }
    }
}

/// The open databases whose settings screen asks to confirm erasing: in memory only, so a
/// process killed meanwhile never comes back one tap away from erasing. Held weakly: a
/// store dropped (the app closed) is forgotten with its question.
static ASKING_TO_ERASE: Mutex<Vec<std::sync::Weak<crate::store::Store>>> = Mutex::new(Vec::new());

fn asking_to_erase(app: &App, asking: bool) {
    let mut asking_now = ASKING_TO_ERASE.lock().unwrap_or_else(|p| p.into_inner());
    let this = std::sync::Arc::downgrade(&app.store);
    asking_now.retain(|s| s.strong_count() > 0 && !s.ptr_eq(&this));
    if asking {
        asking_now.push(this);
    }
}

fn is_asking_to_erase(app: &App) -> bool {
    let this = std::sync::Arc::downgrade(&app.store);
    ASKING_TO_ERASE
        .lock()
        .unwrap_or_else(|p| p.into_inner())
        .iter()
        .any(|s| s.ptr_eq(&this))
}

/// Removes the offline map, closes the database and deletes its files. Nothing is sent to
/// the server: a paired phone's data there stays with the organisation (the tutor screen's
/// "delete my data" asks the server first).
fn erase_everything(app: &App) -> Result<()> {
    super::map::MapClient::new(app.store.clone()).remove()?;
    let path = app.store.path().to_owned();
    app.store.close()?;
    // A new database at the same path starts its content generations again.
    super::first_run::forget_cities();
    let mut name = path.as_os_str().to_owned();
    let base = name.clone();
    for suffix in ["", "-wal", "-shm", "-journal"] {
        name.clone_from(&base);
        name.push(suffix);
        match std::fs::remove_file(&name) {
            Err(e) if e.kind() != std::io::ErrorKind::NotFound => return Err(e.into()),
            _ => {}
        }
    }
    Ok(())
}

pub(super) fn view(app: &App, route: &Route, chain: &[String]) -> Result<(Localized, Screen)> {
    let catalogue = Catalogue::get();
    let t = |key: &str| catalogue.t(chain, key, &[]);
    let store = &app.store;
    let languages = crate::i18n::languages();
    let language_setting = |label: &str, chosen: Option<String>| {
        let current_name = chosen.as_ref().and_then(|c| {
            languages
                .iter()
                .find(|l| l.code == *c)
                .map(|l| l.native_name.clone())
        });
        LanguageSetting {
            label: t(label),
            options: languages
                .iter()
                .map(|l| LanguageChoice {
                    code: l.code.clone(),
                    native_name: l.native_name.clone(),
                    direction: l.direction,
                    selected: chosen.as_deref() == Some(l.code.as_str()),
                })
                .collect(),
            current: chosen,
            current_name,
        }
    };
    let ui = chain.first().cloned();
    let content = settings::get(store, key::CONTENT_LANGUAGE)?;
    let city = settings::get(store, key::CITY)?;
    let cities = super::first_run::city_choices(app, chain)?;
    let switch = |label: &str, explanation: Option<&str>, on: bool| SwitchSetting {
        label: t(label),
        explanation: explanation.map(t),
        on,
    };
    let notifications = NotificationCategory::ALL
        .iter()
        .map(|&category| {
            Ok(NotificationSwitch {
                category,
                label: t(&notify_key(category)),
                enabled: reminders::category_enabled(store, category)?,
            })
        })
        .collect::<Result<Vec<_>>>()?;
    let draft = quiet_draft(app)?;
    let quiet_hours = QuietHoursField {
        label: t("field-notifications-quiet-hours"),
        hint: t("settings-quiet-hours-hint"),
        value: match &draft {
            Some(d) => d.text.clone(),
            None => reminders::quiet_hours(store)?,
        },
        save: t("button-save"),
        error: draft.and_then(|d| d.error).map(|k| t(&k)),
    };
    let paired = crate::sync::is_paired(store)?;
    let consents = if paired {
        // Read here rather than through `SyncClient`, which builds an HTTP client.
        let granted: Vec<String> = store.read(|conn| {
            let mut stmt =
                conn.prepare_cached("SELECT category FROM sync_consent WHERE granted = 1")?;
            let rows = stmt.query_map([], |r| r.get(0))?;
            Ok(rows.collect::<rusqlite::Result<_>>()?)
        })?;
        [
            (ConsentChoice::Diary, "diary"),
            (ConsentChoice::Progress, "progress"),
            (ConsentChoice::Profile, "profile"),
            (ConsentChoice::Outcomes, "outcomes"),
        ]
        .into_iter()
        .map(|(choice, code)| ConsentSwitch {
            choice,
            label: t(consent_key(choice)),
            granted: granted.iter().any(|g| g == code),
        })
        .collect()
    } else {
        Vec::new()
    };
    let confirming = is_asking_to_erase(app);
    let view = SettingsView {
        content_language: language_setting("field-settings-content-language", content.clone()),
        ui_language: language_setting("field-settings-ui-language", ui),
        same_as_ui: t("first-run-same-language"),
        same_as_ui_selected: content.is_none(),
        city_label: t("field-settings-city"),
        city,
        cities,
        data_heading: t("settings-data"),
        wifi_only: switch(
            "settings-wifi-only",
            Some("settings-wifi-only-explain"),
            background::wifi_only(store)?,
        ),
        data_saver: switch(
            "settings-data-saver",
            Some("settings-data-saver-explain"),
            background::data_saver(store)?,
        ),
        map_mobile_data: switch(
            "settings-map-mobile-data",
            None,
            // The map client's own switch, read without building its HTTP client.
            settings::get_flag(store, key::MAP_MOBILE_DATA, false)?,
        ),
        notifications_heading: t("settings-notifications"),
        notifications,
        quiet_hours,
        sharing_heading: t("share-title"),
        consents,
        sharing_not_paired: (!paired).then(|| t("settings-sharing-not-paired")),
        tutor: t("nav-tutor"),
        tutor_link: Route::Tutor.to_link(),
        data_rights_heading: t("first-run-privacy"),
        export: t("settings-export"),
        export_explain: t("settings-export-explain"),
        erase: t("settings-erase"),
        erase_confirmation: confirming.then(|| EraseConfirmation {
            question: t("settings-erase-confirm"),
            erase_yes: t("settings-erase-yes"),
            cancel: t("button-cancel"),
        }),
    };
    Ok((
        super::title(route, chain),
        Screen::Settings {
            screen: SettingsScreen::Main { settings: view },
        },
    ))
}
