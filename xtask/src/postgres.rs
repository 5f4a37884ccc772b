//! PostgreSQL for the coordinator's tests (127.0.0.1:5432, trust auth): started when it is
//! installed but not running. Never fails: a test that needs it and cannot reach it fails
//! under `CI=true` and is skipped (and counted) elsewhere.

use std::net::TcpStream;
use std::process::Command;
use std::time::{Duration, Instant};

use crate::{have, run};

const ADDRESS: &str = "127.0.0.1:5432";

pub fn ensure_postgres() {
    if listening() {
        return;
    }
    // Debian's clusters (`pg_lsclusters`: version, name, port, status, ...), else the service.
    let clusters = Command::new("pg_lsclusters")
        .arg("--no-header")
        .output()
        .map(|o| String::from_utf8_lossy(&o.stdout).into_owned())
        .unwrap_or_default();
    let mut tried = Vec::new();
    for line in clusters.lines() {
        let fields: Vec<&str> = line.split_whitespace().collect();
        if let [version, name, "5432", status, ..] = fields[..] {
            if status != "online" {
                println!("starting PostgreSQL {version}/{name}");
                tried.push(run(
                    Command::new("pg_ctlcluster").args([version, name, "start"])
                ));
            }
        }
    }
    if tried.is_empty() && have("service", "--version") {
        println!("starting PostgreSQL with `service postgresql start`");
        tried.push(run(Command::new("service").args(["postgresql", "start"])));
    }
    let started = Instant::now();
    while !listening() && started.elapsed() < Duration::from_secs(20) {
        std::thread::sleep(Duration::from_millis(250));
    }
    if !listening() {
        let why: Vec<String> = tried.into_iter().filter_map(|r| r.err()).collect();
        println!(
            "PostgreSQL is not running on {ADDRESS} and could not be started{}: its tests fail under CI=true and are skipped elsewhere",
            if why.is_empty() { String::new() } else { format!(" ({})", why.join("; ")) }
        );
    }
}

fn listening() -> bool {
    TcpStream::connect_timeout(
        &ADDRESS.parse().expect("an address"),
        Duration::from_secs(1),
    )
    .is_ok()
}
