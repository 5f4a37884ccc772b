//! The dashboard's map in a real browser (headless Chromium through WebDriver, as
//! `browser.rs`): the services page draws the region's pins; in the editor an operator drags a
//! service's pin, the form's latitude and longitude follow, and saving keeps the new position.

#[path = "support/chrome.rs"]
mod chrome;
mod support;

use std::time::Duration;

use fantoccini::actions::{InputSource, MouseActions, PointerAction, MOUSE_BUTTON_LEFT};
use fantoccini::Locator;
use support::Coordinator;

async fn value(browser: &fantoccini::Client, id: &str) -> String {
    browser
        .find(Locator::Id(id))
        .await
        .unwrap()
        .prop("value")
        .await
        .unwrap()
        .unwrap_or_default()
}

/// The test archive with a root directory a reader can decode (the synthetic one's is empty,
/// enough for the phones' checks, not for the `pmtiles` library): one tile, z0, of meaningless
/// bytes, outside the map's zooms so never drawn.
fn readable_pmtiles(bounds: ponte_wire::mappack::MapBounds) -> Vec<u8> {
    const HEADER: usize = 127;
    let tile_bytes = 5000u64;
    let mut file = ponte_wire::mappack::synthetic_pmtiles(bounds, 10, 15, tile_bytes as usize);
    // One entry: tile id delta 0, run length 1, length 5000 (varint 0x88 0x27), offset 0 (+1).
    let directory = [0x01, 0x00, 0x01, 0x88, 0x27, 0x01];
    file.splice(HEADER..HEADER, directory);
    let root_len = directory.len() as u64;
    let metadata_offset = HEADER as u64 + root_len;
    let data_offset = metadata_offset + 2;
    for (at, value) in [
        (16, root_len),
        (24, metadata_offset),
        (40, data_offset),
        (56, data_offset),
        (72, 1),
        (80, 1),
        (88, 1),
    ] {
        file[at..at + 8].copy_from_slice(&u64::to_le_bytes(value));
    }
    file
}

