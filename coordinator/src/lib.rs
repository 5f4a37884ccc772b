//! `ponte-coordinator`: the server the phones sync with, and the operators' dashboard.
//!
//! Subcommands: `demo` (a SQLite file with the shipped demo content and demo accounts, ready to
//! try), `serve`, `migrate`, `import`, `organisation` and `user`. See the README.
//!
//! A library so that the end-to-end tests (`tests/`, a crate of their own) can build a
//! coordinator binary of their package from [`main`] and run it as a real process; the
//! modules stay private: the command line is the only interface.

#[cfg(test)]
mod access_tests;
mod api;
mod app;
mod audit;
mod auth;
mod content;
mod dashboard;
mod db;
mod error;
mod geocode;
mod import_command;
mod intake;
mod keys;
mod maps;
mod openapi;
mod people;
mod questions;
mod sharing;
mod sources;
mod state;
#[cfg(test)]
mod test_skip;
#[cfg(test)]
mod testdb;

use std::net::SocketAddr;
use std::path::{Path, PathBuf};
use std::sync::Arc;

use clap::{Parser, Subcommand, ValueEnum};
use ponte_wire::import::{self, ImportOptions};
use ponte_wire::pack;

#[derive(Parser)]
#[command(
    name = "ponte-coordinator",
    version,
    about = "Ponte's coordinator: content for the phones, sync API and dashboard"
)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Serve the demo: a SQLite file with the shipped demo territory and lessons.
    Demo {
        #[arg(long, default_value = "127.0.0.1:8080")]
        listen: SocketAddr,
        /// Where the demo database goes.
        #[arg(long, default_value = "sqlite://ponte-demo.sqlite?mode=rwc")]
        database_url: String,
        /// The content folder (territory and lessons).
        #[arg(long, default_value = concat!(env!("CARGO_MANIFEST_DIR"), "/../content"))]
        content: PathBuf,
    },
    /// Serve the API and the dashboard.
    Serve {
        #[arg(long, default_value = "127.0.0.1:8080")]
        listen: SocketAddr,
        /// `sqlite://path?mode=rwc` or `postgres://user@host/db`.
        #[arg(
            long,
            env = "PONTE_DATABASE_URL",
            default_value = "sqlite://ponte.sqlite?mode=rwc"
        )]
        database_url: String,
        /// Where the dashboard's map takes its tiles from when the organisation's region has
        /// no published city map: an OSM-style raster URL with {z}, {x} and {y}, e.g.
        /// https://tile.openstreetmap.org/{z}/{x}/{y}.png (mind the server's usage policy).
        /// Without either, the services page shows the list only.
        #[arg(long, env = "PONTE_TILE_URL")]
        tile_url: Option<String>,
    },
    /// Bring the database schema up to date.
    Migrate {
        #[arg(
            long,
            env = "PONTE_DATABASE_URL",
            default_value = "sqlite://ponte.sqlite?mode=rwc"
        )]
        database_url: String,
    },
    /// Import services from CSV, GeoJSON or OpenStreetMap JSON: all rows or none.
    Import(import_command::ImportArgs),
    /// Import sources: where imported services come from, with their licence and attribution.
    Source {
        #[command(subcommand)]
        command: import_command::SourceCommand,
    },
    /// Write the signed first-run content dump the apps ship: a territory's services at the
    /// current cursor and the latest lesson pack.
    Dump {
        #[arg(
            long,
            env = "PONTE_DATABASE_URL",
            default_value = "sqlite://ponte.sqlite?mode=rwc"
        )]
        database_url: String,
        #[arg(long)]
        region: String,
        /// Only these languages' texts (and the source language), e.g. it,en,ar; all when empty.
        #[arg(long, default_value = "")]
        languages: String,
        #[arg(long)]
        out: PathBuf,
    },
    /// Make a glossary file (`content/glossary.json`'s format) the whole glossary of synonyms
    /// the phones' Ask uses: new and changed concepts are sent, ones no longer in the file are
    /// deleted; a bad file changes nothing.
    Glossary {
        #[arg(
            long,
            env = "PONTE_DATABASE_URL",
            default_value = "sqlite://ponte.sqlite?mode=rwc"
        )]
        database_url: String,
        file: PathBuf,
    },
    /// Store guides from a JSON file (an array of guides in the wire format): all or none.
    Guides {
        #[arg(
            long,
            env = "PONTE_DATABASE_URL",
            default_value = "sqlite://ponte.sqlite?mode=rwc"
        )]
        database_url: String,
        file: PathBuf,
    },
    /// Add an organisation of the network.
    Organisation {
        #[arg(
            long,
            env = "PONTE_DATABASE_URL",
            default_value = "sqlite://ponte.sqlite?mode=rwc"
        )]
        database_url: String,
        /// Short id, e.g. caritas-bologna.
        #[arg(long)]
        id: String,
        #[arg(long)]
        name: String,
        /// The territory its beneficiaries' phones download, e.g. bologna.
        #[arg(long)]
        region: String,
    },
    /// Add an account, or set a new password. The password is read from standard input.
    User {
        #[arg(
            long,
            env = "PONTE_DATABASE_URL",
            default_value = "sqlite://ponte.sqlite?mode=rwc"
        )]
        database_url: String,
        #[command(subcommand)]
        action: UserAction,
    },
}

