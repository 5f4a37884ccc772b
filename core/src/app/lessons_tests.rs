//! Journeys through the lessons' screens, driving only `App` events and reading only views.
//! `app_at_home` installs the mini pack: course `mini` with lesson `wifi` (explain, try,
//! single choice, true/false, order, match pairs; 2 of the last 3 right to master) and lesson
//! `battery` (one multiple choice, all correct; needs `wifi`).

use std::collections::BTreeMap;

use super::*;
use crate::app::tests::{app_at_home, check_snapshot, monday_10, open_app, phone};
use crate::app::{AppView, Capabilities, Event};
use crate::i18n::TextDirection;

fn act(app: &App, event: LessonsEvent) -> Vec<Effect> {
    app.handle(Event::Lessons { event }).unwrap()
}

fn go(app: &App, link: &str) {
    app.handle(Event::OpenLink { link: link.into() }).unwrap();
}

fn lessons_screen(app: &App) -> LessonsScreen {
    match app.view().unwrap().screen {
        Screen::Lessons { screen } => screen,
        other => panic!("not a lessons screen: {other:?}"),
    }
}

fn player(app: &App) -> LessonPlayer {
    match lessons_screen(app) {
        LessonsScreen::Player { player } => player,
        other => panic!("not the player: {other:?}"),
    }
}

fn courses(app: &App) -> CoursesView {
    match lessons_screen(app) {
        LessonsScreen::Courses { courses } => courses,
        other => panic!("not the courses: {other:?}"),
    }
}

fn certificate(app: &App) -> CourseCertificate {
    match lessons_screen(app) {
        LessonsScreen::Certificate { certificate } => certificate,
        other => panic!("not the certificate: {other:?}"),
    }
}

fn has_plan(effects: &[Effect]) -> bool {
    effects
        .iter()
        .any(|e| matches!(e, Effect::ScheduleNotifications { .. }))
}

/// The id of the right side of a pair, found by its text (the ids are the view's own).
fn right_id(player: &LessonPlayer, text: &str) -> String {
    player
        .matches
        .iter()
        .find(|m| m.text.as_ref().unwrap().text == text)
        .unwrap_or_else(|| panic!("no match {text}: {:?}", player.matches))
        .id
        .clone()
}

/// The same database with another phone (other voices).
fn with_voices(app: &App, voices: &[&str]) -> App {
    let capabilities = Capabilities {
        voices: voices.iter().map(|v| v.to_string()).collect(),
        ..phone(&["ar"])
    };
    App::with_store(app.store().clone(), capabilities, Box::new(monday_10)).unwrap()
}

/// Goes through `wifi` to mastery with right answers only, from wherever it is.
fn master_wifi(app: &App) {
    go(app, "ponte://lessons/wifi");
    while player(app).step_number < 3 {
        act(app, LessonsEvent::Next);
    }
    act(app, LessonsEvent::Select { id: "b".into() });
    act(app, LessonsEvent::Check);
    act(app, LessonsEvent::Next);
    act(app, LessonsEvent::Select { id: "true".into() });
    act(app, LessonsEvent::Check);
    assert!(player(app).mastered.is_some());
    while player(app).next.is_some() {
        act(app, LessonsEvent::Next);
    }
    act(app, LessonsEvent::Finish);
}

fn master_battery(app: &App) {
    go(app, "ponte://lessons/battery");
    act(app, LessonsEvent::Select { id: "a".into() });
    act(app, LessonsEvent::Select { id: "b".into() });
    act(app, LessonsEvent::Check);
    assert!(player(app).feedback.unwrap().mastered_now);
    act(app, LessonsEvent::Finish);
}

