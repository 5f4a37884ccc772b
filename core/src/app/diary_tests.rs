//! Journeys through the diary screens, driving only `App` events and reading only its views,
//! and the snapshots of every diary screen.

use super::super::reminders::NotificationPlan;
use super::super::tests::{app_at_home, check_snapshot, monday_10, open_app};
use super::super::{AppView, Event};
use super::*;

const DAY: i64 = 86_400_000;

/// Tuesday 24 November 2026, 10:00 in Rome.
fn tomorrow_10() -> Timestamp {
    Timestamp::parse("2026-11-24T09:00:00Z").unwrap()
}

fn act(app: &App, event: DiaryEvent) -> Vec<Effect> {
    app.handle(Event::Diary { event }).unwrap()
}

fn open(app: &App, link: &str) {
    app.handle(Event::OpenLink { link: link.into() }).unwrap();
}

fn type_in(app: &App, field: DiaryFormField, value: &str) {
    act(
        app,
        DiaryEvent::EditText {
            field,
            value: value.into(),
        },
    );
}

fn pick(app: &App, field: DiaryFormField, at: Timestamp) {
    act(
        app,
        DiaryEvent::EditTime {
            field,
            at: Some(at),
        },
    );
}

fn choose(app: &App, field: DiaryFormField, code: &str) {
    act(
        app,
        DiaryEvent::Choose {
            field,
            code: code.into(),
        },
    );
}

fn diary_screen(view: &AppView) -> &DiaryScreen {
    match &view.screen {
        Screen::Diary { screen } => screen,
        other => panic!("not a diary screen: {other:?}"),
    }
}

fn form(app: &App) -> DiaryForm {
    match diary_screen(&app.view().unwrap()) {
        DiaryScreen::Form { form } => form.clone(),
        other => panic!("not a form: {other:?}"),
    }
}

fn field(form: &DiaryForm, field: DiaryFormField) -> FormField {
    form.fields
        .iter()
        .find(|f| f.field == field)
        .unwrap_or_else(|| panic!("{field:?} not in {:?}", form.kind))
        .clone()
}

fn list(app: &App) -> ApplicationsView {
    match diary_screen(&app.view().unwrap()) {
        DiaryScreen::Applications { list } => list.clone(),
        other => panic!("not the applications: {other:?}"),
    }
}

fn application(app: &App) -> ApplicationView {
    match diary_screen(&app.view().unwrap()) {
        DiaryScreen::Application { application } => application.clone(),
        other => panic!("not an application: {other:?}"),
    }
}

fn actions(app: &App) -> ActionsView {
    match diary_screen(&app.view().unwrap()) {
        DiaryScreen::Actions { actions } => actions.clone(),
        other => panic!("not the actions: {other:?}"),
    }
}

fn plan(effects: &[Effect]) -> &NotificationPlan {
    effects
        .iter()
        .find_map(|e| match e {
            Effect::ScheduleNotifications { plan } => Some(plan),
            _ => None,
        })
        .unwrap_or_else(|| panic!("no notification plan in {effects:?}"))
}

/// Saves the open form expecting a refusal on `expected`, in the person's language both beside
/// the field and in the view's error; nothing moves.
fn refused_on(app: &App, expected: DiaryFormField, language: &str) -> FormField {
    let route = app.view().unwrap().route;
    assert!(
        act(app, DiaryEvent::Save).is_empty(),
        "a refused save asks nothing"
    );
    let view = app.view().unwrap();
    assert_eq!(view.route, route, "a refused save stays on the form");
    assert_eq!(
        view.error.as_ref().map(|e| e.locale.as_str()),
        Some(language)
    );
    let shown = field(&form(app), expected);
    let error = shown
        .error
        .clone()
        .unwrap_or_else(|| panic!("no error on {expected:?}"));
    assert_eq!(error.locale, language);
    assert!(
        error.text.contains(&shown.label.text),
        "{} names {}",
        error.text,
        shown.label.text
    );
    // Only that field is marked.
    let marked: Vec<DiaryFormField> = form(app)
        .fields
        .iter()
        .filter(|f| f.error.is_some())
        .map(|f| f.field)
        .collect();
    assert_eq!(marked, [expected]);
    shown
}

