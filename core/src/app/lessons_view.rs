//! The lessons' screens: the courses, the player for every kind of step, a course's glossary
//! and its certificate.
//!
//! The player keeps what the person is doing on a step (choices picked, the order so far,
//! pairs made, hints opened, the feedback of the last check) in a draft in `app_setting`,
//! under `draft.<lesson link>`, so a redraw or a killed process loses nothing; the step itself
//! is saved by the lessons' domain. Pictures and recordings come from the installed pack as
//! bytes in the view model ([`LessonMedia`]): the shells need no file access, and packs keep
//! their media small.

use serde::{Deserialize, Serialize};

use super::route::Route;
use super::settings::{self, key};
use super::speech::{self, Recording, Spoken};
use super::{App, Effect, Screen};
use crate::error::{Error, InvalidReason, Result};
use crate::fields::{Field, LessonField};
use crate::i18n::{Arg, Catalogue, Localized, NamedArg};
use crate::lessons::{
    Answer, CourseSummary, GlossaryView, LessonStatus, LessonSummary, LessonView, Lessons, Level,
    PairAnswer, StepKind, Text,
};

/// A screen of this part of the app.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Enum))]
pub enum LessonsScreen {
    Courses {
        courses: CoursesView,
    },
    Player {
        player: LessonPlayer,
    },
    Glossary {
        glossary: CourseGlossary,
    },
    Certificate {
        certificate: CourseCertificate,
    },
    /// A link to a lesson or course the phone no longer has (a newer pack removed it).
    Unavailable {
        explanation: Localized,
    },
}

/// What the person does on these screens. Player events act on the lesson on screen, the
/// certificate's on the certificate on screen; anywhere else they change nothing.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Enum))]
pub enum LessonsEvent {
    /// A tap on a choice: picks it (single choice, picture, true/false: `true` or `false`),
    /// toggles it (multiple choice); for pairs, a left item is held until a right item is
    /// tapped, and a left item already paired is let go.
    Select {
        id: String,
    },
    /// Order: puts item `id` at `position` (0 = first).
    MoveItem {
        id: String,
        position: u32,
    },
    /// Pairs: puts `left` with `right` at once (drag and drop), undoing their earlier pairs.
    MatchPair {
        left: String,
        right: String,
    },
    /// Shows the next hint.
    ShowHint,
    /// Checks the answer as the person has it now.
    Check,
    /// After a wrong answer: the feedback goes, the selection stays to be changed.
    TryAgain,
    Next,
    Previous,
    /// On the last step: completes the lesson and goes back to the courses.
    Finish,
    /// Reads the step aloud (see `speech`).
    ReadAloud,
    StopReading,
    /// The name for the certificate, as typed (kept as a draft).
    CertificateName {
        name: String,
    },
    /// Shares the certificate as an HTML file.
    ShareCertificate,
}

/// The courses on the phone, each with its lessons.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
pub struct CoursesView {
    pub courses: Vec<CourseCard>,
    /// The lesson to go on with first: the one in progress, else the first one ready to
    /// start, else one to master. `None` when everything is mastered.
    pub continue_with: Option<LessonCard>,
    /// The heading above `continue_with`.
    pub continue_heading: Localized,
    /// No lessons on the phone: the shell shows this instead of the list.
    pub empty: Option<Localized>,
}

#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
pub struct CourseCard {
    pub id: String,
    pub title: Text,
    /// "1 of 2 lessons done" (mastered ones).
    pub progress: Localized,
    pub mastered: u32,
    pub total: u32,
    pub lessons: Vec<LessonCard>,
    pub glossary_label: Localized,
    /// The glossary's canonical link.
    pub glossary_link: String,
    pub certificate_label: Localized,
    /// The certificate's canonical link (it says what is missing until the course is
    /// mastered).
    pub certificate_link: String,
}

#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
pub struct LessonCard {
    pub id: String,
    /// The lesson's canonical link.
    pub link: String,
    pub title: Text,
    pub status: LessonStatus,
    pub status_label: Localized,
    /// "5 minutes".
    pub minutes: Localized,
    pub level: Localized,
    /// The button: start, continue or review.
    pub action: Localized,
    /// A prerequisite not done yet, as a suggestion ("Finish “Wi-Fi” first."); the lesson
    /// still opens.
    pub suggestion: Option<Localized>,
}

/// A picture or recording of the lesson pack.
#[derive(Debug, Clone, PartialEq, Eq)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
pub struct LessonMedia {
    /// Its path in the pack (stable: a cache key).
    pub path: String,
    /// From its extension (`image/png`, `audio/mpeg`).
    pub mime_type: String,
    pub bytes: Vec<u8>,
}

