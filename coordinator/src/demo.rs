//! The `demo` command: a SQLite file with the shipped demo territory, lessons and guides, demo
//! accounts with new passwords at every start, and an invented network at work, so every page
//! of the dashboard shows what it is for on first start.
//!
//! The invented part ([`seed`]): six people followed by two tutors of two organisations, with
//! phones paired the way a real phone pairs, whose diaries (applications at every stage,
//! meetings this week and next), questions to their tutor, reports of wrong information and six
//! months of anonymous outcomes arrive through the same push a phone's sync uses; and the
//! tutors' own items (referrals, meetings, notes, job offers). Everything is fixed but its
//! dates, which follow today's, so "this week" always has appointments. Seeding again adds
//! nothing: the people and the tutors' items have fixed ids, and each pushed operation's id
//! names the day it was made for, so a second start the same day only repeats operations the
//! server acknowledges as duplicates, and a start on a later day moves the same records to new
//! dates.

use std::collections::BTreeMap;
use std::net::SocketAddr;
use std::path::{Path, PathBuf};

use jiff::civil::Date;
use ponte_wire::import::{self, ImportOptions};
use ponte_wire::pack;
use ponte_wire::sync::{
    ConsentCategory, Hlc, Month, Operation, OperationBody, OperationStatus, OutcomeCounts,
    RecordKind, ServiceReport, SharedRecord, Stamped, TutorQuestion,
};
use ponte_wire::ServiceRecord;
use serde_json::{json, Value};
use sqlx::{AnyPool, Row};

use crate::auth::{self, Account, Role};
use crate::dashboard::rome;
use crate::sharing::{self, DeviceAuth};
use crate::{content, db, keys, people, Failure};

/// The demo's organisations: id, name, territory.
const ORGANISATIONS: [(&str, &str, &str); 2] = [
    ("demo-bologna", "Demo Bologna", "bologna"),
    ("demo-roma", "Demo Roma", "roma"),
];

/// The demo's accounts: organisation, user name, role.
const ACCOUNTS: [(&str, &str, Role); 4] = [
    ("demo-bologna", "admin", Role::Admin),
    ("demo-bologna", "operator", Role::Operator),
    ("demo-bologna", "tutor", Role::Tutor),
    ("demo-roma", "tutor-roma", Role::Tutor),
];

/// A demo account and the password it has until the next start.
pub struct DemoAccount {
    pub organisation: &'static str,
    pub username: &'static str,
    pub role: Role,
    pub password: String,
}

/// Serves the demo: the shipped content, the demo accounts and the invented network.
pub async fn run(
    listen: SocketAddr,
    database_url: &str,
    content_dir: &Path,
) -> Result<(), Failure> {
    let pool = db::connect(database_url).await?;
    db::migrate(&pool, database_url).await?;
    let today = jiff::Timestamp::now().to_zoned(rome().clone()).date();
    let accounts = prepare(&pool, content_dir, today).await?;
    println!("Demo accounts (new passwords at every start):");
    for account in &accounts {
        println!(
            "  {:<11} {}  ({}, {})",
            account.username,
            account.password,
            account.role.as_str(),
            account.organisation
        );
    }
    println!("DEMO: the services are demo data, not verified; the people, their diaries, questions, reports and outcomes are invented. Open http://{listen}/ and sign in with an account above.");
    crate::serve(pool, listen, true, None).await
}

/// Everything the demo holds, for `today`: the content, the accounts (with new passwords) and
/// the invented network.
pub async fn prepare(
    pool: &AnyPool,
    content_dir: &Path,
    today: Date,
) -> Result<Vec<DemoAccount>, Failure> {
    import_content(pool, content_dir).await?;
    let accounts = accounts(pool).await?;
    seed(pool, today).await?;
    Ok(accounts)
}

