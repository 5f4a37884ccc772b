//! Services search with typo tolerance, side by side with MiniSearch configured as Integreat's
//! app (the closest product) on the same data and the same queries, in one run: p50 and p95 of
//! each, and how many times faster Ponte is. Queries mix plain words, prefixes and typing
//! mistakes in several languages and scripts.
//!
//! Run: `cargo bench -p ponte-core --bench search_vs_minisearch` (PONTE_BENCH_SERVICES=10000 for
//! a quick run; PONTE_BENCH_DB keeps the database between runs). Needs node; MiniSearch is
//! installed from npm into ~/.cache/ponte/minisearch the first time. Not part of CI.

use std::path::{Path, PathBuf};
use std::process::Command;
use std::sync::Arc;
use std::time::{Duration, Instant};

use ponte_core::services::{ContentChange, ServiceFilter, Services};
use ponte_core::Store;
use ponte_wire::synthetic::{territory, LANGUAGES};

/// Monday 23 November 2026, 10:00 in Rome.
const AT: ponte_core::Timestamp = ponte_core::Timestamp::from_millis(1_795_424_400_000);
const MINISEARCH: &str = "minisearch@7.2.0";

/// (typed, the person's language): plain words, prefixes, and mistakes (marked).
const QUERIES: &[(&str, &str)] = &[
    ("scuola italiano", "it"),
    ("scuola italano", "it"),  // a letter left out
    ("mensaa", "it"),          // one too many
    ("ambulatrio", "it"),      // a letter left out, long word
    ("sportelo lavoro", "it"), // a letter left out
    ("consult", "fr"),
    ("bibliothque", "fr"), // a letter left out
    ("canten", "en"),      // a prefix
    ("libary", "en"),      // a letter left out
    ("clnic", "en"),       // a letter left out
    ("trabajo", "es"),
    ("albergeu", "es"), // two letters swapped
    ("مدرسة", "ar"),
    ("xarun shaqo", "so"),
];

fn main() {
    let count: usize = std::env::var("PONTE_BENCH_SERVICES")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(100_000);
    let runs: usize = std::env::var("PONTE_BENCH_RUNS")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(100);
    let dir = tempfile::tempdir().unwrap();
    let path = std::env::var_os("PONTE_BENCH_DB")
        .map(PathBuf::from)
        .unwrap_or_else(|| dir.path().join("services.db"));
    let store = Arc::new(Store::open(&path, &[9; 32]).unwrap());
    let services = Services::new(store);
    if services.count().unwrap() == 0 {
        let start = Instant::now();
        let changes = territory(count, &LANGUAGES, 42)
            .map(|service| ContentChange::UpsertService { service });
        services.apply_stream(changes).unwrap();
        println!(
            "imported {count} services × {} languages in {:.1?}",
            LANGUAGES.len(),
            start.elapsed()
        );
    }
    let count = services.count().unwrap() as usize;

    // The same documents for MiniSearch: per query language, each service's name and
    // description in that language and in Italian, as two documents.
    let docs_dir = dir.path().join("docs");
    std::fs::create_dir_all(&docs_dir).unwrap();
    let mut languages: Vec<&str> = QUERIES.iter().map(|(_, l)| *l).collect();
    languages.sort();
    languages.dedup();
    for language in &languages {
        let mut docs = Vec::with_capacity(count * 2);
        for service in territory(count, &LANGUAGES, 42) {
            for text in service
                .texts
                .iter()
                .filter(|t| t.language == *language || t.language == "it")
            {
                docs.push(serde_json::json!({
                    "id": format!("{}:{}", service.id, text.language),
                    "title": text.name,
                    "content": text.description,
                }));
            }
        }
        std::fs::write(
            docs_dir.join(format!("{language}.json")),
            serde_json::to_vec(&docs).unwrap(),
        )
        .unwrap();
    }
    let queries: Vec<serde_json::Value> = QUERIES
        .iter()
        .map(|(text, language)| serde_json::json!({"text": text, "language": language}))
        .collect();
    let queries_file = dir.path().join("queries.json");
    std::fs::write(&queries_file, serde_json::to_vec(&queries).unwrap()).unwrap();

    // Ponte: the same queries, the person's language chain as the app gives it (their
    // language, then Italian), 20 results, no position.
    let none = ServiceFilter::default();
    let mut ponte_all = Vec::new();
    let mut ponte_rows = Vec::new();
    for (text, language) in QUERIES {
        let chain = vec![language.to_string()];
        let hits = services
            .search_at(text, &chain, None, &none, 20, AT)
            .unwrap()
            .len();
        for _ in 0..runs.min(20) {
            services
                .search_at(text, &chain, None, &none, 20, AT)
                .unwrap();
        }
        let mut times: Vec<Duration> = (0..runs)
            .map(|_| {
                let start = Instant::now();
                services
                    .search_at(text, &chain, None, &none, 20, AT)
                    .unwrap();
                start.elapsed()
            })
            .collect();
        ponte_all.extend(times.iter().copied());
        times.sort();
        ponte_rows.push((
            text,
            language,
            hits,
            percentile(&times, 0.5),
            percentile(&times, 0.95),
        ));
    }

    let minisearch = minisearch_results(&docs_dir, &queries_file, runs);
    println!(
        "{count} services × {} languages; {runs} runs per query\n",
        LANGUAGES.len()
    );
    println!(
        "{:<20} {:<3} {:>6} {:>10} {:>10}   {:>6} {:>10} {:>10}",
        "query", "", "hits", "Ponte p50", "p95", "hits", "MiniS p50", "p95"
    );
    let mut mini_all = Vec::new();
    for ((text, language, hits, p50, p95), mini) in ponte_rows.iter().zip(&minisearch) {
        let mut times: Vec<Duration> = mini
            .1
            .iter()
            .map(|ms| Duration::from_secs_f64(ms / 1000.0))
            .collect();
        mini_all.extend(times.iter().copied());
        times.sort();
        println!(
            "{:<20} {:<3} {:>6} {:>10.3?} {:>10.3?}   {:>6} {:>10.3?} {:>10.3?}",
            text,
            language,
            hits,
            p50,
            p95,
            mini.0,
            percentile(&times, 0.5),
            percentile(&times, 0.95)
        );
    }
    ponte_all.sort();
    mini_all.sort();
    let (pp50, pp95) = (percentile(&ponte_all, 0.5), percentile(&ponte_all, 0.95));
    let (mp50, mp95) = (percentile(&mini_all, 0.5), percentile(&mini_all, 0.95));
    println!("\nall queries: Ponte p50 {pp50:.3?} p95 {pp95:.3?}; MiniSearch p50 {mp50:.3?} p95 {mp95:.3?}");
    println!(
        "Ponte is {:.1}× faster at p50 and {:.1}× at p95",
        mp50.as_secs_f64() / pp50.as_secs_f64(),
        mp95.as_secs_f64() / pp95.as_secs_f64()
    );
}

