//! `ponte-coordinator import` and `ponte-coordinator source`: an operator's file imported from
//! the command line, as the dashboard does it. Every row is read and reported first (ok, with
//! warnings, or refused with the reason); then the good rows are imported, or nothing; with
//! `--dry-run`, nothing. The command line speaks English (the dashboard speaks the operator's
//! language, from the same catalogue).

use std::path::{Path, PathBuf};

use clap::{Args, Subcommand, ValueEnum};
use ponte_wire::content::{Category, ServiceRecord};
use ponte_wire::import::{self, ImportOptions, ReadRow};

use crate::content;
use crate::geocode::Geocoder;
use crate::intake::mapping::ColumnMapping;
use crate::intake::read::{self, ConstantOverrides, Intake, IntakeRow, ReadOptions, Refusal};
use crate::intake::sniff::{Encoding, Separator, SniffOverrides};
use crate::intake::words::say;
use crate::sources::{self, Incoming, Source, WhenDisappeared};

type Failure = Box<dyn std::error::Error>;

/// The command line's language: the catalogue's English.
const LOCALE: &str = "en";

#[derive(Clone, Copy, ValueEnum)]
pub enum Format {
    /// A spreadsheet saved as CSV: any separator, UTF-8 or Windows-1252, Italian or English
    /// headers (or Ponte's own layout).
    Csv,
    /// A GeoJSON FeatureCollection, such as Overpass Turbo exports.
    Geojson,
    /// Overpass API JSON (`out center tags`).
    Osm,
}

#[derive(Args)]
pub struct ImportArgs {
    #[arg(
        long,
        env = "PONTE_DATABASE_URL",
        default_value = "sqlite://ponte.sqlite?mode=rwc"
    )]
    pub database_url: String,
    #[arg(long, value_enum)]
    pub format: Format,
    /// Territory code, e.g. bologna.
    #[arg(long)]
    pub region: String,
    /// City name used where a row has none.
    #[arg(long)]
    pub city: String,
    /// Import as this source (see `source add`): each row updates the service it became last
    /// time, by its id in the source; the CSV column mapping is saved with the source.
    #[arg(long)]
    pub source: Option<String>,
    /// Read the file and say what would happen; write nothing.
    #[arg(long)]
    pub dry_run: bool,
    /// Import the good rows even when some are refused; the refused ones are written to
    /// `--refused` to fix and import again. Without it, one refused row imports nothing.
    #[arg(long)]
    pub skip_bad_rows: bool,
    /// Where the refused rows go (default: next to the file, `<file>.refused.csv`).
    #[arg(long)]
    pub refused: Option<PathBuf>,
    /// With --source: delete the source's services the file no longer has (the phones drop
    /// them). Without it they are kept and listed.
    #[arg(long)]
    pub retire_disappeared: bool,
    /// CSV: the separator, when the guess is wrong: `,` `;` `tab` or `|`.
    #[arg(long)]
    pub separator: Option<String>,
    /// CSV: the encoding, when the guess is wrong: utf-8, windows-1252 or iso-8859-1.
    #[arg(long)]
    pub encoding: Option<String>,
    /// CSV: a column mapping (JSON, as `--dry-run` prints it) instead of the source's saved one
    /// or the guess from the headers.
    #[arg(long)]
    pub mapping: Option<PathBuf>,
    /// The category code(s) of every row that has none, separated by `;`: in OpenStreetMap
    /// data, of every object whose tags say no kind of service Ponte knows (without it, such an
    /// object is refused).
    #[arg(long)]
    pub category: Option<String>,
    /// Who runs the services, for rows that do not say (in OpenStreetMap, no `operator` tag).
    #[arg(long)]
    pub organisation: Option<String>,
    /// A Nominatim-compatible server that finds a position for rows without coordinates
    /// (none by default: no address leaves the server unless you name one).
    #[arg(long, env = "PONTE_GEOCODER_URL")]
    pub geocoder_url: Option<String>,
    pub file: PathBuf,
}

