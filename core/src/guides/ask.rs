//! "Ask": a question typed in the person's words answered with the best passages of the
//! guides (a paragraph, a list, a heading; not a whole page), each with its guide and the words
//! that matched, from the guides in the person's languages and in Italian. Offline: nothing
//! leaves the phone.
//!
//! Every word of the question counts (a question is a sentence, not a list of keywords that
//! must all appear), weighed by how rare it is (FTS5's BM25): "come rinnovo il permesso" ranks
//! the passages with "rinnovo" and "permesso" above those with "come". A word that begins
//! indexed words stands for them ("rinnov" → "rinnovo", "rinnovare"); one that begins none is
//! taken for a typing mistake and stands for the words one or two edits away.

use std::collections::HashMap;
use std::sync::Arc;

use rusqlite::{params, Connection};

use super::Guides;
use crate::error::Result;
use crate::store::Store;
use crate::typos::Vocabulary;

/// The best-ranked passages of the whole index looked at before the person's languages and
/// region are kept.
const CANDIDATES: u32 = 400;
/// Below this many passages, every word of a question counts in the any-word query.
const SMALL_INDEX: i64 = 5_000;
/// A typed word standing for more indexed words than this is left to FTS5's prefix query.
const MAX_WORDS_PER_PREFIX: usize = 24;

/// A passage of a guide that answers a question.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Passage {
    pub guide_id: String,
    /// The guide's title in the passage's language.
    pub guide_title: String,
    pub language: String,
    /// The block of the guide's body (-1: the title itself).
    pub block: i32,
    pub text: String,
    /// The passage's words that matched the question, as written in the passage.
    pub matched: Vec<String>,
}

static VOCABULARY: crate::typos::VocabularyCache = crate::typos::VocabularyCache::new();

/// The passages' words for typo correction, once per content version.
fn vocabulary(store: &Store, conn: &Connection) -> Result<Arc<Vocabulary>> {
    VOCABULARY.get(store, conn, "SELECT term FROM guide_passage_vocabulary")
}

/// One word of a question: its FTS5 query, how many passages have it (at most), and the
/// indexed words it stands for (or the prefix it stays), to mark them in an answer.
struct Group {
    query: String,
    docs: i64,
    terms: Vec<String>,
    prefix: Option<String>,
}

/// The question's words as FTS5 query groups, each with how many passages have it (at most):
/// a word of four letters or more stands for the indexed words it begins, or those a typing
/// mistake away, or stays a prefix; a word of three letters is taken as typed; shorter ones
/// are left out.
fn question_groups(store: &Store, conn: &Connection, question: &str) -> Result<Vec<Group>> {
    let mut prefixed = conn.prepare_cached(
        "SELECT term, doc FROM guide_passage_vocabulary WHERE term >= ?1 AND term < ?2 LIMIT ?3",
    )?;
    let mut exact =
        conn.prepare_cached("SELECT doc FROM guide_passage_vocabulary WHERE term = ?1")?;
    let mut docs = |term: &str| -> Result<i64> {
        Ok(exact
            .query_map([term], |r| r.get::<_, i64>(0))?
            .next()
            .transpose()?
            .unwrap_or(0))
    };
    let mut groups = Vec::new();
    for word in crate::fts::query_words(question) {
        // "il", "di", "of", "to": in every sentence, they would only add noise.
        if word.chars().count() < 3 {
            continue;
        }
        let folded = crate::fts::fold_like_index(word);
        // A short word ("ASL", "CPI", "per") is taken as typed: as a prefix it would stand for
        // many unrelated words ("per" → "permesso").
        if word.chars().count() <= 3 {
            groups.push(Group {
                query: crate::fts::quoted(&folded),
                docs: docs(&folded)?,
                terms: vec![folded],
                prefix: None,
            });
            continue;
        }
        let beyond = format!("{folded}{}", char::MAX);
        let mut terms = prefixed
            .query_map(
                params![folded, beyond, MAX_WORDS_PER_PREFIX as i64 + 1],
                |r| Ok((r.get::<_, String>(0)?, r.get::<_, i64>(1)?)),
            )?
            .collect::<rusqlite::Result<Vec<_>>>()?;
        if terms.is_empty() {
            for near in vocabulary(store, conn)?.near(&folded, MAX_WORDS_PER_PREFIX) {
                let count = docs(&near)?;
                terms.push((near, count));
            }
        }
        groups.push(if terms.is_empty() || terms.len() > MAX_WORDS_PER_PREFIX {
            // Too many words, or none: as frequent as it gets.
            Group {
                query: format!("{}*", crate::fts::quoted(word)),
                docs: i64::MAX,
                terms: Vec::new(),
                prefix: Some(folded),
            }
        } else {
            Group {
                query: format!(
                    "({})",
                    terms
                        .iter()
                        .map(|(t, _)| crate::fts::quoted(t))
                        .collect::<Vec<_>>()
                        .join(" OR ")
                ),
                docs: terms.iter().map(|(_, d)| d).sum(),
                terms: terms.into_iter().map(|(t, _)| t).collect(),
                prefix: None,
            }
        });
    }
    Ok(groups)
}

/// The words of `text` that the question's words stand for, as written, once each.
fn matched_words(text: &str, groups: &[Group]) -> Vec<String> {
    let mut words: Vec<String> = Vec::new();
    for word in crate::fts::words(text) {
        let folded = crate::fts::fold_like_index(word);
        let hit = groups.iter().any(|g| {
            g.terms.iter().any(|t| *t == folded)
                || g.prefix.as_deref().is_some_and(|p| folded.starts_with(p))
        });
        if hit && !words.iter().any(|w| w == word) {
            words.push(word.to_owned());
        }
    }
    words
}