/// A choice, an item to order, or a side of a pair.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
pub struct PlayerChoice {
    /// What `Select`, `MoveItem` and `MatchPair` name.
    pub id: String,
    /// The text; for a picture, its description (the screen reader's label).
    pub text: Option<Text>,
    pub image: Option<LessonMedia>,
    /// Picked; for pairs, the left item held until a right item is tapped.
    pub selected: bool,
    /// Pairs: the id of the other side this one is paired with.
    pub paired_with: Option<String>,
}

/// What a check said.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
pub struct AnswerFeedback {
    pub correct: bool,
    /// "Correct!" or "Not quite.".
    pub headline: Localized,
    /// Why a wrong answer is wrong, or the praise for mastery.
    pub explanations: Vec<Text>,
    /// This answer mastered the lesson.
    pub mastered_now: bool,
}

/// The lesson player on one step.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
pub struct LessonPlayer {
    pub lesson_id: String,
    pub title: Text,
    pub status: LessonStatus,
    /// "Step 3 of 6".
    pub progress: Localized,
    /// From 1.
    pub step_number: u32,
    pub step_count: u32,
    pub kind: StepKind,
    /// What to do on a question ("Choose one answer."); none on an explanation.
    pub instruction: Option<Localized>,
    /// The explanation, task, question or statement. `**bold**` and `[[term]]` marks: a term
    /// opens its entry of `glossary`.
    pub text: Text,
    /// The explanation's picture, beside its text (which describes it).
    pub image: Option<LessonMedia>,
    /// What the person should see, on a "try it" step.
    pub checklist: Vec<Text>,
    /// Choices (true/false: `true` and `false`), the items in the person's order so far, or
    /// the left side of the pairs.
    pub choices: Vec<PlayerChoice>,
    /// The right side of the pairs.
    pub matches: Vec<PlayerChoice>,
    /// The hints opened so far.
    pub hints: Vec<Text>,
    /// The button for the next hint, while one is left and the answer is not right yet.
    pub hint: Option<Localized>,
    /// Why the answer could not be checked (nothing chosen), on the answer.
    pub answer_error: Option<Localized>,
    pub feedback: Option<AnswerFeedback>,
    /// The mastery rule as a sentence.
    pub mastery_rule: Text,
    /// "You have mastered this lesson!", once it is.
    pub mastered: Option<Localized>,
    /// The read-aloud button's label (it is an icon: this is its accessibility label).
    pub listen: Localized,
    pub check: Option<Localized>,
    pub try_again: Option<Localized>,
    pub previous: Option<Localized>,
    pub next: Option<Localized>,
    /// On the last step.
    pub finish: Option<Localized>,
    /// Order: accessible labels of the buttons that move an item up or down.
    pub move_earlier: Option<Localized>,
    pub move_later: Option<Localized>,
    /// The lesson's terms.
    pub glossary: Vec<GlossaryView>,
    pub glossary_label: Localized,
}

/// A course's words and what they mean.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
pub struct CourseGlossary {
    pub course_id: String,
    pub course_title: Text,
    pub terms: Vec<GlossaryView>,
    pub empty: Option<Localized>,
}

/// A text field of a form, with what the person typed and its error.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
pub struct LessonsTextField {
    pub label: Localized,
    pub value: String,
    pub error: Option<Localized>,
}

/// A course's certificate: ready to share once every lesson is mastered, else what is
/// missing.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
pub struct CourseCertificate {
    pub course_id: String,
    pub course_title: Text,
    /// What this screen is about: ready, or what to do first.
    pub explanation: Localized,
    /// The lessons still to master (empty when the certificate is ready).
    pub missing: Vec<LessonCard>,
    /// The name printed on it; `None` until the course is mastered.
    pub name: Option<LessonsTextField>,
    /// The certificate as printable HTML, for a preview; `None` until mastered and named.
    pub html: Option<String>,
    /// The share button, when there is something to share.
    pub share: Option<Localized>,
}

// ---- drafts ----

