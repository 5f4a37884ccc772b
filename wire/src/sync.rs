//! The sync API's messages, used by the coordinator and by the phone's sync client.

use serde::{Deserialize, Serialize};

use crate::content::ContentChange;

/// The largest page of changes a client may ask for.
pub const MAX_PAGE: u32 = 1000;

/// The version of the sync API this build speaks, sent by the phone in [`SYNC_VERSION_HEADER`]
/// with every request and answered by the server in the same header with its own. 1: services;
/// 2: guides and the glossary in the content feed; 3: services without a map position (no
/// `lat`/`lon`), which a phone of 1 or 2 cannot read. A phone that sends none speaks 1.
pub const SYNC_VERSION: u32 = 3;
/// The first version that reads a service without `lat`/`lon`; older phones are sent such a
/// service as a deletion instead.
pub const UNPLACED_SERVICES_SINCE: u32 = 3;
/// The oldest version a server of this build still serves; an older phone is answered
/// `426 Upgrade Required` with the code [`UPDATE_REQUIRED`], which it shows as "please update".
pub const MIN_SYNC_VERSION: u32 = 1;
pub const SYNC_VERSION_HEADER: &str = "ponte-sync-version";
/// The error code of a request from a phone too old for the server.
pub const UPDATE_REQUIRED: &str = "update-required";
/// The error code of a pairing code that is unknown, used or expired.
pub const BAD_CODE: &str = "bad-code";
/// The error code of a pairing refused after too many wrong codes (429).
pub const TOO_MANY_ATTEMPTS: &str = "too-many-attempts";

/// A page of content changes after a cursor. Cursors are the server's sequence numbers, never
/// the phone's clock. What the phone receives is read leniently: fields it does not know are
/// ignored (see `compat`).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ChangesPage {
    pub changes: Vec<ContentChange>,
    /// Ask for the next page, or next time, after this cursor.
    pub cursor: u64,
    /// More changes wait after `cursor`.
    pub more: bool,
}

/// A refused request: a stable code and a sentence for logs.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ApiError {
    pub code: String,
    pub message: String,
}

// ---------------------------------------------------------------------------------------------
// Pairing, push, shared records and tutor items.

use std::collections::BTreeMap;
use std::fmt;
use std::str::FromStr;

/// The most operations one push may carry.
pub const MAX_PUSH: usize = 500;

/// `POST /api/v1/pair`: a pairing code from the tutor becomes this device's token.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct PairRequest {
    pub code: String,
    /// A name the person recognises in the list of their devices ("Samsung A12").
    #[serde(default)]
    pub device_name: String,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct PairResponse {
    /// Sent as `Authorization: Bearer …` from now on. The server keeps only its hash.
    pub device_token: String,
    pub device_id: String,
    pub beneficiary_id: String,
    pub nickname: String,
    pub languages: Vec<String>,
    /// The territory whose services this phone downloads.
    pub region: String,
}

/// A hybrid logical clock reading: wall-clock milliseconds, a counter for events in the same
/// millisecond (or while the local clock lags behind one already seen), and the node that made
/// it, which breaks ties. Ordered field by field, so the newest edit of a field wins even when a
/// phone's clock is days wrong: a node never stamps below a reading it has seen.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Default)]
pub struct Hlc {
    pub ms: u64,
    pub counter: u32,
    pub node: u32,
}

impl Hlc {
    /// The reading for a new local event, after `last` (the newest reading this node has made
    /// or seen).
    pub fn tick(last: Hlc, now_ms: u64, node: u32) -> Hlc {
        if now_ms > last.ms {
            Hlc {
                ms: now_ms,
                counter: 0,
                node,
            }
        } else {
            Hlc {
                ms: last.ms,
                counter: last.counter + 1,
                node,
            }
        }
    }

    /// The newer of two readings: what a node remembers after seeing `other`.
    pub fn max(self, other: Hlc) -> Hlc {
        std::cmp::max(self, other)
    }
}

impl fmt::Display for Hlc {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}.{}.{}", self.ms, self.counter, self.node)
    }
}

impl FromStr for Hlc {
    type Err = String;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        let mut parts = s.split('.');
        let (Some(ms), Some(counter), Some(node), None) =
            (parts.next(), parts.next(), parts.next(), parts.next())
        else {
            return Err(format!("{s:?} is not a clock reading (ms.counter.node)"));
        };
        let bad = |_| format!("{s:?} is not a clock reading (ms.counter.node)");
        Ok(Hlc {
            ms: ms.parse().map_err(bad)?,
            counter: counter.parse().map_err(bad)?,
            node: node.parse().map_err(bad)?,
        })
    }
}

