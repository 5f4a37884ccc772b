//! Applying content changes: upserts and tombstones by id, idempotent, in one transaction.

use ponte_wire::import::{self, ImportOptions};
use ponte_wire::{ContentChange, ServiceRecord};
use rusqlite::{params, OptionalExtension, Transaction};

use super::{ApplySummary, Services};
use crate::error::{Error, Result};

/// The file formats services can be imported from.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Enum))]
pub enum ImportFormat {
    Csv,
    GeoJson,
    /// OpenStreetMap JSON as the Overpass API returns it.
    OsmJson,
}

/// FTS5's default in-memory buffer before it writes a segment.
const FTS_HASH_BYTES: u32 = 1024 * 1024;
/// From this many services a batch is a bulk load (an import, a first download), not a sync
/// page of a few changes.
const BULK_SERVICES: u32 = 1_000;
/// The buffer while a bulk load's new texts are indexed (memory bound: see the services bench).
const BULK_FTS_HASH_BYTES: u32 = 16 * 1024 * 1024;

fn bits<T: Copy>(items: &[T], bit: fn(T) -> u32) -> i64 {
    i64::from(items.iter().fold(0u32, |acc, item| acc | bit(*item)))
}

fn upsert(tx: &Transaction<'_>, r: &ServiceRecord) -> Result<()> {
    let contacts = serde_json::to_string(&r.contacts).map_err(|e| Error::Damaged(e.to_string()))?;
    let spoken = format!(",{},", r.languages_spoken.join(","));
    let names = serde_json::to_string(
        &r.texts
            .iter()
            .map(|t| (t.language.as_str(), t.name.as_str()))
            .collect::<std::collections::BTreeMap<_, _>>(),
    )
    .map_err(|e| Error::Damaged(e.to_string()))?;
    let n: i64 = tx
        .prepare_cached(
            "INSERT INTO service (id, version, organisation, category_bits, audience_bits, address, city, region, lat, lon,
                 opening_hours, contacts, languages_spoken, free, wheelchair, last_verified, source, source_language, names,
                 attribution)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17, ?18, ?19, ?20)
             ON CONFLICT (id) DO UPDATE SET version = ?2, organisation = ?3, category_bits = ?4, audience_bits = ?5,
                 address = ?6, city = ?7, region = ?8, lat = ?9, lon = ?10, opening_hours = ?11, contacts = ?12,
                 languages_spoken = ?13, free = ?14, wheelchair = ?15, last_verified = ?16, source = ?17,
                 source_language = ?18, names = ?19, attribution = ?20
             RETURNING n",
        )?
        .query_row(
            params![
                r.id,
                r.version,
                r.organisation,
                bits(&r.categories, ponte_wire::Category::bit),
                bits(&r.audiences, ponte_wire::Audience::bit),
                r.address,
                r.city,
                r.region,
                r.lat,
                r.lon,
                r.opening_hours,
                contacts,
                spoken,
                r.free,
                r.wheelchair,
                r.last_verified,
                r.source,
                r.source_language,
                names,
                r.attribution
            ],
            |row| row.get(0),
        )?;
    index_pending_texts(tx, n)?;
    tx.prepare_cached("DELETE FROM service_text WHERE service_n = ?1")?
        .execute([n])?;
    let mut insert_text = tx.prepare_cached(
        "INSERT INTO service_text (service_n, language, name, description, eligibility, how_to, provenance, source_version)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)",
    )?;
    for t in &r.texts {
        insert_text.execute(params![
            n,
            t.language,
            t.name,
            t.description,
            t.eligibility,
            t.how_to,
            t.provenance.code(),
            t.source_version
        ])?;
    }
    // Only a placed service is in the map index; one that lost its position leaves it.
    match r.position() {
        Some((lat, lon)) => tx
            .prepare_cached(
                "INSERT OR REPLACE INTO service_place (n, min_lat, max_lat, min_lon, max_lon, category_bits, audience_bits, free)
                 VALUES (?1, ?2, ?2, ?3, ?3, ?4, ?5, ?6)",
            )?
            .execute(params![
                n,
                lat,
                lon,
                bits(&r.categories, ponte_wire::Category::bit),
                bits(&r.audiences, ponte_wire::Audience::bit),
                r.free
            ])?,
        None => tx
            .prepare_cached("DELETE FROM service_place WHERE n = ?1")?
            .execute([n])?,
    };
    Ok(())
}

