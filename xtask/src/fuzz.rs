//! `cargo xtask fuzz [SECONDS] [TARGET…]`: runs each fuzz target of `fuzz/` (cargo-fuzz,
//! libFuzzer) for SECONDS (default 60), one after another, and prints per target the
//! executions and whether it found a crash, then a summary table. Installs cargo-fuzz when it
//! is missing; needs the nightly toolchain (`rustup toolchain install nightly`).
//!
//! Seeds: the small ones committed under `fuzz/seeds/<target>/`; the others (the shipped
//! lesson pack and first-run dump and a small pack and dump made here, every guide's body,
//! every territory's CSV) written here into `fuzz/corpus/<target>/`, the corpus each run
//! grows. Crashes land in `fuzz/artifacts/<target>/`, each run's libFuzzer output in
//! `fuzz/logs/<target>.log`.

use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::Instant;

use crate::Result;

/// Every target, in the order they run.
pub const TARGETS: [&str; 9] = [
    "import_csv",
    "import_geojson",
    "import_osm",
    "pack",
    "dump",
    "sync_request",
    "sync_response",
    "opening_hours",
    "guide_markdown",
];

const DEFAULT_SECONDS: u64 = 60;

pub const USAGE: &str = "usage: cargo xtask fuzz [SECONDS] [TARGET...]";

/// The build's flags, the same for `build` and `run` so the run reuses the build: debug
/// assertions (overflow checks) on; no AddressSanitizer, since the code under test is safe
/// Rust and ASan would halve the executions on a small machine.
const BUILD_FLAGS: [&str; 3] = ["--debug-assertions", "--sanitizer", "none"];

/// One target's run.
struct Outcome {
    target: String,
    seconds: f64,
    executions: Option<u64>,
    /// The input that crashed it, when it did.
    crash: Option<String>,
}

pub fn run(root: &Path, args: &[String]) -> Result {
    let seconds = match args.first() {
        Some(s) if s.chars().all(|c| c.is_ascii_digit()) => {
            s.parse().map_err(|_| USAGE.to_owned())?
        }
        _ => DEFAULT_SECONDS,
    };
    let named: Vec<&str> = args
        .iter()
        .skip_while(|a| a.chars().all(|c| c.is_ascii_digit()))
        .map(String::as_str)
        .collect();
    if let Some(unknown) = named.iter().find(|t| !TARGETS.contains(t)) {
        return Err(format!(
            "no fuzz target {unknown:?}; the targets: {}",
            TARGETS.join(", ")
        ));
    }
    let targets: Vec<&str> = if named.is_empty() {
        TARGETS.to_vec()
    } else {
        named
    };
    install_cargo_fuzz()?;
    seed(root)?;
    // Built before the clock starts, so each target's seconds are spent fuzzing: all at once
    // (cargo-fuzz builds one target or all).
    if targets.len() == TARGETS.len() {
        crate::run(fuzz_command(root).arg("build").args(BUILD_FLAGS))?;
    } else {
        for target in &targets {
            crate::run(
                fuzz_command(root)
                    .arg("build")
                    .args(BUILD_FLAGS)
                    .arg(target),
            )?;
        }
    }
    let mut outcomes = Vec::new();
    for target in targets {
        println!("fuzz: {target} for {seconds} s");
        let outcome = run_target(root, target, seconds)?;
        println!(
            "fuzz: {target}: {} executions in {:.0} s, {}",
            outcome
                .executions
                .map_or("unknown".into(), |n| n.to_string()),
            outcome.seconds,
            outcome
                .crash
                .as_deref()
                .map_or("no crash".into(), |c| format!("CRASH: {c}"))
        );
        outcomes.push(outcome);
    }
    println!("\n{}", summary(&outcomes));
    let crashed = outcomes.iter().filter(|o| o.crash.is_some()).count();
    if crashed > 0 {
        return Err(format!(
            "{crashed} target(s) crashed; the inputs are in fuzz/artifacts/"
        ));
    }
    Ok(())
}

