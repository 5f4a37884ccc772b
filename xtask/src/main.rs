//! Project tasks: `cargo xtask test` runs every test; `cargo xtask bindings` generates the
//! Kotlin and Swift bindings from the built library; `cargo xtask fuzz` runs the fuzz targets.
//!
//! Few dependencies, so that the task runner itself builds quickly.

mod browser;
mod catalogue;
mod content;
mod fuzz;
mod ios;
mod map_assets;
mod postgres;
mod schemathesis;
mod screens;
mod sources;
mod translations;

use std::env;
use std::io::{BufRead, BufReader};
use std::path::{Path, PathBuf};
use std::process::{Command, ExitCode, Stdio};

/// Debian's JNA and JUnit jars, and the packages that ship them.
const JAVA_JARS: &[(&str, &str)] = &[
    ("/usr/share/java/jna.jar", "libjna-java"),
    ("/usr/share/java/junit4.jar", "junit4"),
    ("/usr/share/java/hamcrest-core.jar", "junit4"),
];

type Result<T = ()> = std::result::Result<T, String>;

fn main() -> ExitCode {
    let args: Vec<String> = env::args().skip(1).collect();
    let result = match args.first().map(String::as_str) {
        Some("test") => test(),
        Some("bindings") => bindings().map(|_| ()),
        // Only the generated bindings and the Kotlin tests: quicker while changing the API.
        Some("kotlin") => bindings().and_then(|library| {
            let mut tally = Tally::default();
            let result = kotlin_tests(&library, &mut tally);
            println!("kotlin: {} passed, {} failed", tally.passed, tally.failed);
            result
        }),
        // Only the OpenAPI document checked from outside (schemathesis).
        Some("schemathesis") => {
            let (mut tally, mut failures) = (Tally::default(), Vec::new());
            schemathesis::run_all(&mut tally, &mut failures);
            println!(
                "schemathesis: {} passed, {} failed",
                tally.passed, tally.failed
            );
            if failures.is_empty() {
                Ok(())
            } else {
                Err(failures.join("; "))
            }
        }
        Some("size") => size(),
        Some("content") => content::run(&root(), &args[1..]),
        Some("fuzz") => fuzz::run(&root(), &args[1..]),
        Some("map-assets") => map_assets::run_map_assets(&root()),
        Some("translations") => translations::run(&root(), &args[1..]),
        Some("ios-strings") => ios::write_strings(&root()),
        _ => {
            eprintln!("usage: cargo xtask <test | bindings>\n  test      every test: Rust, the generated bindings, Kotlin on the JVM\n  bindings  generate Kotlin (android/shared) and Swift (ios/PonteCore) from the library\n  schemathesis  the sync API against its OpenAPI document, from outside\n  size      build the shipped library (release-mobile profile) and print its size\n  content check [--sign KEYFILE] [--version N] [--out FILE]\n            validate the lessons in content/lessons and, with --sign, build the signed pack\n  content app --out DIR [--region R] [--sign KEYFILE]\n            the first-run files the apps ship (dump, pack, trusted keys)\n  fuzz [SECONDS] [TARGET...]\n            run each fuzz target of fuzz/ for SECONDS (default 60) with cargo-fuzz (nightly)\n  translations [check | mark LOCALE (FILE.ftl | MESSAGE-ID)... [--from it]]\n            per locale, the app's messages machine-translated, reviewed or outdated; the\n            glossary check; recording a person's review (core/locales/README.md)\n  ios-strings  write the iOS app's InfoPlist.strings from the core's catalogue");
            return ExitCode::from(2);
        }
    };
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(message) => {
            eprintln!("xtask: {message}");
            ExitCode::FAILURE
        }
    }
}

fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .parent()
        .expect("xtask lives in the workspace")
        .to_path_buf()
}

/// Where cargo puts what it builds: `target/` unless `CARGO_TARGET_DIR` or a config says
/// otherwise, so cargo itself is asked (once).
pub(crate) fn target_dir() -> PathBuf {
    static TARGET: std::sync::OnceLock<PathBuf> = std::sync::OnceLock::new();
    TARGET
        .get_or_init(|| {
            cargo()
                .args(["metadata", "--format-version", "1", "--no-deps"])
                .output()
                .ok()
                .and_then(|out| target_directory_of(&out.stdout))
                .unwrap_or_else(|| root().join("target"))
        })
        .clone()
}

