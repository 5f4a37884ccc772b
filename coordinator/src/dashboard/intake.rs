//! An operator's file imported from the dashboard (issue 18): upload, preview, mapping, confirm.
//!
//! The file is uploaded and waits on the server ([`PendingImports`]); its preview shows every
//! row ok, with warnings, or refused with the reason, in the operator's language. For a CSV the
//! operator sees the guessed encoding, separator and column mapping, changes any of them and
//! previews again. Nothing is written until the operator confirms; then the good rows are
//! imported (the refused ones stay downloadable as a CSV to fix and upload again), or nothing.
//! With a source, the plan (new, changed, unchanged, gone) and the likely duplicates are shown
//! first, and the mapping is saved with the source for next month's file.
//!
//! The file waits in memory, not in the database: it is the operator's draft, not content,
//! and a restart only asks for the upload again.

use std::collections::HashMap;
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use axum::extract::{DefaultBodyLimit, Path, State};
use axum::http::{header, HeaderMap, StatusCode};
use axum::response::{IntoResponse, Redirect, Response};
use axum::routing::{get, post};
use axum::Router;
use maud::{html, Markup};
use ponte_wire::content::{Category, ServiceRecord};
use ponte_wire::import::{self, ImportError, ImportOptions, ReadRow};

use super::forms::{CsrfForm, CsrfUpload};
use super::scrolling;
use super::services::{internal, service_name};
use super::session::Signed;
use super::{args, csrf_field, failure, forbidden, locale, page, problem_text, t};
use crate::content;
use crate::intake::mapping::{ColumnMapping, ColumnRule, Field, Target};
use crate::intake::read::{self, ConstantOverrides, IntakeRow, ReadOptions, Refusal};
use crate::intake::sniff::{Encoding, Separator, SniffOverrides};
use crate::intake::words::say;
use crate::sources::{self, Incoming, Source, WhenDisappeared};
use crate::state::AppState;

/// The largest file an operator may upload: a region's whole list is a few MiB.
pub const MAX_FILE_BYTES: usize = 64 << 20;
/// How long an uploaded file waits for its confirmation.
const WAITS: Duration = Duration::from_secs(2 * 60 * 60);
/// Files waiting per account: a new upload drops the oldest.
const PER_ACCOUNT: usize = 2;
/// New addresses asked of the geocoder per click: at one a second, half a minute.
const GEOCODE_PER_STEP: usize = 30;
/// Rows shown in the preview's table (the counts are of every row).
const SHOWN_ROWS: usize = 100;
/// Refused rows listed on the page (all are in the downloadable file).
const SHOWN_REFUSED: usize = 500;

/// The formats an operator's file may come in.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Format {
    Csv,
    Geojson,
    Osm,
}

impl Format {
    const ALL: [(Format, &'static str, &'static str); 3] = [
        (Format::Csv, "csv", "import-format-csv"),
        (Format::Geojson, "geojson", "import-format-geojson"),
        (Format::Osm, "osm", "import-format-osm"),
    ];

    fn parse(code: &str) -> Option<Format> {
        Format::ALL
            .iter()
            .find(|(_, c, _)| *c == code)
            .map(|(f, ..)| *f)
    }
}

/// An uploaded file waiting for its confirmation, and the operator's choices so far.
struct Pending {
    account: String,
    uploaded: Instant,
    file_name: String,
    format: Format,
    bytes: Arc<Vec<u8>>,
    region: String,
    city: String,
    source: Option<String>,
    overrides: SniffOverrides,
    /// The mapping as the operator corrected it; `None`: the source's saved one, or the guess.
    mapping: Option<ColumnMapping>,
    /// GeoJSON and OpenStreetMap: the values of objects that do not say them.
    defaults: Defaults,
    /// What the confirmed import did: a second confirmation is refused.
    imported: Option<String>,
}

/// What the operator gives for every GeoJSON feature or OpenStreetMap object that does not say
/// it (an object whose tags name no kind of service, one without an `operator`).
#[derive(Clone, Default)]
struct Defaults {
    categories: Vec<Category>,
    organisation: String,
}

/// Uploaded files waiting for their confirmation, by a random id only their account knows.
#[derive(Default)]
pub struct PendingImports(Mutex<HashMap<String, Pending>>);

impl PendingImports {
    fn lock(&self) -> std::sync::MutexGuard<'_, HashMap<String, Pending>> {
        // A panic while holding it leaves plain data behind, still usable.
        self.0.lock().unwrap_or_else(|e| e.into_inner())
    }

    fn add(&self, pending: Pending) -> String {
        let id = crate::auth::random_token(18);
        let mut all = self.lock();
        all.retain(|_, p| p.uploaded.elapsed() < WAITS);
        let mut own: Vec<(String, Instant)> = all
            .iter()
            .filter(|(_, p)| p.account == pending.account)
            .map(|(id, p)| (id.clone(), p.uploaded))
            .collect();
        own.sort_by_key(|(_, at)| *at);
        let excess = (own.len() + 1).saturating_sub(PER_ACCOUNT);
        for (old, _) in own.into_iter().take(excess) {
            all.remove(&old);
        }
        all.insert(id.clone(), pending);
        id
    }

    /// Runs `f` on the account's pending file `id`; `None` when there is none (gone, expired,
    /// or another account's).
    fn with<T>(&self, id: &str, account: &str, f: impl FnOnce(&mut Pending) -> T) -> Option<T> {
        let mut all = self.lock();
        match all.get_mut(id) {
            Some(p) if p.account == account && p.uploaded.elapsed() < WAITS => Some(f(p)),
            _ => None,
        }
    }

    fn remove(&self, id: &str, account: &str) -> bool {
        let mut all = self.lock();
        let owned = all.get(id).is_some_and(|p| p.account == account);
        if owned {
            all.remove(id);
        }
        owned
    }
}

/// What a handler needs of a pending file, copied out of the lock.
#[derive(Clone)]
struct Job {
    file_name: String,
    format: Format,
    bytes: Arc<Vec<u8>>,
    region: String,
    city: String,
    source: Option<Source>,
    overrides: SniffOverrides,
    mapping: Option<ColumnMapping>,
    defaults: Defaults,
    imported: Option<String>,
}

/// The upload form, the preview and its steps, and the refused rows' file.
pub fn routes() -> Router<Arc<AppState>> {
    Router::new()
        .route("/services/import", get(upload_form))
        .route("/services/import/{id}", get(preview).post(choose))
        .route("/services/import/{id}/confirm", post(confirm))
        .route("/services/import/{id}/cancel", post(cancel))
        .route("/services/import/{id}/geocode", post(geocode))
        .route("/services/import/{id}/refused.csv", get(refused_file))
}

/// The upload itself, outside the requests' usual size limit (see `app::router`).
pub fn upload_routes() -> Router<Arc<AppState>> {
    Router::new()
        .route("/services/import/file", post(upload))
        .layer(DefaultBodyLimit::max(MAX_FILE_BYTES + (1 << 20)))
}

fn upload_page(
    state: &AppState,
    l: &str,
    signed: &Signed,
    status: StatusCode,
    message: Markup,
    typed: &HashMap<String, String>,
    known: &[Source],
) -> Response {
    let value = |name: &str| typed.get(name).map(String::as_str).unwrap_or("").to_owned();
    let chosen = typed.get("format").map(String::as_str).unwrap_or("csv");
    let body = html! {
        (message)
        p { (t(l, "import-explain", None)) }
        form method="post" action="/services/import/file" enctype="multipart/form-data" {
            (csrf_field(signed))
            label {
                (t(l, "import-file", None))
                input type="file" name="file" #file required;
            }
            label {
                (t(l, "import-format", None))
                select name="format" #format {
                    @for (_, code, key) in Format::ALL {
                        option value=(code) selected[code == chosen] { (t(l, key, None)) }
                    }
                }
            }
            label {
                (t(l, "dashboard-region", None))
                input type="text" name="region" #region value=(value("region")) placeholder="bologna" required;
            }
            label {
                (t(l, "service-city", None))
                input type="text" name="city" #city value=(value("city")) placeholder="Bologna" required;
            }
            label {
                (t(l, "import-source", None))
                select name="source" #source {
                    option value="" { (t(l, "import-source-none", None)) }
                    @for source in known {
                        option value=(source.id) selected[value("source") == source.id] {
                            (source.name) " (" (source.id) ", " (source.licence) ")"
                        }
                    }
                }
            }
            p.muted { (t(l, "import-source-explain", None)) }
            button type="submit" #upload { (t(l, "import-preview", None)) }
        }
        p { a href="/services" { (t(l, "back", None)) } }
    };
    let title = t(l, "service-import", None);
    (status, page(state, l, Some(signed), &title, body)).into_response()
}

