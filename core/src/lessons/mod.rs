//! Smartphone digital-literacy lessons: signed content packs, the player (start or resume at the
//! saved step, answer, retry, hints), progress, mastery after Kolibri's models, attempt logs and
//! course certificates.

mod pack;
mod player;

use std::sync::Arc;

pub use pack::PackInfo;
pub use player::{
    Answer, AnswerResult, ChoiceView, CourseSummary, GlossaryView, LessonStatus, LessonSummary,
    LessonView, PairAnswer, StepKind, StepView, Text,
};
pub use ponte_wire::lessons::{Level, MasteryRule};

use crate::store::Store;

/// The lessons over the shared store.
#[derive(Debug, Clone)]
pub struct Lessons {
    store: Arc<Store>,
}

impl Lessons {
    pub fn new(store: Arc<Store>) -> Self {
        Lessons { store }
    }
}

#[cfg(test)]
pub(crate) mod tests {
    use super::*;
    use crate::error::{Error, InvalidReason};
    use crate::i18n::TextDirection;
    use ponte_wire::content::Provenance;
    use ponte_wire::pack::{self, Curriculum};
    use std::collections::BTreeMap;

    pub(crate) const SEED: [u8; 32] = [11; 32];

    pub(crate) fn trusted() -> Vec<String> {
        vec![pack::public_key_to_base64(
            &pack::SigningKey::from_bytes(&SEED).verifying_key(),
        )]
    }

    pub(crate) fn mini_pack(version: u32, edit: impl Fn(&mut Curriculum)) -> Vec<u8> {
        let course =
            serde_json::from_str(include_str!("../../tests/fixtures/mini-course.json")).unwrap();
        let mut curriculum = Curriculum {
            courses: vec![course],
        };
        edit(&mut curriculum);
        pack::build(
            "mini",
            version,
            &curriculum,
            &BTreeMap::new(),
            &pack::SigningKey::from_bytes(&SEED),
            true,
        )
    }

    fn lessons() -> (tempfile::TempDir, Lessons) {
        let (dir, store) = crate::store::tests::temp_store();
        (dir, Lessons::new(Arc::new(store)))
    }

    fn chain(l: &str) -> Vec<String> {
        vec![l.to_owned(), "en".into(), "it".into()]
    }

    fn choose(id: &str) -> Answer {
        Answer::Choices {
            ids: vec![id.to_owned()],
        }
    }

    #[test]
    fn a_lesson_from_start_to_mastery() {
        let (_dir, lessons) = lessons();
        let info = lessons
            .install_pack(&mini_pack(1, |_| {}), &trusted())
            .unwrap();
        assert_eq!(
            (info.courses, info.lessons, info.demo, info.changed),
            (1, 2, true, true)
        );
        let view = lessons.open_lesson("wifi", &chain("ar")).unwrap();
        assert_eq!(
            (view.step.index, view.step.total, view.step.kind),
            (0, 6, StepKind::Explain)
        );
        assert_eq!(view.step.text.language, "ar");
        assert_eq!(view.step.text.direction, TextDirection::RightToLeft);
        assert_eq!(view.step.text.provenance, Provenance::Machine);
        assert_eq!(view.step.text.speakable, "الواي فاي شبكة لاسلكية.");
        assert_eq!(view.glossary[0].term.text, "شبكة");
        // A step without Arabic falls back to English, and says so.
        let view = lessons.go_to_step("wifi", 1, &chain("ar")).unwrap();
        assert_eq!(
            (view.step.kind, view.step.text.language.as_str()),
            (StepKind::Try, "en")
        );

        let wrong = lessons
            .answer("wifi", "q1", &choose("a"), false, 4000, &chain("it"))
            .unwrap();
        assert!(!wrong.correct);
        assert_eq!(wrong.feedback[0].text, "Altri possono vedere i tuoi dati.");
        let right = lessons
            .answer("wifi", "q1", &choose("b"), true, 2000, &chain("it"))
            .unwrap();
        assert!(right.correct && !right.mastered_now);
        let right = lessons
            .answer(
                "wifi",
                "q2",
                &Answer::TrueFalse { value: true },
                false,
                1000,
                &chain("it"),
            )
            .unwrap();
        assert!(right.mastered_now, "2 of the last 3");
        assert_eq!(right.status, LessonStatus::Mastered);
        let log = lessons.attempts("wifi").unwrap();
        assert_eq!(
            log,
            vec![
                ("q1".into(), false, false, 4000),
                ("q1".into(), true, true, 2000),
                ("q2".into(), true, false, 1000)
            ]
        );

        let courses = lessons.courses(&chain("it")).unwrap();
        assert_eq!(courses[0].mastered, 1);
        assert!(
            courses[0].lessons[1].missing_prerequisites.is_empty(),
            "wifi is mastered, battery is open"
        );
    }

