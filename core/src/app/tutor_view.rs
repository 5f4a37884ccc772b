//! The tutor's screens: pairing (QR code or typed code), the sync status, consents, the
//! tutor's items, unpairing; and the network tasks behind them (pair, sync now, unpair), run by
//! the shell with `App::run`. What a task is doing and how it ended lives in memory
//! ([`TutorState`] in the app's session): a process killed while pairing simply shows the form
//! again, with what the person typed (kept as a draft in the database).

use std::sync::{Arc, Mutex};

use super::route::Route;
use super::settings::{self, key};
use super::{App, Effect, Permission, Screen, Task};
use crate::error::{Error, InvalidReason, Result, SyncFailure};
use crate::fields::PairingField;
use crate::i18n::{Arg, Catalogue, Localized, NamedArg};
use crate::sync::{ConsentChoice, SyncClient, SyncPhase, SyncProgress, TutorItemKind};

/// The tutor's items shown at first, and added by each "more".
const ITEMS_PAGE: u32 = 20;

/// Letters and digits of the coordinator's codes (no 0/O, 1/I/L), which it reads back the same
/// way: what the person types is checked here before any network is used.
const CODE_ALPHABET: &str = "ABCDEFGHJKMNPQRSTUVWXYZ23456789";
const CODE_LEN: usize = 8;

/// A screen of this part of the app.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Enum))]
// One screen at a time, and records cross uniffi unboxed.
#[allow(clippy::large_enum_variant)]
pub enum TutorScreen {
    /// The phone shares nothing: what pairing is, and how to start it.
    NotPaired { screen: NotPairedView },
    /// Connected to a tutor's coordinator.
    Paired { screen: PairedView },
    /// The pairing form: the code (from a QR code, a link or typed) and the server.
    Pairing { form: PairingForm },
}

/// The tutor screen before pairing.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
pub struct NotPairedView {
    pub explanation: Localized,
    /// What stays private either way.
    pub privacy: Localized,
    /// Opens the pairing form (`TutorEvent::OpenPairing`).
    pub pair: Localized,
    /// Scans the tutor's QR code (`TutorEvent::Scan`); `None` without a camera.
    pub scan: Option<Localized>,
    pub items_title: Localized,
    /// What a former tutor prepared stays on the phone (and in its reminders); empty when
    /// there is none.
    pub items: Vec<TutorItemRow>,
    /// Shows more items (`TutorEvent::ShowMoreItems`); `None` when all are shown.
    pub more_items: Option<Localized>,
}

/// One text field of a form: what the person typed is always shown back, with the reason it
/// was refused on the field itself.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
pub struct TutorFormField {
    pub label: Localized,
    pub value: String,
    /// An example or a hint under the field ("Like ABCD-EFGH").
    pub hint: Option<Localized>,
    pub error: Option<Localized>,
}

#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
pub struct PairingForm {
    pub explanation: Localized,
    pub code: TutorFormField,
    pub server: TutorFormField,
    /// Scans the tutor's QR code; `None` without a camera.
    pub scan: Option<Localized>,
    /// The button that pairs (`TutorEvent::Pair`).
    pub pair: Localized,
    /// False while pairing runs or once the phone is paired: the button is disabled.
    pub can_pair: bool,
    /// Set while pairing runs ("Connecting…"): the shell shows a progress indicator.
    pub in_progress: Option<Localized>,
    /// Why the last attempt failed (no connection, a server too old...); the form is kept.
    pub failure: Option<Localized>,
}

/// The tutor screen once paired.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
pub struct PairedView {
    /// Which coordinator, and the name the tutor knows the person by.
    pub connected: Localized,
    /// "Never synced", "Last synced 10:24".
    pub sync_line: Localized,
    /// Changes waiting to be sent, when there are any.
    pub pending: Option<Localized>,
    /// Set while a sync runs, with what it is doing.
    pub syncing: Option<Localized>,
    /// Why the last sync failed (kept until one succeeds); the data stays on the phone.
    pub sync_failure: Option<Localized>,
    pub sync_now: Localized,
    /// False while a sync, or unpairing, runs.
    pub can_sync: bool,
    pub consents_title: Localized,
    pub consents: Vec<ConsentRow>,
    /// After a consent changed: it reaches the tutor at the next sync.
    pub consents_note: Option<Localized>,
    pub items_title: Localized,
    /// The tutor's items, open first, those with a time soonest first; a page at a time.
    pub items: Vec<TutorItemRow>,
    /// Shows more items (`TutorEvent::ShowMoreItems`); `None` when all are shown.
    pub more_items: Option<Localized>,
    /// No items from the tutor yet.
    pub items_empty: Option<Localized>,
    pub unpair: Localized,
    /// Set after "Disconnect": the question and its two answers.
    pub confirm_unpair: Option<UnpairConfirmation>,
    /// Set while unpairing runs.
    pub unpairing: Option<Localized>,
    /// Why the last unpairing failed; the phone is still paired.
    pub unpair_failure: Option<Localized>,
}