impl Serialize for Hlc {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_str(self)
    }
}

impl<'de> Deserialize<'de> for Hlc {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let text = String::deserialize(deserializer)?;
        text.parse().map_err(serde::de::Error::custom)
    }
}

/// The kinds of record a phone and its tutor share. The first four are the person's (they
/// travel only with the matching consent); the last four are the tutor's items, whose fields
/// are texts: `title`, `text`, `service_id`, `at` (Italian local time, `2026-12-01T09:30`;
/// the phone turns it into an instant on arrival), `place`, `url` and `tutor` (the user name
/// of the account that wrote the item), with `done` (a boolean) written by the phone.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum RecordKind {
    Application,
    DiaryMeeting,
    LessonProgress,
    Profile,
    TutorNote,
    Referral,
    TutorMeeting,
    JobOffer,
}

impl RecordKind {
    pub const ALL: [RecordKind; 8] = [
        RecordKind::Application,
        RecordKind::DiaryMeeting,
        RecordKind::LessonProgress,
        RecordKind::Profile,
        RecordKind::TutorNote,
        RecordKind::Referral,
        RecordKind::TutorMeeting,
        RecordKind::JobOffer,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            RecordKind::Application => "application",
            RecordKind::DiaryMeeting => "diary_meeting",
            RecordKind::LessonProgress => "lesson_progress",
            RecordKind::Profile => "profile",
            RecordKind::TutorNote => "tutor_note",
            RecordKind::Referral => "referral",
            RecordKind::TutorMeeting => "tutor_meeting",
            RecordKind::JobOffer => "job_offer",
        }
    }

    pub fn parse(text: &str) -> Option<RecordKind> {
        RecordKind::ALL.into_iter().find(|k| k.as_str() == text)
    }

    /// The consent category that lets this kind leave the phone; `None` for the tutor's items,
    /// which come from the tutor.
    pub fn consent(self) -> Option<ConsentCategory> {
        match self {
            RecordKind::Application | RecordKind::DiaryMeeting => Some(ConsentCategory::Diary),
            RecordKind::LessonProgress => Some(ConsentCategory::Progress),
            RecordKind::Profile => Some(ConsentCategory::Profile),
            _ => None,
        }
    }
}

/// What a person may choose to share with their tutor, or (outcomes) as anonymous counts.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ConsentCategory {
    Diary,
    Progress,
    Profile,
    Outcomes,
}

impl ConsentCategory {
    pub const ALL: [ConsentCategory; 4] = [
        ConsentCategory::Diary,
        ConsentCategory::Progress,
        ConsentCategory::Profile,
        ConsentCategory::Outcomes,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            ConsentCategory::Diary => "diary",
            ConsentCategory::Progress => "progress",
            ConsentCategory::Profile => "profile",
            ConsentCategory::Outcomes => "outcomes",
        }
    }

    pub fn parse(text: &str) -> Option<ConsentCategory> {
        ConsentCategory::ALL
            .into_iter()
            .find(|c| c.as_str() == text)
    }
}

/// A field's value and the clock reading of its last edit.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Stamped {
    pub value: serde_json::Value,
    pub at: Hlc,
}

/// A record both sides may edit, merged field by field: for each field the newer reading wins.
/// A deletion is a tombstone reading; an edit newer than the tombstone brings the record back.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct SharedRecord {
    pub kind: RecordKind,
    pub id: String,
    #[serde(default)]
    pub fields: BTreeMap<String, Stamped>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub deleted: Option<Hlc>,
}

impl SharedRecord {
    /// Folds `other` (the same record from elsewhere) into this one. Commutative, associative
    /// and idempotent, so replicas converge whatever order the edits arrive in.
    pub fn merge(&mut self, other: &SharedRecord) {
        for (name, theirs) in &other.fields {
            match self.fields.get(name) {
                Some(ours)
                    if (ours.at, ours.value.to_string())
                        >= (theirs.at, theirs.value.to_string()) => {}
                _ => {
                    self.fields.insert(name.clone(), theirs.clone());
                }
            }
        }
        self.deleted = match (self.deleted, other.deleted) {
            (Some(a), Some(b)) => Some(a.max(b)),
            (a, b) => a.or(b),
        };
    }

    /// The newest reading in the record.
    pub fn newest(&self) -> Hlc {
        self.fields
            .values()
            .map(|f| f.at)
            .chain(self.deleted)
            .max()
            .unwrap_or_default()
    }

