//! Turning what a person types into an FTS5 query.

/// The words of a text, split as the index splits it.
pub(crate) fn words(text: &str) -> impl Iterator<Item = &str> {
    text.split(|c: char| !c.is_alphanumeric() && !is_combining_mark(c))
        .filter(|w| !w.is_empty())
}

/// The words typed, at most ten.
pub(crate) fn query_words(text: &str) -> Vec<&str> {
    words(text).take(10).collect()
}

/// Every word must match, as a prefix ("caf" finds "Caffè"). Each word is quoted, so operators
/// and punctuation typed by the person are taken literally. `None` when there is no word.
pub(crate) fn prefix_query(text: &str) -> Option<String> {
    let terms: Vec<String> = query_words(text)
        .into_iter()
        .map(|w| format!("{}*", quoted(w)))
        .collect();
    (!terms.is_empty()).then(|| terms.join(" "))
}

/// A term as an FTS5 string: in double quotes, its own quotes doubled.
pub(crate) fn quoted(term: &str) -> String {
    format!("\"{}\"", term.replace('"', "\"\""))
}

/// A word as the index stores it: lower case, and a Latin letter with diacritics reduced to its
/// ASCII base ("Ballarò" → "ballaro"), as unicode61 with `remove_diacritics 2` does. Letters of
/// other scripts keep their marks (Cyrillic "й" stays "й"). Where this differs from SQLite's own
/// folding the word finds no term in the vocabulary and the search falls back to FTS5's prefix
/// query, which folds it exactly; a test checks both agree on every word of the shipped and
/// synthetic content.
pub(crate) fn fold_like_index(word: &str) -> String {
    if word.is_ascii() {
        return word.to_ascii_lowercase();
    }
    let nfd = icu_normalizer::DecomposingNormalizerBorrowed::new_nfd();
    let mut folded = String::with_capacity(word.len());
    let mut buf = [0u8; 4];
    for c in word.chars().flat_map(char::to_lowercase) {
        if c.is_ascii() {
            folded.push(c);
            continue;
        }
        if is_latin_diacritic(c) {
            continue;
        }
        let decomposed = nfd.normalize(c.encode_utf8(&mut buf));
        let mut parts = decomposed.chars();
        match parts.next() {
            Some(base) if base.is_ascii_alphabetic() && parts.all(is_latin_diacritic) => {
                folded.push(base)
            }
            _ => folded.push(c),
        }
    }
    folded
}

/// The combining diacritics unicode61 drops (`sqlite3Fts5UnicodeIsdiacritic`).
fn is_latin_diacritic(c: char) -> bool {
    const LOW: u32 = 0x08029FDF;
    const HIGH: u32 = 0x000361F8;
    match c as u32 {
        n @ 768..=799 => LOW & (1 << (n - 768)) != 0,
        n @ 800..=817 => HIGH & (1 << (n - 800)) != 0,
        _ => false,
    }
}

/// Vowel signs and other combining marks belong to their word (Bengali, Tigrinya, Arabic
/// harakat), though `char::is_alphanumeric` says otherwise for some of them.
fn is_combining_mark(c: char) -> bool {
    matches!(c as u32, 0x0300..=0x036F | 0x0610..=0x061A | 0x064B..=0x065F | 0x0670 | 0x06D6..=0x06ED | 0x0981..=0x0983 | 0x09BC..=0x09D7 | 0x135D..=0x135F)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn words_become_quoted_prefixes() {
        assert_eq!(
            prefix_query("Caffè  Terzi!").unwrap(),
            "\"Caffè\"* \"Terzi\"*"
        );
        assert_eq!(prefix_query("\"OR* -("), Some("\"OR\"*".into()));
        assert_eq!(prefix_query(" ,; "), None);
        assert_eq!(prefix_query("স্বাস্থ্য").unwrap(), "\"স্বাস্থ্য\"*");
    }

    #[test]
    fn folding_lowers_case_and_latin_diacritics_only() {
        assert_eq!(fold_like_index("Ballarò"), "ballaro");
        assert_eq!(fold_like_index("ÇA"), "ca");
        assert_eq!(fold_like_index("Ballaro\u{300}"), "ballaro");
        assert_eq!(fold_like_index("Київ"), "київ");
        assert_eq!(fold_like_index("й"), "й");
        assert_eq!(fold_like_index("مَدرسة"), "مَدرسة");
        assert_eq!(fold_like_index("স্বাস্থ্য"), "স্বাস্থ্য");
        assert_eq!(quoted("a\"b"), "\"a\"\"b\"");
    }
}
