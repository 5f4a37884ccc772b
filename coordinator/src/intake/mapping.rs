//! Column mapping: which Ponte field each column of an operator's file fills. Guessed from the
//! headers (Italian, English, OpenStreetMap's tags), corrected by the operator, saved per source
//! as JSON so that next month's file imports in one step, and applied to each row to give the
//! named fields of `ponte_wire::import`'s CSV layout.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

use super::clean::Warning;
use super::sniff::SourceRow;

/// A Ponte field a source column can fill.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Field {
    /// The source's own id of the place (a code, OSM's `@id`): how a re-import finds it again.
    Id,
    Organisation,
    /// The service's name, in the mapping's language.
    Name,
    /// A description or notes, in the mapping's language; several columns are joined.
    Description,
    Categories,
    /// The street; several columns (OSM's `addr:street`, then `addr:housenumber`) are joined.
    Address,
    /// The house number, written after the street.
    HouseNumber,
    Postcode,
    City,
    Province,
    /// "Municipio V", "Quartiere Navile".
    District,
    Lat,
    Lon,
    OpeningHours,
    Phone,
    Whatsapp,
    Email,
    Web,
    LanguagesSpoken,
    Free,
    Wheelchair,
    LastVerified,
    Source,
}

impl Field {
    /// Every field, in the order the dashboard offers them.
    pub const ALL: [Field; 23] = [
        Field::Name,
        Field::Organisation,
        Field::Categories,
        Field::Description,
        Field::Address,
        Field::HouseNumber,
        Field::Postcode,
        Field::City,
        Field::Province,
        Field::District,
        Field::Lat,
        Field::Lon,
        Field::OpeningHours,
        Field::Phone,
        Field::Whatsapp,
        Field::Email,
        Field::Web,
        Field::LanguagesSpoken,
        Field::Free,
        Field::Wheelchair,
        Field::LastVerified,
        Field::Source,
        Field::Id,
    ];

    /// The column of the import layout the field fills; `None` for the parts of a place the
    /// layout has no column for (kept in [`MappedRow::place`]).
    fn layout_column(self, language: &str) -> Option<String> {
        let column = match self {
            Field::Id => "id",
            Field::Organisation => "organisation",
            Field::Name => return Some(format!("name_{language}")),
            Field::Description => return Some(format!("description_{language}")),
            Field::Categories => "categories",
            Field::Address | Field::HouseNumber => "address",
            Field::Postcode | Field::Province | Field::District => return None,
            Field::City => "city",
            Field::Lat => "lat",
            Field::Lon => "lon",
            Field::OpeningHours => "opening_hours",
            Field::Phone => "phone",
            Field::Whatsapp => "whatsapp",
            Field::Email => "email",
            Field::Web => "web",
            Field::LanguagesSpoken => "languages_spoken",
            Field::Free => "free",
            Field::Wheelchair => "wheelchair",
            Field::LastVerified => "last_verified",
            Field::Source => "source",
        };
        Some(column.to_owned())
    }
}

/// What a source column becomes.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Target {
    /// Not imported.
    Ignore,
    Field(Field),
    /// A column of the import layout itself, kept under that name (`name_en` for OSM's
    /// `name:en`, `walk_in`, `audiences`, `provenance_it`, … in a file already in the layout).
    LayoutColumn(String),
}

/// One source column and its target.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ColumnRule {
    /// The column's header, as in the file.
    pub source: String,
    pub target: Target,
}

/// Values for what the file does not say, used where a row leaves the field empty.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct Constants {
    /// Category codes (`work`, `italian_courses`, …).
    pub categories: Vec<String>,
    /// Who runs the services, when the file says it of none (a Comune's own list).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub organisation: Option<String>,
    pub city: Option<String>,
    /// Language codes.
    pub languages_spoken: Vec<String>,
}

/// How one source's files map to Ponte's fields: saved per source.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ColumnMapping {
    pub columns: Vec<ColumnRule>,
    #[serde(default)]
    pub constants: Constants,
    /// The language of the names and descriptions the file is written in.
    #[serde(default = "default_language")]
    pub language: String,
}

