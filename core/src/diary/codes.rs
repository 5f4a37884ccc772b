//! The diary's fixed vocabularies. Each value is stored by a stable code, and each has a
//! name in the Fluent catalogue (`<prefix>-<code>`), so no label is written here.

use crate::error::{Error, InvalidReason, Result};

macro_rules! coded_enum {
    ($(#[$meta:meta])* $name:ident, $label_prefix:literal { $($(#[$vmeta:meta])* $variant:ident = $code:literal),+ $(,)? }) => {
        $(#[$meta])*
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
        #[cfg_attr(feature = "uniffi", derive(uniffi::Enum))]
        pub enum $name { $($(#[$vmeta])* $variant),+ }

        impl $name {
            pub const ALL: &'static [$name] = &[$($name::$variant),+];

            /// The stable code stored in the database and used in catalogue keys.
            pub fn code(self) -> &'static str {
                match self { $($name::$variant => $code),+ }
            }

            pub fn from_code(code: &str) -> Option<Self> {
                match code { $($code => Some($name::$variant),)+ _ => None }
            }

            /// The catalogue key of this value's name.
            pub fn label_key(self) -> String {
                format!("{}-{}", $label_prefix, self.code())
            }
        }

        impl rusqlite::ToSql for $name {
            fn to_sql(&self) -> rusqlite::Result<rusqlite::types::ToSqlOutput<'_>> {
                Ok(self.code().into())
            }
        }

        impl rusqlite::types::FromSql for $name {
            fn column_result(value: rusqlite::types::ValueRef<'_>) -> rusqlite::types::FromSqlResult<Self> {
                let code = value.as_str()?;
                $name::from_code(code).ok_or_else(|| {
                    rusqlite::types::FromSqlError::Other(format!("unknown {} code {code:?}", stringify!($name)).into())
                })
            }
        }
    };
}

coded_enum! {
    /// Where an application stands. `Saved → Applied → Interview → Offer → Hired`, or one of the
    /// endings.
    Stage, "stage" {
        Saved = "saved",
        Applied = "applied",
        Interview = "interview",
        Offer = "offer",
        /// The offer was accepted.
        Hired = "hired",
        OfferDeclined = "offer_declined",
        Rejected = "rejected",
        Withdrawn = "withdrawn",
        Expired = "expired",
        NoAnswer = "no_answer",
    }
}

impl Stage {
    /// An application at this stage is over: no follow-up is suggested for it.
    pub fn is_closed(self) -> bool {
        matches!(
            self,
            Stage::Hired
                | Stage::OfferDeclined
                | Stage::Rejected
                | Stage::Withdrawn
                | Stage::Expired
                | Stage::NoAnswer
        )
    }
}

coded_enum! {
    /// Where the job was found.
    JobSource, "source" {
        JobPortal = "job_portal",
        EmploymentCentre = "employment_centre",
        Agency = "agency",
        TutorSuggestion = "tutor_suggestion",
        WordOfMouth = "word_of_mouth",
        WalkIn = "walk_in",
        Other = "other",
    }
}

coded_enum! {
    ContractType, "contract" {
        FixedTerm = "fixed_term",
        Permanent = "permanent",
        Apprenticeship = "apprenticeship",
        /// Tirocinio.
        Internship = "internship",
        Seasonal = "seasonal",
        Other = "other",
    }
}

coded_enum! {
    InterviewFormat, "interview-format" {
        InPerson = "in_person",
        Phone = "phone",
        Video = "video",
    }
}

coded_enum! {
    ActionKind, "action" {
        CallBack = "call_back",
        SendDocuments = "send_documents",
        PrepareInterview = "prepare_interview",
        FollowUp = "follow_up",
        Other = "other",
    }
}

coded_enum! {
    /// The documents a person needs to work in Italy.
    DocumentKind, "document" {
        ResidencePermit = "residence_permit",
        CodiceFiscale = "codice_fiscale",
        IdentityCard = "identity_card",
        HealthCard = "health_card",
        Spid = "spid",
        Cv = "cv",
        Diploma = "diploma",
        DrivingLicence = "driving_licence",
        HaccpCertificate = "haccp",
        SafetyTraining = "safety_training",
        Other = "other",
    }
}

coded_enum! {
    DocumentStatus, "document-status" {
        Missing = "missing",
        /// Asked for, being renewed or being recognised.
        InProgress = "in_progress",
        Have = "have",
    }
}

coded_enum! {
    /// The kind of residence permit (permesso di soggiorno).
    PermitType, "permit" {
        AsylumRequest = "asylum_request",
        Refugee = "refugee",
        SubsidiaryProtection = "subsidiary_protection",
        SpecialProtection = "special_protection",
        Work = "work",
        Family = "family",
        Study = "study",
        EuLongTerm = "eu_long_term",
        Other = "other",
    }
}

coded_enum! {
    /// Recognition in Italy of a qualification obtained abroad.
    Recognition, "recognition" {
        Unknown = "unknown",
        NotNeeded = "not_needed",
        NotStarted = "not_started",
        InProgress = "in_progress",
        Recognised = "recognised",
        Refused = "refused",
    }
}

coded_enum! {
    /// Common European Framework of Reference levels, as in the Europass CV.
    CefrLevel, "cefr" {
        A1 = "A1",
        A2 = "A2",
        B1 = "B1",
        B2 = "B2",
        C1 = "C1",
        C2 = "C2",
    }
}

coded_enum! {
    Transport, "transport" {
        NoTransport = "none",
        PublicTransport = "public",
        Bicycle = "bicycle",
        Moped = "moped",
        Car = "car",
    }
}

coded_enum! {
    Shift, "shift" {
        Morning = "morning",
        Afternoon = "afternoon",
        Evening = "evening",
        Night = "night",
        Weekend = "weekend",
    }
}

/// Stores a set of shifts as comma-separated codes.
pub(crate) fn shifts_to_text(shifts: &[Shift]) -> String {
    let mut codes: Vec<&str> = Shift::ALL
        .iter()
        .filter(|s| shifts.contains(s))
        .map(|s| s.code())
        .collect();
    codes.dedup();
    codes.join(",")
}

pub(crate) fn shifts_from_text(text: &str) -> Result<Vec<Shift>> {
    text.split(',')
        .filter(|c| !c.is_empty())
        .map(|c| {
            Shift::from_code(c).ok_or_else(|| {
                Error::invalid(
                    crate::fields::AvailabilityField::Shifts,
                    InvalidReason::OutOfRange,
                )
            })
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_code_round_trips() {
        for stage in Stage::ALL {
            assert_eq!(Stage::from_code(stage.code()), Some(*stage));
        }
        for kind in DocumentKind::ALL {
            assert_eq!(DocumentKind::from_code(kind.code()), Some(*kind));
        }
        assert_eq!(Stage::from_code("lost"), None);
        assert_eq!(Stage::OfferDeclined.label_key(), "stage-offer_declined");
    }

    #[test]
    fn shifts_are_stored_in_a_stable_order() {
        let text = shifts_to_text(&[Shift::Night, Shift::Morning, Shift::Night]);
        assert_eq!(text, "morning,night");
        assert_eq!(
            shifts_from_text(&text).unwrap(),
            vec![Shift::Morning, Shift::Night]
        );
        assert_eq!(shifts_from_text("").unwrap(), vec![]);
    }
}
