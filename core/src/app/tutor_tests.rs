//! The tutor screens driven as the shells drive them: events in, views out, effects answered
//! by the test. The journey against a real coordinator is `tests/tests/app_e2e.rs`.

use super::super::tests::{app_at_home, check_snapshot, monday_10};
use super::super::*;
use crate::sync::{ConsentChoice, TutorItemKind};

fn tutor(app: &App, event: TutorEvent) -> Vec<Effect> {
    app.handle(Event::Tutor { event }).unwrap()
}

fn form(view: &AppView) -> &super::PairingForm {
    match &view.screen {
        Screen::Tutor {
            screen: TutorScreen::Pairing { form },
        } => form,
        other => panic!("not the pairing form: {other:?}"),
    }
}

fn paired(view: &AppView) -> &super::PairedView {
    match &view.screen {
        Screen::Tutor {
            screen: TutorScreen::Paired { screen },
        } => screen,
        other => panic!("not the paired tutor screen: {other:?}"),
    }
}

fn run(app: &App, task: Task) -> Vec<Effect> {
    crate::sync::runtime().block_on(app.run(task)).unwrap()
}

/// An address nothing listens on: the phone is offline as far as pairing can tell.
const NOWHERE: &str = "http://127.0.0.1:9";

/// The phone as paired with `server`, with the name the tutor gave the person.
fn pretend_paired(app: &App, server: &str) {
    crate::sync::pretend_paired(app.store(), server);
    app.store()
        .write(|tx| crate::sync::state::set(tx, crate::sync::state::NICKNAME, "Amina"))
        .unwrap();
}

/// Tomorrow 09:30 in Rome, an appointment with the job centre; a note without a time.
fn tutor_items(app: &App) {
    app.store()
        .write(|tx| {
            tx.execute(
                "INSERT INTO tutor_item (id, kind, title, text, service_id, at_ms, place, url, done, updated_at, tutor)
                 VALUES ('item-appointment', 'referral', 'Centro per l''impiego', 'Porta il permesso di soggiorno', NULL, ?1, 'Via Ranzani 13', '', 0, 0, 'giulia'),
                        ('item-note', 'note', 'CV', 'Aggiungi il corso HACCP', NULL, NULL, '', '', 0, 0, 'giulia')",
                [monday_10() + 86_400_000 - 30 * 60_000],
            )?;
            Ok(())
        })
        .unwrap();
}

#[test]
fn codes_typed_by_hand_are_normalised_and_bad_ones_refused() {
    assert_eq!(super::normalise_code(" abcd efgh ").unwrap(), "ABCD-EFGH");
    assert_eq!(super::normalise_code("abcd–efgh").unwrap(), "ABCD-EFGH");
    // The letters people confuse read as the code's own; Persian and Arabic digits count.
    assert_eq!(super::normalise_code("o1lI-2345").unwrap(), "QJJJ-2345");
    assert_eq!(super::normalise_code("ABCD-۲۳۴۵").unwrap(), "ABCD-2345");
    assert_eq!(super::normalise_code("ABCD-٢٣٤٥").unwrap(), "ABCD-2345");
    for bad in ["ABC", "ABCD-EFGH-J", "ABCD-EFG?", "ابجد-هوزح"] {
        assert!(
            matches!(
                super::normalise_code(bad),
                Err(crate::Error::Invalid {
                    reason: crate::error::InvalidReason::OutOfRange,
                    ..
                })
            ),
            "{bad}"
        );
    }
    assert!(matches!(
        super::normalise_code(" - "),
        Err(crate::Error::Invalid {
            reason: crate::error::InvalidReason::Required,
            ..
        })
    ));
    assert_eq!(
        super::normalise_server("ponte.example.org/").unwrap(),
        "https://ponte.example.org"
    );
    assert_eq!(
        super::normalise_server("http://127.0.0.1:8080").unwrap(),
        "http://127.0.0.1:8080"
    );
    // A coordinator in clear over the network would expose the token and the diary.
    assert!(super::normalise_server("http://ponte.example.org").is_err());
    assert!(super::normalise_server("not an address").is_err());
}

