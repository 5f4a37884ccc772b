import SwiftUI
import UIKit
@preconcurrency import PonteCore

private func diary(_ event: DiaryEvent) -> Event { .diary(event: event) }

/// The applications, by stage: tabs, rows, more and previous pages, add.
struct ApplicationsScreen: View {
    let list: ApplicationsView
    let send: Send

    var body: some View {
        ScreenList {
            ChipRow(
                items: list.tabs, id: \.label.text, selected: \.selected, label: \.label,
                tap: { tab in send(diary(.selectStage(stage: tab.stage))) }
            )
            PrimaryButton(list.add) { send(.openLink(link: list.addLink)) }
            if let previous = list.previous {
                LinkButton(previous) { send(diary(.showPreviousApplications)) }
            }
            if let empty = list.empty { LText(empty) }
            ForEach(list.rows, id: \.id) { row in
                ItemCard(open: { send(.openLink(link: row.link)) }) {
                    UserText(row.employer, font: .headline)
                    UserText(row.position)
                    LText(row.stageLabel, font: .subheadline, color: .accentColor)
                    Secondary(row.since)
                }
            }
            if let more = list.more, let cursor = list.moreCursor {
                LinkButton(more) { send(diary(.showMoreApplications(cursor: cursor))) }
            }
        }
    }
}

/// One application: its details, stage moves, timeline, interviews, actions, contact, delete.
struct ApplicationScreen: View {
    let application: ApplicationView
    let send: Send

    var body: some View {
        ScreenList {
            VStack(alignment: .leading, spacing: 4) {
                UserText(application.employer, font: .title2)
                UserText(application.position, font: .headline)
                LText(application.stageLabel, font: .subheadline, color: .accentColor)
            }
            ForEach(Array(application.details.enumerated()), id: \.offset) { _, line in
                VStack(alignment: .leading, spacing: 2) {
                    LText(line.label, font: .caption, color: .secondary)
                    LText(line.value)
                }
            }
            if let call = application.call {
                SecondaryButton(call) { send(diary(.callContact(applicationId: application.id))) }
            }
            if let openJob = application.openJob {
                SecondaryButton(openJob) { send(diary(.openJobOffer(applicationId: application.id))) }
            }
            if !application.moves.isEmpty {
                Heading(application.movesTitle)
                ChipRow(
                    items: application.moves, id: \.label.text, selected: { _ in false }, label: \.label,
                    tap: { move in send(diary(.moveToStage(applicationId: application.id, stage: move.stage))) }
                )
            }
            Heading(application.interviewsTitle)
            ForEach(application.interviews, id: \.id) { interview in
                ItemCard(open: { send(.openLink(link: interview.editLink)) }) {
                    LText(interview.title, font: .headline)
                    LText(interview.when)
                    LText(interview.format)
                    UserText(interview.place)
                    UserText(interview.notes, font: .footnote)
                }
            }
            LinkButton(application.addInterview) { send(.openLink(link: application.addInterviewLink)) }
            Heading(application.actionsTitle)
            ForEach(application.actions, id: \.id) { action in
                ActionCard(action: action, send: send)
            }
            LinkButton(application.addAction) { send(.openLink(link: application.addActionLink)) }
            Heading(application.timelineTitle)
            ForEach(Array(application.timeline.enumerated()), id: \.offset) { _, entry in
                VStack(alignment: .leading, spacing: 2) {
                    LText(entry.text, font: entry.current ? .headline : .body)
                    UserText(entry.note, font: .footnote)
                }
            }
            SecondaryButton(application.edit) { send(.openLink(link: application.editLink)) }
            LinkButton(application.delete) { send(diary(.askDeleteApplication(id: application.id))) }
        }
        .confirmDialog(
            application.confirmDelete?.message,
            confirm: application.confirmDelete?.confirm ?? application.delete,
            cancel: application.confirmDelete?.cancel ?? application.delete,
            onConfirm: { send(diary(.confirmDeleteApplication)) },
            onCancel: { send(diary(.cancelDeleteApplication)) }
        )
    }
}

struct ActionCard: View {
    let action: ActionRow
    let send: Send

    var body: some View {
        ItemCard(open: { send(.openLink(link: action.editLink)) }) {
            LText(action.what, font: .headline, color: action.overdue ? .red : .primary)
            UserText(action.employer)
            UserText(action.note, font: .footnote)
            LText(action.due, font: .footnote)
            CheckRow(checked: action.done, change: { done in send(diary(.setActionDone(id: action.id, done: done))) }) {
                LText(action.toggleLabel)
            }
        }
    }
}

/// Next actions: overdue, upcoming, done.
struct ActionsScreen: View {
    let actions: ActionsView
    let send: Send

    var body: some View {
        ScreenList {
            PrimaryButton(actions.add) { send(.openLink(link: actions.addLink)) }
            if let empty = actions.empty { LText(empty) }
            group(actions.overdueTitle, actions.overdue)
            group(actions.upcomingTitle, actions.upcoming)
            group(actions.doneTitle, actions.done)
        }
    }

    @ViewBuilder private func group(_ title: Localized, _ rows: [ActionRow]) -> some View {
        if !rows.isEmpty {
            Heading(title)
            ForEach(rows, id: \.id) { row in ActionCard(action: row, send: send) }
        }
    }
}

