//! Content on the coordinator: services and lesson packs, and the numbered log of changes the
//! phones pull by cursor.

use ponte_wire::glossary::GlossaryConcept;
use ponte_wire::guides::{GuideRecord, Visibility};
use ponte_wire::sync::ChangesPage;
use ponte_wire::{ContentChange, ServiceRecord};
use sqlx::AnyPool;
use sqlx::Row;

fn now_ms() -> i64 {
    std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map(|d| d.as_millis() as i64)
        .unwrap_or(0)
}

/// How many services an upsert changed.
#[derive(Debug, Default, PartialEq, Eq)]
pub struct Upserted {
    pub changed: u32,
    pub unchanged: u32,
}

/// Stores services in one transaction. A record identical to the stored one makes no change,
/// so importing the same file twice costs the phones nothing.
pub async fn upsert_services(
    pool: &AnyPool,
    records: &[ServiceRecord],
) -> Result<Upserted, sqlx::Error> {
    upsert_services_with_progress(pool, records, |_| {}).await
}

/// [`upsert_services`], telling `progress` how many records are done every 500.
pub async fn upsert_services_with_progress(
    pool: &AnyPool,
    records: &[ServiceRecord],
    progress: impl FnMut(usize),
) -> Result<Upserted, sqlx::Error> {
    let postgres = crate::db::is_postgres(pool);
    let mut tx = crate::db::begin_write(pool).await?;
    crate::db::lock_cursor(&mut tx, postgres).await?;
    let result = upsert_services_in(&mut tx, records, progress).await?;
    tx.commit().await?;
    Ok(result)
}

/// Services per round trip of an import: a chunk's stored bodies are read with one query and
/// its changes written with two. 500 rows of at most 5 parameters stay far below the limits
/// on bound parameters (32766 in the bundled SQLite, 65535 in PostgreSQL), and 500 is the
/// progress step, so the progress is told as it was when each record was a round trip.
pub(crate) const CHUNK: usize = 500;

/// The stored bodies of the services among `ids` that exist: id → body.
async fn stored_service_bodies(
    tx: &mut sqlx::AnyConnection,
    ids: &[&str],
) -> Result<std::collections::HashMap<String, String>, sqlx::Error> {
    let sql = format!(
        "SELECT id, body FROM service WHERE id IN ({})",
        crate::db::parameter_list(ids.len())
    );
    let mut query = sqlx::query(sqlx::AssertSqlSafe(sql));
    for id in ids {
        query = query.bind(*id);
    }
    query
        .fetch_all(&mut *tx)
        .await?
        .iter()
        .map(|row| Ok((row.try_get("id")?, row.try_get("body")?)))
        .collect()
}

/// [`upsert_services_with_progress`] inside a write transaction that holds the cursor lock
/// ([`crate::db::lock_cursor`]), for a caller that writes more in the same transaction.
pub async fn upsert_services_in(
    tx: &mut sqlx::AnyConnection,
    records: &[ServiceRecord],
    mut progress: impl FnMut(usize),
) -> Result<Upserted, sqlx::Error> {
    let mut result = Upserted::default();
    for (index, chunk) in records.chunks(CHUNK).enumerate() {
        if index > 0 {
            progress(index * CHUNK);
        }
        let bodies: Vec<String> = chunk
            .iter()
            .map(|record| serde_json::to_string(record).expect("a service serializes"))
            .collect();
        let ids: Vec<&str> = chunk.iter().map(|record| record.id.as_str()).collect();
        let stored = stored_service_bodies(tx, &ids).await?;
        let mut current: std::collections::HashMap<&str, &str> = stored
            .iter()
            .map(|(id, body)| (id.as_str(), body.as_str()))
            .collect();
        // The records that change something, in record order. A service twice in the chunk is
        // compared with its earlier row, as when each record was stored before the next.
        let mut changes: Vec<usize> = Vec::new();
        for (at, (id, body)) in ids.iter().zip(&bodies).enumerate() {
            if current.get(id) == Some(&body.as_str()) {
                result.unchanged += 1;
            } else {
                current.insert(id, body);
                changes.push(at);
            }
        }
        if changes.is_empty() {
            continue;
        }
        let sql = format!(
            "INSERT INTO content_change (kind, id, region, body, at) VALUES {} RETURNING seq",
            crate::db::value_rows(changes.len(), "('service', ?, ?, ?, ?)")
        );
        let mut insert = sqlx::query_scalar::<_, i64>(sqlx::AssertSqlSafe(sql));
        let now = now_ms();
        for &at in &changes {
            insert = insert
                .bind(ids[at])
                .bind(&chunk[at].region)
                .bind(&bodies[at])
                .bind(now);
        }
        let mut seqs = insert.fetch_all(&mut *tx).await?;
        // The rows take their numbers in the order of the VALUES (the cursor lock keeps other
        // writers out), but RETURNING may give them back in any order.
        seqs.sort_unstable();
        // A service changed twice in the chunk keeps its last change's number; one statement
        // may not update a row twice.
        let mut seen = std::collections::HashSet::new();
        let last_changes: Vec<(usize, i64)> = changes
            .iter()
            .zip(&seqs)
            .rev()
            .filter(|(&at, _)| seen.insert(ids[at]))
            .map(|(&at, &seq)| (at, seq))
            .collect();
        let sql = format!(
            "INSERT INTO service (id, region, body, updated_seq) VALUES {}
             ON CONFLICT (id) DO UPDATE SET region = excluded.region, body = excluded.body,
                 updated_seq = excluded.updated_seq",
            crate::db::value_rows(last_changes.len(), "(?, ?, ?, ?)")
        );
        let mut upsert = sqlx::query(sqlx::AssertSqlSafe(sql));
        for &(at, seq) in &last_changes {
            upsert = upsert
                .bind(ids[at])
                .bind(&chunk[at].region)
                .bind(&bodies[at])
                .bind(seq);
        }
        upsert.execute(&mut *tx).await?;
        result.changed += changes.len() as u32;
    }
    Ok(result)
}

/// A stored record read back.
fn decode<T: serde::de::DeserializeOwned>(body: &str) -> Result<T, sqlx::Error> {
    serde_json::from_str(body).map_err(|e| sqlx::Error::Decode(Box::new(e)))
}

/// Whether a text in `language` goes to a phone that reads `languages`: theirs and the
/// source's, every one when none are given.
fn sent_to(languages: &[String], source: &str, language: &str) -> bool {
    languages.is_empty() || language == source || languages.iter().any(|l| l == language)
}

