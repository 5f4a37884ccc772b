//! The content shipped in `content/` is valid: every demo territory file imports without a
//! refused row, is marked as demo data and claims no verification; the demo guides, the
//! glossary of synonyms and Ask's question set are well formed and point at what exists.

use std::collections::{BTreeMap, BTreeSet, HashMap, HashSet};
use std::path::Path;

use ponte_wire::guides::{parse_body, Block, GuideRecord, Inline, LinkTarget, Visibility};
use ponte_wire::import::{from_csv, ImportOptions};
use ponte_wire::Provenance;

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

/// Every guide of `content/guides/*.json` (but `metadata.json`), with the file it is in.
fn shipped_guides() -> Vec<(String, GuideRecord)> {
    let dir = content().join("guides");
    let mut files: Vec<_> = std::fs::read_dir(&dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|x| x == "json") && !p.ends_with("metadata.json"))
        .collect();
    files.sort();
    assert!(!files.is_empty(), "no guides in {}", dir.display());
    let mut guides = Vec::new();
    for file in files {
        let name = file.file_name().unwrap().to_string_lossy().into_owned();
        let read: Vec<GuideRecord> = serde_json::from_str(&std::fs::read_to_string(&file).unwrap())
            .unwrap_or_else(|e| panic!("{name}: {e}"));
        guides.extend(read.into_iter().map(|g| (name.clone(), g)));
    }
    guides
}

/// The links of a body's blocks.
fn links(blocks: &[Block]) -> Vec<LinkTarget> {
    let mut found = Vec::new();
    let mut take = |inlines: &[Inline]| {
        for inline in inlines {
            if let Inline::Link { target, .. } = inline {
                found.push(target.clone());
            }
        }
    };
    for block in blocks {
        match block {
            Block::Heading { inlines, .. } | Block::Paragraph { inlines } => take(inlines),
            Block::List { items, .. } => items.iter().for_each(|item| take(item)),
        }
    }
    found
}

#[test]
fn the_demo_guides_are_valid_and_complete() {
    let metadata: serde_json::Value = serde_json::from_str(
        &std::fs::read_to_string(content().join("guides/metadata.json")).unwrap(),
    )
    .unwrap();
    assert_eq!(metadata["demo"], true);

    let guides = shipped_guides();
    let mut ids = HashSet::new();
    for (file, guide) in &guides {
        guide
            .validate()
            .unwrap_or_else(|e| panic!("{file}: guide {}: {e}", guide.id));
        assert!(ids.insert(guide.id.as_str()), "{file}: {} twice", guide.id);
    }
    let (courses, _media) = ponte_wire::lessons::load_dir(&content().join("lessons")).unwrap();
    let lessons: HashSet<&str> = courses
        .iter()
        .flat_map(|c| &c.lessons)
        .map(|l| l.id.as_str())
        .collect();

    // Positions 1..n among siblings.
    let mut siblings: BTreeMap<Option<&str>, Vec<u32>> = BTreeMap::new();
    for (file, guide) in &guides {
        if let Some(parent) = &guide.parent {
            assert!(
                ids.contains(parent.as_str()),
                "{file}: {}'s parent {parent} does not exist",
                guide.id
            );
        }
        siblings
            .entry(guide.parent.as_deref())
            .or_default()
            .push(guide.position);
        for text in &guide.texts {
            let blocks = parse_body(&text.body).unwrap();
            for link in links(&blocks) {
                match link {
                    LinkTarget::Guide { id } => assert!(
                        ids.contains(id.as_str()),
                        "{file}: {} ({}) links to guide {id}, which does not exist",
                        guide.id,
                        text.language
                    ),
                    LinkTarget::Lesson { id } => assert!(
                        lessons.contains(id.as_str()),
                        "{file}: {} ({}) links to lesson {id}, which does not exist",
                        guide.id,
                        text.language
                    ),
                    LinkTarget::Web { url } => assert!(url.starts_with("https://"), "{url}"),
                    _ => {}
                }
            }
        }
    }
    for (parent, mut positions) in siblings {
        positions.sort_unstable();
        let expected: Vec<u32> = (1..=positions.len() as u32).collect();
        assert_eq!(positions, expected, "the positions under {parent:?}");
    }

    let public: Vec<&GuideRecord> = guides
        .iter()
        .map(|(_, g)| g)
        .filter(|g| g.visibility == Visibility::Public)
        .collect();
    // A public guide's parent is public too: a phone never gets an operators' guide.
    for guide in &public {
        if let Some(parent) = &guide.parent {
            assert!(
                public.iter().any(|g| g.id == *parent),
                "{}'s parent {parent} is not public",
                guide.id
            );
        }
    }
    let with_sources = public
        .iter()
        .filter(|g| g.region.is_none() && !g.sources.is_empty())
        .count();
    assert!(
        with_sources >= 20,
        "{with_sources} public national guides with their official sources"
    );
    for guide in &public {
        let by_language: HashMap<&str, _> = guide
            .texts
            .iter()
            .map(|t| (t.language.as_str(), t))
            .collect();
        for (language, provenance) in [
            ("it", Provenance::Original),
            ("en", Provenance::Original),
            ("ar", Provenance::Machine),
            ("fr", Provenance::Machine),
            ("bn", Provenance::Machine),
            ("ur", Provenance::Machine),
        ] {
            let text = by_language
                .get(language)
                .unwrap_or_else(|| panic!("{} has no {language} text", guide.id));
            assert_eq!(text.provenance, provenance, "{} ({language})", guide.id);
            assert_eq!(
                text.source_version, guide.version,
                "{} ({language}) is not of the guide's version",
                guide.id
            );
            assert!(!text.body.trim().is_empty(), "{} ({language})", guide.id);
        }
        // Short enough for people with little reading practice, and for the dump.
        let italian = by_language["it"].body.chars().count();
        assert!(
            italian <= 1000,
            "{}: {italian} characters in Italian",
            guide.id
        );
    }
    // The operators' scripts are written in Italian and English.
    for (file, guide) in &guides {
        if guide.visibility == Visibility::Operators {
            let languages: BTreeSet<&str> =
                guide.texts.iter().map(|t| t.language.as_str()).collect();
            assert!(
                languages.contains("it") && languages.contains("en"),
                "{file}: {}",
                guide.id
            );
        }
    }
}

