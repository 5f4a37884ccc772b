//! Cleaning the values of an operator's file: phone numbers, web addresses, e-mails and
//! addresses. Every function returns the cleaned value and the [`Warning`]s the operator sees
//! in the preview: a value is changed only where the pattern is clear, and every change or
//! doubt is reported, never guessed silently. A value that cannot be read is left out of the
//! result and carried whole by its warning, so the operator sees what to fix.

use serde::Serialize;

/// Something the operator should look at in one value: a change made, or a doubt left.
/// Each variant has a stable catalogue key ([`Warning::key`]) and named arguments
/// ([`Warning::args`]) for the message's text.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum Warning {
    /// A number without its leading 0, as a spreadsheet keeps a landline number it took for a
    /// number (Rome's 06… becomes 6…): the 0 put back.
    PhoneLostZero { original: String, result: String },
    /// A spreadsheet wrote the number as a decimal ("51234567.0") or in scientific notation
    /// ("3.331234567E9"): read back whole.
    PhoneFromNumberCell { original: String, result: String },
    /// Scientific notation with fewer digits than the number ("3.3312345E9"): the last digits
    /// are lost and the number is left out.
    PhoneDigitsLost { original: String },
    /// Not a phone number that can be read; left out.
    PhoneUnreadable { original: String },
    /// A fax number, which a person cannot call; left out.
    PhoneFaxLeftOut { original: String },
    /// A web address without `http://` or `https://`: `https://` added.
    UrlSchemeAdded { original: String, result: String },
    /// An e-mail address in the web column; left out of the web address.
    UrlIsEmail { original: String },
    /// Not a web address; left out.
    UrlInvalid { original: String },
    /// Not an e-mail address; left out.
    EmailInvalid { original: String },
    /// An e-mail address written "nome[at]dominio.it" against spam: the `@` put back.
    EmailAtRestored { original: String, result: String },
    /// The address held a phone number, a district, a postcode or a city, split out of it.
    AddressSplit { original: String, street: String },
    /// The address seems to hold a phone number or a district, but not in a clear pattern:
    /// left whole.
    AddressUnclear { original: String },
    /// Opening hours written in words, converted to the OpenStreetMap syntax shown.
    HoursConverted { original: String, result: String },
    /// Opening hours that could not be converted: kept as a note shown to the person as it is.
    HoursKeptAsNote { original: String },
    /// A category written in words ("Consultorio familiare"), read as the category codes shown.
    CategoryTranslated { original: String, result: String },
    /// A category in words that names none Ponte knows: left out.
    CategoryUnknown { original: String },
    /// No coordinates, and none found by a geocoder: imported without a map position (found by
    /// search and in lists, not on the map), to be given one by the operator.
    NoPosition,
    /// Two columns give the same one-valued field: the first non-empty kept, this one not.
    ValueNotUsed {
        column: String,
        field: String,
        value: String,
    },
}

impl Warning {
    /// The key of the warning's message in the dashboard's catalogue.
    pub fn key(&self) -> &'static str {
        match self {
            Warning::PhoneLostZero { .. } => "intake-phone-lost-zero",
            Warning::PhoneFromNumberCell { .. } => "intake-phone-from-number-cell",
            Warning::PhoneDigitsLost { .. } => "intake-phone-digits-lost",
            Warning::PhoneUnreadable { .. } => "intake-phone-unreadable",
            Warning::PhoneFaxLeftOut { .. } => "intake-phone-fax-left-out",
            Warning::UrlSchemeAdded { .. } => "intake-url-scheme-added",
            Warning::UrlIsEmail { .. } => "intake-url-is-email",
            Warning::UrlInvalid { .. } => "intake-url-invalid",
            Warning::EmailInvalid { .. } => "intake-email-invalid",
            Warning::EmailAtRestored { .. } => "intake-email-at-restored",
            Warning::AddressSplit { .. } => "intake-address-split",
            Warning::AddressUnclear { .. } => "intake-address-unclear",
            Warning::HoursConverted { .. } => "intake-hours-converted",
            Warning::HoursKeptAsNote { .. } => "intake-hours-kept-as-note",
            Warning::CategoryTranslated { .. } => "intake-category-translated",
            Warning::CategoryUnknown { .. } => "intake-category-unknown",
            Warning::NoPosition => "intake-no-position",
            Warning::ValueNotUsed { .. } => "intake-value-not-used",
        }
    }

    /// The message's arguments, by the names the catalogue uses.
    pub fn args(&self) -> Vec<(&'static str, &str)> {
        match self {
            Warning::PhoneLostZero { original, result }
            | Warning::PhoneFromNumberCell { original, result }
            | Warning::UrlSchemeAdded { original, result }
            | Warning::EmailAtRestored { original, result }
            | Warning::HoursConverted { original, result }
            | Warning::CategoryTranslated { original, result } => {
                vec![("original", original), ("result", result)]
            }
            Warning::PhoneDigitsLost { original }
            | Warning::PhoneUnreadable { original }
            | Warning::PhoneFaxLeftOut { original }
            | Warning::UrlIsEmail { original }
            | Warning::UrlInvalid { original }
            | Warning::EmailInvalid { original }
            | Warning::AddressUnclear { original }
            | Warning::HoursKeptAsNote { original }
            | Warning::CategoryUnknown { original } => vec![("original", original)],
            Warning::AddressSplit { original, street } => {
                vec![("original", original), ("street", street)]
            }
            Warning::NoPosition => Vec::new(),
            Warning::ValueNotUsed {
                column,
                field,
                value,
            } => vec![("column", column), ("field", field), ("value", value)],
        }
    }
}

/// A cleaned value and what the operator should know about it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Cleaned<T> {
    pub value: T,
    pub warnings: Vec<Warning>,
}