#[derive(Subcommand)]
enum UserAction {
    /// A new account: `echo 'long password' | ponte-coordinator user add --organisation ORG --username NAME --role tutor`
    Add {
        #[arg(long)]
        organisation: String,
        #[arg(long)]
        username: String,
        #[arg(long, value_enum)]
        role: RoleArg,
    },
    /// A new password for an account (its sessions end).
    Reset {
        #[arg(long)]
        username: String,
    },
}

#[derive(Clone, Copy, ValueEnum)]
enum RoleArg {
    Admin,
    Operator,
    Tutor,
}

impl From<RoleArg> for auth::Role {
    fn from(role: RoleArg) -> Self {
        match role {
            RoleArg::Admin => auth::Role::Admin,
            RoleArg::Operator => auth::Role::Operator,
            RoleArg::Tutor => auth::Role::Tutor,
        }
    }
}

/// The first line of standard input, without its line end.
fn password_from_stdin() -> Result<String, Failure> {
    let mut line = String::new();
    std::io::stdin().read_line(&mut line)?;
    let password = line.trim_end_matches(['\r', '\n']).to_owned();
    if password.is_empty() {
        return Err("give the password on standard input, e.g. echo 'a long password' | ponte-coordinator user ...".into());
    }
    Ok(password)
}

/// Demo organisations and accounts, with new random passwords at every start.
async fn demo_accounts(pool: &sqlx::AnyPool) -> Result<(), Failure> {
    people::add_organisation(pool, "demo-bologna", "Demo Bologna", "bologna").await?;
    people::add_organisation(pool, "demo-roma", "Demo Roma", "roma").await?;
    println!("Demo accounts (new passwords at every start):");
    for (organisation, username, role) in [
        ("demo-bologna", "admin", auth::Role::Admin),
        ("demo-bologna", "operator", auth::Role::Operator),
        ("demo-bologna", "tutor", auth::Role::Tutor),
        ("demo-roma", "tutor-roma", auth::Role::Tutor),
    ] {
        let password = auth::random_token(12);
        match auth::add_account(pool, None, organisation, username, role, &password).await {
            Ok(_) => {}
            Err(crate::error::PeopleError::Invalid(_)) => {
                auth::reset_password(pool, None, username, &password).await?
            }
            Err(e) => return Err(e.into()),
        }
        println!(
            "  {username:<11} {password}  ({}, {organisation})",
            role.as_str()
        );
    }
    Ok(())
}

type Failure = Box<dyn std::error::Error>;

