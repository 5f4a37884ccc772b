//! `cargo xtask content check [--sign KEYFILE] [--version N] [--out FILE]`: validates every
//! course in `content/lessons/courses/` and, with `--sign`, builds the signed pack.
//!
//! `cargo xtask content app --out DIR [--region R] [--sign KEYFILE]`: the three files the apps
//! ship for a first run without a connection (`directory.dump`, `lessons.pack`,
//! `trusted_keys.txt`), made from the shipped content; the Android build calls it.

use std::path::{Path, PathBuf};

use ponte_wire::lessons::{self, load_dir};
use ponte_wire::pack::{self, Curriculum};

/// The id of the shipped curriculum's pack.
pub const PACK_ID: &str = "digital-skills";

/// Reads a key file: the base64 seed on the first line that is not a comment.
pub fn read_key(path: &Path) -> Result<pack::SigningKey, String> {
    let text = std::fs::read_to_string(path).map_err(|e| format!("{}: {e}", path.display()))?;
    let line = text
        .lines()
        .map(str::trim)
        .find(|l| !l.is_empty() && !l.starts_with('#'))
        .ok_or("the key file has no key")?;
    pack::signing_key_from_base64(line).map_err(|e| e.to_string())
}

pub const USAGE: &str = "usage: cargo xtask content check [--sign KEYFILE] [--version N] [--out FILE]\n       cargo xtask content app --out DIR [--region R] [--sign KEYFILE]";

pub fn run(root: &Path, args: &[String]) -> Result<(), String> {
    let option = |name: &str| {
        args.iter()
            .position(|a| a == name)
            .and_then(|i| args.get(i + 1))
            .cloned()
    };
    match args.first().map(String::as_str) {
        Some("check") => check(root, &option),
        Some("app") => {
            let out = option("--out").ok_or(USAGE)?;
            let region = option("--region").unwrap_or_else(|| DEFAULT_REGION.into());
            let key = option("--sign")
                .map(PathBuf::from)
                .unwrap_or_else(|| root.join(DEMO_KEY));
            let written = app_content(root, &region, &read_key(&key)?, Path::new(&out))?;
            for (path, bytes) in written {
                println!("{}: {bytes} bytes", path.display());
            }
            Ok(())
        }
        _ => Err(USAGE.into()),
    }
}

/// The territory the apps ship when the build names none.
pub const DEFAULT_REGION: &str = "bologna";
const DEMO_KEY: &str = "content/keys/demo-signing-key.txt";

/// Writes the first-run files into `out`: the region's services from
/// `content/territory/<region>.csv` as a signed dump (cursor 0: the first sync fetches the
/// coordinator's changes from the start, under the same ids), the curriculum as a signed
/// pack (not also inside the dump, so it is shipped once), with the public guides and the
/// glossary of synonyms, and the public key that signed
/// both. Returns each file written with its size.
pub fn app_content(
    root: &Path,
    region: &str,
    key: &pack::SigningKey,
    out: &Path,
) -> Result<Vec<(PathBuf, usize)>, String> {
    let demo = key.verifying_key() == read_key(&root.join(DEMO_KEY))?.verifying_key();
    let territory = root.join(format!("content/territory/{region}.csv"));
    let csv = std::fs::read(&territory).map_err(|e| {
        format!(
            "{}: {e} (the regions are the CSV files of content/territory)",
            territory.display()
        )
    })?;
    let mut city = region.to_owned();
    if let Some(first) = city.get_mut(..1) {
        first.make_ascii_uppercase();
    }
    let services = ponte_wire::import::from_csv(
        &csv,
        &ponte_wire::import::ImportOptions::for_region(region, &city),
    )
    .map_err(|e| format!("{}: {e}", territory.display()))?;
    let (courses, media) = load_dir(&root.join("content/lessons"))?;
    let lessons = pack::build(PACK_ID, 1, &Curriculum { courses }, &media, key, demo);
    let guides = shipped_guides(root, region)?;
    // The glossary of synonyms Ask uses, every language (the person's is not known yet).
    let glossary_file = root.join("content/glossary.json");
    let glossary = std::fs::read_to_string(&glossary_file)
        .map_err(|e| e.to_string())
        .and_then(|text| ponte_wire::glossary::read_file(&text).map_err(|e| e.to_string()))
        .map_err(|e| format!("{}: {e}", glossary_file.display()))?;
    let dumped = ponte_wire::dump::Content {
        services: &services,
        guides: &guides,
        glossary: &glossary,
    };
    let dump = ponte_wire::dump::build_with(region, 0, dumped, None, key, demo);
    let trusted = format!(
        "# The key that signed this build's content{}\n{}\n",
        if demo { " (the public DEMO key)" } else { "" },
        pack::public_key_to_base64(&key.verifying_key())
    );
    std::fs::create_dir_all(out).map_err(|e| format!("{}: {e}", out.display()))?;
    let mut written = Vec::new();
    for (name, bytes) in [
        ("directory.dump", dump.as_slice()),
        ("lessons.pack", lessons.as_slice()),
        ("trusted_keys.txt", trusted.as_bytes()),
    ] {
        let path = out.join(name);
        std::fs::write(&path, bytes).map_err(|e| format!("{}: {e}", path.display()))?;
        written.push((path, bytes.len()));
    }
    Ok(written)
}

