//! The encrypted database: opening, migrations, and the writer/reader connections.
//!
//! SQLCipher encrypts every page. The app passes a raw 32-byte key that it keeps in the Android
//! Keystore or the iOS Keychain; a raw key skips SQLCipher's PBKDF2, so opening costs no
//! key-derivation time. Writes go through one writer connection in a transaction; reads use a
//! small pool of read-only connections, so a slow write never blocks the home screen. WAL lets
//! both happen at once.

use std::path::{Path, PathBuf};
use std::sync::{Condvar, Mutex, MutexGuard};

use rusqlite::config::DbConfig;
use rusqlite::{
    ffi::ErrorCode, Connection, OpenFlags, OptionalExtension, Transaction, TransactionBehavior,
};

use crate::error::{Error, InvalidReason, Result};

/// Length of the raw SQLCipher key in bytes.
pub const KEY_LEN: usize = 32;

/// The schema, one numbered step at a time. Step N brings a database from version N-1 to N;
/// a database at any earlier version is brought forward step by step, never rebuilt.
pub(crate) const MIGRATIONS: &[&str] = &[
    include_str!("../migrations/0001_diary.sql"),
    include_str!("../migrations/0002_profile_and_search.sql"),
    include_str!("../migrations/0003_services.sql"),
    include_str!("../migrations/0004_lessons.sql"),
    include_str!("../migrations/0005_sync.sql"),
    include_str!("../migrations/0006_service_names.sql"),
    include_str!("../migrations/0007_search_without_language_token.sql"),
    include_str!("../migrations/0008_place_filters.sql"),
    include_str!("../migrations/0009_search_terms.sql"),
    include_str!("../migrations/0010_tutor_item_tutor.sql"),
    include_str!("../migrations/0011_app.sql"),
    include_str!("../migrations/0012_list_indexes.sql"),
    include_str!("../migrations/0013_guides.sql"),
    include_str!("../migrations/0014_guide_passages.sql"),
    include_str!("../migrations/0015_passages_by_language.sql"),
    include_str!("../migrations/0016_lesson_passages.sql"),
    include_str!("../migrations/0017_tutor_questions.sql"),
    include_str!("../migrations/0018_glossary.sql"),
    include_str!("../migrations/0019_guide_images.sql"),
    include_str!("../migrations/0020_profile_sync.sql"),
    include_str!("../migrations/0021_services_without_position.sql"),
];

/// The schema version this build writes.
pub const SCHEMA_VERSION: u32 = MIGRATIONS.len() as u32;

/// Read connections kept open for reuse; more may be opened under load and are then dropped.
const READER_POOL: usize = 2;
/// Page cache per connection, KiB.
const CACHE_KIB: u32 = 8 * 1024;
/// Page cache of the writer during a bulk load, KiB.
const BULK_CACHE_KIB: u32 = 96 * 1024;
/// How many virtual machine steps SQLite runs between two questions to an interruptible
/// write's `stop` (a few thousand take well under a millisecond).
const PROGRESS_STEPS: std::os::raw::c_int = 10_000;

/// How to open the person's database.
#[derive(Clone, PartialEq, Eq)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
pub struct OpenOptions {
    /// The database file.
    pub path: String,
    /// The raw 32-byte key, kept by the app in the Android Keystore or the iOS Keychain.
    pub key: Vec<u8>,
    /// Whether to start a new, empty diary when there is no database at `path`. When false
    /// (the default), a missing or empty file gives `NoDatabase` and nothing is created.
    #[cfg_attr(feature = "uniffi", uniffi(default = false))]
    pub create: bool,
    /// The Ed25519 public keys (base64) of the organisations whose lesson packs and first-run
    /// content dumps this app trusts, shipped with the app. Given once here; every pack and
    /// dump installed through this database is checked against them. A key that cannot be
    /// read is refused at open (`InvalidInput`, `store.trusted_keys`).
    #[cfg_attr(feature = "uniffi", uniffi(default))]
    pub trusted_keys: Vec<String>,
}

impl OpenOptions {
    pub fn new(path: impl Into<String>, key: &[u8], create: bool) -> Self {
        OpenOptions {
            path: path.into(),
            key: key.to_vec(),
            create,
            trusted_keys: Vec::new(),
        }
    }

    /// The same options, trusting these signing keys.
    pub fn trusting(mut self, keys: &[String]) -> Self {
        self.trusted_keys = keys.to_vec();
        self
    }
}

impl std::fmt::Debug for OpenOptions {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        // Never print the key.
        f.debug_struct("OpenOptions")
            .field("path", &self.path)
            .field("create", &self.create)
            .field("trusted_keys", &self.trusted_keys)
            .finish_non_exhaustive()
    }
}

pub struct Store {
    path: PathBuf,
    /// `x'…'` literal of the raw key, as `PRAGMA key` wants it; replaced by a rekey.
    key_literal: Mutex<String>,
    /// `None` once closed.
    writer: Mutex<Option<Connection>>,
    readers: Mutex<Vec<Connection>>,
    /// Every call passes it; `close` and `change_key` wait for the calls under way and hold
    /// new ones back.
    gate: Gate,
    /// Raised whenever the territory's content changes, so caches over it (parsed opening
    /// hours) know to start again, whichever object made the change.
    content_generation: std::sync::atomic::AtomicU64,
    /// One sync at a time on this database, whatever the number of sync clients, and the
    /// signal that stops it; the same for every `Store` open on the file in this process.
    pub(crate) sync: std::sync::Arc<crate::sync::Shared>,
    /// The person's language chain, best first (see [`Store::set_languages`]).
    languages: std::sync::RwLock<Vec<String>>,
    /// The signing keys trusted for packs and dumps (see [`OpenOptions::trusted_keys`]).
    trusted_keys: Vec<String>,
}

impl std::fmt::Debug for Store {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        // Never print the key.
        f.debug_struct("Store")
            .field("path", &self.path)
            .finish_non_exhaustive()
    }
}

impl Store {
    /// Opens the encrypted database at `path`, creating a new one when there is none: a
    /// shorthand for [`Store::open_with`] with `create: true`.
    pub fn open(path: impl AsRef<Path>, key: &[u8]) -> Result<Store> {
        Store::open_at(path.as_ref().to_path_buf(), key, true)
    }

    /// Opens the encrypted database at `options.path` and brings its schema up to date.
    ///
    /// - No file (or an empty one) there: a new database when `options.create`, otherwise
    ///   [`Error::NoDatabase`] and nothing is created.
    /// - A wrong key gives [`Error::WrongKey`]; so does a file that is not a Ponte database at
    ///   all, since SQLCipher cannot tell it from a database under another key. A file cut short
    ///   gives [`Error::Damaged`], a newer schema [`Error::SchemaTooNew`].
    /// - A refused open never changes a byte of the file or of its write-ahead log: the log is
    ///   not copied into the file, the file is never wiped.
    pub fn open_with(options: &OpenOptions) -> Result<Store> {
        // A key the app ships wrong is refused before the file is touched.
        for key in &options.trusted_keys {
            if ponte_wire::pack::public_key_from_base64(key).is_err() {
                return Err(Error::invalid(
                    crate::fields::StoreField::TrustedKeys,
                    InvalidReason::OutOfRange,
                ));
            }
        }
        let mut store = Store::open_at(PathBuf::from(&options.path), &options.key, options.create)?;
        store.trusted_keys = options.trusted_keys.clone();
        Ok(store)
    }

    /// The signing keys given at open, for lesson packs and content dumps.
    pub fn trusted_keys(&self) -> &[String] {
        &self.trusted_keys
    }

