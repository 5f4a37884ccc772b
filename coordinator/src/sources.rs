//! Import sources: where imported services come from (an operator's spreadsheet, an open-data
//! portal's list, OpenStreetMap), with the licence and attribution that travel with them.
//!
//! A source is imported again and again. Each of its rows has a key of its own in the source
//! (the OSM id, an id column) and becomes the service `<source>:<key>`, so importing it again
//! updates each service instead of adding a second one; what is no longer in the file is
//! reported as disappeared, and the operator chooses to retire it or keep it. A place that
//! another source already has (a similar name, a few metres away) is reported for merging.

use std::collections::{BTreeMap, HashMap, HashSet};

use ponte_wire::content::ServiceRecord;
use sha2::{Digest, Sha256};
use sqlx::{AnyPool, Row};

use crate::content::{delete_services_in, upsert_services_in, Upserted, CHUNK};
use crate::db::{begin_write, is_postgres, lock_cursor, now_ms, value_rows};

/// Licences an import source may have: SPDX identifiers of the open-data licences Italian
/// portals and OpenStreetMap use, and `own` for the network's own data.
pub const LICENCES: &[&str] = &[
    "own",
    "ODbL-1.0",
    "CC-BY-4.0",
    "CC-BY-SA-4.0",
    "CC0-1.0",
    "IODL-2.0",
];

/// An import source as the operator describes it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Source {
    /// 1 to 40 lowercase letters, digits and `-`: it begins the ids of its services.
    pub id: String,
    pub name: String,
    pub region: String,
    pub licence: String,
    /// What the licence asks to show beside the data; may be empty for `own` and `CC0-1.0`.
    pub attribution: String,
    /// The saved column mapping of a CSV source (JSON).
    pub mapping: Option<String>,
}

/// Why a source cannot be saved; each has its text in the dashboard catalogue.
#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
pub enum SourceProblem {
    #[error("id: 1 to 40 lowercase letters, digits and -")]
    BadId,
    #[error("name: required, at most 200 characters")]
    BadName,
    #[error("region: lowercase letters, digits and -")]
    BadRegion,
    #[error("licence: one of {}", LICENCES.join(", "))]
    UnknownLicence,
    #[error("attribution: this licence asks for one (at most 300 characters)")]
    AttributionNeeded,
}

impl SourceProblem {
    /// The dashboard catalogue's key for this problem.
    pub fn key(self) -> &'static str {
        match self {
            SourceProblem::BadId => "source-problem-id",
            SourceProblem::BadName => "source-problem-name",
            SourceProblem::BadRegion => "source-problem-region",
            SourceProblem::UnknownLicence => "source-problem-licence",
            SourceProblem::AttributionNeeded => "source-problem-attribution",
        }
    }
}

impl Source {
    pub fn check(&self) -> Result<(), SourceProblem> {
        let slug = |text: &str, max: usize| {
            (1..=max).contains(&text.len())
                && text
                    .bytes()
                    .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
        };
        if !slug(&self.id, 40) {
            return Err(SourceProblem::BadId);
        }
        if self.name.trim().is_empty() || self.name.chars().count() > 200 {
            return Err(SourceProblem::BadName);
        }
        if !slug(&self.region, 60) {
            return Err(SourceProblem::BadRegion);
        }
        if !LICENCES.contains(&self.licence.as_str()) {
            return Err(SourceProblem::UnknownLicence);
        }
        let needs_attribution = !matches!(self.licence.as_str(), "own" | "CC0-1.0");
        if (needs_attribution && self.attribution.trim().is_empty())
            || self.attribution.chars().count() > 300
        {
            return Err(SourceProblem::AttributionNeeded);
        }
        Ok(())
    }
}