/// A stored service as a phone reading `languages` gets it.
fn service_for(body: &str, languages: &[String]) -> Result<ServiceRecord, sqlx::Error> {
    let mut service: ServiceRecord = decode(body)?;
    let source = service.source_language.clone();
    service
        .texts
        .retain(|t| sent_to(languages, &source, &t.language));
    Ok(service)
}

/// A stored guide as a phone reading `languages` gets it.
fn guide_for(body: &str, languages: &[String]) -> Result<GuideRecord, sqlx::Error> {
    let mut guide: GuideRecord = decode(body)?;
    let source = guide.source_language.clone();
    guide
        .texts
        .retain(|t| sent_to(languages, &source, &t.language));
    Ok(guide)
}

/// The languages of a glossary's terms a phone reading `languages` gets: its own, and Italian
/// and English, which people type beside their own (the words on their papers, the lingua
/// franca); every language when none are given.
fn concept_for(body: &str, languages: &[String]) -> Result<GlossaryConcept, sqlx::Error> {
    let concept: GlossaryConcept = decode(body)?;
    if languages.is_empty() {
        return Ok(concept);
    }
    let mut kept: Vec<String> = languages.to_vec();
    kept.extend(["it".to_string(), "en".to_string()]);
    Ok(concept.in_languages(&kept))
}

/// What replacing the glossary changed.
#[derive(Debug, Default, PartialEq, Eq)]
pub struct GlossaryReplaced {
    pub changed: u32,
    pub unchanged: u32,
    pub deleted: u32,
}

/// Makes `concepts` the whole glossary, in one transaction: new and changed concepts go to the
/// phones, a concept no longer there leaves a tombstone, an unchanged one costs nothing. A
/// concept that is not acceptable, or one named twice, changes nothing.
pub async fn replace_glossary(
    pool: &AnyPool,
    concepts: &[GlossaryConcept],
) -> Result<GlossaryReplaced, GlossaryError> {
    let mut seen = std::collections::HashSet::new();
    for (index, concept) in concepts.iter().enumerate() {
        concept.validate().map_err(|e| GlossaryError::Invalid {
            index,
            id: concept.id.clone(),
            field: e.field,
            problem: e.problem,
        })?;
        if !seen.insert(concept.id.as_str()) {
            return Err(GlossaryError::Twice(concept.id.clone()));
        }
    }
    let postgres = crate::db::is_postgres(pool);
    let mut tx = crate::db::begin_write(pool).await?;
    crate::db::lock_cursor(&mut tx, postgres).await?;
    let stored: Vec<(String, String)> = sqlx::query("SELECT id, body FROM glossary_concept")
        .fetch_all(&mut *tx)
        .await?
        .into_iter()
        .map(|r| Ok((r.try_get("id")?, r.try_get("body")?)))
        .collect::<Result<_, sqlx::Error>>()?;
    let stored: std::collections::HashMap<String, String> = stored.into_iter().collect();
    let mut result = GlossaryReplaced::default();
    for concept in concepts {
        let body = serde_json::to_string(concept).expect("a concept serializes");
        if stored.get(&concept.id) == Some(&body) {
            result.unchanged += 1;
            continue;
        }
        let seq: i64 = sqlx::query_scalar("INSERT INTO content_change (kind, id, region, body, at) VALUES ('concept', $1, '', $2, $3) RETURNING seq")
            .bind(&concept.id)
            .bind(&body)
            .bind(now_ms())
            .fetch_one(&mut *tx)
            .await?;
        sqlx::query(
            "INSERT INTO glossary_concept (id, body, updated_seq) VALUES ($1, $2, $3)
             ON CONFLICT (id) DO UPDATE SET body = $2, updated_seq = $3",
        )
        .bind(&concept.id)
        .bind(&body)
        .bind(seq)
        .execute(&mut *tx)
        .await?;
        result.changed += 1;
    }
    for id in stored.keys().filter(|id| !seen.contains(id.as_str())) {
        sqlx::query("INSERT INTO content_change (kind, id, region, body, at) VALUES ('concept', $1, '', NULL, $2)")
            .bind(id)
            .bind(now_ms())
            .execute(&mut *tx)
            .await?;
        sqlx::query("DELETE FROM glossary_concept WHERE id = $1")
            .bind(id)
            .execute(&mut *tx)
            .await?;
        result.deleted += 1;
    }
    tx.commit().await?;
    Ok(result)
}