/// The `target_directory` of `cargo metadata`'s answer.
fn target_directory_of(metadata: &[u8]) -> Option<PathBuf> {
    let metadata: serde_json::Value = serde_json::from_slice(metadata).ok()?;
    metadata["target_directory"].as_str().map(PathBuf::from)
}

fn cargo() -> Command {
    let mut cmd = Command::new(env::var("CARGO").unwrap_or_else(|_| "cargo".into()));
    cmd.current_dir(root());
    cmd
}

fn run(cmd: &mut Command) -> Result {
    let status = cmd
        .status()
        .map_err(|e| format!("cannot start {:?}: {e}", cmd.get_program()))?;
    if status.success() {
        Ok(())
    } else {
        Err(format!("{:?} failed ({status})", cmd.get_program()))
    }
}

/// Tests passed and failed, added up across the runners.
#[derive(Default)]
struct Tally {
    passed: u32,
    failed: u32,
    /// Tests that could not run here and said so (never under `CI=true`, where they fail).
    skipped: u32,
    /// The failing tests' own output (libtest's `---- name stdout ----` blocks, JUnit's
    /// numbered failures), printed again after the summary: a long run's log is often read
    /// from its end.
    failure_details: Vec<String>,
}

fn test() -> Result {
    let mut tally = Tally::default();
    let mut failures = Vec::new();

    browser::ensure_chromium();
    postgres::ensure_postgres();

    // A test that cannot run here appends a line to this file (see coordinator's `cannot_run`).
    let skipped_file = target_dir().join("skipped-tests.txt");
    let _ = std::fs::remove_file(&skipped_file);

    println!("== Rust: cargo test --workspace --no-fail-fast");
    if let Err(e) = run_counting(
        // Every test binary runs even when one fails, so one run shows every failure.
        cargo()
            .args(["test", "--workspace", "--no-fail-fast"])
            .env("PONTE_SKIPPED", &skipped_file),
        &mut tally,
        parse_cargo_line,
    ) {
        failures.push(e);
    }

    println!("== Lints: rustfmt and clippy, warnings as errors; the benches build and link");
    for (name, args) in [
        ("rustfmt", &["fmt", "--all", "--", "--check"][..]),
        // The benches run on demand, not here; linked with the whole workspace's features (the
        // coordinator's SQLite is then SQLCipher), they once failed to link unnoticed.
        (
            "benches build",
            &["build", "--quiet", "--workspace", "--benches"][..],
        ),
        (
            "clippy",
            &[
                "clippy",
                "--workspace",
                "--all-targets",
                "--",
                "-D",
                "warnings",
            ][..],
        ),
    ] {
        match run(cargo().args(args)) {
            Ok(()) => {
                println!("ok   {name}");
                tally.passed += 1;
            }
            Err(e) => {
                println!("FAIL {name}");
                tally.failed += 1;
                failures.push(format!("{name}: {e}"));
            }
        }
    }

    println!("== OpenAPI: schemathesis against a started coordinator");
    schemathesis::run_all(&mut tally, &mut failures);

    println!("== Content: the shipped lessons validate and sign with the demo key");
    if let Err(e) = content::run(
        &root(),
        &[
            "check".into(),
            "--sign".into(),
            root()
                .join("content/keys/demo-signing-key.txt")
                .display()
                .to_string(),
        ],
    ) {
        failures.push(format!("content: {e}"));
    }

    println!("== Bindings: generate Kotlin and Swift from the built library");
    let library = bindings()?;

    println!("== Bindings: the contract a client sees in the generated code");
    for (name, ok) in generated_contract(&root()) {
        println!("{} {name}", if ok { "ok  " } else { "FAIL" });
        if ok {
            tally.passed += 1;
        } else {
            tally.failed += 1;
            failures.push(format!("generated bindings: {name}"));
        }
    }

    println!("== Kotlin and Swift: every file of the apps parses");
    // Each file read and parsed once; the Android and iOS checks below look at the same trees.
    let app_dirs = [root().join("android"), root().join("ios")];
    let mut android_screens = Vec::new();
    let mut ios_views = Vec::new();
    for path in sources::app_sources(&app_dirs) {
        let shown = path
            .strip_prefix(root())
            .unwrap_or(&path)
            .display()
            .to_string();
        let parsed = match sources::parse(&path) {
            Ok(parsed) => parsed,
            Err(e) => {
                tally.failed += 1;
                failures.push(e);
                continue;
            }
        };
        let errors = parsed.syntax_errors();
        if errors.is_empty() {
            println!("ok   {shown}");
            tally.passed += 1;
        } else {
            println!("FAIL {shown}");
            for error in &errors {
                println!("     {shown}:{error}");
            }
            tally.failed += 1;
            failures.push(format!("{shown} does not parse"));
        }
        if path.starts_with(root().join("android/app/src")) {
            android_screens.push((shown, parsed));
        } else if path.starts_with(root().join("ios/App")) {
            ios_views.push((shown, parsed));
        }
    }
    let mut file_check = |found: Vec<String>, shown: &str, why: &str, failure: &str| {
        if found.is_empty() {
            tally.passed += 1;
        } else {
            for problem in &found {
                println!("FAIL {shown}:{problem}{why}");
            }
            tally.failed += 1;
            failures.push(format!("{shown} {failure}"));
        }
    };

    println!("== Android: no composable shows words of its own");
    for (shown, parsed) in &android_screens {
        file_check(
            sources::literal_texts(parsed),
            shown,
            ": a text a person reads must come from the core",
            "shows words of its own",
        );
    }

    println!("== Android: text reflows at 200% font scale (no fixed heights, no maxLines)");
    for (shown, parsed) in &android_screens {
        file_check(
            sources::fixed_text_boxes(parsed),
            shown,
            "",
            "keeps large text from growing",
        );
    }

    println!("== iOS: no SwiftUI view shows words of its own");
    for (shown, parsed) in &ios_views {
        file_check(
            ios::literal_texts(parsed),
            shown,
            ": a text a person reads must come from the core",
            "shows words of its own",
        );
    }

    // A whole-repository check: its problems, what passing means, what failing is called.
    let mut repository_check = |problems: Vec<String>, passed: &str, failure: &str| {
        for problem in &problems {
            println!("FAIL {problem}");
        }
        if problems.is_empty() {
            println!("ok   {passed}");
            tally.passed += 1;
        } else {
            tally.failed += 1;
            failures.push(failure.into());
        }
    };

    println!("== Android: every route of the app core has a screen (android/README.md)");
    repository_check(
        screens::check(&root()),
        "every route has its composable",
        "routes without a screen",
    );

    println!("== iOS: every route of the app core has a view (ios/README.md)");
    let views: Vec<String> = ios_views
        .iter()
        .flat_map(|(_, parsed)| ios::swiftui_views(parsed))
        .collect();
    repository_check(
        ios::screen_problems(&root(), &views),
        "every route has its view",
        "routes without an iOS view",
    );

    println!("== iOS: InfoPlist.strings are the catalogue's permission texts");
    repository_check(
        ios::strings_problems(&root()),
        "every language of the catalogue",
        "InfoPlist.strings out of date",
    );

    println!("== Kotlin on the JVM against {}", library.display());
    if let Err(e) = kotlin_tests(&library, &mut tally) {
        failures.push(e);
    }

    let skipped = std::fs::read_to_string(&skipped_file).unwrap_or_default();
    tally.skipped = skipped.lines().count() as u32;
    if tally.skipped > 0 {
        println!("== skipped: could not run here");
        for line in skipped.lines() {
            println!("skip {line}");
        }
    }
    println!(
        "\nall runners: {} passed, {} failed, {} skipped",
        tally.passed, tally.failed, tally.skipped
    );
    if !tally.failure_details.is_empty() {
        println!("== what the failing tests printed");
        for line in &tally.failure_details {
            println!("{line}");
        }
    }
    if failures.is_empty() && tally.failed == 0 {
        Ok(())
    } else {
        Err(failures.join("; "))
    }
}

