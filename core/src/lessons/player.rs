//! The lesson player: courses and lessons for the list screens, a lesson opened at the step
//! where the person left it, answers checked and logged, mastery, certificates.

use std::collections::HashMap;

use ponte_wire::content::Provenance;
use ponte_wire::lessons::{Course, Lesson, Level, MasteryRule, Step, Texts};
use rusqlite::{params, Connection, OptionalExtension};

use super::Lessons;
use crate::error::{Error, InvalidReason, Result};
use crate::i18n::{direction, format_date, Arg, Catalogue, Review, TextDirection};
use crate::time::now_ms;

/// A text chosen for the person, with the language it is actually in.
#[derive(Debug, Clone, PartialEq, Eq)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
pub struct Text {
    /// With its marks: `**bold**` and `[[glossary term]]`.
    pub text: String,
    /// Without marks, for the phone's text-to-speech.
    pub speakable: String,
    pub language: String,
    pub direction: TextDirection,
    pub provenance: Provenance,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Enum))]
pub enum LessonStatus {
    NotStarted,
    InProgress,
    Completed,
    Mastered,
}

#[derive(Debug, Clone, PartialEq, Eq)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
pub struct LessonSummary {
    pub id: String,
    pub course_id: String,
    pub title: Text,
    pub minutes: u32,
    pub level: Level,
    pub status: LessonStatus,
    /// Prerequisites not yet completed; the app suggests them first.
    pub missing_prerequisites: Vec<String>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
pub struct CourseSummary {
    pub id: String,
    pub title: Text,
    pub lessons: Vec<LessonSummary>,
    pub mastered: u32,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Enum))]
pub enum StepKind {
    Explain,
    Try,
    SingleChoice,
    MultipleChoice,
    TrueFalse,
    Order,
    PickPicture,
    MatchPairs,
}

