use std::sync::Arc;

use ponte_wire::guides::{Block, GuideRecord, GuideText, Inline, OfficialSource, Visibility};
use ponte_wire::{ContentChange, Provenance};

use super::*;
use crate::services::Services;

fn guide(id: &str, parent: Option<&str>, region: Option<&str>, title_it: &str) -> GuideRecord {
    GuideRecord {
        id: id.into(),
        version: 1,
        region: region.map(str::to_owned),
        parent: parent.map(str::to_owned),
        position: 0,
        visibility: Visibility::Public,
        last_checked: Some("2026-11-20".into()),
        sources: vec![OfficialSource {
            title: "Agenzia delle Entrate".into(),
            url: "https://www.agenziaentrate.gov.it".into(),
        }],
        image: None,
        source_language: "it".into(),
        texts: vec![GuideText {
            language: "it".into(),
            title: title_it.into(),
            body: format!("{title_it}: chiama il 051 123 4567."),
            provenance: Provenance::Original,
            source_version: 1,
            image_alt: String::new(),
        }],
    }
}

fn translated(mut g: GuideRecord, language: &str, title: &str, source_version: u32) -> GuideRecord {
    g.texts.push(GuideText {
        language: language.into(),
        title: title.into(),
        body: format!("{title}."),
        provenance: Provenance::Machine,
        source_version,
        image_alt: String::new(),
    });
    g
}

/// A phone with the demo glossary, as the content brings it, and no guides yet.
fn setup() -> (tempfile::TempDir, Arc<crate::Store>, Services, Guides) {
    let (dir, store) = crate::store::tests::temp_store();
    let store = Arc::new(store);
    let services = Services::new(store.clone());
    services
        .apply_changes(&crate::glossary::demo_changes())
        .unwrap();
    (dir, store.clone(), services, Guides::new(store))
}

fn upsert(services: &Services, guides: Vec<GuideRecord>) {
    services
        .apply_changes(
            &guides
                .into_iter()
                .map(|guide| ContentChange::UpsertGuide { guide })
                .collect::<Vec<_>>(),
        )
        .unwrap();
}

fn langs(l: &[&str]) -> Vec<String> {
    l.iter().map(|s| s.to_string()).collect()
}

#[test]
fn a_tree_of_national_and_regional_guides_in_the_persons_language() {
    let (_dir, _store, services, guides) = setup();
    let mut documents = translated(
        guide("documenti", None, None, "Documenti"),
        "ar",
        "الوثائق",
        1,
    );
    documents.position = 1;
    let mut work = guide("lavoro", None, None, "Lavoro");
    work.position = 2;
    let mut cf = guide(
        "codice-fiscale",
        Some("documenti"),
        None,
        "Il codice fiscale",
    );
    cf.position = 2;
    let mut spid = guide("spid", Some("documenti"), None, "SPID");
    spid.position = 1;
    let roma_only = guide(
        "anagrafe-roma",
        Some("documenti"),
        Some("roma"),
        "Anagrafe a Roma",
    );
    let bologna_only = guide(
        "anagrafe-bologna",
        Some("documenti"),
        Some("bologna"),
        "Anagrafe a Bologna",
    );
    upsert(
        &services,
        vec![work, cf, spid, roma_only, bologna_only, documents],
    );
    assert_eq!(guides.count().unwrap(), 6);

    let top = guides
        .level(None, Some("bologna"), &langs(&["ar"]))
        .unwrap();
    assert_eq!(
        top.iter()
            .map(|g| (
                g.id.as_str(),
                g.title.as_str(),
                g.language.as_str(),
                g.children
            ))
            .collect::<Vec<_>>(),
        [
            ("documenti", "الوثائق", "ar", 3),
            // No Arabic text: Italian, the source.
            ("lavoro", "Lavoro", "it", 0),
        ]
    );
    let under = guides
        .level(Some("documenti"), Some("bologna"), &langs(&["ar"]))
        .unwrap();
    assert_eq!(
        under.iter().map(|g| g.id.as_str()).collect::<Vec<_>>(),
        ["anagrafe-bologna", "spid", "codice-fiscale"],
        "by position, then id; Rome's own guide left out"
    );
}

