//! Every route of the app core has a screen in the Android app: the table under `## Screens`
//! in `android/README.md` names, for each `Route` variant of `core/src/app/route.rs`, the
//! composable that draws it, and that composable must exist in the app's Kotlin.

use std::path::Path;

/// The variants of `pub enum Route` in the core's source.
pub fn core_routes(route_rs: &str) -> Vec<String> {
    let Some(start) = route_rs.find("pub enum Route {") else {
        return Vec::new();
    };
    let mut routes = Vec::new();
    let mut depth = 0;
    for line in route_rs[start..].lines().skip(1) {
        let trimmed = line.trim();
        if depth == 0 {
            if trimmed == "}" {
                break;
            }
            let name: String = trimmed
                .chars()
                .take_while(|c| c.is_ascii_alphanumeric())
                .collect();
            if name.chars().next().is_some_and(|c| c.is_ascii_uppercase()) {
                routes.push(name);
            }
        }
        depth += trimmed.matches('{').count();
        depth -= trimmed.matches('}').count().min(depth);
    }
    routes
}

/// The `| route | composable |` rows of the table under `## Screens`.
pub fn screen_table(readme: &str) -> Vec<(String, String)> {
    let Some(start) = readme.find("## Screens") else {
        return Vec::new();
    };
    readme[start..]
        .lines()
        .skip(1)
        .take_while(|l| !l.starts_with("## "))
        .filter_map(|line| {
            let cells: Vec<&str> = line
                .trim()
                .strip_prefix('|')?
                .strip_suffix('|')?
                .split('|')
                .map(|c| c.trim().trim_matches('`'))
                .collect();
            match cells.as_slice() {
                [route, composable]
                    if !route.is_empty() && !route.starts_with('-') && *route != "route" =>
                {
                    Some((route.to_string(), composable.to_string()))
                }
                _ => None,
            }
        })
        .collect()
}

/// What is wrong: routes without a row, rows naming a composable the app does not define.
pub fn check(root: &Path) -> Vec<String> {
    let mut kotlin = String::new();
    for path in crate::sources::app_sources(&[root.join("android/app/src")]) {
        kotlin.push_str(&std::fs::read_to_string(path).unwrap_or_default());
    }
    table_problems(root, "android/README.md", "screen", |composable| {
        (!kotlin.contains(&format!("fun {composable}(")))
            .then(|| format!("composable {composable} is not defined in android/app"))
    })
}

/// What is wrong with an app's `## Screens` table (`readme`, from `root`): routes of the core
/// without a row (a `drawn_by`, "screen" or "view", missing), rows whose drawer `undefined`
/// says the app lacks, rows for routes the core has no more.
pub fn table_problems(
    root: &Path,
    readme: &str,
    drawn_by: &str,
    undefined: impl Fn(&str) -> Option<String>,
) -> Vec<String> {
    let read = |p: &str| std::fs::read_to_string(root.join(p)).unwrap_or_default();
    let routes = core_routes(&read("core/src/app/route.rs"));
    let table = screen_table(&read(readme));
    let mut problems = Vec::new();
    if routes.is_empty() {
        problems.push("no `pub enum Route` found in core/src/app/route.rs".to_owned());
    }
    for route in &routes {
        match table.iter().find(|(r, _)| r == route) {
            None => problems.push(format!(
                "route {route} has no {drawn_by} in {readme}'s `## Screens` table"
            )),
            Some((_, drawer)) => {
                if let Some(problem) = undefined(drawer) {
                    problems.push(format!("route {route}: {problem}"));
                }
            }
        }
    }
    for (route, _) in &table {
        if !routes.contains(route) {
            problems.push(format!(
                "{readme} lists {route}, which the core has no more"
            ));
        }
    }
    problems
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn routes_are_read_from_the_core_and_rows_from_the_readme() {
        let route_rs = "pub enum Route {\n    FirstRun {\n        step: FirstRunStep,\n    },\n    Home,\n    /// doc\n    Applications {\n        stage: Option<Stage>,\n    },\n    Settings,\n}\n";
        assert_eq!(
            core_routes(route_rs),
            ["FirstRun", "Home", "Applications", "Settings"]
        );
        let readme = "# A\n## Screens\n| route | composable |\n|---|---|\n| Home | `HomeScreen` |\n| Settings | SettingsScreen |\n## Next\n| X | Y |\n";
        assert_eq!(
            screen_table(readme),
            [
                ("Home".to_owned(), "HomeScreen".to_owned()),
                ("Settings".to_owned(), "SettingsScreen".to_owned())
            ]
        );
    }

    #[test]
    fn a_route_without_a_screen_fails() {
        let root = std::env::temp_dir().join(format!("xtask-screens-{}", std::process::id()));
        let write = |p: &str, text: &str| {
            let path = root.join(p);
            std::fs::create_dir_all(path.parent().unwrap()).unwrap();
            std::fs::write(path, text).unwrap();
        };
        write(
            "core/src/app/route.rs",
            "pub enum Route {\n    Home,\n    Settings,\n}\n",
        );
        write(
            "android/README.md",
            "## Screens\n| route | composable |\n|---|---|\n| Home | HomeScreen |\n| Gone | GoneScreen |\n",
        );
        write(
            "android/app/src/main/kotlin/Home.kt",
            "@Composable\nfun HomeScreen(v: V) {}\n",
        );
        let problems = check(&root);
        let _ = std::fs::remove_dir_all(&root);
        assert_eq!(problems.len(), 2, "{problems:?}");
        assert!(problems[0].contains("Settings has no screen"));
        assert!(problems[1].contains("Gone"));
    }
}