#[test]
fn a_lesson_done_to_mastery_resumes_after_a_kill_at_the_same_step_and_selection() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("p.db");
    {
        let app = app_at_home(&path, "ar");
        app.handle(Event::Navigate {
            route: Route::Courses,
        })
        .unwrap();
        let list = courses(&app);
        assert_eq!(list.empty, None);
        assert_eq!(list.courses.len(), 1);
        let course = &list.courses[0];
        assert_eq!(course.title.text, "دورة تجريبية");
        assert_eq!((course.mastered, course.total), (0, 2));
        assert_eq!(course.progress.locale, "ar");
        // Nothing started: the first lesson ready to start comes first.
        assert_eq!(list.continue_with.as_ref().unwrap().id, "wifi");
        let battery = &course.lessons[1];
        assert_eq!(battery.status, LessonStatus::NotStarted);
        // Its prerequisite is a suggestion, named by its title in the person's language.
        let suggestion = battery.suggestion.as_ref().unwrap();
        assert!(suggestion.text.contains("الواي فاي"), "{}", suggestion.text);
        assert_eq!(suggestion.locale, "ar");

        go(&app, &course.lessons[0].link);
        let step = player(&app);
        assert_eq!((step.step_number, step.step_count), (1, 6));
        assert_eq!(step.kind, StepKind::Explain);
        assert_eq!(step.text.language, "ar");
        assert_eq!(step.text.direction, TextDirection::RightToLeft);
        assert_eq!(step.progress.locale, "ar");
        assert!(step.check.is_none() && step.previous.is_none() && step.finish.is_none());
        assert!(step.next.is_some());
        assert_eq!(step.mastery_rule.language, "ar");
        // Lesson nudges are off by default: moving on changes no reminder.
        assert!(act(&app, LessonsEvent::Next).is_empty());
        // Switched on (in the settings), the lesson's progress reschedules them.
        crate::app::reminders::set_category_enabled(
            app.store(),
            crate::app::reminders::NotificationCategory::Lesson,
            true,
        )
        .unwrap();
        // A step without Arabic falls back to English, and says so.
        let step = player(&app);
        assert_eq!(
            (step.kind, step.text.language.as_str()),
            (StepKind::Try, "en")
        );
        act(&app, LessonsEvent::Next);

        // Checking with nothing chosen: said on the answer, in Arabic, and nothing is logged.
        let step = player(&app);
        assert_eq!(step.kind, StepKind::SingleChoice);
        assert!(act(&app, LessonsEvent::Check).is_empty());
        let view = app.view().unwrap();
        assert_eq!(view.error.as_ref().unwrap().locale, "ar");
        let Screen::Lessons {
            screen: LessonsScreen::Player { player: refused },
        } = view.screen
        else {
            panic!()
        };
        assert_eq!(refused.answer_error.as_ref().unwrap().locale, "ar");
        assert_eq!(refused.feedback, None);
        assert!(crate::lessons::Lessons::new(app.store().clone())
            .attempts("wifi")
            .unwrap()
            .is_empty());

        // A wrong answer: why, in the content's language, and a way to try again.
        act(&app, LessonsEvent::Select { id: "a".into() });
        assert!(player(&app).choices[0].selected);
        assert!(has_plan(&act(&app, LessonsEvent::Check)));
        let step = player(&app);
        let feedback = step.feedback.as_ref().unwrap();
        assert!(!feedback.correct);
        assert_eq!(feedback.headline.locale, "ar");
        assert_eq!(feedback.explanations[0].text, "قد يرى الآخرون بياناتك.");
        assert!(step.try_again.is_some() && step.check.is_none());
        assert_eq!(
            step.answer_error, None,
            "the refusal went with the next event"
        );
        act(&app, LessonsEvent::TryAgain);
        act(&app, LessonsEvent::Select { id: "b".into() });
        act(&app, LessonsEvent::ShowHint);
        let step = player(&app);
        assert_eq!(step.hints.len(), 1);
        assert!(step.hint.is_none(), "the only hint is open");
        assert!(step.choices[1].selected && !step.choices[0].selected);
        act(&app, LessonsEvent::Check);
        assert!(player(&app).feedback.unwrap().correct);
        act(&app, LessonsEvent::Next);

        // True or false: "true" picked, then the app is killed before checking.
        act(&app, LessonsEvent::Select { id: "true".into() });
        assert!(player(&app).choices[0].selected);
    }
    let app = open_app(&path, &["ar"]);
    assert_eq!(
        app.view().unwrap().route,
        Route::Lesson { id: "wifi".into() }
    );
    let step = player(&app);
    assert_eq!((step.step_number, step.kind), (4, StepKind::TrueFalse));
    assert!(step.choices[0].selected, "the selection survived the kill");
    act(&app, LessonsEvent::Check);
    let step = player(&app);
    let feedback = step.feedback.unwrap();
    assert!(feedback.correct && feedback.mastered_now, "2 of the last 3");
    assert_eq!(step.status, LessonStatus::Mastered);
    assert_eq!(step.mastered.unwrap().locale, "ar");
    act(&app, LessonsEvent::Next);

    // Order: the person's order so far survives a kill too.
    let step = player(&app);
    assert_eq!(step.kind, StepKind::Order);
    assert!(step.move_earlier.is_some());
    act(
        &app,
        LessonsEvent::MoveItem {
            id: "1".into(),
            position: 0,
        },
    );
    act(
        &app,
        LessonsEvent::MoveItem {
            id: "2".into(),
            position: 1,
        },
    );
    drop(app);
    let app = open_app(&path, &["ar"]);
    let order: Vec<String> = player(&app).choices.iter().map(|c| c.id.clone()).collect();
    assert_eq!(order, ["1", "2", "3"]);
    act(&app, LessonsEvent::Check);
    assert!(player(&app).feedback.unwrap().correct);
    act(&app, LessonsEvent::Next);

    // Pairs: a left item held, then its right side; then one dragged.
    let step = player(&app);
    assert_eq!(step.kind, StepKind::MatchPairs);
    let (home, cost) = (
        right_id(&step, "free at home"),
        right_id(&step, "cost money"),
    );
    act(&app, LessonsEvent::Select { id: "1".into() });
    assert!(player(&app).choices[0].selected, "held");
    act(&app, LessonsEvent::Select { id: home.clone() });
    act(
        &app,
        LessonsEvent::MatchPair {
            left: "2".into(),
            right: cost.clone(),
        },
    );
    drop(app);
    let app = open_app(&path, &["ar"]);
    let step = player(&app);
    assert_eq!(step.choices[0].paired_with.as_deref(), Some(home.as_str()));
    assert_eq!(step.choices[1].paired_with.as_deref(), Some(cost.as_str()));
    assert!(!step.choices[0].selected);
    act(&app, LessonsEvent::Check);
    let step = player(&app);
    assert!(step.feedback.unwrap().correct);
    assert!(step.next.is_none() && step.finish.is_some());

    // Finish: back to the courses, which show the mastery; the lesson's nudge goes.
    let effects = act(&app, LessonsEvent::Finish);
    let [Effect::ScheduleNotifications { plan }] = &effects[..] else {
        panic!("{effects:?}")
    };
    assert!(plan.notifications.iter().all(|n| !n.link.contains("wifi")));
    let view = app.view().unwrap();
    assert_eq!(view.route, Route::Courses);
    assert_eq!(view.notice.unwrap().locale, "ar");
    let list = courses(&app);
    assert_eq!(list.courses[0].mastered, 1);
    assert_eq!(list.courses[0].lessons[0].status, LessonStatus::Mastered);
    assert_eq!(list.courses[0].lessons[1].suggestion, None);
    assert_eq!(list.continue_with.unwrap().id, "battery");

    // Opened again, the lesson starts where the person left it: the last step, nothing
    // chosen.
    go(&app, "ponte://lessons/wifi");
    let step = player(&app);
    assert_eq!(step.step_number, 6);
    assert!(step.choices.iter().all(|c| c.paired_with.is_none()));
}