/// Runs `cmd`, echoing its output, and adds the counts its summary lines report.
fn run_counting(
    cmd: &mut Command,
    tally: &mut Tally,
    parse: fn(&str) -> Option<(u32, u32)>,
) -> Result {
    let mut child = cmd
        .stdout(Stdio::piped())
        .spawn()
        .map_err(|e| format!("cannot start {:?}: {e}", cmd.get_program()))?;
    let stdout = child.stdout.take().expect("piped");
    let mut in_failure = false;
    for line in BufReader::new(stdout).lines() {
        let line = line.map_err(|e| e.to_string())?;
        println!("{line}");
        // libtest: from `---- name stdout ----` to the `failures:` list of names; JUnit: from
        // `1) name` to the next blank line after the stack.
        if line.starts_with("---- ") && line.ends_with(" ----") || is_junit_failure_heading(&line) {
            in_failure = true;
        } else if line == "failures:" || line.starts_with("FAILURES!!!") {
            in_failure = false;
        }
        if in_failure && tally.failure_details.len() < MAX_FAILURE_LINES {
            tally.failure_details.push(line.clone());
        }
        if let Some((passed, failed)) = parse(&line) {
            tally.passed += passed;
            tally.failed += failed;
        }
    }
    let status = child.wait().map_err(|e| e.to_string())?;
    if status.success() {
        Ok(())
    } else {
        Err(format!("{:?} failed ({status})", cmd.get_program()))
    }
}

