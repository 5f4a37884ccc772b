//! `cargo xtask content check [--sign KEYFILE] [--version N] [--out FILE]`: validates every
//! course in `content/lessons/courses/` and, with `--sign`, builds the signed pack.

use std::path::{Path, PathBuf};

use ponte_wire::lessons::load_dir;
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

pub fn run(root: &Path, args: &[String]) -> Result<(), String> {
    if args.first().map(String::as_str) != Some("check") {
        return Err(
            "usage: cargo xtask content check [--sign KEYFILE] [--version N] [--out FILE]".into(),
        );
    }
    let option = |name: &str| {
        args.iter()
            .position(|a| a == name)
            .and_then(|i| args.get(i + 1))
            .cloned()
    };
    let lessons_dir = root.join("content/lessons");
    let (courses, media) = load_dir(&lessons_dir)?;
    let curriculum = Curriculum { courses };
    let lessons: usize = curriculum.courses.iter().map(|c| c.lessons.len()).sum();
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
        "ok: {} courses, {lessons} lessons, {} media files",
        curriculum.courses.len(),
        media.len()
    );
    if let Some(key_file) = option("--sign") {
        let key = read_key(Path::new(&key_file))?;
        let demo_key = read_key(&root.join("content/keys/demo-signing-key.txt"))?;
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
            .unwrap_or_else(|| root.join(format!("target/{PACK_ID}.pack")));
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
