//! Content records: authored on the coordinator, read on the phone. Unknown fields are refused,
//! so a typo in an import or a request is an error, not silently lost data.

use serde::{Deserialize, Serialize};

pub use crate::problem::{Problem, ProblemArg};

/// The fixed taxonomy of services. Each has a stable code (its serde name) and an icon id, a
/// Material Symbols name that the Android app uses as it is and the iOS app maps to an SF Symbol.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Enum))]
#[serde(rename_all = "snake_case")]
pub enum Category {
    /// Work and employment centres.
    Work,
    JobOrientation,
    ItalianCourses,
    /// Legal aid and immigration documents.
    LegalAid,
    Health,
    MentalHealth,
    Housing,
    /// Food and basic needs.
    Food,
    /// Education and diploma recognition.
    Education,
    /// Digital help and free internet.
    DigitalHelp,
    WomensSupport,
    ChildrenFamilies,
    Transport,
    /// Banking and money.
    Banking,
}

impl Category {
    pub const ALL: [Category; 14] = [
        Category::Work,
        Category::JobOrientation,
        Category::ItalianCourses,
        Category::LegalAid,
        Category::Health,
        Category::MentalHealth,
        Category::Housing,
        Category::Food,
        Category::Education,
        Category::DigitalHelp,
        Category::WomensSupport,
        Category::ChildrenFamilies,
        Category::Transport,
        Category::Banking,
    ];

    pub fn code(self) -> &'static str {
        match self {
            Category::Work => "work",
            Category::JobOrientation => "job_orientation",
            Category::ItalianCourses => "italian_courses",
            Category::LegalAid => "legal_aid",
            Category::Health => "health",
            Category::MentalHealth => "mental_health",
            Category::Housing => "housing",
            Category::Food => "food",
            Category::Education => "education",
            Category::DigitalHelp => "digital_help",
            Category::WomensSupport => "womens_support",
            Category::ChildrenFamilies => "children_families",
            Category::Transport => "transport",
            Category::Banking => "banking",
        }
    }

    pub fn from_code(code: &str) -> Option<Category> {
        Category::ALL.into_iter().find(|c| c.code() == code)
    }

    /// The Material Symbols name of the category's icon.
    pub fn icon(self) -> &'static str {
        match self {
            Category::Work => "work",
            Category::JobOrientation => "explore",
            Category::ItalianCourses => "translate",
            Category::LegalAid => "gavel",
            Category::Health => "local_hospital",
            Category::MentalHealth => "psychology",
            Category::Housing => "home",
            Category::Food => "restaurant",
            Category::Education => "school",
            Category::DigitalHelp => "wifi",
            Category::WomensSupport => "female",
            Category::ChildrenFamilies => "family_restroom",
            Category::Transport => "directions_bus",
            Category::Banking => "account_balance",
        }
    }

    /// The category's bit in a set of categories stored as one integer.
    pub fn bit(self) -> u32 {
        1 << Category::ALL.iter().position(|c| *c == self).unwrap_or(0)
    }
}

/// Who a service is for.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Enum))]
#[serde(rename_all = "snake_case")]
pub enum Audience {
    Everyone,
    AsylumSeekers,
    Refugees,
    Women,
    Minors,
}

impl Audience {
    pub const ALL: [Audience; 5] = [
        Audience::Everyone,
        Audience::AsylumSeekers,
        Audience::Refugees,
        Audience::Women,
        Audience::Minors,
    ];

    pub fn code(self) -> &'static str {
        match self {
            Audience::Everyone => "everyone",
            Audience::AsylumSeekers => "asylum_seekers",
            Audience::Refugees => "refugees",
            Audience::Women => "women",
            Audience::Minors => "minors",
        }
    }

    pub fn from_code(code: &str) -> Option<Audience> {
        Audience::ALL.into_iter().find(|a| a.code() == code)
    }

    pub fn bit(self) -> u32 {
        1 << Audience::ALL.iter().position(|a| *a == self).unwrap_or(0)
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Enum))]
#[serde(rename_all = "snake_case")]
pub enum ContactChannel {
    Phone,
    Whatsapp,
    Email,
    Web,
    /// Open to walk in without an appointment; the value says where or when.
    WalkIn,
}

impl ContactChannel {
    pub fn from_code(code: &str) -> Option<ContactChannel> {
        Some(match code {
            "phone" => ContactChannel::Phone,
            "whatsapp" => ContactChannel::Whatsapp,
            "email" => ContactChannel::Email,
            "web" => ContactChannel::Web,
            "walk_in" => ContactChannel::WalkIn,
            _ => return None,
        })
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Record))]
pub struct Contact {
    pub channel: ContactChannel,
    pub value: String,
}