/// Stores the guides of a JSON file, all or none, and says what changed.
async fn import_guides(pool: &sqlx::AnyPool, file: &Path) -> Result<(), Failure> {
    let text = std::fs::read_to_string(file).map_err(|e| format!("{}: {e}", file.display()))?;
    let guides: Vec<ponte_wire::guides::GuideRecord> =
        serde_json::from_str(&text).map_err(|e| format!("{}: {e}", file.display()))?;
    let stored = content::upsert_guides(pool, &guides)
        .await
        .map_err(|e| format!("{}: {e}; nothing stored", file.display()))?;
    println!(
        "{}: {} guides, {} changed, {} unchanged",
        file.display(),
        guides.len(),
        stored.changed,
        stored.unchanged
    );
    Ok(())
}

/// Makes a glossary file the whole glossary, all or nothing, and says what changed.
async fn import_glossary(pool: &sqlx::AnyPool, file: &Path) -> Result<(), Failure> {
    let text = std::fs::read_to_string(file).map_err(|e| format!("{}: {e}", file.display()))?;
    let concepts = ponte_wire::glossary::read_file(&text)
        .map_err(|e| format!("{}: {e}; nothing stored", file.display()))?;
    let stored = content::replace_glossary(pool, &concepts)
        .await
        .map_err(|e| format!("{}: {e}; nothing stored", file.display()))?;
    println!(
        "{}: {} concepts, {} changed, {} unchanged, {} deleted",
        file.display(),
        concepts.len(),
        stored.changed,
        stored.unchanged,
        stored.deleted
    );
    Ok(())
}

/// Imports a CSV file in Ponte's own layout (the shipped demo territory), all or nothing.
async fn import_layout_csv(
    pool: &sqlx::AnyPool,
    region: &str,
    city: &str,
    file: &Path,
) -> Result<(), Failure> {
    let bytes = std::fs::read(file).map_err(|e| format!("{}: {e}", file.display()))?;
    let options = ImportOptions::for_region(region, city);
    let parsed = import::from_csv(&bytes, &options);
    let records = match parsed {
        Ok(records) => records,
        Err(import::ImportError::Rows(rows)) => {
            for row in &rows {
                eprintln!("  refused: {row}");
            }
            return Err(format!(
                "{}: {} row(s) refused; nothing imported",
                file.display(),
                rows.len()
            )
            .into());
        }
        Err(e) => return Err(format!("{}: {e}", file.display()).into()),
    };
    let total = records.len();
    println!("{}: {total} services read; storing…", file.display());
    let done = content::upsert_services_with_progress(pool, &records, |n| {
        println!("  {n} of {total} stored")
    })
    .await?;
    println!(
        "{}: {} services, {} changed, {} unchanged",
        file.display(),
        records.len(),
        done.changed,
        done.unchanged
    );
    Ok(())
}

async fn serve(pool: sqlx::AnyPool, listen: SocketAddr, demo: bool) -> Result<(), Failure> {
    serve_state(state::AppState::new(pool, demo), listen).await
}

async fn serve_state(state: state::AppState, listen: SocketAddr) -> Result<(), Failure> {
    let app = app::router(Arc::new(state));
    let listener = tokio::net::TcpListener::bind(listen)
        .await
        .map_err(|e| format!("cannot listen on {listen}: {e}"))?;
    println!("Ponte coordinator on http://{listen}/ (dashboard) and http://{listen}/api/v1/ (sync API). Ctrl-C stops it.");
    // Each request knows the address it came from (the limit on wrong pairing codes).
    axum::serve(
        listener,
        app.into_make_service_with_connect_info::<SocketAddr>(),
    )
    .with_graceful_shutdown(async {
        let _ = tokio::signal::ctrl_c().await;
    })
    .await?;
    Ok(())
}

