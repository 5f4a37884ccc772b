//! The checks of the iOS app, which cannot be compiled here (no Swift toolchain): no SwiftUI
//! view shows words of its own (they come from the core, in the person's language); every
//! route of the app core has a view in `ios/README.md`'s `## Screens` table, and that view
//! exists as a `struct … : View`; the permission texts of `InfoPlist.strings` are the core's
//! catalogue's, in each of its languages (`cargo xtask ios-strings` writes them).

use std::path::{Path, PathBuf};

use crate::sources::{at, Parsed};

/// Calls whose first unlabelled argument is shown or read to the person: `Text("…")`,
/// `Button("…") { }`, `.navigationTitle("…")`, `.accessibilityLabel("…")`.
const SHOWS_FIRST_ARGUMENT: &[&str] = &[
    "Text",
    "Button",
    "Label",
    "Toggle",
    "Link",
    "TextField",
    "SecureField",
    "TextEditor",
    "Picker",
    "Section",
    "Menu",
    "Stepper",
    "DatePicker",
    "LabeledContent",
    "ProgressView",
    "ShareLink",
    "GroupBox",
    "DisclosureGroup",
    "ContentUnavailableView",
    "navigationTitle",
    "navigationSubtitle",
    "accessibilityLabel",
    "accessibilityHint",
    "accessibilityValue",
    "accessibilityInputLabels",
    "alert",
    "confirmationDialog",
    "help",
    "badge",
];

/// Argument labels whose text a person reads or hears, whatever the call (`verbatim:` too: a
/// literal given verbatim is still shown in one language). Not `label:`, which SwiftUI takes
/// as a view and Dispatch as a queue's name.
const READ_LABELS: &[&str] = &[
    "verbatim",
    "title",
    "titleKey",
    "message",
    "prompt",
    "placeholder",
    "hint",
    "accessibilityLabel",
    "localized",
];

/// Calls that read the app's own string tables, which hold no words here: the words are the
/// core's.
const OWN_STRING_TABLES: &[&str] = &["NSLocalizedString", "LocalizedStringKey"];

/// The name a call is made by: `Text` in `Text(…)`, `navigationTitle` in
/// `view.navigationTitle(…)`.
fn callee_name<'a>(parsed: &'a Parsed, call: tree_sitter::Node) -> Option<&'a str> {
    let callee = call.child(0)?;
    match callee.kind() {
        "simple_identifier" => Some(parsed.text(callee)),
        "navigation_expression" => {
            let suffix = callee.child_by_field_name("suffix")?;
            let name = suffix.child_by_field_name("suffix")?;
            Some(parsed.text(name))
        }
        _ => None,
    }
}

/// The words of a string literal outside its interpolations (`"Hi \(name)"` gives `Hi `).
fn literal_words(parsed: &Parsed, literal: tree_sitter::Node) -> Option<String> {
    if !literal.kind().ends_with("string_literal") {
        return None;
    }
    let mut words = String::new();
    let mut cursor = literal.walk();
    for part in literal.named_children(&mut cursor) {
        if part.kind().ends_with("str_text") {
            words.push_str(parsed.text(part));
        }
    }
    Some(words)
}