async fn upload_form(
    State(state): State<Arc<AppState>>,
    headers: HeaderMap,
    signed: Signed,
) -> Response {
    let l = locale(&headers);
    if !signed.account.role.edits_content() {
        return forbidden(&state, l, &signed);
    }
    let known = match sources::list(&state.pool).await {
        Ok(known) => known,
        Err(e) => return internal(&state, l, &signed, e),
    };
    upload_page(
        &state,
        l,
        &signed,
        StatusCode::OK,
        html! {},
        &HashMap::new(),
        &known,
    )
}

async fn upload(
    State(state): State<Arc<AppState>>,
    headers: HeaderMap,
    CsrfUpload { signed, upload }: CsrfUpload<MAX_FILE_BYTES>,
) -> Response {
    let l = locale(&headers);
    if !signed.account.role.edits_content() {
        return forbidden(&state, l, &signed);
    }
    let known = match sources::list(&state.pool).await {
        Ok(known) => known,
        Err(e) => return internal(&state, l, &signed, e),
    };
    let refuse = |message: String| {
        upload_page(
            &state,
            l,
            &signed,
            StatusCode::BAD_REQUEST,
            html! { p.error role="alert" #refused { (message) } },
            &upload.fields,
            &known,
        )
    };
    let field = |name: &str| upload.fields.get(name).map(|v| v.trim()).unwrap_or("");
    if !upload.too_large.is_empty() {
        let mib = (MAX_FILE_BYTES >> 20).to_string();
        return refuse(t(
            l,
            "import-too-large",
            Some(&args(&[("mib", mib.into())])),
        ));
    }
    let Some((_, file_name, bytes)) = upload.files.first() else {
        return refuse(t(l, "import-no-file", None));
    };
    if bytes.is_empty() {
        return refuse(t(l, "import-no-file", None));
    }
    if field("region").is_empty() || field("city").is_empty() {
        return refuse(t(l, "import-region-city", None));
    }
    let Some(format) = Format::parse(field("format")) else {
        return refuse(t(l, "import-bad-format", None));
    };
    let source = match field("source") {
        "" => None,
        id => match known.iter().find(|s| s.id == id) {
            Some(source) => Some(source.id.clone()),
            None => return refuse(t(l, "import-no-such-source", None)),
        },
    };
    let id = state.imports.add(Pending {
        account: signed.account.id.clone(),
        uploaded: Instant::now(),
        file_name: file_name.clone(),
        format,
        bytes: Arc::new(bytes.clone()),
        region: field("region").to_owned(),
        city: field("city").to_owned(),
        source,
        overrides: SniffOverrides::default(),
        mapping: None,
        defaults: Defaults::default(),
        imported: None,
    });
    Redirect::to(&format!("/services/import/{id}")).into_response()
}

/// The answer for an upload that is no longer waiting (or is another account's).
fn gone(state: &AppState, l: &str, signed: &Signed) -> Response {
    failure(
        state,
        l,
        Some(signed),
        StatusCode::NOT_FOUND,
        &t(l, "import-gone", None),
    )
}

/// The account's pending file, with its source read, or the page to answer.
async fn job(state: &AppState, l: &str, signed: &Signed, id: &str) -> Result<Job, Response> {
    if !signed.account.role.edits_content() {
        return Err(forbidden(state, l, signed));
    }
    let found = state.imports.with(id, &signed.account.id, |p| {
        (
            p.source.clone(),
            Job {
                file_name: p.file_name.clone(),
                format: p.format,
                bytes: p.bytes.clone(),
                region: p.region.clone(),
                city: p.city.clone(),
                source: None,
                overrides: p.overrides,
                mapping: p.mapping.clone(),
                defaults: p.defaults.clone(),
                imported: p.imported.clone(),
            },
        )
    });
    let Some((source_id, mut job)) = found else {
        return Err(gone(state, l, signed));
    };
    if let Some(source_id) = source_id {
        match sources::get(&state.pool, &source_id).await {
            Ok(Some(source)) => job.source = Some(source),
            // Deleted since the upload: imported without it.
            Ok(None) => {}
            Err(e) => return Err(internal(state, l, signed, e)),
        }
    }
    Ok(job)
}

/// One row as the preview and the import take it, in the operator's words.
struct Row {
    line: usize,
    key: String,
    /// The name the row gives, to find it in the file.
    name: String,
    warnings: Vec<String>,
    /// The service, or the column and the reason it is refused.
    outcome: Result<ServiceRecord, (String, String)>,
}

/// What a CSV file was read as, to show and to change.
struct CsvRead {
    encoding: Encoding,
    separator: Separator,
    headers: Vec<String>,
    /// The first row's cells, to help choose each column's field.
    sample: Vec<String>,
    mapping: ColumnMapping,
    unmapped: Vec<String>,
    /// Positions the geocoder gave, rows it was not asked for yet, and why it stopped.
    geocoded: usize,
    not_yet_geocoded: usize,
    geocoder_error: Option<String>,
}

/// A file read: every row, how a CSV was read, and the refused rows' file.
struct ReadFile {
    rows: Vec<Row>,
    csv: Option<CsvRead>,
    refused_csv: Vec<u8>,
}

fn saved_mapping(source: Option<&Source>) -> Option<ColumnMapping> {
    // A mapping that no longer reads (saved by an older version) is guessed again.
    source
        .and_then(|s| s.mapping.as_deref())
        .and_then(|saved| serde_json::from_str(saved).ok())
}

/// Reads the pending file as its choices say; `Err` is the sentence saying why it cannot be
/// read at all. Runs off the async threads: a large file takes seconds of CPU.
/// The geocoder is asked for at most `geocode_at_most` new addresses (its earlier answers are
/// always used).
async fn read_file(
    state: &Arc<AppState>,
    job: &Job,
    l: &'static str,
    geocode_at_most: usize,
) -> Result<ReadFile, String> {
    let job = job.clone();
    let state = state.clone();
    let read = tokio::task::spawn_blocking(move || {
        let handle = tokio::runtime::Handle::current();
        handle.block_on(read_file_now(&state, &job, l, geocode_at_most))
    })
    .await;
    read.unwrap_or_else(|e| Err(format!("{e}")))
}

async fn read_file_now(
    state: &AppState,
    job: &Job,
    l: &str,
    geocode_at_most: usize,
) -> Result<ReadFile, String> {
    let mut options = ImportOptions::for_region(&job.region, &job.city);
    if let Some(source) = &job.source {
        // Where a row does not say where it comes from, the source's name says it.
        options.source = source.name.clone();
        options.attribution = source.attribution.clone();
    }
    match job.format {
        Format::Csv => {
            let read_options = ReadOptions {
                overrides: job.overrides,
                mapping: job
                    .mapping
                    .clone()
                    .or_else(|| saved_mapping(job.source.as_ref())),
                constants: ConstantOverrides::default(),
                import: options,
                source: job.source.as_ref().map(|s| s.id.clone()),
                geocode_at_most,
            };
            let intake = read::read_csv(&job.bytes, &read_options, state.geocoder.as_ref())
                .await
                .map_err(|e| say(l, &e))?;
            let why = |row: &IntakeRow| match &row.outcome {
                Err(refusal) => refusal_text(l, refusal).1,
                Ok(_) => String::new(),
            };
            let refused_csv = intake.refused_csv(why);
            let language = intake.mapping.language.clone();
            let csv = CsvRead {
                encoding: intake.encoding,
                separator: intake.separator,
                headers: intake.headers,
                sample: intake.sample,
                mapping: intake.mapping,
                unmapped: intake.unmapped,
                geocoded: intake.geocoded,
                not_yet_geocoded: intake.not_yet_geocoded,
                geocoder_error: intake.geocoder_error.as_ref().map(|e| say(l, e)),
            };
            let rows = intake
                .rows
                .into_iter()
                .map(|row| {
                    let name = match &row.outcome {
                        Ok(record) => service_name(record, l).to_owned(),
                        Err(_) => row
                            .fields
                            .get(&format!("name_{language}"))
                            .cloned()
                            .unwrap_or_default(),
                    };
                    let mut warnings: Vec<String> =
                        row.warnings.iter().map(|w| say(l, w)).collect();
                    if let Some(found) = &row.geocoded {
                        warnings.push(t(
                            l,
                            "import-geocoded",
                            Some(&args(&[
                                ("precision", say(l, &found.precision).into()),
                                ("place", found.label.clone().into()),
                            ])),
                        ));
                    }
                    Row {
                        line: row.line,
                        key: row.key,
                        name,
                        warnings,
                        outcome: row.outcome.map_err(|e| refusal_text(l, &e)),
                    }
                })
                .collect();
            Ok(ReadFile {
                rows,
                csv: Some(csv),
                refused_csv,
            })
        }
        Format::Geojson | Format::Osm => {
            options.categories = job.defaults.categories.clone();
            options.organisation = job.defaults.organisation.clone();
            let read = if job.format == Format::Geojson {
                import::read_geojson(&job.bytes, &options)
            } else {
                import::read_osm_json(&job.bytes, &options)
            };
            let rows = match read {
                Ok(rows) => rows,
                Err(ImportError::Unreadable(problem)) => return Err(problem_text(l, &problem)),
                Err(ImportError::Rows(_)) => unreachable!("read_* reports rows one by one"),
            };
            let rows: Vec<Row> = rows.into_iter().map(|row| json_row(l, row)).collect();
            let refused_csv = refused_list(l, &rows);
            Ok(ReadFile {
                rows,
                csv: None,
                refused_csv,
            })
        }
    }
}

fn json_row(l: &str, (line, outcome): ReadRow) -> Row {
    let name = match &outcome {
        Ok(record) => service_name(record, l).to_owned(),
        Err(_) => String::new(),
    };
    Row {
        line,
        // The importer made the id from the feature's or element's own.
        key: outcome.as_ref().map(|r| r.id.clone()).unwrap_or_default(),
        name,
        warnings: outcome
            .as_ref()
            .ok()
            .filter(|r| r.position().is_none())
            .map(|_| t(l, "intake-no-position", None))
            .into_iter()
            .collect(),
        outcome: outcome.map_err(|e| (e.field.clone(), problem_text(l, &e.problem))),
    }
}

/// The column and the reason a row is refused.
fn refusal_text(l: &str, refusal: &Refusal) -> (String, String) {
    match refusal {
        Refusal::Mapping(e) => (String::new(), say(l, e)),
        Refusal::Row(e) => (e.field.clone(), problem_text(l, &e.problem)),
    }
}

/// The refused rows of a JSON file: their number, field and reason, as CSV.
fn refused_list(l: &str, rows: &[Row]) -> Vec<u8> {
    let mut out = csv::Writer::from_writer(Vec::new());
    let header = [
        t(l, "import-row", None),
        t(l, "import-field", None),
        t(l, "import-reason", None),
    ];
    // Writing to a Vec cannot fail.
    out.write_record(&header).expect("write to memory");
    for row in rows {
        if let Err((field, why)) = &row.outcome {
            out.write_record([row.line.to_string(), field.clone(), why.clone()])
                .expect("write to memory");
        }
    }
    out.into_inner().expect("write to memory")
}

/// The good rows, as the import takes them.
fn incoming(rows: Vec<Row>) -> Vec<Incoming> {
    rows.into_iter()
        .filter_map(|row| {
            let key = row.key;
            row.outcome.ok().map(|record| Incoming { key, record })
        })
        .collect()
}

/// A mapping target as a form value: `ignore`, `field:name`, `layout:name_en`.
fn target_value(target: &Target) -> String {
    match target {
        Target::Ignore => "ignore".into(),
        Target::Field(field) => format!("field:{}", field_code(*field)),
        Target::LayoutColumn(column) => format!("layout:{column}"),
    }
}

fn parse_target(value: &str) -> Option<Target> {
    match value.split_once(':') {
        None if value == "ignore" => Some(Target::Ignore),
        Some(("field", code)) => Field::ALL
            .into_iter()
            .find(|f| field_code(*f) == code)
            .map(Target::Field),
        Some(("layout", column)) if crate::intake::mapping::is_layout_column(column) => {
            Some(Target::LayoutColumn(column.to_owned()))
        }
        _ => None,
    }
}

fn field_code(field: Field) -> String {
    serde_json::to_value(field)
        .ok()
        .and_then(|v| v.as_str().map(str::to_owned))
        .unwrap_or_default()
}

fn field_label(l: &str, field: Field) -> String {
    t(
        l,
        &format!("import-field-{}", field_code(field).replace('_', "-")),
        None,
    )
}

const ENCODINGS: [(Encoding, &str); 4] = [
    (Encoding::Utf8, "utf-8"),
    (Encoding::Utf8Bom, "utf-8-bom"),
    (Encoding::Windows1252, "windows-1252"),
    (Encoding::Iso8859_1, "iso-8859-1"),
];

const SEPARATORS: [(Separator, &str, &str); 4] = [
    (Separator::Comma, "comma", "import-separator-comma"),
    (
        Separator::Semicolon,
        "semicolon",
        "import-separator-semicolon",
    ),
    (Separator::Tab, "tab", "import-separator-tab"),
    (Separator::Pipe, "pipe", "import-separator-pipe"),
];

fn category_key(category: Category) -> String {
    format!("category-{}", category.code().replace('_', "-"))
}

/// The CSV's reading: encoding, separator, each column's field, and the constants.
fn csv_form(l: &str, signed: &Signed, id: &str, csv: &CsvRead) -> Markup {
    let constants = &csv.mapping.constants;
    html! {
        h2 { (t(l, "import-reading", None)) }
        form method="post" action=(format!("/services/import/{id}")) #reading {
            (csrf_field(signed))
            input type="hidden" name="shown-encoding" value=(encoding_code(csv.encoding));
            input type="hidden" name="shown-separator" value=(separator_code(csv.separator));
            label {
                (t(l, "import-encoding", None))
                select name="encoding" #encoding {
                    @for (encoding, code) in ENCODINGS {
                        option value=(code) selected[encoding == csv.encoding] { (encoding.label()) }
                    }
                }
            }
            label {
                (t(l, "import-separator", None))
                select name="separator" #separator {
                    @for (separator, code, key) in SEPARATORS {
                        option value=(code) selected[separator == csv.separator] { (t(l, key, None)) }
                    }
                }
            }
            h3 { (t(l, "import-mapping", None)) }
            p.muted { (t(l, "import-mapping-explain", None)) }
            (scrolling(&t(l, "import-mapping", None), html! {
                table #mapping {
                    tr {
                        th { (t(l, "import-column", None)) }
                        th { (t(l, "import-example", None)) }
                        th { (t(l, "import-becomes", None)) }
                    }
                    @for (index, header) in csv.headers.iter().enumerate() {
                        @let target = csv.mapping.columns.iter()
                            .find(|rule| &rule.source == header)
                            .map(|rule| rule.target.clone());
                        @let chosen = target.as_ref().map(target_value).unwrap_or_else(|| "ignore".into());
                        tr {
                            td { (header) }
                            td.muted { (csv.sample.get(index).map(String::as_str).unwrap_or("")) }
                            td {
                                select name=(format!("col-{index}")) aria-label=(header) {
                                    option value="ignore" selected[chosen == "ignore"] {
                                        (t(l, "import-target-ignore", None))
                                    }
                                    @for field in Field::ALL {
                                        @let value = target_value(&Target::Field(field));
                                        option value=(value) selected[chosen == value] {
                                            (field_label(l, field))
                                        }
                                    }
                                    @if let Some(Target::LayoutColumn(column)) = &target {
                                        option value=(format!("layout:{column}")) selected {
                                            (column)
                                        }
                                    }
                                }
                                @if csv.unmapped.contains(header) {
                                    " " span.status-missing { (t(l, "import-column-new", None)) }
                                }
                            }
                        }
                    }
                }
            }))
            h3 { (t(l, "import-constants", None)) }
            p.muted { (t(l, "import-constants-explain", None)) }
            (category_boxes(l, |code| constants.categories.iter().any(|c| c == code)))
            label {
                (t(l, "service-organisation", None))
                input type="text" name="organisation" #organisation
                    value=(constants.organisation.as_deref().unwrap_or(""));
            }
            label {
                (t(l, "import-languages-spoken", None))
                input type="text" name="languages_spoken" #languages_spoken
                    value=(constants.languages_spoken.join(";")) placeholder="it;en;ar";
            }
            label {
                (t(l, "import-file-language", None))
                input type="text" name="language" #language value=(csv.mapping.language) required;
            }
            button type="submit" #again { (t(l, "import-preview-again", None)) }
        }
    }
}