/// The public guides of `content/guides/*.json` (but `metadata.json`) that a phone of
/// `region` gets: the national ones and the region's own, each checked.
fn shipped_guides(
    root: &Path,
    region: &str,
) -> Result<Vec<ponte_wire::guides::GuideRecord>, String> {
    let dir = root.join("content/guides");
    let mut files: Vec<PathBuf> = match std::fs::read_dir(&dir) {
        Ok(entries) => entries.filter_map(|e| e.ok().map(|e| e.path())).collect(),
        Err(_) => return Ok(Vec::new()),
    };
    files.retain(|p| p.extension().is_some_and(|x| x == "json") && !p.ends_with("metadata.json"));
    files.sort();
    let mut guides = Vec::new();
    for file in files {
        let text =
            std::fs::read_to_string(&file).map_err(|e| format!("{}: {e}", file.display()))?;
        let read: Vec<ponte_wire::guides::GuideRecord> =
            serde_json::from_str(&text).map_err(|e| format!("{}: {e}", file.display()))?;
        for guide in read {
            guide
                .validate()
                .map_err(|e| format!("{}: guide {}: {e}", file.display(), guide.id))?;
            let for_region = guide.region.as_deref().is_none_or(|r| r == region);
            if guide.visibility == ponte_wire::guides::Visibility::Public && for_region {
                guides.push(guide);
            }
        }
    }
    Ok(guides)
}

