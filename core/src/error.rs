//! Errors in two layers, as Mozilla application-services does: [`Error`] says exactly what went
//! wrong inside the core (for logs and tests); [`PonteError`] is the small set the apps act on.
//!
//! Neither layer carries personal data: messages name fields and record kinds, never values.

pub use crate::fields::Field;

/// What went wrong inside the core, in detail.
#[derive(Debug, thiserror::Error)]
pub enum Error {
    #[error("the database key does not open this database")]
    WrongKey,
    #[error("the database file is damaged: {0}")]
    Damaged(String),
    /// No database at the path, and the open was not asked to create one.
    #[error("there is no database at this path")]
    NoDatabase,
    /// The store was closed.
    #[error("the database is closed")]
    Closed,
    #[error("the database was written by a newer version of Ponte (schema {found}, this build knows up to {known})")]
    SchemaTooNew { found: u32, known: u32 },
    #[error("no {what} with id {id}")]
    NotFound { what: &'static str, id: String },
    #[error("invalid {field}: {reason}")]
    Invalid { field: Field, reason: InvalidReason },
    /// A content record from the coordinator or an import that is not acceptable.
    #[error("invalid content, {field}: {message}")]
    Content { field: String, message: String },
    #[error("import refused: {0}")]
    Import(#[from] ponte_wire::import::ImportError),
    #[error("database error: {0}")]
    Sqlite(#[from] rusqlite::Error),
    #[error("file error: {0}")]
    Io(#[from] std::io::Error),
    #[error("sync: {failure:?}: {detail}")]
    Sync {
        failure: SyncFailure,
        detail: String,
    },
    /// A lesson pack (or the first-run content dump) that cannot be installed.
    #[error("content pack refused: {}", .0.code())]
    Pack(PackProblem),
    /// A certificate asked for a course whose lessons are not all mastered.
    #[error("course {course_id} is not mastered yet")]
    CourseNotMastered { course_id: String },
    /// A lesson completed before the person reached its last step.
    #[error("lesson {lesson_id} has {steps_left} step(s) left")]
    LessonNotFinished { lesson_id: String, steps_left: u32 },
    /// Pairing asked of a phone that is already paired.
    #[error("this phone is already paired")]
    AlreadyPaired,
}

/// Why a lesson pack or the first-run content dump was refused. Nothing was installed in any
/// case: the lessons already on the phone stay as they were. Each has its words in the
/// catalogue (`error-pack-<code>`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Enum))]
pub enum PackProblem {
    /// The file is not a readable pack: cut short while downloading or copying, or not a
    /// Ponte pack at all. The app suggests downloading or copying it again.
    Damaged,
    /// The file was changed after the organisation signed it (its signature or a hash does
    /// not match). The app says not to use it and to get the pack again from the organisation
    /// itself (not from another phone).
    Tampered,
    /// Signed, but not by an organisation this app trusts. The app says the pack does not come
    /// from a known organisation and must not be installed.
    Untrusted,
    /// An older version of lessons than the ones on the phone. Nothing to do: the phone
    /// already has newer lessons.
    Older,
}

impl PackProblem {
    /// The stable code used in catalogue keys and logs.
    pub fn code(self) -> &'static str {
        match self {
            PackProblem::Damaged => "damaged",
            PackProblem::Tampered => "tampered",
            PackProblem::Untrusted => "untrusted",
            PackProblem::Older => "older",
        }
    }
}

impl From<&ponte_wire::pack::PackError> for PackProblem {
    fn from(error: &ponte_wire::pack::PackError) -> Self {
        use ponte_wire::pack::PackError;
        match error {
            PackError::Malformed(_) => PackProblem::Damaged,
            PackError::UntrustedKey(_) => PackProblem::Untrusted,
            PackError::BadSignature | PackError::HashMismatch(_) => PackProblem::Tampered,
        }
    }
}

/// Why a sync did not happen or did not finish. Each has its words in the catalogue
/// (`error-sync-<code>`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Enum))]
pub enum SyncFailure {
    /// No connection, or the server did not answer in time.
    Offline,
    /// This phone is not paired with a coordinator.
    NotPaired,
    /// The pairing code is unknown, used or expired.
    BadCode,
    /// Another sync is running.
    Busy,
    /// Stopped on request.
    Cancelled,
    /// The server no longer knows this phone (revoked or erased).
    Unpaired,
    /// The server refused a request as malformed: a bug, reported with its detail.
    Refused,
    /// The server failed; it will be tried again later.
    Server,
    /// The answer could not be read or its signature did not match.
    BadAnswer,
    /// The server no longer speaks this app's version of the sync API: the app must be
    /// updated (the person's data stays on the phone meanwhile).
    UpdateRequired,
    /// Too many wrong pairing codes came from this network lately: pairing waits a quarter of
    /// an hour, the right code too.
    TooManyAttempts,
}

impl SyncFailure {
    pub fn code(self) -> &'static str {
        match self {
            SyncFailure::Offline => "offline",
            SyncFailure::NotPaired => "not-paired",
            SyncFailure::BadCode => "bad-code",
            SyncFailure::Busy => "busy",
            SyncFailure::Cancelled => "cancelled",
            SyncFailure::Unpaired => "unpaired",
            SyncFailure::Refused => "refused",
            SyncFailure::Server => "server",
            SyncFailure::BadAnswer => "bad-answer",
            SyncFailure::UpdateRequired => "update-required",
            SyncFailure::TooManyAttempts => "too-many-attempts",
        }
    }

    pub fn from_code(code: &str) -> Option<SyncFailure> {
        [
            SyncFailure::Offline,
            SyncFailure::NotPaired,
            SyncFailure::BadCode,
            SyncFailure::Busy,
            SyncFailure::Cancelled,
            SyncFailure::Unpaired,
            SyncFailure::Refused,
            SyncFailure::Server,
            SyncFailure::BadAnswer,
            SyncFailure::UpdateRequired,
            SyncFailure::TooManyAttempts,
        ]
        .into_iter()
        .find(|f| f.code() == code)
    }
}

pub type Result<T, E = Error> = std::result::Result<T, E>;

/// Why an input was refused; each reason has a message in the Fluent catalogue
/// (`error-invalid-<reason>`), so the apps can show it in the person's language.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Enum))]
pub enum InvalidReason {
    /// The field must not be empty.
    Required,
    /// The text is longer than the field allows.
    TooLong,
    /// Not a valid date, time or month.
    BadDate,
    /// The value is not one the field accepts (an unknown code, a level out of range...).
    OutOfRange,
    /// The application is already at that stage.
    SameStage,
    /// A stage change dated before the current stage's own date.
    BeforeCurrentStage,
    /// An end that comes before its start.
    EndBeforeStart,
    /// The key is not 32 bytes.
    BadKeyLength,
    /// The comment is needed for this kind of report.
    CommentRequired,
    /// An answer that does not fit the question (unknown choice, wrong kind).
    BadAnswer,
    /// An address that would send the person's data in clear (`http://` to another machine).
    NotSecure,
}

impl InvalidReason {
    /// The stable code used in catalogue keys and logs.
    pub fn code(self) -> &'static str {
        match self {
            InvalidReason::Required => "required",
            InvalidReason::TooLong => "too-long",
            InvalidReason::BadDate => "bad-date",
            InvalidReason::OutOfRange => "out-of-range",
            InvalidReason::SameStage => "same-stage",
            InvalidReason::BeforeCurrentStage => "before-current-stage",
            InvalidReason::EndBeforeStart => "end-before-start",
            InvalidReason::BadKeyLength => "bad-key-length",
            InvalidReason::CommentRequired => "comment-required",
            InvalidReason::BadAnswer => "bad-answer",
            InvalidReason::NotSecure => "not-secure",
        }
    }
}

impl std::fmt::Display for InvalidReason {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.code())
    }
}

