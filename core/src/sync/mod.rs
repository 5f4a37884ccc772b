//! Sync with the coordinator: pairing, the outbox pushed at most once per operation, the
//! tutor's items and shared records merged field by field, and the territory's content and
//! lessons pulled by the server's cursors, page by page, each page applied with its cursor in
//! one transaction so an interrupted pull resumes where it stopped.
//!
//! The network runs on a tokio runtime owned by the core ([`runtime`]); the apps call the
//! async functions through uniffi (Kotlin `suspend`, Swift `async`).

mod outbox;
pub(crate) mod questions;
mod records;
pub(crate) mod state;

use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, OnceLock};
use std::time::Duration;

use ponte_wire::sync::{
    ApiError, ChangesPage, ConsentCategory, ContentQuery, ItemsPage, OperationBody,
    OperationStatus, PairRequest, PairResponse, RecordKind, SharedRecord, Stamped, SyncRequest,
    SyncResponse,
};
use ponte_wire::ContentChange;
use reqwest::StatusCode;

use crate::error::{InvalidReason, SyncFailure};
use crate::store::Store;
use crate::{Error, Result};

/// Operations per round trip.
const PUSH_BATCH: usize = 200;
const CONNECT_TIMEOUT: Duration = Duration::from_secs(10);
const REQUEST_TIMEOUT: Duration = Duration::from_secs(60);
/// The first retry after a failure, doubled each time up to `MAX_BACKOFF_MS`.
const FIRST_BACKOFF_MS: i64 = 30_000;
const MAX_BACKOFF_MS: i64 = 3_600_000;

/// The runtime the network code runs on, created on first use and kept for the process.
pub fn runtime() -> &'static tokio::runtime::Runtime {
    static RUNTIME: OnceLock<tokio::runtime::Runtime> = OnceLock::new();
    RUNTIME.get_or_init(|| {
        tokio::runtime::Builder::new_multi_thread()
            .worker_threads(1)
            .thread_name("ponte-sync")
            .enable_all()
            .build()
            .expect("a tokio runtime starts")
    })
}

/// Whether a server address keeps the token and the diary out of view on the way: `https://`,
/// or `http://` to this very machine (the demo on 127.0.0.1; an emulator reaches it through
/// `adb reverse`). Anything else in clear would hand them to whoever is on the network.
fn is_secure_enough(server: &str) -> bool {
    let Ok(url) = reqwest::Url::parse(server) else {
        return false;
    };
    match url.scheme() {
        "https" => true,
        "http" => match url.host() {
            Some(url::Host::Domain(name)) => name.eq_ignore_ascii_case("localhost"),
            Some(url::Host::Ipv4(ip)) => ip.is_loopback(),
            Some(url::Host::Ipv6(ip)) => ip.is_loopback(),
            None => false,
        },
        _ => false,
    }
}

/// A phone updated to a build that speaks a newer sync API than its content cursor was reached
/// with reads the content again from 0: the server left out of the older build's pages the
/// kinds of change it did not know (guides, the glossary), and they are behind the cursor now.
/// What is stored stays; the replay brings the rest. A phone that never recorded a version
/// (before versions, or nothing synced yet) is taken as current.
fn restart_content_after_an_update(tx: &rusqlite::Transaction<'_>) -> Result<()> {
    let current = ponte_wire::sync::SYNC_VERSION;
    let reached: Option<u32> =
        state::get(tx, state::CONTENT_SYNC_VERSION)?.and_then(|v| v.parse().ok());
    if reached == Some(current) {
        return Ok(());
    }
    if reached.is_some_and(|v| v < current) {
        state::set(tx, state::CONTENT_CURSOR, "0")?;
    }
    state::set(tx, state::CONTENT_SYNC_VERSION, &current.to_string())
}

fn failure(failure: SyncFailure, detail: impl Into<String>) -> Error {
    Error::Sync {
        failure,
        detail: detail.into(),
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Enum))]
pub enum SyncPhase {
    Pushing,
    Items,
    Content,
    Lessons,
}

/// Told as the sync goes (from the sync's thread).
#[cfg_attr(feature = "uniffi", uniffi::export(with_foreign))]
pub trait SyncProgress: Send + Sync {
    fn progress(&self, phase: SyncPhase, done: u32);
}

#[derive(Debug, Clone, PartialEq, Eq, Default)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
pub struct SyncReport {
    /// Operations the server acknowledged.
    pub pushed: u32,
    /// Operations the server refused (dropped from the outbox; see the detail in the log).
    pub refused: u32,
    /// Shared records and tutor items that came in new or changed from the tutor's side (or
    /// from another phone of the person); the phone's own changes the server returns are not
    /// counted.
    pub items: u32,
    /// Content changes applied.
    pub content_changes: u32,
    /// A newer lesson pack than the one on the phone was installed (not set when the server's
    /// pack is the one already installed, from the shipped dump or the app's assets).
    pub lessons_updated: bool,
    /// Set when nothing was tried because of the backoff after failures.
    pub waiting_until: Option<crate::time::Timestamp>,
    /// The server has a newer lesson pack that this sync left for later (a background sync
    /// with data saver on a connection that costs data); the next sync on Wi-Fi fetches it.
    pub lessons_deferred: bool,
}

#[derive(Debug, Clone, PartialEq, Eq)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
pub struct SyncStatus {
    pub paired: bool,
    pub server: Option<String>,
    pub nickname: Option<String>,
    pub region: Option<String>,
    pub last_success_at: Option<crate::time::Timestamp>,
    /// Changes waiting to be sent.
    pub pending_operations: u32,
    pub last_error: Option<SyncFailure>,
    /// The last error in words, in the person's language.
    pub last_error_text: Option<String>,
    pub next_attempt_at: Option<crate::time::Timestamp>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
pub struct Pairing {
    pub nickname: String,
    pub region: String,
    pub languages: Vec<String>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Enum))]
pub enum TutorItemKind {
    Note,
    Referral,
    Meeting,
    JobOffer,
}

/// Something the tutor prepared: a referral with an appointment, a meeting, an offer, a note.
#[derive(Debug, Clone, PartialEq, Eq)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
pub struct TutorItem {
    /// The item's id, stable across syncs (for `set_tutor_item_done`).
    pub id: String,
    pub kind: TutorItemKind,
    /// What the tutor called it ("Centro per l'impiego").
    pub title: String,
    /// The tutor's details; may be empty.
    pub text: String,
    /// The service a referral sends the person to (see `Services`), if any.
    pub service_id: Option<String>,
    /// When the appointment or meeting is: an instant, milliseconds since the Unix epoch (UTC).
    /// The tutor writes it in Italian local time; the phone converts it once, as Europe/Rome,
    /// when it arrives. `None` for an item without a time (a note, an offer).
    pub at: Option<crate::time::Timestamp>,
    /// Where: the address or room the tutor wrote; may be empty.
    pub place: String,
    /// A link the tutor added (an offer's page); may be empty.
    pub url: String,
    /// The name of the tutor who wrote or last changed the item, as the coordinator knows them
    /// (their account's user name); empty for items from before the coordinator sent it.
    pub tutor: String,
    /// Ticked by the person on this phone; travels back to the tutor.
    pub done: bool,
}