    fn open_at(path: PathBuf, key: &[u8], create: bool) -> Result<Store> {
        if key.len() != KEY_LEN {
            return Err(Error::invalid(
                crate::fields::StoreField::Key,
                InvalidReason::BadKeyLength,
            ));
        }
        let existing_len = match std::fs::metadata(&path) {
            Ok(meta) => meta.len(),
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => 0,
            Err(e) => return Err(e.into()),
        };
        if existing_len == 0 && !create {
            return Err(Error::NoDatabase);
        }
        // SQLCipher files are whole pages (at least 512 bytes each); anything else was cut short
        // or is not ours, and a wrong-key message would send the person looking for a key.
        if existing_len > 0 && existing_len % 512 != 0 {
            return Err(Error::Damaged(format!(
                "file length {existing_len} is not a whole number of pages"
            )));
        }
        let key_literal = format!("x'{}'", hex(key));
        let access = if create {
            Access::Create
        } else {
            Access::Write
        };
        let log_len = std::fs::metadata(wal_path(&path)).map_or(0, |meta| meta.len());
        // Until the open succeeds, the connection does not checkpoint when it is dropped.
        let writer = open_connection(&path, &key_literal, access, existing_len > 0, log_len > 0)?;
        let prepared = (|| {
            if existing_len > 0 && log_len == 0 {
                // With no log, every page is in the file: a file shorter than its own page
                // count was cut at a page boundary.
                let pages: i64 = writer.pragma_query_value(None, "page_count", |r| r.get(0))?;
                // SQLCipher answers `page_size` itself, as text.
                let page_size: String =
                    writer.pragma_query_value(None, "page_size", |r| r.get(0))?;
                let page_size: i64 = page_size.trim().parse().unwrap_or(4096);
                let (pages, page_size) = (pages.max(0) as u64, page_size.max(1) as u64);
                if existing_len < pages * page_size {
                    return Err(Error::Damaged(format!(
                        "the file holds {} of its {pages} pages",
                        existing_len / page_size
                    )));
                }
            }
            let found: u32 = writer.pragma_query_value(None, "user_version", |row| row.get(0))?;
            if found > SCHEMA_VERSION {
                return Err(Error::SchemaTooNew {
                    found,
                    known: SCHEMA_VERSION,
                });
            }
            // NORMAL in WAL mode: a power cut may lose the last commit, never corrupt the file.
            writer.execute_batch(
                "PRAGMA journal_mode = WAL; PRAGMA synchronous = NORMAL; PRAGMA foreign_keys = ON;",
            )?;
            migrate(&writer)
        })();
        if let Err(refused) = prepared {
            if log_len == 0 {
                // The log, if any, was made by this open and is empty: letting the connection
                // checkpoint on close copies nothing and removes it.
                let _ = writer.set_db_config(DbConfig::SQLITE_DBCONFIG_NO_CKPT_ON_CLOSE, false);
            }
            return Err(refused);
        }
        writer.set_db_config(DbConfig::SQLITE_DBCONFIG_NO_CKPT_ON_CLOSE, false)?;
        let sync = crate::sync::shared_for(&path);
        Ok(Store {
            path,
            key_literal: Mutex::new(key_literal),
            writer: Mutex::new(Some(writer)),
            readers: Mutex::new(Vec::new()),
            gate: Gate::default(),
            content_generation: std::sync::atomic::AtomicU64::new(0),
            sync,
            languages: std::sync::RwLock::new(crate::i18n::negotiate(&[], None)),
            trusted_keys: Vec::new(),
        })
    }

    pub(crate) fn content_changed(&self) {
        self.content_generation
            .fetch_add(1, std::sync::atomic::Ordering::SeqCst);
    }

    pub(crate) fn content_generation(&self) -> u64 {
        self.content_generation
            .load(std::sync::atomic::Ordering::SeqCst)
    }

    pub fn path(&self) -> &Path {
        &self.path
    }

    /// Runs `f` with the writer connection, or gives [`Error::Closed`].
    fn with_writer<T>(&self, f: impl FnOnce(&mut Connection) -> Result<T>) -> Result<T> {
        let _pass = self.gate.enter()?;
        let mut writer = self
            .writer
            .lock()
            .unwrap_or_else(|poisoned| poisoned.into_inner());
        f(writer.as_mut().ok_or(Error::Closed)?)
    }

    /// Whether a write holds the writer now (tests wait for a long write to be under way).
    #[cfg(test)]
    pub(crate) fn writer_busy(&self) -> bool {
        self.writer.try_lock().is_err()
    }

