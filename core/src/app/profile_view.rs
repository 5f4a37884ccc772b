//! The skills profile and its editor, and the CV preview in two languages.
//!
//! The profile screen lists each section with its entries and a hint for what is missing.
//! Each section has one form (`EditProfile`): what the person types is kept as a draft in
//! `app_setting` (`draft.<route link>`) at every change, so a refused save or a killed
//! process loses nothing; a refused save shows its error on the field. The CV preview shows
//! the CV in two languages side by side (the person's and Italian unless changed).

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

use super::first_run::LanguageChoice;
use super::route::{ProfileSection, Route};
use super::settings::{self, key};
use super::{App, Effect, Screen};
use crate::diary::{
    Availability, CefrLevel, CertificateDetails, Diary, EducationDetails, LanguageSkillDetails,
    PersonalDetails, Profile, Recognition, Shift, SkillDetails, Transport, WorkExperienceDetails,
};
use crate::error::{Error, InvalidReason, Result};
use crate::fields::{AvailabilityField, EducationField, Field, LanguageField, PersonalField};
use crate::i18n::{Arg, Catalogue, Localized, NamedArg};

/// A screen of this part of the app.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Enum))]
pub enum ProfileScreen {
    /// The whole profile, section by section.
    Overview { profile: ProfileOverview },
    /// The form of one section (or of one entry of a list section).
    Edit { form: ProfileForm },
    /// The CV in two languages side by side.
    Cv { cv: CvPreview },
}

/// What the person does on these screens.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Enum))]
pub enum ProfileEvent {
    /// A field of the open form changed. `field` is the field's `code` from the form;
    /// `value` is the text typed, a choice's code, several codes separated by commas for a
    /// multiple choice, or "1"/"" for a switch. Kept as a draft at once.
    EditField { field: String, value: String },
    /// Save the open form. Refused input stays in the form, its error on the field.
    Save,
    /// Forget the draft of the open form and go back.
    Discard,
    /// Ask to delete the entry of the open form: the form then shows `confirm_delete`.
    AskDelete,
    /// The person confirmed: delete the entry and go back.
    ConfirmDelete,
    /// The person changed their mind about deleting.
    CancelDelete,
    /// CV preview: the language of one column (a catalogue language code).
    ChooseCvLanguage { column: CvColumn, code: String },
    /// CV preview: share the CV in the second column's language (see `CvPreview.share`),
    /// as `Effect::ShareFile` with a printable HTML page (`cv-<language>.html`). The shell
    /// may turn it into a PDF with the platform's print service (Android's `PrintManager`,
    /// iOS's `UIPrintPageRenderer`) before offering it; the core makes no PDF.
    ShareCv,
}

/// A column of the CV preview.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Enum))]
pub enum CvColumn {
    /// The person's language by default.
    First,
    /// Italian by default: the language employers read.
    Second,
}

#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
pub struct ProfileOverview {
    pub sections: Vec<ProfileSectionView>,
    /// "4 of 7 parts filled".
    pub filled: Localized,
    /// The button that opens the CV preview, and its link.
    pub cv: Localized,
    pub cv_link: String,
}

#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
pub struct ProfileSectionView {
    pub section: ProfileSection,
    pub heading: Localized,
    /// The entries of a list section; for personal details and availability, one entry
    /// once something is written.
    pub entries: Vec<ProfileEntry>,
    /// The section's button: "Add a job" for a list section (a new entry's form), "Edit"
    /// for personal details and availability; and the link of that form.
    pub open_form: Localized,
    pub form_link: String,
    /// What is missing, as a suggestion; `None` once the section has something.
    pub hint: Option<Localized>,
}

#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
pub struct ProfileEntry {
    /// What the person wrote (a job, a school), or a language's name in the person's
    /// language; shown in its own direction.
    pub title: String,
    /// A second line from what the person wrote (employer and dates, institution).
    pub detail: String,
    /// Words of the app about the entry ("Mother tongue", "20 hours a week").
    pub badges: Vec<Localized>,
    /// The entry's form.
    pub link: String,
}