#[test]
fn an_application_from_the_form_to_its_interview_its_action_and_its_deletion_in_arabic() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("p.db");
    {
        let app = app_at_home(&path, "ar");
        app.handle(Event::Navigate {
            route: Route::Applications { stage: None },
        })
        .unwrap();
        let empty = list(&app);
        assert!(empty.rows.is_empty());
        assert_eq!(empty.empty.as_ref().unwrap().locale, "ar");
        open(&app, &empty.add_link);
        let new = form(&app);
        assert_eq!(new.kind, DiaryFormKind::Application);
        assert_eq!(new.heading.locale, "ar");
        assert!(field(&new, DiaryFormField::ApplicationEmployer).required);
        assert_eq!(
            field(&new, DiaryFormField::ApplicationCity).value,
            "Bologna"
        );
        let stage = field(&new, DiaryFormField::ApplicationStage);
        assert_eq!(
            stage
                .choices
                .iter()
                .map(|c| (c.code.as_str(), c.selected))
                .collect::<Vec<_>>(),
            [("saved", false), ("applied", true)]
        );
        assert!(stage.choices.iter().all(|c| c.label.locale == "ar"));

        // The role typed, the employer forgotten: refused on the employer, in Arabic.
        type_in(&app, DiaryFormField::ApplicationPosition, "Aiuto cuoco");
        refused_on(&app, DiaryFormField::ApplicationEmployer, "ar");
        assert_eq!(
            field(&form(&app), DiaryFormField::ApplicationPosition).value,
            "Aiuto cuoco",
            "the typed role is kept"
        );
        // The app is killed here.
    }
    let app = open_app(&path, &["ar"]);
    let view = app.view().unwrap();
    assert_eq!(view.route, Route::EditApplication { id: None });
    let reopened = form(&app);
    assert_eq!(
        field(&reopened, DiaryFormField::ApplicationPosition).value,
        "Aiuto cuoco"
    );
    assert!(
        field(&reopened, DiaryFormField::ApplicationEmployer)
            .error
            .is_some(),
        "the error stays beside its field"
    );

    type_in(&app, DiaryFormField::ApplicationEmployer, "Coop Sole");
    assert_eq!(
        field(&form(&app), DiaryFormField::ApplicationEmployer).error,
        None,
        "typing in the field clears its error"
    );
    choose(&app, DiaryFormField::ApplicationContractType, "fixed_term");
    // A code the field does not have changes nothing.
    choose(&app, DiaryFormField::ApplicationContractType, "forever");
    assert_eq!(
        field(&form(&app), DiaryFormField::ApplicationContractType).value,
        "fixed_term"
    );
    let effects = act(&app, DiaryEvent::Save);
    plan(&effects);
    let view = app.view().unwrap();
    let Route::Application { id } = view.route.clone() else {
        panic!("{:?}", view.route)
    };
    assert_eq!(view.notice.as_ref().unwrap().locale, "ar");
    assert_eq!(view.title.text, "Coop Sole");
    let saved = application(&app);
    assert_eq!(saved.stage, Stage::Applied);
    assert_eq!(saved.timeline.len(), 1);
    assert!(saved.timeline[0].current);
    assert!(saved
        .details
        .iter()
        .any(|d| d.value.text == "Bologna" && d.label.locale == "ar"));

    // The contact's number opens the dialler; a job offer that is not a web page opens nothing.
    assert_eq!(saved.call, None);
    assert_eq!(saved.open_job, None);
    app.handle(Event::OpenLink {
        link: saved.edit_link.clone(),
    })
    .unwrap();
    type_in(
        &app,
        DiaryFormField::ApplicationContactPhone,
        "+39 051 123 4567",
    );
    type_in(
        &app,
        DiaryFormField::ApplicationJobUrl,
        "javascript:alert(1)",
    );
    act(&app, DiaryEvent::Save);
    let edited = application(&app);
    assert_eq!(edited.call.as_ref().unwrap().locale, "ar");
    assert_eq!(edited.open_job, None);
    assert_eq!(
        act(
            &app,
            DiaryEvent::CallContact {
                application_id: id.clone()
            }
        ),
        [Effect::OpenExternal {
            kind: super::super::ExternalKind::Dial,
            uri: "tel:+390511234567".into()
        }]
    );
    assert!(act(
        &app,
        DiaryEvent::OpenJobOffer {
            application_id: id.clone()
        }
    )
    .is_empty());

    // Back on the list: one application, counted on its stage's tab.
    assert!(app.back().unwrap());
    let one = list(&app);
    assert_eq!(
        one.rows.len(),
        1,
        "nothing was saved by the refused attempt"
    );
    assert_eq!(one.rows[0].employer, "Coop Sole");
    assert_eq!(one.rows[0].stage_label.locale, "ar");
    assert_eq!(
        one.tabs
            .iter()
            .map(|t| (t.stage, t.count))
            .collect::<Vec<_>>(),
        [(None, 1), (Some(Stage::Applied), 1)]
    );
    assert_eq!(one.empty, None);

    // Moved to interview.
    open(&app, &one.rows[0].link);
    let effects = act(
        &app,
        DiaryEvent::MoveToStage {
            application_id: id.clone(),
            stage: Stage::Interview,
        },
    );
    plan(&effects);
    let moved = application(&app);
    assert_eq!(moved.stage, Stage::Interview);
    assert_eq!(moved.timeline.len(), 2);
    assert!(moved.moves.iter().all(|m| m.stage != Stage::Interview));
    assert!(moved
        .moves
        .iter()
        .any(|m| m.stage == Stage::Rejected && m.closes));
    assert!(app.view().unwrap().notice.is_some());

    // An interview tomorrow at 10:00, after forgetting its time once.
    open(&app, &moved.add_interview_link);
    refused_on(&app, DiaryFormField::InterviewAt, "ar");
    pick(&app, DiaryFormField::InterviewAt, tomorrow_10());
    let time = field(&form(&app), DiaryFormField::InterviewAt);
    assert_eq!(time.at, Some(tomorrow_10()));
    assert_eq!(time.shown.unwrap().locale, "ar");
    type_in(&app, DiaryFormField::InterviewPlace, "Via Libia 12");
    let effects = act(&app, DiaryEvent::Save);
    let reminders: Vec<Timestamp> = plan(&effects)
        .notifications
        .iter()
        .filter(|n| {
            n.category == super::super::reminders::NotificationCategory::Interview
                && n.link == Route::Application { id: id.clone() }.to_link()
        })
        .map(|n| n.at)
        .collect();
    // The evening before at 18:00 and two hours before, in Rome.
    assert_eq!(
        reminders,
        [
            Timestamp::parse("2026-11-23T17:00:00Z").unwrap(),
            Timestamp::parse("2026-11-24T07:00:00Z").unwrap()
        ]
    );
    assert_eq!(
        app.view().unwrap().route,
        Route::Application { id: id.clone() }
    );
    let with_interview = application(&app);
    assert_eq!(with_interview.interviews.len(), 1);
    assert_eq!(with_interview.interviews[0].place, "Via Libia 12");
    assert_eq!(with_interview.interviews[0].title.locale, "ar");

    // A next action: call back by Wednesday.
    open(&app, &with_interview.add_action_link);
    choose(&app, DiaryFormField::ActionKind, "call_back");
    pick(&app, DiaryFormField::ActionDueAt, monday_10() + 2 * DAY);
    let effects = act(&app, DiaryEvent::Save);
    assert!(plan(&effects)
        .notifications
        .iter()
        .any(|n| n.category == super::super::reminders::NotificationCategory::Action));
    let with_action = application(&app);
    assert_eq!(with_action.actions.len(), 1);
    assert!(!with_action.actions[0].done);
    assert_eq!(with_action.actions[0].what.locale, "ar");

    // On home, the interview of tomorrow.
    app.handle(Event::Navigate { route: Route::Home }).unwrap();
    let Screen::Home { home } = app.view().unwrap().screen else {
        panic!()
    };
    assert!(home.next_days.iter().any(|i| i.link
        == Route::Application { id: id.clone() }.to_link()
        && i.text.text.contains("Coop Sole")));

    // The actions screen, and the action ticked done there.
    app.handle(Event::Navigate {
        route: Route::Actions,
    })
    .unwrap();
    let open_actions = actions(&app);
    assert_eq!(open_actions.upcoming.len(), 1);
    assert_eq!(open_actions.upcoming[0].employer, "Coop Sole");
    assert_eq!(open_actions.upcoming[0].toggle_label.locale, "ar");
    let effects = act(
        &app,
        DiaryEvent::SetActionDone {
            id: open_actions.upcoming[0].id.clone(),
            done: true,
        },
    );
    assert!(plan(&effects)
        .notifications
        .iter()
        .all(|n| n.category != super::super::reminders::NotificationCategory::Action));
    let after = actions(&app);
    assert!(after.upcoming.is_empty());
    assert_eq!(after.done.len(), 1);
    assert!(after.done[0].done);

    // Deleted, after a confirmation that can be cancelled.
    open(&app, &Route::Application { id: id.clone() }.to_link());
    act(&app, DiaryEvent::AskDeleteApplication { id: id.clone() });
    let asked = application(&app).confirm_delete.unwrap();
    assert!(asked.message.text.contains("Coop Sole"));
    assert_eq!(asked.confirm.locale, "ar");
    act(&app, DiaryEvent::CancelDeleteApplication);
    assert_eq!(application(&app).confirm_delete, None);
    act(&app, DiaryEvent::AskDeleteApplication { id: id.clone() });
    let effects = act(&app, DiaryEvent::ConfirmDeleteApplication);
    assert!(plan(&effects)
        .notifications
        .iter()
        .all(|n| n.link != Route::Application { id: id.clone() }.to_link()));
    let view = app.view().unwrap();
    assert_eq!(view.route, Route::Actions);
    assert_eq!(view.notice.unwrap().locale, "ar");
    app.handle(Event::Navigate {
        route: Route::Applications { stage: None },
    })
    .unwrap();
    assert!(list(&app).empty.is_some());
}

