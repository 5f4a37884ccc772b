//! The network's guides on the phone: stored as they arrive with the content (sync pages and
//! the first-run dump, through [`apply_upsert`] and [`apply_delete`] inside the content's
//! transaction), read back as a tree level by level and one guide at a time, each in the
//! person's language with fallback, saying which language is shown and whether that
//! translation is older than the guide.

use std::sync::Arc;

use ponte_wire::guides::{parse_body, Block, GuideRecord, OfficialSource, Visibility};
use ponte_wire::Provenance;
use rusqlite::{params, OptionalExtension, Transaction};

use crate::error::{Error, Result};
use crate::store::Store;

/// A guide in a list: a level of the tree.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct GuideSummary {
    pub id: String,
    pub title: String,
    /// The language the title is in (the person's, or a fallback).
    pub language: String,
    /// How many guides sit under it.
    pub children: u32,
}

/// One guide to read.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Guide {
    pub id: String,
    pub parent: Option<String>,
    pub title: String,
    pub blocks: Vec<Block>,
    /// The language shown, and whether it is the one asked for first.
    pub language: String,
    pub provenance: Provenance,
    /// Translated from an older version of the guide: the app says it may be out of date.
    pub outdated: bool,
    /// `None` for a national guide.
    pub region: Option<String>,
    pub last_checked: Option<String>,
    pub sources: Vec<OfficialSource>,
    /// The languages the guide exists in.
    pub available_languages: Vec<String>,
    /// The guides under it, in order.
    pub children: Vec<GuideSummary>,
    /// Its image, shown above the body; `None` when it has none.
    pub image: Option<GuideImage>,
}

/// A guide's image and the words that describe it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct GuideImage {
    /// A JPEG, PNG or WebP, as the coordinator checked it (`ponte_wire::guides::GuideImage`).
    pub bytes: Vec<u8>,
    /// The description in the language the guide is shown in, else the first language of the
    /// person's chain that has one, else the source language's (always there with an image).
    pub alt: String,
    pub alt_language: String,
}

pub struct Guides {
    store: Arc<Store>,
}

/// Stores a guide (validated first); an operators-only guide is not for a phone and is
/// refused.
pub(crate) fn apply_upsert(tx: &Transaction<'_>, guide: &GuideRecord) -> Result<()> {
    // Checked and parsed once: the bodies' blocks are the passages below.
    let bodies = guide.parsed().map_err(|e| Error::Content {
        field: e.field,
        message: e.problem.to_string(),
    })?;
    if guide.visibility != Visibility::Public {
        return Err(Error::Content {
            field: "visibility".into(),
            message: "an operators' script is not sent to phones".into(),
        });
    }
    let sources =
        serde_json::to_string(&guide.sources).map_err(|e| Error::Damaged(e.to_string()))?;
    let n: i64 = tx
        .prepare_cached(
            "INSERT INTO guide (id, version, region, parent, position, last_checked, sources, source_language, image)
             VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)
             ON CONFLICT (id) DO UPDATE SET version = ?2, region = ?3, parent = ?4, position = ?5,
                 last_checked = ?6, sources = ?7, source_language = ?8, image = ?9
             RETURNING n",
        )?
        .query_row(
            params![
                guide.id,
                guide.version,
                guide.region,
                guide.parent,
                guide.position,
                guide.last_checked,
                sources,
                guide.source_language,
                guide.image.as_ref().map(|i| i.bytes.as_slice())
            ],
            |r| r.get(0),
        )?;
    tx.prepare_cached("DELETE FROM guide_text WHERE guide_n = ?1")?
        .execute([n])?;
    let mut insert = tx.prepare_cached(
        "INSERT INTO guide_text (guide_n, language, title, body, provenance, source_version, image_alt)
         VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)",
    )?;
    for text in &guide.texts {
        insert.execute(params![
            n,
            text.language,
            text.title,
            text.body,
            text.provenance.code(),
            text.source_version,
            text.image_alt
        ])?;
    }
    // The passages "Ask" answers with: the title, then each block, per language.
    tx.prepare_cached("DELETE FROM guide_passage WHERE guide_n = ?1")?
        .execute([n])?;
    let mut passage = tx.prepare_cached(
        "INSERT INTO guide_passage (p, guide_n, language, block, text)
         VALUES ((SELECT coalesce(max(p), ?1 << 32) + 1 FROM guide_passage
                  WHERE p > ?1 << 32 AND p < (?1 + 1) << 32), ?2, ?3, ?4, ?5)",
    )?;
    for (text, blocks) in guide.texts.iter().zip(&bodies) {
        let slot = language_slot(tx, &text.language)?;
        passage.execute(params![slot, n, text.language, -1, text.title])?;
        for (index, block) in blocks.iter().enumerate() {
            let plain = block.plain_text();
            if !plain.trim().is_empty() {
                passage.execute(params![slot, n, text.language, index as i64, plain])?;
            }
        }
    }
    Ok(())
}

