//! The services' screens driven as the shells drive them: events in, views out, effects
//! answered by the test.

use std::sync::Arc;

use super::super::tests::{app_at_home, check_snapshot, monday_10, open_app, phone};
use super::super::*;
use super::{ServiceListView, ServiceReportForm, ServicesMapView, ServicesScreen};
use crate::i18n::Catalogue;
use crate::services::test_support::{record, upsert};
use crate::services::{Category, Contact, ContactChannel, OpenStatus, ReportKind, Services};

/// Where the person stands in the journey: north of the centre, in the Navile district.
const PERSON: (f64, f64) = (44.5100, 11.3400);

/// Employment centres around the person: the nearest is closed on Monday morning, the next
/// one is open and has a phone, the third is open but further.
fn add_employment_centres(app: &App) {
    let services = Services::new(app.store().clone());
    let mut closed = record(
        "t-cpi-closed",
        44.5102,
        11.3401,
        Category::Work,
        "Sportello lavoro Bolognina",
    );
    closed.opening_hours = Some("Tu-Fr 14:00-17:00".into());
    closed.contacts = vec![Contact {
        channel: ContactChannel::Phone,
        value: "051 999 0000".into(),
    }];
    let mut open = record(
        "t-cpi-navile",
        44.5120,
        11.3420,
        Category::Work,
        "Centro per l'impiego Navile",
    );
    open.opening_hours = Some("Mo-Fr 09:00-13:00; Th 09:00-13:00,14:30-17:00; PH off".into());
    open.contacts = vec![
        Contact {
            channel: ContactChannel::Phone,
            value: "051 123 4567".into(),
        },
        Contact {
            channel: ContactChannel::Whatsapp,
            value: "333 123 4567".into(),
        },
        Contact {
            channel: ContactChannel::Web,
            value: "http://insecure.example.org".into(),
        },
        Contact {
            channel: ContactChannel::WalkIn,
            value: "Lunedì mattina senza appuntamento".into(),
        },
    ];
    open.texts[0].description = "Iscrizione, colloqui di orientamento e offerte di lavoro.".into();
    let mut far = record(
        "t-cpi-far",
        44.4800,
        11.3000,
        Category::Work,
        "Centro per l'impiego Borgo Panigale",
    );
    far.opening_hours = Some("Mo-Fr 08:30-12:30".into());
    upsert(&services, vec![closed, open, far]);
}

fn list(app: &App) -> ServiceListView {
    match app.view().unwrap().screen {
        Screen::Services {
            screen: ServicesScreen::List { list },
        } => list,
        other => panic!("not the list: {other:?}"),
    }
}

fn report_form(app: &App) -> ServiceReportForm {
    match app.view().unwrap().screen {
        Screen::Services {
            screen: ServicesScreen::Report { form },
        } => form,
        other => panic!("not the report form: {other:?}"),
    }
}

fn map_screen(app: &App) -> ServicesMapView {
    match app.view().unwrap().screen {
        Screen::Services {
            screen: ServicesScreen::Map { map },
        } => map,
        other => panic!("not the map: {other:?}"),
    }
}

fn services(app: &App, event: super::ServicesEvent) -> Vec<Effect> {
    app.handle(Event::Services { event }).unwrap()
}

/// The same app with a phone that can locate (the shared helper's phone cannot).
fn with_location(app: App, language: &str) -> App {
    let store = app.store().clone();
    drop(app);
    App::with_store(
        store,
        Capabilities {
            location: true,
            platform: Platform::Android,
            ..phone(&[language])
        },
        Box::new(monday_10),
    )
    .unwrap()
}

fn t(language: &str, key: &str) -> String {
    Catalogue::get().t(&[language.into()], key, &[]).text
}