#[test]
fn wrong_answers_say_why_on_every_kind_of_question() {
    let dir = tempfile::tempdir().unwrap();
    let app = app_at_home(&dir.path().join("p.db"), "en");
    // Multiple choice: the wrong choice's own text, and how many right ones are missing.
    go(&app, "ponte://lessons/battery");
    let step = player(&app);
    assert_eq!(
        step.instruction.unwrap().text,
        "Choose all the right answers."
    );
    act(&app, LessonsEvent::Select { id: "a".into() });
    act(&app, LessonsEvent::Select { id: "c".into() });
    act(&app, LessonsEvent::Select { id: "c".into() });
    act(&app, LessonsEvent::Select { id: "c".into() });
    act(&app, LessonsEvent::Check);
    let feedback = player(&app).feedback.unwrap();
    assert_eq!(feedback.headline.text, "Not quite.");
    let texts: Vec<&str> = feedback
        .explanations
        .iter()
        .map(|t| t.text.as_str())
        .collect();
    assert_eq!(texts[0], "Off uses nothing.");
    assert!(
        texts[1].contains("one right answer is missing"),
        "{texts:?}"
    );
    // Changing the selection drops the old feedback.
    act(&app, LessonsEvent::Select { id: "c".into() });
    assert_eq!(player(&app).feedback, None);
    app.back().unwrap();

    // Order, as shown (never the right order): the author's feedback.
    go(&app, "ponte://lessons/wifi");
    for _ in 0..4 {
        act(&app, LessonsEvent::Next);
    }
    act(&app, LessonsEvent::Check);
    let feedback = player(&app).feedback.unwrap();
    assert!(!feedback.correct);
    assert_eq!(feedback.explanations[0].text, "Settings first.");
    act(&app, LessonsEvent::Next);

    // Pairs: half made is refused on the answer; crossed pairs are wrong.
    let step = player(&app);
    let (home, cost) = (
        right_id(&step, "free at home"),
        right_id(&step, "cost money"),
    );
    act(
        &app,
        LessonsEvent::MatchPair {
            left: "1".into(),
            right: cost.clone(),
        },
    );
    act(&app, LessonsEvent::Check);
    let view = app.view().unwrap();
    assert_eq!(view.error.as_ref().unwrap().locale, "en");
    assert_eq!(
        player(&app).answer_error.unwrap().text,
        "This field is needed."
    );
    act(
        &app,
        LessonsEvent::MatchPair {
            left: "2".into(),
            right: home,
        },
    );
    act(&app, LessonsEvent::Check);
    let feedback = player(&app).feedback.unwrap();
    assert!(!feedback.correct);
    assert!(!feedback.explanations.is_empty());
    // An id the step does not have changes nothing.
    act(&app, LessonsEvent::Select { id: "zz".into() });
    assert!(player(&app).feedback.is_some());
}

