//! A test that cannot run here (PostgreSQL or Chromium missing), the same for the
//! coordinator's unit tests (`testdb`) and the end-to-end tests (`tests/tests/support`, which
//! include this file by path: the coordinator's library keeps no test helpers).

/// A test that cannot run here (PostgreSQL or Chromium missing). Under CI (`CI=true`) that is
/// a failure, never a pass; elsewhere it is skipped, said on stderr, and counted apart by
/// `cargo xtask test` (a line appended to the file `$PONTE_SKIPPED` names).
pub fn cannot_run(what: &str) {
    cannot_run_with(
        what,
        std::env::var("CI").is_ok_and(|v| v == "true"),
        std::env::var_os("PONTE_SKIPPED").map(std::path::PathBuf::from),
    );
}

pub fn cannot_run_with(what: &str, ci: bool, skipped: Option<std::path::PathBuf>) {
    if ci {
        panic!("{what}, and CI=true: a test that cannot run fails under CI instead of passing");
    }
    eprintln!("{what}: skipped");
    if let Some(path) = skipped {
        use std::io::Write;
        if let Ok(mut file) = std::fs::OpenOptions::new()
            .create(true)
            .append(true)
            .open(path)
        {
            let _ = writeln!(file, "{what}");
        }
    }
}
