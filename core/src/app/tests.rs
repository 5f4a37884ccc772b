//! Journeys through the app core, driving only events and reading only views, as the shells
//! will: a fixed clock, effects answered by the test.

use std::sync::Arc;

use super::*;
use crate::fields::{Field, NavigationField, SettingsField};
use crate::i18n::TextDirection;
use crate::services::OpenStatus;

/// Monday 23 November 2026, 10:00 in Rome.
pub(crate) fn monday_10() -> Timestamp {
    Timestamp::parse("2026-11-23T09:00:00Z").unwrap()
}

pub(crate) fn phone(preferred: &[&str]) -> Capabilities {
    Capabilities {
        platform: Platform::Other,
        voices: vec!["it-IT".into(), "en-US".into()],
        camera: true,
        location: false,
        preferred_languages: preferred.iter().map(|s| s.to_string()).collect(),
        time_zone: "Europe/Rome".into(),
    }
}

pub(crate) fn open_app(path: &std::path::Path, preferred: &[&str]) -> App {
    let options = OpenOptions::new(path.display().to_string(), &[3; 32], true)
        .trusting(&crate::lessons::tests::trusted());
    let store = Arc::new(Store::open_with(&options).unwrap());
    App::with_store(store, phone(preferred), Box::new(monday_10)).unwrap()
}

/// The shipped content as the app carries it: the Bologna demo territory with the demo glossary,
/// and a lesson pack, signed with the test key.
pub(crate) fn shipped() -> (Vec<u8>, Vec<u8>) {
    let services = ponte_wire::import::from_csv(
        include_bytes!("../../../content/territory/bologna.csv"),
        &ponte_wire::import::ImportOptions::for_region("bologna", "Bologna"),
    )
    .unwrap();
    let key = ponte_wire::pack::SigningKey::from_bytes(&crate::lessons::tests::SEED);
    let glossary = crate::glossary::demo_concepts();
    let content = ponte_wire::dump::Content {
        services: &services,
        glossary: &glossary,
        ..Default::default()
    };
    let dump = ponte_wire::dump::build_with("bologna", 1, content, None, &key, true);
    (dump, crate::lessons::tests::mini_pack(1, |_| {}))
}

fn error_field(view: &AppView) -> Option<String> {
    view.error.as_ref().map(|e| e.text.clone())
}

/// An app that went through the first run in `language` (the same for content), with the
/// shipped Bologna content, the lessons and Bologna as its city, at home, on Monday at 10:00.
pub(crate) fn app_at_home(path: &std::path::Path, language: &str) -> App {
    let app = open_app(path, &[language]);
    app.handle(Event::ChooseUiLanguage {
        code: language.into(),
    })
    .unwrap();
    app.handle(Event::ChooseContentLanguage { code: None })
        .unwrap();
    let (dump, pack) = shipped();
    app.handle(Event::ShippedContent { dump, pack }).unwrap();
    app.handle(Event::ChooseCity {
        city: "Bologna".into(),
    })
    .unwrap();
    app.handle(Event::AcceptPrivacy).unwrap();
    app.handle(Event::SkipPairing).unwrap();
    assert_eq!(app.view().unwrap().route, Route::Home);
    app
}

