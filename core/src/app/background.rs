//! Background sync: the one call a WorkManager job (Android) or a `BGAppRefreshTask` (iOS)
//! makes, under a policy the core owns so both apps behave the same.
//!
//! The shell says what network it has ([`NetworkState`]) and when the system takes the task
//! away (the deadline); the core decides whether to sync at all, what to download, and stops
//! in time. Every expected situation (offline, Wi-Fi only on mobile data, the backoff after
//! failures, a server that does not answer) is an [`BackgroundOutcome`], never an error, so
//! the shell can tell its scheduler exactly one thing:
//!
//! | outcome                              | WorkManager          | iOS                              |
//! |--------------------------------------|----------------------|----------------------------------|
//! | `retry` true                         | `Result.retry()`     | `setTaskCompleted(success: false)`, next request at `retry_after` |
//! | `retry` false (ran, or skipped)      | `Result.success()`   | `setTaskCompleted(success: true)`, next request at `retry_after` if set |
//! | `Err` (the database itself failed)   | `Result.failure()`   | `setTaskCompleted(success: false)` |
//!
//! The policy, in order:
//! 1. too little time before the deadline (less than [`SAFETY_MARGIN_MS`] +
//!    [`MIN_RUN_MS`]): skipped, [`SkipReason::DeadlineTooClose`];
//! 2. not paired: skipped, [`SkipReason::NotPaired`] (nothing to do; the shell may stop
//!    scheduling);
//! 3. no connection: skipped, [`SkipReason::Offline`];
//! 4. "Wi-Fi only" on (the default) and the connection costs data (see
//!    [`NetworkState::costs_data`]): skipped, [`SkipReason::WaitingForWifi`];
//! 5. within the backoff after failures: skipped, [`SkipReason::BackingOff`], with
//!    `retry_after`;
//! 6. otherwise one sync, as `Sync.sync_now` does, but: with "data saver" on (the default) and
//!    a connection that costs data, the lesson pack is left for later (the outbox, the
//!    tutor's items and the territory's changes still go through; the report says
//!    `lessons_deferred`); and it runs under a timeout that ends [`SAFETY_MARGIN_MS`] before
//!    the deadline. A sync stopped by the timeout counts as a failure (`Offline`, with
//!    `timed_out`), so the next attempt backs off like after any other failure.
//!
//! Idempotent: two calls in a row with nothing changed cost one small round trip each (the
//! sync's "nothing changed" answer), or nothing when skipped. A call while another sync of the
//! same database runs is skipped ([`SkipReason::Busy`]): that sync does the work.
//!
//! Cancellable: the shell's expiry handler (`BGTask.expirationHandler`, WorkManager's
//! `onStopped`) calls `Sync.cancel()`, which stops the running sync of this database at its
//! next step or network read; the outcome then says `failure: Cancelled`, `retry: true`.

use std::time::Duration;

use super::settings::{self, key};
use crate::sync::{SyncClient, SyncReport};
use crate::time::Timestamp;
use crate::{Error, Result, Store, SyncFailure};

/// The run stops this long before the deadline, to leave the shell time to report back to
/// its scheduler.
pub const SAFETY_MARGIN_MS: i64 = 2_000;
/// Less time than this for the sync itself (after the margin) is not worth starting.
pub const MIN_RUN_MS: i64 = 1_000;
/// "Wi-Fi only" until the person says otherwise: people on prepaid data pay for every
/// megabyte, and an update that waits for the next Wi-Fi costs them nothing.
pub const WIFI_ONLY_DEFAULT: bool = true;
/// "Data saver" until the person says otherwise: when sync does run on mobile data, the big
/// downloads (lesson pack, map pack) wait for Wi-Fi.
pub const DATA_SAVER_DEFAULT: bool = true;