/// Indexes the texts of service `n` that this batch added and has not indexed yet (those above
/// `service_bulk_load.since`), before they are deleted: the delete trigger takes each deleted
/// text out of the search index, and taking out a text that was never put in corrupts the
/// index ("database disk image is malformed" at the next search or write). That happens when
/// one batch changes a service twice, or changes then deletes it: a phone behind by two edits
/// of a service gets both in one page.
fn index_pending_texts(tx: &Transaction<'_>, n: i64) -> Result<()> {
    tx.prepare_cached(
        "INSERT INTO service_search (rowid, name, description, eligibility)
         SELECT t, name, description, eligibility FROM service_text
         WHERE service_n = ?1 AND t > (SELECT since FROM service_bulk_load)",
    )?
    .execute([n])?;
    Ok(())
}

/// Deletes a service in a batch; how many rows went (0 or 1).
fn delete_in_batch(tx: &Transaction<'_>, id: &str) -> Result<usize> {
    let n: Option<i64> = tx
        .prepare_cached("SELECT n FROM service WHERE id = ?1")?
        .query_row([id], |r| r.get(0))
        .optional()?;
    let Some(n) = n else { return Ok(0) };
    index_pending_texts(tx, n)?;
    Ok(tx
        .prepare_cached("DELETE FROM service WHERE n = ?1")?
        .execute([n])?)
}

/// Applies changes inside the caller's transaction (the sync saves its cursor in the same one).
/// The caller tells the store that content changed once the transaction is committed.
pub(crate) fn apply_in(
    tx: &rusqlite::Transaction<'_>,
    changes: impl IntoIterator<Item = ContentChange>,
) -> Result<ApplySummary> {
    // New texts are indexed together at the end (see service_bulk_load).
    tx.execute_batch(
            "INSERT INTO service_bulk_load (since) SELECT coalesce((SELECT seq FROM sqlite_sequence WHERE name = 'service_text'), 0)",
        )?;
    let mut summary = ApplySummary::default();
    let mut known_hours = ponte_wire::content::KnownHours::default();
    for (i, change) in changes.into_iter().enumerate() {
        match change {
            // A service only in categories this build does not know (a newer coordinator's,
            // left out when read) is not shown: an older copy of it goes.
            ContentChange::UpsertService { service } if service.categories.is_empty() => {
                summary.deleted += delete_in_batch(tx, &service.id)? as u32;
            }
            ContentChange::UpsertService { service } => {
                service
                    .validate_in_batch(&mut known_hours)
                    .map_err(|e| Error::Content {
                        field: format!("changes[{i}].{}", e.field),
                        message: e.problem.to_string(),
                    })?;
                upsert(tx, &service)?;
                summary.upserted += 1;
            }
            ContentChange::DeleteService { id } => {
                summary.deleted += delete_in_batch(tx, &id)? as u32;
            }
            // Guides travel with the services, in the same pages and transaction.
            ContentChange::UpsertGuide { guide } => {
                crate::guides::apply_upsert(tx, &guide).map_err(|e| match e {
                    Error::Content { field, message } => Error::Content {
                        field: format!("changes[{i}].{field}"),
                        message,
                    },
                    other => other,
                })?;
            }
            ContentChange::DeleteGuide { id } => {
                crate::guides::apply_delete(tx, &id)?;
            }
            ContentChange::UpsertConcept { concept } => {
                concept.validate().map_err(|e| Error::Content {
                    field: format!("changes[{i}].{}", e.field),
                    message: e.problem.to_string(),
                })?;
                crate::glossary::apply_upsert(tx, &concept)?;
            }
            ContentChange::DeleteConcept { id } => {
                crate::glossary::apply_delete(tx, &id)?;
            }
            // A change of a kind this build does not know: nothing to show it with.
            ContentChange::Unknown => {}
        }
    }
    const INDEX_NEW_TEXTS: &str = "INSERT INTO service_search (rowid, name, description, eligibility)
             SELECT t, name, description, eligibility FROM service_text WHERE t > (SELECT since FROM service_bulk_load);";
    if summary.upserted >= BULK_SERVICES {
        // FTS5 writes a new segment each time its in-memory terms reach `hashsize` (1 MiB by
        // default) and merges segments as they pile up; a larger buffer while a large batch's
        // texts are indexed means far fewer segments to write and merge. The setting is stored
        // in the index, so it is put back at once.
        tx.execute_batch(&format!(
            "INSERT INTO service_search (service_search, rank) VALUES ('hashsize', {BULK_FTS_HASH_BYTES});
             {INDEX_NEW_TEXTS}
             INSERT INTO service_search (service_search, rank) VALUES ('hashsize', {FTS_HASH_BYTES});"
        ))?;
    } else {
        tx.execute_batch(INDEX_NEW_TEXTS)?;
    }
    tx.execute_batch("DELETE FROM service_bulk_load")?;
    if summary.upserted + summary.deleted > 0 {
        // The search's word list follows the index (schema 9). Rebuilt whole: it costs one walk
        // of the index (about 0.1 s for 100,000 services in 12 languages, a few milliseconds for
        // a city), and a word no text has any more must not linger.
        tx.execute_batch(
            "DELETE FROM service_search_term;
             INSERT INTO service_search_term (term) SELECT term FROM service_search_vocabulary;",
        )?;
    }
    Ok(summary)
}

