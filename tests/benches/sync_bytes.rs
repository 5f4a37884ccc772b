//! Bytes on the wire, both directions, as the phone's sync sees them through a counting proxy
//! (headers included, bodies as sent: compressed when the server compresses), and the phone's
//! peak memory during a first download.
//!
//! `cargo bench -p ponte-e2e --bench sync_bytes`

#[path = "../tests/support/mod.rs"]
mod support;

use std::sync::atomic::Ordering;

use ponte_core::sync::ConsentChoice;
use ponte_wire::ServiceRecord;
use support::{Coordinator, Phone, Proxy, Tutor};

const CITY: usize = 1_000;

fn kib(bytes: u64) -> String {
    format!("{:.1} KiB", bytes as f64 / 1024.0)
}

/// The process's peak resident memory since the last reset, in bytes.
fn peak_rss() -> u64 {
    std::fs::read_to_string("/proc/self/status")
        .ok()
        .and_then(|s| {
            s.lines()
                .find(|l| l.starts_with("VmHWM:"))
                .and_then(|l| l.split_whitespace().nth(1))
                .and_then(|v| v.parse::<u64>().ok())
        })
        .unwrap_or(0)
        * 1024
}

fn current_rss() -> u64 {
    std::fs::read_to_string("/proc/self/status")
        .ok()
        .and_then(|s| {
            s.lines()
                .find(|l| l.starts_with("VmRSS:"))
                .and_then(|l| l.split_whitespace().nth(1))
                .and_then(|v| v.parse::<u64>().ok())
        })
        .unwrap_or(0)
        * 1024
}

fn reset_peak() {
    let _ = std::fs::write("/proc/self/clear_refs", "5");
}

/// Replaces the coordinator's territory with a synthetic Bologna of `CITY` services in twelve
/// languages, and publishes the shipped lessons as a pack signed with the demo key.
fn synthetic_city(coordinator: &Coordinator) -> Vec<ServiceRecord> {
    let services: Vec<ServiceRecord> =
        ponte_wire::synthetic::territory(CITY * 5, &ponte_wire::synthetic::LANGUAGES, 7)
            .filter(|s| s.region == "bologna")
            .take(CITY)
            .collect();
    let conn = rusqlite::Connection::open(coordinator.database()).unwrap();
    conn.execute_batch("DELETE FROM service; DELETE FROM content_change;")
        .unwrap();
    for service in &services {
        let body = serde_json::to_string(service).unwrap();
        conn.execute(
            "INSERT INTO content_change (kind, id, region, body, at) VALUES ('service', ?1, 'bologna', ?2, 0)",
            rusqlite::params![service.id, body],
        )
        .unwrap();
        conn.execute(
            "INSERT INTO service (id, region, body, updated_seq) VALUES (?1, 'bologna', ?2, last_insert_rowid())",
            rusqlite::params![service.id, body],
        )
        .unwrap();
    }
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../content");
    let (courses, media) = ponte_wire::lessons::load_dir(&root.join("lessons")).unwrap();
    let key_text = std::fs::read_to_string(root.join("keys/demo-signing-key.txt")).unwrap();
    let seed = key_text
        .lines()
        .map(str::trim)
        .find(|l| !l.is_empty() && !l.starts_with('#'))
        .unwrap();
    let key = ponte_wire::pack::signing_key_from_base64(seed).unwrap();
    let pack = ponte_wire::pack::build(
        "digital-skills",
        1,
        &ponte_wire::pack::Curriculum { courses },
        &media,
        &key,
        true,
    );
    conn.execute(
        "INSERT INTO lesson_pack (id, version, bytes, published_at) VALUES ('digital-skills', 1, ?1, 0)",
        [pack],
    )
    .unwrap();
    services
}

/// Changes `count` services (a new description in Italian, so the version moves) on the server.
fn change_services(
    coordinator: &Coordinator,
    services: &mut [ServiceRecord],
    count: usize,
    day: usize,
) {
    let conn = rusqlite::Connection::open(coordinator.database()).unwrap();
    for i in 0..count {
        let service = &mut services[(day * 37 + i * 13) % CITY];
        service.version += 1;
        let version = service.version;
        for text in &mut service.texts {
            if text.language == "it" {
                text.description = format!("Orari aggiornati il giorno {day}: telefonare prima.");
                text.source_version = version;
            }
        }
        let body = serde_json::to_string(service).unwrap();
        conn.execute(
            "INSERT INTO content_change (kind, id, region, body, at) VALUES ('service', ?1, 'bologna', ?2, 0)",
            rusqlite::params![service.id, body],
        )
        .unwrap();
        conn.execute(
            "UPDATE service SET body = ?2 WHERE id = ?1",
            rusqlite::params![service.id, body],
        )
        .unwrap();
    }
}

