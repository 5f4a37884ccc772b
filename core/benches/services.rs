//! The services map's figures on a synthetic territory of 100,000 services × 12 languages:
//! import time and peak memory, database size, and the latency of near me, text search,
//! viewport and open-now.
//!
//! Run: `cargo bench -p ponte-core --bench services` (PONTE_BENCH_SERVICES=10000 for a quick run)

mod common;

use std::sync::Arc;
use std::time::Instant;

use common::{current_rss_kib, measure, peak_rss_kib};

use ponte_core::services::hours::Hours;
use ponte_core::services::{Bounds, ContentChange, ServiceFilter, Services};
use ponte_core::Store;
use ponte_wire::synthetic::{territory, CITIES, LANGUAGES};

/// Monday 23 November 2026, 10:00 in Rome.
const AT: ponte_core::Timestamp = ponte_core::Timestamp::from_millis(1_795_424_400_000);

/// A point near a city centre, varying with `i`.
fn point(i: usize) -> (f64, f64) {
    let (_, _, lat, lon) = CITIES[i % CITIES.len()];
    let k = (i * 7919 % 1000) as f64 / 1000.0 - 0.5;
    let j = (i * 104_729 % 1000) as f64 / 1000.0 - 0.5;
    (lat + k * 0.1, lon + j * 0.14)
}

