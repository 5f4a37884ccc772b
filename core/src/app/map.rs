//! The offline city map: one PMTiles file per region, published by the organisation on its
//! coordinator (see `ponte-wire`'s `mappack`), downloaded by the phone only on Wi-Fi unless the
//! person allowed mobile data, resumable, verified, and swapped in atomically.
//!
//! - The download goes to `<database folder>/maps/<region>.pmtiles.part`; an interrupted one
//!   (connection lost, app killed, cancelled) resumes from the partial file's length with a
//!   `Range` request (and `If-Range`, so part of an older version is never completed with the
//!   newer one's bytes).
//! - Only when the file has the manifest's size and SHA-256, the manifest carries the
//!   signature of a key the app trusts ([`Store::trusted_keys`]) and the file's PMTiles header
//!   matches it, is it renamed over `<region>.pmtiles`: the map the person has stays until the
//!   new one is proven good. A refused file is deleted and the old map stays.
//! - [`MapState`] is what the map screen draws: the file, its bounds and zoom range, how the
//!   download stands, and the services as GeoJSON pins ([`Services::viewport_geojson`]).
//!   Without a map the state says so, and the services list works as ever.

use std::io::{Read, Seek, SeekFrom, Write};
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicBool, AtomicU64, Ordering};
use std::sync::Arc;
use std::time::Duration;

use ponte_wire::mappack::{self, MapManifest, SignedMapManifest};
use ponte_wire::pack;
use reqwest::StatusCode;

use super::settings::{self, key};
use crate::error::{PackProblem, SyncFailure};
use crate::services::{Bounds, ServiceFilter, Services};
use crate::store::Store;
use crate::time::Timestamp;
use crate::{Error, Result};

const CONNECT_TIMEOUT: Duration = Duration::from_secs(10);
/// A connection that brings nothing for this long is given up (the part stays for later).
const READ_TIMEOUT: Duration = Duration::from_secs(30);
/// The most service pins in the map state.
const PIN_LIMIT: u32 = 500;

/// The connection the phone has now, as the shell knows it (Android's unmetered capability,
/// iOS's `isExpensive`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Enum))]
pub enum NetworkKind {
    /// Wi-Fi or another connection that costs nothing per byte.
    Wifi,
    /// Mobile data (metered).
    Mobile,
    Offline,
}

/// Why the last map download did not finish. The map already on the phone (if any) stays.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Enum))]
pub enum MapProblem {
    /// No connection, or it broke: what came is kept and the next download resumes.
    Offline,
    /// The phone is not paired with an organisation's coordinator.
    NotPaired,
    /// The coordinator failed or answered something unexpected; try again later.
    Server,
    /// The file was not a usable map (cut wrongly, not PMTiles): it was deleted.
    Damaged,
    /// The file or its manifest was changed after the organisation signed it: deleted.
    Tampered,
    /// Not signed by an organisation this app trusts: deleted.
    Untrusted,
    /// The phone could not write the file (storage full?).
    Storage,
}

impl MapProblem {
    fn code(self) -> &'static str {
        match self {
            MapProblem::Offline => "offline",
            MapProblem::NotPaired => "not-paired",
            MapProblem::Server => "server",
            MapProblem::Damaged => "damaged",
            MapProblem::Tampered => "tampered",
            MapProblem::Untrusted => "untrusted",
            MapProblem::Storage => "storage",
        }
    }

    fn from_code(code: &str) -> Option<MapProblem> {
        [
            MapProblem::Offline,
            MapProblem::NotPaired,
            MapProblem::Server,
            MapProblem::Damaged,
            MapProblem::Tampered,
            MapProblem::Untrusted,
            MapProblem::Storage,
        ]
        .into_iter()
        .find(|p| p.code() == code)
    }

    fn of(error: &Error) -> MapProblem {
        match error {
            Error::Sync { failure, .. } => match failure {
                SyncFailure::Offline => MapProblem::Offline,
                SyncFailure::NotPaired | SyncFailure::Unpaired => MapProblem::NotPaired,
                _ => MapProblem::Server,
            },
            Error::Pack(PackProblem::Tampered) => MapProblem::Tampered,
            Error::Pack(PackProblem::Untrusted) => MapProblem::Untrusted,
            Error::Pack(_) => MapProblem::Damaged,
            Error::Io(_) | Error::Sqlite(_) => MapProblem::Storage,
            _ => MapProblem::Server,
        }
    }
}