#[test]
fn first_run_offline_in_arabic_with_italian_content_resumes_after_a_kill() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("ponte.db");
    {
        let app = open_app(&path, &["ar-EG"]);
        let view = app.view().unwrap();
        assert_eq!(
            view.route,
            Route::FirstRun {
                step: FirstRunStep::UiLanguage
            }
        );
        assert!(!view.can_go_back);
        let Screen::ChooseLanguage {
            options, purpose, ..
        } = &view.screen
        else {
            panic!("{:?}", view.screen)
        };
        assert_eq!(*purpose, LanguagePurpose::Ui);
        assert_eq!(options.len(), 12);
        // The phone's Arabic is preselected, and shown in its own script and direction.
        let arabic = options.iter().find(|o| o.selected).unwrap();
        assert_eq!(
            (
                arabic.code.as_str(),
                arabic.native_name.as_str(),
                arabic.direction
            ),
            ("ar", "العربية", TextDirection::RightToLeft)
        );

        // A language the app does not have is refused, on its field, and nothing moves.
        app.handle(Event::ChooseUiLanguage { code: "xx".into() })
            .unwrap();
        let refused = app.view().unwrap();
        assert_eq!(refused.route, view.route);
        assert!(error_field(&refused).is_some());
        assert_eq!(
            app.dispatch(Event::ChooseUiLanguage { code: "xx".into() })
                .map_err(crate::PonteError::from)
                .unwrap_err(),
            crate::PonteError::InvalidInput {
                field: Field::from(SettingsField::UiLanguage),
                reason: crate::error::InvalidReason::OutOfRange
            }
        );

        app.handle(Event::ChooseUiLanguage { code: "ar".into() })
            .unwrap();
        let view = app.view().unwrap();
        assert_eq!(view.error, None);
        assert_eq!(
            (view.ui_language.as_str(), view.direction),
            ("ar", TextDirection::RightToLeft)
        );
        assert_eq!(view.title.locale, "ar");
        assert!(view.can_go_back);

        // Italian content, so a counsellor can read along.
        let effects = app
            .handle(Event::ChooseContentLanguage {
                code: Some("it".into()),
            })
            .unwrap();
        assert_eq!(effects, [Effect::LoadShippedContent]);
        assert_eq!(app.store().languages()[0], "it");
        // The app is killed before the shell answers.
    }
    let app = open_app(&path, &["ar-EG"]);
    assert_eq!(
        app.view().unwrap().route,
        Route::FirstRun {
            step: FirstRunStep::Install
        }
    );
    assert_eq!(app.start().unwrap(), [Effect::LoadShippedContent]);
    assert_eq!(app.view().unwrap().ui_language, "ar", "the choice survived");

    // The shell cannot read its files: said, in Arabic, and the person may retry.
    app.handle(Event::ShippedContentMissing).unwrap();
    let Screen::Installing { failed, .. } = app.view().unwrap().screen else {
        panic!()
    };
    assert_eq!(failed.unwrap().locale, "ar");

    let (dump, pack) = shipped();
    app.handle(Event::ShippedContent { dump, pack }).unwrap();
    let view = app.view().unwrap();
    assert_eq!(
        view.route,
        Route::FirstRun {
            step: FirstRunStep::City
        }
    );
    let Screen::ChooseCity { cities } = &view.screen else {
        panic!("{:?}", view.screen)
    };
    assert_eq!(cities.len(), 1);
    assert_eq!(cities[0].name, "Bologna");
    assert!(cities[0].services.text.contains("14") || cities[0].services.text.contains("١٤"));

    app.handle(Event::ChooseCity { city: "  ".into() }).unwrap();
    assert!(app.view().unwrap().error.is_some());
    app.handle(Event::ChooseCity {
        city: "Bologna".into(),
    })
    .unwrap();
    let Screen::Privacy { paragraphs, .. } = app.view().unwrap().screen else {
        panic!()
    };
    assert_eq!(paragraphs.len(), 3);
    assert!(paragraphs.iter().all(|p| p.locale == "ar"));

    // Back goes to the previous step, and forward again.
    assert!(app.back().unwrap());
    assert_eq!(
        app.view().unwrap().route,
        Route::FirstRun {
            step: FirstRunStep::City
        }
    );
    app.handle(Event::ChooseCity {
        city: "Bologna".into(),
    })
    .unwrap();
    app.handle(Event::AcceptPrivacy).unwrap();
    let Screen::OfferPairing { scan, .. } = app.view().unwrap().screen else {
        panic!()
    };
    assert!(scan.is_some(), "the phone has a camera");
    let effects = app.handle(Event::SkipPairing).unwrap();
    // The first plan: nothing to remind of yet, but the shell clears what an earlier install
    // may have scheduled.
    assert!(
        matches!(&effects[..], [Effect::ScheduleNotifications { plan }] if plan.notifications.is_empty())
    );

    let home = app.view().unwrap();
    assert_eq!(home.route, Route::Home);
    assert!(!home.can_go_back);
    assert!(!app.back().unwrap(), "back at home is the platform's");
    let Screen::Home { home } = home.screen else {
        panic!()
    };
    // Three services open now near the city centre, in the content chain.
    assert_eq!(home.open_nearby.len(), 3);
    assert!(home.open_nearby.iter().all(
        |s| s.city == "Bologna" && s.open.as_ref().map(|o| o.status) == Some(OpenStatus::Open)
    ));
    assert!(home.empty.is_some(), "nothing planned yet");
    assert_eq!(home.sync_line.locale, "ar");

    // The next start goes straight home.
    drop(app);
    let app = open_app(&path, &["ar-EG"]);
    assert_eq!(app.view().unwrap().route, Route::Home);
    assert!(matches!(
        &app.start().unwrap()[..],
        [
            Effect::ScheduleNotifications { .. },
            Effect::CancelBackgroundSync
        ]
    ));
    // Once paired, the background job is kept, on Wi-Fi only by default (prepaid data).
    crate::sync::pretend_paired(app.store(), "https://ponte.example.org");
    assert_eq!(
        app.start().unwrap()[1],
        Effect::ScheduleBackgroundSync {
            interval_minutes: 60,
            unmetered_only: true
        }
    );
    background::set_wifi_only(app.store(), false).unwrap();
    assert_eq!(
        app.start().unwrap()[1],
        Effect::ScheduleBackgroundSync {
            interval_minutes: 60,
            unmetered_only: false
        }
    );
}