/// What the person may share, with a switch.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
pub struct ConsentRow {
    pub category: ConsentChoice,
    pub name: Localized,
    /// What exactly is shared, and with whom.
    pub explanation: Localized,
    pub granted: bool,
}

/// Something the tutor prepared, as a row of the list.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
pub struct TutorItemRow {
    /// For `TutorEvent::SetItemDone`.
    pub id: String,
    pub kind: TutorItemKind,
    /// The kind in words ("Appointment"), also the label of the kind's icon.
    pub kind_label: Localized,
    /// The tutor's title and details, as written (the language is the tutor's, unknown).
    pub title: String,
    pub text: String,
    /// When, in the person's language and the phone's time zone ("1 Dec 2026 at 09:30").
    pub when: Option<Localized>,
    /// Where, as the tutor wrote it; may be empty.
    pub place: String,
    /// A link the tutor added; may be empty.
    pub url: String,
    /// Who wrote it (the tutor's user name); may be empty.
    pub tutor: String,
    pub done: bool,
    /// The accessibility label of the "done" switch ("Done").
    pub done_label: Localized,
}

/// The confirmation before unpairing: what it does and does not do.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
pub struct UnpairConfirmation {
    pub question: Localized,
    pub confirm: Localized,
    pub cancel: Localized,
}

/// What the person does on these screens.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Enum))]
pub enum TutorEvent {
    /// Opens the pairing form (from the tutor screen).
    OpenPairing,
    /// Opens the camera's QR scanner, asking for the camera first if needed.
    Scan,
    /// The code field's text, as typed (kept as typed; checked at `Pair`).
    EditCode {
        text: String,
    },
    /// The server field's text, as typed.
    EditServer {
        text: String,
    },
    /// Pairs with the code and server of the form.
    Pair,
    /// Syncs now.
    SyncNow,
    /// Shares a category with the tutor, or stops sharing it.
    SetConsent {
        category: ConsentChoice,
        granted: bool,
    },
    /// Ticks a tutor's item done, or not.
    SetItemDone {
        id: String,
        done: bool,
    },
    /// Shows the next page of the tutor's items.
    ShowMoreItems,
    /// Asks to disconnect: the screen asks to confirm.
    Unpair,
    ConfirmUnpair,
    CancelUnpair,
}

/// The tutor screens' state in this process (what runs, how it ended). Not saved: after a
/// restart nothing runs, and failures of sync are read from the sync state itself.
#[derive(Default)]
pub(crate) struct TutorState {
    pairing: bool,
    /// Catalogue keys of the errors on the form's fields, until the field is typed again.
    code_error: Option<String>,
    server_error: Option<String>,
    /// Catalogue key of why the last pairing failed.
    pair_failure: Option<String>,
    syncing: bool,
    progress: Arc<PhaseSink>,
    consents_changed: bool,
    items_shown: u32,
    confirm_unpair: bool,
    unpairing: bool,
    /// Catalogue key of why the last unpairing failed.
    unpair_failure: Option<String>,
    /// One client per app: it holds an HTTP client, too costly to build at each view.
    client: Option<Arc<SyncClient>>,
}

impl std::fmt::Debug for TutorState {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("TutorState")
            .field("pairing", &self.pairing)
            .field("syncing", &self.syncing)
            .field("unpairing", &self.unpairing)
            .finish_non_exhaustive()
    }
}

/// The phase of the running sync, told by the sync's thread.
#[derive(Debug, Default)]
struct PhaseSink(Mutex<Option<SyncPhase>>);

impl SyncProgress for PhaseSink {
    fn progress(&self, phase: SyncPhase, _done: u32) {
        *self.0.lock().unwrap_or_else(|p| p.into_inner()) = Some(phase);
    }
}

impl PhaseSink {
    fn get(&self) -> Option<SyncPhase> {
        *self.0.lock().unwrap_or_else(|p| p.into_inner())
    }

    fn clear(&self) {
        *self.0.lock().unwrap_or_else(|p| p.into_inner()) = None;
    }
}

/// The form as typed, kept under `draft.<route link>` so that nothing is lost when the
/// process is killed or a pairing fails.
#[derive(Debug, Default, Clone, PartialEq, serde::Serialize, serde::Deserialize)]
struct PairingDraft {
    server: String,
    code: String,
}