/// Saves a source, new or changed; its services keep their ids.
pub async fn save(
    pool: &AnyPool,
    source: &Source,
) -> Result<Result<(), SourceProblem>, sqlx::Error> {
    if let Err(problem) = source.check() {
        return Ok(Err(problem));
    }
    let now = now_ms();
    sqlx::query(
        "INSERT INTO import_source (id, name, region, licence, attribution, mapping, created_at, updated_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $7)
         ON CONFLICT (id) DO UPDATE SET name = $2, region = $3, licence = $4, attribution = $5,
             mapping = $6, updated_at = $7",
    )
    .bind(&source.id)
    .bind(source.name.trim())
    .bind(&source.region)
    .bind(&source.licence)
    .bind(source.attribution.trim())
    .bind(&source.mapping)
    .bind(now)
    .execute(pool)
    .await?;
    Ok(Ok(()))
}

fn source_of(row: &sqlx::any::AnyRow) -> Result<Source, sqlx::Error> {
    Ok(Source {
        id: row.try_get("id")?,
        name: row.try_get("name")?,
        region: row.try_get("region")?,
        licence: row.try_get("licence")?,
        attribution: row.try_get("attribution")?,
        mapping: row.try_get("mapping")?,
    })
}

pub async fn get(pool: &AnyPool, id: &str) -> Result<Option<Source>, sqlx::Error> {
    sqlx::query(
        "SELECT id, name, region, licence, attribution, mapping FROM import_source WHERE id = $1",
    )
    .bind(id)
    .fetch_optional(pool)
    .await?
    .as_ref()
    .map(source_of)
    .transpose()
}

pub async fn list(pool: &AnyPool) -> Result<Vec<Source>, sqlx::Error> {
    sqlx::query("SELECT id, name, region, licence, attribution, mapping FROM import_source ORDER BY name, id")
        .fetch_all(pool)
        .await?
        .iter()
        .map(source_of)
        .collect()
}

/// The id of the service a source's row becomes. A key that is already a valid id part is
/// kept as it is, readable; any other (`node/123`, `Biblioteca 7`) is made one and given a
/// short hash of the key, so two keys never give the same id. Ids stay within 100 bytes.
pub fn service_id(source: &str, key: &str) -> String {
    let valid = |b: u8| b.is_ascii_lowercase() || b.is_ascii_digit() || b"-_.".contains(&b);
    let room = 100 - source.len() - 1;
    if !key.is_empty() && key.len() <= room && key.bytes().all(valid) {
        return format!("{source}:{key}");
    }
    let mut readable = String::new();
    for c in key.to_lowercase().chars() {
        let c = if c.is_ascii() && valid(c as u8) {
            c
        } else {
            '-'
        };
        if !(c == '-' && readable.ends_with('-')) {
            readable.push(c);
        }
    }
    let hash = Sha256::digest(key.as_bytes());
    let hash: String = hash[..4].iter().map(|b| format!("{b:02x}")).collect();
    let readable: String = readable
        .trim_matches('-')
        .chars()
        .take(room - hash.len() - 1)
        .collect();
    if readable.is_empty() {
        format!("{source}:{hash}")
    } else {
        format!("{source}:{readable}-{hash}")
    }
}

/// A source's row, read: its key in the source and the service it describes (the record's
/// id is set from the key by [`plan`] and [`apply`]).
#[derive(Debug, Clone)]
pub struct Incoming {
    pub key: String,
    pub record: ServiceRecord,
}

/// A service the new file changes, and which of its fields.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Changed {
    pub id: String,
    pub fields: Vec<String>,
}

/// A service of the source that the new file no longer has.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Disappeared {
    pub id: String,
    pub name: String,
}

/// What importing a source's file again would do, shown before anything is written.
#[derive(Debug, Default, Clone, PartialEq, Eq)]
pub struct Plan {
    pub added: Vec<String>,
    pub changed: Vec<Changed>,
    pub unchanged: usize,
    pub disappeared: Vec<Disappeared>,
    /// Keys that appear more than once in the file: only the first row of each is taken.
    pub repeated_keys: Vec<String>,
}