/// The documents checklist: alerts, then each kind with its documents and an add button.
struct DocumentsScreen: View {
    let documents: DocumentsView
    let send: Send

    var body: some View {
        ScreenList {
            ForEach(Array(documents.alerts.enumerated()), id: \.offset) { _, alert in ErrorText(alert) }
            ForEach(Array(documents.checklist.enumerated()), id: \.offset) { _, row in
                ItemCard {
                    LText(row.label, font: .headline)
                    LText(row.statusLabel, color: .accentColor)
                    ForEach(row.documents, id: \.id) { document in
                        ItemCard(open: { send(.openLink(link: document.editLink)) }) {
                            LText(document.title, font: .headline)
                            LText(document.statusLabel)
                            Secondary(document.permit)
                            Secondary(document.expiry)
                            ErrorText(document.alert)
                            Secondary(document.recognition)
                        }
                    }
                    LinkButton(row.addLabel) { send(diary(.addDocument(kind: row.kind))) }
                }
            }
        }
    }
}

/// Meetings with the tutor and the actions agreed at each.
struct MeetingsScreen: View {
    let meetings: MeetingsView
    let send: Send

    var body: some View {
        ScreenList {
            PrimaryButton(meetings.add) { send(.openLink(link: meetings.addLink)) }
            if let empty = meetings.empty { LText(empty) }
            ForEach(meetings.meetings, id: \.id) { meeting in
                ItemCard(open: { send(.openLink(link: meeting.editLink)) }) {
                    UserText(meeting.tutor, font: .headline)
                    LText(meeting.when, color: meeting.upcoming ? .accentColor : .primary)
                    UserText(meeting.topics)
                    UserText(meeting.notes, font: .footnote)
                    if !meeting.actions.isEmpty {
                        LText(meeting.actionsTitle, font: .subheadline)
                        ForEach(meeting.actions, id: \.id) { action in
                            CheckRow(checked: action.done, change: { done in
                                send(diary(.setMeetingActionDone(id: action.id, done: done)))
                            }) {
                                UserText(action.text)
                                Secondary(action.toggleLabel)
                            }
                        }
                    }
                }
            }
        }
    }
}

/// Every diary form (application, interview, action, document, meeting): the core's fields.
struct DiaryFormScreen: View {
    let form: DiaryForm
    let send: Send

    var body: some View {
        ScreenList {
            Heading(form.heading)
            if let subject = form.subject { UserText(subject, font: .headline) }
            ForEach(form.fields, id: \.field) { field in
                DiaryFieldInput(form: form, field: field, send: send)
            }
            PrimaryButton(form.save) { send(diary(.save)) }
            SecondaryButton(form.cancel) { send(diary(.cancel)) }
            if let delete = form.delete {
                LinkButton(delete) { send(diary(.deleteRecord)) }
            }
        }
    }
}

struct DiaryFieldInput: View {
    let form: DiaryForm
    let field: FormField
    let send: Send

    var body: some View {
        switch field.input {
        case .choice:
            VStack(alignment: .leading, spacing: 4) {
                LText(field.label, font: .subheadline)
                ForEach(field.choices, id: \.code) { choice in
                    ChoiceRow(selected: choice.selected, choose: {
                        send(diary(.choose(field: field.field, code: choice.code)))
                    }) { LText(choice.label) }
                }
                Secondary(field.hint)
                ErrorText(field.error)
            }
        case .date, .dateTime:
            DateTimeInput(field: field, send: send)
        case .line, .text, .phone, .email, .url:
            CoreTextField(
                label: field.label, value: field.value, error: field.error, hint: field.hint,
                multiline: field.input == .text, keyboard: DiaryFieldInput.keyboard(field.input),
                change: { text in send(diary(.editText(field: field.field, value: text))) }
            )
            .id("\(form.kind)-\(field.field)")
        }
    }

    static func keyboard(_ input: FormInput) -> UIKeyboardType {
        switch input {
        case .phone: return .phonePad
        case .email: return .emailAddress
        case .url: return .URL
        default: return .default
        }
    }
}

/// A day (and a time) with the system's picker, in the phone's calendar and time zone; the
/// value shown above it is the core's words for it.
struct DateTimeInput: View {
    let field: FormField
    let send: Send

    var body: some View {
        VStack(alignment: .leading, spacing: 4) {
            LText(field.label, font: .subheadline)
            if let shown = field.shown { LText(shown, color: .accentColor) }
            DatePicker(
                selection: Binding(
                    get: { field.at ?? Date() },
                    set: { picked in send(diary(.editTime(field: field.field, at: DateTimeInput.normalised(picked, input: field.input)))) }
                ),
                displayedComponents: field.input == .date ? [.date] : [.date, .hourAndMinute]
            ) {
                LText(field.label)
            }
            .labelsHidden()
            .frame(minHeight: minTouch)
            Secondary(field.hint)
            ErrorText(field.error)
        }
    }

    /// A day alone is the start of that day in the phone's time zone.
    static func normalised(_ date: Date, input: FormInput) -> Date {
        input == .date ? Calendar.current.startOfDay(for: date) : date
    }
}
