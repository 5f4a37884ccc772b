//! Journeys through the guides, driving only `App` events and reading only views. The guides
//! arrive as content changes, as a sync page brings them.

use ponte_wire::guides::{GuideRecord, GuideText, OfficialSource, Visibility};
use ponte_wire::{ContentChange, Provenance};

use super::*;
use crate::app::tests::{app_at_home, check_snapshot};
use crate::app::Event;
use crate::i18n::TextDirection;

const BODY_IT: &str = "Il codice fiscale serve per **lavorare**.\n\n\
## Dove\n\n\
- All'Agenzia delle Entrate, Via Marco Polo 60\n\
- Chiedi allo [sportello](service:bo-cpi) o segui la [lezione](lesson:wifi)\n\n\
Informazioni: 800 909 696 o [il sito](https://www.agenziaentrate.gov.it). Vedi anche [SPID](guide:spid).";

fn guides(app: &App) {
    let cf = GuideRecord {
        id: "codice-fiscale".into(),
        version: 1,
        region: None,
        parent: None,
        position: 1,
        visibility: Visibility::Public,
        last_checked: Some("2026-11-20".into()),
        sources: vec![OfficialSource {
            title: "Agenzia delle Entrate".into(),
            url: "https://www.agenziaentrate.gov.it/portale/codice-fiscale".into(),
        }],
        image: None,
        source_language: "it".into(),
        texts: vec![
            GuideText {
                language: "it".into(),
                title: "Il codice fiscale".into(),
                body: BODY_IT.into(),
                provenance: Provenance::Original,
                source_version: 1,
                image_alt: String::new(),
            },
            GuideText {
                language: "ar".into(),
                title: "الرمز الضريبي".into(),
                body: "الرمز الضريبي ضروري **للعمل**. اتصل بـ 800 909 696.".into(),
                provenance: Provenance::Machine,
                source_version: 1,
                image_alt: String::new(),
            },
        ],
    };
    let mut spid = cf.clone();
    spid.id = "spid".into();
    spid.parent = Some("codice-fiscale".into());
    spid.texts = vec![GuideText {
        language: "it".into(),
        title: "SPID".into(),
        body: "L'identità digitale.".into(),
        provenance: Provenance::Original,
        source_version: 1,
        image_alt: String::new(),
    }];
    crate::services::Services::new(app.store.clone())
        .apply_changes(&[
            ContentChange::UpsertGuide { guide: cf },
            ContentChange::UpsertGuide { guide: spid },
        ])
        .unwrap();
}

fn go(app: &App, link: &str) {
    app.handle(Event::OpenLink { link: link.into() }).unwrap();
}

fn act(app: &App, event: GuidesEvent) -> Vec<Effect> {
    app.handle(Event::Guides { event }).unwrap()
}

fn shown(app: &App) -> GuidesScreen {
    match app.view().unwrap().screen {
        Screen::Guides { screen } => screen,
        other => panic!("not a guides screen: {other:?}"),
    }
}

fn guide(app: &App) -> GuideView {
    match shown(app) {
        GuidesScreen::Guide { guide } => guide,
        other => panic!("not a guide: {other:?}"),
    }
}

#[test]
fn the_tree_and_a_guide_in_the_persons_language() {
    let dir = tempfile::tempdir().unwrap();
    let app = app_at_home(&dir.path().join("a.db"), "ar");
    guides(&app);
    go(&app, "ponte://guides");
    let GuidesScreen::Tree { items, empty, .. } = shown(&app) else {
        panic!()
    };
    assert_eq!(empty, None);
    assert_eq!(items.len(), 1, "SPID sits under the codice fiscale");
    assert_eq!(
        (
            items[0].title.as_str(),
            items[0].direction,
            items[0].link.as_str()
        ),
        (
            "الرمز الضريبي",
            TextDirection::RightToLeft,
            "ponte://guides/codice-fiscale"
        )
    );
    assert_eq!(items[0].more.as_ref().unwrap().locale, "ar");
    check_snapshot("guides-tree-ar", &app.view().unwrap());

    go(&app, &items[0].link);
    let view = app.view().unwrap();
    assert_eq!(view.title.text, "الرمز الضريبي");
    assert_eq!(view.title.direction, TextDirection::RightToLeft);
    let g = guide(&app);
    assert_eq!(g.language, "ar");
    assert_eq!(g.translation_notes.len(), 1, "machine translation said");
    assert_eq!(g.children.len(), 1);
    check_snapshot("guide-ar", &view);
}