#[derive(Debug, Clone, PartialEq, Eq)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
pub struct Consent {
    pub category: ConsentChoice,
    pub granted: bool,
}

/// What the person may share (mirrors the wire's categories for the bindings).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Enum))]
pub enum ConsentChoice {
    Diary,
    Progress,
    Profile,
    Outcomes,
}

impl From<ConsentChoice> for ConsentCategory {
    fn from(choice: ConsentChoice) -> Self {
        match choice {
            ConsentChoice::Diary => ConsentCategory::Diary,
            ConsentChoice::Progress => ConsentCategory::Progress,
            ConsentChoice::Profile => ConsentCategory::Profile,
            ConsentChoice::Outcomes => ConsentCategory::Outcomes,
        }
    }
}

/// What every sync client of one database shares, whatever the number of `Sync` objects and
/// of `Store`s opened on the file in this process: one sync (or pairing, unpairing, erasing) at
/// a time, and the signal that stops it.
pub(crate) struct Shared {
    /// Held for the whole of a sync, a pairing, an unpairing or an erasure.
    running: tokio::sync::Mutex<()>,
    cancel: tokio::sync::watch::Sender<bool>,
    cancelled: AtomicBool,
}

/// The shared sync state of the database at `path` (made absolute), the same for every store
/// opened on it while one of them is open.
pub(crate) fn shared_for(path: &std::path::Path) -> Arc<Shared> {
    static OPEN: crate::store::PerDatabase<Shared> = crate::store::PerDatabase::new();
    OPEN.get(path, || Shared {
        running: tokio::sync::Mutex::new(()),
        cancel: tokio::sync::watch::channel(false).0,
        cancelled: AtomicBool::new(false),
    })
}

pub struct SyncClient {
    store: Arc<Store>,
    http: reqwest::Client,
    /// Public keys (base64) whose lesson packs this app accepts; shipped with the app.
    trusted_keys: Vec<String>,
}

impl SyncClient {
    pub fn new(store: Arc<Store>, trusted_keys: Vec<String>) -> Self {
        let http = reqwest::Client::builder()
            .connect_timeout(CONNECT_TIMEOUT)
            .timeout(REQUEST_TIMEOUT)
            .user_agent(concat!("ponte/", env!("CARGO_PKG_VERSION")))
            .build()
            .expect("an HTTP client with rustls builds");
        SyncClient {
            store,
            http,
            trusted_keys,
        }
    }

    fn shared(&self) -> &Shared {
        &self.store.sync
    }

    /// The database this client syncs.
    pub(crate) fn store(&self) -> &Arc<Store> {
        &self.store
    }

    /// Stops the running sync of this database at its next step, whichever `Sync` object
    /// started it; what was applied stays applied.
    pub fn cancel(&self) {
        self.shared().cancelled.store(true, Ordering::SeqCst);
        self.shared().cancel.send_replace(true);
    }

