//! The sync API's OpenAPI document checked from outside: schemathesis (from PyPI) against a
//! started coordinator, unauthenticated and with a device token from a real pairing. A run
//! fails on any 5xx, an undocumented status, an answer that does not match its schema, a
//! request the document calls valid that the server refuses, or one it calls invalid that the
//! server takes. `xtask/schemathesis/schemathesis.toml` holds the few documented exceptions.

use std::io::Write;
use std::net::TcpStream;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use crate::{cache_dir, cargo, root, run, target_dir, Result, Tally};

/// Pinned, so a new release cannot fail CI on its own.
const VERSION: &str = "4.32.5";
/// Test cases per operation and phase: about a minute for the three runs on this machine.
const EXAMPLES: &str = "30";
/// A fixed seed makes CI's cases the same every run; `PONTE_SCHEMATHESIS_SEED` picks others.
const SEED: &str = "20261202";

/// Runs the three passes, each counted as one test.
pub fn run_all(tally: &mut Tally, failures: &mut Vec<String>) {
    let (st, coordinator, token) = match prepare() {
        Ok(prepared) => prepared,
        Err(e) => {
            println!("FAIL schemathesis could not start: {e}");
            tally.failed += 1;
            failures.push(format!("schemathesis: {e}"));
            return;
        }
    };
    let document = format!("{}/api/v1/openapi.json", coordinator.base);
    let bearer = format!("Authorization: Bearer {token}");
    // Unpairing and erasing end the token: they run last, on their own.
    let runs: [(&str, Vec<&str>); 3] = [
        ("without a token", vec![]),
        (
            "with a device token",
            vec![
                "-H",
                &bearer,
                "--exclude-path",
                "/api/v1/unpair",
                "--exclude-path",
                "/api/v1/erase",
            ],
        ),
        (
            "unpair and erase with a device token",
            vec![
                "-H",
                &bearer,
                "--include-path",
                "/api/v1/unpair",
                "--include-path",
                "/api/v1/erase",
            ],
        ),
    ];
    let seed = std::env::var("PONTE_SCHEMATHESIS_SEED").unwrap_or_else(|_| SEED.into());
    for (name, extra) in runs {
        let config = root().join("xtask/schemathesis/schemathesis.toml");
        // Schemathesis keeps a cache in its working folder: the target's, not the repository.
        let outcome = run(Command::new(&st)
            .current_dir(target_dir().join("schemathesis"))
            .arg("--config-file")
            .arg(&config)
            .args([
                "run",
                &document,
                "--max-examples",
                EXAMPLES,
                "--seed",
                &seed,
            ])
            .args(["--no-color"])
            .args(&extra));
        match outcome {
            Ok(()) => {
                println!("ok   schemathesis {name}");
                tally.passed += 1;
            }
            Err(e) => {
                println!("FAIL schemathesis {name}");
                tally.failed += 1;
                failures.push(format!("schemathesis {name}: {e}"));
            }
        }
    }
    drop(coordinator);
}

/// schemathesis installed, a demo coordinator started, a phone paired with it.
fn prepare() -> Result<(PathBuf, DemoCoordinator, String)> {
    let venv = install()?;
    let coordinator = DemoCoordinator::start()?;
    let token = pair(&venv, &coordinator)?;
    Ok((venv.join("bin/st"), coordinator, token))
}

/// A virtual environment with schemathesis at [`VERSION`], made in the cache when missing.
fn install() -> Result<PathBuf> {
    let venv = cache_dir().join(format!("schemathesis-{VERSION}"));
    if venv.join("bin/st").exists() {
        return Ok(venv);
    }
    println!(
        "installing schemathesis {VERSION} from PyPI into {}",
        venv.display()
    );
    run(Command::new("python3").arg("-m").arg("venv").arg(&venv)).map_err(|e| {
        format!("python3 -m venv failed ({e}): schemathesis needs Python 3.9+ with venv")
    })?;
    run(Command::new(venv.join("bin/pip"))
        .args(["install", "--quiet"])
        .arg(format!("schemathesis=={VERSION}")))?;
    Ok(venv)
}

/// The token a real pairing gives: the tutor signs in, adds a beneficiary and makes a code on
/// the dashboard, and the code is sent to `/api/v1/pair` (xtask/schemathesis/pair.py).
fn pair(venv: &Path, coordinator: &DemoCoordinator) -> Result<String> {
    let mut child = Command::new(venv.join("bin/python"))
        .arg(root().join("xtask/schemathesis/pair.py"))
        .args([&coordinator.base, "tutor"])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .spawn()
        .map_err(|e| e.to_string())?;
    child
        .stdin
        .take()
        .expect("piped")
        .write_all(format!("{}\n", coordinator.tutor_password).as_bytes())
        .map_err(|e| e.to_string())?;
    let output = child.wait_with_output().map_err(|e| e.to_string())?;
    let token = String::from_utf8_lossy(&output.stdout).trim().to_owned();
    if !output.status.success() || token.is_empty() {
        return Err("pairing a phone with the demo coordinator failed".into());
    }
    Ok(token)
}

/// `ponte-coordinator demo` in a folder of its own under the target directory, on a free
/// port; stopped when dropped.
struct DemoCoordinator {
    base: String,
    tutor_password: String,
    child: Child,
}

impl DemoCoordinator {
    fn start() -> Result<DemoCoordinator> {
        run(cargo().args(["build", "--quiet", "-p", "ponte-coordinator"]))?;
        let dir = target_dir().join("schemathesis");
        let _ = std::fs::remove_dir_all(&dir);
        std::fs::create_dir_all(&dir).map_err(|e| e.to_string())?;
        let port = std::net::TcpListener::bind("127.0.0.1:0")
            .and_then(|l| l.local_addr())
            .map_err(|e| e.to_string())?
            .port();
        let log = dir.join("coordinator.log");
        let mut child = Command::new(target_dir().join("debug/ponte-coordinator"))
            .args(["demo", "--listen", &format!("127.0.0.1:{port}")])
            .current_dir(&dir)
            .stdout(std::fs::File::create(&log).map_err(|e| e.to_string())?)
            .stderr(Stdio::null())
            .spawn()
            .map_err(|e| e.to_string())?;
        let started = Instant::now();
        while TcpStream::connect(("127.0.0.1", port)).is_err() {
            if started.elapsed() > Duration::from_secs(120)
                || child.try_wait().ok().flatten().is_some()
            {
                let _ = child.kill();
                return Err(format!(
                    "the demo coordinator did not start (see {})",
                    log.display()
                ));
            }
            std::thread::sleep(Duration::from_millis(200));
        }
        // The demo prints its accounts' passwords before it listens.
        let printed = std::fs::read_to_string(&log).map_err(|e| e.to_string())?;
        let tutor_password = printed
            .lines()
            .find_map(|line| {
                let mut words = line.split_whitespace();
                (words.next() == Some("tutor")).then(|| words.next().map(str::to_owned))?
            })
            .ok_or("the demo printed no password for tutor")?;
        Ok(DemoCoordinator {
            base: format!("http://127.0.0.1:{port}"),
            tutor_password,
            child,
        })
    }
}

impl Drop for DemoCoordinator {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}