// ---------------------------------------------------------------------------------------------
// Phone numbers

/// Cleans a cell holding one or more phone numbers ("051 123456 / 333 1234567",
/// "tel. 06 1234567; cell. 333 1234567"): Italian numbers in E.164 (`+39…`), other countries'
/// numbers given with `+` or `00` in E.164 too, short numbers (112, 1522) and non-geographic
/// ones (800…, 803…, 84x…, 89x…) as their digits, since they are not dialled from abroad.
pub fn clean_phones(cell: &str) -> Cleaned<Vec<String>> {
    let mut cleaned = Cleaned {
        value: Vec::new(),
        warnings: Vec::new(),
    };
    let cell = cell.trim();
    if cell.is_empty() {
        return cleaned;
    }
    // A cell a spreadsheet wrote as a number is one number, even with a decimal comma.
    let parts = if spreadsheet_number(cell).is_some() {
        vec![cell.to_owned()]
    } else {
        split_numbers(cell)
    };
    for part in parts {
        match phone(&part) {
            Ok(Some((number, warnings))) => {
                cleaned.value.push(number);
                cleaned.warnings.extend(warnings);
            }
            Ok(None) => {}
            Err(warning) => cleaned.warnings.push(warning),
        }
    }
    cleaned
}

/// The labels a number is written after, longest first so that "telefono" is not read as
/// "tel" followed by "efono".
const PHONE_LABELS: &[&str] = &[
    "numero verde",
    "n. verde",
    "centralino",
    "cellulare",
    "telefono",
    "mobile",
    "cell.",
    "cell",
    "tel.",
    "tel",
];

/// Splits a cell at the separators between numbers: line breaks, `;`, `,`, " e ", " o ",
/// " oppure " always; `/` and " - " only where each side is a whole number by itself, since
/// "051/123456" and "051 - 123456" are one number.
fn split_numbers(cell: &str) -> Vec<String> {
    let mut parts = Vec::new();
    // A fax written after a number ("051 123456 fax 051 654321") starts a part of its own.
    let mut cell = cell.to_owned();
    let mut from = 0;
    while let Some(at) = cell[from..].to_ascii_lowercase().find("fax") {
        cell.insert(from + at, ';');
        from += at + 4;
    }
    let hard = cell
        .replace(" oppure ", ";")
        .replace(" e ", ";")
        .replace(" o ", ";")
        .replace([',', '\n'], ";");
    for part in hard.split(';').map(str::trim).filter(|p| !p.is_empty()) {
        let soft: Vec<&str> = part
            .split(" - ")
            .flat_map(|p| p.split('/'))
            .map(str::trim)
            .collect();
        let each_whole = soft.len() > 1
            && soft
                .iter()
                .all(|p| p.chars().filter(char::is_ascii_digit).count() >= 6 && phone(p).is_ok());
        if each_whole {
            parts.extend(soft.into_iter().map(str::to_owned));
        } else {
            parts.push(part.to_owned());
        }
    }
    parts
}

/// The digits of a number a spreadsheet wrote as a number: `Ok` when whole, `Err` when the
/// scientific notation dropped some.
fn spreadsheet_number(text: &str) -> Option<Result<String, ()>> {
    let text = text.trim();
    // "51234567.0", "51234567,00"
    if let Some((whole, decimals)) = text.split_once(['.', ',']) {
        if !whole.is_empty()
            && whole.bytes().all(|b| b.is_ascii_digit())
            && !decimals.is_empty()
            && decimals.bytes().all(|b| b == b'0')
        {
            return Some(Ok(whole.to_owned()));
        }
    }
    // "3.331234567E9", "3,3312345E+09"
    let (mantissa, exponent) = text.split_once(['e', 'E'])?;
    let exponent: usize = exponent
        .strip_prefix('+')
        .unwrap_or(exponent)
        .parse()
        .ok()?;
    let (first, fraction) = mantissa.split_once(['.', ',']).unwrap_or((mantissa, ""));
    if first.len() != 1
        || !first.bytes().all(|b| b.is_ascii_digit())
        || !fraction.bytes().all(|b| b.is_ascii_digit())
        || fraction.len() > exponent
    {
        return None;
    }
    if fraction.len() < exponent {
        return Some(Err(()));
    }
    Some(Ok(format!("{first}{fraction}")))
}