fn draft_key(route: &Route) -> String {
    format!("draft.{}", route.to_link())
}

fn client(app: &App) -> Arc<SyncClient> {
    let mut session = app.session();
    session
        .tutor
        .client
        .get_or_insert_with(|| {
            Arc::new(SyncClient::new(
                app.store.clone(),
                app.store.trusted_keys().to_vec(),
            ))
        })
        .clone()
}

/// What the form shows on `route`: the draft, else what the link or QR code said.
fn form_values(app: &App, route: &Route) -> Result<PairingDraft> {
    if let Some(draft) = settings::get(&app.store, &draft_key(route))?
        .and_then(|json| serde_json::from_str::<PairingDraft>(&json).ok())
    {
        return Ok(draft);
    }
    Ok(match route {
        Route::Pairing { server, code } => PairingDraft {
            server: server.clone().unwrap_or_default(),
            code: code.clone().unwrap_or_default(),
        },
        _ => PairingDraft::default(),
    })
}

/// The code as the coordinator issues it (`ABCD-EFGH`), from what was typed: spaces, dashes
/// and case do not matter, nor the digits of Arabic or Persian keyboards, and the letters
/// people confuse are read as the ones the codes use.
pub(crate) fn normalise_code(typed: &str) -> Result<String> {
    let mut letters = String::new();
    for c in typed.chars() {
        let c = match c {
            '\u{0660}'..='\u{0669}' => char::from(b'0' + (c as u32 - 0x0660) as u8),
            '\u{06F0}'..='\u{06F9}' => char::from(b'0' + (c as u32 - 0x06F0) as u8),
            c => c,
        };
        if c.is_whitespace() || matches!(c, '-' | '‐' | '–' | '—' | '_' | '.') {
            continue;
        }
        let c = match c.to_ascii_uppercase() {
            'O' | '0' => 'Q',
            'I' | 'L' | '1' => 'J',
            c => c,
        };
        if !CODE_ALPHABET.contains(c) {
            return Err(Error::invalid(
                PairingField::Code,
                InvalidReason::OutOfRange,
            ));
        }
        letters.push(c);
    }
    match letters.len() {
        0 => Err(Error::invalid(PairingField::Code, InvalidReason::Required)),
        CODE_LEN => Ok(format!("{}-{}", &letters[..4], &letters[4..])),
        _ => Err(Error::invalid(
            PairingField::Code,
            InvalidReason::OutOfRange,
        )),
    }
}

/// The coordinator's origin from what was typed (`ponte.example.org` means HTTPS), by the same
/// rule as the links: HTTPS, or plain HTTP on this device only.
pub(crate) fn normalise_server(typed: &str) -> Result<String> {
    let typed = typed.trim();
    if typed.is_empty() {
        return Err(Error::invalid(
            PairingField::Server,
            InvalidReason::Required,
        ));
    }
    let address = if typed.contains("://") {
        typed.to_owned()
    } else {
        format!("https://{typed}")
    };
    let encoded: String = url::form_urlencoded::byte_serialize(address.as_bytes()).collect();
    match Route::parse(&format!("ponte:pair?server={encoded}")) {
        Ok(Route::Pairing {
            server: Some(server),
            ..
        }) => Ok(server),
        _ => Err(Error::invalid(
            PairingField::Server,
            InvalidReason::OutOfRange,
        )),
    }
}

/// The key of a refused field's message: the code's and the server's own words for a wrong
/// format, the general ones otherwise.
fn field_error_key(field: PairingField, reason: InvalidReason) -> String {
    match (field, reason) {
        (PairingField::Code, InvalidReason::OutOfRange) => "tutor-code-format".into(),
        (PairingField::Server, InvalidReason::OutOfRange) => "tutor-server-format".into(),
        _ => format!("error-invalid-{}", reason.code()),
    }
}

