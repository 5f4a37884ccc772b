//! An operator's 50,000-row spreadsheet through `ponte-coordinator import`, as it comes:
//! Windows-1252, `;`, Italian headers, decimal commas, phones that lost their 0, hours in
//! words, districts in the address. The preview (`--dry-run`: every row read, cleaned and
//! reported) and the import (into a fresh SQLite file, and a fresh PostgreSQL database when
//! one answers on 127.0.0.1:5432), each timed as a whole process with its peak memory.
//!
//! `cargo bench -p ponte-coordinator --bench intake`
//!
//! Settings (environment): `PONTE_INTAKE_ROWS` (default 50000), `PONTE_LOAD_POSTGRES` (the
//! server's URL without a database name, default `postgres://postgres@127.0.0.1:5432`; `off`
//! skips it).
//!
//! Goals from issue 18: the preview ≤ 3 s, the import ≤ 15 s, peak memory ≤ 300 MB.

use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

/// The spreadsheet, in Windows-1252 bytes.
fn spreadsheet(rows: usize) -> Vec<u8> {
    let districts = [
        "Navile",
        "Saragozza",
        "Santo Stefano",
        "Porto-Saragozza",
        "Borgo Panigale",
    ];
    let hours = [
        "lun-ven 9-13",
        "dal lunedì al venerdì 8:30-12:30 e 14:00-17:00",
        "24 ore su 24",
        "Mo-Fr 09:00-18:00",
        "su appuntamento",
        "lun, mer, ven 9-12",
    ];
    let mut text = String::from(
        "Codice;Denominazione;Indirizzo;CAP;Comune;Telefono;Sito web;Orari;Latitudine;Longitudine\r\n",
    );
    for n in 0..rows {
        let lat = 44.40 + (n % 400) as f64 * 0.0005;
        let lon = 11.20 + (n / 400) as f64 * 0.0012;
        let address = if n % 3 == 0 {
            format!(
                "Via della Prova {} (Quartiere {})",
                n % 200 + 1,
                districts[n % districts.len()]
            )
        } else {
            format!("Via della Prova {}", n % 200 + 1)
        };
        // A third lost their leading 0 in the spreadsheet.
        let phone = if n % 3 == 1 {
            format!("51{:07}", n)
        } else {
            format!("051 {:07}", n)
        };
        let web = if n % 2 == 0 {
            format!("www.sportello{n}.it")
        } else {
            String::new()
        };
        text.push_str(&format!(
            "SP{n:06};Sportello di prova n. {n} – città;{address};40100;Bologna;{phone};{web};{};{};{}\r\n",
            hours[n % hours.len()],
            format!("{lat:.5}").replace('.', ","),
            format!("{lon:.5}").replace('.', ","),
        ));
    }
    // Windows-1252: the characters used here are all in it.
    text.chars()
        .map(|c| match c {
            '–' => 0x96,
            c if (c as u32) < 256 => c as u32 as u8,
            other => panic!("{other} is not in Windows-1252"),
        })
        .collect()
}

/// Runs the coordinator to its end: its wall time and peak resident memory.
fn run(args: &[&str]) -> (Duration, u64) {
    let started = Instant::now();
    // Waited for by wait4 below, which also gives the peak memory that Child::wait cannot.
    #[allow(clippy::zombie_processes)]
    let child = Command::new(env!("CARGO_BIN_EXE_ponte-coordinator"))
        .args(args)
        .env("RUST_LOG", "warn")
        .stdout(Stdio::null())
        .stderr(Stdio::inherit())
        .spawn()
        .unwrap();
    let pid = child.id() as libc::pid_t;
    let mut status = 0;
    // SAFETY: a zeroed rusage is a valid value for wait4 to fill.
    let mut usage: libc::rusage = unsafe { std::mem::zeroed() };
    // SAFETY: pid is our child, not waited for elsewhere; status and usage outlive the call.
    let waited = unsafe { libc::wait4(pid, &mut status, 0, &mut usage) };
    let elapsed = started.elapsed();
    assert_eq!(waited, pid, "wait4");
    assert!(
        libc::WIFEXITED(status) && libc::WEXITSTATUS(status) == 0,
        "ponte-coordinator {args:?} failed"
    );
    // Linux reports ru_maxrss in KiB.
    (elapsed, usage.ru_maxrss as u64 * 1024)
}