fn percentile(sorted: &[Duration], q: f64) -> Duration {
    sorted[((sorted.len() as f64 * q) as usize).min(sorted.len() - 1)]
}

/// Per query, in order: MiniSearch's hit count and each run's time in milliseconds.
fn minisearch_results(docs: &Path, queries: &Path, runs: usize) -> Vec<(u64, Vec<f64>)> {
    let cache = std::env::var_os("HOME")
        .map(|h| PathBuf::from(h).join(".cache/ponte/minisearch"))
        .unwrap_or_else(|| std::env::temp_dir().join("ponte-minisearch"));
    let modules = cache.join("node_modules");
    if !modules.join("minisearch").exists() {
        std::fs::create_dir_all(&cache).unwrap();
        let status = Command::new("npm")
            .args(["install", "--no-audit", "--no-fund", "--prefix"])
            .arg(&cache)
            .arg(MINISEARCH)
            .status()
            .expect("npm is needed to install MiniSearch");
        assert!(status.success(), "npm install {MINISEARCH} failed");
    }
    let script = Path::new(env!("CARGO_MANIFEST_DIR")).join("benches/minisearch/bench.mjs");
    let output = Command::new("node")
        .arg("--max-old-space-size=8192")
        .arg(script)
        .arg(docs)
        .arg(queries)
        .arg(runs.to_string())
        .env("NODE_PATH", &modules)
        .output()
        .expect("node is needed to run MiniSearch");
    assert!(
        output.status.success(),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
    let rows: Vec<serde_json::Value> = serde_json::from_slice(&output.stdout).unwrap();
    // Back in the order of QUERIES (node groups them by language).
    QUERIES
        .iter()
        .map(|(text, language)| {
            let row = rows
                .iter()
                .find(|r| r["text"] == *text && r["language"] == *language)
                .expect("a row per query");
            (
                row["hits"].as_u64().unwrap(),
                row["times_ms"]
                    .as_array()
                    .unwrap()
                    .iter()
                    .map(|t| t.as_f64().unwrap())
                    .collect(),
            )
        })
        .collect()
}
