//! Why a record's field, an imported row or an imported file is refused: a typed reason that
//! each reader puts in their own words. The coordinator's dashboard renders it from its
//! catalogue by [`Problem::key`] and [`Problem::args`] (`problem-*` in
//! `coordinator/locales/<locale>/dashboard.ftl`); the command line and the logs print its
//! English [`Display`](std::fmt::Display).
//!
//! Each variant is precise enough for its sentence to say what to do. A parser's own
//! explanation (opening hours, CSV, JSON) travels as `detail`: a technical note shown beside the
//! catalogued sentence, in the parser's English.

use crate::guides::{
    BodyError, BodyProblem, ImageProblem, MAX_GUIDE_IMAGE_BYTES, MAX_GUIDE_IMAGE_SIDE,
};

/// A value put into a catalogued sentence.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ProblemArg {
    Text(String),
    Number(u64),
}

impl std::fmt::Display for ProblemArg {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            ProblemArg::Text(text) => f.write_str(text),
            ProblemArg::Number(n) => write!(f, "{n}"),
        }
    }
}

fn text(name: &'static str, value: &str) -> (&'static str, ProblemArg) {
    (name, ProblemArg::Text(value.to_owned()))
}

fn number(name: &'static str, value: impl TryInto<u64>) -> (&'static str, ProblemArg) {
    (
        name,
        ProblemArg::Number(value.try_into().unwrap_or(u64::MAX)),
    )
}