#[test]
fn every_bad_input_is_refused_on_its_field_in_the_persons_language() {
    let dir = tempfile::tempdir().unwrap();
    let app = app_at_home(&dir.path().join("p.db"), "fa");
    let too_long = "x".repeat(301);
    let too_long_note = "x".repeat(10_001);

    open(&app, &Route::EditApplication { id: None }.to_link());
    type_in(&app, DiaryFormField::ApplicationEmployer, "Hera");
    refused_on(&app, DiaryFormField::ApplicationPosition, "fa");
    type_in(&app, DiaryFormField::ApplicationPosition, "Operaio");
    type_in(&app, DiaryFormField::ApplicationCity, &too_long);
    refused_on(&app, DiaryFormField::ApplicationCity, "fa");
    type_in(&app, DiaryFormField::ApplicationCity, "Bologna");
    type_in(&app, DiaryFormField::ApplicationNotes, &too_long_note);
    refused_on(&app, DiaryFormField::ApplicationNotes, "fa");
    type_in(&app, DiaryFormField::ApplicationNotes, "");
    act(&app, DiaryEvent::Save);
    let id = application(&app).id;

    open(
        &app,
        &Route::EditAction {
            application_id: Some(id.clone()),
            id: None,
        }
        .to_link(),
    );
    refused_on(&app, DiaryFormField::ActionDueAt, "fa");
    // A date in seconds instead of milliseconds (a shell's mistake) is a bad date.
    pick(
        &app,
        DiaryFormField::ActionDueAt,
        Timestamp::from_millis(1_790_000_000),
    );
    refused_on(&app, DiaryFormField::ActionDueAt, "fa");
    pick(&app, DiaryFormField::ActionDueAt, tomorrow_10());
    type_in(&app, DiaryFormField::ActionNote, &too_long_note);
    refused_on(&app, DiaryFormField::ActionNote, "fa");
    act(&app, DiaryEvent::Cancel);
    assert_eq!(
        app.view().unwrap().route,
        Route::Application { id: id.clone() }
    );
    assert!(
        application(&app).actions.is_empty(),
        "cancelled: nothing saved"
    );

    open(&app, &Route::EditMeeting { id: None }.to_link());
    refused_on(&app, DiaryFormField::MeetingAt, "fa");
    pick(&app, DiaryFormField::MeetingAt, tomorrow_10());
    refused_on(&app, DiaryFormField::MeetingTutor, "fa");
    type_in(&app, DiaryFormField::MeetingTutor, "Giulia");
    type_in(
        &app,
        DiaryFormField::MeetingAgreedActions,
        &format!("Bring the CV\n{too_long}"),
    );
    refused_on(&app, DiaryFormField::MeetingAgreedActions, "fa");
    act(&app, DiaryEvent::Cancel);

    act(
        &app,
        DiaryEvent::AddDocument {
            kind: DocumentKind::Diploma,
        },
    );
    type_in(&app, DiaryFormField::DocumentTitle, &too_long);
    refused_on(&app, DiaryFormField::DocumentTitle, "fa");
}