/// Words written into the app's Swift instead of coming from the core, which has them in the
/// person's language: a string literal with letters given as the shown argument of a SwiftUI
/// view or modifier (`Text("…")`, `Button("…")`, `.navigationTitle("…")`), or to a label a
/// person reads (`title:`, `message:`, `verbatim:`), and any call to the app's own string
/// tables. SF Symbols (`systemImage:`, `Image(systemName:)`) and asset names are not words.
/// Each as `line:column: the literal`.
pub fn literal_texts(parsed: &Parsed) -> Vec<String> {
    let mut found = Vec::new();
    for node in parsed.nodes() {
        if node.kind() != "call_expression" {
            continue;
        }
        let Some(callee) = callee_name(parsed, node) else {
            continue;
        };
        if OWN_STRING_TABLES.contains(&callee) {
            found.push(format!("{}: {callee}(…)", at(node)));
            continue;
        }
        let mut calls = node.walk();
        let Some(suffix) = node
            .children(&mut calls)
            .find(|c| c.kind() == "call_suffix")
        else {
            continue;
        };
        let mut suffixes = suffix.walk();
        let Some(arguments) = suffix
            .children(&mut suffixes)
            .find(|c| c.kind() == "value_arguments")
        else {
            continue;
        };
        let mut args = arguments.walk();
        for (index, argument) in arguments
            .named_children(&mut args)
            .filter(|a| a.kind() == "value_argument")
            .enumerate()
        {
            let Some(value) = argument.child_by_field_name("value") else {
                continue;
            };
            let label = argument
                .child_by_field_name("name")
                .map(|n| parsed.text(n).trim().to_owned());
            let read = match &label {
                Some(label) => READ_LABELS.contains(&label.as_str()),
                None => index == 0 && SHOWS_FIRST_ARGUMENT.contains(&callee),
            };
            if !read {
                continue;
            }
            if let Some(words) = literal_words(parsed, value) {
                if words.chars().any(char::is_alphabetic) {
                    found.push(format!("{}: {}", at(value), parsed.text(value)));
                }
            }
        }
    }
    found.sort();
    found
}

/// The names of the `struct`s that conform to `View` (`struct HomeScreen: View`).
pub fn swiftui_views(parsed: &Parsed) -> Vec<String> {
    let mut views = Vec::new();
    for node in parsed.nodes() {
        if node.kind() != "class_declaration" {
            continue;
        }
        let is_struct = node
            .child_by_field_name("declaration_kind")
            .map(|k| parsed.text(k) == "struct")
            .unwrap_or_else(|| parsed.text(node).trim_start().starts_with("struct "));
        let Some(name) = node.child_by_field_name("name") else {
            continue;
        };
        let mut cursor = node.walk();
        let conforms = node
            .children(&mut cursor)
            .filter(|c| c.kind() == "inheritance_specifier")
            .any(|c| {
                let text = parsed.text(c).trim();
                text == "View" || text == "SwiftUI.View"
            });
        if is_struct && conforms {
            views.push(parsed.text(name).to_owned());
        }
    }
    views.sort();
    views
}

/// What is wrong with `ios/README.md`'s `## Screens` table: routes of the core without a row,
/// rows naming a view that no `struct … : View` of `views` is, rows for routes the core has no
/// more.
pub fn screen_problems(root: &Path, views: &[String]) -> Vec<String> {
    crate::screens::table_problems(root, "ios/README.md", "view", |view| {
        (!views.iter().any(|v| v == view))
            .then(|| format!("{view} is not a `struct {view}: View` in ios/App"))
    })
}

/// Whether the generated Swift can be compiled in the Swift 6 language mode as far as async
/// callback interfaces go (uniffi-rs #2929): either it has none (no
/// `uniffiTraitInterfaceCallAsync`: Ponte's foreign traits are synchronous), or its uniffi marks
/// their closures `@Sendable` (the fix of #2943, not in uniffi 0.32.2). See ios/README.md.
pub fn async_callbacks_fit_swift6(generated_swift: &str) -> bool {
    !generated_swift.contains("func uniffiTraitInterfaceCallAsync")
        || generated_swift.contains("makeCall: @escaping @Sendable")
}

/// Every generated Swift file of the package, joined.
pub fn generated_swift(root: &Path) -> String {
    let dir = root.join("ios/PonteCore/Sources/PonteCore/Generated");
    let mut files: Vec<PathBuf> = std::fs::read_dir(&dir)
        .map(|entries| entries.flatten().map(|e| e.path()).collect())
        .unwrap_or_default();
    files.sort();
    files
        .iter()
        .filter(|p| p.extension().is_some_and(|x| x == "swift"))
        .map(|p| std::fs::read_to_string(p).unwrap_or_default())
        .collect()
}