/// What the person is doing on a step, kept across redraws and kills.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
struct StepDraft {
    /// The step this is about; a draft of another step is stale.
    step: String,
    chosen: Vec<String>,
    /// Order: the items in the person's order (empty: as shown).
    order: Vec<String>,
    pairs: Vec<(String, String)>,
    /// Pairs: a left item tapped, waiting for its right side.
    held: Option<String>,
    hints: u32,
    feedback: Option<SavedFeedback>,
    /// When the step was shown (or first touched), for the time the answer took, which the
    /// attempt log keeps.
    #[serde(default)]
    shown_at: Option<i64>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
struct SavedFeedback {
    correct: bool,
    mastered_now: bool,
    texts: Vec<SavedText>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
struct SavedText {
    text: String,
    speakable: String,
    language: String,
    provenance: ponte_wire::content::Provenance,
}

impl From<&Text> for SavedText {
    fn from(t: &Text) -> Self {
        SavedText {
            text: t.text.clone(),
            speakable: t.speakable.clone(),
            language: t.language.clone(),
            provenance: t.provenance,
        }
    }
}

impl From<&SavedText> for Text {
    fn from(t: &SavedText) -> Self {
        Text {
            text: t.text.clone(),
            speakable: t.speakable.clone(),
            direction: crate::i18n::direction(&t.language),
            language: t.language.clone(),
            provenance: t.provenance,
        }
    }
}

fn draft_key(route: &Route) -> String {
    format!("{}{}", key::DRAFT_PREFIX, route.to_link())
}

fn load_draft<T: for<'de> Deserialize<'de>>(app: &App, route: &Route) -> Result<Option<T>> {
    // A draft that cannot be read (an older app's) is as good as none.
    Ok(settings::get(&app.store, &draft_key(route))?.and_then(|s| serde_json::from_str(&s).ok()))
}

fn save_draft<T: Serialize>(app: &App, route: &Route, draft: &T) -> Result<()> {
    let json = serde_json::to_string(draft).map_err(|e| Error::Damaged(e.to_string()))?;
    settings::set(&app.store, &draft_key(route), &json)
}

/// The draft of the step on screen (a fresh one when the saved one is another step's).
fn step_draft(app: &App, route: &Route, step_id: &str) -> Result<StepDraft> {
    Ok(load_draft::<StepDraft>(app, route)?
        .filter(|d| d.step == step_id)
        .unwrap_or_else(|| StepDraft {
            step: step_id.to_owned(),
            ..StepDraft::default()
        }))
}

// ---- small helpers ----

/// The app's words in the person's chain. A list repeats the same few labels (status, level,
/// minutes) on every row: each is looked up once per view.
struct Words<'a> {
    chain: &'a [String],
    known: std::cell::RefCell<std::collections::HashMap<String, Localized>>,
}

impl<'a> Words<'a> {
    fn new(chain: &'a [String]) -> Self {
        Words {
            chain,
            known: Default::default(),
        }
    }

    fn t(&self, key: &str) -> Localized {
        self.number(key, &[])
    }

    fn number(&self, key: &str, args: &[(&str, u32)]) -> Localized {
        let memo = args.iter().fold(key.to_owned(), |k, (name, value)| {
            format!("{k}|{name}={value}")
        });
        if let Some(found) = self.known.borrow().get(&memo) {
            return found.clone();
        }
        let args: Vec<(&str, Arg)> = args
            .iter()
            .map(|(name, value)| (*name, Arg::Number(f64::from(*value))))
            .collect();
        let found = Catalogue::get().with(self.chain, key, &args);
        self.known.borrow_mut().insert(memo, found.clone());
        found
    }

    fn text(&self, key: &str, name: &str, value: String) -> Localized {
        Catalogue::get().t(
            self.chain,
            key,
            &[NamedArg {
                name: name.to_owned(),
                value: Arg::Text(value),
            }],
        )
    }
}

fn mime_type(path: &str) -> &'static str {
    let extension = path
        .rsplit_once('.')
        .map(|(_, e)| e.to_ascii_lowercase())
        .unwrap_or_default();
    match extension.as_str() {
        "png" => "image/png",
        "jpg" | "jpeg" => "image/jpeg",
        "webp" => "image/webp",
        "gif" => "image/gif",
        "svg" => "image/svg+xml",
        "mp3" => "audio/mpeg",
        "ogg" | "opus" => "audio/ogg",
        "m4a" | "aac" => "audio/mp4",
        "wav" => "audio/wav",
        _ => "application/octet-stream",
    }
}

/// A media file of the pack; `None` when the pack lacks it (a pack is checked at install, so
/// only a damaged database gets here, and the step still shows its text).
fn media(lessons: &Lessons, path: Option<&str>) -> Option<LessonMedia> {
    let path = path?;
    let bytes = lessons.media(path).ok()?;
    Some(LessonMedia {
        path: path.to_owned(),
        mime_type: mime_type(path).to_owned(),
        bytes,
    })
}

fn status_label(words: &Words, status: LessonStatus) -> Localized {
    words.t(match status {
        LessonStatus::NotStarted => "lessons-status-not-started",
        LessonStatus::InProgress => "lessons-status-in-progress",
        LessonStatus::Completed => "lessons-status-completed",
        LessonStatus::Mastered => "lessons-status-mastered",
    })
}

fn level_label(words: &Words, level: Level) -> Localized {
    words.t(match level {
        Level::Beginner => "lesson-level-beginner",
        Level::Intermediate => "lesson-level-intermediate",
        Level::Advanced => "lesson-level-advanced",
    })
}

