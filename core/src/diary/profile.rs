//! The skills profile (bilancio delle competenze): personal details, languages with CEFR
//! levels, work experience, education, skills, licences and certificates, availability.
//! The CV is built from it (see `cv`).

use rusqlite::types::Value;
use rusqlite::{params, OptionalExtension, Row};

use super::codes::{shifts_from_text, shifts_to_text};
use super::{line, new_id, note, touched, CefrLevel, Diary, Recognition, Shift, Transport};
use crate::error::{Error, InvalidReason, Result};
use crate::fields::{
    AvailabilityField, CertificateField, EducationField, ExperienceField, LanguageField,
    PersonalField, SkillField,
};
use crate::time::{check_optional_date, check_optional_month, now_ms};

#[derive(Debug, Clone, PartialEq, Eq, Default)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
pub struct PersonalDetails {
    #[cfg_attr(feature = "uniffi", uniffi(default))]
    pub full_name: String,
    #[cfg_attr(feature = "uniffi", uniffi(default))]
    pub email: String,
    #[cfg_attr(feature = "uniffi", uniffi(default))]
    pub phone: String,
    #[cfg_attr(feature = "uniffi", uniffi(default))]
    pub city: String,
    /// A few lines about the person, for the top of the CV.
    #[cfg_attr(feature = "uniffi", uniffi(default))]
    pub summary: String,
}

#[derive(Debug, Clone, PartialEq, Eq, Default)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
pub struct Availability {
    #[cfg_attr(feature = "uniffi", uniffi(default))]
    pub hours_per_week: Option<u32>,
    #[cfg_attr(feature = "uniffi", uniffi(default))]
    pub shifts: Vec<Shift>,
    /// How far the person can travel to work, in km.
    #[cfg_attr(feature = "uniffi", uniffi(default))]
    pub max_travel_km: Option<u32>,
    #[cfg_attr(feature = "uniffi", uniffi(default))]
    pub transport: Option<Transport>,
    /// ISO date from which the person can start.
    #[cfg_attr(feature = "uniffi", uniffi(default))]
    pub available_from: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Eq, Default)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
pub struct LanguageSkillDetails {
    /// BCP 47 code: "ar", "ti", "fr", "it"...
    pub language: String,
    #[cfg_attr(feature = "uniffi", uniffi(default))]
    pub mother_tongue: bool,
    #[cfg_attr(feature = "uniffi", uniffi(default))]
    pub listening: Option<CefrLevel>,
    #[cfg_attr(feature = "uniffi", uniffi(default))]
    pub reading: Option<CefrLevel>,
    #[cfg_attr(feature = "uniffi", uniffi(default))]
    pub spoken_interaction: Option<CefrLevel>,
    #[cfg_attr(feature = "uniffi", uniffi(default))]
    pub spoken_production: Option<CefrLevel>,
    #[cfg_attr(feature = "uniffi", uniffi(default))]
    pub writing: Option<CefrLevel>,
}

#[derive(Debug, Clone, PartialEq, Eq, Default)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
pub struct WorkExperienceDetails {
    pub role: String,
    #[cfg_attr(feature = "uniffi", uniffi(default))]
    pub employer: String,
    #[cfg_attr(feature = "uniffi", uniffi(default))]
    pub sector: String,
    /// As the person writes it; Italy or abroad.
    #[cfg_attr(feature = "uniffi", uniffi(default))]
    pub country: String,
    #[cfg_attr(feature = "uniffi", uniffi(default))]
    pub city: String,
    /// `YYYY-MM`.
    #[cfg_attr(feature = "uniffi", uniffi(default))]
    pub start_month: Option<String>,
    /// `YYYY-MM`; `None` while it goes on.
    #[cfg_attr(feature = "uniffi", uniffi(default))]
    pub end_month: Option<String>,
    #[cfg_attr(feature = "uniffi", uniffi(default))]
    pub tasks: String,
}