/// A guide of the health card with its picture, described in Italian and Arabic.
fn pictured() -> GuideRecord {
    let text = |language: &str, title: &str, alt: &str| GuideText {
        language: language.into(),
        title: title.into(),
        body: format!("{title}."),
        provenance: Provenance::Original,
        source_version: 1,
        image_alt: alt.into(),
    };
    GuideRecord {
        id: "tessera".into(),
        version: 1,
        region: None,
        parent: None,
        position: 2,
        visibility: Visibility::Public,
        last_checked: None,
        sources: vec![],
        image: Some(ponte_wire::guides::GuideImage::new(
            ponte_wire::guides::SAMPLE_PNG.to_vec(),
        )),
        source_language: "it".into(),
        texts: vec![
            text("it", "La tessera sanitaria", "La tessera sanitaria, fronte"),
            text("ar", "البطاقة الصحية", "البطاقة الصحية من الأمام"),
        ],
    }
}

#[test]
fn a_guide_with_an_image_shows_it_described_in_the_language_shown() {
    for (language, alt) in [
        ("ar", "البطاقة الصحية من الأمام"),
        ("it", "La tessera sanitaria, fronte"),
    ] {
        let dir = tempfile::tempdir().unwrap();
        let app = app_at_home(&dir.path().join("a.db"), language);
        guides(&app);
        crate::services::Services::new(app.store.clone())
            .apply_changes(&[ContentChange::UpsertGuide { guide: pictured() }])
            .unwrap();
        // The codice fiscale has no image: none is shown.
        go(&app, "ponte://guides/codice-fiscale");
        assert_eq!(guide(&app).image, None);
        go(&app, "ponte://guides/tessera");
        let g = guide(&app);
        assert_eq!(g.language, language);
        let image = g.image.unwrap();
        assert_eq!(
            (
                image.media_type.as_str(),
                image.width,
                image.height,
                image.alt.as_str()
            ),
            ("image/png", 2, 1, alt),
            "{language}"
        );
        assert_eq!(image.bytes, ponte_wire::guides::SAMPLE_PNG);
    }
}

#[test]
fn links_open_the_app_the_dialler_the_map_and_the_web() {
    let dir = tempfile::tempdir().unwrap();
    let app = app_at_home(&dir.path().join("a.db"), "it");
    guides(&app);
    go(&app, "ponte://guides/codice-fiscale");
    let g = guide(&app);
    assert_eq!(g.language, "it");
    assert!(g.translation_notes.is_empty());
    assert!(
        g.checked.as_ref().unwrap().text.contains("2026"),
        "{:?}",
        g.checked
    );
    check_snapshot("guide-it", &app.view().unwrap());
    // Every link of the guide, in reading order, with what it does. A toll-free number stays
    // national: 800 numbers answer only calls from Italy.
    let links: Vec<(String, u32)> = g
        .blocks
        .iter()
        .flat_map(|b| match b {
            GuideBlock::Heading { spans, .. } | GuideBlock::Paragraph { spans } => spans.clone(),
            GuideBlock::Items { items, .. } => items.concat(),
        })
        .filter_map(|s| s.link.map(|l| (s.text, l)))
        .chain(g.sources.iter().map(|s| (s.title.clone(), s.link)))
        .collect();
    assert_eq!(
        links.iter().map(|(t, _)| t.as_str()).collect::<Vec<_>>(),
        [
            "Via Marco Polo 60",
            "sportello",
            "lezione",
            "800 909 696",
            "il sito",
            "SPID",
            "Agenzia delle Entrate"
        ]
    );
    let follow = |index: u32| act(&app, GuidesEvent::FollowLink { index });
    assert_eq!(
        follow(0),
        [Effect::OpenExternal {
            kind: ExternalKind::Directions,
            uri: "geo:0,0?q=Via+Marco+Polo+60".into()
        }]
    );
    assert_eq!(
        follow(3),
        [Effect::OpenExternal {
            kind: ExternalKind::Dial,
            uri: "tel:800909696".into()
        }]
    );
    assert_eq!(
        follow(6),
        [Effect::OpenExternal {
            kind: ExternalKind::Web,
            uri: "https://www.agenziaentrate.gov.it/portale/codice-fiscale".into()
        }]
    );
    // A number past the guide's links (the guide changed under the person's finger): nothing.
    assert!(follow(99).is_empty());
    // Inside the app: another guide, then back, then a service.
    follow(5);
    assert_eq!(
        app.view().unwrap().route,
        Route::Guide { id: "spid".into() }
    );
    app.back().unwrap();
    follow(1);
    assert_eq!(
        app.view().unwrap().route,
        Route::Service {
            id: "bo-cpi".into()
        }
    );
}

