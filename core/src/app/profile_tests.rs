//! Journeys through the profile, the CV preview and the settings, driving only `App` events
//! and reading only `App::view`, effects answered by the test (see `app::tests`).

use super::super::reminders::NotificationCategory;
use super::super::settings_view::{SettingsEvent, SettingsScreen, SettingsView};
use super::super::tests::{app_at_home, check_snapshot, open_app};
use super::*;
use crate::app::{AppView, Event};
use crate::i18n::Catalogue;

fn profile_event(app: &App, event: ProfileEvent) -> Vec<Effect> {
    app.handle(Event::Profile { event }).unwrap()
}

fn settings_event(app: &App, event: SettingsEvent) -> Vec<Effect> {
    app.handle(Event::Settings { event }).unwrap()
}

fn type_in(app: &App, field: &str, value: &str) {
    profile_event(
        app,
        ProfileEvent::EditField {
            field: field.into(),
            value: value.into(),
        },
    );
}

fn open(app: &App, link: &str) {
    app.handle(Event::OpenLink { link: link.into() }).unwrap();
}

fn form(view: &AppView) -> &ProfileForm {
    match &view.screen {
        Screen::Profile {
            screen: ProfileScreen::Edit { form },
        } => form,
        other => panic!("not a profile form: {other:?}"),
    }
}

fn field<'a>(form: &'a ProfileForm, code: &str) -> &'a ProfileFormField {
    form.fields.iter().find(|f| f.code == code).unwrap()
}

fn overview(view: &AppView) -> &ProfileOverview {
    match &view.screen {
        Screen::Profile {
            screen: ProfileScreen::Overview { profile },
        } => profile,
        other => panic!("not the profile: {other:?}"),
    }
}

fn section(view: &AppView, section: ProfileSection) -> &ProfileSectionView {
    overview(view)
        .sections
        .iter()
        .find(|s| s.section == section)
        .unwrap()
}

fn cv(view: &AppView) -> &CvPreview {
    match &view.screen {
        Screen::Profile {
            screen: ProfileScreen::Cv { cv },
        } => cv,
        other => panic!("not the CV: {other:?}"),
    }
}

fn settings_view(view: &AppView) -> &SettingsView {
    match &view.screen {
        Screen::Settings {
            screen: SettingsScreen::Main { settings },
        } => settings,
        other => panic!("not the settings: {other:?}"),
    }
}

/// Without the Unicode isolates the catalogue puts around arguments.
fn strip(text: &str) -> String {
    text.replace(['\u{2068}', '\u{2069}'], "")
}

fn text(language: &str, key: &str) -> String {
    Catalogue::get().t(&[language.into()], key, &[]).text
}

/// The form's error on `code`, checked to be in `language`, and the view's error too.
fn refused_on(view: &AppView, code: &str, language: &str) -> String {
    let error = field(form(view), code)
        .error
        .clone()
        .unwrap_or_else(|| panic!("no error on {code}: {:?}", form(view)));
    assert_eq!(error.locale, language);
    assert_eq!(view.error.as_ref().unwrap().locale, language);
    // Only the refused field says so.
    let others = form(view)
        .fields
        .iter()
        .filter(|f| f.code != code && f.error.is_some())
        .count();
    assert_eq!(others, 0);
    error.text
}

