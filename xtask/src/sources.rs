//! Every Kotlin and Swift file of the apps parsed: the Android and iOS apps cannot be built on
//! our machines (no Android SDK, no Swift toolchain), so a syntax slip would otherwise wait for a
//! developer's Android Studio or Xcode. Parsing is not compiling: types and imports are only
//! checked by the Kotlin that runs on the JVM here, and by the platforms' own builds.

use std::path::{Path, PathBuf};

/// Which grammar reads a file, by its name.
fn language_of(path: &Path) -> Option<tree_sitter::Language> {
    let name = path.file_name()?.to_str()?;
    if name.ends_with(".kt") || name.ends_with(".kts") {
        Some(tree_sitter_kotlin_ng::LANGUAGE.into())
    } else if name.ends_with(".swift") {
        Some(tree_sitter_swift::LANGUAGE.into())
    } else {
        None
    }
}

/// The Kotlin and Swift files under `dirs`, build outputs and uniffi's generated bindings left
/// out (the generated Kotlin is compiled and run on the JVM here; the generated Swift uses
/// attributes such as `@_documentation` that the grammar does not know).
pub fn app_sources(dirs: &[PathBuf]) -> Vec<PathBuf> {
    let mut found = Vec::new();
    let mut pending: Vec<PathBuf> = dirs.to_vec();
    while let Some(dir) = pending.pop() {
        let Ok(entries) = std::fs::read_dir(&dir) else {
            continue;
        };
        for entry in entries.flatten() {
            let path = entry.path();
            let name = entry.file_name().to_string_lossy().into_owned();
            if path.is_dir() {
                if !matches!(
                    name.as_str(),
                    "build" | ".gradle" | ".build" | "DerivedData" | "generated" | "Generated"
                ) {
                    pending.push(path);
                }
            } else if language_of(&path).is_some() {
                found.push(path);
            }
        }
    }
    found.sort();
    found
}

/// The syntax errors of one file, as `line:column` and the start of the text in error; empty
/// when it parses.
pub fn syntax_errors(path: &Path) -> Result<Vec<String>, String> {
    let source = std::fs::read_to_string(path).map_err(|e| format!("{}: {e}", path.display()))?;
    let language =
        language_of(path).ok_or_else(|| format!("{}: not Kotlin or Swift", path.display()))?;
    let mut parser = tree_sitter::Parser::new();
    parser.set_language(&language).map_err(|e| e.to_string())?;
    let tree = parser
        .parse(&source, None)
        .ok_or_else(|| format!("{}: the parser gave up", path.display()))?;
    let mut errors = Vec::new();
    collect(tree.root_node(), &source, &mut errors);
    Ok(errors)
}

/// The innermost error and missing nodes: where the slip is, not the whole class around it.
fn collect(node: tree_sitter::Node, source: &str, errors: &mut Vec<String>) {
    let at = node.start_position();
    if node.is_missing() {
        errors.push(format!(
            "{}:{}: missing {}",
            at.row + 1,
            at.column + 1,
            node.kind()
        ));
        return;
    }
    let before = errors.len();
    let mut cursor = node.walk();
    for child in node.children(&mut cursor) {
        if child.has_error() || child.is_missing() {
            collect(child, source, errors);
        }
    }
    if node.is_error() && errors.len() == before {
        let text: String = source[node.start_byte()..node.end_byte()]
            .chars()
            .take(60)
            .collect();
        errors.push(format!(
            "{}:{}: unexpected {text:?}",
            at.row + 1,
            at.column + 1
        ));
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn check(name: &str, text: &str) -> Vec<String> {
        let dir = std::env::temp_dir().join(format!("xtask-sources-{}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        let path = dir.join(name);
        std::fs::write(&path, text).unwrap();
        syntax_errors(&path).unwrap()
    }

    #[test]
    fn generated_bindings_and_build_outputs_are_left_out() {
        let root = std::env::temp_dir().join(format!("xtask-walk-{}", std::process::id()));
        for file in [
            "android/shared/src/main/kotlin/A.kt",
            "android/shared/src/generated/kotlin/B.kt",
            "android/app/build/C.kt",
            "ios/PonteCore/Sources/PonteCore/Generated/D.swift",
            "ios/App/E.swift",
            "ios/App/notes.txt",
        ] {
            let path = root.join(file);
            std::fs::create_dir_all(path.parent().unwrap()).unwrap();
            std::fs::write(&path, "").unwrap();
        }
        let found: Vec<String> = app_sources(&[root.join("android"), root.join("ios")])
            .iter()
            .map(|p| p.file_name().unwrap().to_string_lossy().into_owned())
            .collect();
        let _ = std::fs::remove_dir_all(&root);
        assert_eq!(found, ["A.kt", "E.swift"]);
    }

    #[test]
    fn a_slip_in_kotlin_or_swift_is_found_with_its_line() {
        assert!(check("Ok.kt", "class A {\n    fun b(): Int = 1\n}\n").is_empty());
        // The Kotlin grammar sometimes marks the whole class rather than the line.
        assert!(!check("Slip.kt", "class A {\n    fun b(: Int = 1\n}\n").is_empty());
        assert!(check("Ok.swift", "struct A {\n    let b: Int = 1\n}\n").is_empty());
        let errors = check("Slip.swift", "struct A {\n    let b: Int = \n}\n");
        assert!(errors[0].starts_with("2:"), "{errors:?}");
    }
}