#[test]
fn an_application_added_in_the_diary_is_on_home_and_in_the_notification_plan() {
    let dir = tempfile::tempdir().unwrap();
    let app = open_app(&dir.path().join("p.db"), &["it-IT"]);
    settings::set_flag(app.store(), key::FIRST_RUN_DONE, true).unwrap();
    let app = App::with_store(app.store().clone(), phone(&["it-IT"]), Box::new(monday_10)).unwrap();
    let diary = crate::diary::Diary::new(app.store().clone());
    let application = diary
        .add_application(
            &crate::diary::test_support::details("Coop Sole", "Aiuto cuoco"),
            crate::diary::Stage::Applied,
            Some(monday_10() - 20 * 86_400_000),
        )
        .unwrap();
    // An interview tomorrow at 10:00.
    diary
        .add_interview(
            &application.id,
            &crate::diary::InterviewDetails::new(
                monday_10() + 86_400_000,
                crate::diary::InterviewFormat::InPerson,
            ),
        )
        .unwrap();
    let Screen::Home { home } = app.view().unwrap().screen else {
        panic!()
    };
    assert_eq!(home.next_days.len(), 1);
    assert!(home.next_days[0].text.text.contains("Coop Sole"));
    assert_eq!(
        Route::parse(&home.next_days[0].link).unwrap(),
        Route::Application {
            id: application.id.clone()
        }
    );
    let [Effect::ScheduleNotifications { plan }, _] = &app.start().unwrap()[..] else {
        panic!()
    };
    // The evening before at 18:00 and two hours before, in Rome's time.
    let times: Vec<Timestamp> = plan
        .notifications
        .iter()
        .filter(|n| n.link == home.next_days[0].link)
        .map(|n| n.at)
        .collect();
    assert_eq!(
        times,
        [
            Timestamp::parse("2026-11-23T17:00:00Z").unwrap(),
            Timestamp::parse("2026-11-24T07:00:00Z").unwrap()
        ]
    );
}

#[test]
fn links_open_screens_and_a_bad_link_changes_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let app = open_app(&dir.path().join("p.db"), &["fa-IR"]);
    // During the first run a link to a screen is not followed.
    app.handle(Event::OpenLink {
        link: "ponte://lessons/wifi".into(),
    })
    .unwrap();
    assert!(app.view().unwrap().route.is_first_run());
    settings::set_flag(app.store(), key::FIRST_RUN_DONE, true).unwrap();
    let app = App::with_store(app.store().clone(), phone(&["fa-IR"]), Box::new(monday_10)).unwrap();

    app.handle(Event::OpenLink {
        link: "ponte://guides".into(),
    })
    .unwrap();
    let view = app.view().unwrap();
    assert_eq!(view.route, Route::Guides);
    assert!(view.can_go_back);
    // No guide on the phone yet: it says so in the person's language rather than showing
    // nothing.
    let Screen::Guides {
        screen: GuidesScreen::Tree { items, empty, .. },
    } = &view.screen
    else {
        panic!()
    };
    assert!(items.is_empty());
    assert_eq!(empty.as_ref().unwrap().locale, "fa");

    app.handle(Event::OpenLink {
        link: "ponte://nowhere".into(),
    })
    .unwrap();
    let refused = app.view().unwrap();
    assert_eq!(refused.route, Route::Guides);
    let error = refused.error.unwrap();
    assert_eq!(error.locale, "fa");
    let label = crate::i18n::Catalogue::get()
        .t(
            &["fa".into()],
            &Field::from(NavigationField::Link).label_key(),
            &[],
        )
        .text;
    assert!(error.text.contains(&label), "{} names {label}", error.text);

    assert!(app.back().unwrap());
    assert_eq!(app.view().unwrap().route, Route::Home);
}

