import SwiftUI
@preconcurrency import PonteCore

/// The first run, one step at a time (`Route.firstRun`): each step is its own screen.
struct FirstRunScreen: View {
    let screen: Screen
    let send: Send

    var body: some View {
        switch screen {
        case let .chooseLanguage(purpose, options, sameAsUi):
            ChooseLanguageScreen(purpose: purpose, options: options, sameAsUi: sameAsUi, send: send)
        case let .installing(explanation, failed):
            InstallingScreen(explanation: explanation, failed: failed)
        case let .chooseCity(cities):
            ChooseCityScreen(cities: cities, send: send)
        case let .privacy(paragraphs, accept):
            PrivacyScreen(paragraphs: paragraphs, accept: accept, send: send)
        case let .offerPairing(explanation, scan, typeCode, skip):
            OfferPairingScreen(explanation: explanation, scan: scan, typeCode: typeCode, skip: skip, send: send)
        default:
            EmptyView()
        }
    }
}

/// A language in its own name, its own direction, read by VoiceOver in its own voice.
struct LanguageRow: View {
    let option: LanguageChoice
    let choose: () -> Void

    var body: some View {
        ChoiceRow(selected: option.selected, choose: choose) {
            DirectedText(text: option.nativeName, language: option.code, direction: option.direction)
        }
    }
}

/// The app's language, then the content's.
struct ChooseLanguageScreen: View {
    let purpose: LanguagePurpose
    let options: [LanguageChoice]
    let sameAsUi: Localized?
    let send: Send

    var body: some View {
        ScreenList {
            if let sameAsUi {
                ChoiceRow(selected: !options.contains(where: \.selected), choose: { send(.chooseContentLanguage(code: nil)) }) {
                    LText(sameAsUi)
                }
            }
            ForEach(options, id: \.code) { option in
                LanguageRow(option: option) {
                    switch purpose {
                    case .ui: send(.chooseUiLanguage(code: option.code))
                    case .content: send(.chooseContentLanguage(code: option.code))
                    }
                }
            }
        }
    }
}

/// The shipped content being installed; why it failed, if it did.
struct InstallingScreen: View {
    let explanation: Localized
    let failed: Localized?

    var body: some View {
        ScrollView {
            VStack(spacing: 16) {
                if failed == nil { ProgressView() }
                LText(explanation)
                ErrorText(failed)
            }
            .padding(24)
        }
    }
}

struct ChooseCityScreen: View {
    let cities: [CityChoice]
    let send: Send

    var body: some View {
        ScreenList {
            ForEach(cities, id: \.name) { city in
                ChoiceRow(selected: city.selected, choose: { send(.chooseCity(city: city.name)) }) {
                    UserText(city.name)
                    Secondary(city.services)
                }
            }
        }
    }
}

struct PrivacyScreen: View {
    let paragraphs: [Localized]
    let accept: Localized
    let send: Send

    var body: some View {
        ScreenList {
            ForEach(Array(paragraphs.enumerated()), id: \.offset) { _, paragraph in
                LText(paragraph)
            }
            PrimaryButton(accept) { send(.acceptPrivacy) }
        }
    }
}

struct OfferPairingScreen: View {
    let explanation: Localized
    let scan: Localized?
    let typeCode: Localized
    let skip: Localized
    let send: Send

    var body: some View {
        ScreenList {
            LText(explanation)
            if let scan {
                PrimaryButton(scan) { send(.tutor(event: .scan)) }
            }
            SecondaryButton(typeCode) { send(.tutor(event: .openPairing)) }
            LinkButton(skip) { send(.skipPairing) }
        }
    }
}