/// Why a field, a row or a file is refused.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Problem {
    // Any record.
    /// The field is empty and must not be.
    Required,
    /// An id that is not 1 to 100 lowercase letters, digits, `-_.:`.
    RecordIdRule,
    VersionAtLeastOne,
    /// A territory's code that is not lowercase letters, digits and `-`.
    RegionCode,
    /// A date that is not `YYYY-MM-DD`.
    Date,
    /// `code` is not a language code such as `it` or `pt-BR`.
    NotALanguageCode {
        code: String,
    },
    /// `value` (an id, a language) is there twice.
    AppearsTwice {
        value: String,
    },
    /// A text longer than `max` characters.
    TooLong {
        max: usize,
    },
    /// No text in the record's source language `language`.
    SourceTextRequired {
        language: String,
    },
    /// A translation's source version above the record's `version` (or 0).
    SourceVersionOutOfRange {
        version: u32,
    },

    // Services.
    CategoryRequired,
    Latitude,
    Longitude,
    /// A latitude without a longitude or the other way round: a position is both or neither.
    PositionHalf,
    /// Not OpenStreetMap `opening_hours` syntax; `detail` is the parser's explanation.
    OpeningHours {
        detail: String,
    },

    // Guides.
    /// A parent that is not another guide's id.
    NotAnotherGuide,
    /// A source's address that is not `https://`.
    HttpsAddress,
    /// The body has what the Markdown subset does not take, on a line.
    GuideBody(BodyError),
    /// The guide's image cannot be a guide's.
    GuideImage(ImageProblem),
    /// The image is not described in the source language.
    ImageAltRequired,
    /// A description of an image the guide does not have.
    ImageAltWithoutImage,

    // The glossary.
    TermRequired,
    TooManyTerms {
        max: usize,
    },
    EmptyTerm,

    // Lessons (course files uploaded on the dashboard).
    /// A course's or a lesson's id: lowercase letters, digits and `-`, once in the curriculum.
    LessonIdRule,
    /// The text in `language` is missing or empty.
    LessonTextMissing {
        language: String,
    },
    /// The course's translations do not list `language`.
    TranslationMissing {
        language: String,
    },
    CourseWithoutLessons,
    LessonWithoutSteps,
    MinutesRange,
    /// A "m of n" mastery rule whose m is not 1 to n.
    MasteryMOfN,
    /// A streak mastery rule of 0.
    MasteryStreak,
    /// The mastery rule needs `needed` quiz items; the lesson has `items`.
    MasteryNeedsItems {
        needed: u32,
        items: u32,
    },
    /// `[[term]]` is not a term of the lesson's glossary in `language`.
    NotAGlossaryTerm {
        term: String,
        language: String,
    },
    /// A single-choice item with `found` right answers instead of one.
    OneRightAnswer {
        found: usize,
    },
    /// A multiple-choice item without a right answer.
    SomeRightAnswer,
    TwoItemsToOrder,
    TwoPairs,
    /// Fewer than two choices, or two with the same id.
    TwoChoices,
    /// A media file the step names is not among the uploaded ones.
    MediaMissing {
        path: String,
    },
    /// A step that states a law, a cost or a deadline (`found`, the words that show it)
    /// without being marked with its claims and sources.
    ClaimWithoutSource {
        found: String,
    },
    /// A step marked with claims but no sources, or sources but no claims.
    ClaimMarkedWithoutSource,
    /// A step's `claims` names a kind that is not law, cost, deadline or rule.
    ClaimKindUnknown {
        kind: String,
    },
    /// A step cites a source the course does not list.
    SourceUnknown {
        id: String,
    },
    /// A course's source without a reference, an `https://` address or a `YYYY-MM-DD` date.
    SourceIncomplete {
        id: String,
    },
    /// A course's source no step cites.
    SourceNotCited {
        id: String,
    },
    /// A prerequisite that is not a lesson of the curriculum.
    NotALesson {
        id: String,
    },
    /// A course file that is not UTF-8 text.
    NotUtf8,
    /// JSON, but not a course: a field missing or of the wrong type (`detail`, serde's words).
    NotACourse {
        detail: String,
    },
    /// A field of a course file this build does not know, `at` its place.
    CourseUnknownField {
        at: String,
    },
    /// An item of a kind this build does not know (a step's `kind`), `at` its place.
    CourseUnknownKind {
        at: String,
    },
    /// A value this build does not know (`value`, as JSON), `at` its place.
    CourseUnknownValue {
        at: String,
        value: String,
    },

    // Imported rows.
    UnknownColumn,
    UnknownCategory {
        code: String,
    },
    UnknownAudience {
        code: String,
    },
    NotANumber {
        value: String,
    },
    NotAWholeNumber {
        value: String,
    },
    NotYesNo {
        value: String,
    },
    NotAProvenance {
        value: String,
    },
    /// A CSV line that cannot be read as a row (a wrong number of fields); `detail` is the CSV
    /// reader's.
    BadCsvRow {
        detail: String,
    },
    GeometryNotAPoint,
    CoordinatesMissing,
    /// An OpenStreetMap element whose tags do not say what kind of service it is.
    OsmKindUnknown,

    // Imported files that cannot be read at all.
    /// Not CSV as the importer reads it; `detail` is the CSV reader's.
    NotCsv {
        detail: String,
    },
    /// Not JSON; `line` of the file, `detail` the JSON reader's.
    NotJson {
        line: usize,
        detail: String,
    },
    NotGeoJson,
    NotOverpassJson,
}