/// Where the map download stands.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Enum))]
pub enum MapStatus {
    /// No map on the phone, and none asked for yet.
    None,
    /// The organisation has not published a map for this region.
    NotPublished,
    /// A download is running: `done` of `total` bytes.
    Downloading { done: u64, total: u64 },
    /// Part of a download is on the phone (interrupted, stopped, or the app was closed); the
    /// next download continues from `done`.
    Paused { done: u64, total: u64 },
    /// A map is due, but only mobile data is there and the person has not allowed it.
    WaitingForWifi,
    /// The map on the phone is the newest one known.
    Ready,
    /// The last download failed; the map already on the phone (if any) is still shown.
    Failed { problem: MapProblem },
}

/// What the map screen draws.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
pub struct MapState {
    /// The region the map is of (the paired organisation's, or the installed map's).
    pub region: Option<String>,
    /// The PMTiles file to open (absolute path); `None` when the phone has no map.
    pub file: Option<String>,
    /// The map's area; the camera should stay inside it.
    pub bounds: Option<Bounds>,
    pub min_zoom: u8,
    pub max_zoom: u8,
    /// The installed map's version.
    pub version: Option<u32>,
    /// Signed with the public demo key: a demo map, not the organisation's.
    pub demo: bool,
    pub status: MapStatus,
    /// The person allowed downloading the map on mobile data.
    pub mobile_data_allowed: bool,
    /// The services inside the viewport (or the map's bounds) as a GeoJSON FeatureCollection
    /// (see `Services.viewport_geojson`); an empty collection when there is neither.
    pub pins_geojson: String,
}

/// What the coordinator offers, compared with what the phone has.
#[derive(Debug, Clone, PartialEq, Eq)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
pub struct MapUpdate {
    /// The organisation has published a map for the phone's region.
    pub published: bool,
    /// It is newer than the map on the phone (or the phone has none).
    pub newer: bool,
    pub version: u32,
    /// Bytes still to download (the whole file less what a paused download already has).
    pub bytes_to_download: u64,
}

/// Told as the download goes, from the core's runtime.
#[cfg_attr(feature = "uniffi", uniffi::export(with_foreign))]
pub trait MapProgress: Send + Sync {
    fn progress(&self, done: u64, total: u64);
}

/// What every map client of one database shares: one download at a time, its progress, and
/// the signal that stops it.
struct Shared {
    running: tokio::sync::Mutex<()>,
    active: AtomicBool,
    cancelled: AtomicBool,
    done: AtomicU64,
    total: AtomicU64,
}

fn shared_for(path: &Path) -> Arc<Shared> {
    static OPEN: crate::store::PerDatabase<Shared> = crate::store::PerDatabase::new();
    OPEN.get(path, || Shared {
        running: tokio::sync::Mutex::new(()),
        active: AtomicBool::new(false),
        cancelled: AtomicBool::new(false),
        done: AtomicU64::new(0),
        total: AtomicU64::new(0),
    })
}

fn failure(failure: SyncFailure, detail: impl Into<String>) -> Error {
    Error::Sync {
        failure,
        detail: detail.into(),
    }
}

/// The stored signed manifest (installed or pending), read back without checking again: only
/// verified manifests are stored.
fn stored_manifest(store: &Store, name: &str) -> Result<Option<(SignedMapManifest, MapManifest)>> {
    Ok(settings::get(store, name)?.and_then(|text| {
        let signed: SignedMapManifest = serde_json::from_str(&text).ok()?;
        let manifest: MapManifest = serde_json::from_str(&signed.manifest).ok()?;
        Some((signed, manifest))
    }))
}

fn store_manifest(store: &Store, name: &str, signed: &SignedMapManifest) -> Result<()> {
    let text = serde_json::to_string(signed).expect("a manifest serializes");
    settings::set(store, name, &text)
}

