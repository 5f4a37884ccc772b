//! The checklist of documents needed to work in Italy, each with its status and expiry.

use rusqlite::{params, Row};

use super::{
    line, new_id, note, touched, Diary, DocumentKind, DocumentStatus, PermitType, Recognition,
};
use crate::error::{Error, InvalidReason, Result};
use crate::fields::DocumentField;
use crate::time::{check_optional_date, now_ms};

#[derive(Debug, Clone, PartialEq, Eq)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
pub struct DocumentDetails {
    pub kind: DocumentKind,
    pub status: DocumentStatus,
    /// Only for a residence permit.
    #[cfg_attr(feature = "uniffi", uniffi(default))]
    pub permit_type: Option<PermitType>,
    /// What it is, in the person's words ("Diploma di scuola superiore", "Patente B").
    #[cfg_attr(feature = "uniffi", uniffi(default))]
    pub title: String,
    /// ISO date.
    #[cfg_attr(feature = "uniffi", uniffi(default))]
    pub expires_on: Option<String>,
    /// Only for a diploma obtained abroad.
    #[cfg_attr(feature = "uniffi", uniffi(default))]
    pub recognition: Option<Recognition>,
    #[cfg_attr(feature = "uniffi", uniffi(default))]
    pub notes: String,
}

#[derive(Debug, Clone, PartialEq, Eq)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
pub struct Document {
    pub id: String,
    pub details: DocumentDetails,
    pub updated_at: crate::time::Timestamp,
}

/// One line of the checklist: a kind of document and what the person has of it.
#[derive(Debug, Clone, PartialEq, Eq)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
pub struct ChecklistEntry {
    pub kind: DocumentKind,
    /// Empty when nothing was recorded yet: the app shows the kind as "to do".
    pub documents: Vec<Document>,
}

impl DocumentDetails {
    /// A document of `kind` with its status; the rest empty, as the bindings' defaults.
    pub fn new(kind: DocumentKind, status: DocumentStatus) -> Self {
        DocumentDetails {
            kind,
            status,
            permit_type: None,
            title: String::new(),
            expires_on: None,
            recognition: None,
            notes: String::new(),
        }
    }

    fn checked(&self) -> Result<DocumentDetails> {
        if self.permit_type.is_some() && self.kind != DocumentKind::ResidencePermit {
            return Err(Error::invalid(
                DocumentField::PermitType,
                InvalidReason::OutOfRange,
            ));
        }
        Ok(DocumentDetails {
            kind: self.kind,
            status: self.status,
            permit_type: self.permit_type,
            title: line(DocumentField::Title, &self.title, false)?,
            expires_on: check_optional_date(DocumentField::ExpiresOn, &self.expires_on)?,
            recognition: self.recognition,
            notes: note(DocumentField::Notes, &self.notes)?,
        })
    }
}

fn document_from_row(row: &Row<'_>) -> rusqlite::Result<Document> {
    Ok(Document {
        id: row.get(0)?,
        details: DocumentDetails {
            kind: row.get(1)?,
            status: row.get(2)?,
            permit_type: row.get(3)?,
            title: row.get(4)?,
            expires_on: row.get(5)?,
            recognition: row.get(6)?,
            notes: row.get(7)?,
        },
        updated_at: row.get(8)?,
    })
}

const DOCUMENT_COLUMNS: &str =
    "id, kind, status, permit_type, title, expires_on, recognition, notes, updated_at";

impl Diary {
    /// Adds a document to the checklist.
    pub fn add_document(&self, details: &DocumentDetails) -> Result<Document> {
        let d = details.checked()?;
        let now = now_ms();
        let id = new_id();
        self.store.write(|tx| {
            tx.execute(
                &format!("INSERT INTO document ({DOCUMENT_COLUMNS}) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)"),
                params![id, d.kind, d.status, d.permit_type, d.title, d.expires_on, d.recognition, d.notes, now],
            )?;
            Ok(Document { id, details: d, updated_at: crate::time::Timestamp::from_millis(now) })
        })
    }

