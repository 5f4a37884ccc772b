//! The encrypted database: opening, migrations, and the writer/reader connections.
//!
//! SQLCipher encrypts every page. The app passes a raw 32-byte key that it keeps in the Android
//! Keystore or the iOS Keychain; a raw key skips SQLCipher's PBKDF2, so opening costs no
//! key-derivation time. Writes go through one writer connection in a transaction; reads use a
//! small pool of read-only connections, so a slow write never blocks the home screen. WAL lets
//! both happen at once.

use std::path::{Path, PathBuf};
use std::sync::Mutex;

use rusqlite::{ffi::ErrorCode, Connection, OpenFlags, Transaction, TransactionBehavior};

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
];

/// The schema version this build writes.
pub const SCHEMA_VERSION: u32 = MIGRATIONS.len() as u32;

/// Read connections kept open for reuse; more may be opened under load and are then dropped.
const READER_POOL: usize = 2;
/// Page cache per connection, KiB.
const CACHE_KIB: u32 = 8 * 1024;
/// Page cache of the writer during a bulk load, KiB.
const BULK_CACHE_KIB: u32 = 96 * 1024;

pub struct Store {
    path: PathBuf,
    /// `x'…'` literal of the raw key, as `PRAGMA key` wants it.
    key_literal: String,
    writer: Mutex<Connection>,
    readers: Mutex<Vec<Connection>>,
    /// Raised whenever the territory's content changes, so caches over it (parsed opening
    /// hours) know to start again, whichever object made the change.
    content_generation: std::sync::atomic::AtomicU64,
    /// The person's language chain, best first (see [`Store::set_languages`]).
    languages: std::sync::RwLock<Vec<String>>,
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
    /// Opens (or creates) the encrypted database at `path` and brings its schema up to date.
    ///
    /// A wrong key gives [`Error::WrongKey`] and leaves the file untouched; a file that is not a
    /// database gives [`Error::Damaged`]; neither is ever wiped.
    pub fn open(path: impl AsRef<Path>, key: &[u8]) -> Result<Store> {
        let path = path.as_ref().to_path_buf();
        if key.len() != KEY_LEN {
            return Err(Error::invalid("key", InvalidReason::BadKeyLength));
        }
        let existing_len = match std::fs::metadata(&path) {
            Ok(meta) => meta.len(),
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => 0,
            Err(e) => return Err(e.into()),
        };
        // SQLCipher files are whole pages (at least 512 bytes each); anything else was cut short
        // or is not ours, and a wrong-key message would send the person looking for a key.
        if existing_len > 0 && existing_len % 512 != 0 {
            return Err(Error::Damaged(format!(
                "file length {existing_len} is not a whole number of pages"
            )));
        }
        let key_literal = format!("x'{}'", hex(key));
        let writer = open_connection(&path, &key_literal, false, existing_len > 0)?;
        migrate(&writer)?;
        Ok(Store {
            path,
            key_literal,
            writer: Mutex::new(writer),
            readers: Mutex::new(Vec::new()),
            content_generation: std::sync::atomic::AtomicU64::new(0),
            languages: std::sync::RwLock::new(crate::i18n::negotiate(&[], None)),
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

    /// Runs `f` inside an immediate write transaction, committed when `f` succeeds and rolled
    /// back when it fails, so a refused input changes nothing.
    pub fn write<T>(&self, f: impl FnOnce(&Transaction<'_>) -> Result<T>) -> Result<T> {
        let mut conn = self
            .writer
            .lock()
            .unwrap_or_else(|poisoned| poisoned.into_inner());
        let tx = conn.transaction_with_behavior(TransactionBehavior::Immediate)?;
        let value = f(&tx)?;
        tx.commit()?;
        Ok(value)
    }

    /// Runs `f` in one write transaction with a large page cache, for bulk loads (a first
    /// download, an import): SQLCipher encrypts a page each time it leaves the cache, so a cache
    /// that holds the working set saves most of that work.
    pub fn write_bulk<T>(&self, f: impl FnOnce(&Transaction<'_>) -> Result<T>) -> Result<T> {
        let mut conn = self
            .writer
            .lock()
            .unwrap_or_else(|poisoned| poisoned.into_inner());
        conn.execute_batch(&format!("PRAGMA cache_size = -{BULK_CACHE_KIB}"))?;
        let result = (|| {
            let tx = conn.transaction_with_behavior(TransactionBehavior::Immediate)?;
            let value = f(&tx)?;
            tx.commit()?;
            Ok(value)
        })();
        conn.execute_batch(&format!("PRAGMA cache_size = -{CACHE_KIB}"))?;
        result
    }

    /// Copies the write-ahead log into the database file and empties it (after a bulk load).
    pub fn checkpoint(&self) -> Result<()> {
        let conn = self
            .writer
            .lock()
            .unwrap_or_else(|poisoned| poisoned.into_inner());
        conn.execute_batch("PRAGMA wal_checkpoint(TRUNCATE)")?;
        Ok(())
    }

    /// Runs `f` on a read-only connection that sees the last committed state.
    pub fn read<T>(&self, f: impl FnOnce(&Connection) -> Result<T>) -> Result<T> {
        let pooled = self.readers.lock().unwrap_or_else(|p| p.into_inner()).pop();
        let conn = match pooled {
            Some(conn) => conn,
            None => open_connection(&self.path, &self.key_literal, true, true)?,
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
}

fn open_connection(
    path: &Path,
    key_literal: &str,
    read_only: bool,
    existed: bool,
) -> Result<Connection> {
    let flags = if read_only {
        OpenFlags::SQLITE_OPEN_READ_ONLY | OpenFlags::SQLITE_OPEN_NO_MUTEX
    } else {
        OpenFlags::SQLITE_OPEN_READ_WRITE
            | OpenFlags::SQLITE_OPEN_CREATE
            | OpenFlags::SQLITE_OPEN_NO_MUTEX
    };
    let conn = Connection::open_with_flags(path, flags)?;
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
            // damaged first page looks the same, and the length check above catches the
            // commonest damage (a cut-off file).
            return Err(Error::WrongKey);
        }
        Err(rusqlite::Error::SqliteFailure(e, detail)) if e.code == ErrorCode::DatabaseCorrupt => {
            return Err(Error::Damaged(detail.unwrap_or_else(|| e.to_string())));
        }
        Err(e) => return Err(e.into()),
    }
    conn.busy_timeout(std::time::Duration::from_secs(5))?;
    conn.execute_batch(&format!(
        "PRAGMA cache_size = -{CACHE_KIB}; PRAGMA temp_store = MEMORY;"
    ))?;
    if read_only {
        conn.execute_batch("PRAGMA foreign_keys = ON; PRAGMA query_only = ON;")?;
    } else {
        // NORMAL in WAL mode: a power cut may lose the last commit, never corrupt the file.
        conn.execute_batch(
            "PRAGMA journal_mode = WAL; PRAGMA synchronous = NORMAL; PRAGMA foreign_keys = ON;",
        )?;
    }
    Ok(conn)
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
    conn.execute_batch("BEGIN IMMEDIATE")?;
    let result = (|| -> Result<()> {
        for (index, sql) in MIGRATIONS.iter().enumerate().skip(found as usize) {
            conn.execute_batch(sql)?;
            conn.pragma_update(None, "user_version", index as u32 + 1)?;
        }
        Ok(())
    })();
    match result {
        Ok(()) => conn.execute_batch("COMMIT")?,
        Err(e) => {
            let _ = conn.execute_batch("ROLLBACK");
            return Err(e);
        }
    }
    Ok(())
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
            matches!(err, Error::Invalid { ref field, reason: InvalidReason::BadKeyLength } if field == "key")
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

    #[test]
    fn failed_write_rolls_back() {
        let (_dir, store) = temp_store();
        let err = store.write(|tx| {
            tx.execute_batch("INSERT INTO meeting (id, at, tutor, topics, notes, updated_at) VALUES ('m', 0, '', '', '', 0)")?;
            Err::<(), _>(Error::invalid("tutor", InvalidReason::Required))
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
        if version >= 6 {
            // From schema 6 on, the names travel on the row (written by the content's apply).
            conn.execute_batch(
                r#"UPDATE service SET names = '{"ar":"مكتب العمل","it":"Sportello lavoro"}' WHERE n = 1;"#,
            )
            .unwrap();
        }
    }

    fn make_database_at(path: &Path, version: u32) {
        let conn = open_connection(path, &format!("x'{}'", hex(&KEY)), false, false).unwrap();
        for (index, sql) in MIGRATIONS.iter().enumerate().take(version as usize) {
            conn.execute_batch(sql).unwrap();
            conn.pragma_update(None, "user_version", index as u32 + 1)
                .unwrap();
        }
        fill_as_version(&conn, version);
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