/// The SHA-256 of a file, lowercase hex, read in pieces.
fn file_sha256(path: &Path) -> std::io::Result<String> {
    use sha2::Digest;
    let mut file = std::fs::File::open(path)?;
    let mut hasher = sha2::Sha256::new();
    let mut buffer = vec![0u8; 256 * 1024];
    loop {
        let n = file.read(&mut buffer)?;
        if n == 0 {
            break;
        }
        hasher.update(&buffer[..n]);
    }
    Ok(hasher
        .finalize()
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect())
}

fn file_len(path: &Path) -> u64 {
    std::fs::metadata(path).map(|m| m.len()).unwrap_or(0)
}

fn remove_file(path: &Path) -> Result<()> {
    match std::fs::remove_file(path) {
        Err(e) if e.kind() != std::io::ErrorKind::NotFound => Err(e.into()),
        _ => Ok(()),
    }
}

pub struct MapClient {
    store: Arc<Store>,
    /// Built at the first network call: the map screen reads the state at every view, and
    /// an HTTP client (TLS roots) is not free.
    http: std::sync::OnceLock<reqwest::Client>,
    shared: Arc<Shared>,
}

impl MapClient {
    pub fn new(store: Arc<Store>) -> Self {
        let shared = shared_for(store.path());
        MapClient {
            store,
            http: std::sync::OnceLock::new(),
            shared,
        }
    }

    fn http(&self) -> &reqwest::Client {
        self.http.get_or_init(|| {
            reqwest::Client::builder()
                .connect_timeout(CONNECT_TIMEOUT)
                .read_timeout(READ_TIMEOUT)
                .user_agent(concat!("ponte/", env!("CARGO_PKG_VERSION")))
                .build()
                .expect("an HTTP client with rustls builds")
        })
    }

    /// `<database folder>/maps`.
    pub fn dir(&self) -> PathBuf {
        self.store
            .path()
            .parent()
            .unwrap_or_else(|| Path::new("."))
            .join("maps")
    }

    fn file_for(&self, region: &str) -> PathBuf {
        self.dir().join(format!("{region}.pmtiles"))
    }

    fn part_for(&self, region: &str) -> PathBuf {
        self.dir().join(format!("{region}.pmtiles.part"))
    }

    /// Whether the map may come over mobile data (the person's switch, off by default).
    pub fn mobile_data_allowed(&self) -> Result<bool> {
        settings::get_flag(&self.store, key::MAP_MOBILE_DATA, false)
    }

    pub fn set_mobile_data_allowed(&self, allowed: bool) -> Result<()> {
        settings::set_flag(&self.store, key::MAP_MOBILE_DATA, allowed)
    }

    /// Whether a download may use this connection: Wi-Fi always; mobile data only when the
    /// person allowed it for the map and data saver is off.
    fn may_download_on(&self, network: NetworkKind) -> Result<bool> {
        Ok(match network {
            NetworkKind::Wifi => true,
            NetworkKind::Mobile => {
                self.mobile_data_allowed()?
                    && !settings::get_flag(&self.store, key::DATA_SAVER, false)?
            }
            NetworkKind::Offline => false,
        })
    }

    /// Stops a running download at its next piece; what came is kept for resuming.
    pub fn cancel(&self) {
        self.shared.cancelled.store(true, Ordering::SeqCst);
    }

    /// The coordinator, the device token and the region, from pairing.
    fn paired(&self) -> Result<(String, String, String)> {
        use crate::sync::state;
        self.store.read(|conn| {
            match (
                state::get(conn, state::SERVER)?,
                state::get(conn, state::TOKEN)?,
                state::get(conn, state::REGION)?,
            ) {
                (Some(server), Some(token), Some(region)) => Ok((server, token, region)),
                _ => Err(failure(SyncFailure::NotPaired, "not paired")),
            }
        })
    }