/// The shipped territory, lessons, guides and glossary.
async fn import_content(pool: &AnyPool, content_dir: &Path) -> Result<(), Failure> {
    let territory = content_dir.join("territory");
    let mut files: Vec<PathBuf> = std::fs::read_dir(&territory)
        .map(|dir| {
            dir.filter_map(|e| e.ok().map(|e| e.path()))
                .collect::<Vec<_>>()
        })
        .unwrap_or_else(|_| {
            println!("territory: no demo services in {}", territory.display());
            Vec::new()
        })
        .into_iter()
        .filter(|p| p.extension().is_some_and(|x| x == "csv"))
        .collect();
    files.sort();
    for file in &files {
        let region = file
            .file_stem()
            .and_then(|s| s.to_str())
            .unwrap_or_default()
            .to_owned();
        let mut city = region.clone();
        city[..1].make_ascii_uppercase();
        import_layout_csv(pool, &region, &city, file).await?;
    }
    let lessons = content_dir.join("lessons");
    match ponte_wire::lessons::load_dir(&lessons) {
        Ok((courses, media)) if !courses.is_empty() => {
            let key_text = std::fs::read_to_string(content_dir.join("keys/demo-signing-key.txt"))?;
            let seed = key_text
                .lines()
                .map(str::trim)
                .find(|l| !l.is_empty() && !l.starts_with('#'))
                .ok_or("no demo key")?;
            // Stored as the coordinator's key, so packs published from the dashboard are
            // signed with the same key the demo phones trust.
            let key = keys::store_signing_key(pool, seed).await?;
            // The shipped curriculum as the newest version; a new version only when it changed.
            let newest = content::max_pack_version(pool).await?.max(1) as u32;
            let curriculum = pack::Curriculum { courses };
            let build =
                |version| pack::build("digital-skills", version, &curriculum, &media, &key, true);
            let same =
                content::latest_pack(pool).await?.map(|(_, stored)| stored) == Some(build(newest));
            let version = if same || newest == 1 && content::latest_pack(pool).await?.is_none() {
                newest
            } else {
                newest + 1
            };
            let bytes = build(version);
            if !same {
                content::publish_pack(pool, "digital-skills", version, &bytes).await?;
            }
            println!("lessons: pack digital-skills v{version} signed with the DEMO key ({} bytes); public key {}", bytes.len(), pack::public_key_to_base64(&key.verifying_key()));
        }
        Ok(_) => println!("lessons: no courses in {}", lessons.display()),
        Err(e) => return Err(format!("lessons: {e}").into()),
    }
    // The demo guides (content/guides/*.json but metadata.json).
    let guides_dir = content_dir.join("guides");
    let mut guide_files: Vec<PathBuf> = std::fs::read_dir(&guides_dir)
        .map(|dir| dir.filter_map(|e| e.ok().map(|e| e.path())).collect())
        .unwrap_or_default();
    guide_files
        .retain(|p| p.extension().is_some_and(|x| x == "json") && !p.ends_with("metadata.json"));
    guide_files.sort();
    for file in &guide_files {
        crate::import_guides(pool, file).await?;
    }
    let glossary = content_dir.join("glossary.json");
    if glossary.exists() {
        crate::import_glossary(pool, &glossary).await?;
    }
    Ok(())
}

/// The service whose Italian text the demo shows as revised after its translations were made.
const REVISED_SERVICE: &str = "bo-centro-impiego";

/// As if an operator had revised the Italian text of [`REVISED_SERVICE`]: its version goes up
/// and the translations, made from the version before, show as outdated on the operator's
/// overview. The same every start, so importing again changes nothing.
fn revise_for_demo(records: &mut [ServiceRecord]) {
    for record in records.iter_mut().filter(|r| r.id == REVISED_SERVICE) {
        record.version += 1;
        let (version, source) = (record.version, record.source_language.clone());
        for text in record.texts.iter_mut().filter(|t| t.language == source) {
            text.source_version = version;
        }
    }
}

/// Imports a CSV file in Ponte's own layout (the shipped demo territory), all or nothing.
async fn import_layout_csv(
    pool: &AnyPool,
    region: &str,
    city: &str,
    file: &Path,
) -> Result<(), Failure> {
    let bytes = std::fs::read(file).map_err(|e| format!("{}: {e}", file.display()))?;
    let options = ImportOptions::for_region(region, city);
    let parsed = import::from_csv(&bytes, &options);
    let mut records = match parsed {
        Ok(records) => records,
        Err(import::ImportError::Rows(rows)) => {
            for row in &rows {
                eprintln!("  refused: {row}");
            }
            return Err(format!(
                "{}: {} row(s) refused; nothing imported",
                file.display(),
                rows.len()
            )
            .into());
        }
        Err(e) => return Err(format!("{}: {e}", file.display()).into()),
    };
    revise_for_demo(&mut records);
    let total = records.len();
    println!("{}: {total} services read; storing…", file.display());
    let done = content::upsert_services_with_progress(pool, &records, |n| {
        println!("  {n} of {total} stored")
    })
    .await?;
    println!(
        "{}: {} services, {} changed, {} unchanged",
        file.display(),
        records.len(),
        done.changed,
        done.unchanged
    );
    Ok(())
}

/// The demo organisations and accounts, each account with a new random password.
pub async fn accounts(pool: &AnyPool) -> Result<Vec<DemoAccount>, Failure> {
    for (id, name, region) in ORGANISATIONS {
        people::add_organisation(pool, id, name, region).await?;
    }
    let mut made = Vec::new();
    for (organisation, username, role) in ACCOUNTS {
        let password = auth::random_token(12);
        match auth::add_account(pool, None, organisation, username, role, &password).await {
            Ok(_) => {}
            Err(crate::error::PeopleError::Invalid(_)) => {
                auth::reset_password(pool, None, username, &password).await?
            }
            Err(e) => return Err(e.into()),
        }
        made.push(DemoAccount {
            organisation,
            username,
            role,
            password,
        });
    }
    Ok(made)
}

/// An invented person: pseudonymous, as every beneficiary is (a nickname and languages).
struct Person {
    id: &'static str,
    organisation: &'static str,
    tutor: &'static str,
    nickname: &'static str,
    languages: &'static str,
    /// The node of their phone's clock.
    node: u32,
    /// Shares the diary with the tutor (one person shares only anonymous outcomes).
    shares_diary: bool,
}