/// At most this many lines of failing tests' output are printed again at the end.
const MAX_FAILURE_LINES: usize = 400;

/// JUnit's `1) testName(org.ponte.shared.AppTest)`.
fn is_junit_failure_heading(line: &str) -> bool {
    line.split_once(") ").is_some_and(|(number, rest)| {
        !number.is_empty()
            && number.bytes().all(|b| b.is_ascii_digit())
            && rest.ends_with(')')
            && rest.contains('(')
    })
}

/// `test result: ok. 40 passed; 0 failed; ...`
fn parse_cargo_line(line: &str) -> Option<(u32, u32)> {
    let rest = line.strip_prefix("test result: ")?;
    let number_before = |word: &str| -> Option<u32> {
        let end = rest.find(word)?;
        rest[..end]
            .trim_end()
            .rsplit(|c: char| !c.is_ascii_digit())
            .next()?
            .parse()
            .ok()
    };
    Some((number_before(" passed")?, number_before(" failed")?))
}

/// JUnit's `OK (7 tests)` or `Tests run: 7,  Failures: 2`.
fn parse_junit_line(line: &str) -> Option<(u32, u32)> {
    if let Some(rest) = line.strip_prefix("OK (") {
        let n = rest.split_whitespace().next()?.parse().ok()?;
        return Some((n, 0));
    }
    let rest = line.strip_prefix("Tests run: ")?;
    let (run, failures) = rest.split_once(",")?;
    let run: u32 = run.trim().parse().ok()?;
    let failed: u32 = failures
        .trim()
        .strip_prefix("Failures: ")?
        .trim()
        .parse()
        .ok()?;
    Some((run.saturating_sub(failed), failed))
}

/// Builds the library and generates the bindings; returns the library's path.
fn bindings() -> Result<PathBuf> {
    run(cargo().args(["build", "--quiet", "-p", "ponte-ffi"]))?;
    let root = root();
    let library = target_dir().join("debug").join(format!(
        "{}ponte_ffi{}",
        env::consts::DLL_PREFIX,
        env::consts::DLL_SUFFIX
    ));
    let targets = [
        ("kotlin", root.join("android/shared/src/generated/kotlin")),
        ("swift", root.join("ios/PonteCore/Generated")),
    ];
    for (language, out_dir) in targets {
        // Start clean so a type removed from the library does not linger in the bindings.
        let _ = std::fs::remove_dir_all(&out_dir);
        run(cargo()
            .args([
                "run",
                "--quiet",
                "-p",
                "ponte-ffi",
                "--bin",
                "uniffi-bindgen",
                "--",
                "generate",
                "--no-format",
                "--library",
            ])
            .arg(&library)
            .args(["--language", language, "--out-dir"])
            .arg(&out_dir))?;
        println!(
            "generated {language} bindings in {}",
            out_dir.strip_prefix(&root).unwrap_or(&out_dir).display()
        );
    }
    arrange_swift(&root.join("ios/PonteCore"))?;
    Ok(library)
}

/// What a client written against the generated bindings alone must be able to see: instants
/// as the platform's own type, and the field documentation of the core's records.
fn generated_contract(root: &Path) -> Vec<(&'static str, bool)> {
    let read = |path: &str| std::fs::read_to_string(root.join(path)).unwrap_or_default();
    let kotlin = read("android/shared/src/generated/kotlin/org/ponte/core/ponte_core.kt");
    let swift = read("ios/PonteCore/Sources/PonteCore/Generated/PonteCoreTypes.swift");
    // A field's doc comment, as written in core/src/diary/agenda.rs.
    let zone_doc = "The IANA time zone whose midnights start the person's days";
    vec![
        (
            "Kotlin instants are java.time.Instant",
            kotlin.contains("typealias Timestamp = java.time.Instant"),
        ),
        (
            "Swift instants are Date",
            swift.contains("public typealias Timestamp = Date"),
        ),
        ("Kotlin records carry field docs", kotlin.contains(zone_doc)),
        ("Swift records carry field docs", swift.contains(zone_doc)),
        (
            "Kotlin input errors name a typed field",
            kotlin.contains("class InvalidInput(") && kotlin.contains("val `field`: Field"),
        ),
        (
            "Swift: no async callback interface that fails Swift 6 (uniffi-rs #2929)",
            ios::async_callbacks_fit_swift6(&ios::generated_swift(root)),
        ),
    ]
}