/// `cargo +nightly fuzz …` from the repository's root (its `.cargo/config.toml` sets the
/// SQLCipher flags the core needs). The fuzz crate builds into its own `fuzz/target`: a
/// `CARGO_TARGET_DIR` of the main workspace's builds is not for nightly sanitizer builds.
fn fuzz_command(root: &Path) -> Command {
    let mut cmd = Command::new("cargo");
    cmd.current_dir(root)
        .args(["+nightly", "fuzz"])
        .env_remove("CARGO_TARGET_DIR")
        // Cargo sets these for xtask itself; they would point the nightly build at stable.
        .env_remove("RUSTUP_TOOLCHAIN")
        .env_remove("CARGO")
        .env_remove("RUSTC");
    cmd
}

fn install_cargo_fuzz() -> Result {
    let present = Command::new("cargo")
        .args(["+nightly", "fuzz", "--version"])
        .env_remove("RUSTUP_TOOLCHAIN")
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .status()
        .is_ok_and(|s| s.success());
    if present {
        return Ok(());
    }
    println!("fuzz: installing cargo-fuzz");
    crate::run(Command::new("cargo").args(["install", "cargo-fuzz"]))
}

/// Writes the seeds too large to commit into the targets' corpora.
fn seed(root: &Path) -> Result {
    let corpus = |target: &str| -> Result<PathBuf> {
        let dir = root.join("fuzz/corpus").join(target);
        std::fs::create_dir_all(&dir).map_err(|e| format!("{}: {e}", dir.display()))?;
        Ok(dir)
    };
    for target in TARGETS {
        corpus(target)?;
    }
    let write = |path: PathBuf, bytes: &[u8]| -> Result {
        std::fs::write(&path, bytes).map_err(|e| format!("{}: {e}", path.display()))
    };
    // The shipped first-run files, signed with the demo key, as the apps ship them.
    let shipped = std::env::temp_dir().join(format!("ponte-fuzz-seeds-{}", std::process::id()));
    let key = crate::content::read_key(&root.join("content/keys/demo-signing-key.txt"))?;
    crate::content::app_content(root, crate::content::DEFAULT_REGION, &key, &shipped)?;
    for (file, target) in [("lessons.pack", "pack"), ("directory.dump", "dump")] {
        let bytes = std::fs::read(shipped.join(file)).map_err(|e| format!("{file}: {e}"))?;
        write(corpus(target)?.join(format!("shipped-{file}")), &bytes)?;
    }
    let _ = std::fs::remove_dir_all(&shipped);
    // A small pack and dump besides (one course, two services): a few kilobytes mutate and
    // run far faster than the shipped ones' hundreds.
    let fixture = root.join("core/tests/fixtures/mini-course.json");
    let course: ponte_wire::lessons::Course = std::fs::read_to_string(&fixture)
        .map_err(|e| e.to_string())
        .and_then(|text| serde_json::from_str(&text).map_err(|e| e.to_string()))
        .map_err(|e| format!("{}: {e}", fixture.display()))?;
    let media = std::collections::BTreeMap::from([("media/wifi.png".to_owned(), vec![1, 2, 3])]);
    let curriculum = ponte_wire::pack::Curriculum {
        courses: vec![course],
    };
    let small_pack = ponte_wire::pack::build("mini", 1, &curriculum, &media, &key, true);
    write(corpus("pack")?.join("small.pack"), &small_pack)?;
    let territory = root.join("content/territory/bologna.csv");
    let csv = std::fs::read(&territory).map_err(|e| format!("{}: {e}", territory.display()))?;
    let options = ponte_wire::import::ImportOptions::for_region("bologna", "Bologna");
    let services = ponte_wire::import::from_csv(&csv, &options)
        .map_err(|e| format!("{}: {e}", territory.display()))?;
    let small_dump = ponte_wire::dump::build(
        "bologna",
        3,
        &services[..services.len().min(2)],
        Some(&small_pack),
        &key,
        true,
    );
    write(corpus("dump")?.join("small.dump"), &small_dump)?;
    // Every territory's CSV.
    for entry in read_dir(&root.join("content/territory"))? {
        if entry.extension().is_some_and(|x| x == "csv") {
            let bytes = std::fs::read(&entry).map_err(|e| format!("{}: {e}", entry.display()))?;
            let name = entry.file_name().unwrap_or_default().to_string_lossy();
            write(
                corpus("import_csv")?.join(format!("territory-{name}")),
                &bytes,
            )?;
        }
    }
    // Every guide's body, in every language.
    for file in read_dir(&root.join("content/guides"))? {
        if file.extension().is_none_or(|x| x != "json") || file.ends_with("metadata.json") {
            continue;
        }
        let text =
            std::fs::read_to_string(&file).map_err(|e| format!("{}: {e}", file.display()))?;
        let guides: Vec<ponte_wire::guides::GuideRecord> =
            serde_json::from_str(&text).map_err(|e| format!("{}: {e}", file.display()))?;
        for guide in guides {
            for text in &guide.texts {
                let name = format!("guide-{}-{}.md", guide.id, text.language);
                write(corpus("guide_markdown")?.join(name), text.body.as_bytes())?;
            }
        }
    }
    Ok(())
}