#[derive(Debug, Clone, PartialEq, Eq)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
pub struct EducationDetails {
    pub title: String,
    #[cfg_attr(feature = "uniffi", uniffi(default))]
    pub institution: String,
    /// European Qualifications Framework level, 1 to 8.
    #[cfg_attr(feature = "uniffi", uniffi(default))]
    pub eqf_level: Option<u8>,
    #[cfg_attr(feature = "uniffi", uniffi(default))]
    pub country: String,
    #[cfg_attr(feature = "uniffi", uniffi(default))]
    pub start_year: Option<u16>,
    #[cfg_attr(feature = "uniffi", uniffi(default))]
    pub end_year: Option<u16>,
    pub recognition: Recognition,
}

#[derive(Debug, Clone, PartialEq, Eq, Default)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
pub struct SkillDetails {
    pub text: String,
    /// The matching ESCO skill, when the person or tutor picked one.
    #[cfg_attr(feature = "uniffi", uniffi(default))]
    pub esco_uri: Option<String>,
}

/// A licence or certificate: driving licence, HACCP, safety at work, forklift...
#[derive(Debug, Clone, PartialEq, Eq, Default)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
pub struct CertificateDetails {
    pub name: String,
    #[cfg_attr(feature = "uniffi", uniffi(default))]
    pub issuer: String,
    #[cfg_attr(feature = "uniffi", uniffi(default))]
    pub issued_on: Option<String>,
    #[cfg_attr(feature = "uniffi", uniffi(default))]
    pub expires_on: Option<String>,
}

impl EducationDetails {
    /// A title and its recognition; the rest empty or unknown, as the bindings' defaults.
    pub fn new(title: impl Into<String>, recognition: Recognition) -> Self {
        EducationDetails {
            title: title.into(),
            institution: String::new(),
            eqf_level: None,
            country: String::new(),
            start_year: None,
            end_year: None,
            recognition,
        }
    }
}

macro_rules! with_id {
    ($($record:ident($details:ident)),+) => {$(
        #[derive(Debug, Clone, PartialEq, Eq)]
        #[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
        pub struct $record {
            pub id: String,
            pub details: $details,
        }
    )+};
}
with_id!(
    LanguageSkill(LanguageSkillDetails),
    WorkExperience(WorkExperienceDetails),
    Education(EducationDetails),
    Skill(SkillDetails),
    Certificate(CertificateDetails)
);

#[derive(Debug, Clone, PartialEq, Eq, Default)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
pub struct Profile {
    pub personal: PersonalDetails,
    pub availability: Availability,
    /// Mother tongues first, then the others in the order they were added.
    pub languages: Vec<LanguageSkill>,
    /// The most recent first.
    pub experiences: Vec<WorkExperience>,
    /// The most recent first.
    pub education: Vec<Education>,
    pub skills: Vec<Skill>,
    pub certificates: Vec<Certificate>,
}

/// The profile's parts that travel as records of their own when the person shares the
/// profile (see `sync::records`): the section's name on the wire, its table and columns.
pub(crate) const SHARED_SECTIONS: [(&str, &str, &[&str]); 5] = [
    (
        "language",
        LanguageSkillDetails::TABLE,
        LanguageSkillDetails::COLUMNS,
    ),
    (
        "experience",
        WorkExperienceDetails::TABLE,
        WorkExperienceDetails::COLUMNS,
    ),
    (
        "education",
        EducationDetails::TABLE,
        EducationDetails::COLUMNS,
    ),
    ("skill", SkillDetails::TABLE, SkillDetails::COLUMNS),
    (
        "certificate",
        CertificateDetails::TABLE,
        CertificateDetails::COLUMNS,
    ),
];

/// The personal details' and availability's columns (the profile's single row), shared as
/// the record `details`.
pub(crate) const SHARED_DETAILS: &[&str] = &[
    "full_name",
    "email",
    "phone",
    "city",
    "summary",
    "hours_per_week",
    "shifts",
    "max_travel_km",
    "transport",
    "available_from",
];

/// A list section of the profile, stored in its own table.
trait Section: Sized {
    const TABLE: &'static str;
    const WHAT: &'static str;
    /// The columns after `id`, before `updated_at`.
    const COLUMNS: &'static [&'static str];
    const ORDER: &'static str;
    fn checked(&self) -> Result<Self>;
    fn values(&self) -> Vec<Value>;
    /// Reads the columns, starting at index 1 (index 0 is the id).
    fn from_row(row: &Row<'_>) -> rusqlite::Result<Self>;
}