/// Why a glossary was not stored.
#[derive(Debug, thiserror::Error)]
pub enum GlossaryError {
    /// A concept that is not acceptable: nothing was stored.
    #[error("concept {index} ({id}): {field}: {problem}")]
    Invalid {
        index: usize,
        id: String,
        field: String,
        problem: ponte_wire::Problem,
    },
    #[error("the concept {0} is there twice")]
    Twice(String),
    #[error(transparent)]
    Database(#[from] sqlx::Error),
}

/// Every concept of the glossary, by id (the tests' view; the phones get it by the feed).
#[cfg(test)]
pub async fn glossary(pool: &AnyPool) -> Result<Vec<GlossaryConcept>, sqlx::Error> {
    let bodies: Vec<String> = sqlx::query_scalar("SELECT body FROM glossary_concept ORDER BY id")
        .fetch_all(pool)
        .await?;
    bodies.iter().map(|b| decode(b)).collect()
}

/// Why guides were not stored.
#[derive(Debug, thiserror::Error)]
pub enum GuidesError {
    /// A guide that is not acceptable: nothing of the batch was stored.
    #[error("guide {index} ({id}): {field}: {problem}")]
    Invalid {
        index: usize,
        id: String,
        field: String,
        problem: ponte_wire::Problem,
    },
    /// A new guide's id is already a guide's.
    #[error("a guide with the id {0} exists")]
    Taken(String),
    #[error(transparent)]
    Database(#[from] sqlx::Error),
}

/// The region column of a guide: '' for a national guide, carried by every region's feed.
fn guide_region(guide: &GuideRecord) -> &str {
    guide.region.as_deref().unwrap_or("")
}

/// Stores guides in one transaction, all or none. A public, published guide's change goes to
/// the phones; an operators' script stays here, and a guide made operators-only leaves a
/// tombstone so the phones drop it. A stored guide keeps its published state; a new one is
/// published. A record identical to the stored one changes nothing.
pub async fn upsert_guides(
    pool: &AnyPool,
    guides: &[GuideRecord],
) -> Result<Upserted, GuidesError> {
    for (index, guide) in guides.iter().enumerate() {
        guide.validate().map_err(|e| GuidesError::Invalid {
            index,
            id: guide.id.clone(),
            field: e.field,
            problem: e.problem,
        })?;
    }
    let postgres = crate::db::is_postgres(pool);
    let mut tx = crate::db::begin_write(pool).await?;
    crate::db::lock_cursor(&mut tx, postgres).await?;
    let mut result = Upserted::default();
    for guide in guides {
        if write_guide(&mut tx, guide, None).await? {
            result.changed += 1;
        } else {
            result.unchanged += 1;
        }
    }
    tx.commit().await?;
    Ok(result)
}

/// Stores one guide (validated by the caller) in `tx` and, when what the phones get changes, the
/// change log: a guide is sent when it is public and published; one that was sent and no longer
/// is, or moved to another region, leaves a tombstone in the region it was in. `published`
/// `None` keeps the stored state (a new guide is published). Whether anything changed.
async fn write_guide(
    tx: &mut sqlx::AnyConnection,
    guide: &GuideRecord,
    published: Option<bool>,
) -> Result<bool, sqlx::Error> {
    let body = serde_json::to_string(guide).expect("a guide serializes");
    let stored = sqlx::query("SELECT body, visibility, region, published FROM guide WHERE id = $1")
        .bind(&guide.id)
        .fetch_optional(&mut *tx)
        .await?;
    let (stored_body, was_sent, stored_region, stored_published) = match &stored {
        Some(row) => {
            let published = row.try_get::<i64, _>("published")? != 0;
            (
                Some(row.try_get::<String, _>("body")?),
                published && row.try_get::<String, _>("visibility")? == "public",
                Some(row.try_get::<String, _>("region")?),
                Some(published),
            )
        }
        None => (None, false, None, None),
    };
    let published = published.or(stored_published).unwrap_or(true);
    if stored_body.as_deref() == Some(body.as_str()) && stored_published == Some(published) {
        return Ok(false);
    }
    let public = guide.visibility == Visibility::Public;
    let sent = public && published;
    // Hidden, unpublished or moved to another region: the old region's phones drop it.
    if was_sent && (!sent || stored_region.as_deref() != Some(guide_region(guide))) {
        sqlx::query("INSERT INTO content_change (kind, id, region, body, at) VALUES ('guide', $1, $2, NULL, $3)")
            .bind(&guide.id)
            .bind(stored_region.as_deref().unwrap_or(""))
            .bind(now_ms())
            .execute(&mut *tx)
            .await?;
    }
    let seq: i64 = if sent {
        sqlx::query_scalar("INSERT INTO content_change (kind, id, region, body, at) VALUES ('guide', $1, $2, $3, $4) RETURNING seq")
            .bind(&guide.id)
            .bind(guide_region(guide))
            .bind(&body)
            .bind(now_ms())
            .fetch_one(&mut *tx)
            .await?
    } else {
        0
    };
    sqlx::query(
        "INSERT INTO guide (id, region, visibility, body, updated_seq, published) VALUES ($1, $2, $3, $4, $5, $6)
         ON CONFLICT (id) DO UPDATE SET region = $2, visibility = $3, body = $4, updated_seq = $5, published = $6",
    )
    .bind(&guide.id)
    .bind(guide_region(guide))
    .bind(if public { "public" } else { "operators" })
    .bind(&body)
    .bind(seq)
    .bind(i64::from(published))
    .execute(&mut *tx)
    .await?;
    Ok(true)
}

/// A guide as its editors see it: the record, and whether it is published (an unpublished guide
/// reaches neither the phones nor, for a script, the tutors).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct StoredGuide {
    pub guide: GuideRecord,
    pub published: bool,
}

/// Every guide with its published state (operators' scripts included), for the dashboard:
/// national first, then by region, parent, position.
pub async fn stored_guides(pool: &AnyPool) -> Result<Vec<StoredGuide>, sqlx::Error> {
    let rows = sqlx::query("SELECT body, published FROM guide ORDER BY region, id")
        .fetch_all(pool)
        .await?;
    let mut guides: Vec<StoredGuide> = rows
        .into_iter()
        .map(|r| {
            let body: String = r.try_get("body")?;
            Ok(StoredGuide {
                guide: decode(&body)?,
                published: r.try_get::<i64, _>("published")? != 0,
            })
        })
        .collect::<Result<_, sqlx::Error>>()?;
    guides.sort_by(|a, b| {
        let (a, b) = (&a.guide, &b.guide);
        (&a.region, &a.parent, a.position, &a.id).cmp(&(&b.region, &b.parent, b.position, &b.id))
    });
    Ok(guides)
}

/// Every guide (operators' scripts and unpublished ones included), in the order of
/// [`stored_guides`].
#[cfg(test)]
pub async fn guides(pool: &AnyPool) -> Result<Vec<GuideRecord>, sqlx::Error> {
    Ok(stored_guides(pool)
        .await?
        .into_iter()
        .map(|s| s.guide)
        .collect())
}

/// One guide with its published state, for the dashboard's editor.
pub async fn stored_guide(pool: &AnyPool, id: &str) -> Result<Option<StoredGuide>, sqlx::Error> {
    let row = sqlx::query("SELECT body, published FROM guide WHERE id = $1")
        .bind(id)
        .fetch_optional(pool)
        .await?;
    row.map(|r| {
        let body: String = r.try_get("body")?;
        Ok(StoredGuide {
            guide: decode(&body)?,
            published: r.try_get::<i64, _>("published")? != 0,
        })
    })
    .transpose()
}

/// Who changed a guide and what, for the audit log: written in the change's transaction, and
/// only when something changed.
pub struct GuideAudit<'a> {
    pub account_id: &'a str,
    pub action: &'a str,
    pub detail: String,
}

async fn write_audit(
    tx: &mut sqlx::AnyConnection,
    guide_id: &str,
    audit: Option<GuideAudit<'_>>,
) -> Result<(), sqlx::Error> {
    match audit {
        Some(a) => crate::audit::audit(tx, Some(a.account_id), a.action, guide_id, &a.detail).await,
        None => Ok(()),
    }
}

