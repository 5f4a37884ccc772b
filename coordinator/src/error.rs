//! The errors of the coordinator's operations on people, accounts and content, for the
//! dashboard and the command line to answer.

#[derive(Debug, thiserror::Error)]
pub enum PeopleError {
    #[error("{0}")]
    Invalid(String),
    #[error("not found: {0}")]
    NotFound(String),
    #[error("not allowed")]
    Forbidden,
    #[error("database: {0}")]
    Database(#[from] sqlx::Error),
}