/// Reads one number: `Ok(None)` for a fax, left out; `Err` with the reason it is left out.
fn phone(text: &str) -> Result<Option<(String, Vec<Warning>)>, Warning> {
    let original = text.trim().to_owned();
    let unreadable = || Warning::PhoneUnreadable {
        original: original.clone(),
    };
    // ASCII lowercase keeps byte positions, so a label's length cuts the original too.
    let folded = original.to_ascii_lowercase();
    if folded.starts_with("fax") {
        return Err(Warning::PhoneFaxLeftOut {
            original: original.clone(),
        });
    }
    let mut rest = original.as_str();
    if let Some(label) = PHONE_LABELS.iter().find(|l| folded.starts_with(*l)) {
        rest = rest[label.len()..].trim_start_matches([':', ' ', '.']);
    }
    let mut warnings = Vec::new();
    let digits_of_cell = match spreadsheet_number(rest) {
        Some(Ok(digits)) => Some(digits),
        Some(Err(())) => return Err(Warning::PhoneDigitsLost { original }),
        None => None,
    };
    let (plus, digits) = match &digits_of_cell {
        Some(digits) => (false, digits.clone()),
        None => {
            let plus = rest.starts_with('+');
            let body = rest.strip_prefix('+').unwrap_or(rest);
            if !body
                .chars()
                .all(|c| c.is_ascii_digit() || " .-/()".contains(c))
            {
                return Err(unreadable());
            }
            (plus, body.chars().filter(char::is_ascii_digit).collect())
        }
    };
    let national = if plus || digits.starts_with("00") {
        let international = if plus { &digits[..] } else { &digits[2..] };
        match international.strip_prefix("39") {
            Some(national) => national.to_owned(),
            // Another country's number: its own rules, kept in E.164 when its length can be.
            None if (8..=15).contains(&international.len()) => {
                return Ok(Some((format!("+{international}"), warnings)));
            }
            None => return Err(unreadable()),
        }
    } else if digits.starts_with("39")
        && (11..=12).contains(&digits.len())
        && digits[2..].starts_with(['0', '3'])
    {
        // No Italian number is that long: the country code without its `+`.
        digits[2..].to_owned()
    } else {
        digits
    };
    let result = match national.as_bytes() {
        [b'0', ..] if (6..=11).contains(&national.len()) => format!("+39{national}"),
        [b'3', ..] if (9..=10).contains(&national.len()) => format!("+39{national}"),
        [b'8', b'0' | b'4' | b'9', ..] if (6..=10).contains(&national.len()) => national,
        [b'1', ..] if (3..=6).contains(&national.len()) => national,
        [b'1'..=b'9', ..] if (5..=10).contains(&national.len()) => {
            let result = format!("+390{national}");
            warnings.push(Warning::PhoneLostZero {
                original: original.clone(),
                result: result.clone(),
            });
            result
        }
        _ => return Err(unreadable()),
    };
    if digits_of_cell.is_some() {
        warnings.insert(
            0,
            Warning::PhoneFromNumberCell {
                original,
                result: result.clone(),
            },
        );
    }
    Ok(Some((result, warnings)))
}

// ---------------------------------------------------------------------------------------------
// Web addresses

/// Cleans a web address: kept when it has `http://` or `https://`, given `https://` (with a
/// warning) when it has no scheme, left out when it is an e-mail address or not an address.
pub fn clean_url(text: &str) -> Cleaned<Option<String>> {
    let original = text.trim();
    let none = |warning| Cleaned {
        value: None,
        warnings: vec![warning],
    };
    if original.is_empty() {
        return Cleaned {
            value: None,
            warnings: Vec::new(),
        };
    }
    let lower = original.to_ascii_lowercase();
    let (url, added) = if lower.starts_with("http://") || lower.starts_with("https://") {
        (original.to_owned(), false)
    } else if lower.contains("://") || lower.starts_with("mailto:") {
        return none(Warning::UrlInvalid {
            original: original.to_owned(),
        });
    } else if original.contains('@') && !original.contains('/') {
        return none(Warning::UrlIsEmail {
            original: original.to_owned(),
        });
    } else {
        (format!("https://{original}"), true)
    };
    let after_scheme = &url[url.find("://").map_or(0, |i| i + 3)..];
    let host = after_scheme
        .split(['/', '?', '#'])
        .next()
        .unwrap_or_default();
    let host_ok = host.contains('.')
        && !host.starts_with('.')
        && !host.ends_with('.')
        && host
            .chars()
            .all(|c| c.is_alphanumeric() || ".-:".contains(c));
    if !host_ok || url.chars().any(char::is_whitespace) {
        return none(Warning::UrlInvalid {
            original: original.to_owned(),
        });
    }
    let warnings = if added {
        vec![Warning::UrlSchemeAdded {
            original: original.to_owned(),
            result: url.clone(),
        }]
    } else {
        Vec::new()
    };
    Cleaned {
        value: Some(url),
        warnings,
    }
}

// ---------------------------------------------------------------------------------------------
// E-mail addresses

/// Checks the e-mail addresses of a cell (separated by `;`, `,`, spaces or " e "; labels like
/// "PEC:" and `mailto:` skipped); "nome[at]dominio.it" given back its `@` with a warning.
pub fn clean_emails(cell: &str) -> Cleaned<Vec<String>> {
    let mut cleaned = Cleaned {
        value: Vec::new(),
        warnings: Vec::new(),
    };
    let mut spaced = cell.to_owned();
    for obfuscated in ["[at]", "(at)", "[chiocciola]", "(chiocciola)"] {
        let mut from = 0;
        while let Some(at) = spaced[from..].to_ascii_lowercase().find(obfuscated) {
            let start = from + at;
            spaced.replace_range(start..start + obfuscated.len(), "\u{1}");
            from = start + 1;
        }
    }
    let spaced = spaced.replace(" \u{1} ", "\u{1}");
    for token in spaced.split([';', ',', ' ', '\n', '\t']) {
        let token = token.trim();
        let lower = token.to_ascii_lowercase();
        if token.is_empty() || token.ends_with(':') || ["e", "o", "oppure"].contains(&&*lower) {
            continue;
        }
        let token = token
            .strip_prefix("mailto:")
            .or_else(|| token.strip_prefix("MAILTO:"))
            .unwrap_or(token);
        let restored = token.replace('\u{1}', "@");
        let original_token = if restored != token {
            // What the person typed, for the warning.
            let typed = original_obfuscated(cell, &restored);
            Some(typed)
        } else {
            None
        };
        if is_email(&restored) {
            if let Some(original) = original_token {
                cleaned.warnings.push(Warning::EmailAtRestored {
                    original,
                    result: restored.clone(),
                });
            }
            cleaned.value.push(restored);
        } else {
            cleaned.warnings.push(Warning::EmailInvalid {
                original: original_token.unwrap_or(restored),
            });
        }
    }
    cleaned
}