fn opt_text<T: Into<String>>(v: Option<T>) -> Value {
    v.map_or(Value::Null, |t| Value::Text(t.into()))
}
fn opt_int<T: Into<i64>>(v: Option<T>) -> Value {
    v.map_or(Value::Null, |n| Value::Integer(n.into()))
}
fn level(v: Option<CefrLevel>) -> Value {
    opt_text(v.map(CefrLevel::code))
}

impl Section for LanguageSkillDetails {
    const TABLE: &'static str = "profile_language";
    const WHAT: &'static str = "language";
    const COLUMNS: &'static [&'static str] = &[
        "language",
        "mother_tongue",
        "listening",
        "reading",
        "spoken_interaction",
        "spoken_production",
        "writing",
    ];
    const ORDER: &'static str = "mother_tongue DESC, rowid";
    fn checked(&self) -> Result<Self> {
        let language = self
            .language
            .trim()
            .parse::<unic_langid::LanguageIdentifier>()
            .ok()
            .filter(|id| !id.language.is_empty())
            .ok_or_else(|| Error::invalid(LanguageField::Language, InvalidReason::OutOfRange))?
            .to_string();
        Ok(LanguageSkillDetails {
            language,
            ..self.clone()
        })
    }
    fn values(&self) -> Vec<Value> {
        vec![
            Value::Text(self.language.clone()),
            Value::Integer(self.mother_tongue.into()),
            level(self.listening),
            level(self.reading),
            level(self.spoken_interaction),
            level(self.spoken_production),
            level(self.writing),
        ]
    }
    fn from_row(r: &Row<'_>) -> rusqlite::Result<Self> {
        Ok(LanguageSkillDetails {
            language: r.get(1)?,
            mother_tongue: r.get(2)?,
            listening: r.get(3)?,
            reading: r.get(4)?,
            spoken_interaction: r.get(5)?,
            spoken_production: r.get(6)?,
            writing: r.get(7)?,
        })
    }
}

impl Section for WorkExperienceDetails {
    const TABLE: &'static str = "work_experience";
    const WHAT: &'static str = "work experience";
    const COLUMNS: &'static [&'static str] = &[
        "role",
        "employer",
        "sector",
        "country",
        "city",
        "start_month",
        "end_month",
        "tasks",
    ];
    const ORDER: &'static str = "end_month IS NOT NULL, end_month DESC, start_month DESC";
    fn checked(&self) -> Result<Self> {
        let start_month = check_optional_month(ExperienceField::StartMonth, &self.start_month)?;
        let end_month = check_optional_month(ExperienceField::EndMonth, &self.end_month)?;
        if let (Some(start), Some(end)) = (&start_month, &end_month) {
            if end < start {
                return Err(Error::invalid(
                    ExperienceField::EndMonth,
                    InvalidReason::EndBeforeStart,
                ));
            }
        }
        Ok(WorkExperienceDetails {
            role: line(ExperienceField::Role, &self.role, true)?,
            employer: line(ExperienceField::Employer, &self.employer, false)?,
            sector: line(ExperienceField::Sector, &self.sector, false)?,
            country: line(ExperienceField::Country, &self.country, false)?,
            city: line(ExperienceField::City, &self.city, false)?,
            start_month,
            end_month,
            tasks: note(ExperienceField::Tasks, &self.tasks)?,
        })
    }
    fn values(&self) -> Vec<Value> {
        vec![
            Value::Text(self.role.clone()),
            Value::Text(self.employer.clone()),
            Value::Text(self.sector.clone()),
            Value::Text(self.country.clone()),
            Value::Text(self.city.clone()),
            opt_text(self.start_month.clone()),
            opt_text(self.end_month.clone()),
            Value::Text(self.tasks.clone()),
        ]
    }
    fn from_row(r: &Row<'_>) -> rusqlite::Result<Self> {
        Ok(WorkExperienceDetails {
            role: r.get(1)?,
            employer: r.get(2)?,
            sector: r.get(3)?,
            country: r.get(4)?,
            city: r.get(5)?,
            start_month: r.get(6)?,
            end_month: r.get(7)?,
            tasks: r.get(8)?,
        })
    }
}

