//! The lesson content format (see `content/lessons/FORMAT.md`): courses, lessons, steps and quiz
//! items, every text per language. Authored on the coordinator, carried in signed packs.

use std::collections::{BTreeMap, HashSet};
use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};

use crate::content::{is_iso_date, is_language_tag, FieldError, Problem, Provenance};

/// A text in several languages: language code → text.
pub type Texts = BTreeMap<String, String>;

/// The languages every text must have.
pub const REQUIRED_LANGUAGES: [&str; 2] = ["it", "en"];

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Course {
    pub id: String,
    pub order: u32,
    pub title: Texts,
    #[serde(default)]
    pub description: Texts,
    /// Where each language's texts come from.
    pub translations: BTreeMap<String, Provenance>,
    /// The laws and official pages the course's facts come from, by an id its steps cite.
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub sources: BTreeMap<String, Source>,
    pub lessons: Vec<Lesson>,
}

/// Where a fact comes from: a law's reference or an institution's page, its official address,
/// and the day a person last checked the fact against it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Source {
    /// What it is: `art. 67 DPR 1124/1965`, `INPS – NASpI`.
    pub reference: String,
    /// The official page (`https://`).
    pub url: String,
    /// `YYYY-MM-DD`; empty (or left out) while no person has opened the page and checked the
    /// fact: such a source is due at once ([`sources_due`]). Always written, so a phone that
    /// requires the field still reads the pack.
    #[serde(default)]
    pub checked: String,
}

/// The facts a step states that people act on, so must carry a source: a law or a right, a
/// cost, a deadline, an institution's rule. Kept as words so that a phone reading a newer
/// pack with a kind it does not know still reads the step.
pub const CLAIM_KINDS: [&str; 4] = ["law", "cost", "deadline", "rule"];

