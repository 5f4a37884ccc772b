import SwiftUI
import UIKit
import WebKit
@preconcurrency import PonteCore

private func lessons(_ event: LessonsEvent) -> Event { .lessons(event: event) }

/// The courses: the lesson to continue, then each course with its lessons.
struct CoursesScreen: View {
    let courses: CoursesView
    let send: Send

    var body: some View {
        ScreenList {
            if let empty = courses.empty { LText(empty) }
            if let card = courses.continueWith {
                Heading(courses.continueHeading)
                LessonCardView(card: card, send: send)
            }
            ForEach(courses.courses, id: \.id) { course in
                VStack(alignment: .leading, spacing: 4) {
                    CText(course.title, font: .title3)
                    Secondary(course.progress)
                }
                ForEach(course.lessons, id: \.id) { card in LessonCardView(card: card, send: send) }
                HStack(spacing: 8) {
                    LinkButton(course.glossaryLabel) { send(.openLink(link: course.glossaryLink)) }
                    LinkButton(course.certificateLabel) { send(.openLink(link: course.certificateLink)) }
                }
            }
        }
    }
}

struct LessonCardView: View {
    let card: LessonCard
    let send: Send

    var body: some View {
        ItemCard(open: { send(.openLink(link: card.link)) }) {
            CText(card.title, font: .headline)
            LText(card.statusLabel, color: .accentColor)
            Secondary(card.minutes)
            Secondary(card.level)
            Secondary(card.suggestion)
            LText(card.action, font: .subheadline)
        }
    }
}

/// One step of a lesson: its text, picture, choices, hints, feedback, and the way on.
struct LessonPlayerScreen: View {
    let player: LessonPlayer
    let send: Send

    var body: some View {
        ScreenList {
            VStack(alignment: .leading, spacing: 4) {
                CText(player.title, font: .headline)
                Secondary(player.progress)
            }
            if let instruction = player.instruction { LText(instruction, font: .subheadline) }
            CText(player.text)
            if let image = player.image { MediaImage(media: image, description: nil) }
            ForEach(Array(player.checklist.enumerated()), id: \.offset) { _, line in CText(line) }
            SecondaryButton(player.listen) { send(lessons(.readAloud)) }
            if player.kind == .order {
                ForEach(Array(player.choices.enumerated()), id: \.element.id) { index, item in
                    OrderRow(player: player, index: index, item: item, send: send)
                }
            } else {
                ForEach(player.choices, id: \.id) { choice in ChoiceCard(choice: choice, send: send) }
                ForEach(player.matches, id: \.id) { choice in ChoiceCard(choice: choice, send: send) }
            }
            ForEach(Array(player.hints.enumerated()), id: \.offset) { _, hint in CText(hint, color: .orange) }
            if let hint = player.hint { LinkButton(hint) { send(lessons(.showHint)) } }
            ErrorText(player.answerError)
            if let feedback = player.feedback {
                ItemCard {
                    LText(feedback.headline, font: .headline, color: feedback.correct ? .green : .red)
                    ForEach(Array(feedback.explanations.enumerated()), id: \.offset) { _, line in CText(line) }
                }
            }
            if let mastered = player.mastered { LText(mastered, color: .green) }
            if let check = player.check { PrimaryButton(check) { send(lessons(.check)) } }
            if let again = player.tryAgain { PrimaryButton(again) { send(lessons(.tryAgain)) } }
            if let next = player.next { PrimaryButton(next) { send(lessons(.next)) } }
            if let finish = player.finish { PrimaryButton(finish) { send(lessons(.finish)) } }
            if let previous = player.previous { SecondaryButton(previous) { send(lessons(.previous)) } }
            CText(player.masteryRule, font: .footnote)
            if !player.glossary.isEmpty {
                Heading(player.glossaryLabel)
                ForEach(Array(player.glossary.enumerated()), id: \.offset) { _, entry in
                    VStack(alignment: .leading, spacing: 2) {
                        CText(entry.term, font: .headline)
                        CText(entry.explanation)
                    }
                }
            }
        }
    }
}

/// A choice, a picture, or a side of a pair: one target, its state shown by a border and
/// said by VoiceOver.
struct ChoiceCard: View {
    let choice: PlayerChoice
    let send: Send