impl Section for EducationDetails {
    const TABLE: &'static str = "education";
    const WHAT: &'static str = "education";
    const COLUMNS: &'static [&'static str] = &[
        "title",
        "institution",
        "eqf_level",
        "country",
        "start_year",
        "end_year",
        "recognition",
    ];
    const ORDER: &'static str = "end_year IS NOT NULL, end_year DESC, start_year DESC";
    fn checked(&self) -> Result<Self> {
        if self.eqf_level.is_some_and(|l| !(1..=8).contains(&l)) {
            return Err(Error::invalid(
                EducationField::EqfLevel,
                InvalidReason::OutOfRange,
            ));
        }
        for (field, year) in [
            (EducationField::StartYear, self.start_year),
            (EducationField::EndYear, self.end_year),
        ] {
            if year.is_some_and(|y| !(1900..=2200).contains(&y)) {
                return Err(Error::invalid(field, InvalidReason::BadDate));
            }
        }
        if let (Some(start), Some(end)) = (self.start_year, self.end_year) {
            if end < start {
                return Err(Error::invalid(
                    EducationField::EndYear,
                    InvalidReason::EndBeforeStart,
                ));
            }
        }
        Ok(EducationDetails {
            title: line(EducationField::Title, &self.title, true)?,
            institution: line(EducationField::Institution, &self.institution, false)?,
            country: line(EducationField::Country, &self.country, false)?,
            ..self.clone()
        })
    }
    fn values(&self) -> Vec<Value> {
        vec![
            Value::Text(self.title.clone()),
            Value::Text(self.institution.clone()),
            opt_int(self.eqf_level),
            Value::Text(self.country.clone()),
            opt_int(self.start_year),
            opt_int(self.end_year),
            Value::Text(self.recognition.code().into()),
        ]
    }
    fn from_row(r: &Row<'_>) -> rusqlite::Result<Self> {
        Ok(EducationDetails {
            title: r.get(1)?,
            institution: r.get(2)?,
            eqf_level: r.get(3)?,
            country: r.get(4)?,
            start_year: r.get(5)?,
            end_year: r.get(6)?,
            recognition: r.get(7)?,
        })
    }
}

impl Section for SkillDetails {
    const TABLE: &'static str = "skill";
    const WHAT: &'static str = "skill";
    const COLUMNS: &'static [&'static str] = &["text", "esco_uri"];
    const ORDER: &'static str = "rowid";
    fn checked(&self) -> Result<Self> {
        let esco_uri = match self.esco_uri.as_deref().map(str::trim) {
            None | Some("") => None,
            Some(uri) if uri.starts_with("http://data.europa.eu/esco/") && uri.len() <= MAX_URI => {
                Some(uri.to_owned())
            }
            Some(_) => {
                return Err(Error::invalid(
                    SkillField::EscoUri,
                    InvalidReason::OutOfRange,
                ))
            }
        };
        Ok(SkillDetails {
            text: line(SkillField::Text, &self.text, true)?,
            esco_uri,
        })
    }
    fn values(&self) -> Vec<Value> {
        vec![
            Value::Text(self.text.clone()),
            opt_text(self.esco_uri.clone()),
        ]
    }
    fn from_row(r: &Row<'_>) -> rusqlite::Result<Self> {
        Ok(SkillDetails {
            text: r.get(1)?,
            esco_uri: r.get(2)?,
        })
    }
}

const MAX_URI: usize = 200;

impl Section for CertificateDetails {
    const TABLE: &'static str = "certificate";
    const WHAT: &'static str = "certificate";
    const COLUMNS: &'static [&'static str] = &["name", "issuer", "issued_on", "expires_on"];
    const ORDER: &'static str = "issued_on IS NULL, issued_on DESC, rowid";
    fn checked(&self) -> Result<Self> {
        let issued_on = check_optional_date(CertificateField::IssuedOn, &self.issued_on)?;
        let expires_on = check_optional_date(CertificateField::ExpiresOn, &self.expires_on)?;
        if let (Some(issued), Some(expires)) = (&issued_on, &expires_on) {
            if expires < issued {
                return Err(Error::invalid(
                    CertificateField::ExpiresOn,
                    InvalidReason::EndBeforeStart,
                ));
            }
        }
        Ok(CertificateDetails {
            name: line(CertificateField::Name, &self.name, true)?,
            issuer: line(CertificateField::Issuer, &self.issuer, false)?,
            issued_on,
            expires_on,
        })
    }
    fn values(&self) -> Vec<Value> {
        vec![
            Value::Text(self.name.clone()),
            Value::Text(self.issuer.clone()),
            opt_text(self.issued_on.clone()),
            opt_text(self.expires_on.clone()),
        ]
    }
    fn from_row(r: &Row<'_>) -> rusqlite::Result<Self> {
        Ok(CertificateDetails {
            name: r.get(1)?,
            issuer: r.get(2)?,
            issued_on: r.get(3)?,
            expires_on: r.get(4)?,
        })
    }
}