#[test]
fn personal_details_with_a_bad_email_and_phone_are_refused_on_the_field_in_arabic_then_saved() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("p.db");
    {
        let app = app_at_home(&path, "ar");
        app.handle(Event::Navigate {
            route: Route::Profile,
        })
        .unwrap();
        let view = app.view().unwrap();
        let personal = section(&view, ProfileSection::Personal);
        assert!(personal.entries.is_empty());
        assert_eq!(personal.hint.as_ref().unwrap().locale, "ar");
        open(
            &app,
            &Route::EditProfile {
                section: ProfileSection::Personal,
                id: None,
            }
            .to_link(),
        );
        type_in(&app, "full_name", "أحمد علي");
        type_in(&app, "email", "ahmad@");
        type_in(&app, "phone", "+39 333 123 4567");
        profile_event(&app, ProfileEvent::Save);
        let view = app.view().unwrap();
        assert!(
            matches!(view.route, Route::EditProfile { .. }),
            "stays on the form"
        );
        assert_eq!(
            refused_on(&view, "email", "ar"),
            text("ar", "profile-error-email")
        );
        assert_eq!(
            field(form(&view), "email").value,
            "ahmad@",
            "nothing typed is lost"
        );
        // The process is killed here.
    }
    let app = open_app(&path, &["ar"]);
    let view = app.view().unwrap();
    let email = field(form(&view), "email");
    assert_eq!(email.value, "ahmad@");
    assert!(email.error.is_some(), "the refusal survives the kill");
    assert_eq!(field(form(&view), "full_name").value, "أحمد علي");

    // Typing in the field clears its error; a bad phone is refused on the phone.
    type_in(&app, "email", "ahmad@example.org");
    assert_eq!(field(form(&app.view().unwrap()), "email").error, None);
    type_in(&app, "phone", "333-abc");
    profile_event(&app, ProfileEvent::Save);
    let view = app.view().unwrap();
    assert_eq!(
        strip(&refused_on(&view, "phone", "ar")),
        "اكتب رقم هاتف بالأرقام فقط، مثل +39 333 123 4567."
    );

    type_in(&app, "phone", "+39 333 123 4567");
    profile_event(&app, ProfileEvent::Save);
    let view = app.view().unwrap();
    assert_eq!(view.route, Route::Profile, "saved: back to the profile");
    assert_eq!(view.error, None);
    assert_eq!(view.notice.as_ref().unwrap().text, text("ar", "saved"));
    let personal = section(&view, ProfileSection::Personal);
    assert_eq!(personal.entries[0].title, "أحمد علي");
    assert!(personal.entries[0].detail.contains("ahmad@example.org"));
    assert_eq!(personal.hint, None);

    // The draft is gone: the form opens on what was saved, without errors.
    open(&app, &personal.entries[0].link);
    let view = app.view().unwrap();
    assert_eq!(field(form(&view), "phone").value, "+39 333 123 4567");
    assert!(form(&view).fields.iter().all(|f| f.error.is_none()));
    assert_eq!(form(&view).delete, None, "personal details are not deleted");
}