pub(super) fn handle(app: &App, event: TutorEvent) -> Result<Vec<Effect>> {
    match event {
        TutorEvent::OpenPairing => {
            // A new form: what an earlier attempt said does not belong to it.
            {
                let mut session = app.session();
                session.tutor.code_error = None;
                session.tutor.server_error = None;
                session.tutor.pair_failure = None;
            }
            app.lock_nav().push(
                &app.store,
                Route::Pairing {
                    server: None,
                    code: None,
                },
            )?;
            Ok(Vec::new())
        }
        TutorEvent::Scan => Ok(if !app.capabilities.camera {
            Vec::new()
        } else {
            match app.permission(Permission::Camera) {
                None => vec![Effect::RequestPermission {
                    permission: Permission::Camera,
                }],
                Some(true) => vec![Effect::ScanQrCode],
                Some(false) => {
                    let chain = app.ui_chain()?;
                    app.set_notice(Catalogue::get().t(&chain, "tutor-camera-refused", &[]));
                    Vec::new()
                }
            }
        }),
        TutorEvent::EditCode { text } => edit(app, |draft| draft.code = text, PairingField::Code),
        TutorEvent::EditServer { text } => {
            edit(app, |draft| draft.server = text, PairingField::Server)
        }
        TutorEvent::Pair => start_pairing(app),
        TutorEvent::SyncNow => {
            let mut session = app.session();
            let state = &mut session.tutor;
            if state.syncing || state.unpairing || state.pairing {
                return Ok(Vec::new());
            }
            drop(session);
            if !crate::sync::is_paired(&app.store)? {
                return Ok(Vec::new());
            }
            app.session().tutor.syncing = true;
            Ok(vec![Effect::Run {
                task: Task::SyncNow,
            }])
        }
        TutorEvent::SetConsent { category, granted } => {
            client(app).set_consent(category, granted)?;
            app.session().tutor.consents_changed = true;
            Ok(Vec::new())
        }
        TutorEvent::SetItemDone { id, done } => {
            client(app).set_tutor_item_done(&id, done)?;
            // A done appointment is not reminded of any more.
            Ok(vec![app.notification_plan()?])
        }
        TutorEvent::ShowMoreItems => {
            let mut session = app.session();
            let shown = session.tutor.items_shown.max(ITEMS_PAGE);
            session.tutor.items_shown = shown + ITEMS_PAGE;
            Ok(Vec::new())
        }
        TutorEvent::Unpair => {
            let mut session = app.session();
            session.tutor.confirm_unpair = true;
            session.tutor.unpair_failure = None;
            Ok(Vec::new())
        }
        TutorEvent::CancelUnpair => {
            app.session().tutor.confirm_unpair = false;
            Ok(Vec::new())
        }
        TutorEvent::ConfirmUnpair => {
            let mut session = app.session();
            let state = &mut session.tutor;
            if !state.confirm_unpair || state.unpairing {
                return Ok(Vec::new());
            }
            state.confirm_unpair = false;
            state.unpairing = true;
            state.unpair_failure = None;
            Ok(vec![Effect::Run { task: Task::Unpair }])
        }
    }
}

/// Keeps what was typed in a field of the pairing form; its error goes until it is checked
/// again.
fn edit(
    app: &App,
    change: impl FnOnce(&mut PairingDraft),
    field: PairingField,
) -> Result<Vec<Effect>> {
    let route = app.current_route();
    if !matches!(route, Route::Pairing { .. }) {
        return Ok(Vec::new());
    }
    let mut draft = form_values(app, &route)?;
    change(&mut draft);
    let json = serde_json::to_string(&draft).expect("two strings serialise");
    settings::set(&app.store, &draft_key(&route), &json)?;
    let mut session = app.session();
    match field {
        PairingField::Code => session.tutor.code_error = None,
        PairingField::Server => session.tutor.server_error = None,
    }
    session.tutor.pair_failure = None;
    Ok(Vec::new())
}

fn start_pairing(app: &App) -> Result<Vec<Effect>> {
    let route = app.current_route();
    if !matches!(route, Route::Pairing { .. })
        || app.session().tutor.pairing
        || crate::sync::is_paired(&app.store)?
    {
        // The form says why it cannot pair (already paired, or pairing).
        return Ok(Vec::new());
    }
    let draft = form_values(app, &route)?;
    let code = normalise_code(&draft.code);
    let server = normalise_server(&draft.server);
    {
        let mut session = app.session();
        let state = &mut session.tutor;
        let key = |r: &Result<String>, field| match r {
            Err(Error::Invalid { reason, .. }) => Some(field_error_key(field, *reason)),
            _ => None,
        };
        state.code_error = key(&code, PairingField::Code);
        state.server_error = key(&server, PairingField::Server);
        state.pair_failure = None;
    }
    // The code first: it is the field the person types; the server usually came with it.
    let (code, server) = (code?, server?);
    app.session().tutor.pairing = true;
    Ok(vec![Effect::Run {
        task: Task::Pair { server, code },
    }])
}

