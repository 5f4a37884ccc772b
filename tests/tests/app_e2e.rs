//! The app core against a real coordinator, as a person goes through it: the first run, the
//! tutor's QR code scanned, pairing, an appointment the tutor adds reaching home and the
//! reminders, then disconnecting. Only the app's events and views are used on the phone; the
//! test performs the effects as a shell would.

mod support;

use std::sync::Arc;

use ponte_core::app::{
    App, Capabilities, Effect, Event, Platform, Route, Screen, Task, TutorEvent, TutorScreen,
};
use ponte_core::diary::AgendaSource;
use ponte_core::{OpenOptions, Store, Timestamp};
use support::{Coordinator, Tutor};

/// Monday 30 November 2026, 10:00 in Rome: the day before the tutor's appointment.
fn monday_10() -> Timestamp {
    Timestamp::parse("2026-11-30T09:00:00Z").unwrap()
}

fn phone_app(dir: &std::path::Path) -> App {
    let options = OpenOptions::new(dir.join("ponte.db").display().to_string(), &[5; 32], true);
    let store = Arc::new(Store::open_with(&options).unwrap());
    let capabilities = Capabilities {
        platform: Platform::Other,
        voices: Vec::new(),
        camera: true,
        location: false,
        preferred_languages: vec!["ar-EG".into()],
        time_zone: "Europe/Rome".into(),
    };
    App::with_store(store, capabilities, Box::new(monday_10)).unwrap()
}

fn tutor_event(app: &App, event: TutorEvent) -> Vec<Effect> {
    app.handle(Event::Tutor { event }).unwrap()
}

