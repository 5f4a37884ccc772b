//! Ask's recall on the demo guides: a question set written apart from the search
//! (`tests/fixtures/ask_questions.json`: Italian, English, French and Arabic, the way people
//! ask, a few typing mistakes), each with the guide that answers it. A question is answered
//! when that guide is among the first three answers. The figures are printed:
//!
//! `cargo test -p ponte-core --test ask_recall -- --nocapture`

use std::collections::BTreeMap;
use std::path::Path;
use std::sync::Arc;

use ponte_core::guides::Guides;
use ponte_core::services::{ContentChange, Services};
use ponte_core::Store;
use ponte_wire::guides::{GuideRecord, Visibility};

/// The share of questions answered in the top 3 below which the test fails.
const RECALL_AT_3_FLOOR: f64 = 0.8;

#[derive(serde::Deserialize)]
struct Question {
    language: String,
    question: String,
    expected: Vec<String>,
}

fn content() -> &'static Path {
    Path::new(concat!(env!("CARGO_MANIFEST_DIR"), "/../content"))
}

/// The demo guides a phone receives (operators' scripts never reach one).
fn demo_guides() -> Vec<GuideRecord> {
    let mut guides = Vec::new();
    let mut files: Vec<_> = std::fs::read_dir(content().join("guides"))
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e == "json") && !p.ends_with("metadata.json"))
        .collect();
    files.sort();
    for file in files {
        let read: Vec<GuideRecord> =
            serde_json::from_str(&std::fs::read_to_string(&file).unwrap()).unwrap();
        guides.extend(
            read.into_iter()
                .filter(|g| g.visibility == Visibility::Public),
        );
    }
    guides
}

/// The demo glossary of synonyms, which the content brings with the guides.
fn demo_glossary() -> Vec<ponte_wire::glossary::GlossaryConcept> {
    ponte_wire::glossary::read_file(
        &std::fs::read_to_string(content().join("glossary.json")).unwrap(),
    )
    .unwrap()
}

#[test]
fn the_right_guide_is_in_the_first_three_answers_for_most_questions_in_four_languages() {
    let dir = tempfile::tempdir().unwrap();
    let store = Arc::new(Store::open(dir.path().join("ponte.db"), &[7; 32]).unwrap());
    Services::new(store.clone())
        .apply_changes(
            &demo_guides()
                .into_iter()
                .map(|guide| ContentChange::UpsertGuide { guide })
                .chain(
                    demo_glossary()
                        .into_iter()
                        .map(|concept| ContentChange::UpsertConcept { concept }),
                )
                .collect::<Vec<_>>(),
        )
        .unwrap();
    let guides = Guides::new(store);
    let questions: Vec<Question> = serde_json::from_str(
        &std::fs::read_to_string(
            Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/ask_questions.json"),
        )
        .unwrap(),
    )
    .unwrap();
    // language → (asked, first answer right, right in the first three)
    let mut by_language: BTreeMap<&str, (u32, u32, u32)> = BTreeMap::new();
    let mut misses = Vec::new();
    for q in &questions {
        let answers = guides
            .ask(
                &q.question,
                Some("bologna"),
                std::slice::from_ref(&q.language),
                3,
            )
            .unwrap();
        let ids: Vec<&str> = answers.iter().map(|p| p.source_id.as_str()).collect();
        let right = |id: &&str| q.expected.iter().any(|e| e == id);
        let tally = by_language.entry(&q.language).or_default();
        tally.0 += 1;
        if ids.first().is_some_and(right) {
            tally.1 += 1;
        }
        if ids.iter().any(right) {
            tally.2 += 1;
        } else {
            misses.push(format!(
                "{} {:?}: expected {:?}, answered {:?}",
                q.language, q.question, q.expected, ids
            ));
        }
    }
    let (mut asked, mut first, mut top3) = (0, 0, 0);
    println!("Ask's recall on the demo guides (the right guide first / in the first three):");
    for (language, (a, f, t)) in &by_language {
        println!("  {language}: {f}/{a} first, {t}/{a} in the first three");
        asked += a;
        first += f;
        top3 += t;
    }
    let recall = f64::from(top3) / f64::from(asked.max(1));
    println!(
        "  all: {first}/{asked} first ({:.0}%), {top3}/{asked} in the first three ({:.0}%)",
        100.0 * f64::from(first) / f64::from(asked.max(1)),
        100.0 * recall
    );
    for miss in &misses {
        println!("  missed: {miss}");
    }
    assert!(asked >= 60, "{asked} questions");
    assert!(
        recall >= RECALL_AT_3_FLOOR,
        "recall at 3 is {:.0}%, below {:.0}%",
        100.0 * recall,
        100.0 * RECALL_AT_3_FLOOR
    );
}