/// The network the shell has now, as its platform reports it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
pub struct NetworkState {
    /// A network that reaches the internet is up. Android: the active network has
    /// `NET_CAPABILITY_INTERNET` (and `VALIDATED` when known); iOS: `NWPath.status ==
    /// .satisfied`.
    pub connected: bool,
    /// The connection is charged by the byte: mobile data, or Wi-Fi from another phone's
    /// hotspot. Android: `ConnectivityManager.isActiveNetworkMetered()` (or the network lacks
    /// `NET_CAPABILITY_NOT_METERED`); iOS: `NWPath.isExpensive || NWPath.isConstrained`.
    pub metered: bool,
    /// The connection is Wi-Fi (or Ethernet). Android: `TRANSPORT_WIFI` or
    /// `TRANSPORT_ETHERNET`; iOS: `NWPath.usesInterfaceType(.wifi)` or `.wiredEthernet`.
    pub wifi: bool,
}

impl NetworkState {
    /// Whether using this connection may cost the person money: it is metered, or it is not
    /// Wi-Fi at all (mobile data that the platform calls unmetered is still treated as paid,
    /// since prepaid plans count every byte whatever the platform believes).
    pub fn costs_data(&self) -> bool {
        self.metered || !self.wifi
    }
}

/// Why a background run did not sync.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Enum))]
pub enum SkipReason {
    /// The deadline leaves too little time to start.
    DeadlineTooClose,
    /// The phone is not paired with a coordinator: nothing to sync.
    NotPaired,
    /// No connection.
    Offline,
    /// "Wi-Fi only" is on and the connection costs data.
    WaitingForWifi,
    /// The last attempts failed; the next one waits until `retry_after`.
    BackingOff,
    /// Another sync of this database is running (the app's screen, another job); it does the
    /// work.
    Busy,
}

/// What a background run did, for the shell's scheduler and its log.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
pub struct BackgroundOutcome {
    /// A sync was attempted (`skipped` is `None`); see `report` or `failure` for how it went.
    pub ran: bool,
    /// Why nothing was attempted.
    pub skipped: Option<SkipReason>,
    /// The sync's report when it succeeded.
    pub report: Option<SyncReport>,
    /// Why the sync failed.
    pub failure: Option<SyncFailure>,
    /// The sync was stopped by the deadline (then `failure` is `Offline`).
    pub timed_out: bool,
    /// The earliest a next attempt makes sense: the end of the backoff after a failure or
    /// while skipped for it. `None` after a success, or when nothing time-bound stops the next
    /// attempt (offline, Wi-Fi only: the shell's network constraint decides).
    pub retry_after: Option<Timestamp>,
    /// The shell should ask its scheduler to retry (WorkManager `Result.retry()`): the sync
    /// failed in a way a later attempt can fix (no answer, a server error, a bad answer, a
    /// stop at expiry). False when it ran, was skipped, or failed in a way only the person can
    /// fix (the phone was unpaired on the server, a refused request): `Result.success()`.
    pub retry: bool,
}

impl BackgroundOutcome {
    fn skipped(reason: SkipReason, retry_after: Option<Timestamp>) -> Self {
        BackgroundOutcome {
            skipped: Some(reason),
            retry_after,
            ..Default::default()
        }
    }

    fn failed(failure: SyncFailure, retry_after: Option<Timestamp>, timed_out: bool) -> Self {
        BackgroundOutcome {
            ran: true,
            failure: Some(failure),
            timed_out,
            retry_after,
            retry: matches!(
                failure,
                SyncFailure::Offline
                    | SyncFailure::Server
                    | SyncFailure::BadAnswer
                    | SyncFailure::Cancelled
            ),
            ..Default::default()
        }
    }
}

/// The background sync's settings and where its backoff stands, for the settings screen and
/// for the shell's scheduler constraints.
#[derive(Debug, Clone, PartialEq, Eq)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
pub struct BackgroundPolicy {
    /// Sync only on a connection that costs no data. The shell can also give its scheduler
    /// the matching constraint (WorkManager `NetworkType.UNMETERED`, else `CONNECTED`).
    pub wifi_only: bool,
    /// On a connection that costs data, leave the big downloads (lesson pack, map pack) for
    /// Wi-Fi.
    pub data_saver: bool,
    /// Failed attempts in a row since the last successful sync.
    pub failures: u32,
    /// No background sync before this instant (the backoff after failures); `None` when
    /// there is no wait.
    pub next_attempt: Option<Timestamp>,
}

