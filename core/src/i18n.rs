//! Every word in the person's language: the Fluent catalogue compiled into the library, so
//! Android and iOS show the same words; language negotiation and fallback; text direction;
//! numbers and dates formatted for the locale by ICU4X.
//!
//! Files live in `core/locales/<locale>/ponte.ftl` (and `app-*.ftl`, one per part of the app),
//! the layout Pontoon and Weblate read. Line 2 of each file says whether its texts are
//! machine-translated or reviewed by a person; `core/locales/README.md` says how a review is
//! recorded per message and how `cargo xtask translations` reports it.

use std::sync::{Arc, OnceLock};

use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource, FluentValue};
use unic_langid::LanguageIdentifier;

/// A locale of the catalogue: its code, its names, its files (deflated by build.rs).
struct LocaleSource {
    code: &'static str,
    native_name: &'static str,
    english_name: &'static str,
    deflated: &'static [u8],
    /// Whether a person reviewed it (line 2 of each of its files), read once: the language
    /// picker asks at every view.
    review: OnceLock<Review>,
}

impl LocaleSource {
    /// The locale's files joined (`ponte.ftl` first, then `app-*.ftl`), inflated. Not kept:
    /// the catalogue's bundle holds the one copy the app needs.
    fn source(&self) -> String {
        let bytes = miniz_oxide::inflate::decompress_to_vec(self.deflated)
            .expect("build.rs deflated the catalogue");
        String::from_utf8(bytes).expect("the catalogue is UTF-8")
    }

    fn review(&self) -> Review {
        *self.review.get_or_init(|| review_of(&self.source()))
    }
}

macro_rules! locales {
    ($(($code:literal, $native:literal, $english:literal)),+ $(,)?) => {
        const LOCALE_COUNT: usize = [$($code),+].len();
        static SOURCES: [LocaleSource; LOCALE_COUNT] = [$(LocaleSource {
            code: $code,
            native_name: $native,
            english_name: $english,
            deflated: include_bytes!(concat!(env!("OUT_DIR"), "/", $code, ".ftl.deflate")),
            review: OnceLock::new(),
        }),+];
    };
}

// English first: it is the catalogue's source.
locales![
    ("en", "English", "English"),
    ("it", "Italiano", "Italian"),
    ("fr", "Français", "French"),
    ("es", "Español", "Spanish"),
    ("ar", "العربية", "Arabic"),
    ("fa", "فارسی", "Persian"),
    ("ps", "پښتو", "Pashto"),
    ("ur", "اردو", "Urdu"),
    ("bn", "বাংলা", "Bengali"),
    ("ti", "ትግርኛ", "Tigrinya"),
    ("so", "Soomaali", "Somali"),
    ("uk", "Українська", "Ukrainian"),
];

/// The locales every chain ends with: English, then Italian, the language of the territory.
const LAST_RESORT: [&str; 2] = ["en", "it"];

/// Languages written right to left.
const RIGHT_TO_LEFT: &[&str] = &[
    "ar", "fa", "ps", "ur", "he", "ckb", "dv", "yi", "sd", "ug", "prs",
];

/// Codes people's phones report that the catalogue serves under another code.
const ALIASES: &[(&str, &str)] = &[
    ("prs", "fa"),
    ("pbu", "ps"),
    ("pbt", "ps"),
    ("tir", "ti"),
    ("som", "so"),
];

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Enum))]
pub enum TextDirection {
    LeftToRight,
    RightToLeft,
}

/// Whether a locale's texts were checked by a person.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Enum))]
pub enum Review {
    /// Machine-translated; nobody has checked it yet.
    Machine,
    /// Written or checked by a person.
    Reviewed,
}

/// A language for the language picker.
#[derive(Debug, Clone, PartialEq, Eq)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
pub struct Language {
    pub code: String,
    /// The language's name in itself ("العربية"), as the picker shows it.
    pub native_name: String,
    pub english_name: String,
    pub direction: TextDirection,
    pub review: Review,
}