#[test]
fn a_guide_says_which_language_it_shows_and_whether_it_is_outdated() {
    let (_dir, _store, services, guides) = setup();
    let mut cf = translated(
        guide("codice-fiscale", None, None, "Il codice fiscale"),
        "fr",
        "Le code fiscal",
        1,
    );
    cf = translated(cf, "ar", "الرمز الضريبي", 2);
    cf.version = 2;
    cf.texts[0].source_version = 2;
    upsert(
        &services,
        vec![cf, guide("cf-dove", Some("codice-fiscale"), None, "Dove")],
    );

    let fr = guides
        .guide("codice-fiscale", None, &langs(&["fr"]))
        .unwrap();
    assert_eq!(
        (fr.title.as_str(), fr.language.as_str(), fr.outdated),
        ("Le code fiscal", "fr", true)
    );
    let ar = guides
        .guide("codice-fiscale", None, &langs(&["ar"]))
        .unwrap();
    assert_eq!((ar.language.as_str(), ar.outdated), ("ar", false));
    assert_eq!(ar.available_languages, ["ar", "fr", "it"]);
    assert_eq!(ar.children.len(), 1);
    assert_eq!(ar.sources[0].url, "https://www.agenziaentrate.gov.it");
    // A language it has no text in: the source language.
    let ti = guides
        .guide("codice-fiscale", None, &langs(&["ti"]))
        .unwrap();
    assert_eq!(
        (ti.language.as_str(), ti.provenance),
        ("it", Provenance::Original)
    );
    assert_eq!(
        ti.blocks,
        [Block::Paragraph {
            inlines: vec![
                Inline::Text {
                    text: "Il codice fiscale: chiama il ".into()
                },
                Inline::Phone {
                    text: "051 123 4567".into(),
                    number: "0511234567".into()
                },
                Inline::Text { text: ".".into() },
            ]
        }]
    );
}

#[test]
fn missing_another_regions_and_deleted_guides_are_not_found() {
    let (_dir, _store, services, guides) = setup();
    upsert(
        &services,
        vec![guide("anagrafe-roma", None, Some("roma"), "Anagrafe")],
    );
    assert!(guides.guide("anagrafe-roma", Some("roma"), &[]).is_ok());
    for region in [Some("bologna"), None] {
        assert!(matches!(
            guides.guide("anagrafe-roma", region, &[]),
            Err(Error::NotFound { what: "guide", .. })
        ));
    }
    services
        .apply_changes(&[ContentChange::DeleteGuide {
            id: "anagrafe-roma".into(),
        }])
        .unwrap();
    assert!(matches!(
        guides.guide("anagrafe-roma", Some("roma"), &[]),
        Err(Error::NotFound { .. })
    ));
    assert_eq!(guides.count().unwrap(), 0);
}

#[test]
fn an_edit_replaces_the_texts_and_a_bad_guide_changes_nothing() {
    let (_dir, _store, services, guides) = setup();
    upsert(
        &services,
        vec![translated(
            guide("spid", None, None, "SPID"),
            "en",
            "SPID identity",
            1,
        )],
    );
    // Version 2 drops the English text.
    let mut v2 = guide("spid", None, None, "SPID, l'identità digitale");
    v2.version = 2;
    v2.texts[0].source_version = 2;
    upsert(&services, vec![v2]);
    let shown = guides.guide("spid", None, &langs(&["en"])).unwrap();
    assert_eq!(
        (shown.title.as_str(), shown.language.as_str()),
        ("SPID, l'identità digitale", "it")
    );
    assert_eq!(shown.available_languages, ["it"]);

    // A batch with one bad guide (HTML in its body) or an operators' script: nothing of it.
    let mut bad = guide("bad", None, None, "Bad");
    bad.texts[0].body = "<b>no</b>".into();
    let mut script = guide("script", None, None, "Copione");
    script.visibility = Visibility::Operators;
    for refused in [bad, script] {
        let error = services
            .apply_changes(&[
                ContentChange::UpsertGuide {
                    guide: guide("fine", None, None, "Fine"),
                },
                ContentChange::UpsertGuide { guide: refused },
            ])
            .unwrap_err();
        assert!(
            matches!(error, Error::Content { ref field, .. } if field.starts_with("changes[1].")),
            "{error:?}"
        );
        assert_eq!(guides.count().unwrap(), 1, "only spid");
    }
}