    #[test]
    fn order_and_pairs_are_checked() {
        let (_dir, lessons) = lessons();
        lessons
            .install_pack(&mini_pack(1, |_| {}), &trusted())
            .unwrap();
        let view = lessons.go_to_step("wifi", 4, &chain("it")).unwrap();
        let shown: Vec<String> = view.step.choices.iter().map(|c| c.id.clone()).collect();
        assert_ne!(shown, ["1", "2", "3"], "items come shuffled");
        let ordered = Answer::Order {
            ids: vec!["1".into(), "2".into(), "3".into()],
        };
        assert!(
            lessons
                .answer("wifi", "q3", &ordered, false, 0, &chain("it"))
                .unwrap()
                .correct
        );
        let wrong = Answer::Order {
            ids: vec!["2".into(), "1".into(), "3".into()],
        };
        assert_eq!(
            lessons
                .answer("wifi", "q3", &wrong, false, 0, &chain("it"))
                .unwrap()
                .feedback[0]
                .text,
            "Prima le impostazioni."
        );
        let pairs = |a: &str, b: &str| Answer::Pairs {
            pairs: vec![
                PairAnswer {
                    left: "1".into(),
                    right: a.into(),
                },
                PairAnswer {
                    left: "2".into(),
                    right: b.into(),
                },
            ],
        };
        assert!(
            lessons
                .answer("wifi", "q4", &pairs("1", "2"), false, 0, &chain("it"))
                .unwrap()
                .correct
        );
        assert!(
            !lessons
                .answer("wifi", "q4", &pairs("2", "1"), false, 0, &chain("it"))
                .unwrap()
                .correct
        );
        // Answers that do not fit the question change nothing.
        let before = lessons.attempts("wifi").unwrap().len();
        for bad in [
            choose("z"),
            Answer::TrueFalse { value: true },
            Answer::Order {
                ids: vec!["1".into()],
            },
        ] {
            let err = lessons
                .answer(
                    "wifi",
                    if matches!(bad, Answer::Choices { .. }) {
                        "q1"
                    } else {
                        "q3"
                    },
                    &bad,
                    false,
                    0,
                    &chain("it"),
                )
                .unwrap_err();
            assert!(
                matches!(
                    err,
                    Error::Invalid {
                        reason: InvalidReason::BadAnswer,
                        ..
                    }
                ),
                "{err:?}"
            );
        }
        assert!(matches!(
            lessons.answer("wifi", "nope", &choose("a"), false, 0, &[]),
            Err(Error::NotFound { .. })
        ));
        assert_eq!(lessons.attempts("wifi").unwrap().len(), before);
    }

    #[test]
    fn resume_where_the_person_left_even_after_reopening() {
        let (dir, store) = crate::store::tests::temp_store();
        let lessons = Lessons::new(Arc::new(store));
        lessons
            .install_pack(&mini_pack(1, |_| {}), &trusted())
            .unwrap();
        lessons.open_lesson("wifi", &chain("it")).unwrap();
        lessons.go_to_step("wifi", 3, &chain("it")).unwrap();
        drop(lessons);
        let store =
            crate::Store::open(dir.path().join("ponte.db"), &crate::store::tests::KEY).unwrap();
        let lessons = Lessons::new(Arc::new(store));
        let view = lessons.open_lesson("wifi", &chain("it")).unwrap();
        assert_eq!(
            (view.step.id.as_str(), view.status),
            ("q2", LessonStatus::InProgress)
        );
        let last = lessons.go_to_step("wifi", 99, &chain("it")).unwrap();
        assert_eq!((last.step.index, last.status), (5, LessonStatus::Completed));
    }

