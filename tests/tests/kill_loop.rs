//! Nothing lost under kills: a phone process killed with SIGKILL at random moments, again and
//! again, while it imports services, installs lesson packs, applies content pages from a real
//! coordinator, edits the diary and pushes. After each kill the parent opens the database:
//! `PRAGMA integrity_check` is ok, no batch is half applied, and every diary edit the core
//! acknowledged (journaled by the child after the call returned Ok) is there, once.
//!
//! `PONTE_KILLS` sets the number of kills (200 by default), `PONTE_KILL_SEED` replays a run.

mod support;

use std::collections::{BTreeMap, BTreeSet};
use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::sync::Arc;
use std::time::{Duration, Instant};

use ponte_core::diary::{ApplicationDetails, Diary, JobSource, Stage};
use ponte_core::lessons::Lessons;
use ponte_core::services::{ImportFormat, Services};
use ponte_core::sync::ConsentChoice;
use ponte_core::Store;
use ponte_wire::import::ImportOptions;
use ponte_wire::pack::{self, Curriculum, SigningKey};
use support::{Coordinator, Phone, Tutor};

/// The phone's directory, given to the child.
const PHONE_DIR: &str = "PONTE_KILL_PHONE_DIR";
/// The child's own seed (the run's seed and its number).
const CHILD_SEED: &str = "PONTE_KILL_CHILD_SEED";
/// The coordinator's address, for the child's syncs.
const SERVER: &str = "PONTE_KILL_SERVER";

/// Services in each import; all carry the import's generation in their organisation.
const IMPORTED: usize = 300;
/// Content changes the coordinator gains before each child: the same services each time, so a
/// phone behind by two rounds gets a page with a service twice. Few, so that a child, killed
/// within a second, often lives to apply its page (500 changes at most) and kills fall before,
/// during and after the commit, and the phone keeps up with the feed.
const CONTENT_PER_ROUND: usize = 30;
/// The longest a child runs before it is killed.
const MAX_LIFE_MS: u64 = 900;
/// Diary additions (each with an edit) in one go.
const DIARY_BURST: u64 = 10;
/// The phone's FTS5 tables, each checked against its content after every kill.
const FULL_TEXT_INDEXES: [&str; 4] = [
    "service_search",
    "diary_search",
    "guide_passage_search",
    "lesson_passage_search",
];
const PACK_ID: &str = "kill-pack";
const SIGNING_SEED: [u8; 32] = [23; 32];

/// splitmix64: the loop's randomness, replayable from its seed.
struct Random(u64);

impl Random {
    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }

    fn below(&mut self, n: u64) -> u64 {
        self.next() % n
    }
}

fn store_at(dir: &Path) -> Arc<Store> {
    Arc::new(Store::open(dir.join("ponte.db"), &[7u8; 32]).expect("the database opens"))
}

fn content_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../content")
}

/// The shipped curriculum, with the pack's version in every course's English title, so a
/// course left over from another version shows.
fn curriculum(version: u32) -> (Curriculum, BTreeMap<String, Vec<u8>>) {
    let (mut courses, media) = ponte_wire::lessons::load_dir(&content_dir().join("lessons"))
        .expect("the shipped lessons load");
    for course in &mut courses {
        let title = course.title.entry("en".into()).or_default();
        title.push_str(&format!(" v{version}"));
    }
    (Curriculum { courses }, media)
}

fn trusted() -> Vec<String> {
    vec![pack::public_key_to_base64(
        &SigningKey::from_bytes(&SIGNING_SEED).verifying_key(),
    )]
}

