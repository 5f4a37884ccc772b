//! "Ask my tutor" (issue 16): the questions a person sends their tutor from the phone's Ask
//! screen, and the tutor's answers. A question arrives as a pushed operation (applied at most
//! once, keyed by the operation's id); the tutor answers it on the beneficiary's page, with
//! their own words or an operators' script, and the answer goes to the phone as a tutor note
//! whose `question` field is the question's id.

use ponte_wire::guides::{GuideRecord, Visibility};
use ponte_wire::sync::{RecordKind, TutorQuestion};
use sqlx::{AnyConnection, AnyPool, Row};

use crate::auth::Account;
use crate::content::StoredGuide;
use crate::people::{self, audit, is_postgres, lock_cursor, now_ms, PeopleError};

/// The longest title of an answer: the question, shortened.
pub const TITLE_CHARS: usize = 80;

/// The longest answer a tutor may type (the dashboard's item text).
pub const MAX_ANSWER_CHARS: usize = 4000;

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Question {
    /// The operation's id, chosen by the phone.
    pub id: String,
    pub text: String,
    pub language: String,
    pub created_at: i64,
    pub answered_at: Option<i64>,
    /// The user name of the account that answered.
    pub answered_by: Option<String>,
    /// The tutor note that carries the answer.
    pub answer_item: Option<String>,
}

impl Question {
    pub fn is_open(&self) -> bool {
        self.answered_at.is_none()
    }
}

/// Stores a pushed question for the device's beneficiary; `Err(reason)` refuses it and stores
/// nothing. The caller applies each operation id once.
pub async fn store(
    conn: &mut AnyConnection,
    beneficiary_id: &str,
    id: &str,
    question: &TutorQuestion,
) -> Result<Result<(), String>, sqlx::Error> {
    if let Err(reason) = question.validate() {
        return Ok(Err(reason));
    }
    sqlx::query(
        "INSERT INTO tutor_question (id, beneficiary_id, text, language, created_at) VALUES ($1, $2, $3, $4, $5)",
    )
    .bind(id)
    .bind(beneficiary_id)
    .bind(question.text.trim())
    .bind(&question.language)
    .bind(now_ms())
    .execute(&mut *conn)
    .await?;
    Ok(Ok(()))
}

fn question_from(row: &sqlx::any::AnyRow) -> Result<Question, sqlx::Error> {
    Ok(Question {
        id: row.try_get("id")?,
        text: row.try_get("text")?,
        language: row.try_get("language")?,
        created_at: row.try_get("created_at")?,
        answered_at: row.try_get("answered_at")?,
        answered_by: row.try_get("answered_by")?,
        answer_item: row.try_get("answer_item")?,
    })
}

const COLUMNS: &str = "q.id, q.text, q.language, q.created_at, q.answered_at, a.username AS answered_by, q.answer_item
     FROM tutor_question q LEFT JOIN account a ON a.id = q.answered_by";

/// A beneficiary's questions, newest first. The caller has checked the account may see them.
pub async fn questions(pool: &AnyPool, beneficiary_id: &str) -> Result<Vec<Question>, sqlx::Error> {
    let rows = sqlx::query(sqlx::AssertSqlSafe(format!(
        "SELECT {COLUMNS} WHERE q.beneficiary_id = $1 ORDER BY q.created_at DESC, q.id DESC"
    )))
    .bind(beneficiary_id)
    .fetch_all(pool)
    .await?;
    rows.iter().map(question_from).collect()
}

/// The published operators' scripts a tutor of `organisation_id` may answer with: national
/// ones and those of the organisation's territory.
pub async fn scripts(
    pool: &AnyPool,
    organisation_id: &str,
) -> Result<Vec<StoredGuide>, sqlx::Error> {
    let region: Option<String> =
        sqlx::query_scalar("SELECT region FROM organisation WHERE id = $1")
            .bind(organisation_id)
            .fetch_optional(pool)
            .await?;
    Ok(crate::content::stored_guides(pool)
        .await?
        .into_iter()
        .filter(|s| {
            s.published
                && s.guide.visibility == Visibility::Operators
                && (s.guide.region.is_none() || s.guide.region == region)
        })
        .collect())
}

/// The first of `languages` the guide has a text in (a language's base too: `ar` for `ar-EG`),
/// else its source language's text, else its first.
fn text_in<'a>(guide: &'a GuideRecord, languages: &[&str]) -> Option<&'a ponte_wire::guides::GuideText> {
    languages
        .iter()
        .flat_map(|code| [*code, code.split(['-', '_']).next().unwrap_or(code)])
        .find_map(|code| guide.texts.iter().find(|t| t.language == code))
        .or_else(|| {
            guide
                .texts
                .iter()
                .find(|t| t.language == guide.source_language)
        })
        .or_else(|| guide.texts.first())
}

