//! The steps put together: an operator's file read row by row into services, each row with
//! its warnings, or refused with its reason; nothing is written here. The command line and
//! the dashboard show the result (the preview), then import the good rows or nothing.

use std::collections::{BTreeMap, HashMap};

use ponte_wire::content::ServiceRecord;
use ponte_wire::import::{self, ImportOptions, RowError};

use super::clean::{
    clean_categories, clean_emails, clean_phones, clean_url, split_address, Cleaned, Warning,
};
use super::hours::{clean_hours, Hours};
use super::mapping::{self, ColumnMapping, MappingError, Place};
use super::sniff::{self, Encoding, Separator, SniffError, SniffOverrides};
use crate::geocode::{Address, Found, GeocodeError, Geocoder, Precision};

/// How to read a file.
#[derive(Debug, Clone)]
pub struct ReadOptions {
    pub overrides: SniffOverrides,
    /// The source's saved mapping; guessed from the headers when there is none.
    pub mapping: Option<ColumnMapping>,
    /// Constants that replace the mapping's (the command line's `--category`, ...), whether
    /// the mapping is saved or guessed.
    pub constants: ConstantOverrides,
    pub import: ImportOptions,
    /// The import source the file comes from: its rows' services get the ids
    /// `<source>:<key>` (see [`crate::sources::service_id`]).
    pub source: Option<String>,
    /// New requests to the geocoder at most (answers it gave before are always used): the
    /// dashboard asks a few at a time, the command line all.
    pub geocode_at_most: usize,
}

/// What the operator gives for every row that does not say it, over the mapping's constants.
#[derive(Debug, Clone, Default)]
pub struct ConstantOverrides {
    pub categories: Option<Vec<String>>,
    pub organisation: Option<String>,
}

/// Why a row is refused.
#[derive(Debug, Clone, PartialEq)]
pub enum Refusal {
    /// The row has more or fewer cells than the header.
    Mapping(MappingError),
    /// The mapped row is not a valid service.
    Row(RowError),
}

/// One row of the file, read.
#[derive(Debug, Clone)]
pub struct IntakeRow {
    /// The line it starts on (the header is line 1).
    pub line: usize,
    /// Its id in the source: the id column, or its name and address when the file has none.
    pub key: String,
    /// The cells as they are in the file, written back in the refused rows' file: empty once
    /// the row is a service.
    pub original: Vec<String>,
    /// The fields of the import layout after cleaning, before they are read as a service:
    /// empty once it is one.
    pub fields: BTreeMap<String, String>,
    pub place: Place,
    pub warnings: Vec<Warning>,
    /// Where the geocoder put it, when the file gave no position.
    pub geocoded: Option<Found>,
    pub outcome: Result<ServiceRecord, Refusal>,
}

impl IntakeRow {
    pub fn is_refused(&self) -> bool {
        self.outcome.is_err()
    }
}

/// A file read: what was guessed about it, and every row.
#[derive(Debug, Clone)]
pub struct Intake {
    pub encoding: Encoding,
    pub separator: Separator,
    pub headers: Vec<String>,
    /// The first data row's cells, as an example of each column.
    pub sample: Vec<String>,
    /// The mapping used: the saved one, or the guess (to show and to save).
    pub mapping: ColumnMapping,
    /// Columns the mapping does not name (new since it was saved): not imported.
    pub unmapped: Vec<String>,
    pub rows: Vec<IntakeRow>,
    /// Positions found by the geocoder, and why it stopped when it failed (the rows after that
    /// stay without a position).
    pub geocoded: usize,
    pub geocoder_error: Option<GeocodeError>,
    /// Rows without a position whose address the geocoder was not asked (past
    /// [`ReadOptions::geocode_at_most`]).
    pub not_yet_geocoded: usize,
}

impl Intake {
    #[cfg(test)]
    pub fn records(&self) -> impl Iterator<Item = (&IntakeRow, &ServiceRecord)> {
        self.rows
            .iter()
            .filter_map(|row| row.outcome.as_ref().ok().map(|record| (row, record)))
    }