#[test]
fn a_bad_code_typed_in_farsi_is_refused_on_the_code_field_and_kept_after_a_restart() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("p.db");
    {
        let app = app_at_home(&path, "fa");
        app.handle(Event::Navigate {
            route: Route::Tutor,
        })
        .unwrap();
        let view = app.view().unwrap();
        let Screen::Tutor {
            screen: TutorScreen::NotPaired { screen },
        } = &view.screen
        else {
            panic!("{:?}", view.screen)
        };
        assert_eq!(screen.explanation.locale, "fa");
        assert!(screen.scan.is_some(), "the phone has a camera");
        tutor(&app, TutorEvent::OpenPairing);
        assert_eq!(
            app.view().unwrap().route,
            Route::Pairing {
                server: None,
                code: None
            }
        );

        tutor(
            &app,
            TutorEvent::EditServer {
                text: "ponte.example.org".into(),
            },
        );
        tutor(
            &app,
            TutorEvent::EditCode {
                text: "ABC-۱۲".into(),
            },
        );
        let effects = tutor(&app, TutorEvent::Pair);
        assert!(effects.is_empty(), "nothing runs: {effects:?}");
        let view = app.view().unwrap();
        let refused = form(&view);
        let error = refused.code.error.as_ref().expect("an error on the code");
        assert_eq!(error.locale, "fa");
        assert!(
            error.text.contains("ABCD-EFGH"),
            "it shows what a code looks like"
        );
        assert_eq!(refused.server.error, None, "the server is fine");
        assert_eq!(refused.code.value, "ABC-۱۲", "what was typed stays");
        assert_eq!(view.error.as_ref().unwrap().locale, "fa");
        assert!(refused.can_pair);
        // The process is killed here.
    }
    let app = super::super::tests::open_app(&path, &["fa"]);
    let view = app.view().unwrap();
    let kept = form(&view);
    assert_eq!(
        (kept.code.value.as_str(), kept.server.value.as_str()),
        ("ABC-۱۲", "ponte.example.org")
    );
    assert_eq!(kept.code.error, None, "a new process has no stale error");

    // A server address sent in clear is refused on the server field.
    tutor(
        &app,
        TutorEvent::EditServer {
            text: "http://ponte.example.org".into(),
        },
    );
    tutor(
        &app,
        TutorEvent::EditCode {
            text: "abcd efgh".into(),
        },
    );
    assert!(tutor(&app, TutorEvent::Pair).is_empty());
    let view = app.view().unwrap();
    assert_eq!(form(&view).code.error, None);
    assert_eq!(form(&view).server.error.as_ref().unwrap().locale, "fa");
    assert_eq!(view.error.as_ref().unwrap().locale, "fa");

    // Typing again clears the field's error.
    tutor(
        &app,
        TutorEvent::EditServer {
            text: NOWHERE.into(),
        },
    );
    assert_eq!(form(&app.view().unwrap()).server.error, None);
}

#[test]
fn a_scanned_code_fills_the_form_and_no_connection_keeps_it_for_later() {
    let dir = tempfile::tempdir().unwrap();
    let app = app_at_home(&dir.path().join("p.db"), "ar");
    app.handle(Event::Navigate {
        route: Route::Tutor,
    })
    .unwrap();
    // The camera is asked for the first time, then the scanner opens.
    assert_eq!(
        tutor(&app, TutorEvent::Scan),
        [Effect::RequestPermission {
            permission: Permission::Camera
        }]
    );
    assert_eq!(
        app.handle(Event::PermissionResult {
            permission: Permission::Camera,
            granted: true
        })
        .unwrap(),
        [Effect::ScanQrCode]
    );
    assert_eq!(tutor(&app, TutorEvent::Scan), [Effect::ScanQrCode]);
    app.handle(Event::QrScanned {
        text: format!("ponte:pair?server={NOWHERE}&code=abcd-efgh"),
    })
    .unwrap();
    let view = app.view().unwrap();
    let filled = form(&view);
    assert_eq!(
        (filled.code.value.as_str(), filled.server.value.as_str()),
        ("abcd-efgh", NOWHERE)
    );
    assert_eq!(filled.pair.locale, "ar");

    let effects = tutor(&app, TutorEvent::Pair);
    assert_eq!(
        effects,
        [Effect::Run {
            task: Task::Pair {
                server: NOWHERE.into(),
                code: "ABCD-EFGH".into()
            }
        }]
    );
    let view = app.view().unwrap();
    assert!(form(&view).in_progress.is_some());
    assert!(!form(&view).can_pair, "one pairing at a time");
    assert!(tutor(&app, TutorEvent::Pair).is_empty());

    assert!(run(
        &app,
        Task::Pair {
            server: NOWHERE.into(),
            code: "ABCD-EFGH".into(),
        }
    )
    .is_empty());
    let view = app.view().unwrap();
    let failed = form(&view);
    let failure = failed.failure.as_ref().expect("said why");
    assert_eq!(failure.locale, "ar");
    assert_eq!(
        failure.text,
        crate::i18n::Catalogue::get()
            .t(&["ar".into()], "tutor-pair-offline", &[])
            .text
    );
    assert!(failed.in_progress.is_none() && failed.can_pair);
    assert_eq!(failed.code.value, "abcd-efgh", "the form is kept");
    assert!(!crate::sync::is_paired(app.store()).unwrap());
}