#[derive(Subcommand)]
pub enum SourceCommand {
    /// Add an import source, or change one.
    Add {
        #[arg(
            long,
            env = "PONTE_DATABASE_URL",
            default_value = "sqlite://ponte.sqlite?mode=rwc"
        )]
        database_url: String,
        /// 1 to 40 lowercase letters, digits and -: it begins its services' ids.
        #[arg(long)]
        id: String,
        #[arg(long)]
        name: String,
        #[arg(long)]
        region: String,
        /// own, ODbL-1.0, CC-BY-4.0, CC-BY-SA-4.0, CC0-1.0 or IODL-2.0.
        #[arg(long)]
        licence: String,
        /// What the licence asks to show, e.g. "© OpenStreetMap contributors".
        #[arg(long, default_value = "")]
        attribution: String,
    },
    /// List the import sources.
    List {
        #[arg(
            long,
            env = "PONTE_DATABASE_URL",
            default_value = "sqlite://ponte.sqlite?mode=rwc"
        )]
        database_url: String,
    },
}

pub async fn source_command(command: SourceCommand) -> Result<(), Failure> {
    match command {
        SourceCommand::Add {
            database_url,
            id,
            name,
            region,
            licence,
            attribution,
        } => {
            let pool = crate::db::connect(&database_url).await?;
            crate::db::migrate(&pool, &database_url).await?;
            let mapping = sources::get(&pool, &id).await?.and_then(|s| s.mapping);
            let source = Source {
                id,
                name,
                region,
                licence,
                attribution,
                mapping,
            };
            sources::save(&pool, &source)
                .await?
                .map_err(|problem| say(LOCALE, &problem))?;
            println!("source {} saved", source.id);
            Ok(())
        }
        SourceCommand::List { database_url } => {
            let pool = crate::db::connect(&database_url).await?;
            crate::db::migrate(&pool, &database_url).await?;
            for source in sources::list(&pool).await? {
                println!(
                    "{}\t{}\t{}\t{}\t{}",
                    source.id, source.region, source.licence, source.name, source.attribution
                );
            }
            Ok(())
        }
    }
}

fn separator(text: &str) -> Result<Separator, Failure> {
    Ok(match text {
        "," => Separator::Comma,
        ";" => Separator::Semicolon,
        "tab" | "\t" => Separator::Tab,
        "|" => Separator::Pipe,
        other => return Err(format!("--separator {other:?}: one of , ; tab |").into()),
    })
}

fn encoding(text: &str) -> Result<Encoding, Failure> {
    Ok(match text.to_ascii_lowercase().as_str() {
        "utf-8" | "utf8" => Encoding::Utf8,
        "windows-1252" | "cp1252" => Encoding::Windows1252,
        "iso-8859-1" | "latin1" | "latin-1" => Encoding::Iso8859_1,
        other => {
            return Err(
                format!("--encoding {other:?}: one of utf-8, windows-1252, iso-8859-1").into(),
            )
        }
    })
}

/// `--category`'s codes, each a category Ponte knows.
fn categories(codes: &str) -> Result<Vec<Category>, Failure> {
    codes
        .split(';')
        .map(str::trim)
        .filter(|code| !code.is_empty())
        .map(|code| {
            Category::from_code(code).ok_or_else(|| {
                let known: Vec<&str> = Category::ALL.iter().map(|c| c.code()).collect();
                format!("--category {code:?}: one of {}", known.join(", ")).into()
            })
        })
        .collect()
}

fn refusal_text(refusal: &Refusal) -> String {
    match refusal {
        Refusal::Mapping(e) => say(LOCALE, e),
        Refusal::Row(e) => format!("{}: {}", e.field, e.problem),
    }
}

/// One row of any format, as the report and the import take it.
struct Row {
    line: usize,
    key: String,
    warnings: Vec<String>,
    outcome: Result<ServiceRecord, String>,
}

