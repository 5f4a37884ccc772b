//! The diary's figures: a cold open of the encrypted store with the home-screen query on a
//! heavy diary (5,000 applications, 50,000 stage events), and adding one application.
//!
//! Run: `cargo bench -p ponte-core --bench diary`

use std::sync::Arc;

use criterion::{criterion_group, criterion_main, BatchSize, Criterion};
use ponte_core::diary::{
    ActionDetails, ActionKind, AgendaOptions, ApplicationDetails, ContractType, Diary, JobSource,
    Stage,
};
use ponte_core::Store;

const KEY: [u8; 32] = [42; 32];
const APPLICATIONS: usize = 5_000;
const EVENTS_PER_APPLICATION: usize = 10;
const DAY: i64 = 86_400_000;

fn details(i: usize) -> ApplicationDetails {
    ApplicationDetails {
        employer: format!("Employer {i}"),
        position: ["Cuoco", "Magazziniere", "Badante", "Operaio", "Cameriere"][i % 5].into(),
        source: JobSource::JobPortal,
        source_detail: "InfoJobs".into(),
        city: "Bologna".into(),
        contract_type: Some(ContractType::FixedTerm),
        contact_name: String::new(),
        contact_phone: String::new(),
        contact_email: String::new(),
        job_url: String::new(),
        notes: "Inviato il CV per e-mail".into(),
    }
}

/// A diary as a very active person would have after years: every application has a timeline
/// of ten stage changes, one in four has an open action.
fn heavy_diary(path: &std::path::Path, now: ponte_core::Timestamp) {
    let diary = Diary::new(Arc::new(Store::open(path, &KEY).unwrap()));
    let cycle = [
        Stage::Applied,
        Stage::Interview,
        Stage::Offer,
        Stage::NoAnswer,
    ];
    for i in 0..APPLICATIONS {
        let start = now - 400 * DAY + i as i64 * 60_000;
        let app = diary
            .add_application(&details(i), Stage::Saved, Some(start))
            .unwrap();
        for step in 1..EVENTS_PER_APPLICATION {
            let stage = cycle[(step - 1) % cycle.len()];
            diary
                .move_to_stage(&app.id, stage, "", Some(start + step as i64 * DAY))
                .unwrap();
        }
        if i % 4 == 0 {
            let due = now + (i as i64 % 20 - 10) * DAY;
            diary
                .add_action(
                    &ActionDetails {
                        kind: ActionKind::CallBack,
                        note: String::new(),
                        due_at: due,
                    },
                    Some(&app.id),
                )
                .unwrap();
        }
    }
}

fn benches(c: &mut Criterion) {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("heavy.db");
    let now = ponte_core::Timestamp::from_millis(1_795_420_800_000);
    eprintln!(
        "building a diary of {APPLICATIONS} applications and {} events…",
        APPLICATIONS * EVENTS_PER_APPLICATION
    );
    heavy_diary(&path, now);

    c.bench_function(
        "cold open + migrations check + agenda (5k applications, 50k events)",
        |b| {
            b.iter(|| {
                let diary = Diary::new(Arc::new(Store::open(&path, &KEY).unwrap()));
                let agenda = diary.agenda(&AgendaOptions::at(now)).unwrap();
                assert!(!agenda.today.is_empty() || !agenda.this_week.is_empty());
                agenda
            })
        },
    );

    let diary = Diary::new(Arc::new(Store::open(&path, &KEY).unwrap()));
    let mut i = APPLICATIONS;
    c.bench_function("add application", |b| {
        b.iter_batched(
            || {
                i += 1;
                details(i)
            },
            |d| diary.add_application(&d, Stage::Applied, None).unwrap(),
            BatchSize::SmallInput,
        )
    });
}

criterion_group!(diary, benches);
criterion_main!(diary);