/// Finds in the cell the obfuscated form of an address, for the warning to quote it: the
/// text between the address's local part and the end of its domain.
fn original_obfuscated(cell: &str, restored: &str) -> String {
    let (local, domain) = restored.split_once('@').unwrap_or((restored, ""));
    match (cell.find(local), cell.rfind(domain)) {
        (Some(start), Some(end)) if start < end && !domain.is_empty() => {
            cell[start..end + domain.len()].to_owned()
        }
        _ => restored.to_owned(),
    }
}

/// A plain check of an address's shape: `local@domain.tld`, no spaces, the domain's labels
/// made of letters, digits and `-`, a top-level domain of two letters or more.
fn is_email(text: &str) -> bool {
    let Some((local, domain)) = text.split_once('@') else {
        return false;
    };
    let local_ok = !local.is_empty()
        && !local.starts_with('.')
        && !local.ends_with('.')
        && local
            .chars()
            .all(|c| c.is_alphanumeric() || "!#$%&'*+/=?^_`{|}~.-".contains(c));
    let labels: Vec<&str> = domain.split('.').collect();
    let domain_ok = labels.len() >= 2
        && labels.iter().all(|l| {
            !l.is_empty()
                && !l.starts_with('-')
                && !l.ends_with('-')
                && l.chars().all(|c| c.is_alphanumeric() || c == '-')
        })
        && labels
            .last()
            .is_some_and(|tld| tld.len() >= 2 && tld.chars().all(char::is_alphabetic));
    local_ok && domain_ok
}

// ---------------------------------------------------------------------------------------------
// Addresses

/// An address split into its parts.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct AddressParts {
    /// The street and house number: what is left of the address.
    pub street: String,
    pub postcode: Option<String>,
    pub city: Option<String>,
    /// The province's two-letter code ("BO").
    pub province: Option<String>,
    /// "Quartiere Navile", "Municipio V", as written.
    pub district: Option<String>,
    pub phones: Vec<String>,
}

/// The words that name a district, folded.
const DISTRICT_WORDS: &[&str] = &[
    "quartiere",
    "q.re",
    "municipio",
    "mun.",
    "circoscrizione",
    "circ.",
];

/// Splits out of an address what does not belong in the street: a phone number after its label
/// ("tel. 051 123456"), a district in brackets or after a comma or a dash ("(Quartiere Navile)",
/// "- Municipio V"), a postcode with the city and province after it ("40121 Bologna (BO)").
/// What looks like a phone or a district in any other place leaves the address whole, with a
/// warning.
pub fn split_address(text: &str) -> Cleaned<AddressParts> {
    let original = text.trim().to_owned();
    let mut parts = AddressParts::default();
    let mut warnings = Vec::new();
    let mut street = original.clone();
    let unclear = || Cleaned {
        value: AddressParts {
            street: original.clone(),
            ..AddressParts::default()
        },
        warnings: vec![Warning::AddressUnclear {
            original: original.clone(),
        }],
    };

    // The phone, after its label, up to a bracket or the end.
    if let Some(start) = phone_label_at(&street) {
        let end = street[start..]
            .find(['(', ')'])
            .map_or(street.len(), |i| start + i);
        let phones = clean_phones(&street[start..end]);
        let readable = !phones.value.is_empty()
            && !phones
                .warnings
                .iter()
                .any(|w| matches!(w, Warning::PhoneUnreadable { .. }));
        if !readable {
            return unclear();
        }
        parts.phones = phones.value;
        warnings.extend(phones.warnings);
        street.replace_range(start..end, " ");
        street = tidy(&street);
    } else if longest_digit_run(&street) >= 9 {
        return unclear();
    }

    // The district, in brackets or as the last segment.
    let folded = street.to_ascii_lowercase();
    if let Some(word_at) = district_word_at(&folded) {
        let before = folded[..word_at].trim_end();
        let (start, end) = if before.ends_with('(') {
            let close = street[word_at..]
                .find(')')
                .map_or(street.len(), |i| word_at + i + 1);
            (before.len() - 1, close)
        } else if before.ends_with(',') || before.ends_with(" -") {
            let end = street[word_at..]
                .find([',', '('])
                .map_or(street.len(), |i| word_at + i);
            (before.len() - 1, end)
        } else {
            return unclear();
        };
        let district = street[word_at..end].trim_end_matches(')').trim().to_owned();
        parts.district = Some(district);
        street.replace_range(start..end, " ");
        street = tidy(&street);
    }

    // The postcode, with the city (and its province) after it.
    if let Some((start, end)) = postcode_at(&street) {
        parts.postcode = Some(street[start..end].to_owned());
        let mut city = street[end..].trim().to_owned();
        if let Some(open) = city.rfind('(') {
            let code = city[open + 1..].trim_end_matches(')').trim();
            if is_province(code) {
                parts.province = Some(code.to_owned());
                city.truncate(open);
            }
        } else if let Some((name, code)) = city.rsplit_once(' ') {
            if is_province(code) {
                parts.province = Some(code.to_owned());
                city = name.to_owned();
            }
        }
        let city = city.trim().trim_end_matches([',', '-']).trim();
        if !city.is_empty() {
            parts.city = Some(city.to_owned());
        }
        street.truncate(start);
        street = tidy(&street);
    }

    if street != original {
        warnings.push(Warning::AddressSplit {
            original: original.clone(),
            street: street.clone(),
        });
    }
    parts.street = street;
    Cleaned {
        value: parts,
        warnings,
    }
}

