//! Importers of real data into service records: CSV (the layout below), GeoJSON, and
//! OpenStreetMap JSON as Overpass returns it.
//!
//! An import is all or nothing: every bad row is reported (its row number and field), and when
//! there is any, no record is returned at all.
//!
//! ## The CSV layout
//!
//! UTF-8, comma-separated, one header row; column order is free and unknown columns are refused.
//!
//! | column | content |
//! |---|---|
//! | `id` | stable id (lowercase letters, digits, `-_.:`) — required |
//! | `organisation` | who runs it — required |
//! | `categories` | category codes separated by `;` (e.g. `work;job_orientation`) — required |
//! | `address`, `city` | street address; city (required, or given to the importer) |
//! | `region` | territory code (`bologna`); empty: the importer's region |
//! | `lat`, `lon` | WGS84 decimal degrees, both or neither; neither: no map position (found by search and lists) |
//! | `opening_hours` | OpenStreetMap `opening_hours` syntax |
//! | `phone`, `whatsapp`, `email`, `web`, `walk_in` | contacts, one per channel |
//! | `languages_spoken` | language codes separated by `;` |
//! | `audiences` | `everyone;asylum_seekers;refugees;women;minors` |
//! | `free`, `wheelchair` | `yes`, `no` or empty |
//! | `last_verified` | `YYYY-MM-DD`; `source`: who checked it |
//! | `attribution` | what the data's licence asks to show (`Comune di Bologna, CC BY 4.0`), at most 300 characters; empty: the importer's |
//! | `source_language` | language of the authored texts; default `it` |
//! | `version` | source version, default 1 |
//! | `name_<lang>`, `description_<lang>`, `eligibility_<lang>`, `how_to_<lang>` | texts per language; `name_<source_language>` required |
//! | `provenance_<lang>` | `original`, `machine` or `reviewed`; default `original` for the source language, `machine` for the others |

use std::collections::{BTreeMap, HashSet};

use serde_json::value::RawValue;
use serde_json::Value;

use crate::content::{
    Audience, Category, Contact, ContactChannel, Problem, Provenance, ServiceRecord, ServiceText,
};

pub mod osm;
pub use osm::OSM_ATTRIBUTION;

/// One refused row.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RowError {
    /// The row's number: the line in a CSV file (the header is line 1), the feature or element
    /// (from 1) in JSON.
    pub row: usize,
    /// The column (or property) to fix; empty when the whole line cannot be read.
    pub field: String,
    pub problem: Problem,
}

impl std::fmt::Display for RowError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "row {}, {}: {}", self.row, self.field, self.problem)
    }
}

/// Why an import was refused: the file could not be read at all, or some rows are wrong.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum ImportError {
    /// Not a file of the format asked for: [`Problem::NotCsv`], [`Problem::NotJson`],
    /// [`Problem::NotGeoJson`] or [`Problem::NotOverpassJson`].
    #[error("the file cannot be read: {0}")]
    Unreadable(Problem),
    #[error("{} row(s) refused; nothing imported. First: {}", .0.len(), .0.first().map(|e| e.to_string()).unwrap_or_default())]
    Rows(Vec<RowError>),
}

/// Defaults for fields the data does not carry.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ImportOptions {
    pub region: String,
    pub city: String,
    pub source_language: String,
    /// Written into `source` when a row has none.
    pub source: String,
    /// Written into `attribution` when a row has none: the licence of the whole file.
    pub attribution: String,
    /// The categories of a row that has none: an OpenStreetMap object whose tags say no kind
    /// of service the table knows, a row without `categories`. Empty: such a row is refused.
    pub categories: Vec<Category>,
    /// Who runs the services of rows that do not say (no `organisation`; in OpenStreetMap, no
    /// `operator` tag).
    pub organisation: String,
}

impl ImportOptions {
    pub fn for_region(region: &str, city: &str) -> Self {
        ImportOptions {
            region: region.into(),
            city: city.into(),
            source_language: "it".into(),
            source: String::new(),
            attribution: String::new(),
            categories: Vec::new(),
            organisation: String::new(),
        }
    }
}

const FIXED_COLUMNS: &[&str] = &[
    "id",
    "organisation",
    "categories",
    "address",
    "city",
    "region",
    "lat",
    "lon",
    "opening_hours",
    "phone",
    "whatsapp",
    "email",
    "web",
    "walk_in",
    "languages_spoken",
    "audiences",
    "free",
    "wheelchair",
    "last_verified",
    "source",
    "attribution",
    "source_language",
    "version",
];
const TEXT_PREFIXES: &[&str] = &[
    "name_",
    "description_",
    "eligibility_",
    "how_to_",
    "provenance_",
];

/// One row as named fields, whatever format it came from.
type Fields = BTreeMap<String, String>;

fn err(row: usize, field: &str, problem: Problem) -> RowError {
    RowError {
        row,
        field: field.into(),
        problem,
    }
}

fn not_json(error: serde_json::Error) -> ImportError {
    ImportError::Unreadable(Problem::NotJson {
        line: error.line(),
        detail: error.to_string(),
    })
}

fn split_list(text: &str) -> impl Iterator<Item = &str> {
    text.split(';').map(str::trim).filter(|s| !s.is_empty())
}

