//! The Fluent catalogue, compiled into the library so Android and iOS show the same words.
//!
//! Files live in `core/locales/<locale>/ponte.ftl`, the layout Pontoon and Weblate read.
//! Lookups walk a fallback chain that always ends in English and Italian.

use std::sync::OnceLock;

use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource};
use unic_langid::LanguageIdentifier;

/// The catalogue's locales and their files.
const SOURCES: &[(&str, &str)] = &[
    ("en", include_str!("../locales/en/ponte.ftl")),
    ("it", include_str!("../locales/it/ponte.ftl")),
];

/// The locales every chain ends with: English, then Italian, the language of the territory.
const LAST_RESORT: [&str; 2] = ["en", "it"];

/// Languages written right to left.
const RIGHT_TO_LEFT: &[&str] = &["ar", "fa", "ps", "ur", "he", "ckb", "dv", "yi", "sd", "ug"];

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Enum))]
pub enum TextDirection {
    LeftToRight,
    RightToLeft,
}

pub struct Catalogue {
    bundles: Vec<(&'static str, FluentBundle<FluentResource>)>,
}

/// A text and the locale it was actually found in.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Localized {
    pub text: String,
    pub locale: String,
}

impl Catalogue {
    /// The catalogue compiled into the library. A message that does not parse is a build
    /// mistake caught by the tests, so it is skipped here rather than failing at run time.
    pub fn get() -> &'static Catalogue {
        static CATALOGUE: OnceLock<Catalogue> = OnceLock::new();
        CATALOGUE.get_or_init(|| Catalogue {
            bundles: SOURCES
                .iter()
                .map(|&(code, source)| {
                    let resource = FluentResource::try_new(source.to_owned())
                        .unwrap_or_else(|(partial, _)| partial);
                    let langid: LanguageIdentifier = code.parse().unwrap_or_default();
                    let mut bundle = FluentBundle::new_concurrent(vec![langid]);
                    let _ = bundle.add_resource(resource);
                    (code, bundle)
                })
                .collect(),
        })
    }

    pub fn locales(&self) -> impl Iterator<Item = &'static str> + '_ {
        self.bundles.iter().map(|(code, _)| *code)
    }

    /// Formats `key` in the first locale of `chain` that has it. Placeables are wrapped in
    /// Unicode isolation marks, so a Latin name inside an Arabic sentence keeps its order.
    pub fn format(&self, chain: &[String], key: &str, args: Option<&FluentArgs<'_>>) -> Localized {
        for locale in chain {
            let Some((code, bundle)) = self.bundles.iter().find(|(code, _)| code == locale) else {
                continue;
            };
            let Some(pattern) = bundle.get_message(key).and_then(|m| m.value()) else {
                continue;
            };
            let mut errors = Vec::new();
            let text = bundle
                .format_pattern(pattern, args, &mut errors)
                .into_owned();
            return Localized {
                text,
                locale: (*code).to_owned(),
            };
        }
        // A missing key is caught by the catalogue tests; showing the key beats showing nothing.
        Localized {
            text: key.to_owned(),
            locale: String::new(),
        }
    }

    /// Whether `locale` has its own text for `key`.
    pub fn has(&self, locale: &str, key: &str) -> bool {
        self.bundles
            .iter()
            .any(|(code, bundle)| *code == locale && bundle.has_message(key))
    }
}

/// The chain of catalogue locales to try for someone who reads `preferred` (best first):
/// each preferred language the catalogue has, then English and Italian.
pub fn fallback_chain(preferred: &[String]) -> Vec<String> {
    let catalogue = Catalogue::get();
    let mut chain: Vec<String> = Vec::new();
    for wanted in preferred.iter().map(|p| p.as_str()).chain(LAST_RESORT) {
        let Ok(id) = wanted.parse::<LanguageIdentifier>() else {
            continue;
        };
        let language = id.language.as_str();
        if catalogue.locales().any(|l| l == language) && !chain.iter().any(|c| c == language) {
            chain.push(language.to_owned());
        }
    }
    chain
}

pub fn direction(locale: &str) -> TextDirection {
    let language = locale.split(['-', '_']).next().unwrap_or("");
    if RIGHT_TO_LEFT.contains(&language) {
        TextDirection::RightToLeft
    } else {
        TextDirection::LeftToRight
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_file_parses_and_has_every_english_key() {
        let english = FluentResource::try_new(SOURCES[0].1.to_owned()).expect("en parses");
        let keys: Vec<String> = english
            .entries()
            .filter_map(|e| match e {
                fluent_syntax::ast::Entry::Message(m) => Some(m.id.name.to_owned()),
                _ => None,
            })
            .collect();
        assert!(keys.len() > 100);
        for (code, source) in SOURCES {
            if let Err((_, errors)) = FluentResource::try_new((*source).to_owned()) {
                panic!("{code}: {errors:?}");
            }
            for key in &keys {
                assert!(Catalogue::get().has(code, key), "{code} lacks {key}");
            }
        }
    }

    #[test]
    fn chain_ends_in_english_and_italian() {
        assert_eq!(fallback_chain(&["it-IT".into()]), ["it", "en"]);
        assert_eq!(fallback_chain(&["ti-ER".into()]), ["en", "it"]);
        assert_eq!(fallback_chain(&[]), ["en", "it"]);
    }

    #[test]
    fn plurals_and_direction() {
        let mut args = FluentArgs::new();
        args.set("hours", 1);
        let one = Catalogue::get().format(&["en".into()], "cv-hours-per-week", Some(&args));
        assert_eq!(one.text, "\u{2068}1\u{2069} hour a week");
        args.set("hours", 20);
        let it = Catalogue::get().format(&["it".into()], "cv-hours-per-week", Some(&args));
        assert_eq!(
            (it.text.as_str(), it.locale.as_str()),
            ("\u{2068}20\u{2069} ore a settimana", "it")
        );
        assert_eq!(direction("ar-EG"), TextDirection::RightToLeft);
        assert_eq!(direction("ti"), TextDirection::LeftToRight);
    }
}
