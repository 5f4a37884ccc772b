//! Addresses to map positions, for imported services that come without coordinates, through a
//! Nominatim-compatible server the coordinator's configuration names. None is named by
//! default: an address leaves the server only when an operator chose a geocoder.
//!
//! The structured search (`street`, `city`, `postalcode`, limited to Italy) is used because
//! the rows of an operator's file already say which part is which; the answer's `place_rank`
//! says how precise the position is, so an operator confirms a street-level guess knowingly.
//! Requests are spaced (one a second by default, as the public Nominatim's usage policy asks)
//! and carry a User-Agent naming Ponte.

use std::collections::HashMap;
use std::time::Duration;

use serde::Deserialize;
use tokio::sync::Mutex;
use tokio::time::Instant;

/// How precise a found position is, from Nominatim's `place_rank`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Precision {
    /// The city or something coarser: a pin there would mislead; shown as "no map position".
    City,
    /// A district, a neighbourhood or a village within the city.
    District,
    /// The street, not the house number.
    Street,
    /// The house number or the building itself.
    Address,
}

impl Precision {
    fn of_rank(rank: u32) -> Precision {
        match rank {
            28.. => Precision::Address,
            26..=27 => Precision::Street,
            17..=25 => Precision::District,
            _ => Precision::City,
        }
    }

    /// The dashboard catalogue's key for this precision.
    pub fn key(self) -> &'static str {
        match self {
            Precision::City => "geocode-precision-city",
            Precision::District => "geocode-precision-district",
            Precision::Street => "geocode-precision-street",
            Precision::Address => "geocode-precision-address",
        }
    }
}

/// What the geocoder found for an address.
#[derive(Debug, Clone, PartialEq)]
pub struct Found {
    pub lat: f64,
    pub lon: f64,
    pub precision: Precision,
    /// The geocoder's own name for the place, shown to the operator who confirms it.
    pub label: String,
}

/// An address to look for, in the parts an operator's file gives.
#[derive(Debug, Clone, Default)]
pub struct Address<'a> {
    pub street: &'a str,
    pub city: &'a str,
    pub postcode: Option<&'a str>,
}

impl Address<'_> {
    fn memory_key(&self) -> String {
        format!(
            "{}|{}|{}",
            self.street.trim().to_lowercase(),
            self.city.trim().to_lowercase(),
            self.postcode.unwrap_or("").trim()
        )
    }
}

#[derive(Debug, Clone, thiserror::Error, PartialEq, Eq)]
pub enum GeocodeError {
    #[error("the geocoder's address is not an http(s) URL: {0}")]
    BadUrl(String),
    #[error("the geocoder did not answer: {0}")]
    Unreachable(String),
    #[error("the geocoder answered {status}")]
    Refused { status: u16 },
    #[error("the geocoder's answer is not Nominatim's: {0}")]
    BadAnswer(String),
}

impl GeocodeError {
    /// The dashboard catalogue's key for this error.
    pub fn key(&self) -> &'static str {
        match self {
            GeocodeError::BadUrl(_) => "geocode-error-bad-url",
            GeocodeError::Unreachable(_) => "geocode-error-unreachable",
            GeocodeError::Refused { .. } => "geocode-error-refused",
            GeocodeError::BadAnswer(_) => "geocode-error-bad-answer",
        }
    }
}

/// One place of a Nominatim `format=jsonv2` answer: coordinates come as strings.
#[derive(Deserialize)]
struct Place {
    lat: String,
    lon: String,
    place_rank: u32,
    display_name: String,
}

/// A Nominatim-compatible server, asked at most once per `interval`.
pub struct Geocoder {
    http: reqwest::Client,
    search: reqwest::Url,
    interval: Duration,
    next_allowed: Mutex<Instant>,
    /// What it answered, by address: an operator previews a file again and again, and each
    /// address is asked once (the public server allows one request a second).
    answers: std::sync::Mutex<HashMap<String, Option<Found>>>,
}

/// Addresses remembered at most: past it, the memory starts again.
const REMEMBERED: usize = 100_000;

