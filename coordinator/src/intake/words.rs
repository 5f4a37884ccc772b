//! What the import steps tell an operator, in the operator's language: each warning and error
//! names its catalogue key and its values; [`say`] finds the sentence in the dashboard
//! catalogue (`locales/<locale>/dashboard.ftl`). The command line says them in English.

use fluent_bundle::FluentArgs;

use super::clean::Warning;
use super::mapping::MappingError;
use super::sniff::SniffError;
use crate::geocode::{GeocodeError, Precision};
use crate::sources::SourceProblem;

/// Something the catalogue has words for.
pub trait Catalogued {
    fn key(&self) -> &'static str;
    /// The values the sentence shows, by name.
    fn values(&self) -> Vec<(&'static str, String)>;
}

/// The sentence for `what` in `locale`.
pub fn say(locale: &str, what: &dyn Catalogued) -> String {
    let mut args = FluentArgs::new();
    for (name, value) in what.values() {
        args.set(name, value);
    }
    crate::dashboard::t(locale, what.key(), Some(&args))
}

impl Catalogued for Warning {
    fn key(&self) -> &'static str {
        Warning::key(self)
    }
    fn values(&self) -> Vec<(&'static str, String)> {
        self.args()
            .into_iter()
            .map(|(name, value)| (name, value.to_owned()))
            .collect()
    }
}

impl Catalogued for SniffError {
    fn key(&self) -> &'static str {
        SniffError::key(self)
    }
    fn values(&self) -> Vec<(&'static str, String)> {
        match self {
            SniffError::Empty => Vec::new(),
            SniffError::NotUtf8 { line } => vec![("line", line.to_string())],
            SniffError::Unreadable { line, message } => {
                vec![("line", line.to_string()), ("message", message.clone())]
            }
        }
    }
}

impl Catalogued for MappingError {
    fn key(&self) -> &'static str {
        MappingError::key(self)
    }
    fn values(&self) -> Vec<(&'static str, String)> {
        match self {
            // The row's line is shown beside the sentence, as for every refused row.
            MappingError::FieldCount {
                expected, found, ..
            } => vec![
                ("expected", expected.to_string()),
                ("found", found.to_string()),
            ],
        }
    }
}

impl Catalogued for GeocodeError {
    fn key(&self) -> &'static str {
        GeocodeError::key(self)
    }
    fn values(&self) -> Vec<(&'static str, String)> {
        Vec::new()
    }
}

impl Catalogued for Precision {
    fn key(&self) -> &'static str {
        Precision::key(*self)
    }
    fn values(&self) -> Vec<(&'static str, String)> {
        Vec::new()
    }
}

impl Catalogued for SourceProblem {
    fn key(&self) -> &'static str {
        SourceProblem::key(*self)
    }
    fn values(&self) -> Vec<(&'static str, String)> {
        Vec::new()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// One of each, with values.
    fn examples() -> Vec<Box<dyn Catalogued>> {
        let text = |s: &str| s.to_owned();
        let mut all: Vec<Box<dyn Catalogued>> = vec![
            Box::new(Warning::PhoneLostZero {
                original: text("645460500"),
                result: text("+390645460500"),
            }),
            Box::new(Warning::PhoneFromNumberCell {
                original: text("51234567.0"),
                result: text("+3951234567"),
            }),
            Box::new(Warning::PhoneDigitsLost {
                original: text("3.3312345E9"),
            }),
            Box::new(Warning::PhoneUnreadable {
                original: text("chiamare"),
            }),
            Box::new(Warning::PhoneFaxLeftOut {
                original: text("fax 06 1234"),
            }),
            Box::new(Warning::UrlSchemeAdded {
                original: text("www.comune.it"),
                result: text("https://www.comune.it"),
            }),
            Box::new(Warning::UrlIsEmail {
                original: text("info@comune.it"),
            }),
            Box::new(Warning::UrlInvalid {
                original: text("vedi sotto"),
            }),
            Box::new(Warning::EmailInvalid {
                original: text("info at"),
            }),
            Box::new(Warning::EmailAtRestored {
                original: text("info[at]comune.it"),
                result: text("info@comune.it"),
            }),
            Box::new(Warning::AddressSplit {
                original: text("Via Roma 1 - tel. 06 1234567"),
                street: text("Via Roma 1"),
            }),
            Box::new(Warning::AddressUnclear {
                original: text("Via Roma 1 06 12"),
            }),
            Box::new(Warning::HoursConverted {
                original: text("lun-ven 9-13"),
                result: text("Mo-Fr 09:00-13:00"),
            }),
            Box::new(Warning::HoursKeptAsNote {
                original: text("su appuntamento"),
            }),
            Box::new(Warning::ValueNotUsed {
                column: text("Telefono 2"),
                field: text("phone"),
                value: text("+39061234567"),
            }),
            Box::new(Warning::CategoryTranslated {
                original: text("Consultorio familiare"),
                result: text("health, children_families"),
            }),
            Box::new(Warning::CategoryUnknown {
                original: text("Parrocchia"),
            }),
            Box::new(Warning::NoPosition),
            Box::new(SniffError::Empty),
            Box::new(SniffError::NotUtf8 { line: 7 }),
            Box::new(SniffError::Unreadable {
                line: 9,
                message: text("bad quote"),
            }),
            Box::new(MappingError::FieldCount {
                line: 4,
                expected: 9,
                found: 10,
            }),
            Box::new(GeocodeError::BadUrl(text("x"))),
            Box::new(GeocodeError::Unreachable(text("x"))),
            Box::new(GeocodeError::Refused { status: 503 }),
            Box::new(GeocodeError::BadAnswer(text("x"))),
        ];
        for precision in [
            Precision::Address,
            Precision::Street,
            Precision::District,
            Precision::City,
        ] {
            all.push(Box::new(precision));
        }
        for problem in [
            SourceProblem::BadId,
            SourceProblem::BadName,
            SourceProblem::BadRegion,
            SourceProblem::UnknownLicence,
            SourceProblem::AttributionNeeded,
        ] {
            all.push(Box::new(problem));
        }
        all
    }

    #[test]
    fn every_warning_and_error_of_an_import_is_said_in_both_languages_with_its_values() {
        let examples = examples();
        for locale in ["it", "en"] {
            for what in &examples {
                let said = say(locale, what.as_ref());
                assert_ne!(said, what.key(), "{locale}: no {}", what.key());
                assert!(!said.contains("{"), "{locale} {}: {said}", what.key());
                for (name, value) in what.values() {
                    assert!(
                        said.contains(&value),
                        "{locale} {} leaves out ${name}: {said}",
                        what.key()
                    );
                }
            }
        }
        // Every intake, geocoder and source sentence of the catalogue is someone's.
        for source in [
            include_str!("../../locales/it/dashboard.ftl"),
            include_str!("../../locales/en/dashboard.ftl"),
        ] {
            for line in source.lines().filter(|l| {
                ["intake-", "geocode-", "source-problem-"]
                    .iter()
                    .any(|prefix| l.starts_with(prefix))
            }) {
                let key = line.split(" =").next().unwrap();
                assert!(
                    examples.iter().any(|what| what.key() == key),
                    "{key} is nobody's"
                );
            }
        }
    }
}
