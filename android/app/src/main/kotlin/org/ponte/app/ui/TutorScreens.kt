package org.ponte.app.ui

import androidx.compose.foundation.lazy.LazyListScope
import androidx.compose.foundation.lazy.items
import androidx.compose.material3.MaterialTheme
import androidx.compose.runtime.Composable
import androidx.compose.ui.text.input.KeyboardType
import org.ponte.core.Event
import org.ponte.core.Localized
import org.ponte.core.NotPairedView
import org.ponte.core.PairedView
import org.ponte.core.PairingForm
import org.ponte.core.TutorEvent
import org.ponte.core.TutorItemRow
import org.ponte.core.TutorScreen

private fun tutor(event: TutorEvent) = Event.Tutor(event)

/** The tutor section (`Route.Tutor`, `Route.Pairing`): not paired, pairing, or paired. */
@Composable
fun TutorSectionScreen(screen: TutorScreen, send: Send) {
    when (screen) {
        is TutorScreen.NotPaired -> TutorNotPairedScreen(screen.screen, send)
        is TutorScreen.Pairing -> PairingScreen(screen.form, send)
        is TutorScreen.Paired -> TutorPairedScreen(screen.screen, send)
    }
}

/** No tutor yet: what pairing shares, how to pair, and the items kept from an earlier pairing. */
@Composable
fun TutorNotPairedScreen(screen: NotPairedView, send: Send) {
    ScreenList {
        item { LText(screen.explanation, style = MaterialTheme.typography.bodyLarge) }
        item { Secondary(screen.privacy) }
        screen.scan?.let { scan -> item { PrimaryButton(scan, onClick = { send(tutor(TutorEvent.Scan)) }) } }
        item { SecondaryButton(screen.pair, onClick = { send(tutor(TutorEvent.OpenPairing)) }) }
        tutorItems(screen.itemsTitle, screen.items, screen.moreItems, null, send)
    }
}

/** The pairing code (scanned or typed) and the server. */
@Composable
fun PairingScreen(form: PairingForm, send: Send) {
    ScreenList {
        item { LText(form.explanation) }
        form.scan?.let { scan -> item { SecondaryButton(scan, onClick = { send(tutor(TutorEvent.Scan)) }) } }
        item {
            CoreTextField(
                key = PAIRING_CODE_KEY,
                label = form.code.label,
                value = form.code.value,
                onChange = { send(tutor(TutorEvent.EditCode(it))) },
                error = form.code.error,
                hint = form.code.hint,
                keyboardType = KeyboardType.Ascii,
            )
        }
        item {
            CoreTextField(
                key = PAIRING_SERVER_KEY,
                label = form.server.label,
                value = form.server.value,
                onChange = { send(tutor(TutorEvent.EditServer(it))) },
                error = form.server.error,
                hint = form.server.hint,
                keyboardType = KeyboardType.Uri,
            )
        }
        form.inProgress?.let { progress -> item { Secondary(progress) } }
        item { ErrorText(form.failure) }
        item { PrimaryButton(form.pair, onClick = { send(tutor(TutorEvent.Pair)) }, enabled = form.canPair && form.inProgress == null) }
    }
}

/** Paired: the sync, what is shared (consents), the tutor's items, unpairing. */
@Composable
fun TutorPairedScreen(screen: PairedView, send: Send) {
    screen.confirmUnpair?.let { confirm ->
        ConfirmDialog(
            title = null,
            message = confirm.question,
            confirm = confirm.confirm,
            cancel = confirm.cancel,
            onConfirm = { send(tutor(TutorEvent.ConfirmUnpair)) },
            onCancel = { send(tutor(TutorEvent.CancelUnpair)) },
        )
    }
    ScreenList {
        item { LText(screen.connected, style = MaterialTheme.typography.titleMedium) }
        item { Secondary(screen.syncLine) }
        screen.pending?.let { pending -> item { Secondary(pending) } }
        screen.syncing?.let { syncing -> item { Secondary(syncing) } }
        item { ErrorText(screen.syncFailure) }
        item { PrimaryButton(screen.syncNow, onClick = { send(tutor(TutorEvent.SyncNow)) }, enabled = screen.canSync) }
        item { Heading(screen.consentsTitle) }
        items(screen.consents, key = { it.category.name }) { consent ->
            SwitchRow(
                consent.name,
                consent.granted,
                onChange = { send(tutor(TutorEvent.SetConsent(consent.category, it))) },
                explanation = consent.explanation,
            )
        }
        screen.consentsNote?.let { note -> item { Secondary(note) } }
        tutorItems(screen.itemsTitle, screen.items, screen.moreItems, screen.itemsEmpty, send)
        screen.unpairing?.let { unpairing -> item { Secondary(unpairing) } }
        item { ErrorText(screen.unpairFailure) }
        item { LinkButton(screen.unpair, onClick = { send(tutor(TutorEvent.Unpair)) }) }
    }
}

private fun LazyListScope.tutorItems(
    title: Localized,
    rows: List<TutorItemRow>,
    more: Localized?,
    empty: Localized?,
    send: Send,
) {
    if (rows.isEmpty() && empty == null) return
    item { Heading(title) }
    empty?.let { item { LText(it) } }
    items(rows, key = { it.id }) { row ->
        ItemCard {
            LText(row.kindLabel, style = MaterialTheme.typography.labelLarge, color = MaterialTheme.colorScheme.primary)
            UserText(row.title, style = MaterialTheme.typography.titleMedium)
            UserText(row.text)
            row.`when`?.let { LText(it) }
            UserText(row.place)
            UserText(row.url)
            UserText(row.tutor, style = MaterialTheme.typography.bodySmall)
            CheckRow(row.doneLabel, row.done) { done -> send(tutor(TutorEvent.SetItemDone(row.id, done))) }
        }
    }
    more?.let { item { LinkButton(it, onClick = { send(tutor(TutorEvent.ShowMoreItems)) }) } }
}

private const val PAIRING_CODE_KEY = "pairing-code"
private const val PAIRING_SERVER_KEY = "pairing-server"