    /// Takes this database's turn to talk to the server, shared by every client on the store:
    /// with `wait`, after the sync or pairing running now; without, `Busy` if one is running.
    /// A stop asked for before the turn began does not stop what comes after it.
    async fn turn(&self, wait: bool) -> Result<tokio::sync::MutexGuard<'_, ()>> {
        let turn = if wait {
            self.shared().running.lock().await
        } else {
            self.shared()
                .running
                .try_lock()
                .map_err(|_| failure(SyncFailure::Busy, "a sync is already running"))?
        };
        self.shared().cancelled.store(false, Ordering::SeqCst);
        self.shared().cancel.send_replace(false);
        Ok(turn)
    }

    fn check_cancelled(&self) -> Result<()> {
        if self.shared().cancelled.load(Ordering::SeqCst) {
            return Err(failure(SyncFailure::Cancelled, "cancelled"));
        }
        Ok(())
    }

    /// Sends a request, racing it against `cancel`, and maps transport and HTTP failures.
    async fn send(&self, request: reqwest::RequestBuilder) -> Result<reqwest::Response> {
        let mut cancelled = self.shared().cancel.subscribe();
        // Every request says which version of the sync API this build speaks: the server
        // answers an app too old for it with "update required", and sends it only what it knows.
        let request = request.header(
            ponte_wire::sync::SYNC_VERSION_HEADER,
            ponte_wire::sync::SYNC_VERSION.to_string(),
        );
        let response = tokio::select! {
            _ = cancelled.wait_for(|c| *c) => return Err(failure(SyncFailure::Cancelled, "cancelled")),
            response = request.send() => response,
        };
        let response = response.map_err(|e| failure(SyncFailure::Offline, e.to_string()))?;
        let status = response.status();
        if status.is_success() || status == StatusCode::NOT_MODIFIED || status == StatusCode::GONE {
            return Ok(response);
        }
        let refusal = response.json::<ApiError>().await.ok();
        let detail = refusal
            .as_ref()
            .map(|e| format!("{}: {}", e.code, e.message))
            .unwrap_or_else(|| status.to_string());
        // The server's stable code says what happened (its message is for logs); the status
        // says it when the answer has no code.
        let by_code = refusal.as_ref().and_then(|e| match e.code.as_str() {
            ponte_wire::sync::BAD_CODE => Some(SyncFailure::BadCode),
            ponte_wire::sync::UPDATE_REQUIRED => Some(SyncFailure::UpdateRequired),
            ponte_wire::sync::TOO_MANY_ATTEMPTS => Some(SyncFailure::TooManyAttempts),
            _ => None,
        });
        Err(failure(
            by_code.unwrap_or(match status {
                StatusCode::UNAUTHORIZED => SyncFailure::Unpaired,
                StatusCode::UPGRADE_REQUIRED => SyncFailure::UpdateRequired,
                StatusCode::TOO_MANY_REQUESTS => SyncFailure::TooManyAttempts,
                s if s.is_server_error() => SyncFailure::Server,
                _ => SyncFailure::Refused,
            }),
            detail,
        ))
    }

    async fn body_json<T: serde::de::DeserializeOwned>(
        &self,
        response: reqwest::Response,
    ) -> Result<T> {
        let bytes = self.read_body(response).await?;
        serde_json::from_slice(&bytes).map_err(|e| failure(SyncFailure::BadAnswer, e.to_string()))
    }

    /// Reads an answer's body, racing it against `cancel` like [`SyncClient::send`]: a lesson
    /// pack arriving slowly must not hold a background task past its expiry.
    async fn read_body(
        &self,
        response: reqwest::Response,
    ) -> Result<impl std::ops::Deref<Target = [u8]>> {
        let mut cancelled = self.shared().cancel.subscribe();
        tokio::select! {
            _ = cancelled.wait_for(|c| *c) => Err(failure(SyncFailure::Cancelled, "cancelled")),
            bytes = response.bytes() => {
                bytes.map_err(|e| failure(SyncFailure::Offline, e.to_string()))
            }
        }
    }

    fn paired_state(&self) -> Result<(String, String)> {
        self.store.read(|conn| {
            match (
                state::get(conn, state::SERVER)?,
                state::get(conn, state::TOKEN)?,
            ) {
                (Some(server), Some(token)) => Ok((server, token)),
                _ => Err(failure(SyncFailure::NotPaired, "not paired")),
            }
        })
    }

    /// Pairs this phone with the beneficiary record behind a tutor's code. `languages` are the
    /// content languages to download (empty: the ones the tutor recorded).
    pub async fn pair(
        &self,
        server: &str,
        code: &str,
        device_name: &str,
        languages: Vec<String>,
    ) -> Result<Pairing> {
        let server = server.trim().trim_end_matches('/').to_owned();
        if !(server.starts_with("https://") || server.starts_with("http://")) {
            return Err(Error::invalid(
                crate::fields::PairingField::Server,
                InvalidReason::OutOfRange,
            ));
        }
        if !is_secure_enough(&server) {
            return Err(Error::invalid(
                crate::fields::PairingField::Server,
                InvalidReason::NotSecure,
            ));
        }
        if code.trim().is_empty() {
            return Err(Error::invalid(
                crate::fields::PairingField::Code,
                InvalidReason::Required,
            ));
        }
        let _turn = self.turn(true).await?;
        if self
            .store
            .read(|conn| state::get(conn, state::TOKEN))?
            .is_some()
        {
            return Err(Error::AlreadyPaired);
        }
        let request = self
            .http
            .post(format!("{server}/api/v1/pair"))
            .json(&PairRequest {
                code: code.trim().to_owned(),
                device_name: device_name.to_owned(),
            });
        let response = self.send(request).await?;
        let paired: PairResponse = self.body_json(response).await?;
        let languages = if languages.is_empty() {
            paired.languages.clone()
        } else {
            languages
        };
        self.store.write(|tx| {
            state::set(tx, state::SERVER, &server)?;
            state::set(tx, state::TOKEN, &paired.device_token)?;
            state::set(tx, state::DEVICE, &paired.device_id)?;
            state::set(tx, state::BENEFICIARY, &paired.beneficiary_id)?;
            state::set(tx, state::NICKNAME, &paired.nickname)?;
            state::set(tx, state::LANGUAGES, &languages.join(","))?;
            let node = u32::from_le_bytes(
                uuid::Uuid::new_v4().as_bytes()[..4]
                    .try_into()
                    .expect("4 bytes"),
            ) | 1;
            state::set(tx, state::NODE, &node.to_string())?;
            state::set(tx, state::ITEMS_CURSOR, "0")?;
            // Content from the shipped dump is kept when it is the same territory.
            if state::get(tx, state::REGION)?.as_deref() != Some(paired.region.as_str()) {
                state::set(tx, state::REGION, &paired.region)?;
                state::set(tx, state::CONTENT_CURSOR, "0")?;
                if tx.query_row("SELECT count(*) FROM service", [], |r| r.get::<_, i64>(0))? > 0 {
                    state::set(tx, state::REBUILDING, "1")?;
                }
            }
            for key in [state::LAST_ERROR, state::FAILURES, state::NEXT_ATTEMPT] {
                state::remove(tx, key)?;
            }
            Ok(())
        })?;
        Ok(Pairing {
            nickname: paired.nickname,
            region: paired.region,
            languages,
        })
    }

    /// One whole sync: push the outbox, pull the items, the content and the lessons. With
    /// `force` false, a sync during the backoff after failures does nothing.
    pub async fn sync_now(
        &self,
        force: bool,
        progress: Option<Arc<dyn SyncProgress>>,
    ) -> Result<SyncReport> {
        self.sync_with(force, true, progress).await
    }

    /// [`SyncClient::sync_now`], and with `big_downloads` false the lesson pack is not
    /// downloaded (the report says `lessons_deferred` when the server has a newer one).
    pub(crate) async fn sync_with(
        &self,
        force: bool,
        big_downloads: bool,
        progress: Option<Arc<dyn SyncProgress>>,
    ) -> Result<SyncReport> {
        let _turn = self.turn(false).await?;
        let (server, token) = self.paired_state()?;
        let now = crate::time::now_ms();
        if !force {
            let next =
                self.store
                    .read(|conn| state::get_u64(conn, state::NEXT_ATTEMPT))? as i64;
            if next > now {
                return Ok(SyncReport {
                    waiting_until: Some(crate::time::Timestamp::from_millis(next)),
                    ..SyncReport::default()
                });
            }
        }
        let result = self
            .sync_steps(&server, &token, big_downloads, progress.as_deref())
            .await;
        let now = crate::time::now_ms();
        match &result {
            Ok(_) => self.store.write(|tx| {
                state::set(tx, state::LAST_SUCCESS, &now.to_string())?;
                for key in [state::LAST_ERROR, state::FAILURES, state::NEXT_ATTEMPT] {
                    state::remove(tx, key)?;
                }
                Ok(())
            })?,
            Err(Error::Sync { failure, .. }) => {
                self.record_failure(*failure)?;
            }
            // Not the network's fault (the database, say): said, but no backoff.
            Err(_) => self
                .store
                .write(|tx| state::set(tx, state::LAST_ERROR, SyncFailure::BadAnswer.code()))?,
        }
        result
    }

    /// Notes a failed sync: its kind for the status, and, unless it was stopped on request,
    /// one more failure in a row, so the next attempt waits longer (30 s, doubled each time up
    /// to an hour, each wait drawn at random in its upper half so that phones which failed
    /// together do not come back together). Returns when the next attempt may be.
    pub(crate) fn record_failure(
        &self,
        failure: SyncFailure,
    ) -> Result<Option<crate::time::Timestamp>> {
        let now = crate::time::now_ms();
        self.store.write(|tx| {
            state::set(tx, state::LAST_ERROR, failure.code())?;
            if failure == SyncFailure::Cancelled {
                return Ok(None);
            }
            let failures = state::get_u64(tx, state::FAILURES)? + 1;
            let next = now + backoff_wait(failures);
            state::set(tx, state::FAILURES, &failures.to_string())?;
            state::set(tx, state::NEXT_ATTEMPT, &next.to_string())?;
            Ok(Some(crate::time::Timestamp::from_millis(next)))
        })
    }

    /// Rounds of `POST /api/v1/sync` until the outbox is empty and every page is in; then the
    /// lesson pack when the server has a newer one. Nothing changed: one round trip.
    async fn sync_steps(
        &self,
        server: &str,
        token: &str,
        big_downloads: bool,
        progress: Option<&dyn SyncProgress>,
    ) -> Result<SyncReport> {
        let mut report = SyncReport::default();
        let tell = |phase, done| {
            if let Some(p) = progress {
                p.progress(phase, done);
            }
        };
        let now = crate::time::now_ms();
        self.store.write(|tx| {
            outbox::prepare(tx)?;
            restart_content_after_an_update(tx)?;
            outbox::queue_outcomes(tx, now)
        })?;
        let newer_pack = loop {
            self.check_cancelled()?;
            let (operations, items_since, content, pack_version) = self.store.read(|conn| {
                let languages = state::get(conn, state::LANGUAGES)?.unwrap_or_default();
                Ok((
                    outbox::next_batch(conn, PUSH_BATCH)?,
                    state::get_u64(conn, state::ITEMS_CURSOR)?,
                    ContentQuery {
                        region: state::get(conn, state::REGION)?.unwrap_or_default(),
                        since: state::get_u64(conn, state::CONTENT_CURSOR)?,
                        languages: languages
                            .split(',')
                            .filter(|l| !l.is_empty())
                            .map(str::to_owned)
                            .collect(),
                    },
                    state::get_u64(conn, state::PACK_VERSION)? as u32,
                ))
            })?;
            let sent = operations.len();
            let request = self
                .http
                .post(format!("{server}/api/v1/sync"))
                .bearer_auth(token)
                .json(&SyncRequest {
                    operations,
                    items_since,
                    content,
                    pack_version,
                });
            let answer: SyncResponse = self.body_json(self.send(request).await?).await?;
            if answer.results.len() != sent {
                return Err(failure(
                    SyncFailure::BadAnswer,
                    "the server did not answer every operation",
                ));
            }
            // Acknowledgements first: those operations never need sending again.
            self.store.write(|tx| {
                for result in &answer.results {
                    outbox::acknowledge(tx, &result.id)?;
                    match result.status {
                        OperationStatus::Applied | OperationStatus::Duplicate => report.pushed += 1,
                        OperationStatus::Conflict | OperationStatus::Rejected => {
                            report.refused += 1
                        }
                    }
                }
                Ok(())
            })?;
            if sent > 0 {
                tell(SyncPhase::Pushing, report.pushed);
            }
            let received = self.apply_items(&answer.items)?;
            report.items += received;
            if received > 0 {
                tell(SyncPhase::Items, report.items);
            }
            let content_more = match answer.content {
                Some(page) => {
                    let more = page.more;
                    report.content_changes += self.apply_content(page)?;
                    tell(SyncPhase::Content, report.content_changes);
                    more
                }
                None => {
                    // The server no longer knows this cursor: download again from the start,
                    // keeping the person's own data, and drop what the new download lacks.
                    self.store.write(|tx| {
                        state::set(tx, state::CONTENT_CURSOR, "0")?;
                        state::set(tx, state::REBUILDING, "1")?;
                        tx.execute("DELETE FROM sync_fresh", [])?;
                        Ok(())
                    })?;
                    true
                }
            };
            let outbox_left = self.store.read(|conn| outbox::next_batch(conn, 1))?;
            if outbox_left.is_empty() && !answer.items.more && !content_more {
                break answer.pack_version;
            }
        };
        if newer_pack.is_some() && !big_downloads {
            report.lessons_deferred = true;
        } else if newer_pack.is_some() {
            self.check_cancelled()?;
            report.lessons_updated = self.fetch_pack(server).await?;
            tell(SyncPhase::Lessons, 1);
        }
        Ok(report)
    }

    /// Merges a page of shared records and tutor items, and moves the items cursor, in one
    /// transaction; how many records it changed on this phone (the phone's own changes coming
    /// back from the server change nothing and are not counted).
    fn apply_items(&self, page: &ItemsPage) -> Result<u32> {
        self.store.write(|tx| {
            // Changes made while we were away from the database become operations first, so
            // what comes in is merged with them and cannot overwrite them.
            outbox::prepare(tx)?;
            tx.execute("INSERT INTO sync_applying (since) VALUES (0)", [])?;
            let mut changed = 0;
            for incoming in &page.records {
                let known = outbox::record_state(tx, incoming.kind, &incoming.id)?;
                let mut merged = known.clone().unwrap_or_else(|| SharedRecord {
                    kind: incoming.kind,
                    id: incoming.id.clone(),
                    fields: Default::default(),
                    deleted: None,
                });
                merged.merge(incoming);
                if known.as_ref() != Some(&merged) {
                    changed += 1;
                }
                state::saw(tx, incoming.newest())?;
                outbox::save_record_state(tx, &merged)?;
                let shared = match incoming.kind.consent() {
                    Some(category) => outbox::consented(tx, category)?,
                    None => true,
                };
                if shared {
                    records::apply_own(tx, &merged)?;
                }
            }
            tx.execute("DELETE FROM sync_applying", [])?;
            state::set(tx, state::ITEMS_CURSOR, &page.cursor.to_string())?;
            Ok(changed)
        })
    }

    /// Applies a page of content with its cursor in one transaction; how many changes.
    fn apply_content(&self, page: ChangesPage) -> Result<u32> {
        let count = page.changes.len() as u32;
        let (more, cursor) = (page.more, page.cursor);
        // A large page (a first download, a region changed) takes seconds on a slow phone:
        // `cancel()` stops it where it is and the page is rolled back whole.
        let sync = self.store.sync.clone();
        let applied = self.store.write_bulk_until(
            move || sync.cancelled.load(Ordering::SeqCst),
            |tx| {
                let rebuilding = state::get(tx, state::REBUILDING)?.is_some();
                if rebuilding {
                    let mut fresh =
                        tx.prepare_cached("INSERT OR IGNORE INTO sync_fresh (id) VALUES (?1)")?;
                    for change in &page.changes {
                        if let ContentChange::UpsertService { service } = change {
                            fresh.execute([&service.id])?;
                        }
                    }
                }
                crate::services::apply_in(tx, page.changes)?;
                state::set(tx, state::CONTENT_CURSOR, &cursor.to_string())?;
                if rebuilding && !more {
                    tx.execute(
                        "DELETE FROM service WHERE id NOT IN (SELECT id FROM sync_fresh)",
                        [],
                    )?;
                    tx.execute("DELETE FROM sync_fresh", [])?;
                    state::remove(tx, state::REBUILDING)?;
                }
                Ok(())
            },
        );
        if applied.is_err() {
            self.check_cancelled()?;
        }
        applied?;
        if count > 0 {
            self.store.content_changed();
        }
        Ok(count)
    }

    /// Downloads and installs the newest lesson pack; whether a newer pack was installed.
    async fn fetch_pack(&self, server: &str) -> Result<bool> {
        let have = self
            .store
            .read(|conn| state::get_u64(conn, state::PACK_VERSION))?;
        let request = self
            .http
            .get(format!("{server}/api/v1/lessons/pack"))
            .header("if-none-match", format!("\"v{have}\""));
        match self.send(request).await {
            Ok(response) if response.status() == StatusCode::OK => {
                let bytes = self.read_body(response).await?;
                let lessons = crate::lessons::Lessons::new(self.store.clone());
                match lessons.install_pack(&bytes, &self.trusted_keys) {
                    Ok(info) => {
                        self.store.write(|tx| {
                            state::set(tx, state::PACK_VERSION, &info.version.to_string())
                        })?;
                        // The same version as the one installed (from the app's assets, say)
                        // is no update.
                        Ok(info.changed)
                    }
                    Err(Error::Pack(crate::error::PackProblem::Older)) => Ok(false),
                    Err(e) => Err(failure(SyncFailure::BadAnswer, format!("lesson pack: {e}"))),
                }
            }
            Ok(_) => Ok(false),
            Err(Error::Sync {
                failure: SyncFailure::Refused,
                detail,
            }) if detail.starts_with("no-pack") => Ok(false),
            Err(e) => Err(e),
        }
    }

    pub fn status(&self, languages: &[String]) -> Result<SyncStatus> {
        status(&self.store, languages)
    }

    fn forget_pairing(&self) -> Result<()> {
        self.store.write(|tx| {
            for key in [
                state::SERVER,
                state::TOKEN,
                state::DEVICE,
                state::BENEFICIARY,
                state::NICKNAME,
                state::ITEMS_CURSOR,
                state::LAST_ERROR,
                state::FAILURES,
                state::NEXT_ATTEMPT,
            ] {
                state::remove(tx, key)?;
            }
            tx.execute_batch(
                "DELETE FROM sync_outbox; DELETE FROM sync_dirty; DELETE FROM sync_record;",
            )?;
            Ok(())
        })
    }

    /// This phone stops syncing and the server revokes its token. The diary stays on the phone.
    /// A sync running on this database is stopped first (as by [`SyncClient::cancel`]).
    pub async fn unpair(&self) -> Result<()> {
        self.cancel();
        let _turn = self.turn(true).await?;
        let (server, token) = self.paired_state()?;
        match self
            .send(
                self.http
                    .post(format!("{server}/api/v1/unpair"))
                    .bearer_auth(&token),
            )
            .await
        {
            Ok(_)
            | Err(Error::Sync {
                failure: SyncFailure::Unpaired,
                ..
            }) => self.forget_pairing(),
            Err(e) => Err(e),
        }
    }

    /// Removes the person's data from the server, then from this phone (the diary, progress,
    /// reports, tutor items). The territory's content and the lessons stay. A sync running on
    /// this database is stopped first (as by [`SyncClient::cancel`]).
    pub async fn erase_everywhere(&self) -> Result<()> {
        self.cancel();
        let _turn = self.turn(true).await?;
        let (server, token) = self.paired_state()?;
        match self
            .send(
                self.http
                    .post(format!("{server}/api/v1/erase"))
                    .bearer_auth(&token),
            )
            .await
        {
            Ok(_)
            | Err(Error::Sync {
                failure: SyncFailure::Unpaired,
                ..
            }) => {}
            Err(e) => return Err(e),
        }
        self.forget_pairing()?;
        self.store.write(|tx| {
            tx.execute("INSERT INTO sync_applying (since) VALUES (0)", [])?;
            tx.execute_batch(
                "DELETE FROM application; DELETE FROM next_action; DELETE FROM document; DELETE FROM meeting;
                 DELETE FROM profile; DELETE FROM profile_language; DELETE FROM work_experience; DELETE FROM education;
                 DELETE FROM skill; DELETE FROM certificate; DELETE FROM lesson_progress; DELETE FROM lesson_attempt;
                 DELETE FROM service_favourite; DELETE FROM service_viewed; DELETE FROM service_report;
                 DELETE FROM tutor_item; DELETE FROM tutor_question; DELETE FROM sync_consent; DELETE FROM sync_state WHERE key = 'outcomes_sent';
                 DELETE FROM sync_applying;",
            )?;
            Ok(())
        })
    }

    pub fn set_consent(&self, category: ConsentChoice, granted: bool) -> Result<()> {
        self.store
            .write(|tx| outbox::set_consent(tx, category.into(), granted))
    }

    pub fn consents(&self) -> Result<Vec<Consent>> {
        self.store.read(|conn| {
            [
                ConsentChoice::Diary,
                ConsentChoice::Progress,
                ConsentChoice::Profile,
                ConsentChoice::Outcomes,
            ]
            .into_iter()
            .map(|category| {
                Ok(Consent {
                    category,
                    granted: outbox::consented(conn, category.into())?,
                })
            })
            .collect()
        })
    }

    /// The tutor's items: open ones first, those with a time soonest first.
    pub fn tutor_items(&self) -> Result<Vec<TutorItem>> {
        self.store.read(|conn| {
            let mut stmt = conn.prepare_cached(
                "SELECT id, kind, title, text, service_id, at_ms, place, url, done, tutor FROM tutor_item
                 ORDER BY done, at_ms IS NULL, at_ms, updated_at DESC",
            )?;
            let rows = stmt.query_map([], |r| {
                let kind: String = r.get(1)?;
                Ok(TutorItem {
                    id: r.get(0)?,
                    kind: match kind.as_str() {
                        "referral" => TutorItemKind::Referral,
                        "tutor_meeting" => TutorItemKind::Meeting,
                        "job_offer" => TutorItemKind::JobOffer,
                        _ => TutorItemKind::Note,
                    },
                    title: r.get(2)?,
                    text: r.get(3)?,
                    service_id: r.get(4)?,
                    at: r.get(5)?,
                    place: r.get(6)?,
                    url: r.get(7)?,
                    done: r.get(8)?,
                    tutor: r.get(9)?,
                })
            })?;
            Ok(rows.collect::<rusqlite::Result<_>>()?)
        })
    }

    /// Installs the content dump shipped with the app: the territory at the dump's cursor and the
    /// lessons, so the app works offline from its first launch and syncs forward from there. A
    /// dump older than what the phone already has changes nothing. Returns whether it applied.
    pub fn install_dump(&self, bytes: &[u8]) -> Result<bool> {
        let keys: Vec<ponte_wire::pack::VerifyingKey> = self
            .trusted_keys
            .iter()
            .filter_map(|k| ponte_wire::pack::public_key_from_base64(k).ok())
            .collect();
        let dump = ponte_wire::dump::verify(bytes, &keys)
            .map_err(|e| Error::Pack(crate::error::PackProblem::from(&e)))?;
        let region = dump.manifest.region.clone();
        let cursor = dump.manifest.cursor;
        let applied = self.store.write_bulk(|tx| {
            let same_region = state::get(tx, state::REGION)?.as_deref() == Some(region.as_str());
            if same_region && state::get_u64(tx, state::CONTENT_CURSOR)? >= cursor {
                return Ok(false);
            }
            crate::services::apply_in(
                tx,
                dump.services
                    .into_iter()
                    .map(|service| ContentChange::UpsertService { service })
                    .chain(
                        dump.guides
                            .into_iter()
                            .map(|guide| ContentChange::UpsertGuide { guide }),
                    )
                    .chain(
                        dump.glossary
                            .into_iter()
                            .map(|concept| ContentChange::UpsertConcept { concept }),
                    ),
            )?;
            state::set(tx, state::REGION, &region)?;
            state::set(tx, state::CONTENT_CURSOR, &cursor.to_string())?;
            // The dump has every kind of content this build knows.
            state::set(
                tx,
                state::CONTENT_SYNC_VERSION,
                &ponte_wire::sync::SYNC_VERSION.to_string(),
            )?;
            Ok(true)
        })?;
        self.store.content_changed();
        if let Some(pack) = dump.pack {
            let lessons = crate::lessons::Lessons::new(self.store.clone());
            match lessons.install_pack(&pack, &self.trusted_keys) {
                Ok(info) => self
                    .store
                    .write(|tx| state::set(tx, state::PACK_VERSION, &info.version.to_string()))?,
                Err(Error::Pack(crate::error::PackProblem::Older)) => {}
                Err(e) => return Err(e),
            }
        }
        Ok(applied)
    }

    /// Marks a tutor's item done (or not): the tutor sees it at the next sync.
    pub fn set_tutor_item_done(&self, id: &str, done: bool) -> Result<()> {
        self.store.write(|tx| {
            let kind: Option<String> = rusqlite::OptionalExtension::optional(tx.query_row(
                "SELECT kind FROM tutor_item WHERE id = ?1",
                [id],
                |r| r.get(0),
            ))?;
            let Some(kind) = kind.and_then(|k| RecordKind::parse(&k)) else {
                return Err(Error::not_found("tutor item", id));
            };
            tx.execute(
                "UPDATE tutor_item SET done = ?2, updated_at = ?3 WHERE id = ?1",
                rusqlite::params![id, done, crate::time::now_ms()],
            )?;
            let stamp = state::stamp(tx, crate::time::now_ms())?;
            let change = SharedRecord {
                kind,
                id: id.to_owned(),
                fields: [(
                    "done".to_owned(),
                    Stamped {
                        value: serde_json::Value::Bool(done),
                        at: stamp,
                    },
                )]
                .into(),
                deleted: None,
            };
            let mut merged = outbox::record_state(tx, kind, id)?.unwrap_or_else(|| change.clone());
            merged.merge(&change);
            outbox::save_record_state(tx, &merged)?;
            outbox::enqueue(tx, None, &OperationBody::Record { record: change })
        })
    }
}