    async fn send(&self, request: reqwest::RequestBuilder) -> Result<reqwest::Response> {
        let response = request
            .send()
            .await
            .map_err(|e| failure(SyncFailure::Offline, e.to_string()))?;
        let status = response.status();
        if status.is_success()
            || status == StatusCode::NOT_FOUND
            || status == StatusCode::RANGE_NOT_SATISFIABLE
        {
            return Ok(response);
        }
        let detail = response
            .json::<ponte_wire::sync::ApiError>()
            .await
            .map(|e| format!("{}: {}", e.code, e.message))
            .unwrap_or_else(|_| status.to_string());
        Err(match status {
            StatusCode::UNAUTHORIZED => failure(SyncFailure::Unpaired, detail),
            s if s.is_server_error() => failure(SyncFailure::Server, detail),
            _ => failure(SyncFailure::Refused, detail),
        })
    }

    /// The region's signed manifest, verified; `None` when nothing is published.
    async fn fetch_manifest(
        &self,
        server: &str,
        token: &str,
        region: &str,
    ) -> Result<Option<(SignedMapManifest, MapManifest)>> {
        let response = self
            .send(
                self.http()
                    .get(format!("{server}/api/v1/maps/{region}/manifest"))
                    .bearer_auth(token),
            )
            .await?;
        if response.status() != StatusCode::OK {
            return Ok(None);
        }
        let bytes = response
            .bytes()
            .await
            .map_err(|e| failure(SyncFailure::Offline, e.to_string()))?;
        let signed: SignedMapManifest = serde_json::from_slice(&bytes)
            .map_err(|e| failure(SyncFailure::BadAnswer, e.to_string()))?;
        let keys: Vec<pack::VerifyingKey> = self
            .store
            .trusted_keys()
            .iter()
            .filter_map(|k| pack::public_key_from_base64(k).ok())
            .collect();
        let manifest = mappack::verify_manifest(&signed, &keys)
            .map_err(|e| Error::Pack(PackProblem::from(&e)))?;
        if manifest.region != region {
            return Err(Error::Pack(PackProblem::Tampered));
        }
        Ok(Some((signed, manifest)))
    }

    /// Whether the coordinator has a newer map than the phone's. Small: allowed on any
    /// connection.
    pub async fn check_for_update(&self) -> Result<MapUpdate> {
        let (server, token, region) = self.paired()?;
        let Some((_, manifest)) = self.fetch_manifest(&server, &token, &region).await? else {
            return Ok(MapUpdate {
                published: false,
                newer: false,
                version: 0,
                bytes_to_download: 0,
            });
        };
        let newer = !self.is_installed(&manifest)?;
        let have = match stored_manifest(&self.store, key::MAP_PENDING)? {
            Some((_, pending)) if pending.sha256 == manifest.sha256 => {
                file_len(&self.part_for(&region)).min(manifest.size)
            }
            _ => 0,
        };
        Ok(MapUpdate {
            published: true,
            newer,
            version: manifest.version,
            bytes_to_download: if newer { manifest.size - have } else { 0 },
        })
    }

    /// Whether the phone already has exactly this map.
    fn is_installed(&self, manifest: &MapManifest) -> Result<bool> {
        Ok(match stored_manifest(&self.store, key::MAP_INSTALLED)? {
            Some((_, installed)) => {
                installed.sha256 == manifest.sha256
                    && installed.region == manifest.region
                    && file_len(&self.file_for(&installed.region)) == installed.size
            }
            None => false,
        })
    }

    /// Downloads the region's newest map if the phone does not have it, on `network` as the
    /// policy allows, resuming a paused download. Answers the new status: `Ready` (downloaded,
    /// or already the newest), `WaitingForWifi`, `NotPublished`; a failure is an error
    /// (`Sync` for the connection, `Pack` for a file refused), and the state then says
    /// `Failed` or `Paused`. One download at a time per database: another gets `Busy`.
    pub async fn download(
        &self,
        network: NetworkKind,
        progress: Option<Arc<dyn MapProgress>>,
    ) -> Result<MapStatus> {
        let _turn = self
            .shared
            .running
            .try_lock()
            .map_err(|_| failure(SyncFailure::Busy, "a map download is already running"))?;
        self.shared.cancelled.store(false, Ordering::SeqCst);
        let result = self.download_steps(network, progress.as_deref()).await;
        self.shared.active.store(false, Ordering::SeqCst);
        let code = match &result {
            Ok(MapStatus::WaitingForWifi) => Some("wifi"),
            Ok(MapStatus::NotPublished) => Some("no-map"),
            Ok(_) => None,
            Err(Error::Sync {
                failure: SyncFailure::Cancelled,
                ..
            }) => Some("paused"),
            Err(e) => Some(MapProblem::of(e).code()),
        };
        match code {
            Some(code) => settings::set(&self.store, key::MAP_PROBLEM, code)?,
            None => settings::remove(&self.store, key::MAP_PROBLEM)?,
        }
        result
    }