    #[test]
    fn tampered_or_untrusted_packs_are_refused() {
        let (_dir, lessons) = lessons();
        let bytes = mini_pack(1, |_| {});
        let mut file: serde_json::Value = serde_json::from_slice(&bytes).unwrap();
        let document = file["document"]
            .as_str()
            .unwrap()
            .replace("Corso di prova", "Corso truccato");
        file["document"] = document.into();
        let tampered = serde_json::to_vec(&file).unwrap();
        let err = lessons.install_pack(&tampered, &trusted()).unwrap_err();
        assert!(
            matches!(err, Error::Content { ref field, .. } if field == "pack"),
            "{err:?}"
        );
        let stranger = vec![pack::public_key_to_base64(
            &pack::SigningKey::from_bytes(&[1; 32]).verifying_key(),
        )];
        assert!(lessons.install_pack(&bytes, &stranger).is_err());
        assert!(lessons.courses(&[]).unwrap().is_empty());
    }

    #[test]
    fn a_newer_pack_keeps_progress_and_an_older_one_is_refused() {
        let (_dir, lessons) = lessons();
        lessons
            .install_pack(&mini_pack(2, |_| {}), &trusted())
            .unwrap();
        lessons.go_to_step("wifi", 2, &chain("it")).unwrap();
        lessons
            .answer("wifi", "q1", &choose("b"), false, 0, &chain("it"))
            .unwrap();
        let v3 = mini_pack(3, |c| {
            c.courses[0].lessons[0]
                .title
                .insert("it".into(), "Il Wi-Fi (nuovo)".into());
            c.courses[0].lessons[0].mastery = MasteryRule::AllCorrect;
        });
        assert!(lessons.install_pack(&v3, &trusted()).unwrap().changed);
        assert!(!lessons.install_pack(&v3, &trusted()).unwrap().changed);
        let view = lessons.open_lesson("wifi", &chain("it")).unwrap();
        assert_eq!(
            (view.title.text.as_str(), view.step.id.as_str()),
            ("Il Wi-Fi (nuovo)", "q1")
        );
        assert_eq!(lessons.attempts("wifi").unwrap().len(), 1);
        let err = lessons
            .install_pack(&mini_pack(1, |_| {}), &trusted())
            .unwrap_err();
        assert!(matches!(
            err,
            Error::Invalid {
                reason: InvalidReason::OlderPack,
                ..
            }
        ));
    }

    #[test]
    fn a_certificate_once_every_lesson_is_mastered() {
        let (_dir, lessons) = lessons();
        lessons
            .install_pack(&mini_pack(1, |_| {}), &trusted())
            .unwrap();
        let err = lessons
            .certificate_html("mini", "Amina Yusuf", &chain("it"))
            .unwrap_err();
        assert!(matches!(
            err,
            Error::Invalid {
                reason: InvalidReason::CourseNotMastered,
                ..
            }
        ));
        for step in ["q1", "q1"] {
            lessons
                .answer("wifi", step, &choose("b"), false, 0, &chain("it"))
                .unwrap();
        }
        let both = Answer::Choices {
            ids: vec!["a".into(), "b".into()],
        };
        assert!(
            lessons
                .answer("battery", "q1", &both, false, 0, &chain("it"))
                .unwrap()
                .mastered_now
        );
        let html = lessons
            .certificate_html("mini", "Amina <Yusuf>", &chain("it"))
            .unwrap();
        assert!(html.contains("Amina &lt;Yusuf&gt;"));
        assert!(html.contains("Corso di prova"));
        let arabic = lessons
            .certificate_html("mini", "Amina", &chain("ar"))
            .unwrap();
        assert!(arabic.contains("dir=\"rtl\""), "{arabic}");
    }
}