/// The mini course with a picture and an Arabic recording on its first step.
fn pack_with_media() -> Vec<u8> {
    use ponte_wire::lessons::Step;
    let mut course: ponte_wire::lessons::Course =
        serde_json::from_str(include_str!("../../tests/fixtures/mini-course.json")).unwrap();
    if let Step::Explain { image, audio, .. } = &mut course.lessons[0].steps[0] {
        *image = Some("media/wifi.png".into());
        audio.insert("ar".into(), "media/intro-ar.mp3".into());
    }
    // And a picture question after the battery's first one.
    course.lessons[1].steps.push(
        serde_json::from_str(
            r#"{ "id": "q2", "kind": "pick_picture", "question": { "it": "Cosa ricarica il telefono?", "en": "What charges the phone?" },
                 "choices": [ { "id": "a", "image": "media/charger.png", "alt": { "it": "Un caricatore", "en": "A charger" }, "correct": true },
                              { "id": "b", "image": "media/torch.jpg", "alt": { "it": "Una torcia", "en": "A torch" }, "correct": false,
                                "feedback": { "it": "Una torcia non ricarica.", "en": "A torch charges nothing." } } ] }"#,
        )
        .unwrap(),
    );
    let media = BTreeMap::from([
        ("media/wifi.png".to_owned(), b"\x89PNG picture".to_vec()),
        ("media/intro-ar.mp3".to_owned(), b"ID3 recording".to_vec()),
        ("media/charger.png".to_owned(), b"\x89PNG charger".to_vec()),
        ("media/torch.jpg".to_owned(), b"JFIF torch".to_vec()),
    ]);
    ponte_wire::pack::build(
        "mini",
        2,
        &ponte_wire::pack::Curriculum {
            courses: vec![course],
        },
        &media,
        &ponte_wire::pack::SigningKey::from_bytes(&crate::lessons::tests::SEED),
        true,
    )
}

