//! Full-text search over the diary: applications, actions, interviews, meetings, documents.
//! Accents and case are folded, and every word matches as a prefix, so "caf" finds "Caffè".

use super::Diary;
use crate::error::Result;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Enum))]
pub enum SearchKind {
    Application,
    Action,
    Interview,
    Meeting,
    Document,
}

impl SearchKind {
    fn from_code(code: &str) -> Option<Self> {
        Some(match code {
            "application" => SearchKind::Application,
            "action" => SearchKind::Action,
            "interview" => SearchKind::Interview,
            "meeting" => SearchKind::Meeting,
            "document" => SearchKind::Document,
            _ => return None,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Eq)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
pub struct SearchHit {
    pub kind: SearchKind,
    pub record_id: String,
    /// The application the record belongs to, to open it.
    pub application_id: Option<String>,
    /// A few words around the match, with the matched words between `[` and `]`.
    pub snippet: String,
}

impl Diary {
    /// Searches the diary, best matches first. An empty query finds nothing.
    pub fn search(&self, text: &str, limit: u32) -> Result<Vec<SearchHit>> {
        let Some(query) = crate::fts::prefix_query(text) else {
            return Ok(Vec::new());
        };
        self.store.read(|conn| {
            let mut stmt = conn.prepare_cached(
                "SELECT s.kind, s.record_id, snippet(diary_search, 2, '[', ']', '…', 8),
                        CASE s.kind WHEN 'application' THEN s.record_id
                                    WHEN 'action' THEN (SELECT application_id FROM next_action WHERE id = s.record_id)
                                    WHEN 'interview' THEN (SELECT application_id FROM interview WHERE id = s.record_id)
                        END
                 FROM diary_search s WHERE diary_search MATCH ?1 ORDER BY rank LIMIT ?2",
            )?;
            let rows = stmt.query_map(rusqlite::params![query, limit], |r| {
                Ok((r.get::<_, String>(0)?, r.get(1)?, r.get(2)?, r.get(3)?))
            })?;
            let mut hits = Vec::new();
            for row in rows {
                let (kind, record_id, snippet, application_id) = row?;
                if let Some(kind) = SearchKind::from_code(&kind) {
                    hits.push(SearchHit { kind, record_id, application_id, snippet });
                }
            }
            Ok(hits)
        })
    }
}

#[cfg(test)]
mod tests {
    use super::super::test_support::*;
    use super::super::*;
    use super::*;

    #[test]
    fn search_folds_accents_and_matches_prefixes() {
        let (_dir, diary) = diary();
        let mut d = details("Caffè Zanarini", "Barista");
        d.notes = "Colloquio con la signora Müller".into();
        let app = diary.add_application(&d, Stage::Applied, None).unwrap();
        diary
            .add_application(&details("Hera", "Operatore ecologico"), Stage::Saved, None)
            .unwrap();
        let action = diary
            .add_action(
                &ActionDetails {
                    kind: ActionKind::SendDocuments,
                    note: "Mandare l'attestato HACCP".into(),
                    due_at: MONDAY_9,
                },
                Some(&app.id),
            )
            .unwrap();

        let hits = diary.search("caffe", 10).unwrap();
        assert_eq!(hits.len(), 1);
        assert_eq!(
            (hits[0].kind, hits[0].record_id.as_str()),
            (SearchKind::Application, app.id.as_str())
        );
        assert!(hits[0].snippet.contains("[Caffè]"), "{}", hits[0].snippet);
        assert_eq!(diary.search("mull", 10).unwrap().len(), 1);
        let haccp = diary.search("hacc", 10).unwrap();
        assert_eq!(haccp[0].record_id, action.id);
        assert_eq!(haccp[0].application_id.as_deref(), Some(app.id.as_str()));
        // Every word must match.
        assert!(diary.search("caffè operatore", 10).unwrap().is_empty());
        // Typed punctuation and FTS operators are not syntax errors.
        assert!(diary.search("\"OR* -(", 10).unwrap().is_empty());
        assert!(diary.search("   ", 10).unwrap().is_empty());
    }

    #[test]
    fn search_follows_edits_and_deletions() {
        let (_dir, diary) = diary();
        let app = diary
            .add_application(&details("Ikea", "Magazziniere"), Stage::Applied, None)
            .unwrap();
        let mut d = app.details.clone();
        d.employer = "Decathlon".into();
        diary.update_application(&app.id, &d).unwrap();
        assert!(diary.search("ikea", 10).unwrap().is_empty());
        assert_eq!(diary.search("decat", 10).unwrap().len(), 1);
        diary.delete_application(&app.id).unwrap();
        assert!(diary.search("decat", 10).unwrap().is_empty());
    }
}