    /// Runs `f` inside an immediate write transaction, committed when `f` succeeds and rolled
    /// back when it fails, so a refused input changes nothing.
    pub fn write<T>(&self, f: impl FnOnce(&Transaction<'_>) -> Result<T>) -> Result<T> {
        self.with_writer(|conn| {
            let tx = conn.transaction_with_behavior(TransactionBehavior::Immediate)?;
            let value = f(&tx)?;
            tx.commit()?;
            Ok(value)
        })
    }

    /// Runs `f` in one write transaction with a large page cache, for bulk loads (a first
    /// download, an import): SQLCipher encrypts a page each time it leaves the cache, so a cache
    /// that holds the working set saves most of that work.
    pub fn write_bulk<T>(&self, f: impl FnOnce(&Transaction<'_>) -> Result<T>) -> Result<T> {
        self.bulk(None::<fn() -> bool>, f)
    }

    /// [`Store::write_bulk`] that `stop` can end at any moment, even inside one long
    /// statement (SQLite's progress handler asks it every few thousand steps): the
    /// transaction is then rolled back, as for any failure, and `f`'s error is returned. A
    /// sync's content page uses it so that `cancel()` does not wait for a large page.
    pub fn write_bulk_until<T>(
        &self,
        stop: impl Fn() -> bool + Send + 'static,
        f: impl FnOnce(&Transaction<'_>) -> Result<T>,
    ) -> Result<T> {
        self.bulk(Some(stop), f)
    }

    fn bulk<T>(
        &self,
        stop: Option<impl Fn() -> bool + Send + 'static>,
        f: impl FnOnce(&Transaction<'_>) -> Result<T>,
    ) -> Result<T> {
        let interruptible = stop.is_some();
        self.with_writer(|conn| {
            if let Some(stop) = stop {
                conn.progress_handler(PROGRESS_STEPS, Some(stop))?;
            }
            conn.execute_batch(&format!("PRAGMA cache_size = -{BULK_CACHE_KIB}"))?;
            let result = (|| {
                let tx = conn.transaction_with_behavior(TransactionBehavior::Immediate)?;
                let value = f(&tx);
                // Removed before the rollback or the commit, which must not be interrupted,
                // and before the writer serves anyone else: a diary edit never is.
                let removed = match interruptible {
                    true => tx.progress_handler(0, None::<fn() -> bool>),
                    false => Ok(()),
                };
                let value = value?;
                removed?;
                tx.commit()?;
                Ok(value)
            })();
            if interruptible {
                conn.progress_handler(0, None::<fn() -> bool>)?;
            }
            conn.execute_batch(&format!("PRAGMA cache_size = -{CACHE_KIB}"))?;
            result
        })
    }

    /// Copies the write-ahead log into the database file and empties it (after a bulk load).
    pub fn checkpoint(&self) -> Result<()> {
        self.with_writer(|conn| Ok(conn.execute_batch("PRAGMA wal_checkpoint(TRUNCATE)")?))
    }

    /// Runs `f` on a connection that sees the last committed state: the writer's when it is
    /// free, else a read-only one. Every commit empties the page cache of every other
    /// connection, so after a write (the navigation stack, a draft) a reader decrypts again
    /// each page it needs; the writer's own cache stays warm, which halves the time of a
    /// screen's view after the event that changed it.
    pub fn read<T>(&self, f: impl FnOnce(&Connection) -> Result<T>) -> Result<T> {
        let _pass = self.gate.enter()?;
        if let Ok(writer) = self.writer.try_lock() {
            if let Some(conn) = writer.as_ref().filter(|c| c.is_autocommit()) {
                return f(conn);
            }
        }
        let pooled = self.readers.lock().unwrap_or_else(|p| p.into_inner()).pop();
        let conn = match pooled {
            Some(conn) => conn,
            None => {
                let key_literal = self
                    .key_literal
                    .lock()
                    .unwrap_or_else(|p| p.into_inner())
                    .clone();
                open_connection(&self.path, &key_literal, Access::Read, true, true)?
            }
        };
        let result = f(&conn);
        let mut pool = self.readers.lock().unwrap_or_else(|p| p.into_inner());
        if pool.len() < READER_POOL {
            pool.push(conn);
        }
        result
    }

    /// Sets the language chain (best first, as `i18n::negotiate` makes it) that every call
    /// taking languages uses when it is given none. Kept in memory: the app sets it after
    /// opening and whenever the person changes language. An empty chain restores the default,
    /// English then Italian.
    pub fn set_languages(&self, chain: Vec<String>) {
        let chain = if chain.is_empty() {
            crate::i18n::negotiate(&[], None)
        } else {
            chain
        };
        *self.languages.write().unwrap_or_else(|p| p.into_inner()) = chain;
    }

    /// The language chain set with [`Store::set_languages`] (English then Italian until then).
    pub fn languages(&self) -> Vec<String> {
        self.languages
            .read()
            .unwrap_or_else(|p| p.into_inner())
            .clone()
    }

    /// `chain` when given, for one call; otherwise the store's chain.
    pub fn chain_or(&self, chain: Option<Vec<String>>) -> Vec<String> {
        chain.unwrap_or_else(|| self.languages())
    }

    /// The schema version of the open database.
    pub fn schema_version(&self) -> Result<u32> {
        self.read(|conn| Ok(conn.pragma_query_value(None, "user_version", |row| row.get(0))?))
    }

    /// Copies the write-ahead log into the file and closes every connection. It waits for the
    /// calls under way; every call after it gives [`Error::Closed`]. Closing again does
    /// nothing.
    pub fn close(&self) -> Result<()> {
        let result = self.gate.exclusive(true, || {
            self.readers
                .lock()
                .unwrap_or_else(|p| p.into_inner())
                .clear();
            let writer = self.writer.lock().unwrap_or_else(|p| p.into_inner()).take();
            if let Some(conn) = writer {
                // A cached statement still holds a read open; the checkpoint needs none.
                conn.flush_prepared_statement_cache();
                let checkpoint = conn.execute_batch("PRAGMA wal_checkpoint(TRUNCATE)");
                conn.close().map_err(|(_, e)| e)?;
                checkpoint?;
            }
            Ok(())
        });
        match result {
            Err(Error::Closed) => Ok(()),
            other => other,
        }
    }

    /// Whether [`Store::close`] was called.
    pub fn is_closed(&self) -> bool {
        self.gate.is_closed()
    }

    /// Encrypts the whole database under `new_key`, keeping every record. A key that is not
    /// 32 bytes is refused and changes nothing.
    ///
    /// SQLCipher rekeys page by page in one transaction, so the database is under the old key
    /// or the new one, never half and half: the log is first copied into the file, the file
    /// leaves WAL mode for the rekey (a log would keep pages under the old key) and goes back
    /// to it after. Other calls wait meanwhile. If the app is killed during the rekey, the next
    /// open finds either key: keep the old key until this returns.
    pub fn change_key(&self, new_key: &[u8]) -> Result<()> {
        if new_key.len() != KEY_LEN {
            return Err(Error::invalid(
                crate::fields::StoreField::Key,
                InvalidReason::BadKeyLength,
            ));
        }
        let new_literal = format!("x'{}'", hex(new_key));
        self.gate.exclusive(false, || {
            // The readers hold the old key; they are opened again with the new one.
            self.readers
                .lock()
                .unwrap_or_else(|p| p.into_inner())
                .clear();
            let mut writer = self.writer.lock().unwrap_or_else(|p| p.into_inner());
            let conn = writer.as_mut().ok_or(Error::Closed)?;
            conn.execute_batch("PRAGMA wal_checkpoint(TRUNCATE)")?;
            let mode: String = conn.query_row("PRAGMA journal_mode = DELETE", [], |r| r.get(0))?;
            if !mode.eq_ignore_ascii_case("delete") {
                return Err(Error::Sqlite(rusqlite::Error::SqliteFailure(
                    rusqlite::ffi::Error::new(rusqlite::ffi::SQLITE_BUSY),
                    Some("the database could not leave WAL mode for the rekey".into()),
                )));
            }
            let rekeyed = conn.execute_batch(&format!("PRAGMA rekey = \"{new_literal}\""));
            let back = conn.query_row("PRAGMA journal_mode = WAL", [], |r| r.get::<_, String>(0));
            rekeyed?;
            back?;
            // A fresh writer with the new key proves the file is under it, and leaves no state
            // of the rekey behind (the old writer's next checkpoint was refused as locked).
            let fresh = open_connection(&self.path, &new_literal, Access::Write, true, true)?;
            fresh.execute_batch("PRAGMA synchronous = NORMAL; PRAGMA foreign_keys = ON;")?;
            fresh.set_db_config(DbConfig::SQLITE_DBCONFIG_NO_CKPT_ON_CLOSE, false)?;
            let old = std::mem::replace(conn, fresh);
            // The old writer must not checkpoint on its way out: the fresh one owns the log.
            let _ = old.set_db_config(DbConfig::SQLITE_DBCONFIG_NO_CKPT_ON_CLOSE, true);
            drop(old);
            *self.key_literal.lock().unwrap_or_else(|p| p.into_inner()) = new_literal;
            Ok(())
        })
    }
}

/// State shared by every `Store` open on the same file in this process (one sync at a time,
/// one map download at a time), kept while one of them holds it. Keyed by the file's absolute
/// path, so two stores opened on one file share it.
pub(crate) struct PerDatabase<T>(Mutex<Vec<(PathBuf, std::sync::Weak<T>)>>);

impl<T> PerDatabase<T> {
    pub(crate) const fn new() -> Self {
        PerDatabase(Mutex::new(Vec::new()))
    }

    /// The state of the database at `path`, made by `make` when no open store holds one.
    pub(crate) fn get(&self, path: &Path, make: impl FnOnce() -> T) -> std::sync::Arc<T> {
        let path = std::fs::canonicalize(path).unwrap_or_else(|_| path.to_path_buf());
        let mut open = self.0.lock().unwrap_or_else(|p| p.into_inner());
        open.retain(|(_, state)| state.strong_count() > 0);
        if let Some(state) = open
            .iter()
            .find(|(p, _)| *p == path)
            .and_then(|(_, s)| s.upgrade())
        {
            return state;
        }
        let state = std::sync::Arc::new(make());
        open.push((path, std::sync::Arc::downgrade(&state)));
        state
    }
}

/// Lets calls through while the store is open; `close` and `change_key` wait until no call is
/// under way and hold new ones back until they are done.
#[derive(Default)]
struct Gate {
    state: Mutex<GateState>,
    changed: Condvar,
}

#[derive(Default)]
struct GateState {
    /// Calls under way.
    active: usize,
    /// A close or rekey is waiting or running.
    exclusive: bool,
    closed: bool,
}

thread_local! {
    /// The gates this thread is inside, so that a call made from inside another (a read
    /// within a write) never waits for an exclusive operation that waits for it.
    static INSIDE: std::cell::RefCell<Vec<usize>> = const { std::cell::RefCell::new(Vec::new()) };
}

struct Pass<'a>(&'a Gate);

impl Gate {
    fn id(&self) -> usize {
        self as *const Gate as usize
    }

    fn lock(&self) -> MutexGuard<'_, GateState> {
        self.state.lock().unwrap_or_else(|p| p.into_inner())
    }

    fn enter(&self) -> Result<Pass<'_>> {
        let nested = INSIDE.with(|inside| inside.borrow().contains(&self.id()));
        let mut state = self.lock();
        while state.exclusive && !nested {
            state = self.changed.wait(state).unwrap_or_else(|p| p.into_inner());
        }
        if state.closed {
            return Err(Error::Closed);
        }
        state.active += 1;
        INSIDE.with(|inside| inside.borrow_mut().push(self.id()));
        Ok(Pass(self))
    }

    /// Runs `f` alone: after every call under way, before any new one. With `close`, the gate
    /// stays shut afterwards, whatever `f` gave.
    fn exclusive<T>(&self, close: bool, f: impl FnOnce() -> Result<T>) -> Result<T> {
        let mut state = self.lock();
        while state.exclusive {
            state = self.changed.wait(state).unwrap_or_else(|p| p.into_inner());
        }
        if state.closed {
            return Err(Error::Closed);
        }
        state.exclusive = true;
        while state.active > 0 {
            state = self.changed.wait(state).unwrap_or_else(|p| p.into_inner());
        }
        drop(state);
        let result = std::panic::catch_unwind(std::panic::AssertUnwindSafe(f));
        let mut state = self.lock();
        state.exclusive = false;
        state.closed |= close;
        drop(state);
        self.changed.notify_all();
        match result {
            Ok(result) => result,
            Err(panic) => std::panic::resume_unwind(panic),
        }
    }

    fn is_closed(&self) -> bool {
        self.lock().closed
    }
}

impl Drop for Pass<'_> {
    fn drop(&mut self) {
        let id = self.0.id();
        INSIDE.with(|inside| {
            let mut inside = inside.borrow_mut();
            if let Some(at) = inside.iter().rposition(|g| *g == id) {
                inside.remove(at);
            }
        });
        let mut state = self.0.lock();
        state.active -= 1;
        let idle = state.active == 0;
        drop(state);
        if idle {
            self.0.changed.notify_all();
        }
    }
}