/// Where a phone label starts as a word of its own ("tel. 051…", "Tel: …"), not inside a
/// street's name.
fn phone_label_at(text: &str) -> Option<usize> {
    let folded = text.to_ascii_lowercase();
    PHONE_LABELS
        .iter()
        .filter_map(|label| {
            folded.match_indices(label).find_map(|(at, _)| {
                let after = folded[at + label.len()..].chars().next();
                let before = folded[..at].chars().next_back();
                let word_start = before.is_none_or(|c| !c.is_alphanumeric());
                let word_end = label.ends_with('.')
                    || after.is_none_or(|c| !c.is_alphanumeric() || c.is_ascii_digit());
                // The label must be followed by a number.
                let number_follows = folded[at + label.len()..]
                    .trim_start_matches([' ', ':', '.'])
                    .starts_with(|c: char| c.is_ascii_digit() || c == '+');
                (word_start && word_end && number_follows).then_some(at)
            })
        })
        .min()
}

/// Where a district word starts, unless it is part of a street's name ("Via del Municipio").
fn district_word_at(folded: &str) -> Option<usize> {
    DISTRICT_WORDS
        .iter()
        .filter_map(|word| {
            folded.match_indices(word).find_map(|(at, _)| {
                let before = folded[..at].trim_end();
                let word_start = folded[..at]
                    .chars()
                    .next_back()
                    .is_none_or(|c| !c.is_alphanumeric());
                let in_a_name = ["del", "dello", "della", "dei", "di"]
                    .iter()
                    .any(|article| before.ends_with(&format!(" {article}")));
                (word_start && !in_a_name).then_some(at)
            })
        })
        .min()
}

/// A five-digit word after the street's first word: a postcode (house numbers are not that
/// long).
fn postcode_at(text: &str) -> Option<(usize, usize)> {
    let bytes = text.as_bytes();
    let mut at = 0;
    while at < bytes.len() {
        if bytes[at].is_ascii_digit() && (at == 0 || !bytes[at - 1].is_ascii_alphanumeric()) {
            let end = at
                + bytes[at..]
                    .iter()
                    .take_while(|b| b.is_ascii_digit())
                    .count();
            let word_end = bytes.get(end).is_none_or(|b| !b.is_ascii_alphanumeric());
            if end - at == 5 && word_end && at > 0 {
                return Some((at, end));
            }
            at = end;
        } else {
            at += 1;
        }
    }
    None
}

fn is_province(code: &str) -> bool {
    code.len() == 2 && code.chars().all(|c| c.is_ascii_uppercase())
}

/// The longest run of digits, spaces, dots and slashes, counting the digits: a phone number
/// has nine or more, a house number and a postcode together fewer.
fn longest_digit_run(text: &str) -> usize {
    let mut longest = 0;
    let mut run = 0;
    for c in text.chars() {
        if c.is_ascii_digit() {
            run += 1;
            longest = longest.max(run);
        } else if !" ./".contains(c) {
            run = 0;
        }
    }
    longest
}

/// Spaces and separators left at the ends or doubled by a removal.
fn tidy(text: &str) -> String {
    let joined = text.split_whitespace().collect::<Vec<_>>().join(" ");
    joined
        .replace(" ,", ",")
        .trim_matches(|c: char| c == ',' || c == '-' || c == ';' || c.is_whitespace())
        .to_owned()
}

// ---------------------------------------------------------------------------------------------
// Categories

/// Words an open-data file uses for a kind of service ("Tipologia": "Consultorio familiare",
/// "Centro per l'impiego", "Mensa"), folded, with the categories they mean. The first entry
/// whose words appear in a value wins: the more specific ones come first.
pub const CATEGORY_WORDS: &[(&[&str], &[&str])] = &[
    (
        &["salute mentale", "psicolog", "mental health"],
        &["mental_health"],
    ),
    (&["consultori"], &["health", "children_families"]),
    (&["antiviolenza", "donne", "women"], &["womens_support"]),
    (&["orientamento", "job orientation"], &["job_orientation"]),
    (
        &["impiego", "lavoro", "employment", "agenzia per il lavoro"],
        &["work"],
    ),
    (
        &["italiano", "cpia", "lingua italiana", "language school"],
        &["italian_courses"],
    ),
    (
        &["legal", "giuridic", "avvocat", "patronato", "immigrazione"],
        &["legal_aid"],
    ),
    (
        &[
            "dormitori",
            "accoglienza",
            "alloggi",
            "abitativ",
            "shelter",
            "housing",
        ],
        &["housing"],
    ),
    (
        &["mensa", "alimentar", "emporio solidale", "food", "pasti"],
        &["food"],
    ),
    (
        &[
            "ambulatori",
            "ospedal",
            "sanit",
            "salute",
            "medic",
            "health",
            "clinic",
        ],
        &["health"],
    ),
    (&["digital", "informatic", "internet"], &["digital_help"]),
    (
        &[
            "scuol",
            "istruzione",
            "formazione",
            "bibliotec",
            "library",
            "education",
        ],
        &["education"],
    ),
    (
        &["famigli", "minori", "bambin", "infanzia", "children"],
        &["children_families"],
    ),
    (&["trasport", "transport"], &["transport"]),
    (&["banca", "bancari", "microcredito", "bank"], &["banking"]),
];

/// Cleans a categories cell: Ponte's codes kept as they are; words read through
/// [`CATEGORY_WORDS`] with a warning showing the result; words that name no category left out
/// with a warning. Parts are separated by `;`, `,` or `/`.
pub fn clean_categories(cell: &str) -> Cleaned<Vec<String>> {
    let mut cleaned = Cleaned {
        value: Vec::new(),
        warnings: Vec::new(),
    };
    let add = |value: &mut Vec<String>, code: &str| {
        if !value.iter().any(|c| c == code) {
            value.push(code.to_owned());
        }
    };
    for part in cell.split([';', ',', '/']).map(str::trim) {
        if part.is_empty() {
            continue;
        }
        if ponte_wire::Category::from_code(part).is_some() {
            add(&mut cleaned.value, part);
            continue;
        }
        let folded = super::fold(part);
        let meant = CATEGORY_WORDS
            .iter()
            .find(|(words, _)| words.iter().any(|w| folded.contains(w)))
            .map(|(_, codes)| *codes);
        match meant {
            Some(codes) => {
                for code in codes {
                    add(&mut cleaned.value, code);
                }
                cleaned.warnings.push(Warning::CategoryTranslated {
                    original: part.to_owned(),
                    result: codes.join(", "),
                });
            }
            None => cleaned.warnings.push(Warning::CategoryUnknown {
                original: part.to_owned(),
            }),
        }
    }
    cleaned
}

