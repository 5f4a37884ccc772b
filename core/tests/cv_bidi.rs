//! The CV and the side-by-side profile as a browser draws them: a phone number inside
//! right-to-left text must still read `+39 333 123 4567` from left to right.
//!
//! Headless Chromium renders the page; a small script measures where each character of the
//! number is drawn (`Range.getBoundingClientRect`) and writes the characters in their visual
//! order, left to right, into the page, which `--dump-dom` prints.
//!
//! Without Chromium the test fails under `CI=true` and is skipped (with a message) elsewhere.

use std::path::Path;
use std::process::Command;
use std::sync::Arc;

use ponte_core::diary::{
    Diary, EducationDetails, PersonalDetails, Recognition, WorkExperienceDetails,
};
use ponte_core::Store;

const PHONE: &str = "+39 333 123 4567";

/// Appended to the page: for every innermost element whose text holds the number, the
/// number's characters sorted by their drawn x position.
const MEASURE: &str = r#"<script>
(function () {
  const phone = "+39 333 123 4567";
  const innermost = [...document.body.querySelectorAll("*:not(script)")].filter(el =>
    el.textContent.includes(phone) &&
    ![...el.children].some(child => child.textContent.includes(phone)));
  const lines = innermost.map(el => {
    const drawn = [];
    const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      for (let i = 0; i < node.data.length; i++) {
        if (!"+0123456789".includes(node.data[i])) continue;
        const range = document.createRange();
        range.setStart(node, i);
        range.setEnd(node, i + 1);
        const box = range.getBoundingClientRect();
        if (box.width > 0) drawn.push([box.left, node.data[i]]);
      }
    }
    drawn.sort((a, b) => a[0] - b[0]);
    return drawn.map(d => d[1]).join("");
  });
  const out = document.createElement("pre");
  out.id = "ponte-visual";
  out.textContent = "[" + lines.join("|") + "]";
  document.body.appendChild(out);
})();
</script>"#;

fn chromium() -> Option<&'static str> {
    [
        "/usr/bin/chromium",
        "/usr/bin/chromium-browser",
        "/usr/bin/google-chrome",
    ]
    .into_iter()
    .find(|p| Path::new(p).exists())
}

/// The visual left-to-right reading of the number in each place the page shows it.
fn visual_readings(browser: &str, html: &str) -> Vec<String> {
    let dir = tempfile::tempdir().unwrap();
    let page = dir.path().join("cv.html");
    let html = html.replacen("</body>", &format!("{MEASURE}</body>"), 1);
    std::fs::write(&page, html).unwrap();
    let output = Command::new(browser)
        .args([
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--no-first-run",
            "--dump-dom",
        ])
        .arg(format!(
            "--user-data-dir={}",
            dir.path().join("profile").display()
        ))
        .arg(format!("file://{}", page.display()))
        .output()
        .expect("chromium runs");
    let dom = String::from_utf8_lossy(&output.stdout);
    let start = dom
        .find("<pre id=\"ponte-visual\">[")
        .unwrap_or_else(|| panic!("no measurement in Chromium's output: {dom}"))
        + "<pre id=\"ponte-visual\">[".len();
    let end = start + dom[start..].find(']').unwrap();
    dom[start..end].split('|').map(str::to_owned).collect()
}

fn diary(dir: &Path) -> Diary {
    let store = Store::open(dir.join("ponte.db"), &[5; 32]).unwrap();
    let diary = Diary::new(Arc::new(store));
    diary
        .set_personal_details(&PersonalDetails {
            full_name: "Amina Yusuf".into(),
            email: "amina.yusuf@example.org".into(),
            phone: PHONE.into(),
            city: "Bologna".into(),
            summary: String::new(),
        })
        .unwrap();
    diary
        .add_experience(&WorkExperienceDetails {
            role: "Cuoca".into(),
            employer: "Ristorante Al Porto".into(),
            sector: "Ristorazione".into(),
            country: "Italia".into(),
            city: "Bologna".into(),
            start_month: Some("2023-03".into()),
            end_month: Some("2024-10".into()),
            tasks: String::new(),
        })
        .unwrap();
    diary
        .add_education(&EducationDetails {
            title: "Diploma".into(),
            institution: "Scuola di Mogadiscio".into(),
            country: "Somalia".into(),
            start_year: Some(2010),
            end_year: Some(2014),
            eqf_level: Some(4),
            recognition: Recognition::Unknown,
        })
        .unwrap();
    diary
}

#[test]
fn phone_number_reads_left_to_right_in_arabic_cv_and_side_by_side() {
    let Some(browser) = chromium() else {
        if std::env::var("CI").is_ok_and(|v| v == "true") {
            panic!("Chromium is missing (apt-get install chromium): the CV's bidi test cannot run under CI");
        }
        eprintln!("skipped: Chromium is missing (apt-get install chromium)");
        return;
    };
    let dir = tempfile::tempdir().unwrap();
    let diary = diary(dir.path());
    let expected = PHONE.replace(' ', "");
    for (what, html, places) in [
        ("Arabic CV", diary.cv_html("ar").unwrap(), 1),
        ("Persian CV", diary.cv_html("fa").unwrap(), 1),
        ("Italian CV", diary.cv_html("it").unwrap(), 1),
        (
            "Arabic beside Italian",
            diary.profile_side_by_side_html("ar", "it").unwrap(),
            2,
        ),
        (
            "Italian beside Urdu",
            diary.profile_side_by_side_html("it", "ur").unwrap(),
            2,
        ),
    ] {
        let readings = visual_readings(browser, &html);
        assert_eq!(readings.len(), places, "{what}: {readings:?}");
        for reading in readings {
            assert_eq!(
                reading, expected,
                "{what}: the number is drawn out of order"
            );
        }
    }
}
