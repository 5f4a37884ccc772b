//! The glossary of synonyms "Ask" uses: concepts ("residence permit") with the words people
//! type for them in each language ("permesso di soggiorno", "إقامة", "titre de séjour"), so a
//! question in one language finds a guide written in another, and an everyday word finds the
//! official one.
//!
//! It ships in the library (`content/glossary.json`, deflated by `build.rs`): it is language
//! data that changes with the content's releases, not with a region's pages. A term is matched
//! as a sequence of whole words, folded as the index folds them, the longest first.

use std::collections::HashMap;
use std::sync::OnceLock;

use serde::Deserialize;

#[derive(Deserialize)]
struct File {
    concepts: Vec<ConceptEntry>,
}

#[derive(Deserialize)]
struct ConceptEntry {
    id: String,
    terms: HashMap<String, Vec<String>>,
}

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
    pub fn from_json(json: &str) -> Result<Glossary, String> {
        let file: File = serde_json::from_str(json).map_err(|e| e.to_string())?;
        let mut glossary = Glossary::default();
        for entry in file.concepts {
            let index = glossary.concepts.len();
            let mut terms: HashMap<String, Vec<Vec<String>>> = HashMap::new();
            for (language, written) in entry.terms {
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
            glossary.concepts.push(Concept {
                id: entry.id,
                terms,
            });
        }
        for candidates in glossary.by_first_word.values_mut() {
            candidates.sort_by(|a, b| b.0.len().cmp(&a.0.len()).then(a.1.cmp(&b.1)));
            candidates.dedup();
        }
        Ok(glossary)
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

/// The shipped glossary, read once.
pub(crate) fn shipped() -> &'static Glossary {
    static GLOSSARY: OnceLock<Glossary> = OnceLock::new();
    GLOSSARY.get_or_init(|| {
        let packed = include_bytes!(concat!(env!("OUT_DIR"), "/glossary.json.deflate"));
        let json = miniz_oxide::inflate::decompress_to_vec(packed)
            .ok()
            .and_then(|bytes| String::from_utf8(bytes).ok())
            .unwrap_or_default();
        // The file is checked by wire's shipped-content test; a damaged one only loses synonyms.
        Glossary::from_json(&json).unwrap_or_default()
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn folded(text: &str) -> Vec<String> {
        term_words(text)
    }

    #[test]
    fn the_longest_term_is_found_in_any_language_and_script() {
        let glossary = Glossary::from_json(
            r#"{"concepts": [
                {"id": "residence-permit", "terms": {"it": ["permesso di soggiorno", "permesso"],
                    "en": ["residence permit"], "ar": ["تصريح الإقامة", "إقامة"]}},
                {"id": "renewal", "terms": {"it": ["rinnovo"], "en": ["renew", "renewal"]}}
            ]}"#,
        )
        .unwrap();
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
    fn the_shipped_glossary_is_read() {
        let glossary = shipped();
        assert!(!glossary.concepts.is_empty());
        assert!(glossary
            .named(&folded("codice fiscale"))
            .first()
            .is_some_and(|n| n.len == 2));
    }
}