    /// Deleted, and no field edited after the deletion.
    pub fn is_deleted(&self) -> bool {
        match self.deleted {
            Some(at) => self.fields.values().all(|f| f.at <= at),
            None => false,
        }
    }

    /// A field's current value as text, for display.
    pub fn text(&self, field: &str) -> Option<&str> {
        self.fields.get(field)?.value.as_str()
    }
}

/// What went wrong with a record, for a clear 4xx.
pub fn check_record(record: &SharedRecord) -> Result<(), String> {
    if !is_id(&record.id) {
        return Err(format!(
            "record id {:?}: 1 to 64 letters, digits, - or _",
            record.id
        ));
    }
    if record.fields.len() > 64 {
        return Err("a record has at most 64 fields".into());
    }
    for (name, field) in &record.fields {
        if !is_id(name) {
            return Err(format!(
                "field name {name:?}: 1 to 64 letters, digits, - or _"
            ));
        }
        if field.value.to_string().len() > 16 * 1024 {
            return Err(format!("field {name:?} is longer than 16 KiB"));
        }
    }
    Ok(())
}

/// Ids chosen by phones: short, and safe anywhere.
pub fn is_id(id: &str) -> bool {
    !id.is_empty()
        && id.len() <= 64
        && id
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_')
}

/// Anonymous counts for one month, from a phone whose person consented to share outcomes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct OutcomeCounts {
    /// `2026-11`.
    pub month: Month,
    #[serde(deserialize_with = "whole_number")]
    pub applications: u32,
    #[serde(deserialize_with = "whole_number")]
    pub interviews: u32,
    #[serde(deserialize_with = "whole_number")]
    pub hires: u32,
    #[serde(deserialize_with = "whole_number")]
    pub lessons_completed: u32,
}

/// A calendar month.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Month {
    pub year: u16,
    pub month: u8,
}

impl fmt::Display for Month {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:04}-{:02}", self.year, self.month)
    }
}

impl FromStr for Month {
    type Err = String;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        let bad = || format!("{s:?} is not a month (YYYY-MM)");
        let (year, month) = s.split_once('-').ok_or_else(bad)?;
        if year.len() != 4 || month.len() != 2 {
            return Err(bad());
        }
        let year: u16 = year.parse().map_err(|_| bad())?;
        let month: u8 = month.parse().map_err(|_| bad())?;
        if !(2000..=2200).contains(&year) || !(1..=12).contains(&month) {
            return Err(bad());
        }
        Ok(Month { year, month })
    }
}

impl Serialize for Month {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_str(self)
    }
}

impl<'de> Deserialize<'de> for Month {
    fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let text = String::deserialize(deserializer)?;
        text.parse().map_err(serde::de::Error::custom)
    }
}

/// The wrong-information report a person sends about a service.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ServiceReport {
    pub service_id: String,
    /// closed_for_good | wrong_hours | wrong_address | wrong_phone | other
    pub kind: String,
    #[serde(default)]
    pub comment: String,
}

pub const REPORT_KINDS: [&str; 5] = [
    "closed_for_good",
    "wrong_hours",
    "wrong_address",
    "wrong_phone",
    "other",
];

/// One change from the phone's outbox.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(tag = "type", rename_all = "snake_case", deny_unknown_fields)]
pub enum OperationBody {
    /// A shared record (the person's, with consent, or an edit to a tutor item).
    Record { record: SharedRecord },
    /// A report of wrong information about a service.
    Report { report: ServiceReport },
    /// What the person now shares; withdrawing a category removes its records from the server.
    Consent {
        category: ConsentCategory,
        granted: bool,
    },
    /// Anonymous monthly counts.
    Outcome { counts: OutcomeCounts },
    /// A question the person sends their tutor from "Ask" when no guide answered it well
    /// enough (sent only when paired, each time with the person's say-so). The tutor's answer
    /// comes back as a tutor note (`RecordKind::TutorNote`) whose `question` field is this
    /// operation's id.
    Question { question: TutorQuestion },
}

/// "Ask my tutor": the question as typed, and the language it was typed in (the person's
/// first language) so the tutor can answer in it or pick a script in it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct TutorQuestion {
    /// 1 to [`MAX_QUESTION_CHARS`] characters once trimmed.
    pub text: String,
    /// A language code such as `ar`.
    pub language: String,
}

/// The longest question a person may send their tutor.
pub const MAX_QUESTION_CHARS: usize = 1000;