/// The form of one section.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
pub struct ProfileForm {
    pub section: ProfileSection,
    /// The entry being changed; `None` for a new entry or a single section.
    pub id: Option<String>,
    pub heading: Localized,
    pub fields: Vec<FormField>,
    pub save: Localized,
    /// Forget what was typed and go back.
    pub discard: Localized,
    /// For an existing entry of a list section: the delete button.
    pub delete: Option<Localized>,
    /// After `AskDelete`: the question to confirm (with `delete` as the yes, `cancel` as no).
    pub confirm_delete: Option<Localized>,
    pub cancel: Localized,
}

/// A field of a form, with what the person typed and its error.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
pub struct FormField {
    /// The field's stable code, sent back in `ProfileEvent::EditField`.
    pub code: String,
    pub label: Localized,
    pub kind: FieldKind,
    /// The current text or code(s), as in `EditField`.
    pub value: String,
    /// For a choice: the choices, with the selected ones.
    pub choices: Vec<FieldChoice>,
    /// The format expected ("Like 2024-03"), for dates and months.
    pub hint: Option<Localized>,
    /// Why the last save refused this field, in the person's language.
    pub error: Option<Localized>,
}

/// How a field is typed or picked.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Enum))]
pub enum FieldKind {
    Text,
    /// Several lines.
    LongText,
    Email,
    Phone,
    /// Whole number (the numeric keyboard).
    Number,
    /// `YYYY-MM-DD`.
    Date,
    /// `YYYY-MM`.
    Month,
    /// `YYYY`.
    Year,
    /// One of `choices` (or none).
    Choice,
    /// Any of `choices`, codes separated by commas.
    MultiChoice,
    /// On ("1") or off ("").
    Switch,
}

#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
pub struct FieldChoice {
    pub code: String,
    pub label: Localized,
    pub selected: bool,
}

/// The CV preview.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
pub struct CvPreview {
    /// A whole HTML page for a WebView: the two CVs side by side, each column in its
    /// language and direction. Nothing in it loads from the network.
    pub html: String,
    pub first_language: String,
    pub second_language: String,
    /// The labels of the two language pickers.
    pub first_label: Localized,
    pub second_label: Localized,
    /// The languages a column can be in, in their own names (`selected`: the first column's
    /// and the second column's choice).
    pub first_choices: Vec<LanguageChoice>,
    pub second_choices: Vec<LanguageChoice>,
    /// The share button: "Share the CV in Italian" (the second column's language).
    pub share: Localized,
    /// The profile is empty: the shell shows this above the (empty) CV.
    pub empty: Option<Localized>,
}

/// A form's draft: what was typed, and the last refusal.
#[derive(Debug, Clone, Default, Serialize, Deserialize)]
struct Draft {
    values: BTreeMap<String, String>,
    /// The field refused by the last save and the catalogue key of why.
    error: Option<(String, String)>,
    #[serde(default)]
    confirm_delete: bool,
}

fn draft_key(route: &Route) -> String {
    format!("{}{}", key::DRAFT_PREFIX, route.to_link())
}

fn load_draft(app: &App, route: &Route) -> Result<Option<Draft>> {
    Ok(settings::get(&app.store, &draft_key(route))?
        // A draft an older build wrote in another shape is dropped, not fatal.
        .and_then(|text| serde_json::from_str(&text).ok()))
}

fn save_draft(app: &App, route: &Route, draft: &Draft) -> Result<()> {
    let text = serde_json::to_string(draft).expect("a draft serializes");
    settings::set(&app.store, &draft_key(route), &text)
}

/// Languages offered in the language form (those the catalogue can name); a code typed
/// elsewhere is kept as it is.
const LANGUAGE_CODES: &[&str] = &[
    "ar", "bn", "en", "es", "fa", "ff", "fr", "ha", "it", "ku", "ps", "pa", "ru", "so", "sq", "ti",
    "tr", "uk", "ur", "wo", "zh",
];

