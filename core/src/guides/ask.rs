//! "Ask": a question typed in the person's words answered with the best passages of the
//! guides (a paragraph, a list, a heading; not a whole page), each with its guide and the words
//! that matched, from the guides in the person's languages and in Italian. Offline: nothing
//! leaves the phone.
//!
//! - **Words and concepts.** The question's words are matched against the glossary of
//!   synonyms first ("permesso di soggiorno", "إقامة", "titre de séjour" are one concept): a
//!   concept stands for its terms in every language asked for, so a question in French finds a
//!   guide written in Italian. Other words stand for the indexed words they begin ("rinnov" →
//!   "rinnovo", "rinnovare"), or, beginning none, for those a typing mistake or two away.
//! - **Coordination levels.** The passages that have every word or concept of the question
//!   come first; when they are too few, the most frequent word is let go ("come", "how"), then
//!   the next, down to the concepts alone; then each word alone, the rarest first. Within a level, FTS5's BM25 ranks.
//! - **One language at a time.** A language's passages have a range of ids of their own
//!   (schema 15): each query ranks one language's matches, the person's first, then Italian.
//!   A query that would match more than [`RANK_BUDGET`] passages is read unranked up to that
//!   many (FTS5 ranks every match before it returns the best one).
//! - **One answer per guide**, in the person's earliest language that matched as well.

use std::collections::HashMap;
use std::sync::Arc;

use rusqlite::{params, Connection};

use super::Guides;
use crate::error::Result;
use crate::glossary::Concept;
use crate::store::Store;
use crate::typos::Vocabulary;

/// Below this many passages every word of a question may answer alone.
const SMALL_INDEX: i64 = 5_000;
/// A query expected to match more passages than this is read unranked, this many at most.
const RANK_BUDGET: i64 = 600;
/// The matches of the services' index read for one query (unranked: in the order of the
/// index); the best of them by BM25 are kept.
const SERVICE_BUDGET: i64 = 300;
/// The passages kept from one query.
const CANDIDATES: i64 = 40;
/// The words of a question that count.
const MAX_WORDS: usize = 12;
/// A glossary word this long stands for the indexed words it begins as well.
const MIN_STEM_LETTERS: usize = 5;
/// At most this many indexed words stand for the beginning of a glossary word.
const MAX_WORDS_PER_STEM: usize = 8;
/// A typed word standing for more indexed words than this is left to FTS5's prefix query.
const MAX_WORDS_PER_PREFIX: usize = 24;

/// Where an answer comes from.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum AnswerSource {
    Guide,
    /// A service of the region: its description (or its name).
    Service,
    /// A lesson: its title, summary, an explanation, a glossary entry.
    Lesson,
}

/// A passage that answers a question: of a guide, a service or a lesson.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Passage {
    pub source: AnswerSource,
    /// The guide's, service's or lesson's id.
    pub source_id: String,
    /// Its title (a service's name) in the passage's language.
    pub source_title: String,
    pub language: String,
    /// The passage's place in its source (-1: the title itself).
    pub block: i32,
    pub text: String,
    /// The passage's words that matched the question, as written in the passage.
    pub matched: Vec<String>,
}

/// At most this many answers come from services, and as many from lessons: a how-to question
/// is answered by guides first; a service or a lesson is a pointer beside them.
const MAX_PER_OTHER_SOURCE: usize = 2;

static VOCABULARY: crate::typos::VocabularyCache = crate::typos::VocabularyCache::new();

/// The passages' words, each with how many passages have it, read once per content version:
/// FTS5's own vocabulary walks a word's postings to count them, milliseconds for a frequent
/// word, on every question.
fn vocabulary(store: &Store, conn: &Connection) -> Result<Arc<Vocabulary>> {
    // The services' words are not counted (their index keeps no counts a query can read
    // cheaply): each counts as one passage, enough to be looked for.
    VOCABULARY.get(
        store,
        conn,
        "SELECT term, sum(doc) FROM (
             SELECT term, doc FROM guide_passage_vocabulary
             UNION ALL SELECT term, doc FROM lesson_passage_vocabulary
             UNION ALL SELECT term, 1 FROM service_search_term)
         GROUP BY term ORDER BY term",
    )
}