impl Problem {
    /// The problem's sentence in the dashboard's catalogue.
    pub fn key(&self) -> &'static str {
        match self {
            Problem::Required => "problem-required",
            Problem::RecordIdRule => "problem-record-id",
            Problem::VersionAtLeastOne => "problem-version",
            Problem::RegionCode => "problem-region",
            Problem::Date => "problem-date",
            Problem::NotALanguageCode { .. } => "problem-language-code",
            Problem::AppearsTwice { .. } => "problem-twice",
            Problem::TooLong { .. } => "problem-too-long",
            Problem::SourceTextRequired { .. } => "problem-source-text",
            Problem::SourceVersionOutOfRange { .. } => "problem-source-version",
            Problem::CategoryRequired => "problem-category",
            Problem::Latitude => "problem-latitude",
            Problem::Longitude => "problem-longitude",
            Problem::PositionHalf => "problem-position-half",
            Problem::OpeningHours { .. } => "problem-opening-hours",
            Problem::NotAnotherGuide => "problem-parent",
            Problem::HttpsAddress => "problem-https",
            Problem::GuideBody(error) => match error.problem {
                BodyProblem::Image => "problem-body-image",
                BodyProblem::Html => "problem-body-html",
                BodyProblem::Code => "problem-body-code",
                BodyProblem::Quote => "problem-body-quote",
                BodyProblem::Rule => "problem-body-rule",
                BodyProblem::LinkTarget(_) => "problem-body-link",
            },
            Problem::GuideImage(problem) => match problem {
                ImageProblem::TooLarge { .. } => "problem-image-too-large",
                ImageProblem::NotAnImage => "problem-image-not-image",
                ImageProblem::TooManyPixels { .. } => "problem-image-too-many-pixels",
            },
            Problem::ImageAltRequired => "problem-image-alt-required",
            Problem::ImageAltWithoutImage => "problem-image-alt-without-image",
            Problem::TermRequired => "problem-term-required",
            Problem::TooManyTerms { .. } => "problem-too-many-terms",
            Problem::EmptyTerm => "problem-empty-term",
            Problem::LessonIdRule => "problem-lesson-id",
            Problem::LessonTextMissing { .. } => "problem-lesson-text",
            Problem::TranslationMissing { .. } => "problem-translation-missing",
            Problem::CourseWithoutLessons => "problem-course-lessons",
            Problem::LessonWithoutSteps => "problem-lesson-steps",
            Problem::MinutesRange => "problem-minutes",
            Problem::MasteryMOfN => "problem-mastery-m-of-n",
            Problem::MasteryStreak => "problem-mastery-streak",
            Problem::MasteryNeedsItems { .. } => "problem-mastery-items",
            Problem::NotAGlossaryTerm { .. } => "problem-glossary-term",
            Problem::OneRightAnswer { .. } => "problem-one-right-answer",
            Problem::SomeRightAnswer => "problem-some-right-answer",
            Problem::TwoItemsToOrder => "problem-two-items",
            Problem::TwoPairs => "problem-two-pairs",
            Problem::TwoChoices => "problem-two-choices",
            Problem::MediaMissing { .. } => "problem-media-missing",
            Problem::ClaimMarkedWithoutSource => "problem-claim-marked-without-source",
            Problem::ClaimWithoutSource { .. } => "problem-claim-without-source",
            Problem::ClaimKindUnknown { .. } => "problem-claim-kind-unknown",
            Problem::SourceUnknown { .. } => "problem-source-unknown",
            Problem::SourceIncomplete { .. } => "problem-source-incomplete",
            Problem::SourceNotCited { .. } => "problem-source-not-cited",
            Problem::NotALesson { .. } => "problem-not-a-lesson",
            Problem::NotUtf8 => "problem-not-utf8",
            Problem::NotACourse { .. } => "problem-not-a-course",
            Problem::CourseUnknownField { .. } => "problem-course-unknown-field",
            Problem::CourseUnknownKind { .. } => "problem-course-unknown-kind",
            Problem::CourseUnknownValue { .. } => "problem-course-unknown-value",
            Problem::UnknownColumn => "problem-unknown-column",
            Problem::UnknownCategory { .. } => "problem-unknown-category",
            Problem::UnknownAudience { .. } => "problem-unknown-audience",
            Problem::NotANumber { .. } => "problem-not-a-number",
            Problem::NotAWholeNumber { .. } => "problem-not-a-whole-number",
            Problem::NotYesNo { .. } => "problem-not-yes-no",
            Problem::NotAProvenance { .. } => "problem-not-a-provenance",
            Problem::BadCsvRow { .. } => "problem-bad-csv-row",
            Problem::GeometryNotAPoint => "problem-geometry-not-point",
            Problem::CoordinatesMissing => "problem-coordinates-missing",
            Problem::OsmKindUnknown => "problem-osm-kind",
            Problem::NotCsv { .. } => "problem-not-csv",
            Problem::NotJson { .. } => "problem-not-json",
            Problem::NotGeoJson => "problem-not-geojson",
            Problem::NotOverpassJson => "problem-not-overpass",
        }
    }

    /// The values the sentence names. A parser's `detail` is not among them: see
    /// [`Problem::detail`].
    pub fn args(&self) -> Vec<(&'static str, ProblemArg)> {
        match self {
            Problem::NotALanguageCode { code } => vec![text("code", code)],
            Problem::AppearsTwice { value } => vec![text("value", value)],
            Problem::TooLong { max } | Problem::TooManyTerms { max } => vec![number("max", *max)],
            Problem::SourceTextRequired { language }
            | Problem::LessonTextMissing { language }
            | Problem::TranslationMissing { language } => vec![text("language", language)],
            Problem::SourceVersionOutOfRange { version } => vec![number("version", *version)],
            Problem::GuideBody(error) => {
                let mut args = vec![number("line", error.line)];
                if let BodyProblem::LinkTarget(target) = &error.problem {
                    args.push(text("target", target));
                }
                args
            }
            Problem::GuideImage(problem) => match problem {
                ImageProblem::TooLarge { .. } => {
                    vec![number("max_kib", MAX_GUIDE_IMAGE_BYTES / 1024)]
                }
                ImageProblem::NotAnImage => Vec::new(),
                ImageProblem::TooManyPixels { width, height } => vec![
                    number("width", *width),
                    number("height", *height),
                    number("side", MAX_GUIDE_IMAGE_SIDE),
                ],
            },
            Problem::MasteryNeedsItems { needed, items } => {
                vec![number("needed", *needed), number("items", *items)]
            }
            Problem::NotAGlossaryTerm { term, language } => {
                vec![text("term", term), text("language", language)]
            }
            Problem::OneRightAnswer { found } => vec![number("found", *found)],
            Problem::MediaMissing { path } => vec![text("path", path)],
            Problem::ClaimWithoutSource { found } => vec![text("found", found)],
            Problem::ClaimKindUnknown { kind } => vec![text("kind", kind)],
            Problem::SourceUnknown { id }
            | Problem::SourceIncomplete { id }
            | Problem::SourceNotCited { id } => vec![text("id", id)],
            Problem::NotALesson { id } => vec![text("id", id)],
            Problem::CourseUnknownField { at } | Problem::CourseUnknownKind { at } => {
                vec![text("at", at)]
            }
            Problem::CourseUnknownValue { at, value } => {
                vec![text("at", at), text("value", value)]
            }
            Problem::UnknownCategory { code } | Problem::UnknownAudience { code } => {
                vec![text("code", code)]
            }
            Problem::NotANumber { value }
            | Problem::NotAWholeNumber { value }
            | Problem::NotYesNo { value }
            | Problem::NotAProvenance { value } => vec![text("value", value)],
            Problem::NotJson { line, .. } => vec![number("line", *line)],
            _ => Vec::new(),
        }
    }

    /// A parser's own explanation, in its English, shown apart from the catalogued sentence.
    pub fn detail(&self) -> Option<&str> {
        match self {
            Problem::OpeningHours { detail }
            | Problem::BadCsvRow { detail }
            | Problem::NotCsv { detail }
            | Problem::NotJson { detail, .. }
            | Problem::NotACourse { detail } => Some(detail),
            _ => None,
        }
    }

    /// One problem of each kind, for the tests that check every key has its words in each
    /// catalogue and every argument its value.
    #[doc(hidden)]
    pub fn all_examples() -> Vec<Problem> {
        let s = |t: &str| t.to_owned();
        let body = |problem| Problem::GuideBody(BodyError { line: 3, problem });
        vec![
            Problem::Required,
            Problem::RecordIdRule,
            Problem::VersionAtLeastOne,
            Problem::RegionCode,
            Problem::Date,
            Problem::NotALanguageCode { code: s("Arabic") },
            Problem::AppearsTwice { value: s("bo-1") },
            Problem::TooLong { max: 80 },
            Problem::SourceTextRequired { language: s("it") },
            Problem::SourceVersionOutOfRange { version: 2 },
            Problem::CategoryRequired,
            Problem::Latitude,
            Problem::Longitude,
            Problem::PositionHalf,
            Problem::OpeningHours {
                detail: s("unexpected token"),
            },
            Problem::NotAnotherGuide,
            Problem::HttpsAddress,
            body(BodyProblem::Image),
            body(BodyProblem::Html),
            body(BodyProblem::Code),
            body(BodyProblem::Quote),
            body(BodyProblem::Rule),
            body(BodyProblem::LinkTarget(s("ftp://x"))),
            Problem::GuideImage(ImageProblem::TooLarge { bytes: 200_000 }),
            Problem::GuideImage(ImageProblem::NotAnImage),
            Problem::GuideImage(ImageProblem::TooManyPixels {
                width: 4000,
                height: 3000,
            }),
            Problem::ImageAltRequired,
            Problem::ImageAltWithoutImage,
            Problem::TermRequired,
            Problem::TooManyTerms { max: 12 },
            Problem::EmptyTerm,
            Problem::LessonIdRule,
            Problem::LessonTextMissing { language: s("en") },
            Problem::TranslationMissing { language: s("ar") },
            Problem::CourseWithoutLessons,
            Problem::LessonWithoutSteps,
            Problem::MinutesRange,
            Problem::MasteryMOfN,
            Problem::MasteryStreak,
            Problem::MasteryNeedsItems {
                needed: 3,
                items: 1,
            },
            Problem::NotAGlossaryTerm {
                term: s("SPID"),
                language: s("it"),
            },
            Problem::OneRightAnswer { found: 2 },
            Problem::SomeRightAnswer,
            Problem::TwoItemsToOrder,
            Problem::TwoPairs,
            Problem::TwoChoices,
            Problem::MediaMissing {
                path: s("media/x.png"),
            },
            Problem::ClaimWithoutSource {
                found: s("art. 67"),
            },
            Problem::ClaimMarkedWithoutSource,
            Problem::ClaimKindUnknown { kind: s("opinion") },
            Problem::SourceUnknown { id: s("dpr-1124") },
            Problem::SourceIncomplete { id: s("dpr-1124") },
            Problem::SourceNotCited { id: s("dpr-1124") },
            Problem::NotALesson { id: s("spid-2") },
            Problem::NotUtf8,
            Problem::NotACourse {
                detail: s("missing field `lessons`"),
            },
            Problem::CourseUnknownField {
                at: s("lessons[0].colour"),
            },
            Problem::CourseUnknownKind {
                at: s("lessons[0].steps[2]"),
            },
            Problem::CourseUnknownValue {
                at: s("level"),
                value: s("\"expert\""),
            },
            Problem::UnknownColumn,
            Problem::UnknownCategory {
                code: s("spaceships"),
            },
            Problem::UnknownAudience { code: s("cats") },
            Problem::NotANumber { value: s("north") },
            Problem::NotAWholeNumber { value: s("1.5") },
            Problem::NotYesNo { value: s("maybe") },
            Problem::NotAProvenance {
                value: s("guessed"),
            },
            Problem::BadCsvRow {
                detail: s("found record with 3 fields, but the previous record has 7 fields"),
            },
            Problem::GeometryNotAPoint,
            Problem::CoordinatesMissing,
            Problem::OsmKindUnknown,
            Problem::NotCsv {
                detail: s("invalid UTF-8"),
            },
            Problem::NotJson {
                line: 1,
                detail: s("EOF while parsing an object at line 1 column 1"),
            },
            Problem::NotGeoJson,
            Problem::NotOverpassJson,
        ]
    }
}