    pub fn refused(&self) -> impl Iterator<Item = &IntakeRow> {
        self.rows.iter().filter(|row| row.is_refused())
    }

    /// The refused rows as a CSV file to fix and upload again: the file's own columns, in its
    /// separator, after a first column saying why each was refused (`why(row)`).
    pub fn refused_csv(&self, why: impl Fn(&IntakeRow) -> String) -> Vec<u8> {
        let mut out = csv::WriterBuilder::new()
            .delimiter(self.separator.byte())
            // A refused row may have more or fewer cells than the header: kept as it was.
            .flexible(true)
            .from_writer(Vec::new());
        let header =
            std::iter::once("ponte_refused").chain(self.headers.iter().map(String::as_str));
        // Writing to a Vec cannot fail.
        out.write_record(header).expect("write to memory");
        for row in self.refused() {
            let reason = why(row);
            let cells =
                std::iter::once(reason.as_str()).chain(row.original.iter().map(String::as_str));
            out.write_record(cells).expect("write to memory");
        }
        out.into_inner().expect("write to memory")
    }
}

/// A row between mapping and reading it as a service.
struct Draft {
    row: IntakeRow,
    /// Why it could not be mapped, if so.
    unmapped: Option<MappingError>,
}

/// Reads a CSV file as it comes: encoding and separator guessed (or as overridden), columns
/// mapped (the saved mapping, or a guess), values cleaned with warnings, rows without a
/// position geocoded when a geocoder is given, each row read as a service or refused.
/// Fails only for a file that cannot be read as text at all.
pub async fn read_csv(
    bytes: &[u8],
    options: &ReadOptions,
    geocoder: Option<&Geocoder>,
) -> Result<Intake, SniffError> {
    let sniffed = sniff::sniff(bytes, &options.overrides)?;
    let mut mapping = options
        .mapping
        .clone()
        .unwrap_or_else(|| mapping::guess_mapping(&sniffed.headers));
    if let Some(categories) = &options.constants.categories {
        mapping.constants.categories = categories.clone();
    }
    if let Some(organisation) = &options.constants.organisation {
        mapping.constants.organisation = Some(organisation.clone());
    }
    let unmapped = mapping::unmapped_headers(&mapping, &sniffed.headers)
        .into_iter()
        .map(str::to_owned)
        .collect();
    // A file repeats a few ways of writing opening hours thousands of times; converting and
    // checking one costs a parse, so each is done once.
    let mut seen = Seen::default();
    let mut drafts: Vec<Draft> = sniffed
        .rows
        .iter()
        .map(|source_row| {
            let mut row = IntakeRow {
                line: source_row.line,
                key: String::new(),
                original: source_row.fields.clone(),
                fields: BTreeMap::new(),
                place: Place::default(),
                warnings: Vec::new(),
                geocoded: None,
                // Set by `build`.
                outcome: Err(Refusal::Mapping(MappingError::FieldCount {
                    line: source_row.line,
                    expected: 0,
                    found: 0,
                })),
            };
            match mapping::apply(&mapping, &sniffed.headers, source_row) {
                Ok(mapped) => {
                    row.fields = mapped.fields;
                    row.place = mapped.place;
                    row.warnings = mapped.warnings;
                    clean(&mut row, &mapping, &mut seen);
                    Draft {
                        row,
                        unmapped: None,
                    }
                }
                Err(e) => Draft {
                    row,
                    unmapped: Some(e),
                },
            }
        })
        .collect();
    let mut geocoding = Geocoding::default();
    if let Some(geocoder) = geocoder {
        geocode_missing(
            &mut drafts,
            geocoder,
            &options.import.city,
            options.geocode_at_most,
            &mut geocoding,
        )
        .await;
    }
    Ok(Intake {
        encoding: sniffed.encoding,
        separator: sniffed.separator,
        headers: sniffed.headers,
        sample: sniffed
            .rows
            .first()
            .map(|r| r.fields.clone())
            .unwrap_or_default(),
        mapping,
        unmapped,
        rows: build(drafts, options),
        geocoded: geocoding.found,
        geocoder_error: geocoding.error,
        not_yet_geocoded: geocoding.not_asked,
    })
}