impl Services {
    /// Applies a batch of changes in one transaction: all of it or, if any record is invalid,
    /// none of it. Applying the same batch twice leaves the same state.
    pub fn apply_changes(&self, changes: &[ContentChange]) -> Result<ApplySummary> {
        self.apply_stream(changes.iter().cloned())
    }

    /// Like [`Services::apply_changes`], for changes that arrive one at a time (a large import,
    /// a page being decoded), so they never all sit in memory at once.
    pub fn apply_stream(
        &self,
        changes: impl IntoIterator<Item = ContentChange>,
    ) -> Result<ApplySummary> {
        let summary = self.store.write_bulk(|tx| apply_in(tx, changes))?;
        self.forget_hours();
        Ok(summary)
    }

    /// Imports services from a file, all or nothing: every bad row is reported by number and
    /// field, and then nothing is imported.
    pub fn import(
        &self,
        format: ImportFormat,
        data: &[u8],
        options: &ImportOptions,
    ) -> Result<ApplySummary> {
        let records = match format {
            ImportFormat::Csv => import::from_csv(data, options),
            ImportFormat::GeoJson => import::from_geojson(data, options),
            ImportFormat::OsmJson => import::from_osm_json(data, options),
        }?;
        let changes: Vec<ContentChange> = records
            .into_iter()
            .map(|service| ContentChange::UpsertService { service })
            .collect();
        self.apply_changes(&changes)
    }

    /// How many services the phone holds.
    pub fn count(&self) -> Result<u64> {
        self.store.read(|conn| {
            Ok(conn.query_row("SELECT count(*) FROM service", [], |r| r.get::<_, i64>(0))? as u64)
        })
    }
}

#[cfg(test)]
mod tests {
    use super::super::test_support::*;
    use super::*;
    use ponte_wire::Category;

    /// FTS5's own check of the search index against the texts it indexes.
    fn search_index_is_sound(services: &Services) -> Result<()> {
        services.store.write(|tx| {
            tx.execute_batch(
                "INSERT INTO service_search (service_search, rank) VALUES ('integrity-check', 1)",
            )?;
            Ok(())
        })
    }

    /// A phone behind by two edits of a service gets both in one page (and a change then a
    /// deletion likewise): the search index stays sound and finds the last texts only. Found
    /// by the kill loop (tests/tests/kill_loop.rs), whose feed changes the same services often.
    #[test]
    fn one_batch_may_change_a_service_twice_or_change_then_delete_it() {
        let (_dir, services) = services();
        let first = record("bo-a", 44.49, 11.34, Category::Work, "Sportello lavoro");
        let mut second = first.clone();
        second.texts[0].name = "Sportello orientamento".into();
        let gone = record("bo-b", 44.49, 11.35, Category::Work, "Sportello casa");
        services
            .apply_changes(&[
                ContentChange::UpsertService { service: first },
                ContentChange::UpsertService { service: second },
                ContentChange::UpsertService { service: gone },
                ContentChange::DeleteService { id: "bo-b".into() },
            ])
            .unwrap();
        search_index_is_sound(&services).unwrap();
        assert_eq!(services.count().unwrap(), 1);
        let found = |words: &str| {
            services
                .store
                .read(|c| {
                    Ok(c.query_row(
                        "SELECT count(*) FROM service_search WHERE service_search MATCH ?1",
                        [words],
                        |r| r.get::<_, i64>(0),
                    )?)
                })
                .unwrap()
        };
        assert_eq!(found("orientamento"), 1);
        assert_eq!(found("lavoro"), 0, "the first texts are out of the index");
        assert_eq!(
            found("casa"),
            0,
            "the deleted service's texts are out of the index"
        );
        // The next batch, which deletes texts of the index, still works.
        services
            .apply_changes(&[ContentChange::DeleteService { id: "bo-a".into() }])
            .unwrap();
        search_index_is_sound(&services).unwrap();
        assert_eq!(found("orientamento"), 0);
    }