/// Where a text comes from.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[cfg_attr(feature = "uniffi", derive(uniffi::Enum))]
#[serde(rename_all = "snake_case")]
pub enum Provenance {
    /// Written in this language by the author.
    Original,
    /// Machine-translated, not yet checked by a person.
    Machine,
    /// Translated or checked by a person.
    Reviewed,
}

impl Provenance {
    pub fn code(self) -> &'static str {
        match self {
            Provenance::Original => "original",
            Provenance::Machine => "machine",
            Provenance::Reviewed => "reviewed",
        }
    }

    pub fn from_code(code: &str) -> Option<Provenance> {
        Some(match code {
            "original" => Provenance::Original,
            "machine" => Provenance::Machine,
            "reviewed" => Provenance::Reviewed,
            _ => return None,
        })
    }
}

/// A service's texts in one language.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ServiceText {
    pub language: String,
    pub name: String,
    #[serde(default)]
    pub description: String,
    /// Who can use it and on what conditions.
    #[serde(default)]
    pub eligibility: String,
    /// How to get there and what to bring.
    #[serde(default)]
    pub how_to: String,
    #[serde(deserialize_with = "crate::compat::provenance")]
    pub provenance: Provenance,
    /// The service's `version` this text was written or translated from: a translation from an
    /// older version is outdated.
    pub source_version: u32,
}

/// A service of the territory's map, as the coordinator serves it. Read leniently (see
/// `compat`): fields this build does not know are ignored, and categories, audiences and contact
/// channels it does not know are left out; a service left with no category it knows is not
/// shown (see the phone's apply).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ServiceRecord {
    /// Stable id: lowercase letters, digits and `-_.:`, at most 100 characters.
    pub id: String,
    /// The version of the source-language texts; raised when they change.
    pub version: u32,
    pub organisation: String,
    #[serde(deserialize_with = "crate::compat::known_only")]
    pub categories: Vec<Category>,
    #[serde(default)]
    pub address: String,
    pub city: String,
    /// The territory the phone downloads ("bologna", "roma"...).
    pub region: String,
    /// WGS84 decimal degrees, both or neither: a service whose source gave no position (and
    /// that geocoding could not place) is found by search and in lists, never on the map.
    /// Left out of the JSON when absent, so a positioned service reads as it always did.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub lat: Option<f64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub lon: Option<f64>,
    /// OpenStreetMap `opening_hours` syntax; `None` when not known.
    #[serde(default)]
    pub opening_hours: Option<String>,
    #[serde(default, deserialize_with = "crate::compat::known_only")]
    pub contacts: Vec<Contact>,
    /// Languages spoken at the desk (BCP 47 codes).
    #[serde(default)]
    pub languages_spoken: Vec<String>,
    #[serde(default, deserialize_with = "crate::compat::known_only")]
    pub audiences: Vec<Audience>,
    /// `Some(true)` when free of charge; `None` when not known.
    #[serde(default)]
    pub free: Option<bool>,
    #[serde(default)]
    pub wheelchair: Option<bool>,
    /// ISO date of the last check of this information.
    #[serde(default)]
    pub last_verified: Option<String>,
    /// Who checked it, or where it comes from.
    #[serde(default)]
    pub source: String,
    /// What the licence of the data's source asks to show beside it ("© OpenStreetMap
    /// contributors, ODbL", "Comune di Bologna, CC BY 4.0"); empty for the network's own data.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub attribution: String,
    /// The language the texts are authored in (Italian by default).
    pub source_language: String,
    pub texts: Vec<ServiceText>,
}

/// One change to the content, as pages of changes carry them.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(tag = "op", rename_all = "snake_case")]
pub enum ContentChange {
    UpsertService {
        service: ServiceRecord,
    },
    DeleteService {
        id: String,
    },
    UpsertGuide {
        guide: crate::guides::GuideRecord,
    },
    DeleteGuide {
        id: String,
    },
    /// A concept of the glossary of synonyms, with the terms in the phone's languages.
    UpsertConcept {
        concept: crate::glossary::GlossaryConcept,
    },
    DeleteConcept {
        id: String,
    },
    /// A change of a kind this build does not know (a newer coordinator's): skipped. The
    /// server sends a kind only to the sync versions that have it
    /// ([`crate::sync::SYNC_VERSION`]); this is the safety net.
    #[serde(other)]
    Unknown,
}

/// A record field that is not acceptable, and why.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{field}: {problem}")]
pub struct FieldError {
    pub field: String,
    pub problem: Problem,
}