fn plan_links(effects: &[Effect]) -> Vec<String> {
    effects
        .iter()
        .find_map(|e| match e {
            Effect::ScheduleNotifications { plan } => {
                Some(plan.notifications.iter().map(|n| n.link.clone()).collect())
            }
            _ => None,
        })
        .expect("a notification plan among the effects")
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn scan_pair_receive_an_appointment_and_disconnect() {
    let coordinator = Coordinator::start().await;
    let tutor = Tutor::sign_in(&coordinator).await;
    let beneficiary = tutor.add_beneficiary("Amina", "ar, it").await;
    let code = tutor.pairing_code(&beneficiary).await;
    // What the dashboard's QR code holds (the demo coordinator, on plain HTTP on this device).
    let qr = format!("ponte:pair?server={}&code={code}", coordinator.base());

    // The first run, offline: Arabic, no shipped content, Bologna.
    let dir = tempfile::tempdir().unwrap();
    let app = phone_app(dir.path());
    app.handle(Event::ChooseUiLanguage { code: "ar".into() })
        .unwrap();
    app.handle(Event::ChooseContentLanguage { code: None })
        .unwrap();
    app.handle(Event::ShippedContentMissing).unwrap();
    app.handle(Event::ChooseCity {
        city: "Bologna".into(),
    })
    .unwrap();
    app.handle(Event::AcceptPrivacy).unwrap();
    let Screen::OfferPairing { scan, .. } = app.view().unwrap().screen else {
        panic!("the pairing offer")
    };
    assert!(scan.is_some());

    // Scan: the camera is asked for, then the code is read.
    assert_eq!(
        tutor_event(&app, TutorEvent::Scan),
        [Effect::RequestPermission {
            permission: ponte_core::app::Permission::Camera
        }]
    );
    assert_eq!(
        app.handle(Event::PermissionResult {
            permission: ponte_core::app::Permission::Camera,
            granted: true,
        })
        .unwrap(),
        [Effect::ScanQrCode]
    );
    app.handle(Event::QrScanned { text: qr }).unwrap();
    let view = app.view().unwrap();
    let Screen::Tutor {
        screen: TutorScreen::Pairing { form },
    } = &view.screen
    else {
        panic!("the pairing form: {:?}", view.screen)
    };
    assert_eq!(form.code.value, code);
    assert_eq!(form.server.value, coordinator.base());

    // A code the coordinator does not know (mistyped): refused on the code field, in Arabic,
    // and nothing is paired.
    tutor_event(
        &app,
        TutorEvent::EditCode {
            text: "zzzz zzzz".into(),
        },
    );
    let effects = tutor_event(&app, TutorEvent::Pair);
    let [Effect::Run { task }] = &effects[..] else {
        panic!("{effects:?}")
    };
    assert!(app.run(task.clone()).await.unwrap().is_empty());
    let view = app.view().unwrap();
    let Screen::Tutor {
        screen: TutorScreen::Pairing { form },
    } = &view.screen
    else {
        panic!("still the pairing form: {:?}", view.screen)
    };
    assert_eq!(form.code.error.as_ref().unwrap().locale, "ar");
    assert_eq!(form.code.value, "zzzz zzzz", "what was typed stays");
    assert!(form.can_pair);

    // Typed again, by hand, in lower case with a space.
    tutor_event(
        &app,
        TutorEvent::EditCode {
            text: code.to_lowercase().replace('-', " "),
        },
    );
    let effects = tutor_event(&app, TutorEvent::Pair);
    let [Effect::Run { task }] = &effects[..] else {
        panic!("{effects:?}")
    };
    assert!(matches!(task, Task::Pair { .. }));
    let effects = app.run(task.clone()).await.unwrap();
    assert_eq!(
        effects[0],
        Effect::ScheduleBackgroundSync {
            interval_minutes: 60,
            unmetered_only: true
        }
    );
    assert!(matches!(effects[1], Effect::ScheduleNotifications { .. }));

    // Paired, the first run is over: the tutor screen, home underneath.
    let view = app.view().unwrap();
    assert_eq!(view.route, Route::Tutor);
    assert!(view.can_go_back);
    assert_eq!(view.notice.as_ref().unwrap().locale, "ar");
    let Screen::Tutor {
        screen: TutorScreen::Paired { screen },
    } = &view.screen
    else {
        panic!("the paired tutor screen: {:?}", view.screen)
    };
    assert!(screen.connected.text.contains("Amina"));
    assert!(screen.sync_failure.is_none(), "the first sync went through");
    assert!(screen.items_empty.is_some());
    assert_eq!(
        coordinator.query_i64("SELECT count(*) FROM device WHERE revoked_at IS NULL"),
        1
    );

    // The tutor adds an appointment for tomorrow at 09:30; the person syncs.
    tutor
        .add_item(
            &beneficiary,
            "referral",
            &[
                ("title", "CPI Bologna"),
                ("service_id", "bo-questura"),
                ("at", "2026-12-01T09:30"),
                ("place", "Via Castiglione 3"),
            ],
        )
        .await;
    let effects = tutor_event(&app, TutorEvent::SyncNow);
    assert_eq!(
        effects,
        [Effect::Run {
            task: Task::SyncNow
        }]
    );
    let effects = app.run(Task::SyncNow).await.unwrap();
    assert!(
        plan_links(&effects).contains(&Route::Tutor.to_link()),
        "the appointment is reminded of"
    );
    let view = app.view().unwrap();
    let Screen::Tutor {
        screen: TutorScreen::Paired { screen },
    } = &view.screen
    else {
        panic!()
    };
    assert_eq!(screen.items.len(), 1);
    assert_eq!(screen.items[0].title, "CPI Bologna");
    assert_eq!(screen.items[0].when.as_ref().unwrap().locale, "ar");

    // On home, among the next days.
    assert!(app.back().unwrap());
    let Screen::Home { home } = app.view().unwrap().screen else {
        panic!("home")
    };
    let item = home
        .next_days
        .iter()
        .find(|i| i.source == AgendaSource::TutorItem)
        .expect("the appointment on home");
    assert!(item.detail.contains("CPI Bologna"));
    assert_eq!(item.link, Route::Tutor.to_link());
    assert_eq!(home.tutor_items_open, 1);

    // Disconnect, after confirming.
    app.handle(Event::Navigate {
        route: Route::Tutor,
    })
    .unwrap();
    assert!(tutor_event(&app, TutorEvent::Unpair).is_empty());
    let effects = tutor_event(&app, TutorEvent::ConfirmUnpair);
    assert_eq!(effects, [Effect::Run { task: Task::Unpair }]);
    let effects = app.run(Task::Unpair).await.unwrap();
    assert_eq!(effects[0], Effect::CancelBackgroundSync);
    let view = app.view().unwrap();
    let Screen::Tutor {
        screen: TutorScreen::NotPaired { screen },
    } = &view.screen
    else {
        panic!("not paired any more: {:?}", view.screen)
    };
    // What the tutor prepared stays on the phone, as its reminder does.
    assert_eq!(screen.items.len(), 1);
    assert_eq!(view.notice.as_ref().unwrap().locale, "ar");
    assert_eq!(
        coordinator.query_i64("SELECT count(*) FROM device WHERE revoked_at IS NULL"),
        0,
        "the coordinator forgot the phone"
    );
    assert_eq!(app.start().unwrap()[1], Effect::CancelBackgroundSync);

    // Later, a new code from the tutor, typed by hand from the tutor screen: the form gives
    // way to the tutor screen, with home still underneath.
    let code = tutor.pairing_code(&beneficiary).await;
    tutor_event(&app, TutorEvent::OpenPairing);
    tutor_event(
        &app,
        TutorEvent::EditServer {
            text: coordinator.base(),
        },
    );
    tutor_event(&app, TutorEvent::EditCode { text: code });
    let effects = tutor_event(&app, TutorEvent::Pair);
    let [Effect::Run { task }] = &effects[..] else {
        panic!("{effects:?}")
    };
    let effects = app.run(task.clone()).await.unwrap();
    assert!(matches!(effects[0], Effect::ScheduleBackgroundSync { .. }));
    let view = app.view().unwrap();
    assert_eq!(view.route, Route::Tutor);
    assert!(matches!(
        view.screen,
        Screen::Tutor {
            screen: TutorScreen::Paired { .. }
        }
    ));
    assert!(app.back().unwrap());
    assert_eq!(app.view().unwrap().route, Route::Home);
    assert!(!app.back().unwrap());
}
