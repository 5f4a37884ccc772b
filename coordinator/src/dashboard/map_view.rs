//! The services on a map, on the services page (pins by category, a click opens the editor) and
//! in the service editor (the pin, which an operator drags to correct the position: the form's
//! latitude and longitude follow, and the form posts as ever).
//!
//! The map is progressive enhancement: the list and the form work without JavaScript. It is
//! drawn with MapLibre GL JS, vendored from npm in `assets/map/` (see `cargo xtask
//! map-assets`) and served here under content-hashed addresses, cached for a year. Its tiles:
//! the region's published city map (PMTiles, read by byte range through the `pmtiles`
//! protocol) when there is one, else the configured raster URL (`PONTE_TILE_URL`); with
//! neither (the demo) there is no map element and no script.

use std::collections::HashMap;
use std::sync::{Arc, OnceLock};

use axum::extract::{Path, Query, State};
use axum::http::{header, HeaderMap, StatusCode};
use axum::response::{IntoResponse, Response};
use axum::routing::get;
use axum::{Json, Router};
use maud::{html, Markup};
use ponte_wire::mappack::MapBounds;
use ponte_wire::{Category, ServiceRecord};
use serde::{Deserialize, Serialize};
use serde_json::{json, Value};
use sha2::{Digest, Sha256};

use super::maps::region_of;
use super::services::{category_key, internal};
use super::session::Signed;
use super::{locale, t};
use crate::maps;
use crate::state::AppState;

/// A file the dashboard's map needs: its name in `/assets/`, its type and its bytes.
struct Asset {
    name: &'static str,
    content_type: &'static str,
    bytes: &'static [u8],
}

const JAVASCRIPT: &str = "text/javascript; charset=utf-8";
const CSS: &str = "text/css; charset=utf-8";

const ASSETS: &[Asset] = &[
    Asset {
        name: "maplibre-gl.js",
        content_type: JAVASCRIPT,
        bytes: include_bytes!("../../assets/map/maplibre-gl.js"),
    },
    Asset {
        name: "maplibre-gl.css",
        content_type: CSS,
        bytes: include_bytes!("../../assets/map/maplibre-gl.css"),
    },
    Asset {
        name: "pmtiles.js",
        content_type: JAVASCRIPT,
        bytes: include_bytes!("../../assets/map/pmtiles.js"),
    },
    Asset {
        name: "services-map.js",
        content_type: JAVASCRIPT,
        bytes: include_bytes!("../../assets/services-map.js"),
    },
];

/// Each asset's content hash (16 hex digits): its address changes with its bytes, so a browser
/// may keep it for a year.
fn asset_hashes() -> &'static HashMap<&'static str, String> {
    static HASHES: OnceLock<HashMap<&'static str, String>> = OnceLock::new();
    HASHES.get_or_init(|| {
        ASSETS
            .iter()
            .map(|asset| {
                let digest = Sha256::digest(asset.bytes);
                let hex: String = digest[..8].iter().map(|b| format!("{b:02x}")).collect();
                (asset.name, hex)
            })
            .collect()
    })
}

/// The address of an asset, with its content hash.
fn asset_url(name: &str) -> String {
    let hash = asset_hashes().get(name).map(String::as_str).unwrap_or("");
    format!("/assets/{name}?v={hash}")
}

/// The assets and the services' GeoJSON: through the router's compression.
pub fn routes() -> Router<Arc<AppState>> {
    Router::new()
        .route("/assets/{name}", get(asset))
        .route("/map/services.geojson", get(services_geojson))
}

/// The city map file, read by byte range: outside the compression, as the phones' download.
pub fn pack_routes() -> Router<Arc<AppState>> {
    Router::new().route("/map/{region}/city.pmtiles", get(city_pack))
}

/// A year: the address names the content, so a cached copy is never stale.
const CACHE_FOREVER: &str = "public, max-age=31536000, immutable";