    #[test]
    fn changes_are_idempotent_and_tombstones_delete() {
        let (_dir, services) = services();
        let a = record("bo-a", 44.49, 11.34, Category::Work, "Sportello lavoro");
        let changes = vec![ContentChange::UpsertService { service: a.clone() }];
        assert_eq!(
            services.apply_changes(&changes).unwrap(),
            ApplySummary {
                upserted: 1,
                deleted: 0
            }
        );
        services.apply_changes(&changes).unwrap();
        assert_eq!(services.count().unwrap(), 1);
        let mut renamed = a.clone();
        renamed.texts[0].name = "Sportello orientamento".into();
        services
            .apply_changes(&[ContentChange::UpsertService { service: renamed }])
            .unwrap();
        assert_eq!(
            services
                .service("bo-a", &["it".into()], None)
                .unwrap()
                .text
                .name,
            "Sportello orientamento"
        );
        let tombstone = [ContentChange::DeleteService { id: "bo-a".into() }];
        assert_eq!(services.apply_changes(&tombstone).unwrap().deleted, 1);
        assert_eq!(services.apply_changes(&tombstone).unwrap().deleted, 0);
        assert_eq!(services.count().unwrap(), 0);
        assert!(services
            .search("sportello", &[], None, &Default::default(), 10)
            .unwrap()
            .is_empty());
    }

    #[test]
    fn one_bad_record_refuses_the_whole_batch() {
        let (_dir, services) = services();
        let good = record("bo-a", 44.49, 11.34, Category::Work, "Sportello");
        let mut bad = record("bo-b", 44.49, 11.34, Category::Work, "Altro");
        bad.lat = Some(123.0);
        let err = services
            .apply_changes(&[
                ContentChange::UpsertService { service: good },
                ContentChange::UpsertService { service: bad },
            ])
            .unwrap_err();
        assert!(
            matches!(err, Error::Content { ref field, .. } if field == "changes[1].lat"),
            "{err:?}"
        );
        assert_eq!(services.count().unwrap(), 0);
    }

    #[test]
    fn a_bad_import_names_rows_and_imports_nothing() {
        let (_dir, services) = services();
        let csv = "id,organisation,categories,lat,lon,name_it\nbo-1,Comune,work,44.5,11.3,Sportello\nbo-2,Comune,work,44.5,,Mensa\n";
        let err = services
            .import(
                ImportFormat::Csv,
                csv.as_bytes(),
                &ImportOptions::for_region("bologna", "Bologna"),
            )
            .unwrap_err();
        let public: crate::PonteError = err.into();
        let crate::PonteError::ImportRefused { problems } = public else {
            panic!("{public:?}")
        };
        assert_eq!((problems[0].row, problems[0].field.as_str()), (3, "lon"));
        // The reason's key, for a shell to put in the person's words; English for logs.
        assert_eq!(problems[0].reason, "problem-position-half");
        assert_eq!(
            problems[0].message,
            "latitude and longitude go together: give both, or neither for no map position"
        );
        assert_eq!(services.count().unwrap(), 0);
        let good = csv.replace("44.5,,Mensa", "44.5,11.3,Mensa");
        assert_eq!(
            services
                .import(
                    ImportFormat::Csv,
                    good.as_bytes(),
                    &ImportOptions::for_region("bologna", "Bologna")
                )
                .unwrap()
                .upserted,
            2
        );
    }
}
