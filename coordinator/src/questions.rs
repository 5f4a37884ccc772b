//! "Ask my tutor" (issue 16): the questions a person sends their tutor from the phone's Ask
//! screen, and the tutor's answers. A question arrives as a pushed operation (applied at most
//! once, keyed by the operation's id); the tutor answers it on the beneficiary's page, with
//! their own words or an operators' script, and the answer goes to the phone as a tutor note
//! whose `question` field is the question's id.

use ponte_wire::guides::{GuideRecord, Visibility};
use ponte_wire::sync::{RecordKind, TutorQuestion};
use sqlx::{AnyConnection, AnyPool, Row};

use crate::audit::audit;
use crate::auth::Account;
use crate::content::StoredGuide;
use crate::db::{is_postgres, lock_cursor, now_ms};
use crate::error::PeopleError;
use crate::people;

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
fn text_in<'a>(
    guide: &'a GuideRecord,
    languages: &[&str],
) -> Option<&'a ponte_wire::guides::GuideText> {
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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::testdb::{databases, password, people as seed_people, Client};
    use axum::body::Body;
    use axum::http::{Request, StatusCode};
    use ponte_wire::guides::GuideText;
    use ponte_wire::sync::{ItemsPage, OperationStatus, PushResponse, SharedRecord};
    use ponte_wire::Provenance;
    use serde_json::{json, Value};

    async fn signed_in(pool: &AnyPool, user: &str) -> Client {
        let mut client = Client::new(pool, false);
        let answer = client.sign_in(user, &password(user)).await;
        assert_eq!(answer.status, StatusCode::SEE_OTHER, "{user} signs in");
        client
    }

    async fn tutor(pool: &AnyPool) -> Account {
        crate::auth::accounts(pool, "org-a")
            .await
            .unwrap()
            .into_iter()
            .find(|a| a.username == "tutor")
            .unwrap()
    }

    /// A phone paired to a new beneficiary of `tutor` (Arabic and Italian): its token and the
    /// beneficiary's id.
    async fn paired_phone(pool: &AnyPool, client: &Client) -> (String, String) {
        let tutor = tutor(pool).await;
        let amina = people::add_beneficiary(pool, &tutor, "Amina", "ar, it", None)
            .await
            .unwrap();
        let code = people::create_pairing_code(pool, &tutor, &amina.id)
            .await
            .unwrap();
        let paired = api(
            client,
            "POST",
            "/api/v1/pair",
            None,
            json!({"code": code.code, "device_name": "Samsung A12"}),
        )
        .await;
        assert_eq!(paired.status, StatusCode::OK, "{}", paired.body);
        let paired: Value = serde_json::from_str(&paired.body).unwrap();
        (
            paired["device_token"].as_str().unwrap().to_owned(),
            amina.id,
        )
    }

    async fn api(
        client: &Client,
        method: &str,
        uri: &str,
        token: Option<&str>,
        body: Value,
    ) -> crate::testdb::Answer {
        let mut request = Request::builder()
            .method(method)
            .uri(uri)
            .header("content-type", "application/json");
        if let Some(token) = token {
            request = request.header("authorization", format!("Bearer {token}"));
        }
        let body = if body.is_null() {
            Body::empty()
        } else {
            Body::from(body.to_string())
        };
        client.send(request.body(body).unwrap()).await
    }

    fn question(id: &str, text: &str, language: &str) -> Value {
        json!({"id": id, "change": {"type": "question", "question": {"text": text, "language": language}}})
    }

    async fn push(client: &Client, token: &str, operations: Vec<Value>) -> Vec<OperationStatus> {
        let pushed = api(
            client,
            "POST",
            "/api/v1/push",
            Some(token),
            json!({ "operations": operations }),
        )
        .await;
        assert_eq!(pushed.status, StatusCode::OK, "{}", pushed.body);
        let pushed: PushResponse = serde_json::from_str(&pushed.body).unwrap();
        pushed.results.iter().map(|r| r.status).collect()
    }

    async fn count(pool: &AnyPool, sql: &'static str) -> i64 {
        sqlx::query_scalar(sql).fetch_one(pool).await.unwrap()
    }

    async fn notes(pool: &AnyPool, beneficiary: &str) -> Vec<SharedRecord> {
        people::records(pool, beneficiary)
            .await
            .unwrap()
            .into_iter()
            .filter(|r| r.kind == RecordKind::TutorNote)
            .collect()
    }

    fn script(id: &str, visibility: Visibility) -> GuideRecord {
        let text = |language: &str, title: &str, body: &str| GuideText {
            language: language.into(),
            title: title.into(),
            body: body.into(),
            provenance: Provenance::Original,
            source_version: 1,
            image_alt: String::new(),
        };
        GuideRecord {
            id: id.into(),
            version: 1,
            region: None,
            parent: None,
            position: 0,
            visibility,
            last_checked: None,
            sources: vec![],
            image: None,
            source_language: "it".into(),
            texts: vec![
                text(
                    "it",
                    &format!("Rinnovo del permesso {id}"),
                    "Vai in Questura con la ricevuta.",
                ),
                text(
                    "en",
                    &format!("Permit renewal {id}"),
                    "Go to the Questura with the receipt.",
                ),
                text("ar", "تجديد تصريح الإقامة", "اذهب إلى الكويستورا مع الإيصال."),
            ],
        }
    }

    #[test]
    fn titles_are_the_question_on_one_line_shortened() {
        assert_eq!(title_of("  Dove \n  vado? "), "Dove vado?");
        let long = "parola ".repeat(40);
        let title = title_of(&long);
        assert_eq!(title.chars().count(), TITLE_CHARS);
        assert!(title.ends_with('…'));
        let exact = "a".repeat(TITLE_CHARS);
        assert_eq!(title_of(&exact), exact);
    }

    #[tokio::test]
    async fn a_pushed_question_shows_on_the_page_and_bad_or_repeated_ones_are_stored_once() {
        for db in databases().await {
            let pool = &db.pool;
            seed_people(pool).await;
            let client = Client::new(pool, false);
            let (token, amina) = paired_phone(pool, &client).await;
            let statuses = push(
                &client,
                &token,
                vec![
                    question("q1", "أين أجدد تصريح الإقامة؟", "ar"),
                    question("q-empty", "   ", "ar"),
                    question("q-long", &"a".repeat(1001), "it"),
                    question("q-lang", "Dove?", "not a code"),
                ],
            )
            .await;
            assert_eq!(
                statuses,
                vec![
                    OperationStatus::Applied,
                    OperationStatus::Rejected,
                    OperationStatus::Rejected,
                    OperationStatus::Rejected
                ]
            );
            // The reason is the wire's, per operation.
            let refused = api(
                &client,
                "POST",
                "/api/v1/push",
                Some(&token),
                json!({"operations": [question("q-empty", "   ", "ar")]}),
            )
            .await;
            let refused: PushResponse = serde_json::from_str(&refused.body).unwrap();
            assert_eq!(
                refused.results[0].reason.as_deref(),
                Some("question text: required")
            );
            // The same id again is acknowledged, not stored twice; through a sync too.
            assert_eq!(
                push(
                    &client,
                    &token,
                    vec![question("q1", "أين أجدد تصريح الإقامة؟", "ar")]
                )
                .await,
                vec![OperationStatus::Duplicate]
            );
            let synced = api(&client, "POST", "/api/v1/sync", Some(&token), json!({
                "operations": [question("q1", "أين أجدد تصريح الإقامة؟", "ar"), question("q2", "<script>alert(1)</script> E il codice fiscale?", "it")],
                "items_since": 0, "content": {"region": "bologna", "since": 0}
            })).await;
            assert_eq!(synced.status, StatusCode::OK, "{}", synced.body);
            let synced: Value = serde_json::from_str(&synced.body).unwrap();
            assert_eq!(synced["results"][0]["status"], "duplicate");
            assert_eq!(synced["results"][1]["status"], "applied");
            let stored = questions(pool, &amina).await.unwrap();
            let ids: Vec<&str> = stored.iter().map(|q| q.id.as_str()).collect();
            assert_eq!(
                ids,
                vec!["q2", "q1"],
                "newest first, refused ones not stored"
            );
            assert_eq!(count(pool, "SELECT count(*) FROM tutor_question").await, 2);

            // The tutor sees them, open, each in its language and direction, escaped.
            let browser = signed_in(pool, "tutor").await;
            let shown = browser.get(&format!("/beneficiaries/{amina}")).await;
            assert_eq!(shown.status, StatusCode::OK);
            let body = &shown.body;
            assert!(body.contains("id=\"questions-title\""));
            assert!(body.contains(
                "<blockquote id=\"question-text-q1\" lang=\"ar\" dir=\"rtl\">أين أجدد تصريح الإقامة؟</blockquote>"
            ), "{body}");
            assert!(body.contains("id=\"question-text-q2\" lang=\"it\" dir=\"ltr\">&lt;script&gt;alert(1)&lt;/script&gt; E il codice fiscale?"));
            assert!(!body.contains("<script>alert"));
            assert!(
                body.find("id=\"question-q2\"").unwrap() < body.find("id=\"question-q1\"").unwrap()
            );
            assert_eq!(body.matches("class=\"question question-open\"").count(), 2);
            assert!(body.contains(
                "action=\"/beneficiaries/{amina}/questions/q1/answer\""
                    .replace("{amina}", &amina)
                    .as_str()
            ));
            db.drop_database().await;
        }
    }

    #[tokio::test]
    async fn the_tutor_answers_with_text_or_a_script_and_the_phone_gets_a_note() {
        for db in databases().await {
            let pool = &db.pool;
            seed_people(pool).await;
            crate::content::upsert_guides(
                pool,
                &[
                    script("copione", Visibility::Operators),
                    script("bozza", Visibility::Operators),
                    script("pubblica", Visibility::Public),
                ],
            )
            .await
            .unwrap();
            crate::content::set_published(pool, "bozza", false, None)
                .await
                .unwrap();
            let client = Client::new(pool, false);
            let (token, amina) = paired_phone(pool, &client).await;
            let long_question = format!(
                "{} fine",
                "Come faccio a rinnovare il permesso di soggiorno ".repeat(3)
            );
            push(
                &client,
                &token,
                vec![
                    question("q-text", &long_question, "it"),
                    question("q-ar", "كيف أجدد تصريح الإقامة؟", "ar"),
                    question("q-fr", "Comment renouveler mon titre de séjour ?", "fr"),
                ],
            )
            .await;
            let browser = signed_in(pool, "tutor").await;
            let answer_uri = |q: &str| format!("/beneficiaries/{amina}/questions/{q}/answer");

            // The scripts offered: published operators' scripts, titled in the question's
            // language or Italian.
            let page = browser.get(&format!("/beneficiaries/{amina}")).await;
            assert!(
                page.body.contains(
                    "<option value=\"copione\" lang=\"ar\" dir=\"rtl\">تجديد تصريح الإقامة</option>"
                ),
                "{}",
                page.body
            );
            assert!(page.body.contains("<option value=\"copione\" lang=\"it\" dir=\"ltr\">Rinnovo del permesso copione</option>"));
            assert!(!page.body.contains("value=\"bozza\""), "not published");
            assert!(!page.body.contains("value=\"pubblica\""), "not a script");

            // Nothing typed and no script: refused on its field, what was chosen kept,
            // nothing changes. An unknown script likewise.
            let empty = browser
                .post_form(&answer_uri("q-text"), &[("answer", "  "), ("script", "")])
                .await;
            assert_eq!(empty.status, StatusCode::BAD_REQUEST);
            assert!(empty.body.contains("id=\"answer-q-text\" rows=\"4\" maxlength=\"4000\" dir=\"auto\" aria-invalid=\"true\" aria-describedby=\"error-answer-q-text\""), "{}", empty.body);
            assert!(empty.body.contains("<p class=\"error\" id=\"error-answer-q-text\">Scrivi una risposta o scegli un copione.</p>"));
            let unknown = browser
                .post_form(
                    &answer_uri("q-text"),
                    &[("answer", ""), ("script", "pubblica")],
                )
                .await;
            assert_eq!(unknown.status, StatusCode::BAD_REQUEST);
            assert!(unknown
                .body
                .contains("aria-describedby=\"error-script-q-text\""));
            let too_long = "x".repeat(MAX_ANSWER_CHARS + 1);
            let long = browser
                .post_form(&answer_uri("q-text"), &[("answer", &too_long)])
                .await;
            assert_eq!(long.status, StatusCode::BAD_REQUEST);
            assert!(
                long.body.contains(&format!(">{too_long}</textarea>")),
                "what was typed stays"
            );
            assert!(notes(pool, &amina).await.is_empty());
            assert_eq!(
                count(
                    pool,
                    "SELECT count(*) FROM tutor_question WHERE answered_at IS NULL"
                )
                .await,
                3
            );
            // No CSRF token: refused.
            let forged = browser
                .post_form(
                    &answer_uri("q-text"),
                    &[("answer", "Sì"), ("csrf", "forged")],
                )
                .await;
            assert_eq!(forged.status, StatusCode::FORBIDDEN);

            // Typed text is the answer (a script chosen too does not replace it).
            let sent = browser
                .post_form(
                    &answer_uri("q-text"),
                    &[
                        ("answer", " Vai in Questura lunedì. "),
                        ("script", "copione"),
                    ],
                )
                .await;
            assert_eq!(sent.status, StatusCode::SEE_OTHER, "{}", sent.body);
            let notes_now = notes(pool, &amina).await;
            assert_eq!(notes_now.len(), 1);
            let note = &notes_now[0];
            assert_eq!(note.text("text"), Some("Vai in Questura lunedì."));
            assert_eq!(note.text("question"), Some("q-text"));
            assert_eq!(note.text("tutor"), Some("tutor"));
            assert_eq!(note.text("title"), Some(title_of(&long_question).as_str()));
            assert_eq!(note.text("title").unwrap().chars().count(), TITLE_CHARS);
            let stored = questions(pool, &amina).await.unwrap();
            let q = stored.iter().find(|q| q.id == "q-text").unwrap();
            assert_eq!(q.answered_by.as_deref(), Some("tutor"));
            assert_eq!(q.answer_item.as_deref(), Some(note.id.as_str()));
            assert!(q.answered_at.is_some());

            // The phone gets it in its items feed, naming the question.
            let items = api(
                &client,
                "GET",
                "/api/v1/items?since=0",
                Some(&token),
                Value::Null,
            )
            .await;
            let items: ItemsPage = serde_json::from_str(&items.body).unwrap();
            let pulled: Vec<&SharedRecord> = items
                .records
                .iter()
                .filter(|r| r.kind == RecordKind::TutorNote)
                .collect();
            assert_eq!(pulled.len(), 1);
            assert_eq!(pulled[0].text("question"), Some("q-text"));
            assert_eq!(pulled[0].text("text"), Some("Vai in Questura lunedì."));

            // Answered: marked, with the answer, and no form; a second answer is refused.
            let page = browser
                .get(&format!("/beneficiaries/{amina}?answered"))
                .await;
            assert!(page.body.contains("id=\"done\""));
            assert!(page
                .body
                .contains("id=\"answer-text-q-text\" dir=\"auto\">Vai in Questura lunedì.</p>"));
            assert!(!page.body.contains("id=\"answer-form-q-text\""));
            assert!(page.body.contains("id=\"answer-form-q-ar\""));
            let again = browser
                .post_form(&answer_uri("q-text"), &[("answer", "Di nuovo")])
                .await;
            assert_eq!(again.status, StatusCode::CONFLICT);
            assert_eq!(notes(pool, &amina).await.len(), 1);

            // A script with nothing typed: its text in the question's language, else English.
            for (q, expected) in [
                ("q-ar", "اذهب إلى الكويستورا مع الإيصال."),
                ("q-fr", "Go to the Questura with the receipt."),
            ] {
                let sent = browser
                    .post_form(&answer_uri(q), &[("answer", ""), ("script", "copione")])
                    .await;
                assert_eq!(sent.status, StatusCode::SEE_OTHER, "{q}: {}", sent.body);
                let all = notes(pool, &amina).await;
                let note = all.iter().find(|n| n.text("question") == Some(q)).unwrap();
                assert_eq!(note.text("text"), Some(expected), "{q}");
            }
            assert_eq!(
                count(
                    pool,
                    "SELECT count(*) FROM tutor_question WHERE answered_at IS NULL"
                )
                .await,
                0
            );

            // The audit log says a question was answered, never what was asked or answered.
            let log = crate::audit::audit_log(pool, 50).await.unwrap();
            let answered: Vec<_> = log
                .iter()
                .filter(|e| e.action == "question.answer")
                .collect();
            assert_eq!(answered.len(), 3);
            assert!(answered
                .iter()
                .any(|e| e.target == "q-ar" && e.detail.ends_with("script copione")));
            for entry in &log {
                for secret in ["Questura", "permesso di soggiorno", "تصريح", "séjour"] {
                    assert!(
                        !entry.detail.contains(secret) && !entry.target.contains(secret),
                        "{}",
                        entry.detail
                    );
                }
            }

            // Erasing the person's data removes their questions.
            let erased = api(&client, "POST", "/api/v1/erase", Some(&token), Value::Null).await;
            assert_eq!(erased.status, StatusCode::NO_CONTENT);
            assert_eq!(count(pool, "SELECT count(*) FROM tutor_question").await, 0);
            db.drop_database().await;
        }
    }

    #[tokio::test]
    async fn other_accounts_neither_see_nor_answer_the_questions() {
        for db in databases().await {
            let pool = &db.pool;
            seed_people(pool).await;
            let client = Client::new(pool, false);
            let (token, amina) = paired_phone(pool, &client).await;
            push(
                &client,
                &token,
                vec![question("q1", "Dove trovo lavoro?", "it")],
            )
            .await;
            for other in ["admin-b", "tutor2", "operator"] {
                let browser = signed_in(pool, other).await;
                let page = browser.get(&format!("/beneficiaries/{amina}")).await;
                assert_eq!(page.status, StatusCode::FORBIDDEN, "{other}");
                assert!(!page.body.contains("Dove trovo lavoro?"));
                let answer = browser
                    .post_form(
                        &format!("/beneficiaries/{amina}/questions/q1/answer"),
                        &[("answer", "No")],
                    )
                    .await;
                assert_eq!(answer.status, StatusCode::FORBIDDEN, "{other}");
            }
            assert_eq!(
                count(
                    pool,
                    "SELECT count(*) FROM tutor_question WHERE answered_at IS NULL"
                )
                .await,
                1
            );
            assert!(notes(pool, &amina).await.is_empty());
            // The tutor's own question of another beneficiary is not found under this one.
            let tutor = signed_in(pool, "tutor").await;
            let tutor_account = self::tutor(pool).await;
            let other = people::add_beneficiary(pool, &tutor_account, "Sam", "so", None)
                .await
                .unwrap();
            let wrong = tutor
                .post_form(
                    &format!("/beneficiaries/{}/questions/q1/answer", other.id),
                    &[("answer", "No")],
                )
                .await;
            assert_eq!(wrong.status, StatusCode::NOT_FOUND);
            // The organisation's administrator may answer, as they may see the page.
            let admin = signed_in(pool, "admin").await;
            let page = admin.get(&format!("/beneficiaries/{amina}")).await;
            assert!(page.body.contains("id=\"answer-form-q1\""));
            db.drop_database().await;
        }
    }
}
