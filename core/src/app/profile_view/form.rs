//! The profile's forms: each section's fields, the draft kept at every change, and the
//! reading of what was typed into the domain's records (with the checks the domain leaves
//! to the form: an e-mail address and a phone number that look like one, numbers that are
//! numbers).

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

use super::super::route::{ProfileSection, Route};
use super::super::settings::{self, key};
use super::super::App;
use super::FieldKind;
use crate::diary::{
    Availability, CefrLevel, CertificateDetails, Diary, EducationDetails, LanguageSkillDetails,
    PersonalDetails, Profile, Recognition, Shift, SkillDetails, Transport, WorkExperienceDetails,
};
use crate::error::{Error, InvalidReason, Result};
use crate::fields::{AvailabilityField, EducationField, Field, LanguageField, PersonalField};
use crate::i18n::{Arg, Catalogue, Localized, NamedArg};

/// A form's draft: what was typed, and the last refusal.
#[derive(Debug, Clone, Default, Serialize, Deserialize)]
pub(super) struct Draft {
    pub(super) values: BTreeMap<String, String>,
    /// The field refused by the last save and the catalogue key of why.
    pub(super) error: Option<(String, String)>,
    #[serde(default)]
    pub(super) confirm_delete: bool,
}

fn draft_key(route: &Route) -> String {
    format!("{}{}", key::DRAFT_PREFIX, route.to_link())
}

pub(super) fn load_draft(app: &App, route: &Route) -> Result<Option<Draft>> {
    Ok(settings::get(&app.store, &draft_key(route))?
        // A draft an older build wrote in another shape is dropped, not fatal.
        .and_then(|text| serde_json::from_str(&text).ok()))
}

pub(super) fn save_draft(app: &App, route: &Route, draft: &Draft) -> Result<()> {
    let text = serde_json::to_string(draft).expect("a draft serializes");
    settings::set(&app.store, &draft_key(route), &text)
}

pub(super) fn remove_draft(app: &App, route: &Route) -> Result<()> {
    settings::remove(&app.store, &draft_key(route))
}

/// Languages offered in the language form (those the catalogue can name); a code typed
/// elsewhere is kept as it is.
pub(super) const LANGUAGE_CODES: &[&str] = &[
    "ar", "bn", "en", "es", "fa", "ff", "fr", "ha", "it", "ku", "ps", "pa", "ru", "so", "sq", "ti",
    "tr", "uk", "ur", "wo", "zh",
];

/// The fields of a section, in form order: code, label key and kind.
pub(super) fn field_specs(
    section: ProfileSection,
) -> &'static [(&'static str, &'static str, FieldKind)] {
    use FieldKind::*;
    match section {
        ProfileSection::Personal => &[
            ("full_name", "field-personal-full-name", Text),
            ("email", "field-personal-email", Email),
            ("phone", "field-personal-phone", Phone),
            ("city", "field-personal-city", Text),
            ("summary", "field-personal-summary", LongText),
        ],
        ProfileSection::Availability => &[
            (
                "hours_per_week",
                "field-availability-hours-per-week",
                Number,
            ),
            ("shifts", "field-availability-shifts", MultiChoice),
            ("max_travel_km", "field-availability-max-travel-km", Number),
            ("transport", "profile-transport", Choice),
            ("available_from", "field-availability-available-from", Date),
        ],
        ProfileSection::Language => &[
            ("language", "field-language-language", Choice),
            ("mother_tongue", "profile-mother-tongue", Switch),
            ("listening", "cv-listening", Choice),
            ("reading", "cv-reading", Choice),
            ("spoken_interaction", "cv-spoken-interaction", Choice),
            ("spoken_production", "cv-spoken-production", Choice),
            ("writing", "cv-writing", Choice),
        ],
        ProfileSection::Experience => &[
            ("role", "field-experience-role", Text),
            ("employer", "field-experience-employer", Text),
            ("sector", "field-experience-sector", Text),
            ("country", "field-experience-country", Text),
            ("city", "field-experience-city", Text),
            ("start_month", "field-experience-start-month", Month),
            ("end_month", "field-experience-end-month", Month),
            ("tasks", "field-experience-tasks", LongText),
        ],
        ProfileSection::Education => &[
            ("title", "field-education-title", Text),
            ("institution", "field-education-institution", Text),
            ("eqf_level", "field-education-eqf-level", Choice),
            ("country", "field-education-country", Text),
            ("start_year", "field-education-start-year", Year),
            ("end_year", "field-education-end-year", Year),
            ("recognition", "document-recognition", Choice),
        ],
        ProfileSection::Skill => &[("text", "field-skill-text", Text)],
        ProfileSection::Certificate => &[
            ("name", "field-certificate-name", Text),
            ("issuer", "field-certificate-issuer", Text),
            ("issued_on", "field-certificate-issued-on", Date),
            ("expires_on", "field-certificate-expires-on", Date),
        ],
    }
}