/// The wait before the attempt after `failures` failures in a row: 30 s doubled each time up
/// to an hour, drawn at random in `[half, whole]` of that ("equal jitter").
fn backoff_wait(failures: u64) -> i64 {
    let whole = (FIRST_BACKOFF_MS << failures.saturating_sub(1).min(10)).min(MAX_BACKOFF_MS);
    let random = u64::from_le_bytes(
        uuid::Uuid::new_v4().as_bytes()[..8]
            .try_into()
            .expect("8 bytes"),
    );
    whole / 2 + (random % (whole as u64 / 2 + 1)) as i64
}

/// Whether this phone is paired with a coordinator.
/// Where sync stands, read from the database alone (no client, no network): the home
/// screen's sync line and the settings screen.
pub(crate) fn status(store: &Store, languages: &[String]) -> Result<SyncStatus> {
    store.read(|conn| {
        let last_error =
            state::get(conn, state::LAST_ERROR)?.and_then(|c| SyncFailure::from_code(&c));
        let number = |key| -> Result<Option<crate::time::Timestamp>> {
            Ok(state::get(conn, key)?
                .and_then(|v| v.parse().ok())
                .map(crate::time::Timestamp::from_millis))
        };
        Ok(SyncStatus {
            paired: state::get(conn, state::TOKEN)?.is_some(),
            server: state::get(conn, state::SERVER)?,
            nickname: state::get(conn, state::NICKNAME)?,
            region: state::get(conn, state::REGION)?,
            last_success_at: number(state::LAST_SUCCESS)?,
            pending_operations: outbox::pending(conn)?,
            last_error,
            last_error_text: last_error.map(|f| {
                crate::i18n::Catalogue::get()
                    .t(languages, &format!("error-sync-{}", f.code()), &[])
                    .text
            }),
            next_attempt_at: number(state::NEXT_ATTEMPT)?,
        })
    })
}

