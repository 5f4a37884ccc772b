//! The glossary of synonyms "Ask" uses: concepts ("residence permit") with the words people
//! type for them in each language ("permesso di soggiorno", "إقامة", "titre de séjour"), so a
//! question in one language finds a guide written in another, and an everyday word finds the
//! official one.
//!
//! It is content, synced like guides and brought by the first-run dump
//! (`ponte_wire::glossary`), so the network grows it without an app release; the phone keeps
//! the concepts in its database and reads them here once per version of its content. A term
//! is matched as a sequence of whole words, folded as the index folds them, the longest first.

use std::collections::{BTreeMap, HashMap};
use std::sync::Arc;

use ponte_wire::glossary::GlossaryConcept;
use rusqlite::Connection;

use crate::error::Result;
use crate::store::{ContentCache, Store};

/// A concept and its terms per language, each term as the index's words.
#[derive(Debug)]
pub(crate) struct Concept {
    /// Named in a concept's debug output and in tests.
    #[cfg_attr(not(test), allow(dead_code))]
    pub id: String,
    terms: HashMap<String, Vec<Vec<String>>>,
}

impl Concept {
    /// The concept's terms in `languages`, each as its words.
    pub fn terms_in<'a>(&'a self, languages: &'a [String]) -> impl Iterator<Item = &'a [String]> {
        languages
            .iter()
            .filter_map(|l| self.terms.get(l))
            .flatten()
            .map(Vec::as_slice)
    }
}

/// Where a concept was named in a question: words `start..start + len`.
#[derive(Debug, PartialEq, Eq)]
pub(crate) struct Named {
    pub start: usize,
    pub len: usize,
    pub concept: usize,
}

#[derive(Debug, Default)]
pub(crate) struct Glossary {
    concepts: Vec<Concept>,
    /// A term's first word → (the term's words, its concept), longest terms first.
    by_first_word: HashMap<String, Vec<(Vec<String>, usize)>>,
}

/// An Arabic word without its article or a conjunction or preposition joined to it ("الإقامة",
/// "والإقامة", "بالإقامة" → "إقامة"): written that way in a question, a glossary term is
/// found either way.
fn without_article(word: &str) -> Option<&str> {
    ["وال", "بال", "فال", "كال", "ال", "لل"]
        .iter()
        .find_map(|prefix| word.strip_prefix(prefix))
        .filter(|bare| bare.chars().count() >= 2)
}

fn term_words(term: &str) -> Vec<String> {
    crate::fts::words(term)
        .map(crate::fts::fold_like_index)
        .collect()
}

impl Glossary {
    /// The glossary of concepts, each with its terms per language.
    pub fn from_concepts(
        concepts: impl IntoIterator<Item = (String, BTreeMap<String, Vec<String>>)>,
    ) -> Glossary {
        let mut glossary = Glossary::default();
        for (id, by_language) in concepts {
            let index = glossary.concepts.len();
            let mut terms: HashMap<String, Vec<Vec<String>>> = HashMap::new();
            for (language, written) in by_language {
                for term in written {
                    let words = term_words(&term);
                    if words.is_empty() {
                        continue;
                    }
                    glossary
                        .by_first_word
                        .entry(words[0].clone())
                        .or_default()
                        .push((words.clone(), index));
                    terms.entry(language.clone()).or_default().push(words);
                }
            }
            glossary.concepts.push(Concept { id, terms });
        }
        for candidates in glossary.by_first_word.values_mut() {
            candidates.sort_by(|a, b| b.0.len().cmp(&a.0.len()).then(a.1.cmp(&b.1)));
            candidates.dedup();
        }
        glossary
    }

    pub fn concept(&self, index: usize) -> &Concept {
        &self.concepts[index]
    }

    /// The concepts named in `words` (folded as the index folds them), left to right, the
    /// longest term at each place; a word belongs to one concept at most.
    pub fn named(&self, words: &[String]) -> Vec<Named> {
        let mut found = Vec::new();
        let mut at = 0;
        while at < words.len() {
            let rest = &words[at..];
            let hit = [Some(words[at].as_str()), without_article(&words[at])]
                .into_iter()
                .flatten()
                .filter_map(|first| self.by_first_word.get(first))
                .flatten()
                .filter(|(term, _)| {
                    term.len() <= rest.len()
                        && term.iter().zip(rest).all(|(t, w)| {
                            t == w || without_article(w).is_some_and(|bare| bare == t)
                        })
                })
                .max_by_key(|(term, concept)| (term.len(), std::cmp::Reverse(*concept)));
            match hit {
                Some((term, concept)) => {
                    found.push(Named {
                        start: at,
                        len: term.len(),
                        concept: *concept,
                    });
                    at += term.len();
                }
                None => at += 1,
            }
        }
        found
    }
}

static GLOSSARY: ContentCache<Glossary> = ContentCache::new();

/// The glossary the phone holds, read once per version of its content.
pub(crate) fn of(store: &Store, conn: &Connection) -> Result<Arc<Glossary>> {
    GLOSSARY.get(store, || {
        let mut stmt = conn.prepare_cached("SELECT id, terms FROM glossary_concept ORDER BY id")?;
        let rows = stmt
            .query_map([], |r| Ok((r.get::<_, String>(0)?, r.get::<_, String>(1)?)))?
            .collect::<rusqlite::Result<Vec<_>>>()?;
        // Each row was checked when it was stored; one that no longer reads only loses its
        // synonyms.
        Ok(Glossary::from_concepts(rows.into_iter().filter_map(
            |(id, terms)| serde_json::from_str(&terms).ok().map(|terms| (id, terms)),
        )))
    })
}