#[cfg(test)]
mod tests {
    use super::*;

    fn phones(cell: &str) -> (Vec<String>, Vec<&'static str>) {
        let cleaned = clean_phones(cell);
        (
            cleaned.value,
            cleaned.warnings.iter().map(Warning::key).collect(),
        )
    }

    #[test]
    fn phone_numbers() {
        let cases: &[(&str, &[&str], &[&str])] = &[
            // Landlines and mobiles, written every way.
            ("051 123456", &["+39051123456"], &[]),
            ("051/123456", &["+39051123456"], &[]),
            ("051.12.34.56", &["+39051123456"], &[]),
            ("06-12345678", &["+390612345678"], &[]),
            ("(06) 1234 5678", &["+390612345678"], &[]),
            ("+39 06 1234 5678", &["+390612345678"], &[]),
            ("0039 011 5661234", &["+390115661234"], &[]),
            ("333 1234567", &["+393331234567"], &[]),
            ("333.123.4567", &["+393331234567"], &[]),
            ("+39 333 1234567", &["+393331234567"], &[]),
            ("39 333 1234567", &["+393331234567"], &[]),
            ("Tel. 011 4431234", &["+390114431234"], &[]),
            ("tel: 011 4431234", &["+390114431234"], &[]),
            ("Cell. 347 1234567", &["+393471234567"], &[]),
            // Free, non-geographic and short numbers stay as dialled in Italy.
            ("800 123 456", &["800123456"], &[]),
            ("803.116", &["803116"], &[]),
            ("Numero verde 800 290 290", &["800290290"], &[]),
            ("112", &["112"], &[]),
            ("1522", &["1522"], &[]),
            ("116 117", &["116117"], &[]),
            // Other countries keep their own number.
            ("+33 1 23 45 67 89", &["+33123456789"], &[]),
            ("0041 22 123 45 67", &["+41221234567"], &[]),
            // Several numbers in one cell.
            (
                "051 123456 / 333 1234567",
                &["+39051123456", "+393331234567"],
                &[],
            ),
            (
                "tel. 06 1234567; cell. 333 1234567",
                &["+39061234567", "+393331234567"],
                &[],
            ),
            (
                "011 1234567 - 011 7654321",
                &["+390111234567", "+390117654321"],
                &[],
            ),
            (
                "011 1234567 oppure 011 7654321",
                &["+390111234567", "+390117654321"],
                &[],
            ),
            (
                "051 123456\n051 654321",
                &["+39051123456", "+39051654321"],
                &[],
            ),
            // A spreadsheet's doing.
            ("612345678", &["+390612345678"], &["intake-phone-lost-zero"]),
            (
                "51234567.0",
                &["+39051234567"],
                &["intake-phone-from-number-cell", "intake-phone-lost-zero"],
            ),
            (
                "3.331234567E9",
                &["+393331234567"],
                &["intake-phone-from-number-cell"],
            ),
            (
                "3,331234567E+09",
                &["+393331234567"],
                &["intake-phone-from-number-cell"],
            ),
            ("3.3312345E9", &[], &["intake-phone-digits-lost"]),
            // Not numbers a person can call.
            ("fax 051 123456", &[], &["intake-phone-fax-left-out"]),
            (
                "051 123456, fax 051 654321",
                &["+39051123456"],
                &["intake-phone-fax-left-out"],
            ),
            (
                "051 123456 fax 051 654321",
                &["+39051123456"],
                &["intake-phone-fax-left-out"],
            ),
            (
                "chiamare in orario d'ufficio",
                &[],
                &["intake-phone-unreadable"],
            ),
            ("051 123456 int. 3", &[], &["intake-phone-unreadable"]),
            ("0512", &[], &["intake-phone-unreadable"]),
            ("", &[], &[]),
        ];
        for (cell, numbers, warnings) in cases {
            let (got_numbers, got_warnings) = phones(cell);
            assert_eq!(got_numbers, *numbers, "numbers of {cell:?}");
            assert_eq!(got_warnings, *warnings, "warnings of {cell:?}");
        }
    }

    #[test]
    fn phone_warnings_show_what_was_read_and_what_came_of_it() {
        let cleaned = clean_phones("612345678");
        assert_eq!(
            cleaned.warnings,
            [Warning::PhoneLostZero {
                original: "612345678".into(),
                result: "+390612345678".into()
            }]
        );
        assert_eq!(
            cleaned.warnings[0].args(),
            [("original", "612345678"), ("result", "+390612345678")]
        );
        let cleaned = clean_phones("3.3312345E9");
        assert_eq!(
            cleaned.warnings,
            [Warning::PhoneDigitsLost {
                original: "3.3312345E9".into()
            }]
        );
    }