/// What a connection may do.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Access {
    Read,
    /// Read and write an existing file.
    Write,
    /// Read and write, creating the file when there is none.
    Create,
}

/// Opens a connection and checks the key. The writer comes back in its original journal
/// mode, with checkpoint-on-close off, so that dropping it after a refusal changes nothing.
/// `had_log`: whether a write-ahead log with content was there before the open.
fn open_connection(
    path: &Path,
    key_literal: &str,
    access: Access,
    existed: bool,
    had_log: bool,
) -> Result<Connection> {
    ponte_cipher::ensure_linked();
    let flags = match access {
        Access::Read => OpenFlags::SQLITE_OPEN_READ_ONLY | OpenFlags::SQLITE_OPEN_NO_MUTEX,
        Access::Write => OpenFlags::SQLITE_OPEN_READ_WRITE | OpenFlags::SQLITE_OPEN_NO_MUTEX,
        Access::Create => {
            OpenFlags::SQLITE_OPEN_READ_WRITE
                | OpenFlags::SQLITE_OPEN_CREATE
                | OpenFlags::SQLITE_OPEN_NO_MUTEX
        }
    };
    let conn = Connection::open_with_flags(path, flags)?;
    // Closing the last connection would otherwise copy the write-ahead log into the file, even
    // after a wrong key: a refused open must leave every byte as it was.
    conn.set_db_config(DbConfig::SQLITE_DBCONFIG_NO_CKPT_ON_CLOSE, true)?;
    // SQLCipher would otherwise log every failed page check to stderr; the caller gets a typed
    // error instead. Pages are authenticated with HMAC-SHA256 rather than the default SHA512:
    // phones' ARMv8 crypto extensions (and x86 SHA-NI) accelerate SHA-256, and every page read
    // is checked, so this is most of the cost of reading an encrypted page.
    conn.execute_batch(&format!(
        "PRAGMA cipher_log_level = NONE; PRAGMA key = \"{key_literal}\"; PRAGMA cipher_hmac_algorithm = HMAC_SHA256;"
    ))?;
    // The first read decrypts page 1: this is where a wrong key shows.
    match conn.query_row("SELECT count(*) FROM sqlite_schema", [], |row| {
        row.get::<_, i64>(0)
    }) {
        Ok(_) => {}
        Err(rusqlite::Error::SqliteFailure(e, _))
            if e.code == ErrorCode::NotADatabase && existed =>
        {
            // Page 1 failed its HMAC. With SQLCipher that is what a wrong key looks like; a
            // damaged first page, or a file that is no database at all, looks the same, and
            // the length check catches the commonest damage (a cut-off file).
            return Err(Error::WrongKey);
        }
        Err(rusqlite::Error::SqliteFailure(e, detail)) if e.code == ErrorCode::DatabaseCorrupt => {
            if !had_log {
                // The key is right and the log, if any, was made by this open and is empty:
                // checkpointing it on close copies nothing and removes it.
                let _ = conn.set_db_config(DbConfig::SQLITE_DBCONFIG_NO_CKPT_ON_CLOSE, false);
            }
            return Err(Error::Damaged(detail.unwrap_or_else(|| e.to_string())));
        }
        Err(e) => return Err(e.into()),
    }
    conn.busy_timeout(std::time::Duration::from_secs(5))?;
    conn.execute_batch(&format!(
        "PRAGMA cache_size = -{CACHE_KIB}; PRAGMA temp_store = MEMORY;"
    ))?;
    if access == Access::Read {
        conn.execute_batch("PRAGMA foreign_keys = ON; PRAGMA query_only = ON;")?;
    }
    Ok(conn)
}

/// The write-ahead log beside the database file.
fn wal_path(path: &Path) -> PathBuf {
    let mut name = path.as_os_str().to_owned();
    name.push("-wal");
    PathBuf::from(name)
}

fn migrate(conn: &Connection) -> Result<()> {
    let found: u32 = conn.pragma_query_value(None, "user_version", |row| row.get(0))?;
    if found > SCHEMA_VERSION {
        return Err(Error::SchemaTooNew {
            found,
            known: SCHEMA_VERSION,
        });
    }
    if found == SCHEMA_VERSION {
        return Ok(());
    }
    // Foreign keys off while migrating (a pragma that only takes effect outside a transaction):
    // a migration that rebuilds a table, as SQLite must to change a column, drops the old one,
    // and with foreign keys on that would delete the rows referring to it. They are checked
    // before the commit instead.
    conn.execute_batch("PRAGMA foreign_keys = OFF; BEGIN IMMEDIATE")?;
    let result = (|| -> Result<()> {
        for (index, sql) in MIGRATIONS.iter().enumerate().skip(found as usize) {
            conn.execute_batch(sql)?;
            conn.pragma_update(None, "user_version", index as u32 + 1)?;
        }
        let dangling: Option<String> = conn
            .query_row("PRAGMA foreign_key_check", [], |r| r.get(0))
            .optional()?;
        if let Some(table) = dangling {
            return Err(Error::Damaged(format!(
                "a migration left rows of {table} referring to nothing"
            )));
        }
        Ok(())
    })();
    let finished = match result {
        Ok(()) => conn.execute_batch("COMMIT").map_err(Error::from),
        Err(e) => {
            let _ = conn.execute_batch("ROLLBACK");
            Err(e)
        }
    };
    conn.execute_batch("PRAGMA foreign_keys = ON")?;
    finished
}

fn hex(bytes: &[u8]) -> String {
    use std::fmt::Write;
    bytes
        .iter()
        .fold(String::with_capacity(bytes.len() * 2), |mut out, b| {
            let _ = write!(out, "{b:02x}");
            out
        })
}

/// Something made from a store's content (a word list, the glossary) and kept in memory for
/// one store and one version of its content: made again only after the content changed.
pub(crate) struct ContentCache<T> {
    kept: Mutex<Option<(PathBuf, u64, std::sync::Arc<T>)>>,
}

impl<T> ContentCache<T> {
    pub(crate) const fn new() -> ContentCache<T> {
        ContentCache {
            kept: Mutex::new(None),
        }
    }

    /// What `make` gives for `store`'s current content, made only when it is not kept yet.
    pub(crate) fn get(
        &self,
        store: &Store,
        make: impl FnOnce() -> Result<T>,
    ) -> Result<std::sync::Arc<T>> {
        let generation = store.content_generation();
        let path = store.path();
        if let Some((p, g, kept)) = &*self.kept.lock().unwrap_or_else(|p| p.into_inner()) {
            if p == path && *g == generation {
                return Ok(kept.clone());
            }
        }
        let made = std::sync::Arc::new(make()?);
        *self.kept.lock().unwrap_or_else(|p| p.into_inner()) =
            Some((path.to_owned(), generation, made.clone()));
        Ok(made)
    }
}

#[cfg(test)]
pub(crate) mod tests {
    use super::*;

    pub(crate) const KEY: [u8; 32] = [7; 32];