/// Stores a concept (validated by the caller) inside the content's transaction.
pub(crate) fn apply_upsert(
    tx: &rusqlite::Transaction<'_>,
    concept: &GlossaryConcept,
) -> Result<()> {
    let terms = serde_json::to_string(&concept.terms).expect("terms serialize");
    tx.prepare_cached(
        "INSERT INTO glossary_concept (id, terms) VALUES (?1, ?2)
         ON CONFLICT (id) DO UPDATE SET terms = ?2",
    )?
    .execute(rusqlite::params![concept.id, terms])?;
    Ok(())
}

pub(crate) fn apply_delete(tx: &rusqlite::Transaction<'_>, id: &str) -> Result<()> {
    tx.prepare_cached("DELETE FROM glossary_concept WHERE id = ?1")?
        .execute([id])?;
    Ok(())
}

/// The demo glossary of the content repository, for tests that ask as a phone with content does.
#[cfg(test)]
pub(crate) fn demo_concepts() -> Vec<GlossaryConcept> {
    let json = std::fs::read_to_string(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/../content/glossary.json"
    ))
    .expect("content/glossary.json");
    ponte_wire::glossary::read_file(&json).expect("the demo glossary is valid")
}

/// [`demo_concepts`] as the content's changes bring them.
#[cfg(test)]
pub(crate) fn demo_changes() -> Vec<ponte_wire::ContentChange> {
    demo_concepts()
        .into_iter()
        .map(|concept| ponte_wire::ContentChange::UpsertConcept { concept })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn folded(text: &str) -> Vec<String> {
        term_words(text)
    }

    fn from_file(json: &str) -> Glossary {
        Glossary::from_concepts(
            ponte_wire::glossary::read_file(json)
                .unwrap()
                .into_iter()
                .map(|c| (c.id, c.terms)),
        )
    }

    #[test]
    fn the_longest_term_is_found_in_any_language_and_script() {
        let glossary = from_file(
            r#"{"concepts": [
                {"id": "residence-permit", "terms": {"it": ["permesso di soggiorno", "permesso"],
                    "en": ["residence permit"], "ar": ["تصريح الإقامة", "إقامة"]}},
                {"id": "renewal", "terms": {"it": ["rinnovo"], "en": ["renew", "renewal"]}}
            ]}"#,
        );
        let named = glossary.named(&folded("Come rinnovo il Permesso di Soggiorno?"));
        assert_eq!(
            named,
            [
                Named {
                    start: 1,
                    len: 1,
                    concept: 1
                },
                Named {
                    start: 3,
                    len: 3,
                    concept: 0
                }
            ]
        );
        let concept = glossary.concept(0);
        assert_eq!(concept.id, "residence-permit");
        let english_only = ["en".to_string()];
        let english: Vec<&[String]> = concept.terms_in(&english_only).collect();
        assert_eq!(english, [folded("residence permit").as_slice()]);
        assert_eq!(
            glossary.named(&folded("كيف أجدد تصريح الإقامة")),
            [Named {
                start: 2,
                len: 2,
                concept: 0
            }]
        );
        // "permit" alone is not a term of the concept: nothing is guessed.
        assert!(glossary.named(&folded("a permit")).is_empty());
    }

    #[test]
    fn the_glossary_comes_with_the_content_and_follows_its_changes() {
        let (_dir, store) = crate::store::tests::temp_store();
        let store = Arc::new(store);
        let services = crate::services::Services::new(store.clone());
        let named = |text: &str| {
            store
                .read(|conn| Ok(of(&store, conn)?.named(&folded(text)).len()))
                .unwrap()
        };
        assert_eq!(named("codice fiscale"), 0, "no content, no glossary");
        services.apply_changes(&demo_changes()).unwrap();
        assert_eq!(named("codice fiscale"), 1);
        // A synonym the network added reaches Ask with the next page of changes.
        assert_eq!(named("tesserino"), 0);
        let grown: GlossaryConcept = serde_json::from_str(
            r#"{"id": "tax-code", "terms": {"it": ["codice fiscale", "tesserino"]}}"#,
        )
        .unwrap();
        services
            .apply_changes(&[ponte_wire::ContentChange::UpsertConcept { concept: grown }])
            .unwrap();
        assert_eq!(named("tesserino"), 1);
        // A concept with a bad term changes nothing of the batch.
        let bad: GlossaryConcept =
            serde_json::from_str(r#"{"id": "x", "terms": {"it": ["  "]}}"#).unwrap();
        let refused = services.apply_changes(&[
            ponte_wire::ContentChange::DeleteConcept {
                id: "tax-code".into(),
            },
            ponte_wire::ContentChange::UpsertConcept { concept: bad },
        ]);
        assert!(
            matches!(refused, Err(crate::Error::Content { ref field, .. }) if field == "changes[1].terms.it"),
            "{refused:?}"
        );
        assert_eq!(named("tesserino"), 1);
        services
            .apply_changes(&[ponte_wire::ContentChange::DeleteConcept {
                id: "tax-code".into(),
            }])
            .unwrap();
        assert_eq!(named("tesserino"), 0);
    }
}
