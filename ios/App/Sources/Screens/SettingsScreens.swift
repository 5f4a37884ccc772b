import SwiftUI
@preconcurrency import PonteCore

private func settings(_ event: SettingsEvent) -> Event { .settings(event: event) }

/// Languages, city, data use, notifications, sharing with the tutor, the person's data rights.
/// (`SettingsScreen` is the core's enum; this view is `SettingsMainScreen`.)
struct SettingsMainScreen: View {
    let view: SettingsView
    let send: Send

    var body: some View {
        ScreenList {
            LanguageSettingView(setting: view.uiLanguage, sameAsUi: nil) { code in
                if let code { send(.chooseUiLanguage(code: code)) }
            }
            LanguageSettingView(setting: view.contentLanguage, sameAsUi: (view.sameAsUi, view.sameAsUiSelected)) { code in
                send(.chooseContentLanguage(code: code))
            }
            Expandable(label: view.cityLabel, current: view.city) {
                ForEach(view.cities, id: \.name) { city in
                    ChoiceRow(selected: city.selected, choose: { send(.chooseCity(city: city.name)) }) {
                        UserText(city.name)
                        Secondary(city.services)
                    }
                }
            }
            Divider()
            Heading(view.dataHeading)
            SwitchRow(view.wifiOnly.label, isOn: view.wifiOnly.on, explanation: view.wifiOnly.explanation) { on in
                send(settings(.setWifiOnly(on: on)))
            }
            SwitchRow(view.dataSaver.label, isOn: view.dataSaver.on, explanation: view.dataSaver.explanation) { on in
                send(settings(.setDataSaver(on: on)))
            }
            SwitchRow(view.mapMobileData.label, isOn: view.mapMobileData.on, explanation: view.mapMobileData.explanation) { on in
                send(settings(.setMapMobileData(allowed: on)))
            }
            Divider()
            Heading(view.notificationsHeading)
            ForEach(view.notifications, id: \.category) { item in
                SwitchRow(item.label, isOn: item.enabled) { on in
                    send(settings(.setNotifications(category: item.category, enabled: on)))
                }
            }
            CoreTextField(
                label: view.quietHours.label, value: view.quietHours.value, error: view.quietHours.error,
                hint: view.quietHours.hint, change: { text in send(settings(.editQuietHours(text: text))) }
            )
            .id("quiet-hours")
            SecondaryButton(view.quietHours.save) { send(settings(.saveQuietHours)) }
            Divider()
            Heading(view.sharingHeading)
            Secondary(view.sharingNotPaired)
            ForEach(view.consents, id: \.choice) { consent in
                SwitchRow(consent.label, isOn: consent.granted) { granted in
                    send(settings(.setConsent(choice: consent.choice, granted: granted)))
                }
            }
            LinkButton(view.tutor) { send(.openLink(link: view.tutorLink)) }
            Divider()
            Heading(view.dataRightsHeading)
            Secondary(view.exportExplain)
            SecondaryButton(view.export) { send(settings(.exportData)) }
            SecondaryButton(view.erase) { send(settings(.askErase)) }
        }
        .confirmDialog(
            view.eraseConfirmation?.question,
            confirm: view.eraseConfirmation?.eraseYes ?? view.erase,
            cancel: view.eraseConfirmation?.cancel ?? view.erase,
            onConfirm: { send(settings(.confirmErase)) },
            onCancel: { send(settings(.cancelErase)) }
        )
    }
}

/// A language setting: its current value; tapped, every choice in its own name.
struct LanguageSettingView: View {
    let setting: LanguageSetting
    let sameAsUi: (Localized, Bool)?
    let choose: (String?) -> Void

    var body: some View {
        Expandable(label: setting.label, current: setting.currentName) {
            if let same = sameAsUi {
                ChoiceRow(selected: same.1, choose: { choose(nil) }) { LText(same.0) }
            }
            ForEach(setting.options, id: \.code) { option in
                LanguageRow(option: option) { choose(option.code) }
            }
        }
    }
}

/// A heading with its current value that opens its choices.
struct Expandable<Content: View>: View {
    let label: Localized
    let current: String?
    @ViewBuilder let content: () -> Content
    @State var expanded = false

    var body: some View {
        VStack(alignment: .leading, spacing: 4) {
            Button(action: { expanded.toggle() }) {
                VStack(alignment: .leading, spacing: 2) {
                    LText(label, font: .headline)
                    if let current { UserText(current, color: .accentColor) }
                }
                .frame(maxWidth: .infinity, minHeight: minTouch, alignment: .leading)
                .contentShape(Rectangle())
            }
            .buttonStyle(.plain)
            .accessibilityAddTraits(expanded ? [.isSelected] : [])
            if expanded { content() }
        }
    }
}