/// A text and the locale it was actually found in.
#[derive(Debug, Clone, PartialEq, Eq)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
pub struct Localized {
    pub text: String,
    /// The locale the text is in; empty when no locale of the chain has the key.
    pub locale: String,
    pub direction: TextDirection,
}

/// An argument of a message.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Enum))]
pub enum Arg {
    Text(String),
    Number(f64),
}

/// A named argument of a message.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
pub struct NamedArg {
    pub name: String,
    pub value: Arg,
}

/// How complete and how checked one locale of the catalogue is.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
pub struct LocaleReport {
    pub locale: String,
    pub keys: u32,
    pub present: u32,
    /// Share of the source's keys present, 0 to 1.
    pub present_share: f64,
    /// Share of the source's keys present and reviewed by a person, 0 to 1.
    pub reviewed_share: f64,
    pub review: Review,
}

pub struct Catalogue {
    bundles: Vec<(&'static str, FluentBundle<FluentResource>)>,
}

/// Formats numbers inside messages with the locale's digits and separators.
struct NumberFormat(icu_decimal::DecimalFormatter);

impl intl_memoizer::Memoizable for NumberFormat {
    type Args = ();
    type Error = ();
    fn construct(lang: LanguageIdentifier, _: ()) -> Result<Self, ()> {
        decimal_formatter(&lang.to_string())
            .map(NumberFormat)
            .ok_or(())
    }
}

fn decimal_formatter(locale: &str) -> Option<icu_decimal::DecimalFormatter> {
    let locale: icu_locale_core::Locale = locale.parse().ok()?;
    icu_decimal::DecimalFormatter::try_new((&locale).into(), Default::default()).ok()
}

fn format_with_icu(
    value: &FluentValue<'_>,
    memoizer: &intl_memoizer::concurrent::IntlLangMemoizer,
) -> Option<String> {
    let FluentValue::Number(number) = value else {
        return None;
    };
    let decimal = decimal_of(
        number.value,
        number.options.minimum_fraction_digits,
        number.options.maximum_fraction_digits,
    )?;
    memoizer
        .with_try_get::<NumberFormat, _, _>((), |f| f.0.format(&decimal).to_string())
        .ok()
}

fn decimal_of(
    value: f64,
    min_fraction: Option<usize>,
    max_fraction: Option<usize>,
) -> Option<icu_decimal::input::Decimal> {
    let digits = max_fraction
        .or(min_fraction)
        .unwrap_or(if value.fract() == 0.0 { 0 } else { 2 })
        .min(6);
    let text = format!("{value:.digits$}");
    let text = if min_fraction.is_none() && text.contains('.') {
        text.trim_end_matches('0').trim_end_matches('.').to_owned()
    } else {
        text
    };
    text.parse().ok()
}

/// A locale is reviewed when every one of its files says so (each file's `# Review:` header;
/// `cargo xtask translations check` keeps a header from claiming more than its review marks).
fn review_of(source: &str) -> Review {
    let mut headers = source
        .lines()
        .filter_map(|l| l.strip_prefix("# Review:"))
        .map(str::trim)
        .peekable();
    if headers.peek().is_some() && headers.all(|state| state == "reviewed") {
        Review::Reviewed
    } else {
        Review::Machine
    }
}

impl Catalogue {
    /// The catalogue compiled into the library. A message that does not parse is a build
    /// mistake caught by the tests, so it is skipped here rather than failing at run time.
    pub fn get() -> &'static Catalogue {
        static CATALOGUE: OnceLock<Catalogue> = OnceLock::new();
        CATALOGUE.get_or_init(|| Catalogue {
            bundles: SOURCES
                .iter()
                .map(|locale| {
                    let resource = FluentResource::try_new(locale.source())
                        .unwrap_or_else(|(partial, _)| partial);
                    let langid: LanguageIdentifier = locale.code.parse().unwrap_or_default();
                    let mut bundle = FluentBundle::new_concurrent(vec![langid]);
                    bundle.set_formatter(Some(format_with_icu));
                    let _ = bundle.add_resource(resource);
                    (locale.code, bundle)
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
                direction: direction(code),
            };
        }
        // A missing key is caught by the catalogue tests; showing the key beats showing nothing.
        Localized {
            text: key.to_owned(),
            locale: String::new(),
            direction: TextDirection::LeftToRight,
        }
    }

    /// Formats `key` with named arguments, as the apps call it.
    pub fn t(&self, chain: &[String], key: &str, args: &[NamedArg]) -> Localized {
        let mut fluent = FluentArgs::new();
        for arg in args {
            match &arg.value {
                Arg::Text(text) => fluent.set(arg.name.clone(), text.clone()),
                Arg::Number(n) => fluent.set(arg.name.clone(), *n),
            }
        }
        self.format(chain, key, Some(&fluent))
    }

    /// Formats `key` with arguments written as `(name, value)` pairs, as the core's views
    /// write them.
    pub fn with(&self, chain: &[String], key: &str, args: &[(&str, Arg)]) -> Localized {
        let mut fluent = FluentArgs::new();
        for (name, value) in args {
            match value {
                Arg::Text(text) => fluent.set(*name, text.clone()),
                Arg::Number(n) => fluent.set(*name, *n),
            }
        }
        self.format(chain, key, Some(&fluent))
    }

    /// Whether `locale` has its own text for `key`.
    pub fn has(&self, locale: &str, key: &str) -> bool {
        self.bundles
            .iter()
            .any(|(code, bundle)| *code == locale && bundle.has_message(key))
    }
}

/// The source's message keys.
fn source_keys() -> Vec<String> {
    message_keys(&SOURCES[0].source())
}

fn message_keys(source: &str) -> Vec<String> {
    let resource =
        FluentResource::try_new(source.to_owned()).unwrap_or_else(|(partial, _)| partial);
    resource
        .entries()
        .filter_map(|e| match e {
            fluent_syntax::ast::Entry::Message(m) if m.value.is_some() => {
                Some(m.id.name.to_owned())
            }
            _ => None,
        })
        .collect()
}

/// Per locale, the share of the source's keys present and the share reviewed by a person.
pub fn catalogue_report() -> Vec<LocaleReport> {
    let keys = source_keys();
    SOURCES
        .iter()
        .map(|locale| {
            let source = locale.source();
            let present = message_keys(&source)
                .iter()
                .filter(|k| keys.contains(k))
                .count() as u32;
            let review = locale.review();
            let share = f64::from(present) / keys.len().max(1) as f64;
            LocaleReport {
                locale: locale.code.to_owned(),
                keys: keys.len() as u32,
                present,
                present_share: share,
                reviewed_share: if review == Review::Reviewed {
                    share
                } else {
                    0.0
                },
                review,
            }
        })
        .collect()
}

/// The languages of the catalogue, for the language picker.
pub fn languages() -> Vec<Language> {
    SOURCES
        .iter()
        .map(|l| Language {
            code: l.code.to_owned(),
            native_name: l.native_name.to_owned(),
            english_name: l.english_name.to_owned(),
            direction: direction(l.code),
            review: l.review(),
        })
        .collect()
}

/// The languages to look content texts up in (services, guides): the person's, then Italian
/// and English, the usual source languages.
pub(crate) fn content_lookup(languages: &[String]) -> Vec<String> {
    let mut all: Vec<String> = Vec::with_capacity(languages.len() + 2);
    for l in languages.iter().map(String::as_str).chain(["it", "en"]) {
        if !all.iter().any(|a| a == l) {
            all.push(l.to_owned());
        }
    }
    all
}

/// The catalogue locale that serves a requested locale (`ar-EG` → `ar`, `prs` → `fa`).
pub(crate) fn supported(requested: &str) -> Option<&'static str> {
    let id: LanguageIdentifier = requested.trim().replace('_', "-").parse().ok()?;
    let language = id.language.as_str();
    let language = ALIASES
        .iter()
        .find(|(from, _)| *from == language)
        .map(|(_, to)| *to)
        .unwrap_or(language);
    // Persian as written in Afghanistan (Dari) is served by the Persian catalogue.
    SOURCES
        .iter()
        .map(|l| l.code)
        .find(|code| *code == language)
}

/// The chain of locales to show texts in: the person's own choice first (when made), then the
/// phone's preferred locales (best first), then English and Italian.
pub fn negotiate(preferred: &[String], user_choice: Option<&str>) -> Vec<String> {
    let mut chain: Vec<String> = Vec::new();
    for wanted in user_choice
        .into_iter()
        .chain(preferred.iter().map(String::as_str))
        .chain(LAST_RESORT)
    {
        if let Some(code) = supported(wanted) {
            if !chain.iter().any(|c| c == code) {
                chain.push(code.to_owned());
            }
        }
    }
    chain
}

/// The chain for someone who reads `preferred` (best first), with no explicit choice.
pub fn fallback_chain(preferred: &[String]) -> Vec<String> {
    negotiate(preferred, None)
}

pub fn direction(locale: &str) -> TextDirection {
    let language = locale.split(['-', '_']).next().unwrap_or("");
    if RIGHT_TO_LEFT.contains(&language) {
        TextDirection::RightToLeft
    } else {
        TextDirection::LeftToRight
    }
}

/// A number in the locale's digits and separators ("1.234,5" in Italian, "١٬٢٣٤٫٥" in Arabic).
pub fn format_number(locale: &str, value: f64) -> String {
    let Some(decimal) = decimal_of(value, None, None) else {
        return value.to_string();
    };
    static CACHE: FormatterCache<icu_decimal::DecimalFormatter> = OnceLock::new();
    match cached(&CACHE, locale, |_| decimal_formatter(locale)) {
        Some(formatter) => formatter.format(&decimal).to_string(),
        None => value.to_string(),
    }
}

/// Formatters per locale, built once: building one looks up its data and compiles its
/// patterns, which costs more than formatting a whole screen's times with it.
type FormatterCache<F> =
    OnceLock<std::sync::Mutex<std::collections::HashMap<String, Option<Arc<F>>>>>;

fn cached<F>(
    cache: &'static FormatterCache<F>,
    locale: &str,
    build: impl FnOnce(&icu_locale_core::Locale) -> Option<F>,
) -> Option<Arc<F>> {
    let map = cache.get_or_init(Default::default);
    if let Some(found) = map.lock().unwrap_or_else(|p| p.into_inner()).get(locale) {
        return found.clone();
    }
    let built = locale
        .parse::<icu_locale_core::Locale>()
        .ok()
        .and_then(|parsed| build(&parsed))
        .map(Arc::new);
    map.lock()
        .unwrap_or_else(|p| p.into_inner())
        .insert(locale.to_owned(), built.clone());
    built
}

fn civil_to_icu(date: jiff::civil::Date) -> Option<icu_calendar::Date<icu_calendar::Iso>> {
    icu_calendar::Date::try_new_iso(i32::from(date.year()), date.month() as u8, date.day() as u8)
        .ok()
}

/// A calendar date (ISO `YYYY-MM-DD`) written for the locale ("10 feb 2024", "10 févr. 2024").
/// The text is returned unchanged when it is not a date.
pub fn format_date(locale: &str, iso_date: &str) -> String {
    let Ok(date) = iso_date.trim().parse::<jiff::civil::Date>() else {
        return iso_date.to_owned();
    };
    static CACHE: FormatterCache<icu_datetime::DateTimeFormatter<icu_datetime::fieldsets::YMD>> =
        OnceLock::new();
    let formatter = cached(&CACHE, locale, |parsed| {
        icu_datetime::DateTimeFormatter::try_new(
            parsed.into(),
            icu_datetime::fieldsets::YMD::medium(),
        )
        .ok()
    });
    match (formatter, civil_to_icu(date)) {
        (Some(formatter), Some(date)) => formatter.format(&date).to_string(),
        _ => iso_date.to_owned(),
    }
}

/// A time of day ("09:30", "9:30 AM", "٩:٣٠ ص") for an instant, at the phone's UTC offset.
pub fn format_time(locale: &str, at: crate::time::Timestamp, time_zone: &str) -> String {
    // A formatter cannot fail: an unknown zone shows Italian time, where Ponte's people are.
    let zone = crate::time::time_zone(crate::fields::QueryField::TimeZone, time_zone)
        .or_else(|_| crate::time::time_zone(crate::fields::QueryField::TimeZone, ""))
        .unwrap_or(jiff::tz::TimeZone::UTC);
    let local = at.zoned(&zone).datetime();
    let fallback = format!("{:02}:{:02}", local.hour(), local.minute());
    static CACHE: FormatterCache<icu_datetime::NoCalendarFormatter<icu_datetime::fieldsets::T>> =
        OnceLock::new();
    let Some(formatter) = cached(&CACHE, locale, |parsed| {
        icu_datetime::NoCalendarFormatter::try_new(parsed.into(), icu_datetime::fieldsets::T::hm())
            .ok()
    }) else {
        return fallback;
    };
    let Ok(time) =
        icu_datetime::input::Time::try_new(local.hour() as u8, local.minute() as u8, 0, 0)
    else {
        return fallback;
    };
    formatter.format(&time).to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn placeables(source: &str) -> std::collections::HashMap<String, Vec<String>> {
        let resource =
            FluentResource::try_new(source.to_owned()).unwrap_or_else(|(partial, _)| partial);
        let mut found = std::collections::HashMap::new();
        for entry in resource.entries() {
            if let fluent_syntax::ast::Entry::Message(m) = entry {
                let text = format!("{:?}", m.value);
                let mut names: Vec<String> = text
                    .split("VariableReference { id: Identifier { name: \"")
                    .skip(1)
                    .filter_map(|rest| rest.split('"').next())
                    .map(str::to_owned)
                    .collect();
                names.sort();
                names.dedup();
                found.insert(m.id.name.to_owned(), names);
            }
        }
        found
    }

    #[test]
    fn every_locale_parses_is_complete_and_uses_only_source_placeables() {
        let source_keys = source_keys();
        assert!(source_keys.len() > 300, "{}", source_keys.len());
        let source_placeables = placeables(&SOURCES[0].source());
        assert_eq!(SOURCES.len(), 12);
        for locale in &SOURCES {
            if let Err((_, errors)) = FluentResource::try_new(locale.source()) {
                panic!("{}: messages that do not parse: {errors:?}", locale.code);
            }
            let keys = message_keys(&locale.source());
            for key in &source_keys {
                assert!(keys.contains(key), "{} lacks {key}", locale.code);
            }
            for key in &keys {
                assert!(
                    source_keys.contains(key),
                    "{} has {key}, which the source does not",
                    locale.code
                );
            }
            for (key, names) in placeables(&locale.source()) {
                let allowed = source_placeables.get(&key).cloned().unwrap_or_default();
                for name in names {
                    assert!(
                        allowed.contains(&name),
                        "{}: {key} uses ${name}, not in the source",
                        locale.code
                    );
                }
            }
            assert!(
                locale
                    .source()
                    .lines()
                    .nth(1)
                    .is_some_and(|l| l.starts_with("# Review: ")),
                "{}: line 2 must say its review state",
                locale.code
            );
        }
    }

    #[test]
    fn no_message_is_empty() {
        for locale in &SOURCES {
            let bundle = &Catalogue::get()
                .bundles
                .iter()
                .find(|(c, _)| *c == locale.code)
                .unwrap()
                .1;
            for key in message_keys(&locale.source()) {
                let pattern = bundle.get_message(&key).and_then(|m| m.value()).unwrap();
                let mut errors = vec![];
                let mut args = FluentArgs::new();
                for name in [
                    "employer",
                    "days",
                    "document",
                    "action",
                    "time",
                    "tutor",
                    "name",
                    "stage",
                    "round",
                    "date",
                    "count",
                    "hours",
                    "km",
                    "shifts",
                    "transport",
                    "sector",
                    "level",
                    "status",
                    "distance",
                    "language",
                    "wanted",
                    "day",
                    "current",
                    "total",
                    "minutes",
                    "lesson",
                    "done",
                    "course",
                    "when",
                    "organisation",
                ] {
                    args.set(name, 2);
                }
                let text = bundle.format_pattern(pattern, Some(&args), &mut errors);
                assert!(!text.trim().is_empty(), "{}: {key} is empty", locale.code);
            }
        }
    }

    #[test]
    fn report_lists_every_locale() {
        let report = catalogue_report();
        assert_eq!(report.len(), SOURCES.len());
        // The report, as `cargo test -p ponte-core report_lists -- --nocapture` shows it.
        for r in &report {
            eprintln!(
                "{:<3} {:>3}/{} keys ({:>3.0}%), reviewed {:>3.0}%",
                r.locale,
                r.present,
                r.keys,
                r.present_share * 100.0,
                r.reviewed_share * 100.0
            );
        }
        let en = report.iter().find(|r| r.locale == "en").unwrap();
        assert_eq!((en.present_share, en.review), (1.0, Review::Reviewed));
        for r in &report {
            assert_eq!(r.present, r.keys, "{} is incomplete", r.locale);
            assert!(r.reviewed_share <= r.present_share);
        }
    }

    #[test]
    fn a_locale_is_reviewed_only_when_every_file_is() {
        let file = |state: &str| format!("# Ponte — a part.\n# Review: {state}\n\nkey = Text\n");
        let all = [file("reviewed"), file("reviewed")].join("\n");
        assert_eq!(review_of(&all), Review::Reviewed);
        let one_machine = [file("reviewed"), file("machine")].join("\n");
        assert_eq!(review_of(&one_machine), Review::Machine);
        assert_eq!(review_of("key = Text\n"), Review::Machine);
        assert_eq!(review_of(&file("outdated")), Review::Machine);
        // English, the source, has seven files, all written by people.
        let english = languages().into_iter().find(|l| l.code == "en").unwrap();
        assert_eq!(english.review, Review::Reviewed);
    }

    #[test]
    fn negotiation_builds_a_chain_ending_in_english_and_italian() {
        assert_eq!(
            negotiate(&["ar-EG".into(), "de-DE".into()], None),
            ["ar", "en", "it"]
        );
        assert_eq!(negotiate(&["de-DE".into()], Some("ar")), ["ar", "en", "it"]);
        assert_eq!(negotiate(&["it-IT".into()], None), ["it", "en"]);
        assert_eq!(
            negotiate(&["it_IT".into(), "ar".into()], None),
            ["it", "ar", "en"]
        );
        assert_eq!(negotiate(&["not a locale!".into()], Some("")), ["en", "it"]);
        assert_eq!(direction("ar-EG"), TextDirection::RightToLeft);
        assert_eq!(direction("ti"), TextDirection::LeftToRight);
    }

    #[test]
    fn arabic_has_six_plural_forms() {
        let catalogue = Catalogue::get();
        let chain = vec!["ar".to_owned()];
        let forms: Vec<String> = [0.0, 1.0, 2.0, 3.0, 11.0, 100.0]
            .iter()
            .map(|n| {
                catalogue
                    .t(
                        &chain,
                        "home-follow-up",
                        &[
                            NamedArg {
                                name: "employer".into(),
                                value: Arg::Text("Coop".into()),
                            },
                            NamedArg {
                                name: "days".into(),
                                value: Arg::Number(*n),
                            },
                        ],
                    )
                    .text
            })
            .collect();
        let distinct: std::collections::HashSet<&String> = forms.iter().collect();
        assert_eq!(distinct.len(), 6, "{forms:#?}");
    }

    #[test]
    fn arabic_writes_quantities_in_the_digits_of_its_filled_in_numbers() {
        // A number Ponte fills in (`{ $count }`) and a number written in the text ("60 days")
        // must not mix Latin and Arabic-Indic digits on one screen (issue 20).
        let catalogue = Catalogue::get();
        let chain = vec!["ar".to_owned()];
        let filled = catalogue
            .with(&chain, "stats-hires", &[("count", Arg::Number(3.0))])
            .text;
        let arabic_indic = filled.contains('\u{0663}');
        assert!(arabic_indic || filled.contains('3'), "{filled}");
        for key in [
            "home-permit-renew",
            "error-sync-too-many-attempts",
            "error-invalid-bad-key-length",
            "tutor-code-hint",
            "tutor-code-format",
            "services-open-all-day",
        ] {
            let text = catalogue.format(&chain, key, None).text;
            let latin = text.chars().filter(char::is_ascii_digit).count();
            let indic = text
                .chars()
                .filter(|c| ('\u{0660}'..='\u{0669}').contains(c))
                .count();
            let (wrong, right) = if arabic_indic {
                (latin, indic)
            } else {
                (indic, latin)
            };
            assert!(
                wrong == 0 && right > 0,
                "{key}: {text} (filled in: {filled})"
            );
        }
    }

    #[test]
    fn placeables_are_isolated_in_right_to_left_text() {
        let text = Catalogue::get()
            .t(
                &["ar".into()],
                "notification-interview",
                &[
                    NamedArg {
                        name: "employer".into(),
                        value: Arg::Text("Coop Sole".into()),
                    },
                    NamedArg {
                        name: "time".into(),
                        value: Arg::Text("09:30".into()),
                    },
                ],
            )
            .text;
        assert!(text.contains("\u{2068}Coop Sole\u{2069}"), "{text}");
    }

    #[test]
    fn fallback_says_where_the_text_came_from() {
        let found = Catalogue::get().t(&["ti".into(), "en".into(), "it".into()], "nav-home", &[]);
        assert_eq!(found.locale, "ti");
        let missing = Catalogue::get().t(&["ti".into(), "it".into()], "no-such-key", &[]);
        assert_eq!(
            (missing.text.as_str(), missing.locale.as_str()),
            ("no-such-key", "")
        );
    }

    #[test]
    fn numbers_and_dates_follow_the_locale() {
        assert_eq!(format_number("it", 12345.5), "12.345,5");
        assert_eq!(format_number("en", 1234.5), "1,234.5");
        // CLDR writes Arabic with Latin digits by default and with Arabic-Indic digits in Egypt.
        assert_eq!(format_number("ar", 12.0), "12");
        assert_eq!(format_number("ar-EG", 12.0), "١٢");
        assert_eq!(format_date("it", "2027-02-10"), "10 feb 2027");
        assert_eq!(format_date("en", "2027-02-10"), "Feb 10, 2027");
        assert_eq!(format_date("it", "not a date"), "not a date");
        // 08:30 UTC is 09:30 in Rome in winter.
        let at = crate::time::Timestamp::from_millis(1_795_422_600_000);
        assert_eq!(format_time("it", at, "Europe/Rome"), "09:30");
        assert_eq!(format_time("it", at, "UTC"), "08:30");
        // In July Rome is two hours ahead of UTC.
        let summer = crate::time::Timestamp::parse("2026-07-01T07:30:00Z").unwrap();
        assert_eq!(format_time("it", summer, "Europe/Rome"), "09:30");
        // Numbers inside messages use the locale's digits too.
        let text = Catalogue::get()
            .t(
                &["it".into()],
                "cv-hours-per-week",
                &[NamedArg {
                    name: "hours".into(),
                    value: Arg::Number(15000.0),
                }],
            )
            .text;
        assert_eq!(text, "\u{2068}15.000\u{2069} ore a settimana");
    }
}