impl Error {
    pub(crate) fn invalid(field: impl Into<Field>, reason: InvalidReason) -> Self {
        Error::Invalid {
            field: field.into(),
            reason,
        }
    }

    pub(crate) fn not_found(what: &'static str, id: impl Into<String>) -> Self {
        Error::NotFound {
            what,
            id: id.into(),
        }
    }
}

/// The errors an app can act on. Every fallible call across the FFI returns one of these.
#[derive(Debug, thiserror::Error, PartialEq, Eq)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Error))]
pub enum PonteError {
    /// The key does not open the file. SQLCipher cannot tell a wrong key from a file that is
    /// not a Ponte database at all (an encrypted file looks like random bytes, and so does
    /// anything else), so this is also what a file of another app, or one whose first page is
    /// damaged, gives. Nothing on disk was changed, not even the write-ahead log.
    ///
    /// What the app must do: never delete or overwrite the file on its own. Try the key again
    /// (after a `change_key` that may have been interrupted, try the new key and then the old
    /// one). If the person has no other key, offer to start a new diary: move the file aside
    /// (keep it, it may be restored with its key later) or open a new path with `create`.
    #[error("wrong database key")]
    WrongKey,
    /// The file cannot be read as a Ponte database; it is left as it is.
    #[error("damaged database: {detail}")]
    Damaged { detail: String },
    /// There is no database at the path and the open did not ask to create one: nothing was
    /// created. On a first start, open with `create: true`; otherwise the diary was moved or
    /// deleted: offer to restore it or to start a new one.
    #[error("no database")]
    NoDatabase,
    /// The database was closed with `close()`: open it again to go on.
    #[error("database closed")]
    Closed,
    #[error("{what} not found")]
    NotFound { what: String, id: String },
    /// A field the person typed is not acceptable; `field` names it (record and field),
    /// `reason` says why. `error_message` words both in the person's language.
    #[error("invalid {field}: {reason}")]
    InvalidInput { field: Field, reason: InvalidReason },
    /// An import was refused: each problem names its row and field. Nothing was imported.
    #[error("import refused: {} problem(s)", problems.len())]
    ImportRefused { problems: Vec<ImportProblem> },
    /// Content that did not come from the person (a service or lesson from the coordinator or
    /// an import, the shipped dump) breaks the content rules; nothing of it was installed.
    /// `record` names the record and field (`changes[1].lat`), `detail` the rule.
    #[error("bad content in {record}: {detail}")]
    BadContent { record: String, detail: String },
    /// The phone's storage is full: the change was not saved.
    #[error("storage full")]
    StorageFull,
    #[error("{detail}")]
    Other { detail: String },
    #[error("sync: {detail}")]
    Sync {
        failure: SyncFailure,
        detail: String,
    },
    /// A lesson pack or the first-run content dump was refused; `problem` says why and what
    /// to tell the person. Nothing was installed.
    #[error("pack refused: {}", problem.code())]
    Pack { problem: PackProblem },
    /// A certificate was asked for before every lesson of the course was mastered: show the
    /// course's lessons that are left.
    #[error("course not mastered yet")]
    CourseNotMastered { course_id: String },
    /// A lesson was completed before its last step: `steps_left` steps remain. Take the person
    /// on to the next step.
    #[error("lesson not finished: {steps_left} step(s) left")]
    LessonNotFinished { lesson_id: String, steps_left: u32 },
    /// `pair` on a phone that is already paired: nothing was changed. Offer to unpair first
    /// (message `error-already-paired`).
    #[error("already paired")]
    AlreadyPaired,
}