/// Stores one guide from the dashboard: validated, written with `published` (`None` keeps the
/// stored state), the change log written as [`upsert_guides`] does, and `audit` with it.
/// `create` refuses an id that is taken. Whether anything changed.
pub async fn save_guide(
    pool: &AnyPool,
    guide: &GuideRecord,
    published: Option<bool>,
    create: bool,
    audit: Option<GuideAudit<'_>>,
) -> Result<bool, GuidesError> {
    guide.validate().map_err(|e| GuidesError::Invalid {
        index: 0,
        id: guide.id.clone(),
        field: e.field,
        problem: e.problem,
    })?;
    let postgres = crate::db::is_postgres(pool);
    let mut tx = crate::db::begin_write(pool).await?;
    crate::db::lock_cursor(&mut tx, postgres).await?;
    if create {
        let taken: Option<String> = sqlx::query_scalar("SELECT id FROM guide WHERE id = $1")
            .bind(&guide.id)
            .fetch_optional(&mut *tx)
            .await?;
        if taken.is_some() {
            return Err(GuidesError::Taken(guide.id.clone()));
        }
    }
    let changed = write_guide(&mut tx, guide, published).await?;
    if changed {
        write_audit(&mut tx, &guide.id, audit).await?;
    }
    tx.commit().await?;
    Ok(changed)
}

/// Publishes or unpublishes a stored guide: a public guide published comes back to the phones
/// as an upsert, one unpublished leaves a tombstone; `audit` is written when it changed. `None`
/// for an unknown id; whether it changed.
pub async fn set_published(
    pool: &AnyPool,
    id: &str,
    published: bool,
    audit: Option<GuideAudit<'_>>,
) -> Result<Option<bool>, sqlx::Error> {
    let postgres = crate::db::is_postgres(pool);
    let mut tx = crate::db::begin_write(pool).await?;
    crate::db::lock_cursor(&mut tx, postgres).await?;
    let body: Option<String> = sqlx::query_scalar("SELECT body FROM guide WHERE id = $1")
        .bind(id)
        .fetch_optional(&mut *tx)
        .await?;
    let Some(body) = body else {
        return Ok(None);
    };
    let guide: GuideRecord = decode(&body)?;
    let changed = write_guide(&mut tx, &guide, Some(published)).await?;
    if changed {
        write_audit(&mut tx, id, audit).await?;
    }
    tx.commit().await?;
    Ok(Some(changed))
}

/// The territories the dashboard offers: those of the organisations, the services and the
/// regional guides.
pub async fn regions(pool: &AnyPool) -> Result<Vec<String>, sqlx::Error> {
    sqlx::query_scalar(
        "SELECT region FROM organisation UNION SELECT region FROM service
         UNION SELECT region FROM guide WHERE region <> '' ORDER BY 1",
    )
    .fetch_all(pool)
    .await
}

/// Deletes a service, leaving a tombstone for the phones. Unknown ids change nothing.
// The dashboard's delete button is the next step of the coordinator; the API and tests use it now.
#[allow(dead_code)]
pub async fn delete_service(pool: &AnyPool, id: &str) -> Result<bool, sqlx::Error> {
    let postgres = crate::db::is_postgres(pool);
    let mut tx = crate::db::begin_write(pool).await?;
    crate::db::lock_cursor(&mut tx, postgres).await?;
    let deleted = delete_service_in(&mut tx, id).await?;
    tx.commit().await?;
    Ok(deleted)
}

/// [`delete_service`] inside a write transaction that holds the cursor lock.
pub async fn delete_service_in(
    tx: &mut sqlx::AnyConnection,
    id: &str,
) -> Result<bool, sqlx::Error> {
    let region: Option<String> = sqlx::query_scalar("SELECT region FROM service WHERE id = $1")
        .bind(id)
        .fetch_optional(&mut *tx)
        .await?;
    let Some(region) = region else {
        return Ok(false);
    };
    sqlx::query("INSERT INTO content_change (kind, id, region, body, at) VALUES ('service', $1, $2, NULL, $3)")
        .bind(id)
        .bind(&region)
        .bind(now_ms())
        .execute(&mut *tx)
        .await?;
    sqlx::query("DELETE FROM service WHERE id = $1")
        .bind(id)
        .execute(&mut *tx)
        .await?;
    Ok(true)
}

/// Deletes services by the chunk, leaving a tombstone for each in `ids` order, inside a write
/// transaction that holds the cursor lock; unknown ids change nothing. How many were deleted.
pub async fn delete_services_in(
    tx: &mut sqlx::AnyConnection,
    ids: &[&str],
) -> Result<u32, sqlx::Error> {
    let mut deleted = 0;
    for chunk in ids.chunks(CHUNK) {
        let sql = format!(
            "SELECT id, region FROM service WHERE id IN ({})",
            crate::db::parameter_list(chunk.len())
        );
        let mut query = sqlx::query(sqlx::AssertSqlSafe(sql));
        for id in chunk {
            query = query.bind(*id);
        }
        let mut regions: std::collections::HashMap<String, String> = query
            .fetch_all(&mut *tx)
            .await?
            .iter()
            .map(|row| Ok((row.try_get("id")?, row.try_get("region")?)))
            .collect::<Result<_, sqlx::Error>>()?;
        // In the caller's order, each once.
        let existing: Vec<(&str, String)> = chunk
            .iter()
            .filter_map(|id| regions.remove(*id).map(|region| (*id, region)))
            .collect();
        if existing.is_empty() {
            continue;
        }
        let sql = format!(
            "INSERT INTO content_change (kind, id, region, body, at) VALUES {}",
            crate::db::value_rows(existing.len(), "('service', ?, ?, NULL, ?)")
        );
        let mut tombstones = sqlx::query(sqlx::AssertSqlSafe(sql));
        let now = now_ms();
        for (id, region) in &existing {
            tombstones = tombstones.bind(*id).bind(region).bind(now);
        }
        tombstones.execute(&mut *tx).await?;
        let sql = format!(
            "DELETE FROM service WHERE id IN ({})",
            crate::db::parameter_list(existing.len())
        );
        let mut delete = sqlx::query(sqlx::AssertSqlSafe(sql));
        for (id, _) in &existing {
            delete = delete.bind(*id);
        }
        delete.execute(&mut *tx).await?;
        deleted += existing.len() as u32;
    }
    Ok(deleted)
}

/// The changes of a region after `since`, at most `limit`, with only the texts in `languages`
/// (and the source language) when languages are given: the phone downloads its region and its
/// languages only.
#[cfg(test)]
pub async fn changes(
    pool: &AnyPool,
    region: &str,
    since: u64,
    languages: &[String],
    limit: u32,
) -> Result<ChangesPage, sqlx::Error> {
    changes_for(
        pool,
        region,
        since,
        languages,
        limit,
        ponte_wire::sync::SYNC_VERSION,
    )
    .await
}

