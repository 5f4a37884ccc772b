import SwiftUI
import UIKit
@preconcurrency import PonteCore

// The core's module has types named `Text` (a lesson's text), `App` (the app core) and `Task`
// (work for the network). In this module `Text` is SwiftUI's; the core's are `CoreText`,
// `PonteCore.App` and `PonteCore.Task`, and Swift's tasks are written `_Concurrency.Task`.
typealias Text = SwiftUI.Text
typealias CoreText = PonteCore.Text

/// What a screen may do: send the core an event (on the main actor, from any closure).
typealias Send = @MainActor @Sendable (Event) -> Void

/// The smallest touch target (Apple's Human Interface Guidelines: 44 points).
let minTouch: CGFloat = 44

extension TextDirection {
    var layoutDirection: LayoutDirection {
        self == .rightToLeft ? .rightToLeft : .leftToRight
    }
}

/// The direction of a language the core names without giving its direction (a service's
/// name), from the phone's own locale data.
func languageDirection(_ code: String) -> TextDirection {
    Locale.characterDirection(forLanguage: code) == .rightToLeft ? .rightToLeft : .leftToRight
}

/// A text in a language: VoiceOver reads it with that language's voice.
func spoken(_ text: String, language: String) -> AttributedString {
    var attributed = AttributedString(text)
    if !language.isEmpty {
        attributed.languageIdentifier = language
    }
    return attributed
}

/// Text from the core in the direction and language the core gives for it (an Italian name
/// inside an Arabic screen stays left to right and is read with an Italian voice).
struct DirectedText: View {
    let text: String
    let language: String
    let direction: TextDirection
    var font: Font = .body
    var color: Color = .primary

    var body: some View {
        Text(spoken(text, language: language))
            .font(font)
            .foregroundColor(color)
            .multilineTextAlignment(.leading)
            .fixedSize(horizontal: false, vertical: true)
            .frame(maxWidth: .infinity, alignment: .leading)
            .environment(\.layoutDirection, direction.layoutDirection)
    }
}

/// A text of the app's catalogue (`Localized`).
struct LText: View {
    let text: Localized
    var font: Font = .body
    var color: Color = .primary

    init(_ text: Localized, font: Font = .body, color: Color = .primary) {
        self.text = text
        self.font = font
        self.color = color
    }

    var body: some View {
        DirectedText(text: text.text, language: text.locale, direction: text.direction, font: font, color: color)
    }
}

/// Lesson and content text (`PonteCore.Text`), in its own language and direction.
struct CText: View {
    let text: CoreText
    var font: Font = .body
    var color: Color = .primary

    init(_ text: CoreText, font: Font = .body, color: Color = .primary) {
        self.text = text
        self.font = font
        self.color = color
    }

    var body: some View {
        DirectedText(text: text.text, language: text.language, direction: text.direction, font: font, color: color)
    }
}

/// What the person typed (an employer, a note): shown as typed, its direction left to the
/// text's own letters (the natural alignment).
struct UserText: View {
    let text: String
    var font: Font = .body
    var color: Color = .primary

    init(_ text: String, font: Font = .body, color: Color = .primary) {
        self.text = text
        self.font = font
        self.color = color
    }

    var body: some View {
        if !text.isEmpty {
            Text(verbatim: text)
                .font(font)
                .foregroundColor(color)
                .fixedSize(horizontal: false, vertical: true)
                .frame(maxWidth: .infinity, alignment: .leading)
        }
    }
}

struct Heading: View {
    let text: Localized
    init(_ text: Localized) { self.text = text }

    var body: some View {
        LText(text, font: .headline)
            .padding(.top, 8)
            .accessibilityAddTraits(.isHeader)
    }
}

struct Secondary: View {
    let text: Localized?
    init(_ text: Localized?) { self.text = text }

    var body: some View {
        if let text {
            LText(text, font: .subheadline, color: .secondary)
        }
    }
}

/// An error under a field or a form; VoiceOver announces it when it appears.
struct ErrorText: View {
    let text: Localized?
    init(_ text: Localized?) { self.text = text }