pub async fn import(args: ImportArgs) -> Result<(), Failure> {
    let file = &args.file;
    let bytes = std::fs::read(file).map_err(|e| format!("{}: {e}", file.display()))?;
    let pool = crate::db::connect(&args.database_url).await?;
    crate::db::migrate(&pool, &args.database_url).await?;
    let source = match &args.source {
        Some(id) => Some(
            sources::get(&pool, id)
                .await?
                .ok_or_else(|| format!("no source {id:?}: add it first with `source add`"))?,
        ),
        None => None,
    };
    if source.is_none() && args.retire_disappeared {
        return Err("--retire-disappeared needs --source".into());
    }
    let categories = match &args.category {
        Some(codes) => categories(codes)?,
        None => Vec::new(),
    };
    let mut options = ImportOptions::for_region(&args.region, &args.city);
    if let Some(source) = &source {
        // Where a row does not say where it comes from, the source's name says it.
        options.source = source.name.clone();
    }
    if !matches!(args.format, Format::Csv) {
        // A CSV file's constants are its column mapping's (saved with a source), not these.
        options.categories = categories;
        options.organisation = args.organisation.clone().unwrap_or_default();
    }

    // The refused rows' file is made while the rows are whole; then each row is taken apart
    // (moved, not copied: a file of 50,000 rows is held once).
    let mut refused_csv: Option<Vec<u8>> = None;
    let mut mapping_used: Option<ColumnMapping> = None;
    let rows: Vec<Row> = match args.format {
        Format::Csv => {
            let read = read_csv(&args, &bytes, source.as_ref(), &options).await?;
            if read.refused().next().is_some() {
                refused_csv = Some(read.refused_csv(|row: &IntakeRow| {
                    row.outcome
                        .as_ref()
                        .err()
                        .map(refusal_text)
                        .unwrap_or_default()
                }));
            }
            mapping_used = Some(read.mapping);
            read.rows.into_iter().map(row_of_intake).collect()
        }
        Format::Geojson => rows_of(import::read_geojson(&bytes, &options))?,
        Format::Osm => rows_of(import::read_osm_json(&bytes, &options))?,
    };
    drop(bytes);

    // The report, row by row.
    let mut refused = 0;
    for row in &rows {
        for warning in &row.warnings {
            println!("  line {}: warning: {warning}", row.line);
        }
        if let Err(why) = &row.outcome {
            refused += 1;
            println!("  line {}: refused: {why}", row.line);
        }
    }
    let good = rows.len() - refused;
    let warned = rows
        .iter()
        .filter(|r| r.outcome.is_ok() && !r.warnings.is_empty())
        .count();
    println!(
        "{}: {} rows: {good} to import ({warned} with warnings), {refused} refused",
        file.display(),
        rows.len(),
    );
    if refused > 0 && (args.skip_bad_rows || args.dry_run) {
        let path = args.refused.clone().unwrap_or_else(|| refused_path(file));
        let csv = refused_csv.take().unwrap_or_else(|| refused_list(&rows));
        std::fs::write(&path, csv).map_err(|e| format!("{}: {e}", path.display()))?;
        println!(
            "the refused rows, to fix and import again: {}",
            path.display()
        );
    }

    let records: Vec<(String, ServiceRecord)> = rows
        .into_iter()
        .filter_map(|r| r.outcome.ok().map(|record| (r.key, record)))
        .collect();
    if let Some(source) = &source {
        let incoming: Vec<Incoming> = records
            .into_iter()
            .map(|(key, record)| Incoming { key, record })
            .collect();
        let plan = sources::plan(&pool, source, &incoming).await?;
        println!(
            "source {}: {} new, {} changed, {} unchanged, {} no longer in the file ({})",
            source.id,
            plan.added.len(),
            plan.changed.len(),
            plan.unchanged,
            plan.disappeared.len(),
            if args.retire_disappeared {
                "retired"
            } else {
                "kept"
            }
        );
        for changed in &plan.changed {
            println!("  changed: {} ({})", changed.id, changed.fields.join(", "));
        }
        for gone in &plan.disappeared {
            println!("  no longer in the file: {} {}", gone.id, gone.name);
        }
        for duplicate in sources::duplicates(&pool, source, &incoming).await? {
            println!(
                "  maybe the same place: {} and {} ({:.0} m apart, names {:.0}% alike)",
                duplicate.incoming_id,
                duplicate.existing_id,
                duplicate.distance_m,
                duplicate.similarity * 100.0
            );
        }
        if args.dry_run {
            println!("dry run: nothing written");
            return Ok(());
        }
        refuse_unless_skipping(&args, refused, file)?;
        let when = if args.retire_disappeared {
            WhenDisappeared::Retire
        } else {
            WhenDisappeared::Keep
        };
        let total = incoming.len();
        let applied = sources::apply(&pool, source, &incoming, when, |n| {
            println!("  {n} of {total} stored")
        })
        .await?;
        if let Some(mapping) = &mapping_used {
            let saved = Source {
                mapping: Some(serde_json::to_string(mapping)?),
                ..source.clone()
            };
            sources::save(&pool, &saved)
                .await?
                .map_err(|problem| say(LOCALE, &problem))?;
        }
        println!(
            "{}: {} services, {} changed, {} unchanged, {} retired",
            file.display(),
            total,
            applied.upserted.changed,
            applied.upserted.unchanged,
            applied.retired
        );
        return Ok(());
    }
    if args.dry_run {
        println!("dry run: nothing written");
        return Ok(());
    }
    refuse_unless_skipping(&args, refused, file)?;
    let services: Vec<ServiceRecord> = records.into_iter().map(|(_, r)| r).collect();
    let total = services.len();
    println!("{}: {total} services read; storing…", file.display());
    let done = content::upsert_services_with_progress(&pool, &services, |n| {
        println!("  {n} of {total} stored")
    })
    .await?;
    println!(
        "{}: {} services, {} changed, {} unchanged",
        file.display(),
        total,
        done.changed,
        done.unchanged
    );
    Ok(())
}