pub(crate) fn is_paired(store: &Store) -> Result<bool> {
    store.read(|conn| Ok(state::get(conn, state::TOKEN)?.is_some()))
}

/// The failures in a row since the last successful sync, and when the next attempt may be.
pub(crate) fn backoff(store: &Store) -> Result<(u32, Option<crate::time::Timestamp>)> {
    store.read(|conn| {
        Ok((
            state::get_u64(conn, state::FAILURES)?.min(u32::MAX as u64) as u32,
            state::get(conn, state::NEXT_ATTEMPT)?
                .and_then(|v| v.parse().ok())
                .map(crate::time::Timestamp::from_millis),
        ))
    })
}

/// Makes the phone look paired with `server`, for tests that need no real pairing.
#[cfg(test)]
pub(crate) fn pretend_paired(store: &Store, server: &str) {
    store
        .write(|tx| {
            state::set(tx, state::SERVER, server)?;
            state::set(tx, state::TOKEN, "token")?;
            state::set(tx, state::REGION, "bologna")
        })
        .unwrap();
}

/// `2026-12-01T09:30` in Italy → ms since the epoch.
pub(crate) fn rome_ms(text: &str) -> Option<i64> {
    let civil: jiff::civil::DateTime = text.parse().ok()?;
    civil
        .to_zoned(crate::services::hours::rome().clone())
        .ok()
        .map(|z| z.timestamp().as_millisecond())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn is_busy<T: std::fmt::Debug>(result: &Result<T>) -> bool {
        matches!(
            result,
            Err(Error::Sync {
                failure: SyncFailure::Busy,
                ..
            })
        )
    }

    #[test]
    fn one_sync_at_a_time_per_database_whatever_the_clients_and_stores() {
        let (_dir, store) = crate::store::tests::temp_store();
        let store = Arc::new(store);
        // The same file opened a second time in the process (a background job, say).
        let again = Arc::new(Store::open(store.path(), &crate::store::tests::KEY).unwrap());
        let first = SyncClient::new(store.clone(), Vec::new());
        let others = [
            SyncClient::new(store.clone(), Vec::new()),
            SyncClient::new(again, Vec::new()),
        ];
        runtime().block_on(async {
            let turn = first.turn(false).await.unwrap();
            for other in &others {
                let second = other.sync_now(true, None).await;
                assert!(is_busy(&second), "{second:?}");
                // Pairing, unpairing and erasing wait for the running sync.
                let wait = Duration::from_millis(50);
                assert!(tokio::time::timeout(
                    wait,
                    other.pair("http://127.0.0.1:9", "ABCD", "", vec![])
                )
                .await
                .is_err());
                assert!(tokio::time::timeout(wait, other.unpair()).await.is_err());
                assert!(tokio::time::timeout(wait, other.erase_everywhere())
                    .await
                    .is_err());
            }
            drop(turn);
            for other in &others {
                let after = other.sync_now(true, None).await;
                assert!(
                    matches!(
                        after,
                        Err(Error::Sync {
                            failure: SyncFailure::NotPaired,
                            ..
                        })
                    ),
                    "free again: {after:?}"
                );
            }
        });
        // Another database has its own turn.
        let (_other_dir, other_store) = crate::store::tests::temp_store();
        let elsewhere = SyncClient::new(Arc::new(other_store), Vec::new());
        runtime().block_on(async {
            let _turn = first.turn(false).await.unwrap();
            assert!(!is_busy(&elsewhere.sync_now(true, None).await));
        });
    }

    fn is_cancelled<T: std::fmt::Debug>(result: &Result<T>) -> bool {
        matches!(
            result,
            Err(Error::Sync {
                failure: SyncFailure::Cancelled,
                ..
            })
        )
    }

    /// A first download's page of `count` services in three languages.
    fn large_page(count: usize) -> ChangesPage {
        ChangesPage {
            changes: ponte_wire::synthetic::territory(count, &["it", "en", "ar"], 7)
                .map(|service| ContentChange::UpsertService { service })
                .collect(),
            cursor: 42,
            more: false,
        }
    }

    fn services_and_cursor(store: &Store) -> (u64, u64) {
        store
            .read(|conn| {
                let services: i64 =
                    conn.query_row("SELECT count(*) FROM service", [], |r| r.get(0))?;
                Ok((
                    services as u64,
                    state::get_u64(conn, state::CONTENT_CURSOR)?,
                ))
            })
            .unwrap()
    }

    #[test]
    fn a_cancelled_content_page_is_rolled_back_whole_and_the_database_stays_usable() {
        let (_dir, store) = crate::store::tests::temp_store();
        let client = SyncClient::new(Arc::new(store), Vec::new());
        client.cancel();
        let applied = client.apply_content(large_page(50));
        assert!(is_cancelled(&applied), "{applied:?}");
        assert_eq!(services_and_cursor(&client.store), (0, 0));
        // The writer serves the person's edits afterwards: no interruption is left behind.
        client.shared().cancelled.store(false, Ordering::SeqCst);
        client.cancel();
        crate::diary::Diary::new(client.store.clone())
            .add_application(
                &crate::diary::test_support::details("Coop", "Cuoco"),
                crate::diary::Stage::Applied,
                None,
            )
            .unwrap();
        client.shared().cancelled.store(false, Ordering::SeqCst);
        assert_eq!(client.apply_content(large_page(50)).unwrap(), 50);
        assert_eq!(services_and_cursor(&client.store), (50, 42));
    }

    #[test]
    fn cancel_stops_a_long_content_page_while_it_is_being_applied() {
        let (_dir, store) = crate::store::tests::temp_store();
        let client = Arc::new(SyncClient::new(Arc::new(store), Vec::new()));
        // Seconds of work: the cancel below lands in the middle of it.
        let page = large_page(20_000);
        let applying = {
            let client = client.clone();
            std::thread::spawn(move || {
                let started = std::time::Instant::now();
                (client.apply_content(page), started)
            })
        };
        while !client.store.writer_busy() {
            std::thread::sleep(Duration::from_millis(1));
        }
        client.cancel();
        let (applied, started) = applying.join().unwrap();
        assert!(
            is_cancelled(&applied),
            "applied whole in {:?} before the cancel: {applied:?}",
            started.elapsed()
        );
        assert_eq!(services_and_cursor(&client.store), (0, 0));
        let integrity: String = client
            .store
            .read(|conn| Ok(conn.query_row("PRAGMA integrity_check", [], |r| r.get(0))?))
            .unwrap();
        assert_eq!(integrity, "ok");
    }

    /// A server that answers one request with `status` and an `ApiError` of `code`, and gives
    /// the request it heard (lowercase).
    async fn refusing_once(
        status: &'static str,
        code: &'static str,
    ) -> (String, tokio::task::JoinHandle<String>) {
        use tokio::io::{AsyncReadExt, AsyncWriteExt};
        let server = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
        let address = format!("http://{}", server.local_addr().unwrap());
        let heard = tokio::spawn(async move {
            let (mut socket, _) = server.accept().await.unwrap();
            let mut request = Vec::new();
            let mut buffer = [0u8; 4096];
            while !request.windows(4).any(|w| w == b"\r\n\r\n") {
                let n = socket.read(&mut buffer).await.unwrap();
                request.extend_from_slice(&buffer[..n]);
            }
            let body = format!(r#"{{"code":"{code}","message":"refused"}}"#);
            let answer = format!(
                "HTTP/1.1 {status}\r\ncontent-type: application/json\r\nponte-sync-version: 9\r\ncontent-length: {}\r\nconnection: close\r\n\r\n{body}",
                body.len()
            );
            socket.write_all(answer.as_bytes()).await.unwrap();
            String::from_utf8_lossy(&request).to_lowercase()
        });
        (address, heard)
    }

    /// The person reads the error's message in every language the catalogue has.
    fn told_in_every_language(error: Error) {
        let key = crate::error::PonteError::from(error).message_key();
        let catalogue = crate::i18n::Catalogue::get();
        for locale in catalogue.locales() {
            assert!(catalogue.has(locale, &key), "{locale} has no {key}");
        }
    }

    #[test]
    fn every_request_says_its_sync_version_and_a_server_too_new_for_it_asks_for_an_update() {
        let (_dir, store) = crate::store::tests::temp_store();
        let sync = SyncClient::new(Arc::new(store), Vec::new());
        runtime().block_on(async {
            // A server that no longer speaks this build's version, as the coordinator answers.
            let (address, heard) = refusing_once("426 Upgrade Required", "update-required").await;
            let refused = sync.pair(&address, "ABCD-EFGH", "", vec![]).await;
            let request = heard.await.unwrap();
            assert!(
                request.contains(&format!(
                    "ponte-sync-version: {}",
                    ponte_wire::sync::SYNC_VERSION
                )),
                "{request}"
            );
            let Err(error) = refused else {
                panic!("{refused:?}")
            };
            assert!(
                matches!(
                    error,
                    Error::Sync {
                        failure: SyncFailure::UpdateRequired,
                        ..
                    }
                ),
                "{error:?}"
            );
            // The person reads "please update" in their language, not a failure.
            told_in_every_language(error);
        });
    }

    #[test]
    fn too_many_wrong_codes_from_the_network_is_told_as_a_wait() {
        let (_dir, store) = crate::store::tests::temp_store();
        let store = Arc::new(store);
        let sync = SyncClient::new(store.clone(), Vec::new());
        runtime().block_on(async {
            let (address, _heard) =
                refusing_once("429 Too Many Requests", "too-many-attempts").await;
            let refused = sync.pair(&address, "ABCD-EFGH", "", vec![]).await;
            let Err(error) = refused else {
                panic!("{refused:?}")
            };
            assert!(
                matches!(
                    error,
                    Error::Sync {
                        failure: SyncFailure::TooManyAttempts,
                        ..
                    }
                ),
                "{error:?}"
            );
            assert_eq!(
                store.read(|conn| state::get(conn, state::TOKEN)).unwrap(),
                None
            );
            told_in_every_language(error);
        });
    }

    #[test]
    fn after_an_update_to_a_newer_sync_version_the_content_is_read_again_from_the_start() {
        use tokio::io::{AsyncReadExt, AsyncWriteExt};
        let (_dir, store) = crate::store::tests::temp_store();
        let store = Arc::new(store);
        let sync = SyncClient::new(store.clone(), Vec::new());
        runtime().block_on(async {
            // A coordinator with nothing new: it answers each sync and tells the content cursor
            // the phone asked from.
            let server = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
            let address = format!("http://{}", server.local_addr().unwrap());
            let asked_from = tokio::spawn(async move {
                let mut since = Vec::new();
                for _ in 0..2 {
                    let (mut socket, _) = server.accept().await.unwrap();
                    let mut request = Vec::new();
                    let mut buffer = [0u8; 8192];
                    let body = loop {
                        let n = socket.read(&mut buffer).await.unwrap();
                        request.extend_from_slice(&buffer[..n]);
                        let text = String::from_utf8_lossy(&request).to_string();
                        if let Some((head, body)) = text.split_once("\r\n\r\n") {
                            let length: usize = head
                                .lines()
                                .find_map(|l| l.to_lowercase().strip_prefix("content-length:").map(|v| v.trim().parse().unwrap()))
                                .unwrap_or(0);
                            if body.len() >= length {
                                break body.to_owned();
                            }
                        }
                    };
                    let request: ponte_wire::sync::SyncRequest = serde_json::from_str(&body).unwrap();
                    since.push(request.content.since);
                    let answer = format!(
                        r#"{{"items":{{"records":[],"cursor":0,"more":false}},"content":{{"changes":[],"cursor":{},"more":false}}}}"#,
                        request.content.since.max(5)
                    );
                    let response = format!(
                        "HTTP/1.1 200 OK\r\ncontent-type: application/json\r\ncontent-length: {}\r\nconnection: close\r\n\r\n{answer}",
                        answer.len()
                    );
                    socket.write_all(response.as_bytes()).await.unwrap();
                }
                since
            });
            // A phone whose content cursor was reached by a build speaking version 1.
            store
                .write(|tx| {
                    state::set(tx, state::SERVER, &address)?;
                    state::set(tx, state::TOKEN, "token")?;
                    state::set(tx, state::REGION, "bologna")?;
                    state::set(tx, state::CONTENT_CURSOR, "5")?;
                    state::set(tx, state::CONTENT_SYNC_VERSION, "1")
                })
                .unwrap();
            sync.sync_now(true, None).await.unwrap();
            sync.sync_now(true, None).await.unwrap();
            assert_eq!(asked_from.await.unwrap(), [0, 5], "from 0 once, then onwards");
            let reached = store
                .read(|conn| state::get(conn, state::CONTENT_SYNC_VERSION))
                .unwrap();
            assert_eq!(reached, Some(ponte_wire::sync::SYNC_VERSION.to_string()));
        });
    }

    #[test]
    fn a_server_in_clear_over_the_network_is_refused_before_anything_is_sent() {
        for (address, secure) in [
            ("https://ponte.example.org", true),
            ("http://127.0.0.1:8080", true),
            ("http://127.8.0.1", true),
            ("http://localhost:8080", true),
            ("http://[::1]:8080", true),
            ("http://192.168.1.10:8080", false),
            ("http://10.0.2.2:8080", false),
            ("http://ponte.example.org", false),
            ("http://127.0.0.1.example.org", false),
            ("http://localhost.example.org", false),
        ] {
            assert_eq!(is_secure_enough(address), secure, "{address}");
        }
        let (_dir, store) = crate::store::tests::temp_store();
        let store = Arc::new(store);
        let sync = SyncClient::new(store.clone(), Vec::new());
        let refused =
            runtime().block_on(sync.pair("http://192.168.1.10:8080", "ABCD-EFGH", "", vec![]));
        assert!(
            matches!(
                refused,
                Err(Error::Invalid {
                    reason: InvalidReason::NotSecure,
                    ..
                })
            ),
            "{refused:?}"
        );
        assert_eq!(
            store.read(|conn| state::get(conn, state::SERVER)).unwrap(),
            None
        );
        let key = crate::error::PonteError::from(refused.unwrap_err()).message_key();
        let catalogue = crate::i18n::Catalogue::get();
        for locale in catalogue.locales() {
            assert!(catalogue.has(locale, &key), "{locale} has no {key}");
        }
    }

    #[test]
    fn a_request_stopped_midway_does_not_stop_the_next_one() {
        let (_dir, store) = crate::store::tests::temp_store();
        let store = Arc::new(store);
        let sync = SyncClient::new(store.clone(), Vec::new());
        let other = SyncClient::new(store, Vec::new());
        runtime().block_on(async {
            // A server that takes the request and never answers.
            let silent = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
            let address = format!("http://{}", silent.local_addr().unwrap());
            let _held = tokio::spawn(async move {
                let mut held = Vec::new();
                while let Ok((socket, _)) = silent.accept().await {
                    held.push(socket);
                }
            });
            let (stopped, ()) = tokio::join!(sync.pair(&address, "ABCD-EFGH", "", vec![]), async {
                tokio::time::sleep(Duration::from_millis(100)).await;
                other.cancel();
            });
            assert!(
                matches!(
                    stopped,
                    Err(Error::Sync {
                        failure: SyncFailure::Cancelled,
                        ..
                    })
                ),
                "{stopped:?}"
            );
            let next = sync
                .pair("http://127.0.0.1:9", "ABCD-EFGH", "", vec![])
                .await;
            assert!(
                matches!(
                    next,
                    Err(Error::Sync {
                        failure: SyncFailure::Offline,
                        ..
                    })
                ),
                "{next:?}"
            );
        });
    }

    #[test]
    fn pairing_a_paired_phone_is_its_own_error_with_its_own_words() {
        let (_dir, store) = crate::store::tests::temp_store();
        store
            .write(|tx| state::set(tx, state::TOKEN, "token"))
            .unwrap();
        let sync = SyncClient::new(Arc::new(store), Vec::new());
        let again = runtime().block_on(sync.pair("http://127.0.0.1:9", "ABCD-EFGH", "", vec![]));
        assert!(matches!(again, Err(Error::AlreadyPaired)), "{again:?}");
        assert_eq!(
            crate::PonteError::from(again.unwrap_err()),
            crate::PonteError::AlreadyPaired
        );
        for language in crate::i18n::languages() {
            let words = crate::i18n::Catalogue::get().t(
                std::slice::from_ref(&language.code),
                "error-already-paired",
                &[],
            );
            assert_eq!(words.locale, language.code);
        }
    }

    #[test]
    fn a_stop_asked_for_before_a_sync_does_not_stop_the_next_pairing() {
        let (_dir, store) = crate::store::tests::temp_store();
        let sync = SyncClient::new(Arc::new(store), Vec::new());
        sync.cancel();
        let paired = runtime().block_on(sync.pair("http://127.0.0.1:9", "ABCD-EFGH", "", vec![]));
        assert!(
            matches!(
                paired,
                Err(Error::Sync {
                    failure: SyncFailure::Offline,
                    ..
                })
            ),
            "{paired:?}"
        );
    }
}