fn lesson_card(words: &Words, lesson: &LessonSummary, courses: &[CourseSummary]) -> LessonCard {
    // The first prerequisite missing is the one to do first (one title: the message quotes
    // it in the language's own quotation marks).
    let first_missing = lesson.missing_prerequisites.first().map(|id| {
        courses
            .iter()
            .flat_map(|c| &c.lessons)
            .find(|l| &l.id == id)
            .map_or_else(|| id.clone(), |l| l.title.text.clone())
    });
    LessonCard {
        id: lesson.id.clone(),
        link: Route::Lesson {
            id: lesson.id.clone(),
        }
        .to_link(),
        title: lesson.title.clone(),
        status: lesson.status,
        status_label: status_label(words, lesson.status),
        minutes: words.number("lesson-minutes", &[("minutes", lesson.minutes)]),
        level: level_label(words, lesson.level),
        action: words.t(match lesson.status {
            LessonStatus::NotStarted => "lesson-start",
            LessonStatus::InProgress => "lesson-resume",
            LessonStatus::Completed | LessonStatus::Mastered => "lessons-review",
        }),
        suggestion: first_missing.map(|title| words.text("lesson-locked", "lesson", title)),
    }
}

/// A lesson (`lessons-unavailable`) or course (`lessons-course-unavailable`) gone.
fn unavailable(words: &Words, key: &str) -> Screen {
    Screen::Lessons {
        screen: LessonsScreen::Unavailable {
            explanation: words.t(key),
        },
    }
}

pub(super) fn view(app: &App, route: &Route, chain: &[String]) -> Result<(Localized, Screen)> {
    let words = Words::new(chain);
    let title = super::title(route, chain);
    let content = app.content_chain()?;
    let screen = match route {
        Route::Lesson { id } => match player(app, route, id, &words, &content)? {
            Some(player) => Screen::Lessons {
                screen: LessonsScreen::Player { player },
            },
            None => unavailable(&words, "lessons-unavailable"),
        },
        Route::Glossary { course_id } => {
            match Lessons::new(app.store.clone()).course_glossary(course_id, &content)? {
                Some((course_title, terms)) => Screen::Lessons {
                    screen: LessonsScreen::Glossary {
                        glossary: CourseGlossary {
                            course_id: course_id.clone(),
                            course_title,
                            empty: terms.is_empty().then(|| words.t("lessons-glossary-empty")),
                            terms,
                        },
                    },
                },
                None => unavailable(&words, "lessons-course-unavailable"),
            }
        }
        Route::Certificate { course_id } => {
            match certificate(app, route, course_id, &words, &content)? {
                Some(certificate) => Screen::Lessons {
                    screen: LessonsScreen::Certificate { certificate },
                },
                None => unavailable(&words, "lessons-course-unavailable"),
            }
        }
        _ => Screen::Lessons {
            screen: LessonsScreen::Courses {
                courses: courses(app, &words, &content)?,
            },
        },
    };
    Ok((title, screen))
}

fn courses(app: &App, words: &Words, content: &[String]) -> Result<CoursesView> {
    let courses = Lessons::new(app.store.clone()).courses(content)?;
    let all = || courses.iter().flat_map(|c| &c.lessons);
    let first = all()
        .find(|l| l.status == LessonStatus::InProgress)
        .or_else(|| {
            all().find(|l| {
                l.status == LessonStatus::NotStarted && l.missing_prerequisites.is_empty()
            })
        })
        .or_else(|| all().find(|l| l.status != LessonStatus::Mastered));
    let cards = courses
        .iter()
        .map(|c| CourseCard {
            id: c.id.clone(),
            title: c.title.clone(),
            progress: words.number(
                "lesson-progress",
                &[("done", c.mastered), ("total", c.lessons.len() as u32)],
            ),
            mastered: c.mastered,
            total: c.lessons.len() as u32,
            lessons: c
                .lessons
                .iter()
                .map(|l| lesson_card(words, l, &courses))
                .collect(),
            glossary_label: words.t("lessons-glossary-open"),
            glossary_link: Route::Glossary {
                course_id: c.id.clone(),
            }
            .to_link(),
            certificate_label: words.t("lessons-certificate-open"),
            certificate_link: Route::Certificate {
                course_id: c.id.clone(),
            }
            .to_link(),
        })
        .collect();
    Ok(CoursesView {
        continue_with: first.map(|l| lesson_card(words, l, &courses)),
        continue_heading: words.t("lessons-continue"),
        empty: courses.is_empty().then(|| words.t("empty-lessons")),
        courses: cards,
    })
}

/// The lesson where the person left it; `None` when the phone no longer has it.
fn open(lessons: &Lessons, id: &str, content: &[String]) -> Result<Option<LessonView>> {
    match lessons.open_lesson(id, content) {
        Ok(view) => Ok(Some(view)),
        Err(Error::NotFound { .. }) => Ok(None),
        Err(e) => Err(e),
    }
}