pub(super) fn is_list(section: ProfileSection) -> bool {
    !matches!(
        section,
        ProfileSection::Personal | ProfileSection::Availability
    )
}

pub(super) fn opt(value: &Option<String>) -> String {
    value.clone().unwrap_or_default()
}

pub(super) fn num<T: ToString>(value: Option<T>) -> String {
    value.map(|v| v.to_string()).unwrap_or_default()
}

pub(super) fn level(value: Option<CefrLevel>) -> String {
    value.map(|l| l.code().to_owned()).unwrap_or_default()
}

/// The stored values of the form at `section`/`id`, as the form's texts.
pub(super) fn stored_values(
    profile: &Profile,
    section: ProfileSection,
    id: Option<&str>,
) -> BTreeMap<String, String> {
    let mut v: Vec<(&str, String)> = Vec::new();
    match section {
        ProfileSection::Personal => {
            let p = &profile.personal;
            v.extend([
                ("full_name", p.full_name.clone()),
                ("email", p.email.clone()),
                ("phone", p.phone.clone()),
                ("city", p.city.clone()),
                ("summary", p.summary.clone()),
            ]);
        }
        ProfileSection::Availability => {
            let a = &profile.availability;
            let shifts: Vec<&str> = a.shifts.iter().map(|s| s.code()).collect();
            v.extend([
                ("hours_per_week", num(a.hours_per_week)),
                ("shifts", shifts.join(",")),
                ("max_travel_km", num(a.max_travel_km)),
                (
                    "transport",
                    a.transport.map(|t| t.code().to_owned()).unwrap_or_default(),
                ),
                ("available_from", opt(&a.available_from)),
            ]);
        }
        ProfileSection::Language => {
            if let Some(l) = profile.languages.iter().find(|e| Some(e.id.as_str()) == id) {
                let d = &l.details;
                v.extend([
                    ("language", d.language.clone()),
                    (
                        "mother_tongue",
                        if d.mother_tongue { "1" } else { "" }.into(),
                    ),
                    ("listening", level(d.listening)),
                    ("reading", level(d.reading)),
                    ("spoken_interaction", level(d.spoken_interaction)),
                    ("spoken_production", level(d.spoken_production)),
                    ("writing", level(d.writing)),
                ]);
            }
        }
        ProfileSection::Experience => {
            if let Some(e) = profile
                .experiences
                .iter()
                .find(|e| Some(e.id.as_str()) == id)
            {
                let d = &e.details;
                v.extend([
                    ("role", d.role.clone()),
                    ("employer", d.employer.clone()),
                    ("sector", d.sector.clone()),
                    ("country", d.country.clone()),
                    ("city", d.city.clone()),
                    ("start_month", opt(&d.start_month)),
                    ("end_month", opt(&d.end_month)),
                    ("tasks", d.tasks.clone()),
                ]);
            }
        }
        ProfileSection::Education => {
            if let Some(e) = profile.education.iter().find(|e| Some(e.id.as_str()) == id) {
                let d = &e.details;
                v.extend([
                    ("title", d.title.clone()),
                    ("institution", d.institution.clone()),
                    ("eqf_level", num(d.eqf_level)),
                    ("country", d.country.clone()),
                    ("start_year", num(d.start_year)),
                    ("end_year", num(d.end_year)),
                    ("recognition", d.recognition.code().into()),
                ]);
            }
        }
        ProfileSection::Skill => {
            if let Some(e) = profile.skills.iter().find(|e| Some(e.id.as_str()) == id) {
                v.push(("text", e.details.text.clone()));
            }
        }
        ProfileSection::Certificate => {
            if let Some(e) = profile
                .certificates
                .iter()
                .find(|e| Some(e.id.as_str()) == id)
            {
                let d = &e.details;
                v.extend([
                    ("name", d.name.clone()),
                    ("issuer", d.issuer.clone()),
                    ("issued_on", opt(&d.issued_on)),
                    ("expires_on", opt(&d.expires_on)),
                ]);
            }
        }
    }
    v.into_iter().map(|(k, v)| (k.to_owned(), v)).collect()
}