impl Diary {
    fn add_section<T: Section>(&self, details: &T) -> Result<(String, T)> {
        let details = details.checked()?;
        let mut values = details.values();
        values.push(Value::Integer(now_ms()));
        let id = new_id();
        self.store.write(|tx| {
            let marks: Vec<String> = (1..=T::COLUMNS.len() + 2)
                .map(|i| format!("?{i}"))
                .collect();
            let sql = format!(
                "INSERT INTO {} (id, {}, updated_at) VALUES ({})",
                T::TABLE,
                T::COLUMNS.join(", "),
                marks.join(", ")
            );
            let all = std::iter::once(Value::Text(id.clone())).chain(values);
            tx.execute(&sql, rusqlite::params_from_iter(all))?;
            Ok((id, details))
        })
    }

    fn update_section<T: Section>(&self, id: &str, details: &T) -> Result<(String, T)> {
        let details = details.checked()?;
        let mut values = details.values();
        values.push(Value::Integer(now_ms()));
        self.store.write(|tx| {
            let sets: Vec<String> = T::COLUMNS
                .iter()
                .enumerate()
                .map(|(i, c)| format!("{c} = ?{}", i + 2))
                .collect();
            let sql = format!(
                "UPDATE {} SET {}, updated_at = ?{} WHERE id = ?1",
                T::TABLE,
                sets.join(", "),
                T::COLUMNS.len() + 2
            );
            let all = std::iter::once(Value::Text(id.to_owned())).chain(values);
            touched(
                tx.execute(&sql, rusqlite::params_from_iter(all))?,
                T::WHAT,
                id,
            )?;
            Ok((id.to_owned(), details))
        })
    }

    fn delete_section<T: Section>(&self, id: &str) -> Result<()> {
        self.store.write(|tx| {
            touched(
                tx.execute(&format!("DELETE FROM {} WHERE id = ?1", T::TABLE), [id])?,
                T::WHAT,
                id,
            )
        })
    }

    /// Adds a language to the profile.
    pub fn add_language(&self, details: &LanguageSkillDetails) -> Result<LanguageSkill> {
        self.add_section(details)
            .map(|(id, details)| LanguageSkill { id, details })
    }
    /// Replaces a language of the profile.
    pub fn update_language(
        &self,
        id: &str,
        details: &LanguageSkillDetails,
    ) -> Result<LanguageSkill> {
        self.update_section(id, details)
            .map(|(id, details)| LanguageSkill { id, details })
    }
    pub fn delete_language(&self, id: &str) -> Result<()> {
        self.delete_section::<LanguageSkillDetails>(id)
    }
    /// Adds a work experience to the profile.
    pub fn add_experience(&self, details: &WorkExperienceDetails) -> Result<WorkExperience> {
        self.add_section(details)
            .map(|(id, details)| WorkExperience { id, details })
    }
    /// Replaces a work experience of the profile.
    pub fn update_experience(
        &self,
        id: &str,
        details: &WorkExperienceDetails,
    ) -> Result<WorkExperience> {
        self.update_section(id, details)
            .map(|(id, details)| WorkExperience { id, details })
    }
    pub fn delete_experience(&self, id: &str) -> Result<()> {
        self.delete_section::<WorkExperienceDetails>(id)
    }
    /// Adds an education entry to the profile.
    pub fn add_education(&self, details: &EducationDetails) -> Result<Education> {
        self.add_section(details)
            .map(|(id, details)| Education { id, details })
    }
    /// Replaces an education entry of the profile.
    pub fn update_education(&self, id: &str, details: &EducationDetails) -> Result<Education> {
        self.update_section(id, details)
            .map(|(id, details)| Education { id, details })
    }
    pub fn delete_education(&self, id: &str) -> Result<()> {
        self.delete_section::<EducationDetails>(id)
    }
    /// Adds a skill to the profile.
    pub fn add_skill(&self, details: &SkillDetails) -> Result<Skill> {
        self.add_section(details)
            .map(|(id, details)| Skill { id, details })
    }
    /// Replaces a skill of the profile.
    pub fn update_skill(&self, id: &str, details: &SkillDetails) -> Result<Skill> {
        self.update_section(id, details)
            .map(|(id, details)| Skill { id, details })
    }
    pub fn delete_skill(&self, id: &str) -> Result<()> {
        self.delete_section::<SkillDetails>(id)
    }
    /// Adds a licence or certificate to the profile.
    pub fn add_certificate(&self, details: &CertificateDetails) -> Result<Certificate> {
        self.add_section(details)
            .map(|(id, details)| Certificate { id, details })
    }
    /// Replaces a licence or certificate of the profile.
    pub fn update_certificate(
        &self,
        id: &str,
        details: &CertificateDetails,
    ) -> Result<Certificate> {
        self.update_section(id, details)
            .map(|(id, details)| Certificate { id, details })
    }
    pub fn delete_certificate(&self, id: &str) -> Result<()> {
        self.delete_section::<CertificateDetails>(id)
    }