fn catalogue_choice(chain: &[String], id: &str, key: &str, selected: bool) -> PlayerChoice {
    PlayerChoice {
        id: id.to_owned(),
        text: Some(crate::lessons::catalogue_text(chain, key, &[])),
        image: None,
        selected,
        paired_with: None,
    }
}

/// The items of an order step in the person's order: the draft's when it is still a
/// reordering of the shown ones.
fn current_order(shown: &[String], draft: &StepDraft) -> Vec<String> {
    let mut saved = draft.order.clone();
    saved.sort();
    let mut all = shown.to_vec();
    all.sort();
    if !draft.order.is_empty() && saved == all {
        draft.order.clone()
    } else {
        shown.to_vec()
    }
}

fn player(
    app: &App,
    route: &Route,
    id: &str,
    words: &Words,
    content: &[String],
) -> Result<Option<LessonPlayer>> {
    let lessons = Lessons::new(app.store.clone());
    let Some(view) = open(&lessons, id, content)? else {
        return Ok(None);
    };
    let step = &view.step;
    let draft = step_draft(app, route, &step.id)?;
    let is_item = !matches!(step.kind, StepKind::Explain | StepKind::Try);
    let paired = |id: &str| {
        draft.pairs.iter().find_map(|(l, r)| {
            (l == id)
                .then(|| r.clone())
                .or_else(|| (r == id).then(|| l.clone()))
        })
    };
    let to_choice = |c: &crate::lessons::ChoiceView, selected: bool| PlayerChoice {
        id: c.id.clone(),
        text: c.text.clone(),
        image: media(&lessons, c.image.as_deref()),
        selected,
        paired_with: paired(&c.id),
    };
    let choices: Vec<PlayerChoice> = match step.kind {
        StepKind::TrueFalse => vec![
            catalogue_choice(content, "true", "quiz-true", draft.chosen == ["true"]),
            catalogue_choice(content, "false", "quiz-false", draft.chosen == ["false"]),
        ],
        StepKind::Order => {
            let shown: Vec<String> = step.choices.iter().map(|c| c.id.clone()).collect();
            current_order(&shown, &draft)
                .iter()
                .filter_map(|id| step.choices.iter().find(|c| &c.id == id))
                .map(|c| to_choice(c, false))
                .collect()
        }
        StepKind::MatchPairs => step
            .choices
            .iter()
            .map(|c| to_choice(c, draft.held.as_deref() == Some(c.id.as_str())))
            .collect(),
        _ => step
            .choices
            .iter()
            .map(|c| to_choice(c, draft.chosen.contains(&c.id)))
            .collect(),
    };
    let matches = step.matches.iter().map(|c| to_choice(c, false)).collect();
    let instruction = match step.kind {
        StepKind::Explain => None,
        StepKind::Try => Some("lesson-try-on-phone"),
        StepKind::SingleChoice => Some("quiz-choose-one"),
        StepKind::MultipleChoice => Some("quiz-choose-many"),
        StepKind::TrueFalse => Some("lessons-true-false"),
        StepKind::Order => Some("quiz-order"),
        StepKind::PickPicture => Some("quiz-picture"),
        StepKind::MatchPairs => Some("quiz-match"),
    }
    .map(|k| words.t(k));
    let feedback = draft.feedback.as_ref().map(|f| AnswerFeedback {
        correct: f.correct,
        headline: words.t(if f.correct {
            "lesson-correct"
        } else {
            "lesson-wrong"
        }),
        explanations: f.texts.iter().map(Text::from).collect(),
        mastered_now: f.mastered_now,
    });
    let answered_right = feedback.as_ref().is_some_and(|f| f.correct);
    let answered_wrong = feedback.as_ref().is_some_and(|f| !f.correct);
    // A refused check shows on the answer itself, in the person's words.
    let answer_error = app
        .error
        .lock()
        .unwrap_or_else(|p| p.into_inner())
        .as_ref()
        .filter(|e| {
            matches!(e, crate::PonteError::InvalidInput { field, .. }
                if *field == Field::from(LessonField::Answer))
        })
        .map(|e| words.t(&e.message_key()));
    let last = step.index + 1 == step.total;
    let shown_hints = (draft.hints as usize).min(step.hints.len());
    let order = step.kind == StepKind::Order;
    Ok(Some(LessonPlayer {
        lesson_id: view.lesson_id.clone(),
        title: view.title.clone(),
        status: view.status,
        progress: words.number(
            "lesson-step",
            &[("current", step.index + 1), ("total", step.total)],
        ),
        step_number: step.index + 1,
        step_count: step.total,
        kind: step.kind,
        instruction,
        text: step.text.clone(),
        image: media(&lessons, step.image.as_deref()),
        checklist: step.checklist.clone(),
        choices,
        matches,
        hints: step.hints[..shown_hints].to_vec(),
        hint: (is_item && !answered_right && shown_hints < step.hints.len())
            .then(|| words.t("lesson-hint")),
        answer_error,
        feedback,
        mastery_rule: view.mastery_text.clone(),
        mastered: (view.status == LessonStatus::Mastered).then(|| words.t("lesson-mastered")),
        listen: words.t("lesson-listen"),
        check: (is_item && draft.feedback.is_none()).then(|| words.t("lesson-check")),
        try_again: answered_wrong.then(|| words.t("lesson-try-again")),
        previous: (step.index > 0).then(|| words.t("lessons-previous")),
        next: (!last).then(|| words.t("lessons-next")),
        finish: last.then(|| words.t("lessons-finish")),
        move_earlier: order.then(|| words.t("lessons-move-earlier")),
        move_later: order.then(|| words.t("lessons-move-later")),
        glossary: view.glossary.clone(),
        glossary_label: words.t("lesson-glossary"),
    }))
}