#[test]
fn find_the_nearest_open_employment_centre_and_call_it() {
    let dir = tempfile::tempdir().unwrap();
    let app = with_location(app_at_home(&dir.path().join("p.db"), "ar"), "ar");
    add_employment_centres(&app);
    // A counsellor reads along in Italian.
    app.handle(Event::ChooseContentLanguage {
        code: Some("it".into()),
    })
    .unwrap();
    app.handle(Event::Navigate {
        route: Route::Services,
    })
    .unwrap();
    let first = list(&app);
    assert_eq!(first.position_note.locale, "ar");
    assert!(
        first.position_note.text.contains("Bologna"),
        "from the city centre"
    );
    assert!(first.use_location.is_some());
    assert!(first.more.is_none() && first.services.len() == 17);

    use super::ServicesEvent as S;
    services(
        &app,
        S::ToggleCategory {
            category: Category::Work,
        },
    );
    services(&app, S::SetOpenNow { on: true });
    // Asked in context, then the position.
    assert_eq!(
        services(&app, S::UseMyLocation),
        [Effect::RequestPermission {
            permission: Permission::Location
        }]
    );
    assert_eq!(
        app.handle(Event::PermissionResult {
            permission: Permission::Location,
            granted: true
        })
        .unwrap(),
        [Effect::GetLocation]
    );
    app.handle(Event::LocationFound {
        lat: PERSON.0,
        lon: PERSON.1,
    })
    .unwrap();

    let found = list(&app);
    assert_eq!(found.position_note.text, t("ar", "services-near-you"));
    assert!(found.use_location.is_none());
    assert!(found.open_now.on);
    assert!(found
        .categories
        .iter()
        .all(|c| c.selected == (c.category == Category::Work) && c.label.locale == "ar"));
    let ids: Vec<&str> = found.services.iter().map(|s| s.id.as_str()).collect();
    // The closed one (nearer) and the centres without hours are left out; nearest first.
    assert_eq!(ids, ["t-cpi-navile", "t-cpi-far"]);
    let nearest = &found.services[0];
    assert_eq!(nearest.open_status, Some(OpenStatus::Open));
    assert_eq!(
        (
            nearest.name.locale.as_str(),
            nearest.open_line.locale.as_str()
        ),
        ("it", "ar")
    );
    assert!(nearest.distance.as_ref().is_some_and(|d| d.locale == "ar"));
    assert!(
        found.favourites.is_empty() && found.recent.is_empty(),
        "a filtered list"
    );
    assert!(found.clear_filters.is_some());

    services(
        &app,
        S::OpenService {
            id: nearest.id.clone(),
        },
    );
    let view = app.view().unwrap();
    assert_eq!(
        view.route,
        Route::Service {
            id: "t-cpi-navile".into()
        }
    );
    let Screen::Services {
        screen: ServicesScreen::Detail { service },
    } = &view.screen
    else {
        panic!("{:?}", view.screen)
    };
    assert_eq!(service.name.text, "Centro per l'impiego Navile");
    assert_eq!(service.name.locale, "it");
    assert_eq!(service.description.as_ref().unwrap().locale, "it");
    assert_eq!(service.open_status, Some(OpenStatus::Open));
    assert_eq!(service.week.len(), 7);
    assert!(service.week[0].today && service.week[0].day.locale == "ar");
    // Saturday and Sunday are closed; Thursday has two ranges.
    let closed = t("ar", "service-closed");
    assert_eq!(service.week[5].hours.text, closed);
    assert_eq!(service.week[6].hours.text, closed);
    assert_eq!(
        service.week[3].hours.text.matches('–').count(),
        2,
        "{:?}",
        service.week[3]
    );
    assert!(
        service.week[3].hours.text.contains("، "),
        "the Arabic comma"
    );
    // Call, WhatsApp and directions; the http site is not offered; walk-in is text.
    let kinds: Vec<ExternalKind> = service.contacts.iter().map(|c| c.kind).collect();
    assert_eq!(
        kinds,
        [
            ExternalKind::Dial,
            ExternalKind::WhatsApp,
            ExternalKind::Directions
        ]
    );
    assert_eq!(service.walk_in, ["Lunedì mattina senza appuntamento"]);
    assert_eq!(service.contacts[0].value, "051 123 4567");
    assert_eq!(service.contacts[0].label.locale, "ar");

    assert_eq!(
        services(
            &app,
            S::OpenContact {
                id: service.id.clone(),
                index: 0
            }
        ),
        [Effect::OpenExternal {
            kind: ExternalKind::Dial,
            uri: "tel:+390511234567".into()
        }]
    );
    assert_eq!(
        services(
            &app,
            S::OpenContact {
                id: service.id.clone(),
                index: 1
            }
        ),
        [Effect::OpenExternal {
            kind: ExternalKind::WhatsApp,
            uri: "https://wa.me/393331234567".into()
        }]
    );
    let [Effect::OpenExternal {
        kind: ExternalKind::Directions,
        uri,
    }] = &services(
        &app,
        S::OpenContact {
            id: service.id.clone(),
            index: 2,
        },
    )[..]
    else {
        panic!()
    };
    assert!(
        uri.starts_with("geo:44.512,11.342?q=44.512,11.342("),
        "{uri}"
    );
    assert!(services(
        &app,
        S::OpenContact {
            id: service.id.clone(),
            index: 9
        }
    )
    .is_empty());

    // The phone speaks Italian: the description is read in Italian.
    let [Effect::ReadAloud { text, language }] = &services(
        &app,
        S::ReadAloud {
            id: service.id.clone(),
        },
    )[..] else {
        panic!()
    };
    assert_eq!(language, "it-IT");
    assert!(text.starts_with("Centro per l'impiego Navile.\nIscrizione"));

    services(
        &app,
        S::ToggleFavourite {
            id: service.id.clone(),
        },
    );
    assert!(matches!(
        &app.view().unwrap().screen,
        Screen::Services { screen: ServicesScreen::Detail { service } } if service.favourite
    ));

    // Back on the list without filters: the favourite and the recently viewed service.
    assert!(app.back().unwrap());
    services(&app, S::ClearFilters);
    let unfiltered = list(&app);
    assert_eq!(unfiltered.favourites.len(), 1);
    assert_eq!(unfiltered.recent[0].id, "t-cpi-navile");
    assert!(unfiltered.recent[0].favourite);
    assert!(unfiltered.clear_filters.is_none());
}