/// One word or concept of a question: its FTS5 query, how many passages have it (at most),
/// and the indexed words it stands for (or the prefix it stays), to mark them in an answer.
struct Group {
    query: String,
    /// The same without phrases, for the services' index (which keeps no word positions): a
    /// phrase becomes its words, all of them.
    loose: String,
    docs: i64,
    terms: Vec<String>,
    prefix: Option<String>,
    /// A concept of the glossary: what the question is about, let go last.
    concept: bool,
}

/// How many passages have an indexed word (a count the cached vocabulary keeps).
fn passages_with(count: u64) -> i64 {
    i64::try_from(count).unwrap_or(i64::MAX)
}

fn is_arabic_script(word: &str) -> bool {
    word.chars()
        .next()
        .is_some_and(|c| ('\u{0600}'..='\u{06FF}').contains(&c))
}

/// A concept named in the question: its terms in the languages asked for and the words as
/// typed, any of them. An Arabic-script word is also looked for with the article (إقامة,
/// الإقامة), which the index keeps in the word.
fn concept_group(
    concept: &Concept,
    typed: &[String],
    chain: &[String],
    vocabulary: &Vocabulary,
) -> Group {
    let mut alternatives: Vec<Vec<String>> = vec![typed.to_vec()];
    for term in concept.terms_in(chain) {
        alternatives.push(term.to_vec());
    }
    for term in alternatives.clone() {
        if let [word] = term.as_slice() {
            if is_arabic_script(word) && !word.starts_with("ال") {
                alternatives.push(vec![format!("ال{word}")]);
            }
            // A word of five letters or more stands for the indexed words it begins as well
            // ("renew": "renewing", "renewed"; "permit": "permits").
            if word.chars().count() >= MIN_STEM_LETTERS {
                for (longer, _) in vocabulary.beginning(word, MAX_WORDS_PER_STEM + 1) {
                    alternatives.push(vec![longer]);
                }
            }
        }
    }
    alternatives.sort();
    alternatives.dedup();
    let mut docs = 0i64;
    let mut terms = Vec::new();
    let mut queries = Vec::new();
    let mut loose = Vec::new();
    for words in &alternatives {
        // A phrase has at most the passages of its rarest word; the alternatives mostly find
        // the same passages, so the most frequent one stands for the concept.
        let mut fewest = i64::MAX;
        for word in words {
            fewest = fewest.min(passages_with(vocabulary.count(word)));
            if word.chars().count() >= 3 && !terms.contains(word) {
                terms.push(word.clone());
            }
        }
        if fewest > 0 {
            docs = docs.max(fewest);
            queries.push(crate::fts::quoted(&words.join(" ")));
            loose.push(format!(
                "({})",
                words
                    .iter()
                    .map(|w| crate::fts::quoted(w))
                    .collect::<Vec<_>>()
                    .join(" AND ")
            ));
        }
    }
    Group {
        query: format!("({})", queries.join(" OR ")),
        loose: format!("({})", loose.join(" OR ")),
        docs: if queries.is_empty() { 0 } else { docs },
        terms,
        prefix: None,
        concept: true,
    }
}

/// A word of the question outside the glossary: of four letters or more it stands for the
/// indexed words it begins, or those a typing mistake away, or stays a prefix; of three it is
/// taken as typed; shorter ones are left out (`None`).
fn word_group(word: &str, folded: &str, vocabulary: &Vocabulary) -> Option<Group> {
    // "il", "di", "of", "to": in every sentence, they would only add noise.
    if word.chars().count() < 3 {
        return None;
    }
    // A short word ("ASL", "CPI", "per") is taken as typed: as a prefix it would stand for
    // many unrelated words ("per" → "permesso").
    if word.chars().count() <= 3 {
        return Some(Group {
            query: crate::fts::quoted(folded),
            loose: crate::fts::quoted(folded),
            docs: passages_with(vocabulary.count(folded)),
            terms: vec![folded.to_owned()],
            prefix: None,
            concept: false,
        });
    }
    let mut terms: Vec<(String, i64)> = vocabulary
        .beginning(folded, MAX_WORDS_PER_PREFIX + 1)
        .into_iter()
        .map(|(t, n)| (t, passages_with(n)))
        .collect();
    if terms.is_empty() {
        for near in vocabulary.near(folded, MAX_WORDS_PER_PREFIX) {
            let count = passages_with(vocabulary.count(&near));
            terms.push((near, count));
        }
        if terms.is_empty() {
            // In no passage: it cannot help an answer.
            return None;
        }
    }
    Some(if terms.len() > MAX_WORDS_PER_PREFIX {
        // Too many words: as frequent as it gets.
        Group {
            query: format!("{}*", crate::fts::quoted(word)),
            loose: format!("{}*", crate::fts::quoted(word)),
            docs: i64::MAX,
            terms: Vec::new(),
            prefix: Some(folded.to_owned()),
            concept: false,
        }
    } else {
        let any = format!(
            "({})",
            terms
                .iter()
                .map(|(t, _)| crate::fts::quoted(t))
                .collect::<Vec<_>>()
                .join(" OR ")
        );
        Group {
            query: any.clone(),
            loose: any,
            docs: terms.iter().map(|(_, d)| d).sum(),
            terms: terms.into_iter().map(|(t, _)| t).collect(),
            prefix: None,
            concept: false,
        }
    })
}