/// Public, like any page's stylesheet: the library holds nothing of the network's.
async fn asset(Path(name): Path<String>, headers: HeaderMap) -> Response {
    let Some(asset) = ASSETS.iter().find(|a| a.name == name) else {
        return StatusCode::NOT_FOUND.into_response();
    };
    let etag = format!("\"{}\"", asset_hashes()[asset.name]);
    let cached = headers
        .get(header::IF_NONE_MATCH)
        .and_then(|v| v.to_str().ok())
        .is_some_and(|v| v.split(',').any(|tag| tag.trim() == etag));
    let common = [
        (header::ETAG, etag.clone()),
        (header::CACHE_CONTROL, CACHE_FOREVER.to_owned()),
    ];
    if cached {
        return (StatusCode::NOT_MODIFIED, common).into_response();
    }
    (
        common,
        [
            (header::CONTENT_TYPE, asset.content_type),
            (header::X_CONTENT_TYPE_OPTIONS, "nosniff"),
        ],
        asset.bytes,
    )
        .into_response()
}

/// The region's city map for any signed-in account (the phones get it too; nothing in it is
/// private), by byte range.
async fn city_pack(
    State(state): State<Arc<AppState>>,
    headers: HeaderMap,
    _signed: Signed,
    Path(region): Path<String>,
) -> Response {
    if let Err(refused) = crate::api::check_region(&region) {
        return refused;
    }
    match maps::published(&state.pool, &region).await {
        Ok(Some(map)) => maps::serve_pack(&state, &headers, region, &map),
        Ok(None) => StatusCode::NOT_FOUND.into_response(),
        Err(e) => crate::api::internal(e),
    }
}

/// Where the map's tiles come from, if anywhere.
#[derive(Debug, Clone, PartialEq)]
pub enum Tiles {
    /// The region's published PMTiles file, with the area and zooms of its manifest.
    CityMap {
        region: String,
        bounds: MapBounds,
        min_zoom: u8,
        max_zoom: u8,
    },
    /// An OSM-style raster URL (`{z}/{x}/{y}`) from the configuration.
    Raster(String),
}

/// The region's city map if one is published, else the configured raster tiles, else none.
pub async fn tiles(state: &AppState, region: &str) -> Result<Option<Tiles>, sqlx::Error> {
    let published = maps::published(&state.pool, region).await?;
    if let Some(manifest) = published.as_ref().and_then(|p| p.manifest()) {
        return Ok(Some(Tiles::CityMap {
            region: region.to_owned(),
            bounds: manifest.bounds,
            min_zoom: manifest.min_zoom,
            max_zoom: manifest.max_zoom,
        }));
    }
    Ok(state.tile_url.clone().map(Tiles::Raster))
}

/// The pin colour of each category (and of a service with none), the map's and the legend's.
const CATEGORY_COLOURS: [(Category, &str); 14] = [
    (Category::Work, "#1f5fa8"),
    (Category::JobOrientation, "#4a90d9"),
    (Category::ItalianCourses, "#7b3fa0"),
    (Category::LegalAid, "#8c5a2b"),
    (Category::Health, "#c62828"),
    (Category::MentalHealth, "#e06c75"),
    (Category::Housing, "#2e7d32"),
    (Category::Food, "#ef8a17"),
    (Category::Education, "#00838f"),
    (Category::DigitalHelp, "#3949ab"),
    (Category::WomensSupport, "#ad1457"),
    (Category::ChildrenFamilies, "#f2b705"),
    (Category::Transport, "#9e9d24"),
    (Category::Banking, "#6d4c41"),
];
const NO_CATEGORY_COLOUR: &str = "#757575";

/// The colour of a service's pin: its first category's.
fn pin_category(service: &ServiceRecord) -> &'static str {
    service.categories.first().map(|c| c.code()).unwrap_or("")
}

fn colours_json() -> String {
    let colours: serde_json::Map<String, Value> = CATEGORY_COLOURS
        .iter()
        .map(|(category, colour)| (category.code().to_owned(), json!(colour)))
        .chain([(String::new(), json!(NO_CATEGORY_COLOUR))])
        .collect();
    Value::Object(colours).to_string()
}

