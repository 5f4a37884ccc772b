//! How much the guides add to a city's first-run dump: the demo guides (23 national guides
//! and their categories in six languages) beside 100, 500 and 1,000 synthetic services in the
//! same six languages, raw and deflated (what gzip on the wire is within a few bytes of).
//!
//! Run: `cargo bench -p ponte-core --bench dump_size`

mod common;

use ponte_wire::guides::{GuideRecord, Visibility};
use ponte_wire::pack::SigningKey;
use ponte_wire::synthetic::territory;

/// The languages the demo guides are written in.
const LANGUAGES: [&str; 6] = ["it", "en", "ar", "fr", "bn", "ur"];

fn demo_guides() -> Vec<GuideRecord> {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../content/guides");
    let mut guides = Vec::new();
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.extension().is_some_and(|e| e == "json") && !path.ends_with("metadata.json") {
            let read: Vec<GuideRecord> =
                serde_json::from_str(&std::fs::read_to_string(&path).unwrap()).unwrap();
            guides.extend(
                read.into_iter()
                    .filter(|g| g.visibility == Visibility::Public),
            );
        }
    }
    guides
}

fn main() {
    let key = SigningKey::from_bytes(&[5; 32]);
    let guides = demo_guides();
    let glossary = common::demo_glossary();
    let deflated = |bytes: &[u8]| miniz_oxide::deflate::compress_to_vec(bytes, 6).len();
    println!(
        "{} public demo guides in {} languages",
        guides.len(),
        LANGUAGES.len()
    );
    for count in [100, 500, 1_000] {
        let services: Vec<_> = territory(count, &LANGUAGES, 42).collect();
        let without = ponte_wire::dump::build("bologna", 1, &services, None, &key, true);
        let content = |glossary| ponte_wire::dump::Content {
            services: &services,
            guides: &guides,
            glossary,
        };
        let with = ponte_wire::dump::build_with("bologna", 1, content(&[]), None, &key, true);
        let with_glossary =
            ponte_wire::dump::build_with("bologna", 1, content(&glossary), None, &key, true);
        let raw_without = without.len();
        let z_without = deflated(&without);
        let added = |bytes: &[u8]| {
            format!(
                "{} bytes (+{:.0}%), deflated {} (+{:.0}%)",
                bytes.len(),
                100.0 * (bytes.len() - raw_without) as f64 / raw_without as f64,
                deflated(bytes),
                100.0 * (deflated(bytes) - z_without) as f64 / z_without as f64,
            )
        };
        println!(
            "{count:>5} services: {raw_without} bytes, deflated {z_without}; with the guides {}; and the glossary {}",
            added(&with),
            added(&with_glossary),
        );
    }
}