#[test]
fn read_aloud_uses_the_voice_then_the_recording_then_another_language_then_says_there_is_none() {
    let dir = tempfile::tempdir().unwrap();
    let home = app_at_home(&dir.path().join("p.db"), "ar");
    crate::lessons::Lessons::new(home.store().clone())
        .install_pack(&pack_with_media(), &crate::lessons::tests::trusted())
        .unwrap();
    go(&home, "ponte://lessons/wifi");
    drop(home);

    // A phone with an Arabic voice reads the Arabic text.
    let app = with_voices(&open_app(&dir.path().join("p.db"), &["ar"]), &["ar-EG"]);
    let step = player(&app);
    assert_eq!(step.listen.locale, "ar");
    let image = step.image.unwrap();
    assert_eq!(
        (image.mime_type.as_str(), image.bytes.as_slice()),
        ("image/png", &b"\x89PNG picture"[..])
    );
    assert_eq!(
        act(&app, LessonsEvent::ReadAloud),
        [Effect::ReadAloud {
            text: "الواي فاي شبكة لاسلكية.".into(),
            language: "ar-EG".into()
        }]
    );
    assert_eq!(app.view().unwrap().notice, None);

    // Without an Arabic voice, the step's Arabic recording.
    let app = with_voices(&app, &["it-IT", "en-US"]);
    assert_eq!(
        act(&app, LessonsEvent::ReadAloud),
        [Effect::PlayAudio {
            bytes: b"ID3 recording".to_vec(),
            mime_type: "audio/mpeg".into()
        }]
    );

    // A step without a recording: the same step in English, the person's next language,
    // said in Arabic.
    act(&app, LessonsEvent::Next);
    act(&app, LessonsEvent::Next);
    assert_eq!(player(&app).text.language, "ar");
    assert_eq!(
        act(&app, LessonsEvent::ReadAloud),
        [Effect::ReadAloud {
            text: "Is public Wi-Fi safe for banking?\nYes\nNo".into(),
            language: "en-US".into()
        }]
    );
    let notice = app.view().unwrap().notice.unwrap();
    assert_eq!(notice.locale, "ar");

    // No voice at all: nothing to do, and the notice says so.
    let app = with_voices(&app, &[]);
    assert!(act(&app, LessonsEvent::ReadAloud).is_empty());
    let silent = app.view().unwrap().notice.unwrap();
    assert_eq!(silent.locale, "ar");
    assert_ne!(silent.text, notice.text);
    assert_eq!(act(&app, LessonsEvent::StopReading), [Effect::StopReading]);
}