pub(crate) fn field_error(field: impl Into<String>, problem: Problem) -> FieldError {
    FieldError {
        field: field.into(),
        problem,
    }
}

/// A BCP 47 language tag of the simple kind the catalogue and content use: `it`, `ar`, `pt-BR`.
pub fn is_language_tag(tag: &str) -> bool {
    let mut parts = tag.split('-');
    let language = parts.next().unwrap_or("");
    (2..=3).contains(&language.len())
        && language.bytes().all(|b| b.is_ascii_lowercase())
        && parts.all(|p| (2..=8).contains(&p.len()) && p.bytes().all(|b| b.is_ascii_alphanumeric()))
}

/// A content record's id (a service, a guide): 1 to 100 lowercase letters, digits, `-_.:`.
pub(crate) fn is_record_id(id: &str) -> bool {
    !id.is_empty()
        && id.len() <= 100
        && id
            .bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b"-_.:".contains(&b))
}

/// A territory's code ("bologna", "reggio-emilia").
pub(crate) fn is_region_code(region: &str) -> bool {
    !region.is_empty()
        && region
            .bytes()
            .all(|b| b.is_ascii_lowercase() || b == b'-' || b.is_ascii_digit())
}

pub(crate) fn is_iso_date(text: &str) -> bool {
    let b = text.as_bytes();
    b.len() == 10
        && b[4] == b'-'
        && b[7] == b'-'
        && b.iter()
            .enumerate()
            .all(|(i, c)| i == 4 || i == 7 || c.is_ascii_digit())
        && matches!(text[5..7].parse::<u8>(), Ok(1..=12))
        && matches!(text[8..10].parse::<u8>(), Ok(1..=31))
}

const MAX_TEXT: usize = 20_000;
/// The longest attribution, in characters: a line under the service, not a licence's text.
pub const MAX_ATTRIBUTION: usize = 300;

/// Opening-hours strings already found valid in a batch. A territory repeats a few hundred
/// schedules across thousands of services, and parsing one costs more than storing a row.
#[derive(Debug, Default)]
pub struct KnownHours(std::collections::HashSet<String>);

impl KnownHours {
    /// At most this many strings are remembered, so memory stays bounded on any input.
    const LIMIT: usize = 10_000;

    /// The parser's explanation when `hours` is not valid.
    fn check(&mut self, hours: &str) -> Result<(), String> {
        if self.0.contains(hours) {
            return Ok(());
        }
        hours
            .parse::<opening_hours::OpeningHours>()
            .map_err(|e| e.to_string())?;
        if self.0.len() < Self::LIMIT {
            self.0.insert(hours.to_owned());
        }
        Ok(())
    }
}

impl ServiceRecord {
    /// Checks every field; the first problem is named by its field path (`texts[1].name`).
    pub fn validate(&self) -> Result<(), FieldError> {
        self.validate_in_batch(&mut KnownHours::default())
    }