/// The name typed for a certificate, kept as a draft.
#[derive(Debug, Clone, Default, Serialize, Deserialize)]
struct NameDraft {
    name: String,
}

/// The name to print: the one typed, else the profile's.
fn certificate_name(app: &App, route: &Route) -> Result<String> {
    if let Some(draft) = load_draft::<NameDraft>(app, route)? {
        return Ok(draft.name);
    }
    Ok(crate::diary::Diary::new(app.store.clone())
        .profile()
        .map(|p| p.personal.full_name)
        .unwrap_or_default())
}

fn certificate(
    app: &App,
    route: &Route,
    course_id: &str,
    words: &Words,
    content: &[String],
) -> Result<Option<CourseCertificate>> {
    let lessons = Lessons::new(app.store.clone());
    let courses = lessons.courses(content)?;
    let Some(course) = courses.iter().find(|c| c.id == course_id) else {
        return Ok(None);
    };
    let missing: Vec<LessonCard> = course
        .lessons
        .iter()
        .filter(|l| l.status != LessonStatus::Mastered)
        .map(|l| lesson_card(words, l, &courses))
        .collect();
    if !missing.is_empty() {
        return Ok(Some(CourseCertificate {
            course_id: course_id.to_owned(),
            course_title: course.title.clone(),
            explanation: words.t("lessons-certificate-missing"),
            missing,
            name: None,
            html: None,
            share: None,
        }));
    }
    let name = certificate_name(app, route)?;
    let error = app
        .error
        .lock()
        .unwrap_or_else(|p| p.into_inner())
        .as_ref()
        .filter(|e| {
            matches!(e, crate::PonteError::InvalidInput { field, .. }
                if *field == Field::from(LessonField::Name))
        })
        .map(|e| words.t(&e.message_key()));
    let html = if name.trim().is_empty() {
        None
    } else {
        Some(lessons.certificate_html(course_id, &name, content)?)
    };
    Ok(Some(CourseCertificate {
        course_id: course_id.to_owned(),
        course_title: course.title.clone(),
        explanation: words.t("lessons-certificate-ready"),
        missing,
        name: Some(LessonsTextField {
            label: words.t(&Field::from(LessonField::Name).label_key()),
            value: name,
            error,
        }),
        share: html.is_some().then(|| words.t("lessons-certificate-share")),
        html,
    }))
}

// ---- events ----

pub(super) fn handle(app: &App, event: LessonsEvent) -> Result<Vec<Effect>> {
    let route = app.current_route();
    match (&route, event) {
        (Route::Certificate { .. }, LessonsEvent::CertificateName { name }) => {
            save_draft(app, &route, &NameDraft { name })?;
            Ok(Vec::new())
        }
        (Route::Certificate { course_id }, LessonsEvent::ShareCertificate) => {
            let content = app.content_chain()?;
            let lessons = Lessons::new(app.store.clone());
            // Not offered before mastery: a late tap shares nothing.
            let mastered = lessons.courses(&content)?.iter().any(|c| {
                c.id == *course_id && c.lessons.iter().all(|l| l.status == LessonStatus::Mastered)
            });
            if !mastered {
                return Ok(Vec::new());
            }
            let name = certificate_name(app, &route)?;
            let html = lessons.certificate_html(course_id, &name, &content)?;
            Ok(vec![Effect::ShareFile {
                file_name: format!("ponte-certificate-{course_id}.html"),
                mime_type: "text/html".into(),
                bytes: html.into_bytes(),
            }])
        }
        (Route::Lesson { id }, event) => handle_player(app, &route, id, event),
        // An event of another screen, sent late: nothing to do.
        _ => Ok(Vec::new()),
    }
}