#[test]
fn applications_come_a_page_of_twenty_at_a_time_per_stage() {
    let dir = tempfile::tempdir().unwrap();
    let app = app_at_home(&dir.path().join("p.db"), "en");
    let diary = Diary::new(app.store().clone());
    for i in 0..45 {
        let stage = if i % 3 == 0 {
            Stage::Saved
        } else {
            Stage::Applied
        };
        diary
            .add_application(
                &crate::diary::test_support::details(&format!("Employer {i:02}"), "Cook"),
                stage,
                Some(monday_10() - (45 - i) * DAY),
            )
            .unwrap();
    }
    app.handle(Event::Navigate {
        route: Route::Applications { stage: None },
    })
    .unwrap();
    let first = list(&app);
    assert_eq!(first.rows.len(), 20);
    assert_eq!(
        first.rows[0].employer, "Employer 44",
        "the most recent first"
    );
    assert!(first.more.is_some());
    assert_eq!(first.previous, None);
    let tab_counts: Vec<(Option<Stage>, u32)> =
        first.tabs.iter().map(|t| (t.stage, t.count)).collect();
    assert_eq!(
        tab_counts,
        [
            (None, 45),
            (Some(Stage::Saved), 15),
            (Some(Stage::Applied), 30)
        ]
    );
    assert_eq!(
        first.tabs[0]
            .label
            .text
            .replace(['\u{2068}', '\u{2069}'], ""),
        "All (45)"
    );

    let more = |page: &ApplicationsView| {
        act(
            &app,
            DiaryEvent::ShowMoreApplications {
                cursor: page.more_cursor.clone().unwrap(),
            },
        );
        list(&app)
    };
    let second = more(&first);
    assert_eq!(second.rows.len(), 20);
    assert_eq!(second.rows[0].employer, "Employer 24");
    assert!(second.previous.is_some());
    let third = more(&second);
    assert_eq!(third.rows.len(), 5);
    assert_eq!(
        third.rows[4].employer, "Employer 00",
        "nothing skipped, nothing repeated"
    );
    assert_eq!(
        (third.more.as_ref(), third.more_cursor.as_ref()),
        (None, None)
    );
    act(&app, DiaryEvent::ShowPreviousApplications);
    assert_eq!(list(&app), second);
    // A cursor the view did not give shows the first page rather than nothing.
    act(
        &app,
        DiaryEvent::ShowMoreApplications {
            cursor: "not a cursor".into(),
        },
    );
    let top = list(&app);
    assert_eq!(top.rows[0].employer, "Employer 44");
    assert_eq!(top.previous, None);
    act(&app, DiaryEvent::ShowPreviousApplications);

    act(
        &app,
        DiaryEvent::SelectStage {
            stage: Some(Stage::Saved),
        },
    );
    let view = app.view().unwrap();
    assert_eq!(
        view.route,
        Route::Applications {
            stage: Some(Stage::Saved)
        }
    );
    let saved = list(&app);
    assert_eq!(saved.rows.len(), 15);
    assert!(saved.rows.iter().all(|r| r.stage == Stage::Saved));
    assert!(saved
        .tabs
        .iter()
        .any(|t| t.selected && t.stage == Some(Stage::Saved)));
    // A stage with nothing in it says so.
    act(
        &app,
        DiaryEvent::SelectStage {
            stage: Some(Stage::Hired),
        },
    );
    assert_eq!(
        list(&app).empty.unwrap().text,
        "No applications at this stage."
    );
}