/// The Info.plist keys whose text a person reads (the permission dialogs), and the catalogue
/// message each comes from.
pub const PERMISSION_TEXTS: &[(&str, &str)] = &[
    ("NSCameraUsageDescription", "ios-camera-usage"),
    ("NSLocationWhenInUseUsageDescription", "ios-location-usage"),
];

/// Where the generated files go: `<lang>.lproj/InfoPlist.strings` in the app's resources.
const RESOURCES: &str = "ios/App/Resources";

/// The value of the Fluent message `id` in `ftl`, with its continuation lines; `None` when the
/// file does not define it. A value with a placeable (`{ $name }`, `{ -term }`) is refused:
/// Info.plist texts take no arguments.
fn fluent_message(ftl: &str, id: &str) -> Option<Result<String, String>> {
    let file = crate::translations::parse_ftl("", ftl);
    let message = file.messages.into_iter().find(|m| m.id == id)?;
    if message.text.contains('{') {
        return Some(Err(format!(
            "{id} has a placeable; Info.plist texts take no arguments"
        )));
    }
    Some(Ok(message.text))
}

/// `"…"` for a `.strings` file.
fn strings_literal(text: &str) -> String {
    let escaped = text
        .replace('\\', "\\\\")
        .replace('"', "\\\"")
        .replace('\n', "\\n");
    format!("\"{escaped}\"")
}

/// The catalogue's locales (`core/locales/<lang>`), sorted.
fn locales(root: &Path) -> Result<Vec<String>, String> {
    let dir = root.join("core/locales");
    let mut codes: Vec<String> = std::fs::read_dir(&dir)
        .map_err(|e| format!("{}: {e}", dir.display()))?
        .flatten()
        .filter(|e| e.path().is_dir())
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .collect();
    codes.sort();
    Ok(codes)
}

/// The message `id` in any `.ftl` file of `core/locales/<lang>`.
fn catalogue_text(root: &Path, lang: &str, id: &str) -> Result<String, String> {
    let dir = root.join("core/locales").join(lang);
    let mut files: Vec<PathBuf> = std::fs::read_dir(&dir)
        .map_err(|e| format!("{}: {e}", dir.display()))?
        .flatten()
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|x| x == "ftl"))
        .collect();
    files.sort();
    for file in files {
        let text =
            std::fs::read_to_string(&file).map_err(|e| format!("{}: {e}", file.display()))?;
        if let Some(found) = fluent_message(&text, id) {
            return found.map_err(|e| format!("{}: {e}", file.display()));
        }
    }
    Err(format!("core/locales/{lang} has no message {id}"))
}

/// The `InfoPlist.strings` of one language, from the catalogue.
pub fn infoplist_strings(root: &Path, lang: &str) -> Result<String, String> {
    let mut out = format!(
        "/* The permission texts in {lang}, from core/locales/{lang}/ by `cargo xtask ios-strings`. Do not edit. */\n"
    );
    for (key, id) in PERMISSION_TEXTS {
        let text = catalogue_text(root, lang, id)?;
        out.push_str(&format!("\"{key}\" = {};\n", strings_literal(&text)));
    }
    Ok(out)
}

fn strings_path(root: &Path, lang: &str) -> PathBuf {
    root.join(RESOURCES)
        .join(format!("{lang}.lproj"))
        .join("InfoPlist.strings")
}

/// `cargo xtask ios-strings`: writes every language's `InfoPlist.strings`.
pub fn write_strings(root: &Path) -> Result<(), String> {
    for lang in locales(root)? {
        let text = infoplist_strings(root, &lang)?;
        let path = strings_path(root, &lang);
        std::fs::create_dir_all(path.parent().expect("a folder")).map_err(|e| e.to_string())?;
        std::fs::write(&path, text).map_err(|e| format!("{}: {e}", path.display()))?;
        println!(
            "wrote {}",
            path.strip_prefix(root).unwrap_or(&path).display()
        );
    }
    Ok(())
}