/// What to do with the services a source's new file no longer has.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum WhenDisappeared {
    /// Delete them: the phones drop them at their next sync.
    Retire,
    /// Leave them as they are, still linked to the source.
    Keep,
}

/// The file's rows as services of a source.
struct SourceRows<'a> {
    /// Each service's key in the source, beside `records`.
    keys: Vec<&'a str>,
    records: Vec<ServiceRecord>,
    repeated_keys: Vec<String>,
}

/// The file's rows as services of `source`: ids from keys, the source's attribution, the first
/// row of a repeated key.
fn records_of<'a>(source: &Source, incoming: &'a [Incoming]) -> SourceRows<'a> {
    let mut seen = HashSet::new();
    let mut rows = SourceRows {
        keys: Vec::with_capacity(incoming.len()),
        records: Vec::with_capacity(incoming.len()),
        repeated_keys: Vec::new(),
    };
    for row in incoming {
        if !seen.insert(row.key.as_str()) {
            rows.repeated_keys.push(row.key.clone());
            continue;
        }
        let mut record = row.record.clone();
        record.id = service_id(&source.id, &row.key);
        // The source's licence travels with each of its services, to the phone's screen.
        record.attribution = source.attribution.clone();
        rows.keys.push(&row.key);
        rows.records.push(record);
    }
    rows
}

/// The source's services as stored now: id → body.
async fn stored_of(
    pool: &AnyPool,
    source: &str,
) -> Result<BTreeMap<String, Option<String>>, sqlx::Error> {
    let rows = sqlx::query(
        "SELECT l.service_id, s.body FROM service_source l
         LEFT JOIN service s ON s.id = l.service_id
         WHERE l.source_id = $1",
    )
    .bind(source)
    .fetch_all(pool)
    .await?;
    rows.iter()
        .map(|row| Ok((row.try_get("service_id")?, row.try_get("body")?)))
        .collect()
}

fn name_of(record: &ServiceRecord) -> String {
    record
        .texts
        .iter()
        .find(|t| t.language == record.source_language)
        .or(record.texts.first())
        .map(|t| t.name.clone())
        .unwrap_or_default()
}

/// The top-level fields two records differ in.
fn differing_fields(old: &ServiceRecord, new: &ServiceRecord) -> Vec<String> {
    let (serde_json::Value::Object(old), serde_json::Value::Object(new)) = (
        serde_json::to_value(old).unwrap_or_default(),
        serde_json::to_value(new).unwrap_or_default(),
    ) else {
        return Vec::new();
    };
    let names: std::collections::BTreeSet<&String> = old.keys().chain(new.keys()).collect();
    names
        .into_iter()
        .filter(|name| old.get(*name) != new.get(*name))
        .cloned()
        .collect()
}

/// What importing `incoming` as `source` would add, change and leave behind; writes nothing.
pub async fn plan(
    pool: &AnyPool,
    source: &Source,
    incoming: &[Incoming],
) -> Result<Plan, sqlx::Error> {
    let rows = records_of(source, incoming);
    let mut stored = stored_of(pool, &source.id).await?;
    let mut plan = Plan {
        repeated_keys: rows.repeated_keys,
        ..Plan::default()
    };
    for record in &rows.records {
        match stored.remove(&record.id) {
            // Compared as the import compares them (the stored text with the new one's), so
            // the plan says what the import will do: a coordinate read back from JSON may
            // differ from the file's in its last bit, and must not show a change.
            Some(Some(body)) if serde_json::to_string(record).is_ok_and(|new| new == body) => {
                plan.unchanged += 1
            }
            Some(Some(body)) => match serde_json::from_str::<ServiceRecord>(&body) {
                Ok(old) => plan.changed.push(Changed {
                    id: record.id.clone(),
                    fields: differing_fields(&old, record),
                }),
                Err(_) => plan.changed.push(Changed {
                    id: record.id.clone(),
                    fields: Vec::new(),
                }),
            },
            // Linked but deleted since (retired, or by hand): it comes back.
            Some(None) | None => plan.added.push(record.id.clone()),
        }
    }
    for (id, body) in stored {
        if let Some(body) = body {
            let name = serde_json::from_str::<ServiceRecord>(&body)
                .map(|r| name_of(&r))
                .unwrap_or_default();
            plan.disappeared.push(Disappeared { id, name });
        }
    }
    Ok(plan)
}