fn check(root: &Path, option: &dyn Fn(&str) -> Option<String>) -> Result<(), String> {
    let lessons_dir = root.join("content/lessons");
    let (courses, media) = load_dir(&lessons_dir)?;
    let curriculum = Curriculum { courses };
    let lesson_count: usize = curriculum.courses.iter().map(|c| c.lessons.len()).sum();
    for course in &curriculum.courses {
        let languages: Vec<String> = course
            .translations
            .iter()
            .map(|(l, p)| format!("{l} ({})", p.code()))
            .collect();
        println!(
            "course {:<28} {} lessons; languages: {}",
            course.id,
            course.lessons.len(),
            languages.join(", ")
        );
    }
    println!(
        "ok: {} courses, {lesson_count} lessons, {} media files",
        curriculum.courses.len(),
        media.len()
    );
    let a_year_ago = jiff::Zoned::now()
        .date()
        .saturating_sub(jiff::Span::new().years(1))
        .to_string();
    let sources: usize = curriculum.courses.iter().map(|c| c.sources.len()).sum();
    let due = lessons::sources_due(&curriculum.courses, &a_year_ago);
    let never = due.iter().filter(|(_, _, s)| s.checked.is_empty()).count();
    println!(
        "sources: {sources}, {never} never checked by a person, {} checked more than a year ago",
        due.len() - never
    );
    for (course, id, source) in due {
        if source.checked.is_empty() {
            println!(
                "warning: course {course}: source {id} ({}) was never checked by a person: open {}, check the fact and write the day in `checked`",
                source.reference, source.url
            );
        } else {
            println!(
                "warning: course {course}: source {id} ({}) was last checked on {}: check it again and update the date",
                source.reference, source.checked
            );
        }
    }
    if let Some(key_file) = option("--sign") {
        let key = read_key(Path::new(&key_file))?;
        let demo_key = read_key(&root.join(DEMO_KEY))?;
        let demo = key.verifying_key() == demo_key.verifying_key();
        let version: u32 = option("--version")
            .map(|v| {
                v.parse()
                    .map_err(|_| format!("--version {v}: not a number"))
            })
            .transpose()?
            .unwrap_or(1);
        let out = option("--out")
            .map(PathBuf::from)
            .unwrap_or_else(|| crate::target_dir().join(format!("{PACK_ID}.pack")));
        let bytes = pack::build(PACK_ID, version, &curriculum, &media, &key, demo);
        std::fs::write(&out, &bytes).map_err(|e| format!("{}: {e}", out.display()))?;
        println!(
            "signed {} version {version} with key {}{}: {} ({} bytes)",
            PACK_ID,
            pack::key_id(&key.verifying_key()),
            if demo {
                " (DEMO key: public, for trying Ponte only)"
            } else {
                ""
            },
            out.display(),
            bytes.len()
        );
        println!(
            "public key to trust: {}",
            pack::public_key_to_base64(&key.verifying_key())
        );
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn root() -> PathBuf {
        Path::new(env!("CARGO_MANIFEST_DIR"))
            .parent()
            .unwrap()
            .into()
    }

    #[test]
    fn the_app_files_verify_with_the_key_they_ship() {
        let out = std::env::temp_dir().join(format!("xtask-app-content-{}", std::process::id()));
        let key = read_key(&root().join(DEMO_KEY)).unwrap();
        let written = app_content(&root(), "bologna", &key, &out).unwrap();
        assert_eq!(written.len(), 3);
        let trusted: Vec<pack::VerifyingKey> =
            std::fs::read_to_string(out.join("trusted_keys.txt"))
                .unwrap()
                .lines()
                .filter(|l| !l.starts_with('#') && !l.trim().is_empty())
                .map(|l| pack::public_key_from_base64(l).unwrap())
                .collect();
        assert_eq!(trusted, [key.verifying_key()]);
        let dump = ponte_wire::dump::verify(
            &std::fs::read(out.join("directory.dump")).unwrap(),
            &trusted,
        )
        .unwrap();
        assert_eq!(dump.manifest.region, "bologna");
        assert!(
            dump.manifest.demo,
            "signed with the demo key, so marked as demo"
        );
        // Every service of the region's file, and the pack shipped once, beside the dump.
        let metadata: serde_json::Value = serde_json::from_str(
            &std::fs::read_to_string(root().join("content/territory/metadata.json")).unwrap(),
        )
        .unwrap();
        assert_eq!(
            dump.services.len() as u64,
            metadata["services"]["bologna"].as_u64().unwrap()
        );
        assert_eq!(dump.pack, None);
        // The demo's national guides, for a first run without a connection.
        assert!(dump.guides.iter().any(|g| g.id == "codice-fiscale"));
        assert!(dump.guides.iter().all(|g| g.region.is_none()));
        let lessons =
            pack::verify(&std::fs::read(out.join("lessons.pack")).unwrap(), &trusted).unwrap();
        assert_eq!(lessons.manifest.id, PACK_ID);
        std::fs::remove_dir_all(&out).unwrap();
    }

    #[test]
    fn an_unknown_region_is_refused_and_writes_nothing() {
        let out = std::env::temp_dir().join(format!("xtask-app-none-{}", std::process::id()));
        let key = read_key(&root().join(DEMO_KEY)).unwrap();
        let error = app_content(&root(), "atlantis", &key, &out).unwrap_err();
        assert!(error.contains("atlantis.csv"), "{error}");
        assert!(!out.exists());
    }
}