/// All or nothing, unless the operator chose the good rows.
fn refuse_unless_skipping(args: &ImportArgs, refused: usize, file: &Path) -> Result<(), Failure> {
    if refused > 0 && !args.skip_bad_rows {
        return Err(format!(
            "{}: {refused} row(s) refused; nothing imported (--skip-bad-rows imports the others)",
            file.display()
        )
        .into());
    }
    Ok(())
}

fn refused_path(file: &Path) -> PathBuf {
    let mut name = file.file_name().unwrap_or_default().to_os_string();
    name.push(".refused.csv");
    file.with_file_name(name)
}

async fn read_csv(
    args: &ImportArgs,
    bytes: &[u8],
    source: Option<&Source>,
    options: &ImportOptions,
) -> Result<Intake, Failure> {
    let mapping: Option<ColumnMapping> = match &args.mapping {
        Some(path) => Some(
            serde_json::from_str(
                &std::fs::read_to_string(path).map_err(|e| format!("{}: {e}", path.display()))?,
            )
            .map_err(|e| format!("{}: not a column mapping: {e}", path.display()))?,
        ),
        None => match source.and_then(|s| s.mapping.as_deref()) {
            Some(saved) => Some(serde_json::from_str(saved)?),
            None => None,
        },
    };
    let overrides = SniffOverrides {
        encoding: args.encoding.as_deref().map(encoding).transpose()?,
        separator: args.separator.as_deref().map(separator).transpose()?,
    };
    let geocoder = match &args.geocoder_url {
        Some(url) => {
            Some(Geocoder::new(url, Geocoder::POLITE_INTERVAL).map_err(|e| say(LOCALE, &e))?)
        }
        None => None,
    };
    let read_options = ReadOptions {
        overrides,
        mapping,
        constants: ConstantOverrides {
            categories: args
                .category
                .as_ref()
                .map(|c| c.split(';').map(|c| c.trim().to_owned()).collect()),
            organisation: args.organisation.clone(),
        },
        import: options.clone(),
        source: source.map(|s| s.id.clone()),
        geocode_at_most: usize::MAX,
    };
    let intake = read::read_csv(bytes, &read_options, geocoder.as_ref())
        .await
        .map_err(|e| format!("{}: {}", args.file.display(), say(LOCALE, &e)))?;
    println!(
        "{}: {}, separator {:?}, {} columns",
        args.file.display(),
        intake.encoding.label(),
        intake.separator.byte() as char,
        intake.headers.len()
    );
    for rule in &intake.mapping.columns {
        println!(
            "  column {:?} -> {}",
            rule.source,
            target_text(&rule.target)
        );
    }
    for column in &intake.unmapped {
        println!("  column {column:?} is not in the saved mapping: not imported");
    }
    if args.dry_run {
        println!(
            "mapping (save it to a file for --mapping): {}",
            serde_json::to_string(&intake.mapping)?
        );
    }
    if geocoder.is_some() {
        println!("positions found by the geocoder: {}", intake.geocoded);
    }
    if let Some(error) = &intake.geocoder_error {
        println!("{}", say(LOCALE, error));
    }
    Ok(intake)
}

fn target_text(target: &crate::intake::mapping::Target) -> String {
    use crate::intake::mapping::Target;
    match target {
        Target::Ignore => "(not imported)".into(),
        Target::Field(field) => format!("{field:?}").to_lowercase(),
        Target::LayoutColumn(column) => column.clone(),
    }
}

fn row_of_intake(row: IntakeRow) -> Row {
    let mut warnings: Vec<String> = row.warnings.iter().map(|w| say(LOCALE, w)).collect();
    if let Some(found) = &row.geocoded {
        warnings.push(format!(
            "position from the geocoder, {}: {}",
            say(LOCALE, &found.precision),
            found.label
        ));
    }
    Row {
        line: row.line,
        key: row.key,
        warnings,
        outcome: row.outcome.map_err(|e| refusal_text(&e)),
    }
}