const PEOPLE: [Person; 6] = [
    Person {
        id: "demo-amina",
        organisation: "demo-bologna",
        tutor: "tutor",
        nickname: "Amina",
        languages: "ar,it",
        node: 101,
        shares_diary: true,
    },
    Person {
        id: "demo-rahim",
        organisation: "demo-bologna",
        tutor: "tutor",
        nickname: "Rahim",
        languages: "bn,en",
        node: 102,
        shares_diary: true,
    },
    Person {
        id: "demo-bilal",
        organisation: "demo-bologna",
        tutor: "tutor",
        nickname: "Bilal",
        languages: "ur,en",
        node: 103,
        shares_diary: false,
    },
    Person {
        id: "demo-yonas",
        organisation: "demo-bologna",
        tutor: "tutor",
        nickname: "Yonas",
        languages: "ti,it",
        node: 104,
        shares_diary: true,
    },
    Person {
        id: "demo-aissata",
        organisation: "demo-roma",
        tutor: "tutor-roma",
        nickname: "Aïssata",
        languages: "fr,it",
        node: 105,
        shares_diary: true,
    },
    Person {
        id: "demo-oksana",
        organisation: "demo-roma",
        tutor: "tutor-roma",
        nickname: "Oksana",
        languages: "uk,it",
        node: 106,
        shares_diary: true,
    },
];

/// An application in a person's diary: employer, position, stage, days since the stage.
type Application = (&'static str, &'static str, &'static str, i64);

/// Each person's applications (invented employers), at every stage between them.
fn applications(person: &str) -> &'static [Application] {
    match person {
        "demo-amina" => &[
            ("Hotel Belvedere", "Addetta al ricevimento", "interview", 3),
            ("Pasticceria Aurora", "Aiuto pasticcera", "applied", 6),
            ("Supermercato Reno", "Cassiera", "saved", 1),
        ],
        "demo-rahim" => &[
            ("Magazzini Emilia", "Magazziniere", "offer", 2),
            ("Logistica Navile", "Mulettista", "rejected", 12),
        ],
        "demo-yonas" => &[
            ("Trattoria Il Portico", "Aiuto cuoco", "applied", 4),
            (
                "Pulizie Santo Stefano",
                "Addetto alle pulizie",
                "no_answer",
                30,
            ),
        ],
        "demo-aissata" => &[
            ("Sartoria Trastevere", "Sarta", "interview", 5),
            ("Hotel Aventino", "Cameriera ai piani", "withdrawn", 20),
        ],
        "demo-oksana" => &[
            ("Ristorante Tevere", "Cameriera", "hired", 9),
            (
                "Casa di cura Monteverde",
                "Assistente familiare",
                "applied",
                15,
            ),
            ("Biblioteca di quartiere", "Volontaria", "saved", 2),
        ],
        _ => &[],
    }
}

/// A meeting in a person's diary: day of the week (0 Monday) and week (0 this, 1 next), hour,
/// topics.
type DiaryMeeting = (i64, i64, i8, &'static str);

fn diary_meetings(person: &str) -> &'static [DiaryMeeting] {
    match person {
        "demo-amina" => &[(1, 0, 10, "Colloquio all'Hotel Belvedere: come prepararsi")],
        "demo-rahim" => &[(3, 0, 15, "L'offerta dei Magazzini Emilia: il contratto")],
        "demo-yonas" => &[(0, 1, 11, "Curriculum in italiano")],
        "demo-aissata" => &[(3, 0, 9, "Prova alla Sartoria Trastevere")],
        "demo-oksana" => &[(4, 0, 16, "Primo mese al Ristorante Tevere")],
        _ => &[],
    }
}

/// A tutor's item for a person: kind, title, text, service, day of the week and week of its
/// appointment (none for a note or an offer), hour, place.
struct Item {
    kind: RecordKind,
    title: &'static str,
    text: &'static str,
    service_id: &'static str,
    when: Option<(i64, i64, i8)>,
    place: &'static str,
}