fn main() {
    let runtime = tokio::runtime::Builder::new_multi_thread()
        .worker_threads(2)
        .enable_all()
        .build()
        .unwrap();
    runtime.block_on(async {
        let coordinator = Coordinator::start().await;
        let mut services = synthetic_city(&coordinator);
        let proxy = Proxy::start(coordinator.port).await;
        let tutor = Tutor::sign_in(&coordinator).await;
        let beneficiary = tutor.add_beneficiary("Amina", "ar, en").await;
        let code = tutor.pairing_code(&beneficiary).await;
        let demo_key = {
            let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../content/keys/demo-signing-key.txt");
            let text = std::fs::read_to_string(root).unwrap();
            let seed = text.lines().map(str::trim).find(|l| !l.is_empty() && !l.starts_with('#')).unwrap().to_owned();
            ponte_wire::pack::public_key_to_base64(&ponte_wire::pack::signing_key_from_base64(&seed).unwrap().verifying_key())
        };
        let phone = Phone::trusting(vec![demo_key]);
        phone.sync.pair(&proxy.base(), &code, "bench phone", vec!["en".into(), "ar".into()]).await.unwrap();
        phone.sync.set_consent(ConsentChoice::Diary, true).unwrap();

        println!("Ponte sync, bytes on the wire (requests + answers, headers included)\n");
        // First download of the city: 1,000 services in it (source) + en + ar, and the lessons.
        proxy.reset_counts();
        let before_rss = current_rss();
        reset_peak();
        let first = phone.sync.sync_now(true, None).await.unwrap();
        let peak = peak_rss();
        let (up, down) = proxy.bytes();
        let first_total = up + down;
        assert_eq!(first.content_changes as usize, CITY);
        assert!(first.lessons_updated);
        println!(
            "first download, {CITY} services x 3 languages + lessons: {} up, {} down, {} in all, {} requests   (goal <= 400 KB)",
            kib(up), kib(down), kib(first_total), proxy.requests.load(Ordering::SeqCst)
        );
        println!(
            "  phone process memory: peak {:.1} MiB, before {:.1} MiB, so at most {:.1} MiB for the download   (goal <= 50 MB)",
            peak as f64 / 1048576.0,
            before_rss as f64 / 1048576.0,
            (peak.saturating_sub(before_rss)) as f64 / 1048576.0
        );

        // No-op sync.
        proxy.reset_counts();
        let idle = phone.sync.sync_now(true, None).await.unwrap();
        let (up, down) = proxy.bytes();
        assert_eq!((idle.pushed, idle.items, idle.content_changes), (0, 0, 0));
        println!(
            "no-op sync: {} bytes up, {} bytes down, {} in all, {} round trip(s)   (goal <= 1 KB, one round trip)",
            up, down, up + down, proxy.requests.load(Ordering::SeqCst)
        );

        // Ten changed services.
        change_services(&coordinator, &mut services, 10, 0);
        proxy.reset_counts();
        let ten = phone.sync.sync_now(true, None).await.unwrap();
        let (up, down) = proxy.bytes();
        assert_eq!(ten.content_changes, 10);
        println!("10 changed services: {} up, {} down, {} in all   (goal <= 5 KB)", up, down, kib(up + down));

        // A week of daily changes (2% of the services a day, and the person's own diary).
        let mut week = 0;
        for day in 1..=7 {
            change_services(&coordinator, &mut services, CITY / 50, day);
            phone.add_application(&format!("Employer of day {day}"));
            proxy.reset_counts();
            phone.sync.sync_now(true, None).await.unwrap();
            let (up, down) = proxy.bytes();
            week += up + down;
        }
        println!(
            "a week kept current ({} services changed a day): {} in all, against {} for downloading the city whole every day: {:.1}x less",
            CITY / 50,
            kib(week),
            kib(first_total * 7),
            (first_total * 7) as f64 / week as f64
        );
    });
}
