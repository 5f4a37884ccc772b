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
mod demo;
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
        /// A Nominatim-compatible server the dashboard's import asks for the position of rows
        /// without coordinates (none by default: no address leaves the server unless named).
        #[arg(long, env = "PONTE_GEOCODER_URL")]
        geocoder_url: Option<String>,
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

async fn serve(
    pool: sqlx::AnyPool,
    listen: SocketAddr,
    demo: bool,
    geocoder: Option<geocode::Geocoder>,
) -> Result<(), Failure> {
    let state = state::AppState {
        geocoder,
        ..state::AppState::new(pool, demo)
    };
    serve_state(state, listen).await
}

async fn serve_state(state: state::AppState, listen: SocketAddr) -> Result<(), Failure> {
    let state = Arc::new(state);
    let app = app::router(state.clone());
    let writer = tokio::spawn({
        let state = state.clone();
        async move {
            let mut every = tokio::time::interval(sharing::SEEN_FLUSH_EVERY);
            every.set_missed_tick_behavior(tokio::time::MissedTickBehavior::Delay);
            loop {
                every.tick().await;
                if let Err(e) = state.seen.flush(&state.pool).await {
                    tracing::warn!("writing the devices seen: {e}");
                }
            }
        }
    });
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
    writer.abort();
    if let Err(e) = state.seen.flush(&state.pool).await {
        tracing::warn!("writing the devices seen: {e}");
    }
    Ok(())
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
        } => demo::run(listen, &database_url, &content).await,
        Command::Serve {
            listen,
            database_url,
            geocoder_url,
            tile_url,
        } => match db::connect(&database_url).await {
            Ok(pool) => match db::migrate(&pool, &database_url).await {
                Ok(_) => match geocoder_url
                    .map(|url| geocode::Geocoder::new(&url, geocode::Geocoder::POLITE_INTERVAL))
                    .transpose()
                    .map_err(|e| intake::words::say("en", &e))
                    .and_then(|geocoder| {
                        let state = state::AppState {
                            geocoder,
                            ..state::AppState::new(pool, false)
                        };
                        state.with_tile_url(tile_url).map_err(|e| e.to_string())
                    }) {
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
