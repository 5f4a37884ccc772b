//! Operators' files as they really come (issue 18): spreadsheets saved as CSV with Italian
//! headers, `;` separators and Windows-1252 text, lists from open-data portals, exports from
//! OpenStreetMap.
//!
//! The steps, each a pure function the import flow calls in turn:
//! - [`sniff`]: the file's encoding and separator guessed (the caller may override either), its
//!   text decoded and split into a header and rows;
//! - [`mapping`]: each source column guessed to a Ponte field from its header, a mapping the
//!   operator corrects and saves per source, applied to a row to give the named fields of
//!   `ponte_wire::import`'s CSV layout;
//! - [`clean`]: phone numbers, web addresses, e-mails and addresses cleaned, each change or doubt
//!   reported as a typed [`clean::Warning`] (never a silent guess);
//! - [`hours`]: opening hours kept in OpenStreetMap syntax, common Italian free text converted,
//!   anything else kept as a note for the person.
//!
//! Operator-only code: it lives in the coordinator so that it does not grow the phone's library.

pub mod clean;
pub mod hours;
pub mod mapping;
pub mod read;
pub mod sniff;
pub mod words;

/// Lowercase with the accents of Latin letters taken off, so that "Lunedì", "lunedi'" and
/// "LUNEDI" compare equal: header names and free text are typed every way.
pub(crate) fn fold(text: &str) -> String {
    let mut folded = String::with_capacity(text.len());
    for c in text.chars().flat_map(char::to_lowercase) {
        folded.push(match c {
            'à' | 'á' | 'â' | 'ä' | 'ã' | 'å' => 'a',
            'è' | 'é' | 'ê' | 'ë' => 'e',
            'ì' | 'í' | 'î' | 'ï' => 'i',
            'ò' | 'ó' | 'ô' | 'ö' | 'õ' => 'o',
            'ù' | 'ú' | 'û' | 'ü' => 'u',
            'ç' => 'c',
            'ñ' => 'n',
            // The apostrophe typed for an accent ("lunedi'") and the typographic one.
            '\u{2019}' => '\'',
            c => c,
        });
    }
    folded
}

#[cfg(test)]
mod tests {
    use super::clean::{clean_phones, clean_url, split_address, Warning};
    use super::hours::{clean_hours, Hours};
    use super::mapping::{apply, guess_mapping};
    use super::sniff::{sniff, Encoding, Separator, SniffOverrides};
    use ponte_wire::import::{from_csv, ImportOptions};

    /// A Comune's list of libraries as its spreadsheet saves it: Windows-1252, `;`, Italian
    /// headers, a phone in the address, a Rome number without its 0, hours in words. Through
    /// the four steps, its rows are accepted by the importer of Ponte's CSV layout.
    #[test]
    fn a_comunes_file_goes_through_every_step_into_the_import_layout() {
        let file: &[u8] = b"Denominazione;Indirizzo;Comune;Telefono;Sito web;Orari;Latitudine;Longitudine;ASL\r\n\
            Biblioteca Quarticciolo;Via Ostuni 8 - tel. 06 45460301;Roma;;www.bibliotechediroma.it;lun-ven 9-19, sab 9-13;41,8869;12,5563;RM2\r\n\
            Biblioteca Citt\xe0 Universitaria;Via Cesare de Lollis 16 (Municipio II);Roma;645460500;;chiuso per lavori \x96 riapre a marzo;41,8996;12,5127;RM1\r\n";
        let sniffed = sniff(file, &SniffOverrides::default()).unwrap();
        assert_eq!(sniffed.encoding, Encoding::Windows1252);
        assert_eq!(sniffed.separator, Separator::Semicolon);
        let mut mapping = guess_mapping(&sniffed.headers);
        mapping.constants.categories = vec!["education".into(), "digital_help".into()];

        let mut layout = csv::Writer::from_writer(Vec::new());
        let columns = [
            "id",
            "name_it",
            "organisation",
            "categories",
            "address",
            "city",
            "phone",
            "web",
            "opening_hours",
            "description_it",
            "lat",
            "lon",
        ];
        layout.write_record(columns).unwrap();
        let mut warnings = Vec::new();
        for (index, row) in sniffed.rows.iter().enumerate() {
            let mut fields = apply(&mapping, &sniffed.headers, row).unwrap().fields;
            let address = split_address(&fields["address"]);
            warnings.extend(address.warnings);
            let mut phones = address.value.phones;
            let cell = clean_phones(fields.get("phone").map_or("", String::as_str));
            warnings.extend(cell.warnings);
            phones.extend(cell.value);
            let web = clean_url(fields.get("web").map_or("", String::as_str));
            warnings.extend(web.warnings);
            let hours = clean_hours(fields.get("opening_hours").map_or("", String::as_str));
            warnings.extend(hours.warnings);
            let (osm, note) = match hours.value {
                Some(Hours::Osm(osm)) => (osm, String::new()),
                Some(Hours::Note(note)) => (String::new(), note),
                None => Default::default(),
            };
            fields.insert("id".into(), format!("biblioteca-{index}"));
            fields.insert("organisation".into(), "Biblioteche di Roma".into());
            fields.insert("address".into(), address.value.street);
            fields.insert("phone".into(), phones.first().cloned().unwrap_or_default());
            fields.insert("web".into(), web.value.unwrap_or_default());
            fields.insert("opening_hours".into(), osm);
            fields.insert("description_it".into(), note);
            layout
                .write_record(columns.map(|c| fields.get(c).map_or("", String::as_str)))
                .unwrap();
        }
        let records = from_csv(
            &layout.into_inner().unwrap(),
            &ImportOptions::for_region("roma", "Roma"),
        )
        .unwrap();

        assert_eq!(records.len(), 2);
        assert_eq!(records[0].address, "Via Ostuni 8");
        assert_eq!(records[0].contacts[0].value, "+390645460301");
        assert_eq!(
            records[0].contacts[1].value,
            "https://www.bibliotechediroma.it"
        );
        assert_eq!(
            records[0].opening_hours.as_deref(),
            Some("Mo-Fr 09:00-19:00; Sa 09:00-13:00")
        );
        assert_eq!(records[1].texts[0].name, "Biblioteca Città Universitaria");
        assert_eq!(records[1].address, "Via Cesare de Lollis 16");
        assert_eq!(records[1].contacts[0].value, "+390645460500");
        assert_eq!(records[1].opening_hours, None);
        assert_eq!(
            records[1].texts[0].description,
            "chiuso per lavori \u{2013} riapre a marzo"
        );
        let keys: Vec<_> = warnings.iter().map(Warning::key).collect();
        assert_eq!(
            keys,
            [
                "intake-address-split",
                "intake-url-scheme-added",
                "intake-hours-converted",
                "intake-address-split",
                "intake-phone-lost-zero",
                "intake-hours-kept-as-note",
            ]
        );
    }
}