    pub(crate) fn temp_store() -> (tempfile::TempDir, Store) {
        let dir = tempfile::tempdir().unwrap();
        let store = Store::open(dir.path().join("ponte.db"), &KEY).unwrap();
        (dir, store)
    }

    #[test]
    fn trusted_keys_are_given_once_at_open_and_a_bad_one_is_refused() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("ponte.db");
        let demo = "eJ1mZqeYaQKe779cgMrFD5sgUFYZzToKnNFEqVA43+8=".to_owned();
        let refused = Store::open_with(
            &OpenOptions::new(path.display().to_string(), &KEY, true)
                .trusting(&[demo.clone(), "not a key".into()]),
        )
        .expect_err("a key that cannot be read is refused");
        assert!(matches!(
            refused,
            Error::Invalid { field, reason: InvalidReason::OutOfRange }
                if field == crate::fields::Field::from(crate::fields::StoreField::TrustedKeys)
        ));
        assert!(!path.exists(), "nothing is created on a refused open");
        let store = Store::open_with(
            &OpenOptions::new(path.display().to_string(), &KEY, true)
                .trusting(std::slice::from_ref(&demo)),
        )
        .unwrap();
        assert_eq!(store.trusted_keys(), [demo]);
    }

    #[test]
    fn the_language_chain_is_set_once_and_overridable_per_call() {
        let (_dir, store) = temp_store();
        assert_eq!(store.languages(), ["en", "it"]);
        store.set_languages(vec!["ar".into(), "en".into(), "it".into()]);
        assert_eq!(store.languages(), ["ar", "en", "it"]);
        assert_eq!(store.chain_or(None), ["ar", "en", "it"]);
        assert_eq!(store.chain_or(Some(vec!["fr".into()])), ["fr"]);
        store.set_languages(Vec::new());
        assert_eq!(store.languages(), ["en", "it"]);
    }

    #[test]
    fn new_database_is_at_the_latest_schema() {
        let (_dir, store) = temp_store();
        assert_eq!(store.schema_version().unwrap(), SCHEMA_VERSION);
        let mode: String = store
            .read(|c| Ok(c.pragma_query_value(None, "journal_mode", |r| r.get(0))?))
            .unwrap();
        assert_eq!(mode, "wal");
    }

    #[test]
    fn file_is_encrypted_at_rest() {
        let (dir, store) = temp_store();
        store
            .write(|tx| {
                tx.execute_batch(
                    "INSERT INTO meeting (id, at, tutor, topics, notes, updated_at)
                     VALUES ('m1', 0, 'Giulia Rossi', 'permesso', '', 0)",
                )?;
                Ok(())
            })
            .unwrap();
        drop(store);
        let bytes = std::fs::read(dir.path().join("ponte.db")).unwrap();
        assert!(!bytes.windows(12).any(|w| w == b"Giulia Rossi"));
        assert!(!bytes.starts_with(b"SQLite format 3"));
    }

    #[test]
    fn wrong_key_is_reported_and_changes_nothing() {
        let (dir, store) = temp_store();
        drop(store);
        let path = dir.path().join("ponte.db");
        let before = std::fs::read(&path).unwrap();
        let err = Store::open(&path, &[8; 32]).unwrap_err();
        assert!(matches!(err, Error::WrongKey), "{err:?}");
        assert_eq!(std::fs::read(&path).unwrap(), before);
        // The right key still opens it.
        Store::open(&path, &KEY).unwrap();
    }

    #[test]
    fn key_of_wrong_length_is_refused() {
        let dir = tempfile::tempdir().unwrap();
        let err = Store::open(dir.path().join("x.db"), &[1; 16]).unwrap_err();
        assert!(
            matches!(err, Error::Invalid { ref field, reason: InvalidReason::BadKeyLength } if *field == crate::fields::Field::from(crate::fields::StoreField::Key))
        );
        assert!(!dir.path().join("x.db").exists());
    }

    #[test]
    fn cut_off_file_is_reported_damaged_and_kept() {
        let (dir, store) = temp_store();
        drop(store);
        let path = dir.path().join("ponte.db");
        let mut bytes = std::fs::read(&path).unwrap();
        bytes.truncate(bytes.len() - 100);
        std::fs::write(&path, &bytes).unwrap();
        let err = Store::open(&path, &KEY).unwrap_err();
        assert!(matches!(err, Error::Damaged(_)), "{err:?}");
        assert_eq!(std::fs::read(&path).unwrap(), bytes);
    }

    #[test]
    fn damaged_page_is_reported_as_damaged() {
        let (dir, store) = temp_store();
        store
            .write(|tx| {
                for i in 0..300 {
                    tx.execute(
                        "INSERT INTO meeting (id, at, tutor, topics, notes, updated_at) VALUES (?1, 0, 'tutor', 'x', '', 0)",
                        [format!("m{i}")],
                    )?;
                }
                Ok(())
            })
            .unwrap();
        // Fold the WAL back so every page lives in the main file.
        store.write(|tx| Ok(tx.execute_batch("SELECT 1")?)).unwrap();
        drop(store);
        let path = dir.path().join("ponte.db");
        let mut bytes = std::fs::read(&path).unwrap();
        assert!(bytes.len() > 4096 * 4);
        // Damage every page but the first, so that the key still checks out.
        for page in 1..bytes.len() / 4096 {
            for b in &mut bytes[page * 4096 + 100..page * 4096 + 200] {
                *b ^= 0xff;
            }
        }
        std::fs::write(&path, &bytes).unwrap();
        let result = Store::open(&path, &KEY).and_then(|store| {
            store.read(|c| {
                Ok(c.query_row(
                    "SELECT count(*) FROM meeting WHERE tutor = 'tutor'",
                    [],
                    |r| r.get::<_, i64>(0),
                )?)
            })
        });
        let public: crate::PonteError = result.unwrap_err().into();
        assert!(
            matches!(public, crate::PonteError::Damaged { .. }),
            "{public:?}"
        );
    }

    #[test]
    fn newer_schema_is_refused_not_downgraded() {
        let (dir, store) = temp_store();
        store
            .write(|tx| Ok(tx.pragma_update(None, "user_version", SCHEMA_VERSION + 1)?))
            .unwrap();
        drop(store);
        let err = Store::open(dir.path().join("ponte.db"), &KEY).unwrap_err();
        assert!(matches!(err, Error::SchemaTooNew { .. }), "{err:?}");
    }

    fn add_meetings(store: &Store, from: usize, count: usize) {
        store
            .write(|tx| {
                for i in from..from + count {
                    tx.execute(
                        "INSERT INTO meeting (id, at, tutor, topics, notes, updated_at) VALUES (?1, 0, 'tutor', 'x', '', 0)",
                        [format!("m{i}")],
                    )?;
                }
                Ok(())
            })
            .unwrap();
    }

    fn meetings(store: &Store) -> i64 {
        store
            .read(|c| Ok(c.query_row("SELECT count(*) FROM meeting", [], |r| r.get(0))?))
            .unwrap()
    }

    fn bytes(path: &Path) -> Option<Vec<u8>> {
        std::fs::read(path).ok()
    }

    fn wal(path: &Path) -> PathBuf {
        wal_path(path)
    }

    /// A database whose last commits are still in its write-ahead log, as a phone leaves it
    /// when the app is killed: the files are copied while the store is open.
    fn database_with_pending_log(dir: &Path) -> PathBuf {
        let (live_dir, store) = temp_store();
        add_meetings(&store, 0, 20);
        store.checkpoint().unwrap();
        add_meetings(&store, 20, 30);
        let live = live_dir.path().join("ponte.db");
        let path = dir.join("copy.db");
        std::fs::copy(&live, &path).unwrap();
        std::fs::copy(wal(&live), wal(&path)).unwrap();
        drop(store);
        assert!(bytes(&wal(&path)).unwrap().len() > 4096);
        path
    }

    #[test]
    fn refused_open_changes_no_byte_of_the_file_or_its_log() {
        let dir = tempfile::tempdir().unwrap();
        let path = database_with_pending_log(dir.path());
        let (file, log) = (bytes(&path), bytes(&wal(&path)));
        let err = Store::open(&path, &[8; 32]).unwrap_err();
        assert!(matches!(err, Error::WrongKey), "{err:?}");
        assert!(bytes(&path) == file, "the file changed");
        assert!(bytes(&wal(&path)) == log, "the write-ahead log changed");
        // Not even when asked not to create, or twice.
        let err = Store::open_with(&OpenOptions::new(path.to_string_lossy(), &[9; 32], false))
            .unwrap_err();
        assert!(matches!(err, Error::WrongKey), "{err:?}");
        assert!(bytes(&path) == file && bytes(&wal(&path)) == log);
        // The right key sees every commit, the logged ones too.
        let store = Store::open(&path, &KEY).unwrap();
        assert_eq!(meetings(&store), 50);
    }

    #[test]
    fn newer_schema_refused_with_a_pending_log_changes_nothing() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("ponte.db");
        let store = Store::open(&path, &KEY).unwrap();
        store.checkpoint().unwrap();
        store
            .write(|tx| Ok(tx.pragma_update(None, "user_version", SCHEMA_VERSION + 1)?))
            .unwrap();
        let copy = dir.path().join("copy.db");
        std::fs::copy(&path, &copy).unwrap();
        std::fs::copy(wal(&path), wal(&copy)).unwrap();
        let (file, log) = (bytes(&copy), bytes(&wal(&copy)));
        let err = Store::open(&copy, &KEY).unwrap_err();
        assert!(matches!(err, Error::SchemaTooNew { .. }), "{err:?}");
        assert!(bytes(&copy) == file && bytes(&wal(&copy)) == log);
    }

    #[test]
    fn a_file_that_is_not_a_database_reports_wrong_key_and_is_kept() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("photo.jpg");
        // Bytes that look like nothing (a fixed pseudo-random sequence).
        let mut x = 0x2545_f491_4f6c_dd1du64;
        let noise: Vec<u8> = (0..4096 * 3)
            .map(|_| {
                x ^= x << 13;
                x ^= x >> 7;
                x ^= x << 17;
                x as u8
            })
            .collect();
        std::fs::write(&path, &noise).unwrap();
        for create in [true, false] {
            let err = Store::open_with(&OpenOptions::new(path.to_string_lossy(), &KEY, create))
                .unwrap_err();
            assert!(matches!(err, Error::WrongKey), "{err:?}");
            assert!(bytes(&path).unwrap() == noise);
        }
        let names: Vec<_> = std::fs::read_dir(dir.path())
            .unwrap()
            .map(|e| e.unwrap().file_name())
            .collect();
        assert_eq!(names, ["photo.jpg"]);
    }

    #[test]
    fn a_truncated_database_is_refused_and_kept() {
        let (dir, store) = temp_store();
        add_meetings(&store, 0, 300);
        store.close().unwrap();
        let path = dir.path().join("ponte.db");
        let full = bytes(&path).unwrap();
        assert!(full.len() > 4096 * 4);
        for keep in [4096, 4096 * 3, full.len() - 512] {
            let cut = full[..keep].to_vec();
            std::fs::write(&path, &cut).unwrap();
            for (key, create) in [([8; 32], true), (KEY, false)] {
                let opened =
                    Store::open_with(&OpenOptions::new(path.to_string_lossy(), &key, create))
                        .and_then(|store| {
                            let n = meetings_checked(&store)?;
                            store.close()?;
                            Ok(n)
                        });
                let opened = opened.unwrap_err();
                assert!(
                    matches!(opened, Error::WrongKey | Error::Damaged(_)),
                    "{keep} bytes, {key:?}: {opened:?}"
                );
                if key == KEY {
                    assert!(
                        matches!(opened, Error::Damaged(_)),
                        "{keep} bytes: {opened:?}"
                    );
                }
                assert!(bytes(&path).unwrap() == cut, "{keep} bytes changed");
                assert!(
                    !wal(&path).exists(),
                    "{keep} bytes, {key:?}: {opened:?} left a log"
                );
            }
        }
    }

    fn meetings_checked(store: &Store) -> Result<i64> {
        store.read(|c| Ok(c.query_row("SELECT count(*) FROM meeting", [], |r| r.get(0))?))
    }

    #[test]
    fn a_missing_file_is_created_only_when_asked() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("ponte.db");
        let options = OpenOptions::new(path.to_string_lossy(), &KEY, false);
        let err = Store::open_with(&options).unwrap_err();
        assert!(matches!(err, Error::NoDatabase), "{err:?}");
        let public: crate::PonteError = err.into();
        assert_eq!(public, crate::PonteError::NoDatabase);
        assert_eq!(std::fs::read_dir(dir.path()).unwrap().count(), 0);
        // An empty file is no diary either, and stays empty.
        std::fs::write(&path, b"").unwrap();
        let err = Store::open_with(&options).unwrap_err();
        assert!(matches!(err, Error::NoDatabase), "{err:?}");
        assert_eq!(bytes(&path).unwrap(), b"");
        std::fs::remove_file(&path).unwrap();
        // Asked to create: a new diary, which then opens without `create`.
        let store = Store::open_with(&OpenOptions {
            create: true,
            ..options.clone()
        })
        .unwrap();
        add_meetings(&store, 0, 3);
        store.close().unwrap();
        let store = Store::open_with(&options).unwrap();
        assert_eq!(meetings(&store), 3);
        // The key never shows in a debug print.
        assert!(!format!("{options:?}").contains("7, 7"));
    }

    #[test]
    fn close_checkpoints_closes_everything_and_later_calls_say_closed() {
        let (dir, store) = temp_store();
        let store = std::sync::Arc::new(store);
        add_meetings(&store, 0, 10);
        assert_eq!(meetings(&store), 10);
        let path = dir.path().join("ponte.db");
        assert!(bytes(&wal(&path)).is_some_and(|b| !b.is_empty()));
        store.close().unwrap();
        assert!(store.is_closed());
        // The log went into the file, and the last connection to close removed it: no
        // connection is left open.
        assert!(!wal(&path).exists(), "a connection is still open");
        let calls: [Result<()>; 5] = [
            store.read(|_| Ok(())),
            store.write(|_| Ok(())),
            store.write_bulk(|_| Ok(())),
            store.checkpoint(),
            store.change_key(&[1; 32]),
        ];
        for call in calls {
            assert!(matches!(call, Err(Error::Closed)), "{call:?}");
        }
        let diary = crate::diary::Diary::new(store.clone());
        let public: crate::PonteError = diary.meetings().unwrap_err().into();
        assert_eq!(public, crate::PonteError::Closed);
        // Closing again is fine.
        store.close().unwrap();
        let store = Store::open(&path, &KEY).unwrap();
        assert_eq!(meetings(&store), 10);
    }

    #[test]
    fn close_waits_for_calls_under_way() {
        let (_dir, store) = temp_store();
        let store = std::sync::Arc::new(store);
        add_meetings(&store, 0, 5);
        let (started, go) = (std::sync::Barrier::new(2), std::sync::Barrier::new(2));
        std::thread::scope(|scope| {
            let reading = scope.spawn(|| {
                store.read(|c| {
                    started.wait();
                    go.wait();
                    // A call made from inside a call under way still goes through.
                    let nested =
                        store.read(|c| {
                            Ok(c.query_row("SELECT count(*) FROM meeting", [], |r| {
                                r.get::<_, i64>(0)
                            })?)
                        })?;
                    let n: i64 = c.query_row("SELECT count(*) FROM meeting", [], |r| r.get(0))?;
                    Ok((nested, n))
                })
            });
            started.wait();
            let closing = scope.spawn(|| store.close());
            std::thread::sleep(std::time::Duration::from_millis(50));
            assert!(!closing.is_finished(), "close did not wait for the read");
            go.wait();
            assert_eq!(reading.join().unwrap().unwrap(), (5, 5));
            closing.join().unwrap().unwrap();
        });
        assert!(matches!(store.read(|_| Ok(())), Err(Error::Closed)));
    }

    #[test]
    fn change_key_keeps_every_record() {
        let (dir, store) = temp_store();
        let path = dir.path().join("ponte.db");
        add_meetings(&store, 0, 20);
        store.checkpoint().unwrap();
        add_meetings(&store, 20, 20);
        // Readers opened with the old key are in the pool.
        assert_eq!(meetings(&store), 40);
        let new_key = [42u8; 32];
        store.change_key(&new_key).unwrap();
        // The open store goes on, reading and writing, still in WAL mode.
        assert_eq!(meetings(&store), 40);
        add_meetings(&store, 40, 5);
        assert_eq!(meetings(&store), 45);
        let mode: String = store
            .read(|c| Ok(c.pragma_query_value(None, "journal_mode", |r| r.get(0))?))
            .unwrap();
        assert_eq!(mode, "wal");
        store.close().unwrap();
        let err = Store::open(&path, &KEY).unwrap_err();
        assert!(matches!(err, Error::WrongKey), "{err:?}");
        let store = Store::open(&path, &new_key).unwrap();
        assert_eq!(meetings(&store), 45);
        // And again, from the new key to a third.
        store.change_key(&[43; 32]).unwrap();
        drop(store);
        assert_eq!(meetings(&Store::open(&path, &[43; 32]).unwrap()), 45);
    }

    #[test]
    fn a_new_key_of_the_wrong_length_is_refused_and_changes_nothing() {
        let (dir, store) = temp_store();
        let path = dir.path().join("ponte.db");
        add_meetings(&store, 0, 5);
        store.checkpoint().unwrap();
        let before = (bytes(&path), bytes(&wal(&path)));
        for bad in [&[1u8; 16][..], &[], &[1; 33]] {
            let err = store.change_key(bad).unwrap_err();
            assert!(
                matches!(err, Error::Invalid { ref field, reason: InvalidReason::BadKeyLength } if *field == crate::fields::Field::from(crate::fields::StoreField::Key)),
                "{err:?}"
            );
        }
        assert!((bytes(&path), bytes(&wal(&path))) == before);
        assert_eq!(meetings(&store), 5);
        store.close().unwrap();
        assert_eq!(meetings(&Store::open(&path, &KEY).unwrap()), 5);
    }

    #[test]
    fn failed_write_rolls_back() {
        let (_dir, store) = temp_store();
        let err = store.write(|tx| {
            tx.execute_batch("INSERT INTO meeting (id, at, tutor, topics, notes, updated_at) VALUES ('m', 0, '', '', '', 0)")?;
            Err::<(), _>(Error::invalid(crate::fields::MeetingField::Tutor, InvalidReason::Required))
        });
        assert!(err.is_err());
        let n: i64 = store
            .read(|c| Ok(c.query_row("SELECT count(*) FROM meeting", [], |r| r.get(0))?))
            .unwrap();
        assert_eq!(n, 0);
    }
}

