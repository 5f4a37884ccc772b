//! The app core's figures (issue 14), on a phone that has been used for years: 5,000
//! applications with 50,000 stage events, 100,000 services in 12 languages and the shipped
//! lessons installed. Measures opening the `App` to its first home view, an event to its new
//! view, the notification plan, and the process's peak memory for the open.
//!
//! Run: `cargo bench -p ponte-core --bench app` (PONTE_BENCH_SERVICES=10000 for a quick run;
//! PONTE_BENCH_DB=/tmp/app.db keeps the database between runs).

mod common;

use std::sync::Arc;
use std::time::Instant;

use common::{current_rss_kib, measure, measure_part, peak_rss_kib};

use ponte_core::app::reminders::{plan, PlanOptions};
use ponte_core::app::{App, Capabilities, Event, Platform, Route, ServicesEvent};
use ponte_core::diary::{ActionDetails, ActionKind, ApplicationDetails, Diary, JobSource, Stage};
use ponte_core::lessons::Lessons;
use ponte_core::services::{ContentChange, Services};
use ponte_core::{OpenOptions, Store, Timestamp};
use ponte_wire::pack::{self, Curriculum, SigningKey};
use ponte_wire::synthetic::{territory, LANGUAGES};

const KEY: [u8; 32] = [4; 32];
const APPLICATIONS: usize = 5_000;
const EVENTS_PER_APPLICATION: usize = 10;
const DAY: i64 = 86_400_000;

fn capabilities() -> Capabilities {
    Capabilities {
        platform: Platform::Other,
        voices: Vec::new(),
        camera: true,
        location: true,
        preferred_languages: vec!["ar".into()],
        time_zone: "Europe/Rome".into(),
    }
}

fn trusted() -> Vec<String> {
    vec![pack::public_key_to_base64(
        &SigningKey::from_bytes(&[5; 32]).verifying_key(),
    )]
}

/// The shipped courses, signed with the bench's key.
fn shipped_pack() -> Vec<u8> {
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../content/lessons/courses");
    let mut courses: Vec<_> = std::fs::read_dir(&root)
        .unwrap()
        .filter_map(|e| e.ok())
        .filter_map(|e| serde_json::from_str(&std::fs::read_to_string(e.path()).ok()?).ok())
        .collect();
    if courses.is_empty() {
        courses.push(
            serde_json::from_str(include_str!("../tests/fixtures/mini-course.json")).unwrap(),
        );
    }
    pack::build(
        "digital-skills",
        1,
        &Curriculum { courses },
        &Default::default(),
        &SigningKey::from_bytes(&[5; 32]),
        true,
    )
}

fn build(path: &std::path::Path, now: Timestamp, services: usize) {
    let store = Arc::new(Store::open(path, &KEY).unwrap());
    let started = Instant::now();
    Services::new(store.clone())
        .apply_stream(
            territory(services, &LANGUAGES, 42)
                .map(|service| ContentChange::UpsertService { service }),
        )
        .unwrap();
    Lessons::new(store.clone())
        .install_pack(&shipped_pack(), &trusted())
        .unwrap();
    let diary = Diary::new(store.clone());
    let cycle = [
        Stage::Applied,
        Stage::Interview,
        Stage::Offer,
        Stage::NoAnswer,
    ];
    for i in 0..APPLICATIONS {
        let start = now - 400 * DAY + i as i64 * 60_000;
        let details =
            ApplicationDetails::new(format!("Employer {i}"), "Cameriere", JobSource::JobPortal);
        let app = diary
            .add_application(&details, Stage::Saved, Some(start))
            .unwrap();
        for step in 1..EVENTS_PER_APPLICATION {
            diary
                .move_to_stage(
                    &app.id,
                    cycle[(step - 1) % cycle.len()],
                    "",
                    Some(start + step as i64 * DAY),
                )
                .unwrap();
        }
        if i % 4 == 0 {
            let due = now + (i as i64 % 20 - 10) * DAY;
            diary
                .add_action(
                    &ActionDetails::new(ActionKind::CallBack, due),
                    Some(&app.id),
                )
                .unwrap();
        }
    }
    // The first run is over, in Bologna.
    let app = App::with_store(store.clone(), capabilities(), Box::new(move || now)).unwrap();
    for event in [
        Event::ChooseUiLanguage { code: "ar".into() },
        Event::ChooseContentLanguage {
            code: Some("it".into()),
        },
        Event::ShippedContentMissing,
        Event::ChooseCity {
            city: "Bologna".into(),
        },
        Event::AcceptPrivacy,
        Event::SkipPairing,
    ] {
        app.handle(event).unwrap();
    }
    store.checkpoint().unwrap();
    println!("built the phone's database in {:.1?}", started.elapsed());
}

