//! Load on the sync API from a generator on 127.0.0.1: no-op syncs per second and their
//! latency, a content page of 500 changes, and 1,000 devices syncing at once.
//!
//! `cargo bench -p ponte-coordinator --bench sync_load` (a release coordinator process on a
//! fresh SQLite file; `PONTE_LOAD_SECONDS` sets the length of the no-op run, default 10, and
//! `PONTE_LOAD_CONNECTIONS` the requests in flight, default 32).

#[path = "../tests/support/mod.rs"]
mod support;

use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::Arc;
use std::time::{Duration, Instant};

use serde_json::json;
use support::{Coordinator, Tutor};

const DEVICES: usize = 1_000;
const PER_BENEFICIARY: usize = 10;

fn percentile(sorted: &[Duration], q: f64) -> Duration {
    sorted[((sorted.len() as f64 * q) as usize).min(sorted.len() - 1)]
}

/// 1,000 synthetic services in Bologna, so a content page can hold 500 changes.
fn more_services(coordinator: &Coordinator) {
    let conn = rusqlite::Connection::open(coordinator.database()).unwrap();
    for service in ponte_wire::synthetic::territory(5_000, &ponte_wire::synthetic::LANGUAGES, 3)
        .filter(|s| s.region == "bologna")
    {
        let body = serde_json::to_string(&service).unwrap();
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
}

fn main() {
    let seconds: u64 = std::env::var("PONTE_LOAD_SECONDS")
        .ok()
        .and_then(|s| s.parse().ok())
        .unwrap_or(10);
    // Requests in flight at once during the no-op run.
    let connections: usize = std::env::var("PONTE_LOAD_CONNECTIONS")
        .ok()
        .and_then(|s| s.parse().ok())
        .unwrap_or(32);
    let runtime = tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()
        .unwrap();
    runtime.block_on(async {
        let mut coordinator = Coordinator::start().await;
        more_services(&coordinator);
        coordinator.restart().await;
        let base = coordinator.base();
        let http = reqwest::Client::builder().pool_max_idle_per_host(connections * 2).build().unwrap();

        // 1,000 paired devices, ten per beneficiary, through the tutor's dashboard.
        let started = Instant::now();
        let tutor = Tutor::sign_in(&coordinator).await;
        let mut tokens = Vec::with_capacity(DEVICES);
        for b in 0..DEVICES / PER_BENEFICIARY {
            let beneficiary = tutor.add_beneficiary(&format!("Person {b}"), "ar, it").await;
            for d in 0..PER_BENEFICIARY {
                let code = tutor.pairing_code(&beneficiary).await;
                let paired: serde_json::Value = http
                    .post(format!("{base}/api/v1/pair"))
                    .json(&json!({"code": code, "device_name": format!("phone {b}-{d}")}))
                    .send()
                    .await
                    .unwrap()
                    .json()
                    .await
                    .unwrap();
                tokens.push(paired["device_token"].as_str().unwrap().to_owned());
            }
        }
        println!("set-up: {DEVICES} devices paired in {:.1?}", started.elapsed());

        // The cursors a phone has after its first sync.
        let first: serde_json::Value = http
            .post(format!("{base}/api/v1/sync"))
            .bearer_auth(&tokens[0])
            .json(&json!({"items_since": 0, "content": {"region": "bologna", "since": 0, "languages": ["ar"]}}))
            .send()
            .await
            .unwrap()
            .json()
            .await
            .unwrap();
        let mut content_cursor = first["content"]["cursor"].as_u64().unwrap();
        let mut more = first["content"]["more"].as_bool().unwrap();
        while more {
            let page: serde_json::Value = http
                .post(format!("{base}/api/v1/sync"))
                .bearer_auth(&tokens[0])
                .json(&json!({"items_since": 0, "content": {"region": "bologna", "since": content_cursor, "languages": ["ar"]}}))
                .send()
                .await
                .unwrap()
                .json()
                .await
                .unwrap();
            content_cursor = page["content"]["cursor"].as_u64().unwrap();
            more = page["content"]["more"].as_bool().unwrap();
        }
        let pack_version = first["pack_version"].as_u64().unwrap_or(0);

        // (a) No-op syncs: every device's cursors are current.
        let tokens = Arc::new(tokens);
        let errors = Arc::new(AtomicU64::new(0));
        let deadline = Instant::now() + Duration::from_secs(seconds);
        let mut tasks = Vec::new();
        for c in 0..connections {
            let (http, base, tokens, errors) = (http.clone(), base.clone(), tokens.clone(), errors.clone());
            tasks.push(tokio::spawn(async move {
                let mut times = Vec::new();
                let mut i = c;
                while Instant::now() < deadline {
                    let token = &tokens[i % tokens.len()];
                    i += connections;
                    let start = Instant::now();
                    let answer = http
                        .post(format!("{base}/api/v1/sync"))
                        .bearer_auth(token)
                        .json(&json!({"items_since": 0, "content": {"region": "bologna", "since": content_cursor}, "pack_version": pack_version}))
                        .send()
                        .await;
                    match answer {
                        Ok(r) if r.status().is_success() => {
                            let _ = r.bytes().await;
                        }
                        _ => {
                            errors.fetch_add(1, Ordering::SeqCst);
                        }
                    }
                    times.push(start.elapsed());
                }
                times
            }));
        }
        let mut times = Vec::new();
        for task in tasks {
            times.extend(task.await.unwrap());
        }
        times.sort();
        println!(
            "no-op sync, {connections} connections, {seconds} s: {:.0} requests/s, p50 {:.2?}, p99 {:.2?}, {} errors   (goal >= 5,000/s at p99 <= 20 ms)",
            times.len() as f64 / seconds as f64,
            percentile(&times, 0.5),
            percentile(&times, 0.99),
            errors.load(Ordering::SeqCst)
        );

        // (b) A content page of 500 changes.
        for gzip in [true, false] {
            let client = if gzip { http.clone() } else { reqwest::Client::builder().no_gzip().build().unwrap() };
            let mut times = Vec::new();
            let mut size = 0;
            for _ in 0..200 {
                let start = Instant::now();
                let mut request = client.get(format!("{base}/api/v1/content/changes?region=bologna&since=0&limit=500&languages=ar,en"));
                if gzip {
                    request = request.header("accept-encoding", "gzip");
                }
                let answer = request.send().await.unwrap();
                let bytes = answer.bytes().await.unwrap();
                times.push(start.elapsed());
                size = bytes.len();
            }
            times.sort();
            println!(
                "content page of 500 changes{}: p50 {:.2?}, p99 {:.2?}, {} bytes decoded   (goal <= 20 ms)",
                if gzip { ", gzip" } else { ", uncompressed" },
                percentile(&times, 0.5),
                percentile(&times, 0.99),
                size
            );
        }

        // (c) 1,000 devices at once, each pushing one operation and pulling.
        let started = Instant::now();
        let errors = Arc::new(AtomicU64::new(0));
        let mut tasks = Vec::new();
        for (n, token) in tokens.iter().enumerate() {
            let (http, base, token, errors) = (http.clone(), base.clone(), token.clone(), errors.clone());
            tasks.push(tokio::spawn(async move {
                let answer = http
                    .post(format!("{base}/api/v1/sync"))
                    .bearer_auth(&token)
                    .json(&json!({
                        "operations": [{"id": format!("load-{n}"), "change": {"type": "consent", "category": "diary", "granted": true}}],
                        "items_since": 0,
                        "content": {"region": "bologna", "since": content_cursor}
                    }))
                    .send()
                    .await;
                match answer {
                    Ok(r) if r.status().is_success() => {
                        let body: serde_json::Value = r.json().await.unwrap_or_default();
                        if body["results"][0]["status"] != "applied" {
                            errors.fetch_add(1, Ordering::SeqCst);
                        }
                    }
                    _ => {
                        errors.fetch_add(1, Ordering::SeqCst);
                    }
                }
            }));
        }
        for task in tasks {
            task.await.unwrap();
        }
        println!(
            "{DEVICES} devices syncing at once (one push each): {} errors, all done in {:.2?}   (goal: no errors)",
            errors.load(Ordering::SeqCst),
            started.elapsed()
        );
        assert_eq!(coordinator.query_i64("SELECT count(*) FROM applied_operation WHERE id LIKE 'load-%'"), DEVICES as i64);
    });
}
