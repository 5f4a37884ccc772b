//! The dashboard in a real browser: headless Chromium driven through WebDriver (Debian's
//! chromium and chromium-driver; `cargo xtask test` installs them). An operator signs in and
//! edits a service; a tutor adds a beneficiary and makes a pairing code; a phone pairs with it
//! and shares an application; the tutor's page shows it.

mod support;

use std::process::{Command, Stdio};
use std::time::Duration;

use fantoccini::{ClientBuilder, Locator};
use serde_json::json;
use support::{Coordinator, TUTOR_PASSWORD};

const CHROMEDRIVER: &str = "/usr/bin/chromedriver";
const OPERATOR_PASSWORD: &str = "operator password 123";

struct Driver(std::process::Child);

impl Drop for Driver {
    fn drop(&mut self) {
        let _ = self.0.kill();
        let _ = self.0.wait();
    }
}

async fn sign_in(browser: &fantoccini::Client, base: &str, user: &str, password: &str) {
    browser.delete_all_cookies().await.unwrap();
    browser.goto(&format!("{base}/login")).await.unwrap();
    browser
        .find(Locator::Id("username"))
        .await
        .unwrap()
        .send_keys(user)
        .await
        .unwrap();
    browser
        .find(Locator::Id("password"))
        .await
        .unwrap()
        .send_keys(password)
        .await
        .unwrap();
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

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn operator_edits_a_service_and_tutor_sees_a_shared_diary() {
    if !std::path::Path::new(CHROMEDRIVER).exists() {
        eprintln!("{CHROMEDRIVER} is missing (Debian: chromium chromium-driver): the browser test is skipped");
        return;
    }
    let coordinator = Coordinator::start().await;
    coordinator.run(
        &[
            "user",
            "add",
            "--organisation",
            "org",
            "--username",
            "operator",
            "--role",
            "operator",
        ],
        Some(&format!("{OPERATOR_PASSWORD}\n")),
    );
    let base = coordinator.base();
    let port = std::net::TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port();
    let _driver = Driver(
        Command::new(CHROMEDRIVER)
            .arg(format!("--port={port}"))
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .unwrap(),
    );
    let mut capabilities = serde_json::Map::new();
    capabilities.insert(
        "goog:chromeOptions".into(),
        json!({"binary": "/usr/bin/chromium", "args": ["--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--lang=it"]}),
    );
    let mut browser = None;
    for _ in 0..50 {
        // WebDriver on 127.0.0.1 is plain HTTP: no TLS stack needed.
        match ClientBuilder::new(hyper_util::client::legacy::connect::HttpConnector::new())
            .capabilities(capabilities.clone())
            .connect(&format!("http://127.0.0.1:{port}"))
            .await
        {
            Ok(client) => {
                browser = Some(client);
                break;
            }
            Err(_) => tokio::time::sleep(Duration::from_millis(200)).await,
        }
    }
    let browser = browser.expect("chromedriver answers");

    // The operator renames a service in Italian.
    sign_in(&browser, &base, "operator", OPERATOR_PASSWORD).await;
    browser
        .goto(&format!("{base}/services/bo-questura"))
        .await
        .unwrap();
    let name = browser
        .find(Locator::Css("input[name=name_it]"))
        .await
        .unwrap();
    name.clear().await.unwrap();
    name.send_keys("Questura – Ufficio immigrazione")
        .await
        .unwrap();
    browser
        .find(Locator::Id("save"))
        .await
        .unwrap()
        .click()
        .await
        .unwrap();
    // The form posts and the page reloads; the phones see the new name once it is saved.
    let mut renamed = false;
    for _ in 0..100 {
        let changes: serde_json::Value = reqwest::get(format!(
            "{base}/api/v1/content/changes?region=bologna&limit=1000"
        ))
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
        renamed = changes["changes"].as_array().unwrap().iter().any(|c| {
            c["service"]["texts"]
                .to_string()
                .contains("Questura – Ufficio immigrazione")
        });
        if renamed {
            break;
        }
        tokio::time::sleep(Duration::from_millis(200)).await;
    }
    assert!(renamed, "the phones get the new name");

    // The tutor adds a beneficiary and makes a pairing code.
    sign_in(&browser, &base, "tutor", TUTOR_PASSWORD).await;
    browser
        .goto(&format!("{base}/beneficiaries"))
        .await
        .unwrap();
    browser
        .find(Locator::Id("nickname"))
        .await
        .unwrap()
        .send_keys("Amina")
        .await
        .unwrap();
    browser
        .find(Locator::Id("languages"))
        .await
        .unwrap()
        .send_keys("ar, it")
        .await
        .unwrap();
    browser
        .find(Locator::Id("add-beneficiary"))
        .await
        .unwrap()
        .click()
        .await
        .unwrap();
    // The click starts a navigation: wait for the new beneficiary's page.
    browser
        .wait()
        .at_most(Duration::from_secs(20))
        .for_element(Locator::Id("new-code"))
        .await
        .unwrap();
    let beneficiary_page = browser.current_url().await.unwrap().to_string();
    assert!(
        beneficiary_page.contains("/beneficiaries/ben-"),
        "{beneficiary_page}"
    );
    browser
        .find(Locator::Id("new-code"))
        .await
        .unwrap()
        .click()
        .await
        .unwrap();
    let code = browser
        .wait()
        .at_most(Duration::from_secs(20))
        .for_element(Locator::Id("pairing-code"))
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    assert_eq!(code.len(), 9, "{code}");
    assert!(
        browser.source().await.unwrap().contains("<svg"),
        "the code as a QR code"
    );

    // A phone pairs with the code and shares an application.
    let http = reqwest::Client::new();
    let paired: serde_json::Value = http
        .post(format!("{base}/api/v1/pair"))
        .json(&json!({"code": code, "device_name": "Telefono di Amina"}))
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    let token = paired["device_token"].as_str().unwrap();
    let pushed: serde_json::Value = http
        .post(format!("{base}/api/v1/push"))
        .bearer_auth(token)
        .json(&json!({"operations": [
            {"id": "c1", "change": {"type": "consent", "category": "diary", "granted": true}},
            {"id": "a1", "change": {"type": "record", "record": {"kind": "application", "id": "app-1",
                "fields": {"employer": {"value": "Hotel Roma", "at": "1.0.7"}, "stage": {"value": "interview", "at": "1.0.7"}}}}}
        ]}))
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    assert_eq!(pushed["results"][1]["status"], "applied");

    // The tutor's page shows the shared diary and the phone.
    browser.goto(&beneficiary_page).await.unwrap();
    let shared = browser
        .find(Locator::Id("shared"))
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    assert!(shared.contains("Hotel Roma"), "{shared}");
    assert!(browser
        .source()
        .await
        .unwrap()
        .contains("Telefono di Amina"));
    browser.close().await.unwrap();
}