/// `IMPORTED` services in the demo file's columns, all of generation `generation`.
fn import_csv(generation: u64) -> String {
    let demo = std::fs::read_to_string(content_dir().join("territory/bologna.csv")).unwrap();
    let mut csv = format!("{}\n", demo.lines().next().unwrap());
    for n in 0..IMPORTED {
        let lat = 44.48 + (n % 50) as f64 * 0.001;
        let lon = 11.31 + (n / 50) as f64 * 0.002;
        csv.push_str(&format!(
            "ki-{n:04},Import g{generation},work,Via di prova {n},Bologna,bologna,{lat:.4},{lon:.4},,,,,it;en,everyone,,,,kill loop,it,\
             Sportello {n},Servizio di prova numero {n} per il lavoro.,Tutti.,Telefonare prima.,\
             Desk {n},Test service number {n} for work.,مكتب {n},Guichet {n},machine,machine,machine\n"
        ));
    }
    csv
}

fn details(employer: &str, notes: &str) -> ApplicationDetails {
    ApplicationDetails {
        employer: employer.into(),
        position: "Cook".into(),
        source: JobSource::WordOfMouth,
        source_detail: String::new(),
        city: "Bologna".into(),
        contract_type: None,
        contact_name: String::new(),
        contact_phone: String::new(),
        contact_email: String::new(),
        job_url: String::new(),
        notes: notes.into(),
    }
}

/// What the child journaled: the employers of the applications it added (by id) and the
/// number of the last edit of each application's notes.
#[derive(Default)]
struct Journal {
    added: BTreeMap<String, String>,
    notes: BTreeMap<String, u64>,
}

impl Journal {
    fn path(dir: &Path) -> PathBuf {
        dir.join("journal")
    }

    /// Whole lines only: a line cut by the kill was never fsynced, so never counted.
    fn read(dir: &Path) -> Journal {
        let text = std::fs::read_to_string(Journal::path(dir)).unwrap_or_default();
        let mut journal = Journal::default();
        let complete = text.rfind('\n').map_or("", |end| &text[..end]);
        for line in complete.lines() {
            let mut parts = line.splitn(3, ' ');
            match (parts.next(), parts.next(), parts.next()) {
                (Some("add"), Some(id), Some(employer)) => {
                    journal.added.insert(id.into(), employer.into());
                }
                (Some("note"), Some(id), Some(n)) => {
                    journal.notes.insert(id.into(), n.parse().unwrap());
                }
                _ => panic!("a journal line the child never writes: {line:?}"),
            }
        }
        journal
    }
}

/// Appends a line and waits for it to reach the disk: written only after the core's call
/// returned Ok, so each line is an edit the person was told was saved.
fn journal(file: &mut std::fs::File, line: &str) {
    file.write_all(format!("{line}\n").as_bytes()).unwrap();
    file.sync_data().unwrap();
}