    /// Sets the personal details. The profile has one set of them (and one availability), so
    /// there is nothing to add or update by id: `set_*` replaces the whole record.
    pub fn set_personal_details(&self, details: &PersonalDetails) -> Result<()> {
        let d = PersonalDetails {
            full_name: line(PersonalField::FullName, &details.full_name, false)?,
            email: line(PersonalField::Email, &details.email, false)?,
            phone: line(PersonalField::Phone, &details.phone, false)?,
            city: line(PersonalField::City, &details.city, false)?,
            summary: note(PersonalField::Summary, &details.summary)?,
        };
        self.store.write(|tx| {
            tx.execute(
                "INSERT INTO profile (id, full_name, email, phone, city, summary, updated_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)
                 ON CONFLICT (singleton) DO UPDATE SET full_name = ?2, email = ?3, phone = ?4, city = ?5, summary = ?6, updated_at = ?7",
                params![new_id(), d.full_name, d.email, d.phone, d.city, d.summary, now_ms()],
            )?;
            Ok(())
        })
    }

    /// Sets the availability, the profile's single record (see `set_personal_details`).
    pub fn set_availability(&self, a: &Availability) -> Result<()> {
        let available_from =
            check_optional_date(AvailabilityField::AvailableFrom, &a.available_from)?;
        if a.hours_per_week.is_some_and(|h| h > 80) {
            return Err(Error::invalid(
                AvailabilityField::HoursPerWeek,
                InvalidReason::OutOfRange,
            ));
        }
        if a.max_travel_km.is_some_and(|km| km > 1000) {
            return Err(Error::invalid(
                AvailabilityField::MaxTravelKm,
                InvalidReason::OutOfRange,
            ));
        }
        let transport = a.transport.map(Transport::code).unwrap_or("");
        self.store.write(|tx| {
            tx.execute(
                "INSERT INTO profile (id, hours_per_week, shifts, max_travel_km, transport, available_from, updated_at)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)
                 ON CONFLICT (singleton) DO UPDATE SET hours_per_week = ?2, shifts = ?3, max_travel_km = ?4,
                     transport = ?5, available_from = ?6, updated_at = ?7",
                params![new_id(), a.hours_per_week, shifts_to_text(&a.shifts), a.max_travel_km, transport, available_from, now_ms()],
            )?;
            Ok(())
        })
    }

