//! Typing mistakes forgiven: the words of a full-text index within one or two edits of a word a
//! person typed ("permeso" → "permesso", "avvocatto" → "avvocato", "mensaa" → "mensa").
//!
//! The index's words are kept as a finite-state set (`fst`), searched with a Levenshtein
//! automaton (`levenshtein_automata`, the pair tantivy uses): the walk visits only the words
//! the automaton can still accept, so a lookup costs microseconds however large the
//! vocabulary. A swap of two neighbouring letters counts as one edit.

use std::sync::OnceLock;

use fst::{IntoStreamer, Streamer};
use levenshtein_automata::{Distance, LevenshteinAutomatonBuilder};

/// How many edits a typed word may be away from a word of the index: none for short words
/// (three letters are a different word after one edit: "via", "vie", "vita"), one up to seven
/// letters, two from eight (as MiniSearch's `fuzzy: 0.2` allows, rounded down).
pub(crate) fn allowed_edits(word: &str) -> u8 {
    match word.chars().count() {
        0..=3 => 0,
        4..=7 => 1,
        _ => 2,
    }
}

fn builder(edits: u8) -> &'static LevenshteinAutomatonBuilder {
    static ONE: OnceLock<LevenshteinAutomatonBuilder> = OnceLock::new();
    static TWO: OnceLock<LevenshteinAutomatonBuilder> = OnceLock::new();
    match edits {
        1 => ONE.get_or_init(|| LevenshteinAutomatonBuilder::new(1, true)),
        _ => TWO.get_or_init(|| LevenshteinAutomatonBuilder::new(2, true)),
    }
}

/// A vocabulary kept in memory for one store and one version of its content: made again only
/// after the content changed (it costs a walk of the index's words).
pub(crate) struct VocabularyCache {
    kept: crate::store::ContentCache<Vocabulary>,
}

impl VocabularyCache {
    pub(crate) const fn new() -> VocabularyCache {
        VocabularyCache {
            kept: crate::store::ContentCache::new(),
        }
    }

    /// The vocabulary of `store`'s current content, read with `words_sql` (one column of
    /// words in byte order) when it is not kept yet.
    pub(crate) fn get(
        &self,
        store: &crate::store::Store,
        conn: &rusqlite::Connection,
        words_sql: &str,
    ) -> crate::error::Result<std::sync::Arc<Vocabulary>> {
        self.kept.get(store, || {
            // The words in order, with how many rows have each when the query says (a second
            // column), else 0.
            let mut stmt = conn.prepare_cached(words_sql)?;
            let counted = stmt.column_count() > 1;
            let words = stmt
                .query_map([], |r| {
                    Ok((
                        r.get::<_, String>(0)?,
                        if counted {
                            r.get::<_, i64>(1)?.max(0) as u64
                        } else {
                            0
                        },
                    ))
                })?
                .collect::<rusqlite::Result<Vec<_>>>()?;
            Ok(Vocabulary::from_sorted_counts(words))
        })
    }
}

/// The words of an index, sorted, as a finite-state set.
pub(crate) struct Vocabulary {
    /// Each word, with how many rows of the index have it (0 when not counted).
    words: fst::Map<Vec<u8>>,
}

impl Vocabulary {
    /// From words in byte order (as SQLite sorts text); out-of-order ones are skipped.
    #[cfg(test)]
    pub(crate) fn from_sorted(words: impl IntoIterator<Item = String>) -> Vocabulary {
        Vocabulary::from_sorted_counts(words.into_iter().map(|w| (w, 0)))
    }

    /// From words in byte order, each with how many rows have it.
    pub(crate) fn from_sorted_counts(words: impl IntoIterator<Item = (String, u64)>) -> Vocabulary {
        let mut builder = fst::MapBuilder::memory();
        for (word, count) in words {
            let _ = builder.insert(word.as_bytes(), count);
        }
        Vocabulary {
            words: builder.into_map(),
        }
    }

    /// How many rows have `word` (0 when none, or not counted).
    pub(crate) fn count(&self, word: &str) -> u64 {
        self.words.get(word.as_bytes()).unwrap_or(0)
    }

