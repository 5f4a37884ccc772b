import SwiftUI
import UIKit
@preconcurrency import PonteCore

private func profile(_ event: ProfileEvent) -> Event { .profile(event: event) }

/// The core's encoding of form values (profile_view.rs: "1" for on, codes joined by commas).
private let switchOn = "1"
private let noValue = ""
private let codeSeparator = ","

/// The profile: each section with its entries and a form to add or edit, the CV.
struct ProfileOverviewScreen: View {
    let overview: ProfileOverview
    let send: Send

    var body: some View {
        ScreenList {
            Secondary(overview.filled)
            PrimaryButton(overview.cv) { send(.openLink(link: overview.cvLink)) }
            ForEach(overview.sections, id: \.section) { section in
                Heading(section.heading)
                Secondary(section.hint)
                ForEach(section.entries, id: \.link) { entry in
                    ItemCard(open: { send(.openLink(link: entry.link)) }) {
                        UserText(entry.title, font: .headline)
                        UserText(entry.detail)
                        if !entry.badges.isEmpty {
                            HStack(spacing: 8) {
                                ForEach(Array(entry.badges.enumerated()), id: \.offset) { _, badge in
                                    LText(badge, font: .caption, color: .accentColor)
                                }
                            }
                        }
                    }
                }
                LinkButton(section.openForm) { send(.openLink(link: section.formLink)) }
            }
        }
    }
}

/// One profile section's form (personal details, a language, a job...).
struct ProfileFormScreen: View {
    let form: ProfileForm
    let send: Send

    var body: some View {
        ScreenList {
            Heading(form.heading)
            ForEach(form.fields, id: \.code) { field in
                ProfileFieldInput(form: form, field: field, send: send)
            }
            PrimaryButton(form.save) { send(profile(.save)) }
            SecondaryButton(form.discard) { send(profile(.discard)) }
            if let delete = form.delete {
                LinkButton(delete) { send(profile(.askDelete)) }
            }
        }
        .confirmDialog(
            form.confirmDelete,
            confirm: form.delete ?? form.save,
            cancel: form.cancel,
            onConfirm: { send(profile(.confirmDelete)) },
            onCancel: { send(profile(.cancelDelete)) }
        )
    }
}

struct ProfileFieldInput: View {
    let form: ProfileForm
    let field: ProfileFormField
    let send: Send

    private func edit(_ value: String) { send(profile(.editField(field: field.code, value: value))) }

    var body: some View {
        switch field.kind {
        case .choice:
            VStack(alignment: .leading, spacing: 4) {
                LText(field.label, font: .subheadline)
                ForEach(field.choices, id: \.code) { choice in
                    // A second tap on the chosen one clears it ("or none").
                    ChoiceRow(selected: choice.selected, choose: { edit(choice.selected ? noValue : choice.code) }) {
                        LText(choice.label)
                    }
                }
                Secondary(field.hint)
                ErrorText(field.error)
            }
        case .multiChoice:
            VStack(alignment: .leading, spacing: 4) {
                LText(field.label, font: .subheadline)
                ForEach(field.choices, id: \.code) { choice in
                    CheckRow(checked: choice.selected, change: { on in
                        let codes = field.choices.filter { $0.code == choice.code ? on : $0.selected }.map(\.code)
                        edit(codes.joined(separator: codeSeparator))
                    }) { LText(choice.label) }
                }
                Secondary(field.hint)
                ErrorText(field.error)
            }
        case .switch:
            VStack(alignment: .leading, spacing: 4) {
                SwitchRow(field.label, isOn: !field.value.isEmpty, explanation: field.hint) { on in edit(on ? switchOn : noValue) }
                ErrorText(field.error)
            }
        default:
            CoreTextField(
                label: field.label, value: field.value, error: field.error, hint: field.hint,
                multiline: field.kind == .longText, keyboard: ProfileFieldInput.keyboard(field.kind),
                change: { text in edit(text) }
            )
            .id((form.id ?? "\(form.section)") + field.code)
        }
    }

    static func keyboard(_ kind: FieldKind) -> UIKeyboardType {
        switch kind {
        case .email: return .emailAddress
        case .phone: return .phonePad
        case .number, .year: return .numberPad
        default: return .default
        }
    }
}

/// The CV as it will be shared, in one or two languages side by side.
struct CvPreviewScreen: View {
    let cv: CvPreview
    let send: Send

    var body: some View {
        ScreenList {
            if let empty = cv.empty { LText(empty) }
            LanguagePicker(label: cv.firstLabel, choices: cv.firstChoices) { code in
                send(profile(.chooseCvLanguage(column: .first, code: code)))
            }
            LanguagePicker(label: cv.secondLabel, choices: cv.secondChoices) { code in
                send(profile(.chooseCvLanguage(column: .second, code: code)))
            }
            PrimaryButton(cv.share) { send(profile(.shareCv)) }
            if !cv.html.isEmpty { HtmlPreview(html: cv.html).frame(minHeight: 420) }
        }
    }
}

/// A row of languages, each in its own name and direction.
struct LanguagePicker: View {
    let label: Localized
    let choices: [LanguageChoice]
    let choose: (String) -> Void

    var body: some View {
        VStack(alignment: .leading, spacing: 4) {
            LText(label, font: .subheadline)
            ScrollView(.horizontal, showsIndicators: false) {
                HStack(spacing: 8) {
                    ForEach(choices, id: \.code) { choice in
                        Button(action: { choose(choice.code) }) {
                            Text(spoken(choice.nativeName, language: choice.code))
                                .padding(.horizontal, 12)
                                .frame(minHeight: minTouch)
                                .environment(\.layoutDirection, choice.direction.layoutDirection)
                        }
                        .buttonStyle(.bordered)
                        .tint(choice.selected ? .accentColor : .secondary)
                        .accessibilityAddTraits(choice.selected ? [.isSelected] : [])
                    }
                }
            }
        }
    }
}