/// What an import of a source did.
#[derive(Debug, Default, PartialEq, Eq)]
pub struct Applied {
    pub upserted: Upserted,
    pub retired: u32,
}

/// Imports `incoming` as `source`, all in one transaction: services upserted by their key,
/// linked to the source, and the disappeared ones retired or kept as `disappeared` says.
pub async fn apply(
    pool: &AnyPool,
    source: &Source,
    incoming: &[Incoming],
    disappeared: WhenDisappeared,
    progress: impl FnMut(usize),
) -> Result<Applied, sqlx::Error> {
    let rows = records_of(source, incoming);
    let postgres = is_postgres(pool);
    let mut tx = begin_write(pool).await?;
    lock_cursor(&mut tx, postgres).await?;
    let upserted = upsert_services_in(&mut tx, &rows.records, progress).await?;
    let linked: Vec<String> =
        sqlx::query_scalar("SELECT service_id FROM service_source WHERE source_id = $1")
            .bind(&source.id)
            .fetch_all(&mut *tx)
            .await?;
    let linked: HashSet<String> = linked.into_iter().collect();
    // The new links, each service once with its last key (one statement may not update a row
    // twice; one at a time, the last key was the one kept).
    let mut seen = HashSet::new();
    let new_links: Vec<(&str, &str)> = rows
        .records
        .iter()
        .zip(&rows.keys)
        .rev()
        .filter(|(record, _)| !linked.contains(&record.id) && seen.insert(record.id.as_str()))
        .map(|(record, key)| (record.id.as_str(), *key))
        .collect();
    for chunk in new_links.chunks(CHUNK) {
        let sql = format!(
            "INSERT INTO service_source (service_id, source_id, source_key) VALUES {}
             ON CONFLICT (service_id) DO UPDATE SET source_id = excluded.source_id,
                 source_key = excluded.source_key",
            value_rows(chunk.len(), "(?, ?, ?)")
        );
        let mut insert = sqlx::query(sqlx::AssertSqlSafe(sql));
        for (id, key) in chunk {
            insert = insert.bind(*id).bind(&source.id).bind(*key);
        }
        insert.execute(&mut *tx).await?;
    }
    let mut retired = 0;
    if disappeared == WhenDisappeared::Retire {
        let now: HashSet<&str> = rows.records.iter().map(|r| r.id.as_str()).collect();
        let mut gone: Vec<&str> = linked
            .iter()
            .map(String::as_str)
            .filter(|id| !now.contains(id))
            .collect();
        // Tombstones in id order, the same whatever order the database gave the links in.
        gone.sort_unstable();
        retired = delete_services_in(&mut tx, &gone).await?;
    }
    tx.commit().await?;
    Ok(Applied { upserted, retired })
}

/// A new row that looks like a service another source (or a hand-made one) already has.
#[derive(Debug, Clone, PartialEq)]
pub struct Duplicate {
    pub incoming_id: String,
    pub existing_id: String,
    pub distance_m: f64,
    /// 0 to 1: Jaro-Winkler of the names, lower case, without accents and punctuation.
    pub similarity: f64,
}

/// A name as compared: lower case, accents and punctuation gone, single spaces.
fn comparable(name: &str) -> String {
    // Accents as the header guesses fold them; then words only, single spaces.
    crate::intake::fold(name)
        .split(|c: char| !c.is_alphanumeric())
        .filter(|word| !word.is_empty())
        .collect::<Vec<_>>()
        .join(" ")
}