/// A script's title in the question's language, else Italian.
pub fn script_title<'a>(guide: &'a GuideRecord, language: &str) -> (&'a str, &'a str) {
    match text_in(guide, &[language, "it"]) {
        Some(text) => (text.title.as_str(), text.language.as_str()),
        None => (guide.id.as_str(), ""),
    }
}

/// The text a script answers with: its body in the question's language, else English, else
/// Italian.
pub fn script_answer(guide: &GuideRecord, language: &str) -> Option<String> {
    text_in(guide, &[language, "en", "it"])
        .map(|t| t.body.trim().to_owned())
        .filter(|body| !body.is_empty())
}

/// The question as an item's title: one line, at most [`TITLE_CHARS`] characters.
pub fn title_of(question: &str) -> String {
    let line = question.split_whitespace().collect::<Vec<_>>().join(" ");
    if line.chars().count() <= TITLE_CHARS {
        return line;
    }
    let mut short: String = line.chars().take(TITLE_CHARS - 1).collect();
    short = short.trim_end().to_owned();
    short.push('…');
    short
}

/// Why an answer was not sent (nothing changed).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Refusal {
    /// No text and no script.
    Empty,
    /// More than [`MAX_ANSWER_CHARS`].
    TooLong,
    /// The script chosen is not one the tutor may answer with (or has no text).
    Script,
    /// Someone answered it already.
    Answered,
}

/// The answer's form: the typed text, and the script chosen (empty for none).
pub struct AnswerForm<'a> {
    pub text: &'a str,
    pub script: &'a str,
}

/// Answers a question: a tutor note for the beneficiary (title: the question shortened; text:
/// the typed answer, or the script's text in the question's language when nothing was typed;
/// `question`: the question's id; `tutor`: the account), stored as every tutor item is so the
/// phone gets it at its next sync, and the question marked answered, in one transaction with
/// the audit entries (which name the question and the item, never their texts).
pub async fn answer(
    pool: &AnyPool,
    by: &Account,
    beneficiary_id: &str,
    question_id: &str,
    form: AnswerForm<'_>,
) -> Result<Result<String, Refusal>, PeopleError> {
    people::beneficiary(pool, by, beneficiary_id).await?;
    let row = sqlx::query(sqlx::AssertSqlSafe(format!(
        "SELECT {COLUMNS} WHERE q.id = $1 AND q.beneficiary_id = $2"
    )))
    .bind(question_id)
    .bind(beneficiary_id)
    .fetch_optional(pool)
    .await?;
    let Some(question) = row.as_ref().map(question_from).transpose()? else {
        return Err(PeopleError::NotFound(format!("question {question_id}")));
    };
    if !question.is_open() {
        return Ok(Err(Refusal::Answered));
    }
    let typed = form.text.trim();
    let script = form.script.trim();
    let (text, script_used) = if !typed.is_empty() {
        if typed.chars().count() > MAX_ANSWER_CHARS {
            return Ok(Err(Refusal::TooLong));
        }
        (typed.to_owned(), None)
    } else if !script.is_empty() {
        let scripts = scripts(pool, &by.organisation_id).await?;
        let Some(body) = scripts
            .iter()
            .find(|s| s.guide.id == script)
            .and_then(|s| script_answer(&s.guide, &question.language))
        else {
            return Ok(Err(Refusal::Script));
        };
        (body, Some(script))
    } else {
        return Ok(Err(Refusal::Empty));
    };
    let record = people::new_item(
        by,
        RecordKind::TutorNote,
        &[
            ("title", title_of(&question.text)),
            ("text", text),
            ("question", question.id.clone()),
        ],
    )?;
    let postgres = is_postgres(pool);
    let mut tx = crate::db::begin_write(pool).await?;
    lock_cursor(&mut tx, postgres).await?;
    // Only the first of two tutors answering at once marks it; the other changes nothing.
    let marked = sqlx::query(
        "UPDATE tutor_question SET answered_at = $1, answered_by = $2, answer_item = $3
         WHERE id = $4 AND beneficiary_id = $5 AND answered_at IS NULL",
    )
    .bind(now_ms())
    .bind(&by.id)
    .bind(&record.id)
    .bind(&question.id)
    .bind(beneficiary_id)
    .execute(&mut *tx)
    .await?;
    if marked.rows_affected() != 1 {
        return Ok(Err(Refusal::Answered));
    }
    people::store_record(&mut tx, beneficiary_id, &record).await?;
    audit(
        &mut tx,
        Some(&by.id),
        "item.add",
        &record.id,
        RecordKind::TutorNote.as_str(),
    )
    .await?;
    let detail = match script_used {
        Some(script) => format!("item {}, script {script}", record.id),
        None => format!("item {}", record.id),
    };
    audit(
        &mut tx,
        Some(&by.id),
        "question.answer",
        &question.id,
        &detail,
    )
    .await?;
    tx.commit().await?;
    Ok(Ok(record.id))
}