/// The value of a layout field, or "".
fn field<'a>(fields: &'a BTreeMap<String, String>, name: &str) -> &'a str {
    fields.get(name).map_or("", |v| v.trim())
}

/// The values a file repeats thousands of times, each cleaned once.
#[derive(Default)]
struct Seen {
    hours: HashMap<String, Cleaned<Option<Hours>>>,
    categories: HashMap<String, Cleaned<Vec<String>>>,
}

/// Cleans a mapped row's values in place, with a warning for each change or doubt.
fn clean(row: &mut IntakeRow, mapping: &ColumnMapping, seen: &mut Seen) {
    let language = mapping.language.as_str();
    let hours_seen = &mut seen.hours;
    let fields = &mut row.fields;
    let warnings = &mut row.warnings;
    if !field(fields, "categories").is_empty() {
        let written = field(fields, "categories").to_owned();
        let cleaned = seen
            .categories
            .entry(written)
            .or_insert_with_key(|written| clean_categories(written))
            .clone();
        warnings.extend(cleaned.warnings);
        // Words that name no category leave the row to the categories given for every row.
        let codes = match cleaned.value.is_empty() {
            true => mapping.constants.categories.clone(),
            false => cleaned.value,
        };
        fields.insert("categories".into(), codes.join(";"));
    }
    let mut phones = Vec::new();
    if !field(fields, "address").is_empty() {
        let split = split_address(field(fields, "address"));
        warnings.extend(split.warnings);
        let parts = split.value;
        fields.insert("address".into(), parts.street);
        phones.extend(parts.phones);
        if field(fields, "city").is_empty() {
            if let Some(city) = parts.city {
                fields.insert("city".into(), city);
            }
        }
        row.place.postcode = row.place.postcode.take().or(parts.postcode);
        row.place.province = row.place.province.take().or(parts.province);
        row.place.district = row.place.district.take().or(parts.district);
    }
    if !field(fields, "phone").is_empty() {
        let cleaned = clean_phones(field(fields, "phone"));
        warnings.extend(cleaned.warnings);
        phones.splice(0..0, cleaned.value);
    }
    // One phone per service in the layout: the first; the others are said, not dropped silently.
    for other in phones.iter().skip(1) {
        warnings.push(Warning::ValueNotUsed {
            column: "phone".into(),
            field: "phone".into(),
            value: other.clone(),
        });
    }
    fields.insert("phone".into(), phones.first().cloned().unwrap_or_default());
    for name in ["whatsapp"] {
        if !field(fields, name).is_empty() {
            let cleaned = clean_phones(field(fields, name));
            warnings.extend(cleaned.warnings);
            fields.insert(
                name.into(),
                cleaned.value.first().cloned().unwrap_or_default(),
            );
        }
    }
    if !field(fields, "web").is_empty() {
        let cleaned = clean_url(field(fields, "web"));
        warnings.extend(cleaned.warnings);
        fields.insert("web".into(), cleaned.value.unwrap_or_default());
    }
    if !field(fields, "email").is_empty() {
        let cleaned = clean_emails(field(fields, "email"));
        warnings.extend(cleaned.warnings);
        let mut emails = cleaned.value.into_iter();
        fields.insert("email".into(), emails.next().unwrap_or_default());
        for other in emails {
            warnings.push(Warning::ValueNotUsed {
                column: "email".into(),
                field: "email".into(),
                value: other,
            });
        }
    }
    if !field(fields, "opening_hours").is_empty() {
        let written = field(fields, "opening_hours").to_owned();
        let cleaned = hours_seen
            .entry(written)
            .or_insert_with_key(|written| clean_hours(written))
            .clone();
        warnings.extend(cleaned.warnings);
        match cleaned.value {
            Some(Hours::Osm(hours)) => {
                fields.insert("opening_hours".into(), hours);
            }
            Some(Hours::Note(note)) => {
                // Shown to the person as written, with how to get there.
                fields.insert("opening_hours".into(), String::new());
                let how_to = format!("how_to_{language}");
                let joined = match field(fields, &how_to) {
                    "" => note,
                    existing => format!("{existing}\n{note}"),
                };
                fields.insert(how_to, joined);
            }
            None => {
                fields.insert("opening_hours".into(), String::new());
            }
        }
    }
    row.key = match field(fields, "id") {
        "" => format!(
            "{} {}",
            field(fields, &format!("name_{language}")),
            field(fields, "address")
        ),
        id => id.to_owned(),
    };
}