#[test]
fn documents_checklist_and_tutor_meetings() {
    let dir = tempfile::tempdir().unwrap();
    let app = app_at_home(&dir.path().join("p.db"), "en");
    app.handle(Event::Navigate {
        route: Route::Documents,
    })
    .unwrap();
    let DiaryScreen::Documents { documents } = diary_screen(&app.view().unwrap()).clone() else {
        panic!()
    };
    assert!(documents.alerts.is_empty());
    assert!(documents
        .checklist
        .iter()
        .all(|row| row.status == DocumentStatus::Missing && row.documents.is_empty()));

    // A residence permit expiring in 48 days: within the 60 days to ask for its renewal.
    act(
        &app,
        DiaryEvent::AddDocument {
            kind: DocumentKind::ResidencePermit,
        },
    );
    let permit_form = form(&app);
    assert_eq!(
        field(&permit_form, DiaryFormField::DocumentKind).value,
        "residence_permit"
    );
    assert!(permit_form
        .fields
        .iter()
        .all(|f| f.field != DiaryFormField::DocumentRecognition));
    choose(&app, DiaryFormField::DocumentPermitType, "refugee");
    pick(
        &app,
        DiaryFormField::DocumentExpiresOn,
        Timestamp::parse("2027-01-10T12:00:00Z").unwrap(),
    );
    assert_eq!(
        field(&form(&app), DiaryFormField::DocumentExpiresOn).value,
        "2027-01-10"
    );
    plan(&act(&app, DiaryEvent::Save));
    let DiaryScreen::Documents { documents } = diary_screen(&app.view().unwrap()).clone() else {
        panic!()
    };
    assert_eq!(documents.alerts.len(), 1);
    let permit = &documents.checklist[0];
    assert_eq!(permit.kind, DocumentKind::ResidencePermit);
    assert_eq!(permit.status, DocumentStatus::Have);
    assert_eq!(
        permit.documents[0].permit.as_ref().unwrap().text,
        "Refugee status"
    );
    assert!(permit.documents[0].alert.is_some());

    // A meeting with the tutor tomorrow, with two agreed actions.
    app.handle(Event::Navigate {
        route: Route::Meetings,
    })
    .unwrap();
    let DiaryScreen::Meetings { meetings } = diary_screen(&app.view().unwrap()).clone() else {
        panic!()
    };
    assert!(meetings.empty.is_some());
    open(&app, &meetings.add_link);
    pick(&app, DiaryFormField::MeetingAt, tomorrow_10());
    type_in(&app, DiaryFormField::MeetingTutor, "Giulia");
    type_in(
        &app,
        DiaryFormField::MeetingAgreedActions,
        "Bring the CV\n\nCall the employment centre",
    );
    plan(&act(&app, DiaryEvent::Save));
    let DiaryScreen::Meetings { meetings } = diary_screen(&app.view().unwrap()).clone() else {
        panic!()
    };
    assert_eq!(meetings.meetings.len(), 1);
    let meeting = &meetings.meetings[0];
    assert!(meeting.upcoming);
    assert_eq!(meeting.actions.len(), 2);
    plan(&act(
        &app,
        DiaryEvent::SetMeetingActionDone {
            id: meeting.actions[0].id.clone(),
            done: true,
        },
    ));
    let DiaryScreen::Meetings { meetings } = diary_screen(&app.view().unwrap()).clone() else {
        panic!()
    };
    assert!(meetings.meetings[0].actions[0].done);
    assert_eq!(
        meetings.meetings[0].actions[0].toggle_label.text,
        "Mark as not done"
    );

    // Deleted from its form.
    open(&app, &meetings.meetings[0].edit_link);
    assert_eq!(
        field(&form(&app), DiaryFormField::MeetingTutor).value,
        "Giulia"
    );
    plan(&act(&app, DiaryEvent::DeleteRecord));
    let DiaryScreen::Meetings { meetings } = diary_screen(&app.view().unwrap()).clone() else {
        panic!()
    };
    assert!(meetings.meetings.is_empty());
}