    var body: some View {
        if let text {
            LText(text, font: .subheadline, color: .red)
                .onAppear { UIAccessibility.post(notification: .announcement, argument: text.text) }
        }
    }
}

struct PrimaryButton: View {
    let label: Localized
    var enabled = true
    let action: () -> Void

    init(_ label: Localized, enabled: Bool = true, action: @escaping () -> Void) {
        self.label = label
        self.enabled = enabled
        self.action = action
    }

    var body: some View {
        Button(action: action) {
            LText(label, color: .white)
                .frame(maxWidth: .infinity, minHeight: minTouch)
        }
        .buttonStyle(.borderedProminent)
        .disabled(!enabled)
    }
}

struct SecondaryButton: View {
    let label: Localized
    var enabled = true
    let action: () -> Void

    init(_ label: Localized, enabled: Bool = true, action: @escaping () -> Void) {
        self.label = label
        self.enabled = enabled
        self.action = action
    }

    var body: some View {
        Button(action: action) {
            LText(label, color: .accentColor)
                .frame(maxWidth: .infinity, minHeight: minTouch)
        }
        .buttonStyle(.bordered)
        .disabled(!enabled)
    }
}

struct LinkButton: View {
    let label: Localized
    let action: () -> Void

    init(_ label: Localized, action: @escaping () -> Void) {
        self.label = label
        self.action = action
    }

    var body: some View {
        Button(action: action) {
            LText(label, color: .accentColor)
                .frame(minHeight: minTouch)
        }
        .buttonStyle(.plain)
    }
}

/// A switch with its words (and an explanation under them).
struct SwitchRow: View {
    let label: Localized
    let isOn: Bool
    var explanation: Localized? = nil
    let change: (Bool) -> Void

    init(_ label: Localized, isOn: Bool, explanation: Localized? = nil, change: @escaping (Bool) -> Void) {
        self.label = label
        self.isOn = isOn
        self.explanation = explanation
        self.change = change
    }

    var body: some View {
        Toggle(isOn: Binding(get: { isOn }, set: change)) {
            VStack(alignment: .leading, spacing: 2) {
                LText(label)
                Secondary(explanation)
            }
        }
        .frame(minHeight: minTouch)
    }
}

/// A check box row: the whole row is one target, VoiceOver says whether it is ticked.
struct CheckRow<Label: View>: View {
    let checked: Bool
    let change: (Bool) -> Void
    @ViewBuilder let label: () -> Label

    var body: some View {
        Button(action: { change(!checked) }) {
            HStack(spacing: 12) {
                Image(systemName: checked ? "checkmark.square.fill" : "square")
                    .foregroundColor(.accentColor)
                    .accessibilityHidden(true)
                VStack(alignment: .leading, spacing: 2) { label() }
            }
            .frame(maxWidth: .infinity, minHeight: minTouch, alignment: .leading)
            .contentShape(Rectangle())
        }
        .buttonStyle(.plain)
        .accessibilityAddTraits(checked ? [.isSelected] : [])
    }
}

/// One choice among several (a radio button).
struct ChoiceRow<Label: View>: View {
    let selected: Bool
    let choose: () -> Void
    @ViewBuilder let label: () -> Label

    var body: some View {
        Button(action: choose) {
            HStack(spacing: 12) {
                Image(systemName: selected ? "largecircle.fill.circle" : "circle")
                    .foregroundColor(.accentColor)
                    .accessibilityHidden(true)
                VStack(alignment: .leading, spacing: 2) { label() }
            }
            .frame(maxWidth: .infinity, minHeight: minTouch, alignment: .leading)
            .contentShape(Rectangle())
        }
        .buttonStyle(.plain)
        .accessibilityAddTraits(selected ? [.isSelected] : [])
    }
}

/// A card; tappable as one target when `open` is given.
struct ItemCard<Content: View>: View {
    var open: (() -> Void)? = nil
    @ViewBuilder let content: () -> Content

    var body: some View {
        let card = VStack(alignment: .leading, spacing: 4) { content() }
            .padding(16)
            .frame(maxWidth: .infinity, minHeight: minTouch, alignment: .leading)
            .background(RoundedRectangle(cornerRadius: 12).fill(Color(.secondarySystemBackground)))
        if let open {
            Button(action: open) { card.contentShape(Rectangle()) }
                .buttonStyle(.plain)
                .accessibilityElement(children: .combine)
                .accessibilityAddTraits(.isButton)
        } else {
            card
        }
    }
}