/// Whether a row lacks a position the geocoder could give.
fn needs_position(draft: &Draft) -> bool {
    let fields = &draft.row.fields;
    draft.unmapped.is_none()
        && field(fields, "lat").is_empty()
        && field(fields, "lon").is_empty()
        && !field(fields, "address").is_empty()
}

/// Asks the geocoder for the rows that have an address and no position. A position coarser
/// than the street is not used (a pin in the city's centre misleads); the row then stays
/// without one. Addresses asked before are answered from the geocoder's memory; at most
/// `at_most` new ones are asked. Stops at the geocoder's first failure, keeping what was found.
async fn geocode_missing(
    drafts: &mut [Draft],
    geocoder: &Geocoder,
    default_city: &str,
    at_most: usize,
    done: &mut Geocoding,
) {
    let mut asked = 0;
    for draft in drafts.iter_mut().filter(|draft| needs_position(draft)) {
        let row = &mut draft.row;
        let city = match field(&row.fields, "city") {
            "" => default_city.to_owned(),
            city => city.to_owned(),
        };
        let address = Address {
            street: field(&row.fields, "address"),
            city: &city,
            postcode: row.place.postcode.as_deref(),
        };
        let answer = match geocoder.remembered(&address) {
            Some(answer) => answer,
            // After a failure the rest stay without a position; the operator sees why.
            None if asked >= at_most || done.error.is_some() => {
                done.not_asked += 1;
                continue;
            }
            None => {
                asked += 1;
                match geocoder.search(&address).await {
                    Ok(answer) => answer,
                    Err(e) => {
                        done.error = Some(e);
                        done.not_asked += 1;
                        continue;
                    }
                }
            }
        };
        if let Some(place) = answer {
            if place.precision >= Precision::Street {
                row.fields.insert("lat".into(), format!("{:.6}", place.lat));
                row.fields.insert("lon".into(), format!("{:.6}", place.lon));
                done.found += 1;
            }
            row.geocoded = Some(place);
        }
    }
}

/// What the geocoder did for a file.
#[derive(Default)]
struct Geocoding {
    found: usize,
    error: Option<GeocodeError>,
    not_asked: usize,
}