#[test]
fn a_picture_question_shows_its_pictures_described_for_screen_readers() {
    let dir = tempfile::tempdir().unwrap();
    let app = app_at_home(&dir.path().join("p.db"), "en");
    crate::lessons::Lessons::new(app.store().clone())
        .install_pack(&pack_with_media(), &crate::lessons::tests::trusted())
        .unwrap();
    go(&app, "ponte://lessons/battery");
    act(&app, LessonsEvent::Next);
    let step = player(&app);
    assert_eq!(step.kind, StepKind::PickPicture);
    assert_eq!(step.instruction.unwrap().text, "Choose the right picture.");
    let pictures: Vec<(String, String, Vec<u8>)> = step
        .choices
        .iter()
        .map(|c| {
            let image = c.image.clone().unwrap();
            (c.text.clone().unwrap().text, image.mime_type, image.bytes)
        })
        .collect();
    assert_eq!(
        pictures,
        [
            (
                "A charger".into(),
                "image/png".into(),
                b"\x89PNG charger".to_vec()
            ),
            (
                "A torch".into(),
                "image/jpeg".into(),
                b"JFIF torch".to_vec()
            ),
        ]
    );
    act(&app, LessonsEvent::Select { id: "b".into() });
    act(&app, LessonsEvent::Check);
    let step = player(&app);
    assert!(step.choices[1].selected);
    assert_eq!(
        step.feedback.unwrap().explanations[0].text,
        "A torch charges nothing."
    );
}

#[test]
fn the_time_an_answer_took_and_the_hints_opened_go_to_the_attempt_log() {
    use std::sync::atomic::{AtomicI64, Ordering};
    let dir = tempfile::tempdir().unwrap();
    let home = app_at_home(&dir.path().join("p.db"), "en");
    let clock = std::sync::Arc::new(AtomicI64::new(monday_10().millis()));
    let time = clock.clone();
    let app = App::with_store(
        home.store().clone(),
        phone(&["en"]),
        Box::new(move || crate::time::Timestamp::from_millis(time.load(Ordering::SeqCst))),
    )
    .unwrap();
    go(&app, "ponte://lessons/wifi");
    act(&app, LessonsEvent::Next);
    act(&app, LessonsEvent::Next);
    clock.fetch_add(7_000, Ordering::SeqCst);
    act(&app, LessonsEvent::ShowHint);
    clock.fetch_add(5_000, Ordering::SeqCst);
    act(&app, LessonsEvent::Select { id: "b".into() });
    act(&app, LessonsEvent::Check);
    let log = crate::lessons::Lessons::new(app.store().clone())
        .attempts("wifi")
        .unwrap();
    assert_eq!(log, [("q1".to_owned(), true, true, 12_000)]);
}

#[test]
fn the_certificate_says_what_is_missing_then_is_shared_with_the_name_typed() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("p.db");
    let app = app_at_home(&path, "en");
    go(&app, "ponte://lessons/course/mini/certificate");
    let missing = certificate(&app);
    assert_eq!(missing.missing.len(), 2);
    assert!(missing.share.is_none() && missing.html.is_none() && missing.name.is_none());
    assert_eq!(
        missing.explanation.text,
        "To get the certificate, master these lessons first:"
    );
    // Sharing before mastery is not offered; a late event shares nothing and says nothing.
    assert!(act(&app, LessonsEvent::ShareCertificate).is_empty());
    assert_eq!(app.view().unwrap().error, None);
    assert_eq!(certificate(&app).missing.len(), 2);
    app.back().unwrap();

    master_wifi(&app);
    master_battery(&app);
    go(&app, "ponte://lessons/course/mini/certificate");
    let ready = certificate(&app);
    assert!(ready.missing.is_empty());
    let name = ready.name.unwrap();
    assert_eq!(
        (name.label.text.as_str(), name.value.as_str()),
        ("Name on the certificate", "")
    );
    assert!(ready.share.is_none(), "nothing to share without a name");

    // Shared without a name: refused on the name.
    assert!(act(&app, LessonsEvent::ShareCertificate).is_empty());
    let view = app.view().unwrap();
    assert_eq!(view.error.unwrap().locale, "en");
    let Screen::Lessons {
        screen: LessonsScreen::Certificate {
            certificate: refused,
        },
    } = view.screen
    else {
        panic!()
    };
    assert_eq!(
        refused.name.unwrap().error.unwrap().text,
        "This field is needed."
    );

    act(
        &app,
        LessonsEvent::CertificateName {
            name: "Amina <Yusuf>".into(),
        },
    );
    drop(app);
    let app = open_app(&path, &["en"]);
    let ready = certificate(&app);
    assert_eq!(
        ready.name.unwrap().value,
        "Amina <Yusuf>",
        "kept across a kill"
    );
    assert!(ready.html.unwrap().contains("Amina &lt;Yusuf&gt;"));
    let effects = act(&app, LessonsEvent::ShareCertificate);
    let [Effect::ShareFile {
        file_name,
        mime_type,
        bytes,
    }] = &effects[..]
    else {
        panic!("{effects:?}")
    };
    assert_eq!(
        (file_name.as_str(), mime_type.as_str()),
        ("ponte-certificate-mini.html", "text/html")
    );
    let html = String::from_utf8(bytes.clone()).unwrap();
    assert!(html.contains("Test course") && html.contains("Amina &lt;Yusuf&gt;"));
}