/// Runs a network task of this part of the app. Failures the person can do something about
/// (no connection, a wrong code) become the screens' state, not errors.
pub(super) async fn run(app: &App, task: Task) -> Result<Vec<Effect>> {
    match task {
        Task::Pair { server, code } => pair(app, &server, &code).await,
        Task::SyncNow => sync_now(app).await,
        Task::Unpair => unpair(app).await,
        Task::DownloadMap => Ok(Vec::new()),
    }
}

async fn pair(app: &App, server: &str, code: &str) -> Result<Vec<Effect>> {
    app.session().tutor.pairing = true;
    let checked = normalise_code(code).and_then(|c| Ok((c, normalise_server(server)?)));
    let (code, server) = match checked {
        Ok(checked) => checked,
        Err(error) => {
            app.session().tutor.pairing = false;
            return Err(error);
        }
    };
    let client = client(app);
    let device_name = match app.capabilities.platform {
        super::Platform::Android => "Android",
        super::Platform::Ios => "iOS",
        super::Platform::Other => "Ponte",
    };
    // The content in the person's languages; the server keeps those it has.
    let languages = app.content_chain()?;
    let paired = client.pair(&server, &code, device_name, languages).await;
    if !note_pairing(app, paired)? {
        return Ok(Vec::new());
    }
    paired_now(app, &server)?;
    // The first sync brings the tutor's items and the territory; if it fails, the tutor
    // screen says so and the background job tries again.
    let _ = sync_once(app, &client).await;
    Ok(vec![app.background_sync()?, app.notification_plan()?])
}

/// Puts how pairing ended into the form's state; true when the phone is now paired. A
/// function of its own so that no lock of the session is held across an await.
fn note_pairing(app: &App, paired: Result<crate::sync::Pairing>) -> Result<bool> {
    let mut session = app.session();
    let state = &mut session.tutor;
    state.pairing = false;
    match paired {
        Ok(_) => {
            state.code_error = None;
            state.server_error = None;
            state.pair_failure = None;
            Ok(true)
        }
        Err(Error::AlreadyPaired) => {
            state.pair_failure = Some("error-already-paired".into());
            Ok(false)
        }
        Err(Error::Sync { failure, .. }) => {
            match failure {
                SyncFailure::BadCode => state.code_error = Some("error-sync-bad-code".into()),
                other => state.pair_failure = Some(pair_failure_key(other).into()),
            }
            Ok(false)
        }
        Err(Error::Invalid { field, reason }) => {
            match field {
                crate::fields::Field::Pairing {
                    field: PairingField::Server,
                } => state.server_error = Some(field_error_key(PairingField::Server, reason)),
                _ => state.code_error = Some(field_error_key(PairingField::Code, reason)),
            }
            Ok(false)
        }
        Err(other) => Err(other),
    }
}

/// Why pairing failed, in the catalogue.
fn pair_failure_key(failure: SyncFailure) -> &'static str {
    match failure {
        SyncFailure::Offline => "tutor-pair-offline",
        // A server that does not know this app's requests, or answers what it cannot read.
        SyncFailure::Refused | SyncFailure::BadAnswer => "tutor-pair-server-old",
        SyncFailure::Server => "error-sync-server",
        SyncFailure::Busy => "error-sync-busy",
        SyncFailure::Cancelled => "error-sync-cancelled",
        SyncFailure::BadCode => "error-sync-bad-code",
        SyncFailure::Unpaired | SyncFailure::NotPaired => "error-sync-unpaired",
        SyncFailure::UpdateRequired => "error-sync-update-required",
        SyncFailure::TooManyAttempts => "error-sync-too-many-attempts",
    }
}

/// Just paired: the drafts go, the first run ends if it was the first run's pairing, and the
/// tutor screen replaces the form.
fn paired_now(app: &App, server: &str) -> Result<()> {
    app.store.write(|tx| {
        tx.execute(
            "DELETE FROM app_setting WHERE key LIKE 'draft.ponte://pair%'",
            [],
        )?;
        Ok(())
    })?;
    let first_run = !settings::get_flag(&app.store, key::FIRST_RUN_DONE, false)?;
    if first_run {
        settings::set_flag(&app.store, key::FIRST_RUN_DONE, true)?;
        settings::remove(&app.store, key::FIRST_RUN_STEP)?;
        app.lock_nav()
            .reset(&app.store, vec![Route::Home, Route::Tutor])?;
    } else if matches!(app.current_route(), Route::Pairing { .. }) {
        // Only when the person is still on the form: they may have gone elsewhere meanwhile.
        app.replace_route(Route::Tutor)?;
    }
    let host = url::Url::parse(server)
        .ok()
        .and_then(|u| u.host_str().map(str::to_owned))
        .unwrap_or_else(|| server.to_owned());
    let chain = app.ui_chain()?;
    app.set_notice(Catalogue::get().t(&chain, "pair-done", &[text("organisation", host)]));
    Ok(())
}