fn handle_player(app: &App, route: &Route, id: &str, event: LessonsEvent) -> Result<Vec<Effect>> {
    let content = app.content_chain()?;
    let lessons = Lessons::new(app.store.clone());
    let Some(view) = open(&lessons, id, &content)? else {
        return Ok(Vec::new());
    };
    let step = &view.step;
    let mut draft = step_draft(app, route, &step.id)?;
    let now = app.now().millis();
    draft.shown_at.get_or_insert(now);
    let known = |id: &str| step.choices.iter().any(|c| c.id == id);
    match event {
        LessonsEvent::Select { id } => {
            match step.kind {
                StepKind::TrueFalse if id == "true" || id == "false" => draft.chosen = vec![id],
                StepKind::SingleChoice | StepKind::PickPicture if known(&id) => {
                    draft.chosen = vec![id]
                }
                StepKind::MultipleChoice if known(&id) => {
                    if let Some(i) = draft.chosen.iter().position(|c| *c == id) {
                        draft.chosen.remove(i);
                    } else {
                        draft.chosen.push(id);
                    }
                }
                StepKind::MatchPairs => {
                    if known(&id) {
                        let before = draft.pairs.len();
                        draft.pairs.retain(|(l, _)| *l != id);
                        // A paired left item is let go; another is held for its right side.
                        draft.held = (draft.pairs.len() == before
                            && draft.held.as_deref() != Some(&id))
                        .then_some(id);
                    } else if step.matches.iter().any(|m| m.id == id) {
                        match draft.held.take() {
                            Some(left) => pair(&mut draft, left, id),
                            None => draft.pairs.retain(|(_, r)| *r != id),
                        }
                    } else {
                        return Ok(Vec::new());
                    }
                }
                _ => return Ok(Vec::new()),
            }
            // A new selection is a new answer: the last check no longer applies.
            draft.feedback = None;
            save_draft(app, route, &draft)?;
            Ok(Vec::new())
        }
        LessonsEvent::MoveItem { id, position } => {
            if step.kind != StepKind::Order || !known(&id) {
                return Ok(Vec::new());
            }
            let shown: Vec<String> = step.choices.iter().map(|c| c.id.clone()).collect();
            let mut order = current_order(&shown, &draft);
            if let Some(from) = order.iter().position(|c| *c == id) {
                let item = order.remove(from);
                order.insert((position as usize).min(order.len()), item);
            }
            draft.order = order;
            // A new selection is a new answer: the last check no longer applies.
            draft.feedback = None;
            save_draft(app, route, &draft)?;
            Ok(Vec::new())
        }
        LessonsEvent::MatchPair { left, right } => {
            if step.kind != StepKind::MatchPairs
                || !known(&left)
                || !step.matches.iter().any(|m| m.id == right)
            {
                return Ok(Vec::new());
            }
            draft.held = None;
            pair(&mut draft, left, right);
            // A new selection is a new answer: the last check no longer applies.
            draft.feedback = None;
            save_draft(app, route, &draft)?;
            Ok(Vec::new())
        }
        LessonsEvent::ShowHint => {
            if (draft.hints as usize) < step.hints.len() {
                draft.hints += 1;
                save_draft(app, route, &draft)?;
            }
            Ok(Vec::new())
        }
        LessonsEvent::TryAgain => {
            draft.feedback = None;
            save_draft(app, route, &draft)?;
            Ok(Vec::new())
        }
        LessonsEvent::Check => {
            let answer = answer_of(step, &draft)?;
            let took = u32::try_from(now.saturating_sub(draft.shown_at.unwrap_or(now)).max(0))
                .unwrap_or(u32::MAX);
            let result = lessons.answer(id, &step.id, &answer, draft.hints > 0, took, &content)?;
            let mut texts: Vec<SavedText> = result.feedback.iter().map(SavedText::from).collect();
            if result.mastered_now {
                texts.push(SavedText::from(&crate::lessons::catalogue_text(
                    &content,
                    "lesson-mastered",
                    &[],
                )));
            }
            draft.feedback = Some(SavedFeedback {
                correct: result.correct,
                mastered_now: result.mastered_now,
                texts,
            });
            save_draft(app, route, &draft)?;
            reschedule(app)
        }
        LessonsEvent::Next | LessonsEvent::Previous => {
            let target = if event == LessonsEvent::Next {
                step.index + 1
            } else {
                step.index.saturating_sub(1)
            };
            if target == step.index || target >= step.total {
                return Ok(Vec::new());
            }
            let shown = lessons.go_to_step(id, target, &content)?;
            // A fresh draft for the step now shown: nothing chosen, its clock started.
            save_draft(
                app,
                route,
                &StepDraft {
                    step: shown.step.id,
                    shown_at: Some(now),
                    ..StepDraft::default()
                },
            )?;
            reschedule(app)
        }
        LessonsEvent::Finish => {
            let status = lessons.complete_lesson(id)?;
            settings::remove(&app.store, &draft_key(route))?;
            let ui = app.ui_chain()?;
            let words = Words::new(&ui);
            app.set_notice(words.t(if status == LessonStatus::Mastered {
                "lesson-mastered"
            } else {
                "lesson-completed"
            }));
            app.pop_route()?;
            reschedule(app)
        }
        LessonsEvent::ReadAloud => read_aloud(app, &lessons, id, &view, &content),
        LessonsEvent::StopReading => Ok(vec![Effect::StopReading]),
        LessonsEvent::CertificateName { .. } | LessonsEvent::ShareCertificate => Ok(Vec::new()),
    }
}