/// What the map shows.
pub enum MapMode<'a> {
    /// The region's positioned services, pins by category, a click to open one.
    Services { region: &'a str },
    /// One service's pin, which `draggable` lets the account move (writing the form's
    /// `lat` and `lon`).
    Editor {
        service: &'a ServiceRecord,
        draggable: bool,
    },
}

/// The map element with its stylesheet and scripts; its configuration in `data-` attributes
/// (read by `assets/services-map.js`). MapLibre names its canvas (a region) with
/// `data-label`: an `aria-label` on the plain element would be one no reader announces.
pub fn map_html(l: &str, tiles: &Tiles, mode: &MapMode<'_>) -> Markup {
    let (kind, pack, tile_url, bounds, min_zoom, max_zoom) = match tiles {
        Tiles::CityMap {
            region,
            bounds,
            min_zoom,
            max_zoom,
        } => (
            "pmtiles",
            Some(format!("/map/{region}/city.pmtiles")),
            None,
            Some(json!([bounds.west, bounds.south, bounds.east, bounds.north]).to_string()),
            Some(*min_zoom),
            Some(*max_zoom),
        ),
        Tiles::Raster(url) => ("raster", None, Some(url.as_str()), None, None, None),
    };
    let (services_url, lat, lon, draggable, category) = match mode {
        MapMode::Services { region } => (
            Some(format!(
                "/map/services.geojson?region={}",
                url_component(region)
            )),
            None,
            None,
            false,
            None,
        ),
        MapMode::Editor { service, draggable } => (
            None,
            service.lat.map(|v| v.to_string()),
            service.lon.map(|v| v.to_string()),
            *draggable,
            Some(pin_category(service)),
        ),
    };
    html! {
        // In the body (allowed for stylesheets): the page's head is the layout's.
        link rel="stylesheet" href=(asset_url("maplibre-gl.css"));
        section.map-section aria-labelledby="map-heading" {
            h2 #map-heading { (t(l, "map-title", None)) }
            div #services-map
                style="height:24rem;max-height:60vh;border:1px solid #ccc"
                data-label=(t(l, "map-label", None))
                data-tiles=(kind)
                data-pack=[pack]
                data-tile-url=[tile_url]
                data-bounds=[bounds]
                data-min-zoom=[min_zoom]
                data-max-zoom=[max_zoom]
                data-attribution=(t(l, "map-attribution", None))
                data-colours=(colours_json())
                data-services=[services_url]
                data-lat=[lat]
                data-lon=[lon]
                data-category=[category]
                data-draggable=[draggable.then_some("true")] {}
            @match mode {
                MapMode::Services { .. } => {
                    p.muted { (t(l, "map-help-services", None)) }
                    (legend(l))
                }
                MapMode::Editor { draggable: true, .. } => {
                    p.muted #map-help { (t(l, "map-help-editor", None)) }
                }
                MapMode::Editor { .. } => {}
            }
        }
        script src=(asset_url("maplibre-gl.js")) defer {}
        @if kind == "pmtiles" {
            script src=(asset_url("pmtiles.js")) defer {}
        }
        script src=(asset_url("services-map.js")) defer {}
    }
}

/// The categories' colours, named from the catalogue.
fn legend(l: &str) -> Markup {
    html! {
        ul #map-legend aria-label=(t(l, "map-legend", None))
            style="list-style:none;padding:0;display:flex;flex-wrap:wrap;gap:.3rem 1rem" {
            @for (category, colour) in CATEGORY_COLOURS {
                li data-category=(category.code()) {
                    span aria-hidden="true"
                        style={ "display:inline-block;width:.8rem;height:.8rem;border-radius:50%;margin-inline-end:.3rem;background:" (colour) } {}
                    (t(l, &category_key(category), None))
                }
            }
            li data-category="" {
                span aria-hidden="true"
                    style={ "display:inline-block;width:.8rem;height:.8rem;border-radius:50%;margin-inline-end:.3rem;background:" (NO_CATEGORY_COLOUR) } {}
                (t(l, "map-no-category", None))
            }
        }
    }
}

