//! Reading a CSV file as it comes: its encoding and separator guessed, the text decoded, the
//! header and the rows split. The guesses are shown to the operator, who can override either.

use serde::{Deserialize, Serialize};

/// A text encoding an operator's CSV may come in.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Encoding {
    Utf8,
    /// UTF-8 starting with a byte-order mark (what Excel writes as "CSV UTF-8").
    Utf8Bom,
    /// What Excel on Windows writes as plain "CSV" in Italy.
    Windows1252,
    /// Windows-1252 without any of the bytes 0x80–0x9F, where the two differ: the file may be
    /// either, and reads the same as both.
    Iso8859_1,
}

impl Encoding {
    /// The encoding's usual label, shown to the operator.
    pub fn label(self) -> &'static str {
        match self {
            Encoding::Utf8 => "UTF-8",
            Encoding::Utf8Bom => "UTF-8 (BOM)",
            Encoding::Windows1252 => "Windows-1252",
            Encoding::Iso8859_1 => "ISO-8859-1",
        }
    }
}

/// A field separator.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Separator {
    Comma,
    Semicolon,
    Tab,
    Pipe,
}

impl Separator {
    /// In the order ties are settled: the comma of the CSV standard first.
    pub const ALL: [Separator; 4] = [
        Separator::Comma,
        Separator::Semicolon,
        Separator::Tab,
        Separator::Pipe,
    ];

    pub fn byte(self) -> u8 {
        match self {
            Separator::Comma => b',',
            Separator::Semicolon => b';',
            Separator::Tab => b'\t',
            Separator::Pipe => b'|',
        }
    }
}

/// The operator's choices, overriding the guesses.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct SniffOverrides {
    pub encoding: Option<Encoding>,
    pub separator: Option<Separator>,
}

/// One data row of the file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SourceRow {
    /// The line the row starts on (the header is line 1; a quoted field may span lines).
    pub line: usize,
    pub fields: Vec<String>,
}

/// A file read: the encoding and separator (guessed or chosen), the header and the rows.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Sniffed {
    pub encoding: Encoding,
    pub separator: Separator,
    pub headers: Vec<String>,
    pub rows: Vec<SourceRow>,
}

/// Why a file cannot be read at all.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum SniffError {
    #[error("the file is empty")]
    Empty,
    /// The operator chose UTF-8 but the bytes are not: the first wrong byte's line.
    #[error("line {line} is not valid UTF-8")]
    NotUtf8 { line: usize },
    #[error("line {line} cannot be read: {message}")]
    Unreadable { line: usize, message: String },
}

impl SniffError {
    /// The catalogue key of the message shown to the operator.
    pub fn key(&self) -> &'static str {
        match self {
            SniffError::Empty => "intake-file-empty",
            SniffError::NotUtf8 { .. } => "intake-file-not-utf8",
            SniffError::Unreadable { .. } => "intake-file-unreadable",
        }
    }
}

const BOM: &[u8] = b"\xEF\xBB\xBF";

/// Guesses the encoding from the bytes: UTF-8 when they are valid UTF-8 (with or without BOM),
/// otherwise Windows-1252, or ISO-8859-1 when no byte 0x80–0x9F tells the two apart.
pub fn detect_encoding(bytes: &[u8]) -> Encoding {
    if bytes.starts_with(BOM) {
        Encoding::Utf8Bom
    } else if std::str::from_utf8(bytes).is_ok() {
        Encoding::Utf8
    } else if bytes.iter().any(|b| (0x80..=0x9F).contains(b)) {
        Encoding::Windows1252
    } else {
        Encoding::Iso8859_1
    }
}