fn yes_no(row: usize, field: &str, text: &str) -> Result<Option<bool>, RowError> {
    match text.trim().to_ascii_lowercase().as_str() {
        "" => Ok(None),
        "yes" | "true" | "si" | "sì" => Ok(Some(true)),
        "no" | "false" => Ok(Some(false)),
        other => Err(err(
            row,
            field,
            Problem::NotYesNo {
                value: other.to_owned(),
            },
        )),
    }
}

/// Builds and validates one record from named fields.
fn record_from_fields(
    row: usize,
    fields: &Fields,
    options: &ImportOptions,
) -> Result<ServiceRecord, RowError> {
    let get = |name: &str| fields.get(name).map(|s| s.trim()).unwrap_or("");
    for name in fields.keys() {
        let known = FIXED_COLUMNS.contains(&name.as_str())
            || TEXT_PREFIXES.iter().any(|p| name.starts_with(p));
        if !known {
            return Err(err(row, name, Problem::UnknownColumn));
        }
    }
    let mut categories = Vec::new();
    if get("categories").is_empty() {
        categories.clone_from(&options.categories);
    }
    for code in split_list(get("categories")) {
        categories.push(Category::from_code(code).ok_or_else(|| {
            err(
                row,
                "categories",
                Problem::UnknownCategory {
                    code: code.to_owned(),
                },
            )
        })?);
    }
    let mut audiences = Vec::new();
    for code in split_list(get("audiences")) {
        audiences.push(Audience::from_code(code).ok_or_else(|| {
            err(
                row,
                "audiences",
                Problem::UnknownAudience {
                    code: code.to_owned(),
                },
            )
        })?);
    }
    // An empty coordinate is none; one without the other is refused by the record's check.
    let coordinate = |name: &str| -> Result<Option<f64>, RowError> {
        let text = get(name);
        if text.is_empty() {
            return Ok(None);
        }
        text.replace(',', ".")
            .parse::<f64>()
            .map(Some)
            .map_err(|_| {
                err(
                    row,
                    name,
                    Problem::NotANumber {
                        value: text.to_owned(),
                    },
                )
            })
    };
    let version = match get("version") {
        "" => 1,
        v => v.parse().map_err(|_| {
            err(
                row,
                "version",
                Problem::NotAWholeNumber {
                    value: v.to_owned(),
                },
            )
        })?,
    };
    let source_language = match get("source_language") {
        "" => options.source_language.clone(),
        l => l.to_owned(),
    };
    let mut contacts = Vec::new();
    for (column, channel) in [
        ("phone", ContactChannel::Phone),
        ("whatsapp", ContactChannel::Whatsapp),
        ("email", ContactChannel::Email),
        ("web", ContactChannel::Web),
        ("walk_in", ContactChannel::WalkIn),
    ] {
        if !get(column).is_empty() {
            contacts.push(Contact {
                channel,
                value: get(column).to_owned(),
            });
        }
    }
    let mut languages: Vec<&str> = fields
        .keys()
        .filter_map(|k| TEXT_PREFIXES.iter().find_map(|p| k.strip_prefix(p)))
        .collect();
    languages.sort();
    languages.dedup();
    let mut texts = Vec::new();
    for language in languages {
        let name = get(&format!("name_{language}"));
        let rest = ["description_", "eligibility_", "how_to_"]
            .map(|p| get(&format!("{p}{language}")).to_owned());
        if name.is_empty() && rest.iter().all(String::is_empty) {
            continue; // an empty column for a language the row has no text in
        }
        let provenance_field = format!("provenance_{language}");
        let provenance = match get(&provenance_field) {
            "" if language == source_language => Provenance::Original,
            "" => Provenance::Machine,
            p => Provenance::from_code(p).ok_or_else(|| {
                err(
                    row,
                    &provenance_field,
                    Problem::NotAProvenance {
                        value: p.to_owned(),
                    },
                )
            })?,
        };
        let [description, eligibility, how_to] = rest;
        texts.push(ServiceText {
            language: language.to_owned(),
            name: name.to_owned(),
            description,
            eligibility,
            how_to,
            provenance,
            source_version: version,
        });
    }
    let or_default = |value: &str, default: &str| {
        if value.is_empty() {
            default.to_owned()
        } else {
            value.to_owned()
        }
    };
    let record = ServiceRecord {
        id: get("id").to_owned(),
        version,
        organisation: or_default(get("organisation"), &options.organisation),
        categories,
        address: get("address").to_owned(),
        city: or_default(get("city"), &options.city),
        region: or_default(get("region"), &options.region),
        lat: coordinate("lat")?,
        lon: coordinate("lon")?,
        opening_hours: Some(get("opening_hours").to_owned()).filter(|h| !h.is_empty()),
        contacts,
        languages_spoken: split_list(get("languages_spoken"))
            .map(str::to_owned)
            .collect(),
        audiences,
        free: yes_no(row, "free", get("free"))?,
        wheelchair: yes_no(row, "wheelchair", get("wheelchair"))?,
        last_verified: Some(get("last_verified").to_owned()).filter(|d| !d.is_empty()),
        source: or_default(get("source"), &options.source),
        attribution: or_default(get("attribution"), &options.attribution),
        source_language,
        texts,
    };
    record.validate().map_err(|e| {
        // Name the column the person can fix, not the record's internal path.
        let field = match e.field.as_str() {
            "texts" => format!("name_{}", record.source_language),
            f if f.starts_with("texts[") => record
                .texts
                .get(
                    f[6..]
                        .split(']')
                        .next()
                        .and_then(|i| i.parse::<usize>().ok())
                        .unwrap_or(0),
                )
                .map(|t| format!("{}_{}", f.rsplit('.').next().unwrap_or("name"), t.language))
                .unwrap_or_else(|| f.to_owned()),
            f if f.starts_with("contacts[") => "contacts".to_owned(),
            f if f.starts_with("languages_spoken[") => "languages_spoken".to_owned(),
            f => f.to_owned(),
        };
        err(row, &field, e.problem)
    })?;
    Ok(record)
}