/// A region name in a query string (regions are lowercase letters, digits and `-`; anything
/// else is percent-encoded).
fn url_component(text: &str) -> String {
    text.bytes()
        .map(|b| {
            if b.is_ascii_alphanumeric() || b == b'-' || b == b'_' {
                (b as char).to_string()
            } else {
                format!("%{b:02X}")
            }
        })
        .collect()
}

/// What the map needs of a stored service: read from its body without the descriptions and
/// contacts the map never shows (a region may have many thousands).
#[derive(Deserialize)]
struct PinSource {
    id: String,
    #[serde(default)]
    lat: Option<f64>,
    #[serde(default)]
    lon: Option<f64>,
    #[serde(default)]
    categories: Vec<String>,
    #[serde(default)]
    source_language: String,
    #[serde(default)]
    texts: Vec<PinText>,
}

#[derive(Deserialize)]
struct PinText {
    language: String,
    name: String,
}

#[derive(Serialize)]
struct FeatureCollection<'a> {
    r#type: &'static str,
    features: Vec<Feature<'a>>,
}

#[derive(Serialize)]
struct Feature<'a> {
    r#type: &'static str,
    geometry: Point,
    properties: PinProperties<'a>,
}

#[derive(Serialize)]
struct Point {
    r#type: &'static str,
    coordinates: [f64; 2],
}

#[derive(Serialize)]
struct PinProperties<'a> {
    id: &'a str,
    name: &'a str,
    category: &'a str,
    categories: Vec<&'a str>,
}

/// Six decimals, about ten centimetres: the rest is bytes for nothing.
fn rounded(degrees: f64) -> f64 {
    (degrees * 1e6).round() / 1e6
}

/// The positioned services of a region (`?region=`, else the account's organisation's) as
/// GeoJSON points: id, name in the page's language, the category that colours the pin (the
/// first the wire knows) and all of them. Only one region's: a network's whole list (100,000
/// in the benches) would be too much for one page; the map clusters what it gets.
async fn services_geojson(
    State(state): State<Arc<AppState>>,
    headers: HeaderMap,
    signed: Signed,
    Query(query): Query<HashMap<String, String>>,
) -> Response {
    let l = locale(&headers);
    let region = match query
        .get("region")
        .map(|r| r.trim())
        .filter(|r| !r.is_empty())
    {
        Some(region) => region.to_owned(),
        None => match region_of(&state.pool, &signed).await {
            Ok(region) => region,
            Err(e) => return internal(&state, l, &signed, e),
        },
    };
    let bodies: Vec<String> =
        match sqlx::query_scalar("SELECT body FROM service WHERE region = $1 ORDER BY id")
            .bind(&region)
            .fetch_all(&state.pool)
            .await
        {
            Ok(bodies) => bodies,
            Err(e) => return internal(&state, l, &signed, e),
        };
    let mut pins = Vec::with_capacity(bodies.len());
    for body in &bodies {
        match serde_json::from_str::<PinSource>(body) {
            Ok(pin) => pins.push(pin),
            Err(e) => return internal(&state, l, &signed, sqlx::Error::Decode(Box::new(e))),
        }
    }
    let features: Vec<Feature<'_>> = pins
        .iter()
        .filter_map(|pin| {
            let (lat, lon) = (pin.lat?, pin.lon?);
            let categories: Vec<&str> = pin
                .categories
                .iter()
                .filter_map(|code| Category::from_code(code).map(Category::code))
                .collect();
            let text = |language: &str| pin.texts.iter().find(|t| t.language == language);
            let name = text(l)
                .or_else(|| text(&pin.source_language))
                .map(|t| t.name.as_str())
                .unwrap_or(&pin.id);
            Some(Feature {
                r#type: "Feature",
                geometry: Point {
                    r#type: "Point",
                    coordinates: [rounded(lon), rounded(lat)],
                },
                properties: PinProperties {
                    id: &pin.id,
                    name,
                    category: categories.first().copied().unwrap_or(""),
                    categories,
                },
            })
        })
        .collect();
    (
        [(header::CONTENT_TYPE, "application/geo+json")],
        Json(FeatureCollection {
            r#type: "FeatureCollection",
            features,
        }),
    )
        .into_response()
}