/// Moves the generated Swift sources into the package's target and the C headers beside the
/// module map that the XCFramework build uses.
fn arrange_swift(package: &Path) -> Result {
    let generated = package.join("Generated");
    let sources = package.join("Sources/PonteCore/Generated");
    let headers = generated.join("include");
    let _ = std::fs::remove_dir_all(&sources);
    std::fs::create_dir_all(&sources).map_err(|e| e.to_string())?;
    std::fs::create_dir_all(&headers).map_err(|e| e.to_string())?;
    let mut modulemap = String::new();
    for entry in std::fs::read_dir(&generated).map_err(|e| e.to_string())? {
        let path = entry.map_err(|e| e.to_string())?.path();
        let name = path
            .file_name()
            .and_then(|n| n.to_str())
            .unwrap_or_default()
            .to_owned();
        if name.ends_with(".swift") {
            std::fs::rename(&path, sources.join(&name)).map_err(|e| e.to_string())?;
        } else if name.ends_with(".h") {
            std::fs::rename(&path, headers.join(&name)).map_err(|e| e.to_string())?;
        } else if name.ends_with(".modulemap") {
            modulemap.push_str(&std::fs::read_to_string(&path).map_err(|e| e.to_string())?);
            // One module per crate, each on its own lines.
            modulemap.push('\n');
            std::fs::remove_file(&path).map_err(|e| e.to_string())?;
        }
    }
    std::fs::write(headers.join("module.modulemap"), modulemap).map_err(|e| e.to_string())
}

/// Builds the library as the Android app ships it and prints its size: the `release-mobile`
/// profile, only the shared library (`--crate-type cdylib`: built together with the rlib and
/// the staticlib it came out 2 MB larger) and its relocations packed (the app's
/// `--pack-dyn-relocs=android`; here the host linker's `-z pack-relative-relocs`, the same idea).
fn size() -> Result {
    let mut build = cargo();
    build.args([
        "rustc",
        "--quiet",
        "-p",
        "ponte-ffi",
        "--lib",
        "--crate-type",
        "cdylib",
        "--profile",
        "release-mobile",
    ]);
    if cfg!(target_os = "linux") {
        build.args(["--", "-C", "link-arg=-Wl,-z,pack-relative-relocs"]);
    }
    run(&mut build)?;
    let name = format!(
        "{}ponte_ffi{}",
        env::consts::DLL_PREFIX,
        env::consts::DLL_SUFFIX
    );
    let path = target_dir().join("release-mobile").join(&name);
    let bytes = std::fs::metadata(&path)
        .map_err(|e| format!("{name}: {e}"))?
        .len();
    // What a download carries: the store compresses the bundle.
    let compressed = Command::new("gzip")
        .args(["-9", "-c"])
        .arg(&path)
        .output()
        .map_err(|e| format!("gzip: {e}"))?
        .stdout
        .len();
    println!(
        "{name}: {bytes} bytes ({:.2} MiB, {:.2} MB); gzip -9: {compressed} bytes ({:.2} MiB)",
        bytes as f64 / 1_048_576.0,
        bytes as f64 / 1_000_000.0,
        compressed as f64 / 1_048_576.0
    );
    Ok(())
}

fn cache_dir() -> PathBuf {
    if let Some(dir) = env::var_os("PONTE_CACHE") {
        return PathBuf::from(dir);
    }
    let base = env::var_os("XDG_CACHE_HOME")
        .map(PathBuf::from)
        .or_else(|| env::var_os("HOME").map(|h| PathBuf::from(h).join(".cache")))
        .unwrap_or_else(env::temp_dir);
    base.join("ponte")
}

fn have(program: &str, arg: &str) -> bool {
    Command::new(program)
        .arg(arg)
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .status()
        .is_ok_and(|s| s.success())
}