#[test]
fn the_camera_refused_leaves_typing_the_code() {
    let dir = tempfile::tempdir().unwrap();
    let app = app_at_home(&dir.path().join("p.db"), "en");
    app.handle(Event::Navigate {
        route: Route::Tutor,
    })
    .unwrap();
    tutor(&app, TutorEvent::Scan);
    assert!(app
        .handle(Event::PermissionResult {
            permission: Permission::Camera,
            granted: false
        })
        .unwrap()
        .is_empty());
    assert!(tutor(&app, TutorEvent::Scan).is_empty());
    assert!(app.view().unwrap().notice.is_some());
}

#[test]
fn paired_the_person_chooses_what_to_share_ticks_the_tutors_items_and_syncs() {
    let dir = tempfile::tempdir().unwrap();
    let app = app_at_home(&dir.path().join("p.db"), "fa");
    pretend_paired(&app, NOWHERE);
    tutor_items(&app);
    app.handle(Event::Navigate {
        route: Route::Tutor,
    })
    .unwrap();
    let view = app.view().unwrap();
    let screen = paired(&view);
    assert!(screen.connected.text.contains("Amina"));
    assert_eq!(screen.connected.locale, "fa");
    assert_eq!(screen.consents.len(), 4);
    assert!(
        screen.consents.iter().all(|c| !c.granted),
        "nothing shared by default"
    );
    assert_eq!(screen.items.len(), 2);
    let appointment = &screen.items[0];
    assert_eq!(appointment.kind, TutorItemKind::Referral);
    assert_eq!(appointment.when.as_ref().unwrap().locale, "fa");
    assert!(appointment.when.as_ref().unwrap().text.contains("۹:۳۰"));
    assert_eq!(screen.pending, None);

    // Sharing the diary: it reaches the tutor at the next sync, and the screen says so.
    assert!(tutor(
        &app,
        TutorEvent::SetConsent {
            category: ConsentChoice::Diary,
            granted: true
        }
    )
    .is_empty());
    let view = app.view().unwrap();
    let screen = paired(&view);
    assert!(screen.consents[0].granted);
    assert!(screen.consents_note.is_some());
    assert!(screen.pending.is_some(), "the choice waits to be sent");

    // The appointment ticked done: no reminder for it any more.
    let before = app.notification_plan().unwrap();
    let effects = tutor(
        &app,
        TutorEvent::SetItemDone {
            id: "item-appointment".into(),
            done: true,
        },
    );
    let [Effect::ScheduleNotifications { plan }] = &effects[..] else {
        panic!("{effects:?}")
    };
    let Effect::ScheduleNotifications { plan: before } = before else {
        panic!()
    };
    let tutor_link = Route::Tutor.to_link();
    assert!(before.notifications.iter().any(|n| n.link == tutor_link));
    assert!(!plan.notifications.iter().any(|n| n.link == tutor_link));
    let view = app.view().unwrap();
    let screen = paired(&view);
    assert_eq!(screen.items[1].id, "item-appointment", "done goes last");
    assert!(screen.items[1].done);

    // Sync now with no connection: a state on the screen, not a crash.
    assert_eq!(
        tutor(&app, TutorEvent::SyncNow),
        [Effect::Run {
            task: Task::SyncNow
        }]
    );
    let view = app.view().unwrap();
    assert!(paired(&view).syncing.is_some());
    assert!(!paired(&view).can_sync);
    assert!(tutor(&app, TutorEvent::SyncNow).is_empty(), "one at a time");
    assert!(run(&app, Task::SyncNow).is_empty());
    let view = app.view().unwrap();
    let screen = paired(&view);
    assert_eq!(screen.syncing, None);
    assert!(screen.can_sync);
    let failure = screen.sync_failure.as_ref().expect("the failure is shown");
    assert_eq!(failure.locale, "fa");
    assert!(screen.pending.is_some(), "the changes wait on the phone");
}