impl Geocoder {
    /// Public Nominatim's usage policy: at most one request a second.
    pub const POLITE_INTERVAL: Duration = Duration::from_secs(1);

    /// A geocoder at `base` (e.g. `https://nominatim.example.org`), asked at most once per
    /// `interval`.
    pub fn new(base: &str, interval: Duration) -> Result<Geocoder, GeocodeError> {
        let mut root = reqwest::Url::parse(base)
            .ok()
            .filter(|u| matches!(u.scheme(), "http" | "https") && u.host().is_some())
            .ok_or_else(|| GeocodeError::BadUrl(base.to_owned()))?;
        // `search` below the given path, whether it ends with a slash or not.
        if !root.path().ends_with('/') {
            root.set_path(&format!("{}/", root.path()));
        }
        let search = root
            .join("search")
            .map_err(|_| GeocodeError::BadUrl(base.to_owned()))?;
        let http = reqwest::Client::builder()
            .user_agent(concat!(
                "Ponte coordinator/",
                env!("CARGO_PKG_VERSION"),
                " (service import)"
            ))
            .timeout(Duration::from_secs(20))
            .build()
            .map_err(|e| GeocodeError::Unreachable(e.to_string()))?;
        Ok(Geocoder {
            http,
            search,
            interval,
            next_allowed: Mutex::new(Instant::now()),
            answers: Default::default(),
        })
    }

    fn memory(&self) -> std::sync::MutexGuard<'_, HashMap<String, Option<Found>>> {
        self.answers.lock().unwrap_or_else(|e| e.into_inner())
    }

    /// What the geocoder answered for `address` before, if it was asked: no request.
    pub fn remembered(&self, address: &Address<'_>) -> Option<Option<Found>> {
        self.memory().get(&address.memory_key()).cloned()
    }

    /// The best place for `address` in Italy, or `None` when the geocoder knows none; an
    /// address asked before is answered from memory.
    pub async fn search(&self, address: &Address<'_>) -> Result<Option<Found>, GeocodeError> {
        if let Some(answer) = self.remembered(address) {
            return Ok(answer);
        }
        let answer = self.ask(address).await?;
        let mut memory = self.memory();
        if memory.len() >= REMEMBERED {
            memory.clear();
        }
        memory.insert(address.memory_key(), answer.clone());
        Ok(answer)
    }

    async fn ask(&self, address: &Address<'_>) -> Result<Option<Found>, GeocodeError> {
        self.wait_turn().await;
        let mut query = vec![
            ("format", "jsonv2"),
            ("limit", "1"),
            ("countrycodes", "it"),
            ("street", address.street.trim()),
            ("city", address.city.trim()),
        ];
        if let Some(postcode) = address.postcode.map(str::trim).filter(|p| !p.is_empty()) {
            query.push(("postalcode", postcode));
        }
        let answer = self
            .http
            .get(self.search.clone())
            .query(&query)
            .send()
            .await
            .map_err(|e| GeocodeError::Unreachable(e.without_url().to_string()))?;
        if !answer.status().is_success() {
            return Err(GeocodeError::Refused {
                status: answer.status().as_u16(),
            });
        }
        let places: Vec<Place> = answer
            .json()
            .await
            .map_err(|e| GeocodeError::BadAnswer(e.without_url().to_string()))?;
        let Some(place) = places.into_iter().next() else {
            return Ok(None);
        };
        let coordinate = |text: &str, limit: f64| {
            text.parse::<f64>()
                .ok()
                .filter(|v| v.is_finite() && v.abs() <= limit)
                .ok_or_else(|| GeocodeError::BadAnswer(format!("coordinate {text:?}")))
        };
        Ok(Some(Found {
            lat: coordinate(&place.lat, 90.0)?,
            lon: coordinate(&place.lon, 180.0)?,
            precision: Precision::of_rank(place.place_rank),
            label: place.display_name,
        }))
    }

    /// Waits until this geocoder may be asked again, and books the next turn.
    async fn wait_turn(&self) {
        let mut next = self.next_allowed.lock().await;
        tokio::time::sleep_until(*next).await;
        *next = Instant::now() + self.interval;
    }
}

