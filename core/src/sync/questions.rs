//! "Ask my tutor": a question the person typed in Ask, sent to their tutor through the outbox
//! when no guide answered it well enough. Only a paired phone sends one, and only when the
//! person said so (the app core asks each time, see `app::guides_view`). The question is kept
//! on the phone as theirs; the tutor's answer comes back as a tutor note naming it.

use ponte_wire::sync::{OperationBody, TutorQuestion, MAX_QUESTION_CHARS};
use rusqlite::params;

use crate::error::{Error, InvalidReason, Result};
use crate::fields::QuestionField;
use crate::store::Store;

/// A question sent, and the tutor's answer once it came.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SentQuestion {
    pub id: String,
    pub text: String,
    pub asked_at: crate::time::Timestamp,
    /// The tutor note that answers it.
    pub answer: Option<String>,
}

/// Queues `text` for the tutor, in `language`; returns the question's id. Refused when the
/// phone is not paired (nobody would read it) or the text is empty or too long; then nothing
/// is written.
pub(crate) fn ask_tutor(store: &Store, text: &str, language: &str) -> Result<String> {
    let text = text.trim();
    if text.is_empty() {
        return Err(Error::invalid(QuestionField::Text, InvalidReason::Required));
    }
    if text.chars().count() > MAX_QUESTION_CHARS {
        return Err(Error::invalid(QuestionField::Text, InvalidReason::TooLong));
    }
    if !super::is_paired(store)? {
        return Err(Error::Sync {
            failure: crate::SyncFailure::NotPaired,
            detail: "not paired".into(),
        });
    }
    let id = uuid::Uuid::new_v4().simple().to_string();
    let body = OperationBody::Question {
        question: TutorQuestion {
            text: text.to_owned(),
            language: language.to_owned(),
        },
    };
    let now = crate::time::now_ms();
    store.write(|tx| {
        tx.execute(
            "INSERT INTO tutor_question (id, text, language, asked_at) VALUES (?1, ?2, ?3, ?4)",
            params![id, text, language, now],
        )?;
        // The question's id is the operation's: the coordinator files it under that id, and
        // the answer names it.
        super::outbox::enqueue_as(tx, &id, None, &body)
    })?;
    Ok(id)
}

/// The questions sent, newest first, each with its answer's tutor note when it came.
pub(crate) fn sent(store: &Store) -> Result<Vec<SentQuestion>> {
    store.read(|conn| {
        let mut stmt = conn.prepare_cached(
            "SELECT q.id, q.text, q.asked_at,
                    (SELECT i.id FROM tutor_item i WHERE i.question = q.id ORDER BY i.updated_at DESC LIMIT 1)
             FROM tutor_question q ORDER BY q.asked_at DESC, q.id",
        )?;
        let rows = stmt.query_map([], |r| {
            Ok(SentQuestion {
                id: r.get(0)?,
                text: r.get(1)?,
                asked_at: r.get(2)?,
                answer: r.get(3)?,
            })
        })?;
        Ok(rows.collect::<rusqlite::Result<_>>()?)
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_question_is_queued_only_when_paired_and_valid_and_its_answer_is_tied_to_it() {
        let (_dir, store) = crate::store::tests::temp_store();
        let refused = ask_tutor(&store, "Come rinnovo il permesso?", "it").unwrap_err();
        assert!(
            matches!(
                refused,
                Error::Sync {
                    failure: crate::SyncFailure::NotPaired,
                    ..
                }
            ),
            "{refused:?}"
        );
        crate::sync::pretend_paired(&store, "http://127.0.0.1:9");
        for (text, reason) in [
            ("   ", InvalidReason::Required),
            (
                &"a".repeat(MAX_QUESTION_CHARS + 1)[..],
                InvalidReason::TooLong,
            ),
        ] {
            let error = ask_tutor(&store, text, "it").unwrap_err();
            assert!(
                matches!(
                    error,
                    Error::Invalid { field, reason: r }
                        if field == QuestionField::Text.into() && r == reason
                ),
                "{error:?}"
            );
        }
        assert!(sent(&store).unwrap().is_empty(), "nothing written");

        let id = ask_tutor(&store, "  Come rinnovo il permesso?  ", "it").unwrap();
        let queued: Vec<(String, String)> = store
            .read(|c| {
                let mut s = c.prepare("SELECT op_id, body FROM sync_outbox")?;
                let rows = s.query_map([], |r| Ok((r.get(0)?, r.get(1)?)))?;
                Ok(rows.collect::<rusqlite::Result<_>>()?)
            })
            .unwrap();
        assert_eq!(queued.len(), 1);
        assert_eq!(queued[0].0, id);
        let body: OperationBody = serde_json::from_str(&queued[0].1).unwrap();
        assert_eq!(
            body,
            OperationBody::Question {
                question: TutorQuestion {
                    text: "Come rinnovo il permesso?".into(),
                    language: "it".into()
                }
            }
        );
        let questions = sent(&store).unwrap();
        assert_eq!(
            (questions[0].text.as_str(), questions[0].answer.as_deref()),
            ("Come rinnovo il permesso?", None)
        );
        // The tutor's note that names it is its answer.
        store
            .write(|tx| {
                tx.execute(
                    "INSERT INTO tutor_item (id, kind, title, text, place, url, done, updated_at, tutor, question)
                     VALUES ('n1', 'tutor_note', 'Come rinnovo il permesso?', 'Con il kit postale.', '', '', 0, 1, 'giulia', ?1)",
                    [&id],
                )?;
                Ok(())
            })
            .unwrap();
        assert_eq!(sent(&store).unwrap()[0].answer.as_deref(), Some("n1"));
    }
}