/// One refused row of an import.
#[derive(Debug, Clone, PartialEq, Eq)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
pub struct ImportProblem {
    /// The row (the line of a CSV file, the feature or element of a JSON file); 0 when the
    /// file as a whole cannot be read.
    pub row: u32,
    pub field: String,
    /// Why, as a stable catalogue key (`problem-not-a-number`, `problem-not-json`: the
    /// coordinator's `problem-*` keys), for a shell that puts it in the person's words.
    pub reason: String,
    /// Why, in English, for logs.
    pub message: String,
}

impl From<Error> for PonteError {
    fn from(error: Error) -> Self {
        use rusqlite::ffi::ErrorCode;
        match error {
            Error::WrongKey => PonteError::WrongKey,
            Error::Damaged(detail) => PonteError::Damaged { detail },
            Error::NoDatabase => PonteError::NoDatabase,
            Error::Closed => PonteError::Closed,
            Error::NotFound { what, id } => PonteError::NotFound {
                what: what.to_owned(),
                id,
            },
            Error::Invalid { field, reason } => PonteError::InvalidInput { field, reason },
            Error::Sync { failure, detail } => PonteError::Sync { failure, detail },
            Error::AlreadyPaired => PonteError::AlreadyPaired,
            Error::Content { field, message } => PonteError::BadContent {
                record: field,
                detail: message,
            },
            Error::Pack(problem) => PonteError::Pack { problem },
            Error::CourseNotMastered { course_id } => PonteError::CourseNotMastered { course_id },
            Error::LessonNotFinished {
                lesson_id,
                steps_left,
            } => PonteError::LessonNotFinished {
                lesson_id,
                steps_left,
            },
            Error::Import(ponte_wire::import::ImportError::Rows(rows)) => {
                PonteError::ImportRefused {
                    problems: rows
                        .into_iter()
                        .map(|r| ImportProblem {
                            row: u32::try_from(r.row).unwrap_or(u32::MAX),
                            field: r.field,
                            reason: r.problem.key().to_owned(),
                            message: r.problem.to_string(),
                        })
                        .collect(),
                }
            }
            Error::Import(ponte_wire::import::ImportError::Unreadable(problem)) => {
                PonteError::ImportRefused {
                    problems: vec![ImportProblem {
                        row: 0,
                        field: String::new(),
                        reason: problem.key().to_owned(),
                        message: problem.to_string(),
                    }],
                }
            }
            Error::Sqlite(rusqlite::Error::SqliteFailure(e, _))
                if e.code == ErrorCode::DiskFull =>
            {
                PonteError::StorageFull
            }
            Error::Sqlite(rusqlite::Error::SqliteFailure(e, detail))
                if matches!(e.code, ErrorCode::DatabaseCorrupt | ErrorCode::NotADatabase) =>
            {
                PonteError::Damaged {
                    detail: detail.unwrap_or_else(|| e.to_string()),
                }
            }
            Error::Io(e) if e.kind() == std::io::ErrorKind::StorageFull => PonteError::StorageFull,
            other => PonteError::Other {
                detail: other.to_string(),
            },
        }
    }
}

