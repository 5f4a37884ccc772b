//! The guides' figures on 5,000 synthetic guides × 12 languages (about 400,000 passages), with
//! 100,000 synthetic services × 12 languages and the demo lessons in the same database (Ask
//! answers from all three): storing them, "Ask" (a question answered with the best passages),
//! opening a guide, and a level of the tree.
//!
//! Run: `cargo bench -p ponte-core --bench guides` (PONTE_BENCH_GUIDES=500 and
//! PONTE_BENCH_SERVICES=1000 for a quick run).

mod common;

use std::sync::Arc;
use std::time::Instant;

use common::measure;
use ponte_core::guides::Guides;
use ponte_core::lessons::Lessons;
use ponte_core::services::{ContentChange, Services};
use ponte_core::Store;
use ponte_wire::guides::{GuideRecord, GuideText, Visibility};
use ponte_wire::pack::{self, Curriculum, SigningKey};
use ponte_wire::synthetic::{territory, LANGUAGES};
use ponte_wire::Provenance;

/// Words per language the synthetic bodies are made of: a few topic words shared by every
/// language's vocabulary size, and filler, so word frequencies look like prose.
fn vocabulary(language: &str) -> Vec<String> {
    let topics: &[&str] = match language {
        "it" => &[
            "permesso",
            "soggiorno",
            "rinnovo",
            "codice",
            "fiscale",
            "lavoro",
            "contratto",
            "medico",
            "tessera",
            "sanitaria",
            "residenza",
            "corso",
            "italiano",
            "busta",
            "paga",
            "sindacato",
            "questura",
            "comune",
        ],
        "en" => &[
            "permit",
            "residence",
            "renewal",
            "tax",
            "code",
            "work",
            "contract",
            "doctor",
            "health",
            "card",
            "registration",
            "course",
            "italian",
            "payslip",
            "wages",
            "union",
            "police",
            "municipality",
        ],
        "fr" => &[
            "titre",
            "séjour",
            "renouvellement",
            "code",
            "fiscal",
            "travail",
            "contrat",
            "médecin",
            "carte",
            "santé",
            "résidence",
            "cours",
            "italien",
            "fiche",
            "paie",
            "syndicat",
            "préfecture",
            "mairie",
        ],
        "ar" => &[
            "إقامة",
            "تصريح",
            "تجديد",
            "رمز",
            "ضريبي",
            "عمل",
            "عقد",
            "طبيب",
            "بطاقة",
            "صحية",
            "سكن",
            "دورة",
            "الإيطالية",
            "قسيمة",
            "راتب",
            "نقابة",
            "شرطة",
            "بلدية",
        ],
        _ => &[
            "alpha", "beta", "gamma", "delta", "epsilon", "zeta", "eta", "theta", "iota", "kappa",
            "lambda", "mu", "nu", "xi", "omicron", "pi", "rho", "sigma",
        ],
    };
    let mut words: Vec<String> = topics.iter().map(|w| w.to_string()).collect();
    // Filler words of the language: 400 made-up ones, each tagged with the language.
    words.extend((0..400).map(|i| format!("{language}w{i}")));
    words
}

struct Rng(u64);
impl Rng {
    fn below(&mut self, n: usize) -> usize {
        self.0 ^= self.0 << 13;
        self.0 ^= self.0 >> 7;
        self.0 ^= self.0 << 17;
        (self.0 % n as u64) as usize
    }
}

fn sentence(rng: &mut Rng, words: &[String], length: usize) -> String {
    (0..length)
        .map(|_| {
            // One word in five a topic word.
            if rng.below(5) == 0 {
                words[rng.below(18)].clone()
            } else {
                words[18 + rng.below(words.len() - 18)].clone()
            }
        })
        .collect::<Vec<_>>()
        .join(" ")
}

fn guides(count: usize) -> impl Iterator<Item = GuideRecord> {
    let vocabularies: Vec<(&str, Vec<String>)> =
        LANGUAGES.iter().map(|l| (*l, vocabulary(l))).collect();
    let mut rng = Rng(42);
    (0..count).map(move |i| GuideRecord {
        id: format!("g-{i}"),
        version: 1,
        region: if i % 3 == 0 {
            None
        } else {
            Some(["bologna", "roma", "torino", "palermo", "venezia"][i % 5].into())
        },
        parent: (i >= 50).then(|| format!("g-{}", i % 50)),
        position: (i / 50) as u32,
        visibility: Visibility::Public,
        last_checked: Some("2026-11-20".into()),
        sources: vec![],
        image: None,
        source_language: "it".into(),
        texts: vocabularies
            .iter()
            .map(|(language, words)| {
                let body = format!(
                    "{}.\n\n## {}\n\n- {}\n- {}\n\n{}.\n\n{}.",
                    sentence(&mut rng, words, 30),
                    sentence(&mut rng, words, 3),
                    sentence(&mut rng, words, 10),
                    sentence(&mut rng, words, 10),
                    sentence(&mut rng, words, 40),
                    sentence(&mut rng, words, 25),
                );
                GuideText {
                    language: (*language).into(),
                    title: sentence(&mut rng, words, 5),
                    body,
                    provenance: if *language == "it" {
                        Provenance::Original
                    } else {
                        Provenance::Machine
                    },
                    source_version: 1,
                    image_alt: String::new(),
                }
            })
            .collect(),
    })
}