/// What a step claims and where that comes from (`claims` and `sources` beside its `kind`).
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Citation {
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub claims: Vec<String>,
    /// Ids of the course's `sources`.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub sources: Vec<String>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Enum))]
#[serde(rename_all = "snake_case")]
pub enum Level {
    Beginner,
    Intermediate,
    Advanced,
}

/// When a lesson counts as mastered, after Kolibri's `completion_criteria` (le-utils): every
/// item right, m of the last n right, or n right in a row.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Enum))]
#[serde(tag = "rule", rename_all = "snake_case")]
pub enum MasteryRule {
    AllCorrect,
    MOfN { m: u32, n: u32 },
    Streak { n: u32 },
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct GlossaryEntry {
    pub term: Texts,
    pub explanation: Texts,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Lesson {
    pub id: String,
    pub title: Texts,
    #[serde(default)]
    pub summary: Texts,
    pub minutes: u32,
    #[serde(deserialize_with = "crate::compat::level")]
    pub level: Level,
    #[serde(default)]
    pub prerequisites: Vec<String>,
    #[serde(default)]
    pub tags: Vec<String>,
    #[serde(deserialize_with = "crate::compat::mastery")]
    pub mastery: MasteryRule,
    #[serde(default)]
    pub glossary: Vec<GlossaryEntry>,
    /// A step of a kind this build does not know (a newer coordinator's) is left out.
    #[serde(deserialize_with = "crate::compat::known_only")]
    pub steps: Vec<Step>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Choice {
    pub id: String,
    #[serde(default)]
    pub text: Texts,
    /// For a picture choice.
    #[serde(default)]
    pub image: Option<String>,
    #[serde(default)]
    pub alt: Texts,
    #[serde(default)]
    pub correct: bool,
    /// Why this choice is wrong (for wrong choices).
    #[serde(default)]
    pub feedback: Texts,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct OrderItem {
    pub id: String,
    pub text: Texts,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Pair {
    pub id: String,
    pub left: Texts,
    pub right: Texts,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum Step {
    Explain {
        id: String,
        #[serde(flatten)]
        cite: Citation,
        text: Texts,
        #[serde(default)]
        image: Option<String>,
        #[serde(default)]
        audio: BTreeMap<String, String>,
    },
    Try {
        id: String,
        #[serde(flatten)]
        cite: Citation,
        text: Texts,
        checklist: Vec<Texts>,
    },
    SingleChoice {
        id: String,
        #[serde(flatten)]
        cite: Citation,
        question: Texts,
        choices: Vec<Choice>,
        #[serde(default)]
        hints: Vec<Texts>,
    },
    MultipleChoice {
        id: String,
        #[serde(flatten)]
        cite: Citation,
        question: Texts,
        choices: Vec<Choice>,
        #[serde(default)]
        hints: Vec<Texts>,
    },
    TrueFalse {
        id: String,
        #[serde(flatten)]
        cite: Citation,
        statement: Texts,
        answer: bool,
        #[serde(default)]
        feedback: Texts,
        #[serde(default)]
        hints: Vec<Texts>,
    },
    Order {
        id: String,
        #[serde(flatten)]
        cite: Citation,
        question: Texts,
        items: Vec<OrderItem>,
        #[serde(default)]
        feedback: Texts,
        #[serde(default)]
        hints: Vec<Texts>,
    },
    PickPicture {
        id: String,
        #[serde(flatten)]
        cite: Citation,
        question: Texts,
        choices: Vec<Choice>,
        #[serde(default)]
        hints: Vec<Texts>,
    },
    MatchPairs {
        id: String,
        #[serde(flatten)]
        cite: Citation,
        question: Texts,
        pairs: Vec<Pair>,
        #[serde(default)]
        feedback: Texts,
        #[serde(default)]
        hints: Vec<Texts>,
    },
}

impl Step {
    pub fn id(&self) -> &str {
        match self {
            Step::Explain { id, .. }
            | Step::Try { id, .. }
            | Step::SingleChoice { id, .. }
            | Step::MultipleChoice { id, .. }
            | Step::TrueFalse { id, .. }
            | Step::Order { id, .. }
            | Step::PickPicture { id, .. }
            | Step::MatchPairs { id, .. } => id,
        }
    }

    pub fn citation(&self) -> &Citation {
        match self {
            Step::Explain { cite, .. }
            | Step::Try { cite, .. }
            | Step::SingleChoice { cite, .. }
            | Step::MultipleChoice { cite, .. }
            | Step::TrueFalse { cite, .. }
            | Step::Order { cite, .. }
            | Step::PickPicture { cite, .. }
            | Step::MatchPairs { cite, .. } => cite,
        }
    }

    /// Whether the step asks a question that is scored.
    pub fn is_item(&self) -> bool {
        !matches!(self, Step::Explain { .. } | Step::Try { .. })
    }

    /// Every text of the step, with a name for error messages.
    fn texts(&self) -> Vec<(String, &Texts)> {
        let mut all: Vec<(String, &Texts)> = Vec::new();
        match self {
            Step::Explain { text, .. } => all.push(("text".into(), text)),
            Step::Try {
                text, checklist, ..
            } => {
                all.push(("text".into(), text));
                all.extend(
                    checklist
                        .iter()
                        .enumerate()
                        .map(|(i, t)| (format!("checklist[{i}]"), t)),
                );
            }
            Step::SingleChoice {
                question,
                choices,
                hints,
                ..
            }
            | Step::MultipleChoice {
                question,
                choices,
                hints,
                ..
            }
            | Step::PickPicture {
                question,
                choices,
                hints,
                ..
            } => {
                all.push(("question".into(), question));
                for (i, c) in choices.iter().enumerate() {
                    if !c.text.is_empty() || c.image.is_none() {
                        all.push((format!("choices[{i}].text"), &c.text));
                    }
                    if c.image.is_some() {
                        all.push((format!("choices[{i}].alt"), &c.alt));
                    }
                    if !c.correct {
                        all.push((format!("choices[{i}].feedback"), &c.feedback));
                    }
                }
                all.extend(
                    hints
                        .iter()
                        .enumerate()
                        .map(|(i, t)| (format!("hints[{i}]"), t)),
                );
            }
            Step::TrueFalse {
                statement,
                feedback,
                hints,
                ..
            } => {
                all.push(("statement".into(), statement));
                all.push(("feedback".into(), feedback));
                all.extend(
                    hints
                        .iter()
                        .enumerate()
                        .map(|(i, t)| (format!("hints[{i}]"), t)),
                );
            }
            Step::Order {
                question,
                items,
                hints,
                ..
            } => {
                all.push(("question".into(), question));
                all.extend(
                    items
                        .iter()
                        .enumerate()
                        .map(|(i, item)| (format!("items[{i}].text"), &item.text)),
                );
                all.extend(
                    hints
                        .iter()
                        .enumerate()
                        .map(|(i, t)| (format!("hints[{i}]"), t)),
                );
            }
            Step::MatchPairs {
                question,
                pairs,
                hints,
                ..
            } => {
                all.push(("question".into(), question));
                for (i, p) in pairs.iter().enumerate() {
                    all.push((format!("pairs[{i}].left"), &p.left));
                    all.push((format!("pairs[{i}].right"), &p.right));
                }
                all.extend(
                    hints
                        .iter()
                        .enumerate()
                        .map(|(i, t)| (format!("hints[{i}]"), t)),
                );
            }
        }
        all
    }

    /// The media files the step refers to.
    pub fn media(&self) -> Vec<&str> {
        match self {
            Step::Explain { image, audio, .. } => image
                .iter()
                .map(String::as_str)
                .chain(audio.values().map(String::as_str))
                .collect(),
            Step::PickPicture { choices, .. } => {
                choices.iter().filter_map(|c| c.image.as_deref()).collect()
            }
            _ => Vec::new(),
        }
    }
}

/// The text without markup, for text-to-speech: `**bold**` and `[[term]]` lose their marks.
pub fn speakable(text: &str) -> String {
    text.replace("**", "").replace("[[", "").replace("]]", "")
}

/// The glossary terms a text marks with `[[term]]`.
pub fn marked_terms(text: &str) -> Vec<&str> {
    text.split("[[")
        .skip(1)
        .filter_map(|rest| rest.split_once("]]").map(|(term, _)| term))
        .collect()
}

fn is_id(id: &str) -> bool {
    !id.is_empty()
        && id.len() <= 80
        && id
            .bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
}

fn err(field: impl Into<String>, problem: Problem) -> FieldError {
    FieldError {
        field: field.into(),
        problem,
    }
}

fn check_texts(field: &str, texts: &Texts) -> Result<(), FieldError> {
    for language in REQUIRED_LANGUAGES {
        if texts.get(language).is_none_or(|t| t.trim().is_empty()) {
            return Err(err(
                field,
                Problem::LessonTextMissing {
                    language: (*language).to_owned(),
                },
            ));
        }
    }
    for (language, text) in texts {
        if !is_language_tag(language) {
            return Err(err(
                field,
                Problem::NotALanguageCode {
                    code: language.clone(),
                },
            ));
        }
        if text.trim().is_empty() {
            return Err(err(
                field,
                Problem::LessonTextMissing {
                    language: language.clone(),
                },
            ));
        }
    }
    Ok(())
}

/// What in an Italian text shows it states a law, a cost or a deadline, so that a step saying
/// one without being marked is refused: the text found, or `None`. Written out rather than
/// guessed (Italian "legge" is also "reads"): a law's reference, a law named as such, a
/// collective agreement, a sum of money, a time limit.
pub fn unmarked_claim(text: &str) -> Option<String> {
    let lower = text.to_lowercase();
    let chars: Vec<char> = lower.chars().collect();
    let skip = |mut k: usize, keep: &dyn Fn(char) -> bool| {
        while chars.get(k).is_some_and(|c| keep(*c)) {
            k += 1;
        }
        k
    };
    let spaces = |k: usize| skip(k, &|c| c.is_whitespace());
    let number = |k: usize| skip(k, &|c| c.is_ascii_digit() || c == '/' || c == '.');
    let word = |k: usize| skip(k, &|c| c.is_alphabetic());
    let at = |i: usize, word: &str| {
        word.chars()
            .enumerate()
            .all(|(k, w)| chars.get(i + k) == Some(&w))
    };
    let found = |i: usize, end: usize| {
        let excerpt: String = chars[i..end.min(chars.len())].iter().collect();
        Some(excerpt.trim_end_matches(['.', ' ']).to_owned())
    };
    for i in 0..chars.len() {
        let c = chars[i];
        // A sum: "300 €", "€ 6", "6 euro".
        if c == '€' {
            let before = chars[..i].iter().rev().find(|c| !c.is_whitespace());
            if before.is_some_and(|c| c.is_ascii_digit())
                || chars.get(spaces(i + 1)).is_some_and(|c| c.is_ascii_digit())
            {
                return found(i, i + 1);
            }
        }
        if i > 0 && chars[i - 1].is_alphanumeric() {
            continue;
        }
        if c.is_ascii_digit() {
            let after = spaces(number(i));
            if at(after, "euro") && chars.get(after + 4).is_none_or(|c| !c.is_alphabetic()) {
                return found(i, after + 4);
            }
        }
        // A law's reference: "art. 67", "D.Lgs 81/2008", "DPR 1124/1965", "L. 205/2017".
        for reference in [
            "art.", "d.lgs", "d. lgs", "dlgs", "d.p.r.", "d.p.r", "dpr", "l.",
        ] {
            let after = spaces(i + reference.chars().count());
            if at(i, reference) && chars.get(after).is_some_and(|c| c.is_ascii_digit()) {
                return found(i, number(after));
            }
        }
        for named in [
            "per legge",
            "la legge",
            "decreto",
            "ccnl",
            "contratto collettivo",
            "codice penale",
        ] {
            let end = i + named.chars().count();
            if at(i, named) && chars.get(end).is_none_or(|c| !c.is_alphanumeric()) {
                return found(i, end);
            }
        }
        // A time limit: "entro 60 giorni".
        if at(i, "entro ") {
            let count = spaces(i + 6);
            let unit = spaces(number(count));
            if unit > count
                && ["giorn", "mes", "or", "settiman", "ann"]
                    .iter()
                    .any(|u| at(unit, u))
            {
                return found(i, word(unit));
            }
        }
    }
    None
}

/// The sources never checked by a person or checked before `a_year_ago` (`YYYY-MM-DD`), as
/// (course, source id, source): the facts due for a check. (An empty date sorts first.)
pub fn sources_due<'a>(
    courses: &'a [Course],
    a_year_ago: &str,
) -> Vec<(&'a str, &'a str, &'a Source)> {
    courses
        .iter()
        .flat_map(|c| {
            c.sources
                .iter()
                .filter(|(_, s)| s.checked.as_str() < a_year_ago)
                .map(move |(id, s)| (c.id.as_str(), id.as_str(), s))
        })
        .collect()
}

/// A course's sources complete and each cited; a step's claims known, cited and sourced; an
/// unmarked step that states a law, a cost or a deadline refused.
fn check_citations(course: &Course) -> Result<(), FieldError> {
    let c = format!("course {}", course.id);
    for (id, source) in &course.sources {
        if !is_id(id)
            || source.reference.trim().is_empty()
            || !source.url.starts_with("https://")
            || !(source.checked.is_empty() || is_iso_date(&source.checked))
        {
            return Err(err(
                format!("{c}.sources.{id}"),
                Problem::SourceIncomplete { id: id.clone() },
            ));
        }
    }
    let mut cited = HashSet::new();
    for lesson in &course.lessons {
        for step in &lesson.steps {
            let s = format!("lesson {}.step {}", lesson.id, step.id());
            let cite = step.citation();
            if let Some(kind) = cite
                .claims
                .iter()
                .find(|k| !CLAIM_KINDS.contains(&k.as_str()))
            {
                return Err(err(
                    format!("{s}.claims"),
                    Problem::ClaimKindUnknown { kind: kind.clone() },
                ));
            }
            for id in &cite.sources {
                if !course.sources.contains_key(id) {
                    return Err(err(
                        format!("{s}.sources"),
                        Problem::SourceUnknown { id: id.clone() },
                    ));
                }
                cited.insert(id.as_str());
            }
            if cite.claims.is_empty() != cite.sources.is_empty() {
                return Err(err(&s, Problem::ClaimMarkedWithoutSource));
            }
            if cite.claims.is_empty() {
                let found = step
                    .texts()
                    .into_iter()
                    .find_map(|(_, texts)| texts.get("it").and_then(|t| unmarked_claim(t)));
                if let Some(found) = found {
                    return Err(err(&s, Problem::ClaimWithoutSource { found }));
                }
            }
        }
    }
    if let Some(id) = course
        .sources
        .keys()
        .find(|id| !cited.contains(id.as_str()))
    {
        return Err(err(
            format!("{c}.sources.{id}"),
            Problem::SourceNotCited { id: id.clone() },
        ));
    }
    Ok(())
}

/// Checks a whole curriculum: schema-level rules that serde cannot express. `media_exists`
/// says whether a media path is present.
pub fn validate_courses(
    courses: &[Course],
    media_exists: &dyn Fn(&str) -> bool,
) -> Result<(), FieldError> {
    let mut lesson_ids = HashSet::new();
    let mut course_ids = HashSet::new();
    for course in courses {
        let c = format!("course {}", course.id);
        if !is_id(&course.id) || !course_ids.insert(course.id.as_str()) {
            return Err(err(&c, Problem::LessonIdRule));
        }
        check_texts(&format!("{c}.title"), &course.title)?;
        for language in REQUIRED_LANGUAGES {
            if !course.translations.contains_key(language) {
                return Err(err(
                    format!("{c}.translations"),
                    Problem::TranslationMissing {
                        language: (*language).to_owned(),
                    },
                ));
            }
        }
        if course.lessons.is_empty() {
            return Err(err(&c, Problem::CourseWithoutLessons));
        }
        check_citations(course)?;
        for lesson in &course.lessons {
            let l = format!("lesson {}", lesson.id);
            if !is_id(&lesson.id) || !lesson_ids.insert(lesson.id.as_str()) {
                return Err(err(&l, Problem::LessonIdRule));
            }
            check_texts(&format!("{l}.title"), &lesson.title)?;
            if lesson.steps.is_empty() {
                return Err(err(&l, Problem::LessonWithoutSteps));
            }
            if !(1..=120).contains(&lesson.minutes) {
                return Err(err(format!("{l}.minutes"), Problem::MinutesRange));
            }
            match lesson.mastery {
                MasteryRule::MOfN { m, n } if m == 0 || m > n => {
                    return Err(err(format!("{l}.mastery"), Problem::MasteryMOfN))
                }
                MasteryRule::Streak { n: 0 } => {
                    return Err(err(format!("{l}.mastery"), Problem::MasteryStreak))
                }
                _ => {}
            }
            let items = lesson.steps.iter().filter(|s| s.is_item()).count() as u32;
            let needed = match lesson.mastery {
                MasteryRule::AllCorrect => 1,
                MasteryRule::MOfN { m, .. } => m,
                MasteryRule::Streak { n } => n,
            };
            if items < needed {
                return Err(err(
                    format!("{l}.mastery"),
                    Problem::MasteryNeedsItems { needed, items },
                ));
            }
            let terms: Vec<&Texts> = lesson.glossary.iter().map(|g| &g.term).collect();
            for (i, g) in lesson.glossary.iter().enumerate() {
                check_texts(&format!("{l}.glossary[{i}].term"), &g.term)?;
                check_texts(&format!("{l}.glossary[{i}].explanation"), &g.explanation)?;
            }
            let mut step_ids = HashSet::new();
            for step in &lesson.steps {
                let s = format!("{l}.step {}", step.id());
                if !is_id(step.id()) || !step_ids.insert(step.id()) {
                    return Err(err(&s, Problem::LessonIdRule));
                }
                for (name, texts) in step.texts() {
                    check_texts(&format!("{s}.{name}"), texts)?;
                    for (language, text) in texts {
                        for term in marked_terms(text) {
                            if !terms
                                .iter()
                                .any(|t| t.get(language).is_some_and(|g| g == term))
                            {
                                return Err(err(
                                    format!("{s}.{name}"),
                                    Problem::NotAGlossaryTerm {
                                        term: term.to_owned(),
                                        language: language.clone(),
                                    },
                                ));
                            }
                        }
                    }
                }
                match step {
                    Step::SingleChoice { choices, .. } | Step::PickPicture { choices, .. } => {
                        let right = choices.iter().filter(|c| c.correct).count();
                        if right != 1 {
                            return Err(err(&s, Problem::OneRightAnswer { found: right }));
                        }
                    }
                    Step::MultipleChoice { choices, .. } if !choices.iter().any(|c| c.correct) => {
                        return Err(err(&s, Problem::SomeRightAnswer));
                    }
                    Step::Order { items, .. } if items.len() < 2 => {
                        return Err(err(&s, Problem::TwoItemsToOrder))
                    }
                    Step::MatchPairs { pairs, .. } if pairs.len() < 2 => {
                        return Err(err(&s, Problem::TwoPairs))
                    }
                    _ => {}
                }
                if let Step::SingleChoice { choices, .. }
                | Step::MultipleChoice { choices, .. }
                | Step::PickPicture { choices, .. } = step
                {
                    let mut ids = HashSet::new();
                    if choices.len() < 2 || !choices.iter().all(|c| ids.insert(c.id.as_str())) {
                        return Err(err(&s, Problem::TwoChoices));
                    }
                }
                for path in step.media() {
                    if !media_exists(path) {
                        return Err(err(
                            &s,
                            Problem::MediaMissing {
                                path: path.to_owned(),
                            },
                        ));
                    }
                }
            }
        }
    }
    // Prerequisites must name lessons of the curriculum.
    for course in courses {
        for lesson in &course.lessons {
            for p in &lesson.prerequisites {
                if !lesson_ids.contains(p.as_str()) {
                    return Err(err(
                        format!("lesson {}.prerequisites", lesson.id),
                        Problem::NotALesson { id: p.clone() },
                    ));
                }
            }
        }
    }
    Ok(())
}

/// A course as an author wrote it, read strictly: a field or a kind this build does not know
/// is refused with where it is (`lessons[0].steps[2].kind: "essay"`), where a phone reading a
/// pack would leave it out.
pub fn read_course(text: &str) -> Result<Course, Problem> {
    let written: serde_json::Value = serde_json::from_str(text).map_err(|e| Problem::NotJson {
        line: e.line(),
        detail: e.to_string(),
    })?;
    let course: Course =
        serde_json::from_value(written.clone()).map_err(|e| Problem::NotACourse {
            detail: e.to_string(),
        })?;
    let understood = serde_json::to_value(&course).expect("a course serializes");
    match not_understood(&written, &understood, "") {
        Some(at) => Err(at),
        None => Ok(course),
    }
}

/// Where `written` says something `understood` (what was read, written back) does not: a
/// field it lacks, an item left out of a list, a value read as another.
fn not_understood(
    written: &serde_json::Value,
    understood: &serde_json::Value,
    at: &str,
) -> Option<Problem> {
    use serde_json::Value;
    match (written, understood) {
        (Value::Object(w), Value::Object(u)) => w.iter().find_map(|(key, value)| {
            let here = if at.is_empty() {
                key.clone()
            } else {
                format!("{at}.{key}")
            };
            match u.get(key) {
                Some(read) => not_understood(value, read, &here),
                None => Some(Problem::CourseUnknownField { at: here }),
            }
        }),
        (Value::Array(w), Value::Array(u)) if w.len() == u.len() => w
            .iter()
            .zip(u)
            .enumerate()
            .find_map(|(i, (value, read))| not_understood(value, read, &format!("{at}[{i}]"))),
        (Value::Array(w), Value::Array(u)) => {
            let left_out = w
                .iter()
                .position(|item| !u.contains(item))
                .unwrap_or(u.len());
            Some(Problem::CourseUnknownKind {
                at: format!("{at}[{left_out}]"),
            })
        }
        (Value::Number(w), Value::Number(u)) if w.as_f64() == u.as_f64() => None,
        (w, u) if w == u => None,
        (w, _) => Some(Problem::CourseUnknownValue {
            at: at.to_owned(),
            value: w.to_string(),
        }),
    }
}

/// Loads every course of `content/lessons/courses/*.json` under `lessons_dir`, with the media
/// its steps name, and validates the whole curriculum. Errors name the file or the field.
pub fn load_dir(lessons_dir: &Path) -> Result<(Vec<Course>, BTreeMap<String, Vec<u8>>), String> {
    let mut files: Vec<PathBuf> = std::fs::read_dir(lessons_dir.join("courses"))
        .map_err(|e| format!("{}: {e}", lessons_dir.display()))?
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|e| e == "json"))
        .collect();
    files.sort();
    let mut courses: Vec<Course> = Vec::new();
    for file in &files {
        let text = std::fs::read_to_string(file).map_err(|e| format!("{}: {e}", file.display()))?;
        courses.push(read_course(&text).map_err(|e| format!("{}: {e}", file.display()))?);
    }
    courses.sort_by_key(|c| c.order);
    let mut media = BTreeMap::new();
    for step in courses
        .iter()
        .flat_map(|c| &c.lessons)
        .flat_map(|l| &l.steps)
    {
        for path in step.media() {
            if let Ok(bytes) = std::fs::read(lessons_dir.join(path)) {
                media.insert(path.to_owned(), bytes);
            }
        }
    }
    validate_courses(&courses, &|path| media.contains_key(path)).map_err(|e| e.to_string())?;
    Ok((courses, media))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn mini() -> Course {
        serde_json::from_str(include_str!("../../core/tests/fixtures/mini-course.json")).unwrap()
    }

    fn check(course: Course) -> Result<(), FieldError> {
        validate_courses(&[course], &|path| path == "media/ok.png")
    }

    fn inail() -> Source {
        Source {
            reference: "art. 67 DPR 1124/1965".into(),
            url: "https://www.inail.it".into(),
            checked: "2026-12-03".into(),
        }
    }

    /// Marks the first step with `claims` and `sources`, the course listing the `inail` source.
    fn cite(course: &mut Course, claims: &[&str], sources: &[&str]) {
        course.sources.insert("inail".into(), inail());
        if let Step::Explain { cite, .. } = &mut course.lessons[0].steps[0] {
            cite.claims = claims.iter().map(|c| c.to_string()).collect();
            cite.sources = sources.iter().map(|c| c.to_string()).collect();
        }
    }

    #[test]
    fn a_cited_step_passes_and_is_written_back_as_the_author_wrote_it() {
        let text = include_str!("../../core/tests/fixtures/mini-course.json").replacen(
            r#"{ "id": "intro", "kind": "explain","#,
            r#"{ "id": "intro", "kind": "explain", "claims": ["law", "deadline"], "sources": ["inail"],"#,
            1,
        );
        let text = text.replacen(
            r#""lessons": ["#,
            r#""sources": { "inail": { "reference": "art. 67 DPR 1124/1965", "url": "https://www.inail.it", "checked": "2026-12-03" } },
  "lessons": ["#,
            1,
        );
        let course = read_course(&text).unwrap();
        assert_eq!(
            course.lessons[0].steps[0].citation(),
            &Citation {
                claims: vec!["law".into(), "deadline".into()],
                sources: vec!["inail".into()],
            }
        );
        check(course.clone()).unwrap();
        // A phone reading a newer pack: an unknown kind of claim does not lose the step.
        let newer = text.replacen(r#"["law", "deadline"]"#, r#"["law", "promise"]"#, 1);
        let read: Course = serde_json::from_str(&newer).unwrap();
        assert_eq!(read.lessons[0].steps.len(), course.lessons[0].steps.len());
        // Steps without claims are written without the fields.
        let written = serde_json::to_string(&course.lessons[0].steps[1]).unwrap();
        assert!(!written.contains("claims") && !written.contains("sources"));
    }

    #[test]
    fn a_law_a_sum_or_a_time_limit_is_seen_and_everyday_words_are_not() {
        for (text, found) in [
            ("Lo dice l'art. 67 del DPR 1124/1965.", "art. 67"),
            ("Vale il D.Lgs 81/2008.", "d.lgs 81"),
            ("Dalla L. 205/2017 il contante è vietato.", "l. 205/"),
            ("Il datore di lavoro deve pagarlo per legge.", "per legge"),
            ("Lo stabilisce il CCNL del settore.", "ccnl"),
            ("Almeno 300 € al mese.", "€"),
            ("Costa € 6 all'anno.", "€"),
            ("Costa 6 euro all'anno.", "6 euro"),
            ("Chiedi la NASpI entro 68 giorni.", "entro 68 giorni"),
        ] {
            assert!(
                unmarked_claim(text).is_some_and(|f| f.starts_with(found)),
                "{text}: {:?}",
                unmarked_claim(text)
            );
        }
        for text in [
            "Il lettore dello schermo legge tutto.",
            "Una foto a volte non si legge bene.",
            "Tocca l'articolo che vuoi leggere.",
            "Scrivi entro domani.",
            "Il telefono ha 2 schede SIM.",
            "Lo zaino leggero.",
        ] {
            assert_eq!(unmarked_claim(text), None, "{text}");
        }
    }

    #[test]
    fn sources_checked_more_than_a_year_ago_are_due() {
        let mut course = mini();
        cite(&mut course, &["law"], &["inail"]);
        let mut old = inail();
        old.checked = "2025-11-30".into();
        course.sources.insert("old".into(), old);
        let courses = [course];
        let due = sources_due(&courses, "2025-12-03");
        assert_eq!(
            due.iter().map(|(c, id, _)| (*c, *id)).collect::<Vec<_>>(),
            [("mini", "old")]
        );
    }

    /// A source nobody has opened yet says so with no date: the course is valid, the source is
    /// due at once, and the pack still carries the field for phones that require it.
    #[test]
    fn a_source_never_checked_has_no_date_and_is_due_at_once() {
        let mut course = mini();
        cite(&mut course, &["law"], &["inail"]);
        course.sources.get_mut("inail").unwrap().checked = String::new();
        check(course.clone()).unwrap();
        let courses = [course];
        let due = sources_due(&courses, "2025-12-03");
        assert_eq!(
            due.iter().map(|(c, id, _)| (*c, *id)).collect::<Vec<_>>(),
            [("mini", "inail")]
        );
        let written = serde_json::to_value(&courses[0].sources["inail"]).unwrap();
        assert_eq!(written["checked"], "");
        let left_out: Source = serde_json::from_value(serde_json::json!({
            "reference": "art. 67 DPR 1124/1965", "url": "https://www.inail.it"
        }))
        .unwrap();
        assert_eq!(left_out.checked, "");
    }

    #[test]
    fn the_fixture_is_valid_and_each_rule_is_enforced() {
        check(mini()).unwrap();
        let cases: Vec<(Box<dyn Fn(&mut Course)>, &str)> = vec![
            (
                Box::new(|c| {
                    if let Step::SingleChoice { choices, .. } = &mut c.lessons[0].steps[2] {
                        choices[0].correct = true
                    }
                }),
                "exactly one right answer",
            ),
            (
                Box::new(|c| {
                    c.lessons[0].title.remove("en");
                }),
                "the en text is missing",
            ),
            (
                Box::new(|c| {
                    c.lessons[0].title.insert("it".into(), " ".into());
                }),
                "the it text is missing",
            ),
            (
                Box::new(|c| {
                    if let Step::Explain { text, .. } = &mut c.lessons[0].steps[0] {
                        text.insert("it".into(), "Una [[parola]]".into());
                    }
                }),
                "[[parola]] is not a glossary term in it",
            ),
            (
                Box::new(|c| {
                    if let Step::Explain { image, .. } = &mut c.lessons[0].steps[0] {
                        *image = Some("media/missing.png".into())
                    }
                }),
                "media media/missing.png does not exist",
            ),
            (
                Box::new(|c| {
                    let l = c.lessons[0].clone();
                    c.lessons.push(l);
                }),
                "not unique",
            ),
            (
                Box::new(|c| c.lessons[1].prerequisites = vec!["nope".into()]),
                "nope is not a lesson",
            ),
            (
                Box::new(|c| c.lessons[1].mastery = MasteryRule::Streak { n: 3 }),
                "the rule needs 3 items",
            ),
            (
                Box::new(|c| {
                    if let Step::Explain { text, .. } = &mut c.lessons[0].steps[0] {
                        text.insert("it".into(), "Lo dice l'art. 67 del DPR 1124/1965.".into());
                    }
                }),
                "(\"art. 67\") but names no source",
            ),
            (
                Box::new(|c| {
                    if let Step::TrueFalse { feedback, .. } = &mut c.lessons[0].steps[3] {
                        feedback.insert("it".into(), "Va chiesta entro 68 giorni.".into());
                    }
                }),
                "(\"entro 68 giorni",
            ),
            (
                Box::new(|c| cite(c, &["law"], &[])),
                "marked with claims but names no source",
            ),
            (
                Box::new(|c| cite(c, &[], &["inail"])),
                "marked with claims but names no source",
            ),
            (
                Box::new(|c| cite(c, &["opinion"], &["inail"])),
                "claim kind opinion is unknown",
            ),
            (
                Box::new(|c| cite(c, &["law"], &["inps"])),
                "source inps is not among the course's sources",
            ),
            (
                Box::new(|c| {
                    cite(c, &["law"], &["inail"]);
                    c.sources.get_mut("inail").unwrap().url = "http://www.inail.it".into();
                }),
                "source inail needs a reference, an https:// address",
            ),
            (
                Box::new(|c| {
                    cite(c, &["law"], &["inail"]);
                    c.sources.get_mut("inail").unwrap().checked = "3 dicembre 2026".into();
                }),
                "source inail needs a reference",
            ),
            (
                Box::new(|c| {
                    cite(c, &["law"], &["inail"]);
                    c.sources.get_mut("inail").unwrap().checked = "2026-13-03".into();
                }),
                "source inail needs a reference",
            ),
            (
                Box::new(|c| {
                    cite(c, &["law"], &["inail"]);
                    c.sources.insert("unused".into(), inail());
                }),
                "source unused is cited by no step",
            ),
        ];
        for (spoil, message) in cases {
            let mut course = mini();
            spoil(&mut course);
            let err = check(course).unwrap_err();
            assert!(
                err.problem.to_string().contains(message) || err.field.contains(message),
                "{message}: got {err}"
            );
        }
    }

    #[test]
    fn an_authors_unknown_fields_and_kinds_are_refused_where_a_phone_leaves_them_out() {
        let text = include_str!("../../core/tests/fixtures/mini-course.json");
        let original = read_course(text).unwrap();
        let newer = [
            (
                text.replacen("\"order\": 1", "\"order\": 1, \"colour\": 1", 1),
                "colour: unknown field",
            ),
            (
                text.replacen("\"kind\": \"explain\"", "\"kind\": \"essay\"", 1),
                "steps[0]: of a kind this build does not know",
            ),
            (
                text.replacen("\"level\": \"beginner\"", "\"level\": \"expert\"", 1),
                "level: \"expert\" is not a value this build knows",
            ),
            (
                text.replacen("\"rule\": \"all_correct\"", "\"rule\": \"best_of_3\"", 1),
                "rule: \"best_of_3\" is not a value this build knows",
            ),
        ];
        for (file, refusal) in &newer {
            assert_ne!(file, text, "the fixture has what {refusal} replaces");
            let error = read_course(file).unwrap_err().to_string();
            assert!(error.contains(refusal), "{refusal}: got {error}");
            // A phone reads the same course from a newer coordinator's pack.
            let read: Course = serde_json::from_str(file).unwrap();
            assert_eq!(read.lessons.len(), original.lessons.len());
        }
        let phone: Course = serde_json::from_str(&newer[1].0).unwrap();
        assert_eq!(
            phone.lessons[0].steps.len(),
            original.lessons[0].steps.len() - 1,
            "the step of an unknown kind is left out"
        );
        // A rule this build does not know is read as the strictest: every item right.
        let newer_rule = text.replacen("\"rule\": \"m_of_n\"", "\"rule\": \"best_of\"", 1);
        assert_ne!(newer_rule, text);
        let cautious: Course = serde_json::from_str(&newer_rule).unwrap();
        assert_eq!(
            original.lessons[0].mastery,
            MasteryRule::MOfN { m: 2, n: 3 }
        );
        assert_eq!(cautious.lessons[0].mastery, MasteryRule::AllCorrect);
        let level: Course = serde_json::from_str(&newer[2].0).unwrap();
        assert_eq!(level.lessons[0].level, Level::Beginner);
        assert_eq!(read_course(text).unwrap(), original);
    }

    #[test]
    fn speakable_text_has_no_marks() {
        assert_eq!(
            speakable("Apri **Impostazioni** e tocca [[Wi-Fi]]."),
            "Apri Impostazioni e tocca Wi-Fi."
        );
        assert_eq!(
            marked_terms("a [[rete]] e [[dati mobili]]"),
            ["rete", "dati mobili"]
        );
    }
}