/// One sync with the screen's state around it.
async fn sync_once(app: &App, client: &SyncClient) -> Result<crate::sync::SyncReport> {
    let progress = {
        let mut session = app.session();
        session.tutor.syncing = true;
        session.tutor.progress.clear();
        session.tutor.progress.clone()
    };
    let result = client.sync_now(true, Some(progress.clone())).await;
    let mut session = app.session();
    session.tutor.syncing = false;
    progress.clear();
    if result.is_ok() {
        session.tutor.consents_changed = false;
    }
    result
}

async fn sync_now(app: &App) -> Result<Vec<Effect>> {
    if !crate::sync::is_paired(&app.store)? {
        app.session().tutor.syncing = false;
        return Ok(Vec::new());
    }
    let client = client(app);
    match sync_once(app, &client).await {
        Ok(report) => {
            let chain = app.ui_chain()?;
            app.set_notice(if report.items == 0 {
                Catalogue::get().t(&chain, "tutor-synced-zero", &[])
            } else {
                Catalogue::get().t(
                    &chain,
                    "tutor-synced-some",
                    &[number("count", i64::from(report.items))],
                )
            });
            // The tutor's items may have changed: their reminders with them.
            Ok(vec![app.notification_plan()?])
        }
        // Recorded in the sync state, which the screen shows.
        Err(Error::Sync { .. }) => Ok(Vec::new()),
        Err(other) => Err(other),
    }
}

async fn unpair(app: &App) -> Result<Vec<Effect>> {
    app.session().tutor.unpairing = true;
    let result = client(app).unpair().await;
    let mut session = app.session();
    let state = &mut session.tutor;
    state.unpairing = false;
    match result {
        Ok(()) => {
            state.consents_changed = false;
            drop(session);
            let chain = app.ui_chain()?;
            app.set_notice(Catalogue::get().t(&chain, "tutor-unpaired", &[]));
            Ok(vec![Effect::CancelBackgroundSync, app.notification_plan()?])
        }
        Err(Error::Sync { failure, .. }) => {
            state.unpair_failure = Some(match failure {
                SyncFailure::Offline => "tutor-unpair-offline".into(),
                SyncFailure::NotPaired => "error-sync-not-paired".into(),
                other => format!("error-sync-{}", other.code()),
            });
            Ok(Vec::new())
        }
        Err(other) => Err(other),
    }
}

fn text(name: &str, value: String) -> NamedArg {
    NamedArg {
        name: name.into(),
        value: Arg::Text(value),
    }
}

fn number(name: &str, value: i64) -> NamedArg {
    NamedArg {
        name: name.into(),
        value: Arg::Number(value as f64),
    }
}

pub(super) fn view(app: &App, route: &Route, chain: &[String]) -> Result<(Localized, Screen)> {
    let screen = match route {
        Route::Pairing { .. } => TutorScreen::Pairing {
            form: pairing_form(app, route, chain)?,
        },
        _ if crate::sync::is_paired(&app.store)? => TutorScreen::Paired {
            screen: paired_view(app, chain)?,
        },
        _ => {
            let t = |key: &str| Catalogue::get().t(chain, key, &[]);
            // Building a sync client is not free: only when there are items to show.
            let any_item: bool = app.store.read(|conn| {
                Ok(conn.query_row("SELECT EXISTS (SELECT 1 FROM tutor_item)", [], |r| r.get(0))?)
            })?;
            let (items, more_items) = if any_item {
                let items = client(app).tutor_items()?;
                let shown = app.session().tutor.items_shown;
                let (rows, more, _) = item_rows(app, chain, shown, items)?;
                (rows, more)
            } else {
                (Vec::new(), None)
            };
            TutorScreen::NotPaired {
                screen: NotPairedView {
                    explanation: t("tutor-not-paired-explain"),
                    privacy: t("tutor-not-paired-privacy"),
                    pair: t("pair-title"),
                    scan: app.capabilities.camera.then(|| t("first-run-pairing-scan")),
                    items_title: t("tutor-items-title"),
                    items,
                    more_items,
                },
            }
        }
    };
    let title = match route {
        Route::Pairing { .. } => Catalogue::get().t(chain, "pair-title", &[]),
        _ => super::title(route, chain),
    };
    Ok((title, Screen::Tutor { screen }))
}