fn rows_of(read: Result<Vec<ReadRow>, import::ImportError>) -> Result<Vec<Row>, Failure> {
    let rows = read.map_err(|e| e.to_string())?;
    Ok(rows
        .into_iter()
        .map(|(line, outcome)| Row {
            line,
            // In GeoJSON and OSM the importer made the id from the feature's or element's own.
            key: outcome.as_ref().map(|r| r.id.clone()).unwrap_or_default(),
            warnings: Vec::new(),
            outcome: outcome.map_err(|e| format!("{}: {}", e.field, e.problem)),
        })
        .collect())
}

/// The refused rows of a JSON file: their number and reason, as CSV.
fn refused_list(rows: &[Row]) -> Vec<u8> {
    let mut out = csv::Writer::from_writer(Vec::new());
    out.write_record(["row", "ponte_refused"])
        .expect("write to memory");
    for row in rows {
        if let Err(why) = &row.outcome {
            out.write_record([row.line.to_string(), why.clone()])
                .expect("write to memory");
        }
    }
    out.into_inner().expect("write to memory")
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::testdb::databases;
    use clap::Parser;

    const FIXTURES: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/fixtures/import");

    /// `ponte-coordinator import <words>` as the command line reads it.
    fn parse(database_url: &str, words: &[&str]) -> ImportArgs {
        #[derive(Parser)]
        struct Line {
            #[command(flatten)]
            args: ImportArgs,
        }
        let mut line = vec!["import", "--database-url", database_url];
        line.extend_from_slice(words);
        Line::try_parse_from(line).unwrap().args
    }

    /// A fixture copied into a folder of the test's own, where the refused rows' file goes.
    fn fixture(dir: &Path, name: &str) -> String {
        let to = dir.join(name);
        std::fs::copy(Path::new(FIXTURES).join(name), &to).unwrap();
        to.display().to_string()
    }

    fn phones(service: &ServiceRecord) -> Vec<&str> {
        service
            .contacts
            .iter()
            .filter(|c| c.channel == ponte_wire::content::ContactChannel::Phone)
            .map(|c| c.value.as_str())
            .collect()
    }

    #[tokio::test]
    async fn a_ministry_list_is_previewed_then_its_good_rows_imported() {
        for db in databases().await {
            let dir = tempfile::tempdir().unwrap();
            let file = fixture(dir.path(), "consultori-ministero.csv");
            let base = [
                "--format",
                "csv",
                "--region",
                "bologna",
                "--city",
                "Bologna",
                "--category",
                "health",
            ];
            let with = |extra: &[&str]| {
                let mut words = base.to_vec();
                words.extend_from_slice(extra);
                words.push(&file);
                parse(&db.url, &words)
            };

            // The preview writes no service, and lists the refused rows in a file to fix.
            import(with(&["--dry-run"])).await.unwrap();
            assert!(content::services(&db.pool, None).await.unwrap().is_empty());
            let refused_file = dir.path().join("consultori-ministero.csv.refused.csv");
            let refused = std::fs::read_to_string(&refused_file).unwrap();
            assert_eq!(refused.lines().count(), 2, "{refused}");
            assert!(
                refused.starts_with("ponte_refused;REGIONE;ASL;"),
                "{refused}"
            );
            assert!(refused.contains("Via Roma 1"), "no name: {refused}");
            std::fs::remove_file(&refused_file).unwrap();

            // All or nothing by default: one refused row, nothing imported.
            let error = import(with(&[])).await.unwrap_err().to_string();
            assert!(
                error.contains("1 row(s) refused; nothing imported"),
                "{error}"
            );
            assert!(content::services(&db.pool, None).await.unwrap().is_empty());

            // The good rows, cleaned.
            import(with(&["--skip-bad-rows"])).await.unwrap();
            let services = content::services(&db.pool, Some("bologna")).await.unwrap();
            assert_eq!(services.len(), 3);
            let unplaced = services
                .iter()
                .find(|s| s.texts[0].name == "Spazio giovani")
                .unwrap();
            assert_eq!(
                unplaced.position(),
                None,
                "no map position, found by search"
            );
            let navile = services
                .iter()
                .find(|s| s.texts[0].name == "Consultorio familiare Navile")
                .unwrap();
            assert_eq!(phones(navile), ["+390516597111"]);
            assert_eq!(navile.address, "Via Svampa 8");
            assert_eq!(navile.opening_hours.as_deref(), Some("Mo-Fr 08:00-13:00"));
            assert!(navile
                .contacts
                .iter()
                .any(|c| c.value == "consultorio.navile@ausl.bologna.it"));
            assert!(
                (navile.lat.unwrap() - 44.5231).abs() < 1e-6,
                "decimal commas read"
            );
            let saragozza = services
                .iter()
                .find(|s| s.texts[0].name == "Consultorio familiare Saragozza")
                .unwrap();
            assert_eq!(phones(saragozza), ["+390516597222"], "the lost 0 put back");
            assert_eq!(
                saragozza.opening_hours.as_deref(),
                Some("Mo-Fr 08:30-12:30,14:00-17:00")
            );
            assert!(std::fs::read_to_string(&refused_file)
                .unwrap()
                .contains("Via Roma 1"));

            // The same file again changes nothing.
            import(with(&["--skip-bad-rows"])).await.unwrap();
            assert_eq!(
                content::services(&db.pool, Some("bologna")).await.unwrap(),
                services
            );
            db.drop_database().await;
        }
    }

    #[tokio::test]
    async fn a_sources_file_without_positions_is_geocoded_updated_and_retired() {
        let nominatim = crate::geocode::recorded::start().await;
        for db in databases().await {
            let dir = tempfile::tempdir().unwrap();
            let file = fixture(dir.path(), "biblioteche-comune.csv");
            source_command(SourceCommand::Add {
                database_url: db.url.clone(),
                id: "biblioteche-bo".into(),
                name: "Biblioteche del Comune di Bologna".into(),
                region: "bologna".into(),
                licence: "CC-BY-4.0".into(),
                attribution: "Comune di Bologna".into(),
            })
            .await
            .unwrap();
            let words = [
                "--format",
                "csv",
                "--region",
                "bologna",
                "--city",
                "Bologna",
                "--source",
                "biblioteche-bo",
                "--category",
                "education",
                "--organisation",
                "Comune di Bologna",
                "--geocoder-url",
                &nominatim.base,
            ];
            let mut line = words.to_vec();
            line.push(&file);
            import(parse(&db.url, &line)).await.unwrap();
            let services = content::services(&db.pool, Some("bologna")).await.unwrap();
            assert_eq!(services.len(), 2);
            let salaborsa = &services
                .iter()
                .find(|s| s.texts[0].name == "Biblioteca Salaborsa")
                .unwrap();
            assert!(
                salaborsa.id.starts_with("biblioteche-bo:"),
                "{}",
                salaborsa.id
            );
            assert!(
                (salaborsa.lat.unwrap() - 44.4942736).abs() < 1e-6,
                "geocoded"
            );
            assert_eq!(salaborsa.opening_hours.as_deref(), Some("24/7"));
            assert_eq!(salaborsa.source, "Biblioteche del Comune di Bologna");
            assert_eq!(salaborsa.organisation, "Comune di Bologna");
            let lame = services
                .iter()
                .find(|s| s.texts[0].name.starts_with("Biblioteca Lame"))
                .unwrap();
            assert_eq!(
                lame.texts[0].name, "Biblioteca Lame – Cesare Malservisi",
                "Windows-1252's dash read"
            );
            // The mapping was saved with the source: next month, no flags for it.
            let saved = sources::get(&db.pool, "biblioteche-bo")
                .await
                .unwrap()
                .unwrap();
            let mapping: ColumnMapping = serde_json::from_str(&saved.mapping.unwrap()).unwrap();
            assert_eq!(mapping.constants.categories, ["education"]);

            // Next month the Lame library is gone from the file: retired when asked.
            let next = dir.path().join("next.csv");
            let bytes = std::fs::read(&file).unwrap();
            let cut = bytes.windows(2).rposition(|w| w == b"\r\n").unwrap();
            let first_rows =
                &bytes[..bytes[..cut].windows(2).rposition(|w| w == b"\r\n").unwrap() + 2];
            std::fs::write(&next, first_rows).unwrap();
            let next = next.display().to_string();
            let line = [
                "--format",
                "csv",
                "--region",
                "bologna",
                "--city",
                "Bologna",
                "--source",
                "biblioteche-bo",
                "--geocoder-url",
                &nominatim.base,
                "--retire-disappeared",
                &next,
            ];
            import(parse(&db.url, &line)).await.unwrap();
            let services = content::services(&db.pool, Some("bologna")).await.unwrap();
            assert_eq!(services.len(), 1);
            assert_eq!(services[0].texts[0].name, "Biblioteca Salaborsa");
            db.drop_database().await;
        }
    }

    #[tokio::test]
    async fn wrong_arguments_are_said_and_change_nothing() {
        for db in databases().await {
            let dir = tempfile::tempdir().unwrap();
            let file = fixture(dir.path(), "biblioteche-comune.csv");
            let base = [
                "--format", "csv", "--region", "bologna", "--city", "Bologna",
            ];
            for (extra, expected) in [
                (
                    vec!["--retire-disappeared"],
                    "--retire-disappeared needs --source",
                ),
                (vec!["--source", "nobody"], "no source \"nobody\""),
                (vec!["--separator", "x"], "--separator \"x\""),
                (
                    vec!["--category", "spaceships"],
                    "--category \"spaceships\"",
                ),
                (vec!["--encoding", "ebcdic"], "--encoding \"ebcdic\""),
                (
                    vec!["--geocoder-url", "nominatim.example.org"],
                    "not an http(s) address",
                ),
                (
                    vec!["--mapping", "/nonexistent/mapping.json"],
                    "/nonexistent/mapping.json",
                ),
            ] {
                let mut line = base.to_vec();
                line.extend_from_slice(&extra);
                line.push(&file);
                let error = import(parse(&db.url, &line)).await.unwrap_err().to_string();
                assert!(error.contains(expected), "{extra:?}: {error}");
            }
            assert!(content::services(&db.pool, None).await.unwrap().is_empty());
            let bad = source_command(SourceCommand::Add {
                database_url: db.url.clone(),
                id: "osm".into(),
                name: "OpenStreetMap".into(),
                region: "bologna".into(),
                licence: "ODbL-1.0".into(),
                attribution: String::new(),
            })
            .await
            .unwrap_err()
            .to_string();
            assert!(bad.contains("this licence asks for one"), "{bad}");
            assert!(sources::list(&db.pool).await.unwrap().is_empty());
            db.drop_database().await;
        }
    }

    fn service<'a>(services: &'a [ServiceRecord], id: &str) -> &'a ServiceRecord {
        services
            .iter()
            .find(|s| s.id == id)
            .unwrap_or_else(|| panic!("no service {id}"))
    }

    #[tokio::test]
    async fn an_overpass_turbo_export_is_imported_by_its_tags() {
        use ponte_wire::content::{Audience, Category};
        for db in databases().await {
            let dir = tempfile::tempdir().unwrap();
            let file = fixture(dir.path(), "overpass-turbo-piemonte.geojson");
            let with = |extra: &[&str]| {
                let mut words = vec![
                    "--format", "geojson", "--region", "torino", "--city", "Torino",
                ];
                words.extend_from_slice(extra);
                words.push(&file);
                parse(&db.url, &words)
            };

            // Overpass Turbo's metadata is no unknown column: only the community centre,
            // which the table gives no category, is refused, and it is named.
            import(with(&["--dry-run"])).await.unwrap();
            assert!(content::services(&db.pool, None).await.unwrap().is_empty());
            let refused_file = dir
                .path()
                .join("overpass-turbo-piemonte.geojson.refused.csv");
            let refused = std::fs::read_to_string(&refused_file).unwrap();
            assert_eq!(
                refused,
                "row,ponte_refused\n17,categories: the tags do not say what kind of service \
                 this is; give the import a category or add a ponte:category tag\n"
            );
            let error = import(with(&[])).await.unwrap_err().to_string();
            assert!(
                error.contains("1 row(s) refused; nothing imported"),
                "{error}"
            );
            let error = import(with(&["--category", "education;spaceships"]))
                .await
                .unwrap_err()
                .to_string();
            assert!(
                error.contains("--category \"spaceships\": one of work,"),
                "{error}"
            );
            assert!(content::services(&db.pool, None).await.unwrap().is_empty());

            // The operator says what the objects the tags do not say are.
            import(with(&["--category", "children_families"]))
                .await
                .unwrap();
            let services = content::services(&db.pool, None).await.unwrap();
            assert_eq!(services.len(), 17);
            let centre = service(&services, "osm-node-2456789012");
            assert_eq!(centre.categories, [Category::ChildrenFamilies]);
            assert_eq!(centre.organisation, "Casa del quartiere di San Salvario");
            let job_centre = service(&services, "osm-node-3145678901");
            assert_eq!(
                job_centre.categories,
                [Category::Work],
                "the table's, not --category"
            );
            assert_eq!(job_centre.organisation, "Agenzia Piemonte Lavoro");
            assert_eq!(job_centre.region, "torino");
            assert_eq!(job_centre.text("en").unwrap().name, "Turin Job Centre");
            let shelter = service(&services, "osm-way-187654321");
            assert_eq!(
                shelter.categories,
                [Category::Housing, Category::WomensSupport]
            );
            assert_eq!(
                shelter.audiences,
                [Audience::Refugees, Audience::AsylumSeekers, Audience::Women]
            );
            let (lat, lon) = shelter.position().unwrap();
            assert!(
                (lat - 45.0872).abs() < 1e-6 && (lon - 7.6841).abs() < 1e-6,
                "a building placed at its middle: {lat},{lon}"
            );
            assert_eq!(shelter.text("ar").unwrap().name, "دار استقبال تيريزا نوتشي");
            assert_eq!(shelter.free, Some(true));
            assert_eq!(shelter.attribution, import::OSM_ATTRIBUTION);
            let hospital = service(&services, "osm-relation-1234567");
            assert_eq!(hospital.categories, [Category::Health]);
            assert!(hospital.position().is_some());
            let kitchen = service(&services, "osm-node-4456789012");
            assert_eq!(
                (kitchen.categories.as_slice(), kitchen.audiences.as_slice()),
                ([Category::Food].as_slice(), [Audience::Everyone].as_slice())
            );
            assert_eq!(kitchen.wheelchair, None, "limited is neither yes nor no");
            let calvino = service(&services, "osm-way-223344556");
            assert_eq!(
                calvino.categories,
                [Category::Education, Category::DigitalHelp]
            );
            let paid_wifi = service(&services, "osm-node-9901234567");
            assert_eq!(paid_wifi.categories, [Category::Education]);
            assert_eq!(paid_wifi.city, "Cuneo");
            let youth = service(&services, "osm-node-8890123456");
            assert_eq!(
                (youth.categories.as_slice(), youth.audiences.as_slice()),
                (
                    [Category::JobOrientation, Category::ChildrenFamilies].as_slice(),
                    [Audience::Minors].as_slice()
                )
            );
            let mut kinds: Vec<&str> = services
                .iter()
                .flat_map(|s| s.categories.iter().map(|c| c.code()))
                .collect();
            kinds.sort();
            kinds.dedup();
            assert_eq!(kinds.len(), 13, "{kinds:?}");

            // The same file again changes nothing.
            import(with(&["--category", "children_families"]))
                .await
                .unwrap();
            assert_eq!(content::services(&db.pool, None).await.unwrap(), services);
            db.drop_database().await;
        }
    }

    #[tokio::test]
    async fn the_same_places_from_overpass_json_update_the_services_of_an_overpass_turbo_export() {
        for db in databases().await {
            let dir = tempfile::tempdir().unwrap();
            source_command(SourceCommand::Add {
                database_url: db.url.clone(),
                id: "osm-piemonte".into(),
                name: "OpenStreetMap".into(),
                region: "torino".into(),
                licence: "ODbL-1.0".into(),
                attribution: "© OpenStreetMap contributors".into(),
            })
            .await
            .unwrap();
            let run = |format: &'static str, file: String| {
                let words = [
                    "--format",
                    format,
                    "--region",
                    "torino",
                    "--city",
                    "Torino",
                    "--source",
                    "osm-piemonte",
                    "--skip-bad-rows",
                    &file,
                ]
                .map(str::to_owned);
                let words: Vec<&str> = words.iter().map(String::as_str).collect();
                parse(&db.url, &words)
            };
            let turbo = fixture(dir.path(), "overpass-turbo-piemonte.geojson");
            import(run("geojson", turbo)).await.unwrap();
            let before = content::services(&db.pool, None).await.unwrap();
            assert_eq!(before.len(), 16, "the community centre refused, skipped");
            let hospital_id = "osm-piemonte:osm-relation-1234567";
            let hospital = service(&before, hospital_id).clone();

            // Overpass JSON of the same places: each updates its service, none is added.
            let overpass = fixture(dir.path(), "overpass-piemonte.json");
            import(run("osm", overpass)).await.unwrap();
            let after = content::services(&db.pool, None).await.unwrap();
            assert_eq!(after.len(), 16);
            let moved = service(&after, hospital_id);
            assert_ne!(
                moved.position(),
                hospital.position(),
                "Overpass's center is the box's middle, not the mean of the vertices"
            );
            assert_eq!(moved.texts, hospital.texts);
            assert_eq!(moved.attribution, "© OpenStreetMap contributors");
            db.drop_database().await;
        }
    }
}