/// Sync only on Wi-Fi (on) or on any connection (off).
pub fn set_wifi_only(store: &Store, on: bool) -> Result<()> {
    settings::set_flag(store, key::WIFI_ONLY, on)
}

/// Leave big downloads for Wi-Fi (on) or download everything on any allowed connection (off).
pub fn set_data_saver(store: &Store, on: bool) -> Result<()> {
    settings::set_flag(store, key::DATA_SAVER, on)
}

/// Whether sync waits for Wi-Fi (the default: yes).
pub fn wifi_only(store: &Store) -> Result<bool> {
    settings::get_flag(store, key::WIFI_ONLY, WIFI_ONLY_DEFAULT)
}

/// Whether big downloads wait for Wi-Fi (the default: yes).
pub fn data_saver(store: &Store) -> Result<bool> {
    settings::get_flag(store, key::DATA_SAVER, DATA_SAVER_DEFAULT)
}

/// The current settings and backoff. A `next_attempt` already past is reported as `None`.
pub fn background_policy(store: &Store) -> Result<BackgroundPolicy> {
    let (failures, next_attempt) = crate::sync::backoff(store)?;
    let now = crate::time::now();
    Ok(BackgroundPolicy {
        wifi_only: wifi_only(store)?,
        data_saver: data_saver(store)?,
        failures,
        next_attempt: next_attempt.filter(|at| *at > now),
    })
}

/// Whether a run that must end by `deadline` has too little time to start at `now`.
fn too_close(deadline: Timestamp, now: Timestamp) -> bool {
    deadline - now < SAFETY_MARGIN_MS + MIN_RUN_MS
}

/// One background sync under the policy (see the module's documentation), finished
/// [`SAFETY_MARGIN_MS`] before `deadline`. Errors only when the database itself fails
/// (closed, damaged, full); every network outcome is in the [`BackgroundOutcome`]. Runs on a
/// tokio runtime with timers, such as the core's [`crate::sync::runtime`] (the bindings' call
/// does).
pub async fn run_background_sync(
    client: &SyncClient,
    network: NetworkState,
    deadline: Timestamp,
) -> Result<BackgroundOutcome> {
    let store = client.store();
    if too_close(deadline, crate::time::now()) {
        return Ok(BackgroundOutcome::skipped(
            SkipReason::DeadlineTooClose,
            None,
        ));
    }
    if !crate::sync::is_paired(store)? {
        return Ok(BackgroundOutcome::skipped(SkipReason::NotPaired, None));
    }
    if !network.connected {
        return Ok(BackgroundOutcome::skipped(SkipReason::Offline, None));
    }
    let policy = background_policy(store)?;
    if policy.wifi_only && network.costs_data() {
        return Ok(BackgroundOutcome::skipped(SkipReason::WaitingForWifi, None));
    }
    if let Some(next) = policy.next_attempt {
        return Ok(BackgroundOutcome::skipped(
            SkipReason::BackingOff,
            Some(next),
        ));
    }
    let big_downloads = !(policy.data_saver && network.costs_data());
    // Measured again: reading the policy took some of the time.
    let left = deadline - crate::time::now() - SAFETY_MARGIN_MS;
    if left < MIN_RUN_MS {
        return Ok(BackgroundOutcome::skipped(
            SkipReason::DeadlineTooClose,
            None,
        ));
    }
    let sync = client.sync_with(false, big_downloads, None);
    // On timeout the sync's future is dropped at its current await point: every page already
    // applied stays applied with its cursor, and the turn is given back.
    match tokio::time::timeout(Duration::from_millis(left as u64), sync).await {
        Ok(Ok(report)) => Ok(match report.waiting_until {
            // Another run started the backoff between our check and the sync.
            Some(until) => BackgroundOutcome::skipped(SkipReason::BackingOff, Some(until)),
            None => BackgroundOutcome {
                ran: true,
                report: Some(report),
                ..Default::default()
            },
        }),
        Ok(Err(Error::Sync { failure, .. })) => Ok(match failure {
            SyncFailure::Busy => BackgroundOutcome::skipped(SkipReason::Busy, None),
            SyncFailure::NotPaired => BackgroundOutcome::skipped(SkipReason::NotPaired, None),
            failure => {
                let next = background_policy(store)?.next_attempt;
                BackgroundOutcome::failed(failure, next, false)
            }
        }),
        Ok(Err(e)) => Err(e),
        Err(_elapsed) => {
            let next = client.record_failure(SyncFailure::Offline)?;
            Ok(BackgroundOutcome::failed(SyncFailure::Offline, next, true))
        }
    }
}

