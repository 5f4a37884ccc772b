//! Installing a content pack: verified first (signature and every hash), validated, then
//! swapped in one transaction. The person's progress is keyed by lesson id and stays.

use ponte_wire::lessons::validate_courses;
use ponte_wire::pack;
use rusqlite::params;

use super::Lessons;
use crate::error::{Error, PackProblem, Result};
use crate::time::now_ms;

/// What an installed pack holds.
#[derive(Debug, Clone, PartialEq, Eq)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
pub struct PackInfo {
    pub id: String,
    pub version: u32,
    pub courses: u32,
    pub lessons: u32,
    /// Signed with the public demo key.
    pub demo: bool,
    /// False when this version was already installed and nothing changed.
    pub changed: bool,
}

/// The lessons' passages for "Ask" (schema 16, which ran the same statement once): title,
/// summary, the texts of explanations and of what to try, and "term: explanation" per
/// glossary entry, per language.
const LESSON_PASSAGES: &str = "INSERT INTO lesson_passage (lesson_id, language, block, text)
    SELECT l.id, t.key, -1, t.value FROM lesson l, json_each(l.content, '$.title') t
    UNION ALL
    SELECT l.id, t.key, 0, t.value FROM lesson l, json_each(l.content, '$.summary') t
    UNION ALL
    SELECT l.id, t.key, s.key + 1, t.value
    FROM lesson l, json_each(l.content, '$.steps') s, json_each(s.value, '$.text') t
    WHERE json_extract(s.value, '$.kind') IN ('explain', 'try')
    UNION ALL
    SELECT l.id, t.key, 1000 + g.key,
           coalesce(json_extract(g.value, '$.term.\"' || t.key || '\"') || ': ', '') || t.value
    FROM lesson l, json_each(l.content, '$.glossary') g, json_each(g.value, '$.explanation') t";

impl Lessons {
    /// Installs a pack signed by one of `trusted_keys` (base64 Ed25519 public keys; one that
    /// cannot be read trusts nothing). A refused pack changes nothing and says why
    /// ([`Error::Pack`]): it cannot be read or breaks the content rules (`Damaged`), its
    /// signature or a hash does not match (`Tampered`), no trusted key signed it (`Untrusted`),
    /// or it is older than the installed one (`Older`). Installing the same version again
    /// changes nothing.
    pub fn install_pack(&self, bytes: &[u8], trusted_keys: &[String]) -> Result<PackInfo> {
        let keys: Vec<pack::VerifyingKey> = trusted_keys
            .iter()
            .filter_map(|k| pack::public_key_from_base64(k).ok())
            .collect();
        let verified =
            pack::verify(bytes, &keys).map_err(|e| Error::Pack(PackProblem::from(&e)))?;
        // Signed by a trusted key yet against the content rules: the phone cannot use it.
        validate_courses(&verified.curriculum.courses, &|path| {
            verified.media.contains_key(path)
        })
        .map_err(|_| Error::Pack(PackProblem::Damaged))?;
        let manifest = &verified.manifest;
        let courses = verified.curriculum.courses.len() as u32;
        let lessons = verified
            .curriculum
            .courses
            .iter()
            .map(|c| c.lessons.len() as u32)
            .sum();
        self.store.write(|tx| {
            let installed: Option<u32> = tx
                .query_row("SELECT version FROM lesson_pack WHERE id = ?1", [&manifest.id], |r| r.get(0))
                .map(Some)
                .or_else(|e| if e == rusqlite::Error::QueryReturnedNoRows { Ok(None) } else { Err(e) })?;
            match installed {
                Some(v) if v == manifest.version => {
                    return Ok(PackInfo { id: manifest.id.clone(), version: v, courses, lessons, demo: manifest.demo, changed: false });
                }
                Some(v) if v > manifest.version => return Err(Error::Pack(PackProblem::Older)),
                _ => {}
            }
            tx.execute("DELETE FROM lesson_pack WHERE id = ?1", [&manifest.id])?;
            tx.execute(
                "INSERT INTO lesson_pack (id, version, key_id, demo, installed_at) VALUES (?1, ?2, ?3, ?4, ?5)",
                params![manifest.id, manifest.version, manifest.key_id, manifest.demo, now_ms()],
            )?;
            for (c, course) in verified.curriculum.courses.iter().enumerate() {
                let mut head = course.clone();
                head.lessons.clear();
                let head = serde_json::to_string(&head).map_err(|e| Error::Damaged(e.to_string()))?;
                tx.execute(
                    "INSERT INTO course (id, pack_id, position, content) VALUES (?1, ?2, ?3, ?4)",
                    params![course.id, manifest.id, course.order.max(c as u32), head],
                )?;
                for (l, lesson) in course.lessons.iter().enumerate() {
                    let content = serde_json::to_string(lesson).map_err(|e| Error::Damaged(e.to_string()))?;
                    tx.execute(
                        "INSERT INTO lesson (id, course_id, position, content) VALUES (?1, ?2, ?3, ?4)",
                        params![lesson.id, course.id, l as u32, content],
                    )?;
                }
            }
            // The passages "Ask" answers from, rebuilt from every installed lesson.
            tx.execute("DELETE FROM lesson_passage", [])?;
            tx.execute(LESSON_PASSAGES, [])?;
            for (path, bytes) in &verified.media {
                tx.execute("INSERT OR REPLACE INTO lesson_media (path, bytes) VALUES (?1, ?2)", params![path, bytes])?;
            }
            Ok(PackInfo { id: manifest.id.clone(), version: manifest.version, courses, lessons, demo: manifest.demo, changed: true })
        })
    }

    /// A media file of an installed pack.
    pub fn media(&self, path: &str) -> Result<Vec<u8>> {
        self.store.read(|conn| {
            use rusqlite::OptionalExtension;
            conn.query_row(
                "SELECT bytes FROM lesson_media WHERE path = ?1",
                [path],
                |r| r.get(0),
            )
            .optional()?
            .ok_or_else(|| Error::not_found("media", path))
        })
    }
}