/// The sync API version that brought a kind of change (`ponte_wire::sync::SYNC_VERSION`):
/// services came with 1, guides and the glossary's concepts with 2.
fn kind_since_version(kind: &str) -> u32 {
    match kind {
        "service" => 1,
        _ => 2,
    }
}

/// [`changes`] for a phone speaking sync API `version`: a kind of change its version does not
/// have is left out (the cursor still moves past it, so the page is current all the same).
pub async fn changes_for(
    pool: &AnyPool,
    region: &str,
    since: u64,
    languages: &[String],
    limit: u32,
    version: u32,
) -> Result<ChangesPage, sqlx::Error> {
    // The region's changes and the national guides' ('').
    let rows = sqlx::query("SELECT seq, kind, id, body FROM content_change WHERE region IN ($1, '') AND seq > $2 ORDER BY seq LIMIT $3")
        .bind(region)
        .bind(since as i64)
        .bind(i64::from(limit) + 1)
        .fetch_all(pool)
        .await?;
    let more = rows.len() > limit as usize;
    let mut cursor = since;
    let mut changes = Vec::with_capacity(rows.len().min(limit as usize));
    for row in rows.into_iter().take(limit as usize) {
        let seq: i64 = row.try_get("seq")?;
        cursor = seq as u64;
        let body: Option<String> = row.try_get("body")?;
        let kind: String = row.try_get("kind")?;
        if kind_since_version(&kind) > version {
            continue;
        }
        let id = || row.try_get::<String, _>("id");
        changes.push(match (kind.as_str(), body) {
            ("concept", None) => ContentChange::DeleteConcept { id: id()? },
            ("concept", Some(body)) => ContentChange::UpsertConcept {
                concept: concept_for(&body, languages)?,
            },
            ("guide", None) => ContentChange::DeleteGuide { id: id()? },
            ("guide", Some(body)) => ContentChange::UpsertGuide {
                guide: guide_for(&body, languages)?,
            },
            (_, None) => ContentChange::DeleteService { id: id()? },
            (_, Some(body)) => {
                let service = service_for(&body, languages)?;
                if service.position().is_none()
                    && version < ponte_wire::sync::UNPLACED_SERVICES_SINCE
                {
                    // An older phone cannot read a service without lat/lon (the whole page
                    // would fail): it is told the service is gone, which also takes away a
                    // placed copy it had. Updated, it reads the content again from 0.
                    ContentChange::DeleteService { id: service.id }
                } else {
                    ContentChange::UpsertService { service }
                }
            }
        });
    }
    Ok(ChangesPage {
        changes,
        cursor,
        more,
    })
}

/// A page of changes, or `None` when `since` is a cursor this server never gave.
pub async fn changes_or_start_over(
    pool: &AnyPool,
    region: &str,
    since: u64,
    languages: &[String],
    limit: u32,
    version: u32,
) -> Result<Option<ChangesPage>, sqlx::Error> {
    if since > 0 {
        let newest: Option<i64> = sqlx::query_scalar("SELECT max(seq) FROM content_change")
            .fetch_one(pool)
            .await?;
        let newest = newest.unwrap_or(0);
        if since as i64 > newest {
            return Ok(None);
        }
        // A phone that is current (the usual poll) needs no page query.
        if since as i64 == newest {
            return Ok(Some(ChangesPage {
                changes: Vec::new(),
                cursor: since,
                more: false,
            }));
        }
    }
    changes_for(pool, region, since, languages, limit, version)
        .await
        .map(Some)
}

pub async fn publish_pack(
    pool: &AnyPool,
    id: &str,
    version: u32,
    bytes: &[u8],
) -> Result<(), sqlx::Error> {
    sqlx::query("DELETE FROM lesson_pack WHERE id = $1 AND version = $2")
        .bind(id)
        .bind(i64::from(version))
        .execute(pool)
        .await?;
    sqlx::query(
        "INSERT INTO lesson_pack (id, version, bytes, published_at) VALUES ($1, $2, $3, $4)",
    )
    .bind(id)
    .bind(i64::from(version))
    .bind(bytes.to_vec())
    .bind(now_ms())
    .execute(pool)
    .await?;
    Ok(())
}

/// The newest published pack: its version and bytes.
pub async fn latest_pack(pool: &AnyPool) -> Result<Option<(i64, Vec<u8>)>, sqlx::Error> {
    let row = sqlx::query("SELECT version, bytes FROM lesson_pack ORDER BY version DESC LIMIT 1")
        .fetch_optional(pool)
        .await?;
    row.map(|r| Ok((r.try_get("version")?, r.try_get("bytes")?)))
        .transpose()
}

/// Services of a region for the dashboard, by id.
pub async fn services(
    pool: &AnyPool,
    region: Option<&str>,
) -> Result<Vec<ServiceRecord>, sqlx::Error> {
    let rows = match region {
        Some(region) => {
            sqlx::query("SELECT body FROM service WHERE region = $1 ORDER BY id")
                .bind(region)
                .fetch_all(pool)
                .await?
        }
        None => {
            sqlx::query("SELECT body FROM service ORDER BY region, id")
                .fetch_all(pool)
                .await?
        }
    };
    rows.into_iter()
        .map(|r| {
            let body: String = r.try_get("body")?;
            decode(&body)
        })
        .collect()
}

/// One service, for the dashboard's edit form.
pub async fn service(pool: &AnyPool, id: &str) -> Result<Option<ServiceRecord>, sqlx::Error> {
    let body: Option<String> = sqlx::query_scalar("SELECT body FROM service WHERE id = $1")
        .bind(id)
        .fetch_optional(pool)
        .await?;
    body.map(|b| decode(&b)).transpose()
}

/// The first-run dump's content at one cursor.
#[derive(Debug)]
pub struct Snapshot {
    pub cursor: u64,
    /// The region's services.
    pub services: Vec<ServiceRecord>,
    /// The public, published guides the region's phones get: the region's and the national ones.
    pub guides: Vec<GuideRecord>,
    pub glossary: Vec<GlossaryConcept>,
}