#[cfg(test)]
mod tests {
    use std::sync::Arc;

    use super::*;

    const WIFI: NetworkState = NetworkState {
        connected: true,
        metered: false,
        wifi: true,
    };
    const MOBILE: NetworkState = NetworkState {
        connected: true,
        metered: true,
        wifi: false,
    };

    fn in_ms(ms: i64) -> Timestamp {
        crate::time::now() + ms
    }

    fn client() -> (tempfile::TempDir, SyncClient) {
        let (dir, store) = crate::store::tests::temp_store();
        (dir, SyncClient::new(Arc::new(store), Vec::new()))
    }

    fn run(client: &SyncClient, network: NetworkState, deadline: Timestamp) -> BackgroundOutcome {
        crate::sync::runtime()
            .block_on(run_background_sync(client, network, deadline))
            .unwrap()
    }

    /// Paired with a port where nothing listens: every sync fails at once, offline.
    fn paired_with_nobody() -> (tempfile::TempDir, SyncClient) {
        let (dir, client) = client();
        crate::sync::pretend_paired(client.store(), "http://127.0.0.1:9");
        (dir, client)
    }

    #[test]
    fn the_defaults_protect_prepaid_data_and_the_setters_change_them() {
        let (_dir, client) = client();
        let store = client.store();
        assert_eq!(
            background_policy(store).unwrap(),
            BackgroundPolicy {
                wifi_only: true,
                data_saver: true,
                failures: 0,
                next_attempt: None,
            }
        );
        set_wifi_only(store, false).unwrap();
        set_data_saver(store, false).unwrap();
        let policy = background_policy(store).unwrap();
        assert!(!policy.wifi_only && !policy.data_saver);
        set_data_saver(store, true).unwrap();
        assert!(background_policy(store).unwrap().data_saver);
    }

    #[test]
    fn not_paired_is_a_skip_not_an_error() {
        let (_dir, client) = client();
        let outcome = run(&client, WIFI, in_ms(60_000));
        assert_eq!(outcome.skipped, Some(SkipReason::NotPaired));
        assert!(!outcome.ran && !outcome.retry);
    }

    #[test]
    fn offline_is_skipped_without_trying() {
        let (_dir, client) = paired_with_nobody();
        let outcome = run(
            &client,
            NetworkState {
                connected: false,
                metered: false,
                wifi: false,
            },
            in_ms(60_000),
        );
        assert_eq!(outcome.skipped, Some(SkipReason::Offline));
        assert!(!outcome.ran && !outcome.retry);
        // Nothing was tried: no failure counted, no backoff started.
        assert_eq!(background_policy(client.store()).unwrap().failures, 0);
    }