/// What differs between the catalogue and the app: a language's `InfoPlist.strings` missing or
/// not what the catalogue gives, an `.lproj` of a language the catalogue lacks, and the English
/// texts of `ios/App/project.yml` (the Info.plist's own values) not the catalogue's.
pub fn strings_problems(root: &Path) -> Vec<String> {
    let mut problems = Vec::new();
    let langs = match locales(root) {
        Ok(langs) => langs,
        Err(e) => return vec![e],
    };
    for lang in &langs {
        let shown = format!("{RESOURCES}/{lang}.lproj/InfoPlist.strings");
        match infoplist_strings(root, lang) {
            Err(e) => problems.push(e),
            Ok(expected) => match std::fs::read_to_string(strings_path(root, lang)) {
                Err(_) => {
                    problems.push(format!("{shown} is missing: run `cargo xtask ios-strings`"))
                }
                Ok(actual) if actual != expected => problems.push(format!(
                    "{shown} differs from the catalogue: run `cargo xtask ios-strings`"
                )),
                Ok(_) => {}
            },
        }
    }
    if let Ok(entries) = std::fs::read_dir(root.join(RESOURCES)) {
        for entry in entries.flatten() {
            let name = entry.file_name().to_string_lossy().into_owned();
            if let Some(lang) = name.strip_suffix(".lproj") {
                if !langs.iter().any(|l| l == lang) {
                    problems.push(format!(
                        "{RESOURCES}/{name}: the catalogue has no language {lang}"
                    ));
                }
            }
        }
    }
    let project = std::fs::read_to_string(root.join("ios/App/project.yml")).unwrap_or_default();
    for (key, id) in PERMISSION_TEXTS {
        match catalogue_text(root, "en", id) {
            Ok(text) => {
                let line = format!("{key}: {}", strings_literal(&text));
                if !project.lines().any(|l| l.trim() == line) {
                    problems.push(format!(
                        "ios/App/project.yml: {key} is not the English catalogue's text: `{line}`"
                    ));
                }
            }
            Err(e) => problems.push(e),
        }
    }
    problems
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A folder of its own under the system's temporary one, removed when dropped.
    struct Scratch(PathBuf);

    impl Scratch {
        fn new(name: &str) -> Scratch {
            let dir = std::env::temp_dir().join(format!("xtask-ios-{name}-{}", std::process::id()));
            let _ = std::fs::remove_dir_all(&dir);
            std::fs::create_dir_all(&dir).unwrap();
            Scratch(dir)
        }

        fn write(&self, path: &str, text: &str) -> PathBuf {
            let path = self.0.join(path);
            std::fs::create_dir_all(path.parent().unwrap()).unwrap();
            std::fs::write(&path, text).unwrap();
            path
        }
    }

    impl Drop for Scratch {
        fn drop(&mut self) {
            let _ = std::fs::remove_dir_all(&self.0);
        }
    }

    fn parse(scratch: &Scratch, name: &str, swift: &str) -> Parsed {
        let parsed = crate::sources::parse(&scratch.write(name, swift)).unwrap();
        assert!(
            parsed.syntax_errors().is_empty(),
            "{:?}",
            parsed.syntax_errors()
        );
        parsed
    }

    #[test]
    fn a_view_showing_words_of_its_own_is_found() {
        let scratch = Scratch::new("literals");
        let parsed = parse(
            &scratch,
            "Screen.swift",
            "struct A: View {\n    let v: AppView\n    var body: some View {\n        VStack {\n            \
             Text(\"Hello\")\n            Text(spoken(v.title.text, language: v.title.locale))\n            \
             Button(\"Save\") { save() }\n            Label(v.title.text, systemImage: \"star\")\n            \
             Image(systemName: \"gearshape\")\n            Text(verbatim: \"·\")\n            \
             Text(\"\\(v.count)\")\n            Text(verbatim: \"Oops\")\n            \
             Image(\"logo\")\n            Text(NSLocalizedString(\"k\", comment: \"\"))\n        }\n        \
             .navigationTitle(\"Settings\")\n        .accessibilityLabel(Text(verbatim: v.back.text))\n        \
             .alert(\"Sure?\", isPresented: $shown) { }\n    }\n}\n",
        );
        assert_eq!(
            literal_texts(&parsed),
            [
                "12:28: \"Oops\"".to_owned(),
                "14:18: NSLocalizedString(…)".to_owned(),
                "16:26: \"Settings\"".to_owned(),
                "18:16: \"Sure?\"".to_owned(),
                "5:18: \"Hello\"".to_owned(),
                "7:20: \"Save\"".to_owned(),
            ]
        );
    }

    #[test]
    fn the_app_parses_and_shows_no_words_of_its_own() {
        // The real app, here too, so a slip shows in `cargo test -p xtask` before the full run.
        let root = crate::root();
        let files = crate::sources::app_sources(&[root.join("ios")]);
        assert!(files.len() > 20, "{files:?}");
        for path in files {
            let parsed = crate::sources::parse(&path).unwrap();
            assert_eq!(
                parsed.syntax_errors(),
                Vec::<String>::new(),
                "{}",
                path.display()
            );
            assert_eq!(
                literal_texts(&parsed),
                Vec::<String>::new(),
                "{}",
                path.display()
            );
        }
    }

    #[test]
    fn views_are_structs_that_conform_to_view() {
        let scratch = Scratch::new("views");
        let parsed = parse(
            &scratch,
            "Views.swift",
            "struct HomeScreen: View {\n    var body: some View { EmptyView() }\n}\n\
             struct Model {\n    let a: Int\n}\nfinal class Store: ObservableObject {}\n\
             struct Frame: SwiftUI.View, Equatable {\n    var body: some View { EmptyView() }\n}\n\
             enum View2 {}\n",
        );
        assert_eq!(swiftui_views(&parsed), ["Frame", "HomeScreen"]);
    }

    #[test]
    fn a_route_without_a_view_fails() {
        let scratch = Scratch::new("routes");
        scratch.write(
            "core/src/app/route.rs",
            "pub enum Route {\n    Home,\n    Settings,\n    Services,\n}\n",
        );
        scratch.write(
            "ios/README.md",
            "# iOS\n## Screens\n| route | view |\n|---|---|\n| Home | `HomeScreen` |\n\
             | Services | ServiceListScreen |\n| Gone | GoneScreen |\n## Next\n",
        );
        let views = vec!["HomeScreen".to_owned()];
        let problems = screen_problems(&scratch.0, &views);
        assert_eq!(problems.len(), 3, "{problems:?}");
        assert!(problems[0].contains("Settings has no view"), "{problems:?}");
        assert!(
            problems[1].contains("ServiceListScreen is not a"),
            "{problems:?}"
        );
        assert!(problems[2].contains("Gone"), "{problems:?}");
    }

    #[test]
    fn the_readme_names_a_view_for_every_route() {
        let root = crate::root();
        let mut views = Vec::new();
        for path in crate::sources::app_sources(&[root.join("ios/App")]) {
            views.extend(swiftui_views(&crate::sources::parse(&path).unwrap()));
        }
        assert_eq!(screen_problems(&root, &views), Vec::<String>::new());
    }

    #[test]
    fn an_async_callback_interface_needs_uniffis_swift6_fix() {
        let sync_only = "fileprivate struct UniffiCallbackInterfaceMapProgress {\n    static let vtable = 1\n}\n";
        assert!(async_callbacks_fit_swift6(sync_only));
        // uniffi 0.32.2's template, as generated for an async method of a foreign trait.
        let unfixed = "private func uniffiTraitInterfaceCallAsync<T>(\n    makeCall: @escaping () async throws -> T,\n";
        assert!(!async_callbacks_fit_swift6(unfixed));
        let fixed = "private func uniffiTraitInterfaceCallAsync<T>(\n    makeCall: @escaping @Sendable () async throws -> T,\n";
        assert!(async_callbacks_fit_swift6(fixed));
    }

    fn catalogue(scratch: &Scratch, it_camera: &str) {
        scratch.write(
            "core/locales/en/app-ios.ftl",
            "# iOS\nios-camera-usage = Scan the \"code\".\nios-location-usage = Services\n    near you.\n",
        );
        scratch.write(
            "core/locales/it/app-ios.ftl",
            &format!("ios-camera-usage = {it_camera}\nios-location-usage = Servizi vicini.\n"),
        );
        scratch.write(
            "ios/App/project.yml",
            "info:\n  properties:\n    NSCameraUsageDescription: \"Scan the \\\"code\\\".\"\n    \
             NSLocationWhenInUseUsageDescription: \"Services\\nnear you.\"\n",
        );
    }

    #[test]
    fn the_permission_texts_come_from_the_catalogue() {
        let scratch = Scratch::new("strings");
        catalogue(&scratch, "Inquadra il codice.");
        assert_eq!(
            infoplist_strings(&scratch.0, "en").unwrap(),
            "/* The permission texts in en, from core/locales/en/ by `cargo xtask ios-strings`. Do not edit. */\n\
             \"NSCameraUsageDescription\" = \"Scan the \\\"code\\\".\";\n\
             \"NSLocationWhenInUseUsageDescription\" = \"Services\\nnear you.\";\n"
        );
        let before = strings_problems(&scratch.0);
        assert_eq!(before.len(), 2, "{before:?}");
        assert!(before[0].contains("en.lproj/InfoPlist.strings is missing"));
        write_strings(&scratch.0).unwrap();
        assert_eq!(strings_problems(&scratch.0), Vec::<String>::new());

        // The catalogue changed, the app's file did not.
        catalogue(&scratch, "Inquadra il codice del tutor.");
        let stale = strings_problems(&scratch.0);
        assert_eq!(stale.len(), 1, "{stale:?}");
        assert!(
            stale[0].contains("it.lproj/InfoPlist.strings differs"),
            "{stale:?}"
        );

        // A language the catalogue does not have.
        write_strings(&scratch.0).unwrap();
        scratch.write("ios/App/Resources/de.lproj/InfoPlist.strings", "");
        let extra = strings_problems(&scratch.0);
        assert!(
            extra.iter().any(|p| p.contains("no language de")),
            "{extra:?}"
        );
    }

    #[test]
    fn a_missing_or_unusable_message_is_refused() {
        let scratch = Scratch::new("missing");
        catalogue(&scratch, "Inquadra il codice.");
        scratch.write(
            "core/locales/it/app-ios.ftl",
            "ios-location-usage = Servizi vicini.\n",
        );
        let missing = infoplist_strings(&scratch.0, "it").unwrap_err();
        assert!(missing.contains("no message ios-camera-usage"), "{missing}");
        scratch.write(
            "core/locales/it/app-ios.ftl",
            "ios-camera-usage = Ciao { $name }\nios-location-usage = Servizi vicini.\n",
        );
        let placeable = infoplist_strings(&scratch.0, "it").unwrap_err();
        assert!(placeable.contains("placeable"), "{placeable}");
        // The English Info.plist value in project.yml must be the catalogue's.
        catalogue(&scratch, "Inquadra il codice.");
        scratch.write(
            "ios/App/project.yml",
            "NSCameraUsageDescription: \"Scan it.\"\n",
        );
        let project = strings_problems(&scratch.0);
        assert!(
            project
                .iter()
                .any(|p| p.contains("project.yml: NSCameraUsageDescription")),
            "{project:?}"
        );
    }

    #[test]
    fn the_app_strings_are_up_to_date() {
        assert_eq!(strings_problems(&crate::root()), Vec::<String>::new());
    }
}