fn mib(bytes: u64) -> f64 {
    bytes as f64 / (1024.0 * 1024.0)
}

async fn fresh_postgres() -> Option<(String, String)> {
    let server = std::env::var("PONTE_LOAD_POSTGRES")
        .unwrap_or_else(|_| "postgres://postgres@127.0.0.1:5432".into());
    if server == "off" {
        return None;
    }
    // When the whole workspace builds together, SQLite is SQLCipher (features unify with the
    // phone's core) and needs its crypto provider linked in; this file opens sqlx itself.
    ponte_cipher::ensure_linked();
    sqlx::any::install_default_drivers();
    let admin = sqlx::AnyPool::connect(&format!("{server}/postgres"))
        .await
        .map_err(|e| println!("PostgreSQL at {server} does not answer ({e}): skipped"))
        .ok()?;
    let name = format!("ponte_intake_{}", std::process::id());
    sqlx::raw_sql(sqlx::AssertSqlSafe(format!("CREATE DATABASE {name}")))
        .execute(&admin)
        .await
        .ok()?;
    Some((server, name))
}

async fn drop_postgres(server: &str, name: &str) {
    if let Ok(admin) = sqlx::AnyPool::connect(&format!("{server}/postgres")).await {
        let _ = sqlx::raw_sql(sqlx::AssertSqlSafe(format!(
            "DROP DATABASE IF EXISTS {name} WITH (FORCE)"
        )))
        .execute(&admin)
        .await;
    }
}

fn main() {
    let rows: usize = std::env::var("PONTE_INTAKE_ROWS")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(50_000);
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("sportelli.csv");
    std::fs::write(&file, spreadsheet(rows)).unwrap();
    let size = std::fs::metadata(&file).unwrap().len();
    println!("{rows} rows, {:.1} MiB, Windows-1252, ';'", mib(size));

    let runtime = tokio::runtime::Runtime::new().unwrap();
    let postgres = runtime.block_on(fresh_postgres());
    let mut databases = vec![(
        "sqlite",
        format!(
            "sqlite://{}?mode=rwc",
            dir.path().join("c.sqlite").display()
        ),
    )];
    if let Some((server, name)) = &postgres {
        databases.push(("postgres", format!("{server}/{name}")));
    }
    let file = file.to_str().unwrap();
    let import = |url: &str, extra: &[&str]| {
        let mut args = vec![
            "import",
            "--database-url",
            url,
            "--format",
            "csv",
            "--region",
            "bologna",
            "--city",
            "Bologna",
            "--category",
            "work",
            "--organisation",
            "Comune di Bologna",
        ];
        args.extend_from_slice(extra);
        args.push(file);
        run(&args)
    };
    let mut lines = Vec::new();
    for (backend, url) in &databases {
        // Migrations first, so the preview's figure is the reading alone.
        run(&["migrate", "--database-url", url]);
        let (preview, preview_peak) = import(url, &["--dry-run"]);
        let (stored, stored_peak) = import(url, &["--skip-bad-rows"]);
        let (again, again_peak) = import(url, &["--skip-bad-rows"]);
        let verdict = |ok: bool| if ok { "met" } else { "MISSED" };
        let peak_goal = 300.0;
        lines.push(format!(
            "{backend:<8} | preview (--dry-run)      | {:>6.2} s | peak {:>6.1} MiB | goal ≤ 3 s, ≤ 300 MB: {}",
            preview.as_secs_f64(),
            mib(preview_peak),
            verdict(preview <= Duration::from_secs(3) && mib(preview_peak) <= peak_goal)
        ));
        lines.push(format!(
            "{backend:<8} | import into an empty db  | {:>6.2} s | peak {:>6.1} MiB | goal ≤ 15 s, ≤ 300 MB: {}",
            stored.as_secs_f64(),
            mib(stored_peak),
            verdict(stored <= Duration::from_secs(15) && mib(stored_peak) <= peak_goal)
        ));
        lines.push(format!(
            "{backend:<8} | the same file again      | {:>6.2} s | peak {:>6.1} MiB | (nothing changes)",
            again.as_secs_f64(),
            mib(again_peak),
        ));
    }
    if let Some((server, name)) = &postgres {
        runtime.block_on(drop_postgres(server, name));
    }
    println!();
    for line in lines {
        println!("{line}");
    }
}