impl TutorQuestion {
    /// Whether the coordinator may store it: the text's reason when not.
    pub fn validate(&self) -> Result<(), String> {
        let length = self.text.trim().chars().count();
        if length == 0 {
            return Err("question text: required".into());
        }
        if length > MAX_QUESTION_CHARS {
            return Err(format!(
                "question text: at most {MAX_QUESTION_CHARS} characters"
            ));
        }
        if !crate::content::is_language_tag(&self.language) {
            return Err("question language: a language code such as ar".into());
        }
        Ok(())
    }
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Operation {
    /// Unique per operation, chosen by the phone: the server applies each id at most once.
    pub id: String,
    pub change: OperationBody,
}

/// `POST /api/v1/push`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct PushRequest {
    pub operations: Vec<Operation>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum OperationStatus {
    /// Applied now.
    Applied,
    /// Applied before, with the same content: acknowledged again, not applied twice.
    Duplicate,
    /// The id was applied before with different content: refused (ODK's rule).
    Conflict,
    /// Refused: the reason says why. Retrying the same operation will not help.
    Rejected,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct OperationResult {
    pub id: String,
    pub status: OperationStatus,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub reason: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct PushResponse {
    pub results: Vec<OperationResult>,
}

/// `GET /api/v1/items?since=`: the shared records and tutor items changed after a cursor.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ItemsPage {
    /// A record this build cannot read (a kind a newer coordinator has) is left out.
    #[serde(deserialize_with = "crate::compat::known_only")]
    pub records: Vec<SharedRecord>,
    pub cursor: u64,
    pub more: bool,
}

#[cfg(test)]
mod tests {
    use super::*;

    fn field(value: &str, ms: u64, node: u32) -> Stamped {
        Stamped {
            value: serde_json::json!(value),
            at: Hlc {
                ms,
                counter: 0,
                node,
            },
        }
    }

    #[test]
    fn a_clock_never_goes_back_even_when_the_wall_clock_does() {
        let seen = Hlc {
            ms: 1_700_000_000_000,
            counter: 4,
            node: 9,
        };
        // This phone's clock is two days behind what it has seen.
        let next = Hlc::tick(seen, 1_700_000_000_000 - 2 * 86_400_000, 1);
        assert!(next > seen);
        assert_eq!(next.to_string().parse::<Hlc>().unwrap(), next);
        assert!("1.2".parse::<Hlc>().is_err());
        assert!("a.b.c".parse::<Hlc>().is_err());
    }

    #[test]
    fn records_merge_field_by_field_in_any_order() {
        let base = SharedRecord {
            kind: RecordKind::Referral,
            id: "r1".into(),
            fields: BTreeMap::new(),
            deleted: None,
        };
        let mut phone = base.clone();
        phone.fields.insert("done".into(), field("yes", 20, 1));
        phone.fields.insert("note".into(), field("phone", 5, 1));
        let mut tutor = base.clone();
        tutor.fields.insert("when".into(), field("monday", 10, 0));
        tutor.fields.insert("note".into(), field("tutor", 6, 0));
        let mut a = phone.clone();
        a.merge(&tutor);
        let mut b = tutor.clone();
        b.merge(&phone);
        assert_eq!(a, b);
        assert_eq!(a.text("done"), Some("yes"));
        assert_eq!(a.text("when"), Some("monday"));
        assert_eq!(a.text("note"), Some("tutor"));
        let again = a.clone();
        a.merge(&again);
        assert_eq!(a, b, "idempotent");
    }

    #[test]
    fn a_later_edit_revives_a_deleted_record() {
        let mut record = SharedRecord {
            kind: RecordKind::TutorNote,
            id: "n1".into(),
            fields: BTreeMap::from([("text".into(), field("hi", 5, 0))]),
            deleted: Some(Hlc {
                ms: 7,
                counter: 0,
                node: 1,
            }),
        };
        assert!(record.is_deleted());
        record.fields.insert("text".into(), field("again", 9, 0));
        assert!(!record.is_deleted());
    }

    #[test]
    fn operations_have_one_json_shape() {
        let op: Operation = serde_json::from_str(
            r#"{"id":"op-1","change":{"type":"consent","category":"diary","granted":true}}"#,
        )
        .unwrap();
        assert_eq!(
            op.change,
            OperationBody::Consent {
                category: ConsentCategory::Diary,
                granted: true
            }
        );
        assert!(serde_json::from_str::<Operation>(
            r#"{"id":"op-1","change":{"type":"consent","category":"diary","granted":true,"x":1}}"#
        )
        .is_err());
        assert!(serde_json::from_str::<OutcomeCounts>(
            r#"{"month":"2026-13","applications":1,"interviews":0,"hires":0,"lessons_completed":0}"#
        )
        .is_err());
    }
}

/// A whole number written as JSON writes it: `7` or `7.0` (JSON Schema's `integer` counts both,
/// and some clients write every number as a float); `7.5`, a negative or too large one is
/// refused.
fn whole_number<'de, D, T>(deserializer: D) -> Result<T, D::Error>
where
    D: serde::Deserializer<'de>,
    T: TryFrom<u64>,
{
    let number = serde_json::Number::deserialize(deserializer)?;
    let whole = match (number.as_u64(), number.as_f64()) {
        (Some(n), _) => Some(n),
        // Exactly representable: below 2^53, and nothing after the point.
        (None, Some(f)) if f >= 0.0 && f.fract() == 0.0 && f < 9_007_199_254_740_992.0 => {
            Some(f as u64)
        }
        _ => None,
    };
    whole
        .and_then(|n| T::try_from(n).ok())
        .ok_or_else(|| serde::de::Error::custom(format!("{number}: not a whole number in range")))
}

/// The content a phone follows: its territory and languages, from a cursor.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct ContentQuery {
    pub region: String,
    #[serde(deserialize_with = "whole_number")]
    pub since: u64,
    /// Empty for all; the source language always comes.
    #[serde(default)]
    pub languages: Vec<String>,
}

/// `POST /api/v1/sync`: everything a sync needs in one round trip — the outbox's next batch,
/// and the cursors of what the phone has. Nothing changed costs one small request and answer.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SyncRequest {
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub operations: Vec<Operation>,
    #[serde(deserialize_with = "whole_number")]
    pub items_since: u64,
    pub content: ContentQuery,
    /// The lesson pack version the phone has (0: none).
    #[serde(default, deserialize_with = "whole_number")]
    pub pack_version: u32,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct SyncResponse {
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub results: Vec<OperationResult>,
    pub items: ItemsPage,
    /// `None` when the server no longer knows the content cursor: start over from 0.
    pub content: Option<ChangesPage>,
    /// A newer lesson pack, to fetch from `/api/v1/lessons/pack`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub pack_version: Option<u32>,
}

#[cfg(test)]
mod question_tests {
    use super::*;