#[test]
fn read_aloud_and_a_guide_that_is_gone() {
    let dir = tempfile::tempdir().unwrap();
    let app = app_at_home(&dir.path().join("a.db"), "it");
    guides(&app);
    go(&app, "ponte://guides/codice-fiscale");
    let effects = act(&app, GuidesEvent::ReadAloud);
    let [Effect::ReadAloud { text, language }] = &effects[..] else {
        panic!("{effects:?}")
    };
    assert_eq!(language, "it-IT");
    assert!(
        text.starts_with("Il codice fiscale.\nIl codice fiscale serve per lavorare."),
        "{text}"
    );
    assert_eq!(act(&app, GuidesEvent::StopReading), [Effect::StopReading]);

    crate::services::Services::new(app.store.clone())
        .apply_changes(&[ContentChange::DeleteGuide {
            id: "codice-fiscale".into(),
        }])
        .unwrap();
    let GuidesScreen::NotFound { explanation } = shown(&app) else {
        panic!()
    };
    assert_eq!(explanation.locale, "it");
    assert!(act(&app, GuidesEvent::FollowLink { index: 0 }).is_empty());
}

#[test]
fn ask_from_the_guides_tree_and_come_back_to_the_answers() {
    let dir = tempfile::tempdir().unwrap();
    let app = app_at_home(&dir.path().join("a.db"), "it");
    guides(&app);
    go(&app, "ponte://guides");
    let tree = |app: &App| match shown(app) {
        GuidesScreen::Tree { ask, .. } => ask,
        other => panic!("{other:?}"),
    };
    assert!(tree(&app).answers.is_empty() && tree(&app).no_answer.is_none());
    act(
        &app,
        GuidesEvent::Ask {
            question: "dove si fa il codice fiscale?".into(),
        },
    );
    let ask = tree(&app);
    assert_eq!(ask.question, "dove si fa il codice fiscale?");
    assert_eq!(ask.answers[0].link, "ponte://guides/codice-fiscale");
    assert_eq!(ask.answers[0].title, "Il codice fiscale");
    let marked: Vec<&str> = ask.answers[0]
        .spans
        .iter()
        .filter(|s| s.matched)
        .map(|s| s.text.as_str())
        .collect();
    assert!(
        marked.contains(&"codice") && marked.contains(&"fiscale"),
        "{:?}",
        ask.answers[0]
    );
    check_snapshot("guides-ask-it", &app.view().unwrap());
    // Kept when the person leaves and comes back.
    go(&app, "ponte://home");
    go(&app, "ponte://guides");
    assert_eq!(tree(&app).answers.len(), ask.answers.len());
    // Nothing answers: said, in the person's language.
    act(
        &app,
        GuidesEvent::Ask {
            question: "zxqw".into(),
        },
    );
    assert_eq!(tree(&app).no_answer.unwrap().locale, "it");
    act(
        &app,
        GuidesEvent::Ask {
            question: " ".into(),
        },
    );
    assert!(tree(&app).no_answer.is_none() && tree(&app).question.is_empty());
}