impl std::fmt::Display for Problem {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Problem::Required => f.write_str("is required"),
            Problem::RecordIdRule => {
                f.write_str("must be 1 to 100 characters: lowercase letters, digits, - _ . :")
            }
            Problem::VersionAtLeastOne => f.write_str("must be 1 or more"),
            Problem::RegionCode => {
                f.write_str("must be a territory code: lowercase letters, digits and -")
            }
            Problem::Date => f.write_str("must be a date YYYY-MM-DD"),
            Problem::NotALanguageCode { code } => {
                write!(f, "{code:?} is not a language code such as it or pt-BR")
            }
            Problem::AppearsTwice { value } => write!(f, "{value:?} appears twice"),
            Problem::TooLong { max } => write!(f, "a text is longer than {max} characters"),
            Problem::SourceTextRequired { language } => {
                write!(f, "a text in the source language {language:?} is required")
            }
            Problem::SourceVersionOutOfRange { version } => {
                write!(f, "must be between 1 and the record's version ({version})")
            }
            Problem::CategoryRequired => f.write_str("at least one category is required"),
            Problem::Latitude => f.write_str("must be a latitude between -90 and 90"),
            Problem::Longitude => f.write_str("must be a longitude between -180 and 180"),
            Problem::PositionHalf => f.write_str(
                "latitude and longitude go together: give both, or neither for no map position",
            ),
            Problem::OpeningHours { detail } => {
                write!(f, "not valid opening_hours syntax: {detail}")
            }
            Problem::NotAnotherGuide => f.write_str("must be another guide's id"),
            Problem::HttpsAddress => f.write_str("must be an https:// address"),
            Problem::GuideBody(error) => write!(f, "{error}"),
            Problem::GuideImage(problem) => write!(f, "{problem}"),
            Problem::ImageAltRequired => {
                f.write_str("the image's description is required in the source language")
            }
            Problem::ImageAltWithoutImage => {
                f.write_str("describes an image the guide does not have")
            }
            Problem::TermRequired => f.write_str("at least one term is required"),
            Problem::TooManyTerms { max } => write!(f, "at most {max} terms"),
            Problem::EmptyTerm => f.write_str("an empty term"),
            Problem::LessonIdRule => f.write_str(
                "the id is not valid (lowercase letters, digits and -, at most 80) or not unique",
            ),
            Problem::LessonTextMissing { language } => {
                write!(f, "the {language} text is missing or empty")
            }
            Problem::TranslationMissing { language } => write!(f, "{language} is missing"),
            Problem::CourseWithoutLessons => f.write_str("a course needs lessons"),
            Problem::LessonWithoutSteps => f.write_str("a lesson needs steps"),
            Problem::MinutesRange => f.write_str("must be between 1 and 120"),
            Problem::MasteryMOfN => f.write_str("m must be 1 to n"),
            Problem::MasteryStreak => f.write_str("n must be at least 1"),
            Problem::MasteryNeedsItems { needed, items } => {
                write!(f, "the rule needs {needed} items, the lesson has {items}")
            }
            Problem::NotAGlossaryTerm { term, language } => {
                write!(f, "[[{term}]] is not a glossary term in {language}")
            }
            Problem::OneRightAnswer { found } => write!(
                f,
                "a single-choice item needs exactly one right answer, it has {found}"
            ),
            Problem::SomeRightAnswer => {
                f.write_str("a multiple-choice item needs at least one right answer")
            }
            Problem::TwoItemsToOrder => f.write_str("at least two items to order"),
            Problem::TwoPairs => f.write_str("at least two pairs"),
            Problem::TwoChoices => f.write_str("at least two choices, with different ids"),
            Problem::MediaMissing { path } => write!(f, "media {path} does not exist"),
            Problem::ClaimMarkedWithoutSource => f.write_str(
                "the step is marked with claims but names no source: add its sources",
            ),
            Problem::ClaimWithoutSource { found } => write!(
                f,
                "the step states a law, a cost or a deadline (\"{found}\") but names no source: \
                 mark it with claims and the sources it comes from"
            ),
            Problem::ClaimKindUnknown { kind } => write!(
                f,
                "claim kind {kind} is unknown: use law, cost, deadline or rule"
            ),
            Problem::SourceUnknown { id } => {
                write!(f, "source {id} is not among the course's sources")
            }
            Problem::SourceIncomplete { id } => write!(
                f,
                "source {id} needs a reference, an https:// address, and either the date it was checked (YYYY-MM-DD) or no date while nobody has checked it"
            ),
            Problem::SourceNotCited { id } => {
                write!(f, "source {id} is cited by no step: cite it or remove it")
            }
            Problem::NotALesson { id } => write!(f, "{id} is not a lesson"),
            Problem::NotUtf8 => f.write_str("not UTF-8 text"),
            Problem::NotACourse { detail } => write!(f, "not a course: {detail}"),
            Problem::CourseUnknownField { at } => write!(f, "{at}: unknown field"),
            Problem::CourseUnknownKind { at } => {
                write!(f, "{at}: of a kind this build does not know")
            }
            Problem::CourseUnknownValue { at, value } => {
                write!(f, "{at}: {value} is not a value this build knows")
            }
            Problem::UnknownColumn => f.write_str("unknown column"),
            Problem::UnknownCategory { code } => write!(f, "unknown category {code:?}"),
            Problem::UnknownAudience { code } => write!(f, "unknown audience {code:?}"),
            Problem::NotANumber { value } => write!(f, "{value:?} is not a number"),
            Problem::NotAWholeNumber { value } => write!(f, "{value:?} is not a whole number"),
            Problem::NotYesNo { value } => write!(f, "{value:?} is not yes or no"),
            Problem::NotAProvenance { value } => {
                write!(f, "{value:?} is not original, machine or reviewed")
            }
            Problem::BadCsvRow { detail } => write!(f, "the line cannot be read: {detail}"),
            Problem::GeometryNotAPoint => f.write_str("must be a Point"),
            Problem::CoordinatesMissing => f.write_str("no coordinates"),
            Problem::OsmKindUnknown => f.write_str(
                "the tags do not say what kind of service this is; give the import a category or add a ponte:category tag",
            ),
            Problem::NotCsv { detail } => write!(f, "not CSV: {detail}"),
            Problem::NotJson { line, detail } => write!(f, "not JSON (line {line}): {detail}"),
            Problem::NotGeoJson => f.write_str("not a GeoJSON FeatureCollection with features"),
            Problem::NotOverpassJson => f.write_str("no elements: not Overpass JSON"),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_examples_cover_every_key_once() {
        let examples = Problem::all_examples();
        let keys: std::collections::BTreeSet<&str> = examples.iter().map(Problem::key).collect();
        assert_eq!(keys.len(), examples.len(), "one example per key");
        // Every key written in `key` above has its example (this file's own text is the list).
        let source = include_str!("problem.rs");
        let body = &source[source.find("pub fn key").unwrap()..source.find("pub fn args").unwrap()];
        let written: std::collections::BTreeSet<&str> = body
            .split('"')
            .filter(|part| part.starts_with("problem-"))
            .collect();
        assert_eq!(written, keys);
    }

    #[test]
    fn english_names_what_was_found() {
        assert_eq!(
            Problem::NotANumber {
                value: "north".into()
            }
            .to_string(),
            "\"north\" is not a number"
        );
        let body = Problem::GuideBody(BodyError {
            line: 2,
            problem: BodyProblem::Html,
        });
        assert_eq!(body.to_string(), "line 2: HTML is not supported");
        assert_eq!(body.args(), [("line", ProblemArg::Number(2))]);
    }
}