#[test]
fn the_glossary_is_well_formed() {
    const LANGUAGES: [&str; 12] = [
        "it", "en", "ar", "fr", "bn", "ur", "ps", "fa", "ti", "so", "uk", "es",
    ];
    let text = std::fs::read_to_string(content().join("glossary.json")).unwrap();
    // As the coordinator's `glossary` command reads it: every concept valid, each once.
    ponte_wire::glossary::read_file(&text).unwrap();
    let glossary: serde_json::Value = serde_json::from_str(&text).unwrap();
    assert_eq!(glossary["demo"], true);
    let concepts = glossary["concepts"].as_array().unwrap();
    assert!(
        (50..=80).contains(&concepts.len()),
        "{} concepts",
        concepts.len()
    );
    let mut ids = HashSet::new();
    // Per language, each term and the concept it belongs to.
    let mut terms: HashMap<&str, HashMap<&str, &str>> = HashMap::new();
    for concept in concepts {
        let id = concept["id"].as_str().unwrap();
        assert!(ids.insert(id), "concept {id} twice");
        let by_language = concept["terms"].as_object().unwrap();
        for required in ["it", "en"] {
            assert!(by_language.contains_key(required), "{id} has no {required}");
        }
        for (language, list) in by_language {
            assert!(
                LANGUAGES.contains(&language.as_str()),
                "{id}: unknown language {language}"
            );
            let list = list.as_array().unwrap();
            assert!(
                (1..=4).contains(&list.len()),
                "{id} ({language}): {} terms",
                list.len()
            );
            for term in list {
                let term = term.as_str().unwrap();
                assert!(
                    !term.is_empty() && term == term.trim() && term == term.to_lowercase(),
                    "{id} ({language}): {term:?} must be lowercase and trimmed"
                );
                if let Some(other) = terms.entry(language.as_str()).or_default().insert(term, id) {
                    panic!("{language} {term:?} is in both {other} and {id}");
                }
            }
        }
    }
}

#[test]
fn asks_questions_expect_public_guides_in_four_languages() {
    let public: HashSet<String> = shipped_guides()
        .into_iter()
        .filter(|(_, g)| g.visibility == Visibility::Public)
        .map(|(_, g)| g.id)
        .collect();
    let path = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/../core/tests/fixtures/ask_questions.json"
    );
    let questions: Vec<serde_json::Value> =
        serde_json::from_str(&std::fs::read_to_string(path).unwrap()).unwrap();
    let mut per_language: BTreeMap<&str, usize> = BTreeMap::new();
    for question in &questions {
        let text = question["question"].as_str().unwrap();
        assert!(!text.trim().is_empty());
        *per_language
            .entry(question["language"].as_str().unwrap())
            .or_default() += 1;
        let expected = question["expected"].as_array().unwrap();
        assert!((1..=2).contains(&expected.len()), "{text}");
        for id in expected {
            let id = id.as_str().unwrap();
            assert!(public.contains(id), "{text}: {id} is not a public guide");
        }
    }
    assert_eq!(
        per_language,
        BTreeMap::from([("ar", 15), ("en", 15), ("fr", 15), ("it", 15)])
    );
}