/// Reads each mapped row as a service, with its id: `<source>:<key>` for a source's file, the
/// id column otherwise, or one made from the key when the file has none.
fn build(drafts: Vec<Draft>, options: &ReadOptions) -> Vec<IntakeRow> {
    let mut seen = std::collections::HashSet::new();
    drafts
        .into_iter()
        .map(|Draft { mut row, unmapped }| {
            if let Some(e) = unmapped {
                row.outcome = Err(Refusal::Mapping(e));
                return row;
            }
            let id = match (&options.source, field(&row.fields, "id")) {
                (Some(source), _) => crate::sources::service_id(source, &row.key),
                (None, "") => crate::sources::service_id(&options.import.region, &row.key),
                (None, id) => id.to_owned(),
            };
            row.fields.insert("id".into(), id);
            row.outcome = import::record_from_named_fields(row.line, &row.fields, &options.import)
                .map_err(Refusal::Row)
                .and_then(|record| {
                    if seen.insert(record.id.clone()) {
                        Ok(record)
                    } else {
                        Err(Refusal::Row(RowError {
                            row: row.line,
                            field: "id".into(),
                            problem: ponte_wire::problem::Problem::AppearsTwice {
                                value: row.key.clone(),
                            },
                        }))
                    }
                });
            if matches!(&row.outcome, Ok(record) if record.position().is_none()) {
                row.warnings.push(Warning::NoPosition);
            }
            if row.outcome.is_ok() {
                // The service has it all: the file's cells are kept for refused rows only.
                row.original = Vec::new();
                row.fields = BTreeMap::new();
            }
            row
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use ponte_wire::content::Category;

    fn options(source: Option<&str>) -> ReadOptions {
        ReadOptions {
            overrides: SniffOverrides::default(),
            mapping: None,
            constants: ConstantOverrides::default(),
            import: ImportOptions::for_region("roma", "Roma"),
            source: source.map(str::to_owned),
            geocode_at_most: usize::MAX,
        }
    }

    /// A Comune's list as its spreadsheet saves it: Windows-1252, `;`, Italian headers.
    const LIBRARIES: &[u8] = b"Codice;Denominazione;Indirizzo;Comune;Telefono;Sito web;Orari;Latitudine;Longitudine\r\n\
        B01;Biblioteca Quarticciolo;Via Ostuni 8 - tel. 06 45460301;Roma;;www.bibliotechediroma.it;lun-ven 9-19;41,8869;12,5563\r\n\
        B02;Biblioteca Citt\xe0 Universitaria;Via Cesare de Lollis 16 (Municipio II);Roma;645460500;;chiuso per lavori, riapre a marzo;41,8996;12,5127\r\n\
        B03;;Via senza nome 1;Roma;;;;41,9;12,5\r\n\
        B04;Biblioteca con una cella in pi\xf9;Via Roma 1;Roma;;;;41,9;12,5;extra\r\n\
        B05;Biblioteca senza posizione;Via del Pratello 53;Bologna;;;;;\r\n";

    /// Reads `file` twice, as an operator does: the guessed mapping, given the category the
    /// file lacks, then the file again with that mapping.
    async fn read_with_category(
        file: &[u8],
        options: ReadOptions,
        category: &str,
        geocoder: Option<&Geocoder>,
    ) -> Intake {
        let guessed = read_csv(file, &options, None).await.unwrap();
        let mut mapping = guessed.mapping;
        mapping.constants.categories = vec![category.into()];
        mapping.constants.organisation = Some("Comune".into());
        let options = ReadOptions {
            mapping: Some(mapping),
            ..options
        };
        read_csv(file, &options, geocoder).await.unwrap()
    }

    async fn read(source: Option<&str>) -> Intake {
        read_with_category(LIBRARIES, options(source), "education", None).await
    }

    #[tokio::test]
    async fn each_row_is_read_cleaned_or_refused_with_its_reason() {
        let intake = read(None).await;
        // No byte of Windows-1252's own (0x80-0x9F): reported as ISO-8859-1, read the same.
        assert_eq!(intake.encoding, Encoding::Iso8859_1);
        assert_eq!(intake.separator, Separator::Semicolon);
        assert_eq!(intake.rows.len(), 5);
        let good: Vec<&ServiceRecord> = intake.records().map(|(_, r)| r).collect();
        assert_eq!(good.len(), 3, "{:#?}", intake.refused().collect::<Vec<_>>());

        let first = &intake.rows[0];
        let record = first.outcome.as_ref().unwrap();
        assert_eq!(record.id, "b01", "the id column, as an id");
        assert_eq!(record.address, "Via Ostuni 8");
        assert_eq!(record.opening_hours.as_deref(), Some("Mo-Fr 09:00-19:00"));
        assert!(
            record.contacts.iter().any(|c| c.value == "+390645460301"),
            "{:?}",
            record.contacts
        );
        assert!(record
            .contacts
            .iter()
            .any(|c| c.value == "https://www.bibliotechediroma.it"));
        for warning in [
            "intake-address-split",
            "intake-url-scheme-added",
            "intake-hours-converted",
        ] {
            assert!(
                first.warnings.iter().any(|w| w.key() == warning),
                "{warning} in {:?}",
                first.warnings
            );
        }

        let second = &intake.rows[1];
        let record = second.outcome.as_ref().unwrap();
        assert_eq!(record.texts[0].name, "Biblioteca Città Universitaria");
        assert_eq!(record.opening_hours, None);
        assert!(
            record.texts[0].how_to.contains("chiuso per lavori"),
            "hours that cannot be converted are a note for the person"
        );
        assert!(second
            .warnings
            .iter()
            .any(|w| w.key() == "intake-phone-lost-zero"));
        assert!(second
            .warnings
            .iter()
            .any(|w| w.key() == "intake-hours-kept-as-note"));
        assert_eq!(second.place.district.as_deref(), Some("Municipio II"));

        // No name: refused by the importer, with its field.
        assert!(matches!(&intake.rows[2].outcome, Err(Refusal::Row(e)) if e.field == "name_it"));
        // A cell too many: refused before mapping.
        assert!(matches!(
            &intake.rows[3].outcome,
            Err(Refusal::Mapping(MappingError::FieldCount {
                expected: 9,
                found: 10,
                ..
            }))
        ));
        // No position and no geocoder: imported without a map position, said to the operator.
        let unplaced = &intake.rows[4];
        assert_eq!(unplaced.outcome.as_ref().unwrap().position(), None);
        assert!(unplaced.warnings.contains(&Warning::NoPosition));
        assert!(!first.warnings.contains(&Warning::NoPosition));
    }

    #[tokio::test]
    async fn the_refused_rows_come_back_as_the_file_they_came_from() {
        let intake = read(None).await;
        let file = intake.refused_csv(|row| format!("line {}", row.line));
        let text = encoding_rs::UTF_8.decode(&file).0.into_owned();
        let mut lines = text.lines();
        assert_eq!(
            lines.next().unwrap(),
            "ponte_refused;Codice;Denominazione;Indirizzo;Comune;Telefono;Sito web;Orari;Latitudine;Longitudine"
        );
        assert_eq!(
            lines.next().unwrap(),
            "line 4;B03;;Via senza nome 1;Roma;;;;41,9;12,5"
        );
        assert!(
            lines.next().unwrap().contains("extra"),
            "the cells as they were"
        );
        assert_eq!(text.lines().count(), 3);
        // The fixed file reads again (the reason column is not a field of the layout).
        let again = read_csv(&file, &options(None), None).await.unwrap();
        assert_eq!(again.rows.len(), 2);
        assert!(again
            .mapping
            .columns
            .iter()
            .any(|rule| rule.source == "ponte_refused"
                && rule.target == super::super::mapping::Target::Ignore));
    }

    #[tokio::test]
    async fn a_sources_rows_get_ids_from_the_source_and_their_key() {
        let intake = read(Some("biblioteche-roma")).await;
        let ids: Vec<&str> = intake.records().map(|(_, r)| r.id.as_str()).collect();
        assert_eq!(
            ids,
            ["b01", "b02", "b05"].map(|key| crate::sources::service_id("biblioteche-roma", key))
        );
        // Without an id column, the name and the address make the key.
        let plain = b"Denominazione,Indirizzo,Latitudine,Longitudine\nSportello lavoro,Via Nazionale 1,41.9,12.49\nSportello lavoro,Via Nazionale 1,41.9,12.49\n";
        let intake = read_with_category(plain, options(Some("sportelli")), "work", None).await;
        assert_eq!(intake.rows[0].key, "Sportello lavoro Via Nazionale 1");
        assert!(intake.rows[0].outcome.is_ok());
        assert!(
            matches!(&intake.rows[1].outcome, Err(Refusal::Row(e)) if e.field == "id"),
            "the same place twice in a file is refused the second time"
        );
    }

    #[tokio::test]
    async fn rows_without_a_position_are_geocoded_at_street_precision_or_better() {
        let server = crate::geocode::recorded::start().await;
        let geocoder = Geocoder::new(&server.base, std::time::Duration::ZERO).unwrap();
        let file = b"id,Denominazione,Indirizzo,Comune,CAP,Categoria\n\
            a,Sportello Pratello,Via del Pratello 53,Bologna,40126,\n\
            b,Stazione,Stazione centrale,Torino,,\n\
            c,Sconosciuto,Via che non c'\xc3\xa8 1,Bologna,,\n\
            d,Rotto,fail,Bologna,,\n\
            e,Dopo,Via Roma,Palermo,,\n";
        let intake = read_with_category(file, options(None), "work", Some(&geocoder)).await;
        assert_eq!(intake.geocoded, 1);
        assert_eq!(
            intake.geocoder_error,
            Some(GeocodeError::Refused { status: 503 }),
            "the geocoder's failure is said, and the rows after it keep no position"
        );
        assert!(intake.rows[4].geocoded.is_none());
        let pratello = intake.rows[0].outcome.as_ref().unwrap();
        assert!((pratello.lat.unwrap() - 44.495135).abs() < 1e-5);
        assert_eq!(
            intake.rows[0].geocoded.as_ref().map(|f| f.precision),
            Some(Precision::Address)
        );
        assert_eq!(
            intake.rows[1].geocoded.as_ref().map(|f| f.precision),
            Some(Precision::City),
            "found, but only the city: shown, not used"
        );
        assert!(intake.rows[1]
            .fields
            .get("lat")
            .is_none_or(|v| v.is_empty()));
        assert!(intake.rows[2].geocoded.is_none());
        // The postcode went to the geocoder.
        assert_eq!(server.asked.lock().unwrap()[0]["postalcode"], "40126");
    }

    /// A Ministry list with a "Tipologia" column in words: each kind read as Ponte's
    /// categories with a warning; a kind that names none falls back to the categories given
    /// for every row, or is refused for lack of one when none are given.
    #[tokio::test]
    async fn kinds_written_in_words_become_categories_with_a_warning() {
        let file = "Denominazione;Tipologia;Ente;Latitudine;Longitudine\n\
            Consultorio Navile;Consultorio familiare;AUSL;44,52;11,35\n\
            CSM Est;Centro di Salute Mentale;AUSL;44,49;11,37\n\
            San Martino;Parrocchia;Curia;44,49;11,34\n";
        let intake = read_csv(file.as_bytes(), &options(None), None)
            .await
            .unwrap();
        fn categories(intake: &Intake, line: usize) -> Result<Vec<Category>, &Refusal> {
            let row = intake.rows.iter().find(|r| r.line == line).unwrap();
            row.outcome.as_ref().map(|r| r.categories.clone())
        }
        assert_eq!(
            categories(&intake, 2).unwrap(),
            [Category::Health, Category::ChildrenFamilies]
        );
        assert!(intake.rows[0]
            .warnings
            .iter()
            .any(|w| w.key() == "intake-category-translated"));
        assert_eq!(categories(&intake, 3).unwrap(), [Category::MentalHealth]);
        let parish = intake.rows.iter().find(|r| r.line == 4).unwrap();
        assert!(parish
            .warnings
            .iter()
            .any(|w| w.key() == "intake-category-unknown"));
        assert!(matches!(&parish.outcome, Err(Refusal::Row(e)) if e.field == "categories"));

        let mut mapping = intake.mapping.clone();
        mapping.constants.categories = vec!["food".into()];
        let options = ReadOptions {
            mapping: Some(mapping),
            ..options(None)
        };
        let intake = read_csv(file.as_bytes(), &options, None).await.unwrap();
        assert_eq!(categories(&intake, 4).unwrap(), [Category::Food]);
        assert_eq!(categories(&intake, 3).unwrap(), [Category::MentalHealth]);
    }
}