/// A region's content as of one cursor, read in one transaction so it matches it, with only
/// `languages`' texts (and the source's; for the glossary, Italian and English) when languages
/// are given.
pub async fn snapshot(
    pool: &AnyPool,
    region: &str,
    languages: &[String],
) -> Result<Snapshot, sqlx::Error> {
    let mut tx = crate::db::begin_write(pool).await?;
    let cursor: Option<i64> = sqlx::query_scalar("SELECT max(seq) FROM content_change")
        .fetch_one(&mut *tx)
        .await?;
    let bodies: Vec<String> =
        sqlx::query_scalar("SELECT body FROM service WHERE region = $1 ORDER BY id")
            .bind(region)
            .fetch_all(&mut *tx)
            .await?;
    let guide_bodies: Vec<String> = sqlx::query_scalar(
        "SELECT body FROM guide WHERE region IN ($1, '') AND visibility = 'public' AND published = 1 ORDER BY id",
    )
    .bind(region)
    .fetch_all(&mut *tx)
    .await?;
    let concept_bodies: Vec<String> =
        sqlx::query_scalar("SELECT body FROM glossary_concept ORDER BY id")
            .fetch_all(&mut *tx)
            .await?;
    tx.commit().await?;
    Ok(Snapshot {
        cursor: cursor.unwrap_or(0) as u64,
        services: bodies
            .iter()
            .map(|body| service_for(body, languages))
            .collect::<Result<_, _>>()?,
        guides: guide_bodies
            .iter()
            .map(|body| guide_for(body, languages))
            .collect::<Result<_, _>>()?,
        glossary: concept_bodies
            .iter()
            .map(|body| concept_for(body, languages))
            .collect::<Result<_, _>>()?,
    })
}

/// The highest version ever published (0 when none): a new pack takes the next one.
pub async fn max_pack_version(pool: &AnyPool) -> Result<i64, sqlx::Error> {
    let version: Option<i64> = sqlx::query_scalar("SELECT max(version) FROM lesson_pack")
        .fetch_one(pool)
        .await?;
    Ok(version.unwrap_or(0))
}

#[cfg(test)]
pub(crate) mod tests {
    use super::*;
    use crate::testdb::databases;
    use ponte_wire::{Category, Provenance, ServiceText};

    pub(crate) fn service(id: &str, region: &str, name_it: &str) -> ServiceRecord {
        let text = |language: &str, name: &str, provenance| ServiceText {
            language: language.into(),
            name: name.into(),
            description: String::new(),
            eligibility: String::new(),
            how_to: String::new(),
            provenance,
            source_version: 1,
        };
        ServiceRecord {
            id: id.into(),
            version: 1,
            organisation: "Comune".into(),
            categories: vec![Category::Work],
            address: String::new(),
            city: "Bologna".into(),
            region: region.into(),
            lat: Some(44.49),
            lon: Some(11.34),
            opening_hours: None,
            contacts: vec![],
            languages_spoken: vec![],
            audiences: vec![],
            free: None,
            wheelchair: None,
            last_verified: None,
            source: "test".into(),
            attribution: String::new(),
            source_language: "it".into(),
            texts: vec![
                text("it", name_it, Provenance::Original),
                text("ar", "مكتب", Provenance::Machine),
                text("fr", "Bureau", Provenance::Machine),
            ],
        }
    }

    pub(crate) fn guide(id: &str, region: Option<&str>, visibility: Visibility) -> GuideRecord {
        let text = |language: &str, title: &str, provenance| ponte_wire::guides::GuideText {
            language: language.into(),
            title: title.into(),
            body: format!("{title}: chiama il 051 123 4567."),
            provenance,
            source_version: 1,
            image_alt: String::new(),
        };
        GuideRecord {
            id: id.into(),
            version: 1,
            region: region.map(str::to_owned),
            parent: None,
            position: 0,
            visibility,
            last_checked: Some("2026-11-20".into()),
            sources: vec![],
            image: None,
            source_language: "it".into(),
            texts: vec![
                text("it", "Il codice fiscale", Provenance::Original),
                text("ar", "الرمز الضريبي", Provenance::Machine),
                text("fr", "Le code fiscal", Provenance::Machine),
            ],
        }
    }

    #[tokio::test]
    async fn guides_reach_their_regions_phones_and_scripts_stay_here_on_both_databases() {
        for db in databases().await {
            let pool = &db.pool;
            let national = guide("codice-fiscale", None, Visibility::Public);
            let bologna = guide("anagrafe-bologna", Some("bologna"), Visibility::Public);
            let roma = guide("anagrafe-roma", Some("roma"), Visibility::Public);
            let script = guide("copione-rinnovo", None, Visibility::Operators);
            let stored = upsert_guides(pool, &[national.clone(), bologna, roma, script.clone()])
                .await
                .unwrap();
            assert_eq!(stored.changed, 4);
            upsert_services(pool, &[service("bo-1", "bologna", "Sportello")])
                .await
                .unwrap();
            let page = changes(pool, "bologna", 0, &["ar".into()], 100)
                .await
                .unwrap();
            let ids: Vec<&str> = page
                .changes
                .iter()
                .map(|c| match c {
                    ContentChange::UpsertGuide { guide } => guide.id.as_str(),
                    ContentChange::UpsertService { service } => service.id.as_str(),
                    other => panic!("{other:?}"),
                })
                .collect();
            assert_eq!(
                ids,
                ["codice-fiscale", "anagrafe-bologna", "bo-1"],
                "national, Bologna's, the service; not Rome's, not the script"
            );
            let ContentChange::UpsertGuide { guide: sent } = &page.changes[0] else {
                panic!()
            };
            assert_eq!(
                sent.texts
                    .iter()
                    .map(|t| t.language.as_str())
                    .collect::<Vec<_>>(),
                ["it", "ar"],
                "the phone's languages and the source"
            );
            // The national guide made operators-only: a tombstone for every region's phones.
            let cursor = page.cursor;
            let mut hidden = national.clone();
            hidden.visibility = Visibility::Operators;
            upsert_guides(pool, &[hidden]).await.unwrap();
            let page = changes(pool, "roma", cursor, &[], 100).await.unwrap();
            assert_eq!(
                page.changes,
                [ContentChange::DeleteGuide {
                    id: "codice-fiscale".into()
                }]
            );
            // A bad guide: nothing of the batch is stored.
            let mut bad = guide("bad", None, Visibility::Public);
            bad.texts[0].body = "<script>x</script>".into();
            let error = upsert_guides(pool, &[guide("fine", None, Visibility::Public), bad])
                .await
                .unwrap_err();
            assert!(
                matches!(&error, GuidesError::Invalid { index: 1, field, .. } if field == "texts.it.body"),
                "{error}"
            );
            assert_eq!(guides(pool).await.unwrap().len(), 4);
            assert!(guides(pool).await.unwrap().contains(&script));
            db.drop_database().await;
        }
    }