fn main() {
    let services: usize = std::env::var("PONTE_BENCH_SERVICES")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(100_000);
    let now = Timestamp::parse("2026-11-23T09:00:00Z").unwrap();
    let dir = tempfile::tempdir().unwrap();
    let path = std::env::var_os("PONTE_BENCH_DB")
        .map(std::path::PathBuf::from)
        .unwrap_or_else(|| dir.path().join("app.db"));
    if !path.exists() {
        build(&path, now, services);
    }
    let options = OpenOptions::new(path.display().to_string(), &KEY, false).trusting(&trusted());

    // Open to the first home view, in a fresh process state as far as the library can: peak
    // memory is reset, then measured over one open. Later opens find the OS cache warm, as a
    // phone does on a second start.
    let _ = std::fs::write("/proc/self/clear_refs", "5");
    let before = current_rss_kib();
    let start = Instant::now();
    let app = App::open(&options, capabilities()).unwrap();
    let view = app.view().unwrap();
    let first = start.elapsed();
    assert_eq!(view.route, Route::Home);
    println!(
        "open the App to its first home view: {first:.2?}; peak memory {} MiB (process before the open {} MiB)",
        peak_rss_kib() / 1024,
        before / 1024
    );
    drop(app);
    measure("open the App to its first home view (warm)", 20, |_| {
        let app = App::open(&options, capabilities()).unwrap();
        app.view().unwrap();
    });

    let app = App::open(&options, capabilities()).unwrap();
    let store = app.store().clone();
    let application = Diary::new(store.clone())
        .application_page(None, 1, None)
        .unwrap()
        .applications[0]
        .id
        .clone();
    let chain: Vec<String> = vec!["it".into(), "ar".into(), "en".into()];
    let service = Services::new(store.clone())
        .near(
            44.4949,
            11.3426,
            10_000.0,
            1,
            &Default::default(),
            &chain,
            now,
        )
        .unwrap()[0]
        .id
        .clone();
    let lesson = Lessons::new(store.clone()).courses(&chain).unwrap()[0].lessons[0]
        .id
        .clone();
    // Every screen, opened from home: the event, its view, and back.
    let screens = [
        Route::Applications { stage: None },
        Route::Application { id: application },
        Route::EditApplication { id: None },
        Route::Actions,
        Route::Documents,
        Route::Meetings,
        Route::Profile,
        Route::CvPreview,
        Route::Services,
        Route::Service { id: service },
        Route::ServicesMap,
        Route::Courses,
        Route::Lesson { id: lesson },
        Route::Tutor,
        Route::Settings,
    ];
    let mut worst = std::time::Duration::ZERO;
    for route in &screens {
        let p95 = measure(
            &format!("open {} and its view", route.to_link()),
            40,
            |_| {
                app.handle(Event::Navigate {
                    route: route.clone(),
                })
                .unwrap();
                app.view().unwrap();
                app.back().unwrap();
            },
        );
        worst = worst.max(p95);
    }
    println!("worst p95 over the screens above: {worst:.2?}");
    // Events within a screen.
    app.handle(Event::Navigate {
        route: Route::Services,
    })
    .unwrap();
    let words = ["lavoro", "medico", "italiano", "casa"];
    measure("services: a search typed, and its view", 40, |i| {
        app.handle(Event::Services {
            event: ServicesEvent::Search {
                text: words[i % words.len()].into(),
            },
        })
        .unwrap();
        app.view().unwrap();
    });
    let centre = app.store().read(|c| {
        Ok(c.query_row(
            "SELECT value FROM app_setting WHERE key = 'city.centre'",
            [],
            |r| r.get::<_, String>(0),
        )?)
    });
    let (lat, lon) = centre
        .ok()
        .and_then(|v| {
            let (a, b) = v.split_once(',')?;
            Some((a.parse().ok()?, b.parse().ok()?))
        })
        .unwrap_or((44.4949, 11.3426));
    measure("  services: the search alone (21 results)", 40, |i| {
        Services::new(store.clone())
            .search_at(
                words[i % words.len()],
                &chain,
                Some((lat, lon)),
                &Default::default(),
                21,
                now,
            )
            .unwrap();
    });
    app.handle(Event::Services {
        event: ServicesEvent::Search { text: "".into() },
    })
    .unwrap();
    measure("services: a category filter, and its view", 40, |_| {
        app.handle(Event::Services {
            event: ServicesEvent::ToggleCategory {
                category: ponte_wire::content::Category::Work,
            },
        })
        .unwrap();
        app.view().unwrap();
    });
    app.back().unwrap();
    measure_part("back to home and its view", 100, |i| {
        app.handle(Event::Navigate {
            route: screens[i % screens.len()].clone(),
        })
        .unwrap();
        let start = Instant::now();
        app.back().unwrap();
        app.view().unwrap();
        start.elapsed()
    });
    // Where the home view's time goes.
    let diary = Diary::new(store.clone());
    measure("  home: the agenda", 20, |_| {
        diary
            .agenda(&ponte_core::diary::AgendaOptions {
                time_zone: "Europe/Rome".into(),
                ..ponte_core::diary::AgendaOptions::at(now)
            })
            .unwrap();
    });
    measure("  home: the lesson to continue", 20, |_| {
        Lessons::new(store.clone())
            .lesson_to_continue(&chain)
            .unwrap();
    });
    measure("  home: the view alone (at home)", 20, |_| {
        app.view().unwrap();
    });
    measure(
        "  (the city centre, computed once when the city is chosen)",
        20,
        |_| {
            store
                .read(|c| {
                    Ok(c.query_row(
                        "SELECT avg(lat), avg(lon) FROM service WHERE city = 'Bologna'",
                        [],
                        |r| r.get::<_, Option<f64>>(0),
                    )?)
                })
                .unwrap();
        },
    );
    let filter = ponte_core::services::ServiceFilter {
        open_only: true,
        ..Default::default()
    };
    measure("  home: three services open now", 20, |_| {
        Services::new(store.clone())
            .near(44.4949, 11.3426, 10_000.0, 3, &filter, &chain, now)
            .unwrap();
    });
    measure("  home: the sync status", 20, |_| {
        ponte_core::sync::SyncClient::new(store.clone(), Vec::new())
            .status(&chain)
            .unwrap();
    });
    measure("the notification plan (14 days)", 100, |_| {
        plan(&store, &PlanOptions::at(now, &["ar".into(), "it".into()])).unwrap();
    });
}