async fn demo(listen: SocketAddr, database_url: &str, content_dir: &Path) -> Result<(), Failure> {
    let pool = db::connect(database_url).await?;
    db::migrate(&pool, database_url).await?;
    let territory = content_dir.join("territory");
    let mut files: Vec<PathBuf> = std::fs::read_dir(&territory)
        .map(|dir| {
            dir.filter_map(|e| e.ok().map(|e| e.path()))
                .collect::<Vec<_>>()
        })
        .unwrap_or_else(|_| {
            println!("territory: no demo services in {}", territory.display());
            Vec::new()
        })
        .into_iter()
        .filter(|p| p.extension().is_some_and(|x| x == "csv"))
        .collect();
    files.sort();
    for file in &files {
        let region = file
            .file_stem()
            .and_then(|s| s.to_str())
            .unwrap_or_default()
            .to_owned();
        let mut city = region.clone();
        city[..1].make_ascii_uppercase();
        import_layout_csv(&pool, &region, &city, file).await?;
    }
    let lessons = content_dir.join("lessons");
    match ponte_wire::lessons::load_dir(&lessons) {
        Ok((courses, media)) if !courses.is_empty() => {
            let key_text = std::fs::read_to_string(content_dir.join("keys/demo-signing-key.txt"))?;
            let seed = key_text
                .lines()
                .map(str::trim)
                .find(|l| !l.is_empty() && !l.starts_with('#'))
                .ok_or("no demo key")?;
            // Stored as the coordinator's key, so packs published from the dashboard are
            // signed with the same key the demo phones trust.
            let key = keys::store_signing_key(&pool, seed).await?;
            // The shipped curriculum as the newest version; a new version only when it changed.
            let newest = content::max_pack_version(&pool).await?.max(1) as u32;
            let curriculum = pack::Curriculum { courses };
            let build =
                |version| pack::build("digital-skills", version, &curriculum, &media, &key, true);
            let same =
                content::latest_pack(&pool).await?.map(|(_, stored)| stored) == Some(build(newest));
            let version = if same || newest == 1 && content::latest_pack(&pool).await?.is_none() {
                newest
            } else {
                newest + 1
            };
            let bytes = build(version);
            if !same {
                content::publish_pack(&pool, "digital-skills", version, &bytes).await?;
            }
            println!("lessons: pack digital-skills v{version} signed with the DEMO key ({} bytes); public key {}", bytes.len(), pack::public_key_to_base64(&key.verifying_key()));
        }
        Ok(_) => println!("lessons: no courses in {}", lessons.display()),
        Err(e) => return Err(format!("lessons: {e}").into()),
    }
    // The demo guides (content/guides/*.json but metadata.json).
    let guides_dir = content_dir.join("guides");
    let mut guide_files: Vec<PathBuf> = std::fs::read_dir(&guides_dir)
        .map(|dir| dir.filter_map(|e| e.ok().map(|e| e.path())).collect())
        .unwrap_or_default();
    guide_files
        .retain(|p| p.extension().is_some_and(|x| x == "json") && !p.ends_with("metadata.json"));
    guide_files.sort();
    for file in &guide_files {
        import_guides(&pool, file).await?;
    }
    let glossary = content_dir.join("glossary.json");
    if glossary.exists() {
        import_glossary(&pool, &glossary).await?;
    }
    demo_accounts(&pool).await?;
    println!("DEMO: the services are demo data, not verified. Open http://{listen}/ and sign in with an account above.");
    serve(pool, listen, true).await
}

/// The `ponte-coordinator` command: its arguments from the process's, its exit code to give.
pub fn main() -> std::process::ExitCode {
    match tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()
    {
        Ok(runtime) => runtime.block_on(run()),
        Err(e) => {
            eprintln!("ponte-coordinator: cannot start the runtime: {e}");
            std::process::ExitCode::FAILURE
        }
    }
}

