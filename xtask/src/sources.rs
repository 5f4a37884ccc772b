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

/// One Kotlin or Swift file, read and parsed once for every check below.
pub struct Parsed {
    source: String,
    tree: tree_sitter::Tree,
}

/// Reads and parses a Kotlin or Swift file.
pub fn parse(path: &Path) -> Result<Parsed, String> {
    let source = std::fs::read_to_string(path).map_err(|e| format!("{}: {e}", path.display()))?;
    let language =
        language_of(path).ok_or_else(|| format!("{}: not Kotlin or Swift", path.display()))?;
    let mut parser = tree_sitter::Parser::new();
    parser.set_language(&language).map_err(|e| e.to_string())?;
    let tree = parser
        .parse(&source, None)
        .ok_or_else(|| format!("{}: the parser gave up", path.display()))?;
    Ok(Parsed { source, tree })
}

/// Where a node starts, as `line:column`.
pub(crate) fn at(node: tree_sitter::Node) -> String {
    let p = node.start_position();
    format!("{}:{}", p.row + 1, p.column + 1)
}

impl Parsed {
    pub(crate) fn text(&self, node: tree_sitter::Node) -> &str {
        &self.source[node.start_byte()..node.end_byte()]
    }

    /// Every node of the tree.
    pub(crate) fn nodes(&self) -> Vec<tree_sitter::Node<'_>> {
        let mut all = Vec::new();
        let mut pending = vec![self.tree.root_node()];
        while let Some(node) = pending.pop() {
            let mut cursor = node.walk();
            pending.extend(node.children(&mut cursor));
            all.push(node);
        }
        all
    }

    /// The syntax errors, as `line:column` and the start of the text in error; empty when it
    /// parses.
    pub fn syntax_errors(&self) -> Vec<String> {
        let mut errors = Vec::new();
        collect(self.tree.root_node(), &self.source, &mut errors);
        errors
    }
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

/// Named arguments whose text a person reads or hears.
const READ_ARGUMENTS: &[&str] = &[
    "text",
    "contentDescription",
    "label",
    "title",
    "placeholder",
    "message",
    "actionLabel",
    "onClickLabel",
];

/// Words written into the app's Kotlin instead of coming from the core, which has them in the
/// person's language: a string literal with letters given to `Text(…)` or to a named argument a
/// person reads (`contentDescription = "…"`), and any `stringResource(…)` (the app's own
/// resources hold only its name). Each as `line:column: the literal`.
pub fn literal_texts(parsed: &Parsed) -> Vec<String> {
    let mut found = Vec::new();
    let text = |n: tree_sitter::Node| parsed.text(n).to_owned();
    for node in parsed.nodes() {
        if node.kind() != "call_expression" {
            continue;
        }
        let Some(callee) = node.child(0).filter(|c| c.kind() == "identifier") else {
            continue;
        };
        let callee = text(callee);
        if callee == "stringResource" {
            found.push(format!("{}: stringResource(…)", at(node)));
            continue;
        }
        let mut calls = node.walk();
        let Some(arguments) = node
            .children(&mut calls)
            .find(|c| c.kind() == "value_arguments")
        else {
            continue;
        };
        let mut args = arguments.walk();
        for argument in arguments.children(&mut args) {
            if argument.kind() != "value_argument" {
                continue;
            }
            let mut parts = argument.walk();
            let children: Vec<_> = argument.named_children(&mut parts).collect();
            let name = match children.as_slice() {
                [name, value] if name.kind() == "identifier" => Some((text(*name), *value)),
                [value] => Some((String::new(), *value)),
                _ => None,
            };
            let Some((name, value)) = name else { continue };
            let reads =
                (name.is_empty() && callee == "Text") || READ_ARGUMENTS.contains(&name.as_str());
            if reads && value.kind() == "string_literal" {
                let literal = text(value);
                if literal.chars().any(char::is_alphabetic) && !literal.starts_with("\"$") {
                    found.push(format!("{}: {literal}", at(value)));
                }
            }
        }
    }
    found.sort();
    found
}

/// Modifiers that fix a box's size: a text inside cannot grow at 200% font scale.
const FIXED_SIZES: &[&str] = &["height", "requiredHeight", "size", "requiredSize"];
/// Calls whose fixed size holds no text (a gap, a picture, a spinner).
const WITHOUT_TEXT: &[&str] = &[
    "Spacer",
    "Icon",
    "Image",
    "HorizontalDivider",
    "VerticalDivider",
    "CircularProgressIndicator",
    "LinearProgressIndicator",
];