    var body: some View {
        let chosen = choice.selected || choice.pairedWith != nil
        Button(action: { send(lessons(.select(id: choice.id))) }) {
            VStack(alignment: .leading, spacing: 4) {
                if let image = choice.image { MediaImage(media: image, description: choice.text?.text) }
                if let text = choice.text { CText(text) }
            }
            .padding(12)
            .frame(maxWidth: .infinity, minHeight: minTouch, alignment: .leading)
            .overlay(RoundedRectangle(cornerRadius: 12).stroke(chosen ? Color.accentColor : Color.secondary, lineWidth: chosen ? 3 : 1))
            .contentShape(Rectangle())
        }
        .buttonStyle(.plain)
        .accessibilityAddTraits(chosen ? [.isSelected] : [])
    }
}

/// An item to put in order, with the core's words for moving it.
struct OrderRow: View {
    let player: LessonPlayer
    let index: Int
    let item: PlayerChoice
    let send: Send

    var body: some View {
        ItemCard {
            if let image = item.image { MediaImage(media: image, description: item.text?.text) }
            if let text = item.text { CText(text) }
            HStack(spacing: 8) {
                if let earlier = player.moveEarlier, index > 0 {
                    SecondaryButton(earlier) { send(lessons(.moveItem(id: item.id, position: UInt32(index - 1)))) }
                }
                if let later = player.moveLater, index < player.choices.count - 1 {
                    SecondaryButton(later) { send(lessons(.moveItem(id: item.id, position: UInt32(index + 1)))) }
                }
            }
        }
    }
}

/// A lesson's picture; bytes the phone cannot decode leave no gap.
struct MediaImage: View {
    let media: LessonMedia
    let description: String?

    var body: some View {
        if let picture = UIImage(data: media.bytes) {
            Image(uiImage: picture)
                .resizable()
                .scaledToFit()
                .frame(maxWidth: .infinity)
                .accessibilityLabel(Text(verbatim: description ?? ""))
                .accessibilityHidden(description == nil)
        }
    }
}

/// A course's words and what they mean.
struct GlossaryScreen: View {
    let glossary: CourseGlossary

    var body: some View {
        ScreenList {
            CText(glossary.courseTitle, font: .title3)
            if let empty = glossary.empty { LText(empty) }
            ForEach(Array(glossary.terms.enumerated()), id: \.offset) { _, entry in
                VStack(alignment: .leading, spacing: 2) {
                    CText(entry.term, font: .headline)
                    CText(entry.explanation)
                }
            }
        }
    }
}

/// A course's certificate: what is missing, or the name to print, the preview and the share.
struct CertificateScreen: View {
    let certificate: CourseCertificate
    let send: Send

    var body: some View {
        ScreenList {
            CText(certificate.courseTitle, font: .title3)
            LText(certificate.explanation)
            ForEach(certificate.missing, id: \.id) { card in LessonCardView(card: card, send: send) }
            if let name = certificate.name {
                CoreTextField(label: name.label, value: name.value, error: name.error, change: { text in
                    send(lessons(.certificateName(name: text)))
                })
                .id(certificate.courseId)
            }
            if let html = certificate.html { HtmlPreview(html: html).frame(minHeight: 320) }
            if let share = certificate.share { PrimaryButton(share) { send(lessons(.shareCertificate)) } }
        }
    }
}

/// An HTML document from the core (a certificate, the CV), shown as it will be shared:
/// no JavaScript, no network, no files.
struct HtmlPreview: UIViewRepresentable {
    let html: String

    func makeUIView(context: Context) -> WKWebView {
        let configuration = WKWebViewConfiguration()
        configuration.defaultWebpagePreferences.allowsContentJavaScript = false
        let view = WKWebView(frame: .zero, configuration: configuration)
        view.isOpaque = false
        return view
    }

    func updateUIView(_ view: WKWebView, context: Context) {
        if context.coordinator.shown != html {
            context.coordinator.shown = html
            view.loadHTMLString(html, baseURL: nil)
        }
    }

    func makeCoordinator() -> Coordinator { Coordinator() }

    final class Coordinator {
        var shown: String?
    }
}