/// kotlinc at the version catalogue's `kotlin`, installed from npm into the cache when
/// missing; returns its `lib` folder too.
fn kotlin_compiler() -> Result<(PathBuf, PathBuf)> {
    let version = catalogue::version(&root(), "kotlin")?;
    let prefix = cache_dir().join(format!("kotlin-{version}"));
    let home = prefix.join("node_modules/kotlin-compiler");
    let kotlinc = home.join("bin/kotlinc");
    if !kotlinc.exists() {
        if !have("npm", "--version") {
            return Err(
                "kotlinc is missing and npm is not installed to fetch it: install Node.js and npm"
                    .into(),
            );
        }
        std::fs::create_dir_all(&prefix).map_err(|e| e.to_string())?;
        println!(
            "installing kotlin-compiler@{version} from npm into {}",
            prefix.display()
        );
        run(Command::new("npm")
            .args(["install", "--no-audit", "--no-fund", "--prefix"])
            .arg(&prefix)
            .arg(format!("kotlin-compiler@{version}")))?;
    }
    Ok((kotlinc, home.join("lib")))
}

/// The coroutines that kotlinc ships and Debian's JNA must be the catalogue's, or the JVM tests
/// would test other versions than the app builds with.
fn check_catalogue_versions(kotlin_lib: &Path, jna_jar: &Path) -> Result {
    let root = root();
    let coroutines = catalogue::version(&root, "coroutines")?;
    let shipped = catalogue::jar_entry(
        &kotlin_lib.join("kotlinx-coroutines-core-jvm.jar"),
        "META-INF/kotlinx_coroutines_core.version",
    )?;
    if shipped.trim() != coroutines {
        return Err(format!(
            "the catalogue's coroutines is {coroutines}, the kotlinc of its `kotlin` ships {}: make them agree",
            shipped.trim()
        ));
    }
    let jna = catalogue::version(&root, "jna-jvm")?;
    let manifest = catalogue::jar_entry(jna_jar, "META-INF/MANIFEST.MF")?;
    let debian = catalogue::manifest_version(&manifest).unwrap_or_default();
    if debian != jna {
        return Err(format!(
            "the catalogue's jna-jvm is {jna}, {} is {debian}: make them agree",
            jna_jar.display()
        ));
    }
    println!("versions from the catalogue: coroutines {coroutines}, JNA (JVM) {jna}");
    Ok(())
}

fn apt_install(packages: &[&str]) -> Result {
    println!("installing {packages:?} with apt-get");
    run(Command::new("apt-get").args(["update", "-qq"]))?;
    run(Command::new("apt-get")
        .args(["install", "-y", "-qq"])
        .args(packages)
        .env("DEBIAN_FRONTEND", "noninteractive"))
}

/// Debian's JNA and JUnit jars, installed with apt when missing and possible.
fn java_jars() -> Result<Vec<PathBuf>> {
    let missing: Vec<&str> = JAVA_JARS
        .iter()
        .filter(|(jar, _)| !Path::new(jar).exists())
        .map(|(_, package)| *package)
        .collect();
    if !missing.is_empty() {
        let can_apt = have("apt-get", "--version")
            && Command::new("id")
                .arg("-u")
                .output()
                .is_ok_and(|o| o.stdout.starts_with(b"0"));
        if !can_apt {
            return Err(format!(
                "missing Java packages {missing:?}: install them with `sudo apt-get install {}`",
                missing.join(" ")
            ));
        }
        apt_install(&missing)?;
    }
    Ok(JAVA_JARS
        .iter()
        .map(|(jar, _)| PathBuf::from(jar))
        .collect())
}