/// The notification plan again after the lesson's progress moved: the nudge to go on with a
/// lesson follows it. The nudges are off unless the person switched them on, and then
/// nothing a lesson does changes the plan, so it is not computed for nothing.
fn reschedule(app: &App) -> Result<Vec<Effect>> {
    if super::reminders::category_enabled(
        &app.store,
        super::reminders::NotificationCategory::Lesson,
    )? {
        Ok(vec![app.notification_plan()?])
    } else {
        Ok(Vec::new())
    }
}

/// Puts `left` with `right`, undoing the pairs either was in.
fn pair(draft: &mut StepDraft, left: String, right: String) {
    draft.pairs.retain(|(l, r)| *l != left && *r != right);
    draft.pairs.push((left, right));
}

/// The answer as the person has it; nothing chosen yet is refused on the answer.
fn answer_of(step: &crate::lessons::StepView, draft: &StepDraft) -> Result<Answer> {
    let nothing = || Error::invalid(LessonField::Answer, InvalidReason::Required);
    Ok(match step.kind {
        StepKind::Explain | StepKind::Try => return Err(nothing()),
        StepKind::SingleChoice | StepKind::MultipleChoice | StepKind::PickPicture => {
            if draft.chosen.is_empty() {
                return Err(nothing());
            }
            Answer::Choices {
                ids: draft.chosen.clone(),
            }
        }
        StepKind::TrueFalse => match draft.chosen.first().map(String::as_str) {
            Some("true") => Answer::TrueFalse { value: true },
            Some("false") => Answer::TrueFalse { value: false },
            _ => return Err(nothing()),
        },
        StepKind::Order => {
            let shown: Vec<String> = step.choices.iter().map(|c| c.id.clone()).collect();
            Answer::Order {
                ids: current_order(&shown, draft),
            }
        }
        StepKind::MatchPairs => {
            if draft.pairs.len() < step.choices.len() {
                return Err(nothing());
            }
            Answer::Pairs {
                pairs: draft
                    .pairs
                    .iter()
                    .map(|(left, right)| PairAnswer {
                        left: left.clone(),
                        right: right.clone(),
                    })
                    .collect(),
            }
        }
    })
}

/// What is read aloud on a step: its text, then its choices or checklist written in the same
/// language (a person who cannot read the question cannot read the answers either).
fn spoken(step: &crate::lessons::StepView) -> Spoken {
    let language = &step.text.language;
    let mut parts = vec![step.text.speakable.clone()];
    parts.extend(
        step.checklist
            .iter()
            .chain(step.choices.iter().filter_map(|c| c.text.as_ref()))
            .filter(|t| &t.language == language)
            .map(|t| t.speakable.clone()),
    );
    Spoken {
        text: parts.join("\n"),
        language: language.clone(),
    }
}

/// Reads the step: the phone's voice for its language, else its recording, else the same
/// step in another of the person's languages (see `speech::read_aloud`).
fn read_aloud(
    app: &App,
    lessons: &Lessons,
    id: &str,
    view: &LessonView,
    content: &[String],
) -> Result<Vec<Effect>> {
    let shown = spoken(&view.step);
    let recording = view.step.audio.as_deref().and_then(|path| {
        lessons.media(path).ok().map(|bytes| Recording {
            bytes,
            mime_type: mime_type(path).to_owned(),
        })
    });
    // Only a voice the phone lacks needs the step in other languages: open them then.
    let has_voice = speech::voice_for(&app.capabilities.voices, &shown.language).is_some();
    let mut others: Vec<Spoken> = Vec::new();
    if !has_voice && recording.is_none() {
        for language in content {
            if *language == shown.language || others.iter().any(|o| &o.language == language) {
                continue;
            }
            // The lesson opens where the person is, so this is the same step.
            let other = lessons.open_lesson(id, std::slice::from_ref(language))?;
            // Only a text really written in that language (not a fallback) counts.
            if other.step.id == view.step.id && other.step.text.language == *language {
                others.push(spoken(&other.step));
            }
        }
    }
    let ui = app.ui_chain()?;
    Ok(speech::read_aloud(app, &ui, &shown, &others, recording))
}

#[cfg(test)]
#[path = "lessons_tests.rs"]
mod tests;