/// A screen's scrolling body; everything in it reflows with Dynamic Type.
struct ScreenList<Content: View>: View {
    @ViewBuilder let content: () -> Content

    var body: some View {
        ScrollView {
            LazyVStack(alignment: .leading, spacing: 12) { content() }
                .padding(16)
        }
    }
}

/// A text field whose value the core keeps: typed locally for a smooth cursor, each change sent
/// to the core. A value the core changed by itself (a scanned code, a normalised entry) replaces
/// what is shown; one that only echoes what was typed, perhaps late, does not.
struct CoreTextField: View {
    let label: Localized
    let value: String
    var error: Localized? = nil
    var hint: Localized? = nil
    var multiline = false
    var keyboard: UIKeyboardType = .default
    let change: (String) -> Void

    // Not private: a private stored property would make the memberwise initializer private.
    @State var text = ""
    @State var sent: [String] = []

    var body: some View {
        VStack(alignment: .leading, spacing: 4) {
            LText(label, font: .subheadline)
            field
                .keyboardType(keyboard)
                .textFieldStyle(.roundedBorder)
                .accessibilityLabel(Text(spoken(label.text, language: label.locale)))
                .accessibilityHint(Text(spoken(hint?.text ?? "", language: hint?.locale ?? "")))
            if let error {
                ErrorText(error)
            } else {
                Secondary(hint)
            }
        }
        .onAppear { text = value }
        .onChange(of: value) { newValue in
            if newValue != text && !sent.contains(newValue) { text = newValue }
        }
    }

    @ViewBuilder private var field: some View {
        let binding = Binding(
            get: { text },
            set: { typed in
                text = typed
                sent.append(typed)
                if sent.count > 64 { sent.removeFirst() }
                change(typed)
            }
        )
        if multiline {
            TextField(text: binding, axis: .vertical) { Text(verbatim: "") }
                .lineLimit(3...)
        } else {
            TextField(text: binding) { Text(verbatim: "") }
        }
    }
}

/// A question with the core's words for yes and no, shown when `message` is there.
struct ConfirmDialog: ViewModifier {
    let message: Localized?
    let confirm: Localized
    let cancel: Localized
    let onConfirm: () -> Void
    let onCancel: () -> Void

    func body(content: Content) -> some View {
        content.alert(
            Text(verbatim: message?.text ?? ""),
            isPresented: Binding(get: { message != nil }, set: { shown in if !shown { onCancel() } }),
            actions: {
                Button(role: .destructive, action: onConfirm) { Text(verbatim: confirm.text) }
                Button(role: .cancel, action: onCancel) { Text(verbatim: cancel.text) }
            }
        )
    }
}

extension View {
    func confirmDialog(
        _ message: Localized?, confirm: Localized, cancel: Localized,
        onConfirm: @escaping () -> Void, onCancel: @escaping () -> Void
    ) -> some View {
        modifier(ConfirmDialog(message: message, confirm: confirm, cancel: cancel, onConfirm: onConfirm, onCancel: onCancel))
    }
}

/// A row of chips that scrolls sideways (the stage tabs, the categories).
struct ChipRow<Item, ID: Hashable>: View {
    let items: [Item]
    let id: KeyPath<Item, ID>
    let selected: (Item) -> Bool
    let label: (Item) -> Localized
    let tap: (Item) -> Void

    var body: some View {
        ScrollView(.horizontal, showsIndicators: false) {
            HStack(spacing: 8) {
                ForEach(items, id: id) { item in
                    Button(action: { tap(item) }) {
                        Text(spoken(label(item).text, language: label(item).locale))
                            .padding(.horizontal, 12)
                            .frame(minHeight: minTouch)
                    }
                    .buttonStyle(.bordered)
                    .tint(selected(item) ? .accentColor : .secondary)
                    .accessibilityAddTraits(selected(item) ? [.isSelected] : [])
                }
            }
        }
    }
}
