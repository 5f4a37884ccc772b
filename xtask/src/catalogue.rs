//! The versions the JVM tests use, read from the Android build's version catalogue
//! (`android/gradle/libs.versions.toml`), so the Gradle build and `cargo xtask test` cannot
//! drift: kotlinc is installed from npm at the catalogue's `kotlin`; the coroutines jar that
//! this kotlinc ships must be the catalogue's `coroutines`; Debian's JNA jar must be the
//! catalogue's `jna-jvm` (the app itself uses `jna`, the Android AAR, which Debian does not
//! ship).

use std::path::Path;
use std::process::Command;

/// The `[versions]` table of a Gradle version catalogue: `name = "1.2.3"` lines.
pub fn versions(toml: &str) -> Vec<(String, String)> {
    let mut inside = false;
    let mut found = Vec::new();
    for line in toml.lines() {
        let line = line.split('#').next().unwrap_or("").trim();
        if line.starts_with('[') {
            inside = line == "[versions]";
            continue;
        }
        if !inside {
            continue;
        }
        if let Some((name, value)) = line.split_once('=') {
            let value = value.trim();
            if let Some(value) = value.strip_prefix('"').and_then(|v| v.strip_suffix('"')) {
                found.push((name.trim().to_owned(), value.to_owned()));
            }
        }
    }
    found
}

/// One version of the catalogue at `root`, or an error that names the file and the key.
pub fn version(root: &Path, name: &str) -> Result<String, String> {
    let path = root.join("android/gradle/libs.versions.toml");
    let text = std::fs::read_to_string(&path).map_err(|e| format!("{}: {e}", path.display()))?;
    versions(&text)
        .into_iter()
        .find(|(n, _)| n == name)
        .map(|(_, v)| v)
        .ok_or_else(|| format!("{}: no `{name}` in [versions]", path.display()))
}

/// One file of a jar (a zip), through `unzip`, which Debian machines have.
pub fn jar_entry(jar: &Path, entry: &str) -> Result<String, String> {
    let out = Command::new("unzip")
        .arg("-p")
        .arg(jar)
        .arg(entry)
        .output()
        .map_err(|e| format!("unzip (to read {}): {e}", jar.display()))?;
    if !out.status.success() {
        return Err(format!("{} has no {entry}", jar.display()));
    }
    Ok(String::from_utf8_lossy(&out.stdout).into_owned())
}

/// The `Implementation-Version` of a jar's manifest, without its build suffix (`5.13.0 (b0)`).
pub fn manifest_version(manifest: &str) -> Option<String> {
    manifest
        .lines()
        .find_map(|l| l.strip_prefix("Implementation-Version:"))
        .and_then(|v| v.split_whitespace().next())
        .map(str::to_owned)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn versions_are_read_from_the_versions_table_only() {
        let toml = "[versions]\nkotlin = \"2.2.20\" # the compiler\njna = \"5.17.0\"\n\n[libraries]\nkotlin = { module = \"x\", version = \"9\" }\n";
        assert_eq!(
            versions(toml),
            [
                ("kotlin".to_owned(), "2.2.20".to_owned()),
                ("jna".to_owned(), "5.17.0".to_owned())
            ]
        );
        assert_eq!(
            manifest_version("Manifest-Version: 1.0\nImplementation-Version: 5.13.0 (b0)\n")
                .as_deref(),
            Some("5.13.0")
        );
    }
}