/// A checkbox per category, ticked where `ticked(code)`.
fn category_boxes(l: &str, ticked: impl Fn(&str) -> bool) -> Markup {
    html! {
        fieldset {
            legend { (t(l, "dashboard-categories", None)) }
            @for category in Category::ALL {
                label {
                    input type="checkbox" name=(format!("category-{}", category.code()))
                        checked[ticked(category.code())];
                    " " (t(l, &category_key(category), None))
                }
            }
        }
    }
}

/// The values for every object of a GeoJSON or OpenStreetMap file that does not say them.
fn defaults_form(l: &str, signed: &Signed, id: &str, defaults: &Defaults) -> Markup {
    html! {
        h2 { (t(l, "import-constants", None)) }
        form method="post" action=(format!("/services/import/{id}")) #reading {
            (csrf_field(signed))
            p.muted { (t(l, "import-defaults-explain", None)) }
            (category_boxes(l, |code| defaults.categories.iter().any(|c| c.code() == code)))
            label {
                (t(l, "service-organisation", None))
                input type="text" name="organisation" #organisation value=(defaults.organisation);
            }
            button type="submit" #again { (t(l, "import-preview-again", None)) }
        }
    }
}

/// The categories ticked in a form.
fn ticked_categories(form: &HashMap<String, String>) -> Vec<Category> {
    Category::ALL
        .into_iter()
        .filter(|c| form.contains_key(&format!("category-{}", c.code())))
        .collect()
}