#[test]
fn a_refused_location_leaves_the_city_centre_and_says_so() {
    let dir = tempfile::tempdir().unwrap();
    let app = with_location(app_at_home(&dir.path().join("p.db"), "fa"), "fa");
    app.handle(Event::Navigate {
        route: Route::Services,
    })
    .unwrap();
    services(&app, super::ServicesEvent::UseMyLocation);
    app.handle(Event::PermissionResult {
        permission: Permission::Location,
        granted: false,
    })
    .unwrap();
    let refused = list(&app);
    let expected = Catalogue::get().t(
        &["fa".into()],
        "services-location-unavailable",
        &[crate::i18n::NamedArg {
            name: "city".into(),
            value: crate::i18n::Arg::Text("Bologna".into()),
        }],
    );
    assert_eq!(refused.position_note, expected);
    assert!(!refused.services.is_empty(), "the list still works");
    assert!(refused.services[0].distance.is_some());

    // A phone without a location provider offers no button.
    let dir = tempfile::tempdir().unwrap();
    let app = app_at_home(&dir.path().join("p.db"), "fa");
    app.handle(Event::Navigate {
        route: Route::Services,
    })
    .unwrap();
    assert!(list(&app).use_location.is_none());
    assert!(services(&app, super::ServicesEvent::UseMyLocation).is_empty());
}

#[test]
fn the_list_is_paged_searched_and_says_when_nothing_is_found() {
    let dir = tempfile::tempdir().unwrap();
    let app = app_at_home(&dir.path().join("p.db"), "en");
    let extra: Vec<_> = (0..25)
        .map(|i| {
            record(
                &format!("t-extra-{i:02}"),
                44.49 + f64::from(i) * 0.001,
                11.33,
                Category::Food,
                &format!("Mensa {i}"),
            )
        })
        .collect();
    upsert(&Services::new(app.store().clone()), extra);
    app.handle(Event::Navigate {
        route: Route::Services,
    })
    .unwrap();
    use super::ServicesEvent as S;
    let page = list(&app);
    assert_eq!(page.services.len(), 20);
    assert_eq!(page.more.as_ref().unwrap().text, t("en", "services-more"));
    services(&app, S::MoreServices);
    let all = list(&app);
    assert_eq!(all.services.len(), 39);
    assert!(all.more.is_none());
    assert_eq!(all.services[..20], page.services[..]);

    services(
        &app,
        S::Search {
            text: "mensa 1".into(),
        },
    );
    let searched = list(&app);
    assert_eq!(searched.query, "mensa 1");
    assert!(!searched.services.is_empty());
    assert!(searched
        .services
        .iter()
        .all(|s| s.name.text.starts_with("Mensa 1")));
    services(
        &app,
        S::Search {
            text: "zzzxqw".into(),
        },
    );
    let nothing = list(&app);
    assert!(nothing.services.is_empty());
    assert_eq!(nothing.empty.unwrap().text, t("en", "empty-search"));

    // The filters survive the process.
    drop(app);
    let app = open_app(&dir.path().join("p.db"), &["en"]);
    assert_eq!(list(&app).query, "zzzxqw");
}