/// The child: works on the phone's database until its parent kills it.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
#[ignore = "the phone's process in nothing_is_lost_under_200_kills, which starts it"]
async fn kill_loop_child() {
    let dir = PathBuf::from(std::env::var_os(PHONE_DIR).expect("started by its parent test"));
    let server = std::env::var(SERVER).unwrap();
    let mut random = Random(std::env::var(CHILD_SEED).unwrap().parse().unwrap());
    let phase = |name: &str| std::fs::write(dir.join("phase"), name).unwrap();
    phase("open");
    let store = store_at(&dir);
    let sync = ponte_core::sync::SyncClient::new(store.clone(), trusted());
    let diary = Diary::new(store.clone());
    let services = Services::new(store.clone());
    let lessons = Lessons::new(store.clone());
    let mut known = Journal::read(&dir);
    let mut file = std::fs::OpenOptions::new()
        .create(true)
        .append(true)
        .open(Journal::path(&dir))
        .unwrap();
    let me: u64 = random.next();
    for step in 0u64.. {
        // A sync first: each child gets on with the content and the pushes before other work.
        let action = if step == 0 { 6 } else { random.below(7) };
        match action {
            0..=2 => {
                phase("diary");
                // A few edits in a row, as a person filling in the diary.
                for edit in 0..DIARY_BURST {
                    let employer = format!("E{me:016x}-{step}-{edit}");
                    let added = diary
                        .add_application(&details(&employer, ""), Stage::Applied, None)
                        .unwrap();
                    journal(&mut file, &format!("add {} {employer}", added.id));
                    known.added.insert(added.id, employer);
                    // One more edit of an application the journal knows.
                    let (id, employer) = known
                        .added
                        .iter()
                        .nth(random.below(known.added.len() as u64) as usize)
                        .map(|(i, e)| (i.clone(), e.clone()))
                        .unwrap();
                    let n = known.notes.get(&id).map_or(1, |n| n + 1);
                    diary
                        .update_application(&id, &details(&employer, &format!("edit {n}")))
                        .unwrap();
                    journal(&mut file, &format!("note {id} {n}"));
                    known.notes.insert(id, n);
                }
            }
            3 => {
                phase("import");
                let csv = import_csv(me ^ step);
                services
                    .import(
                        ImportFormat::Csv,
                        csv.as_bytes(),
                        &ImportOptions::for_region("bologna", "Bologna"),
                    )
                    .unwrap();
            }
            4 => {
                phase("pack");
                let installed = store
                    .read(|c| {
                        use rusqlite::OptionalExtension;
                        Ok(c.query_row(
                            "SELECT version FROM lesson_pack WHERE id = ?1",
                            [PACK_ID],
                            |r| r.get::<_, u32>(0),
                        )
                        .optional()?)
                    })
                    .unwrap()
                    .unwrap_or(0);
                let (curriculum, media) = curriculum(installed + 1);
                let bytes = pack::build(
                    PACK_ID,
                    installed + 1,
                    &curriculum,
                    &media,
                    &SigningKey::from_bytes(&SIGNING_SEED),
                    true,
                );
                lessons.install_pack(&bytes, &trusted()).unwrap();
            }
            _ => {
                phase("sync");
                sync.sync_now(true, None).await.unwrap_or_else(|e| {
                    panic!("the sync with {server} failed: {e:?}");
                });
            }
        }
    }
}

/// The coordinator's content feed gains `CONTENT_PER_ROUND` changes of services `kc-*`, each at
/// version `round`: what the next children's syncs download, page by page.
fn add_content(coordinator: &Coordinator, round: u32) {
    let mut conn = rusqlite::Connection::open(coordinator.database()).unwrap();
    conn.busy_timeout(Duration::from_secs(10)).unwrap();
    let template: String = conn
        .query_row(
            "SELECT body FROM content_change WHERE kind = 'service' AND body IS NOT NULL LIMIT 1",
            [],
            |r| r.get(0),
        )
        .unwrap();
    let mut body: serde_json::Value = serde_json::from_str(&template).unwrap();
    let tx = conn.transaction().unwrap();
    for n in 0..CONTENT_PER_ROUND {
        body["id"] = format!("kc-{n:04}").into();
        body["version"] = round.into();
        tx.execute(
            "INSERT INTO content_change (kind, id, region, body, at) VALUES ('service', ?1, 'bologna', ?2, 0)",
            rusqlite::params![format!("kc-{n:04}"), body.to_string()],
        )
        .unwrap();
    }
    tx.commit().unwrap();
}

/// The versions of the `kc-*` services a phone at content cursor `cursor` must hold.
fn content_at(coordinator: &Coordinator, cursor: u64) -> BTreeMap<String, i64> {
    let conn = rusqlite::Connection::open(coordinator.database()).unwrap();
    conn.busy_timeout(Duration::from_secs(10)).unwrap();
    let mut stmt = conn
        .prepare(
            "SELECT id, json_extract(body, '$.version') FROM content_change
             WHERE seq IN (SELECT max(seq) FROM content_change WHERE id LIKE 'kc-%' AND seq <= ?1 GROUP BY id)",
        )
        .unwrap();
    stmt.query_map([cursor as i64], |r| Ok((r.get(0)?, r.get(1)?)))
        .unwrap()
        .collect::<Result<_, _>>()
        .unwrap()
}