/// The best candidates for an FTS5 query, in the languages of `chain_json` and the region.
fn candidates(
    conn: &Connection,
    query: &str,
    chain_json: &str,
    region: Option<&str>,
) -> Result<Vec<(Passage, f64, i64)>> {
    // The index ranks its matches first, alone (joining every match before ranking cost more);
    // the best candidates are then filtered by language and region. A question's words are
    // words of its language, so the best passages are in the languages asked for.
    // Only the rank is computed for every match (highlight() there cost as much again).
    let mut stmt = conn.prepare_cached(
        "SELECT g.id, p.language, p.block, p.text, m.score,
                (SELECT title FROM guide_text t WHERE t.guide_n = g.n AND t.language = p.language),
                (SELECT c.key FROM json_each(?2) c WHERE c.value = p.language)
         FROM (SELECT rowid, rank AS score
               FROM guide_passage_search WHERE guide_passage_search MATCH ?1
               ORDER BY rank LIMIT ?4) m
         JOIN guide_passage p ON p.p = m.rowid
         JOIN guide g ON g.n = p.guide_n
         WHERE p.language IN (SELECT value FROM json_each(?2))
           AND (g.region IS NULL OR g.region = ?3)
         ORDER BY m.score",
    )?;
    let rows = stmt.query_map(params![query, chain_json, region, CANDIDATES], |r| {
        Ok((
            Passage {
                guide_id: r.get(0)?,
                language: r.get(1)?,
                block: r.get(2)?,
                text: r.get(3)?,
                matched: Vec::new(),
                guide_title: r.get(5)?,
            },
            r.get::<_, f64>(4)?,
            r.get::<_, i64>(6)?,
        ))
    })?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}

impl Guides {
    /// The best passages for `question`, at most `limit`, best first: from guides of the
    /// person's region and the national ones, in the person's languages and in Italian. One
    /// passage per block of a guide (the person's language preferred when both match).
    pub fn ask(
        &self,
        question: &str,
        region: Option<&str>,
        languages: &[String],
        limit: u32,
    ) -> Result<Vec<Passage>> {
        let mut chain: Vec<String> = languages.to_vec();
        if !chain.iter().any(|l| l == "it") {
            chain.push("it".into());
        }
        let chain_json =
            serde_json::to_string(&chain).map_err(|e| crate::Error::Damaged(e.to_string()))?;
        self.store.read(|conn| {
            let groups = question_groups(&self.store, conn, question)?;
            if groups.is_empty() {
                return Ok(Vec::new());
            }
            // First the passages with every word of the question (few, quickly ranked); when
            // they are not enough, those with any of its rarer words. A word in more than one
            // passage in ten ("come", "how", a word every guide uses) says little and would
            // make the index rank a large part of itself; the two rarest words are kept when
            // every word is that frequent.
            let passages: i64 =
                conn.query_row("SELECT coalesce(max(p), 0) FROM guide_passage", [], |r| {
                    r.get(0)
                })?;
            let mut by_rarity: Vec<&Group> = groups.iter().collect();
            by_rarity.sort_by_key(|g| g.docs);
            let mut rare: Vec<&str> = by_rarity
                .iter()
                .filter(|g| g.docs.saturating_mul(10) <= passages)
                .map(|g| g.query.as_str())
                .collect();
            if passages < SMALL_INDEX {
                // A small index is quick to rank whole, and in a few guides every word is
                // "frequent".
                rare = groups.iter().map(|g| g.query.as_str()).collect();
            } else if rare.is_empty() {
                rare = by_rarity.iter().take(2).map(|g| g.query.as_str()).collect();
            }
            let all: Vec<&str> = groups.iter().map(|g| g.query.as_str()).collect();
            let mut rows: Vec<(Passage, f64, i64)> = Vec::new();
            let mut queries = vec![all.join(" AND ")];
            if groups.len() > 1 {
                queries.push(rare.join(" OR "));
            }
            for query in queries {
                if rows.len() >= limit as usize {
                    break;
                }
                rows.extend(candidates(conn, &query, &chain_json, region)?);
            }
            // One passage per block of a guide: the best scored, the person's earlier
            // language on a tie. BM25 is negative, smaller is better.
            let mut best: HashMap<(String, i32), (Passage, f64, i64)> = HashMap::new();
            for (passage, score, rank) in rows {
                let key = (passage.guide_id.clone(), passage.block);
                let better = match best.get(&key) {
                    Some((_, s, r)) => (score, rank) < (*s, *r),
                    None => true,
                };
                if better {
                    best.insert(key, (passage, score, rank));
                }
            }
            let mut found: Vec<(Passage, f64, i64)> = best.into_values().collect();
            found.sort_by(|a, b| {
                a.1.total_cmp(&b.1)
                    .then(a.2.cmp(&b.2))
                    .then(a.0.guide_id.cmp(&b.0.guide_id))
                    .then(a.0.block.cmp(&b.0.block))
            });
            found.truncate(limit as usize);
            Ok(found
                .into_iter()
                .map(|(mut p, _, _)| {
                    p.matched = matched_words(&p.text, &groups);
                    p
                })
                .collect())
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_matched_words_are_the_passages_words_the_question_stands_for() {
        let groups = [
            Group {
                query: String::new(),
                docs: 0,
                terms: vec!["permesso".into(), "rinnovare".into()],
                prefix: None,
            },
            Group {
                query: String::new(),
                docs: 0,
                terms: Vec::new(),
                prefix: Some("sogg".into()),
            },
        ];
        assert_eq!(
            matched_words(
                "Per rinnovare il Permesso di Soggiorno e il permesso",
                &groups
            ),
            ["rinnovare", "Permesso", "Soggiorno", "permesso"]
        );
        assert!(matched_words("niente", &groups).is_empty());
    }
}