fn default_language() -> String {
    "it".to_owned()
}

/// The parts of a place the import layout has no column for: for the geocoder and the preview.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Place {
    pub postcode: Option<String>,
    pub province: Option<String>,
    pub district: Option<String>,
}

/// A row mapped: the named fields of the import layout, the rest of its place, and warnings.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct MappedRow {
    pub line: usize,
    pub fields: BTreeMap<String, String>,
    pub place: Place,
    pub warnings: Vec<Warning>,
}

/// Why a row cannot be mapped.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum MappingError {
    /// The row has more or fewer fields than the header: a value with an unquoted separator,
    /// or a row cut short.
    #[error("line {line} has {found} fields, the header {expected}")]
    FieldCount {
        line: usize,
        expected: usize,
        found: usize,
    },
}

impl MappingError {
    /// The catalogue key of the message shown to the operator.
    pub fn key(&self) -> &'static str {
        match self {
            MappingError::FieldCount { .. } => "intake-row-field-count",
        }
    }
}

/// A header reduced to what tells it apart: accents, case, punctuation and spacing gone
/// ("E-mail" and "email", "Tel." and "tel", "addr:street" and "addr street"). A leading `@`
/// (OSM's metadata: `@id`, `@changeset`) is kept.
fn header_key(header: &str) -> String {
    let folded = super::fold(header.trim());
    let (at, rest) = match folded.strip_prefix('@') {
        Some(rest) => ("@", rest),
        None => ("", folded.as_str()),
    };
    let words: Vec<&str> = rest
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .collect();
    format!("{at}{}", words.join(" "))
}

/// Headers known, by their key, and the field each fills.
const HEADERS: &[(Field, &[&str])] = &[
    (
        Field::Id,
        &[
            "id",
            "@id",
            "codice",
            "cod",
            "codice struttura",
            "codice identificativo",
            "identificativo",
            "osm id",
        ],
    ),
    (
        Field::Organisation,
        &[
            // The local health authority that runs a clinic, in the Ministry's lists.
            "asl",
            "azienda sanitaria",
            "ente gestore",
            "gestore",
            "soggetto gestore",
            "ente",
            "organizzazione",
            "titolare",
            "organisation",
            "organization",
            "operator",
        ],
    ),
    (
        Field::Name,
        &[
            "denominazione",
            "denominazione struttura",
            "nome",
            "nome struttura",
            "nome servizio",
            "struttura",
            "name",
        ],
    ),
    (
        Field::Description,
        &[
            "descrizione",
            "note",
            "notes",
            "annotazioni",
            "servizi offerti",
            "description",
        ],
    ),
    (
        Field::Categories,
        &[
            "tipologia",
            "tipologia struttura",
            "tipo",
            "tipo struttura",
            "categoria",
            "category",
            "categories",
        ],
    ),
    (
        Field::Address,
        &[
            "indirizzo",
            "indirizzo sede",
            "via",
            "sede",
            "ubicazione",
            "address",
            "addr street",
        ],
    ),
    (
        Field::HouseNumber,
        &[
            "civico",
            "numero civico",
            "n civico",
            "addr housenumber",
            "housenumber",
        ],
    ),
    (
        Field::Postcode,
        &[
            "cap",
            "codice avviamento postale",
            "addr postcode",
            "postcode",
            "zip",
        ],
    ),
    (
        Field::City,
        &["comune", "citta", "localita", "city", "addr city"],
    ),
    (
        Field::Province,
        &["provincia", "prov", "sigla provincia", "province"],
    ),
    (
        Field::District,
        &[
            "municipio",
            "quartiere",
            "municipio quartiere",
            "circoscrizione",
            "district",
            "suburb",
            "addr suburb",
        ],
    ),
    (
        Field::Lat,
        &[
            "latitudine",
            "lat",
            "latitude",
            "y",
            "coordinata y",
            "coord y",
        ],
    ),
    (
        Field::Lon,
        &[
            "longitudine",
            "lon",
            "lng",
            "long",
            "longitude",
            "x",
            "coordinata x",
            "coord x",
        ],
    ),
    (
        Field::OpeningHours,
        &[
            "orari",
            "orario",
            "orario di apertura",
            "orari di apertura",
            "giorni e orari",
            "apertura",
            "opening hours",
        ],
    ),
    (
        Field::Phone,
        &[
            "telefono",
            "tel",
            "numero di telefono",
            "recapito telefonico",
            "cellulare",
            "cell",
            "phone",
            "contact phone",
        ],
    ),
    (Field::Whatsapp, &["whatsapp", "contact whatsapp"]),
    (
        Field::Email,
        &[
            "email",
            "e mail",
            "mail",
            "posta elettronica",
            "indirizzo email",
            "pec",
            "posta elettronica certificata",
            "contact email",
        ],
    ),
    (
        Field::Web,
        &[
            "sito",
            "sito web",
            "sito internet",
            "indirizzo web",
            "web",
            "website",
            "url",
            "contact website",
        ],
    ),
    (
        Field::LanguagesSpoken,
        &["lingue", "lingue parlate", "languages spoken"],
    ),
    (Field::Free, &["gratuito", "free"]),
    (Field::Wheelchair, &["accessibile", "wheelchair"]),
    (
        Field::LastVerified,
        &[
            "data aggiornamento",
            "ultimo aggiornamento",
            "aggiornato al",
            "last verified",
            "check date",
        ],
    ),
    (Field::Source, &["fonte", "source"]),
];

