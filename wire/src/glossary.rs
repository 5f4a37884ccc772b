//! The glossary of synonyms "Ask" uses: concepts ("residence permit") with the words people
//! type for them in each language ("permesso di soggiorno", "إقامة", "titre de séjour"), so a
//! question in one language finds a guide written in another, and an everyday word finds the
//! official one.
//!
//! It is content, synced like guides (the same cursor, pages and tombstones; national, so every
//! region's feed carries it) and brought by the first-run dump: the network grows it as the
//! questions people ask show what is missing, without an app release.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

use crate::content::{field_error, is_language_tag, is_record_id, FieldError, Problem};

/// The most terms a concept has in one language, and the longest term: a term is a few words
/// a person types, matched against every question.
pub const MAX_TERMS_PER_LANGUAGE: usize = 12;
pub const MAX_TERM_CHARS: usize = 80;

/// A concept and the terms people type for it, per language.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct GlossaryConcept {
    /// Stable id: lowercase letters, digits and `-_.:`, at most 100 characters.
    pub id: String,
    /// Language code → terms, each a few words ("permesso di soggiorno").
    pub terms: BTreeMap<String, Vec<String>>,
}

impl GlossaryConcept {
    pub fn validate(&self) -> Result<(), FieldError> {
        if !is_record_id(&self.id) {
            return Err(field_error("id", Problem::RecordIdRule));
        }
        if self.terms.values().all(Vec::is_empty) {
            return Err(field_error("terms", Problem::TermRequired));
        }
        for (language, terms) in &self.terms {
            if !is_language_tag(language) {
                return Err(field_error(
                    "terms",
                    Problem::NotALanguageCode {
                        code: language.clone(),
                    },
                ));
            }
            if terms.len() > MAX_TERMS_PER_LANGUAGE {
                return Err(field_error(
                    format!("terms.{language}"),
                    Problem::TooManyTerms {
                        max: MAX_TERMS_PER_LANGUAGE,
                    },
                ));
            }
            for term in terms {
                if term.trim().is_empty() {
                    return Err(field_error(format!("terms.{language}"), Problem::EmptyTerm));
                }
                if term.chars().count() > MAX_TERM_CHARS {
                    return Err(field_error(
                        format!("terms.{language}"),
                        Problem::TooLong {
                            max: MAX_TERM_CHARS,
                        },
                    ));
                }
            }
        }
        Ok(())
    }

    /// The concept with only the terms in `languages` (every language when none are given).
    pub fn in_languages(mut self, languages: &[String]) -> GlossaryConcept {
        if !languages.is_empty() {
            self.terms.retain(|l, _| languages.iter().any(|k| k == l));
        }
        self
    }
}

/// A glossary file as the content repository keeps it (`content/glossary.json`): the concepts,
/// with a description and whether it is demo content beside them.
#[derive(Debug, Deserialize)]
struct GlossaryFile {
    concepts: Vec<GlossaryConcept>,
}

/// Why a glossary file was refused.
#[derive(Debug, thiserror::Error)]
pub enum GlossaryFileError {
    #[error("not a glossary file: {0}")]
    Malformed(String),
    #[error("concept {index} ({id}): {error}")]
    Invalid {
        index: usize,
        id: String,
        error: FieldError,
    },
    #[error("the concept {0} is there twice")]
    Duplicate(String),
}

/// Reads and checks a glossary file: every concept valid and named once, or an error.
pub fn read_file(json: &str) -> Result<Vec<GlossaryConcept>, GlossaryFileError> {
    let file: GlossaryFile =
        serde_json::from_str(json).map_err(|e| GlossaryFileError::Malformed(e.to_string()))?;
    let mut seen = std::collections::HashSet::new();
    for (index, concept) in file.concepts.iter().enumerate() {
        concept
            .validate()
            .map_err(|error| GlossaryFileError::Invalid {
                index,
                id: concept.id.clone(),
                error,
            })?;
        if !seen.insert(concept.id.as_str()) {
            return Err(GlossaryFileError::Duplicate(concept.id.clone()));
        }
    }
    Ok(file.concepts)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn concept(json: &str) -> GlossaryConcept {
        serde_json::from_str(json).unwrap()
    }

    #[test]
    fn a_file_is_read_and_its_concepts_checked() {
        let concepts = read_file(
            r#"{"demo": true, "description": "x", "concepts": [
                {"id": "residence-permit", "terms": {"it": ["permesso di soggiorno"], "ar": ["إقامة"]}}
            ]}"#,
        )
        .unwrap();
        assert_eq!(concepts[0].terms["ar"], ["إقامة"]);
        let twice = r#"{"concepts": [{"id": "a", "terms": {"it": ["x"]}}, {"id": "a", "terms": {"it": ["y"]}}]}"#;
        assert!(matches!(read_file(twice), Err(GlossaryFileError::Duplicate(id)) if id == "a"));
        let bad = r#"{"concepts": [{"id": "a", "terms": {"it": ["x"]}}, {"id": "B", "terms": {"it": ["y"]}}]}"#;
        assert!(
            matches!(read_file(bad), Err(GlossaryFileError::Invalid { index: 1, ref error, .. }) if error.field == "id")
        );
        assert!(matches!(
            read_file("[]"),
            Err(GlossaryFileError::Malformed(_))
        ));
    }

    #[test]
    fn a_concept_needs_terms_in_real_languages_of_reasonable_length() {
        let field = |json: &str| concept(json).validate().unwrap_err().field;
        assert_eq!(field(r#"{"id": "a", "terms": {}}"#), "terms");
        assert_eq!(field(r#"{"id": "a", "terms": {"it": []}}"#), "terms");
        assert_eq!(
            field(r#"{"id": "a", "terms": {"Italian": ["x"]}}"#),
            "terms"
        );
        assert_eq!(field(r#"{"id": "a", "terms": {"it": ["  "]}}"#), "terms.it");
        let long = format!(
            r#"{{"id": "a", "terms": {{"it": ["{}"]}}}}"#,
            "a".repeat(81)
        );
        assert_eq!(field(&long), "terms.it");
        let many = format!(
            r#"{{"id": "a", "terms": {{"en": [{}]}}}}"#,
            (0..13)
                .map(|i| format!("\"t{i}\""))
                .collect::<Vec<_>>()
                .join(",")
        );
        assert_eq!(field(&many), "terms.en");
        assert!(concept(r#"{"id": "a", "terms": {"it": ["x"], "en": []}}"#)
            .validate()
            .is_ok());
    }

    #[test]
    fn a_phone_gets_the_terms_of_its_languages() {
        let c = concept(r#"{"id": "a", "terms": {"it": ["x"], "en": ["y"], "ar": ["z"]}}"#);
        let kept = c.clone().in_languages(&["ar".into(), "it".into()]);
        assert_eq!(kept.terms.keys().collect::<Vec<_>>(), ["ar", "it"]);
        assert_eq!(c.clone().in_languages(&[]), c);
    }
}