/// The question's words and concepts as FTS5 query groups; those no passage has are left out.
fn question_groups(
    store: &Store,
    conn: &Connection,
    question: &str,
    chain: &[String],
) -> Result<Vec<Group>> {
    let typed: Vec<&str> = crate::fts::words(question).take(MAX_WORDS).collect();
    let folded: Vec<String> = typed
        .iter()
        .map(|w| crate::fts::fold_like_index(w))
        .collect();
    let glossary = crate::glossary::of(store, conn)?;
    let named = glossary.named(&folded);
    let vocabulary = vocabulary(store, conn)?;
    let mut groups = Vec::new();
    let mut named = named.iter().peekable();
    let mut at = 0;
    while at < typed.len() {
        if let Some(concept) = named.next_if(|n| n.start == at) {
            let group = concept_group(
                glossary.concept(concept.concept),
                &folded[at..at + concept.len],
                chain,
                &vocabulary,
            );
            if group.docs > 0 {
                groups.push(group);
            }
            at += concept.len;
            continue;
        }
        if let Some(group) = word_group(typed[at], &folded[at], &vocabulary) {
            if group.docs > 0 {
                groups.push(group);
            }
        }
        at += 1;
    }
    Ok(groups)
}

impl Group {
    /// Whether an indexed (folded) word is one this group stands for.
    fn has(&self, folded: &str) -> bool {
        self.terms.iter().any(|t| t == folded)
            || self
                .prefix
                .as_deref()
                .is_some_and(|p| folded.starts_with(p))
    }
}

/// How many of the question's groups a passage has: a passage found for a few of them may
/// have more (the levels let the most frequent go first, not every combination).
fn coverage(text: &str, groups: &[Group]) -> usize {
    let words: Vec<String> = crate::fts::words(text)
        .map(crate::fts::fold_like_index)
        .collect();
    groups
        .iter()
        .filter(|g| words.iter().any(|w| g.has(w)))
        .count()
}

/// The words of `text` that the question's words stand for, as written, once each.
fn matched_words(text: &str, groups: &[Group]) -> Vec<String> {
    let mut words: Vec<String> = Vec::new();
    for word in crate::fts::words(text) {
        let folded = crate::fts::fold_like_index(word);
        let hit = groups.iter().any(|g| g.has(&folded));
        if hit && !words.iter().any(|w| w == word) {
            words.push(word.to_owned());
        }
    }
    words
}