fn kotlin_tests(library: &Path, tally: &mut Tally) -> Result {
    if !have("java", "-version") {
        return Err(
            "java is missing: install a JDK 17 or newer (Debian: openjdk-17-jdk-headless)".into(),
        );
    }
    let (kotlinc, kotlin_lib) = kotlin_compiler()?;
    let mut classpath = java_jars()?;
    check_catalogue_versions(&kotlin_lib, Path::new(JAVA_JARS[0].0))?;
    for jar in [
        "kotlin-stdlib.jar",
        "kotlin-test.jar",
        "kotlin-test-junit.jar",
        "kotlinx-coroutines-core-jvm.jar",
    ] {
        classpath.push(kotlin_lib.join(jar));
    }
    let module = root().join("android/shared");
    let classes = target_dir().join("kotlin/shared-classes");
    let _ = std::fs::remove_dir_all(&classes);
    let joined = env::join_paths(&classpath).map_err(|e| e.to_string())?;
    run(Command::new(&kotlinc)
        .args(["-nowarn", "-jvm-target", "17", "-cp"])
        .arg(&joined)
        .arg(module.join("src/main/kotlin"))
        .arg(module.join("src/generated/kotlin"))
        .arg(module.join("src/test/kotlin"))
        .arg("-d")
        .arg(&classes))?;

    // A small signed pack with known answers for the lesson tests.
    let demo_key = content::read_key(&root().join("content/keys/demo-signing-key.txt"))?;
    let course: ponte_wire::lessons::Course = serde_json::from_str(
        &std::fs::read_to_string(root().join("core/tests/fixtures/mini-course.json"))
            .map_err(|e| e.to_string())?,
    )
    .map_err(|e| e.to_string())?;
    let curriculum = ponte_wire::pack::Curriculum {
        courses: vec![course],
    };
    let mini_pack = target_dir().join("kotlin/mini.pack");
    std::fs::create_dir_all(target_dir().join("kotlin")).map_err(|e| e.to_string())?;
    std::fs::write(
        &mini_pack,
        ponte_wire::pack::build("mini", 1, &curriculum, &Default::default(), &demo_key, true),
    )
    .map_err(|e| e.to_string())?;

    // The first-run files the Android app ships, made as its build makes them: the journeys
    // install the same Bologna dump.
    let app_content = target_dir().join("kotlin/app-content");
    content::app_content(&root(), "bologna", &demo_key, &app_content)?;
    let dump = app_content.join("directory.dump");

    // A real coordinator with a tutor, for the sync test.
    let coordinator = TestCoordinator::start()?;

    let tests = test_classes(&module.join("src/test/kotlin"))?;
    classpath.insert(0, classes);
    let joined = env::join_paths(&classpath).map_err(|e| e.to_string())?;
    let library_dir = library.parent().expect("library in a folder");
    run_counting(
        Command::new("java")
            .arg(format!("-Djna.library.path={}", library_dir.display()))
            .arg(format!("-Dponte.miniPack={}", mini_pack.display()))
            .arg(format!("-Dponte.bolognaDump={}", dump.display()))
            .arg(format!("-Dponte.coordinator={}", coordinator.base))
            .arg(format!(
                "-Dponte.tutorPassword={}",
                TestCoordinator::PASSWORD
            ))
            .arg(format!(
                "-Dponte.demoPublicKey={}",
                ponte_wire::pack::public_key_to_base64(&demo_key.verifying_key())
            ))
            .arg("-cp")
            .arg(&joined)
            .arg("org.junit.runner.JUnitCore")
            .args(&tests),
        tally,
        parse_junit_line,
    )
}

/// A coordinator process for the Kotlin sync test: its own SQLite file, one organisation in
/// Bologna with the demo services and a tutor. Stopped when dropped.
struct TestCoordinator {
    base: String,
    child: std::process::Child,
    _dir: PathBuf,
}

impl TestCoordinator {
    const PASSWORD: &'static str = "kotlin tutor password";

    fn start() -> Result<TestCoordinator> {
        run(cargo().args(["build", "--quiet", "-p", "ponte-coordinator"]))?;
        let binary = target_dir().join("debug/ponte-coordinator");
        let dir = target_dir().join("kotlin/coordinator");
        let _ = std::fs::remove_dir_all(&dir);
        std::fs::create_dir_all(&dir).map_err(|e| e.to_string())?;
        let url = format!(
            "sqlite://{}?mode=rwc",
            dir.join("coordinator.sqlite").display()
        );
        let step = |args: &[&str], input: Option<&str>| -> Result {
            use std::io::Write;
            let mut child = Command::new(&binary)
                .args(args)
                .env("PONTE_DATABASE_URL", &url)
                .stdin(std::process::Stdio::piped())
                .stdout(std::process::Stdio::null())
                .spawn()
                .map_err(|e| e.to_string())?;
            if let Some(input) = input {
                child
                    .stdin
                    .take()
                    .expect("piped")
                    .write_all(input.as_bytes())
                    .map_err(|e| e.to_string())?;
            }
            match child.wait() {
                Ok(status) if status.success() => Ok(()),
                _ => Err(format!("ponte-coordinator {args:?} failed")),
            }
        };
        step(
            &[
                "organisation",
                "--id",
                "org",
                "--name",
                "Org",
                "--region",
                "bologna",
            ],
            None,
        )?;
        step(
            &[
                "user",
                "add",
                "--organisation",
                "org",
                "--username",
                "tutor",
                "--role",
                "tutor",
            ],
            Some(&format!("{}\n", Self::PASSWORD)),
        )?;
        let csv = root().join("content/territory/bologna.csv");
        step(
            &[
                "import",
                "--format",
                "csv",
                "--region",
                "bologna",
                "--city",
                "Bologna",
                &csv.display().to_string(),
            ],
            None,
        )?;
        // The demo's national guides, which every region's phones sync.
        let guides = root().join("content/guides/national.json");
        step(&["guides", &guides.display().to_string()], None)?;
        let port = std::net::TcpListener::bind("127.0.0.1:0")
            .and_then(|l| l.local_addr())
            .map_err(|e| e.to_string())?
            .port();
        let child = Command::new(&binary)
            .args(["serve", "--listen", &format!("127.0.0.1:{port}")])
            .env("PONTE_DATABASE_URL", &url)
            .env("RUST_LOG", "warn")
            .stdout(std::process::Stdio::null())
            .spawn()
            .map_err(|e| e.to_string())?;
        for _ in 0..100 {
            if std::net::TcpStream::connect(("127.0.0.1", port)).is_ok() {
                return Ok(TestCoordinator {
                    base: format!("http://127.0.0.1:{port}"),
                    child,
                    _dir: dir,
                });
            }
            std::thread::sleep(std::time::Duration::from_millis(100));
        }
        Err("the test coordinator did not start".into())
    }
}