#[cfg(test)]
mod tests {
    use super::super::services::tests::signed_in;
    use super::*;
    use crate::content;
    use crate::testdb::{databases, password, people, Client};
    use axum::body::Body;
    use axum::http::Request;
    use ponte_wire::mappack;

    const BOLOGNA: MapBounds = MapBounds {
        south: 44.42,
        west: 11.23,
        north: 44.56,
        east: 11.43,
    };

    /// An account signed in to a coordinator configured with `tile_url`.
    async fn signed_in_with_tiles(pool: &sqlx::AnyPool, user: &str, tile_url: &str) -> Client {
        let state = AppState::new(pool.clone(), false)
            .with_tile_url(Some(tile_url.into()))
            .unwrap();
        let mut client = Client {
            app: crate::app::router(Arc::new(state)),
            cookie: None,
            csrf: None,
        };
        let answer = client.sign_in(user, &password(user)).await;
        assert_eq!(answer.status, StatusCode::SEE_OTHER);
        client
    }

    fn request(client: &Client, uri: &str, extra: &[(&str, &str)]) -> Request<Body> {
        let mut request = Request::get(uri);
        if let Some(cookie) = &client.cookie {
            request = request.header("cookie", cookie);
        }
        for (name, value) in extra {
            request = request.header(*name, *value);
        }
        request.body(Body::empty()).unwrap()
    }

    #[tokio::test]
    async fn the_library_is_served_compressed_cached_and_with_its_type() {
        // SQLite is enough: this is about what is served, not the database behind it.
        let db = crate::testdb::fresh_sqlite().await;
        let visitor = Client::new(&db.pool, false);
        for (name, content_type) in [
            ("maplibre-gl.js", JAVASCRIPT),
            ("maplibre-gl.css", CSS),
            ("pmtiles.js", JAVASCRIPT),
            ("services-map.js", JAVASCRIPT),
        ] {
            let uri = asset_url(name);
            let plain = visitor.send(request(&visitor, &uri, &[])).await;
            assert_eq!(plain.status, StatusCode::OK, "{name}");
            assert_eq!(plain.headers[header::CONTENT_TYPE], content_type, "{name}");
            assert_eq!(plain.headers[header::CACHE_CONTROL], CACHE_FOREVER);
            assert_eq!(plain.headers["x-content-type-options"], "nosniff");
            let etag = plain.headers[header::ETAG].to_str().unwrap().to_owned();
            assert!(uri.ends_with(etag.trim_matches('"')), "{uri} {etag}");
            let asset = ASSETS.iter().find(|a| a.name == name).unwrap();
            assert_eq!(plain.body.len(), asset.bytes.len(), "{name} whole");

            let again = visitor
                .send(request(&visitor, &uri, &[("if-none-match", &etag)]))
                .await;
            assert_eq!(again.status, StatusCode::NOT_MODIFIED, "{name}");
            assert!(again.body.is_empty());
        }
        // MapLibre is about a megabyte: browsers get it compressed.
        let uri = asset_url("maplibre-gl.js");
        let gzipped = {
            use tower::ServiceExt;
            let request = request(&visitor, &uri, &[("accept-encoding", "gzip")]);
            visitor.app.clone().oneshot(request).await.unwrap()
        };
        assert_eq!(gzipped.headers()[header::CONTENT_ENCODING], "gzip");
        let sent = {
            use http_body_util::BodyExt;
            gzipped.into_body().collect().await.unwrap().to_bytes()
        };
        assert_eq!(sent[..2], [0x1f, 0x8b], "a gzip stream");
        assert!(sent.len() < 400_000, "{} bytes sent", sent.len());
        eprintln!(
            "maplibre-gl.js: {} bytes, {} sent gzipped",
            ASSETS[0].bytes.len(),
            sent.len()
        );
        assert_eq!(
            visitor.get("/assets/other.js").await.status,
            StatusCode::NOT_FOUND
        );
        db.drop_database().await;
    }