/// The best passages of one language for an FTS5 query, in the region and nationally; read
/// unranked up to [`RANK_BUDGET`] when `ranked` is false.
fn candidates(
    conn: &Connection,
    query: &str,
    (first, last): (i64, i64),
    region: Option<&str>,
    ranked: bool,
) -> Result<Vec<(Passage, f64)>> {
    // The index ranks one language's matches alone (joining every match before ranking cost
    // more); the best are then kept for the region. Only the rank is computed for every match
    // (highlight() there cost as much again).
    let sql = format!(
        "SELECT g.id, p.language, p.block, p.text, m.score,
                (SELECT title FROM guide_text t WHERE t.guide_n = g.n AND t.language = p.language)
         FROM (SELECT rowid, rank AS score
               FROM guide_passage_search
               WHERE guide_passage_search MATCH ?1 AND rowid BETWEEN ?2 AND ?3
               {}) m
         JOIN guide_passage p ON p.p = m.rowid
         JOIN guide g ON g.n = p.guide_n
         WHERE g.region IS NULL OR g.region = ?4
         ORDER BY m.score LIMIT ?6",
        if ranked {
            "ORDER BY rank LIMIT ?5"
        } else {
            "LIMIT ?5"
        }
    );
    let mut stmt = conn.prepare_cached(&sql)?;
    let inner = if ranked { CANDIDATES * 4 } else { RANK_BUDGET };
    let rows = stmt.query_map(
        params![query, first, last, region, inner, CANDIDATES],
        |r| {
            Ok((
                Passage {
                    source: AnswerSource::Guide,
                    source_id: r.get(0)?,
                    language: r.get(1)?,
                    block: r.get(2)?,
                    text: r.get(3)?,
                    matched: Vec::new(),
                    source_title: r.get(5)?,
                },
                r.get::<_, f64>(4)?,
            ))
        },
    )?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}

/// The services of the region (all of them when none is given) whose text in one of the
/// person's languages matches a query without phrases; read unranked up to
/// [`SERVICE_BUDGET`] matches, the best [`CANDIDATES`] kept.
fn service_candidates(
    conn: &Connection,
    loose_query: &str,
    chain_json: &str,
    region: Option<&str>,
    groups: &[Group],
) -> Result<Vec<(Passage, f64)>> {
    let mut stmt = conn.prepare_cached(
        "SELECT s.id, t.language, t.description, t.name, m.score, t.eligibility
         FROM (SELECT rowid, rank AS score FROM service_search
               WHERE service_search MATCH ?1 LIMIT ?4) m
         JOIN service_text t ON t.t = m.rowid
         JOIN service s ON s.n = t.service_n
         WHERE t.language IN (SELECT value FROM json_each(?2))
           AND (?3 IS NULL OR s.region = ?3)
         ORDER BY m.score LIMIT ?5",
    )?;
    let rows = stmt.query_map(
        params![loose_query, chain_json, region, SERVICE_BUDGET, CANDIDATES],
        |r| {
            Ok((
                Passage {
                    source: AnswerSource::Service,
                    source_id: r.get(0)?,
                    language: r.get(1)?,
                    block: 0,
                    // The field with most of the question: the description, or who may use
                    // the service, or its name.
                    text: {
                        let description: String = r.get(2)?;
                        let eligibility: String = r.get(5)?;
                        let name: String = r.get(3)?;
                        [description, eligibility, name]
                            .into_iter()
                            .filter(|t| !t.trim().is_empty())
                            .enumerate()
                            .max_by_key(|(i, t)| (coverage(t, groups), std::cmp::Reverse(*i)))
                            .map(|(_, t)| t)
                            .unwrap_or_default()
                    },
                    matched: Vec::new(),
                    source_title: r.get(3)?,
                },
                r.get::<_, f64>(4)?,
            ))
        },
    )?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}

/// The lessons' passages in the person's languages that match a query (a few thousand
/// passages in all: ranked whole).
fn lesson_candidates(
    conn: &Connection,
    query: &str,
    chain_json: &str,
) -> Result<Vec<(Passage, f64)>> {
    let mut stmt = conn.prepare_cached(
        "SELECT p.lesson_id, p.language, p.block, p.text, m.score,
                coalesce(json_extract(l.content, '$.title.\"' || p.language || '\"'), l.id)
         FROM (SELECT rowid, rank AS score FROM lesson_passage_search
               WHERE lesson_passage_search MATCH ?1 ORDER BY rank LIMIT ?3) m
         JOIN lesson_passage p ON p.p = m.rowid
         JOIN lesson l ON l.id = p.lesson_id
         WHERE p.language IN (SELECT value FROM json_each(?2))
         ORDER BY m.score",
    )?;
    let rows = stmt.query_map(params![query, chain_json, CANDIDATES * 4], |r| {
        Ok((
            Passage {
                source: AnswerSource::Lesson,
                source_id: r.get(0)?,
                language: r.get(1)?,
                block: r.get(2)?,
                // Shown without the lessons' marks.
                text: r
                    .get::<_, String>(3)?
                    .replace("**", "")
                    .replace("[[", "")
                    .replace("]]", ""),
                matched: Vec::new(),
                source_title: r.get(5)?,
            },
            r.get::<_, f64>(4)?,
        ))
    })?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}