    pub fn profile(&self) -> Result<Profile> {
        self.store.read(|conn| {
            let head = conn
                .query_row(
                    "SELECT full_name, email, phone, city, summary, hours_per_week, shifts, max_travel_km, transport, available_from
                     FROM profile",
                    [],
                    |r| {
                        Ok((
                            PersonalDetails { full_name: r.get(0)?, email: r.get(1)?, phone: r.get(2)?, city: r.get(3)?, summary: r.get(4)? },
                            r.get::<_, Option<u32>>(5)?,
                            r.get::<_, String>(6)?,
                            r.get::<_, Option<u32>>(7)?,
                            r.get::<_, String>(8)?,
                            r.get::<_, Option<String>>(9)?,
                        ))
                    },
                )
                .optional()?;
            let (personal, availability) = match head {
                None => Default::default(),
                Some((personal, hours_per_week, shifts, max_travel_km, transport, available_from)) => (
                    personal,
                    Availability {
                        hours_per_week,
                        shifts: shifts_from_text(&shifts)?,
                        max_travel_km,
                        transport: Transport::from_code(&transport),
                        available_from,
                    },
                ),
            };
            Ok(Profile {
                personal,
                availability,
                languages: list(conn)?.into_iter().map(|(id, details)| LanguageSkill { id, details }).collect(),
                experiences: list(conn)?.into_iter().map(|(id, details)| WorkExperience { id, details }).collect(),
                education: list(conn)?.into_iter().map(|(id, details)| Education { id, details }).collect(),
                skills: list(conn)?.into_iter().map(|(id, details)| Skill { id, details }).collect(),
                certificates: list(conn)?.into_iter().map(|(id, details)| Certificate { id, details }).collect(),
            })
        })
    }
}

fn list<T: Section>(conn: &rusqlite::Connection) -> Result<Vec<(String, T)>> {
    let sql = format!(
        "SELECT id, {} FROM {} ORDER BY {}",
        T::COLUMNS.join(", "),
        T::TABLE,
        T::ORDER
    );
    let mut stmt = conn.prepare_cached(&sql)?;
    let rows = stmt.query_map([], |row| Ok((row.get(0)?, T::from_row(row)?)))?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}

#[cfg(test)]
pub(crate) mod tests {
    use super::super::test_support::*;
    use super::*;

    /// A profile like the ones tutors fill in with a newcomer.
    pub(crate) fn fill_profile(diary: &Diary) {
        diary
            .set_personal_details(&PersonalDetails {
                full_name: "Amina Yusuf".into(),
                email: "amina@example.org".into(),
                phone: "+39 333 000 0000".into(),
                city: "Bologna".into(),
                summary: "Cuoca con esperienza in ristoranti e mense.".into(),
            })
            .unwrap();
        diary
            .add_language(&LanguageSkillDetails {
                language: "it".into(),
                mother_tongue: false,
                listening: Some(CefrLevel::B1),
                reading: Some(CefrLevel::A2),
                spoken_interaction: Some(CefrLevel::B1),
                spoken_production: Some(CefrLevel::A2),
                writing: Some(CefrLevel::A2),
            })
            .unwrap();
        diary
            .add_language(&LanguageSkillDetails {
                language: "so".into(),
                mother_tongue: true,
                listening: None,
                reading: None,
                spoken_interaction: None,
                spoken_production: None,
                writing: None,
            })
            .unwrap();
        diary
            .add_experience(&WorkExperienceDetails {
                role: "Cuoca".into(),
                employer: "Ristorante Al Porto".into(),
                sector: "Ristorazione".into(),
                country: "Italia".into(),
                city: "Bologna".into(),
                start_month: Some("2024-03".into()),
                end_month: None,
                tasks: "Preparazione primi piatti".into(),
            })
            .unwrap();
        diary
            .add_experience(&WorkExperienceDetails {
                role: "Aiuto cuoca".into(),
                employer: "Hotel Jazeera".into(),
                sector: "Hotel".into(),
                country: "Somalia".into(),
                city: "Mogadiscio".into(),
                start_month: Some("2018-01".into()),
                end_month: Some("2021-06".into()),
                tasks: String::new(),
            })
            .unwrap();
        diary
            .add_education(&EducationDetails {
                title: "Diploma di scuola secondaria".into(),
                institution: String::new(),
                eqf_level: Some(4),
                country: "Somalia".into(),
                start_year: Some(2010),
                end_year: Some(2014),
                recognition: Recognition::InProgress,
            })
            .unwrap();
        diary
            .add_skill(&SkillDetails {
                text: "Cucina halal".into(),
                esco_uri: None,
            })
            .unwrap();
        diary
            .add_certificate(&CertificateDetails {
                name: "HACCP".into(),
                issuer: "Regione Emilia-Romagna".into(),
                issued_on: Some("2024-02-10".into()),
                expires_on: None,
            })
            .unwrap();
        diary
            .set_availability(&Availability {
                hours_per_week: Some(30),
                shifts: vec![Shift::Morning, Shift::Weekend],
                max_travel_km: Some(20),
                transport: Some(Transport::Bicycle),
                available_from: None,
            })
            .unwrap();
    }