#[test]
fn general_actions_are_late_coming_or_done_and_can_be_changed_and_deleted() {
    let dir = tempfile::tempdir().unwrap();
    let app = app_at_home(&dir.path().join("p.db"), "en");
    app.handle(Event::Navigate {
        route: Route::Actions,
    })
    .unwrap();
    let empty = actions(&app);
    assert!(empty.empty.is_some());
    for (note, due) in [
        ("Renew the bus pass", monday_10() - DAY),
        ("Print the CV", tomorrow_10()),
    ] {
        open(&app, &empty.add_link);
        type_in(&app, DiaryFormField::ActionNote, note);
        pick(&app, DiaryFormField::ActionDueAt, due);
        plan(&act(&app, DiaryEvent::Save));
    }
    let both = actions(&app);
    assert_eq!(both.empty, None);
    assert_eq!(both.overdue.len(), 1);
    assert_eq!(both.overdue[0].note, "Renew the bus pass");
    assert!(both.overdue[0].overdue);
    assert_eq!(both.upcoming.len(), 1);
    assert_eq!(both.upcoming[0].application_link, None);
    assert_eq!(both.upcoming[0].employer, "");

    // Moved to next week from its form, which shows what was saved.
    open(&app, &both.overdue[0].edit_link);
    let saved = form(&app);
    assert_eq!(
        field(&saved, DiaryFormField::ActionDueAt).at,
        Some(monday_10() - DAY)
    );
    assert_eq!(field(&saved, DiaryFormField::ActionKind).value, "follow_up");
    assert!(saved.delete.is_some());
    pick(&app, DiaryFormField::ActionDueAt, monday_10() + 7 * DAY);
    plan(&act(&app, DiaryEvent::Save));
    let moved = actions(&app);
    assert!(moved.overdue.is_empty());
    assert_eq!(moved.upcoming.len(), 2);

    // Done, then not done again, then deleted.
    let id = moved.upcoming[0].id.clone();
    act(
        &app,
        DiaryEvent::SetActionDone {
            id: id.clone(),
            done: true,
        },
    );
    assert_eq!(actions(&app).done.len(), 1);
    act(
        &app,
        DiaryEvent::SetActionDone {
            id: id.clone(),
            done: false,
        },
    );
    assert!(actions(&app).done.is_empty());
    open(&app, &actions(&app).upcoming[0].edit_link);
    plan(&act(&app, DiaryEvent::DeleteRecord));
    assert_eq!(app.view().unwrap().route, Route::Actions);
    assert_eq!(actions(&app).upcoming.len(), 1);
}