    async fn download_steps(
        &self,
        network: NetworkKind,
        progress: Option<&dyn MapProgress>,
    ) -> Result<MapStatus> {
        if network == NetworkKind::Offline {
            return Err(failure(SyncFailure::Offline, "no connection"));
        }
        let (server, token, region) = self.paired()?;
        self.finish_interrupted_install()?;
        let Some((signed, manifest)) = self.fetch_manifest(&server, &token, &region).await? else {
            return Ok(MapStatus::NotPublished);
        };
        if self.is_installed(&manifest)? {
            return Ok(MapStatus::Ready);
        }
        if !self.may_download_on(network)? {
            return Ok(MapStatus::WaitingForWifi);
        }
        std::fs::create_dir_all(self.dir())?;
        let part = self.part_for(&region);
        // Part of another file (an older version, another region): start over.
        match stored_manifest(&self.store, key::MAP_PENDING)? {
            Some((_, pending)) if pending.sha256 == manifest.sha256 => {}
            Some((_, pending)) => {
                remove_file(&self.part_for(&pending.region))?;
                remove_file(&part)?;
            }
            None => remove_file(&part)?,
        }
        store_manifest(&self.store, key::MAP_PENDING, &signed)?;
        self.fetch_file(&server, &token, &manifest, &part, progress)
            .await?;
        self.install(&signed, &manifest, &part).await?;
        Ok(MapStatus::Ready)
    }

    /// Brings `part` to the manifest's size, from what it holds.
    async fn fetch_file(
        &self,
        server: &str,
        token: &str,
        manifest: &MapManifest,
        part: &Path,
        progress: Option<&dyn MapProgress>,
    ) -> Result<()> {
        let mut have = file_len(part);
        if have > manifest.size {
            remove_file(part)?;
            have = 0;
        }
        self.shared.total.store(manifest.size, Ordering::SeqCst);
        self.shared.done.store(have, Ordering::SeqCst);
        self.shared.active.store(true, Ordering::SeqCst);
        if have == manifest.size {
            return Ok(());
        }
        let etag = format!("\"{}\"", manifest.sha256);
        let mut request = self
            .http()
            .get(format!("{server}/api/v1/maps/{}/pack", manifest.region))
            .bearer_auth(token);
        if have > 0 {
            request = request
                .header(reqwest::header::RANGE, format!("bytes={have}-"))
                .header(reqwest::header::IF_RANGE, &etag);
        }
        let mut response = self.send(request).await?;
        let served_etag = response
            .headers()
            .get(reqwest::header::ETAG)
            .and_then(|v| v.to_str().ok())
            .map(str::to_owned);
        if served_etag.as_deref() != Some(etag.as_str()) {
            // Published again since the manifest was read: the next download takes the new one.
            remove_file(part)?;
            return Err(failure(
                SyncFailure::Server,
                "the map changed during the download",
            ));
        }
        let mut file = std::fs::OpenOptions::new()
            .create(true)
            .append(false)
            .write(true)
            .truncate(false)
            .open(part)?;
        match response.status() {
            StatusCode::PARTIAL_CONTENT => {
                let starts_at = response
                    .headers()
                    .get(reqwest::header::CONTENT_RANGE)
                    .and_then(|v| v.to_str().ok())
                    .and_then(|v| v.strip_prefix("bytes "))
                    .and_then(|v| v.split('-').next())
                    .and_then(|v| v.parse::<u64>().ok());
                if starts_at != Some(have) {
                    return Err(failure(SyncFailure::BadAnswer, "a range not asked for"));
                }
            }
            StatusCode::OK => {
                file.set_len(0)?;
                have = 0;
            }
            StatusCode::NOT_FOUND => {
                return Err(failure(SyncFailure::Server, "the map is gone"));
            }
            status => {
                remove_file(part)?;
                return Err(failure(SyncFailure::BadAnswer, status.to_string()));
            }
        }
        file.seek(SeekFrom::Start(have))?;
        self.shared.done.store(have, Ordering::SeqCst);
        loop {
            if self.shared.cancelled.load(Ordering::SeqCst) {
                file.sync_data()?;
                return Err(failure(SyncFailure::Cancelled, "cancelled"));
            }
            let chunk = match response.chunk().await {
                Ok(Some(chunk)) => chunk,
                Ok(None) => break,
                Err(e) => {
                    // What came stays for the next try.
                    file.sync_data()?;
                    return Err(failure(SyncFailure::Offline, e.to_string()));
                }
            };
            if have + chunk.len() as u64 > manifest.size {
                drop(file);
                remove_file(part)?;
                return Err(Error::Pack(PackProblem::Damaged));
            }
            file.write_all(&chunk)?;
            have += chunk.len() as u64;
            self.shared.done.store(have, Ordering::SeqCst);
            if let Some(p) = progress {
                p.progress(have, manifest.size);
            }
        }
        file.sync_all()?;
        if have < manifest.size {
            return Err(failure(SyncFailure::Offline, "the download was cut short"));
        }
        Ok(())
    }