    #[tokio::test]
    async fn the_glossary_reaches_every_regions_phones_in_their_languages_on_both_databases() {
        let concept = |json: &str| -> GlossaryConcept { serde_json::from_str(json).unwrap() };
        let permit = concept(
            r#"{"id": "residence-permit", "terms": {"it": ["permesso di soggiorno"], "en": ["residence permit"], "ar": ["إقامة"], "fr": ["titre de séjour"]}}"#,
        );
        let tax = concept(r#"{"id": "tax-code", "terms": {"it": ["codice fiscale"]}}"#);
        for db in databases().await {
            let pool = &db.pool;
            let stored = replace_glossary(pool, &[permit.clone(), tax.clone()])
                .await
                .unwrap();
            assert_eq!((stored.changed, stored.deleted), (2, 0));
            // National: Rome's phones get it as Bologna's do, with their languages, Italian and
            // English.
            let page = changes(pool, "roma", 0, &["ar".into()], 100).await.unwrap();
            let ContentChange::UpsertConcept { concept: sent } = &page.changes[0] else {
                panic!("{:?}", page.changes)
            };
            assert_eq!(sent.terms.keys().collect::<Vec<_>>(), ["ar", "en", "it"]);
            let snapshot = snapshot(pool, "bologna", &[]).await.unwrap();
            assert_eq!(snapshot.glossary, [permit.clone(), tax.clone()]);
            // The same file again costs the phones nothing; a concept left out is deleted.
            let cursor = page.cursor;
            let again = replace_glossary(pool, &[permit.clone(), tax.clone()])
                .await
                .unwrap();
            assert_eq!((again.changed, again.unchanged), (0, 2));
            let without_tax = replace_glossary(pool, std::slice::from_ref(&permit))
                .await
                .unwrap();
            assert_eq!(without_tax.deleted, 1);
            let page = changes(pool, "bologna", cursor, &[], 100).await.unwrap();
            assert_eq!(
                page.changes,
                [ContentChange::DeleteConcept {
                    id: "tax-code".into()
                }]
            );
            // A bad concept, or one named twice: nothing is stored.
            let bad = concept(r#"{"id": "bad", "terms": {"it": [" "]}}"#);
            let error = replace_glossary(pool, &[tax.clone(), bad])
                .await
                .unwrap_err();
            assert!(
                matches!(&error, GlossaryError::Invalid { index: 1, field, .. } if field == "terms.it"),
                "{error}"
            );
            let error = replace_glossary(pool, &[tax.clone(), tax.clone()])
                .await
                .unwrap_err();
            assert!(matches!(&error, GlossaryError::Twice(id) if id == "tax-code"));
            assert_eq!(glossary(pool).await.unwrap(), std::slice::from_ref(&permit));
            db.drop_database().await;
        }
    }

    #[tokio::test]
    async fn changes_come_by_cursor_in_pages_with_tombstones_on_both_databases() {
        for db in databases().await {
            let pool = &db.pool;
            let records: Vec<_> = (0..5)
                .map(|i| service(&format!("bo-{i}"), "bologna", "Sportello"))
                .collect();
            assert_eq!(
                upsert_services(pool, &records).await.unwrap(),
                Upserted {
                    changed: 5,
                    unchanged: 0
                }
            );
            // The same content again changes nothing: phones download nothing new.
            assert_eq!(
                upsert_services(pool, &records).await.unwrap(),
                Upserted {
                    changed: 0,
                    unchanged: 5
                }
            );
            upsert_services(pool, &[service("rm-1", "roma", "Sportello Roma")])
                .await
                .unwrap();

            let first = changes(pool, "bologna", 0, &[], 3).await.unwrap();
            assert_eq!((first.changes.len(), first.more), (3, true), "{}", db.url);
            let rest = changes(pool, "bologna", first.cursor, &[], 3)
                .await
                .unwrap();
            assert_eq!((rest.changes.len(), rest.more), (2, false));
            let none = changes(pool, "bologna", rest.cursor, &[], 3).await.unwrap();
            assert_eq!(
                (none.changes.len(), none.cursor, none.more),
                (0, rest.cursor, false)
            );

            assert!(delete_service(pool, "bo-0").await.unwrap());
            assert!(!delete_service(pool, "bo-0").await.unwrap());
            let after = changes(pool, "bologna", rest.cursor, &["ar".into()], 10)
                .await
                .unwrap();
            assert_eq!(
                after.changes,
                vec![ContentChange::DeleteService { id: "bo-0".into() }]
            );

            // Only the asked languages and the source language travel.
            let arabic = changes(pool, "roma", 0, &["ar".into()], 10).await.unwrap();
            let ContentChange::UpsertService { service } = &arabic.changes[0] else {
                panic!()
            };
            let languages: Vec<&str> = service.texts.iter().map(|t| t.language.as_str()).collect();
            assert_eq!(languages, ["it", "ar"]);
            db.drop_database().await;
        }
    }

    #[tokio::test]
    async fn an_import_larger_than_a_chunk_numbers_each_change_in_record_order_on_both_databases() {
        for db in databases().await {
            let pool = &db.pool;
            let first: Vec<ServiceRecord> = (0..CHUNK + 300)
                .map(|n| service(&format!("bo-{n:04}"), "bologna", "Sportello"))
                .collect();
            assert_eq!(
                upsert_services(pool, &first).await.unwrap(),
                Upserted {
                    changed: first.len() as u32,
                    unchanged: 0
                }
            );
            let cursor: i64 = sqlx::query_scalar("SELECT max(seq) FROM content_change")
                .fetch_one(pool)
                .await
                .unwrap();
            // Next file, over 2 chunks: every third stored service renamed, the others the same,
            // new services among them, and one service changed twice within a chunk and once
            // more in the next.
            let mut second: Vec<ServiceRecord> = first
                .iter()
                .enumerate()
                .map(|(n, stored)| {
                    if n % 3 == 0 {
                        service(&stored.id, "bologna", "Sportello rinnovato")
                    } else {
                        stored.clone()
                    }
                })
                .collect();
            for n in 0..CHUNK / 2 {
                second.insert(n * 3 + 1, service(&format!("new-{n:04}"), "roma", "Nuovo"));
            }
            second.insert(10, service("bo-0001", "bologna", "Primo cambio"));
            second.insert(20, service("bo-0001", "bologna", "Secondo cambio"));
            second.insert(CHUNK + 5, service("bo-0001", "bologna", "Terzo cambio"));
            assert!(second.len() > 2 * CHUNK);

            // What storing one record after the other gives: the changes in record order.
            let mut bodies: std::collections::HashMap<String, String> = first
                .iter()
                .map(|r| (r.id.clone(), serde_json::to_string(r).unwrap()))
                .collect();
            let mut expected_changes = Vec::new();
            let mut unchanged = 0u32;
            for record in &second {
                let body = serde_json::to_string(record).unwrap();
                if bodies.get(&record.id) == Some(&body) {
                    unchanged += 1;
                } else {
                    bodies.insert(record.id.clone(), body.clone());
                    expected_changes.push((record.id.clone(), body));
                }
            }
            assert!(unchanged as usize > CHUNK && expected_changes.len() > CHUNK);

            let mut told = Vec::new();
            let done = upsert_services_with_progress(pool, &second, |n| told.push(n))
                .await
                .unwrap();
            assert_eq!(
                done,
                Upserted {
                    changed: expected_changes.len() as u32,
                    unchanged
                }
            );
            assert_eq!(told, [CHUNK, 2 * CHUNK], "progress every 500 records");

            let logged =
                sqlx::query("SELECT seq, id, body FROM content_change WHERE seq > $1 ORDER BY seq")
                    .bind(cursor)
                    .fetch_all(pool)
                    .await
                    .unwrap();
            let logged: Vec<(i64, String, String)> = logged
                .iter()
                .map(|r| {
                    (
                        r.try_get("seq").unwrap(),
                        r.try_get("id").unwrap(),
                        r.try_get("body").unwrap(),
                    )
                })
                .collect();
            assert_eq!(
                logged
                    .iter()
                    .map(|(_, id, body)| (id.clone(), body.clone()))
                    .collect::<Vec<_>>(),
                expected_changes,
                "one change per changed record, in record order ({})",
                db.url
            );
            // Each service carries its last change's number and body.
            let last_seq: std::collections::HashMap<&str, i64> = logged
                .iter()
                .map(|(seq, id, _)| (id.as_str(), *seq))
                .collect();
            let stored = sqlx::query("SELECT id, body, updated_seq FROM service")
                .fetch_all(pool)
                .await
                .unwrap();
            assert_eq!(stored.len(), first.len() + CHUNK / 2);
            for row in &stored {
                let id: String = row.try_get("id").unwrap();
                let body: String = row.try_get("body").unwrap();
                let updated_seq: i64 = row.try_get("updated_seq").unwrap();
                assert_eq!(body, bodies[&id], "{id}");
                if let Some(seq) = last_seq.get(id.as_str()) {
                    assert_eq!(updated_seq, *seq, "{id}");
                } else {
                    assert!(updated_seq <= cursor, "{id} did not change");
                }
            }
            // A phone that synced before sees each change once, the renamed service as it was
            // last.
            let page = changes(pool, "bologna", cursor as u64, &[], 5000)
                .await
                .unwrap();
            let renamed = page
                .changes
                .iter()
                .filter(|c| matches!(c, ContentChange::UpsertService { service } if service.id == "bo-0001"))
                .count();
            assert_eq!(renamed, 3);
            db.drop_database().await;
        }
    }

    #[tokio::test]
    async fn a_phone_too_old_for_services_without_a_position_is_told_they_are_gone_on_both_databases(
    ) {
        for db in databases().await {
            let pool = &db.pool;
            let placed = service("bo-placed", "bologna", "Sportello");
            let mut unplaced = service("bo-unplaced", "bologna", "Biblioteca");
            (unplaced.lat, unplaced.lon) = (None, None);
            unplaced.attribution = "Comune di Bologna, CC BY 4.0".into();
            upsert_services(pool, &[placed.clone(), unplaced.clone()])
                .await
                .unwrap();
            let ids = |page: &ChangesPage| -> Vec<(&'static str, String)> {
                page.changes
                    .iter()
                    .map(|c| match c {
                        ContentChange::UpsertService { service } => ("upsert", service.id.clone()),
                        ContentChange::DeleteService { id } => ("delete", id.clone()),
                        other => panic!("{other:?}"),
                    })
                    .collect()
            };
            let unplaced_since = ponte_wire::sync::UNPLACED_SERVICES_SINCE;
            let old = changes_for(pool, "bologna", 0, &[], 100, unplaced_since - 1)
                .await
                .unwrap();
            assert_eq!(
                ids(&old),
                [
                    ("upsert", "bo-placed".to_owned()),
                    ("delete", "bo-unplaced".to_owned())
                ]
            );
            // The old phone's page reads with this build's reader as with an old one: every
            // service in it has a position.
            let json = serde_json::to_value(&old).unwrap();
            assert!(json["changes"]
                .as_array()
                .unwrap()
                .iter()
                .filter_map(|c| c.get("service"))
                .all(|s| s["lat"].is_number() && s["lon"].is_number()));
            let current = changes(pool, "bologna", 0, &[], 100).await.unwrap();
            assert_eq!(
                ids(&current),
                [
                    ("upsert", "bo-placed".to_owned()),
                    ("upsert", "bo-unplaced".to_owned())
                ]
            );
            let ContentChange::UpsertService { service: sent } = &current.changes[1] else {
                panic!()
            };
            assert_eq!(sent.attribution, "Comune di Bologna, CC BY 4.0");
            // A placed service that loses its position goes from the old phone too.
            let mut moved = placed.clone();
            (moved.lat, moved.lon) = (None, None);
            upsert_services(pool, &[moved]).await.unwrap();
            let later = changes_for(pool, "bologna", old.cursor, &[], 100, unplaced_since - 1)
                .await
                .unwrap();
            assert_eq!(ids(&later), [("delete", "bo-placed".to_owned())]);
            db.drop_database().await;
        }
    }

    #[tokio::test]
    async fn the_newest_pack_is_served() {
        for db in databases().await {
            assert!(latest_pack(&db.pool).await.unwrap().is_none());
            publish_pack(&db.pool, "digital-skills", 1, b"one")
                .await
                .unwrap();
            publish_pack(&db.pool, "digital-skills", 2, b"two")
                .await
                .unwrap();
            assert_eq!(
                latest_pack(&db.pool).await.unwrap(),
                Some((2, b"two".to_vec()))
            );
            db.drop_database().await;
        }
    }
}