/// Headers known to carry nothing Ponte keeps: ignored on purpose, not unknown.
const IGNORED: &[&str] = &[
    "codice asl",
    "distretto",
    "distretto sanitario",
    "regione",
    "fax",
    "codice fiscale",
    "partita iva",
    "codice istat",
    "@type",
    "@changeset",
    "@timestamp",
    "@version",
    "@user",
    "@uid",
];

/// The import layout's own columns that have no [`Field`], kept under their names.
const LAYOUT_COLUMNS: &[&str] = &[
    "walk_in",
    "attribution",
    "audiences",
    "region",
    "source_language",
    "version",
];
const LAYOUT_PREFIXES: &[&str] = &[
    "name_",
    "description_",
    "eligibility_",
    "how_to_",
    "provenance_",
];

/// Whether `column` is a column of the import layout that no [`Field`] fills (`walk_in`,
/// `name_en`, ...): a target an operator's mapping may name as it is.
pub fn is_layout_column(column: &str) -> bool {
    if LAYOUT_COLUMNS.contains(&column) {
        return true;
    }
    LAYOUT_PREFIXES
        .iter()
        .find_map(|p| column.strip_prefix(p))
        .is_some_and(|language| {
            (2..=3).contains(&language.len()) && language.bytes().all(|b| b.is_ascii_lowercase())
        })
}

/// Guesses a column's target from its header; `None` when the header says nothing known.
pub fn guess_target(header: &str) -> Option<Target> {
    let trimmed = header.trim();
    // A file already in the import layout, or OSM's names in other languages (`name:en`).
    let layout_name = trimmed.replace(':', "_");
    if is_layout_column(&layout_name) {
        return Some(Target::LayoutColumn(layout_name));
    }
    let key = header_key(header);
    if IGNORED.contains(&key.as_str()) {
        return Some(Target::Ignore);
    }
    HEADERS
        .iter()
        .find(|(_, names)| names.contains(&key.as_str()))
        .map(|(field, _)| Target::Field(*field))
}

/// A first mapping for a file: each header's guess, [`Target::Ignore`] where there is none.
pub fn guess_mapping(headers: &[String]) -> ColumnMapping {
    ColumnMapping {
        columns: headers
            .iter()
            .map(|header| ColumnRule {
                source: header.clone(),
                target: guess_target(header).unwrap_or(Target::Ignore),
            })
            .collect(),
        constants: Constants::default(),
        language: default_language(),
    }
}