fn items(person: &str) -> Vec<Item> {
    let item = |kind, title, text, service_id, when, place| Item {
        kind,
        title,
        text,
        service_id,
        when,
        place,
    };
    match person {
        "demo-amina" => vec![
            item(
                RecordKind::Referral,
                "Iscrizione al corso di italiano A2",
                "Porta il permesso di soggiorno e il codice fiscale.",
                "bo-cpia",
                Some((3, 1, 9)),
                "CPIA, sportello iscrizioni",
            ),
            item(
                RecordKind::TutorNote,
                "Documenti per il colloquio",
                "Stampa due copie del curriculum.",
                "",
                None,
                "",
            ),
        ],
        "demo-rahim" => vec![
            item(
                RecordKind::Referral,
                "Patto di servizio al Centro per l'impiego",
                "Chiedi della DID online: la facciamo insieme se serve.",
                "bo-centro-impiego",
                Some((2, 0, 9)),
                "",
            ),
            item(
                RecordKind::JobOffer,
                "Magazziniere, turno di notte",
                "Contratto di sei mesi; serve il patentino del muletto.",
                "",
                None,
                "",
            ),
        ],
        "demo-bilal" => vec![item(
            RecordKind::TutorMeeting,
            "Bilancio dei primi tre mesi",
            "",
            "",
            Some((4, 0, 15)),
            "Sede Demo Bologna",
        )],
        "demo-yonas" => vec![
            item(
                RecordKind::TutorMeeting,
                "Preparare il colloquio in trattoria",
                "",
                "",
                Some((2, 0, 17)),
                "Sede Demo Bologna",
            ),
            item(
                RecordKind::Referral,
                "Tessera della biblioteca e corso di computer",
                "",
                "bo-salaborsa",
                Some((1, 1, 14)),
                "",
            ),
        ],
        "demo-aissata" => vec![item(
            RecordKind::Referral,
            "Visita al SaMiFo",
            "Porta la tessera sanitaria.",
            "rm-samifo",
            Some((1, 0, 10)),
            "",
        )],
        "demo-oksana" => vec![
            item(
                RecordKind::TutorNote,
                "Busta paga",
                "Controlliamo insieme la prima busta paga.",
                "",
                None,
                "",
            ),
            item(
                RecordKind::TutorMeeting,
                "Colloquio di fine prova",
                "",
                "",
                Some((2, 1, 12)),
                "Sede Demo Roma",
            ),
        ],
        _ => Vec::new(),
    }
}

/// The questions people sent their tutor, in the language they typed them in; none answered.
fn questions(person: &str) -> &'static [(&'static str, &'static str)] {
    match person {
        "demo-amina" => &[("ar", "متى يجب أن أجدد تصريح الإقامة؟")],
        "demo-rahim" => &[("en", "Which documents do I bring to the job centre?")],
        "demo-yonas" => &[("it", "Dove posso fare il corso di italiano la sera?")],
        "demo-aissata" => &[(
            "fr",
            "Est-ce que je peux m'inscrire au centre pour l'emploi sans contrat de logement ?",
        )],
        "demo-oksana" => &[(
            "uk",
            "Чи потрібна мені медична довідка для роботи в ресторані?",
        )],
        _ => &[],
    }
}

/// Reports of wrong information people sent about demo services: person, service, kind,
/// comment.
const REPORTS: [(&str, &str, &str, &str); 4] = [
    (
        "demo-amina",
        "bo-salaborsa",
        "wrong_hours",
        "Il sabato pomeriggio era chiuso.",
    ),
    (
        "demo-rahim",
        "bo-centro-impiego",
        "wrong_phone",
        "The number never answers.",
    ),
    (
        "demo-yonas",
        "bo-caritas",
        "other",
        "Serve un appuntamento, non si può andare e basta.",
    ),
    (
        "demo-oksana",
        "rm-anagrafe",
        "wrong_address",
        "Lo sportello è stato spostato.",
    ),
];

/// Milliseconds of a local time in Rome.
fn rome_ms(day: Date, hour: i8, minute: i8) -> i64 {
    day.at(hour, minute, 0, 0)
        .to_zoned(rome().clone())
        .map(|z| z.timestamp().as_millisecond())
        .unwrap_or(0)
}

/// The day `weekday` (0 Monday) of the week `week` weeks after `today`'s.
fn day_of_week(today: Date, week: i64, weekday: i64) -> Date {
    let offset = week * 7 + weekday - i64::from(today.weekday().to_monday_zero_offset());
    today
        .checked_add(jiff::Span::new().days(offset))
        .unwrap_or(today)
}

fn days_before(today: Date, days: i64) -> Date {
    today
        .checked_sub(jiff::Span::new().days(days))
        .unwrap_or(today)
}

/// A record as a phone pushes it, every field stamped with the same reading.
fn phone_record(kind: RecordKind, id: String, at: Hlc, fields: Value) -> SharedRecord {
    let fields = match fields {
        Value::Object(map) => map
            .into_iter()
            .map(|(name, value)| (name, Stamped { value, at }))
            .collect(),
        _ => BTreeMap::new(),
    };
    SharedRecord {
        kind,
        id,
        fields,
        deleted: None,
    }
}

