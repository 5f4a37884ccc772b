//! Turning what a person types into an FTS5 query.

/// Every word must match, as a prefix ("caf" finds "Caffè"). Each word is quoted, so operators
/// and punctuation typed by the person are taken literally. `None` when there is no word.
pub(crate) fn prefix_query(text: &str) -> Option<String> {
    let terms: Vec<String> = text
        .split(|c: char| !c.is_alphanumeric() && !is_combining_mark(c))
        .filter(|w| !w.is_empty())
        .take(10)
        .map(|w| format!("\"{w}\"*"))
        .collect();
    (!terms.is_empty()).then(|| terms.join(" "))
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
}
