//! The lessons' figures: installing a 20-lesson pack, and opening a lesson at its saved step.
//!
//! Run: `cargo bench -p ponte-core --bench lessons`

use std::collections::BTreeMap;
use std::sync::Arc;

use criterion::{criterion_group, criterion_main, Criterion};
use ponte_core::lessons::Lessons;
use ponte_core::Store;
use ponte_wire::lessons::Course;
use ponte_wire::pack::{self, Curriculum, SigningKey};

/// The shipped curriculum (or the test fixture), its lessons repeated under new ids until there
/// are 20, like a full pack.
fn twenty_lesson_curriculum() -> Curriculum {
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../content/lessons/courses");
    let mut courses: Vec<Course> = std::fs::read_dir(&root)
        .map(|dir| {
            dir.filter_map(|e| e.ok())
                .filter_map(|e| serde_json::from_str(&std::fs::read_to_string(e.path()).ok()?).ok())
                .collect()
        })
        .unwrap_or_default();
    if courses.is_empty() {
        courses.push(
            serde_json::from_str(include_str!("../tests/fixtures/mini-course.json")).unwrap(),
        );
    }
    let mut all: Vec<_> = courses.iter().flat_map(|c| c.lessons.clone()).collect();
    let mut n = 0;
    while all.len() < 20 {
        let mut copy = all[n % all.len()].clone();
        copy.id = format!("{}-copy-{n}", copy.id);
        copy.prerequisites.clear();
        all.push(copy);
        n += 1;
    }
    all.truncate(20);
    let mut course = courses[0].clone();
    course.lessons = all;
    Curriculum {
        courses: vec![course],
    }
}

fn benches(c: &mut Criterion) {
    let key = SigningKey::from_bytes(&[7; 32]);
    let trusted = vec![pack::public_key_to_base64(&key.verifying_key())];
    let curriculum = twenty_lesson_curriculum();
    let lesson_id = curriculum.courses[0].lessons[0].id.clone();
    let steps = curriculum.courses[0].lessons[0].steps.len() as u32;
    let dir = tempfile::tempdir().unwrap();
    let lessons = Lessons::new(Arc::new(
        Store::open(dir.path().join("lessons.db"), &[3; 32]).unwrap(),
    ));
    let mut version = 0;
    let bytes_of = |v: u32| pack::build("bench", v, &curriculum, &BTreeMap::new(), &key, false);
    eprintln!(
        "pack of {} lessons: {} bytes",
        curriculum.courses[0].lessons.len(),
        bytes_of(1).len()
    );

    c.bench_function(
        "install a 20-lesson pack (verify + validate + store)",
        |b| {
            b.iter_batched(
                || {
                    version += 1;
                    bytes_of(version)
                },
                |bytes| lessons.install_pack(&bytes, &trusted).unwrap(),
                criterion::BatchSize::LargeInput,
            )
        },
    );

    let chain = vec!["ar".to_owned(), "en".to_owned(), "it".to_owned()];
    lessons.go_to_step(&lesson_id, steps / 2, &chain).unwrap();
    c.bench_function("open a lesson at its saved step", |b| {
        b.iter(|| {
            let view = lessons.open_lesson(&lesson_id, &chain).unwrap();
            assert_eq!(view.step.index, steps / 2);
            view
        })
    });
}

criterion_group!(lessons, benches);
criterion_main!(lessons);