    /// The words that begin with `prefix`, in order, with their counts; at most `limit`.
    pub(crate) fn beginning(&self, prefix: &str, limit: usize) -> Vec<(String, u64)> {
        use fst::Automaton;
        let mut stream = self
            .words
            .search(fst::automaton::Str::new(prefix).starts_with())
            .into_stream();
        let mut found = Vec::new();
        while let Some((bytes, count)) = stream.next() {
            if found.len() == limit {
                break;
            }
            if let Ok(word) = std::str::from_utf8(bytes) {
                found.push((word.to_owned(), count));
            }
        }
        found
    }

    #[cfg(test)]
    pub(crate) fn len(&self) -> usize {
        self.words.len()
    }

    /// The words within [`allowed_edits`] of `word` (already folded as the index folds), the
    /// closest first, then the nearest in length, then in order; at most `limit`. Empty for a
    /// word too short to correct.
    pub(crate) fn near(&self, word: &str, limit: usize) -> Vec<String> {
        let edits = allowed_edits(word);
        if edits == 0 || limit == 0 {
            return Vec::new();
        }
        let dfa = builder(edits).build_dfa(word);
        let mut stream = self.words.search_with_state(&dfa).into_stream();
        let mut found: Vec<(u8, usize, String)> = Vec::new();
        let length = word.chars().count();
        while let Some((bytes, _, state)) = stream.next() {
            let Distance::Exact(distance) = dfa.distance(state) else {
                continue;
            };
            let Ok(text) = std::str::from_utf8(bytes) else {
                continue;
            };
            found.push((
                distance,
                text.chars().count().abs_diff(length),
                text.to_owned(),
            ));
        }
        found.sort();
        found.truncate(limit);
        found.into_iter().map(|(_, _, word)| word).collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn vocabulary(words: &[&str]) -> Vocabulary {
        let mut sorted: Vec<String> = words.iter().map(|w| w.to_string()).collect();
        sorted.sort();
        Vocabulary::from_sorted(sorted)
    }

    #[test]
    fn a_word_one_or_two_edits_away_is_found() {
        let v = vocabulary(&[
            "avvocato",
            "mensa",
            "mense",
            "permesso",
            "permessi",
            "soggiorno",
            "lavoro",
            "via",
        ]);
        assert_eq!(
            v.near("permeso", 5),
            ["permesso"],
            "permessi is two edits away"
        );
        assert_eq!(v.near("avvocatto", 5), ["avvocato"]);
        assert_eq!(v.near("mensaa", 5), ["mensa"]);
        // A swap of two letters is one edit.
        assert_eq!(
            v.near("lbvorx", 5),
            Vec::<String>::new(),
            "two edits for six letters"
        );
        assert_eq!(v.near("lvaoro", 5), ["lavoro"]);
        // Two edits from eight letters.
        assert_eq!(v.near("sogiorrno", 5), ["soggiorno"]);
        // Too short to correct.
        assert!(v.near("vie", 5).is_empty());
        assert!(v.near("xyzxyz", 5).is_empty());
    }

    #[test]
    fn the_closest_words_come_first_and_no_more_than_asked() {
        let v = vocabulary(&["casa", "cosa", "cassa", "causa", "caso"]);
        assert_eq!(v.near("casa", 10)[0], "casa", "the word itself, no edit");
        assert_eq!(v.near("casa", 2).len(), 2);
    }

    #[test]
    fn words_of_other_scripts_are_corrected_by_letters_not_bytes() {
        let v = vocabulary(&["إقامة", "مدرسة", "робота", "স্বাস্থ্য"]);
        // One Arabic letter left out, one Cyrillic letter changed: one edit each.
        assert_eq!(v.near("مدرس", 5), ["مدرسة"]);
        assert_eq!(v.near("робата", 5), ["робота"]);
    }

    #[test]
    fn words_out_of_order_are_left_out() {
        let v = Vocabulary::from_sorted(["b".to_string(), "a".to_string(), "c".to_string()]);
        assert_eq!(v.len(), 2);
    }
}