#[test]
fn no_pack_and_a_lesson_gone_are_said_not_left_blank() {
    let dir = tempfile::tempdir().unwrap();
    let app = open_app(&dir.path().join("p.db"), &["fa"]);
    settings::set_flag(app.store(), key::FIRST_RUN_DONE, true).unwrap();
    let app = App::with_store(app.store().clone(), phone(&["fa"]), Box::new(monday_10)).unwrap();
    go(&app, "ponte://lessons");
    let list = courses(&app);
    assert!(list.courses.is_empty() && list.continue_with.is_none());
    assert_eq!(list.empty.unwrap().locale, "fa");
    let mut said = Vec::new();
    for link in [
        "ponte://lessons/wifi",
        "ponte://lessons/course/mini/glossary",
        "ponte://lessons/course/mini/certificate",
    ] {
        go(&app, link);
        let LessonsScreen::Unavailable { explanation } = lessons_screen(&app) else {
            panic!("{link}")
        };
        assert_eq!(explanation.locale, "fa");
        said.push(explanation.text);
        // Player events on a missing lesson change nothing.
        assert!(act(&app, LessonsEvent::Check).is_empty());
    }
    // A lesson gone and a course gone are told apart.
    assert_ne!(said[0], said[1]);
    assert_eq!(said[1], said[2]);
}

#[test]
fn the_glossary_shows_the_courses_terms_in_the_content_language_with_fallback() {
    let dir = tempfile::tempdir().unwrap();
    let app = app_at_home(&dir.path().join("p.db"), "fa");
    go(&app, "ponte://lessons/course/mini/glossary");
    let LessonsScreen::Glossary { glossary } = lessons_screen(&app) else {
        panic!()
    };
    assert_eq!(glossary.empty, None);
    assert_eq!(glossary.terms.len(), 1);
    // No Farsi in the pack: English, which says it is English.
    assert_eq!(glossary.terms[0].term.text, "network");
    assert_eq!(glossary.terms[0].explanation.language, "en");
    // Looking at the glossary starts no lesson.
    assert!(courses_statuses(&app)
        .iter()
        .all(|s| *s == LessonStatus::NotStarted));
}

fn courses_statuses(app: &App) -> Vec<LessonStatus> {
    crate::lessons::Lessons::new(app.store().clone())
        .courses(&["en".into()])
        .unwrap()
        .into_iter()
        .flat_map(|c| c.lessons)
        .map(|l| l.status)
        .collect()
}