/// The language's slot: its passages' ids are `slot << 32` and up (schema 15), so a question
/// ranks one language's matches at a time.
fn language_slot(tx: &Transaction<'_>, language: &str) -> Result<i64> {
    let found = tx
        .prepare_cached("SELECT slot FROM guide_passage_language WHERE language = ?1")?
        .query_row([language], |r| r.get(0))
        .optional()?;
    if let Some(slot) = found {
        return Ok(slot);
    }
    Ok(tx
        .prepare_cached(
            "INSERT INTO guide_passage_language (language, slot)
             VALUES (?1, (SELECT coalesce(max(slot), 0) + 1 FROM guide_passage_language))
             RETURNING slot",
        )?
        .query_row([language], |r| r.get(0))?)
}

/// The range of passage ids of a language, if it has any.
pub(crate) fn language_range(
    conn: &rusqlite::Connection,
    language: &str,
) -> Result<Option<(i64, i64)>> {
    Ok(conn
        .prepare_cached("SELECT slot FROM guide_passage_language WHERE language = ?1")?
        .query_row([language], |r| r.get::<_, i64>(0))
        .optional()?
        .map(|slot| (slot << 32, ((slot + 1) << 32) - 1)))
}

/// Removes a guide; its place in the tree empties (guides under it rise to the top until
/// they are moved or removed too). Returns whether there was one.
pub(crate) fn apply_delete(tx: &Transaction<'_>, id: &str) -> Result<bool> {
    Ok(tx
        .prepare_cached("DELETE FROM guide WHERE id = ?1")?
        .execute([id])?
        > 0)
}

/// A guide's image with its description picked as its text is (`BEST_TEXT`), among the
/// languages that describe it: a translation without a description falls back to another's.
fn image_with_alt(
    conn: &rusqlite::Connection,
    n: i64,
    bytes: Vec<u8>,
    chain: &[String],
    source_language: &str,
) -> Result<GuideImage> {
    let mut stmt = conn.prepare_cached(
        "SELECT language, image_alt FROM guide_text WHERE guide_n = ?1 AND image_alt <> ''",
    )?;
    let described = stmt
        .query_map([n], |r| {
            Ok((r.get::<_, String>(0)?, r.get::<_, String>(1)?))
        })?
        .collect::<rusqlite::Result<Vec<_>>>()?;
    let (alt_language, alt) = described
        .into_iter()
        .min_by_key(|(language, _)| {
            (
                chain
                    .iter()
                    .position(|c| c == language)
                    .unwrap_or(chain.len()),
                language != source_language,
                language.clone(),
            )
        })
        // Stored after validation the source language has one; an empty one is only quiet.
        .unwrap_or_else(|| (source_language.to_owned(), String::new()));
    Ok(GuideImage {
        bytes,
        alt,
        alt_language,
    })
}

/// The SQL that picks one text per guide: the first of the chain it exists in, else the
/// source language's. `?1` is the chain as JSON.
const BEST_TEXT: &str = "(SELECT b.language FROM guide_text b WHERE b.guide_n = g.n
       ORDER BY coalesce((SELECT c.key FROM json_each(?1) c WHERE c.value = b.language), 1000),
                b.language = (SELECT s.source_language FROM guide s WHERE s.n = b.guide_n) DESC,
                b.language LIMIT 1)";

impl Guides {
    pub fn new(store: Arc<Store>) -> Guides {
        Guides { store }
    }