// ---------------------------------------------------------------------------------------
// Reading the form's texts into the domain's records. Text that is not a number where a
// number is asked is refused on its field, as the domain refuses its own rules.

pub(super) fn number<T: std::str::FromStr>(
    values: &BTreeMap<String, String>,
    code: &str,
    field: impl Into<Field>,
    reason: InvalidReason,
) -> Result<Option<T>> {
    let text = values.get(code).map(|s| s.trim()).unwrap_or("");
    if text.is_empty() {
        return Ok(None);
    }
    text.parse()
        .map(Some)
        .map_err(|_| Error::invalid(field, reason))
}

pub(super) fn text(values: &BTreeMap<String, String>, code: &str) -> String {
    values.get(code).cloned().unwrap_or_default()
}

pub(super) fn optional_text(values: &BTreeMap<String, String>, code: &str) -> Option<String> {
    Some(text(values, code).trim().to_owned()).filter(|s| !s.is_empty())
}

pub(super) fn cefr(values: &BTreeMap<String, String>, code: &str) -> Option<CefrLevel> {
    CefrLevel::from_code(text(values, code).trim())
}

/// An e-mail address as people write it: something, one `@`, a domain with a dot.
pub(super) fn valid_email(email: &str) -> bool {
    let Some((local, domain)) = email.split_once('@') else {
        return false;
    };
    !local.is_empty()
        && !domain.contains('@')
        && domain.contains('.')
        && !domain.starts_with('.')
        && !domain.ends_with('.')
        && !email.chars().any(char::is_whitespace)
}

/// A phone number: digits with the usual separators, a `+` only in front, 6 to 15 digits.
pub(super) fn valid_phone(phone: &str) -> bool {
    let digits = phone.chars().filter(char::is_ascii_digit).count();
    let body = phone.strip_prefix('+').unwrap_or(phone);
    (6..=15).contains(&digits)
        && body
            .chars()
            .all(|c| c.is_ascii_digit() || matches!(c, ' ' | '-' | '.' | '/' | '(' | ')'))
}