/// Everything the parent checks after a kill; each problem found, in words.
fn check(dir: &Path, coordinator: &Coordinator, courses: usize, lessons: usize) -> Vec<String> {
    let mut problems = Vec::new();
    let store = match Store::open(dir.join("ponte.db"), &[7u8; 32]) {
        Ok(store) => store,
        Err(e) => return vec![format!("the database does not open: {e:?}")],
    };
    let read = |sql: &str| -> Vec<(String, String)> {
        store
            .read(|c| {
                let mut stmt = c.prepare(sql)?;
                let rows = stmt
                    .query_map([], |r| {
                        let text = |i| -> rusqlite::Result<String> {
                            Ok(match r.get_ref(i)? {
                                rusqlite::types::ValueRef::Null => String::new(),
                                rusqlite::types::ValueRef::Integer(n) => n.to_string(),
                                v => v.as_str().unwrap_or_default().to_owned(),
                            })
                        };
                        Ok((text(0)?, text(1)?))
                    })?
                    .collect::<Result<Vec<_>, _>>()?;
                Ok(rows)
            })
            .unwrap()
    };
    let integrity = read("SELECT integrity_check, '' FROM pragma_integrity_check");
    if integrity != [("ok".to_string(), String::new())] {
        problems.push(format!("integrity_check: {integrity:?}"));
    }
    // The full-text indexes against the rows they index, which integrity_check leaves out:
    // a search index out of step with its table fails the next write that touches it.
    for index in FULL_TEXT_INDEXES {
        let checked = store.write(|tx| {
            tx.execute_batch(&format!(
                "INSERT INTO {index} ({index}, rank) VALUES ('integrity-check', 1)"
            ))?;
            Ok(())
        });
        if let Err(e) = checked {
            problems.push(format!("{index}: {e:?}"));
        }
    }

    // The import: all its services, of one generation, or none.
    let imported =
        read("SELECT count(*), count(DISTINCT organisation) FROM service WHERE id LIKE 'ki-%'");
    let (count, generations) = &imported[0];
    if !(count == "0" && generations == "0" || *count == IMPORTED.to_string() && generations == "1")
    {
        problems.push(format!(
            "an import half applied: {count} services of {generations} imports"
        ));
    }

    // The lesson pack: whole at its version, or absent.
    let pack = read(&format!(
        "SELECT version, (SELECT count(*) FROM course WHERE pack_id = '{PACK_ID}') FROM lesson_pack WHERE id = '{PACK_ID}'"
    ));
    let titles = read(&format!(
        "SELECT json_extract(content, '$.title.en'), '' FROM course WHERE pack_id = '{PACK_ID}'"
    ));
    let lesson_rows = read(&format!(
        "SELECT count(*), '' FROM lesson WHERE course_id IN (SELECT id FROM course WHERE pack_id = '{PACK_ID}')"
    ))[0]
        .0
        .parse::<usize>()
        .unwrap();
    match pack.first() {
        None if titles.is_empty() && lesson_rows == 0 => {}
        None => problems.push(format!(
            "no pack, yet {} courses and {lesson_rows} lessons",
            titles.len()
        )),
        Some((version, _)) => {
            let suffix = format!(" v{version}");
            let stale = titles.iter().filter(|(t, _)| !t.ends_with(&suffix)).count();
            if titles.len() != courses || lesson_rows != lessons || stale > 0 {
                problems.push(format!(
                    "pack v{version} half installed: {} of {courses} courses ({stale} of another version), {lesson_rows} of {lessons} lessons",
                    titles.len()
                ));
            }
        }
    }

    // The content: exactly the server's changes up to the phone's cursor, no more, no less.
    let cursor: u64 = read("SELECT value, '' FROM sync_state WHERE key = 'content_cursor'")
        .first()
        .map_or(0, |(v, _)| v.parse().unwrap());
    let expected = content_at(coordinator, cursor);
    let held: BTreeMap<String, i64> = read("SELECT id, version FROM service WHERE id LIKE 'kc-%'")
        .into_iter()
        .map(|(id, v)| (id, v.parse().unwrap()))
        .collect();
    if held != expected {
        let wrong = expected
            .iter()
            .filter(|(id, v)| held.get(*id) != Some(v))
            .count()
            + held.keys().filter(|id| !expected.contains_key(*id)).count();
        problems.push(format!(
            "content at cursor {cursor}: {wrong} services differ from the server's changes up to it ({} held, {} expected)",
            held.len(),
            expected.len()
        ));
    }

    // The diary: every acknowledged addition once, every acknowledged edit there (or the one
    // after it, made but killed before its journal line).
    let journal = Journal::read(dir);
    let applications = read("SELECT id, employer FROM application");
    let mut employers: BTreeMap<&str, usize> = BTreeMap::new();
    for (_, employer) in &applications {
        *employers.entry(employer).or_default() += 1;
    }
    for (employer, n) in &employers {
        if *n > 1 {
            problems.push(format!("{employer} is in the diary {n} times"));
        }
    }
    let by_id: BTreeMap<&str, &str> = applications
        .iter()
        .map(|(i, e)| (i.as_str(), e.as_str()))
        .collect();
    for (id, employer) in &journal.added {
        if by_id.get(id.as_str()) != Some(&employer.as_str()) {
            problems.push(format!(
                "acknowledged application {employer} ({id}) is lost"
            ));
        }
    }
    let notes: BTreeMap<String, String> = read("SELECT id, notes FROM application")
        .into_iter()
        .collect();
    for (id, n) in &journal.notes {
        let stored = notes.get(id).map(String::as_str).unwrap_or("(gone)");
        if stored != format!("edit {n}") && stored != format!("edit {}", n + 1) {
            problems.push(format!(
                "acknowledged edit {n} of {id} is lost: the notes say {stored:?}"
            ));
        }
    }
    drop(store);
    problems
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn nothing_is_lost_under_200_kills() {
    let kills: usize = std::env::var("PONTE_KILLS")
        .ok()
        .map_or(200, |v| v.parse().expect("PONTE_KILLS is a number"));
    let seed: u64 = std::env::var("PONTE_KILL_SEED").ok().map_or_else(
        || {
            std::time::SystemTime::now()
                .duration_since(std::time::UNIX_EPOCH)
                .unwrap()
                .as_nanos() as u64
        },
        |v| v.parse().expect("PONTE_KILL_SEED is a number"),
    );
    println!("kill loop: seed {seed} (PONTE_KILL_SEED={seed} replays the same kill times)");
    let mut random = Random(seed);

    let setup = Instant::now();
    let coordinator = Coordinator::start().await;
    let tutor = Tutor::sign_in(&coordinator).await;
    let beneficiary = tutor.add_beneficiary("Amina", "ar, it").await;
    let code = tutor.pairing_code(&beneficiary).await;
    let phone = Phone::new();
    phone
        .sync
        .pair(&coordinator.base(), &code, "Kill loop phone", Vec::new())
        .await
        .unwrap();
    phone.sync.set_consent(ConsentChoice::Diary, true).unwrap();
    let dir = phone.close();
    println!("set up in {:.1} s", setup.elapsed().as_secs_f64());

    let (shipped, _) = curriculum(0);
    let courses = shipped.courses.len();
    let lessons: usize = shipped.courses.iter().map(|c| c.lessons.len()).sum();

    let started = Instant::now();
    let mut failures = Vec::new();
    let mut phases: BTreeMap<String, usize> = BTreeMap::new();
    let log = dir.path().join("child.log");
    let mut killed = 0;
    for round in 1..=kills {
        add_content(&coordinator, round as u32);
        // A kill before the child's first phase shows as "start", never as the last child's.
        let _ = std::fs::remove_file(dir.path().join("phase"));
        let mut child = Command::new(std::env::current_exe().unwrap())
            .args(["kill_loop_child", "--exact", "--ignored", "--nocapture"])
            .env(PHONE_DIR, dir.path())
            .env(SERVER, coordinator.base())
            .env(CHILD_SEED, random.next().to_string())
            .stdout(Stdio::null())
            .stderr(std::fs::File::create(&log).unwrap())
            .spawn()
            .unwrap();
        let life = Duration::from_millis(random.below(MAX_LIFE_MS));
        tokio::time::sleep(life).await;
        if let Some(status) = child.try_wait().unwrap() {
            failures.push(format!(
                "kill {round}: the child ended by itself ({status}): {}",
                std::fs::read_to_string(&log).unwrap_or_default()
            ));
            break;
        }
        child.kill().unwrap(); // SIGKILL: nothing of the phone runs after this
        child.wait().unwrap();
        killed += 1;
        // Empty when the kill fell between the phase file's truncation and its writing.
        let phase = match std::fs::read_to_string(dir.path().join("phase")) {
            Ok(phase) if phase.is_empty() => "phase file being written".into(),
            Ok(phase) => phase,
            Err(_) => "start".into(),
        };
        *phases.entry(phase.clone()).or_default() += 1;
        for problem in check(dir.path(), &coordinator, courses, lessons) {
            eprintln!("kill {round} (during {phase}): {problem}");
            failures.push(format!(
                "kill {round} (after {} ms, during {phase}): {problem}",
                life.as_millis()
            ));
        }
    }
    let elapsed = started.elapsed();

    // Pushed once: started once more and synced to the end, the server holds exactly the
    // phone's applications, each once, and every acknowledged one among them.
    let phone = Phone::reopen(dir);
    let pending = phone.sync.status(&[]).unwrap().pending_operations;
    let cursor = phone
        .store
        .read(|c| {
            Ok(c.query_row(
                "SELECT coalesce((SELECT value FROM sync_state WHERE key = 'content_cursor'), 0)",
                [],
                |r| r.get::<_, String>(0),
            )?)
        })
        .unwrap();
    let behind = coordinator.query_i64(&format!(
        "SELECT count(*) FROM content_change WHERE seq > {cursor}"
    ));
    let last_sync = Instant::now();
    if let Err(e) = phone.sync.sync_now(true, None).await {
        failures.push(format!("the last sync failed: {e:?}"));
    }
    println!(
        "the last sync: {pending} operations to push, {behind} content changes to download, {:.1} s",
        last_sync.elapsed().as_secs_f64()
    );
    let mut server: Vec<String> = coordinator
        .query_texts("SELECT body FROM shared_record WHERE kind = 'application'")
        .iter()
        .map(|b| {
            let record: ponte_wire::sync::SharedRecord = serde_json::from_str(b).unwrap();
            record.text("employer").unwrap_or_default().to_owned()
        })
        .collect();
    server.sort();
    let on_phone = phone.employers();
    if server != on_phone {
        failures.push(format!(
            "after the last sync the server has {} applications, the phone {}",
            server.len(),
            on_phone.len()
        ));
    }
    let journal = Journal::read(phone.dir.path());
    let journaled = journal.added.len();
    let unique: BTreeSet<&String> = server.iter().collect();
    if unique.len() != server.len() {
        failures.push("the server holds an application twice".into());
    }
    let missing = journal
        .added
        .values()
        .filter(|e| !unique.contains(e))
        .count();
    if missing > 0 {
        failures.push(format!(
            "{missing} acknowledged applications never reached the server"
        ));
    }

    // The checks themselves can fail: each kind of loss, made by hand on the last database,
    // is seen. (A damaged file for integrity_check is not made here: SQL cannot make one.)
    let seen = tamper_and_check(phone, &coordinator, courses, lessons);
    for (loss, found) in seen {
        if !found {
            failures.push(format!("the check does not see {loss}"));
        }
    }

    println!(
        "kills: {killed}, failures: {}, in {:.1} s; killed during {phases:?}; {} applications journaled and pushed once",
        failures.len(),
        elapsed.as_secs_f64(),
        journaled
    );
    assert!(failures.is_empty(), "seed {seed}:\n{}", failures.join("\n"));
}

/// Makes each kind of loss the loop looks for in the phone's database (an import, a lesson
/// pack and a content page half applied, an acknowledged application lost, one twice, an
/// acknowledged edit lost) and says, for each, whether `check` reports it.
fn tamper_and_check(
    phone: Phone,
    coordinator: &Coordinator,
    courses: usize,
    lessons: usize,
) -> Vec<(&'static str, bool)> {
    // Whatever the random run left, an import and a pack to spoil.
    let services = Services::new(phone.store.clone());
    services
        .import(
            ImportFormat::Csv,
            import_csv(u64::MAX).as_bytes(),
            &ImportOptions::for_region("bologna", "Bologna"),
        )
        .unwrap();
    let (curriculum, media) = curriculum(1_000_000);
    let bytes = pack::build(
        PACK_ID,
        1_000_000,
        &curriculum,
        &media,
        &SigningKey::from_bytes(&SIGNING_SEED),
        true,
    );
    Lessons::new(phone.store.clone())
        .install_pack(&bytes, &trusted())
        .unwrap();
    // And acknowledged diary edits to lose, however few the run made.
    let mut file = std::fs::OpenOptions::new()
        .append(true)
        .open(Journal::path(phone.dir.path()))
        .unwrap();
    let diary = phone.diary();
    for n in 0..2 {
        let employer = format!("Tampered {n}");
        let added = diary
            .add_application(&details(&employer, "edit 1"), Stage::Applied, None)
            .unwrap();
        journal(&mut file, &format!("add {} {employer}", added.id));
        journal(&mut file, &format!("note {} 1", added.id));
    }
    let journal = Journal::read(phone.dir.path());
    let mut journaled = journal.added.keys();
    let lost = journaled.next().unwrap().clone();
    let twice = journaled.next().unwrap().clone();
    let edited = journal
        .notes
        .keys()
        .find(|id| **id != lost)
        .unwrap()
        .clone();
    let before = check(phone.dir.path(), coordinator, courses, lessons);
    assert!(before.is_empty(), "before tampering: {before:?}");
    phone
        .store
        .write(|tx| {
            tx.execute_batch(&format!(
                "DELETE FROM service WHERE id = 'ki-0007';
                 DELETE FROM lesson WHERE rowid = (SELECT min(rowid) FROM lesson);
                 UPDATE service SET version = version + 1000 WHERE id = (SELECT min(id) FROM service WHERE id LIKE 'kc-%');
                 DELETE FROM application WHERE id = '{lost}';
                 CREATE TEMP TABLE copy AS SELECT * FROM application WHERE id = '{twice}';
                 UPDATE copy SET id = 'copy-of-{twice}';
                 INSERT INTO application SELECT * FROM copy;
                 UPDATE application SET notes = 'edit 0' WHERE id = '{edited}';"
            ))?;
            Ok(())
        })
        .unwrap();
    let dir = phone.close();
    let found = check(dir.path(), coordinator, courses, lessons);
    let says = |words: &str| found.iter().any(|p| p.contains(words));
    vec![
        ("an import half applied", says("an import half applied")),
        ("a pack half installed", says("half installed")),
        (
            "a content page without its cursor",
            says("differ from the server"),
        ),
        ("a lost application", says(&format!("({lost}) is lost"))),
        ("an application twice", says("in the diary 2 times")),
        (
            "a lost edit",
            says(&format!(
                "edit {} of {edited} is lost",
                journal.notes[&edited]
            )),
        ),
    ]
}