fn read_dir(dir: &Path) -> Result<Vec<PathBuf>> {
    let mut paths: Vec<PathBuf> = std::fs::read_dir(dir)
        .map_err(|e| format!("{}: {e}", dir.display()))?
        .filter_map(|e| e.ok().map(|e| e.path()))
        .collect();
    paths.sort();
    Ok(paths)
}

fn run_target(root: &Path, target: &str, seconds: u64) -> Result<Outcome> {
    let fuzz = root.join("fuzz");
    let logs = fuzz.join("logs");
    std::fs::create_dir_all(&logs).map_err(|e| format!("{}: {e}", logs.display()))?;
    let mut cmd = fuzz_command(root);
    // The corpus it grows first, then the committed seeds (read only) when it has some.
    cmd.arg("run")
        .args(BUILD_FLAGS)
        .arg(target)
        .arg(fuzz.join("corpus").join(target));
    let seeds = fuzz.join("seeds").join(target);
    if seeds.is_dir() {
        cmd.arg(seeds);
    }
    let started = Instant::now();
    let output = cmd
        .arg("--")
        .arg(format!("-max_total_time={seconds}"))
        .arg("-print_final_stats=1")
        // A hang of 10 s or 2 GB of memory on one input counts as a crash.
        .arg("-timeout=10")
        .arg("-rss_limit_mb=2048")
        .stdin(Stdio::null())
        .output()
        .map_err(|e| format!("cannot start cargo fuzz: {e}"))?;
    let elapsed = started.elapsed().as_secs_f64();
    // libFuzzer writes to stderr; cargo-fuzz adds its own words on either stream.
    let text = format!(
        "{}{}",
        String::from_utf8_lossy(&output.stdout),
        String::from_utf8_lossy(&output.stderr)
    );
    let log = logs.join(format!("{target}.log"));
    std::fs::write(&log, &text).map_err(|e| format!("{}: {e}", log.display()))?;
    let crash = if output.status.success() {
        None
    } else {
        Some(crash_of(&text).unwrap_or_else(|| {
            format!(
                "exited with {} (see {})",
                output.status,
                log.strip_prefix(root).unwrap_or(&log).display()
            )
        }))
    };
    Ok(Outcome {
        target: target.to_owned(),
        seconds: elapsed,
        executions: executions(&text),
        crash,
    })
}

/// The executions libFuzzer counted: its final stats line, or else the last `#N` status line.
fn executions(log: &str) -> Option<u64> {
    let stat = log.lines().find_map(|line| {
        line.trim()
            .strip_prefix("stat::number_of_executed_units:")
            .and_then(|n| n.trim().parse().ok())
    });
    stat.or_else(|| {
        log.lines().rev().find_map(|line| {
            let rest = line.strip_prefix('#')?;
            let digits: String = rest.chars().take_while(char::is_ascii_digit).collect();
            digits.parse().ok()
        })
    })
}

/// What crashed and where its input was written: a panic's message and place, or else
/// libFuzzer's reason (`deadly signal`, `timeout`, `out-of-memory`), and the artifact's path.
fn crash_of(log: &str) -> Option<String> {
    let artifact = log.lines().find_map(|line| {
        let at = line.find("Test unit written to ")?;
        Some(line[at + "Test unit written to ".len()..].trim().to_owned())
    })?;
    let lines: Vec<&str> = log.lines().collect();
    let panic = lines.iter().enumerate().find_map(|(i, line)| {
        let at = line.find("panicked at ")?;
        let place = line[at + "panicked at ".len()..].trim_end_matches(':');
        Some(format!(
            "panic at {place}: {}",
            lines.get(i + 1).map_or("", |m| m.trim())
        ))
    });
    let reason = panic
        .or_else(|| {
            lines.iter().find_map(|line| {
                let at = line.find("ERROR: libFuzzer: ")?;
                Some(line[at + "ERROR: libFuzzer: ".len()..].trim().to_owned())
            })
        })
        .unwrap_or_else(|| "crash".into());
    Some(format!("{reason}; input {artifact}"))
}