impl PonteError {
    /// The catalogue key of the message for this error (without the field's name).
    pub fn message_key(&self) -> String {
        match self {
            PonteError::WrongKey => "error-wrong-key".to_owned(),
            PonteError::Damaged { .. } => "error-damaged".to_owned(),
            PonteError::NoDatabase => "error-no-database".to_owned(),
            PonteError::Closed => "error-closed".to_owned(),
            PonteError::NotFound { .. } => "error-not-found".to_owned(),
            PonteError::InvalidInput { reason, .. } => format!("error-invalid-{}", reason.code()),
            PonteError::BadContent { .. } => "error-bad-content".to_owned(),
            PonteError::StorageFull => "error-storage-full".to_owned(),
            PonteError::Sync { failure, .. } => format!("error-sync-{}", failure.code()),
            PonteError::Pack { problem } => format!("error-pack-{}", problem.code()),
            PonteError::CourseNotMastered { .. } => "error-course-not-mastered".to_owned(),
            PonteError::LessonNotFinished { .. } => "error-lesson-not-finished".to_owned(),
            PonteError::AlreadyPaired => "error-already-paired".to_owned(),
            PonteError::ImportRefused { .. } | PonteError::Other { .. } => "error-other".to_owned(),
        }
    }

    /// What to tell the person, in the first language of `chain` that has the words. An input
    /// error names its field: "Employer: this field is needed".
    pub fn message(&self, chain: &[String]) -> crate::i18n::Localized {
        use crate::i18n::{Arg, Catalogue, NamedArg};
        let catalogue = Catalogue::get();
        let problem = catalogue.t(chain, &self.message_key(), &[]);
        let PonteError::InvalidInput { field, .. } = self else {
            return problem;
        };
        let label = catalogue.t(chain, &field.label_key(), &[]);
        let text = |name: &str, value: String| NamedArg {
            name: name.to_owned(),
            value: Arg::Text(value),
        };
        catalogue.t(
            chain,
            "error-in-field",
            &[text("field", label.text), text("problem", problem.text)],
        )
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::fields::{ApplicationField, Field};

    #[test]
    fn an_input_error_names_its_field_in_the_persons_language() {
        let (_dir, store) = crate::store::tests::temp_store();
        let diary = crate::diary::Diary::new(std::sync::Arc::new(store));
        let mut details = crate::diary::test_support::details("", "Cuoco");
        details.employer = "   ".into();
        let error = PonteError::from(
            diary
                .add_application(&details, crate::diary::Stage::Saved, None)
                .unwrap_err(),
        );
        assert_eq!(
            error,
            PonteError::InvalidInput {
                field: Field::Application {
                    field: ApplicationField::Employer
                },
                reason: InvalidReason::Required,
            }
        );
        let strip = |s: String| s.replace(['\u{2068}', '\u{2069}'], "");
        let english = error.message(&["en".into()]);
        assert_eq!(strip(english.text), "Employer: This field is needed.");
        let italian = error.message(&["it".into()]);
        assert_eq!(
            strip(italian.text),
            "Datore di lavoro: Questo campo è necessario."
        );
        // Other errors keep their one message.
        assert_eq!(
            PonteError::WrongKey.message(&["en".into()]).text,
            "This diary cannot be opened with the key kept on this phone."
        );
    }
}