/// The questions asked, each with the person's languages.
fn questions() -> Vec<(&'static str, Vec<String>)> {
    vec![
        ("come rinnovo il permesso di soggiorno", vec!["it".into()]),
        ("how do I renew my residence permit", vec!["en".into()]),
        ("renouvellement du titre de séjour", vec!["fr".into()]),
        ("تجديد تصريح الإقامة", vec!["ar".into()]),
        ("codice fiscale e tessera sanitaria", vec!["it".into()]),
        ("payslip wages union", vec!["en".into()]),
        ("sindacto busta paga", vec!["it".into()]), // a typing mistake
        ("médecin carte santé", vec!["fr".into()]),
        ("avvocato gratuito vicino", vec!["it".into()]),
        ("wifi mobile data battery", vec!["en".into()]),
    ]
}

fn main() {
    let count: usize = std::env::var("PONTE_BENCH_GUIDES")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(5_000);
    let dir = tempfile::tempdir().unwrap();
    let store = Arc::new(Store::open(dir.path().join("guides.db"), &[9; 32]).unwrap());
    let start = Instant::now();
    Services::new(store.clone())
        .apply_stream(
            guides(count)
                .map(|guide| ContentChange::UpsertGuide { guide })
                .chain(
                    common::demo_glossary()
                        .into_iter()
                        .map(|concept| ContentChange::UpsertConcept { concept }),
                ),
        )
        .unwrap();
    println!(
        "store {count} guides × {} languages: {:.2?}; database {} MiB",
        LANGUAGES.len(),
        start.elapsed(),
        std::fs::metadata(dir.path().join("guides.db"))
            .map(|m| m.len() / 1_048_576)
            .unwrap_or(0)
    );
    let questions = questions();
    {
        let guides = Guides::new(store.clone());
        measure("ask, 5 passages, the guides alone", 200, |i| {
            let (question, chain) = &questions[i % questions.len()];
            guides.ask(question, Some("bologna"), chain, 5).unwrap();
        });
    }
    let services: usize = std::env::var("PONTE_BENCH_SERVICES")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(100_000);
    let start = Instant::now();
    Services::new(store.clone())
        .apply_stream(
            territory(services, &LANGUAGES, 42)
                .map(|service| ContentChange::UpsertService { service }),
        )
        .unwrap();
    let (courses, media) = ponte_wire::lessons::load_dir(
        &std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../content/lessons"),
    )
    .unwrap();
    let key = SigningKey::from_bytes(&[7; 32]);
    let lessons = Lessons::new(store.clone());
    lessons
        .install_pack(
            &pack::build("bench", 1, &Curriculum { courses }, &media, &key, true),
            &[pack::public_key_to_base64(&key.verifying_key())],
        )
        .unwrap();
    println!(
        "and {services} services × {} languages and the demo lessons: {:.2?}; database {} MiB",
        LANGUAGES.len(),
        start.elapsed(),
        std::fs::metadata(dir.path().join("guides.db"))
            .map(|m| m.len() / 1_048_576)
            .unwrap_or(0)
    );
    let guides = Guides::new(store);

    measure("ask, 5 passages, with the services and lessons", 200, |i| {
        let (question, chain) = &questions[i % questions.len()];
        guides.ask(question, Some("bologna"), chain, 5).unwrap();
    });
    // Each question apart, to see which costs what.
    for (question, chain) in &questions {
        measure(&format!("  ask {question:?}"), 20, |_| {
            guides.ask(question, Some("bologna"), chain, 5).unwrap();
        });
    }
    // National guides (every third), in Arabic.
    measure("open a guide (parse, fallback, children)", 500, |i| {
        let n = (i * 7) % (count / 3) * 3;
        guides
            .guide(&format!("g-{n}"), Some("bologna"), &["ar".into()])
            .unwrap();
    });
    measure("a level of the tree (top, 50 guides)", 200, |_| {
        guides.level(None, Some("bologna"), &["ar".into()]).unwrap();
    });
}