    /// [`ServiceRecord::validate`] for one record of a batch: opening hours already found
    /// valid in the batch are not parsed again.
    pub fn validate_in_batch(&self, known_hours: &mut KnownHours) -> Result<(), FieldError> {
        if !is_record_id(&self.id) {
            return Err(field_error("id", Problem::RecordIdRule));
        }
        if self.version == 0 {
            return Err(field_error("version", Problem::VersionAtLeastOne));
        }
        if self.organisation.trim().is_empty() {
            return Err(field_error("organisation", Problem::Required));
        }
        if self.categories.is_empty() {
            return Err(field_error("categories", Problem::CategoryRequired));
        }
        if self.city.trim().is_empty() {
            return Err(field_error("city", Problem::Required));
        }
        if !is_region_code(&self.region) {
            return Err(field_error("region", Problem::RegionCode));
        }
        match (self.lat, self.lon) {
            (Some(lat), Some(lon)) => {
                if !(lat.is_finite() && (-90.0..=90.0).contains(&lat)) {
                    return Err(field_error("lat", Problem::Latitude));
                }
                if !(lon.is_finite() && (-180.0..=180.0).contains(&lon)) {
                    return Err(field_error("lon", Problem::Longitude));
                }
            }
            (None, None) => {}
            // Named by the one missing: that is the value to add (or the other to take out).
            (Some(_), None) => return Err(field_error("lon", Problem::PositionHalf)),
            (None, Some(_)) => return Err(field_error("lat", Problem::PositionHalf)),
        }
        if let Some(hours) = &self.opening_hours {
            if let Err(detail) = known_hours.check(hours) {
                return Err(field_error(
                    "opening_hours",
                    Problem::OpeningHours { detail },
                ));
            }
        }
        for (i, contact) in self.contacts.iter().enumerate() {
            if contact.value.trim().is_empty() {
                return Err(field_error(
                    format!("contacts[{i}].value"),
                    Problem::Required,
                ));
            }
        }
        for (i, language) in self.languages_spoken.iter().enumerate() {
            if !is_language_tag(language) {
                return Err(field_error(
                    format!("languages_spoken[{i}]"),
                    Problem::NotALanguageCode {
                        code: language.clone(),
                    },
                ));
            }
        }
        if let Some(date) = &self.last_verified {
            if !is_iso_date(date) {
                return Err(field_error("last_verified", Problem::Date));
            }
        }
        if self.attribution.chars().count() > MAX_ATTRIBUTION {
            return Err(field_error(
                "attribution",
                Problem::TooLong {
                    max: MAX_ATTRIBUTION,
                },
            ));
        }
        if !is_language_tag(&self.source_language) {
            return Err(field_error(
                "source_language",
                Problem::NotALanguageCode {
                    code: self.source_language.clone(),
                },
            ));
        }
        if !self
            .texts
            .iter()
            .any(|t| t.language == self.source_language)
        {
            return Err(field_error(
                "texts",
                Problem::SourceTextRequired {
                    language: self.source_language.clone(),
                },
            ));
        }
        for (i, text) in self.texts.iter().enumerate() {
            if !is_language_tag(&text.language) {
                return Err(field_error(
                    format!("texts[{i}].language"),
                    Problem::NotALanguageCode {
                        code: text.language.clone(),
                    },
                ));
            }
            if self.texts[..i].iter().any(|t| t.language == text.language) {
                return Err(field_error(
                    format!("texts[{i}].language"),
                    Problem::AppearsTwice {
                        value: text.language.clone(),
                    },
                ));
            }
            if text.name.trim().is_empty() {
                return Err(field_error(format!("texts[{i}].name"), Problem::Required));
            }
            if [
                &text.name,
                &text.description,
                &text.eligibility,
                &text.how_to,
            ]
            .iter()
            .any(|t| t.len() > MAX_TEXT)
            {
                return Err(field_error(
                    format!("texts[{i}]"),
                    Problem::TooLong { max: MAX_TEXT },
                ));
            }
            if text.source_version > self.version {
                return Err(field_error(
                    format!("texts[{i}].source_version"),
                    Problem::SourceVersionOutOfRange {
                        version: self.version,
                    },
                ));
            }
        }
        Ok(())
    }

    /// Where the service is (latitude, longitude), when its source said.
    pub fn position(&self) -> Option<(f64, f64)> {
        self.lat.zip(self.lon)
    }

    /// The text in `language`, if there is one.
    pub fn text(&self, language: &str) -> Option<&ServiceText> {
        self.texts.iter().find(|t| t.language == language)
    }
}

#[cfg(test)]
pub(crate) mod tests {
    use super::*;

    pub(crate) fn sample() -> ServiceRecord {
        ServiceRecord {
            id: "bo-cpi".into(),
            version: 1,
            organisation: "Regione Emilia-Romagna".into(),
            categories: vec![Category::Work],
            address: "Via Esempio 1".into(),
            city: "Bologna".into(),
            region: "bologna".into(),
            lat: Some(44.4949),
            lon: Some(11.3426),
            opening_hours: Some("Mo-Fr 09:00-13:00; PH off".into()),
            contacts: vec![Contact {
                channel: ContactChannel::Phone,
                value: "+39 051 000000".into(),
            }],
            languages_spoken: vec!["it".into(), "en".into()],
            audiences: vec![Audience::Everyone],
            free: Some(true),
            wheelchair: None,
            last_verified: Some("2026-10-01".into()),
            source: "demo".into(),
            attribution: String::new(),
            source_language: "it".into(),
            texts: vec![ServiceText {
                language: "it".into(),
                name: "Centro per l'impiego".into(),
                description: String::new(),
                eligibility: String::new(),
                how_to: String::new(),
                provenance: Provenance::Original,
                source_version: 1,
            }],
        }
    }

    #[test]
    fn a_batch_remembers_good_hours_only() {
        let mut known = KnownHours::default();
        let good = sample();
        good.validate_in_batch(&mut known).unwrap();
        good.validate_in_batch(&mut known).unwrap();
        let mut bad = sample();
        bad.opening_hours = Some("Mo-Fr 25:00-26:00 nonsense".into());
        for _ in 0..2 {
            assert_eq!(
                bad.validate_in_batch(&mut known).unwrap_err().field,
                "opening_hours"
            );
        }
        assert_eq!(known.0.len(), 1);
    }