/// The file's headers a saved mapping does not name: columns new since it was saved, for the
/// operator to map before importing.
pub fn unmapped_headers<'a>(mapping: &ColumnMapping, headers: &'a [String]) -> Vec<&'a str> {
    headers
        .iter()
        .filter(|h| !mapping.columns.iter().any(|rule| &rule.source == *h))
        .map(String::as_str)
        .collect()
}

/// How several columns filling one layout column are joined; `None` when only one is kept.
fn joiner(column: &str) -> Option<&'static str> {
    match column {
        "address" => Some(" "),
        "categories" | "languages_spoken" => Some(";"),
        c if c.starts_with("description_") => Some("\n\n"),
        _ => None,
    }
}

/// An id as the import layout takes it (lowercase letters, digits, `-_.:`): OSM's `node/123`
/// becomes `osm-node-123` (as the JSON readers give it), "ASL-TO 12" `asl-to-12`.
fn layout_id(text: &str) -> String {
    // An OpenStreetMap id from an Overpass Turbo export saved as CSV: the id the GeoJSON and
    // Overpass JSON readers give the same object, so any of the three updates one service.
    if let Some((kind, number)) = text.trim().split_once('/') {
        let osm = matches!(kind, "node" | "way" | "relation")
            && !number.is_empty()
            && number.bytes().all(|b| b.is_ascii_digit());
        if osm {
            return format!("osm-{kind}-{number}");
        }
    }
    text.trim()
        .chars()
        .map(|c| {
            let c = c.to_ascii_lowercase();
            if c.is_ascii_lowercase() || c.is_ascii_digit() || "-_.:".contains(c) {
                c
            } else {
                '-'
            }
        })
        .collect()
}