impl Drop for TestCoordinator {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

/// The test classes: every `*Test.kt` under `dir`, named by its path.
fn test_classes(dir: &Path) -> Result<Vec<String>> {
    let mut found = Vec::new();
    let mut stack = vec![dir.to_path_buf()];
    while let Some(folder) = stack.pop() {
        for entry in std::fs::read_dir(&folder).map_err(|e| e.to_string())? {
            let path = entry.map_err(|e| e.to_string())?.path();
            if path.is_dir() {
                stack.push(path);
            } else if path
                .file_name()
                .and_then(|n| n.to_str())
                .is_some_and(|n| n.ends_with("Test.kt"))
            {
                let relative = path
                    .strip_prefix(dir)
                    .map_err(|e| e.to_string())?
                    .with_extension("");
                found.push(relative.to_string_lossy().replace('/', "."));
            }
        }
    }
    found.sort();
    if found.is_empty() {
        return Err(format!("no Kotlin tests under {}", dir.display()));
    }
    Ok(found)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_target_directory_is_cargos_own_answer() {
        let answer = br#"{"packages":[],"target_directory":"/elsewhere/target","version":1}"#;
        assert_eq!(
            target_directory_of(answer),
            Some(PathBuf::from("/elsewhere/target"))
        );
        assert_eq!(target_directory_of(b"not json"), None);
        // Asked of cargo here, it is where this very build is.
        let exe = std::env::current_exe().unwrap();
        assert!(
            exe.starts_with(target_dir()),
            "{} outside {}",
            exe.display(),
            target_dir().display()
        );
    }

    #[test]
    fn summary_lines_are_read() {
        assert_eq!(
            parse_cargo_line("test result: ok. 40 passed; 0 failed; 0 ignored; 0 measured"),
            Some((40, 0))
        );
        assert_eq!(
            parse_cargo_line("test result: FAILED. 38 passed; 2 failed; 0 ignored"),
            Some((38, 2))
        );
        assert_eq!(parse_junit_line("OK (7 tests)"), Some((7, 0)));
        assert_eq!(parse_junit_line("Tests run: 7,  Failures: 2"), Some((5, 2)));
        assert_eq!(parse_junit_line("Time: 0.5"), None);
    }

    #[test]
    fn what_a_failing_test_printed_is_kept_for_the_end_of_the_log() {
        let output = "test a ... ok\ntest b ... FAILED\n\nfailures:\n\n---- b stdout ----\n\
            thread 'b' panicked at src/b.rs:3:5:\nleft: 1\n\nfailures:\n    b\n\n\
            test result: FAILED. 1 passed; 1 failed; 0 ignored\n";
        let mut tally = Tally::default();
        let result = run_counting(
            Command::new("printf").arg("%b").arg(output),
            &mut tally,
            parse_cargo_line,
        );
        assert!(result.is_ok());
        assert_eq!((tally.passed, tally.failed), (1, 1));
        assert_eq!(
            tally.failure_details,
            [
                "---- b stdout ----",
                "thread 'b' panicked at src/b.rs:3:5:",
                "left: 1",
                ""
            ]
        );
        assert!(is_junit_failure_heading(
            "1) aJourney(org.ponte.shared.AppTest)"
        ));
        assert!(!is_junit_failure_heading("Time: 5.52"));
    }
}