/// A Nominatim stand-in on 127.0.0.1 that answers from recorded answers, for tests (the
/// tests never reach outside this machine).
#[cfg(test)]
pub(crate) mod recorded {
    use std::collections::BTreeMap;
    use std::sync::{Arc, Mutex};

    use axum::extract::{Query, State};
    use axum::http::StatusCode;
    use axum::response::{IntoResponse, Response};

    /// Recorded answers, keyed by `street|city`, lower case.
    const ANSWERS: &str = include_str!("../fixtures/nominatim.json");

    pub struct Recorded {
        pub base: String,
        /// The queries it was asked, in order.
        pub asked: Arc<Mutex<Vec<BTreeMap<String, String>>>>,
    }

    /// Starts the stand-in; it answers 503 to the street `fail`.
    pub async fn start() -> Recorded {
        let answers: BTreeMap<String, serde_json::Value> = serde_json::from_str(ANSWERS).unwrap();
        let asked = Arc::new(Mutex::new(Vec::new()));
        let state = (Arc::new(answers), asked.clone());
        let app = axum::Router::new()
            .route("/search", axum::routing::get(search))
            .with_state(state);
        let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
        let base = format!("http://{}", listener.local_addr().unwrap());
        tokio::spawn(async move { axum::serve(listener, app).await });
        Recorded { base, asked }
    }

    type Shared = (
        Arc<BTreeMap<String, serde_json::Value>>,
        Arc<Mutex<Vec<BTreeMap<String, String>>>>,
    );