#[test]
fn a_work_experience_added_is_in_the_cv_preview_in_two_languages_and_can_be_deleted() {
    let dir = tempfile::tempdir().unwrap();
    let app = app_at_home(&dir.path().join("p.db"), "fa");
    app.handle(Event::Navigate {
        route: Route::Profile,
    })
    .unwrap();
    let experience = section(&app.view().unwrap(), ProfileSection::Experience).clone();
    assert_eq!(experience.open_form.locale, "fa");
    open(&app, &experience.form_link);
    let view = app.view().unwrap();
    let start = field(form(&view), "start_month");
    assert_eq!(start.kind, FieldKind::Month);
    assert_eq!(start.hint.as_ref().unwrap().locale, "fa");

    type_in(&app, "role", "Aiuto cuoco");
    type_in(&app, "employer", "Trattoria Da Mario");
    type_in(&app, "start_month", "2023-13");
    profile_event(&app, ProfileEvent::Save);
    refused_on(&app.view().unwrap(), "start_month", "fa");
    type_in(&app, "start_month", "2023-03");
    type_in(&app, "end_month", "2022-01");
    profile_event(&app, ProfileEvent::Save);
    assert_eq!(
        refused_on(&app.view().unwrap(), "end_month", "fa"),
        text("fa", "error-invalid-end-before-start")
    );
    type_in(&app, "end_month", "2024-06");
    profile_event(&app, ProfileEvent::Save);
    let view = app.view().unwrap();
    assert_eq!(view.route, Route::Profile);
    let entry = section(&view, ProfileSection::Experience).entries[0].clone();
    assert_eq!(entry.title, "Aiuto cuoco");
    assert!(entry.detail.contains("Trattoria Da Mario") && entry.detail.contains("2024-06"));

    open(&app, &overview(&view).cv_link);
    let view = app.view().unwrap();
    let preview = cv(&view);
    assert_eq!(
        (
            preview.first_language.as_str(),
            preview.second_language.as_str()
        ),
        ("fa", "it")
    );
    assert_eq!(preview.empty, None);
    assert!(preview.html.contains("Trattoria Da Mario"));
    assert!(preview.html.contains(r#"lang="fa" dir="rtl""#));
    assert!(preview.html.contains(r#"lang="it" dir="ltr""#));
    assert!(preview.html.contains(&text("it", "cv-experience")));
    assert!(preview.html.contains(&text("fa", "cv-experience")));

    // French for the employer instead of Italian; a language the app lacks is refused.
    profile_event(
        &app,
        ProfileEvent::ChooseCvLanguage {
            column: CvColumn::Second,
            code: "xx".into(),
        },
    );
    assert_eq!(app.view().unwrap().error.unwrap().locale, "fa");
    profile_event(
        &app,
        ProfileEvent::ChooseCvLanguage {
            column: CvColumn::Second,
            code: "fr".into(),
        },
    );
    let view = app.view().unwrap();
    let preview = cv(&view);
    assert_eq!(preview.second_language, "fr");
    assert!(preview.html.contains(r#"lang="fr""#));
    assert!(preview
        .second_choices
        .iter()
        .any(|c| c.code == "fr" && c.selected));
    let effects = profile_event(&app, ProfileEvent::ShareCv);
    let [Effect::ShareFile {
        file_name,
        mime_type,
        bytes,
    }] = &effects[..]
    else {
        panic!("{effects:?}")
    };
    assert_eq!(
        (file_name.as_str(), mime_type.as_str()),
        ("cv-fr.html", "text/html")
    );
    let html = String::from_utf8(bytes.clone()).unwrap();
    assert!(html.contains("Trattoria Da Mario") && html.contains(&text("fr", "cv-experience")));

    // Deleting asks first.
    assert!(app.back().unwrap());
    open(&app, &entry.link);
    assert_eq!(form(&app.view().unwrap()).confirm_delete, None);
    profile_event(&app, ProfileEvent::AskDelete);
    let view = app.view().unwrap();
    assert_eq!(form(&view).confirm_delete.as_ref().unwrap().locale, "fa");
    profile_event(&app, ProfileEvent::ConfirmDelete);
    let view = app.view().unwrap();
    assert_eq!(view.route, Route::Profile);
    assert!(section(&view, ProfileSection::Experience)
        .entries
        .is_empty());
    assert_eq!(view.notice.unwrap().text, text("fa", "deleted"));
}

#[test]
fn every_section_form_saves_and_refuses_what_its_domain_refuses() {
    let dir = tempfile::tempdir().unwrap();
    let app = app_at_home(&dir.path().join("p.db"), "en");
    app.handle(Event::Navigate {
        route: Route::Profile,
    })
    .unwrap();
    let edit = |section: ProfileSection| {
        open(&app, &Route::EditProfile { section, id: None }.to_link());
    };
    // Availability: a number that is not one, refused on its field.
    edit(ProfileSection::Availability);
    type_in(&app, "hours_per_week", "twenty");
    type_in(&app, "shifts", "morning,weekend");
    type_in(&app, "transport", "bicycle");
    profile_event(&app, ProfileEvent::Save);
    refused_on(&app.view().unwrap(), "hours_per_week", "en");
    type_in(&app, "hours_per_week", "20");
    profile_event(&app, ProfileEvent::Save);
    let view = app.view().unwrap();
    let badges: Vec<String> = section(&view, ProfileSection::Availability).entries[0]
        .badges
        .iter()
        .map(|b| strip(&b.text))
        .collect();
    assert_eq!(
        badges,
        ["20 hours a week", "Mornings", "Weekends", "Bicycle"]
    );
    // Language: required; the levels are choices.
    edit(ProfileSection::Language);
    let view = app.view().unwrap();
    let listening = field(form(&view), "listening");
    assert_eq!(listening.choices.len(), 7, "not said and A1 to C2");
    profile_event(&app, ProfileEvent::Save);
    refused_on(&app.view().unwrap(), "language", "en");
    type_in(&app, "language", "ti");
    type_in(&app, "mother_tongue", "1");
    profile_event(&app, ProfileEvent::Save);
    // Education: a year out of range.
    edit(ProfileSection::Education);
    type_in(&app, "title", "Diploma");
    type_in(&app, "start_year", "1850");
    profile_event(&app, ProfileEvent::Save);
    refused_on(&app.view().unwrap(), "start_year", "en");
    type_in(&app, "start_year", "2010");
    profile_event(&app, ProfileEvent::Save);
    // Skill: required.
    edit(ProfileSection::Skill);
    profile_event(&app, ProfileEvent::Save);
    refused_on(&app.view().unwrap(), "text", "en");
    type_in(&app, "text", "Pizza");
    profile_event(&app, ProfileEvent::Save);
    // Certificate: expiring before it was issued.
    edit(ProfileSection::Certificate);
    type_in(&app, "name", "HACCP");
    type_in(&app, "issued_on", "2025-05-01");
    type_in(&app, "expires_on", "2024-05-01");
    profile_event(&app, ProfileEvent::Save);
    refused_on(&app.view().unwrap(), "expires_on", "en");
    type_in(&app, "expires_on", "2027-05-01");
    profile_event(&app, ProfileEvent::Save);

    let view = app.view().unwrap();
    let language = &section(&view, ProfileSection::Language).entries[0];
    assert_eq!(language.title, "Tigrinya");
    assert_eq!(language.badges[0].text, text("en", "profile-mother-tongue"));
    assert_eq!(strip(&overview(&view).filled.text), "5 of 7 parts filled");
    // Discarding a form forgets what was typed.
    edit(ProfileSection::Skill);
    type_in(&app, "text", "Not this");
    profile_event(&app, ProfileEvent::Discard);
    edit(ProfileSection::Skill);
    assert_eq!(field(form(&app.view().unwrap()), "text").value, "");
}

#[test]
fn each_bad_input_of_every_form_is_refused_in_arabic_on_its_own_field() {
    let dir = tempfile::tempdir().unwrap();
    let app = app_at_home(&dir.path().join("p.db"), "ar");
    app.handle(Event::Navigate {
        route: Route::Profile,
    })
    .unwrap();
    let long = "x".repeat(1_000);
    let very_long = long.repeat(11);
    // (section, what else is typed, the refused field, its bad value)
    let cases: Vec<(ProfileSection, Vec<(&str, &str)>, &str, &str)> = vec![
        (ProfileSection::Personal, vec![], "full_name", &long),
        (
            ProfileSection::Personal,
            vec![],
            "email",
            "amina.example.org",
        ),
        (
            ProfileSection::Personal,
            vec![],
            "email",
            "amina @example.org",
        ),
        (ProfileSection::Personal, vec![], "phone", "12"),
        (ProfileSection::Personal, vec![], "phone", "39+ 333 1234567"),
        (
            ProfileSection::Availability,
            vec![],
            "hours_per_week",
            "100",
        ),
        (
            ProfileSection::Availability,
            vec![],
            "max_travel_km",
            "5000",
        ),
        (ProfileSection::Availability, vec![], "max_travel_km", "-3"),
        (
            ProfileSection::Availability,
            vec![],
            "available_from",
            "2026-02-30",
        ),
        (ProfileSection::Language, vec![], "language", "123"),
        (
            ProfileSection::Experience,
            vec![("employer", "Coop")],
            "role",
            " ",
        ),
        (
            ProfileSection::Experience,
            vec![("role", "Cuoco")],
            "end_month",
            "13/2024",
        ),
        (
            ProfileSection::Experience,
            vec![("role", "Cuoco")],
            "tasks",
            &very_long,
        ),
        (ProfileSection::Education, vec![], "title", ""),
        (
            ProfileSection::Education,
            vec![("title", "Diploma")],
            "eqf_level",
            "9",
        ),
        (
            ProfileSection::Education,
            vec![("title", "Diploma"), ("start_year", "2010")],
            "end_year",
            "2005",
        ),
        (ProfileSection::Certificate, vec![], "name", ""),
        (
            ProfileSection::Certificate,
            vec![("name", "HACCP")],
            "issued_on",
            "ieri",
        ),
    ];
    for (section, typed, code, bad) in cases {
        open(&app, &Route::EditProfile { section, id: None }.to_link());
        for (field, value) in typed {
            type_in(&app, field, value);
        }
        type_in(&app, code, bad);
        profile_event(&app, ProfileEvent::Save);
        let view = app.view().unwrap();
        assert!(
            matches!(view.route, Route::EditProfile { .. }),
            "{section:?}.{code} was saved"
        );
        refused_on(&view, code, "ar");
        assert_eq!(field(form(&view), code).value, bad, "kept as typed");
        profile_event(&app, ProfileEvent::Discard);
        assert_eq!(app.view().unwrap().route, Route::Profile);
    }
    // Nothing of it was saved.
    let view = app.view().unwrap();
    assert!(overview(&view)
        .sections
        .iter()
        .all(|s| s.entries.is_empty()));
}

#[test]
fn a_notification_category_switched_off_leaves_the_plan() {
    let dir = tempfile::tempdir().unwrap();
    let app = app_at_home(&dir.path().join("p.db"), "en");
    // An interview tomorrow, as the diary screens would add it.
    let diary = Diary::new(app.store().clone());
    let application = diary
        .add_application(
            &crate::diary::test_support::details("Coop Sole", "Aiuto cuoco"),
            crate::diary::Stage::Applied,
            None,
        )
        .unwrap();
    diary
        .add_interview(
            &application.id,
            &crate::diary::InterviewDetails::new(
                super::super::tests::monday_10() + 86_400_000,
                crate::diary::InterviewFormat::InPerson,
            ),
        )
        .unwrap();
    let categories = |effects: &[Effect]| -> Vec<NotificationCategory> {
        let [Effect::ScheduleNotifications { plan }, ..] = effects else {
            panic!("{effects:?}")
        };
        plan.notifications.iter().map(|n| n.category).collect()
    };
    assert!(categories(&app.start().unwrap()).contains(&NotificationCategory::Interview));

    app.handle(Event::Navigate {
        route: Route::Settings,
    })
    .unwrap();
    let view = app.view().unwrap();
    let switch = settings_view(&view)
        .notifications
        .iter()
        .find(|n| n.category == NotificationCategory::Interview)
        .unwrap();
    assert!(switch.enabled);
    assert_eq!(switch.label.text, text("en", "settings-notify-interview"));
    let effects = settings_event(
        &app,
        SettingsEvent::SetNotifications {
            category: NotificationCategory::Interview,
            enabled: false,
        },
    );
    assert_eq!(effects.len(), 1);
    assert!(!categories(&effects).contains(&NotificationCategory::Interview));
    let view = app.view().unwrap();
    assert!(
        !settings_view(&view)
            .notifications
            .iter()
            .find(|n| n.category == NotificationCategory::Interview)
            .unwrap()
            .enabled
    );
}

#[test]
fn quiet_hours_typed_badly_are_refused_on_the_field_and_kept() {
    let dir = tempfile::tempdir().unwrap();
    let app = app_at_home(&dir.path().join("p.db"), "ar");
    app.handle(Event::Navigate {
        route: Route::Settings,
    })
    .unwrap();
    let quiet = |app: &App| settings_view(&app.view().unwrap()).quiet_hours.clone();
    assert_eq!(quiet(&app).value, "");
    settings_event(
        &app,
        SettingsEvent::EditQuietHours {
            text: "25:00-08:00".into(),
        },
    );
    assert_eq!(settings_event(&app, SettingsEvent::SaveQuietHours), []);
    let view = app.view().unwrap();
    assert_eq!(view.error.as_ref().unwrap().locale, "ar");
    let field = quiet(&app);
    assert_eq!(field.value, "25:00-08:00");
    let error = field.error.unwrap();
    assert_eq!(
        (error.locale.as_str(), error.text),
        ("ar", text("ar", "settings-quiet-hours-error-bad-date"))
    );
    settings_event(
        &app,
        SettingsEvent::EditQuietHours {
            text: "21:00-21:00".into(),
        },
    );
    settings_event(&app, SettingsEvent::SaveQuietHours);
    assert_eq!(
        quiet(&app).error.unwrap().text,
        text("ar", "settings-quiet-hours-error-out-of-range")
    );
    settings_event(
        &app,
        SettingsEvent::EditQuietHours {
            text: "21:00-08:00".into(),
        },
    );
    let effects = settings_event(&app, SettingsEvent::SaveQuietHours);
    assert!(matches!(
        &effects[..],
        [Effect::ScheduleNotifications { .. }]
    ));
    let field = quiet(&app);
    assert_eq!((field.value.as_str(), field.error), ("21:00-08:00", None));
    assert_eq!(app.view().unwrap().error, None);
}

#[test]
fn data_switches_follow_the_person_and_sharing_shows_only_when_paired() {
    let dir = tempfile::tempdir().unwrap();
    let app = app_at_home(&dir.path().join("p.db"), "en");
    app.handle(Event::Navigate {
        route: Route::Settings,
    })
    .unwrap();
    let view = app.view().unwrap();
    let s = settings_view(&view);
    assert!(s.wifi_only.on && s.data_saver.on && !s.map_mobile_data.on);
    assert!(s.consents.is_empty());
    assert_eq!(
        s.sharing_not_paired.as_ref().unwrap().text,
        text("en", "settings-sharing-not-paired")
    );
    assert_eq!(s.city.as_deref(), Some("Bologna"));
    assert!(s.cities.iter().any(|c| c.name == "Bologna" && c.selected));
    assert_eq!(s.ui_language.current.as_deref(), Some("en"));
    assert!(s.same_as_ui_selected);
    assert_eq!(Route::parse(&s.tutor_link).unwrap(), Route::Tutor);

    // Not paired: the background job stays cancelled.
    assert_eq!(
        settings_event(&app, SettingsEvent::SetWifiOnly { on: false }),
        [Effect::CancelBackgroundSync]
    );
    crate::sync::pretend_paired(app.store(), "https://ponte.example.org");
    assert_eq!(
        settings_event(&app, SettingsEvent::SetWifiOnly { on: true }),
        [Effect::ScheduleBackgroundSync {
            interval_minutes: 60,
            unmetered_only: true
        }]
    );
    settings_event(&app, SettingsEvent::SetDataSaver { on: false });
    settings_event(&app, SettingsEvent::SetMapMobileData { allowed: true });
    settings_event(
        &app,
        SettingsEvent::SetConsent {
            choice: crate::sync::ConsentChoice::Profile,
            granted: true,
        },
    );
    // The languages through the app-wide events, as the first run chose them.
    app.handle(Event::ChooseContentLanguage {
        code: Some("it".into()),
    })
    .unwrap();
    let view = app.view().unwrap();
    let s = settings_view(&view);
    assert!(s.wifi_only.on && !s.data_saver.on && s.map_mobile_data.on);
    assert_eq!(s.sharing_not_paired, None);
    let granted: Vec<_> = s
        .consents
        .iter()
        .filter(|c| c.granted)
        .map(|c| c.choice)
        .collect();
    assert_eq!(granted, [crate::sync::ConsentChoice::Profile]);
    assert_eq!(s.consents.len(), 4);
    assert_eq!(s.content_language.current.as_deref(), Some("it"));
    assert_eq!(s.content_language.current_name.as_deref(), Some("Italiano"));
    assert!(!s.same_as_ui_selected);
}

#[test]
fn exported_data_parses_and_holds_what_was_entered_and_no_key() {
    let dir = tempfile::tempdir().unwrap();
    let app = app_at_home(&dir.path().join("p.db"), "ar");
    open(
        &app,
        &Route::EditProfile {
            section: ProfileSection::Personal,
            id: None,
        }
        .to_link(),
    );
    type_in(&app, "full_name", "Amina Yusuf");
    type_in(&app, "email", "amina@example.org");
    profile_event(&app, ProfileEvent::Save);
    open(
        &app,
        &Route::EditProfile {
            section: ProfileSection::Skill,
            id: None,
        }
        .to_link(),
    );
    type_in(&app, "text", "Sartoria");
    profile_event(&app, ProfileEvent::Save);
    Diary::new(app.store().clone())
        .add_application(
            &crate::diary::test_support::details("Coop Sole", "Aiuto cuoco"),
            crate::diary::Stage::Applied,
            None,
        )
        .unwrap();
    crate::sync::pretend_paired(app.store(), "https://ponte.example.org");
    app.handle(Event::Navigate {
        route: Route::Settings,
    })
    .unwrap();
    settings_event(
        &app,
        SettingsEvent::EditQuietHours {
            text: "22:00-07:00".into(),
        },
    );
    settings_event(&app, SettingsEvent::SaveQuietHours);

    let effects = settings_event(&app, SettingsEvent::ExportData);
    let [Effect::ShareFile {
        file_name,
        mime_type,
        bytes,
    }] = &effects[..]
    else {
        panic!("{effects:?}")
    };
    assert_eq!(
        (file_name.as_str(), mime_type.as_str()),
        ("ponte-2026-11-23.json", "application/json")
    );
    let json: serde_json::Value = serde_json::from_slice(bytes).unwrap();
    let data = &json["data"];
    assert_eq!(data["profile"][0]["full_name"], "Amina Yusuf");
    assert_eq!(data["profile"][0]["email"], "amina@example.org");
    assert_eq!(data["skill"][0]["text"], "Sartoria");
    assert_eq!(data["application"][0]["employer"], "Coop Sole");
    assert_eq!(data["app_setting"]["notify.quiet_hours"], "22:00-07:00");
    assert_eq!(data["app_setting"]["city"], "Bologna");
    let cv_it = json["cv"]["it"].as_str().unwrap();
    assert!(cv_it.contains("Amina Yusuf") && cv_it.contains("Sartoria"));
    assert!(json["cv"]["ar"].as_str().unwrap().contains("Sartoria"));
    // No sync token, no sync state, no database key.
    let text = String::from_utf8(bytes.clone()).unwrap();
    assert!(data.get("sync_state").is_none());
    assert!(!text.contains("\"token\""));
    assert!(!text.contains(&"03".repeat(32)));
}

#[test]
fn erasing_asks_first_then_deletes_the_database_and_asks_the_shell_to_forget_everything() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("p.db");
    let app = app_at_home(&path, "en");
    app.handle(Event::Navigate {
        route: Route::Settings,
    })
    .unwrap();
    // Never one tap: without the question answered, nothing happens.
    assert_eq!(settings_event(&app, SettingsEvent::ConfirmErase), []);
    assert!(path.exists());
    settings_event(&app, SettingsEvent::AskErase);
    let view = app.view().unwrap();
    let confirmation = settings_view(&view).erase_confirmation.clone().unwrap();
    assert_eq!(
        confirmation.question.text,
        text("en", "settings-erase-confirm")
    );
    settings_event(&app, SettingsEvent::CancelErase);
    assert_eq!(settings_view(&app.view().unwrap()).erase_confirmation, None);

    // A question left open does not survive the process.
    settings_event(&app, SettingsEvent::AskErase);
    let reopened = open_app(&path, &["en"]);
    assert_eq!(
        settings_view(&reopened.view().unwrap()).erase_confirmation,
        None
    );
    drop(reopened);
    let effects = settings_event(&app, SettingsEvent::ConfirmErase);
    let [Effect::CancelBackgroundSync, Effect::ScheduleNotifications { plan }, Effect::ForgetDatabaseKey] =
        &effects[..]
    else {
        panic!("{effects:?}")
    };
    assert!(
        plan.notifications.is_empty(),
        "every notification cancelled"
    );
    assert!(!path.exists(), "the database file is gone");
    let wal = dir.path().join("p.db-wal");
    assert!(!wal.exists());
    assert!(app.view().is_err(), "the shell opens a new App");
    // A new App on the same path starts at the first run.
    let again = open_app(&path, &["en"]);
    assert!(again.view().unwrap().route.is_first_run());
}

/// Replaces the random ids in the links of a profile view, so the snapshot shows the screen.
fn without_ids(mut view: AppView, ids: &[String]) -> AppView {
    let scrub = |link: &mut String| {
        for (i, id) in ids.iter().enumerate() {
            *link = link.replace(id.as_str(), &format!("<entry-{i}>"));
        }
    };
    if let Screen::Profile { screen } = &mut view.screen {
        match screen {
            ProfileScreen::Overview { profile } => {
                for section in &mut profile.sections {
                    section.entries.iter_mut().for_each(|e| scrub(&mut e.link));
                }
            }
            ProfileScreen::Edit { form } => {
                if let Some(id) = &mut form.id {
                    scrub(id);
                }
            }
            ProfileScreen::Cv { .. } => {}
        }
    }
    if let Route::EditProfile { id: Some(id), .. } = &mut view.route {
        scrub(id);
    }
    view
}

#[test]
fn every_profile_and_settings_screen_in_italian_english_arabic_and_farsi_matches_its_snapshot() {
    for language in ["it", "en", "ar", "fa"] {
        let dir = tempfile::tempdir().unwrap();
        let app = app_at_home(&dir.path().join("p.db"), language);
        app.handle(Event::Navigate {
            route: Route::Profile,
        })
        .unwrap();
        check_snapshot(&format!("profile-empty.{language}"), &app.view().unwrap());

        open(
            &app,
            &Route::EditProfile {
                section: ProfileSection::Personal,
                id: None,
            }
            .to_link(),
        );
        type_in(&app, "full_name", "Amina Yusuf");
        type_in(&app, "phone", "333 12 ab");
        profile_event(&app, ProfileEvent::Save);
        check_snapshot(
            &format!("profile-personal-refused.{language}"),
            &app.view().unwrap(),
        );
        type_in(&app, "phone", "+39 333 123 4567");
        profile_event(&app, ProfileEvent::Save);

        open(
            &app,
            &Route::EditProfile {
                section: ProfileSection::Experience,
                id: None,
            }
            .to_link(),
        );
        type_in(&app, "role", "Aiuto cuoco");
        type_in(&app, "employer", "Trattoria Da Mario");
        type_in(&app, "start_month", "2023-03");
        profile_event(&app, ProfileEvent::Save);
        open(
            &app,
            &Route::EditProfile {
                section: ProfileSection::Language,
                id: None,
            }
            .to_link(),
        );
        type_in(&app, "language", language);
        type_in(&app, "mother_tongue", "1");
        profile_event(&app, ProfileEvent::Save);

        let profile = Diary::new(app.store().clone()).profile().unwrap();
        let ids = vec![
            profile.experiences[0].id.clone(),
            profile.languages[0].id.clone(),
        ];
        check_snapshot(
            &format!("profile-filled.{language}"),
            &without_ids(app.view().unwrap(), &ids),
        );
        open(
            &app,
            &Route::EditProfile {
                section: ProfileSection::Experience,
                id: Some(ids[0].clone()),
            }
            .to_link(),
        );
        profile_event(&app, ProfileEvent::AskDelete);
        check_snapshot(
            &format!("profile-edit-experience.{language}"),
            &without_ids(app.view().unwrap(), &ids),
        );
        profile_event(&app, ProfileEvent::CancelDelete);
        open(&app, &Route::CvPreview.to_link());
        check_snapshot(&format!("profile-cv.{language}"), &app.view().unwrap());

        app.handle(Event::Navigate {
            route: Route::Settings,
        })
        .unwrap();
        settings_event(&app, SettingsEvent::AskErase);
        check_snapshot(&format!("settings.{language}"), &app.view().unwrap());
    }
}