/// What keeps text from reflowing when the person sets a large font (200%): a fixed
/// `Modifier.height(…)` or `size(…)` on anything that may hold text (use `heightIn(min = …)`),
/// and `maxLines`, which cuts words off. Each as `line:column: what`.
pub fn fixed_text_boxes(parsed: &Parsed) -> Vec<String> {
    let text = |n: tree_sitter::Node| parsed.text(n);
    // The name of the nearest enclosing call by a plain name (`Spacer(…)`, `Text(…)`).
    let enclosing = |node: tree_sitter::Node| {
        let mut parent = node.parent();
        while let Some(p) = parent {
            if p.kind() == "call_expression" {
                if let Some(callee) = p.child(0).filter(|c| c.kind() == "identifier") {
                    return Some(text(callee).to_owned());
                }
            }
            parent = p.parent();
        }
        None
    };
    let mut found = Vec::new();
    for node in parsed.nodes() {
        match node.kind() {
            "call_expression" => {
                let Some(callee) = node.child(0) else {
                    continue;
                };
                let name = text(callee).rsplit('.').next().unwrap_or_default();
                let chained = callee.kind() != "identifier";
                // A dimension given (`48.dp`): a modifier, not a collection's `size()`.
                let sized = text(node)[text(callee).len()..].contains(".dp");
                if chained
                    && sized
                    && FIXED_SIZES.contains(&name)
                    && !enclosing(node).is_some_and(|c| WITHOUT_TEXT.contains(&c.as_str()))
                {
                    found.push(format!(
                        "{}: .{name}(…) fixes the size; use heightIn(min = …)",
                        at(node)
                    ));
                }
            }
            "value_argument" => {
                let mut parts = node.walk();
                let children: Vec<_> = node.named_children(&mut parts).collect();
                if let [name, _] = children.as_slice() {
                    if name.kind() == "identifier" && text(*name) == "maxLines" {
                        found.push(format!("{}: maxLines cuts words off", at(node)));
                    }
                }
            }
            _ => {}
        }
    }
    found.sort();
    found
}

#[cfg(test)]
mod tests {
    use super::*;

    fn write(name: &str, text: &str) -> PathBuf {
        let dir = std::env::temp_dir().join(format!("xtask-sources-{}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        let path = dir.join(name);
        std::fs::write(&path, text).unwrap();
        path
    }

    fn check(name: &str, text: &str) -> Vec<String> {
        parse(&write(name, text)).unwrap().syntax_errors()
    }

    #[test]
    fn a_composable_showing_words_of_its_own_is_found() {
        let path = write(
            "Screen.kt",
            "@Composable\nfun A(v: V) {\n    Text(v.title.text)\n    Text(\"Hello\")\n    \
             Icon(Icons.Default.Star, contentDescription = \"Star\")\n    \
             Icon(Icons.Default.Star, contentDescription = v.star.text)\n    \
             Text(stringResource(R.string.x))\n    Text(\"${v.count}\")\n    Text(\"·\")\n}\n",
        );
        let parsed = parse(&path).unwrap();
        assert!(parsed.syntax_errors().is_empty(), "it parses");
        let literals = literal_texts(&parsed);
        assert_eq!(
            literals,
            [
                "4:10: \"Hello\"".to_owned(),
                "5:51: \"Star\"".to_owned(),
                "7:10: stringResource(…)".to_owned(),
            ]
        );
    }

    #[test]
    fn a_box_that_keeps_large_text_from_growing_is_found() {
        let path = write(
            "Boxes.kt",
            "@Composable\nfun B(v: V) {\n    Spacer(Modifier.height(8.dp))\n    \
             Icon(Icons.Default.Star, null, Modifier.size(24.dp))\n    \
             Row(Modifier.fillMaxWidth().height(48.dp)) { Text(v.a.text) }\n    \
             Button(onClick = {}, modifier = Modifier.heightIn(min = 48.dp)) { Text(v.b.text) }\n    \
             Text(v.c.text, maxLines = 1)\n    Box(Modifier.size(40.dp)) { Text(v.d.text) }\n    \
             val n = v.items.size()\n}\n",
        );
        let parsed = parse(&path).unwrap();
        assert!(parsed.syntax_errors().is_empty(), "it parses");
        assert_eq!(
            fixed_text_boxes(&parsed),
            [
                "5:9: .height(…) fixes the size; use heightIn(min = …)".to_owned(),
                "7:20: maxLines cuts words off".to_owned(),
                "8:9: .size(…) fixes the size; use heightIn(min = …)".to_owned(),
            ]
        );
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