    #[tokio::test]
    async fn without_a_tile_source_the_services_are_a_list_only() {
        for db in databases().await {
            let pool = &db.pool;
            people(pool).await;
            content::upsert_services(pool, &[content::tests::service("bo-1", "bologna", "Uno")])
                .await
                .unwrap();
            let operator = signed_in(pool, "operator").await;
            for uri in ["/services", "/services/bo-1"] {
                let page = operator.get(uri).await;
                assert_eq!(page.status, StatusCode::OK);
                assert!(page.body.contains("Uno"));
                assert!(!page.body.contains("services-map"), "{uri}: {}", page.body);
                assert!(!page.body.contains("<script"), "{uri}");
                assert!(!page.body.contains("maplibre"), "{uri}");
            }
            db.drop_database().await;
        }
    }

    #[tokio::test]
    async fn with_a_tile_url_the_pages_carry_the_map_and_a_city_map_takes_its_place() {
        for db in databases().await {
            let pool = &db.pool;
            people(pool).await;
            let mut unplaced = content::tests::service("bo-2", "bologna", "Due");
            (unplaced.lat, unplaced.lon) = (None, None);
            content::upsert_services(
                pool,
                &[content::tests::service("bo-1", "bologna", "Uno"), unplaced],
            )
            .await
            .unwrap();
            let url = "https://tile.example.org/{z}/{x}/{y}.png";
            let operator = signed_in_with_tiles(pool, "operator", url).await;
            let list = operator.get("/services").await;
            assert_eq!(list.status, StatusCode::OK);
            assert!(list.body.contains("id=\"services-map\""), "{}", list.body);
            assert!(list.body.contains("data-tiles=\"raster\""));
            assert!(list.body.contains(&format!("data-tile-url=\"{url}\"")));
            assert!(list
                .body
                .contains("data-services=\"/map/services.geojson?region=bologna\""));
            assert!(list.body.contains(&asset_url("maplibre-gl.js")));
            assert!(list.body.contains(&asset_url("services-map.js")));
            assert!(!list.body.contains("pmtiles.js"));
            // The legend names every category from the catalogue (Italian by default).
            assert!(list.body.contains("id=\"map-legend\""));
            let banking = t("it", "category-banking", None);
            assert!(list.body.contains("<li data-category=\"banking\">"));
            assert!(list.body.contains(&banking), "{banking}: {}", list.body);

            // The editor: the pin where the service is, draggable by an operator.
            let editor = operator.get("/services/bo-1").await;
            assert!(
                editor.body.contains("data-lat=\"44.49\""),
                "{}",
                editor.body
            );
            assert!(editor.body.contains("data-lon=\"11.34\""));
            assert!(editor.body.contains("data-draggable=\"true\""));
            assert!(editor.body.contains("id=\"map-help\""));
            // No position: the map without a pin (a click places one).
            let editor = operator.get("/services/bo-2").await;
            assert!(editor.body.contains("id=\"services-map\""));
            assert!(!editor.body.contains("data-lat="));
            // A tutor sees the pin but cannot move it.
            let tutor = signed_in_with_tiles(pool, "tutor", url).await;
            let editor = tutor.get("/services/bo-1").await;
            assert!(editor.body.contains("data-lat=\"44.49\""));
            assert!(!editor.body.contains("data-draggable"));
            assert!(!editor.body.contains("id=\"map-help\""));

            // A published city map replaces the configured tiles.
            let file = mappack::synthetic_pmtiles(BOLOGNA, 10, 15, 5000);
            maps::publish(pool, None, "bologna", &file).await.unwrap();
            let list = operator.get("/services").await;
            assert!(
                list.body.contains("data-tiles=\"pmtiles\""),
                "{}",
                list.body
            );
            assert!(list
                .body
                .contains("data-pack=\"/map/bologna/city.pmtiles\""));
            assert!(list
                .body
                .contains("data-bounds=\"[11.23,44.42,11.43,44.56]\""));
            assert!(!list.body.contains("data-tile-url"));
            assert!(list.body.contains(&asset_url("pmtiles.js")));
            // Without a tile URL too: the city map is enough.
            let plain = signed_in(pool, "operator").await;
            assert!(plain
                .get("/services")
                .await
                .body
                .contains("data-tiles=\"pmtiles\""));

            // The file itself, by range, to signed-in accounts only.
            let part = plain
                .send(request(
                    &plain,
                    "/map/bologna/city.pmtiles",
                    &[("range", "bytes=0-126")],
                ))
                .await;
            assert_eq!(part.status, StatusCode::PARTIAL_CONTENT);
            assert_eq!(part.headers[header::CONTENT_TYPE], mappack::CONTENT_TYPE);
            assert_eq!(
                part.headers[header::CONTENT_RANGE],
                format!("bytes 0-126/{}", file.len()).as_str()
            );
            assert!(part.headers.get(header::CONTENT_ENCODING).is_none());
            let stranger = Client::new(pool, false);
            let refused = stranger.get("/map/bologna/city.pmtiles").await;
            assert_eq!(refused.status, StatusCode::SEE_OTHER);
            assert_eq!(
                plain.get("/map/roma/city.pmtiles").await.status,
                StatusCode::NOT_FOUND
            );
            assert_eq!(
                plain.get("/map/Not%20a%20region/city.pmtiles").await.status,
                StatusCode::BAD_REQUEST
            );
            db.drop_database().await;
        }
    }