/// A number from 0 to `below` - 1 drawn from `seed` (splitmix64): fixed for a seed.
fn draw(seed: u64, below: u64) -> u64 {
    let mut z = seed.wrapping_add(0x9e37_79b9_7f4a_7c15);
    z = (z ^ (z >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
    z = (z ^ (z >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
    (z ^ (z >> 31)) % below.max(1)
}

/// A person's anonymous counts for a month, the same whenever asked.
fn outcome_counts(person: usize, month: Month) -> OutcomeCounts {
    let seed = ((person as u64) << 32) | (u64::from(month.year) * 12 + u64::from(month.month));
    let applications = 1 + draw(seed, 6) as u32;
    let interviews = draw(seed ^ 0x1, u64::from(applications) / 2 + 2) as u32;
    let hires = u32::from(interviews > 1 && draw(seed ^ 0x2, 3) == 0);
    OutcomeCounts {
        month,
        applications,
        interviews: interviews.min(applications),
        hires,
        lessons_completed: draw(seed ^ 0x3, 5) as u32,
    }
}

/// The month `back` months before `today`'s.
fn month_before(today: Date, back: i32) -> Month {
    let index = i32::from(today.year()) * 12 + i32::from(today.month()) - 1 - back;
    Month {
        year: (index / 12) as u16,
        month: (index % 12 + 1) as u8,
    }
}

/// The invented network, for `today`. See the module's documentation.
pub async fn seed(pool: &AnyPool, today: Date) -> Result<(), Failure> {
    let day = today.strftime("%Y%m%d").to_string();
    // Every phone edit of today's seeding carries the same reading: the same operation the
    // same day has the same content (a duplicate), and a later day's reading is newer.
    let stamp_ms = rome_ms(today, 0, 0).max(0) as u64;
    for (index, person) in PEOPLE.iter().enumerate() {
        let tutor = account(pool, person.organisation, person.tutor).await?;
        add_person(pool, person, &tutor).await?;
        let device = phone(pool, person, &tutor).await?;
        let stamp = Hlc {
            ms: stamp_ms,
            counter: 0,
            node: person.node,
        };
        let mut operations = Vec::new();
        let mut consents = vec![ConsentCategory::Outcomes];
        if person.shares_diary {
            consents.push(ConsentCategory::Diary);
        }
        for category in consents {
            operations.push(Operation {
                id: format!("demo-consent-{}-{}", person.id, category_code(category)),
                change: OperationBody::Consent {
                    category,
                    granted: true,
                },
            });
        }
        if person.shares_diary {
            for (n, (employer, position, stage, days_ago)) in
                applications(person.id).iter().enumerate()
            {
                let changed = rome_ms(days_before(today, *days_ago), 10, 0);
                let created = rome_ms(days_before(today, days_ago + 7), 18, 30);
                let city = if person.organisation == "demo-roma" {
                    "Roma"
                } else {
                    "Bologna"
                };
                let record = phone_record(
                    RecordKind::Application,
                    format!("{}-application-{n}", person.id),
                    stamp,
                    json!({
                        "employer": employer, "position": position, "city": city,
                        "stage": stage, "stage_changed_at": changed, "created_at": created,
                    }),
                );
                operations.push(record_operation(&day, record));
            }
            for (n, (weekday, week, hour, topics)) in diary_meetings(person.id).iter().enumerate() {
                let at = rome_ms(day_of_week(today, *week, *weekday), *hour, 0);
                let record = phone_record(
                    RecordKind::DiaryMeeting,
                    format!("{}-meeting-{n}", person.id),
                    stamp,
                    json!({ "at": at, "tutor": person.tutor, "topics": topics, "notes": "" }),
                );
                operations.push(record_operation(&day, record));
            }
        }
        for (n, (language, text)) in questions(person.id).iter().enumerate() {
            operations.push(Operation {
                id: format!("demo-question-{}-{n}", person.id),
                change: OperationBody::Question {
                    question: TutorQuestion {
                        text: (*text).to_owned(),
                        language: (*language).to_owned(),
                    },
                },
            });
        }
        for (n, (_, service_id, kind, comment)) in
            REPORTS.iter().enumerate().filter(|(_, r)| r.0 == person.id)
        {
            // Only about a service the demo has (a content folder may hold fewer territories).
            if content::service(pool, service_id).await?.is_some() {
                operations.push(Operation {
                    id: format!("demo-report-{n}"),
                    change: OperationBody::Report {
                        report: ServiceReport {
                            service_id: (*service_id).to_owned(),
                            kind: (*kind).to_owned(),
                            comment: (*comment).to_owned(),
                        },
                    },
                });
            }
        }
        for back in 0..6 {
            let month = month_before(today, back);
            operations.push(Operation {
                id: format!("demo-outcome-{}-{month}", person.id),
                change: OperationBody::Outcome {
                    counts: outcome_counts(index, month),
                },
            });
        }
        for result in sharing::push(pool, &device, &operations).await? {
            if matches!(
                result.status,
                OperationStatus::Rejected | OperationStatus::Conflict
            ) {
                return Err(format!(
                    "demo: operation {} refused: {}",
                    result.id,
                    result.reason.unwrap_or_default()
                )
                .into());
            }
        }
        for (n, item) in items(person.id).iter().enumerate() {
            tutor_item(pool, person, &tutor, n, item, today).await?;
        }
    }
    Ok(())
}

fn category_code(category: ConsentCategory) -> &'static str {
    match category {
        ConsentCategory::Diary => "diary",
        ConsentCategory::Progress => "progress",
        ConsentCategory::Profile => "profile",
        ConsentCategory::Outcomes => "outcomes",
    }
}

/// A record pushed as the day's operation: the same record another day is a new operation.
fn record_operation(day: &str, record: SharedRecord) -> Operation {
    Operation {
        id: format!("demo-{day}-{}", record.id),
        change: OperationBody::Record { record },
    }
}

async fn account(pool: &AnyPool, organisation: &str, username: &str) -> Result<Account, Failure> {
    auth::accounts(pool, organisation)
        .await?
        .into_iter()
        .find(|a| a.username == username)
        .ok_or_else(|| format!("demo: no account {username} in {organisation}").into())
}

/// The person, once: added by their tutor.
async fn add_person(pool: &AnyPool, person: &Person, tutor: &Account) -> Result<(), Failure> {
    let mut tx = db::begin_write(pool).await?;
    let added = sqlx::query(
        "INSERT INTO beneficiary (id, organisation_id, nickname, languages, tutor_id, created_at)
         VALUES ($1, $2, $3, $4, $5, $6) ON CONFLICT (id) DO NOTHING",
    )
    .bind(person.id)
    .bind(person.organisation)
    .bind(person.nickname)
    .bind(person.languages)
    .bind(&tutor.id)
    .bind(db::now_ms())
    .execute(&mut *tx)
    .await?;
    if added.rows_affected() == 1 {
        crate::audit::audit(
            &mut tx,
            Some(&tutor.id),
            "beneficiary.add",
            person.id,
            "demo",
        )
        .await?;
    }
    tx.commit().await?;
    Ok(())
}

/// The person's phone: paired once, with a pairing code from their tutor as a real phone is.
async fn phone(pool: &AnyPool, person: &Person, tutor: &Account) -> Result<DeviceAuth, Failure> {
    let paired = |pool: &AnyPool| {
        let pool = pool.clone();
        async move {
            sqlx::query(
                "SELECT id FROM device WHERE beneficiary_id = $1 AND revoked_at IS NULL
                 ORDER BY paired_at, id",
            )
            .bind(person.id)
            .fetch_optional(&pool)
            .await
            .map(|row| row.and_then(|r| r.try_get::<String, _>("id").ok()))
        }
    };
    let device_id = match paired(pool).await? {
        Some(id) => id,
        None => {
            let code = people::create_pairing_code(pool, tutor, person.id).await?;
            match sharing::pair(pool, &code.code, "Demo phone").await? {
                Ok(response) => response.device_id,
                Err(e) => return Err(format!("demo: pairing {}: {e:?}", person.id).into()),
            }
        }
    };
    Ok(DeviceAuth {
        device_id,
        beneficiary_id: person.id.to_owned(),
        organisation_id: person.organisation.to_owned(),
    })
}

/// A tutor's item with a fixed id, written (as the tutor, in the audit log) only when it is
/// missing or its texts or date differ from today's.
async fn tutor_item(
    pool: &AnyPool,
    person: &Person,
    tutor: &Account,
    n: usize,
    item: &Item,
    today: Date,
) -> Result<(), Failure> {
    let at = item.when.map(|(weekday, week, hour)| {
        day_of_week(today, week, weekday)
            .at(hour, 0, 0, 0)
            .strftime("%Y-%m-%dT%H:%M")
            .to_string()
    });
    let mut fields: Vec<(&str, String)> = vec![
        ("title", item.title.to_owned()),
        ("text", item.text.to_owned()),
        ("service_id", item.service_id.to_owned()),
        ("place", item.place.to_owned()),
    ];
    fields.extend(at.map(|at| ("at", at)));
    let mut record = people::new_item(tutor, item.kind, &fields)?;
    record.id = format!("{}-item-{n}", person.id);
    let stored: Option<String> = sqlx::query_scalar(
        "SELECT body FROM shared_record WHERE beneficiary_id = $1 AND kind = $2 AND id = $3",
    )
    .bind(person.id)
    .bind(item.kind.as_str())
    .bind(&record.id)
    .fetch_optional(pool)
    .await?;
    let stored = stored.and_then(|body| serde_json::from_str::<SharedRecord>(&body).ok());
    let same = stored.is_some_and(|stored| {
        record
            .fields
            .iter()
            .all(|(name, field)| stored.fields.get(name).map(|f| &f.value) == Some(&field.value))
    });
    if same {
        return Ok(());
    }
    let postgres = db::is_postgres(pool);
    let mut tx = db::begin_write(pool).await?;
    db::lock_cursor(&mut tx, postgres).await?;
    people::store_record(&mut tx, person.id, &record).await?;
    crate::audit::audit(
        &mut tx,
        Some(&tutor.id),
        "item.add",
        &record.id,
        item.kind.as_str(),
    )
    .await?;
    tx.commit().await?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::testdb::{databases, Client};
    use axum::http::StatusCode;

    fn content_dir() -> PathBuf {
        Path::new(env!("CARGO_MANIFEST_DIR")).join("../content")
    }

    /// Rows in the tables the seeding writes, and the audit lines but the password resets
    /// every start makes.
    async fn counts(pool: &AnyPool) -> Vec<(&'static str, i64)> {
        let mut counts = Vec::new();
        for table in [
            "organisation",
            "account",
            "beneficiary",
            "pairing_code",
            "device",
            "consent",
            "shared_record",
            "record_seq",
            "applied_operation",
            "tutor_question",
            "service_report",
            "outcome",
            "service",
            "content_change",
            "guide",
            "lesson_pack",
        ] {
            let n: i64 =
                sqlx::query_scalar(sqlx::AssertSqlSafe(format!("SELECT count(*) FROM {table}")))
                    .fetch_one(pool)
                    .await
                    .unwrap();
            counts.push((table, n));
        }
        let audit: i64 =
            sqlx::query_scalar("SELECT count(*) FROM audit WHERE action <> 'account.password'")
                .fetch_one(pool)
                .await
                .unwrap();
        counts.push(("audit", audit));
        counts
    }

    async fn signed_in(pool: &AnyPool, accounts: &[DemoAccount], username: &str) -> Client {
        let password = &accounts
            .iter()
            .find(|a| a.username == username)
            .unwrap()
            .password;
        let mut client = Client::new(pool, true);
        let answer = client.sign_in(username, password).await;
        assert_eq!(answer.status, StatusCode::SEE_OTHER, "{username} signs in");
        client
    }

    /// The page's text between `<section id="{id}"` and the section's end.
    fn section(page: &str, id: &str) -> String {
        // Without Fluent's isolation marks around placeables ("\u{2068}13\u{2069} servizi").
        let page = page.replace(['\u{2068}', '\u{2069}'], "");
        let start = page
            .find(&format!("<section id=\"{id}\""))
            .unwrap_or_else(|| panic!("no section {id} in {page}"));
        let end = page[start..].find("</section>").unwrap() + start;
        page[start..end].to_owned()
    }

    #[tokio::test]
    async fn the_demo_gives_every_page_something_and_a_second_start_adds_nothing() {
        // The overview's week is today's, so the demo is seeded for today.
        let today = jiff::Timestamp::now().to_zoned(rome().clone()).date();
        for db in databases().await {
            let pool = &db.pool;
            prepare(pool, &content_dir(), today).await.unwrap();
            let first = counts(pool).await;
            let accounts = prepare(pool, &content_dir(), today).await.unwrap();
            assert_eq!(counts(pool).await, first, "a second start adds nothing");
            let count = |table: &str| first.iter().find(|(t, _)| *t == table).unwrap().1;
            assert_eq!(count("beneficiary"), 6);
            assert_eq!(count("device"), 6);
            assert_eq!(count("tutor_question"), 5);
            assert_eq!(count("service_report"), 4);
            assert_eq!(count("outcome"), 36, "six phones, six months");

            // The tutor: four people, questions waiting, this week's appointments only.
            let tutor = signed_in(pool, &accounts, "tutor").await;
            let home = tutor.get("/").await;
            assert_eq!(home.status, StatusCode::OK);
            let waiting = section(&home.body, "waiting");
            for text in [
                "متى يجب أن أجدد تصريح الإقامة؟",
                "Which documents do I bring to the job centre?",
                "Dove posso fare il corso di italiano la sera?",
            ] {
                assert!(waiting.contains(text), "{waiting}");
            }
            assert!(!waiting.contains("Oksana"), "another tutor's person");
            let week = section(&home.body, "week");
            for text in [
                "Colloquio all&#39;Hotel Belvedere",
                "L&#39;offerta dei Magazzini Emilia",
                "Patto di servizio al Centro per l&#39;impiego",
                "Bilancio dei primi tre mesi",
                "Preparare il colloquio in trattoria",
            ] {
                let text = text.replace("&#39;", "'");
                assert!(week.contains(&text), "{text} in {week}");
            }
            assert_eq!(week.matches("class=\"appointment\"").count(), 5, "{week}");
            for next_week in [
                "Curriculum in italiano",
                "Iscrizione al corso di italiano A2",
            ] {
                assert!(!week.contains(next_week), "{next_week} is next week's");
            }
            // A person's page shows their shared diary and the tutor's items.
            let amina = tutor.get("/beneficiaries/demo-amina").await;
            assert_eq!(amina.status, StatusCode::OK);
            for text in [
                "Hotel Belvedere",
                // The stage in the tutor's words.
                "Colloquio",
                "Iscrizione al corso di italiano A2",
            ] {
                assert!(amina.body.contains(text), "{text}");
            }
            let tutors_list = tutor.get("/beneficiaries").await;
            assert_eq!(
                tutors_list
                    .body
                    .matches("href=\"/beneficiaries/demo-")
                    .count(),
                4
            );

            // The tutor in Rome sees their two people's week, not Bologna's.
            let roma = signed_in(pool, &accounts, "tutor-roma").await;
            let home = roma.get("/").await;
            let week = section(&home.body, "week");
            assert_eq!(week.matches("class=\"appointment\"").count(), 3, "{week}");
            assert!(week.contains("Visita al SaMiFo"));
            assert!(section(&home.body, "waiting").contains("Oksana"));

            // The operator: Bologna's services never checked, the open reports, the outdated
            // translations of the revised service.
            let operator = signed_in(pool, &accounts, "operator").await;
            let home = operator.get("/").await;
            let unchecked = section(&home.body, "unchecked");
            assert!(unchecked.contains("14 servizi"), "{unchecked}");
            assert!(unchecked.contains(">Mai<"));
            // No person has opened the shipped lessons' sources yet: each is due, as never
            // checked.
            let sources = section(&home.body, "sources-due");
            assert!(
                sources.contains("fonti citate dalle lezioni vanno ricontrollate"),
                "{sources}"
            );
            assert!(sources.contains(">Mai<"), "{sources}");
            // Categories as words, not codes.
            assert!(!home.body.contains("womens_support"));
            let reports = section(&home.body, "open-reports");
            assert_eq!(
                reports.matches("href=\"/reports#report-").count(),
                4,
                "{reports}"
            );
            assert!(reports.contains("Biblioteca Salaborsa"));
            assert!(reports.contains("Orari sbagliati"), "{reports}");
            let outdated = section(&home.body, "outdated");
            assert!(
                outdated.contains("href=\"/services/bo-centro-impiego\""),
                "{outdated}"
            );
            assert!(
                outdated.contains("en, ar, fr") || outdated.contains("ar, en, fr"),
                "{outdated}"
            );
            let inbox = operator.get("/reports").await;
            assert!(inbox.body.contains("Il sabato pomeriggio era chiuso."));
            let outcomes = operator.get("/outcomes").await;
            assert_eq!(outcomes.status, StatusCode::OK);
            assert!(outcomes.body.contains("<svg"), "a chart");
            assert!(outcomes.body.contains(&month_before(today, 5).to_string()));

            // The administrator: the organisation's accounts and the latest audit entries.
            let admin = signed_in(pool, &accounts, "admin").await;
            let home = admin.get("/").await;
            let accounts_section = section(&home.body, "accounts");
            for name in ["admin", "operator", "tutor", "Tutor", "Operatore"] {
                assert!(accounts_section.contains(name), "{name}");
            }
            assert!(
                !accounts_section.contains("tutor-roma"),
                "another organisation's"
            );
            let audit = section(&home.body, "latest-audit");
            assert!(audit.contains("Password cambiata"), "{audit}");
            db.drop_database().await;
        }
    }

    #[tokio::test]
    async fn a_start_a_week_later_moves_the_appointments_without_adding_records() {
        let thursday = jiff::civil::date(2026, 12, 3);
        let a_week_later = jiff::civil::date(2026, 12, 10);
        for db in databases().await {
            let pool = &db.pool;
            accounts(pool).await.unwrap();
            seed(pool, thursday).await.unwrap();
            let before = counts(pool).await;
            seed(pool, a_week_later).await.unwrap();
            let after = counts(pool).await;
            for table in [
                "beneficiary",
                "device",
                "shared_record",
                "tutor_question",
                "outcome",
            ] {
                let count =
                    |counts: &[(&str, i64)]| counts.iter().find(|(t, _)| *t == table).unwrap().1;
                assert_eq!(count(&after), count(&before), "{table}");
            }
            let meeting_at = || async {
                let body: String = sqlx::query_scalar(
                    "SELECT body FROM shared_record WHERE id = 'demo-amina-meeting-0'",
                )
                .fetch_one(pool)
                .await
                .unwrap();
                let record: SharedRecord = serde_json::from_str(&body).unwrap();
                record.fields["at"].value.as_i64().unwrap()
            };
            // Tuesday of the later week, 10:00 in Rome.
            assert_eq!(
                meeting_at().await,
                rome_ms(jiff::civil::date(2026, 12, 8), 10, 0)
            );
            let item: String =
                sqlx::query_scalar("SELECT body FROM shared_record WHERE id = 'demo-rahim-item-0'")
                    .fetch_one(pool)
                    .await
                    .unwrap();
            let item: SharedRecord = serde_json::from_str(&item).unwrap();
            assert_eq!(item.text("at"), Some("2026-12-09T09:00"));
            db.drop_database().await;
        }
    }

    #[test]
    fn outcomes_and_months_are_fixed_for_a_date() {
        let month = Month {
            year: 2026,
            month: 7,
        };
        assert_eq!(outcome_counts(2, month), outcome_counts(2, month));
        assert_ne!(
            (0..6).map(|p| outcome_counts(p, month)).collect::<Vec<_>>(),
            (0..6)
                .map(|p| outcome_counts(
                    p,
                    Month {
                        year: 2026,
                        month: 8
                    }
                ))
                .collect::<Vec<_>>()
        );
        for person in 0..6 {
            let counts = outcome_counts(person, month);
            assert!(counts.interviews <= counts.applications && counts.hires <= counts.interviews);
        }
        let today = jiff::civil::date(2026, 3, 2);
        assert_eq!(month_before(today, 0).to_string(), "2026-03");
        assert_eq!(month_before(today, 5).to_string(), "2025-10");
        // Thursday 5 March 2026: Monday of next week is the 9th.
        let thursday = jiff::civil::date(2026, 3, 5);
        assert_eq!(day_of_week(thursday, 1, 0), jiff::civil::date(2026, 3, 9));
        assert_eq!(day_of_week(thursday, 0, 0), jiff::civil::date(2026, 3, 2));
    }
}