/// The map element's attributes, to say why a wait failed.
async fn state(browser: &fantoccini::Client) -> String {
    browser
        .execute(
            "var e = document.getElementById('services-map'); return e ? Array.from(e.attributes).map(a => a.name + '=' + a.value).join(' ') : 'no map element'",
            vec![],
        )
        .await
        .map(|v| v.to_string())
        .unwrap_or_default()
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn an_operator_drags_a_pin_and_the_position_is_saved() {
    if chrome::chromedriver_missing() {
        return;
    }
    let mut coordinator = Coordinator::start().await;
    chrome::add_account(&coordinator, "operator", "operator");
    // Raster tiles from an address that answers nothing: the map, its pins and the drag work
    // without the tiles' pictures. The coordinator process reads it from its environment.
    std::env::set_var("PONTE_TILE_URL", "http://127.0.0.1:9/{z}/{x}/{y}.png");
    coordinator.restart().await;
    let base = coordinator.base();
    let (_driver, browser) = chrome::start_browser(&[
        "--use-angle=swiftshader",
        "--enable-unsafe-swiftshader",
        "--window-size=1200,900",
    ])
    .await;
    chrome::sign_in(&browser, &base, "operator", chrome::OPERATOR_PASSWORD).await;

    // The services page: the region's positioned services, loaded into the map.
    browser.goto(&format!("{base}/services")).await.unwrap();
    let map = match browser
        .wait()
        .at_most(Duration::from_secs(60))
        .for_element(Locator::Css("#services-map[data-loaded]"))
        .await
    {
        Ok(map) => map,
        Err(e) => panic!(
            "the services' map loads its data: {e}; {}",
            state(&browser).await
        ),
    };
    let loaded: usize = map
        .attr("data-loaded")
        .await
        .unwrap()
        .unwrap()
        .parse()
        .unwrap();
    let positioned = coordinator
        .query_texts("SELECT id FROM service WHERE region = 'bologna'")
        .len();
    assert!(
        loaded > 0 && loaded <= positioned,
        "{loaded} of {positioned}"
    );
    let canvas = browser
        .find(Locator::Css("#services-map canvas"))
        .await
        .expect("MapLibre draws on a canvas");
    // A picture for whoever changes the map (not compared: tiles and fonts vary).
    let picture = std::path::Path::new(env!("CARGO_TARGET_TMPDIR")).join("services-map.png");
    std::fs::write(&picture, browser.screenshot().await.unwrap()).unwrap();
    // Named for screen readers in the page's language, from the catalogue.
    assert_eq!(
        canvas.attr("aria-label").await.unwrap().as_deref(),
        Some("Mappa dei servizi")
    );

    // The editor: drag the pin 80 px right and 60 px down.
    browser
        .goto(&format!("{base}/services/bo-questura"))
        .await
        .unwrap();
    let marker = browser
        .wait()
        .at_most(Duration::from_secs(30))
        .for_element(Locator::Css("#services-map .maplibregl-marker"))
        .await
        .expect("the service's pin");
    let (lat_before, lon_before) = (value(&browser, "lat").await, value(&browser, "lon").await);
    let drag = MouseActions::new("mouse".into())
        .then(PointerAction::MoveToElement {
            element: marker,
            duration: None,
            x: 0.0,
            y: 0.0,
        })
        .then(PointerAction::Down {
            button: MOUSE_BUTTON_LEFT,
        })
        .then(PointerAction::MoveBy {
            duration: Some(Duration::from_millis(300)),
            x: 40.0,
            y: 30.0,
        })
        .then(PointerAction::MoveBy {
            duration: Some(Duration::from_millis(300)),
            x: 40.0,
            y: 30.0,
        })
        .then(PointerAction::Up {
            button: MOUSE_BUTTON_LEFT,
        });
    browser.perform_actions(drag).await.unwrap();
    let (lat, lon) = (value(&browser, "lat").await, value(&browser, "lon").await);
    assert_ne!(
        (&lat, &lon),
        (&lat_before, &lon_before),
        "the fields follow"
    );
    let (lat_moved, lon_moved): (f64, f64) = (lat.parse().unwrap(), lon.parse().unwrap());
    let (lat_from, lon_from): (f64, f64) =
        (lat_before.parse().unwrap(), lon_before.parse().unwrap());
    assert!(
        lat_moved < lat_from,
        "down is south: {lat_from} → {lat_moved}"
    );
    assert!(
        lon_moved > lon_from,
        "right is east: {lon_from} → {lon_moved}"
    );

    browser
        .find(Locator::Id("save"))
        .await
        .unwrap()
        .click()
        .await
        .unwrap();
    browser
        .wait()
        .at_most(Duration::from_secs(20))
        .for_element(Locator::Css("p.ok"))
        .await
        .expect("saved");
    let body = coordinator.query_texts("SELECT body FROM service WHERE id = 'bo-questura'");
    let stored: serde_json::Value = serde_json::from_str(&body[0]).unwrap();
    assert_eq!(stored["lat"].as_f64(), Some(lat_moved));
    assert_eq!(stored["lon"].as_f64(), Some(lon_moved));

    // Once the region's city map is published, the map reads it by byte range instead.
    let file = coordinator.dir.path().join("bologna.pmtiles");
    let bologna = ponte_wire::mappack::MapBounds {
        south: 44.42,
        west: 11.23,
        north: 44.56,
        east: 11.43,
    };
    std::fs::write(&file, readable_pmtiles(bologna)).unwrap();
    browser.goto(&format!("{base}/maps")).await.unwrap();
    browser
        .find(Locator::Css("input[name=map]"))
        .await
        .unwrap()
        .send_keys(file.to_str().unwrap())
        .await
        .unwrap();
    browser
        .find(Locator::Id("publish-map"))
        .await
        .unwrap()
        .click()
        .await
        .unwrap();
    browser
        .wait()
        .at_most(Duration::from_secs(20))
        .for_element(Locator::Css("p#map"))
        .await
        .expect("the city map is published");
    browser.goto(&format!("{base}/services")).await.unwrap();
    let map = match browser
        .wait()
        .at_most(Duration::from_secs(60))
        .for_element(Locator::Css(
            "#services-map[data-tiles=pmtiles][data-loaded][data-base-loaded]",
        ))
        .await
    {
        Ok(map) => map,
        Err(e) => panic!(
            "the map loads the city map and the services: {e}; {}",
            state(&browser).await
        ),
    };
    assert_eq!(map.attr("data-error").await.unwrap(), None);
    let picture = std::path::Path::new(env!("CARGO_TARGET_TMPDIR")).join("services-city-map.png");
    std::fs::write(&picture, browser.screenshot().await.unwrap()).unwrap();
    std::env::remove_var("PONTE_TILE_URL");
}