/// Collects rows into records, all or nothing, refusing duplicate ids.
/// One row of a file, read: its number (see [`RowError::row`]) and its service, or why not.
pub type ReadRow = (usize, Result<ServiceRecord, RowError>);

/// Refuses every row after the first that has a given id.
fn refuse_repeated_ids(rows: impl IntoIterator<Item = ReadRow>) -> Vec<ReadRow> {
    let mut seen = HashSet::new();
    rows.into_iter()
        .map(|(row, result)| match result {
            Ok(record) if !seen.insert(record.id.clone()) => (
                row,
                Err(err(row, "id", Problem::AppearsTwice { value: record.id })),
            ),
            other => (row, other),
        })
        .collect()
}

/// All or nothing: the records when every row is good, or every refused row.
fn collect(rows: Vec<ReadRow>) -> Result<Vec<ServiceRecord>, ImportError> {
    let mut records = Vec::new();
    let mut errors = Vec::new();
    for (_, result) in rows {
        match result {
            Ok(record) => records.push(record),
            Err(e) => errors.push(e),
        }
    }
    if errors.is_empty() {
        Ok(records)
    } else {
        Err(ImportError::Rows(errors))
    }
}

/// One row given as named fields (the CSV layout's column names, see the top of this file),
/// read as a service: for files whose columns were mapped to that layout first.
pub fn record_from_named_fields(
    row: usize,
    fields: &BTreeMap<String, String>,
    options: &ImportOptions,
) -> Result<ServiceRecord, RowError> {
    record_from_fields(row, fields, options)
}

/// Reads services from CSV in the layout documented above, all or nothing.
pub fn from_csv(data: &[u8], options: &ImportOptions) -> Result<Vec<ServiceRecord>, ImportError> {
    collect(read_csv(data, options)?)
}

/// Reads each row of a CSV file in the layout documented above: the good ones and the refused
/// ones, so an operator can import the good rows and fix the others. Fails only for a file
/// that is not CSV at all.
pub fn read_csv(data: &[u8], options: &ImportOptions) -> Result<Vec<ReadRow>, ImportError> {
    let mut reader = csv::ReaderBuilder::new()
        .flexible(false)
        .trim(csv::Trim::All)
        .from_reader(data);
    let headers = reader
        .headers()
        .map_err(|e| {
            ImportError::Unreadable(Problem::NotCsv {
                detail: e.to_string(),
            })
        })?
        .clone();
    let mut rows = Vec::new();
    for (index, result) in reader.records().enumerate() {
        let line = result
            .as_ref()
            .ok()
            .and_then(|r| r.position())
            .map(|p| p.line() as usize)
            .unwrap_or(index + 2);
        let row = match result {
            Ok(record) => {
                let fields: Fields = headers
                    .iter()
                    .zip(record.iter())
                    .map(|(h, v)| (h.to_owned(), v.to_owned()))
                    .collect();
                record_from_fields(line, &fields, options)
            }
            Err(e) => Err(err(
                line,
                "",
                Problem::BadCsvRow {
                    detail: e.to_string(),
                },
            )),
        };
        rows.push((line, row));
    }
    Ok(refuse_repeated_ids(rows))
}

/// A JSON file's top-level object, each member left as its text: the features or elements
/// are then parsed one at a time ([`item`]), so a file of 50,000 of them is never held whole as
/// a tree (several times the file's size). `None`: valid JSON, but not an object.
type Members<'a> = std::collections::HashMap<String, &'a RawValue>;

fn json_object(data: &[u8]) -> Result<Option<Members<'_>>, ImportError> {
    match serde_json::from_slice::<Members>(data) {
        Ok(members) => Ok(Some(members)),
        Err(e) if e.classify() == serde_json::error::Category::Data => Ok(None),
        Err(e) => Err(not_json(e)),
    }
}

/// The items of an array member, each still text; `None` when it is absent or no array.
fn array_member<'a>(members: &Members<'a>, name: &str) -> Option<Vec<&'a RawValue>> {
    serde_json::from_str(members.get(name)?.get()).ok()
}

/// One item as a tree. Its text was checked as JSON with the whole file, so this cannot fail.
fn item(raw: &RawValue) -> Value {
    serde_json::from_str(raw.get()).unwrap_or(Value::Null)
}

fn value_to_text(value: &Value) -> String {
    match value {
        Value::Null => String::new(),
        Value::String(s) => s.clone(),
        Value::Bool(b) => if *b { "yes" } else { "no" }.to_owned(),
        Value::Number(n) => n.to_string(),
        Value::Array(items) => items
            .iter()
            .map(value_to_text)
            .collect::<Vec<_>>()
            .join(";"),
        Value::Object(_) => value.to_string(),
    }
}