    /// A level of the tree, in order: the top (`parent` `None`) or the guides under one.
    /// National guides and the region's own; another region's are left out.
    pub fn level(
        &self,
        parent: Option<&str>,
        region: Option<&str>,
        languages: &[String],
    ) -> Result<Vec<GuideSummary>> {
        let chain = serde_json::to_string(&crate::i18n::content_lookup(languages))
            .map_err(|e| Error::Damaged(e.to_string()))?;
        self.store.read(|conn| {
            let sql = format!(
                "SELECT g.id, t.title, t.language,
                        (SELECT count(*) FROM guide c WHERE c.parent = g.id AND (c.region IS NULL OR c.region = ?3))
                 FROM guide g JOIN guide_text t ON t.guide_n = g.n
                 WHERE t.language = {BEST_TEXT} AND g.parent IS ?2 AND (g.region IS NULL OR g.region = ?3)
                 ORDER BY g.position, g.id"
            );
            let mut stmt = conn.prepare_cached(&sql)?;
            let rows = stmt.query_map(params![chain, parent, region], |r| {
                Ok(GuideSummary {
                    id: r.get(0)?,
                    title: r.get(1)?,
                    language: r.get(2)?,
                    children: r.get(3)?,
                })
            })?;
            Ok(rows.collect::<rusqlite::Result<_>>()?)
        })
    }

    /// One guide in the person's language (or the first fallback it exists in), its body
    /// parsed into blocks, with the guides under it.
    pub fn guide(&self, id: &str, region: Option<&str>, languages: &[String]) -> Result<Guide> {
        let lookup = crate::i18n::content_lookup(languages);
        let chain = serde_json::to_string(&lookup).map_err(|e| Error::Damaged(e.to_string()))?;
        let found = self.store.read(|conn| {
            let sql = format!(
                "SELECT g.parent, g.version, g.region, g.last_checked, g.sources,
                        t.title, t.body, t.language, t.provenance, t.source_version,
                        (SELECT group_concat(language, ',') FROM (SELECT language FROM guide_text WHERE guide_n = g.n ORDER BY language)),
                        g.n, g.source_language, g.image
                 FROM guide g JOIN guide_text t ON t.guide_n = g.n
                 WHERE t.language = {BEST_TEXT} AND g.id = ?2"
            );
            let Some(row) = conn
                .prepare_cached(&sql)?
                .query_row(params![chain, id], |r| {
                    Ok((
                        (r.get::<_, Option<String>>(0)?, r.get::<_, u32>(1)?, r.get::<_, Option<String>>(2)?),
                        (r.get::<_, Option<String>>(3)?, r.get::<_, String>(4)?),
                        (r.get::<_, String>(5)?, r.get::<_, String>(6)?, r.get::<_, String>(7)?),
                        (r.get::<_, String>(8)?, r.get::<_, u32>(9)?, r.get::<_, String>(10)?),
                        (r.get::<_, i64>(11)?, r.get::<_, String>(12)?, r.get::<_, Option<Vec<u8>>>(13)?),
                    ))
                })
                .optional()?
            else {
                return Ok(None);
            };
            let (n, source_language, image) = &row.4;
            let image = match image {
                Some(bytes) => Some(image_with_alt(conn, *n, bytes.clone(), &lookup, source_language)?),
                None => None,
            };
            Ok(Some((row.0, row.1, row.2, row.3, image)))
        })?;
        let Some((
            (parent, version, guide_region),
            (last_checked, sources),
            (title, body, language),
            (provenance, source_version, languages_list),
            image,
        )) = found
        else {
            return Err(Error::not_found("guide", id));
        };
        if guide_region.is_some() && guide_region.as_deref() != region {
            return Err(Error::not_found("guide", id));
        }
        let provenance = Provenance::from_code(&provenance).unwrap_or(Provenance::Machine);
        // Stored after validation: a body that no longer parses means a damaged database.
        let blocks = parse_body(&body)
            .map_err(|e| Error::Damaged(format!("guide {id} ({language}): {e}")))?;
        let sources = serde_json::from_str(&sources).map_err(|e| Error::Damaged(e.to_string()))?;
        Ok(Guide {
            id: id.to_owned(),
            children: self.level(Some(id), region, languages)?,
            parent,
            title,
            blocks,
            outdated: provenance != Provenance::Original && source_version < version,
            language,
            provenance,
            region: guide_region,
            last_checked,
            sources,
            available_languages: languages_list.split(',').map(str::to_owned).collect(),
            image,
        })
    }

    /// How many guides the phone holds.
    pub fn count(&self) -> Result<u32> {
        self.store
            .read(|conn| Ok(conn.query_row("SELECT count(*) FROM guide", [], |r| r.get(0))?))
    }
}

mod ask;
pub use ask::{AnswerSource, Passage};

#[cfg(test)]
mod tests;