/// Databases made by every earlier schema version open with their data intact.
#[cfg(test)]
mod upgrade_tests {
    use super::tests::KEY;
    use super::*;
    use crate::diary::{Diary, Stage};
    use std::sync::Arc;

    /// Writes, with the schema of `version` exactly as that version wrote it, the records that
    /// version knew about.
    fn fill_as_version(conn: &Connection, version: u32) {
        if version >= 1 {
            conn.execute_batch(
                "INSERT INTO application (id, employer, position, source, city, contract_type, current_stage,
                     stage_changed_at, last_activity_at, created_at, updated_at)
                 VALUES ('a1', 'Caffè Terzi', 'Barista', 'walk_in', 'Bologna', 'seasonal', 'applied', 2000, 2000, 1000, 2000);
                 INSERT INTO stage_event (id, application_id, seq, stage, at, note, updated_at)
                 VALUES ('e1', 'a1', 1, 'saved', 1000, '', 1000), ('e2', 'a1', 2, 'applied', 2000, 'CV a mano', 2000);
                 INSERT INTO next_action (id, application_id, kind, note, due_at, created_at, updated_at)
                 VALUES ('n1', 'a1', 'call_back', 'Richiamare Paolo', 3000, 2000, 2000);
                 INSERT INTO meeting (id, at, tutor, topics, updated_at) VALUES ('m1', 1500, 'Giulia', 'CV', 1500);",
            )
            .unwrap();
        }
        if version >= 2 {
            conn.execute_batch(
                "INSERT INTO skill (id, text, updated_at) VALUES ('s1', 'Caffetteria', 2500);",
            )
            .unwrap();
        }
        if version >= 3 {
            conn.execute_batch(
                "INSERT INTO service (n, id, version, organisation, category_bits, audience_bits, address, city, region,
                    lat, lon, contacts, languages_spoken, source, source_language)
                 VALUES (1, 'bo-1', 1, 'Comune', 1, 1, 'Via Rizzoli 1', 'Bologna', 'bologna', 44.49, 11.34, '[]', ',it,', 'demo', 'it');
                 INSERT INTO service_text (service_n, language, name, description, eligibility, how_to, provenance, source_version)
                 VALUES (1, 'it', 'Sportello lavoro', '', '', '', 'original', 1),
                        (1, 'ar', 'مكتب العمل', '', '', '', 'machine', 1);
                 INSERT INTO service_place (n, min_lat, max_lat, min_lon, max_lon) VALUES (1, 44.49, 44.49, 11.34, 11.34);",
            )
            .unwrap();
        }
        if (5..10).contains(&version) {
            // Schemas 5 to 9 kept a tutor item's time twice: Italian local text and the instant.
            conn.execute_batch(
                "INSERT INTO tutor_item (id, kind, title, text, at, at_ms, place, url, done, updated_at)
                 VALUES ('t1', 'referral', 'CPI Bologna', '', '2026-12-01T09:30', 1796113800000, 'Via Castiglione 3', '', 0, 3000);",
            )
            .unwrap();
        }
        if version >= 10 {
            // From schema 10 on, the instant alone, and the tutor's name.
            conn.execute_batch(
                "INSERT INTO tutor_item (id, kind, title, text, at_ms, place, url, done, updated_at, tutor)
                 VALUES ('t1', 'referral', 'CPI Bologna', '', 1796113800000, 'Via Castiglione 3', '', 0, 3000, '');",
            )
            .unwrap();
        }
        if version >= 6 {
            // From schema 6 on, the names travel on the row (written by the content's apply).
            conn.execute_batch(
                r#"UPDATE service SET names = '{"ar":"مكتب العمل","it":"Sportello lavoro"}' WHERE n = 1;"#,
            )
            .unwrap();
        }
    }

    /// Lessons (schema 4) and guides with their passages (schemas 13 and 14): schema 15
    /// renumbers the passages per language, schema 16 reads the lessons' passages.
    fn fill_content_as_version(conn: &Connection, version: u32) {
        if version >= 4 {
            conn.execute_batch(
                r#"INSERT INTO lesson_pack (id, version, key_id, demo, installed_at) VALUES ('p', 1, 'k', 1, 0);
                   INSERT INTO course (id, pack_id, position, content) VALUES ('c', 'p', 0, '{}');
                   INSERT INTO lesson (id, course_id, position, content) VALUES ('wifi', 'c', 0,
                     '{"id":"wifi","title":{"en":"Wi-Fi"},"summary":{"en":"Connect"},"glossary":[],
                       "steps":[{"id":"s","kind":"explain","text":{"en":"Wi-Fi is a **wireless** network."}}]}');"#,
            )
            .unwrap();
        }
        if version >= 16 {
            // Written by the pack's install from schema 16 on.
            conn.execute_batch(
                "INSERT INTO lesson_passage (lesson_id, language, block, text)
                 VALUES ('wifi', 'en', -1, 'Wi-Fi'), ('wifi', 'en', 1, 'Wi-Fi is a **wireless** network.');",
            )
            .unwrap();
        }
        if version >= 13 {
            conn.execute_batch(
                "INSERT INTO guide (n, id, version, region, parent, position, last_checked, sources, source_language)
                 VALUES (1, 'rinnovo', 1, NULL, NULL, 1, NULL, '[]', 'it');
                 INSERT INTO guide_text (guide_n, language, title, body, provenance, source_version)
                 VALUES (1, 'it', 'Rinnovo', 'Il permesso si rinnova.', 'original', 1),
                        (1, 'en', 'Renewal', 'The permit is renewed.', 'machine', 1);",
            )
            .unwrap();
        }
        if version == 14 {
            conn.execute_batch(
                "INSERT INTO guide_passage (guide_n, language, block, text)
                 VALUES (1, 'it', -1, 'Rinnovo'), (1, 'en', -1, 'Renewal'),
                        (1, 'it', 0, 'Il permesso si rinnova.'), (1, 'en', 0, 'The permit is renewed.');",
            )
            .unwrap();
        } else if version >= 15 {
            // Each language's passages in its slot's range, as the content's apply writes them.
            conn.execute_batch(
                "INSERT INTO guide_passage_language (language, slot) VALUES ('en', 1), ('it', 2);
                 INSERT INTO guide_passage (p, guide_n, language, block, text)
                 VALUES ((2 << 32) + 1, 1, 'it', -1, 'Rinnovo'), ((1 << 32) + 1, 1, 'en', -1, 'Renewal'),
                        ((2 << 32) + 2, 1, 'it', 0, 'Il permesso si rinnova.'),
                        ((1 << 32) + 2, 1, 'en', 0, 'The permit is renewed.');",
            )
            .unwrap();
        }
    }

    fn make_database_at(path: &Path, version: u32) {
        let conn = open_connection(
            path,
            &format!("x'{}'", hex(&KEY)),
            Access::Create,
            false,
            false,
        )
        .unwrap();
        for (index, sql) in MIGRATIONS.iter().enumerate().take(version as usize) {
            conn.execute_batch(sql).unwrap();
            conn.pragma_update(None, "user_version", index as u32 + 1)
                .unwrap();
        }
        fill_as_version(&conn, version);
        fill_content_as_version(&conn, version);
    }

    #[test]
    fn every_earlier_schema_opens_with_its_data_intact() {
        for version in 0..SCHEMA_VERSION {
            let dir = tempfile::tempdir().unwrap();
            let path = dir.path().join("old.db");
            make_database_at(&path, version);
            let store = Arc::new(Store::open(&path, &KEY).unwrap());
            assert_eq!(
                store.schema_version().unwrap(),
                SCHEMA_VERSION,
                "from version {version}"
            );
            let diary = Diary::new(store.clone());
            if version >= 1 {
                let app = diary.application("a1").unwrap();
                assert_eq!(
                    (app.details.employer.as_str(), app.current_stage),
                    ("Caffè Terzi", Stage::Applied)
                );
                assert_eq!(diary.timeline("a1").unwrap()[1].note, "CV a mano");
                assert_eq!(
                    diary.actions(Some("a1")).unwrap()[0].details.note,
                    "Richiamare Paolo"
                );
                assert_eq!(diary.meetings().unwrap()[0].details.tutor, "Giulia");
                // Records written before search existed are found by it.
                assert_eq!(diary.search("caffe", 5).unwrap()[0].record_id, "a1");
                assert_eq!(diary.search("paolo", 5).unwrap()[0].record_id, "n1");
                // And the upgraded database takes new writes.
                diary
                    .move_to_stage("a1", Stage::Interview, "", None)
                    .unwrap();
            }
            if version >= 2 {
                assert_eq!(
                    diary.profile().unwrap().skills[0].details.text,
                    "Caffetteria"
                );
            }
            if version >= 3 {
                // Services stored before their names moved onto the row show their names.
                let services = crate::services::Services::new(store.clone());
                let found = services
                    .near(
                        44.49,
                        11.34,
                        1_000.0,
                        5,
                        &Default::default(),
                        &["ar".into()],
                        crate::time::Timestamp::from_millis(0),
                    )
                    .unwrap();
                assert_eq!(found[0].name, "مكتب العمل", "from version {version}");
                // And the search index, rebuilt without the language token, finds it.
                let hits = services
                    .search_at(
                        "sportel",
                        &["ar".into()],
                        None,
                        &Default::default(),
                        5,
                        crate::time::Timestamp::from_millis(0),
                    )
                    .unwrap();
                assert_eq!(hits.len(), 1, "from version {version}");
                // The table rebuilt for services without a position (schema 21) kept the
                // service whole, and its texts still go with it.
                let details = services.service("bo-1", &["it".into()], None).unwrap();
                assert_eq!(
                    (
                        details.position,
                        details.attribution.as_str(),
                        details.text.name.as_str()
                    ),
                    (
                        Some(crate::services::GeoPoint {
                            lat: 44.49,
                            lon: 11.34
                        }),
                        "",
                        "Sportello lavoro"
                    ),
                    "from version {version}"
                );
                services
                    .apply_changes(&[ponte_wire::ContentChange::DeleteService {
                        id: "bo-1".into(),
                    }])
                    .unwrap();
                let texts_left: i64 = store
                    .read(|c| {
                        Ok(c.query_row("SELECT count(*) FROM service_text", [], |r| r.get(0))?)
                    })
                    .unwrap();
                assert_eq!(texts_left, 0, "from version {version}");
            }
            if version >= 4 {
                // Lessons installed before Ask answered from them are answered from.
                let answer = crate::guides::Guides::new(store.clone())
                    .ask("wireless", None, &["en".into()], 3)
                    .unwrap();
                assert_eq!(
                    answer
                        .first()
                        .map(|p| (p.source_id.as_str(), p.text.as_str())),
                    Some(("wifi", "Wi-Fi is a wireless network.")),
                    "from version {version}"
                );
            }
            if version >= 14 {
                // Guides' passages renumbered per language are still found, in each language.
                let guides = crate::guides::Guides::new(store.clone());
                for (question, language) in [("permesso", "it"), ("permit", "en")] {
                    let answer = guides.ask(question, None, &[language.into()], 3).unwrap();
                    assert_eq!(
                        answer
                            .first()
                            .map(|p| (p.source_id.as_str(), p.language.as_str())),
                        Some(("rinnovo", language)),
                        "from version {version}"
                    );
                }
            }
            if version >= 13 {
                // Guides stored before images existed have none, and no words for one.
                let shown = crate::guides::Guides::new(store.clone())
                    .guide("rinnovo", None, &["en".into()])
                    .unwrap();
                assert_eq!(
                    (shown.title.as_str(), shown.image),
                    ("Renewal", None),
                    "from version {version}"
                );
            }
            if version >= 5 {
                // The tutor's item keeps its instant and place; its tutor is not known yet.
                let items = crate::sync::SyncClient::new(store.clone(), Vec::new())
                    .tutor_items()
                    .unwrap();
                assert_eq!(
                    (
                        items[0].at,
                        items[0].place.as_str(),
                        items[0].tutor.as_str()
                    ),
                    (
                        Some(crate::time::Timestamp::from_millis(1_796_113_800_000)),
                        "Via Castiglione 3",
                        ""
                    ),
                    "from version {version}"
                );
            }
        }
    }
}

#[cfg(test)]
mod cipher_tests {
    #[test]
    fn pages_are_authenticated_with_hmac_sha256() {
        let (_dir, store) = super::tests::temp_store();
        let algorithm: String = store
            .read(|c| Ok(c.query_row("PRAGMA cipher_hmac_algorithm", [], |r| r.get(0))?))
            .unwrap();
        assert_eq!(algorithm, "HMAC_SHA256");
    }
}
#[cfg(test)]
mod close_after_rekey {
    /// A new diary rekeyed, read and closed: the writer kept from before the rekey had its
    /// checkpoint refused as "locked", so `close` failed.
    #[test]
    fn a_rekeyed_new_diary_closes_after_a_read() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("p.db");
        let store = std::sync::Arc::new(super::Store::open(&path, &[1; 32]).unwrap());
        let diary = crate::diary::Diary::new(store.clone());
        store.change_key(&[2; 32]).unwrap();
        assert!(diary.meetings().unwrap().is_empty());
        store.close().unwrap();
        assert!(matches!(
            super::Store::open(&path, &[1; 32]),
            Err(crate::Error::WrongKey)
        ));
        super::Store::open(&path, &[2; 32]).unwrap();
    }
}