/// Metres between two WGS84 points (haversine).
fn distance_m(a: (f64, f64), b: (f64, f64)) -> f64 {
    let (lat1, lat2) = (a.0.to_radians(), b.0.to_radians());
    let (dlat, dlon) = (lat2 - lat1, (b.1 - a.1).to_radians());
    let h = (dlat / 2.0).sin().powi(2) + lat1.cos() * lat2.cos() * (dlon / 2.0).sin().powi(2);
    2.0 * 6_371_000.0 * h.sqrt().asin()
}

/// Within 100 m a similar name (≥ 0.85) is the same place; within 25 m a looser one (≥ 0.7).
fn same_place(distance: f64, similarity: f64) -> bool {
    (distance <= 100.0 && similarity >= 0.85) || (distance <= 25.0 && similarity >= 0.7)
}

/// The rows of `incoming` (as services of `source`) that look like a service of the region
/// that is not this source's: to show for merging before the import.
pub async fn duplicates(
    pool: &AnyPool,
    source: &Source,
    incoming: &[Incoming],
) -> Result<Vec<Duplicate>, sqlx::Error> {
    let others = sqlx::query(
        "SELECT s.id, s.body FROM service s
         LEFT JOIN service_source l ON l.service_id = s.id
         WHERE s.region = $1 AND (l.source_id IS NULL OR l.source_id <> $2)",
    )
    .bind(&source.region)
    .bind(&source.id)
    .fetch_all(pool)
    .await?;
    // A grid of cells about 220 m high: a neighbour within 100 m is in one of the 9 cells around.
    const CELL: f64 = 0.002;
    let cell = |lat: f64, lon: f64| ((lat / CELL).floor() as i64, (lon / CELL).floor() as i64);
    let mut grid: HashMap<(i64, i64), Vec<(String, (f64, f64), String)>> = HashMap::new();
    for row in &others {
        let body: String = row.try_get("body")?;
        let Ok(existing) = serde_json::from_str::<ServiceRecord>(&body) else {
            continue;
        };
        // Without a position, "the same place" cannot be told.
        let Some((lat, lon)) = existing.position() else {
            continue;
        };
        grid.entry(cell(lat, lon)).or_default().push((
            existing.id.clone(),
            (lat, lon),
            comparable(&name_of(&existing)),
        ));
    }
    let rows = records_of(source, incoming);
    let mut found = Vec::new();
    for record in &rows.records {
        let Some(here) = record.position() else {
            continue;
        };
        let name = comparable(&name_of(record));
        let (row, column) = cell(here.0, here.1);
        // Longitude cells are narrower than latitude ones in Italy (cos 45° ≈ 0.7): two columns
        // each side keep 100 m in reach.
        for r in row - 1..=row + 1 {
            for c in column - 2..=column + 2 {
                for (id, position, other) in grid.get(&(r, c)).into_iter().flatten() {
                    let distance = distance_m(here, *position);
                    let similarity = strsim::jaro_winkler(&name, other);
                    if same_place(distance, similarity) {
                        found.push(Duplicate {
                            incoming_id: record.id.clone(),
                            existing_id: id.clone(),
                            distance_m: distance,
                            similarity,
                        });
                    }
                }
            }
        }
    }
    Ok(found)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::testdb::databases;

    fn source(id: &str, licence: &str, attribution: &str) -> Source {
        Source {
            id: id.into(),
            name: "Biblioteche del Comune".into(),
            region: "bologna".into(),
            licence: licence.into(),
            attribution: attribution.into(),
            mapping: None,
        }
    }

    fn row(key: &str, name: &str, lat: f64, lon: f64) -> Incoming {
        let csv = format!(
            "id,organisation,categories,city,lat,lon,name_it\nplaceholder,Comune,education,Bologna,{lat},{lon},{name}\n"
        );
        let mut records = ponte_wire::import::from_csv(
            csv.as_bytes(),
            &ponte_wire::import::ImportOptions::for_region("bologna", "Bologna"),
        )
        .unwrap();
        Incoming {
            key: key.into(),
            record: records.remove(0),
        }
    }

    #[test]
    fn a_source_is_checked_before_it_is_saved() {
        assert_eq!(
            source("comune-bo", "CC-BY-4.0", "Comune di Bologna").check(),
            Ok(())
        );
        assert_eq!(
            source("own-list", "own", "").check(),
            Ok(()),
            "own data needs no attribution"
        );
        for (bad, problem) in [
            (source("Comune BO", "CC-BY-4.0", "x"), SourceProblem::BadId),
            (source("", "CC-BY-4.0", "x"), SourceProblem::BadId),
            (source("a:b", "CC-BY-4.0", "x"), SourceProblem::BadId),
            (
                source("osm", "public domain", "x"),
                SourceProblem::UnknownLicence,
            ),
            (
                source("osm", "ODbL-1.0", " "),
                SourceProblem::AttributionNeeded,
            ),
            (
                Source {
                    name: " ".into(),
                    ..source("osm", "ODbL-1.0", "© OpenStreetMap contributors")
                },
                SourceProblem::BadName,
            ),
            (
                Source {
                    region: "Bologna".into(),
                    ..source("osm", "ODbL-1.0", "© OpenStreetMap contributors")
                },
                SourceProblem::BadRegion,
            ),
        ] {
            assert_eq!(bad.check(), Err(problem), "{bad:?}");
            assert!(problem.key().starts_with("source-problem-"));
        }
    }

    #[test]
    fn service_ids_are_stable_readable_and_distinct() {
        assert_eq!(service_id("osm", "node-123"), "osm:node-123");
        let a = service_id("osm", "node/123");
        let b = service_id("osm", "node 123");
        assert!(a.starts_with("osm:node-123-"), "{a}");
        assert_ne!(a, b, "two keys that read alike still give two ids");
        assert_eq!(
            a,
            service_id("osm", "node/123"),
            "the same key, the same id"
        );
        let long = service_id("comune", &"Biblioteca ".repeat(30));
        assert!(long.len() <= 100, "{}", long.len());
        assert_ne!(long, service_id("comune", &"Biblioteca ".repeat(31)));
        assert!(service_id("x", "€€€").starts_with("x:"));
        for id in [a, b, long, service_id("x", "€€€")] {
            assert!(
                id.bytes()
                    .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b"-_.:".contains(&b)),
                "{id}"
            );
        }
    }

    #[test]
    fn names_are_compared_without_case_accents_or_punctuation() {
        assert_eq!(
            comparable("  Biblioteca  Sala-Borsa!"),
            "biblioteca sala borsa"
        );
        assert_eq!(comparable("Caffè Università"), "caffe universita");
        let d = distance_m((44.4938, 11.3426), (44.4947, 11.3426));
        assert!((d - 100.0).abs() < 1.0, "{d}");
    }

    #[tokio::test]
    async fn importing_a_source_again_updates_reports_and_retires() {
        for db in databases().await {
            let pool = &db.pool;
            let libraries = source("comune-bo", "CC-BY-4.0", "Comune di Bologna");
            assert_eq!(save(pool, &libraries).await.unwrap(), Ok(()));
            assert_eq!(
                save(pool, &source("Bad Id", "CC-BY-4.0", "x"))
                    .await
                    .unwrap(),
                Err(SourceProblem::BadId),
                "a bad source is refused and nothing is stored"
            );
            assert_eq!(list(pool).await.unwrap(), vec![libraries.clone()]);

            let first = vec![
                row("B1", "Biblioteca Salaborsa", 44.4938, 11.3426),
                row("B2", "Biblioteca Casa di Khaoula", 44.5120, 11.3440),
                row("B3", "Biblioteca Lame", 44.5200, 11.3200),
            ];
            let planned = plan(pool, &libraries, &first).await.unwrap();
            assert_eq!(
                planned.added,
                ["B1", "B2", "B3"].map(|key| service_id("comune-bo", key))
            );
            let done = apply(pool, &libraries, &first, WhenDisappeared::Keep, |_| {})
                .await
                .unwrap();
            assert_eq!((done.upserted.changed, done.retired), (3, 0));
            let stored = crate::content::service(pool, &service_id("comune-bo", "B1"))
                .await
                .unwrap()
                .unwrap();
            assert_eq!(
                stored.attribution, "Comune di Bologna",
                "the licence travels"
            );

            // Next month: B1 renamed, B2 the same, B3 gone, B4 new, B4 twice.
            let second = vec![
                row("B1", "Biblioteca Sala Borsa", 44.4938, 11.3426),
                row("B2", "Biblioteca Casa di Khaoula", 44.5120, 11.3440),
                row("B4", "Biblioteca Corticella", 44.5300, 11.3500),
                row("B4", "Biblioteca Corticella (copia)", 44.5300, 11.3500),
            ];
            let planned = plan(pool, &libraries, &second).await.unwrap();
            let b1 = service_id("comune-bo", "B1");
            assert_eq!(
                planned.changed,
                vec![Changed {
                    id: b1.clone(),
                    fields: vec!["texts".into()]
                }]
            );
            assert_eq!(planned.unchanged, 1);
            assert_eq!(planned.added, vec![service_id("comune-bo", "B4")]);
            assert_eq!(planned.repeated_keys, vec!["B4".to_owned()]);
            assert_eq!(
                planned.disappeared,
                vec![Disappeared {
                    id: service_id("comune-bo", "B3"),
                    name: "Biblioteca Lame".into()
                }]
            );
            // The plan wrote nothing.
            assert_eq!(
                plan(pool, &libraries, &second).await.unwrap(),
                planned,
                "planning twice plans the same"
            );

            let done = apply(pool, &libraries, &second, WhenDisappeared::Retire, |_| {})
                .await
                .unwrap();
            assert_eq!(
                (done.upserted.changed, done.upserted.unchanged, done.retired),
                (2, 1, 1)
            );
            assert!(
                crate::content::service(pool, &service_id("comune-bo", "B3"))
                    .await
                    .unwrap()
                    .is_none()
            );
            let renamed = crate::content::service(pool, &b1).await.unwrap().unwrap();
            assert_eq!(name_of(&renamed), "Biblioteca Sala Borsa");
            // Retired, then back in a later file: added again.
            let third = vec![row("B3", "Biblioteca Lame", 44.5200, 11.3200)];
            let planned = plan(pool, &libraries, &third).await.unwrap();
            assert_eq!(planned.added, vec![service_id("comune-bo", "B3")]);
            assert_eq!(planned.disappeared.len(), 3);

            // The same libraries from OpenStreetMap: one is within metres, with a similar name.
            let osm = source("osm-bologna", "ODbL-1.0", "© OpenStreetMap contributors");
            save(pool, &osm).await.unwrap().unwrap();
            let mapped = vec![
                row("node/1", "Biblioteca Salaborsa", 44.49385, 11.34262),
                row("node/2", "Biblioteca Lame", 44.5250, 11.3200),
                row("node/3", "Farmacia Comunale", 44.51201, 11.34401),
            ];
            let found = duplicates(pool, &osm, &mapped).await.unwrap();
            assert_eq!(found.len(), 1, "{found:?}");
            assert_eq!(found[0].incoming_id, service_id("osm-bologna", "node/1"));
            assert_eq!(found[0].existing_id, b1);
            assert!(found[0].distance_m < 10.0 && found[0].similarity > 0.9);
            // A source is never its own duplicate.
            assert!(duplicates(pool, &libraries, &second)
                .await
                .unwrap()
                .is_empty());
            db.drop_database().await;
        }
    }

    /// Coordinates with every digit a file can give: read back from the stored JSON, some
    /// differ from the file's in their last bit. The plan must still say "unchanged", as the
    /// import does.
    #[tokio::test]
    async fn the_same_file_again_is_planned_unchanged_whatever_its_coordinates() {
        for db in databases().await {
            let pool = &db.pool;
            let osm = source("osm-bologna", "ODbL-1.0", "© OpenStreetMap contributors");
            save(pool, &osm).await.unwrap().unwrap();
            let all: Vec<Incoming> = (0..100)
                .map(|n| {
                    let lat = format!("44.4000999{n:07}").parse().unwrap();
                    let lon = format!("11.3{n:013}7").parse().unwrap();
                    row(&format!("node/{n}"), &format!("Sportello {n}"), lat, lon)
                })
                .collect();
            apply(pool, &osm, &all, WhenDisappeared::Keep, |_| {})
                .await
                .unwrap();
            let again = plan(pool, &osm, &all).await.unwrap();
            assert_eq!(again.changed, [], "nothing changed");
            assert_eq!(again.unchanged, 100);
            let done = apply(pool, &osm, &all, WhenDisappeared::Keep, |_| {})
                .await
                .unwrap();
            assert_eq!(done.upserted.unchanged, 100);
            db.drop_database().await;
        }
    }

    #[tokio::test]
    async fn a_source_larger_than_a_chunk_is_linked_and_retired_whole_on_both_databases() {
        for db in databases().await {
            let pool = &db.pool;
            let osm = source("osm-bologna", "ODbL-1.0", "© OpenStreetMap contributors");
            save(pool, &osm).await.unwrap().unwrap();
            let all: Vec<Incoming> = (0..2 * CHUNK + 50)
                .map(|n| {
                    let lat = format!("44.{:04}", 4000 + n).parse().unwrap();
                    row(&format!("node/{n}"), &format!("Sportello {n}"), lat, 11.30)
                })
                .collect();
            let done = apply(pool, &osm, &all, WhenDisappeared::Keep, |_| {})
                .await
                .unwrap();
            assert_eq!((done.upserted.changed, done.retired), (all.len() as u32, 0));
            let links = sqlx::query(
                "SELECT service_id, source_key FROM service_source WHERE source_id = $1",
            )
            .bind(&osm.id)
            .fetch_all(pool)
            .await
            .unwrap();
            assert_eq!(links.len(), all.len(), "every row linked");
            for link in &links {
                let key: String = link.try_get("source_key").unwrap();
                let id: String = link.try_get("service_id").unwrap();
                assert_eq!(id, service_id("osm-bologna", &key));
            }

            // The next file has the first 100 rows: the others are retired, each once.
            let cursor: i64 = sqlx::query_scalar("SELECT max(seq) FROM content_change")
                .fetch_one(pool)
                .await
                .unwrap();
            let done = apply(pool, &osm, &all[..100], WhenDisappeared::Retire, |_| {})
                .await
                .unwrap();
            let gone = all.len() - 100;
            assert_eq!((done.upserted.unchanged, done.retired), (100, gone as u32));
            let remaining: i64 = sqlx::query_scalar("SELECT count(*) FROM service")
                .fetch_one(pool)
                .await
                .unwrap();
            assert_eq!(remaining, 100);
            let tombstones: Vec<String> = sqlx::query_scalar(
                "SELECT id FROM content_change WHERE seq > $1 AND body IS NULL ORDER BY seq",
            )
            .bind(cursor)
            .fetch_all(pool)
            .await
            .unwrap();
            let expected: HashSet<String> = all[100..]
                .iter()
                .map(|r| service_id("osm-bologna", &r.key))
                .collect();
            assert_eq!(tombstones.len(), gone, "one tombstone each");
            assert_eq!(tombstones.iter().cloned().collect::<HashSet<_>>(), expected);
            // Retiring again retires nothing more.
            let again = apply(pool, &osm, &all[..100], WhenDisappeared::Retire, |_| {})
                .await
                .unwrap();
            assert_eq!(again.retired, 0);
            // The whole file again brings the retired ones back.
            let planned = plan(pool, &osm, &all).await.unwrap();
            assert_eq!((planned.added.len(), planned.unchanged), (gone, 100));
            db.drop_database().await;
        }
    }
}