    /// Verifies the complete `part` against the manifest and renames it over the region's map.
    /// A file that fails is deleted; the installed map is left as it was.
    async fn install(
        &self,
        signed: &SignedMapManifest,
        manifest: &MapManifest,
        part: &Path,
    ) -> Result<()> {
        let owned = part.to_path_buf();
        let sha = tokio::task::spawn_blocking(move || file_sha256(&owned))
            .await
            .map_err(|e| Error::Io(std::io::Error::other(e.to_string())))??;
        let refuse = |problem| -> Result<()> {
            remove_file(part)?;
            settings::remove(&self.store, key::MAP_PENDING)?;
            Err(Error::Pack(problem))
        };
        if mappack::check_file(manifest, file_len(part), &sha).is_err() {
            return refuse(PackProblem::Tampered);
        }
        let mut head = vec![0u8; mappack::HEADER_LEN.min(manifest.size as usize)];
        std::fs::File::open(part)?.read_exact(&mut head)?;
        match mappack::read_header(&head, manifest.size) {
            Ok(header)
                if header.min_zoom == manifest.min_zoom
                    && header.max_zoom == manifest.max_zoom
                    && (header.bounds.south - manifest.bounds.south).abs() < 1e-6
                    && (header.bounds.north - manifest.bounds.north).abs() < 1e-6
                    && (header.bounds.west - manifest.bounds.west).abs() < 1e-6
                    && (header.bounds.east - manifest.bounds.east).abs() < 1e-6 => {}
            _ => return refuse(PackProblem::Damaged),
        }
        let previous = stored_manifest(&self.store, key::MAP_INSTALLED)?;
        let target = self.file_for(&manifest.region);
        // The one moment the map changes: a rename over the old file, atomic on the same
        // file system; until here the old map was untouched.
        std::fs::rename(part, &target)?;
        if let Ok(dir) = std::fs::File::open(self.dir()) {
            let _ = dir.sync_all();
        }
        store_manifest(&self.store, key::MAP_INSTALLED, signed)?;
        settings::remove(&self.store, key::MAP_PENDING)?;
        if let Some((_, old)) = previous {
            if old.region != manifest.region {
                remove_file(&self.file_for(&old.region))?;
            }
        }
        Ok(())
    }