/// Compares `view` with its snapshot file (`core/tests/snapshots/app/<name>.txt`), so a change
/// to what a screen shows is visible in review. `PONTE_UPDATE_SNAPSHOTS=1` writes them anew;
/// a missing file is written, except under CI, where it fails.
pub(crate) fn check_snapshot(name: &str, view: &AppView) {
    let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/snapshots/app")
        .join(format!("{name}.txt"));
    let text = format!("{view:#?}\n");
    let update = std::env::var_os("PONTE_UPDATE_SNAPSHOTS").is_some();
    match std::fs::read_to_string(&path) {
        Ok(old) if !update => assert!(
            old == text,
            "{name}: the view changed; if that is intended, run with PONTE_UPDATE_SNAPSHOTS=1 and review the diff of {}",
            path.display()
        ),
        Err(_) if std::env::var("CI").is_ok_and(|v| v == "true") && !update => {
            panic!("{name}: no snapshot at {}", path.display())
        }
        _ => {
            std::fs::create_dir_all(path.parent().unwrap()).unwrap();
            std::fs::write(&path, text).unwrap();
        }
    }
}

#[test]
fn every_built_screen_in_italian_english_arabic_and_farsi_matches_its_snapshot() {
    for language in ["it", "en", "ar", "fa"] {
        let dir = tempfile::tempdir().unwrap();
        let app = open_app(&dir.path().join("p.db"), &[language]);
        let shot = |step: &str| {
            check_snapshot(&format!("{step}.{language}"), &app.view().unwrap());
        };
        shot("first-run-ui-language");
        app.handle(Event::ChooseUiLanguage {
            code: language.into(),
        })
        .unwrap();
        shot("first-run-content-language");
        app.handle(Event::ChooseContentLanguage { code: None })
            .unwrap();
        app.handle(Event::ShippedContentMissing).unwrap();
        shot("first-run-install-failed");
        let (dump, pack) = shipped();
        app.handle(Event::ShippedContent { dump, pack }).unwrap();
        shot("first-run-city");
        app.handle(Event::ChooseCity {
            city: "Bologna".into(),
        })
        .unwrap();
        shot("first-run-privacy");
        app.handle(Event::AcceptPrivacy).unwrap();
        shot("first-run-pairing");
        app.handle(Event::SkipPairing).unwrap();
        shot("home-empty");
        let diary = crate::diary::Diary::new(app.store().clone());
        let application = diary
            .add_application(
                &crate::diary::test_support::details("Coop Sole", "Aiuto cuoco"),
                crate::diary::Stage::Applied,
                Some(monday_10() - 20 * 86_400_000),
            )
            .unwrap();
        diary
            .add_interview(
                &application.id,
                &crate::diary::InterviewDetails::new(
                    monday_10() + 86_400_000,
                    crate::diary::InterviewFormat::InPerson,
                ),
            )
            .unwrap();
        // Ids are random: the snapshot shows the screen, not the record's id.
        let mut view = app.view().unwrap();
        if let Screen::Home { home } = &mut view.screen {
            for item in home.next_days.iter_mut() {
                item.link = item.link.replace(&application.id, "<application>");
            }
        }
        check_snapshot(&format!("home-interview.{language}"), &view);
        app.handle(Event::OpenLink {
            link: "ponte://guides".into(),
        })
        .unwrap();
        shot("guides");
    }
}

#[test]
fn a_background_run_that_did_not_sync_asks_nothing_of_the_shell() {
    let dir = tempfile::tempdir().unwrap();
    let app = open_app(&dir.path().join("p.db"), &["it-IT"]);
    let network = background::NetworkState {
        connected: true,
        metered: false,
        wifi: true,
    };
    let deadline = Timestamp::now() + 60_000;
    let run = crate::sync::runtime()
        .block_on(app.run_in_background(network, deadline))
        .unwrap();
    assert!(!run.outcome.ran, "not paired: nothing to sync");
    assert!(run.effects.is_empty());
    // Paired, but on mobile data with "Wi-Fi only" (the default): it waits, and the plan is
    // not recomputed for nothing.
    crate::sync::pretend_paired(app.store(), "https://ponte.example.org");
    let mobile = background::NetworkState {
        connected: true,
        metered: true,
        wifi: false,
    };
    let run = crate::sync::runtime()
        .block_on(app.run_in_background(mobile, deadline))
        .unwrap();
    assert!(!run.outcome.ran);
    assert!(run.effects.is_empty());
}