#[test]
fn ask_my_tutor_asks_first_sends_through_the_outbox_and_the_answer_is_told() {
    use crate::app::reminders::NotificationCategory;
    let dir = tempfile::tempdir().unwrap();
    let app = app_at_home(&dir.path().join("a.db"), "fr");
    guides(&app);
    go(&app, "ponte://guides");
    let ask = |app: &App| match shown(app) {
        GuidesScreen::Tree { ask, .. } => ask,
        other => panic!("{other:?}"),
    };
    act(
        &app,
        GuidesEvent::Ask {
            question: "Où faire le code fiscal ?".into(),
        },
    );
    assert_eq!(ask(&app).tutor, None, "not paired: nobody to ask");
    crate::sync::pretend_paired(&app.store, "http://127.0.0.1:9");
    let tutor = ask(&app).tutor.unwrap();
    assert_eq!(tutor.action.unwrap().text, "Demander à mon tuteur");
    assert!(tutor.confirm.is_none() && tutor.sent.is_none());

    // Asked first; "don't send" sends nothing, and neither does a confirmation not asked for.
    assert!(act(&app, GuidesEvent::AskTutor).is_empty());
    let confirm = ask(&app).tutor.unwrap().confirm.unwrap();
    assert!(confirm.text.text.contains("tuteur"), "{confirm:?}");
    assert_eq!(confirm.send.text, "Envoyer");
    act(&app, GuidesEvent::CancelAskTutor);
    assert!(ask(&app).tutor.unwrap().confirm.is_none());
    assert!(act(&app, GuidesEvent::ConfirmAskTutor).is_empty());
    assert!(crate::sync::questions::sent(&app.store).unwrap().is_empty());

    // Yes: queued for the tutor and a sync started.
    act(&app, GuidesEvent::AskTutor);
    let effects = act(&app, GuidesEvent::ConfirmAskTutor);
    assert!(
        matches!(
            &effects[..],
            [Effect::Run {
                task: crate::app::Task::SyncNow
            }]
        ),
        "{effects:?}"
    );
    let sent = crate::sync::questions::sent(&app.store).unwrap();
    assert_eq!(sent.len(), 1);
    assert_eq!(sent[0].text, "Où faire le code fiscal ?");
    let tutor = ask(&app).tutor.unwrap();
    assert!(tutor.action.is_none() && tutor.confirm.is_none());
    assert_eq!(tutor.sent.unwrap().locale, "fr");
    // Another question can be sent in its turn.
    act(
        &app,
        GuidesEvent::Ask {
            question: "Et la carte d'identité ?".into(),
        },
    );
    assert!(ask(&app).tutor.unwrap().action.is_some());

    // The tutor's answer comes as a note naming the question: told a minute after it came.
    let now = app.now();
    app.store
        .write(|tx| {
            tx.execute(
                "INSERT INTO tutor_item (id, kind, title, text, place, url, done, updated_at, tutor, question)
                 VALUES ('answer', 'tutor_note', 'Où faire le code fiscal ?', 'À l''Agenzia delle Entrate.', '', '', 0, ?1, 'giulia', ?2)",
                rusqlite::params![now, sent[0].id],
            )?;
            Ok(())
        })
        .unwrap();
    let Effect::ScheduleNotifications { plan } = app.notification_plan().unwrap() else {
        panic!()
    };
    let told: Vec<_> = plan
        .notifications
        .iter()
        .filter(|n| n.category == NotificationCategory::TutorAnswer)
        .collect();
    assert_eq!(told.len(), 1, "{plan:?}");
    assert_eq!(told[0].link, "ponte://tutor");
    assert_eq!(told[0].at, now + 60_000);
    assert_eq!(
        told[0].title.text,
        "Votre tuteur a répondu à votre question"
    );
    assert!(told[0].body.text.contains("code fiscal"));
}