#[derive(Debug, Clone, PartialEq, Eq)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
pub struct ChoiceView {
    pub id: String,
    pub text: Option<Text>,
    pub image: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
pub struct GlossaryView {
    pub term: Text,
    pub explanation: Text,
}

/// One step, ready to show. Order items and the right side of match-pairs come shuffled (the
/// same way every time the step is shown, never in the right order).
#[derive(Debug, Clone, PartialEq, Eq)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
pub struct StepView {
    pub id: String,
    pub index: u32,
    pub total: u32,
    pub kind: StepKind,
    /// The explanation, the task, the question or the statement.
    pub text: Text,
    /// What the person should see, for a "try it" step.
    pub checklist: Vec<Text>,
    /// Choices, or the items to order, or the left side of the pairs.
    pub choices: Vec<ChoiceView>,
    /// The right side of the pairs, shuffled. Their ids are their own (opaque, never the left
    /// side's): a [`PairAnswer`] puts a left id with one of these ids.
    pub matches: Vec<ChoiceView>,
    pub hints: Vec<Text>,
    pub image: Option<String>,
    /// Recorded audio in the text's language, when there is one; otherwise the app reads
    /// `text.speakable` aloud.
    pub audio: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
pub struct LessonView {
    pub lesson_id: String,
    pub title: Text,
    pub status: LessonStatus,
    pub step: StepView,
    pub glossary: Vec<GlossaryView>,
    /// When the lesson counts as mastered (e.g. `MOfN { m: 3, n: 4 }`: 3 right answers of the
    /// last 4).
    pub mastery: MasteryRule,
    /// The same rule as a sentence for the person ("To master this lesson, get 3 of your last
    /// 4 answers right."), from the catalogue in the first language of the chain that has it.
    pub mastery_text: Text,
}

#[derive(Debug, Clone, PartialEq, Eq)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
pub struct PairAnswer {
    /// An id of the step's `choices` (the left side).
    pub left: String,
    /// An id of the step's `matches` (the right side), as the view gave it.
    pub right: String,
}

#[derive(Debug, Clone, PartialEq, Eq)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Enum))]
pub enum Answer {
    /// The chosen ids (one for single choice and pictures).
    Choices {
        ids: Vec<String>,
    },
    TrueFalse {
        value: bool,
    },
    /// The item ids in the order the person put them.
    Order {
        ids: Vec<String>,
    },
    Pairs {
        pairs: Vec<PairAnswer>,
    },
}

#[derive(Debug, Clone, PartialEq, Eq)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
pub struct AnswerResult {
    pub correct: bool,
    /// Why a wrong answer is wrong: never empty when `correct` is false. The author's texts
    /// (one per wrong choice picked, or the step's explanation); when the author wrote none for
    /// what went wrong (right choices left out, items or pairs out of place), a sentence from
    /// the catalogue ("Not quite: 2 right answers are missing.").
    pub feedback: Vec<Text>,
    pub status: LessonStatus,
    /// Mastery was reached with this answer.
    pub mastered_now: bool,
}

/// What the courses list needs of a lesson: its steps, most of its JSON, are skipped over
/// rather than built (the list reads every lesson of the pack).
#[derive(serde::Deserialize)]
struct LessonHeader {
    id: String,
    title: Texts,
    minutes: u32,
    level: Level,
    #[serde(default)]
    prerequisites: Vec<String>,
}

/// A lesson from its pack, with the course's translations.
struct Loaded {
    lesson: Lesson,
    translations: HashMap<String, Provenance>,
    pack_version: u32,
}

fn pick(texts: &Texts, chain: &[String], translations: &HashMap<String, Provenance>) -> Text {
    let language = chain
        .iter()
        .map(String::as_str)
        .chain(["en", "it"])
        .find(|l| texts.contains_key(*l))
        .or_else(|| texts.keys().next().map(String::as_str))
        .unwrap_or("en")
        .to_owned();
    let text = texts.get(&language).cloned().unwrap_or_default();
    Text {
        speakable: ponte_wire::lessons::speakable(&text),
        text,
        direction: direction(&language),
        provenance: translations
            .get(&language)
            .copied()
            .unwrap_or(Provenance::Machine),
        language,
    }
}

/// A sentence of the catalogue as a lesson text, in the first language of `chain` that has it.
pub(crate) fn catalogue_text(chain: &[String], key: &str, args: &[(&str, f64)]) -> Text {
    let mut languages = chain.to_vec();
    languages.extend(["en".to_owned(), "it".to_owned()]);
    let args: Vec<(&str, Arg)> = args
        .iter()
        .map(|(name, value)| (*name, Arg::Number(*value)))
        .collect();
    let found = Catalogue::get().with(&languages, key, &args);
    // The placeables' isolation marks are for display; speech goes without them.
    let speakable = found.text.replace(['\u{2068}', '\u{2069}'], "");
    let provenance = if found.locale == "en" {
        Provenance::Original
    } else {
        match crate::i18n::languages()
            .into_iter()
            .find(|l| l.code == found.locale)
            .map(|l| l.review)
        {
            Some(Review::Reviewed) => Provenance::Reviewed,
            _ => Provenance::Machine,
        }
    };
    Text {
        text: found.text,
        speakable,
        language: found.locale,
        direction: found.direction,
        provenance,
    }
}

/// The rule as a sentence for the person.
pub(crate) fn mastery_text(rule: &MasteryRule, chain: &[String]) -> Text {
    match *rule {
        MasteryRule::AllCorrect => catalogue_text(chain, "lesson-mastery-all-correct", &[]),
        MasteryRule::MOfN { m, n } => catalogue_text(
            chain,
            "lesson-mastery-m-of-n",
            &[("count", f64::from(m)), ("total", f64::from(n))],
        ),
        MasteryRule::Streak { n } => {
            catalogue_text(chain, "lesson-mastery-streak", &[("count", f64::from(n))])
        }
    }
}

/// The id the right side of pair `pair_id` shows: a keyed hash, so it says nothing about the
/// left side. The key is the person's progress record of the lesson (a random id made when
/// the lesson is first opened), so the ids stay the same every time the step is shown.
fn right_id(key: &str, step_id: &str, pair_id: &str) -> String {
    let hash = ponte_wire::pack::sha256_hex(
        format!("ponte-match\0{key}\0{step_id}\0{pair_id}").as_bytes(),
    );
    format!("m{}", &hash[..12])
}

/// The key of [`right_id`] for a lesson.
fn match_key(conn: &Connection, lesson_id: &str) -> Result<String> {
    Ok(conn
        .prepare_cached("SELECT id FROM lesson_progress WHERE lesson_id = ?1")?
        .query_row([lesson_id], |r| r.get(0))
        .optional()?
        .unwrap_or_else(|| lesson_id.to_owned()))
}

/// A stable shuffle: the same step shows its items in the same order every time, never in
/// the right order.
fn shuffled<T: Clone>(step_id: &str, items: &[(String, T)]) -> Vec<(String, T)> {
    let hash = |s: &str| {
        s.bytes().fold(0xcbf2_9ce4_8422_2325u64, |h, b| {
            (h ^ u64::from(b)).wrapping_mul(0x100_0000_01b3)
        })
    };
    let mut out = items.to_vec();
    out.sort_by_key(|(id, _)| hash(&format!("{step_id}/{id}")));
    if out.len() > 1
        && out
            .iter()
            .map(|(id, _)| id)
            .eq(items.iter().map(|(id, _)| id))
    {
        out.rotate_left(1);
    }
    out
}

fn rule_code(rule: &MasteryRule) -> String {
    serde_json::to_string(rule).unwrap_or_default()
}

/// Whether a sequence of attempts (oldest first) meets the rule. `items` are the lesson's
/// scored steps, for "all correct".
fn meets(rule: &MasteryRule, attempts: &[(String, bool)], items: &[&str]) -> bool {
    match *rule {
        MasteryRule::AllCorrect => items.iter().all(|item| {
            attempts
                .iter()
                .rev()
                .find(|(step, _)| step == item)
                .is_some_and(|(_, correct)| *correct)
        }),
        MasteryRule::MOfN { m, n } => {
            let last: Vec<bool> = attempts
                .iter()
                .rev()
                .take(n as usize)
                .map(|(_, c)| *c)
                .collect();
            last.iter().filter(|c| **c).count() as u32 >= m
        }
        MasteryRule::Streak { n } => {
            attempts.len() >= n as usize && attempts.iter().rev().take(n as usize).all(|(_, c)| *c)
        }
    }
}

impl Lessons {
    fn load(&self, conn: &Connection, lesson_id: &str) -> Result<Loaded> {
        let (content, course, pack_version): (String, String, u32) = conn
            .query_row(
                "SELECT l.content, c.content, p.version FROM lesson l JOIN course c ON c.id = l.course_id
                 JOIN lesson_pack p ON p.id = c.pack_id WHERE l.id = ?1",
                [lesson_id],
                |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)),
            )
            .optional()?
            .ok_or_else(|| Error::not_found("lesson", lesson_id))?;
        let lesson: Lesson =
            serde_json::from_str(&content).map_err(|e| Error::Damaged(e.to_string()))?;
        let course: Course =
            serde_json::from_str(&course).map_err(|e| Error::Damaged(e.to_string()))?;
        Ok(Loaded {
            lesson,
            translations: course.translations.into_iter().collect(),
            pack_version,
        })
    }

