//! The content shipped in `content/` is valid: every demo territory file imports without a
//! refused row, is marked as demo data and claims no verification.

use std::path::Path;

use ponte_wire::import::{from_csv, ImportOptions};

fn content() -> &'static Path {
    Path::new(concat!(env!("CARGO_MANIFEST_DIR"), "/../content"))
}

#[test]
fn demo_territory_imports_cleanly_and_is_marked_as_demo() {
    let dir = content().join("territory");
    let metadata: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(dir.join("metadata.json")).unwrap()).unwrap();
    assert_eq!(metadata["demo"], true);
    for (region, city) in [
        ("bologna", "Bologna"),
        ("roma", "Roma"),
        ("torino", "Torino"),
        ("palermo", "Palermo"),
        ("venezia", "Venezia"),
    ] {
        let bytes = std::fs::read(dir.join(format!("{region}.csv"))).unwrap();
        let records = from_csv(&bytes, &ImportOptions::for_region(region, city))
            .unwrap_or_else(|e| panic!("{region}: {e:?}"));
        assert!(records.len() >= 8, "{region}: {} services", records.len());
        assert!(records
            .iter()
            .all(|r| r.region == region && r.last_verified.is_none()));
    }
}

#[test]
fn the_curriculum_validates() {
    let (courses, _media) = ponte_wire::lessons::load_dir(&content().join("lessons")).unwrap();
    // The first curriculum: five courses in order, at least fifteen lessons.
    let ids: Vec<&str> = courses.iter().map(|c| c.id.as_str()).collect();
    assert_eq!(
        ids,
        [
            "your-smartphone",
            "communicating-for-work",
            "finding-your-way",
            "work-and-public-services",
            "rights-at-work"
        ]
    );
    let lessons: usize = courses.iter().map(|c| c.lessons.len()).sum();
    assert!(lessons >= 15, "{lessons} lessons");
    for course in &courses {
        for language in ["it", "en", "ar", "fr", "bn", "ur"] {
            assert!(
                course.translations.contains_key(language),
                "{} lacks {language}",
                course.id
            );
        }
    }
}