#[test]
fn a_guide_s_image_is_stored_with_its_words_in_the_language_shown_and_goes_with_an_update() {
    let (_dir, _store, services, guides) = setup();
    let mut card = translated(
        translated(
            guide("tessera", None, None, "La tessera sanitaria"),
            "ar",
            "البطاقة الصحية",
            1,
        ),
        "fr",
        "La carte sanitaire",
        1,
    );
    card.image = Some(ponte_wire::guides::GuideImage::new(
        ponte_wire::guides::SAMPLE_PNG.to_vec(),
    ));
    card.texts[0].image_alt = "La tessera sanitaria, fronte".into();
    card.texts[1].image_alt = "البطاقة الصحية من الأمام".into();
    upsert(
        &services,
        vec![card.clone(), guide("spid", None, None, "SPID")],
    );
    let shown = |languages: &[&str]| guides.guide("tessera", None, &langs(languages)).unwrap();
    let arabic = shown(&["ar"]).image.unwrap();
    assert_eq!(arabic.bytes, ponte_wire::guides::SAMPLE_PNG);
    assert_eq!(
        (arabic.alt.as_str(), arabic.alt_language.as_str()),
        ("البطاقة الصحية من الأمام", "ar")
    );
    // The French text has no words for it: those of the next language of the chain that has
    // them (here the Italian source; English is not there).
    let french = shown(&["fr"]);
    assert_eq!(french.language, "fr");
    assert_eq!(french.image.unwrap().alt, "La tessera sanitaria, fronte");
    // A guide without one has none.
    assert_eq!(
        guides.guide("spid", None, &langs(&["it"])).unwrap().image,
        None
    );
    // The next version without the image takes it away, with its words.
    card.image = None;
    for text in &mut card.texts {
        text.image_alt.clear();
    }
    upsert(&services, vec![card]);
    assert_eq!(shown(&["ar"]).image, None);
}

fn with_body(mut g: GuideRecord, language: &str, body: &str) -> GuideRecord {
    if let Some(text) = g.texts.iter_mut().find(|t| t.language == language) {
        text.body = body.into();
    }
    g
}

#[test]
fn ask_answers_with_the_best_passages_and_the_words_that_matched() {
    let (_dir, _store, services, guides) = setup();
    let permit = with_body(
        translated(
            guide(
                "rinnovo-permesso",
                None,
                None,
                "Rinnovare il permesso di soggiorno",
            ),
            "en",
            "Renewing the residence permit",
            1,
        ),
        "it",
        "Il permesso di soggiorno va rinnovato prima che scada.\n\n\
         ## Documenti\n\n- Il passaporto\n- La ricevuta del permesso precedente\n\n\
         Il kit per il rinnovo si ritira negli uffici postali.",
    );
    let permit = with_body(permit, "en", "Renew the residence permit before it expires.\n\nAsk at the post office for the renewal kit.");
    let cf = with_body(
        guide("codice-fiscale", None, None, "Il codice fiscale"),
        "it",
        "Il codice fiscale serve per lavorare e per il medico.",
    );
    let roma = with_body(
        guide("rinnovo-roma", None, Some("roma"), "Rinnovo a Roma"),
        "it",
        "A Roma il permesso si rinnova in Questura.",
    );
    upsert(&services, vec![permit, cf, roma]);

    let answer = guides
        .ask(
            "come rinnovo il permesso di soggiorno?",
            Some("bologna"),
            &langs(&["ar"]),
            3,
        )
        .unwrap();
    assert!(!answer.is_empty());
    assert!(
        answer.iter().all(|p| p.source_id == "rinnovo-permesso"),
        "{answer:#?}"
    );
    assert_eq!(
        answer[0].language, "it",
        "no Arabic text: the Italian source"
    );
    assert!(
        answer[0].matched.iter().any(|w| w.starts_with("permess")),
        "{answer:#?}"
    );
    // Another region's guide is not an answer; a national one is.
    let answer = guides
        .ask("permesso Questura", Some("bologna"), &[], 10)
        .unwrap();
    assert!(answer.iter().all(|p| p.source_id != "rinnovo-roma"));
    let answer = guides
        .ask("permesso Questura", Some("roma"), &[], 10)
        .unwrap();
    assert_eq!(answer[0].source_id, "rinnovo-roma");

    // In English, with a typing mistake: the English passage.
    let answer = guides
        .ask("renewal of my residnce permit", None, &langs(&["en"]), 2)
        .unwrap();
    assert_eq!(
        (answer[0].source_id.as_str(), answer[0].language.as_str()),
        ("rinnovo-permesso", "en")
    );
    assert!(
        answer[0].matched.contains(&"residence".to_string()),
        "{answer:#?}"
    );

    // The words of a question that finds nothing, and an empty question: no answer.
    assert!(guides.ask("xylofono zzz", None, &[], 5).unwrap().is_empty());
    assert!(guides.ask(" ? ", None, &[], 5).unwrap().is_empty());
}