/// The fields of a section, in form order: code, label key and kind.
fn field_specs(section: ProfileSection) -> &'static [(&'static str, &'static str, FieldKind)] {
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

fn is_list(section: ProfileSection) -> bool {
    !matches!(
        section,
        ProfileSection::Personal | ProfileSection::Availability
    )
}

fn opt(value: &Option<String>) -> String {
    value.clone().unwrap_or_default()
}

fn num<T: ToString>(value: Option<T>) -> String {
    value.map(|v| v.to_string()).unwrap_or_default()
}

fn level(value: Option<CefrLevel>) -> String {
    value.map(|l| l.code().to_owned()).unwrap_or_default()
}

/// The stored values of the form at `section`/`id`, as the form's texts.
fn stored_values(
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

fn number<T: std::str::FromStr>(
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

fn text(values: &BTreeMap<String, String>, code: &str) -> String {
    values.get(code).cloned().unwrap_or_default()
}

fn optional_text(values: &BTreeMap<String, String>, code: &str) -> Option<String> {
    Some(text(values, code).trim().to_owned()).filter(|s| !s.is_empty())
}

fn cefr(values: &BTreeMap<String, String>, code: &str) -> Option<CefrLevel> {
    CefrLevel::from_code(text(values, code).trim())
}

/// An e-mail address as people write it: something, one `@`, a domain with a dot.
fn valid_email(email: &str) -> bool {
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
fn valid_phone(phone: &str) -> bool {
    let digits = phone.chars().filter(char::is_ascii_digit).count();
    let body = phone.strip_prefix('+').unwrap_or(phone);
    (6..=15).contains(&digits)
        && body
            .chars()
            .all(|c| c.is_ascii_digit() || matches!(c, ' ' | '-' | '.' | '/' | '(' | ')'))
}

fn save_section(
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

fn delete_entry(diary: &Diary, section: ProfileSection, id: &str) -> Result<()> {
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
fn field_error_key(field: Field, reason: InvalidReason) -> String {
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
fn field_message(key: &str, chain: &[String]) -> Localized {
    let args = match key {
        "profile-error-phone" => vec![NamedArg {
            name: "example".into(),
            value: Arg::Text("+39 333 123 4567".into()),
        }],
        _ => Vec::new(),
    };
    Catalogue::get().t(chain, key, &args)
}

// ---------------------------------------------------------------------------------------
// Events.

pub(super) fn handle(app: &App, event: ProfileEvent) -> Result<Vec<Effect>> {
    let route = app.current_route();
    match (event, &route) {
        (ProfileEvent::EditField { field, value }, Route::EditProfile { section, id }) => {
            // Only fields of this form are kept: a late event of another form changes nothing.
            if !field_specs(*section)
                .iter()
                .any(|(code, ..)| *code == field)
            {
                return Ok(Vec::new());
            }
            let mut draft = match load_draft(app, &route)? {
                Some(draft) => draft,
                None => Draft {
                    values: stored_values(
                        &Diary::new(app.store.clone()).profile()?,
                        *section,
                        id.as_deref(),
                    ),
                    ..Draft::default()
                },
            };
            if draft.error.as_ref().is_some_and(|(f, _)| *f == field) {
                draft.error = None;
            }
            draft.values.insert(field, value);
            save_draft(app, &route, &draft)?;
            Ok(Vec::new())
        }
        (ProfileEvent::Save, Route::EditProfile { section, id }) => {
            let diary = Diary::new(app.store.clone());
            let stored = diary.profile()?;
            let mut draft = load_draft(app, &route)?.unwrap_or_else(|| Draft {
                values: stored_values(&stored, *section, id.as_deref()),
                ..Draft::default()
            });
            match save_section(&diary, *section, id.as_deref(), &draft.values, &stored) {
                Ok(()) => {
                    settings::remove(&app.store, &draft_key(&route))?;
                    app.pop_route()?;
                    app.set_notice(Catalogue::get().t(&app.ui_chain()?, "saved", &[]));
                    Ok(Vec::new())
                }
                Err(Error::Invalid { field, reason }) => {
                    // Kept with the draft, so the field still says why after a restart.
                    draft.error = Some((field.name().to_owned(), field_error_key(field, reason)));
                    draft.confirm_delete = false;
                    save_draft(app, &route, &draft)?;
                    Err(Error::Invalid { field, reason })
                }
                Err(other) => Err(other),
            }
        }
        (ProfileEvent::Discard, Route::EditProfile { .. }) => {
            settings::remove(&app.store, &draft_key(&route))?;
            app.pop_route()?;
            Ok(Vec::new())
        }
        (
            event @ (ProfileEvent::AskDelete | ProfileEvent::CancelDelete),
            Route::EditProfile {
                section,
                id: Some(id),
            },
        ) => {
            let mut draft = match load_draft(app, &route)? {
                Some(draft) => draft,
                None => Draft {
                    values: stored_values(
                        &Diary::new(app.store.clone()).profile()?,
                        *section,
                        Some(id),
                    ),
                    ..Draft::default()
                },
            };
            draft.confirm_delete = event == ProfileEvent::AskDelete;
            save_draft(app, &route, &draft)?;
            Ok(Vec::new())
        }
        (
            ProfileEvent::ConfirmDelete,
            Route::EditProfile {
                section,
                id: Some(id),
            },
        ) => {
            delete_entry(&Diary::new(app.store.clone()), *section, id)?;
            settings::remove(&app.store, &draft_key(&route))?;
            app.pop_route()?;
            app.set_notice(Catalogue::get().t(&app.ui_chain()?, "deleted", &[]));
            Ok(Vec::new())
        }
        (ProfileEvent::ChooseCvLanguage { column, code }, Route::CvPreview) => {
            let code = crate::i18n::languages()
                .into_iter()
                .find(|l| l.code == code.trim())
                .map(|l| l.code)
                .ok_or_else(|| {
                    Error::invalid(
                        crate::fields::SettingsField::ContentLanguage,
                        InvalidReason::OutOfRange,
                    )
                })?;
            let setting = match column {
                CvColumn::First => key::CV_FIRST_LANGUAGE,
                CvColumn::Second => key::CV_SECOND_LANGUAGE,
            };
            settings::set(&app.store, setting, &code)?;
            Ok(Vec::new())
        }
        (ProfileEvent::ShareCv, Route::CvPreview) => {
            let (_, second) = cv_languages(app, &app.ui_chain()?)?;
            let html = Diary::new(app.store.clone()).cv_html(&second)?;
            Ok(vec![Effect::ShareFile {
                file_name: format!("cv-{second}.html"),
                mime_type: "text/html".into(),
                bytes: html.into_bytes(),
            }])
        }
        // An event of another screen (a late tap) changes nothing.
        _ => Ok(Vec::new()),
    }
}

// ---------------------------------------------------------------------------------------
// Views.

/// The two languages of the CV preview: chosen ones, else the person's and Italian.
fn cv_languages(app: &App, chain: &[String]) -> Result<(String, String)> {
    let first = settings::get(&app.store, key::CV_FIRST_LANGUAGE)?
        .or_else(|| chain.first().cloned())
        .unwrap_or_else(|| "en".into());
    let second = settings::get(&app.store, key::CV_SECOND_LANGUAGE)?.unwrap_or_else(|| "it".into());
    Ok((first, second))
}

pub(super) fn view(app: &App, route: &Route, chain: &[String]) -> Result<(Localized, Screen)> {
    let title = super::title(route, chain);
    let screen = match route {
        Route::EditProfile { section, id } => ProfileScreen::Edit {
            form: form_view(app, route, *section, id.as_deref(), chain)?,
        },
        Route::CvPreview => ProfileScreen::Cv {
            cv: cv_view(app, chain)?,
        },
        _ => ProfileScreen::Overview {
            profile: overview(app, chain)?,
        },
    };
    Ok((title, Screen::Profile { screen }))
}

fn heading_key(section: ProfileSection) -> &'static str {
    match section {
        ProfileSection::Personal => "cv-personal",
        ProfileSection::Availability => "profile-availability",
        ProfileSection::Language => "profile-languages",
        ProfileSection::Experience => "profile-experience",
        ProfileSection::Education => "profile-education",
        ProfileSection::Skill => "profile-skills",
        ProfileSection::Certificate => "profile-certificates",
    }
}

fn language_name(code: &str, chain: &[String]) -> String {
    let key = format!("language-{code}");
    let name = Catalogue::get().t(chain, &key, &[]);
    // A language the catalogue cannot name is shown by the code the person chose.
    if name.locale.is_empty() || name.text == key {
        code.to_owned()
    } else {
        name.text
    }
}

/// "2019-03 – 2021-06", "2019 –", as written: dates the person typed are not reformatted
/// (cheap, and the CV shows them formatted).
fn period(start: Option<String>, end: Option<String>) -> String {
    match (start, end) {
        (None, None) => String::new(),
        (Some(s), None) => format!("{s} –"),
        (None, Some(e)) => format!("– {e}"),
        (Some(s), Some(e)) => format!("{s} – {e}"),
    }
}

fn joined(parts: &[&str]) -> String {
    parts
        .iter()
        .filter(|p| !p.trim().is_empty())
        .copied()
        .collect::<Vec<_>>()
        .join(" · ")
}

fn overview(app: &App, chain: &[String]) -> Result<ProfileOverview> {
    let catalogue = Catalogue::get();
    let t = |key: &str| catalogue.t(chain, key, &[]);
    let profile = Diary::new(app.store.clone()).profile()?;
    let link = |section: ProfileSection, id: Option<&str>| {
        Route::EditProfile {
            section,
            id: id.map(str::to_owned),
        }
        .to_link()
    };
    let mut sections = Vec::new();
    for &section in ProfileSection::ALL {
        let mut entries = Vec::new();
        match section {
            ProfileSection::Personal => {
                let p = &profile.personal;
                if p != &PersonalDetails::default() {
                    entries.push(ProfileEntry {
                        title: p.full_name.clone(),
                        detail: joined(&[&p.email, &p.phone, &p.city]),
                        badges: Vec::new(),
                        link: link(section, None),
                    });
                }
            }
            ProfileSection::Availability => {
                let a = &profile.availability;
                if a != &Availability::default() {
                    let mut badges = Vec::new();
                    if let Some(hours) = a.hours_per_week {
                        badges.push(catalogue.t(
                            chain,
                            "cv-hours-per-week",
                            &[NamedArg {
                                name: "hours".into(),
                                value: Arg::Number(f64::from(hours)),
                            }],
                        ));
                    }
                    badges.extend(a.shifts.iter().map(|s| t(&s.label_key())));
                    if let Some(transport) = a.transport {
                        badges.push(t(&transport.label_key()));
                    }
                    entries.push(ProfileEntry {
                        title: String::new(),
                        detail: opt(&a.available_from),
                        badges,
                        link: link(section, None),
                    });
                }
            }
            ProfileSection::Language => {
                entries.extend(profile.languages.iter().map(|l| {
                    let d = &l.details;
                    let levels: Vec<&str> = [
                        d.listening,
                        d.reading,
                        d.spoken_interaction,
                        d.spoken_production,
                        d.writing,
                    ]
                    .iter()
                    .flatten()
                    .map(|l| l.code())
                    .collect();
                    ProfileEntry {
                        title: language_name(&d.language, chain),
                        detail: levels.join(" "),
                        badges: if d.mother_tongue {
                            vec![t("profile-mother-tongue")]
                        } else {
                            Vec::new()
                        },
                        link: link(section, Some(&l.id)),
                    }
                }));
            }
            ProfileSection::Experience => {
                entries.extend(profile.experiences.iter().map(|e| {
                    let d = &e.details;
                    let when = period(d.start_month.clone(), d.end_month.clone());
                    ProfileEntry {
                        title: d.role.clone(),
                        detail: joined(&[&d.employer, &d.city, &when]),
                        badges: Vec::new(),
                        link: link(section, Some(&e.id)),
                    }
                }));
            }
            ProfileSection::Education => {
                entries.extend(profile.education.iter().map(|e| {
                    let d = &e.details;
                    let when = period(
                        d.start_year.map(|y| y.to_string()),
                        d.end_year.map(|y| y.to_string()),
                    );
                    ProfileEntry {
                        title: d.title.clone(),
                        detail: joined(&[&d.institution, &d.country, &when]),
                        badges: vec![t(&d.recognition.label_key())],
                        link: link(section, Some(&e.id)),
                    }
                }));
            }
            ProfileSection::Skill => {
                entries.extend(profile.skills.iter().map(|s| ProfileEntry {
                    title: s.details.text.clone(),
                    detail: String::new(),
                    badges: Vec::new(),
                    link: link(section, Some(&s.id)),
                }));
            }
            ProfileSection::Certificate => {
                entries.extend(profile.certificates.iter().map(|c| {
                    let d = &c.details;
                    let when = period(d.issued_on.clone(), d.expires_on.clone());
                    ProfileEntry {
                        title: d.name.clone(),
                        detail: joined(&[&d.issuer, &when]),
                        badges: Vec::new(),
                        link: link(section, Some(&c.id)),
                    }
                }));
            }
        }
        let hint = entries
            .is_empty()
            .then(|| t(&format!("profile-hint-{}", section.code())));
        let list = is_list(section);
        sections.push(ProfileSectionView {
            section,
            heading: t(heading_key(section)),
            open_form: if list {
                t(&format!("profile-add-{}", section.code()))
            } else {
                t("button-edit")
            },
            form_link: link(section, None),
            entries,
            hint,
        });
    }
    let filled = sections.iter().filter(|s| s.hint.is_none()).count();
    Ok(ProfileOverview {
        filled: catalogue.t(
            chain,
            "profile-filled",
            &[
                NamedArg {
                    name: "filled".into(),
                    value: Arg::Number(filled as f64),
                },
                NamedArg {
                    name: "total".into(),
                    value: Arg::Number(sections.len() as f64),
                },
            ],
        ),
        sections,
        cv: t("cv-export"),
        cv_link: Route::CvPreview.to_link(),
    })
}

fn choices_of(
    section: ProfileSection,
    code: &str,
    value: &str,
    chain: &[String],
) -> Vec<FieldChoice> {
    let t = |key: &str| Catalogue::get().t(chain, key, &[]);
    let selected: Vec<&str> = value.split(',').map(str::trim).collect();
    let choice = |code: String, label: Localized| FieldChoice {
        selected: selected.contains(&code.as_str()),
        code,
        label,
    };
    // "Not said" first, for the optional single choices.
    let not_said = || choice(String::new(), t("profile-not-said"));
    match (section, code) {
        (ProfileSection::Availability, "shifts") => Shift::ALL
            .iter()
            .map(|s| choice(s.code().into(), t(&s.label_key())))
            .collect(),
        (ProfileSection::Availability, "transport") => std::iter::once(not_said())
            .chain(
                Transport::ALL
                    .iter()
                    .map(|v| choice(v.code().into(), t(&v.label_key()))),
            )
            .collect(),
        (ProfileSection::Language, "language") => {
            let mut codes: Vec<&str> = LANGUAGE_CODES.to_vec();
            // A language typed elsewhere (a tutor's sync) stays selectable.
            if !value.is_empty() && !codes.contains(&value) {
                codes.push(value);
            }
            codes
                .into_iter()
                .map(|c| FieldChoice {
                    code: c.to_owned(),
                    label: Localized {
                        text: language_name(c, chain),
                        ..t(&format!("language-{c}"))
                    },
                    selected: c == value,
                })
                .collect()
        }
        (ProfileSection::Language, _) => std::iter::once(not_said())
            .chain(CefrLevel::ALL.iter().map(|l| {
                choice(
                    l.code().into(),
                    t(&format!("profile-level-{}", l.code().to_lowercase())),
                )
            }))
            .collect(),
        (ProfileSection::Education, "eqf_level") => std::iter::once(not_said())
            .chain((1..=8).map(|n: u8| {
                choice(
                    n.to_string(),
                    Catalogue::get().t(
                        chain,
                        "cv-eqf-level",
                        &[NamedArg {
                            name: "level".into(),
                            value: Arg::Number(f64::from(n)),
                        }],
                    ),
                )
            }))
            .collect(),
        (ProfileSection::Education, "recognition") => Recognition::ALL
            .iter()
            .map(|r| choice(r.code().into(), t(&r.label_key())))
            .collect(),
        _ => Vec::new(),
    }
}

fn form_view(
    app: &App,
    route: &Route,
    section: ProfileSection,
    id: Option<&str>,
    chain: &[String],
) -> Result<ProfileForm> {
    let t = |key: &str| Catalogue::get().t(chain, key, &[]);
    let draft = match load_draft(app, route)? {
        Some(draft) => draft,
        None => Draft {
            values: stored_values(&Diary::new(app.store.clone()).profile()?, section, id),
            ..Draft::default()
        },
    };
    let fields = field_specs(section)
        .iter()
        .map(|&(code, label, kind)| {
            let mut value = draft.values.get(code).cloned().unwrap_or_default();
            // A new education starts at "not known" rather than no choice at all.
            if code == "recognition" && value.is_empty() {
                value = Recognition::Unknown.code().into();
            }
            FormField {
                code: code.to_owned(),
                label: t(label),
                kind,
                choices: choices_of(section, code, &value, chain),
                hint: match kind {
                    FieldKind::Date => Some(t("profile-format-date")),
                    FieldKind::Month => Some(t("profile-format-month")),
                    FieldKind::Year => Some(t("profile-format-year")),
                    _ => None,
                },
                error: draft
                    .error
                    .as_ref()
                    .filter(|(field, _)| field == code)
                    .map(|(_, key)| field_message(key, chain)),
                value,
            }
        })
        .collect();
    let existing = is_list(section) && id.is_some();
    Ok(ProfileForm {
        section,
        id: id.map(str::to_owned),
        heading: t(heading_key(section)),
        fields,
        save: t("button-save"),
        discard: t("profile-discard"),
        delete: existing.then(|| t("button-delete")),
        confirm_delete: (existing && draft.confirm_delete).then(|| t("profile-delete-confirm")),
        cancel: t("button-cancel"),
    })
}

fn cv_view(app: &App, chain: &[String]) -> Result<CvPreview> {
    let catalogue = Catalogue::get();
    let (first, second) = cv_languages(app, chain)?;
    let diary = Diary::new(app.store.clone());
    let empty = diary.profile()? == Profile::default();
    let html = diary.profile_side_by_side_html(&first, &second)?;
    let languages = crate::i18n::languages();
    let choices = |chosen: &str| {
        languages
            .iter()
            .map(|l| LanguageChoice {
                code: l.code.clone(),
                native_name: l.native_name.clone(),
                direction: l.direction,
                selected: l.code == chosen,
            })
            .collect()
    };
    let second_name = languages
        .iter()
        .find(|l| l.code == second)
        .map(|_| language_name(&second, chain))
        .unwrap_or_else(|| second.clone());
    Ok(CvPreview {
        html,
        first_choices: choices(&first),
        second_choices: choices(&second),
        first_label: catalogue.t(chain, "profile-cv-your-language", &[]),
        second_label: catalogue.t(chain, "profile-cv-employer-language", &[]),
        share: catalogue.t(
            chain,
            "profile-cv-share",
            &[NamedArg {
                name: "language".into(),
                value: Arg::Text(second_name),
            }],
        ),
        empty: empty.then(|| catalogue.t(chain, "profile-cv-empty", &[])),
        first_language: first,
        second_language: second,
    })
}

#[cfg(test)]
#[path = "profile_tests.rs"]
mod tests;
