import SwiftUI
import UIKit
@preconcurrency import PonteCore

private func guides(_ event: GuidesEvent) -> Event { .guides(event: event) }

/// The top of the guides' tree with the "Ask" box above it: the question goes to the core as
/// it is typed, the answers (passages of guides, the matching words in bold) come back in the
/// view. `empty` from the core when the phone has no guide yet.
struct GuidesTreeScreen: View {
    let ask: AskView
    let items: [GuideItem]
    let empty: Localized?
    let send: Send

    var body: some View {
        if let empty {
            ExplanationScreen(explanation: empty)
        } else {
            ScreenList {
                CoreTextField(label: ask.label, value: ask.question, change: { text in send(guides(.ask(question: text))) })
                    .id("guides.question")
                Secondary(ask.noAnswer)
                ForEach(Array(ask.answers.enumerated()), id: \.offset) { _, answer in
                    ItemCard(open: { send(.openLink(link: answer.link)) }) {
                        LText(answer.source, font: .caption)
                        DirectedText(text: answer.title, language: answer.language, direction: answer.direction, font: .headline)
                        Text(GuideText.answer(answer.spans, language: answer.language))
                            .font(.subheadline)
                            .frame(maxWidth: .infinity, alignment: .leading)
                            .environment(\.layoutDirection, answer.direction.layoutDirection)
                    }
                }
                // "Ask my tutor": only on a paired phone; the core asks before anything is sent.
                if let tutor = ask.tutor {
                    if let action = tutor.action {
                        SecondaryButton(action) { send(guides(.askTutor)) }
                    }
                    Secondary(tutor.sent)
                }
                ForEach(items, id: \.id) { item in GuideCard(item: item, send: send) }
            }
            .confirmDialog(
                ask.tutor?.confirm?.text,
                confirm: ask.tutor?.confirm?.send ?? ask.label,
                cancel: ask.tutor?.confirm?.cancel ?? ask.label,
                onConfirm: { send(guides(.confirmAskTutor)) },
                onCancel: { send(guides(.cancelAskTutor)) }
            )
        }
    }
}

struct GuideCard: View {
    let item: GuideItem
    let send: Send

    var body: some View {
        ItemCard(open: { send(.openLink(link: item.link)) }) {
            DirectedText(text: item.title, language: item.language, direction: item.direction, font: .headline)
            Secondary(item.more)
        }
    }
}

/// One guide: its image (when it has one) above its blocks in the guide's own direction, links
/// drawn as links (VoiceOver lists them as links); a tap sends the link's number to the core,
/// which decides what it opens.
struct GuideScreen: View {
    let guide: GuideView
    let send: Send

    var body: some View {
        ScreenList {
            DirectedText(text: guide.title, language: guide.language, direction: guide.direction, font: .title2)
                .accessibilityAddTraits(.isHeader)
            if let image = guide.image, let picture = UIImage(data: image.bytes) {
                Image(uiImage: picture)
                    .resizable()
                    .aspectRatio(CGFloat(image.width) / CGFloat(max(image.height, 1)), contentMode: .fit)
                    .frame(maxWidth: .infinity)
                    .accessibilityLabel(Text(spoken(image.alt, language: guide.language)))
            }
            ForEach(Array(guide.translationNotes.enumerated()), id: \.offset) { _, note in Secondary(note) }
            SecondaryButton(guide.readAloud) { send(guides(.readAloud)) }
            ForEach(Array(guide.blocks.enumerated()), id: \.offset) { _, block in
                GuideBlockView(block: block, language: guide.language)
            }
            ForEach(guide.children, id: \.id) { child in GuideCard(item: child, send: send) }
            Secondary(guide.checked)
            if !guide.sources.isEmpty {
                Heading(guide.sourcesHeading)
                ForEach(Array(guide.sources.enumerated()), id: \.offset) { _, source in
                    Text(GuideText.link(source.title, index: source.link, language: guide.language))
                        .frame(maxWidth: .infinity, alignment: .leading)
                }
            }
        }
        .environment(\.layoutDirection, guide.direction.layoutDirection)
        .environment(\.openURL, OpenURLAction { url in
            guard let index = GuideText.linkIndex(url) else { return .discarded }
            // SwiftUI opens links on the main thread.
            MainActor.assumeIsolated { send(guides(.followLink(index: index))) }
            return .handled
        })
    }
}

struct GuideBlockView: View {
    let block: GuideBlock
    let language: String

    var body: some View {
        switch block {
        case let .heading(level, spans):
            Text(GuideText.spans(spans, language: language))
                .font(level <= 2 ? .title3 : .headline)
                .frame(maxWidth: .infinity, alignment: .leading)
                .accessibilityAddTraits(.isHeader)
        case let .paragraph(spans):
            Text(GuideText.spans(spans, language: language))
                .frame(maxWidth: .infinity, alignment: .leading)
        case let .items(ordered, items):
            VStack(alignment: .leading, spacing: 4) {
                ForEach(Array(items.enumerated()), id: \.offset) { index, spans in
                    HStack(alignment: .firstTextBaseline, spacing: 6) {
                        Text(verbatim: ordered ? "\(index + 1)." : "•")
                            .accessibilityHidden(true)
                        Text(GuideText.spans(spans, language: language))
                            .frame(maxWidth: .infinity, alignment: .leading)
                    }
                }
            }
        }
    }
}

/// A guide's spans as one attributed text: bold where bold, links as links to
/// `ponte-guide-link:N`, which `GuideScreen` hands back to the core as `followLink(N)`.
enum GuideText {
    private static let linkScheme = "ponte-guide-link"

    static func spans(_ spans: [GuideSpan], language: String) -> AttributedString {
        var text = AttributedString()
        for span in spans {
            var part = AttributedString(span.text)
            if let link = span.link {
                // SwiftUI draws links in the accent colour; VoiceOver lists them as links.
                part.link = URL(string: "\(linkScheme):\(link)")
            } else if span.bold {
                part.inlinePresentationIntent = .stronglyEmphasized
            }
            text.append(part)
        }
        if !language.isEmpty { text.languageIdentifier = language }
        return text
    }

    static func answer(_ spans: [AnswerSpan], language: String) -> AttributedString {
        var text = AttributedString()
        for span in spans {
            var part = AttributedString(span.text)
            if span.matched { part.inlinePresentationIntent = .stronglyEmphasized }
            text.append(part)
        }
        if !language.isEmpty { text.languageIdentifier = language }
        return text
    }

    static func link(_ title: String, index: UInt32, language: String) -> AttributedString {
        spans([GuideSpan(text: title, bold: false, link: index)], language: language)
    }

    static func linkIndex(_ url: URL) -> UInt32? {
        guard url.scheme == linkScheme else { return nil }
        let number = url.absoluteString.dropFirst(linkScheme.count + 1)
        return UInt32(number)
    }
}