#[test]
fn an_old_link_to_a_deleted_application_says_it_no_longer_exists() {
    let dir = tempfile::tempdir().unwrap();
    let app = app_at_home(&dir.path().join("p.db"), "ar");
    open(&app, "ponte://diary/application/gone");
    let DiaryScreen::Missing { explanation } = diary_screen(&app.view().unwrap()).clone() else {
        panic!()
    };
    assert_eq!(explanation.locale, "ar");
}

/// Replaces the records' random ids in a view by placeholders, so the snapshot shows the
/// screen, not the ids.
fn scrub(view: &mut AppView, ids: &[(String, &str)]) {
    let fix = |s: &mut String| {
        for (id, name) in ids {
            *s = s.replace(id.as_str(), name);
        }
    };
    match &mut view.route {
        Route::Application { id }
        | Route::EditApplication { id: Some(id) }
        | Route::EditDocument { id: Some(id) }
        | Route::EditMeeting { id: Some(id) } => fix(id),
        Route::EditInterview { application_id, id } => {
            fix(application_id);
            id.iter_mut().for_each(fix);
        }
        Route::EditAction { application_id, id } => {
            application_id.iter_mut().for_each(fix);
            id.iter_mut().for_each(fix);
        }
        _ => {}
    }
    let fix_action = |a: &mut ActionRow| {
        fix(&mut a.id);
        fix(&mut a.edit_link);
        a.application_link.iter_mut().for_each(fix);
    };
    let Screen::Diary { screen } = &mut view.screen else {
        return;
    };
    match screen {
        DiaryScreen::Applications { list } => list.rows.iter_mut().for_each(|r| {
            fix(&mut r.id);
            fix(&mut r.link);
        }),
        DiaryScreen::Application { application } => {
            fix(&mut application.id);
            fix(&mut application.add_interview_link);
            fix(&mut application.add_action_link);
            fix(&mut application.edit_link);
            application.interviews.iter_mut().for_each(|i| {
                fix(&mut i.id);
                fix(&mut i.edit_link);
            });
            application.actions.iter_mut().for_each(fix_action);
        }
        DiaryScreen::Actions { actions } => actions
            .overdue
            .iter_mut()
            .chain(actions.upcoming.iter_mut())
            .chain(actions.done.iter_mut())
            .for_each(fix_action),
        DiaryScreen::Documents { documents } => {
            for row in documents.checklist.iter_mut() {
                row.documents.iter_mut().for_each(|d| {
                    fix(&mut d.id);
                    fix(&mut d.edit_link);
                });
            }
        }
        DiaryScreen::Meetings { meetings } => meetings.meetings.iter_mut().for_each(|m| {
            fix(&mut m.id);
            fix(&mut m.edit_link);
            m.actions.iter_mut().for_each(|a| fix(&mut a.id));
        }),
        DiaryScreen::Form { .. } | DiaryScreen::Missing { .. } => {}
    }
}