    #[test]
    fn a_question_travels_as_an_operation_and_bad_ones_are_named() {
        let op = Operation {
            id: "q1".into(),
            change: OperationBody::Question {
                question: TutorQuestion {
                    text: "Come rinnovo il permesso?".into(),
                    language: "it".into(),
                },
            },
        };
        let json = serde_json::to_string(&op).unwrap();
        assert!(json.contains(r#""type":"question""#), "{json}");
        assert_eq!(serde_json::from_str::<Operation>(&json).unwrap(), op);
        let question = |text: &str, language: &str| TutorQuestion {
            text: text.into(),
            language: language.into(),
        };
        assert!(question("Dove?", "ar").validate().is_ok());
        assert_eq!(
            question("  ", "ar").validate(),
            Err("question text: required".into())
        );
        assert!(question(&"a".repeat(MAX_QUESTION_CHARS + 1), "ar")
            .validate()
            .unwrap_err()
            .contains("at most"));
        assert!(question("Dove?", "not a code")
            .validate()
            .unwrap_err()
            .starts_with("question language"));
    }
}

#[cfg(test)]
mod whole_number_tests {
    use super::*;

    #[test]
    fn counts_and_cursors_are_whole_numbers_however_json_writes_them() {
        let request: SyncRequest = serde_json::from_str(
            r#"{"items_since": 7.0, "content": {"region": "bologna", "since": 12}, "pack_version": 3.0}"#,
        )
        .unwrap();
        assert_eq!(
            (
                request.items_since,
                request.content.since,
                request.pack_version
            ),
            (7, 12, 3)
        );
        for bad in [
            r#"{"items_since": 7.5, "content": {"region": "b", "since": 0}}"#,
            r#"{"items_since": -1, "content": {"region": "b", "since": 0}}"#,
            r#"{"items_since": 0, "content": {"region": "b", "since": 1e300}}"#,
            r#"{"items_since": 0, "content": {"region": "b", "since": 0}, "pack_version": 4294967296}"#,
            r#"{"items_since": "0", "content": {"region": "b", "since": 0}}"#,
        ] {
            assert!(serde_json::from_str::<SyncRequest>(bad).is_err(), "{bad}");
        }
        let counts: OutcomeCounts = serde_json::from_str(
            r#"{"month": "2026-11", "applications": 4.0, "interviews": 1, "hires": 0, "lessons_completed": 2}"#,
        )
        .unwrap();
        assert_eq!(counts.applications, 4);
    }
}
