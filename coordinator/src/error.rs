//! The errors of the coordinator's operations on people, accounts and content, for the
//! dashboard and the command line to answer.

#[derive(Debug, thiserror::Error)]
pub enum PeopleError {
    #[error("{0}")]
    Invalid(Invalid),
    #[error("not found: {0}")]
    NotFound(String),
    #[error("not allowed")]
    Forbidden,
    #[error("database: {0}")]
    Database(#[from] sqlx::Error),
}

/// What is wrong with an account's, a beneficiary's or a tutor's item's input. The dashboard
/// says it from its catalogue (`invalid-*` keys, [`Invalid::key`]); the command line prints the
/// English `Display`, which names the field first.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum Invalid {
    #[error("languages: at least one, e.g. ar, it")]
    LanguagesRequired,
    #[error("languages: {0:?} is not a language code")]
    NotALanguageCode(String),
    #[error("nickname: 1 to 60 characters")]
    Nickname,
    #[error("tutor: not a tutor of this organisation")]
    NotATutor,
    #[error("tutor: choose the tutor")]
    TutorRequired,
    #[error("kind: a tutor adds notes, referrals, meetings or job offers")]
    NotATutorsKind,
    #[error("title: required")]
    TitleRequired,
    #[error("service: a referral names a service")]
    ReferralWithoutService,
    #[error("at: a date and time, e.g. 2026-12-01T09:30")]
    DateTime,
    #[error("user name: 2 to 64 lowercase letters, digits or - _ . @")]
    UserName,
    #[error("password: at least {0} characters")]
    PasswordTooShort(usize),
    #[error("user name {0:?} is taken")]
    UserNameTaken(String),
}

impl Invalid {
    /// Its sentence in the dashboard's catalogue; the value it names, if any, is `$value`.
    pub fn key(&self) -> &'static str {
        match self {
            Invalid::LanguagesRequired => "invalid-languages-required",
            Invalid::NotALanguageCode(_) => "invalid-language-code",
            Invalid::Nickname => "invalid-nickname",
            Invalid::NotATutor => "invalid-not-a-tutor",
            Invalid::TutorRequired => "invalid-tutor-required",
            Invalid::NotATutorsKind => "invalid-kind",
            Invalid::TitleRequired => "invalid-title",
            Invalid::ReferralWithoutService => "invalid-referral-service",
            Invalid::DateTime => "invalid-date-time",
            Invalid::UserName => "invalid-user-name",
            Invalid::PasswordTooShort(_) => "invalid-password",
            Invalid::UserNameTaken(_) => "invalid-user-name-taken",
        }
    }

    /// The value the sentence names.
    pub fn value(&self) -> Option<String> {
        match self {
            Invalid::NotALanguageCode(code) => Some(code.clone()),
            Invalid::PasswordTooShort(min) => Some(min.to_string()),
            Invalid::UserNameTaken(name) => Some(name.clone()),
            _ => None,
        }
    }

    /// One of each, for the test that every key has its words in each catalogue.
    #[cfg(test)]
    pub fn all_examples() -> Vec<Invalid> {
        vec![
            Invalid::LanguagesRequired,
            Invalid::NotALanguageCode("Arabic".into()),
            Invalid::Nickname,
            Invalid::NotATutor,
            Invalid::TutorRequired,
            Invalid::NotATutorsKind,
            Invalid::TitleRequired,
            Invalid::ReferralWithoutService,
            Invalid::DateTime,
            Invalid::UserName,
            Invalid::PasswordTooShort(10),
            Invalid::UserNameTaken("amina".into()),
        ]
    }
}