/// Reads services from a GeoJSON FeatureCollection, all or nothing. A feature is either a
/// Point whose properties use the CSV column names (lists may be JSON arrays), or an
/// OpenStreetMap object as Overpass Turbo exports it (an `@id` property or a `node/…`, `way/…`,
/// `relation/…` id), read from its tags as [`from_osm_json`] reads them, with the same id, and
/// placed by [`osm::geometry_position`] whatever its geometry. A feature without a geometry
/// (absent or `null`, as GeoJSON writes an unlocated feature) is a service without a map
/// position.
pub fn from_geojson(
    data: &[u8],
    options: &ImportOptions,
) -> Result<Vec<ServiceRecord>, ImportError> {
    collect(read_geojson(data, options)?)
}

/// [`from_geojson`] row by row, as [`read_csv`].
pub fn read_geojson(data: &[u8], options: &ImportOptions) -> Result<Vec<ReadRow>, ImportError> {
    let not_geojson = ImportError::Unreadable(Problem::NotGeoJson);
    let members = json_object(data)?.ok_or(not_geojson.clone())?;
    let kind = members
        .get("type")
        .and_then(|t| serde_json::from_str::<String>(t.get()).ok());
    if kind.as_deref() != Some("FeatureCollection") {
        return Err(not_geojson);
    }
    let features = array_member(&members, "features").ok_or(not_geojson)?;
    let rows = features.into_iter().enumerate().map(|(i, feature)| {
        let row = i + 1;
        let feature = item(feature);
        let feature = &feature;
        let result = (|| {
            if let Some((kind, number, tags)) = osm_feature(feature) {
                let position = match feature.get("geometry").filter(|g| !g.is_null()) {
                    None => None,
                    Some(geometry) => Some(
                        osm::geometry_position(geometry)
                            .ok_or_else(|| err(row, "geometry", Problem::CoordinatesMissing))?,
                    ),
                };
                let fields = osm::osm_fields(row, &kind, &number, position, &tags, options)?;
                return record_from_fields(row, &fields, options);
            }
            let coordinates = match feature.get("geometry").filter(|g| !g.is_null()) {
                None => None,
                Some(geometry) => {
                    if geometry.get("type").and_then(Value::as_str) != Some("Point") {
                        return Err(err(row, "geometry", Problem::GeometryNotAPoint));
                    }
                    Some(
                        geometry
                            .get("coordinates")
                            .and_then(Value::as_array)
                            .ok_or_else(|| err(row, "geometry", Problem::CoordinatesMissing))?,
                    )
                }
            };
            let mut fields: Fields = feature
                .get("properties")
                .and_then(Value::as_object)
                .map(|p| {
                    p.iter()
                        .map(|(k, v)| (k.clone(), value_to_text(v)))
                        .collect()
                })
                .unwrap_or_default();
            if let Some(coordinates) = coordinates {
                fields.insert(
                    "lon".into(),
                    coordinates.first().map(value_to_text).unwrap_or_default(),
                );
                fields.insert(
                    "lat".into(),
                    coordinates.get(1).map(value_to_text).unwrap_or_default(),
                );
            }
            if let Some(id) = feature.get("id").filter(|_| !fields.contains_key("id")) {
                fields.insert("id".into(), value_to_text(id));
            }
            record_from_fields(row, &fields, options)
        })();
        (row, result)
    });
    Ok(refuse_repeated_ids(rows))
}

/// An OpenStreetMap object's tags as text. Keys beginning with `@` are Overpass Turbo's
/// metadata (`@id`, `@timestamp`, `@user`, `@relations`, …), not tags.
fn tags_of(object: &Value) -> osm::Tags {
    object
        .as_object()
        .into_iter()
        .flatten()
        .filter(|(key, _)| !key.starts_with('@'))
        .map(|(key, value)| (key.clone(), value_to_text(value)))
        .collect()
}

/// A GeoJSON feature that is an OpenStreetMap object, as Overpass Turbo exports it: its kind,
/// its number and its tags. Known by an `@id` property or a feature id `node/…`, `way/…`,
/// `relation/…`; the tags are the properties (or, from older exports, the `tags` property).
fn osm_feature(feature: &Value) -> Option<(String, String, osm::Tags)> {
    let properties = feature.get("properties");
    let id = properties
        .and_then(|p| p.get("@id"))
        .or_else(|| feature.get("id"))
        .and_then(Value::as_str)?;
    let (kind, number) = osm::parse_osm_id(id)?;
    let tags = match properties {
        Some(p) if p.get("tags").is_some_and(Value::is_object) => tags_of(&p["tags"]),
        Some(p) => tags_of(p),
        None => osm::Tags::new(),
    };
    Some((kind.to_owned(), number.to_owned(), tags))
}

/// Reads services from OpenStreetMap JSON as the Overpass API returns it (`out center tags`):
/// nodes with `lat`/`lon`, ways and relations with a `center`. An element with neither (a way
/// asked for without `out center`) is a service without a map position.
pub fn from_osm_json(
    data: &[u8],
    options: &ImportOptions,
) -> Result<Vec<ServiceRecord>, ImportError> {
    collect(read_osm_json(data, options)?)
}

