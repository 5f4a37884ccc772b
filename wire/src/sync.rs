//! The sync API's messages, used by the coordinator and by the phone's sync client.

use serde::{Deserialize, Serialize};

use crate::content::ContentChange;

/// The largest page of changes a client may ask for.
pub const MAX_PAGE: u32 = 1000;

/// A page of content changes after a cursor. Cursors are the server's sequence numbers, never
/// the phone's clock.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ChangesPage {
    pub changes: Vec<ContentChange>,
    /// Ask for the next page, or next time, after this cursor.
    pub cursor: u64,
    /// More changes wait after `cursor`.
    pub more: bool,
}

/// A refused request: a stable code and a sentence for logs.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ApiError {
    pub code: String,
    pub message: String,
}