#[test]
fn a_phone_without_content_says_so() {
    let dir = tempfile::tempdir().unwrap();
    let app = open_app(&dir.path().join("p.db"), &["en"]);
    settings::set_flag(app.store(), key::FIRST_RUN_DONE, true).unwrap();
    let app = App::with_store(app.store().clone(), phone(&["en"]), Box::new(monday_10)).unwrap();
    app.handle(Event::Navigate {
        route: Route::Services,
    })
    .unwrap();
    let empty = list(&app);
    assert!(empty.services.is_empty());
    assert_eq!(empty.empty.unwrap().text, t("en", "services-no-content"));
    // A service the phone no longer has (a stale tap, an old link): said on its screen, and
    // its buttons change nothing.
    services(
        &app,
        super::ServicesEvent::OpenService { id: "gone".into() },
    );
    let view = app.view().unwrap();
    assert_eq!(view.route, Route::Service { id: "gone".into() });
    assert!(matches!(
        view.screen,
        Screen::Services { screen: ServicesScreen::NotFound { explanation } }
            if explanation.text == t("en", "error-not-found")
    ));
    assert!(services(
        &app,
        super::ServicesEvent::ToggleFavourite { id: "gone".into() }
    )
    .is_empty());
    assert!(services(
        &app,
        super::ServicesEvent::OpenContact {
            id: "gone".into(),
            index: 0
        }
    )
    .is_empty());
    assert_eq!(app.view().unwrap().error, None);
}

#[test]
fn report_a_problem_refused_then_accepted_and_the_draft_survives_a_kill() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("p.db");
    let report_route = Route::ReportService {
        id: "bo-questura".into(),
    };
    use super::ServicesEvent as S;
    {
        let app = app_at_home(&path, "ar");
        app.handle(Event::Navigate {
            route: Route::Service {
                id: "bo-questura".into(),
            },
        })
        .unwrap();
        let Screen::Services {
            screen: ServicesScreen::Detail { service },
        } = app.view().unwrap().screen
        else {
            panic!()
        };
        app.handle(Event::OpenLink {
            link: service.report_link,
        })
        .unwrap();
        let form = report_form(&app);
        assert_eq!(form.kinds.len(), 5);
        assert!(form
            .kinds
            .iter()
            .all(|k| !k.selected && k.label.locale == "ar"));

        // No kind chosen: said on the kind, and as the view's error, in Arabic.
        services(&app, S::SubmitReport);
        let view = app.view().unwrap();
        assert_eq!(view.route, report_route);
        assert_eq!(view.error.as_ref().unwrap().locale, "ar");
        let form = report_form(&app);
        assert_eq!(
            form.kind_error.unwrap().text,
            t("ar", "error-invalid-required")
        );
        assert!(form.comment.error.is_none());

        // "Something else" needs a comment.
        services(
            &app,
            S::ChooseReportKind {
                kind: ReportKind::Other,
            },
        );
        assert!(
            report_form(&app).kind_error.is_none(),
            "chosen: no longer an error"
        );
        services(&app, S::SubmitReport);
        let form = report_form(&app);
        assert_eq!(
            form.comment.error.unwrap().text,
            t("ar", "error-invalid-comment-required")
        );
        assert_eq!(app.view().unwrap().error.unwrap().locale, "ar");

        // Too long.
        services(
            &app,
            S::ReportCommentChanged {
                text: "x".repeat(2_001),
            },
        );
        services(&app, S::SubmitReport);
        let form = report_form(&app);
        assert_eq!(
            form.comment.error.unwrap().text,
            t("ar", "error-invalid-too-long")
        );
        assert_eq!(form.comment.value.len(), 2_001, "what was typed is kept");

        services(
            &app,
            S::ReportCommentChanged {
                text: "Ha cambiato sede: ora in via Bovi Campeggi 13".into(),
            },
        );
        assert!(report_form(&app).comment.error.is_none());
        // The app is killed before the person sends it.
    }
    let app = open_app(&path, &["ar"]);
    assert_eq!(app.view().unwrap().route, report_route);
    let form = report_form(&app);
    assert_eq!(
        form.comment.value,
        "Ha cambiato sede: ora in via Bovi Campeggi 13"
    );
    assert!(form
        .kinds
        .iter()
        .any(|k| k.kind == ReportKind::Other && k.selected));

    assert!(services(&app, S::SubmitReport).is_empty());
    let view = app.view().unwrap();
    assert_eq!(
        view.route,
        Route::Service {
            id: "bo-questura".into()
        }
    );
    assert_eq!(view.error, None);
    assert_eq!(view.notice.unwrap().text, t("ar", "services-report-saved"));
    let reports = Services::new(app.store().clone()).reports().unwrap();
    assert_eq!(reports.len(), 1);
    assert_eq!(
        (reports[0].kind, reports[0].service_id.as_str()),
        (ReportKind::Other, "bo-questura")
    );
    // The draft is gone: a new report starts empty.
    app.handle(Event::Navigate {
        route: report_route,
    })
    .unwrap();
    assert_eq!(report_form(&app).comment.value, "");
}

