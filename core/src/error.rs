//! Errors in two layers, as Mozilla application-services does: [`Error`] says exactly what went
//! wrong inside the core (for logs and tests); [`PonteError`] is the small set the apps act on.
//!
//! Neither layer carries personal data: messages name fields and record kinds, never values.

/// What went wrong inside the core, in detail.
#[derive(Debug, thiserror::Error)]
pub enum Error {
    #[error("the database key does not open this database")]
    WrongKey,
    #[error("the database file is damaged: {0}")]
    Damaged(String),
    #[error("the database was written by a newer version of Ponte (schema {found}, this build knows up to {known})")]
    SchemaTooNew { found: u32, known: u32 },
    #[error("no {what} with id {id}")]
    NotFound { what: &'static str, id: String },
    #[error("invalid {field}: {reason}")]
    Invalid {
        field: String,
        reason: InvalidReason,
    },
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
    /// Pairing asked of a phone that is already paired.
    #[error("this phone is already paired")]
    AlreadyPaired,
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
    /// A content record (a service, a lesson) that breaks the content rules.
    BadContent,
    /// The comment is needed for this kind of report.
    CommentRequired,
    /// A content pack older than the one installed.
    OlderPack,
    /// A certificate for a course whose lessons are not all mastered.
    CourseNotMastered,
    /// An answer that does not fit the question (unknown choice, wrong kind).
    BadAnswer,
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
            InvalidReason::BadContent => "bad-content",
            InvalidReason::CommentRequired => "comment-required",
            InvalidReason::OlderPack => "older-pack",
            InvalidReason::CourseNotMastered => "course-not-mastered",
            InvalidReason::BadAnswer => "bad-answer",
        }
    }
}

impl std::fmt::Display for InvalidReason {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.code())
    }
}

impl Error {
    pub(crate) fn invalid(field: impl Into<String>, reason: InvalidReason) -> Self {
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
    /// The key does not open the database: nothing was changed. Ask for the right key, or, if
    /// it is lost for good, offer to start a new diary (the old file is kept).
    #[error("wrong database key")]
    WrongKey,
    /// The file cannot be read as a Ponte database; it is left as it is.
    #[error("damaged database: {detail}")]
    Damaged { detail: String },
    #[error("{what} not found")]
    NotFound { what: String, id: String },
    /// A field the person typed is not acceptable; `field` names it, `reason` says why.
    #[error("invalid {field}: {reason}")]
    InvalidInput {
        field: String,
        reason: InvalidReason,
    },
    /// An import was refused: each problem names its row and field. Nothing was imported.
    #[error("import refused: {} problem(s)", problems.len())]
    ImportRefused { problems: Vec<ImportProblem> },
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
    pub message: String,
}

impl From<Error> for PonteError {
    fn from(error: Error) -> Self {
        use rusqlite::ffi::ErrorCode;
        match error {
            Error::WrongKey => PonteError::WrongKey,
            Error::Damaged(detail) => PonteError::Damaged { detail },
            Error::NotFound { what, id } => PonteError::NotFound {
                what: what.to_owned(),
                id,
            },
            Error::Invalid { field, reason } => PonteError::InvalidInput { field, reason },
            Error::Sync { failure, detail } => PonteError::Sync { failure, detail },
            Error::AlreadyPaired => PonteError::AlreadyPaired,
            Error::Content { field, .. } => PonteError::InvalidInput {
                field,
                reason: InvalidReason::BadContent,
            },
            Error::Import(ponte_wire::import::ImportError::Rows(rows)) => {
                PonteError::ImportRefused {
                    problems: rows
                        .into_iter()
                        .map(|r| ImportProblem {
                            row: u32::try_from(r.row).unwrap_or(u32::MAX),
                            field: r.field,
                            message: r.message,
                        })
                        .collect(),
                }
            }
            Error::Import(ponte_wire::import::ImportError::Unreadable(message)) => {
                PonteError::ImportRefused {
                    problems: vec![ImportProblem {
                        row: 0,
                        field: String::new(),
                        message,
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