fn pairing_form(app: &App, route: &Route, chain: &[String]) -> Result<PairingForm> {
    let catalogue = Catalogue::get();
    let t = |key: &str| catalogue.t(chain, key, &[]);
    let values = form_values(app, route)?;
    let paired = crate::sync::is_paired(&app.store)?;
    let session = app.session();
    let state = &session.tutor;
    let failure = match (&state.pair_failure, paired) {
        (Some(key), _) => Some(t(key)),
        (None, true) => Some(t("error-already-paired")),
        (None, false) => None,
    };
    Ok(PairingForm {
        explanation: t("pair-enter-code"),
        code: TutorFormField {
            label: t("field-pairing-code"),
            value: values.code,
            hint: Some(t("tutor-code-hint")),
            error: state.code_error.as_deref().map(t),
        },
        server: TutorFormField {
            label: t("field-pairing-server"),
            value: values.server,
            hint: Some(t("tutor-server-hint")),
            error: state.server_error.as_deref().map(t),
        },
        scan: app.capabilities.camera.then(|| t("first-run-pairing-scan")),
        pair: t("tutor-pair"),
        can_pair: !state.pairing && !paired,
        in_progress: state.pairing.then(|| t("tutor-pairing")),
        failure,
    })
}

fn paired_view(app: &App, chain: &[String]) -> Result<PairedView> {
    let catalogue = Catalogue::get();
    let t = |key: &str| catalogue.t(chain, key, &[]);
    let locale = chain.first().cloned().unwrap_or_else(|| "en".into());
    let zone_name = app.capabilities.time_zone.clone();
    let zone = crate::time::time_zone(crate::fields::QueryField::TimeZone, &zone_name)
        .or_else(|_| crate::time::time_zone(crate::fields::QueryField::TimeZone, ""))?;
    let today = crate::time::local_date(app.now(), &zone);
    // "10:24" today, "1 Dec 2026 at 10:24" another day.
    let when = |at: crate::time::Timestamp| -> String {
        let (date, time) = date_and_time(&locale, at, &zone, &zone_name);
        if crate::time::local_date(at, &zone) == today {
            time
        } else {
            catalogue
                .t(
                    chain,
                    "tutor-date-time",
                    &[text("date", date), text("time", time)],
                )
                .text
        }
    };

    let status = crate::sync::status(&app.store, chain)?;
    let client = client(app);
    let consents = client.consents()?;
    let items = client.tutor_items()?;
    let session = app.session();
    let state = &session.tutor;

    let host = status
        .server
        .as_deref()
        .and_then(|s| url::Url::parse(s).ok())
        .and_then(|u| u.host_str().map(str::to_owned))
        .unwrap_or_default();
    let connected = match status.nickname.as_deref().filter(|n| !n.is_empty()) {
        Some(nickname) => catalogue.t(
            chain,
            "tutor-connected-as",
            &[text("server", host), text("nickname", nickname.to_owned())],
        ),
        None => catalogue.t(chain, "tutor-connected", &[text("server", host)]),
    };
    let sync_line = match status.last_success_at {
        None => t("sync-never"),
        Some(at) => catalogue.t(chain, "sync-last", &[text("when", when(at))]),
    };
    let pending = (status.pending_operations > 0).then(|| {
        catalogue.t(
            chain,
            "sync-pending",
            &[number("count", i64::from(status.pending_operations))],
        )
    });
    let syncing = state.syncing.then(|| {
        t(match state.progress.get() {
            None => "tutor-syncing",
            Some(SyncPhase::Pushing) => "tutor-syncing-pushing",
            Some(SyncPhase::Items) => "tutor-syncing-items",
            Some(SyncPhase::Content) => "tutor-syncing-content",
            Some(SyncPhase::Lessons) => "tutor-syncing-lessons",
        })
    });
    let sync_failure = match (state.syncing, status.last_error) {
        (false, Some(failure)) if failure != SyncFailure::Cancelled => {
            Some(t(&format!("error-sync-{}", failure.code())))
        }
        _ => None,
    };

    let consents = consents
        .into_iter()
        .map(|c| {
            let (name, explanation) = match c.category {
                ConsentChoice::Diary => ("share-diary", "tutor-consent-diary-explain"),
                ConsentChoice::Progress => ("share-progress", "tutor-consent-progress-explain"),
                ConsentChoice::Profile => {
                    ("tutor-consent-profile", "tutor-consent-profile-explain")
                }
                ConsentChoice::Outcomes => {
                    ("tutor-consent-outcomes", "tutor-consent-outcomes-explain")
                }
            };
            ConsentRow {
                category: c.category,
                name: t(name),
                explanation: t(explanation),
                granted: c.granted,
            }
        })
        .collect();

    let (rows, more_items, items_empty) = item_rows(app, chain, state.items_shown, items)?;

    Ok(PairedView {
        connected,
        sync_line,
        pending,
        syncing,
        sync_failure,
        sync_now: t("sync-now"),
        can_sync: !state.syncing && !state.unpairing,
        consents_title: t("share-title"),
        consents,
        consents_note: state.consents_changed.then(|| t("tutor-consent-changed")),
        items_title: t("tutor-items-title"),
        items: rows,
        more_items,
        items_empty,
        unpair: t("unpair"),
        confirm_unpair: state.confirm_unpair.then(|| UnpairConfirmation {
            question: t("tutor-unpair-question"),
            confirm: t("tutor-unpair-confirm"),
            cancel: t("tutor-unpair-cancel"),
        }),
        unpairing: state.unpairing.then(|| t("tutor-unpairing")),
        unpair_failure: state.unpair_failure.as_deref().map(t),
    })
}