#[test]
fn the_map_without_a_pack_says_so_and_downloads_on_wifi() {
    let dir = tempfile::tempdir().unwrap();
    let app = app_at_home(&dir.path().join("p.db"), "en");
    app.handle(Event::Navigate {
        route: Route::ServicesMap,
    })
    .unwrap();
    // Not paired: no map to download yet, and the list works.
    let unpaired = map_screen(&app);
    assert_eq!(unpaired.map.file, None);
    assert_eq!(
        unpaired.status_line.text,
        t("en", "services-map-needs-tutor")
    );
    assert_eq!(
        unpaired.without_map.unwrap().text,
        t("en", "services-map-list-works")
    );
    assert!(unpaired.download.is_none());

    let server = MapServer::start();
    crate::sync::pretend_paired(app.store(), &server.base);
    let offer = map_screen(&app);
    assert_eq!(offer.map.status, map::MapStatus::None);
    assert_eq!(offer.status_line.text, t("en", "services-map-none"));
    assert!(offer.download.is_some());
    assert_eq!(
        offer.wifi_note.unwrap().text,
        t("en", "services-map-wifi-only")
    );
    assert!(!offer.mobile_data.on);

    use super::ServicesEvent as S;
    // On mobile data, not allowed: it waits for Wi-Fi.
    assert_eq!(
        services(
            &app,
            S::DownloadMap {
                network: map::NetworkKind::Mobile
            }
        ),
        [Effect::Run {
            task: Task::DownloadMap
        }]
    );
    crate::sync::runtime()
        .block_on(app.run(Task::DownloadMap))
        .unwrap();
    let waiting = map_screen(&app);
    assert_eq!(waiting.map.status, map::MapStatus::WaitingForWifi);
    assert_eq!(
        waiting.status_line.text,
        t("en", "services-map-waiting-wifi")
    );
    assert!(waiting.map.file.is_none());

    services(
        &app,
        S::DownloadMap {
            network: map::NetworkKind::Wifi,
        },
    );
    crate::sync::runtime()
        .block_on(app.run(Task::DownloadMap))
        .unwrap();
    let ready = map_screen(&app);
    assert_eq!(ready.map.status, map::MapStatus::Ready);
    assert!(ready
        .map
        .file
        .as_deref()
        .unwrap()
        .ends_with("maps/bologna.pmtiles"));
    assert_eq!((ready.map.min_zoom, ready.map.max_zoom), (8, 14));
    assert_eq!(ready.status_line.text, t("en", "services-map-ready"));
    assert!(ready.without_map.is_none());
    // Pins of the whole map, then of the visible area with the list's filters.
    assert!(ready.map.pins_geojson.contains("bo-sant-orsola"));
    services(
        &app,
        S::ToggleCategory {
            category: Category::Health,
        },
    );
    services(
        &app,
        S::MapViewportChanged {
            bounds: crate::services::Bounds {
                south: 44.49,
                west: 11.35,
                north: 44.50,
                east: 11.37,
            },
        },
    );
    let pins = map_screen(&app).map.pins_geojson;
    assert!(
        pins.contains("bo-sant-orsola") && !pins.contains("bo-ospedale-maggiore"),
        "{pins}"
    );
    // A broken area is refused on its field.
    services(
        &app,
        S::MapViewportChanged {
            bounds: crate::services::Bounds {
                south: 95.0,
                west: 11.35,
                north: 44.50,
                east: 11.37,
            },
        },
    );
    assert!(app.view().unwrap().error.is_some());
}