#[test]
fn the_first_run_dump_brings_the_guides_and_the_glossary() {
    let (_dir, store) = crate::store::tests::temp_store();
    let store = Arc::new(store);
    let guides = Guides::new(store.clone());
    let key = ponte_wire::pack::SigningKey::from_bytes(&crate::lessons::tests::SEED);
    let concept: ponte_wire::glossary::GlossaryConcept = serde_json::from_str(
        r#"{"id": "tax-code", "terms": {"it": ["codice fiscale"], "fr": ["numéro fiscal"]}}"#,
    )
    .unwrap();
    let content = ponte_wire::dump::Content {
        guides: &[guide("codice-fiscale", None, None, "Il codice fiscale")],
        glossary: &[concept],
        ..Default::default()
    };
    let dump = ponte_wire::dump::build_with("bologna", 7, content, None, &key, true);
    let sync = crate::sync::SyncClient::new(store, crate::lessons::tests::trusted());
    assert!(sync.install_dump(&dump).unwrap());
    let top = guides.level(None, Some("bologna"), &[]).unwrap();
    assert_eq!(top[0].title, "Il codice fiscale");
    // Its passages can be asked at once, offline.
    assert_eq!(
        guides
            .ask("codice fiscale", Some("bologna"), &[], 1)
            .unwrap()[0]
            .source_id,
        "codice-fiscale"
    );
    // A question in French finds it through the glossary the dump brought.
    let answer = guides
        .ask("mon numéro fiscal", Some("bologna"), &langs(&["fr"]), 1)
        .unwrap();
    assert_eq!(answer[0].source_id, "codice-fiscale", "{answer:#?}");
    assert!(answer[0].matched.iter().any(|w| w == "codice"));
}

#[test]
fn on_a_large_index_a_word_every_guide_has_does_not_drown_the_answer() {
    let (_dir, _store, services, guides) = setup();
    // 500 guides of 10 paragraphs: more than 5,000 passages, every one with "comune".
    let many: Vec<GuideRecord> = (0..500)
        .map(|i| {
            let mut g = guide(&format!("g-{i}"), None, None, &format!("Guida {i}"));
            g.texts[0].body = (0..10)
                .map(|b| format!("Il comune numero {i} paragrafo {b}."))
                .collect::<Vec<_>>()
                .join("\n\n");
            g
        })
        .collect();
    upsert(&services, many);
    let mut rare = guide("questura", None, None, "La Questura");
    rare.texts[0].body = "La questura rilascia il permesso.".into();
    upsert(&services, vec![rare]);
    // No passage has both words: the any-word answer keeps only the rare one.
    let answer = guides.ask("comune questura", None, &[], 5).unwrap();
    assert!(!answer.is_empty());
    assert!(
        answer.iter().all(|p| p.source_id == "questura"),
        "{:?}",
        answer.iter().map(|p| &p.source_id).collect::<Vec<_>>()
    );
}