/// Applies a mapping to one row of a file with these headers. Columns the mapping does not
/// name are not imported (see [`unmapped_headers`]); constants fill what the row leaves empty.
pub fn apply(
    mapping: &ColumnMapping,
    headers: &[String],
    row: &SourceRow,
) -> Result<MappedRow, MappingError> {
    if row.fields.len() != headers.len() {
        return Err(MappingError::FieldCount {
            line: row.line,
            expected: headers.len(),
            found: row.fields.len(),
        });
    }
    let mut mapped = MappedRow {
        line: row.line,
        ..MappedRow::default()
    };
    // The house number goes after the street whatever the columns' order.
    let mut house_numbers = Vec::new();
    for (header, value) in headers.iter().zip(&row.fields) {
        let value = value.trim();
        let Some(rule) = mapping.columns.iter().find(|rule| &rule.source == header) else {
            continue;
        };
        if value.is_empty() {
            continue;
        }
        let column = match &rule.target {
            Target::Ignore => continue,
            Target::LayoutColumn(column) => column.clone(),
            Target::Field(Field::HouseNumber) => {
                house_numbers.push(value.to_owned());
                continue;
            }
            Target::Field(Field::Id) => {
                mapped.fields.insert("id".to_owned(), layout_id(value));
                continue;
            }
            Target::Field(field) => match field.layout_column(&mapping.language) {
                Some(column) => column,
                None => {
                    let slot = match field {
                        Field::Postcode => &mut mapped.place.postcode,
                        Field::Province => &mut mapped.place.province,
                        _ => &mut mapped.place.district,
                    };
                    slot.get_or_insert_with(|| value.to_owned());
                    continue;
                }
            },
        };
        match (mapped.fields.get_mut(&column), joiner(&column)) {
            (None, _) => {
                mapped.fields.insert(column, value.to_owned());
            }
            (Some(existing), Some(joiner)) => {
                existing.push_str(joiner);
                existing.push_str(value);
            }
            (Some(_), None) => mapped.warnings.push(Warning::ValueNotUsed {
                column: header.clone(),
                field: column,
                value: value.to_owned(),
            }),
        }
    }
    if !house_numbers.is_empty() {
        let address = mapped.fields.entry("address".to_owned()).or_default();
        for number in house_numbers {
            if !address.is_empty() {
                address.push(' ');
            }
            address.push_str(&number);
        }
    }
    let constants = &mapping.constants;
    let mut fill = |column: &str, value: String| {
        if !value.is_empty() {
            mapped.fields.entry(column.to_owned()).or_insert(value);
        }
    };
    fill("categories", constants.categories.join(";"));
    fill("city", constants.city.clone().unwrap_or_default());
    fill(
        "organisation",
        constants.organisation.clone().unwrap_or_default(),
    );
    fill("languages_spoken", constants.languages_spoken.join(";"));
    Ok(mapped)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn strings(items: &[&str]) -> Vec<String> {
        items.iter().map(|s| s.to_string()).collect()
    }

    #[test]
    fn headers_are_guessed() {
        use Field::*;
        let cases: &[(&str, Option<Target>)] = &[
            ("Denominazione", Some(Target::Field(Name))),
            ("DENOMINAZIONE STRUTTURA", Some(Target::Field(Name))),
            ("Nome struttura", Some(Target::Field(Name))),
            ("name", Some(Target::Field(Name))),
            ("Indirizzo", Some(Target::Field(Address))),
            ("addr:street", Some(Target::Field(Address))),
            ("addr:housenumber", Some(Target::Field(HouseNumber))),
            ("N. civico", Some(Target::Field(HouseNumber))),
            ("Comune", Some(Target::Field(City))),
            ("Città", Some(Target::Field(City))),
            ("Località", Some(Target::Field(City))),
            ("CAP", Some(Target::Field(Postcode))),
            ("Provincia", Some(Target::Field(Province))),
            ("Municipio/Quartiere", Some(Target::Field(District))),
            ("Telefono", Some(Target::Field(Phone))),
            ("Tel.", Some(Target::Field(Phone))),
            ("contact:phone", Some(Target::Field(Phone))),
            ("E-mail", Some(Target::Field(Email))),
            ("e_mail", Some(Target::Field(Email))),
            ("PEC", Some(Target::Field(Email))),
            ("Sito web", Some(Target::Field(Web))),
            ("website", Some(Target::Field(Web))),
            ("Latitudine", Some(Target::Field(Lat))),
            ("lat", Some(Target::Field(Lat))),
            ("Y", Some(Target::Field(Lat))),
            ("Longitudine", Some(Target::Field(Lon))),
            ("lon", Some(Target::Field(Lon))),
            ("lng", Some(Target::Field(Lon))),
            ("X", Some(Target::Field(Lon))),
            ("Orari", Some(Target::Field(OpeningHours))),
            ("Orario di apertura", Some(Target::Field(OpeningHours))),
            ("opening_hours", Some(Target::Field(OpeningHours))),
            ("Note", Some(Target::Field(Description))),
            ("Tipologia", Some(Target::Field(Categories))),
            ("Categoria", Some(Target::Field(Categories))),
            ("Codice", Some(Target::Field(Id))),
            ("ID", Some(Target::Field(Id))),
            ("@id", Some(Target::Field(Id))),
            ("Ente gestore", Some(Target::Field(Organisation))),
            ("operator", Some(Target::Field(Organisation))),
            ("check_date", Some(Target::Field(LastVerified))),
            // Known, and not for Ponte.
            // The health authority runs the Ministry's clinics.
            ("ASL", Some(Target::Field(Field::Organisation))),
            ("Regione", Some(Target::Ignore)),
            ("@changeset", Some(Target::Ignore)),
            ("Fax", Some(Target::Ignore)),
            // Ponte's own layout, and OSM's names in other languages.
            ("name:en", Some(Target::LayoutColumn("name_en".into()))),
            ("name_it", Some(Target::LayoutColumn("name_it".into()))),
            ("walk_in", Some(Target::LayoutColumn("walk_in".into()))),
            (
                "attribution",
                Some(Target::LayoutColumn("attribution".into())),
            ),
            (
                "provenance_fr",
                Some(Target::LayoutColumn("provenance_fr".into())),
            ),
            // Unknown.
            ("Colonna1", None),
            ("name:etymology", None),
            ("", None),
        ];
        for (header, expected) in cases {
            assert_eq!(guess_target(header), *expected, "{header:?}");
        }
    }

    #[test]
    fn a_mapping_is_saved_and_read_back_as_json() {
        let mut mapping = guess_mapping(&strings(&["Denominazione", "Colonna1", "name:en"]));
        mapping.constants.categories = strings(&["health"]);
        mapping.constants.city = Some("Torino".into());
        let json = serde_json::to_value(&mapping).unwrap();
        assert_eq!(
            json,
            serde_json::json!({
                "columns": [
                    {"source": "Denominazione", "target": {"field": "name"}},
                    {"source": "Colonna1", "target": "ignore"},
                    {"source": "name:en", "target": {"layout_column": "name_en"}},
                ],
                "constants": {"categories": ["health"], "city": "Torino", "languages_spoken": []},
                "language": "it",
            })
        );
        let back: ColumnMapping = serde_json::from_value(json).unwrap();
        assert_eq!(back, mapping);
        // Saved by an older version without constants or language.
        let minimal: ColumnMapping = serde_json::from_str(
            r#"{"columns": [{"source": "CAP", "target": {"field": "postcode"}}]}"#,
        )
        .unwrap();
        assert_eq!(minimal.language, "it");
        assert_eq!(minimal.constants, Constants::default());
    }

    /// A row of a Ministry-like list of family-health clinics.
    #[test]
    fn a_row_is_mapped_to_the_import_layout() {
        let headers = strings(&[
            "Codice",
            "Denominazione",
            "ASL",
            "Indirizzo",
            "Civico",
            "CAP",
            "Comune",
            "Provincia",
            "Telefono",
            "Note",
            "Descrizione",
            "Latitudine",
            "Longitudine",
        ]);
        let mut mapping = guess_mapping(&headers);
        mapping.constants.categories = strings(&["health", "children_families"]);
        mapping.constants.city = Some("Torino".into());
        mapping.constants.languages_spoken = strings(&["it", "en"]);
        let row = SourceRow {
            line: 2,
            fields: strings(&[
                "CF 010/203",
                "Consultorio familiare Nizza",
                "ASL Città di Torino",
                "Via Nizza",
                "151",
                "10126",
                "",
                "TO",
                "011 5662400",
                "Su appuntamento",
                "Visite e corsi",
                "45,0345",
                "7,6677",
            ]),
        };
        let mapped = apply(&mapping, &headers, &row).unwrap();
        let expected: BTreeMap<String, String> = [
            ("id", "cf-010-203"),
            ("organisation", "ASL Città di Torino"),
            ("name_it", "Consultorio familiare Nizza"),
            ("address", "Via Nizza 151"),
            ("city", "Torino"),
            ("phone", "011 5662400"),
            ("description_it", "Su appuntamento\n\nVisite e corsi"),
            ("lat", "45,0345"),
            ("lon", "7,6677"),
            ("categories", "health;children_families"),
            ("languages_spoken", "it;en"),
        ]
        .into_iter()
        .map(|(k, v)| (k.to_owned(), v.to_owned()))
        .collect();
        assert_eq!(mapped.fields, expected);
        assert_eq!(
            mapped.place,
            Place {
                postcode: Some("10126".into()),
                province: Some("TO".into()),
                district: None
            }
        );
        assert!(mapped.warnings.is_empty());
        assert_eq!(mapped.line, 2);
    }

    /// An Overpass Turbo export: the house number's column comes before the street's.
    #[test]
    fn an_osm_row_is_mapped() {
        let headers = strings(&[
            "@id",
            "addr:housenumber",
            "addr:street",
            "addr:city",
            "name",
            "name:en",
            "opening_hours",
            "@changeset",
            "amenity",
        ]);
        let mapping = guess_mapping(&headers);
        let row = SourceRow {
            line: 5,
            fields: strings(&[
                "node/2345678",
                "3",
                "Via Garibaldi",
                "Asti",
                "Biblioteca Astense",
                "Astense Library",
                "Mo-Fr 09:00-18:00",
                "123",
                "library",
            ]),
        };
        let mapped = apply(&mapping, &headers, &row).unwrap();
        // The id the GeoJSON and Overpass JSON readers give the same object.
        assert_eq!(mapped.fields["id"], "osm-node-2345678");
        assert_eq!(mapped.fields["address"], "Via Garibaldi 3");
        assert_eq!(mapped.fields["city"], "Asti");
        assert_eq!(mapped.fields["name_it"], "Biblioteca Astense");
        assert_eq!(mapped.fields["name_en"], "Astense Library");
        assert_eq!(mapped.fields["opening_hours"], "Mo-Fr 09:00-18:00");
        assert_eq!(mapped.fields.len(), 6, "{:?}", mapped.fields);
    }

    #[test]
    fn a_second_value_for_a_one_valued_field_is_flagged() {
        let headers = strings(&["Telefono", "Tel.", "E-mail", "PEC"]);
        let mapping = guess_mapping(&headers);
        let row = SourceRow {
            line: 3,
            fields: strings(&["", "011 123456", "info@coop.it", "coop@pec.it"]),
        };
        let mapped = apply(&mapping, &headers, &row).unwrap();
        assert_eq!(
            mapped.fields["phone"], "011 123456",
            "an empty first column does not count"
        );
        assert_eq!(mapped.fields["email"], "info@coop.it");
        assert_eq!(
            mapped.warnings,
            [Warning::ValueNotUsed {
                column: "PEC".into(),
                field: "email".into(),
                value: "coop@pec.it".into()
            }]
        );
        assert_eq!(mapped.warnings[0].key(), "intake-value-not-used");
    }

    #[test]
    fn the_row_values_win_over_the_constants() {
        let headers = strings(&["Comune", "Tipologia"]);
        let mut mapping = guess_mapping(&headers);
        mapping.constants.city = Some("Torino".into());
        mapping.constants.categories = strings(&["work"]);
        let row = SourceRow {
            line: 2,
            fields: strings(&["Moncalieri", ""]),
        };
        let mapped = apply(&mapping, &headers, &row).unwrap();
        assert_eq!(mapped.fields["city"], "Moncalieri");
        assert_eq!(mapped.fields["categories"], "work");
    }

    #[test]
    fn a_mapping_in_another_language_names_its_texts_so() {
        let headers = strings(&["name", "description"]);
        let mut mapping = guess_mapping(&headers);
        mapping.language = "en".into();
        let row = SourceRow {
            line: 2,
            fields: strings(&["Job centre", "Help with CVs"]),
        };
        let mapped = apply(&mapping, &headers, &row).unwrap();
        assert_eq!(mapped.fields["name_en"], "Job centre");
        assert_eq!(mapped.fields["description_en"], "Help with CVs");
    }

    #[test]
    fn a_row_with_the_wrong_field_count_is_refused() {
        let headers = strings(&["Denominazione", "Indirizzo"]);
        let mapping = guess_mapping(&headers);
        for fields in [&["A"][..], &["A", "Via Roma", "1"]] {
            let row = SourceRow {
                line: 7,
                fields: strings(fields),
            };
            let error = apply(&mapping, &headers, &row).unwrap_err();
            assert_eq!(
                error,
                MappingError::FieldCount {
                    line: 7,
                    expected: 2,
                    found: fields.len()
                }
            );
            assert_eq!(error.key(), "intake-row-field-count");
        }
    }

    #[test]
    fn headers_new_since_the_mapping_was_saved_are_named() {
        let mapping = guess_mapping(&strings(&["Denominazione", "Comune"]));
        let next_month = strings(&["Denominazione", "Comune", "Orari"]);
        assert_eq!(unmapped_headers(&mapping, &next_month), ["Orari"]);
        let row = SourceRow {
            line: 2,
            fields: strings(&["Sportello", "Asti", "lun-ven 9-13"]),
        };
        let mapped = apply(&mapping, &next_month, &row).unwrap();
        assert!(!mapped.fields.contains_key("opening_hours"));
    }
}
