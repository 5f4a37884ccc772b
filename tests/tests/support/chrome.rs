//! Headless Chromium driven through WebDriver (Debian's chromium and chromium-driver; `cargo
//! xtask test` installs them), for the dashboard's browser tests (`browser.rs`,
//! `browser_map.rs`). Kept out of `support/mod.rs` so that only those tests build it.

use std::process::{Command, Stdio};
use std::time::Duration;

use fantoccini::{ClientBuilder, Locator};
use serde_json::json;

use crate::support::{test_skip, Coordinator};

pub const CHROMEDRIVER: &str = "/usr/bin/chromedriver";
pub const OPERATOR_PASSWORD: &str = "operator password 123";

/// The running ChromeDriver, stopped when dropped.
pub struct Driver(std::process::Child);

impl Drop for Driver {
    fn drop(&mut self) {
        let _ = self.0.kill();
        let _ = self.0.wait();
    }
}

/// One Chromium at a time: the tests of a file share the machine's cores (a file with one
/// test needs no lock).
#[allow(dead_code)]
pub static ONE_BROWSER: std::sync::Mutex<()> = std::sync::Mutex::new(());

/// Whether ChromeDriver is missing: the test is then reported as not run (and fails under CI).
pub fn chromedriver_missing() -> bool {
    if std::path::Path::new(CHROMEDRIVER).exists() {
        return false;
    }
    test_skip::cannot_run(&format!(
        "{CHROMEDRIVER} is missing (Debian: chromium chromium-driver): a browser test"
    ));
    true
}

/// ChromeDriver on a free port, and a headless Chromium in Italian driven through it, with
/// `extra_args` (how it draws: without a GPU, or WebGL through SwiftShader).
pub async fn start_browser(extra_args: &[&str]) -> (Driver, fantoccini::Client) {
    let port = std::net::TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port();
    let driver = Driver(
        Command::new(CHROMEDRIVER)
            .arg(format!("--port={port}"))
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .unwrap(),
    );
    let mut args = vec![
        "--headless=new",
        "--no-sandbox",
        "--disable-dev-shm-usage",
        "--lang=it",
    ];
    args.extend_from_slice(extra_args);
    let mut capabilities = serde_json::Map::new();
    capabilities.insert(
        "goog:chromeOptions".into(),
        // `--lang` alone does not set what headless Chromium asks for: the preference does.
        json!({"binary": "/usr/bin/chromium", "args": args, "prefs": {"intl.accept_languages": "it-IT,it"}}),
    );
    for _ in 0..50 {
        // WebDriver on 127.0.0.1 is plain HTTP: no TLS stack needed.
        match ClientBuilder::new(hyper_util::client::legacy::connect::HttpConnector::new())
            .capabilities(capabilities.clone())
            .connect(&format!("http://127.0.0.1:{port}"))
            .await
        {
            Ok(client) => return (driver, client),
            Err(_) => tokio::time::sleep(Duration::from_millis(200)).await,
        }
    }
    panic!("chromedriver answers");
}

/// Signs `user` in through the login form, from a browser with no session.
pub async fn sign_in(browser: &fantoccini::Client, base: &str, user: &str, password: &str) {
    browser.delete_all_cookies().await.unwrap();
    browser.goto(&format!("{base}/login")).await.unwrap();
    for (id, text) in [("username", user), ("password", password)] {
        browser
            .find(Locator::Id(id))
            .await
            .unwrap()
            .send_keys(text)
            .await
            .unwrap();
    }
    browser
        .find(Locator::Id("login"))
        .await
        .unwrap()
        .click()
        .await
        .unwrap();
    // The click starts a navigation: wait for the signed-in page's navigation bar.
    browser
        .wait()
        .at_most(Duration::from_secs(20))
        .for_element(Locator::Css("nav"))
        .await
        .unwrap_or_else(|e| panic!("{user} is not signed in: {e}"));
    let home = browser.source().await.unwrap();
    assert!(home.contains(user), "{user} is signed in");
}

/// Adds the account `username` with `role` to the coordinator's organisation, with
/// [`OPERATOR_PASSWORD`].
pub fn add_account(coordinator: &Coordinator, username: &str, role: &str) {
    coordinator.run(
        &[
            "user",
            "add",
            "--organisation",
            "org",
            "--username",
            username,
            "--role",
            role,
        ],
        Some(&format!("{OPERATOR_PASSWORD}\n")),
    );
}