    /// Replaces what was recorded of the document with that id.
    pub fn update_document(&self, id: &str, details: &DocumentDetails) -> Result<Document> {
        let d = details.checked()?;
        let now = now_ms();
        self.store.write(|tx| {
            let rows = tx.execute(
                "UPDATE document SET kind = ?2, status = ?3, permit_type = ?4, title = ?5, expires_on = ?6,
                     recognition = ?7, notes = ?8, updated_at = ?9 WHERE id = ?1",
                params![id, d.kind, d.status, d.permit_type, d.title, d.expires_on, d.recognition, d.notes, now],
            )?;
            touched(rows, "document", id)?;
            Ok(Document { id: id.to_owned(), details: d, updated_at: crate::time::Timestamp::from_millis(now) })
        })
    }

    pub fn delete_document(&self, id: &str) -> Result<()> {
        self.store.write(|tx| {
            touched(
                tx.execute("DELETE FROM document WHERE id = ?1", [id])?,
                "document",
                id,
            )
        })
    }

    pub fn documents(&self) -> Result<Vec<Document>> {
        self.store.read(|conn| {
            let mut stmt = conn.prepare_cached(&format!(
                "SELECT {DOCUMENT_COLUMNS} FROM document ORDER BY kind, title, id"
            ))?;
            let rows = stmt.query_map([], document_from_row)?;
            Ok(rows.collect::<rusqlite::Result<_>>()?)
        })
    }

    /// Every kind of document, in the order a person usually gets them, with what was recorded.
    pub fn document_checklist(&self) -> Result<Vec<ChecklistEntry>> {
        let mut documents = self.documents()?;
        Ok(DocumentKind::ALL
            .iter()
            .filter_map(|&kind| {
                let (mine, rest): (Vec<_>, Vec<_>) =
                    documents.drain(..).partition(|d| d.details.kind == kind);
                documents = rest;
                // "Other" only appears when the person added one.
                (kind != DocumentKind::Other || !mine.is_empty()).then_some(ChecklistEntry {
                    kind,
                    documents: mine,
                })
            })
            .collect())
    }
}

#[cfg(test)]
mod tests {
    use super::super::test_support::*;
    use super::*;

    fn permit(expires: &str) -> DocumentDetails {
        DocumentDetails {
            kind: DocumentKind::ResidencePermit,
            status: DocumentStatus::Have,
            permit_type: Some(PermitType::AsylumRequest),
            title: String::new(),
            expires_on: Some(expires.into()),
            recognition: None,
            notes: String::new(),
        }
    }

    #[test]
    fn checklist_lists_every_kind_with_what_was_recorded() {
        let (_dir, diary) = diary();
        let saved = diary.add_document(&permit("2027-05-01")).unwrap();
        let list = diary.document_checklist().unwrap();
        assert_eq!(list.len(), DocumentKind::ALL.len() - 1);
        assert_eq!(list[0].kind, DocumentKind::ResidencePermit);
        assert_eq!(list[0].documents, vec![saved.clone()]);
        assert!(list[1].documents.is_empty());

        let mut renewed = permit("2029-05-01");
        renewed.permit_type = Some(PermitType::Refugee);
        diary.update_document(&saved.id, &renewed).unwrap();
        assert_eq!(
            diary.documents().unwrap()[0].details.expires_on.as_deref(),
            Some("2029-05-01")
        );
    }

    #[test]
    fn bad_documents_are_refused() {
        let (_dir, diary) = diary();
        let err = diary.add_document(&permit("2027-02-31")).unwrap_err();
        assert!(
            matches!(err, Error::Invalid { ref field, reason: InvalidReason::BadDate } if *field == crate::fields::Field::from(DocumentField::ExpiresOn))
        );
        let mut not_a_permit = permit("2027-01-01");
        not_a_permit.kind = DocumentKind::Spid;
        let err = diary.add_document(&not_a_permit).unwrap_err();
        assert!(
            matches!(err, Error::Invalid { ref field, .. } if *field == crate::fields::Field::from(DocumentField::PermitType))
        );
        assert!(matches!(
            diary.update_document("ghost", &permit("2027-01-01")),
            Err(Error::NotFound { .. })
        ));
        assert!(diary.documents().unwrap().is_empty());
    }
}