fn encoding_code(encoding: Encoding) -> &'static str {
    ENCODINGS
        .iter()
        .find(|(e, _)| *e == encoding)
        .map(|(_, code)| *code)
        .unwrap_or("utf-8")
}

fn separator_code(separator: Separator) -> &'static str {
    SEPARATORS
        .iter()
        .find(|(s, ..)| *s == separator)
        .map(|(_, code, _)| *code)
        .unwrap_or("comma")
}

async fn preview(
    State(state): State<Arc<AppState>>,
    headers: HeaderMap,
    signed: Signed,
    Path(id): Path<String>,
) -> Response {
    let l = locale(&headers);
    let job = match job(&state, l, &signed, &id).await {
        Ok(job) => job,
        Err(answer) => return answer,
    };
    preview_page(&state, l, &signed, &id, &job, StatusCode::OK, html! {}).await
}

async fn preview_page(
    state: &Arc<AppState>,
    l: &'static str,
    signed: &Signed,
    id: &str,
    job: &Job,
    status: StatusCode,
    message: Markup,
) -> Response {
    let title = t(
        l,
        "import-preview-title",
        Some(&args(&[("file", job.file_name.clone().into())])),
    );
    let read = match read_file(state, job, l, 0).await {
        Ok(read) => read,
        Err(why) => {
            let body = html! {
                div.error role="alert" #unreadable { (t(l, "import-unreadable", None)) " " (why) }
                (cancel_form(l, signed, id))
            };
            return (
                StatusCode::BAD_REQUEST,
                page(state, l, Some(signed), &title, body),
            )
                .into_response();
        }
    };
    let total = read.rows.len();
    let refused = read.rows.iter().filter(|r| r.outcome.is_err()).count();
    let good = total - refused;
    let warned = read
        .rows
        .iter()
        .filter(|r| r.outcome.is_ok() && !r.warnings.is_empty())
        .count();
    // With a source: what the import would do, and the places another source already has.
    let mut plan_markup = html! {};
    if let Some(source) = &job.source {
        // The rows are still shown below, so the good ones are copied, not taken.
        let incoming: Vec<Incoming> = read
            .rows
            .iter()
            .filter_map(|r| {
                let record = r.outcome.as_ref().ok()?.clone();
                Some(Incoming {
                    key: r.key.clone(),
                    record,
                })
            })
            .collect();
        let plan = match sources::plan(&state.pool, source, &incoming).await {
            Ok(plan) => plan,
            Err(e) => return internal(state, l, signed, e),
        };
        let duplicates = match sources::duplicates(&state.pool, source, &incoming).await {
            Ok(found) => found,
            Err(e) => return internal(state, l, signed, e),
        };
        plan_markup = html! {
            h2 { (t(l, "import-plan", Some(&args(&[("source", source.name.clone().into())])))) }
            p #plan {
                (t(l, "import-plan-counts", Some(&args(&[
                    ("added", plan.added.len().into()),
                    ("changed", plan.changed.len().into()),
                    ("unchanged", plan.unchanged.into()),
                    ("gone", plan.disappeared.len().into()),
                ]))))
            }
            @if !plan.changed.is_empty() {
                ul #changed {
                    @for changed in plan.changed.iter().take(SHOWN_ROWS) {
                        li { (changed.id) ": " (changed.fields.join(", ")) }
                    }
                }
            }
            @if !plan.disappeared.is_empty() {
                p { (t(l, "import-gone-explain", None)) }
                ul #disappeared {
                    @for gone in plan.disappeared.iter().take(SHOWN_ROWS) {
                        li { (gone.name) " (" (gone.id) ")" }
                    }
                }
            }
            @if !duplicates.is_empty() {
                h3 { (t(l, "import-duplicates", None)) }
                ul #duplicates {
                    @for d in duplicates.iter().take(SHOWN_ROWS) {
                        li {
                            (t(l, "import-duplicate", Some(&args(&[
                                ("new", d.incoming_id.clone().into()),
                                ("existing", d.existing_id.clone().into()),
                                ("metres", (d.distance_m.round() as i64).into()),
                                ("percent", ((d.similarity * 100.0).round() as i64).into()),
                            ]))))
                            " " a href=(format!("/services/{}", d.existing_id)) { (t(l, "import-open", None)) }
                        }
                    }
                }
            }
        };
    }
    let summary_args = args(&[
        ("total", total.into()),
        ("good", good.into()),
        ("warned", warned.into()),
        ("refused", refused.into()),
    ]);
    let body = html! {
        (message)
        p.muted { (t(l, "import-nothing-yet", None)) }
        @if let Some(csv) = &read.csv {
            p #guessed {
                (t(l, "import-read-as", Some(&args(&[
                    ("encoding", csv.encoding.label().into()),
                    ("separator", t(l, SEPARATORS.iter().find(|(s, ..)| *s == csv.separator).map(|(.., k)| *k).unwrap_or("import-separator-comma"), None).into()),
                    ("columns", csv.headers.len().into()),
                ]))))
            }
        }
        p #summary role="status" { (t(l, "import-summary", Some(&summary_args))) }
        @if let Some(csv) = &read.csv {
            @if let Some(error) = &csv.geocoder_error {
                p.error role="alert" #geocoder-error { (error) }
            }
            @if csv.geocoded > 0 {
                p #geocoded { (t(l, "import-geocoded-count", Some(&args(&[("count", csv.geocoded.into())])))) }
            }
            @if state.geocoder.is_some() && csv.not_yet_geocoded > 0 && job.imported.is_none() {
                form method="post" action=(format!("/services/import/{id}/geocode")) #geocode-form {
                    (csrf_field(signed))
                    p { (t(l, "import-not-geocoded", Some(&args(&[("count", csv.not_yet_geocoded.into())])))) }
                    button type="submit" #geocode {
                        (t(l, "import-geocode", Some(&args(&[("count", csv.not_yet_geocoded.min(GEOCODE_PER_STEP).into())]))))
                    }
                }
            }
        }
        @if let Some(done) = &job.imported {
            p.ok role="status" #imported { (done) }
        } @else {
            (confirm_form(l, signed, id, good, refused, job.source.is_some()))
        }
        @if refused > 0 {
            p {
                a href=(format!("/services/import/{id}/refused.csv")) #refused-file download {
                    (t(l, "import-refused-download", Some(&args(&[("count", refused.into())]))))
                }
            }
        }
        (plan_markup)
        @if job.imported.is_none() {
            @match &read.csv {
                Some(csv) => (csv_form(l, signed, id, csv)),
                None => (defaults_form(l, signed, id, &job.defaults)),
            }
        }
        @if refused > 0 {
            h2 { (t(l, "import-refused-rows", None)) }
            (scrolling(&t(l, "import-refused-rows", None), html! {
                table #refused-rows {
                    tr {
                        th { (t(l, "import-row", None)) }
                        th { (t(l, "import-name", None)) }
                        th { (t(l, "import-field", None)) }
                        th { (t(l, "import-reason", None)) }
                    }
                    @for row in read.rows.iter().filter(|r| r.outcome.is_err()).take(SHOWN_REFUSED) {
                        @if let Err((field, why)) = &row.outcome {
                            tr {
                                td { (row.line) }
                                td { (row.name) }
                                td { (field) }
                                td { (why) }
                            }
                        }
                    }
                }
            }))
        }
        h2 { (t(l, "import-rows", Some(&args(&[("shown", SHOWN_ROWS.min(total).into()), ("total", total.into())])))) }
        (scrolling(&t(l, "dashboard-services", None), html! {
            table #rows {
                tr {
                    th { (t(l, "import-row", None)) }
                    th { (t(l, "import-status", None)) }
                    th { (t(l, "import-name", None)) }
                    th { (t(l, "import-details", None)) }
                }
                @for row in read.rows.iter().take(SHOWN_ROWS) {
                    @let (class, status) = match (&row.outcome, row.warnings.is_empty()) {
                        (Err(_), _) => ("status-missing", "import-status-refused"),
                        (Ok(_), false) => ("status-outdated", "import-status-warning"),
                        (Ok(_), true) => ("", "import-status-ok"),
                    };
                    tr data-line=(row.line) {
                        td { (row.line) }
                        td class=(class) { (t(l, status, None)) }
                        td { (row.name) }
                        td {
                            @if let Err((field, why)) = &row.outcome {
                                @if !field.is_empty() { (field) ": " }
                                (why)
                            }
                            @if !row.warnings.is_empty() {
                                ul {
                                    @for warning in &row.warnings { li { (warning) } }
                                }
                            }
                        }
                    }
                }
            }
        }))
    };
    (status, page(state, l, Some(signed), &title, body)).into_response()
}