/// An answer found: its passage, how many of the question's groups it has (at least), the
/// place of its language in the person's chain, and its BM25 score (smaller is better).
struct Found {
    passage: Passage,
    level: usize,
    /// The first of the groups matched: of one group alone, an earlier (a concept, a rarer
    /// word) is the better answer.
    group: usize,
    language: usize,
    score: f64,
}

impl Found {
    /// How well a passage answers: more of the question, then an earlier group, then BM25.
    fn key(&self) -> (std::cmp::Reverse<usize>, usize, OrderedScore) {
        (
            std::cmp::Reverse(self.level),
            self.group,
            OrderedScore(self.score),
        )
    }

    /// Another passage of the same guide: the guide ranks as its best passage in any language,
    /// and shows its best passage in the person's earliest language that matched (a question
    /// in English may match more words of the Italian source through the glossary; the person
    /// still reads English).
    fn merge(&mut self, other: Found) {
        let level = self.level.max(other.level);
        let group = if other.key() < self.key() {
            other.group
        } else {
            self.group
        };
        let score = self.score.min(other.score);
        if (other.language, other.key()) < (self.language, self.key()) {
            self.passage = other.passage;
            self.language = other.language;
        }
        (self.level, self.group, self.score) = (level, group, score);
    }
}

/// A BM25 score that sorts (never NaN from FTS5), in one order for `<` and `cmp` alike.
struct OrderedScore(f64);

impl PartialEq for OrderedScore {
    fn eq(&self, other: &Self) -> bool {
        self.cmp(other).is_eq()
    }
}

impl Eq for OrderedScore {}

impl PartialOrd for OrderedScore {
    fn partial_cmp(&self, other: &Self) -> Option<std::cmp::Ordering> {
        Some(self.cmp(other))
    }
}

impl Ord for OrderedScore {
    fn cmp(&self, other: &Self) -> std::cmp::Ordering {
        self.0.total_cmp(&other.0)
    }
}

