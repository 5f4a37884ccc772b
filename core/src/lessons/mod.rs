//! Smartphone digital-literacy lessons: signed content packs, the player (start or resume at the
//! saved step, answer, retry, hints), progress, mastery after Kolibri's models, attempt logs and
//! course certificates.

mod pack;
mod player;

use std::sync::Arc;

pub use pack::PackInfo;
pub(crate) use player::catalogue_text;
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
    use crate::error::{Error, InvalidReason, PackProblem, PonteError};
    use crate::i18n::Catalogue;
    use crate::i18n::TextDirection;
    use ponte_wire::content::Provenance;
    use ponte_wire::lessons::Step;
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
    fn the_lesson_to_continue_is_the_unfinished_one_touched_last() {
        let (_dir, lessons) = lessons();
        assert_eq!(lessons.lesson_to_continue(&chain("ar")).unwrap(), None);
        lessons
            .install_pack(&mini_pack(1, |_| {}), &trusted())
            .unwrap();
        assert_eq!(lessons.lesson_to_continue(&chain("ar")).unwrap(), None);
        lessons.open_lesson("battery", &chain("ar")).unwrap();
        lessons.open_lesson("wifi", &chain("ar")).unwrap();
        let touch = |id: &str, at: i64| {
            lessons
                .store
                .write(|tx| {
                    tx.execute(
                        "UPDATE lesson_progress SET updated_at = ?2 WHERE lesson_id = ?1",
                        rusqlite::params![id, at],
                    )?;
                    Ok(())
                })
                .unwrap()
        };
        touch("wifi", 1_000);
        touch("battery", 2_000);
        let next = lessons.lesson_to_continue(&chain("ar")).unwrap().unwrap();
        assert_eq!(next.id, "battery");
        assert_eq!(next.status, LessonStatus::InProgress);
        assert_eq!(next.missing_prerequisites, ["wifi"], "wifi is not finished");
        // The same summary as the courses list gives, read without parsing the whole pack.
        let listed = lessons.courses(&chain("ar")).unwrap()[0]
            .lessons
            .iter()
            .find(|l| l.id == "battery")
            .cloned()
            .unwrap();
        assert_eq!(next, listed);
        touch("wifi", 3_000);
        assert_eq!(
            lessons
                .lesson_to_continue(&chain("ar"))
                .unwrap()
                .unwrap()
                .id,
            "wifi"
        );
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
        // The right side's ids are the view's own: find them by their texts.
        let view = lessons.go_to_step("wifi", 5, &chain("it")).unwrap();
        let right = |text: &str| {
            view.step
                .matches
                .iter()
                .find(|m| m.text.as_ref().unwrap().text == text)
                .unwrap()
                .id
                .clone()
        };
        let (home, cost) = (right("gratis a casa"), right("costano"));
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
                .answer("wifi", "q4", &pairs(&home, &cost), false, 0, &chain("it"))
                .unwrap()
                .correct
        );
        assert!(
            !lessons
                .answer("wifi", "q4", &pairs(&cost, &home), false, 0, &chain("it"))
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
            // The left side's ids do not name the right side.
            pairs("1", "2"),
            // One right item given twice.
            pairs(&home, &home),
        ] {
            let err = lessons
                .answer(
                    "wifi",
                    match bad {
                        Answer::Choices { .. } => "q1",
                        Answer::Pairs { .. } => "q4",
                        _ => "q3",
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
        let last = lessons.go_to_step("wifi", 5, &chain("it")).unwrap();
        assert_eq!(
            (last.step.index, last.status),
            (5, LessonStatus::InProgress)
        );
    }

    #[test]
    fn past_the_last_step_is_refused_and_completing_is_explicit() {
        let (_dir, lessons) = lessons();
        lessons
            .install_pack(&mini_pack(1, |_| {}), &trusted())
            .unwrap();
        assert!(matches!(
            lessons.complete_lesson("wifi"),
            Err(Error::LessonNotFinished { steps_left: 6, .. })
        ));
        lessons.go_to_step("wifi", 3, &chain("it")).unwrap();
        // One past the last step no longer completes anything, and changes nothing.
        let err = lessons.go_to_step("wifi", 6, &chain("it")).unwrap_err();
        assert!(
            matches!(
                err,
                Error::Invalid {
                    reason: InvalidReason::OutOfRange,
                    ..
                }
            ),
            "{err:?}"
        );
        let view = lessons.open_lesson("wifi", &chain("it")).unwrap();
        assert_eq!(
            (view.step.index, view.status),
            (3, LessonStatus::InProgress)
        );
        // Completing before the last step is refused and changes nothing.
        let err = lessons.complete_lesson("wifi").unwrap_err();
        assert!(
            matches!(err, Error::LessonNotFinished { ref lesson_id, steps_left: 2 } if lesson_id == "wifi"),
            "{err:?}"
        );
        assert_eq!(
            PonteError::from(err),
            PonteError::LessonNotFinished {
                lesson_id: "wifi".into(),
                steps_left: 2
            }
        );
        assert_eq!(
            lessons.open_lesson("wifi", &chain("it")).unwrap().status,
            LessonStatus::InProgress
        );
        // At the last step it completes; again (from anywhere) it stays completed.
        lessons.go_to_step("wifi", 5, &chain("it")).unwrap();
        assert_eq!(
            lessons.complete_lesson("wifi").unwrap(),
            LessonStatus::Completed
        );
        lessons.go_to_step("wifi", 0, &chain("it")).unwrap();
        assert_eq!(
            lessons.complete_lesson("wifi").unwrap(),
            LessonStatus::Completed
        );
        assert_eq!(
            lessons.courses(&chain("it")).unwrap()[0].lessons[0].status,
            LessonStatus::Completed
        );
        // A one-step lesson is at its last step as soon as it is opened.
        lessons.open_lesson("battery", &chain("it")).unwrap();
        assert_eq!(
            lessons.complete_lesson("battery").unwrap(),
            LessonStatus::Completed
        );
    }

    #[test]
    fn the_view_states_its_mastery_rule() {
        let (_dir, lessons) = lessons();
        lessons
            .install_pack(&mini_pack(1, |_| {}), &trusted())
            .unwrap();
        let view = lessons.open_lesson("wifi", &chain("en")).unwrap();
        assert_eq!(view.mastery, MasteryRule::MOfN { m: 2, n: 3 });
        assert_eq!(
            view.mastery_text.speakable,
            "To master this lesson, get 2 of your last 3 answers right."
        );
        assert_eq!(view.mastery_text.language, "en");
        let view = lessons.open_lesson("battery", &chain("ar")).unwrap();
        assert_eq!(view.mastery, MasteryRule::AllCorrect);
        assert_eq!(
            (view.mastery_text.text.as_str(), view.mastery_text.direction),
            (
                "لإتقان هذا الدرس يجب الإجابة عن كل سؤال إجابةً صحيحة.",
                TextDirection::RightToLeft
            )
        );
        // Every rule has its sentence in every locale.
        for locale in Catalogue::get().locales() {
            for rule in [
                MasteryRule::AllCorrect,
                MasteryRule::MOfN { m: 3, n: 4 },
                MasteryRule::Streak { n: 3 },
            ] {
                let text = player::mastery_text(&rule, &[locale.to_owned()]);
                assert_eq!(text.language, locale, "{rule:?}");
            }
        }
    }

    #[test]
    fn every_wrong_multiple_choice_answer_gets_feedback() {
        let (_dir, lessons) = lessons();
        lessons
            .install_pack(&mini_pack(1, |_| {}), &trusted())
            .unwrap();
        let choose_all = |ids: &[&str]| Answer::Choices {
            ids: ids.iter().map(|id| (*id).to_owned()).collect(),
        };
        // One right option left out: no choice of the author's to explain it.
        let missing = lessons
            .answer("battery", "q1", &choose_all(&["a"]), false, 0, &chain("it"))
            .unwrap();
        assert!(!missing.correct);
        assert_eq!(
            missing
                .feedback
                .iter()
                .map(|f| f.speakable.as_str())
                .collect::<Vec<_>>(),
            ["Non proprio: manca una risposta giusta."]
        );
        assert_eq!(missing.feedback[0].language, "it");
        // A wrong option picked: the author's words for it, then what is missing.
        let wrong = lessons
            .answer(
                "battery",
                "q1",
                &choose_all(&["a", "c"]),
                false,
                0,
                &chain("en"),
            )
            .unwrap();
        assert_eq!(
            wrong
                .feedback
                .iter()
                .map(|f| f.speakable.as_str())
                .collect::<Vec<_>>(),
            [
                "Off uses nothing.",
                "Not quite: one right answer is missing."
            ]
        );
        let both_wrong = lessons
            .answer("battery", "q1", &choose_all(&["c"]), false, 0, &chain("en"))
            .unwrap();
        assert_eq!(both_wrong.feedback.len(), 2);
        assert_eq!(
            both_wrong.feedback[1].speakable,
            "Not quite: 2 right answers are missing."
        );
        let right = lessons
            .answer(
                "battery",
                "q1",
                &choose_all(&["b", "a"]),
                false,
                0,
                &chain("en"),
            )
            .unwrap();
        assert!(right.correct && right.feedback.is_empty());
    }

    #[test]
    fn match_pairs_show_their_own_shuffled_right_ids() {
        let (dir, store) = crate::store::tests::temp_store();
        let lessons = Lessons::new(Arc::new(store));
        let four = |c: &mut Curriculum| {
            let Step::MatchPairs { pairs, .. } = &mut c.courses[0].lessons[0].steps[5] else {
                panic!("q4 is a match-pairs step");
            };
            *pairs = (1..=4)
                .map(|i| ponte_wire::lessons::Pair {
                    id: i.to_string(),
                    left: BTreeMap::from([
                        ("it".to_owned(), format!("sinistra {i}")),
                        ("en".to_owned(), format!("left {i}")),
                    ]),
                    right: BTreeMap::from([
                        ("it".to_owned(), format!("destra {i}")),
                        ("en".to_owned(), format!("right {i}")),
                    ]),
                })
                .collect();
        };
        lessons
            .install_pack(&mini_pack(1, four), &trusted())
            .unwrap();
        let view = lessons.go_to_step("wifi", 5, &chain("en")).unwrap();
        let lefts: Vec<&str> = view.step.choices.iter().map(|c| c.id.as_str()).collect();
        assert_eq!(lefts, ["1", "2", "3", "4"]);
        let rights: Vec<&str> = view.step.matches.iter().map(|c| c.id.as_str()).collect();
        assert!(
            rights.iter().all(|r| !lefts.contains(r)),
            "the right side has ids of its own: {rights:?}"
        );
        let texts: Vec<&str> = view
            .step
            .matches
            .iter()
            .map(|c| c.text.as_ref().unwrap().text.as_str())
            .collect();
        assert_ne!(texts, ["right 1", "right 2", "right 3", "right 4"]);
        // The same ids and order every time the step is shown, even after reopening.
        drop(lessons);
        let store =
            crate::Store::open(dir.path().join("ponte.db"), &crate::store::tests::KEY).unwrap();
        let lessons = Lessons::new(Arc::new(store));
        let again = lessons.open_lesson("wifi", &chain("en")).unwrap();
        assert_eq!(again.step.matches, view.step.matches);

        let id_of = |text: &str| {
            view.step
                .matches
                .iter()
                .find(|m| m.text.as_ref().unwrap().text == text)
                .unwrap()
                .id
                .clone()
        };
        let answer = |order: [usize; 4]| Answer::Pairs {
            pairs: (1..=4)
                .zip(order)
                .map(|(left, right)| PairAnswer {
                    left: left.to_string(),
                    right: id_of(&format!("right {right}")),
                })
                .collect(),
        };
        let right = lessons
            .answer("wifi", "q4", &answer([1, 2, 3, 4]), false, 0, &chain("en"))
            .unwrap();
        assert!(right.correct && right.feedback.is_empty());
        let wrong = lessons
            .answer("wifi", "q4", &answer([2, 1, 3, 4]), false, 0, &chain("en"))
            .unwrap();
        assert!(!wrong.correct);
        assert_eq!(
            wrong.feedback[0].speakable,
            "Not quite: 2 pairs do not match."
        );
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
        assert!(matches!(err, Error::Pack(PackProblem::Tampered)), "{err:?}");
        assert_eq!(
            PonteError::from(err),
            PonteError::Pack {
                problem: PackProblem::Tampered
            }
        );
        let stranger = vec![pack::public_key_to_base64(
            &pack::SigningKey::from_bytes(&[1; 32]).verifying_key(),
        )];
        let err = lessons.install_pack(&bytes, &stranger).unwrap_err();
        assert!(
            matches!(err, Error::Pack(PackProblem::Untrusted)),
            "{err:?}"
        );
        // Cut short, as an interrupted download or copy leaves it.
        let err = lessons
            .install_pack(&bytes[..bytes.len() / 2], &trusted())
            .unwrap_err();
        assert!(matches!(err, Error::Pack(PackProblem::Damaged)), "{err:?}");
        assert!(lessons.courses(&[]).unwrap().is_empty());
        // Each problem has its own words in every locale.
        let mut seen = std::collections::HashSet::new();
        for problem in [
            PackProblem::Damaged,
            PackProblem::Tampered,
            PackProblem::Untrusted,
            PackProblem::Older,
        ] {
            let key = format!("error-pack-{}", problem.code());
            for locale in Catalogue::get().locales() {
                assert!(Catalogue::get().has(locale, &key), "{locale} lacks {key}");
            }
            assert!(seen.insert(Catalogue::get().t(&chain("en"), &key, &[]).text));
        }
    }

    #[test]
    fn the_first_run_dump_names_its_pack_problem() {
        let (_dir, store) = crate::store::tests::temp_store();
        let sync = crate::sync::SyncClient::new(Arc::new(store), trusted());
        let stranger = pack::SigningKey::from_bytes(&[1; 32]);
        let dump = ponte_wire::dump::build("test", 1, &[], None, &stranger, true);
        let err = sync.install_dump(&dump).unwrap_err();
        assert!(
            matches!(err, Error::Pack(PackProblem::Untrusted)),
            "{err:?}"
        );
        let err = sync.install_dump(b"{\"manifest\":").unwrap_err();
        assert!(matches!(err, Error::Pack(PackProblem::Damaged)), "{err:?}");
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
        assert!(matches!(err, Error::Pack(PackProblem::Older)), "{err:?}");
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
        assert!(
            matches!(err, Error::CourseNotMastered { ref course_id } if course_id == "mini"),
            "{err:?}"
        );
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
        // Words that fit everyone: no verb in the masculine (أتمّ) for the person.
        assert!(!arabic.contains("أتم "), "{arabic}");
        assert!(!arabic.contains("أتمّ"), "{arabic}");
        assert!(arabic.contains("بإتمام"), "{arabic}");
        let ukrainian = lessons
            .certificate_html("mini", "Amina", &chain("uk"))
            .unwrap();
        assert!(!ukrainian.contains("завершив"), "{ukrainian}");
    }
}