    #[test]
    fn a_good_record_passes_and_each_bad_field_is_named() {
        sample().validate().unwrap();
        let cases: Vec<(Box<dyn Fn(&mut ServiceRecord)>, &str)> = vec![
            (Box::new(|r| r.id = "Bad Id".into()), "id"),
            (Box::new(|r| r.lat = Some(91.0)), "lat"),
            (Box::new(|r| r.lon = Some(f64::NAN)), "lon"),
            (Box::new(|r| r.lon = None), "lon"),
            (Box::new(|r| r.lat = None), "lat"),
            (
                Box::new(|r| r.attribution = "©".repeat(MAX_ATTRIBUTION + 1)),
                "attribution",
            ),
            (Box::new(|r| r.categories.clear()), "categories"),
            (
                Box::new(|r| r.opening_hours = Some("Mo-Fr 25:00-26:00 nonsense".into())),
                "opening_hours",
            ),
            (
                Box::new(|r| r.languages_spoken.push("Arabic".into())),
                "languages_spoken[2]",
            ),
            (Box::new(|r| r.texts[0].language = "en".into()), "texts"),
            (Box::new(|r| r.texts[0].name = " ".into()), "texts[0].name"),
            (
                Box::new(|r| r.last_verified = Some("01/10/2026".into())),
                "last_verified",
            ),
            (Box::new(|r| r.region = "Bologna".into()), "region"),
        ];
        for (spoil, field) in cases {
            let mut record = sample();
            spoil(&mut record);
            assert_eq!(record.validate().unwrap_err().field, field);
        }
    }

    #[test]
    fn a_service_without_a_position_round_trips_and_a_placed_one_keeps_its_json() {
        let placed = serde_json::to_value(sample()).unwrap();
        assert_eq!(
            (placed["lat"].as_f64(), placed["lon"].as_f64()),
            (Some(44.4949), Some(11.3426))
        );
        assert!(
            placed.get("attribution").is_none(),
            "no attribution, no key"
        );
        let mut unplaced = sample();
        unplaced.lat = None;
        unplaced.lon = None;
        unplaced.attribution = "Comune di Bologna, CC BY 4.0".into();
        unplaced.validate().unwrap();
        assert_eq!(unplaced.position(), None);
        let json = serde_json::to_value(&unplaced).unwrap();
        assert!(json.get("lat").is_none() && json.get("lon").is_none());
        assert_eq!(json["attribution"], "Comune di Bologna, CC BY 4.0");
        assert_eq!(
            serde_json::from_value::<ServiceRecord>(json).unwrap(),
            unplaced
        );
    }

    #[test]
    fn a_record_of_an_older_coordinator_without_attribution_reads() {
        let mut json = serde_json::to_value(sample()).unwrap();
        json.as_object_mut().unwrap().remove("attribution");
        let read: ServiceRecord = serde_json::from_value(json).unwrap();
        assert_eq!(read.attribution, "");
        assert_eq!(read.position(), Some((44.4949, 11.3426)));
    }

    #[test]
    fn half_a_position_or_a_long_attribution_is_refused_with_its_problem() {
        let mut half = sample();
        half.lon = None;
        assert_eq!(
            half.validate().unwrap_err(),
            field_error("lon", Problem::PositionHalf)
        );
        // Counted in characters: 300 of them, each two bytes, still pass.
        let mut long = sample();
        long.attribution = "é".repeat(MAX_ATTRIBUTION);
        long.validate().unwrap();
        long.attribution.push('é');
        assert_eq!(
            long.validate().unwrap_err(),
            field_error(
                "attribution",
                Problem::TooLong {
                    max: MAX_ATTRIBUTION
                }
            )
        );
    }

    #[test]
    fn changes_have_a_stable_json_shape_and_a_newer_servers_fields_are_ignored() {
        let change = ContentChange::DeleteService {
            id: "bo-cpi".into(),
        };
        assert_eq!(
            serde_json::to_string(&change).unwrap(),
            r#"{"op":"delete_service","id":"bo-cpi"}"#
        );
        // Phones update months after the server: a field this build does not know is ignored.
        let mut json = serde_json::to_value(sample()).unwrap();
        json["colour"] = "red".into();
        assert_eq!(
            serde_json::from_value::<ServiceRecord>(json).unwrap(),
            sample()
        );
        let bits: u32 = Category::ALL.iter().map(|c| c.bit()).sum();
        assert_eq!(bits, (1 << 14) - 1);
    }
}