fn main() {
    let count: usize = std::env::var("PONTE_BENCH_SERVICES")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(100_000);
    let dir = tempfile::tempdir().unwrap();
    // PONTE_BENCH_DB keeps the database between runs (the import is then skipped).
    let path = std::env::var_os("PONTE_BENCH_DB")
        .map(std::path::PathBuf::from)
        .unwrap_or_else(|| dir.path().join("services.db"));
    let reuse = path.exists();
    let store = Arc::new(Store::open(&path, &[9; 32]).unwrap());
    let services = Services::new(store.clone());
    if reuse {
        println!(
            "reusing {} ({} services)",
            path.display(),
            services.count().unwrap()
        );
    } else {
        // Import: generated one record at a time and applied in one transaction.
        let _ = std::fs::write("/proc/self/clear_refs", "5"); // reset the peak-memory mark
        let before = current_rss_kib();
        let start = Instant::now();
        let changes = territory(count, &LANGUAGES, 42)
            .map(|service| ContentChange::UpsertService { service });
        let summary = services.apply_stream(changes).unwrap();
        let elapsed = start.elapsed();
        println!(
            "import {} services × {} languages: {:.2?}; peak memory {} MiB (baseline {} MiB)",
            summary.upserted,
            LANGUAGES.len(),
            elapsed,
            peak_rss_kib() / 1024,
            before / 1024
        );
        // The generator runs inside the timed import; how much of it is the generator's own:
        let start = Instant::now();
        let generated = territory(count, &LANGUAGES, 42).count();
        println!(
            "  of which generating the {generated} records alone: {:.2?}",
            start.elapsed()
        );
        store.checkpoint().unwrap();
        let bytes = std::fs::metadata(&path).unwrap().len();
        println!(
            "database: {:.1} MiB, {:.0} KiB per 1,000 services",
            bytes as f64 / 1_048_576.0,
            bytes as f64 / 1024.0 / (count as f64 / 1000.0)
        );
    }
    if let Ok(sql) = std::env::var("PONTE_BENCH_EXPLAIN") {
        let plan: Vec<String> = store
            .read(|c| {
                let mut stmt = c.prepare(&format!("EXPLAIN QUERY PLAN {sql}"))?;
                let rows = stmt
                    .query_map([], |r| r.get::<_, String>(3))?
                    .collect::<rusqlite::Result<Vec<_>>>()?;
                Ok(rows)
            })
            .unwrap();
        println!("{}", plan.join("\n"));
        return;
    }

    if std::env::var_os("PONTE_BENCH_IMPORT_ONLY").is_some() {
        return;
    }
    let none = ServiceFilter::default();
    let chain: Vec<String> = ["ar", "en", "it"].iter().map(|s| s.to_string()).collect();

    measure("near me, 20 results within 5 km", 1000, |i| {
        let (lat, lon) = point(i);
        let found = services
            .near(lat, lon, 5_000.0, 20, &none, &chain, AT)
            .unwrap();
        assert_eq!(found.len(), 20);
    });
    let work = ServiceFilter {
        categories: vec![ponte_core::services::Category::Work],
        free_only: true,
        ..Default::default()
    };
    measure("near me, 20 results, category + free filter", 1000, |i| {
        let (lat, lon) = point(i);
        services
            .near(lat, lon, 5_000.0, 20, &work, &chain, AT)
            .unwrap();
    });
    measure("near me, 20 open now", 500, |i| {
        let (lat, lon) = point(i);
        services
            .near(
                lat,
                lon,
                5_000.0,
                20,
                &ServiceFilter {
                    open_only: true,
                    ..Default::default()
                },
                &chain,
                AT,
            )
            .unwrap();
    });

    let queries: Vec<(&str, Vec<String>)> = vec![
        ("scuola italiano", vec!["it".into()]),
        ("مدرسة", vec!["ar".into(), "en".into()]),
        ("consult", vec!["fr".into(), "en".into()]),
        ("ambulat", vec!["it".into()]),
        ("বাসস্থান", vec!["bn".into(), "en".into()]),
        ("Ballarò", vec!["it".into()]),
        ("xarun shaqo", vec!["so".into()]),
        ("mensa pign", vec!["es".into()]),
    ];
    measure("text search, 20 results, near a point", 200, |i| {
        let (text, chain) = &queries[i % queries.len()];
        services
            .search_at(text, chain, Some(point(i)), &none, 20, AT)
            .unwrap();
    });
    if std::env::var_os("PONTE_BENCH_EACH").is_some() {
        for (text, chain) in &queries {
            measure(&format!("  search {text:?} in {chain:?}"), 50, |i| {
                services
                    .search_at(text, chain, Some(point(i)), &none, 20, AT)
                    .unwrap();
            });
        }
    }

    // A box around a centre holding at least 500 services.
    let (_, _, lat, lon) = CITIES[0];
    let side = 0.5 * ((500.0 * 5.0 / count as f64) * 0.27 * 0.38).sqrt() * 1.6;
    let bounds = Bounds {
        south: lat - side,
        west: lon - side * 1.4,
        north: lat + side,
        east: lon + side * 1.4,
    };
    let shown = services
        .viewport(bounds, 500, &none, &chain, AT)
        .unwrap()
        .len();
    measure(&format!("viewport, {shown} services"), 300, |_| {
        services.viewport(bounds, 500, &none, &chain, AT).unwrap();
    });
    measure(
        &format!("viewport as GeoJSON, {shown} services"),
        300,
        |_| {
            services
                .viewport_geojson(bounds, 500, &none, &chain, AT)
                .unwrap();
        },
    );

    // Open now over 200 candidates: parsing and evaluating the hours of 200 services.
    let candidates: Vec<(String, String)> = territory(200, &LANGUAGES, 7)
        .map(|s| (s.opening_hours.unwrap(), s.city))
        .collect();
    measure(
        "open now over 200 candidates (parse + evaluate)",
        300,
        |_| {
            for (hours, city) in &candidates {
                Hours::parse(hours, city).map(|h| h.state_at(AT));
            }
        },
    );
    let parsed: Vec<Hours> = candidates
        .iter()
        .filter_map(|(h, c)| Hours::parse(h, c))
        .collect();
    measure("open now over 200 candidates (parsed, cached)", 300, |_| {
        for hours in &parsed {
            hours.state_at(AT);
        }
    });

    // A sync page of one changed service on the whole territory: the search's word list is
    // rebuilt from the index with it. (Writes to the database: last, so the reads above see the
    // imported state.)
    let mut changed: Vec<_> = territory(1, &LANGUAGES, 42).collect();
    measure("apply a sync page of one changed service", 20, |i| {
        changed[0].version = 1_000 + i as u32;
        services
            .apply_changes(&[ContentChange::UpsertService {
                service: changed[0].clone(),
            }])
            .unwrap();
    });
}
