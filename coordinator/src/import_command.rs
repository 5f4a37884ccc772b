//! `ponte-coordinator import` and `ponte-coordinator source`: an operator's file imported from
//! the command line, as the dashboard does it. Every row is read and reported first (ok, with
//! warnings, or refused with the reason); then the good rows are imported, or nothing; with
//! `--dry-run`, nothing. The command line speaks English (the dashboard speaks the operator's
//! language, from the same catalogue).

use std::path::{Path, PathBuf};

use clap::{Args, Subcommand, ValueEnum};
use ponte_wire::content::ServiceRecord;
use ponte_wire::import::{self, ImportOptions, ReadRow};

use crate::content;
use crate::geocode::Geocoder;
use crate::intake::mapping::ColumnMapping;
use crate::intake::read::{self, Intake, IntakeRow, ReadOptions, Refusal};
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
    /// CSV: the category code(s) of every row that has none, separated by `;`.
    #[arg(long)]
    pub category: Option<String>,
    /// CSV: who runs the services, for rows that do not say.
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
    let mut options = ImportOptions::for_region(&args.region, &args.city);
    if let Some(source) = &source {
        // Where a row does not say where it comes from, the source's name says it.
        options.source = source.name.clone();
    }

    let mut intake: Option<Intake> = None;
    let rows: Vec<Row> = match args.format {
        Format::Csv => {
            let read = read_csv(&args, &bytes, source.as_ref(), &options).await?;
            let rows = read.rows.iter().map(row_of_intake).collect();
            intake = Some(read);
            rows
        }
        Format::Geojson => rows_of(import::read_geojson(&bytes, &options))?,
        Format::Osm => rows_of(import::read_osm_json(&bytes, &options))?,
    };

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
    let good: Vec<&Row> = rows.iter().filter(|r| r.outcome.is_ok()).collect();
    let warned = good.iter().filter(|r| !r.warnings.is_empty()).count();
    println!(
        "{}: {} rows: {} to import ({warned} with warnings), {refused} refused",
        file.display(),
        rows.len(),
        good.len()
    );
    if refused > 0 && (args.skip_bad_rows || args.dry_run) {
        let path = args
            .refused
            .clone()
            .unwrap_or_else(|| refused_path(file));
        let csv = match &intake {
            Some(intake) => intake.refused_csv(|row: &IntakeRow| {
                row.outcome
                    .as_ref()
                    .err()
                    .map(refusal_text)
                    .unwrap_or_default()
            }),
            None => refused_list(&rows),
        };
        std::fs::write(&path, csv).map_err(|e| format!("{}: {e}", path.display()))?;
        println!("the refused rows, to fix and import again: {}", path.display());
    }

    let records: Vec<(String, ServiceRecord)> = good
        .iter()
        .filter_map(|r| r.outcome.as_ref().ok().map(|s| (r.key.clone(), s.clone())))
        .collect();
    if let Some(source) = &source {
        let incoming: Vec<Incoming> = records
            .iter()
            .map(|(key, record)| Incoming {
                key: key.clone(),
                record: record.clone(),
            })
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
        if let Some(intake) = &intake {
            let saved = Source {
                mapping: Some(serde_json::to_string(&intake.mapping)?),
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
    let mut mapping: Option<ColumnMapping> = match &args.mapping {
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
    let mut read_options = ReadOptions {
        overrides,
        mapping: mapping.clone(),
        import: options.clone(),
        source: source.map(|s| s.id.clone()),
    };
    // The constants given on the command line go into the mapping, guessed or saved.
    if args.category.is_some() || args.organisation.is_some() {
        let guessed = match mapping.take() {
            Some(mapping) => mapping,
            None => {
                read::read_csv(bytes, &read_options, None)
                    .await
                    .map_err(|e| say(LOCALE, &e))?
                    .mapping
            }
        };
        let mut with_constants = guessed;
        if let Some(category) = &args.category {
            with_constants.constants.categories =
                category.split(';').map(|c| c.trim().to_owned()).collect();
        }
        if let Some(organisation) = &args.organisation {
            with_constants.constants.organisation = Some(organisation.clone());
        }
        read_options.mapping = Some(with_constants);
    }
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
        println!("  column {:?} -> {}", rule.source, target_text(&rule.target));
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

fn row_of_intake(row: &IntakeRow) -> Row {
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
        key: row.key.clone(),
        warnings,
        outcome: row.outcome.clone().map_err(|e| refusal_text(&e)),
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
    out.write_record(["row", "ponte_refused"]).expect("write to memory");
    for row in rows {
        if let Err(why) = &row.outcome {
            out.write_record([row.line.to_string(), why.clone()])
                .expect("write to memory");
        }
    }
    out.into_inner().expect("write to memory")
}