    #[test]
    fn web_addresses() {
        let cases: &[(&str, Option<&str>, &[&str])] = &[
            (
                "https://www.comune.torino.it",
                Some("https://www.comune.torino.it"),
                &[],
            ),
            (
                "http://www.asl.to.it/consultori",
                Some("http://www.asl.to.it/consultori"),
                &[],
            ),
            ("HTTPS://Example.it/A", Some("HTTPS://Example.it/A"), &[]),
            (
                "www.comune.bologna.it",
                Some("https://www.comune.bologna.it"),
                &["intake-url-scheme-added"],
            ),
            (
                "comune.milano.it/servizi?x=1",
                Some("https://comune.milano.it/servizi?x=1"),
                &["intake-url-scheme-added"],
            ),
            ("info@caritas.it", None, &["intake-url-is-email"]),
            ("sito in costruzione", None, &["intake-url-invalid"]),
            ("ftp://files.comune.it", None, &["intake-url-invalid"]),
            ("www.comune torino.it", None, &["intake-url-invalid"]),
            ("www.", None, &["intake-url-invalid"]),
            ("", None, &[]),
        ];
        for (text, expected, warnings) in cases {
            let cleaned = clean_url(text);
            assert_eq!(cleaned.value.as_deref(), *expected, "{text:?}");
            let keys: Vec<_> = cleaned.warnings.iter().map(Warning::key).collect();
            assert_eq!(keys, *warnings, "{text:?}");
        }
        assert_eq!(
            clean_url("www.comune.bologna.it").warnings[0].args(),
            [
                ("original", "www.comune.bologna.it"),
                ("result", "https://www.comune.bologna.it")
            ]
        );
    }

    #[test]
    fn email_addresses() {
        let cases: &[(&str, &[&str], &[&str])] = &[
            ("info@caritas.it", &["info@caritas.it"], &[]),
            (
                "  mailto:sportello@comune.torino.it ",
                &["sportello@comune.torino.it"],
                &[],
            ),
            (
                "info@coop.it; segreteria@coop.it",
                &["info@coop.it", "segreteria@coop.it"],
                &[],
            ),
            (
                "info@coop.it e PEC: coop@pec.it",
                &["info@coop.it", "coop@pec.it"],
                &[],
            ),
            (
                "biblioteca[at]comune.asti.it",
                &["biblioteca@comune.asti.it"],
                &["intake-email-at-restored"],
            ),
            (
                "biblioteca (at) comune.asti.it",
                &["biblioteca@comune.asti.it"],
                &["intake-email-at-restored"],
            ),
            (
                "info@comune,it",
                &[],
                &["intake-email-invalid", "intake-email-invalid"],
            ),
            ("info.comune.it", &[], &["intake-email-invalid"]),
            ("info@@comune.it", &[], &["intake-email-invalid"]),
            ("info@comune.i", &[], &["intake-email-invalid"]),
            ("", &[], &[]),
        ];
        for (cell, expected, warnings) in cases {
            let cleaned = clean_emails(cell);
            assert_eq!(cleaned.value, *expected, "{cell:?}");
            let keys: Vec<_> = cleaned.warnings.iter().map(Warning::key).collect();
            assert_eq!(keys, *warnings, "{cell:?}");
        }
        assert_eq!(
            clean_emails("biblioteca (at) comune.asti.it").warnings,
            [Warning::EmailAtRestored {
                original: "biblioteca (at) comune.asti.it".into(),
                result: "biblioteca@comune.asti.it".into()
            }]
        );
    }