async fn run() -> std::process::ExitCode {
    tracing_subscriber::fmt()
        .with_env_filter(
            tracing_subscriber::EnvFilter::try_from_default_env().unwrap_or_else(|_| "info".into()),
        )
        .init();
    let cli = Cli::parse();
    let result: Result<(), Failure> = match cli.command {
        Command::Demo {
            listen,
            database_url,
            content,
        } => demo(listen, &database_url, &content).await,
        Command::Serve {
            listen,
            database_url,
            tile_url,
        } => match db::connect(&database_url).await {
            Ok(pool) => match db::migrate(&pool, &database_url).await {
                Ok(_) => match state::AppState::new(pool, false).with_tile_url(tile_url) {
                    Ok(state) => serve_state(state, listen).await,
                    Err(e) => Err(e.into()),
                },
                Err(e) => Err(e.into()),
            },
            Err(e) => Err(e.into()),
        },
        Command::Migrate { database_url } => {
            async {
                let pool = db::connect(&database_url).await?;
                let version = db::migrate(&pool, &database_url).await?;
                println!("schema at version {version}");
                Ok(())
            }
            .await
        }
        Command::Dump {
            database_url,
            region,
            languages,
            out,
        } => {
            async {
                let pool = db::connect(&database_url).await?;
                db::migrate(&pool, &database_url).await?;
                let languages: Vec<String> = languages
                    .split(',')
                    .map(str::trim)
                    .filter(|l| !l.is_empty())
                    .map(str::to_owned)
                    .collect();
                let content::Snapshot {
                    cursor,
                    services,
                    guides,
                    glossary,
                } = content::snapshot(&pool, &region, &languages).await?;
                if services.is_empty() {
                    return Err(format!("no services in region {region:?}").into());
                }
                let key = keys::signing_key(&pool).await?;
                let pack = content::latest_pack(&pool).await?.map(|(_, bytes)| bytes);
                let dumped = ponte_wire::dump::Content {
                    services: &services,
                    guides: &guides,
                    glossary: &glossary,
                };
                let bytes = ponte_wire::dump::build_with(
                    &region,
                    cursor,
                    dumped,
                    pack.as_deref(),
                    &key,
                    keys::is_demo_key(&key),
                );
                std::fs::write(&out, &bytes).map_err(|e| format!("{}: {e}", out.display()))?;
                println!(
                    "{}: {} services, {} guides and {} glossary concepts of {region} at cursor {cursor}{}, {} bytes",
                    out.display(),
                    services.len(),
                    guides.len(),
                    glossary.len(),
                    if pack.is_some() {
                        " and the lesson pack"
                    } else {
                        ""
                    },
                    bytes.len()
                );
                Ok(())
            }
            .await
        }
        Command::Organisation {
            database_url,
            id,
            name,
            region,
        } => {
            async {
                let pool = db::connect(&database_url).await?;
                db::migrate(&pool, &database_url).await?;
                people::add_organisation(&pool, &id, &name, &region).await?;
                println!("organisation {id}: {name} ({region})");
                Ok(())
            }
            .await
        }
        Command::User {
            database_url,
            action,
        } => {
            async {
                let pool = db::connect(&database_url).await?;
                db::migrate(&pool, &database_url).await?;
                let password = password_from_stdin()?;
                match action {
                    UserAction::Add {
                        organisation,
                        username,
                        role,
                    } => {
                        auth::add_account(
                            &pool,
                            None,
                            &organisation,
                            &username,
                            role.into(),
                            &password,
                        )
                        .await?;
                        println!("account {username} added");
                    }
                    UserAction::Reset { username } => {
                        auth::reset_password(&pool, None, &username, &password).await?;
                        println!("new password set for {username}; their sessions ended");
                    }
                }
                Ok(())
            }
            .await
        }
        Command::Glossary { database_url, file } => {
            async {
                let pool = db::connect(&database_url).await?;
                db::migrate(&pool, &database_url).await?;
                import_glossary(&pool, &file).await
            }
            .await
        }
        Command::Guides { database_url, file } => {
            async {
                let pool = db::connect(&database_url).await?;
                db::migrate(&pool, &database_url).await?;
                import_guides(&pool, &file).await
            }
            .await
        }
        Command::Import(args) => import_command::import(args).await,
        Command::Source { command } => import_command::source_command(command).await,
    };
    match result {
        Ok(()) => std::process::ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("ponte-coordinator: {e}");
            std::process::ExitCode::FAILURE
        }
    }
}