fn summary(outcomes: &[Outcome]) -> String {
    let mut table = format!(
        "{:<16} {:>8} {:>14} {:>10}  result\n",
        "target", "seconds", "executions", "exec/s"
    );
    for o in outcomes {
        let (executions, rate) = match o.executions {
            Some(n) => (
                n.to_string(),
                format!("{:.0}", n as f64 / o.seconds.max(1.0)),
            ),
            None => ("?".into(), "?".into()),
        };
        table.push_str(&format!(
            "{:<16} {:>8.0} {:>14} {:>10}  {}\n",
            o.target,
            o.seconds,
            executions,
            rate,
            o.crash.as_deref().unwrap_or("no crash")
        ));
    }
    table
}

#[cfg(test)]
mod tests {
    use super::*;

    const FINISHED: &str =
        "#65536\tpulse  cov: 1200 ft: 4000 corp: 300/20Kb exec/s: 3276 rss: 90Mb\n\
        #70123\tDONE   cov: 1210 ft: 4100 corp: 310/21Kb exec/s: 3506 rss: 91Mb\n\
        Done 70123 runs in 21 second(s)\n\
        stat::number_of_executed_units: 70123\n\
        stat::average_exec_per_sec:     3339\n";

    #[test]
    fn the_executions_come_from_the_final_stats_or_else_the_last_status_line() {
        assert_eq!(executions(FINISHED), Some(70123));
        let cut = "#512\tNEW    cov: 10\n#1024\tpulse  cov: 12\n";
        assert_eq!(executions(cut), Some(1024));
        assert_eq!(executions("no numbers here"), None);
    }

    #[test]
    fn a_crash_is_named_with_its_reason_and_its_input() {
        let log = "thread '<unnamed>' panicked at wire/src/guides.rs:334:40:\n\
            byte index 3 is not a char boundary\n\
            ==1== ERROR: libFuzzer: deadly signal\n\
            artifact_prefix='/r/fuzz/artifacts/guide_markdown/'; Test unit written to /r/fuzz/artifacts/guide_markdown/crash-abc\n";
        assert_eq!(
            crash_of(log).as_deref(),
            Some("panic at wire/src/guides.rs:334:40: byte index 3 is not a char boundary; input /r/fuzz/artifacts/guide_markdown/crash-abc")
        );
        let timeout = "==2== ERROR: libFuzzer: timeout after 10 seconds\n\
            Test unit written to ./timeout-1\n";
        assert_eq!(
            crash_of(timeout).as_deref(),
            Some("timeout after 10 seconds; input ./timeout-1")
        );
        assert_eq!(crash_of(FINISHED), None);
    }

    #[test]
    fn the_summary_has_a_line_per_target_with_its_rate() {
        let table = summary(&[
            Outcome {
                target: "pack".into(),
                seconds: 10.0,
                executions: Some(5000),
                crash: None,
            },
            Outcome {
                target: "dump".into(),
                seconds: 10.0,
                executions: None,
                crash: Some("timeout; input x".into()),
            },
        ]);
        let lines: Vec<&str> = table.lines().collect();
        assert_eq!(lines.len(), 3, "{table}");
        assert!(
            lines[1].starts_with("pack")
                && lines[1].contains(" 5000 ")
                && lines[1].contains(" 500 ")
        );
        assert!(lines[2].ends_with("timeout; input x"));
    }

    #[test]
    fn every_target_has_its_source_and_its_seeds() {
        let fuzz = Path::new(env!("CARGO_MANIFEST_DIR")).join("../fuzz");
        let manifest = std::fs::read_to_string(fuzz.join("Cargo.toml")).unwrap();
        for target in TARGETS {
            assert!(
                fuzz.join(format!("fuzz_targets/{target}.rs")).exists(),
                "{target}"
            );
            assert!(
                manifest.contains(&format!("name = \"{target}\"")),
                "{target}"
            );
            // pack and dump are seeded from the shipped content only (too large to commit).
            if !["pack", "dump"].contains(&target) {
                assert!(fuzz.join("seeds").join(target).read_dir().unwrap().count() > 0);
            }
        }
    }
}