    /// After a kill between the rename and the bookkeeping: the renamed file is the pending
    /// one if its hash says so.
    fn finish_interrupted_install(&self) -> Result<()> {
        let Some((signed, pending)) = stored_manifest(&self.store, key::MAP_PENDING)? else {
            return Ok(());
        };
        let (part, target) = (
            self.part_for(&pending.region),
            self.file_for(&pending.region),
        );
        if part.exists() || file_len(&target) != pending.size {
            return Ok(());
        }
        if file_sha256(&target)? == pending.sha256 {
            store_manifest(&self.store, key::MAP_INSTALLED, &signed)?;
            settings::remove(&self.store, key::MAP_PENDING)?;
        }
        Ok(())
    }

    /// Where the download stands, from the running download, or what was left on disk and in
    /// the settings.
    pub fn status(&self) -> Result<MapStatus> {
        if self.shared.active.load(Ordering::SeqCst) {
            return Ok(MapStatus::Downloading {
                done: self.shared.done.load(Ordering::SeqCst),
                total: self.shared.total.load(Ordering::SeqCst),
            });
        }
        let paused = match stored_manifest(&self.store, key::MAP_PENDING)? {
            Some((_, pending)) => {
                let done = file_len(&self.part_for(&pending.region));
                (done > 0).then_some(MapStatus::Paused {
                    done,
                    total: pending.size,
                })
            }
            None => None,
        };
        let installed = stored_manifest(&self.store, key::MAP_INSTALLED)?.is_some();
        let problem = settings::get(&self.store, key::MAP_PROBLEM)?;
        Ok(match (problem.as_deref(), paused) {
            (Some("wifi"), _) => MapStatus::WaitingForWifi,
            (Some("no-map"), _) if !installed => MapStatus::NotPublished,
            (Some("offline" | "server" | "paused") | None, Some(paused)) => paused,
            (Some(code), _) if MapProblem::from_code(code).is_some() => MapStatus::Failed {
                problem: MapProblem::from_code(code).expect("checked"),
            },
            _ if installed => MapStatus::Ready,
            _ => MapStatus::None,
        })
    }

    /// The map screen's state: the installed map, the download's status, and the services
    /// inside `viewport` (the map's bounds when `None`) as GeoJSON pins.
    pub fn state(
        &self,
        viewport: Option<Bounds>,
        filter: &ServiceFilter,
        languages: &[String],
        at: Timestamp,
    ) -> Result<MapState> {
        let installed = stored_manifest(&self.store, key::MAP_INSTALLED)?
            .map(|(_, m)| m)
            .filter(|m| file_len(&self.file_for(&m.region)) == m.size);
        let bounds = installed.as_ref().map(|m| Bounds {
            south: m.bounds.south,
            west: m.bounds.west,
            north: m.bounds.north,
            east: m.bounds.east,
        });
        let pins_geojson = match viewport.or(bounds) {
            Some(area) => Services::new(self.store.clone())
                .viewport_geojson(area, PIN_LIMIT, filter, languages, at)?,
            None => r#"{"type":"FeatureCollection","features":[]}"#.to_owned(),
        };
        let region = match &installed {
            Some(m) => Some(m.region.clone()),
            None => self.paired().ok().map(|(_, _, region)| region),
        };
        Ok(MapState {
            region,
            file: installed
                .as_ref()
                .map(|m| self.file_for(&m.region).to_string_lossy().into_owned()),
            bounds,
            min_zoom: installed.as_ref().map_or(0, |m| m.min_zoom),
            max_zoom: installed.as_ref().map_or(0, |m| m.max_zoom),
            version: installed.as_ref().map(|m| m.version),
            demo: installed.as_ref().is_some_and(|m| m.demo),
            status: self.status()?,
            mobile_data_allowed: self.mobile_data_allowed()?,
            pins_geojson,
        })
    }