fn confirm_form(
    l: &str,
    signed: &Signed,
    id: &str,
    good: usize,
    refused: usize,
    with_source: bool,
) -> Markup {
    html! {
        @if good > 0 {
            form method="post" action=(format!("/services/import/{id}/confirm")) #confirm-form {
                (csrf_field(signed))
                @if with_source {
                    label {
                        input type="checkbox" name="retire" #retire;
                        " " (t(l, "import-retire", None))
                    }
                }
                @if refused > 0 {
                    p { (t(l, "import-good-only", Some(&args(&[("refused", refused.into())])))) }
                }
                button type="submit" #confirm {
                    (t(l, "import-confirm", Some(&args(&[("count", good.into())]))))
                }
            }
        } @else {
            p.error role="alert" #nothing-good { (t(l, "import-nothing-good", None)) }
        }
        (cancel_form(l, signed, id))
    }
}

fn cancel_form(l: &str, signed: &Signed, id: &str) -> Markup {
    html! {
        form method="post" action=(format!("/services/import/{id}/cancel")) {
            (csrf_field(signed))
            button type="submit" #cancel { (t(l, "import-cancel", None)) }
        }
    }
}

/// The operator's corrections to a CSV's reading, from the preview's form.
fn choices(
    form: &HashMap<String, String>,
    job: &Job,
) -> Result<(SniffOverrides, Option<ColumnMapping>), &'static str> {
    let field = |name: &str| form.get(name).map(|v| v.trim()).unwrap_or("");
    let encoding = ENCODINGS
        .iter()
        .find(|(_, code)| *code == field("encoding"))
        .map(|(e, _)| *e)
        .ok_or("import-bad-choice")?;
    let separator = SEPARATORS
        .iter()
        .find(|(_, code, _)| *code == field("separator"))
        .map(|(s, ..)| *s)
        .ok_or("import-bad-choice")?;
    let overrides = SniffOverrides {
        encoding: Some(encoding),
        separator: Some(separator),
    };
    // Another encoding or separator gives other columns: the mapping is guessed again.
    if field("shown-encoding") != encoding_code(encoding)
        || field("shown-separator") != separator_code(separator)
    {
        return Ok((overrides, None));
    }
    let headers = crate::intake::sniff::sniff(&job.bytes, &overrides)
        .map(|s| s.headers)
        .map_err(|_| "import-bad-choice")?;
    let mut columns = Vec::with_capacity(headers.len());
    for (index, header) in headers.iter().enumerate() {
        let target = match form.get(&format!("col-{index}")) {
            Some(value) => parse_target(value).ok_or("import-bad-choice")?,
            None => Target::Ignore,
        };
        columns.push(ColumnRule {
            source: header.clone(),
            target,
        });
    }
    let language = field("language");
    if !ponte_wire::content::is_language_tag(language) {
        return Err("import-bad-language");
    }
    let languages_spoken: Vec<String> = field("languages_spoken")
        .split([';', ','])
        .map(str::trim)
        .filter(|s| !s.is_empty())
        .map(str::to_owned)
        .collect();
    if languages_spoken
        .iter()
        .any(|c| !ponte_wire::content::is_language_tag(c))
    {
        return Err("import-bad-language");
    }
    let mut mapping = ColumnMapping {
        columns,
        constants: Default::default(),
        language: language.to_owned(),
    };
    mapping.constants.categories = ticked_categories(form)
        .into_iter()
        .map(|c| c.code().to_owned())
        .collect();
    mapping.constants.organisation =
        Some(field("organisation").to_owned()).filter(|o| !o.is_empty());
    mapping.constants.languages_spoken = languages_spoken;
    Ok((overrides, Some(mapping)))
}

/// Keeps the operator's choice on the pending file and shows the preview again with it.
fn keep_choice(
    state: &AppState,
    l: &str,
    signed: &Signed,
    id: &str,
    choice: impl FnOnce(&mut Pending),
) -> Response {
    match state.imports.with(id, &signed.account.id, choice) {
        Some(()) => Redirect::to(&format!("/services/import/{id}")).into_response(),
        None => gone(state, l, signed),
    }
}