impl Guides {
    /// The best passages for `question`, at most `limit`, best first, one per guide, service
    /// or lesson (at most [`MAX_PER_OTHER_SOURCE`] services and as many lessons): from the
    /// guides of the person's region and the national ones, the region's services and the
    /// installed lessons, in the person's languages and in Italian.
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
        let limit = limit as usize;
        self.store.read(|conn| {
            let mut groups = question_groups(&self.store, conn, question, &chain)?;
            if groups.is_empty() || limit == 0 {
                return Ok(Vec::new());
            }
            // The concepts first, then the rarest words: a level lets the most frequent word go.
            groups.sort_by_key(|g| (!g.concept, g.docs));
            // About how many passages there are (the ids given in each language's range;
            // counting the rows would read them all).
            let passages: i64 = conn
                .prepare_cached(
                    "SELECT coalesce(sum((SELECT coalesce(max(p), l.slot << 32) FROM guide_passage
                                          WHERE p > l.slot << 32 AND p < (l.slot + 1) << 32)
                                         - (l.slot << 32)), 0)
                     FROM guide_passage_language l",
                )?
                .query_row([], |r| r.get(0))?;
            let mut ranges = Vec::new();
            for (place, language) in chain.iter().enumerate() {
                if let Some(range) = super::language_range(conn, language)? {
                    ranges.push((place, range));
                }
            }
            let chain_json =
                serde_json::to_string(&chain).map_err(|e| crate::Error::Damaged(e.to_string()))?;
            let mut best: HashMap<(AnswerSource, String), Found> = HashMap::new();
            // Every group together, then fewer and fewer of them (the most frequent let go),
            // then each alone, the concepts and the rarest first.
            // A word or concept in more than one passage in ten of a large index ("come",
            // "how", a word every guide uses) says too little to be an answer alone.
            let telling =
                |g: &Group| passages < SMALL_INDEX || g.docs.saturating_mul(10) <= passages;
            let together = (2..=groups.len()).rev().map(|level| (level, 0..level));
            let alone = (0..groups.len())
                .filter(|&i| i == 0 || telling(&groups[i]))
                .map(|i| (1, i..i + 1));
            for (level, kept) in together.chain(alone) {
                let first_group = kept.start;
                let kept = &groups[kept];
                let query = kept
                    .iter()
                    .map(|g| g.query.as_str())
                    .collect::<Vec<_>>()
                    .join(" AND ");
                // Matches expected if the words were independent.
                let expected = kept.iter().fold(passages.max(1) as f64, |n, g| {
                    n * (g.docs.min(passages) as f64 / passages.max(1) as f64)
                });
                let ranked = expected <= RANK_BUDGET as f64;
                let loose = kept
                    .iter()
                    .map(|g| g.loose.as_str())
                    .collect::<Vec<_>>()
                    .join(" AND ");
                let mut found_here: Vec<(usize, Passage, f64)> = Vec::new();
                let mut guides_here = std::collections::HashSet::new();
                for (place, range) in &ranges {
                    // Enough guides with this much of the question in the person's earlier
                    // languages: the later ones (Italian, the source) would only compete.
                    if guides_here.len() >= limit {
                        break;
                    }
                    for (passage, score) in candidates(conn, &query, *range, region, ranked)? {
                        guides_here.insert(passage.source_id.clone());
                        found_here.push((*place, passage, score));
                    }
                }
                // The services' index is the largest and keeps no counts to foresee a query's
                // cost: asked twice at most, for the whole question and for its first concept
                // or rarest word alone.
                let ask_services = kept.len() == groups.len() || (level == 1 && first_group == 0);
                let services = if ask_services {
                    service_candidates(conn, &loose, &chain_json, region, &groups)?
                } else {
                    Vec::new()
                };
                for (passage, score) in
                    services
                        .into_iter()
                        .chain(lesson_candidates(conn, &query, &chain_json)?)
                {
                    let place = chain.iter().position(|l| *l == passage.language);
                    found_here.push((place.unwrap_or(chain.len()), passage, score));
                }
                {
                    for (place, passage, score) in found_here {
                        let found = Found {
                            level: level.max(coverage(&passage.text, &groups)),
                            passage,
                            group: first_group,
                            language: place,
                            score,
                        };
                        let key = (found.passage.source, found.passage.source_id.clone());
                        match best.get_mut(&key) {
                            None => {
                                best.insert(key, found);
                            }
                            Some(kept) => kept.merge(found),
                        }
                    }
                }
                let answers = |source| best.keys().filter(|(s, _)| *s == source).count();
                let enough = answers(AnswerSource::Guide)
                    + answers(AnswerSource::Service).min(MAX_PER_OTHER_SOURCE)
                    + answers(AnswerSource::Lesson).min(MAX_PER_OTHER_SOURCE);
                if enough >= limit {
                    break;
                }
            }
            let mut found: Vec<Found> = best.into_values().collect();
            // At the same level a guide before a lesson before a service (their BM25 scores,
            // from other indexes, do not compare): a service comes first only when it has more
            // of the question.
            let order = |s: AnswerSource| match s {
                AnswerSource::Guide => 0,
                AnswerSource::Lesson => 1,
                AnswerSource::Service => 2,
            };
            found.sort_by(|a, b| {
                (std::cmp::Reverse(a.level), a.group, order(a.passage.source))
                    .cmp(&(std::cmp::Reverse(b.level), b.group, order(b.passage.source)))
                    .then(a.score.total_cmp(&b.score))
                    .then(a.language.cmp(&b.language))
                    .then(a.passage.source_id.cmp(&b.passage.source_id))
            });
            let mut services = 0;
            let mut lessons = 0;
            found.retain(|f| {
                let count = match f.passage.source {
                    AnswerSource::Guide => return true,
                    AnswerSource::Service => &mut services,
                    AnswerSource::Lesson => &mut lessons,
                };
                *count += 1;
                *count <= MAX_PER_OTHER_SOURCE
            });
            found.truncate(limit);
            Ok(found
                .into_iter()
                .map(|f| {
                    let mut p = f.passage;
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
                loose: String::new(),
                docs: 0,
                terms: vec!["permesso".into(), "rinnovare".into()],
                prefix: None,
                concept: false,
            },
            Group {
                query: String::new(),
                loose: String::new(),
                docs: 0,
                terms: Vec::new(),
                prefix: Some("sogg".into()),
                concept: false,
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
