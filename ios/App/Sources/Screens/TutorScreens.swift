import SwiftUI
import UIKit
@preconcurrency import PonteCore

private func tutor(_ event: TutorEvent) -> Event { .tutor(event: event) }

/// The tutor section (`Route.tutor`, `Route.pairing`): not paired, pairing, or paired.
struct TutorSectionScreen: View {
    let screen: TutorScreen
    let send: Send

    var body: some View {
        switch screen {
        case let .notPaired(view): TutorNotPairedScreen(screen: view, send: send)
        case let .pairing(form): PairingScreen(form: form, send: send)
        case let .paired(view): TutorPairedScreen(screen: view, send: send)
        }
    }
}

/// No tutor yet: what pairing shares, how to pair, and the items kept from an earlier pairing.
struct TutorNotPairedScreen: View {
    let screen: NotPairedView
    let send: Send

    var body: some View {
        ScreenList {
            LText(screen.explanation)
            Secondary(screen.privacy)
            if let scan = screen.scan { PrimaryButton(scan) { send(tutor(.scan)) } }
            SecondaryButton(screen.pair) { send(tutor(.openPairing)) }
            TutorItems(title: screen.itemsTitle, rows: screen.items, more: screen.moreItems, empty: nil, send: send)
        }
    }
}

/// The pairing code (scanned, or typed by hand: the fallback when there is no camera or the
/// person closed the scanner) and the server.
struct PairingScreen: View {
    let form: PairingForm
    let send: Send

    var body: some View {
        ScreenList {
            LText(form.explanation)
            if let scan = form.scan { SecondaryButton(scan) { send(tutor(.scan)) } }
            CoreTextField(
                label: form.code.label, value: form.code.value, error: form.code.error, hint: form.code.hint,
                keyboard: .asciiCapable, change: { text in send(tutor(.editCode(text: text))) }
            )
            .id("pairing-code")
            CoreTextField(
                label: form.server.label, value: form.server.value, error: form.server.error, hint: form.server.hint,
                keyboard: .URL, change: { text in send(tutor(.editServer(text: text))) }
            )
            .id("pairing-server")
            Secondary(form.inProgress)
            ErrorText(form.failure)
            PrimaryButton(form.pair, enabled: form.canPair && form.inProgress == nil) { send(tutor(.pair)) }
        }
    }
}

/// Paired: the sync, what is shared (consents), the tutor's items, unpairing.
struct TutorPairedScreen: View {
    let screen: PairedView
    let send: Send

    var body: some View {
        ScreenList {
            LText(screen.connected, font: .headline)
            Secondary(screen.syncLine)
            Secondary(screen.pending)
            Secondary(screen.syncing)
            ErrorText(screen.syncFailure)
            PrimaryButton(screen.syncNow, enabled: screen.canSync) { send(tutor(.syncNow)) }
            Heading(screen.consentsTitle)
            ForEach(screen.consents, id: \.category) { consent in
                SwitchRow(consent.name, isOn: consent.granted, explanation: consent.explanation) { granted in
                    send(tutor(.setConsent(category: consent.category, granted: granted)))
                }
            }
            Secondary(screen.consentsNote)
            TutorItems(title: screen.itemsTitle, rows: screen.items, more: screen.moreItems, empty: screen.itemsEmpty, send: send)
            Secondary(screen.unpairing)
            ErrorText(screen.unpairFailure)
            LinkButton(screen.unpair) { send(tutor(.unpair)) }
        }
        .confirmDialog(
            screen.confirmUnpair?.question,
            confirm: screen.confirmUnpair?.confirm ?? screen.unpair,
            cancel: screen.confirmUnpair?.cancel ?? screen.unpair,
            onConfirm: { send(tutor(.confirmUnpair)) },
            onCancel: { send(tutor(.cancelUnpair)) }
        )
    }
}

/// What the tutor sent: referrals, appointments, job offers, notes, each to tick off.
struct TutorItems: View {
    let title: Localized
    let rows: [TutorItemRow]
    let more: Localized?
    let empty: Localized?
    let send: Send

    var body: some View {
        if !rows.isEmpty || empty != nil {
            Heading(title)
            if let empty { LText(empty) }
            ForEach(rows, id: \.id) { row in
                ItemCard {
                    LText(row.kindLabel, font: .subheadline, color: .accentColor)
                    UserText(row.title, font: .headline)
                    UserText(row.text)
                    if let when = row.when { LText(when) }
                    UserText(row.place)
                    UserText(row.url)
                    UserText(row.tutor, font: .footnote)
                    CheckRow(checked: row.done, change: { done in send(tutor(.setItemDone(id: row.id, done: done))) }) {
                        LText(row.doneLabel)
                    }
                }
            }
            if let more { LinkButton(more) { send(tutor(.showMoreItems)) } }
        }
    }
}