    /// Deletes the map and any partial download (for "erase everything" or to free space).
    pub fn remove(&self) -> Result<()> {
        for name in [key::MAP_INSTALLED, key::MAP_PENDING] {
            if let Some((_, manifest)) = stored_manifest(&self.store, name)? {
                remove_file(&self.file_for(&manifest.region))?;
                remove_file(&self.part_for(&manifest.region))?;
            }
            settings::remove(&self.store, name)?;
        }
        settings::remove(&self.store, key::MAP_PROBLEM)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use ponte_wire::mappack::MapBounds;

    #[test]
    fn without_a_map_the_state_says_so_and_mobile_data_is_off_by_default() {
        let (_dir, store) = crate::store::tests::temp_store();
        let maps = MapClient::new(Arc::new(store));
        let state = maps
            .state(None, &ServiceFilter::default(), &[], Timestamp::now())
            .unwrap();
        assert_eq!(
            (
                state.file,
                state.bounds,
                state.status,
                state.mobile_data_allowed
            ),
            (None, None, MapStatus::None, false)
        );
        assert!(state.pins_geojson.contains("FeatureCollection"));
        assert!(maps.may_download_on(NetworkKind::Wifi).unwrap());
        assert!(!maps.may_download_on(NetworkKind::Mobile).unwrap());
        maps.set_mobile_data_allowed(true).unwrap();
        assert!(maps.may_download_on(NetworkKind::Mobile).unwrap());
        settings::set_flag(&maps.store, key::DATA_SAVER, true).unwrap();
        assert!(
            !maps.may_download_on(NetworkKind::Mobile).unwrap(),
            "data saver wins"
        );
        assert!(!maps.may_download_on(NetworkKind::Offline).unwrap());
    }

    #[test]
    fn an_unpaired_phone_is_told_so_and_nothing_is_written() {
        let (_dir, store) = crate::store::tests::temp_store();
        let maps = MapClient::new(Arc::new(store));
        let result = crate::sync::runtime().block_on(maps.download(NetworkKind::Wifi, None));
        assert!(
            matches!(
                result,
                Err(Error::Sync {
                    failure: SyncFailure::NotPaired,
                    ..
                })
            ),
            "{result:?}"
        );
        assert_eq!(
            maps.status().unwrap(),
            MapStatus::Failed {
                problem: MapProblem::NotPaired
            }
        );
        assert!(!maps.dir().exists());
    }

    #[test]
    fn a_killed_install_is_finished_from_the_hash_and_a_paused_one_shows_its_bytes() {
        let (dir, store) = crate::store::tests::temp_store();
        let maps = MapClient::new(Arc::new(store));
        let bounds = MapBounds {
            south: 44.4,
            west: 11.2,
            north: 44.6,
            east: 11.5,
        };
        let file = mappack::synthetic_pmtiles(bounds, 8, 14, 3000);
        let key = pack::SigningKey::from_bytes(&[3; 32]);
        let signed = mappack::sign_manifest(
            &MapManifest {
                format: mappack::FORMAT.into(),
                region: "bologna".into(),
                version: 1,
                sha256: pack::sha256_hex(&file),
                size: file.len() as u64,
                bounds,
                min_zoom: 8,
                max_zoom: 14,
                key_id: String::new(),
                demo: false,
            },
            &key,
        );
        std::fs::create_dir_all(maps.dir()).unwrap();
        // Half of it came before the app was closed.
        store_manifest(&maps.store, key::MAP_PENDING, &signed).unwrap();
        std::fs::write(maps.part_for("bologna"), &file[..1000]).unwrap();
        assert_eq!(
            maps.status().unwrap(),
            MapStatus::Paused {
                done: 1000,
                total: file.len() as u64
            }
        );
        // Renamed, then killed before the settings said so.
        std::fs::remove_file(maps.part_for("bologna")).unwrap();
        std::fs::write(maps.file_for("bologna"), &file).unwrap();
        maps.finish_interrupted_install().unwrap();
        let state = maps
            .state(None, &ServiceFilter::default(), &[], Timestamp::now())
            .unwrap();
        assert_eq!(state.status, MapStatus::Ready);
        assert_eq!(
            (state.version, state.min_zoom, state.max_zoom),
            (Some(1), 8, 14)
        );
        assert_eq!(
            state.file.as_deref(),
            Some(dir.path().join("maps/bologna.pmtiles").to_str().unwrap())
        );
        maps.remove().unwrap();
        assert!(!maps.file_for("bologna").exists());
        assert_eq!(maps.status().unwrap(), MapStatus::None);
    }
}