/// [`from_osm_json`] element by element, as [`read_csv`].
pub fn read_osm_json(data: &[u8], options: &ImportOptions) -> Result<Vec<ReadRow>, ImportError> {
    let not_overpass = ImportError::Unreadable(Problem::NotOverpassJson);
    let members = json_object(data)?.ok_or(not_overpass.clone())?;
    let elements = array_member(&members, "elements").ok_or(not_overpass)?;
    let rows = elements.into_iter().enumerate().map(|(i, element)| {
        let row = i + 1;
        let element = item(element);
        let element = &element;
        let result = (|| {
            let kind = element.get("type").and_then(Value::as_str).unwrap_or("");
            let id = element.get("id").map(value_to_text).unwrap_or_default();
            let (lat, lon) = match (
                element.get("lat"),
                element.get("lon"),
                element.get("center"),
            ) {
                (Some(lat), Some(lon), _) => (value_to_text(lat), value_to_text(lon)),
                (_, _, Some(c)) => (
                    c.get("lat").map(value_to_text).unwrap_or_default(),
                    c.get("lon").map(value_to_text).unwrap_or_default(),
                ),
                _ => (String::new(), String::new()),
            };
            let tags = element.get("tags").map(tags_of).unwrap_or_default();
            let position = Some(osm::Position { lat, lon });
            let fields = osm::osm_fields(row, kind, &id, position, &tags, options)?;
            record_from_fields(row, &fields, options)
        })();
        (row, result)
    });
    Ok(refuse_repeated_ids(rows))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn options() -> ImportOptions {
        ImportOptions::for_region("bologna", "Bologna")
    }

    const CSV: &str = "id,organisation,categories,address,city,lat,lon,opening_hours,phone,languages_spoken,audiences,free,name_it,description_it,name_ar,provenance_ar
bo-1,Comune,legal_aid;work,Via A 1,,44.49,11.34,Mo-Fr 09:00-12:00,051 1,it;ar,refugees,yes,Sportello,Aiuto,مكتب,reviewed
bo-2,Coop,food,Via B 2,,44.50,11.35,,,,,,Mensa,,,
";

    #[test]
    fn csv_rows_become_records() {
        let records = from_csv(CSV.as_bytes(), &options()).unwrap();
        assert_eq!(records.len(), 2);
        let r = &records[0];
        assert_eq!(r.categories, [Category::LegalAid, Category::Work]);
        assert_eq!((r.city.as_str(), r.region.as_str()), ("Bologna", "bologna"));
        assert_eq!(r.text("ar").unwrap().provenance, Provenance::Reviewed);
        assert_eq!(r.text("it").unwrap().provenance, Provenance::Original);
        assert_eq!(r.free, Some(true));
        assert_eq!(
            records[1].texts.len(),
            1,
            "an empty Arabic column is no Arabic text"
        );
    }

    #[test]
    fn csv_without_coordinates_imports_without_a_position_and_half_a_position_is_refused() {
        let csv = "id,organisation,categories,city,name_it,attribution
bo-1,Comune,work,Bologna,Sportello,\"Comune di Bologna, CC BY 4.0\"
bo-2,Comune,work,Bologna,Sportello 2,
";
        let mut opts = options();
        opts.attribution = "Regione Emilia-Romagna, CC BY 4.0".into();
        let records = from_csv(csv.as_bytes(), &opts).unwrap();
        assert_eq!((records[0].lat, records[0].lon), (None, None));
        assert_eq!(records[0].attribution, "Comune di Bologna, CC BY 4.0");
        assert_eq!(
            records[1].attribution, "Regione Emilia-Romagna, CC BY 4.0",
            "an empty cell takes the file's attribution"
        );
        // Empty cells in lat and lon columns are no position either; one alone is refused.
        let half = "id,organisation,categories,lat,lon,name_it
ok-1,Comune,work,,,Sportello
bad-1,Comune,work,44.49,,Sportello
bad-2,Comune,work,,11.34,Sportello
";
        let ImportError::Rows(errors) = from_csv(half.as_bytes(), &options()).unwrap_err() else {
            panic!()
        };
        let found: Vec<(usize, &str, &Problem)> = errors
            .iter()
            .map(|e| (e.row, e.field.as_str(), &e.problem))
            .collect();
        assert_eq!(
            found,
            [
                (3, "lon", &Problem::PositionHalf),
                (4, "lat", &Problem::PositionHalf)
            ]
        );
        let long = format!(
            "id,organisation,categories,name_it,attribution\nbo-1,Comune,work,Sportello,{}\n",
            "x".repeat(301)
        );
        let ImportError::Rows(errors) = from_csv(long.as_bytes(), &options()).unwrap_err() else {
            panic!()
        };
        assert_eq!(
            (errors[0].field.as_str(), &errors[0].problem),
            ("attribution", &Problem::TooLong { max: 300 })
        );
    }

    #[test]
    fn every_bad_csv_row_is_named_and_nothing_is_imported() {
        let bad = "id,organisation,categories,lat,lon,opening_hours,name_it
ok-1,Comune,work,44.49,11.34,,Sportello
bad-1,Comune,spaceships,44.49,11.34,,Sportello
bad-2,Comune,work,north,11.34,,Sportello
bad-3,Comune,work,44.49,11.34,every day maybe,Sportello
bad-4,Comune,work,44.49,11.34,,
ok-1,Comune,work,44.49,11.34,,Doppio
";
        let ImportError::Rows(errors) = from_csv(bad.as_bytes(), &options()).unwrap_err() else {
            panic!()
        };
        let found: Vec<(usize, &str, &str)> = errors
            .iter()
            .map(|e| (e.row, e.field.as_str(), e.problem.key()))
            .collect();
        assert_eq!(
            found,
            [
                (3, "categories", "problem-unknown-category"),
                (4, "lat", "problem-not-a-number"),
                (5, "opening_hours", "problem-opening-hours"),
                (6, "name_it", "problem-source-text"),
                (7, "id", "problem-twice")
            ]
        );
        assert_eq!(
            errors[1].problem,
            Problem::NotANumber {
                value: "north".into()
            }
        );
        assert_eq!(
            errors[1].to_string(),
            "row 4, lat: \"north\" is not a number",
            "the command line's English line"
        );
        assert!(errors[2].problem.detail().is_some_and(|d| !d.is_empty()));
        let unknown = "id,organisation,categories,lat,lon,name_it,colour\nx,C,work,1,1,N,red\n";
        let ImportError::Rows(errors) = from_csv(unknown.as_bytes(), &options()).unwrap_err()
        else {
            panic!()
        };
        assert_eq!(errors[0].field, "colour");
        assert_eq!(errors[0].problem, Problem::UnknownColumn);
    }

    #[test]
    fn a_file_that_cannot_be_read_says_why_with_the_readers_detail() {
        let short_row = "id,organisation,categories,lat,lon,name_it\nx,C,work\n";
        let ImportError::Rows(errors) = from_csv(short_row.as_bytes(), &options()).unwrap_err()
        else {
            panic!()
        };
        assert_eq!((errors[0].row, errors[0].field.as_str()), (2, ""));
        assert!(matches!(errors[0].problem, Problem::BadCsvRow { .. }));
        let Err(ImportError::Unreadable(Problem::NotJson { line, detail })) =
            from_osm_json(b"{\n\"elements\": [", &options())
        else {
            panic!()
        };
        assert_eq!(line, 2);
        assert!(!detail.is_empty());
        assert_eq!(
            from_osm_json(b"{}", &options()),
            Err(ImportError::Unreadable(Problem::NotOverpassJson))
        );
        for not_a_collection in [
            &br#"{"type":"Feature"}"#[..],
            br#"{"type":"FeatureCollection","features":3}"#,
            br#"{"type":["FeatureCollection"],"features":[]}"#,
            br#"[{"type":"FeatureCollection","features":[]}]"#,
        ] {
            assert_eq!(
                from_geojson(not_a_collection, &options()),
                Err(ImportError::Unreadable(Problem::NotGeoJson))
            );
        }
        for not_overpass in [&br#"{"elements":{}}"#[..], b"[]", b"42"] {
            assert_eq!(
                from_osm_json(not_overpass, &options()),
                Err(ImportError::Unreadable(Problem::NotOverpassJson))
            );
        }
    }

    #[test]
    fn geojson_features_become_records() {
        let json = r#"{"type":"FeatureCollection","features":[
            {"type":"Feature","id":"ve-1","geometry":{"type":"Point","coordinates":[12.33,45.44]},
             "properties":{"organisation":"Comune di Venezia","categories":["italian_courses"],"name_it":"Scuola di italiano","languages_spoken":["it","en"],"free":true}},
            {"type":"Feature","geometry":{"type":"LineString","coordinates":[[0,0],[1,1]]},"properties":{}}]}"#;
        let opts = ImportOptions::for_region("venezia", "Venezia");
        let ImportError::Rows(errors) = from_geojson(json.as_bytes(), &opts).unwrap_err() else {
            panic!()
        };
        assert_eq!((errors[0].row, errors[0].field.as_str()), (2, "geometry"));
        let good = json.replace(r#",
            {"type":"Feature","geometry":{"type":"LineString","coordinates":[[0,0],[1,1]]},"properties":{}}"#, "");
        let records = from_geojson(good.as_bytes(), &opts).unwrap();
        assert_eq!(
            (records[0].id.as_str(), records[0].position()),
            ("ve-1", Some((45.44, 12.33)))
        );
        assert_eq!(records[0].free, Some(true));
        // GeoJSON's unlocated features (geometry null, or none at all) have no map position.
        let unlocated = r#"{"type":"FeatureCollection","features":[
            {"type":"Feature","id":"ve-2","geometry":null,"properties":{"organisation":"Comune","categories":"work","name_it":"Sportello"}},
            {"type":"Feature","id":"ve-3","properties":{"organisation":"Comune","categories":"work","name_it":"Sportello 2"}}]}"#;
        let records = from_geojson(unlocated.as_bytes(), &opts).unwrap();
        assert!(records.iter().all(|r| r.position().is_none()));
        let no_coordinates = unlocated.replace("null", r#"{"type":"Point"}"#);
        let ImportError::Rows(errors) = from_geojson(no_coordinates.as_bytes(), &opts).unwrap_err()
        else {
            panic!()
        };
        assert_eq!(errors[0].problem, Problem::CoordinatesMissing);
        assert!(matches!(
            from_geojson(b"{", &opts),
            Err(ImportError::Unreadable(_))
        ));
    }

    #[test]
    fn overpass_elements_become_records() {
        let json = r#"{"elements":[
            {"type":"node","id":42,"lat":38.11,"lon":13.36,"tags":{"name":"Banco alimentare","name:ar":"بنك الطعام","amenity":"social_facility","social_facility":"food_bank","opening_hours":"Tu,Th 15:00-18:00","wheelchair":"limited","addr:street":"Via Roma","addr:housenumber":"5"}},
            {"type":"way","id":7,"center":{"lat":38.12,"lon":13.35},"tags":{"name":"Centro per l'impiego","office":"employment_agency","check_date":"2026-09-01"}},
            {"type":"node","id":9,"lat":38.1,"lon":13.3,"tags":{"name":"Panchina"}}]}"#;
        let opts = ImportOptions::for_region("palermo", "Palermo");
        let ImportError::Rows(errors) = from_osm_json(json.as_bytes(), &opts).unwrap_err() else {
            panic!()
        };
        assert_eq!(
            (errors.len(), errors[0].row, errors[0].field.as_str()),
            (1, 3, "categories")
        );
        let json = json.replace(
            r#""tags":{"name":"Panchina"}"#,
            r#""tags":{"name":"Panchina","ponte:category":"transport"}"#,
        );
        let records = from_osm_json(json.as_bytes(), &opts).unwrap();
        assert_eq!(records[0].id, "osm-node-42");
        assert_eq!(records[0].categories, [Category::Food]);
        assert_eq!(records[0].address, "Via Roma 5");
        assert_eq!(records[0].wheelchair, None);
        assert_eq!(records[0].text("ar").unwrap().name, "بنك الطعام");
        assert_eq!(records[1].categories, [Category::Work]);
        assert_eq!(records[1].last_verified.as_deref(), Some("2026-09-01"));
        assert_eq!(records[2].categories, [Category::Transport]);
        assert!(records
            .iter()
            .all(|r| r.attribution == OSM_ATTRIBUTION && r.position().is_some()));
    }

    #[test]
    fn an_overpass_way_without_a_center_has_no_map_position() {
        let json = r#"{"elements":[
            {"type":"way","id":7,"tags":{"name":"Centro per l'impiego","office":"employment_agency"}}]}"#;
        let mut opts = ImportOptions::for_region("palermo", "Palermo");
        let records = from_osm_json(json.as_bytes(), &opts).unwrap();
        assert_eq!(
            (records[0].id.as_str(), records[0].position()),
            ("osm-way-7", None)
        );
        // The importer's attribution (a source's own words) wins over the default.
        opts.attribution = "© OpenStreetMap contributors (ODbL 1.0)".into();
        let records = from_osm_json(json.as_bytes(), &opts).unwrap();
        assert_eq!(records[0].attribution, opts.attribution);
    }

    const TURBO: &str = r#"{"type":"FeatureCollection","generator":"overpass-turbo","copyright":"The data included in this document is from www.openstreetmap.org. The data is made available under ODbL.","timestamp":"2026-11-20T10:12:03Z","features":[
        {"type":"Feature","properties":{"@id":"node/42","@timestamp":"2025-03-01T09:00:00Z","@version":3,"@changeset":160123456,"@user":"mappatore","@uid":12345,"name":"Mensa del Sermig","name:ar":"مطعم سيرميغ","name:en":"Sermig soup kitchen","amenity":"social_facility","social_facility":"soup_kitchen","social_facility:for":"homeless;migrant","operator":"Sermig","opening_hours":"Mo-Sa 12:00-13:30","wheelchair":"limited","addr:street":"Piazza Borgo Dora","addr:housenumber":"61","source":"survey","note":"entrata laterale"},"geometry":{"type":"Point","coordinates":[7.6862,45.0791]},"id":"node/42"},
        {"type":"Feature","id":"way/7","properties":{"@id":"way/7","@relations":[{"role":"","rel":99,"reltags":{"type":"site"}}],"name":"Casa Aylan","amenity":"social_facility","social_facility":"shelter","social_facility:for":"refugee;woman","fee":"no"},"geometry":{"type":"Polygon","coordinates":[[[7.60,45.10],[7.62,45.10],[7.62,45.12],[7.60,45.12],[7.60,45.10]]]}},
        {"type":"Feature","id":"node/9","properties":{"@id":"node/9","name":"Giardino Cavour","leisure":"park"},"geometry":{"type":"Point","coordinates":[7.68,45.06]}}]}"#;

    #[test]
    fn overpass_turbo_features_are_read_by_their_tags() {
        let opts = ImportOptions::for_region("torino", "Torino");
        let ImportError::Rows(errors) = from_geojson(TURBO.as_bytes(), &opts).unwrap_err() else {
            panic!()
        };
        let found: Vec<_> = errors
            .iter()
            .map(|e| (e.row, e.field.as_str(), &e.problem))
            .collect();
        assert_eq!(
            found,
            [(3, "categories", &Problem::OsmKindUnknown)],
            "metadata and unknown tags are no unknown columns; a park is no service"
        );
        // The operator gives the kind the tags do not say, and who runs it.
        let mut given = opts.clone();
        given.categories = vec![Category::Transport];
        given.organisation = "Città di Torino".into();
        let records = from_geojson(TURBO.as_bytes(), &given).unwrap();
        let park = &records[2];
        assert_eq!(
            (park.id.as_str(), park.categories.as_slice()),
            ("osm-node-9", [Category::Transport].as_slice())
        );
        assert_eq!(park.organisation, "Città di Torino");
        let records = from_geojson(TURBO.as_bytes(), &{
            let mut o = opts.clone();
            o.categories = vec![Category::Work];
            o
        })
        .unwrap();
        let (kitchen, shelter) = (&records[0], &records[1]);
        assert_eq!(kitchen.id, "osm-node-42");
        assert_eq!(
            kitchen.categories,
            [Category::Food],
            "the table's, not the importer's"
        );
        assert_eq!(kitchen.audiences, [Audience::Everyone]);
        assert_eq!(kitchen.organisation, "Sermig");
        assert_eq!(kitchen.address, "Piazza Borgo Dora 61");
        assert_eq!(kitchen.position(), Some((45.0791, 7.6862)));
        assert_eq!(kitchen.text("ar").unwrap().name, "مطعم سيرميغ");
        assert_eq!(kitchen.text("en").unwrap().name, "Sermig soup kitchen");
        assert_eq!(kitchen.text("en").unwrap().provenance, Provenance::Reviewed);
        assert_eq!(kitchen.attribution, OSM_ATTRIBUTION);
        assert_eq!(shelter.id, "osm-way-7");
        assert_eq!(
            (shelter.categories.as_slice(), shelter.audiences.as_slice()),
            (
                [Category::Housing, Category::WomensSupport].as_slice(),
                [Audience::Refugees, Audience::AsylumSeekers, Audience::Women].as_slice()
            )
        );
        assert_eq!(
            shelter.position(),
            Some((45.11, 7.61)),
            "an area is placed at the mean of its ring"
        );
        assert_eq!(shelter.organisation, "Casa Aylan", "no operator: its name");
        assert_eq!(shelter.free, Some(true));
    }

    #[test]
    fn the_same_place_from_overpass_json_and_from_overpass_turbo_is_the_same_service() {
        let opts = ImportOptions::for_region("torino", "Torino");
        let overpass = r#"{"version":0.6,"generator":"Overpass API","elements":[
            {"type":"node","id":42,"lat":45.0791,"lon":7.6862,"tags":{"name":"Mensa del Sermig","name:ar":"مطعم سيرميغ","name:en":"Sermig soup kitchen","amenity":"social_facility","social_facility":"soup_kitchen","social_facility:for":"homeless;migrant","operator":"Sermig","opening_hours":"Mo-Sa 12:00-13:30","wheelchair":"limited","addr:street":"Piazza Borgo Dora","addr:housenumber":"61","source":"survey","note":"entrata laterale"}}]}"#;
        let from_json = from_osm_json(overpass.as_bytes(), &opts).unwrap();
        let mut turbo: Value = serde_json::from_str(TURBO).unwrap();
        turbo["features"].as_array_mut().unwrap().truncate(1);
        let from_turbo = from_geojson(turbo.to_string().as_bytes(), &opts).unwrap();
        assert_eq!(from_json, from_turbo);
    }

    #[test]
    fn osm_features_without_a_position_and_older_exports() {
        let opts = ImportOptions::for_region("torino", "Torino");
        // osmtogeojson's older form: the tags in a `tags` property, the id only on the feature.
        let older = r#"{"type":"FeatureCollection","features":[
            {"type":"Feature","id":"relation/5","properties":{"type":"relation","id":5,"tags":{"name":"Ospedale Amedeo di Savoia","amenity":"hospital"},"relations":[],"meta":{}},
             "geometry":{"type":"MultiPolygon","coordinates":[[[[7.70,45.08],[7.72,45.08],[7.72,45.10],[7.70,45.08]]]]}},
            {"type":"Feature","id":"node/6","properties":{"@id":"node/6","name":"Biblioteca civica","amenity":"library","internet_access":"terminal"},"geometry":null},
            {"type":"Feature","id":"way/8","properties":{"@id":"way/8","name":"Sportello","office":"employment_agency"},"geometry":{"type":"Polygon","coordinates":[]}}]}"#;
        let ImportError::Rows(errors) = from_geojson(older.as_bytes(), &opts).unwrap_err() else {
            panic!()
        };
        assert_eq!(
            errors
                .iter()
                .map(|e| (e.row, e.field.as_str(), &e.problem))
                .collect::<Vec<_>>(),
            [(3, "geometry", &Problem::CoordinatesMissing)]
        );
        let rows = read_geojson(older.as_bytes(), &opts).unwrap();
        let hospital = rows[0].1.as_ref().unwrap();
        assert_eq!(
            (hospital.id.as_str(), hospital.categories.as_slice()),
            ("osm-relation-5", [Category::Health].as_slice())
        );
        let (lat, lon) = hospital.position().unwrap();
        assert!((lat - 45.0866667).abs() < 1e-6 && (lon - 7.7133333).abs() < 1e-6);
        let library = rows[1].1.as_ref().unwrap();
        assert_eq!(library.position(), None, "no geometry: no map position");
        assert_eq!(
            library.categories,
            [Category::Education, Category::DigitalHelp]
        );
    }
}
