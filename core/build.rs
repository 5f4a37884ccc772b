//! Compresses the Fluent catalogue for the library: each locale's files joined in the order
//! `i18n.rs` reads them, deflated into `$OUT_DIR/<locale>.ftl.deflate`. Twelve languages of
//! text are half a megabyte of the phone library; deflated, a fifth of that.

use std::path::Path;

/// One file per part of the app; `ponte.ftl` first, whose line 2 says whether a person
/// reviewed the translation.
const FILES: &[&str] = &[
    "ponte.ftl",
    "app-common.ftl",
    "app-diary.ftl",
    "app-services.ftl",
    "app-lessons.ftl",
    "app-tutor.ftl",
    "app-ios.ftl",
];

fn main() {
    let out = std::env::var_os("OUT_DIR").expect("cargo sets OUT_DIR");
    let locales = Path::new("locales");
    println!("cargo:rerun-if-changed=locales");
    let mut entries: Vec<_> = std::fs::read_dir(locales)
        .expect("core/locales")
        .map(|e| e.expect("a locale folder").path())
        .filter(|p| p.is_dir())
        .collect();
    entries.sort();
    for dir in entries {
        let code = dir.file_name().unwrap().to_string_lossy().into_owned();
        let mut joined = String::new();
        for (i, file) in FILES.iter().enumerate() {
            let path = dir.join(file);
            println!("cargo:rerun-if-changed={}", path.display());
            let text = std::fs::read_to_string(&path)
                .unwrap_or_else(|e| panic!("{}: {e}", path.display()));
            if i > 0 {
                joined.push('\n');
            }
            joined.push_str(&text);
        }
        let packed = miniz_oxide::deflate::compress_to_vec(joined.as_bytes(), 10);
        std::fs::write(Path::new(&out).join(format!("{code}.ftl.deflate")), packed)
            .expect("OUT_DIR is writable");
    }
}