#[test]
fn a_phone_killed_between_pairing_and_the_end_of_the_first_run_starts_paired_at_home() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("p.db");
    let app = open_app(&path, &["it-IT"]);
    app.handle(Event::ChooseUiLanguage { code: "it".into() })
        .unwrap();
    app.handle(Event::ChooseContentLanguage { code: None })
        .unwrap();
    app.handle(Event::ShippedContentMissing).unwrap();
    app.handle(Event::ChooseCity {
        city: "Bologna".into(),
    })
    .unwrap();
    app.handle(Event::AcceptPrivacy).unwrap();
    // The pairing went through; the process died before the first run was marked done.
    crate::sync::pretend_paired(app.store(), "https://ponte.example.org");
    drop(app);
    let app = open_app(&path, &["it-IT"]);
    assert!(app.view().unwrap().route.is_first_run());
    let effects = app.start().unwrap();
    assert!(matches!(effects[0], Effect::ScheduleNotifications { .. }));
    assert!(matches!(effects[1], Effect::ScheduleBackgroundSync { .. }));
    assert_eq!(app.view().unwrap().route, Route::Tutor);
    assert!(app.back().unwrap());
    assert_eq!(app.view().unwrap().route, Route::Home);
    drop(app);
    // And it stays so: the next start opens where the person was, not the first run.
    assert_eq!(
        open_app(&path, &["it-IT"]).view().unwrap().route,
        Route::Home
    );
}

#[test]
fn a_second_code_scanned_on_the_pairing_form_replaces_the_first() {
    let dir = tempfile::tempdir().unwrap();
    let app = app_at_home(&dir.path().join("p.db"), "en");
    app.handle(Event::QrScanned {
        text: "ponte:pair?server=https://a.example.org&code=AAAA-AAAA".into(),
    })
    .unwrap();
    app.handle(Event::QrScanned {
        text: "https://b.example.org/pair/BBBB-BBBB".into(),
    })
    .unwrap();
    assert_eq!(
        app.view().unwrap().route,
        Route::Pairing {
            server: Some("https://b.example.org".into()),
            code: Some("BBBB-BBBB".into())
        }
    );
    assert!(app.back().unwrap());
    assert_eq!(app.view().unwrap().route, Route::Home, "one form, not two");
}

#[test]
fn the_bottom_bar_and_the_lone_icons_have_their_words() {
    let dir = tempfile::tempdir().unwrap();
    let first = open_app(&dir.path().join("first.db"), &["ar"]);
    assert!(
        first.view().unwrap().sections.is_empty(),
        "no bar in the first run"
    );
    let app = app_at_home(&dir.path().join("p.db"), "ar");
    let view = app.view().unwrap();
    let icons: Vec<&str> = view.sections.iter().map(|s| s.icon.as_str()).collect();
    assert_eq!(icons, ["home", "diary", "services", "lessons", "profile"]);
    assert!(view.sections.iter().all(|s| s.label.locale == "ar"));
    assert!(view.sections[0].selected);
    assert_eq!(view.back_label.locale, "ar");
    assert_eq!(view.settings_label.locale, "ar");
    // A tap on a section opens its route; a screen inside it keeps it selected.
    app.handle(Event::Navigate {
        route: view.sections[3].route.clone(),
    })
    .unwrap();
    app.handle(Event::OpenLink {
        link: "ponte://lessons/course/mini/glossary".into(),
    })
    .unwrap();
    let selected: Vec<String> = app
        .view()
        .unwrap()
        .sections
        .into_iter()
        .filter(|s| s.selected)
        .map(|s| s.icon)
        .collect();
    assert_eq!(selected, ["lessons"]);
    app.handle(Event::Navigate {
        route: Route::Settings,
    })
    .unwrap();
    assert!(app.view().unwrap().sections.iter().all(|s| !s.selected));
}