/// A coordinator that serves one signed map over plain HTTP on 127.0.0.1.
struct MapServer {
    base: String,
}

impl MapServer {
    fn start() -> MapServer {
        use ponte_wire::mappack::{self, MapBounds, MapManifest};
        use tokio::io::{AsyncReadExt, AsyncWriteExt};
        let bounds = MapBounds {
            south: 44.40,
            west: 11.20,
            north: 44.60,
            east: 11.50,
        };
        let file = mappack::synthetic_pmtiles(bounds, 8, 14, 3000);
        let key = ponte_wire::pack::SigningKey::from_bytes(&crate::lessons::tests::SEED);
        let sha = ponte_wire::pack::sha256_hex(&file);
        let signed = mappack::sign_manifest(
            &MapManifest {
                format: mappack::FORMAT.into(),
                region: "bologna".into(),
                version: 1,
                sha256: sha.clone(),
                size: file.len() as u64,
                bounds,
                min_zoom: 8,
                max_zoom: 14,
                key_id: String::new(),
                demo: false,
            },
            &key,
        );
        let manifest = Arc::new(serde_json::to_vec(&signed).unwrap());
        let file = Arc::new(file);
        let listener = crate::sync::runtime()
            .block_on(tokio::net::TcpListener::bind("127.0.0.1:0"))
            .unwrap();
        let base = format!("http://{}", listener.local_addr().unwrap());
        crate::sync::runtime().spawn(async move {
            loop {
                let Ok((mut socket, _)) = listener.accept().await else {
                    return;
                };
                let (manifest, file, sha) = (manifest.clone(), file.clone(), sha.clone());
                tokio::spawn(async move {
                    let mut request = Vec::new();
                    let mut buffer = [0u8; 1024];
                    while !request.windows(4).any(|w| w == b"\r\n\r\n") {
                        match socket.read(&mut buffer).await {
                            Ok(0) | Err(_) => return,
                            Ok(n) => request.extend_from_slice(&buffer[..n]),
                        }
                    }
                    let line = String::from_utf8_lossy(&request);
                    let path = line.split_whitespace().nth(1).unwrap_or("").to_owned();
                    let (body, extra): (&[u8], String) = if path.ends_with("/manifest") {
                        (&manifest, "Content-Type: application/json\r\n".into())
                    } else if path.ends_with("/pack") {
                        (&file, format!("ETag: \"{sha}\"\r\n"))
                    } else {
                        (b"", String::new())
                    };
                    let status = if body.is_empty() { "404 Not Found" } else { "200 OK" };
                    let head = format!(
                        "HTTP/1.1 {status}\r\nContent-Length: {}\r\n{extra}Connection: close\r\n\r\n",
                        body.len()
                    );
                    let _ = socket.write_all(head.as_bytes()).await;
                    let _ = socket.write_all(body).await;
                    let _ = socket.shutdown().await;
                });
            }
        });
        MapServer { base }
    }
}