    #[tokio::test]
    async fn the_map_data_lists_the_regions_positioned_services_with_their_categories() {
        for db in databases().await {
            let pool = &db.pool;
            people(pool).await;
            let mut health = content::tests::service("bo-1", "bologna", "Ambulatorio");
            health.categories = vec![Category::Health, Category::WomensSupport];
            let mut unplaced = content::tests::service("bo-2", "bologna", "Senza posto");
            (unplaced.lat, unplaced.lon) = (None, None);
            let mut uncategorised = content::tests::service("bo-3", "bologna", "Altro");
            uncategorised.categories = vec![];
            let rome = content::tests::service("rm-1", "roma", "Roma");
            content::upsert_services(pool, &[health, unplaced, uncategorised, rome])
                .await
                .unwrap();
            // The operator's organisation is in Bologna.
            let operator = signed_in(pool, "operator").await;
            let answer = operator.get("/map/services.geojson").await;
            assert_eq!(answer.status, StatusCode::OK);
            assert_eq!(answer.headers[header::CONTENT_TYPE], "application/geo+json");
            let geojson: Value = serde_json::from_str(&answer.body).unwrap();
            assert_eq!(geojson["type"], "FeatureCollection");
            let features = geojson["features"].as_array().unwrap();
            let ids: Vec<&str> = features
                .iter()
                .map(|f| f["properties"]["id"].as_str().unwrap())
                .collect();
            assert_eq!(ids, ["bo-1", "bo-3"], "positioned, Bologna's only");
            assert_eq!(
                features[0]["geometry"]["coordinates"],
                json!([11.34, 44.49])
            );
            assert_eq!(features[0]["properties"]["name"], "Ambulatorio");
            assert_eq!(features[0]["properties"]["category"], "health");
            assert_eq!(
                features[0]["properties"]["categories"],
                json!(["health", "womens_support"])
            );
            assert_eq!(features[1]["properties"]["category"], "");
            // Another region on request; one without services is empty.
            let rome = operator.get("/map/services.geojson?region=roma").await;
            let rome: Value = serde_json::from_str(&rome.body).unwrap();
            assert_eq!(rome["features"][0]["properties"]["id"], "rm-1");
            let nowhere = operator.get("/map/services.geojson?region=nowhere").await;
            let nowhere: Value = serde_json::from_str(&nowhere.body).unwrap();
            assert_eq!(nowhere["features"], json!([]));
            // Signed-in accounts only.
            let stranger = Client::new(pool, false);
            assert_eq!(
                stranger.get("/map/services.geojson").await.status,
                StatusCode::SEE_OTHER
            );
            db.drop_database().await;
        }
    }