#[test]
fn a_question_in_french_or_arabic_finds_a_guide_written_only_in_italian_through_the_glossary() {
    let (_dir, _store, services, guides) = setup();
    let permit = with_body(
        guide(
            "rinnovo-permesso",
            None,
            None,
            "Rinnovare il permesso di soggiorno",
        ),
        "it",
        "Il permesso di soggiorno va rinnovato prima che scada.\n\nServe il passaporto.",
    );
    let cf = with_body(
        guide("codice-fiscale", None, None, "Il codice fiscale"),
        "it",
        "Il codice fiscale serve per lavorare.",
    );
    upsert(&services, vec![permit, cf]);
    for (question, language) in [
        ("comment renouveler mon titre de séjour ?", "fr"),
        ("كيف أجدد الإقامة", "ar"),
        ("how do I renew my residence permit", "ar"),
    ] {
        let answer = guides.ask(question, None, &langs(&[language]), 3).unwrap();
        assert_eq!(
            answer.first().map(|p| p.source_id.as_str()),
            Some("rinnovo-permesso"),
            "{question}: {answer:#?}"
        );
        assert_eq!(answer[0].language, "it");
        assert!(
            answer[0].matched.iter().any(|w| w == "permesso"),
            "{question}: {answer:#?}"
        );
        // One answer per guide, and the tax code guide is no answer to it.
        assert!(answer.iter().all(|p| p.source_id != "codice-fiscale"));
    }
}

#[test]
fn the_passages_with_more_of_the_questions_words_come_first() {
    let (_dir, _store, services, guides) = setup();
    let both = with_body(
        guide("busta-paga", None, None, "Leggere la busta paga"),
        "it",
        "Nella busta paga trovi le ore e i contributi.",
    );
    // "contributi" alone, in more guides: rarer words first would rank them above.
    let mut only_one: Vec<GuideRecord> = (0..3)
        .map(|i| {
            with_body(
                guide(&format!("inps-{i}"), None, None, &format!("INPS {i}")),
                "it",
                "I contributi versati.",
            )
        })
        .collect();
    only_one.push(both);
    upsert(&services, only_one);
    let answer = guides.ask("ore contributi busta", None, &[], 4).unwrap();
    assert_eq!(answer[0].source_id, "busta-paga", "{answer:#?}");
    assert_eq!(answer.len(), 4, "the passages with fewer words follow");
}

#[test]
fn ask_answers_from_services_and_lessons_too_each_said_and_guides_first() {
    use crate::services::test_support::record;
    use ponte_wire::Category;
    let (_dir, store, services, guides) = setup();
    let mut lawyer = record(
        "avvocati-di-strada",
        44.49,
        11.34,
        Category::LegalAid,
        "Avvocato di strada",
    );
    lawyer.texts[0].description = "Consulenza legale gratis con un avvocato.".into();
    let mut roma = record(
        "avvocati-roma",
        41.9,
        12.5,
        Category::LegalAid,
        "Avvocato a Roma",
    );
    roma.region = "roma".into();
    roma.texts[0].description = "Un avvocato gratis.".into();
    services
        .apply_changes(&[
            ContentChange::UpsertService { service: lawyer },
            ContentChange::UpsertService { service: roma },
        ])
        .unwrap();
    let lessons = crate::lessons::Lessons::new(store);
    lessons
        .install_pack(
            &crate::lessons::tests::mini_pack(1, |_| {}),
            &crate::lessons::tests::trusted(),
        )
        .unwrap();
    upsert(
        &services,
        vec![with_body(
            guide("aiuto-legale", None, None, "Aiuto legale"),
            "it",
            "Un avvocato può aiutarti se non ti pagano.",
        )],
    );

    let answer = guides
        .ask("avvocato gratis", Some("bologna"), &[], 5)
        .unwrap();
    let sources: Vec<(AnswerSource, &str)> = answer
        .iter()
        .map(|p| (p.source, p.source_id.as_str()))
        .collect();
    // The service has both words; the guide one. Another region's service is no answer.
    assert_eq!(
        sources,
        [
            (AnswerSource::Service, "avvocati-di-strada"),
            (AnswerSource::Guide, "aiuto-legale")
        ]
    );
    assert_eq!(answer[0].source_title, "Avvocato di strada");
    assert!(answer[0].matched.contains(&"avvocato".to_string()));

    // A lesson's explanation, in English, without its marks.
    let answer = guides
        .ask("wireless network", None, &langs(&["en"]), 5)
        .unwrap();
    assert_eq!(answer[0].source, AnswerSource::Lesson);
    assert_eq!(answer[0].source_id, "wifi");
    assert_eq!(answer[0].source_title, "Wi-Fi");
    assert_eq!(answer[0].text, "Wi-Fi is a wireless network.");
    assert_eq!(answer[0].matched, ["wireless", "network"]);
}
