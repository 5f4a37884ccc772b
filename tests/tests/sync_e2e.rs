//! End to end, over real HTTP on 127.0.0.1: a coordinator process, a tutor on its dashboard,
//! phones with their own databases, and a proxy that breaks things. After every scenario:
//! no operation lost, none applied twice, both sides equal.

mod support;

use ponte_core::diary::Stage;
use ponte_core::sync::{ConsentChoice, TutorItemKind};
use ponte_core::SyncFailure;
use support::{Coordinator, Fault, Phone, Proxy, Tutor};

/// The server's copy of the person's applications: the employers.
fn server_employers(coordinator: &Coordinator) -> Vec<String> {
    let mut employers: Vec<String> = coordinator
        .query_texts("SELECT body FROM shared_record WHERE kind = 'application'")
        .iter()
        .map(|b| {
            let record: ponte_wire::sync::SharedRecord = serde_json::from_str(b).unwrap();
            record.text("employer").unwrap_or_default().to_owned()
        })
        .collect();
    employers.sort();
    employers
}

async fn paired(coordinator: &Coordinator, base: &str) -> (Tutor, String, Phone) {
    let tutor = Tutor::sign_in(coordinator).await;
    let beneficiary = tutor.add_beneficiary("Amina", "ar, it").await;
    let code = tutor.pairing_code(&beneficiary).await;
    let phone = Phone::new();
    let pairing = phone
        .sync
        .pair(base, &code.to_lowercase(), "Test phone", Vec::new())
        .await
        .unwrap();
    assert_eq!(
        (pairing.nickname.as_str(), pairing.region.as_str()),
        ("Amina", "bologna")
    );
    (tutor, beneficiary, phone)
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn pair_share_and_receive_a_referral() {
    let coordinator = Coordinator::start().await;
    let (tutor, beneficiary, phone) = paired(&coordinator, &coordinator.base()).await;
    // A used code does not pair a second phone; a wrong server address is a clear error.
    let other = Phone::new();
    let refused = other
        .sync
        .pair(&coordinator.base(), "ZZZZ-ZZZZ", "", Vec::new())
        .await;
    assert!(
        matches!(
            refused,
            Err(ponte_core::Error::Sync {
                failure: SyncFailure::BadCode,
                ..
            })
        ),
        "{refused:?}"
    );
    let offline = other
        .sync
        .pair("http://127.0.0.1:9", "ABCD-EFGH", "", Vec::new())
        .await;
    assert!(
        matches!(
            offline,
            Err(ponte_core::Error::Sync {
                failure: SyncFailure::Offline,
                ..
            })
        ),
        "{offline:?}"
    );
    assert!(!other.sync.status(&[]).unwrap().paired);
    // A paired phone is not paired again: a state, not a wrong code.
    let again = phone
        .sync
        .pair(&coordinator.base(), "ABCD-EFGH", "", Vec::new())
        .await;
    assert!(
        matches!(again, Err(ponte_core::Error::AlreadyPaired)),
        "{again:?}"
    );
    assert_eq!(
        ponte_core::PonteError::from(again.unwrap_err()),
        ponte_core::PonteError::AlreadyPaired
    );

    // Written before consenting: stays on the phone.
    phone.add_application("Private Ltd");
    let first = phone.sync.sync_now(true, None).await.unwrap();
    assert!(first.content_changes > 0, "the territory came down");
    assert_eq!(
        phone.service_ids().len() as i64,
        coordinator.query_i64("SELECT count(*) FROM service WHERE region = 'bologna'")
    );
    assert!(
        server_employers(&coordinator).is_empty(),
        "nothing shared without consent"
    );

    // Consent to the diary: everything of it goes, and later changes follow.
    phone.sync.set_consent(ConsentChoice::Diary, true).unwrap();
    let hotel = phone.add_application("Hotel Roma");
    phone.move_to(&hotel, Stage::Interview);
    phone.sync.sync_now(true, None).await.unwrap();
    assert_eq!(
        server_employers(&coordinator),
        vec!["Hotel Roma", "Private Ltd"]
    );
    let page = tutor.page(&format!("/beneficiaries/{beneficiary}")).await;
    assert!(
        // The stage in the tutor's words (the dashboard speaks Italian by default).
        page.contains("Hotel Roma") && page.contains("Colloquio"),
        "the tutor sees the shared diary"
    );

    // The tutor's referral becomes a reminder on the phone.
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
    let received = phone.sync.sync_now(true, None).await.unwrap();
    assert_eq!(received.items, 1, "the referral, and nothing else, came in");
    let items = phone.sync.tutor_items().unwrap();
    assert_eq!(items.len(), 1);
    assert_eq!(
        (items[0].kind.clone(), items[0].title.as_str()),
        (TutorItemKind::Referral, "CPI Bologna")
    );
    // 09:30 in Rome in December is 08:30 UTC.
    assert_eq!(
        items[0].at,
        Some(ponte_core::Timestamp::from_millis(1_796_113_800_000))
    );
    assert_eq!(
        (items[0].place.as_str(), items[0].tutor.as_str()),
        ("Via Castiglione 3", "tutor")
    );
    // It is a reminder in the diary's agenda, the day before, with who and where.
    let agenda = phone
        .diary()
        .agenda(&ponte_core::diary::AgendaOptions::at(
            ponte_core::Timestamp::from_millis(1_796_113_800_000 - 86_400_000),
        ))
        .unwrap();
    let reminder = agenda
        .this_week
        .iter()
        .find(|i| i.source == ponte_core::diary::AgendaSource::TutorItem)
        .expect("the referral in the agenda");
    assert_eq!(
        (
            reminder.note.as_str(),
            reminder.tutor.as_str(),
            reminder.place.as_str(),
            reminder.at
        ),
        (
            "CPI Bologna",
            "tutor",
            "Via Castiglione 3",
            ponte_core::Timestamp::from_millis(1_796_113_800_000)
        )
    );
    // The tutor moves the appointment an hour later: the phone's reminder moves too.
    let page = tutor.page(&format!("/beneficiaries/{beneficiary}")).await;
    assert!(
        page.contains(&format!("edit-{}", items[0].id)),
        "an edit form per item"
    );
    tutor
        .edit_item(
            &beneficiary,
            &items[0].id,
            &[
                ("title", "CPI Bologna"),
                ("service_id", "bo-questura"),
                ("at", "2026-12-01T10:30"),
            ],
        )
        .await;
    phone.sync.sync_now(true, None).await.unwrap();
    let items = phone.sync.tutor_items().unwrap();
    assert_eq!(
        items[0].at,
        Some(ponte_core::Timestamp::from_millis(
            1_796_113_800_000 + 3_600_000
        ))
    );
    // A note added by mistake and deleted: gone from the phone at its next sync.
    tutor
        .add_item(&beneficiary, "tutor_note", &[("title", "Wrong person")])
        .await;
    phone.sync.sync_now(true, None).await.unwrap();
    let note = phone
        .sync
        .tutor_items()
        .unwrap()
        .into_iter()
        .find(|i| i.title == "Wrong person")
        .expect("the note arrives");
    tutor.delete_item(&beneficiary, &note.id).await;
    phone.sync.sync_now(true, None).await.unwrap();
    let titles: Vec<String> = phone
        .sync
        .tutor_items()
        .unwrap()
        .into_iter()
        .map(|i| i.title)
        .collect();
    assert_eq!(titles, ["CPI Bologna"]);

    // Never two syncs at a time.
    let (a, b) = tokio::join!(
        phone.sync.sync_now(true, None),
        phone.sync.sync_now(true, None)
    );
    let busy = [&a, &b]
        .iter()
        .filter(|r| {
            matches!(
                r,
                Err(ponte_core::Error::Sync {
                    failure: SyncFailure::Busy,
                    ..
                })
            )
        })
        .count();
    // Which of the two runs first, and whether the first is still running when the second
    // starts, is the scheduler's choice (a clean-clone run saw both finish one after the
    // other): never both at once, and one of them synced. That the second one is refused as
    // `Busy` while the first holds the turn is core's own test
    // (`one_sync_at_a_time_per_database_whatever_the_clients_and_stores`).
    assert!(busy <= 1 && (a.is_ok() || b.is_ok()), "{a:?} / {b:?}");
    // Done on the phone: the tutor sees it, and the tutor's fields stay.
    phone.sync.set_tutor_item_done(&items[0].id, true).unwrap();
    phone.sync.sync_now(true, None).await.unwrap();
    let body = coordinator.query_texts("SELECT body FROM shared_record WHERE kind = 'referral'");
    let record: ponte_wire::sync::SharedRecord = serde_json::from_str(&body[0]).unwrap();
    assert_eq!(record.fields["done"].value, serde_json::json!(true));
    assert_eq!(record.text("title"), Some("CPI Bologna"));

    // Nothing changed: a small round trip, nothing applied.
    let idle = phone.sync.sync_now(true, None).await.unwrap();
    assert_eq!((idle.pushed, idle.items, idle.content_changes), (0, 0, 0));
    let status = phone.sync.status(&["it".into()]).unwrap();
    assert!(status.paired && status.last_error.is_none() && status.pending_operations == 0);

    // A new phone paired to the same person gets back what was shared.
    let code = tutor.pairing_code(&beneficiary).await;
    let new_phone = Phone::new();
    new_phone
        .sync
        .pair(&coordinator.base(), &code, "New phone", Vec::new())
        .await
        .unwrap();
    new_phone
        .sync
        .set_consent(ConsentChoice::Diary, true)
        .unwrap();
    new_phone.sync.sync_now(true, None).await.unwrap();
    assert_eq!(new_phone.employers(), vec!["Hotel Roma", "Private Ltd"]);
    assert_eq!(new_phone.sync.tutor_items().unwrap().len(), 1);
    assert!(new_phone.sync.tutor_items().unwrap()[0].done);

    // Erase everywhere: gone from the server, the phone's diary emptied, the token dead.
    phone.sync.erase_everywhere().await.unwrap();
    assert_eq!(
        coordinator.query_i64("SELECT count(*) FROM shared_record"),
        0
    );
    assert!(phone.employers().is_empty());
    assert!(!phone.sync.status(&[]).unwrap().paired);
    let after = new_phone.sync.sync_now(true, None).await;
    assert!(
        matches!(
            after,
            Err(ponte_core::Error::Sync {
                failure: SyncFailure::Unpaired,
                ..
            })
        ),
        "{after:?}"
    );
    let status = new_phone.sync.status(&["it".into()]).unwrap();
    assert_eq!(status.last_error, Some(SyncFailure::Unpaired));
    assert!(
        status.last_error_text.unwrap().contains("codice"),
        "the error in Italian words"
    );
}

/// Offline edits, then syncs through each kind of fault until one succeeds.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn nothing_is_lost_or_applied_twice_under_faults() {
    let coordinator = Coordinator::start().await;
    let proxy = Proxy::start(coordinator.port).await;
    let (_tutor, _beneficiary, phone) = paired(&coordinator, &proxy.base()).await;
    phone.sync.set_consent(ConsentChoice::Diary, true).unwrap();
    // The territory first, so there are services to report on.
    phone.sync.sync_now(true, None).await.unwrap();
    let mut expected = Vec::new();
    let mut failed_syncs = 0;
    for (round, fault) in [
        Fault::DropAfterRequest,
        Fault::CutBody,
        Fault::Duplicate,
        Fault::Delay(300),
        Fault::DropAfterRequest,
    ]
    .into_iter()
    .enumerate()
    {
        for i in 0..3 {
            let employer = format!("Employer {round}-{i}");
            let id = phone.add_application(&employer);
            phone.move_to(&id, Stage::Interview);
            expected.push(employer);
        }
        let any_service = phone.service_ids()[round].clone();
        ponte_core::services::Services::new(phone.store.clone())
            .report_problem(
                &any_service,
                ponte_core::services::ReportKind::WrongHours,
                "",
            )
            .unwrap();
        proxy.set(fault, 2);
        failed_syncs += phone.sync_until_done(20).await;
    }
    assert!(
        failed_syncs >= 3,
        "the faults did break syncs ({failed_syncs})"
    );
    proxy.set(Fault::None, 0);
    phone.sync.sync_now(true, None).await.unwrap();
    expected.sort();
    assert_eq!(
        server_employers(&coordinator),
        expected,
        "every application, once"
    );
    assert_eq!(
        coordinator.query_i64("SELECT count(*) FROM service_report"),
        5,
        "every report, once"
    );
    assert_eq!(phone.sync.status(&[]).unwrap().pending_operations, 0);
    // Every operation id applied once; the server holds each record once.
    assert_eq!(
        coordinator.query_i64("SELECT count(*) FROM applied_operation"),
        coordinator.query_i64("SELECT count(DISTINCT id) FROM applied_operation")
    );
    let reports = phone
        .store
        .read(|c| {
            Ok(c.query_row(
                "SELECT count(*) FROM service_report WHERE status = 'sent'",
                [],
                |r| r.get::<_, i64>(0),
            )?)
        })
        .unwrap();
    assert_eq!(reports, 5);
    assert_eq!(
        phone.service_ids().len() as i64,
        coordinator.query_i64("SELECT count(*) FROM service WHERE region = 'bologna'")
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_restarted_coordinator_and_a_killed_phone_lose_nothing() {
    let mut coordinator = Coordinator::start().await;
    let proxy = Proxy::start(coordinator.port).await;
    let (_tutor, _beneficiary, mut phone) = paired(&coordinator, &proxy.base()).await;
    phone.sync.set_consent(ConsentChoice::Diary, true).unwrap();
    for i in 0..20 {
        phone.add_application(&format!("Before restart {i}"));
    }
    // Slow answers, and the coordinator killed while the phone waits.
    proxy.set(Fault::Delay(400), 1);
    let sync = phone.sync.clone();
    let running = tokio::spawn(async move { sync.sync_now(true, None).await });
    tokio::time::sleep(std::time::Duration::from_millis(200)).await;
    coordinator.restart().await;
    let _ = running.await.unwrap();
    proxy.set(Fault::None, 0);
    phone.sync_until_done(5).await;
    assert_eq!(server_employers(&coordinator).len(), 20);

    // The phone killed in the middle of a sync, then started again.
    for i in 0..20 {
        phone.add_application(&format!("Before kill {i}"));
    }
    proxy.set(Fault::Delay(300), 1);
    let sync = phone.sync.clone();
    let running = ponte_core::sync::runtime().spawn(async move { sync.sync_now(true, None).await });
    tokio::time::sleep(std::time::Duration::from_millis(450)).await;
    running.abort();
    let _ = running.await;
    phone.restart();
    proxy.set(Fault::None, 0);
    phone.sync_until_done(5).await;
    let mut expected: Vec<String> = (0..20)
        .map(|i| format!("Before kill {i}"))
        .chain((0..20).map(|i| format!("Before restart {i}")))
        .collect();
    expected.sort();
    assert_eq!(server_employers(&coordinator), expected);
    assert_eq!(phone.employers(), expected);
}

/// The directory of the phone that `phone_process` opens.
const PHONE_DIR: &str = "PONTE_TEST_PHONE_DIR";

/// The phone as a process of its own: this test binary started again to run only this
/// function, which syncs and is killed by its parent while it waits for the answer.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
#[ignore = "the phone's own process in a_phone_process_killed_mid_sync_loses_nothing, which starts it"]
async fn phone_process() {
    let dir = std::env::var_os(PHONE_DIR).expect("started by its parent test");
    let (_store, sync) = Phone::open_at(std::path::Path::new(&dir));
    let _ = sync.sync_now(true, None).await;
    // Its parent kills it before the sync ends; if not, the parent's test fails.
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_phone_process_killed_mid_sync_loses_nothing() {
    let coordinator = Coordinator::start().await;
    let proxy = Proxy::start(coordinator.port).await;
    let (_tutor, _beneficiary, phone) = paired(&coordinator, &proxy.base()).await;
    phone.sync.set_consent(ConsentChoice::Diary, true).unwrap();
    let expected: Vec<String> = (0..20).map(|i| format!("Before kill {i:02}")).collect();
    for employer in &expected {
        phone.add_application(employer);
    }
    let dir = phone.close();
    // The server applies the push; its answer waits in the proxy while the process is killed.
    proxy.set(Fault::Delay(3_000), 1);
    let mut child = std::process::Command::new(std::env::current_exe().unwrap())
        .args(["phone_process", "--exact", "--ignored", "--nocapture"])
        .env(PHONE_DIR, dir.path())
        .spawn()
        .unwrap();
    let deadline = std::time::Instant::now() + std::time::Duration::from_secs(60);
    while server_employers(&coordinator).len() < expected.len() {
        assert!(
            std::time::Instant::now() < deadline,
            "the phone process never pushed"
        );
        tokio::time::sleep(std::time::Duration::from_millis(20)).await;
    }
    child.kill().unwrap(); // SIGKILL: nothing of the phone runs after this
    let status = child.wait().unwrap();
    assert!(
        !status.success(),
        "the phone process ended before it was killed: {status:?}"
    );
    proxy.set(Fault::None, 0);

    // Started again: the operations the server applied but never acknowledged are pushed
    // again, acknowledged again, and applied once.
    let phone = Phone::reopen(dir);
    assert_eq!(
        phone.sync.status(&[]).unwrap().pending_operations,
        21,
        "killed before the answer came: the phone still holds the consent and the 20 applications"
    );
    phone.sync_until_done(5).await;
    assert_eq!(server_employers(&coordinator), expected);
    assert_eq!(phone.employers(), expected);
    assert_eq!(
        phone.sync.status(&[]).unwrap().pending_operations,
        0,
        "the outbox is empty once the server acknowledged"
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn an_unknown_cursor_starts_the_content_over_and_keeps_the_persons_data() {
    let coordinator = Coordinator::start().await;
    let (_tutor, _beneficiary, phone) = paired(&coordinator, &coordinator.base()).await;
    phone.sync.sync_now(true, None).await.unwrap();
    let before = phone.service_ids();
    let services = ponte_core::services::Services::new(phone.store.clone());
    services.set_favourite(&before[0], true).unwrap();
    phone.add_application("Kept");
    // The server's log is rebuilt from scratch (a restored backup), one service fewer.
    {
        let conn = rusqlite::Connection::open(coordinator.database()).unwrap();
        conn.execute_batch(&format!(
            "DELETE FROM content_change; DELETE FROM sqlite_sequence WHERE name = 'content_change';
             DELETE FROM service WHERE id = '{}';
             INSERT INTO content_change (kind, id, region, body, at) SELECT 'service', id, region, body, 0 FROM service;",
            before[1]
        ))
        .unwrap();
    }
    phone.sync.sync_now(true, None).await.unwrap();
    let after = phone.service_ids();
    assert_eq!(after.len(), before.len() - 1);
    assert!(!after.contains(&before[1]));
    assert_eq!(
        services
            .favourites(&[], ponte_core::Timestamp::from_millis(0))
            .unwrap()
            .len(),
        1,
        "the person's favourite stays"
    );
    assert_eq!(phone.employers(), vec!["Kept"]);
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_new_install_starts_from_the_shipped_dump_and_syncs_forward() {
    let coordinator = Coordinator::start().await;
    let content = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../content");
    for (command, file) in [
        ("guides", "guides/national.json"),
        ("glossary", "glossary.json"),
    ] {
        coordinator.run(&[command, content.join(file).to_str().unwrap()], None);
    }
    let dump = coordinator.dir.path().join("bologna.dump");
    coordinator.run(
        &[
            "dump",
            "--region",
            "bologna",
            "--languages",
            "it,en,ar",
            "--out",
            dump.to_str().unwrap(),
        ],
        None,
    );
    let seed = coordinator
        .query_texts("SELECT value FROM server_secret WHERE name = 'lesson-signing-key'");
    let key = ponte_wire::pack::signing_key_from_base64(&seed[0]).unwrap();
    let trusted = ponte_wire::pack::public_key_to_base64(&key.verifying_key());
    let bytes = std::fs::read(&dump).unwrap();

    // An app that does not trust the key refuses the dump and changes nothing.
    let stranger = Phone::new();
    assert!(stranger.sync.install_dump(&bytes).is_err());
    assert!(stranger.service_ids().is_empty());
    // A changed dump is refused too.
    let mut changed = bytes.clone();
    let at = changed.len() / 2;
    changed[at] = if changed[at] == b'a' { b'b' } else { b'a' };
    let phone = Phone::trusting(vec![trusted]);
    assert!(phone.sync.install_dump(&changed).is_err());

    // Offline, the map works from the first launch.
    assert!(phone.sync.install_dump(&bytes).unwrap());
    let count = coordinator.query_i64("SELECT count(*) FROM service WHERE region = 'bologna'");
    assert_eq!(phone.service_ids().len() as i64, count);
    assert!(
        !phone.sync.install_dump(&bytes).unwrap(),
        "the same dump twice changes nothing"
    );

    // The server moves on: one service deleted. The phone downloads only that.
    {
        let conn = rusqlite::Connection::open(coordinator.database()).unwrap();
        conn.execute_batch(
            "INSERT INTO content_change (kind, id, region, body, at) VALUES ('service', 'bo-questura', 'bologna', NULL, 0);
             DELETE FROM service WHERE id = 'bo-questura';",
        )
        .unwrap();
    }
    let tutor = Tutor::sign_in(&coordinator).await;
    let beneficiary = tutor.add_beneficiary("Amina", "ar").await;
    let code = tutor.pairing_code(&beneficiary).await;
    phone
        .sync
        .pair(&coordinator.base(), &code, "phone", Vec::new())
        .await
        .unwrap();
    let report = phone.sync.sync_now(true, None).await.unwrap();
    assert_eq!(
        report.content_changes, 1,
        "only what changed after the dump"
    );
    assert_eq!(phone.service_ids().len() as i64, count - 1);

    // The dump brought the glossary of synonyms: a question in Arabic words finds the Italian
    // guide on the tax code, offline.
    let guides = ponte_core::guides::Guides::new(phone.store.clone());
    let ask = |question: &str| {
        guides
            .ask(question, Some("bologna"), &["ar".to_string()], 3)
            .unwrap()
            .into_iter()
            .map(|p| p.source_id)
            .collect::<Vec<_>>()
    };
    assert!(ask("الرمز الضريبي").contains(&"codice-fiscale".to_string()));
    // The network adds a synonym to the glossary; the next sync brings it, and the word finds
    // the guide.
    assert!(ask("xyzzyq").is_empty());
    let mut glossary: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(content.join("glossary.json")).unwrap())
            .unwrap();
    let tax_code = glossary["concepts"]
        .as_array_mut()
        .unwrap()
        .iter_mut()
        .find(|c| c["id"] == "tax-code")
        .unwrap();
    tax_code["terms"]["ar"]
        .as_array_mut()
        .unwrap()
        .push("xyzzyq".into());
    let file = coordinator.dir.path().join("glossary.json");
    std::fs::write(&file, glossary.to_string()).unwrap();
    coordinator.run(&["glossary", file.to_str().unwrap()], None);
    let report = phone.sync.sync_now(true, None).await.unwrap();
    assert_eq!(report.content_changes, 1, "the one concept that changed");
    assert_eq!(
        ask("xyzzyq").first().map(String::as_str),
        Some("codice-fiscale")
    );
}

fn is_failure<T>(result: &ponte_core::Result<T>, expected: SyncFailure) -> bool {
    matches!(result, Err(ponte_core::Error::Sync { failure, .. }) if *failure == expected)
}

/// Two `Sync` objects on one store (the app's screen and its background job): one sync at a
/// time, each operation pushed once; unpairing from the other object stops the running sync.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn two_sync_objects_on_one_store_push_each_operation_once() {
    let coordinator = Coordinator::start().await;
    let proxy = Proxy::start(coordinator.port).await;
    let (_tutor, _beneficiary, phone) = paired(&coordinator, &proxy.base()).await;
    phone.sync.sync_now(true, None).await.unwrap();
    phone.sync.set_consent(ConsentChoice::Diary, true).unwrap();
    for i in 0..30 {
        phone.add_application(&format!("Employer {i:02}"));
    }
    let background = ponte_core::sync::SyncClient::new(phone.store.clone(), Vec::new());
    // Slow answers, so that the two syncs overlap.
    proxy.set(Fault::Delay(300), 1);
    proxy.reset_counts();
    let (a, b) = tokio::join!(
        phone.sync.sync_now(true, None),
        background.sync_now(true, None)
    );
    let busy = [&a, &b]
        .iter()
        .filter(|r| is_failure(r, SyncFailure::Busy))
        .count();
    assert_eq!(busy, 1, "{a:?} / {b:?}");
    let done = a.or(b).expect("one sync ran");
    assert_eq!(done.pushed, 31, "the consent and the 30 applications");
    assert_eq!(
        proxy.operations.load(std::sync::atomic::Ordering::SeqCst),
        31,
        "each operation sent once"
    );
    assert_eq!(server_employers(&coordinator).len(), 30);

    // Unpairing from the other object stops the running sync, then unpairs.
    phone.add_application("Late");
    let (stopped, unpaired) = tokio::join!(phone.sync.sync_now(true, None), async {
        tokio::time::sleep(std::time::Duration::from_millis(100)).await;
        background.unpair().await
    });
    assert!(is_failure(&stopped, SyncFailure::Cancelled), "{stopped:?}");
    unpaired.unwrap();
    assert!(!phone.sync.status(&[]).unwrap().paired);
}

/// `items` counts what came in from the tutor's side or another phone, not the phone's own
/// records returned by the server.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn own_records_coming_back_are_not_counted_as_received() {
    let coordinator = Coordinator::start().await;
    let (tutor, beneficiary, phone) = paired(&coordinator, &coordinator.base()).await;
    phone.sync.sync_now(true, None).await.unwrap();
    phone.sync.set_consent(ConsentChoice::Diary, true).unwrap();
    let hotel = phone.add_application("Hotel Roma");
    phone.move_to(&hotel, Stage::Interview);
    let pushed = phone.sync.sync_now(true, None).await.unwrap();
    let after = phone.sync.sync_now(true, None).await.unwrap();
    assert!(pushed.pushed > 0);
    assert_eq!(
        (pushed.items, after.items),
        (0, 0),
        "the phone's own application came back from the server: nothing received"
    );
    // Ticking a tutor's item done is the phone's own change too.
    tutor
        .add_item(&beneficiary, "tutor_note", &[("title", "Bring your CV")])
        .await;
    let note = phone.sync.sync_now(true, None).await.unwrap();
    assert_eq!(note.items, 1, "the tutor's note");
    let id = phone.sync.tutor_items().unwrap()[0].id.clone();
    phone.sync.set_tutor_item_done(&id, true).unwrap();
    let ticked = phone.sync.sync_now(true, None).await.unwrap();
    assert_eq!((ticked.pushed, ticked.items), (1, 0));
    // Another phone of the same person receives both.
    let code = tutor.pairing_code(&beneficiary).await;
    let other = Phone::new();
    other
        .sync
        .pair(&coordinator.base(), &code, "Other phone", Vec::new())
        .await
        .unwrap();
    other.sync.set_consent(ConsentChoice::Diary, true).unwrap();
    let received = other.sync.sync_now(true, None).await.unwrap();
    assert_eq!(received.items, 2, "the application and the note");
}

/// The first sync does not report the lesson pack the phone already has as an update; a newer
/// pack on the server is one.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_pack_already_installed_is_not_reported_as_updated() {
    let coordinator = Coordinator::start().await;
    let key = ponte_wire::pack::SigningKey::from_bytes(&[11; 32]);
    let trusted = ponte_wire::pack::public_key_to_base64(&key.verifying_key());
    let curriculum = ponte_wire::pack::Curriculum {
        courses: vec![serde_json::from_str(include_str!(
            "../../core/tests/fixtures/mini-course.json"
        ))
        .unwrap()],
    };
    let pack = |version| {
        ponte_wire::pack::build(
            "mini",
            version,
            &curriculum,
            &Default::default(),
            &key,
            true,
        )
    };
    let publish = |version: u32| {
        let conn = rusqlite::Connection::open(coordinator.database()).unwrap();
        conn.execute(
            "INSERT INTO lesson_pack (id, version, bytes, published_at) VALUES ('mini', ?1, ?2, 0)",
            rusqlite::params![version, pack(version)],
        )
        .unwrap();
    };
    publish(1);
    // The app installs the pack it ships in its assets, then pairs.
    let phone = Phone::trusting(vec![trusted.clone()]);
    let installed = ponte_core::lessons::Lessons::new(phone.store.clone())
        .install_pack(&pack(1), &[trusted])
        .unwrap();
    assert_eq!(installed.version, 1);
    let tutor = Tutor::sign_in(&coordinator).await;
    let beneficiary = tutor.add_beneficiary("Amina", "ar, it").await;
    let code = tutor.pairing_code(&beneficiary).await;
    phone
        .sync
        .pair(&coordinator.base(), &code, "phone", Vec::new())
        .await
        .unwrap();
    let first = phone.sync.sync_now(true, None).await.unwrap();
    assert!(!first.lessons_updated, "the same pack is no update");
    publish(2);
    let newer = phone.sync.sync_now(true, None).await.unwrap();
    assert!(newer.lessons_updated, "a newer pack is");
    let again = phone.sync.sync_now(true, None).await.unwrap();
    assert!(!again.lessons_updated);
}

// Background sync (`ponte_core::app::background`): what a WorkManager job or an iOS
// background task runs, against the real coordinator.

mod background {
    use std::sync::atomic::Ordering;
    use std::time::{Duration, Instant};

    use ponte_core::app::background::{
        background_policy, run_background_sync, set_data_saver, set_wifi_only, NetworkState,
        SkipReason,
    };
    use ponte_core::sync::ConsentChoice;
    use ponte_core::{SyncFailure, Timestamp};

    use super::support::{Coordinator, Fault, Phone, Proxy, Tutor};
    use super::{paired, server_employers};

    const WIFI: NetworkState = NetworkState {
        connected: true,
        metered: false,
        wifi: true,
    };
    const MOBILE: NetworkState = NetworkState {
        connected: true,
        metered: true,
        wifi: false,
    };

    fn in_secs(secs: i64) -> Timestamp {
        Timestamp::now() + secs * 1000
    }

    /// On Wi-Fi the run pushes the outbox and pulls the tutor's items well within its deadline;
    /// on mobile data with the default settings it does not touch the network; run again with
    /// nothing changed, it costs one round trip.
    #[tokio::test(flavor = "multi_thread", worker_threads = 2)]
    async fn a_background_sync_pushes_and_pulls_within_its_deadline() {
        let coordinator = Coordinator::start().await;
        let proxy = Proxy::start(coordinator.port).await;
        let (tutor, beneficiary, phone) = paired(&coordinator, &proxy.base()).await;
        phone.sync.set_consent(ConsentChoice::Diary, true).unwrap();
        for employer in ["Hotel Roma", "Bar Centrale", "Coop Sociale"] {
            phone.add_application(employer);
        }
        tutor
            .add_item(&beneficiary, "tutor_note", &[("title", "Bring your CV")])
            .await;

        proxy.reset_counts();
        let waiting = run_background_sync(&phone.sync, MOBILE, in_secs(30))
            .await
            .unwrap();
        assert_eq!(waiting.skipped, Some(SkipReason::WaitingForWifi));
        assert_eq!(
            proxy.requests.load(Ordering::SeqCst),
            0,
            "Wi-Fi only by default"
        );

        let started = Instant::now();
        let outcome = run_background_sync(&phone.sync, WIFI, in_secs(30))
            .await
            .unwrap();
        assert!(started.elapsed() < Duration::from_secs(28));
        assert!(outcome.ran && !outcome.retry, "{outcome:?}");
        let report = outcome.report.expect("a report");
        assert_eq!(report.pushed, 4, "the consent and three applications");
        assert_eq!(report.items, 1, "the tutor's note");
        assert!(report.content_changes > 0, "the territory");
        assert_eq!(
            server_employers(&coordinator),
            ["Bar Centrale", "Coop Sociale", "Hotel Roma"]
        );
        assert_eq!(phone.sync.tutor_items().unwrap()[0].title, "Bring your CV");

        proxy.reset_counts();
        let again = run_background_sync(&phone.sync, WIFI, in_secs(30))
            .await
            .unwrap();
        let report = again.report.expect("ran again");
        assert_eq!(
            (report.pushed, report.items, report.content_changes),
            (0, 0, 0)
        );
        assert_eq!(
            proxy.requests.load(Ordering::SeqCst),
            1,
            "nothing changed: one round trip"
        );
    }

    /// A server that does not answer: the run stops before the deadline and asks for a retry;
    /// the next run within the backoff does not try; a successful sync (the person pressing
    /// "sync now" in the app) ends the backoff.
    #[tokio::test(flavor = "multi_thread", worker_threads = 2)]
    async fn a_stalled_server_stops_the_run_before_its_deadline_and_backs_off() {
        let coordinator = Coordinator::start().await;
        let proxy = Proxy::start(coordinator.port).await;
        let (_tutor, _beneficiary, phone) = paired(&coordinator, &proxy.base()).await;
        phone.add_application("Hotel Roma");
        proxy.set(Fault::Delay(30_000), 1);

        let deadline = in_secs(5);
        let started = Instant::now();
        let stalled = run_background_sync(&phone.sync, WIFI, deadline)
            .await
            .unwrap();
        let elapsed = started.elapsed();
        assert!(
            elapsed < Duration::from_millis(5_000 - 1_000),
            "stopped {elapsed:?} after the start, before the deadline's safety margin"
        );
        assert!(elapsed >= Duration::from_millis(2_500), "{elapsed:?}");
        assert!(Timestamp::now() < deadline);
        assert!(
            stalled.ran && stalled.timed_out && stalled.retry,
            "{stalled:?}"
        );
        assert_eq!(stalled.failure, Some(SyncFailure::Offline));
        let retry_after = stalled.retry_after.expect("a backoff");
        assert!(retry_after > Timestamp::now() + 10_000, "{retry_after}");
        let status = phone.sync.status(&[]).unwrap();
        assert_eq!(status.last_error, Some(SyncFailure::Offline));

        // The server is back, but the backoff holds: no request.
        proxy.set(Fault::None, 0);
        proxy.reset_counts();
        let skipped = run_background_sync(&phone.sync, WIFI, in_secs(30))
            .await
            .unwrap();
        assert_eq!(skipped.skipped, Some(SkipReason::BackingOff));
        assert_eq!(skipped.retry_after, Some(retry_after));
        assert!(!skipped.retry);
        assert_eq!(proxy.requests.load(Ordering::SeqCst), 0);
        assert_eq!(background_policy(&phone.store).unwrap().failures, 1);

        // A success resets it: the next background run goes ahead.
        phone.sync.sync_now(true, None).await.unwrap();
        let policy = background_policy(&phone.store).unwrap();
        assert_eq!((policy.failures, policy.next_attempt), (0, None));
        let next = run_background_sync(&phone.sync, WIFI, in_secs(30))
            .await
            .unwrap();
        assert!(next.ran && next.report.is_some(), "{next:?}");
        assert_eq!(server_employers(&coordinator).len(), 0, "no consent given");
    }

    /// The shell's task expiry calls `cancel` on any `Sync` object of the database: the run
    /// stops at once and asks for a retry.
    #[tokio::test(flavor = "multi_thread", worker_threads = 2)]
    async fn the_shells_expiry_cancels_the_run() {
        let coordinator = Coordinator::start().await;
        let proxy = Proxy::start(coordinator.port).await;
        let (_tutor, _beneficiary, phone) = paired(&coordinator, &proxy.base()).await;
        let expiry = ponte_core::sync::SyncClient::new(phone.store.clone(), Vec::new());
        proxy.set(Fault::Delay(20_000), 1);
        let started = Instant::now();
        let (cancelled, ()) =
            tokio::join!(run_background_sync(&phone.sync, WIFI, in_secs(60)), async {
                tokio::time::sleep(Duration::from_millis(300)).await;
                expiry.cancel();
            });
        let cancelled = cancelled.unwrap();
        assert!(
            started.elapsed() < Duration::from_secs(3),
            "{:?}",
            started.elapsed()
        );
        assert_eq!(cancelled.failure, Some(SyncFailure::Cancelled));
        assert!(cancelled.ran && cancelled.retry && !cancelled.timed_out);
    }

    /// With data saver on a connection that costs data, the outbox and the items go but the
    /// lesson pack waits; on Wi-Fi, or with data saver off, it comes.
    #[tokio::test(flavor = "multi_thread", worker_threads = 2)]
    async fn data_saver_leaves_the_lesson_pack_for_wifi() {
        let coordinator = Coordinator::start().await;
        let key = ponte_wire::pack::SigningKey::from_bytes(&[11; 32]);
        let trusted = ponte_wire::pack::public_key_to_base64(&key.verifying_key());
        let curriculum = ponte_wire::pack::Curriculum {
            courses: vec![serde_json::from_str(include_str!(
                "../../core/tests/fixtures/mini-course.json"
            ))
            .unwrap()],
        };
        let publish = |version: u32| {
            let pack = ponte_wire::pack::build(
                "mini",
                version,
                &curriculum,
                &Default::default(),
                &key,
                true,
            );
            let conn = rusqlite::Connection::open(coordinator.database()).unwrap();
            conn.execute(
                "INSERT INTO lesson_pack (id, version, bytes, published_at) VALUES ('mini', ?1, ?2, 0)",
                rusqlite::params![version, pack],
            )
            .unwrap();
        };
        publish(1);
        let phone = Phone::trusting(vec![trusted]);
        let tutor = Tutor::sign_in(&coordinator).await;
        let beneficiary = tutor.add_beneficiary("Amina", "ar, it").await;
        let code = tutor.pairing_code(&beneficiary).await;
        phone
            .sync
            .pair(&coordinator.base(), &code, "phone", Vec::new())
            .await
            .unwrap();
        phone.sync.set_consent(ConsentChoice::Diary, true).unwrap();
        phone.add_application("Hotel Roma");
        let courses = || {
            ponte_core::lessons::Lessons::new(phone.store.clone())
                .courses(&["en".to_owned()])
                .unwrap()
                .len()
        };

        // Mobile data allowed, data saver on (the default).
        set_wifi_only(&phone.store, false).unwrap();
        let saving = run_background_sync(&phone.sync, MOBILE, in_secs(30))
            .await
            .unwrap();
        let report = saving.report.expect("ran on mobile data");
        assert_eq!(report.pushed, 2, "the consent and the application go");
        assert!(
            report.lessons_deferred && !report.lessons_updated,
            "{report:?}"
        );
        assert_eq!(courses(), 0, "no lesson pack downloaded");
        assert_eq!(server_employers(&coordinator), ["Hotel Roma"]);

        // On Wi-Fi it comes.
        let wifi = run_background_sync(&phone.sync, WIFI, in_secs(30))
            .await
            .unwrap();
        let report = wifi.report.expect("ran on Wi-Fi");
        assert!(
            report.lessons_updated && !report.lessons_deferred,
            "{report:?}"
        );
        assert_eq!(courses(), 1);

        // Data saver off: a newer pack comes on mobile data too.
        publish(2);
        set_data_saver(&phone.store, false).unwrap();
        let spending = run_background_sync(&phone.sync, MOBILE, in_secs(30))
            .await
            .unwrap();
        let report = spending.report.expect("ran");
        assert!(
            report.lessons_updated && !report.lessons_deferred,
            "{report:?}"
        );
    }
}

/// The skills profile, shared, reaches the tutor part by part and comes back whole on a new
/// phone; an edit and a deletion on the new phone reach the old one. Not shared, it never
/// leaves the phone.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_skills_profile_is_shared_and_a_new_phone_gets_it_back() {
    use ponte_core::diary::{
        Availability, CefrLevel, EducationDetails, LanguageSkillDetails, PersonalDetails,
        Recognition, SkillDetails, WorkExperienceDetails,
    };
    let coordinator = Coordinator::start().await;
    let (tutor, beneficiary, phone) = paired(&coordinator, &coordinator.base()).await;
    let diary = phone.diary();
    diary
        .set_personal_details(&PersonalDetails {
            full_name: "Amina Y.".into(),
            city: "Bologna".into(),
            summary: "Cuoca, 5 anni di esperienza".into(),
            ..Default::default()
        })
        .unwrap();
    diary
        .set_availability(&Availability {
            hours_per_week: Some(30),
            max_travel_km: Some(15),
            ..Default::default()
        })
        .unwrap();
    diary
        .add_language(&LanguageSkillDetails {
            language: "ar".into(),
            mother_tongue: true,
            ..Default::default()
        })
        .unwrap();
    diary
        .add_language(&LanguageSkillDetails {
            language: "it".into(),
            listening: Some(CefrLevel::B1),
            writing: Some(CefrLevel::A2),
            ..Default::default()
        })
        .unwrap();
    diary
        .add_experience(&WorkExperienceDetails {
            role: "Cuoca".into(),
            employer: "Ristorante Al Ponte".into(),
            start_month: Some("2021-03".into()),
            ..Default::default()
        })
        .unwrap();
    diary
        .add_education(&EducationDetails::new("Diploma", Recognition::InProgress))
        .unwrap();
    let haccp = diary
        .add_skill(&SkillDetails {
            text: "HACCP".into(),
            esco_uri: None,
        })
        .unwrap();
    diary
        .add_skill(&SkillDetails {
            text: "Pasticceria".into(),
            esco_uri: None,
        })
        .unwrap();

    // Not shared: nothing of it leaves the phone.
    phone.sync.sync_now(true, None).await.unwrap();
    assert_eq!(
        coordinator.query_i64("SELECT count(*) FROM shared_record WHERE kind = 'profile'"),
        0
    );

    // Shared: the details and each part, as records of their own.
    phone
        .sync
        .set_consent(ConsentChoice::Profile, true)
        .unwrap();
    phone.sync.sync_now(true, None).await.unwrap();
    assert_eq!(
        coordinator.query_i64("SELECT count(*) FROM shared_record WHERE kind = 'profile'"),
        1 + 2 + 1 + 1 + 2
    );

    // A new phone paired to the same person, sharing the profile, gets it back whole.
    let code = tutor.pairing_code(&beneficiary).await;
    let new_phone = Phone::new();
    new_phone
        .sync
        .pair(&coordinator.base(), &code, "New phone", Vec::new())
        .await
        .unwrap();
    new_phone
        .sync
        .set_consent(ConsentChoice::Profile, true)
        .unwrap();
    new_phone.sync.sync_now(true, None).await.unwrap();
    let restored = new_phone.diary().profile().unwrap();
    let original = phone.diary().profile().unwrap();
    assert_eq!(in_id_order(restored.clone()), in_id_order(original));
    assert_eq!(restored.personal.full_name, "Amina Y.");
    assert_eq!(restored.availability.hours_per_week, Some(30));
    assert_eq!(restored.languages[1].details.listening, Some(CefrLevel::B1));
    assert_eq!(restored.skills.len(), 2);

    // Edited and deleted on the new phone: the old phone follows.
    new_phone.diary().delete_skill(&haccp.id).unwrap();
    new_phone
        .diary()
        .set_personal_details(&PersonalDetails {
            full_name: "Amina Y.".into(),
            city: "Modena".into(),
            summary: "Cuoca".into(),
            ..Default::default()
        })
        .unwrap();
    new_phone.sync.sync_now(true, None).await.unwrap();
    phone.sync.sync_now(true, None).await.unwrap();
    let followed = phone.diary().profile().unwrap();
    assert_eq!(followed.personal.city, "Modena");
    assert_eq!(
        followed
            .skills
            .iter()
            .map(|s| s.details.text.as_str())
            .collect::<Vec<_>>(),
        ["Pasticceria"]
    );
    // The availability, untouched by the new phone, stays as it was.
    assert_eq!(followed.availability.max_travel_km, Some(15));
    assert_eq!(
        in_id_order(followed),
        in_id_order(new_phone.diary().profile().unwrap())
    );

    // Sharing withdrawn: the server forgets the profile.
    phone
        .sync
        .set_consent(ConsentChoice::Profile, false)
        .unwrap();
    phone.sync.sync_now(true, None).await.unwrap();
    assert_eq!(
        coordinator.query_i64("SELECT count(*) FROM shared_record WHERE kind = 'profile'"),
        0
    );
}

/// A profile with its lists in the order of their ids: parts added in the same millisecond
/// may come back in either order.
fn in_id_order(mut p: ponte_core::diary::Profile) -> ponte_core::diary::Profile {
    p.languages.sort_by(|a, b| a.id.cmp(&b.id));
    p.experiences.sort_by(|a, b| a.id.cmp(&b.id));
    p.education.sort_by(|a, b| a.id.cmp(&b.id));
    p.skills.sort_by(|a, b| a.id.cmp(&b.id));
    p.certificates.sort_by(|a, b| a.id.cmp(&b.id));
    p
}

/// A service whose source gave no position (a CSV without coordinates, imported on the command
/// line) reaches the phone with its attribution, and is found there by search, not near me.
/// Older phones are sent it as a deletion (the coordinator's `changes_for` tests).
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_service_without_a_map_position_reaches_the_phone_and_is_found_by_search() {
    let coordinator = Coordinator::start().await;
    let csv = coordinator.dir.path().join("unplaced.csv");
    std::fs::write(
        &csv,
        "id,organisation,categories,city,name_it,attribution\n\
         bo-unplaced,Comune,work,Bologna,Sportello lavoro di quartiere,\"Comune di Bologna, CC BY 4.0\"\n",
    )
    .unwrap();
    coordinator.run(
        &[
            "import",
            "--format",
            "csv",
            "--region",
            "bologna",
            "--city",
            "Bologna",
            csv.to_str().unwrap(),
        ],
        None,
    );
    let (_tutor, _beneficiary, phone) = paired(&coordinator, &coordinator.base()).await;
    phone.sync.sync_now(true, None).await.unwrap();
    let ids = phone.service_ids();
    assert!(ids.contains(&"bo-unplaced".to_owned()), "{ids:?}");
    assert!(ids.len() > 1, "with the demo's placed services");
    let services = ponte_core::services::Services::new(phone.store.clone());
    let details = services.service("bo-unplaced", &[], None).unwrap();
    assert_eq!(
        (details.position, details.attribution.as_str()),
        (None, "Comune di Bologna, CC BY 4.0")
    );
    let centre = (44.4938, 11.3430);
    let hits = services
        .search(
            "sportello quartiere",
            &["it".into()],
            Some(centre),
            &Default::default(),
            10,
        )
        .unwrap();
    assert!(hits.iter().any(|h| h.service.id == "bo-unplaced"));
    let near = services
        .near(
            centre.0,
            centre.1,
            50_000.0,
            1_000,
            &Default::default(),
            &[],
            ponte_core::Timestamp::from_millis(0),
        )
        .unwrap();
    assert_eq!(
        near.len(),
        ids.len() - 1,
        "every service but the unplaced one"
    );
}