/// The local date and time of day of `at` in `locale`. ICU formatters are built at each call
/// and the same few days come back at every view, so what was formatted is kept (per locale,
/// day and minute of the day; emptied when it grows past a bound).
fn date_and_time(
    locale: &str,
    at: crate::time::Timestamp,
    zone: &jiff::tz::TimeZone,
    zone_name: &str,
) -> (String, String) {
    type Formatted = std::collections::HashMap<(String, bool, i64), String>;
    static FORMATTED: std::sync::OnceLock<Mutex<Formatted>> = std::sync::OnceLock::new();
    const MAX_FORMATTED: usize = 4096;
    let local = at.zoned(zone);
    let day = crate::time::local_date(at, zone);
    let day_key =
        i64::from(day.year()) * 10_000 + i64::from(day.month()) * 100 + i64::from(day.day());
    let minute_key = i64::from(local.hour()) * 60 + i64::from(local.minute());
    let mut formatted = FORMATTED
        .get_or_init(Default::default)
        .lock()
        .unwrap_or_else(|p| p.into_inner());
    if formatted.len() > MAX_FORMATTED {
        formatted.clear();
    }
    let date = formatted
        .entry((locale.to_owned(), true, day_key))
        .or_insert_with(|| crate::i18n::format_date(locale, &day.to_string()))
        .clone();
    let time = formatted
        .entry((locale.to_owned(), false, minute_key))
        .or_insert_with(|| crate::i18n::format_time(locale, at, zone_name))
        .clone();
    (date, time)
}

/// The tutor's items shown (a page at a time), the "more" button and the empty state.
type ItemRows = (Vec<TutorItemRow>, Option<Localized>, Option<Localized>);

fn item_rows(
    app: &App,
    chain: &[String],
    items_shown: u32,
    items: Vec<crate::sync::TutorItem>,
) -> Result<ItemRows> {
    let catalogue = Catalogue::get();
    let t = |key: &str| catalogue.t(chain, key, &[]);
    let locale = chain.first().cloned().unwrap_or_else(|| "en".into());
    let zone_name = app.capabilities.time_zone.clone();
    let zone = crate::time::time_zone(crate::fields::QueryField::TimeZone, &zone_name)
        .or_else(|_| crate::time::time_zone(crate::fields::QueryField::TimeZone, ""))?;
    let shown = items_shown.max(ITEMS_PAGE) as usize;
    let total = items.len();
    let done_label = t("tutor-item-done");
    let items_empty = items.is_empty().then(|| t("tutor-items-empty"));
    // Formatting dates is not free: only the rows shown.
    let rows = items
        .into_iter()
        .take(shown)
        .map(|item| TutorItemRow {
            kind_label: t(match item.kind {
                TutorItemKind::Note => "tutor-item-note",
                TutorItemKind::Referral => "tutor-item-referral",
                TutorItemKind::Meeting => "tutor-item-meeting",
                TutorItemKind::JobOffer => "tutor-item-job-offer",
            }),
            when: item.at.map(|at| {
                let (date, time) = date_and_time(&locale, at, &zone, &zone_name);
                catalogue.t(
                    chain,
                    "tutor-date-time",
                    &[text("date", date), text("time", time)],
                )
            }),
            id: item.id,
            kind: item.kind,
            title: item.title,
            text: item.text,
            place: item.place,
            url: item.url,
            tutor: item.tutor,
            done: item.done,
            done_label: done_label.clone(),
        })
        .collect();

    Ok((
        rows,
        (total > shown).then(|| t("tutor-items-more")),
        items_empty,
    ))
}

#[cfg(test)]
#[path = "tutor_tests.rs"]
mod tests;