/// The view with the match ids (random per phone, and so is the order they shuffle into)
/// replaced by placeholders, the matches in the order of their texts.
fn without_random_ids(mut view: AppView) -> AppView {
    if let Screen::Lessons {
        screen: LessonsScreen::Player { player },
    } = &mut view.screen
    {
        player
            .matches
            .sort_by_key(|m| m.text.as_ref().map(|t| t.text.clone()));
        let ids: Vec<String> = player.matches.iter().map(|m| m.id.clone()).collect();
        let placeholder = |id: &str| {
            ids.iter()
                .position(|m| m == id)
                .map_or_else(|| id.to_owned(), |i| format!("<match-{}>", i + 1))
        };
        for choice in player.matches.iter_mut().chain(player.choices.iter_mut()) {
            choice.id = placeholder(&choice.id);
            choice.paired_with = choice.paired_with.as_deref().map(placeholder);
        }
    }
    view
}

#[test]
fn every_lessons_screen_in_italian_english_arabic_and_farsi_matches_its_snapshot() {
    for language in ["it", "en", "ar", "fa"] {
        let dir = tempfile::tempdir().unwrap();
        let app = app_at_home(&dir.path().join("p.db"), language);
        let shot = |name: &str| {
            check_snapshot(
                &format!("lessons-{name}.{language}"),
                &without_random_ids(app.view().unwrap()),
            );
        };
        go(&app, "ponte://lessons");
        shot("courses");
        go(&app, "ponte://lessons/course/mini/glossary");
        shot("glossary");
        app.back().unwrap();
        go(&app, "ponte://lessons/course/mini/certificate");
        shot("certificate-missing");
        app.back().unwrap();

        go(&app, "ponte://lessons/wifi");
        shot("player-explain");
        act(&app, LessonsEvent::Next);
        shot("player-try");
        act(&app, LessonsEvent::Next);
        act(&app, LessonsEvent::Check);
        shot("player-single-choice-nothing-chosen");
        act(&app, LessonsEvent::Select { id: "a".into() });
        act(&app, LessonsEvent::ShowHint);
        act(&app, LessonsEvent::Check);
        shot("player-single-choice-wrong");
        act(&app, LessonsEvent::Next);
        act(&app, LessonsEvent::Select { id: "true".into() });
        act(&app, LessonsEvent::Check);
        shot("player-true-false-right");
        act(&app, LessonsEvent::Next);
        shot("player-order");
        act(&app, LessonsEvent::Next);
        act(&app, LessonsEvent::Select { id: "1".into() });
        shot("player-match-pairs-held");
        let step = player(&app);
        let (home, cost) = if language == "it" {
            ("gratis a casa", "costano")
        } else {
            ("free at home", "cost money")
        };
        act(
            &app,
            LessonsEvent::MatchPair {
                left: "1".into(),
                right: right_id(&step, home),
            },
        );
        act(
            &app,
            LessonsEvent::MatchPair {
                left: "2".into(),
                right: right_id(&step, cost),
            },
        );
        act(&app, LessonsEvent::Check);
        shot("player-match-pairs-right");
        act(&app, LessonsEvent::Finish);
        shot("courses-after-a-lesson");
        master_battery(&app);

        // The certificate's date is the day the last lesson was mastered: fixed here.
        app.store()
            .write(|tx| {
                tx.execute(
                    "UPDATE lesson_progress SET mastered_at = ?1",
                    [monday_10().millis()],
                )?;
                Ok(())
            })
            .unwrap();
        go(&app, "ponte://lessons/course/mini/certificate");
        act(
            &app,
            LessonsEvent::CertificateName {
                name: "Amina Yusuf".into(),
            },
        );
        shot("certificate-ready");
        go(&app, "ponte://lessons/a-lesson-a-newer-pack-removed");
        shot("unavailable");

        // A phone without lessons.
        let bare = open_app(&dir.path().join("bare.db"), &[language]);
        settings::set_flag(bare.store(), key::FIRST_RUN_DONE, true).unwrap();
        let bare = App::with_store(
            bare.store().clone(),
            phone(&[language]),
            Box::new(monday_10),
        )
        .unwrap();
        go(&bare, "ponte://lessons");
        check_snapshot(
            &format!("lessons-courses-empty.{language}"),
            &bare.view().unwrap(),
        );
    }
}