/// Decodes the bytes as the given encoding. UTF-8 must be valid: a wrong choice is reported
/// rather than turned into replacement characters.
pub fn decode(bytes: &[u8], encoding: Encoding) -> Result<String, SniffError> {
    let line_of = |offset: usize| 1 + bytes[..offset].iter().filter(|b| **b == b'\n').count();
    match encoding {
        Encoding::Utf8 | Encoding::Utf8Bom => {
            let body = bytes.strip_prefix(BOM).unwrap_or(bytes);
            let offset = bytes.len() - body.len();
            std::str::from_utf8(body)
                .map(str::to_owned)
                .map_err(|e| SniffError::NotUtf8 {
                    line: line_of(offset + e.valid_up_to()),
                })
        }
        Encoding::Windows1252 => {
            let (text, _had_errors) = encoding_rs::WINDOWS_1252.decode_without_bom_handling(bytes);
            Ok(text.into_owned())
        }
        // The real ISO-8859-1 (bytes 0x80–0x9F are control characters), not the WHATWG label
        // that means Windows-1252: the operator chose it over the guess.
        Encoding::Iso8859_1 => Ok(encoding_rs::mem::decode_latin1(bytes).into_owned()),
    }
}

/// How many records the separator guess looks at.
const SAMPLE_RECORDS: usize = 20;

/// Guesses the separator: the one that splits the header into more than one field and most of
/// the first records (half at least) into as many, quotes respected; a row with a
/// separator too many, common in real files, does not spoil the guess. Among those, the one
/// that fits the most rows, then the one giving the most fields. A file none splits so (a
/// single column) gets the comma.
pub fn detect_separator(text: &str) -> Separator {
    let mut best: Option<(Separator, usize, usize)> = None;
    for separator in Separator::ALL {
        let mut reader = csv::ReaderBuilder::new()
            .has_headers(false)
            .flexible(true)
            .delimiter(separator.byte())
            .from_reader(text.as_bytes());
        let mut counts = Vec::new();
        for record in reader.records().take(SAMPLE_RECORDS) {
            match record {
                Ok(record) => counts.push(record.len()),
                Err(_) => break,
            }
        }
        let Some((&header, rows)) = counts.split_first() else {
            continue;
        };
        let fitting = rows.iter().filter(|c| **c == header).count();
        let fits = header > 1 && fitting * 2 >= rows.len();
        let better = best.is_none_or(|(_, best_fitting, best_fields)| {
            (fitting, header) > (best_fitting, best_fields)
        });
        if fits && better {
            best = Some((separator, fitting, header));
        }
    }
    best.map(|(separator, _, _)| separator)
        .unwrap_or(Separator::Comma)
}

/// Reads a CSV file as it comes: guesses what the overrides leave open, decodes, and splits
/// into a trimmed header and rows. Rows keep their own field count: a row longer or shorter
/// than the header is for the mapping step to report, not a reason to refuse the file.
pub fn sniff(bytes: &[u8], overrides: &SniffOverrides) -> Result<Sniffed, SniffError> {
    if bytes.strip_prefix(BOM).unwrap_or(bytes).is_empty() {
        return Err(SniffError::Empty);
    }
    let encoding = overrides.encoding.unwrap_or_else(|| detect_encoding(bytes));
    let text = decode(bytes, encoding)?;
    let separator = overrides
        .separator
        .unwrap_or_else(|| detect_separator(&text));
    let mut reader = csv::ReaderBuilder::new()
        .has_headers(false)
        .flexible(true)
        .delimiter(separator.byte())
        .from_reader(text.as_bytes());
    let mut records = reader.records();
    let headers: Vec<String> = match records.next() {
        Some(Ok(record)) => record.iter().map(|h| h.trim().to_owned()).collect(),
        Some(Err(e)) => return Err(unreadable(&e, 1)),
        None => return Err(SniffError::Empty),
    };
    let mut rows = Vec::new();
    // Lines are counted from where the last record began, so a large file is read once.
    let mut lines = LineCounter::default();
    for (index, record) in records.enumerate() {
        let record = record.map_err(|e| unreadable(&e, index + 2))?;
        // A spreadsheet's trailing empty lines come out as one empty field.
        if record.iter().all(|f| f.trim().is_empty()) {
            continue;
        }
        rows.push(SourceRow {
            line: record
                .position()
                .map(|p| lines.line_at(&text, p.byte() as usize))
                .unwrap_or(index + 2),
            fields: record.iter().map(|f| f.trim().to_owned()).collect(),
        });
    }
    Ok(Sniffed {
        encoding,
        separator,
        headers,
        rows,
    })
}