#[test]
fn unpairing_asks_first_and_without_connection_the_phone_stays_paired() {
    let dir = tempfile::tempdir().unwrap();
    let app = app_at_home(&dir.path().join("p.db"), "en");
    pretend_paired(&app, NOWHERE);
    app.handle(Event::Navigate {
        route: Route::Tutor,
    })
    .unwrap();
    assert!(
        tutor(&app, TutorEvent::ConfirmUnpair).is_empty(),
        "not asked yet"
    );
    tutor(&app, TutorEvent::Unpair);
    assert!(paired(&app.view().unwrap()).confirm_unpair.is_some());
    tutor(&app, TutorEvent::CancelUnpair);
    assert!(paired(&app.view().unwrap()).confirm_unpair.is_none());
    tutor(&app, TutorEvent::Unpair);
    assert_eq!(
        tutor(&app, TutorEvent::ConfirmUnpair),
        [Effect::Run { task: Task::Unpair }]
    );
    assert!(paired(&app.view().unwrap()).unpairing.is_some());
    assert!(run(&app, Task::Unpair).is_empty());
    let view = app.view().unwrap();
    let screen = paired(&view);
    assert!(screen.unpairing.is_none());
    assert!(screen.unpair_failure.is_some());
    assert!(crate::sync::is_paired(app.store()).unwrap());
}

#[test]
fn more_than_a_page_of_tutor_items_is_shown_a_page_at_a_time() {
    let dir = tempfile::tempdir().unwrap();
    let app = app_at_home(&dir.path().join("p.db"), "en");
    pretend_paired(&app, NOWHERE);
    app.store()
        .write(|tx| {
            for i in 0..45 {
                tx.execute(
                    "INSERT INTO tutor_item (id, kind, title, text, service_id, at_ms, place, url, done, updated_at, tutor)
                     VALUES (?1, 'note', 'Note', '', NULL, NULL, '', '', 0, ?2, 'giulia')",
                    rusqlite::params![format!("n{i}"), i],
                )?;
            }
            Ok(())
        })
        .unwrap();
    app.handle(Event::Navigate {
        route: Route::Tutor,
    })
    .unwrap();
    assert_eq!(paired(&app.view().unwrap()).items.len(), 20);
    tutor(&app, TutorEvent::ShowMoreItems);
    assert_eq!(paired(&app.view().unwrap()).items.len(), 40);
    tutor(&app, TutorEvent::ShowMoreItems);
    let view = app.view().unwrap();
    assert_eq!(paired(&view).items.len(), 45);
    assert_eq!(paired(&view).more_items, None);
}

#[test]
fn every_tutor_screen_in_italian_english_arabic_and_farsi_matches_its_snapshot() {
    for language in ["it", "en", "ar", "fa"] {
        let dir = tempfile::tempdir().unwrap();
        let app = app_at_home(&dir.path().join("p.db"), language);
        let shot = |name: &str| {
            check_snapshot(&format!("{name}.{language}"), &app.view().unwrap());
        };
        app.handle(Event::Navigate {
            route: Route::Tutor,
        })
        .unwrap();
        shot("tutor-not-paired");
        app.handle(Event::OpenLink {
            link: "https://ponte.example.org/pair/ABCD-EFGH".into(),
        })
        .unwrap();
        shot("tutor-pairing");
        tutor(
            &app,
            TutorEvent::EditCode {
                text: "ABCD-EF".into(),
            },
        );
        tutor(&app, TutorEvent::Pair);
        shot("tutor-pairing-refused");
        assert!(app.back().unwrap());
        pretend_paired(&app, "https://ponte.example.org");
        tutor_items(&app);
        shot("tutor-paired");
        tutor(&app, TutorEvent::Unpair);
        shot("tutor-unpair-confirm");
    }
}

/// The shells run tasks on their own threads (uniffi's async calls need `Send` futures): no
/// lock of the app may be held across a network wait. Checked by the compiler.
#[test]
fn tasks_can_run_on_any_thread() {
    fn send<T: Send>(_: &T) {}
    let dir = tempfile::tempdir().unwrap();
    let app = super::super::tests::open_app(&dir.path().join("p.db"), &["en"]);
    for task in [
        Task::Pair {
            server: NOWHERE.into(),
            code: "ABCD-EFGH".into(),
        },
        Task::SyncNow,
        Task::Unpair,
    ] {
        send(&app.run(task));
    }
}