    fn status(conn: &Connection, lesson_id: &str) -> Result<LessonStatus> {
        let row: Option<(Option<i64>, Option<i64>)> = conn
            .prepare_cached(
                "SELECT completed_at, mastered_at FROM lesson_progress WHERE lesson_id = ?1",
            )?
            .query_row([lesson_id], |r| Ok((r.get(0)?, r.get(1)?)))
            .optional()?;
        Ok(match row {
            None => LessonStatus::NotStarted,
            Some((_, Some(_))) => LessonStatus::Mastered,
            Some((Some(_), None)) => LessonStatus::Completed,
            Some((None, None)) => LessonStatus::InProgress,
        })
    }

    /// The unfinished lesson the person touched last, for "continue" on home. Reads that one
    /// lesson rather than the whole pack (`courses` parses every lesson).
    pub fn lesson_to_continue(&self, chain: &[String]) -> Result<Option<LessonSummary>> {
        self.store.read(|conn| {
            let row: Option<(String, String, String)> = conn
                .prepare_cached(
                    "SELECT l.course_id, l.content, c.content
                     FROM lesson_progress p
                     JOIN lesson l ON l.id = p.lesson_id
                     JOIN course c ON c.id = l.course_id
                     WHERE p.completed_at IS NULL AND p.mastered_at IS NULL
                     ORDER BY p.updated_at DESC, p.lesson_id LIMIT 1",
                )?
                .query_row([], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)))
                .optional()?;
            let Some((course_id, lesson, course)) = row else {
                return Ok(None);
            };
            let damaged = |e: serde_json::Error| Error::Damaged(e.to_string());
            let lesson: Lesson = serde_json::from_str(&lesson).map_err(damaged)?;
            let course: Course = serde_json::from_str(&course).map_err(damaged)?;
            let translations: HashMap<String, Provenance> =
                course.translations.into_iter().collect();
            let mut missing = Vec::new();
            for prerequisite in &lesson.prerequisites {
                if !matches!(
                    Self::status(conn, prerequisite)?,
                    LessonStatus::Completed | LessonStatus::Mastered
                ) {
                    missing.push(prerequisite.clone());
                }
            }
            Ok(Some(LessonSummary {
                title: pick(&lesson.title, chain, &translations),
                course_id,
                minutes: lesson.minutes,
                level: lesson.level,
                status: LessonStatus::InProgress,
                missing_prerequisites: missing,
                id: lesson.id,
            }))
        })
    }

    /// Every course with its lessons and the person's status in each.
    pub fn courses(&self, chain: &[String]) -> Result<Vec<CourseSummary>> {
        self.store.read(|conn| {
            let courses: Vec<(String, String)> = conn
                .prepare_cached("SELECT id, content FROM course ORDER BY position, id")?
                .query_map([], |r| Ok((r.get(0)?, r.get(1)?)))?
                .collect::<rusqlite::Result<_>>()?;
            let mut statuses: HashMap<String, LessonStatus> = HashMap::new();
            let mut out = Vec::new();
            for (id, content) in courses {
                let course: Course =
                    serde_json::from_str(&content).map_err(|e| Error::Damaged(e.to_string()))?;
                let translations: HashMap<String, Provenance> =
                    course.translations.clone().into_iter().collect();
                let lessons: Vec<String> = conn
                    .prepare_cached(
                        "SELECT content FROM lesson WHERE course_id = ?1 ORDER BY position",
                    )?
                    .query_map([&id], |r| r.get(0))?
                    .collect::<rusqlite::Result<_>>()?;
                let mut summaries = Vec::new();
                for content in lessons {
                    let lesson: LessonHeader = serde_json::from_str(&content)
                        .map_err(|e| Error::Damaged(e.to_string()))?;
                    let status = Self::status(conn, &lesson.id)?;
                    statuses.insert(lesson.id.clone(), status);
                    summaries.push(LessonSummary {
                        title: pick(&lesson.title, chain, &translations),
                        course_id: id.clone(),
                        minutes: lesson.minutes,
                        level: lesson.level,
                        status,
                        missing_prerequisites: lesson.prerequisites.clone(),
                        id: lesson.id,
                    });
                }
                let mastered = summaries
                    .iter()
                    .filter(|l| l.status == LessonStatus::Mastered)
                    .count() as u32;
                out.push(CourseSummary {
                    id,
                    title: pick(&course.title, chain, &translations),
                    lessons: summaries,
                    mastered,
                });
            }
            // Prerequisites may sit in other courses: resolve them once every status is known.
            for course in &mut out {
                for lesson in &mut course.lessons {
                    lesson.missing_prerequisites.retain(|p| {
                        !matches!(
                            statuses.get(p),
                            Some(LessonStatus::Completed | LessonStatus::Mastered)
                        )
                    });
                }
            }
            Ok(out)
        })
    }

    fn view(
        &self,
        conn: &Connection,
        loaded: &Loaded,
        index: usize,
        chain: &[String],
    ) -> Result<LessonView> {
        let t = |texts: &Texts| pick(texts, chain, &loaded.translations);
        let lesson = &loaded.lesson;
        let step = &lesson.steps[index];
        let choice = |id: &str, text: &Texts, image: &Option<String>| ChoiceView {
            id: id.to_owned(),
            text: (!text.is_empty()).then(|| t(text)),
            image: image.clone(),
        };
        let (kind, text, checklist, choices, matches, hints, image, audio) = match step {
            Step::Explain {
                text, image, audio, ..
            } => {
                let shown = t(text);
                let audio = audio.get(&shown.language).cloned();
                (
                    StepKind::Explain,
                    shown,
                    vec![],
                    vec![],
                    vec![],
                    vec![],
                    image.clone(),
                    audio,
                )
            }
            Step::Try {
                text, checklist, ..
            } => (
                StepKind::Try,
                t(text),
                checklist.iter().map(t).collect(),
                vec![],
                vec![],
                vec![],
                None,
                None,
            ),
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
                let kind = match step {
                    Step::SingleChoice { .. } => StepKind::SingleChoice,
                    Step::MultipleChoice { .. } => StepKind::MultipleChoice,
                    _ => StepKind::PickPicture,
                };
                let views = choices
                    .iter()
                    .map(|c| ChoiceView {
                        id: c.id.clone(),
                        text: if c.image.is_some() {
                            Some(t(&c.alt))
                        } else {
                            Some(t(&c.text))
                        },
                        image: c.image.clone(),
                    })
                    .collect();
                (
                    kind,
                    t(question),
                    vec![],
                    views,
                    vec![],
                    hints.iter().map(t).collect(),
                    None,
                    None,
                )
            }
            Step::TrueFalse {
                statement, hints, ..
            } => (
                StepKind::TrueFalse,
                t(statement),
                vec![],
                vec![],
                vec![],
                hints.iter().map(t).collect(),
                None,
                None,
            ),
            Step::Order {
                question,
                items,
                hints,
                ..
            } => {
                let items: Vec<(String, &Texts)> =
                    items.iter().map(|i| (i.id.clone(), &i.text)).collect();
                let views = shuffled(step.id(), &items)
                    .into_iter()
                    .map(|(id, text)| choice(&id, text, &None))
                    .collect();
                (
                    StepKind::Order,
                    t(question),
                    vec![],
                    views,
                    vec![],
                    hints.iter().map(t).collect(),
                    None,
                    None,
                )
            }
            Step::MatchPairs {
                question,
                pairs,
                hints,
                ..
            } => {
                let left: Vec<(String, &Texts)> =
                    pairs.iter().map(|p| (p.id.clone(), &p.left)).collect();
                let key = match_key(conn, &lesson.id)?;
                let right: Vec<(String, &Texts)> = pairs
                    .iter()
                    .map(|p| (right_id(&key, step.id(), &p.id), &p.right))
                    .collect();
                let lefts = left
                    .iter()
                    .map(|(id, text)| choice(id, text, &None))
                    .collect();
                let rights = shuffled(step.id(), &right)
                    .into_iter()
                    .map(|(id, text)| choice(&id, text, &None))
                    .collect();
                (
                    StepKind::MatchPairs,
                    t(question),
                    vec![],
                    lefts,
                    rights,
                    hints.iter().map(t).collect(),
                    None,
                    None,
                )
            }
        };
        Ok(LessonView {
            lesson_id: lesson.id.clone(),
            title: t(&lesson.title),
            status: Self::status(conn, &lesson.id)?,
            step: StepView {
                id: step.id().to_owned(),
                index: index as u32,
                total: lesson.steps.len() as u32,
                kind,
                text,
                checklist,
                choices,
                matches,
                hints,
                image,
                audio,
            },
            glossary: lesson
                .glossary
                .iter()
                .map(|g| GlossaryView {
                    term: t(&g.term),
                    explanation: t(&g.explanation),
                })
                .collect(),
            mastery: lesson.mastery,
            mastery_text: mastery_text(&lesson.mastery, chain),
        })
    }

    /// Opens a lesson where the person left it (the first step the first time), even after the
    /// app was killed: the position is saved after every step.
    pub fn open_lesson(&self, lesson_id: &str, chain: &[String]) -> Result<LessonView> {
        let (loaded, saved) = self.store.read(|conn| {
            let loaded = self.load(conn, lesson_id)?;
            let saved: Option<String> = conn
                .prepare_cached("SELECT current_step FROM lesson_progress WHERE lesson_id = ?1")?
                .query_row([lesson_id], |r| r.get(0))
                .optional()?;
            Ok((loaded, saved))
        })?;
        let index = saved
            .as_deref()
            .and_then(|s| loaded.lesson.steps.iter().position(|step| step.id() == s));
        if saved.is_none() {
            let first = loaded.lesson.steps[0].id().to_owned();
            self.store.write(|tx| {
                let now = now_ms();
                tx.execute(
                    "INSERT INTO lesson_progress (id, lesson_id, current_step, started_at, updated_at) VALUES (?1, ?2, ?3, ?4, ?4)
                     ON CONFLICT (lesson_id) DO NOTHING",
                    params![uuid::Uuid::new_v4().to_string(), lesson_id, first, now],
                )?;
                Ok(())
            })?;
        }
        // A step that a newer pack removed: start again from the first step.
        self.store
            .read(|conn| self.view(conn, &loaded, index.unwrap_or(0), chain))
    }

    /// Moves to step `index` (0 to `total - 1`) and saves the position. An index past the last
    /// step is refused (`step`, out of range) and changes nothing: a lesson is completed with
    /// [`Lessons::complete_lesson`].
    pub fn go_to_step(&self, lesson_id: &str, index: u32, chain: &[String]) -> Result<LessonView> {
        let loaded = self.store.read(|conn| self.load(conn, lesson_id))?;
        let target = index as usize;
        let Some(step) = loaded.lesson.steps.get(target) else {
            return Err(Error::invalid(
                crate::fields::LessonField::Step,
                InvalidReason::OutOfRange,
            ));
        };
        let step_id = step.id().to_owned();
        self.store.write(|tx| {
            let now = now_ms();
            tx.execute(
                "INSERT INTO lesson_progress (id, lesson_id, current_step, started_at, updated_at)
                 VALUES (?1, ?2, ?3, ?4, ?4)
                 ON CONFLICT (lesson_id) DO UPDATE SET current_step = ?3, updated_at = ?4",
                params![uuid::Uuid::new_v4().to_string(), lesson_id, step_id, now],
            )?;
            Ok(())
        })?;
        self.store
            .read(|conn| self.view(conn, &loaded, target, chain))
    }

    /// Completes the lesson once the person has reached its last step (the app calls it when
    /// they tap "finish" there), and says where the lesson stands: `Completed`, or `Mastered`
    /// when the answers already met the rule. Before the last step it is refused
    /// ([`Error::LessonNotFinished`], with the steps left) and changes nothing. A lesson
    /// already completed stays so, with its first completion's date, wherever the person is.
    pub fn complete_lesson(&self, lesson_id: &str) -> Result<LessonStatus> {
        let loaded = self.store.read(|conn| self.load(conn, lesson_id))?;
        let steps = &loaded.lesson.steps;
        let total = steps.len();
        self.store.write(|tx| {
            let current: Option<(String, bool)> = tx
                .prepare_cached("SELECT current_step, completed_at IS NOT NULL FROM lesson_progress WHERE lesson_id = ?1")?
                .query_row([lesson_id], |r| Ok((r.get(0)?, r.get(1)?)))
                .optional()?;
            // A step a newer pack removed counts as the first step; never opened, as before it.
            let steps_left = match current {
                None => total,
                Some((_, true)) => 0,
                Some((c, false)) => {
                    total - 1 - steps.iter().position(|s| s.id() == c).unwrap_or(0)
                }
            };
            if steps_left > 0 {
                return Err(Error::LessonNotFinished {
                    lesson_id: lesson_id.to_owned(),
                    steps_left: steps_left as u32,
                });
            }
            let now = now_ms();
            tx.execute(
                "UPDATE lesson_progress SET completed_at = ?2, updated_at = ?2
                 WHERE lesson_id = ?1 AND completed_at IS NULL",
                params![lesson_id, now],
            )?;
            Self::status(tx, lesson_id)
        })
    }

    /// Checks an answer, logs it with the mastery rule in force, and updates mastery.
    pub fn answer(
        &self,
        lesson_id: &str,
        step_id: &str,
        answer: &Answer,
        hinted: bool,
        duration_ms: u32,
        chain: &[String],
    ) -> Result<AnswerResult> {
        let (loaded, key) = self
            .store
            .read(|conn| Ok((self.load(conn, lesson_id)?, match_key(conn, lesson_id)?)))?;
        let lesson = &loaded.lesson;
        let step = lesson
            .steps
            .iter()
            .find(|s| s.id() == step_id)
            .ok_or_else(|| Error::not_found("step", step_id))?;
        // What the attempt log keeps: the answer in the pack's own ids.
        let mut logged = answer.clone();
        let t = |texts: &Texts| pick(texts, chain, &loaded.translations);
        let bad = || Error::invalid(crate::fields::LessonField::Answer, InvalidReason::BadAnswer);
        let (correct, feedback): (bool, Vec<Text>) = match (step, answer) {
            (
                Step::SingleChoice { choices, .. }
                | Step::MultipleChoice { choices, .. }
                | Step::PickPicture { choices, .. },
                Answer::Choices { ids },
            ) => {
                if ids.is_empty() || ids.iter().any(|id| !choices.iter().any(|c| &c.id == id)) {
                    return Err(bad());
                }
                if !matches!(step, Step::MultipleChoice { .. }) && ids.len() != 1 {
                    return Err(bad());
                }
                let right: Vec<&str> = choices
                    .iter()
                    .filter(|c| c.correct)
                    .map(|c| c.id.as_str())
                    .collect();
                let mut chosen: Vec<&str> = ids.iter().map(String::as_str).collect();
                chosen.sort();
                chosen.dedup();
                let mut expected = right.clone();
                expected.sort();
                let correct = chosen == expected;
                let mut feedback: Vec<Text> = choices
                    .iter()
                    .filter(|c| {
                        !c.correct && chosen.contains(&c.id.as_str()) && !c.feedback.is_empty()
                    })
                    .map(|c| t(&c.feedback))
                    .collect();
                // Right choices left out have no text of their own: say how many are missing.
                let missing = expected.iter().filter(|id| !chosen.contains(id)).count();
                if !correct && missing > 0 && matches!(step, Step::MultipleChoice { .. }) {
                    feedback.push(catalogue_text(
                        chain,
                        "quiz-missing",
                        &[("count", missing as f64)],
                    ));
                }
                (correct, feedback)
            }
            (
                Step::TrueFalse {
                    answer: right,
                    feedback,
                    ..
                },
                Answer::TrueFalse { value },
            ) => {
                let correct = value == right;
                (
                    correct,
                    if correct || feedback.is_empty() {
                        vec![]
                    } else {
                        vec![t(feedback)]
                    },
                )
            }
            (
                Step::Order {
                    items, feedback, ..
                },
                Answer::Order { ids },
            ) => {
                let mut sorted = ids.clone();
                sorted.sort();
                let mut all: Vec<String> = items.iter().map(|i| i.id.clone()).collect();
                all.sort();
                if sorted != all {
                    return Err(bad());
                }
                let misplaced = items.iter().zip(ids).filter(|(i, id)| &i.id != *id).count();
                let correct = misplaced == 0;
                (
                    correct,
                    if correct {
                        vec![]
                    } else if feedback.is_empty() {
                        vec![catalogue_text(
                            chain,
                            "quiz-order-wrong",
                            &[("count", misplaced as f64)],
                        )]
                    } else {
                        vec![t(feedback)]
                    },
                )
            }
            (
                Step::MatchPairs {
                    pairs, feedback, ..
                },
                Answer::Pairs { pairs: given },
            ) => {
                // The right side's ids are the view's own: back to the pairs they stand for.
                let rights: HashMap<String, &str> = pairs
                    .iter()
                    .map(|p| (right_id(&key, step.id(), &p.id), p.id.as_str()))
                    .collect();
                let mut resolved: Vec<PairAnswer> = Vec::with_capacity(given.len());
                for g in given {
                    let (Some(right), true) =
                        (rights.get(&g.right), pairs.iter().any(|p| p.id == g.left))
                    else {
                        return Err(bad());
                    };
                    resolved.push(PairAnswer {
                        left: g.left.clone(),
                        right: (*right).to_owned(),
                    });
                }
                // Every left once, every right once.
                let mut lefts: Vec<&str> = resolved.iter().map(|p| p.left.as_str()).collect();
                let mut used: Vec<&str> = resolved.iter().map(|p| p.right.as_str()).collect();
                lefts.sort_unstable();
                lefts.dedup();
                used.sort_unstable();
                used.dedup();
                if resolved.len() != pairs.len()
                    || lefts.len() != pairs.len()
                    || used.len() != pairs.len()
                {
                    return Err(bad());
                }
                let wrong = resolved.iter().filter(|p| p.left != p.right).count();
                logged = Answer::Pairs { pairs: resolved };
                let correct = wrong == 0;
                (
                    correct,
                    if correct {
                        vec![]
                    } else if feedback.is_empty() {
                        vec![catalogue_text(
                            chain,
                            "quiz-pairs-wrong",
                            &[("count", wrong as f64)],
                        )]
                    } else {
                        vec![t(feedback)]
                    },
                )
            }
            _ => return Err(bad()),
        };
        // Every wrong answer says something, even when the author wrote nothing for it.
        let feedback = if !correct && feedback.is_empty() {
            vec![catalogue_text(chain, "lesson-wrong", &[])]
        } else {
            feedback
        };
        let items: Vec<&str> = lesson
            .steps
            .iter()
            .filter(|s| s.is_item())
            .map(|s| s.id())
            .collect();
        let rule = lesson.mastery;
        let answer_text = format!("{logged:?}");
        let mastered_now = self.store.write(|tx| {
            let now = now_ms();
            tx.execute(
                "INSERT INTO lesson_attempt (id, lesson_id, step_id, correct, hinted, answer, duration_ms, mastery_rule, pack_version, answered_at, updated_at)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?10)",
                params![uuid::Uuid::new_v4().to_string(), lesson_id, step_id, correct, hinted, answer_text, duration_ms, rule_code(&rule), loaded.pack_version, now],
            )?;
            tx.execute(
                "INSERT INTO lesson_progress (id, lesson_id, current_step, started_at, updated_at) VALUES (?1, ?2, ?3, ?4, ?4)
                 ON CONFLICT (lesson_id) DO UPDATE SET updated_at = ?4",
                params![uuid::Uuid::new_v4().to_string(), lesson_id, step_id, now],
            )?;
            let already: bool = tx.query_row("SELECT mastered_at IS NOT NULL FROM lesson_progress WHERE lesson_id = ?1", [lesson_id], |r| r.get(0))?;
            if already {
                return Ok(false);
            }
            // Judge with the rule in force now; attempts keep their own rule for the record.
            let attempts: Vec<(String, bool)> = tx
                .prepare_cached("SELECT step_id, correct FROM lesson_attempt WHERE lesson_id = ?1 ORDER BY answered_at, rowid")?
                .query_map([lesson_id], |r| Ok((r.get(0)?, r.get(1)?)))?
                .collect::<rusqlite::Result<_>>()?;
            if meets(&rule, &attempts, &items) {
                tx.execute(
                    "UPDATE lesson_progress SET mastered_at = ?2, mastered_by = ?3, updated_at = ?2 WHERE lesson_id = ?1",
                    params![lesson_id, now, rule_code(&rule)],
                )?;
                return Ok(true);
            }
            Ok(false)
        })?;
        let status = self.store.read(|conn| Self::status(conn, lesson_id))?;
        Ok(AnswerResult {
            correct,
            feedback,
            status,
            mastered_now,
        })
    }

    /// A course certificate the person can show: printable HTML with their name, the course and
    /// the date the last lesson was mastered. Refused until every lesson is mastered.
    pub fn certificate_html(
        &self,
        course_id: &str,
        name: &str,
        chain: &[String],
    ) -> Result<String> {
        let name = name.trim();
        if name.is_empty() {
            return Err(Error::invalid(
                crate::fields::LessonField::Name,
                InvalidReason::Required,
            ));
        }
        let course = self
            .courses(chain)?
            .into_iter()
            .find(|c| c.id == course_id)
            .ok_or_else(|| Error::not_found("course", course_id))?;
        if course
            .lessons
            .iter()
            .any(|l| l.status != LessonStatus::Mastered)
        {
            return Err(Error::CourseNotMastered {
                course_id: course_id.to_owned(),
            });
        }
        let last: crate::time::Timestamp = self.store.read(|conn| {
            Ok(conn.query_row(
                "SELECT max(p.mastered_at) FROM lesson_progress p JOIN lesson l ON l.id = p.lesson_id WHERE l.course_id = ?1",
                [course_id],
                |r| r.get(0),
            )?)
        })?;
        let locale = crate::i18n::negotiate(chain, None)
            .into_iter()
            .next()
            .unwrap_or_else(|| "en".into());
        // The certificate's date is the day in Italy, daylight saving included.
        let rome = crate::time::time_zone(
            crate::fields::QueryField::TimeZone,
            crate::time::DEFAULT_TIME_ZONE,
        )?;
        let date = crate::time::local_date(last, &rome).to_string();
        let catalogue = Catalogue::get();
        let chain = vec![locale.clone(), "en".into(), "it".into()];
        let title = catalogue.t(&chain, "certificate-title", &[]);
        let body = catalogue.t(
            &chain,
            "certificate-body",
            &[
                crate::i18n::NamedArg {
                    name: "name".into(),
                    value: crate::i18n::Arg::Text(name.into()),
                },
                crate::i18n::NamedArg {
                    name: "course".into(),
                    value: crate::i18n::Arg::Text(course.title.text.clone()),
                },
                crate::i18n::NamedArg {
                    name: "date".into(),
                    value: crate::i18n::Arg::Text(format_date(&locale, &date)),
                },
            ],
        );
        let dir = if body.direction == TextDirection::RightToLeft {
            "rtl"
        } else {
            "ltr"
        };
        let escape = |s: &str| {
            s.replace('&', "&amp;")
                .replace('<', "&lt;")
                .replace('>', "&gt;")
                .replace('"', "&quot;")
        };
        Ok(format!(
            "<!DOCTYPE html><html lang=\"{lang}\" dir=\"{dir}\"><head><meta charset=\"utf-8\"><title>{title}</title>\
             <style>body{{font-family:'Noto Sans',Arial,sans-serif;text-align:center;padding:4rem 2rem;border:8px double #1d4f91;margin:2rem}}\
             h1{{color:#1d4f91;font-size:2.4rem}}p{{font-size:1.4rem}}.name{{font-size:2rem;font-weight:bold}}</style></head>\
             <body><h1>{title}</h1><p class=\"name\">{name}</p><p>{body}</p><p>Ponte</p></body></html>",
            lang = escape(&body.locale),
            title = escape(&title.text),
            name = escape(name),
            body = escape(&body.text),
        ))
    }

    /// A course's title and the terms its lessons explain, in lesson order, each term once;
    /// `None` when the phone has no such course. Reads only: unlike opening a lesson, it
    /// starts nothing.
    pub fn course_glossary(
        &self,
        course_id: &str,
        chain: &[String],
    ) -> Result<Option<(Text, Vec<GlossaryView>)>> {
        self.store.read(|conn| {
            let Some(course): Option<String> = conn
                .prepare_cached("SELECT content FROM course WHERE id = ?1")?
                .query_row([course_id], |r| r.get(0))
                .optional()?
            else {
                return Ok(None);
            };
            let course: Course =
                serde_json::from_str(&course).map_err(|e| Error::Damaged(e.to_string()))?;
            let translations: HashMap<String, Provenance> =
                course.translations.clone().into_iter().collect();
            let lessons: Vec<String> = conn
                .prepare_cached(
                    "SELECT content FROM lesson WHERE course_id = ?1 ORDER BY position",
                )?
                .query_map([course_id], |r| r.get(0))?
                .collect::<rusqlite::Result<_>>()?;
            let mut terms: Vec<GlossaryView> = Vec::new();
            for content in lessons {
                let lesson: Lesson =
                    serde_json::from_str(&content).map_err(|e| Error::Damaged(e.to_string()))?;
                for entry in &lesson.glossary {
                    let term = pick(&entry.term, chain, &translations);
                    if terms.iter().any(|t| t.term.text == term.text) {
                        continue;
                    }
                    terms.push(GlossaryView {
                        term,
                        explanation: pick(&entry.explanation, chain, &translations),
                    });
                }
            }
            Ok(Some((pick(&course.title, chain, &translations), terms)))
        })
    }

    /// The attempt log of a lesson (step, correct, hinted, time), oldest first.
    pub fn attempts(&self, lesson_id: &str) -> Result<Vec<(String, bool, bool, u32)>> {
        self.store.read(|conn| {
            let rows = conn
                .prepare_cached("SELECT step_id, correct, hinted, duration_ms FROM lesson_attempt WHERE lesson_id = ?1 ORDER BY answered_at, rowid")?
                .query_map([lesson_id], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?)))?
                .collect::<rusqlite::Result<_>>()?;
            Ok(rows)
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn mastery_rules() {
        let a = |v: &[(&str, bool)]| {
            v.iter()
                .map(|(s, c)| ((*s).to_owned(), *c))
                .collect::<Vec<_>>()
        };
        let items = ["q1", "q2"];
        assert!(meets(
            &MasteryRule::AllCorrect,
            &a(&[("q1", false), ("q1", true), ("q2", true)]),
            &items
        ));
        assert!(!meets(
            &MasteryRule::AllCorrect,
            &a(&[("q1", true), ("q2", true), ("q2", false)]),
            &items
        ));
        let m_of_n = MasteryRule::MOfN { m: 3, n: 4 };
        assert!(meets(
            &m_of_n,
            &a(&[("q1", true), ("q2", false), ("q1", true), ("q2", true)]),
            &items
        ));
        assert!(!meets(
            &m_of_n,
            &a(&[("q1", true), ("q2", false), ("q1", false), ("q2", true)]),
            &items
        ));
        let streak = MasteryRule::Streak { n: 2 };
        assert!(!meets(&streak, &a(&[("q1", true)]), &items));
        assert!(meets(
            &streak,
            &a(&[("q1", false), ("q1", true), ("q2", true)]),
            &items
        ));
    }

    #[test]
    fn shuffles_are_stable_and_never_the_answer() {
        let items: Vec<(String, u8)> = vec![("1".into(), 1), ("2".into(), 2)];
        let a = shuffled("step", &items);
        assert_eq!(a, shuffled("step", &items));
        assert_ne!(a, items);
    }
}
