//! Operators' files as they really come (issue 18): spreadsheets saved as CSV with Italian
//! headers, `;` separators and Windows-1252 text, lists from open-data portals, exports from
//! OpenStreetMap.
//!
//! The steps, each a pure function the import flow calls in turn:
//! - [`sniff`]: the file's encoding and separator guessed (the caller may override either), its
//!   text decoded and split into a header and rows;
//! - [`mapping`]: each source column guessed to a Ponte field from its header, a mapping the
//!   operator corrects and saves per source, applied to a row to give the named fields of
//!   `ponte_wire::import`'s CSV layout;
//! - [`clean`]: phone numbers, web addresses, e-mails and addresses cleaned, each change or doubt
//!   reported as a typed [`clean::Warning`] (never a silent guess);
//! - [`hours`]: opening hours kept in OpenStreetMap syntax, common Italian free text converted,
//!   anything else kept as a note for the person.
//!
//! Operator-only code: it lives in the coordinator so that it does not grow the phone's library.

pub mod clean;
pub mod hours;
pub mod mapping;
pub mod sniff;

/// Lowercase with the accents of Latin letters taken off, so that "Lunedì", "lunedi'" and
/// "LUNEDI" compare equal: header names and free text are typed every way.
pub(crate) fn fold(text: &str) -> String {
    let mut folded = String::with_capacity(text.len());
    for c in text.chars().flat_map(char::to_lowercase) {
        folded.push(match c {
            'à' | 'á' | 'â' | 'ä' | 'ã' | 'å' => 'a',
            'è' | 'é' | 'ê' | 'ë' => 'e',
            'ì' | 'í' | 'î' | 'ï' => 'i',
            'ò' | 'ó' | 'ô' | 'ö' | 'õ' => 'o',
            'ù' | 'ú' | 'û' | 'ü' => 'u',
            'ç' => 'c',
            'ñ' => 'n',
            // The apostrophe typed for an accent ("lunedi'") and the typographic one.
            '\u{2019}' => '\'',
            c => c,
        });
    }
    folded
}