    #[test]
    fn wifi_only_waits_on_mobile_data_and_on_a_metered_hotspot() {
        let (_dir, client) = paired_with_nobody();
        let hotspot = NetworkState {
            connected: true,
            metered: true,
            wifi: true,
        };
        let unmetered_mobile = NetworkState {
            connected: true,
            metered: false,
            wifi: false,
        };
        for network in [MOBILE, hotspot, unmetered_mobile] {
            let outcome = run(&client, network, in_ms(60_000));
            assert_eq!(
                outcome.skipped,
                Some(SkipReason::WaitingForWifi),
                "{network:?}"
            );
            assert!(!outcome.retry);
        }
        assert_eq!(background_policy(client.store()).unwrap().failures, 0);
        // With Wi-Fi only off, mobile data is used (here: the sync runs and fails).
        set_wifi_only(client.store(), false).unwrap();
        let outcome = run(&client, MOBILE, in_ms(60_000));
        assert!(outcome.ran, "{outcome:?}");
    }

    #[test]
    fn a_deadline_too_close_is_skipped_before_anything_else() {
        // The boundary on fixed instants: the wall clock may be stepped back under a test.
        let now = Timestamp::from_millis(1_800_000_000_000);
        assert!(too_close(now + (SAFETY_MARGIN_MS + MIN_RUN_MS - 1), now));
        assert!(!too_close(now + (SAFETY_MARGIN_MS + MIN_RUN_MS), now));
        assert!(too_close(now - 5_000, now));

        let (_dir, client) = paired_with_nobody();
        for deadline in [in_ms(100), in_ms(-5_000)] {
            let outcome = run(&client, WIFI, deadline);
            assert_eq!(outcome.skipped, Some(SkipReason::DeadlineTooClose));
            assert!(!outcome.ran);
        }
        assert_eq!(background_policy(client.store()).unwrap().failures, 0);
    }

    #[test]
    fn a_failure_is_a_retry_and_the_next_run_within_the_backoff_is_skipped() {
        let (_dir, client) = paired_with_nobody();
        let before = crate::time::now();
        let failed = run(&client, WIFI, in_ms(60_000));
        assert!(failed.ran);
        assert_eq!(failed.failure, Some(SyncFailure::Offline));
        assert!(failed.retry && !failed.timed_out);
        let retry_after = failed.retry_after.expect("a backoff");
        let wait = retry_after - before;
        assert!((15_000..=31_000).contains(&wait), "first wait {wait} ms");

        let skipped = run(&client, WIFI, in_ms(60_000));
        assert_eq!(skipped.skipped, Some(SkipReason::BackingOff));
        assert_eq!(skipped.retry_after, Some(retry_after));
        assert!(!skipped.ran && !skipped.retry);
        let policy = background_policy(client.store()).unwrap();
        assert_eq!(
            (policy.failures, policy.next_attempt),
            (1, Some(retry_after))
        );
    }

    #[test]
    fn each_failure_in_a_row_waits_longer_up_to_an_hour_with_jitter() {
        let (_dir, client) = paired_with_nobody();
        let mut waits = Vec::new();
        for _ in 0..12 {
            let now = crate::time::now();
            let next = client.record_failure(SyncFailure::Server).unwrap().unwrap();
            waits.push(next - now);
        }
        // 30 s doubled each time: each wait in the upper half of its step, so no shorter
        // than the one before, until the step reaches the hour.
        for (i, wait) in waits.iter().enumerate() {
            let whole = (30_000i64 << i).min(3_600_000);
            assert!(
                (whole / 2..=whole + 50).contains(wait),
                "failure {}: {waits:?}",
                i + 1
            );
        }
        for pair in waits[..7].windows(2) {
            assert!(pair[1] >= pair[0] - 50, "{waits:?}");
        }
        // Not all the same: drawn at random within each step (12 draws; equal by chance is
        // astronomically unlikely).
        let capped: Vec<_> = (0..8)
            .map(|_| {
                let now = crate::time::now();
                client.record_failure(SyncFailure::Server).unwrap().unwrap() - now
            })
            .collect();
        assert!(
            capped.iter().any(|w| (w - capped[0]).abs() > 1_000),
            "{capped:?}"
        );
        // A stop on request is no failure: no longer wait.
        assert_eq!(client.record_failure(SyncFailure::Cancelled).unwrap(), None);
    }
}