    #[test]
    fn profile_sections_are_saved_and_ordered() {
        let (_dir, diary) = diary();
        assert_eq!(diary.profile().unwrap(), Profile::default());
        fill_profile(&diary);
        let p = diary.profile().unwrap();
        assert_eq!(p.personal.full_name, "Amina Yusuf");
        assert_eq!(p.languages[0].details.language, "so", "mother tongue first");
        assert_eq!(p.experiences[0].details.role, "Cuoca", "ongoing job first");
        assert_eq!(p.availability.shifts, [Shift::Morning, Shift::Weekend]);
        assert_eq!(p.availability.transport, Some(Transport::Bicycle));
        // Availability and personal details live in the same row without erasing each other.
        diary
            .set_personal_details(&PersonalDetails {
                full_name: "Amina Y.".into(),
                ..p.personal.clone()
            })
            .unwrap();
        assert_eq!(
            diary.profile().unwrap().availability.hours_per_week,
            Some(30)
        );

        let skill = &p.skills[0];
        diary
            .update_skill(
                &skill.id,
                &SkillDetails {
                    text: "Cucina somala".into(),
                    esco_uri: None,
                },
            )
            .unwrap();
        assert_eq!(
            diary.profile().unwrap().skills[0].details.text,
            "Cucina somala"
        );
        diary.delete_skill(&skill.id).unwrap();
        assert!(diary.profile().unwrap().skills.is_empty());
        assert!(matches!(
            diary.delete_skill(&skill.id),
            Err(Error::NotFound { .. })
        ));
    }

    #[test]
    fn profile_input_is_checked() {
        let (_dir, diary) = diary();
        let exp = WorkExperienceDetails {
            role: "Muratore".into(),
            employer: String::new(),
            sector: String::new(),
            country: String::new(),
            city: String::new(),
            start_month: Some("2022-05".into()),
            end_month: Some("2021-01".into()),
            tasks: String::new(),
        };
        let err = diary.add_experience(&exp).unwrap_err();
        assert!(
            matches!(err, Error::Invalid { ref field, reason: InvalidReason::EndBeforeStart } if *field == crate::fields::Field::from(ExperienceField::EndMonth))
        );
        let edu = EducationDetails {
            title: "Laurea".into(),
            institution: String::new(),
            eqf_level: Some(9),
            country: String::new(),
            start_year: None,
            end_year: None,
            recognition: Recognition::Unknown,
        };
        assert!(
            matches!(diary.add_education(&edu), Err(Error::Invalid { ref field, .. }) if *field == crate::fields::Field::from(EducationField::EqfLevel))
        );
        let lang = LanguageSkillDetails {
            language: "not a language!".into(),
            mother_tongue: true,
            listening: None,
            reading: None,
            spoken_interaction: None,
            spoken_production: None,
            writing: None,
        };
        assert!(
            matches!(diary.add_language(&lang), Err(Error::Invalid { ref field, .. }) if *field == crate::fields::Field::from(LanguageField::Language))
        );
        let skill = SkillDetails {
            text: "Saldatura".into(),
            esco_uri: Some("https://example.com/x".into()),
        };
        assert!(
            matches!(diary.add_skill(&skill), Err(Error::Invalid { ref field, .. }) if *field == crate::fields::Field::from(SkillField::EscoUri))
        );
        let availability = Availability {
            hours_per_week: Some(100),
            ..Default::default()
        };
        assert!(
            matches!(diary.set_availability(&availability), Err(Error::Invalid { ref field, .. }) if *field == crate::fields::Field::from(AvailabilityField::HoursPerWeek))
        );
        assert_eq!(diary.profile().unwrap(), Profile::default());
    }
}