async fn choose(
    State(state): State<Arc<AppState>>,
    headers: HeaderMap,
    Path(id): Path<String>,
    CsrfForm { signed, form }: CsrfForm,
) -> Response {
    let l = locale(&headers);
    let job = match job(&state, l, &signed, &id).await {
        Ok(job) => job,
        Err(answer) => return answer,
    };
    if job.imported.is_some() {
        return Redirect::to(&format!("/services/import/{id}")).into_response();
    }
    if job.format != Format::Csv {
        let defaults = Defaults {
            categories: ticked_categories(&form),
            organisation: form
                .get("organisation")
                .map(|o| o.trim().to_owned())
                .unwrap_or_default(),
        };
        return keep_choice(&state, l, &signed, &id, |p| p.defaults = defaults);
    }
    match choices(&form, &job) {
        Ok((overrides, mapping)) => keep_choice(&state, l, &signed, &id, |p| {
            p.overrides = overrides;
            p.mapping = mapping;
        }),
        Err(key) => {
            let message = html! { p.error role="alert" #refused { (t(l, key, None)) } };
            preview_page(
                &state,
                l,
                &signed,
                &id,
                &job,
                StatusCode::BAD_REQUEST,
                message,
            )
            .await
        }
    }
}

async fn confirm(
    State(state): State<Arc<AppState>>,
    headers: HeaderMap,
    Path(id): Path<String>,
    CsrfForm { signed, form }: CsrfForm,
) -> Response {
    let l = locale(&headers);
    let job = match job(&state, l, &signed, &id).await {
        Ok(job) => job,
        Err(answer) => return answer,
    };
    if job.imported.is_some() {
        let message = html! { p.error role="alert" #refused { (t(l, "import-already", None)) } };
        return preview_page(&state, l, &signed, &id, &job, StatusCode::CONFLICT, message).await;
    }
    let read = match read_file(&state, &job, l, 0).await {
        Ok(read) => read,
        // The preview said so already; shown again.
        Err(_) => {
            return preview_page(
                &state,
                l,
                &signed,
                &id,
                &job,
                StatusCode::BAD_REQUEST,
                html! {},
            )
            .await
        }
    };
    let mapping = read.csv.as_ref().map(|csv| csv.mapping.clone());
    let total = read.rows.len();
    let incoming = incoming(read.rows);
    let refused = total - incoming.len();
    if incoming.is_empty() {
        let message =
            html! { p.error role="alert" #refused { (t(l, "import-nothing-good", None)) } };
        return preview_page(
            &state,
            l,
            &signed,
            &id,
            &job,
            StatusCode::BAD_REQUEST,
            message,
        )
        .await;
    }
    let retire = form.contains_key("retire");
    let (changed, unchanged, retired) = match &job.source {
        Some(source) => {
            let when = if retire {
                WhenDisappeared::Retire
            } else {
                WhenDisappeared::Keep
            };
            let applied = match sources::apply(&state.pool, source, &incoming, when, |_| {}).await {
                Ok(applied) => applied,
                Err(e) => return internal(&state, l, &signed, e),
            };
            if let Some(mapping) = &mapping {
                let saved = Source {
                    mapping: serde_json::to_string(mapping).ok(),
                    ..source.clone()
                };
                match sources::save(&state.pool, &saved).await {
                    Ok(_) => {}
                    Err(e) => return internal(&state, l, &signed, e),
                }
            }
            (
                applied.upserted.changed,
                applied.upserted.unchanged,
                applied.retired,
            )
        }
        None => {
            let services: Vec<ServiceRecord> = incoming.into_iter().map(|i| i.record).collect();
            match content::upsert_services(&state.pool, &services).await {
                Ok(done) => (done.changed, done.unchanged, 0),
                Err(e) => return internal(&state, l, &signed, e),
            }
        }
    };
    let imported = total - refused;
    let detail = format!(
        "{} {}: {imported} services, {changed} changed, {unchanged} unchanged, {retired} retired, {refused} refused",
        job.source.as_ref().map_or("", |s| s.id.as_str()),
        job.file_name,
    );
    let recorded = async {
        let mut conn = state.pool.acquire().await?;
        crate::audit::audit(
            &mut conn,
            Some(&signed.account.id),
            "service.import",
            &job.region,
            &detail,
        )
        .await
    }
    .await;
    if let Err(e) = recorded {
        return internal(&state, l, &signed, e);
    }
    let done = t(
        l,
        "import-done-counts",
        Some(&args(&[
            ("count", imported.into()),
            ("changed", changed.into()),
            ("unchanged", unchanged.into()),
            ("retired", retired.into()),
            ("refused", refused.into()),
        ])),
    );
    state.imports.with(&id, &signed.account.id, |p| {
        p.imported = Some(done.clone());
    });
    let job = Job {
        imported: Some(done),
        ..job
    };
    preview_page(&state, l, &signed, &id, &job, StatusCode::OK, html! {}).await
}

/// Asks the geocoder for the next rows without a position, then shows the preview with them.
async fn geocode(
    State(state): State<Arc<AppState>>,
    headers: HeaderMap,
    Path(id): Path<String>,
    CsrfForm { signed, .. }: CsrfForm,
) -> Response {
    let l = locale(&headers);
    let job = match job(&state, l, &signed, &id).await {
        Ok(job) => job,
        Err(answer) => return answer,
    };
    if state.geocoder.is_none() || job.format != Format::Csv {
        return failure(
            &state,
            l,
            Some(&signed),
            StatusCode::BAD_REQUEST,
            &t(l, "import-no-geocoder", None),
        );
    }
    // The answers stay in the geocoder's memory; the preview reads them from there.
    if let Err(why) = read_file(&state, &job, l, GEOCODE_PER_STEP).await {
        return failure(&state, l, Some(&signed), StatusCode::BAD_REQUEST, &why);
    }
    Redirect::to(&format!("/services/import/{id}")).into_response()
}

async fn cancel(
    State(state): State<Arc<AppState>>,
    headers: HeaderMap,
    Path(id): Path<String>,
    CsrfForm { signed, .. }: CsrfForm,
) -> Response {
    let l = locale(&headers);
    if !signed.account.role.edits_content() {
        return forbidden(&state, l, &signed);
    }
    if !state.imports.remove(&id, &signed.account.id) {
        return gone(&state, l, &signed);
    }
    Redirect::to("/services/import").into_response()
}

async fn refused_file(
    State(state): State<Arc<AppState>>,
    headers: HeaderMap,
    signed: Signed,
    Path(id): Path<String>,
) -> Response {
    let l = locale(&headers);
    let job = match job(&state, l, &signed, &id).await {
        Ok(job) => job,
        Err(answer) => return answer,
    };
    let read = match read_file(&state, &job, l, 0).await {
        Ok(read) => read,
        Err(why) => return failure(&state, l, Some(&signed), StatusCode::BAD_REQUEST, &why),
    };
    let stem = job
        .file_name
        .rsplit_once('.')
        .map_or(job.file_name.as_str(), |(stem, _)| stem);
    // Only letters, digits, `-` and `_` in the header's file name.
    let stem: String = stem
        .chars()
        .map(|c| {
            if c.is_ascii_alphanumeric() || c == '-' || c == '_' {
                c
            } else {
                '_'
            }
        })
        .collect();
    (
        [
            (header::CONTENT_TYPE, "text/csv; charset=utf-8".to_owned()),
            (
                header::CONTENT_DISPOSITION,
                format!("attachment; filename=\"{stem}.refused.csv\""),
            ),
        ],
        // A byte-order mark first: spreadsheets then open the file as UTF-8.
        [b"\xEF\xBB\xBF".as_slice(), &read.refused_csv].concat(),
    )
        .into_response()
}

#[cfg(test)]
mod tests {
    use super::super::services::tests::{multipart, signed_in};
    use super::*;
    use crate::testdb::{databases, people, Client};

    /// A page's text without Fluent's bidi isolation marks around the values it shows.
    trait Text {
        fn text(&self) -> String;
    }

    impl Text for crate::testdb::Answer {
        fn text(&self) -> String {
            self.body.replace(['\u{2068}', '\u{2069}'], "")
        }
    }

    const COMUNE: &[u8] = include_bytes!("../../fixtures/import/biblioteche-comune.csv");

    /// A file in Ponte's layout with one row whose latitude is impossible.
    const ONE_BAD_ROW: &[u8] = b"id,organisation,categories,lat,lon,name_it\n\
        bo-a,Comune,work,44.49,11.34,Sportello A\n\
        bo-b,Comune,work,444.9,11.34,Sportello B\n";

    async fn upload_file(
        client: &Client,
        name: &str,
        bytes: &[u8],
        fields: &[(&str, &str)],
    ) -> crate::testdb::Answer {
        client
            .send(multipart(
                client,
                "/services/import/file",
                fields,
                &[("file", name, bytes)],
            ))
            .await
    }

    /// Uploads a file and returns its preview's address.
    async fn uploaded(client: &Client, name: &str, bytes: &[u8], source: &str) -> String {
        let answer = upload_file(
            client,
            name,
            bytes,
            &[
                ("format", "csv"),
                ("region", "bologna"),
                ("city", "Bologna"),
                ("source", source),
            ],
        )
        .await;
        assert_eq!(answer.status, StatusCode::SEE_OTHER, "{}", answer.body);
        let location = answer.headers["location"].to_str().unwrap().to_owned();
        assert!(location.starts_with("/services/import/"), "{location}");
        location
    }

    async fn service_count(pool: &sqlx::AnyPool) -> usize {
        content::services(pool, None).await.unwrap().len()
    }

    /// The values a browser would send with the form `id` of `html` as it is shown: hidden and
    /// text inputs, ticked boxes, each select's chosen option.
    fn shown_form(html: &str, id: &str) -> Vec<(String, String)> {
        let start = html
            .find(&format!("id=\"{id}\""))
            .expect("the form is shown");
        let form = &html[start..start + html[start..].find("</form>").unwrap()];
        let attribute = |tag: &str, name: &str| -> Option<String> {
            let at = tag.find(&format!(" {name}=\""))? + name.len() + 3;
            let end = tag[at..].find('"')?;
            Some(
                tag[at..at + end]
                    .replace("&amp;", "&")
                    .replace("&quot;", "\""),
            )
        };
        let mut values = Vec::new();
        for part in form.split('<').skip(1) {
            let tag = &part[..part.find('>').unwrap_or(part.len())];
            if let Some(rest) = tag.strip_prefix("input") {
                let Some(name) = attribute(rest, "name") else {
                    continue;
                };
                match attribute(rest, "type").as_deref() {
                    Some("checkbox") if rest.contains(" checked") => {
                        values.push((name, "on".into()))
                    }
                    Some("checkbox") => {}
                    _ => values.push((name, attribute(rest, "value").unwrap_or_default())),
                }
            }
        }
        for select in form.split("<select").skip(1) {
            let name = attribute(select, "name").unwrap();
            let body = &select[..select.find("</select>").unwrap()];
            let chosen = body
                .split("<option")
                .skip(1)
                .find(|o| o[..o.find('>').unwrap()].contains(" selected"))
                .and_then(|o| attribute(o, "value"))
                .unwrap_or_default();
            values.push((name, chosen));
        }
        values
    }

    fn with(values: &[(String, String)], changes: &[(&str, &str)]) -> Vec<(String, String)> {
        let mut values: Vec<(String, String)> = values
            .iter()
            .filter(|(k, _)| !changes.iter().any(|(c, _)| c == k))
            .cloned()
            .collect();
        values.extend(changes.iter().map(|(k, v)| (k.to_string(), v.to_string())));
        values
    }

    async fn post(
        client: &Client,
        uri: &str,
        values: &[(String, String)],
    ) -> crate::testdb::Answer {
        let fields: Vec<(&str, &str)> = values
            .iter()
            .map(|(k, v)| (k.as_str(), v.as_str()))
            .collect();
        client.post_form(uri, &fields).await
    }

    /// A Comune's spreadsheet (Windows-1252, `;`, Italian headers, no categories, no
    /// coordinates): previewed, read as guessed, refused for lack of a category; the operator
    /// gives one and previews again; nothing is written until the confirmation, which imports
    /// both libraries without a map position, once.
    #[tokio::test]
    async fn a_comunes_file_is_previewed_mapped_and_imported_only_when_confirmed() {
        for db in databases().await {
            let pool = &db.pool;
            people(pool).await;
            let operator = signed_in(pool, "operator").await;
            let form = operator.get("/services/import").await;
            assert_eq!(form.status, StatusCode::OK);
            assert!(form.text().contains("action=\"/services/import/file\""));

            let preview = uploaded(&operator, "biblioteche.csv", COMUNE, "").await;
            let page = operator.get(&preview).await;
            assert_eq!(page.status, StatusCode::OK, "{}", page.body);
            assert!(page.text().contains("Windows-1252"), "{}", page.body);
            assert!(page.text().contains("punto e virgola"), "{}", page.body);
            // The guessed mapping: "Nome" is the name, "Orario" the opening hours.
            let shown = shown_form(&page.body, "reading");
            let chosen = |name: &str| {
                shown
                    .iter()
                    .find(|(k, _)| k == name)
                    .map(|(_, v)| v.clone())
                    .unwrap()
            };
            assert_eq!(chosen("col-0"), "field:name");
            assert_eq!(chosen("col-5"), "field:opening_hours");
            // Both rows are refused: the file names no organisation (nor category). In
            // Italian, row by row.
            assert!(
                page.text()
                    .contains("2 righe: 0 si possono importare (0 con avvisi), 2 rifiutate"),
                "{}",
                page.body
            );
            assert!(page.text().contains("id=\"nothing-good\""));
            assert_eq!(service_count(pool).await, 0, "a preview writes nothing");

            // Values for every row: the Comune runs libraries, education and digital help.
            let values = with(
                &shown,
                &[
                    ("category-education", "on"),
                    ("category-digital_help", "on"),
                    ("organisation", "Comune di Bologna"),
                ],
            );
            let answer = post(&operator, &preview, &values).await;
            assert_eq!(answer.status, StatusCode::SEE_OTHER, "{}", answer.body);
            let page = operator.get(&preview).await;
            assert!(
                page.text()
                    .contains("2 righe: 2 si possono importare (2 con avvisi), 0 rifiutate"),
                "{}",
                page.body
            );
            // Each warning in the operator's language: the hours converted, no map position.
            assert!(page.text().contains("convertiti in 24/7"), "{}", page.body);
            assert!(
                page.text().contains("Nessuna posizione sulla mappa"),
                "{}",
                page.body
            );
            assert_eq!(service_count(pool).await, 0, "a preview writes nothing");

            let done = operator.post_form(&format!("{preview}/confirm"), &[]).await;
            assert_eq!(done.status, StatusCode::OK, "{}", done.body);
            assert!(done.text().contains("id=\"imported\""), "{}", done.body);
            let services = content::services(pool, None).await.unwrap();
            assert_eq!(services.len(), 2);
            assert!(services.iter().all(|s| s.position().is_none()));
            assert!(services
                .iter()
                .all(|s| s.categories == [Category::Education, Category::DigitalHelp]));
            assert!(services
                .iter()
                .any(|s| s.texts[0].name == "Biblioteca Lame – Cesare Malservisi"));
            // Confirming twice imports nothing more.
            let again = operator.post_form(&format!("{preview}/confirm"), &[]).await;
            assert_eq!(again.status, StatusCode::CONFLICT);
            let audit: i64 =
                sqlx::query_scalar("SELECT count(*) FROM audit WHERE action = 'service.import'")
                    .fetch_one(pool)
                    .await
                    .unwrap();
            assert_eq!(audit, 1);
            db.drop_database().await;
        }
    }

    /// One bad row: the operator sees it with its reason, downloads it to fix, and imports
    /// the good row, or nothing at all.
    #[tokio::test]
    async fn the_good_rows_or_nothing_and_the_refused_ones_to_download() {
        for db in databases().await {
            let pool = &db.pool;
            people(pool).await;
            let operator = signed_in(pool, "operator").await;

            // Nothing: the preview is cancelled.
            let preview = uploaded(&operator, "sportelli.csv", ONE_BAD_ROW, "").await;
            let page = operator.get(&preview).await;
            assert!(
                page.text()
                    .contains("deve essere una latitudine tra -90 e 90"),
                "{}",
                page.body
            );
            let cancelled = operator.post_form(&format!("{preview}/cancel"), &[]).await;
            assert_eq!(cancelled.status, StatusCode::SEE_OTHER);
            assert_eq!(operator.get(&preview).await.status, StatusCode::NOT_FOUND);
            assert_eq!(
                operator
                    .post_form(&format!("{preview}/confirm"), &[])
                    .await
                    .status,
                StatusCode::NOT_FOUND
            );
            assert_eq!(service_count(pool).await, 0);

            // The good rows.
            let preview = uploaded(&operator, "sportelli.csv", ONE_BAD_ROW, "").await;
            let refused = operator.get(&format!("{preview}/refused.csv")).await;
            assert_eq!(refused.status, StatusCode::OK);
            assert_eq!(
                refused.headers["content-disposition"],
                "attachment; filename=\"sportelli.refused.csv\""
            );
            let lines: Vec<&str> = refused
                .body
                .trim_start_matches('\u{feff}')
                .lines()
                .collect();
            assert_eq!(lines.len(), 2, "{}", refused.body);
            assert_eq!(
                lines[0],
                "ponte_refused,id,organisation,categories,lat,lon,name_it"
            );
            assert!(lines[1].contains("bo-b,Comune,work,444.9,11.34,Sportello B"));
            assert!(lines[1].contains("latitudine"), "{}", lines[1]);
            // Another account of the same organisation does not see this upload.
            let admin = signed_in(pool, "admin").await;
            assert_eq!(admin.get(&preview).await.status, StatusCode::NOT_FOUND);
            assert_eq!(
                admin
                    .post_form(&format!("{preview}/confirm"), &[])
                    .await
                    .status,
                StatusCode::NOT_FOUND
            );
            let done = operator.post_form(&format!("{preview}/confirm"), &[]).await;
            assert_eq!(done.status, StatusCode::OK, "{}", done.body);
            assert!(
                done.text().contains("1 righe rifiutate") || done.text().contains("1 rows"),
                "{}",
                done.body
            );
            let services = content::services(pool, None).await.unwrap();
            assert_eq!(services.len(), 1);
            assert_eq!(services[0].id, "bo-a");
            // The refused rows stay downloadable after the import.
            assert_eq!(
                operator.get(&format!("{preview}/refused.csv")).await.status,
                StatusCode::OK
            );
            db.drop_database().await;
        }
    }

    /// A source's file: the mapping is saved with the source at the import; next month's file
    /// imports in one step with the saved mapping, its plan shows what is gone, and the
    /// operator retires it.
    #[tokio::test]
    async fn a_sources_next_file_uses_the_saved_mapping_and_retires_what_is_gone() {
        for db in databases().await {
            let pool = &db.pool;
            people(pool).await;
            let source = Source {
                id: "comune-bo".into(),
                name: "Biblioteche del Comune".into(),
                region: "bologna".into(),
                licence: "CC-BY-4.0".into(),
                attribution: "Comune di Bologna, CC BY 4.0".into(),
                mapping: None,
            };
            sources::save(pool, &source).await.unwrap().unwrap();
            let operator = signed_in(pool, "operator").await;
            let form = operator.get("/services/import").await;
            assert!(form.text().contains("value=\"comune-bo\""), "{}", form.body);

            let preview = uploaded(&operator, "biblioteche.csv", COMUNE, "comune-bo").await;
            let page = operator.get(&preview).await;
            let values = with(
                &shown_form(&page.body, "reading"),
                &[
                    ("category-education", "on"),
                    ("organisation", "Comune di Bologna"),
                ],
            );
            post(&operator, &preview, &values).await;
            let page = operator.get(&preview).await;
            assert!(
                page.text()
                    .contains("2 nuovi, 0 modificati, 0 invariati, 0 non più nel file"),
                "{}",
                page.body
            );
            let done = operator.post_form(&format!("{preview}/confirm"), &[]).await;
            assert_eq!(done.status, StatusCode::OK, "{}", done.body);
            let services = content::services(pool, None).await.unwrap();
            assert_eq!(services.len(), 2);
            assert!(services.iter().all(|s| s.id.starts_with("comune-bo:")));
            assert!(services
                .iter()
                .all(|s| s.attribution == "Comune di Bologna, CC BY 4.0"));
            let saved = sources::get(pool, "comune-bo").await.unwrap().unwrap();
            assert!(saved.mapping.unwrap().contains("education"));

            // Next month: one library left the list. The saved mapping reads it at once.
            let next: Vec<u8> = COMUNE
                .split_inclusive(|b| *b == b'\n')
                .take(2)
                .flatten()
                .copied()
                .collect();
            let preview = uploaded(&operator, "biblioteche-2.csv", &next, "comune-bo").await;
            let page = operator.get(&preview).await;
            assert!(
                page.text().contains("1 righe: 1 si possono importare"),
                "{}",
                page.body
            );
            assert!(
                page.text()
                    .contains("0 nuovi, 0 modificati, 1 invariati, 1 non più nel file"),
                "{}",
                page.body
            );
            assert!(
                page.text().contains("Biblioteca Lame"),
                "the gone one is named: {}",
                page.body
            );
            let done = operator
                .post_form(&format!("{preview}/confirm"), &[("retire", "on")])
                .await;
            assert_eq!(done.status, StatusCode::OK, "{}", done.body);
            assert!(done.text().contains("1 ritirati"), "{}", done.body);
            assert_eq!(service_count(pool).await, 1);
            db.drop_database().await;
        }
    }

    /// What an operator can get wrong is said, and changes nothing.
    #[tokio::test]
    async fn wrong_uploads_and_choices_are_refused_with_the_reason() {
        for (index, db) in databases().await.into_iter().enumerate() {
            let pool = &db.pool;
            people(pool).await;
            let operator = signed_in(pool, "operator").await;
            let full = [
                ("format", "csv"),
                ("region", "bologna"),
                ("city", "Bologna"),
            ];
            for (fields, file, reason) in [
                (&full[..], &b""[..], "Scegli il file da importare."),
                (&full[..2], ONE_BAD_ROW, "Indica il territorio e la città."),
                (
                    &[
                        ("format", "xls"),
                        ("region", "bologna"),
                        ("city", "Bologna"),
                    ][..],
                    ONE_BAD_ROW,
                    "Scegli il formato del file.",
                ),
                (
                    &[
                        ("format", "csv"),
                        ("region", "bologna"),
                        ("city", "Bologna"),
                        ("source", "nessuna"),
                    ][..],
                    ONE_BAD_ROW,
                    "Questa fonte non esiste",
                ),
            ] {
                let answer = upload_file(&operator, "f.csv", file, fields).await;
                assert_eq!(answer.status, StatusCode::BAD_REQUEST, "{reason}");
                assert!(answer.text().contains(reason), "{reason}: {}", answer.body);
            }
            if index == 0 {
                // Larger than the limit: refused before it is kept (once: 64 MiB of test data).
                let huge = vec![b'a'; MAX_FILE_BYTES + 1];
                let answer = upload_file(&operator, "f.csv", &huge, &full).await;
                assert_eq!(answer.status, StatusCode::BAD_REQUEST);
                assert!(answer.text().contains("64 MiB"), "{}", answer.body);
            }
            // Not JSON at all, as GeoJSON: the preview says the file cannot be read.
            let answer = upload_file(
                &operator,
                "f.geojson",
                b"not json",
                &[
                    ("format", "geojson"),
                    ("region", "bologna"),
                    ("city", "Bologna"),
                ],
            )
            .await;
            let preview = answer.headers["location"].to_str().unwrap().to_owned();
            let page = operator.get(&preview).await;
            assert_eq!(page.status, StatusCode::BAD_REQUEST);
            assert!(page.text().contains("id=\"unreadable\""), "{}", page.body);
            // A choice not in the lists, and a language code that is none.
            let preview = uploaded(&operator, "biblioteche.csv", COMUNE, "").await;
            let shown = shown_form(&operator.get(&preview).await.body, "reading");
            for (change, reason) in [
                (
                    ("col-0", "field:nonsense"),
                    "Questa scelta non è tra quelle",
                ),
                (("separator", "colon"), "Questa scelta non è tra quelle"),
                (
                    ("col-1", "layout:password"),
                    "Questa scelta non è tra quelle",
                ),
                (
                    ("language", "not a language"),
                    "Un codice di lingua non è valido",
                ),
            ] {
                let answer = post(&operator, &preview, &with(&shown, &[change])).await;
                assert_eq!(answer.status, StatusCode::BAD_REQUEST, "{change:?}");
                assert!(
                    answer.text().contains(reason),
                    "{change:?}: {}",
                    answer.body
                );
            }
            // Another separator: the columns are read again and guessed again.
            let answer = post(
                &operator,
                &preview,
                &with(&shown, &[("separator", "comma")]),
            )
            .await;
            assert_eq!(answer.status, StatusCode::SEE_OTHER);
            let page = operator.get(&preview).await;
            assert!(page.text().contains("separatore virgola"), "{}", page.body);
            assert_eq!(service_count(pool).await, 0);
            // A tutor cannot upload.
            let tutor = signed_in(pool, "tutor").await;
            let answer = upload_file(&tutor, "f.csv", ONE_BAD_ROW, &full).await;
            assert_eq!(answer.status, StatusCode::FORBIDDEN);
            db.drop_database().await;
        }
    }

    /// An Overpass Turbo export: read by its OpenStreetMap tags; the object whose tags name no
    /// kind of service is refused until the operator gives a category for such objects.
    #[tokio::test]
    async fn an_overpass_turbo_export_takes_a_category_for_what_its_tags_do_not_say() {
        for db in databases().await {
            let pool = &db.pool;
            people(pool).await;
            let operator = signed_in(pool, "operator").await;
            let file = include_bytes!("../../fixtures/import/overpass-turbo-piemonte.geojson");
            let answer = upload_file(
                &operator,
                "export.geojson",
                file,
                &[
                    ("format", "geojson"),
                    ("region", "torino"),
                    ("city", "Torino"),
                ],
            )
            .await;
            assert_eq!(answer.status, StatusCode::SEE_OTHER, "{}", answer.body);
            let preview = answer.headers["location"].to_str().unwrap().to_owned();
            let page = operator.get(&preview).await;
            assert_eq!(page.status, StatusCode::OK, "{}", page.body);
            let refused_before = page.text().matches("class=\"status-missing\"").count();
            assert!(refused_before >= 1, "{}", page.body);
            assert!(!page.text().contains(", 0 rifiutate."), "{}", page.body);
            let answer = operator
                .post_form(
                    &preview,
                    &[("category-food", "on"), ("organisation", "Rete di Torino")],
                )
                .await;
            assert_eq!(answer.status, StatusCode::SEE_OTHER, "{}", answer.body);
            let page = operator.get(&preview).await;
            assert!(page.text().contains(", 0 rifiutate."), "{}", page.body);
            assert!(
                page.body.contains("name=\"category-food\" checked"),
                "{}",
                page.body
            );
            let done = operator.post_form(&format!("{preview}/confirm"), &[]).await;
            assert_eq!(done.status, StatusCode::OK, "{}", done.body);
            let services = content::services(pool, None).await.unwrap();
            assert!(
                services.iter().all(|s| s.id.starts_with("osm-")),
                "ids from OSM"
            );
            assert!(services
                .iter()
                .any(|s| s.categories == [Category::Food] && s.organisation == "Rete di Torino"));
            db.drop_database().await;
        }
    }

    /// With a geocoder configured, the operator asks it for the rows without coordinates; the
    /// positions found are shown with their precision, used at the import, and not asked again.
    #[tokio::test]
    async fn rows_without_coordinates_are_geocoded_on_request_and_shown_with_their_precision() {
        let server = crate::geocode::recorded::start().await;
        for db in databases().await {
            let pool = &db.pool;
            people(pool).await;
            let state = AppState {
                geocoder: Some(
                    crate::geocode::Geocoder::new(&server.base, Duration::ZERO).unwrap(),
                ),
                ..AppState::new(pool.clone(), false)
            };
            let mut operator = Client::with_state(state);
            operator
                .sign_in("operator", &crate::testdb::password("operator"))
                .await;
            let file = "Denominazione;Indirizzo;Comune;CAP;Ente;Categoria\n\
                Sportello Pratello;Via del Pratello 53;Bologna;40126;Comune;legal_aid\n\
                Sportello ignoto;Via che non esiste 1;Bologna;;Comune;legal_aid\n";
            let preview = uploaded(&operator, "sportelli.csv", file.as_bytes(), "").await;
            let asked_before = server.asked.lock().unwrap().len();
            let page = operator.get(&preview).await;
            assert!(
                page.text()
                    .contains("2 righe hanno un indirizzo e nessuna posizione"),
                "{}",
                page.body
            );
            assert_eq!(
                server.asked.lock().unwrap().len(),
                asked_before,
                "a preview asks nothing"
            );
            let answer = operator.post_form(&format!("{preview}/geocode"), &[]).await;
            assert_eq!(answer.status, StatusCode::SEE_OTHER, "{}", answer.body);
            assert_eq!(server.asked.lock().unwrap().len(), asked_before + 2);
            let page = operator.get(&preview).await;
            assert!(page.text().contains("1 posizioni trovate"), "{}", page.body);
            assert!(
                page.text()
                    .contains("Posizione dal geocodificatore, all'indirizzo: 53, Via del Pratello"),
                "{}",
                page.body
            );
            assert!(
                !page.body.contains("id=\"geocode-form\""),
                "nothing left to ask"
            );
            operator.post_form(&format!("{preview}/confirm"), &[]).await;
            assert_eq!(
                server.asked.lock().unwrap().len(),
                asked_before + 2,
                "the import asks nothing again"
            );
            let services = content::services(pool, None).await.unwrap();
            let placed: Vec<_> = services.iter().filter(|s| s.position().is_some()).collect();
            assert_eq!(placed.len(), 1);
            assert!((placed[0].lat.unwrap() - 44.495135).abs() < 1e-5);
            db.drop_database().await;
        }
    }

    #[tokio::test]
    async fn without_a_geocoder_the_preview_offers_none_and_refuses_the_request() {
        for db in databases().await {
            let pool = &db.pool;
            people(pool).await;
            let operator = signed_in(pool, "operator").await;
            let preview = uploaded(&operator, "biblioteche.csv", COMUNE, "").await;
            let page = operator.get(&preview).await;
            assert!(!page.body.contains("id=\"geocode-form\""));
            let answer = operator.post_form(&format!("{preview}/geocode"), &[]).await;
            assert_eq!(answer.status, StatusCode::BAD_REQUEST);
            assert!(
                answer.text().contains("non ha un geocodificatore"),
                "{}",
                answer.body
            );
            db.drop_database().await;
        }
    }
}
