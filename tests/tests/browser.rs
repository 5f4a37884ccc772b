//! The dashboard in a real browser: headless Chromium driven through WebDriver (Debian's
//! chromium and chromium-driver; `cargo xtask test` installs them). An operator signs in and
//! edits a service; a tutor adds a beneficiary and makes a pairing code; a phone pairs with it
//! and shares an application; the tutor's page shows it. An operator writes a guide, its
//! preview following the typing, and publishes it; a tutor reads an operators' script.
//! Every page, as each role, passes axe-core at desktop and phone widths, and is photographed.

#[path = "support/chrome.rs"]
mod chrome;
mod support;

use std::process::{Command, Stdio};
use std::time::Duration;

use fantoccini::Locator;
use serde_json::json;
use support::{Coordinator, TUTOR_PASSWORD};

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
#[allow(clippy::await_holding_lock)]
async fn operator_edits_a_service_and_tutor_sees_a_shared_diary() {
    if chrome::chromedriver_missing() {
        return;
    }
    let coordinator = Coordinator::start().await;
    chrome::add_account(&coordinator, "operator", "operator");
    let base = coordinator.base();
    let _one_at_a_time = chrome::ONE_BROWSER
        .lock()
        .unwrap_or_else(|e| e.into_inner());
    let (_driver, browser) = chrome::start_browser(&["--disable-gpu"]).await;

    // The operator renames a service in Italian.
    chrome::sign_in(&browser, &base, "operator", chrome::OPERATOR_PASSWORD).await;
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
    chrome::sign_in(&browser, &base, "tutor", TUTOR_PASSWORD).await;
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

/// The text of an element's inside, waited for until it contains `wanted`.
async fn wait_for_text(browser: &fantoccini::Client, id: &str, wanted: &str) -> String {
    let mut html = String::new();
    for _ in 0..100 {
        if let Ok(element) = browser.find(Locator::Id(id)).await {
            html = element.html(true).await.unwrap_or_default();
            if html.contains(wanted) {
                return html;
            }
        }
        tokio::time::sleep(Duration::from_millis(200)).await;
    }
    panic!("#{id} never contained {wanted:?}: {html}");
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
#[allow(clippy::await_holding_lock)]
async fn operator_writes_a_guide_with_a_live_preview_and_a_tutor_reads_a_script() {
    if chrome::chromedriver_missing() {
        return;
    }
    let coordinator = Coordinator::start().await;
    chrome::add_account(&coordinator, "operator", "operator");
    let text = |title: &str, body: &str| json!({"language": "it", "title": title, "body": body, "provenance": "original", "source_version": 1});
    let guides = json!([
        {"id": "documenti", "version": 1, "source_language": "it",
         "texts": [text("Documenti", "I documenti per lavorare.")]},
        {"id": "copione-rinnovo", "version": 1, "visibility": "operators", "source_language": "it",
         "texts": [text("Rispondere sul rinnovo", "Chiedi **la data di scadenza** del permesso.")]}
    ]);
    let file = coordinator.dir.path().join("guides.json");
    std::fs::write(&file, guides.to_string()).unwrap();
    coordinator.run(&["guides", file.to_str().unwrap()], None);
    let base = coordinator.base();
    let _one_at_a_time = chrome::ONE_BROWSER
        .lock()
        .unwrap_or_else(|e| e.into_inner());
    let (_driver, browser) = chrome::start_browser(&["--disable-gpu"]).await;

    // The operator writes a new guide under "Documenti": the preview follows the typing.
    chrome::sign_in(&browser, &base, "operator", chrome::OPERATOR_PASSWORD).await;
    browser
        .goto(&format!("{base}/guides/new?parent=documenti"))
        .await
        .unwrap();
    browser
        .find(Locator::Id("id"))
        .await
        .unwrap()
        .send_keys("codice-fiscale")
        .await
        .unwrap();
    browser
        .find(Locator::Id("title_it"))
        .await
        .unwrap()
        .send_keys("Il codice fiscale")
        .await
        .unwrap();
    browser
        .find(Locator::Id("body_it"))
        .await
        .unwrap()
        .send_keys("# Dove\n\nChiama il 051 123 4567 per **prenotare**.")
        .await
        .unwrap();
    let preview = wait_for_text(&browser, "preview", "<strong>prenotare</strong>").await;
    assert!(preview.contains("<h4>Dove</h4>"), "{preview}");
    assert!(preview.contains("class=\"phone\""), "{preview}");
    assert!(preview.contains("Il codice fiscale"), "{preview}");
    // Something outside the subset shows its problem while typing; removed, the preview is back.
    let body = browser.find(Locator::Id("body_it")).await.unwrap();
    body.send_keys("\n\n<b>no</b>").await.unwrap();
    wait_for_text(&browser, "preview", "preview-error").await;
    body.clear().await.unwrap();
    body.send_keys("# Dove\n\nChiama il 051 123 4567 per **prenotare**.")
        .await
        .unwrap();
    wait_for_text(&browser, "preview", "<strong>prenotare</strong>").await;
    browser
        .find(Locator::Id("save"))
        .await
        .unwrap()
        .click()
        .await
        .unwrap();
    // Saved, not published yet; published, the phones get it.
    browser
        .wait()
        .at_most(Duration::from_secs(20))
        .for_element(Locator::Id("publish"))
        .await
        .unwrap();
    browser
        .find(Locator::Id("publish"))
        .await
        .unwrap()
        .click()
        .await
        .unwrap();
    browser
        .wait()
        .at_most(Duration::from_secs(20))
        .for_element(Locator::Id("unpublish"))
        .await
        .unwrap();
    // As this build's phones ask (guides came with sync version 2).
    let changes: serde_json::Value = reqwest::Client::new()
        .get(format!(
            "{base}/api/v1/content/changes?region=bologna&limit=1000"
        ))
        .header(
            ponte_wire::sync::SYNC_VERSION_HEADER,
            ponte_wire::sync::SYNC_VERSION.to_string(),
        )
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    let sent: Vec<&str> = changes["changes"]
        .as_array()
        .unwrap()
        .iter()
        .filter_map(|c| c["guide"]["id"].as_str())
        .collect();
    assert!(sent.contains(&"codice-fiscale"), "{sent:?}");
    assert!(
        !sent.contains(&"copione-rinnovo"),
        "scripts stay on the server"
    );

    // The tutor reads the script; there is no editor for them.
    chrome::sign_in(&browser, &base, "tutor", TUTOR_PASSWORD).await;
    browser
        .goto(&format!("{base}/guides/copione-rinnovo"))
        .await
        .unwrap();
    let read = browser
        .find(Locator::Id("guide-text"))
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    assert!(read.contains("la data di scadenza"), "{read}");
    assert!(browser.find(Locator::Id("guide-form")).await.is_err());
    browser.close().await.unwrap();
}

/// Clicks the element `id` and waits for the page it leads to to show `then`.
async fn click_and_wait(browser: &fantoccini::Client, id: &str, then: Locator<'_>) {
    browser
        .find(Locator::Id(id))
        .await
        .unwrap()
        .click()
        .await
        .unwrap();
    browser
        .wait()
        .at_most(Duration::from_secs(30))
        .for_element(then)
        .await
        .unwrap_or_else(|e| panic!("after #{id}: {e}"));
}

/// Fluent's isolation marks taken out of a page's text.
fn plain(text: &str) -> String {
    text.replace(['\u{2068}', '\u{2069}'], "")
}

/// An operator imports a Comune's spreadsheet from the dashboard: uploads it, sees every row
/// refused with its reason (no organisation, no category), maps a column differently and gives
/// the values for every row, previews again, and confirms; the two libraries are then services,
/// and were not before the confirmation.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
#[allow(clippy::await_holding_lock)]
async fn operator_previews_maps_and_confirms_an_import() {
    if chrome::chromedriver_missing() {
        return;
    }
    let coordinator = Coordinator::start().await;
    chrome::add_account(&coordinator, "operator", "operator");
    let base = coordinator.base();
    let libraries = "SELECT count(*) FROM service WHERE body LIKE '%Cesare Malservisi%'";
    let _one_at_a_time = chrome::ONE_BROWSER
        .lock()
        .unwrap_or_else(|e| e.into_inner());
    let (_driver, browser) = chrome::start_browser(&["--disable-gpu"]).await;
    chrome::sign_in(&browser, &base, "operator", chrome::OPERATOR_PASSWORD).await;

    // The upload.
    browser
        .goto(&format!("{base}/services/import"))
        .await
        .unwrap();
    let file = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../coordinator/fixtures/import/biblioteche-comune.csv")
        .canonicalize()
        .unwrap();
    browser
        .find(Locator::Id("file"))
        .await
        .unwrap()
        .send_keys(file.to_str().unwrap())
        .await
        .unwrap();
    for (id, text) in [("region", "bologna"), ("city", "Bologna")] {
        browser
            .find(Locator::Id(id))
            .await
            .unwrap()
            .send_keys(text)
            .await
            .unwrap();
    }
    click_and_wait(&browser, "upload", Locator::Id("summary")).await;
    let preview = browser.current_url().await.unwrap().to_string();
    let summary = plain(
        &browser
            .find(Locator::Id("summary"))
            .await
            .unwrap()
            .text()
            .await
            .unwrap(),
    );
    assert_eq!(
        summary,
        "2 righe: 0 si possono importare (0 con avvisi), 2 rifiutate."
    );
    let guessed = plain(
        &browser
            .find(Locator::Id("guessed"))
            .await
            .unwrap()
            .text()
            .await
            .unwrap(),
    );
    assert!(guessed.contains("Windows-1252"), "{guessed}");
    assert!(guessed.contains("punto e virgola"), "{guessed}");
    let refused = browser
        .find(Locator::Id("refused-rows"))
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    assert!(refused.contains("organisation"), "{refused}");
    assert!(refused.contains("obbligatorio"), "{refused}");
    assert_eq!(
        coordinator.query_i64(libraries),
        0,
        "a preview writes nothing"
    );

    // The mapping: the web site column is left out; values for every row.
    browser
        .find(Locator::Css("select[name=col-4] option[value=ignore]"))
        .await
        .unwrap()
        .click()
        .await
        .unwrap();
    for category in ["education", "digital_help"] {
        browser
            .find(Locator::Css(&format!("input[name=category-{category}]")))
            .await
            .unwrap()
            .click()
            .await
            .unwrap();
    }
    browser
        .find(Locator::Id("organisation"))
        .await
        .unwrap()
        .send_keys("Comune di Bologna")
        .await
        .unwrap();
    click_and_wait(&browser, "again", Locator::Id("confirm")).await;
    let summary = plain(
        &browser
            .find(Locator::Id("summary"))
            .await
            .unwrap()
            .text()
            .await
            .unwrap(),
    );
    assert_eq!(
        summary,
        "2 righe: 2 si possono importare (2 con avvisi), 0 rifiutate."
    );
    let rows = plain(
        &browser
            .find(Locator::Id("rows"))
            .await
            .unwrap()
            .text()
            .await
            .unwrap(),
    );
    assert!(rows.contains("convertiti in 24/7"), "{rows}");
    assert!(
        !rows.contains("https://"),
        "the web column is not read: {rows}"
    );
    assert_eq!(
        coordinator.query_i64(libraries),
        0,
        "a preview writes nothing"
    );

    // The confirmation.
    click_and_wait(&browser, "confirm", Locator::Id("imported")).await;
    let done = plain(
        &browser
            .find(Locator::Id("imported"))
            .await
            .unwrap()
            .text()
            .await
            .unwrap(),
    );
    assert!(done.starts_with("Importati: 2 servizi"), "{done}");
    assert_eq!(coordinator.query_i64(libraries), 1);
    browser.goto(&format!("{base}/services")).await.unwrap();
    assert!(browser
        .source()
        .await
        .unwrap()
        .contains("Biblioteca Lame – Cesare Malservisi"));
    // The same preview cannot import twice.
    browser.goto(&preview).await.unwrap();
    assert!(browser.find(Locator::Id("confirm")).await.is_err());
    browser.close().await.unwrap();
}

/// The axe-core release the accessibility walk runs (from npm).
const AXE_VERSION: &str = "4.14.1";

/// The build's target folder (`target/`, or `$CARGO_TARGET_DIR`): this test runs from its
/// `debug/deps/`.
fn target_dir() -> std::path::PathBuf {
    let exe = std::env::current_exe().unwrap();
    exe.ancestors().nth(3).unwrap().to_path_buf()
}

/// axe-core's script, installed with npm into `target/axe-core-<version>/` when missing; `None`
/// (said as a test that cannot run) without npm or the registry.
fn axe_script() -> Option<String> {
    let prefix = target_dir().join(format!("axe-core-{AXE_VERSION}"));
    let script = prefix.join("node_modules/axe-core/axe.min.js");
    if !script.exists() {
        let installed = Command::new("npm")
            .args([
                "install",
                "--no-audit",
                "--no-fund",
                "--no-save",
                "--prefix",
            ])
            .arg(&prefix)
            .arg(format!("axe-core@{AXE_VERSION}"))
            .stdout(Stdio::null())
            .status();
        if !installed.is_ok_and(|s| s.success()) || !script.exists() {
            support::test_skip::cannot_run(&format!(
                "axe-core@{AXE_VERSION} could not be installed with npm into {}: the accessibility walk",
                prefix.display()
            ));
            return None;
        }
    }
    Some(std::fs::read_to_string(script).unwrap())
}

/// Runs axe-core on the page shown and returns its violations of impact serious or critical,
/// one line each (rule, impact, help, the elements).
async fn serious_violations(browser: &fantoccini::Client, axe: &str) -> Vec<String> {
    browser.execute(axe, vec![]).await.unwrap();
    let found = browser
        .execute_async(
            "const done = arguments[arguments.length - 1];
             axe.run(document, {resultTypes: ['violations']}).then(
               r => done(r.violations
                 .filter(v => v.impact === 'serious' || v.impact === 'critical')
                 .map(v => v.id + ' (' + v.impact + '): ' + v.help + ' — '
                   + v.nodes.map(n => n.target.join(' ')).join(', '))),
               e => done(['axe failed: ' + e]));",
            vec![],
        )
        .await
        .unwrap();
    found
        .as_array()
        .unwrap()
        .iter()
        .map(|v| v.as_str().unwrap().to_owned())
        .collect()
}

/// Desktop and phone widths of the screenshots (a common laptop, a common phone).
const WIDTHS: [(&str, u32); 2] = [("desktop", 1280), ("phone", 390)];

/// The page shown, whole (the window made as tall as the page), at each width into
/// `target/screenshots/<name>-<width name>.png`.
async fn screenshots(browser: &fantoccini::Client, name: &str) {
    let folder = target_dir().join("screenshots");
    std::fs::create_dir_all(&folder).unwrap();
    for (width_name, width) in WIDTHS {
        browser.set_window_size(width, 900).await.unwrap();
        let height = browser
            // The window's own frame (headless Chromium keeps one) is added to the page.
            .execute(
                "return document.documentElement.scrollHeight + window.outerHeight - window.innerHeight",
                vec![],
            )
            .await
            .unwrap()
            .as_u64()
            .unwrap_or(900)
            .clamp(300, 8000);
        browser
            .set_window_size(width, u32::try_from(height).unwrap())
            .await
            .unwrap();
        let png = browser.screenshot().await.unwrap();
        std::fs::write(folder.join(format!("{name}-{width_name}.png")), png).unwrap();
    }
    browser.set_window_size(WIDTHS[0].1, 900).await.unwrap();
}

/// Every violation of every page, at both widths, and the page's own checks: the page is
/// wider than the phone's screen only inside a table's scrolling box.
async fn check_page(browser: &fantoccini::Client, axe: &str, label: &str, found: &mut Vec<String>) {
    for (width_name, width) in WIDTHS {
        browser.set_window_size(width, 900).await.unwrap();
        for violation in serious_violations(browser, axe).await {
            found.push(format!("{label} at {width_name} width: {violation}"));
        }
        let overflow = browser
            .execute(
                "return document.documentElement.scrollWidth - document.documentElement.clientWidth",
                vec![],
            )
            .await
            .unwrap()
            .as_i64()
            .unwrap();
        if overflow > 0 {
            found.push(format!(
                "{label} at {width_name} width: the page scrolls sideways by {overflow} px"
            ));
        }
    }
    // An id twice (the header's and a form's) points a label or a test at the wrong element.
    let twice = browser
        .execute(
            "const ids = [...document.querySelectorAll('[id]')].map(e => e.id);
             return ids.filter((id, i) => ids.indexOf(id) !== i);",
            vec![],
        )
        .await
        .unwrap();
    if twice.as_array().is_some_and(|ids| !ids.is_empty()) {
        found.push(format!("{label}: ids used twice: {twice}"));
    }
    browser.set_window_size(WIDTHS[0].1, 900).await.unwrap();
}

/// The same-site links of the page's main menu, in order.
async fn menu_links(browser: &fantoccini::Client) -> Vec<String> {
    let links = browser
        .execute(
            "return [...document.querySelectorAll('nav a')].map(a => a.getAttribute('href'))",
            vec![],
        )
        .await
        .unwrap();
    links
        .as_array()
        .unwrap()
        .iter()
        .map(|v| v.as_str().unwrap().to_owned())
        .collect()
}

/// Every page of the dashboard, as an admin, an operator and a tutor (and signed out), runs
/// axe-core with no violation of impact serious or critical, at desktop and phone widths; the
/// main pages are photographed at both widths into `target/screenshots/`. Each page also shows
/// Ponte's name and the account's organisation, and opens with a skip link to its `main`.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
#[allow(clippy::await_holding_lock)]
async fn every_page_is_accessible_to_each_role_at_desktop_and_phone_widths() {
    if chrome::chromedriver_missing() {
        return;
    }
    let Some(axe) = axe_script() else {
        return;
    };
    let coordinator = Coordinator::start().await;
    for (username, role) in [("operator", "operator"), ("admin", "admin")] {
        chrome::add_account(&coordinator, username, role);
    }
    let text = |title: &str, body: &str| json!({"language": "it", "title": title, "body": body, "provenance": "original", "source_version": 1});
    let guides = json!([
        {"id": "documenti", "version": 1, "source_language": "it",
         "texts": [text("Documenti", "Per lavorare servono **il permesso** e il codice fiscale.\n\nChiama il 051 123 4567.")]}
    ]);
    let file = coordinator.dir.path().join("guides.json");
    std::fs::write(&file, guides.to_string()).unwrap();
    coordinator.run(&["guides", file.to_str().unwrap()], None);
    let base = coordinator.base();
    let _one_at_a_time = chrome::ONE_BROWSER
        .lock()
        .unwrap_or_else(|e| e.into_inner());
    let (_driver, browser) = chrome::start_browser(&["--disable-gpu"]).await;
    let mut found = Vec::new();

    // The check itself: axe finds a picture without words and a field without a label.
    browser
        .goto("data:text/html,<html><body><img src=a.png><input type=text></body></html>")
        .await
        .unwrap();
    let known = serious_violations(&browser, &axe).await;
    assert!(
        known.iter().any(|v| v.starts_with("image-alt (critical)"))
            && known.iter().any(|v| v.starts_with("label (critical)")),
        "{known:?}"
    );

    // Signed out: the login page.
    browser.delete_all_cookies().await.unwrap();
    browser.goto(&format!("{base}/login")).await.unwrap();
    check_page(&browser, &axe, "/login", &mut found).await;
    screenshots(&browser, "login").await;

    // A tutor's beneficiary, with a pairing code, for the pages that show one.
    chrome::sign_in(&browser, &base, "tutor", TUTOR_PASSWORD).await;
    browser
        .goto(&format!("{base}/beneficiaries"))
        .await
        .unwrap();
    for (id, value) in [("nickname", "Amina"), ("languages", "ar, it")] {
        browser
            .find(Locator::Id(id))
            .await
            .unwrap()
            .send_keys(value)
            .await
            .unwrap();
    }
    click_and_wait(&browser, "add-beneficiary", Locator::Id("new-code")).await;
    let beneficiary = browser.current_url().await.unwrap().path().to_owned();
    click_and_wait(&browser, "new-code", Locator::Id("pairing-code")).await;
    check_page(&browser, &axe, "tutor: a new pairing code", &mut found).await;
    screenshots(&browser, "tutor-pairing-code").await;

    // Each role's pages: its menu's, and the pages one reaches from them.
    let details: [(&str, &str, &[&str]); 3] = [
        (
            "admin",
            chrome::OPERATOR_PASSWORD,
            &["/services/bo-questura", "/guides/documenti"],
        ),
        (
            "operator",
            chrome::OPERATOR_PASSWORD,
            &[
                "/services/bo-questura",
                "/services/import",
                "/guides/documenti",
                "/guides/new?parent=documenti",
            ],
        ),
        (
            "tutor",
            TUTOR_PASSWORD,
            &["/guides/documenti", &beneficiary],
        ),
    ];
    for (user, password, reached) in details {
        chrome::sign_in(&browser, &base, user, password).await;
        // Every signed-in page says whose it is, and starts with the way past the menu.
        let organisation = browser
            .find(Locator::Id("account-organisation"))
            .await
            .unwrap()
            .text()
            .await
            .unwrap();
        assert_eq!(organisation, "Org");
        let skip = browser
            .find(Locator::Css("body > a:first-child"))
            .await
            .unwrap();
        assert_eq!(skip.attr("href").await.unwrap().as_deref(), Some("#main"));
        let pages: Vec<String> = menu_links(&browser)
            .await
            .into_iter()
            .chain(reached.iter().map(|p| (*p).to_owned()))
            .collect();
        for path in pages {
            browser.goto(&format!("{base}{path}")).await.unwrap();
            assert!(
                browser.find(Locator::Css("main#main h1")).await.is_ok(),
                "{user} {path}: a main with a heading"
            );
            check_page(&browser, &axe, &format!("{user}: {path}"), &mut found).await;
            let name = match path.as_str() {
                "/" => "home",
                "/services" => "services",
                "/services/bo-questura" => "service",
                "/beneficiaries" => "beneficiaries",
                "/outcomes" => "outcomes",
                "/guides/documenti" => "guide",
                "/accounts" => "accounts",
                _ => "",
            };
            if !name.is_empty() {
                screenshots(&browser, &format!("{user}-{name}")).await;
            }
        }
    }

    // A refused save shows its error beside the field, and that page passes too.
    chrome::sign_in(&browser, &base, "operator", chrome::OPERATOR_PASSWORD).await;
    browser
        .goto(&format!("{base}/services/bo-questura"))
        .await
        .unwrap();
    let latitude = browser.find(Locator::Id("lat")).await.unwrap();
    latitude.clear().await.unwrap();
    latitude.send_keys("centro").await.unwrap();
    click_and_wait(&browser, "save", Locator::Css("[aria-invalid=true]")).await;
    check_page(&browser, &axe, "operator: a refused service", &mut found).await;
    screenshots(&browser, "operator-service-refused").await;

    // An import's preview: the mapping of the columns and the refused rows, in wide tables.
    browser
        .goto(&format!("{base}/services/import"))
        .await
        .unwrap();
    let fixture = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../coordinator/fixtures/import/biblioteche-comune.csv")
        .canonicalize()
        .unwrap();
    browser
        .find(Locator::Id("file"))
        .await
        .unwrap()
        .send_keys(fixture.to_str().unwrap())
        .await
        .unwrap();
    for (id, text) in [("region", "bologna"), ("city", "Bologna")] {
        browser
            .find(Locator::Id(id))
            .await
            .unwrap()
            .send_keys(text)
            .await
            .unwrap();
    }
    click_and_wait(&browser, "upload", Locator::Id("summary")).await;
    check_page(&browser, &axe, "operator: an import's preview", &mut found).await;
    screenshots(&browser, "operator-import-preview").await;

    browser.close().await.unwrap();
    assert!(
        found.is_empty(),
        "{} accessibility problems:\n{}",
        found.len(),
        found.join("\n")
    );
}