#[test]
fn every_services_screen_in_italian_english_arabic_and_farsi_matches_its_snapshot() {
    for language in ["it", "en", "ar", "fa"] {
        let dir = tempfile::tempdir().unwrap();
        let app = app_at_home(&dir.path().join("p.db"), language);
        add_employment_centres(&app);
        let shot = |name: &str| {
            check_snapshot(&format!("services-{name}.{language}"), &app.view().unwrap());
        };
        app.handle(Event::Navigate {
            route: Route::Services,
        })
        .unwrap();
        shot("list");
        services(
            &app,
            super::ServicesEvent::ToggleCategory {
                category: Category::Work,
            },
        );
        services(&app, super::ServicesEvent::SetOpenNow { on: true });
        shot("list-open-work");
        services(
            &app,
            super::ServicesEvent::OpenService {
                id: "t-cpi-navile".into(),
            },
        );
        shot("service");
        app.handle(Event::Navigate {
            route: Route::ReportService {
                id: "t-cpi-navile".into(),
            },
        })
        .unwrap();
        services(&app, super::ServicesEvent::SubmitReport);
        shot("report-refused");
        app.handle(Event::Navigate {
            route: Route::ServicesMap,
        })
        .unwrap();
        shot("map-without-pack");
        // Paired: the download is offered, on Wi-Fi only.
        crate::sync::pretend_paired(app.store(), "https://ponte.example.org");
        shot("map-offer");
    }
}

/// A service whose source gave no position: in its category's list after every placed one,
/// with no distance, and found by search; its screen says it is not on the map instead of
/// offering directions, and shows its source's attribution.
#[test]
fn a_service_without_a_map_position_is_listed_last_and_says_so() {
    let dir = tempfile::tempdir().unwrap();
    let app = with_location(app_at_home(&dir.path().join("p.db"), "en"), "en");
    add_employment_centres(&app);
    let mut unplaced = record(
        "t-cpi-unplaced",
        0.0,
        0.0,
        Category::Work,
        "Sportello lavoro del Comune",
    );
    (unplaced.lat, unplaced.lon) = (None, None);
    unplaced.attribution = "Comune di Bologna, CC BY 4.0".into();
    unplaced.contacts = vec![Contact {
        channel: ContactChannel::Phone,
        value: "051 219 0000".into(),
    }];
    upsert(&Services::new(app.store().clone()), vec![unplaced]);
    app.handle(Event::Navigate {
        route: Route::Services,
    })
    .unwrap();
    use super::ServicesEvent as S;
    services(
        &app,
        S::ToggleCategory {
            category: Category::Work,
        },
    );
    let found = list(&app);
    let (last, placed) = found.services.split_last().unwrap();
    assert_eq!(last.id, "t-cpi-unplaced");
    assert!(last.distance.is_none());
    assert!(placed.len() >= 3 && placed.iter().all(|s| s.distance.is_some()));

    services(
        &app,
        S::Search {
            text: "lavoro comune".into(),
        },
    );
    let searched = list(&app);
    assert_eq!(searched.services[0].id, "t-cpi-unplaced");
    assert!(searched.services[0].distance.is_none());

    services(
        &app,
        S::OpenService {
            id: "t-cpi-unplaced".into(),
        },
    );
    let Screen::Services {
        screen: ServicesScreen::Detail { service },
    } = app.view().unwrap().screen
    else {
        panic!()
    };
    let kinds: Vec<ExternalKind> = service.contacts.iter().map(|c| c.kind).collect();
    assert_eq!(kinds, [ExternalKind::Dial], "no directions without a place");
    assert_eq!(
        service.no_map_position.as_ref().map(|n| n.text.as_str()),
        Some(t("en", "service-no-map-position").as_str())
    );
    let attribution = service.attribution.unwrap();
    assert_eq!(attribution.locale, "en");
    assert!(
        attribution.text.starts_with("Source: ")
            && attribution.text.contains("Comune di Bologna, CC BY 4.0"),
        "{}",
        attribution.text
    );
    // The call button still calls.
    assert!(matches!(
        &services(&app, S::OpenContact { id: service.id.clone(), index: 0 })[..],
        [Effect::OpenExternal { kind: ExternalKind::Dial, uri }] if uri == "tel:+390512190000"
    ));

    // A placed service's screen has directions, and neither line.
    services(
        &app,
        S::OpenService {
            id: "t-cpi-navile".into(),
        },
    );
    let Screen::Services {
        screen: ServicesScreen::Detail { service },
    } = app.view().unwrap().screen
    else {
        panic!()
    };
    assert_eq!(
        service.contacts.last().map(|c| c.kind),
        Some(ExternalKind::Directions)
    );
    assert!(service.no_map_position.is_none() && service.attribution.is_none());
}