    /// A measurement, not a check: `cargo test -p ponte-coordinator --lib -- --ignored
    /// map_data_of_a_large_region --nocapture` (SQLite, the test build).
    #[tokio::test]
    #[ignore]
    async fn map_data_of_a_large_region() {
        let count: usize = std::env::var("PONTE_BENCH_SERVICES")
            .ok()
            .and_then(|n| n.parse().ok())
            .unwrap_or(100_000);
        // SQLite is enough: this is about what is served, not the database behind it.
        let db = crate::testdb::fresh_sqlite().await;
        let pool = &db.pool;
        people(pool).await;
        let services: Vec<ServiceRecord> = ponte_wire::synthetic::territory(count, &["it"], 7)
            .map(|mut s| {
                s.region = "bologna".into();
                s
            })
            .collect();
        content::upsert_services(pool, &services).await.unwrap();
        let operator = signed_in(pool, "operator").await;
        let started = std::time::Instant::now();
        let answer = operator.get("/map/services.geojson").await;
        let plain = started.elapsed();
        assert_eq!(answer.status, StatusCode::OK);
        let gzipped = {
            use http_body_util::BodyExt;
            use tower::ServiceExt;
            let started = std::time::Instant::now();
            let request = request(
                &operator,
                "/map/services.geojson",
                &[("accept-encoding", "gzip")],
            );
            let response = operator.app.clone().oneshot(request).await.unwrap();
            let bytes = response.into_body().collect().await.unwrap().to_bytes();
            (bytes.len(), started.elapsed())
        };
        eprintln!(
            "{count} services in one region: GeoJSON {} bytes in {plain:?}; gzipped {} bytes in {:?}",
            answer.body.len(),
            gzipped.0,
            gzipped.1
        );
        db.drop_database().await;
    }

    #[tokio::test]
    async fn a_dragged_position_posted_with_the_form_is_saved() {
        for db in databases().await {
            let pool = &db.pool;
            people(pool).await;
            content::upsert_services(pool, &[content::tests::service("bo-1", "bologna", "Uno")])
                .await
                .unwrap();
            let operator =
                signed_in_with_tiles(pool, "operator", "https://t.example/{z}/{x}/{y}.png").await;
            let form = operator.get("/services/bo-1").await;
            let base = crate::testdb::hidden(&form.body, "base").unwrap();
            // What the script writes into the inputs after a drag: six decimals.
            let saved = operator
                .post_form(
                    "/services/bo-1",
                    &[("base", &base), ("lat", "44.494887"), ("lon", "11.342616")],
                )
                .await;
            assert_eq!(saved.status, StatusCode::SEE_OTHER, "{}", saved.body);
            let stored = content::service(pool, "bo-1").await.unwrap().unwrap();
            assert_eq!((stored.lat, stored.lon), (Some(44.494887), Some(11.342616)));
            let editor = operator.get("/services/bo-1?saved=1").await;
            assert!(
                editor.body.contains("data-lat=\"44.494887\""),
                "{}",
                editor.body
            );
            let log = crate::audit::audit_log(pool, 5).await.unwrap();
            assert!(log
                .iter()
                .any(|e| e.action == "service.edit" && e.detail.contains("lat, lon")));
            db.drop_database().await;
        }
    }
}