/// The line (from 1) a record starts on, for records met in the file's order.
#[derive(Default)]
struct LineCounter {
    /// Where the last record started, and the line breaks before it.
    offset: usize,
    breaks: usize,
}

impl LineCounter {
    /// The csv crate's position is where it began reading the record, before the line break
    /// that ends the one before: those breaks are skipped here.
    fn line_at(&mut self, text: &str, offset: usize) -> usize {
        let bytes = text.as_bytes();
        let offset = offset.min(bytes.len());
        let start = offset
            + bytes[offset..]
                .iter()
                .take_while(|b| **b == b'\r' || **b == b'\n')
                .count();
        if start < self.offset {
            *self = LineCounter::default();
        }
        self.breaks += bytes[self.offset..start]
            .iter()
            .filter(|b| **b == b'\n')
            .count();
        self.offset = start;
        1 + self.breaks
    }
}

fn unreadable(error: &csv::Error, fallback_line: usize) -> SniffError {
    SniffError::Unreadable {
        line: error
            .position()
            .map(|p| p.line() as usize)
            .unwrap_or(fallback_line),
        message: error.to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// "Città;Attività" and a row with à è ì ò ù € in Windows-1252: 0x80 is €, so the bytes
    /// are not ISO-8859-1 text.
    const WINDOWS_1252_FILE: &[u8] =
        b"Citt\xe0;Attivit\xe0\r\nForl\xec;Caff\xe8 \xe0 \xf2 \xf9 1\x80\r\n";

    #[test]
    fn a_windows_1252_file_is_detected_and_decoded() {
        let sniffed = sniff(WINDOWS_1252_FILE, &SniffOverrides::default()).unwrap();
        assert_eq!(sniffed.encoding, Encoding::Windows1252);
        assert_eq!(sniffed.separator, Separator::Semicolon);
        assert_eq!(sniffed.headers, ["Città", "Attività"]);
        assert_eq!(sniffed.rows.len(), 1);
        assert_eq!(sniffed.rows[0].fields, ["Forlì", "Caffè à ò ù 1€"]);
        assert_eq!(sniffed.rows[0].line, 2);
    }

    #[test]
    fn encodings_are_told_apart() {
        let cases: &[(&[u8], Encoding)] = &[
            (b"nome,citta\nA,Roma\n", Encoding::Utf8),
            ("nome,città\nA,Forlì\n".as_bytes(), Encoding::Utf8),
            (b"\xEF\xBB\xBFnome,citt\xC3\xA0\n", Encoding::Utf8Bom),
            (b"nome,citt\xe0\nA,Forl\xec\n", Encoding::Iso8859_1),
            (b"nome,prezzo\nA,5\x80\n", Encoding::Windows1252),
            // A right single quote (0x92), as Word's apostrophe: Windows-1252.
            (b"nome\nL\x92Aquila\n", Encoding::Windows1252),
        ];
        for (bytes, expected) in cases {
            assert_eq!(detect_encoding(bytes), *expected, "{bytes:?}");
        }
    }

    #[test]
    fn a_bom_is_not_part_of_the_first_header() {
        let sniffed = sniff(
            b"\xEF\xBB\xBFDenominazione,Comune\nCentro,Torino\n",
            &SniffOverrides::default(),
        )
        .unwrap();
        assert_eq!(sniffed.encoding, Encoding::Utf8Bom);
        assert_eq!(sniffed.headers, ["Denominazione", "Comune"]);
    }

    #[test]
    fn iso_8859_1_chosen_by_the_operator_keeps_control_bytes_as_such() {
        let overrides = SniffOverrides {
            encoding: Some(Encoding::Iso8859_1),
            separator: None,
        };
        let sniffed = sniff(b"a,b\nx\x80,y\n", &overrides).unwrap();
        assert_eq!(sniffed.rows[0].fields[0], "x\u{80}");
    }

    #[test]
    fn utf8_chosen_for_a_windows_1252_file_names_the_line() {
        let overrides = SniffOverrides {
            encoding: Some(Encoding::Utf8),
            separator: None,
        };
        let error = sniff(WINDOWS_1252_FILE, &overrides).unwrap_err();
        assert_eq!(error, SniffError::NotUtf8 { line: 1 });
        assert_eq!(error.key(), "intake-file-not-utf8");
        let error = sniff(b"a,b\nc,d\ne,\xe0\n", &overrides).unwrap_err();
        assert_eq!(error, SniffError::NotUtf8 { line: 3 });
    }

    #[test]
    fn semicolons_with_quoted_semicolons_commas_and_newlines() {
        let file = "Denominazione;Indirizzo;Note\r\n\
            \"Sportello; lavoro\";\"Via Roma 1, Torino\";\"Aperto\r\nsu appuntamento\"\r\n\
            Biblioteca civica;Piazza Castello 2;\"Dice \"\"benvenuti\"\"\"\r\n";
        let sniffed = sniff(file.as_bytes(), &SniffOverrides::default()).unwrap();
        assert_eq!(sniffed.separator, Separator::Semicolon);
        assert_eq!(sniffed.headers, ["Denominazione", "Indirizzo", "Note"]);
        assert_eq!(
            sniffed.rows[0].fields,
            [
                "Sportello; lavoro",
                "Via Roma 1, Torino",
                "Aperto\r\nsu appuntamento"
            ]
        );
        assert_eq!(sniffed.rows[1].line, 4, "the quoted newline counts");
        assert_eq!(sniffed.rows[1].fields[2], "Dice \"benvenuti\"");
    }

    #[test]
    fn separators_are_guessed() {
        let cases = [
            ("a,b,c\n1,2,3\n", Separator::Comma),
            ("a;b;c\n1;2,5;3\n", Separator::Semicolon),
            ("a\tb\n1\t2\n", Separator::Tab),
            ("a|b|c\n1|2|3\n", Separator::Pipe),
            // Commas in the values, unevenly: only the semicolon splits every line alike.
            (
                "nome;indirizzo\nA;Via Roma 1, Torino\nB;Corso Francia 3\n",
                Separator::Semicolon,
            ),
            // Quoted commas do not count.
            ("\"a,b\",c\n\"1,2\",3\n", Separator::Comma),
            // One column: nothing splits it; the comma by default.
            ("nome\nA\nB\n", Separator::Comma),
            // A header alone.
            ("nome;indirizzo\n", Separator::Semicolon),
            // Decimal commas, and one row of five with a separator too many: still `;`.
            (
                "nome;lat;lon\nA;41,9;12,5\nB;41,8;12,4\nC;41,7;12,3\nD;41,6;12,2\nE;41,5;12,1;x\n",
                Separator::Semicolon,
            ),
        ];
        for (text, expected) in cases {
            assert_eq!(detect_separator(text), expected, "{text:?}");
        }
    }

    #[test]
    fn the_separator_can_be_overridden() {
        let overrides = SniffOverrides {
            encoding: None,
            separator: Some(Separator::Comma),
        };
        let sniffed = sniff(b"a;b\n1;2\n", &overrides).unwrap();
        assert_eq!(sniffed.headers, ["a;b"]);
    }

    #[test]
    fn ragged_rows_and_blank_lines_are_kept_for_the_next_step() {
        let sniffed = sniff(b"a,b,c\n1,2,3\n4,5\n\n,,\n", &SniffOverrides::default()).unwrap();
        assert_eq!(sniffed.rows.len(), 2);
        assert_eq!(sniffed.rows[1].fields, ["4", "5"]);
        assert_eq!(sniffed.rows[1].line, 3);
    }

    #[test]
    fn an_empty_file_is_refused() {
        for bytes in [&b""[..], b"\xEF\xBB\xBF"] {
            let error = sniff(bytes, &SniffOverrides::default()).unwrap_err();
            assert_eq!(error, SniffError::Empty);
            assert_eq!(error.key(), "intake-file-empty");
        }
    }
}