    #[test]
    fn addresses() {
        struct Case {
            text: &'static str,
            street: &'static str,
            postcode: Option<&'static str>,
            city: Option<&'static str>,
            province: Option<&'static str>,
            district: Option<&'static str>,
            phones: &'static [&'static str],
            warnings: &'static [&'static str],
        }
        const PLAIN: Case = Case {
            text: "",
            street: "",
            postcode: None,
            city: None,
            province: None,
            district: None,
            phones: &[],
            warnings: &[],
        };
        let cases = [
            Case {
                text: "Via Roma 12",
                street: "Via Roma 12",
                ..PLAIN
            },
            Case {
                text: "Via del Municipio 3",
                street: "Via del Municipio 3",
                ..PLAIN
            },
            Case {
                text: "Via Tiburtina 1040",
                street: "Via Tiburtina 1040",
                ..PLAIN
            },
            Case {
                text: "Via Roma 12 - tel. 051 123456",
                street: "Via Roma 12",
                phones: &["+39051123456"],
                warnings: &["intake-address-split"],
                ..PLAIN
            },
            Case {
                text: "Piazza Maggiore 6 Tel: 051 2194400 / 333 1234567",
                street: "Piazza Maggiore 6",
                phones: &["+390512194400", "+393331234567"],
                warnings: &["intake-address-split"],
                ..PLAIN
            },
            Case {
                text: "Via Gorizia 7 (Quartiere Navile)",
                street: "Via Gorizia 7",
                district: Some("Quartiere Navile"),
                warnings: &["intake-address-split"],
                ..PLAIN
            },
            Case {
                text: "Via Casilina 665, Municipio V",
                street: "Via Casilina 665",
                district: Some("Municipio V"),
                warnings: &["intake-address-split"],
                ..PLAIN
            },
            Case {
                text: "Via Nizza 20 - Circoscrizione 8",
                street: "Via Nizza 20",
                district: Some("Circoscrizione 8"),
                warnings: &["intake-address-split"],
                ..PLAIN
            },
            Case {
                text: "Via Indipendenza 8, 40121 Bologna (BO)",
                street: "Via Indipendenza 8",
                postcode: Some("40121"),
                city: Some("Bologna"),
                province: Some("BO"),
                warnings: &["intake-address-split"],
                ..PLAIN
            },
            Case {
                text: "Corso Giulio Cesare 34 10152 Torino TO",
                street: "Corso Giulio Cesare 34",
                postcode: Some("10152"),
                city: Some("Torino"),
                province: Some("TO"),
                warnings: &["intake-address-split"],
                ..PLAIN
            },
            Case {
                text: "Via Cavour 5, 00184",
                street: "Via Cavour 5",
                postcode: Some("00184"),
                warnings: &["intake-address-split"],
                ..PLAIN
            },
            Case {
                text: "Via Gorizia 7 (Quartiere Navile), 40131 Bologna - tel. 051 123456",
                street: "Via Gorizia 7",
                postcode: Some("40131"),
                city: Some("Bologna"),
                district: Some("Quartiere Navile"),
                phones: &["+39051123456"],
                warnings: &["intake-address-split"],
                ..PLAIN
            },
            Case {
                text: "Via Po 3 tel. 011 812345 fax 011 812346",
                street: "Via Po 3",
                phones: &["+39011812345"],
                warnings: &["intake-phone-fax-left-out", "intake-address-split"],
                ..PLAIN
            },
            // A phone with its zero lost: split, and flagged as the phone column would be.
            Case {
                text: "Via Appia 10 tel 61234567",
                street: "Via Appia 10",
                phones: &["+39061234567"],
                warnings: &["intake-phone-lost-zero", "intake-address-split"],
                ..PLAIN
            },
            // Not clear: left whole.
            Case {
                text: "Via Roma 1 051 123456",
                street: "Via Roma 1 051 123456",
                warnings: &["intake-address-unclear"],
                ..PLAIN
            },
            Case {
                text: "Quartiere Navile Via Gorizia 7",
                street: "Quartiere Navile Via Gorizia 7",
                warnings: &["intake-address-unclear"],
                ..PLAIN
            },
            Case {
                text: "Via Roma 1 tel. su appuntamento 051",
                street: "Via Roma 1 tel. su appuntamento 051",
                ..PLAIN
            },
            Case {
                text: "Via Roma 1, tel. 0512",
                street: "Via Roma 1, tel. 0512",
                warnings: &["intake-address-unclear"],
                ..PLAIN
            },
        ];
        for case in cases {
            let cleaned = split_address(case.text);
            let parts = &cleaned.value;
            assert_eq!(parts.street, case.street, "street of {:?}", case.text);
            assert_eq!(parts.postcode.as_deref(), case.postcode, "{:?}", case.text);
            assert_eq!(parts.city.as_deref(), case.city, "{:?}", case.text);
            assert_eq!(parts.province.as_deref(), case.province, "{:?}", case.text);
            assert_eq!(parts.district.as_deref(), case.district, "{:?}", case.text);
            assert_eq!(parts.phones, case.phones, "{:?}", case.text);
            let keys: Vec<_> = cleaned.warnings.iter().map(Warning::key).collect();
            assert_eq!(keys, case.warnings, "warnings of {:?}", case.text);
        }
    }

    #[test]
    fn an_address_split_shows_the_street_left() {
        let cleaned = split_address("Via Roma 12 - tel. 051 123456");
        assert_eq!(
            cleaned.warnings,
            [Warning::AddressSplit {
                original: "Via Roma 12 - tel. 051 123456".into(),
                street: "Via Roma 12".into()
            }]
        );
    }

    #[test]
    fn every_warning_has_its_own_key() {
        let text = || String::from("x");
        let all = [
            Warning::PhoneLostZero {
                original: text(),
                result: text(),
            },
            Warning::PhoneFromNumberCell {
                original: text(),
                result: text(),
            },
            Warning::PhoneDigitsLost { original: text() },
            Warning::PhoneUnreadable { original: text() },
            Warning::PhoneFaxLeftOut { original: text() },
            Warning::UrlSchemeAdded {
                original: text(),
                result: text(),
            },
            Warning::UrlIsEmail { original: text() },
            Warning::UrlInvalid { original: text() },
            Warning::EmailInvalid { original: text() },
            Warning::EmailAtRestored {
                original: text(),
                result: text(),
            },
            Warning::AddressSplit {
                original: text(),
                street: text(),
            },
            Warning::AddressUnclear { original: text() },
            Warning::HoursConverted {
                original: text(),
                result: text(),
            },
            Warning::HoursKeptAsNote { original: text() },
            Warning::ValueNotUsed {
                column: text(),
                field: text(),
                value: text(),
            },
        ];
        let keys: std::collections::HashSet<_> = all.iter().map(Warning::key).collect();
        assert_eq!(keys.len(), all.len());
        assert!(keys.iter().all(|k| k.starts_with("intake-")));
        assert!(all.iter().all(|w| w.args().iter().all(|(_, v)| *v == "x")));
    }

    #[test]
    fn categories_in_words_are_read_with_a_warning_and_unknown_ones_left_out() {
        let codes = clean_categories("health; work");
        assert_eq!(codes.value, ["health", "work"]);
        assert!(codes.warnings.is_empty());

        let words = clean_categories("Consultorio familiare");
        assert_eq!(words.value, ["health", "children_families"]);
        assert_eq!(
            words.warnings,
            [Warning::CategoryTranslated {
                original: "Consultorio familiare".into(),
                result: "health, children_families".into()
            }]
        );
        // The more specific words win: mental health is not plain health.
        assert_eq!(
            clean_categories("Centro di Salute Mentale").value,
            ["mental_health"]
        );
        assert_eq!(clean_categories("Centro per l'Impiego").value, ["work"]);
        assert_eq!(
            clean_categories("Scuola di italiano / CPIA").value,
            ["italian_courses"]
        );
        assert_eq!(clean_categories("Mensa dei poveri").value, ["food"]);

        let unknown = clean_categories("Parrocchia; food");
        assert_eq!(unknown.value, ["food"]);
        assert_eq!(
            unknown.warnings,
            [Warning::CategoryUnknown {
                original: "Parrocchia".into()
            }]
        );
    }
}