#[test]
fn every_diary_screen_in_italian_english_arabic_and_farsi_matches_its_snapshot() {
    for language in ["it", "en", "ar", "fa"] {
        let dir = tempfile::tempdir().unwrap();
        let app = app_at_home(&dir.path().join("p.db"), language);
        let mut ids: Vec<(String, &str)> = Vec::new();
        let shot = |name: &str, ids: &[(String, &str)]| {
            let mut view = app.view().unwrap();
            scrub(&mut view, ids);
            check_snapshot(&format!("diary-{name}.{language}"), &view);
        };
        app.handle(Event::Navigate {
            route: Route::Applications { stage: None },
        })
        .unwrap();
        shot("applications-empty", &ids);

        open(&app, &Route::EditApplication { id: None }.to_link());
        type_in(&app, DiaryFormField::ApplicationPosition, "Aiuto cuoco");
        act(&app, DiaryEvent::Save);
        shot("application-form-refused", &ids);
        type_in(&app, DiaryFormField::ApplicationEmployer, "Coop Sole");
        type_in(
            &app,
            DiaryFormField::ApplicationContactPhone,
            "+39 051 000000",
        );
        act(&app, DiaryEvent::Save);
        let id = application(&app).id;
        ids.push((id.clone(), "<application>"));
        act(
            &app,
            DiaryEvent::MoveToStage {
                application_id: id.clone(),
                stage: Stage::Interview,
            },
        );
        open(&app, &application(&app).add_interview_link);
        pick(&app, DiaryFormField::InterviewAt, tomorrow_10());
        type_in(
            &app,
            DiaryFormField::InterviewPlace,
            "Via Libia 12, Bologna",
        );
        shot("interview-form", &ids);
        act(&app, DiaryEvent::Save);
        open(&app, &application(&app).add_action_link);
        choose(&app, DiaryFormField::ActionKind, "send_documents");
        pick(&app, DiaryFormField::ActionDueAt, monday_10() - DAY);
        type_in(&app, DiaryFormField::ActionNote, "CV + HACCP");
        shot("action-form", &ids);
        act(&app, DiaryEvent::Save);
        let shown = application(&app);
        ids.push((shown.interviews[0].id.clone(), "<interview>"));
        ids.push((shown.actions[0].id.clone(), "<action>"));
        act(&app, DiaryEvent::AskDeleteApplication { id: id.clone() });
        shot("application", &ids);
        act(&app, DiaryEvent::CancelDeleteApplication);
        assert!(app.back().unwrap());
        shot("applications", &ids);

        app.handle(Event::Navigate {
            route: Route::Actions,
        })
        .unwrap();
        shot("actions", &ids);

        app.handle(Event::Navigate {
            route: Route::Documents,
        })
        .unwrap();
        act(
            &app,
            DiaryEvent::AddDocument {
                kind: DocumentKind::ResidencePermit,
            },
        );
        choose(
            &app,
            DiaryFormField::DocumentPermitType,
            "subsidiary_protection",
        );
        pick(
            &app,
            DiaryFormField::DocumentExpiresOn,
            Timestamp::parse("2027-01-10T12:00:00Z").unwrap(),
        );
        shot("document-form", &ids);
        act(&app, DiaryEvent::Save);
        let DiaryScreen::Documents { documents } = diary_screen(&app.view().unwrap()).clone()
        else {
            panic!()
        };
        ids.push((documents.checklist[0].documents[0].id.clone(), "<document>"));
        shot("documents", &ids);

        app.handle(Event::Navigate {
            route: Route::Meetings,
        })
        .unwrap();
        open(&app, &Route::EditMeeting { id: None }.to_link());
        pick(&app, DiaryFormField::MeetingAt, tomorrow_10() + DAY);
        type_in(&app, DiaryFormField::MeetingTutor, "Giulia");
        type_in(&app, DiaryFormField::MeetingTopics, "CV, colloquio");
        type_in(&app, DiaryFormField::MeetingAgreedActions, "Portare il CV");
        shot("meeting-form", &ids);
        act(&app, DiaryEvent::Save);
        let DiaryScreen::Meetings { meetings } = diary_screen(&app.view().unwrap()).clone() else {
            panic!()
        };
        ids.push((meetings.meetings[0].id.clone(), "<meeting>"));
        ids.push((
            meetings.meetings[0].actions[0].id.clone(),
            "<meeting-action>",
        ));
        shot("meetings", &ids);
    }
}