    async fn search(
        State((answers, asked)): State<Shared>,
        Query(query): Query<BTreeMap<String, String>>,
    ) -> Response {
        asked.lock().unwrap().push(query.clone());
        let street = query.get("street").cloned().unwrap_or_default();
        if street == "fail" {
            return StatusCode::SERVICE_UNAVAILABLE.into_response();
        }
        if street == "garbage" {
            return "<html>not json</html>".into_response();
        }
        let key = format!(
            "{}|{}",
            street.to_lowercase(),
            query
                .get("city")
                .cloned()
                .unwrap_or_default()
                .to_lowercase()
        );
        axum::Json(
            answers
                .get(&key)
                .cloned()
                .unwrap_or(serde_json::Value::Array(Vec::new())),
        )
        .into_response()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn at<'a>(street: &'a str, city: &'a str) -> Address<'a> {
        Address {
            street,
            city,
            postcode: None,
        }
    }

    #[tokio::test]
    async fn an_address_is_found_with_its_precision() {
        let server = recorded::start().await;
        let geocoder = Geocoder::new(&server.base, Duration::ZERO).unwrap();

        let house = geocoder
            .search(&Address {
                postcode: Some("40126"),
                ..at("Via del Pratello 53", "Bologna")
            })
            .await
            .unwrap()
            .expect("a recorded house number");
        assert_eq!(house.precision, Precision::Address);
        assert!((house.lat - 44.4951).abs() < 0.001 && (house.lon - 11.3318).abs() < 0.001);
        assert!(house.label.contains("Via del Pratello"));

        let street = geocoder
            .search(&at("Via Roma", "Palermo"))
            .await
            .unwrap()
            .unwrap();
        assert_eq!(street.precision, Precision::Street);
        let city = geocoder
            .search(&at("Stazione centrale", "Torino"))
            .await
            .unwrap()
            .unwrap();
        assert_eq!(city.precision, Precision::City, "a city-wide guess says so");

        assert_eq!(
            geocoder.search(&at("Via che non c'è 1", "Bologna")).await,
            Ok(None),
            "an unknown address is no position, not an error"
        );

        // The structured query, limited to Italy, with the postcode when there is one.
        let asked = server.asked.lock().unwrap().clone();
        assert_eq!(asked[0]["street"], "Via del Pratello 53");
        assert_eq!(asked[0]["city"], "Bologna");
        assert_eq!(asked[0]["postalcode"], "40126");
        assert_eq!(asked[0]["countrycodes"], "it");
        assert_eq!(asked[0]["format"], "jsonv2");
        assert!(!asked[1].contains_key("postalcode"));
    }

    #[tokio::test]
    async fn a_geocoder_that_fails_gives_a_typed_error() {
        let server = recorded::start().await;
        let geocoder = Geocoder::new(&server.base, Duration::ZERO).unwrap();
        let refused = geocoder.search(&at("fail", "Bologna")).await.unwrap_err();
        assert_eq!(refused, GeocodeError::Refused { status: 503 });
        assert_eq!(refused.key(), "geocode-error-refused");
        let garbled = geocoder
            .search(&at("garbage", "Bologna"))
            .await
            .unwrap_err();
        assert!(matches!(garbled, GeocodeError::BadAnswer(_)), "{garbled:?}");
        let bad_coordinate = geocoder
            .search(&at("Via sbagliata 1", "Bologna"))
            .await
            .unwrap_err();
        assert!(
            matches!(bad_coordinate, GeocodeError::BadAnswer(ref why) if why.contains("91.5")),
            "{bad_coordinate:?}"
        );

        // Nobody listens on a port just freed.
        let port = std::net::TcpListener::bind("127.0.0.1:0")
            .unwrap()
            .local_addr()
            .unwrap()
            .port();
        let nobody = Geocoder::new(&format!("http://127.0.0.1:{port}"), Duration::ZERO).unwrap();
        assert!(matches!(
            nobody.search(&at("Via Roma 1", "Bologna")).await,
            Err(GeocodeError::Unreachable(_))
        ));

        for bad in ["", "nominatim.example.org", "ftp://example.org", "http://"] {
            assert!(
                matches!(
                    Geocoder::new(bad, Duration::ZERO),
                    Err(GeocodeError::BadUrl(_))
                ),
                "{bad:?}"
            );
        }
    }

    #[tokio::test]
    async fn requests_are_spaced_as_the_interval_says() {
        let server = recorded::start().await;
        let geocoder = Geocoder::new(&server.base, Duration::from_millis(300)).unwrap();
        let started = Instant::now();
        for street in ["Via Roma", "Via Libertà 1", "Via Maqueda 2"] {
            geocoder.search(&at(street, "Palermo")).await.unwrap();
        }
        // Three requests: the second and third each wait their turn.
        assert!(started.elapsed() >= Duration::from_millis(600));
        assert_eq!(server.asked.lock().unwrap().len(), 3);
    }

    #[tokio::test]
    async fn an_address_asked_before_is_answered_from_memory() {
        let server = recorded::start().await;
        let geocoder = Geocoder::new(&server.base, Duration::ZERO).unwrap();
        let address = at("Via Roma", "Palermo");
        assert_eq!(geocoder.remembered(&address), None, "not asked yet");
        let first = geocoder.search(&address).await.unwrap();
        assert!(first.is_some());
        // The same address written with other capitals and spaces is the same question.
        let again = geocoder.search(&at(" VIA ROMA ", "palermo")).await.unwrap();
        assert_eq!(again, first);
        assert_eq!(geocoder.remembered(&address), Some(first));
        assert_eq!(server.asked.lock().unwrap().len(), 1, "asked once");
        // A failure is not remembered: the next try asks again.
        assert!(geocoder.search(&at("fail", "Palermo")).await.is_err());
        assert!(geocoder.search(&at("fail", "Palermo")).await.is_err());
        assert_eq!(server.asked.lock().unwrap().len(), 3);
    }

    #[test]
    fn precision_follows_nominatims_place_rank() {
        assert_eq!(Precision::of_rank(30), Precision::Address);
        assert_eq!(Precision::of_rank(26), Precision::Street);
        assert_eq!(Precision::of_rank(20), Precision::District);
        assert_eq!(Precision::of_rank(16), Precision::City);
        assert_eq!(Precision::of_rank(4), Precision::City);
    }
}