pub(super) fn save_section(
    diary: &Diary,
    section: ProfileSection,
    id: Option<&str>,
    values: &BTreeMap<String, String>,
    stored: &Profile,
) -> Result<()> {
    match section {
        ProfileSection::Personal => {
            let details = PersonalDetails {
                full_name: text(values, "full_name"),
                email: text(values, "email").trim().to_owned(),
                phone: text(values, "phone").trim().to_owned(),
                city: text(values, "city"),
                summary: text(values, "summary"),
            };
            if !details.email.is_empty() && !valid_email(&details.email) {
                return Err(Error::invalid(
                    PersonalField::Email,
                    InvalidReason::OutOfRange,
                ));
            }
            if !details.phone.is_empty() && !valid_phone(&details.phone) {
                return Err(Error::invalid(
                    PersonalField::Phone,
                    InvalidReason::OutOfRange,
                ));
            }
            diary.set_personal_details(&details)
        }
        ProfileSection::Availability => {
            let shifts = text(values, "shifts")
                .split(',')
                .filter_map(|c| Shift::from_code(c.trim()))
                .collect();
            diary.set_availability(&Availability {
                hours_per_week: number(
                    values,
                    "hours_per_week",
                    AvailabilityField::HoursPerWeek,
                    InvalidReason::OutOfRange,
                )?,
                shifts,
                max_travel_km: number(
                    values,
                    "max_travel_km",
                    AvailabilityField::MaxTravelKm,
                    InvalidReason::OutOfRange,
                )?,
                transport: Transport::from_code(text(values, "transport").trim()),
                available_from: optional_text(values, "available_from"),
            })
        }
        ProfileSection::Language => {
            let details = LanguageSkillDetails {
                language: text(values, "language"),
                mother_tongue: text(values, "mother_tongue") == "1",
                listening: cefr(values, "listening"),
                reading: cefr(values, "reading"),
                spoken_interaction: cefr(values, "spoken_interaction"),
                spoken_production: cefr(values, "spoken_production"),
                writing: cefr(values, "writing"),
            };
            if details.language.trim().is_empty() {
                return Err(Error::invalid(
                    LanguageField::Language,
                    InvalidReason::Required,
                ));
            }
            match id {
                Some(id) => diary.update_language(id, &details).map(drop),
                None => diary.add_language(&details).map(drop),
            }
        }
        ProfileSection::Experience => {
            let details = WorkExperienceDetails {
                role: text(values, "role"),
                employer: text(values, "employer"),
                sector: text(values, "sector"),
                country: text(values, "country"),
                city: text(values, "city"),
                start_month: optional_text(values, "start_month"),
                end_month: optional_text(values, "end_month"),
                tasks: text(values, "tasks"),
            };
            match id {
                Some(id) => diary.update_experience(id, &details).map(drop),
                None => diary.add_experience(&details).map(drop),
            }
        }
        ProfileSection::Education => {
            let details = EducationDetails {
                title: text(values, "title"),
                institution: text(values, "institution"),
                eqf_level: number(
                    values,
                    "eqf_level",
                    EducationField::EqfLevel,
                    InvalidReason::OutOfRange,
                )?,
                country: text(values, "country"),
                start_year: number(
                    values,
                    "start_year",
                    EducationField::StartYear,
                    InvalidReason::BadDate,
                )?,
                end_year: number(
                    values,
                    "end_year",
                    EducationField::EndYear,
                    InvalidReason::BadDate,
                )?,
                recognition: Recognition::from_code(text(values, "recognition").trim())
                    .unwrap_or(Recognition::Unknown),
            };
            match id {
                Some(id) => diary.update_education(id, &details).map(drop),
                None => diary.add_education(&details).map(drop),
            }
        }
        ProfileSection::Skill => {
            // The ESCO link is chosen with a tutor, not typed here: an edit keeps it.
            let esco_uri = stored
                .skills
                .iter()
                .find(|s| Some(s.id.as_str()) == id)
                .and_then(|s| s.details.esco_uri.clone());
            let details = SkillDetails {
                text: text(values, "text"),
                esco_uri,
            };
            match id {
                Some(id) => diary.update_skill(id, &details).map(drop),
                None => diary.add_skill(&details).map(drop),
            }
        }
        ProfileSection::Certificate => {
            let details = CertificateDetails {
                name: text(values, "name"),
                issuer: text(values, "issuer"),
                issued_on: optional_text(values, "issued_on"),
                expires_on: optional_text(values, "expires_on"),
            };
            match id {
                Some(id) => diary.update_certificate(id, &details).map(drop),
                None => diary.add_certificate(&details).map(drop),
            }
        }
    }
}

pub(super) fn delete_entry(diary: &Diary, section: ProfileSection, id: &str) -> Result<()> {
    match section {
        ProfileSection::Language => diary.delete_language(id),
        ProfileSection::Experience => diary.delete_experience(id),
        ProfileSection::Education => diary.delete_education(id),
        ProfileSection::Skill => diary.delete_skill(id),
        ProfileSection::Certificate => diary.delete_certificate(id),
        ProfileSection::Personal | ProfileSection::Availability => Ok(()),
    }
}

/// The catalogue key that says, on the field, why it was refused.
pub(super) fn field_error_key(field: Field, reason: InvalidReason) -> String {
    match (field, reason) {
        (
            Field::Personal {
                field: PersonalField::Email,
            },
            InvalidReason::OutOfRange,
        ) => "profile-error-email".into(),
        (
            Field::Personal {
                field: PersonalField::Phone,
            },
            InvalidReason::OutOfRange,
        ) => "profile-error-phone".into(),
        _ => format!("error-invalid-{}", reason.code()),
    }
}

/// A field's error message; an example number is an argument, so that it is isolated and
/// reads left to right inside right-to-left text.
pub(super) fn field_message(key: &str, chain: &[String]) -> Localized {
    let args = match key {
        "profile-error-phone" => vec![NamedArg {
            name: "example".into(),
            value: Arg::Text("+39 333 123 4567".into()),
        }],
        _ => Vec::new(),
    };
    Catalogue::get().t(chain, key, &args)
}
