package org.ponte.app.ui

import androidx.compose.foundation.horizontalScroll
import androidx.compose.foundation.layout.Arrangement
import androidx.compose.foundation.layout.Column
import androidx.compose.foundation.layout.Row
import androidx.compose.foundation.layout.fillMaxWidth
import androidx.compose.foundation.layout.heightIn
import androidx.compose.foundation.lazy.LazyListScope
import androidx.compose.foundation.lazy.items
import androidx.compose.foundation.rememberScrollState
import androidx.compose.material3.DatePicker
import androidx.compose.material3.DatePickerDialog
import androidx.compose.material3.ExperimentalMaterial3Api
import androidx.compose.material3.FilterChip
import androidx.compose.material3.MaterialTheme
import androidx.compose.material3.OutlinedButton
import androidx.compose.material3.AlertDialog
import androidx.compose.material3.TextButton
import androidx.compose.material3.TimePicker
import androidx.compose.material3.rememberDatePickerState
import androidx.compose.material3.rememberTimePickerState
import androidx.compose.runtime.Composable
import androidx.compose.runtime.getValue
import androidx.compose.runtime.mutableStateOf
import androidx.compose.runtime.remember
import androidx.compose.runtime.setValue
import androidx.compose.ui.Modifier
import androidx.compose.ui.text.input.KeyboardType
import androidx.compose.ui.unit.dp
import java.time.Instant
import java.time.LocalDate
import java.time.LocalTime
import java.time.ZoneId
import java.time.ZoneOffset
import org.ponte.core.ActionRow
import org.ponte.core.ActionsView
import org.ponte.core.ApplicationView
import org.ponte.core.ApplicationsView
import org.ponte.core.DiaryEvent
import org.ponte.core.DiaryForm
import org.ponte.core.DocumentRow
import org.ponte.core.DocumentsView
import org.ponte.core.Event
import org.ponte.core.FormField
import org.ponte.core.FormInput
import org.ponte.core.Localized
import org.ponte.core.MeetingsView

private fun diary(event: DiaryEvent) = Event.Diary(event)

/** The applications, by stage: tabs, rows, more and previous pages, add. */
@Composable
fun ApplicationsScreen(list: ApplicationsView, send: Send) {
    ScreenList {
        item {
            Row(
                modifier = Modifier.fillMaxWidth().horizontalScroll(rememberScrollState()),
                horizontalArrangement = Arrangement.spacedBy(8.dp),
            ) {
                for (tab in list.tabs) {
                    FilterChip(
                        selected = tab.selected,
                        onClick = { send(diary(DiaryEvent.SelectStage(tab.stage))) },
                        label = { LText(tab.label) },
                        modifier = Modifier.heightIn(min = MinTouch),
                    )
                }
            }
        }
        item { PrimaryButton(list.add, onClick = { send(Event.OpenLink(list.addLink)) }) }
        list.previous?.let { previous ->
            item { LinkButton(previous, onClick = { send(diary(DiaryEvent.ShowPreviousApplications)) }) }
        }
        list.empty?.let { empty -> item { LText(empty) } }
        items(list.rows, key = { it.id }) { row ->
            ItemCard(onClick = { send(Event.OpenLink(row.link)) }) {
                UserText(row.employer, style = MaterialTheme.typography.titleMedium)
                UserText(row.position)
                LText(row.stageLabel, style = MaterialTheme.typography.labelLarge, color = MaterialTheme.colorScheme.primary)
                Secondary(row.since)
            }
        }
        val cursor = list.moreCursor
        val more = list.more
        if (more != null && cursor != null) {
            item { LinkButton(more, onClick = { send(diary(DiaryEvent.ShowMoreApplications(cursor))) }) }
        }
    }
}

/** One application: its details, stage moves, timeline, interviews, actions, contact, delete. */
@Composable
fun ApplicationScreen(application: ApplicationView, send: Send) {
    application.confirmDelete?.let { confirm ->
        ConfirmDialog(
            title = confirm.title,
            message = confirm.message,
            confirm = confirm.confirm,
            cancel = confirm.cancel,
            onConfirm = { send(diary(DiaryEvent.ConfirmDeleteApplication)) },
            onCancel = { send(diary(DiaryEvent.CancelDeleteApplication)) },
        )
    }
    ScreenList {
        item {
            Column(verticalArrangement = Arrangement.spacedBy(4.dp)) {
                UserText(application.employer, style = MaterialTheme.typography.headlineSmall)
                UserText(application.position, style = MaterialTheme.typography.titleMedium)
                LText(application.stageLabel, style = MaterialTheme.typography.labelLarge, color = MaterialTheme.colorScheme.primary)
            }
        }
        items(application.details) { line ->
            Column {
                LText(line.label, style = MaterialTheme.typography.labelMedium, color = MaterialTheme.colorScheme.onSurfaceVariant)
                LText(line.value)
            }
        }
        application.call?.let { call ->
            item { SecondaryButton(call, onClick = { send(diary(DiaryEvent.CallContact(application.id))) }) }
        }
        application.openJob?.let { openJob ->
            item { SecondaryButton(openJob, onClick = { send(diary(DiaryEvent.OpenJobOffer(application.id))) }) }
        }
        if (application.moves.isNotEmpty()) {
            item { Heading(application.movesTitle) }
            item {
                Row(
                    modifier = Modifier.fillMaxWidth().horizontalScroll(rememberScrollState()),
                    horizontalArrangement = Arrangement.spacedBy(8.dp),
                ) {
                    for (move in application.moves) {
                        OutlinedButton(
                            onClick = { send(diary(DiaryEvent.MoveToStage(application.id, move.stage))) },
                            modifier = Modifier.heightIn(min = MinTouch),
                        ) { LText(move.label) }
                    }
                }
            }
        }
        item { Heading(application.interviewsTitle) }
        items(application.interviews, key = { it.id }) { interview ->
            ItemCard(onClick = { send(Event.OpenLink(interview.editLink)) }) {
                LText(interview.title, style = MaterialTheme.typography.titleSmall)
                LText(interview.`when`)
                LText(interview.format)
                UserText(interview.place)
                UserText(interview.notes, style = MaterialTheme.typography.bodySmall)
            }
        }
        item { LinkButton(application.addInterview, onClick = { send(Event.OpenLink(application.addInterviewLink)) }) }
        item { Heading(application.actionsTitle) }
        items(application.actions, key = { it.id }) { ActionCard(it, send) }
        item { LinkButton(application.addAction, onClick = { send(Event.OpenLink(application.addActionLink)) }) }
        item { Heading(application.timelineTitle) }
        items(application.timeline) { entry ->
            Column {
                LText(
                    entry.text,
                    style = if (entry.current) MaterialTheme.typography.titleSmall else MaterialTheme.typography.bodyMedium,
                )
                UserText(entry.note, style = MaterialTheme.typography.bodySmall)
            }
        }
        item { SecondaryButton(application.edit, onClick = { send(Event.OpenLink(application.editLink)) }) }
        item { LinkButton(application.delete, onClick = { send(diary(DiaryEvent.AskDeleteApplication(application.id))) }) }
    }
}

@Composable
private fun ActionCard(action: ActionRow, send: Send) {
    ItemCard(onClick = { send(Event.OpenLink(action.editLink)) }) {
        LText(
            action.what,
            style = MaterialTheme.typography.titleSmall,
            color = if (action.overdue) MaterialTheme.colorScheme.error else MaterialTheme.colorScheme.onSurface,
        )
        UserText(action.employer)
        UserText(action.note, style = MaterialTheme.typography.bodySmall)
        LText(action.due, style = MaterialTheme.typography.bodySmall)
        CheckRow(action.toggleLabel, checked = action.done) { done -> send(diary(DiaryEvent.SetActionDone(action.id, done))) }
    }
}

/** Next actions: overdue, upcoming, done. */
@Composable
fun ActionsScreen(actions: ActionsView, send: Send) {
    ScreenList {
        item { PrimaryButton(actions.add, onClick = { send(Event.OpenLink(actions.addLink)) }) }
        actions.empty?.let { empty -> item { LText(empty) } }
        actionGroup(actions.overdueTitle, actions.overdue, send)
        actionGroup(actions.upcomingTitle, actions.upcoming, send)
        actionGroup(actions.doneTitle, actions.done, send)
    }
}

private fun LazyListScope.actionGroup(title: Localized, rows: List<ActionRow>, send: Send) {
    if (rows.isEmpty()) return
    item { Heading(title) }
    items(rows, key = { it.id }) { ActionCard(it, send) }
}

/** The documents checklist: alerts, then each kind with its documents and an add button. */
@Composable
fun DocumentsScreen(documents: DocumentsView, send: Send) {
    ScreenList {
        items(documents.alerts) { alert -> ErrorText(alert) }
        items(documents.checklist, key = { it.kind.name }) { row ->
            ItemCard {
                LText(row.label, style = MaterialTheme.typography.titleMedium)
                LText(row.statusLabel, color = MaterialTheme.colorScheme.primary)
                for (document in row.documents) DocumentLine(document, send)
                LinkButton(row.addLabel, onClick = { send(diary(DiaryEvent.AddDocument(row.kind))) })
            }
        }
    }
}

@Composable
private fun DocumentLine(document: DocumentRow, send: Send) {
    ItemCard(onClick = { send(Event.OpenLink(document.editLink)) }) {
        LText(document.title, style = MaterialTheme.typography.titleSmall)
        LText(document.statusLabel)
        Secondary(document.permit)
        Secondary(document.expiry)
        ErrorText(document.alert)
        Secondary(document.recognition)
    }
}

/** Meetings with the tutor and the actions agreed at each. */
@Composable
fun MeetingsScreen(meetings: MeetingsView, send: Send) {
    ScreenList {
        item { PrimaryButton(meetings.add, onClick = { send(Event.OpenLink(meetings.addLink)) }) }
        meetings.empty?.let { empty -> item { LText(empty) } }
        items(meetings.meetings, key = { it.id }) { meeting ->
            ItemCard(onClick = { send(Event.OpenLink(meeting.editLink)) }) {
                UserText(meeting.tutor, style = MaterialTheme.typography.titleMedium)
                LText(meeting.`when`, color = if (meeting.upcoming) MaterialTheme.colorScheme.primary else MaterialTheme.colorScheme.onSurface)
                UserText(meeting.topics)
                UserText(meeting.notes, style = MaterialTheme.typography.bodySmall)
                if (meeting.actions.isNotEmpty()) {
                    LText(meeting.actionsTitle, style = MaterialTheme.typography.labelLarge)
                    for (action in meeting.actions) {
                        CheckUserRow(action.text, action.done, action.toggleLabel) { done ->
                            send(diary(DiaryEvent.SetMeetingActionDone(action.id, done)))
                        }
                    }
                }
            }
        }
    }
}

/** Every diary form (application, interview, action, document, meeting): the core's fields. */
@Composable
fun DiaryFormScreen(form: DiaryForm, send: Send) {
    ScreenList {
        item { Heading(form.heading) }
        form.subject?.let { subject -> item { UserText(subject, style = MaterialTheme.typography.titleSmall) } }
        items(form.fields, key = { it.field.name }) { field -> DiaryFieldInput(form, field, send) }
        item { PrimaryButton(form.save, onClick = { send(diary(DiaryEvent.Save)) }) }
        item { SecondaryButton(form.cancel, onClick = { send(diary(DiaryEvent.Cancel)) }) }
        form.delete?.let { delete -> item { LinkButton(delete, onClick = { send(diary(DiaryEvent.DeleteRecord)) }) } }
    }
}

@Composable
private fun DiaryFieldInput(form: DiaryForm, field: FormField, send: Send) {
    when (field.input) {
        FormInput.CHOICE -> Column {
            LText(field.label, style = MaterialTheme.typography.labelLarge)
            for (choice in field.choices) {
                ChoiceRow(choice.label, choice.selected, onClick = { send(diary(DiaryEvent.Choose(field.field, choice.code))) })
            }
            Secondary(field.hint)
            ErrorText(field.error)
        }
        FormInput.DATE, FormInput.DATE_TIME -> DateTimeInput(form, field, send)
        else -> CoreTextField(
            key = form.kind to field.field,
            label = field.label,
            value = field.value,
            onChange = { send(diary(DiaryEvent.EditText(field.field, it))) },
            error = field.error,
            hint = field.hint,
            singleLine = field.input != FormInput.TEXT,
            keyboardType = when (field.input) {
                FormInput.PHONE -> KeyboardType.Phone
                FormInput.EMAIL -> KeyboardType.Email
                FormInput.URL -> KeyboardType.Uri
                else -> KeyboardType.Text
            },
        )
    }
}

/**
 * A day (and a time) through the Material pickers; the dialogs' buttons are the form's own
 * save and cancel words, the only ones the core gives for them.
 */
@OptIn(ExperimentalMaterial3Api::class)
@Composable
private fun DateTimeInput(form: DiaryForm, field: FormField, send: Send) {
    var pickingDay by remember { mutableStateOf(false) }
    var pickedDay by remember { mutableStateOf<LocalDate?>(null) }
    val zone = ZoneId.systemDefault()
    Column {
        LText(field.label, style = MaterialTheme.typography.labelLarge)
        OutlinedButton(onClick = { pickingDay = true }, modifier = Modifier.fillMaxWidth().heightIn(min = MinTouch)) {
            LText(field.shown ?: field.label)
        }
        Secondary(field.hint)
        ErrorText(field.error)
    }
    if (pickingDay) {
        val initial = field.at ?: Instant.now()
        val state = rememberDatePickerState(
            initialSelectedDateMillis = initial.atZone(zone).toLocalDate().atStartOfDay(ZoneOffset.UTC).toInstant().toEpochMilli(),
        )
        DatePickerDialog(
            onDismissRequest = { pickingDay = false },
            confirmButton = {
                TextButton(onClick = {
                    pickingDay = false
                    val day = state.selectedDateMillis?.let { Instant.ofEpochMilli(it).atZone(ZoneOffset.UTC).toLocalDate() }
                    if (day != null) {
                        if (field.input == FormInput.DATE) {
                            send(diary(DiaryEvent.EditTime(field.field, day.atStartOfDay(zone).toInstant())))
                        } else {
                            pickedDay = day
                        }
                    }
                }) { LText(form.save) }
            },
            dismissButton = { TextButton(onClick = { pickingDay = false }) { LText(form.cancel) } },
        ) { DatePicker(state = state) }
    }
    pickedDay?.let { day ->
        val initial = (field.at ?: Instant.now()).atZone(zone).toLocalTime()
        val state = rememberTimePickerState(initialHour = initial.hour, initialMinute = initial.minute)
        AlertDialog(
            onDismissRequest = { pickedDay = null },
            confirmButton = {
                TextButton(onClick = {
                    pickedDay = null
                    val at = day.atTime(LocalTime.of(state.hour, state.minute)).atZone(zone).toInstant()
                    send(diary(DiaryEvent.EditTime(field.field, at)))
                }) { LText(form.save) }
            },
            dismissButton = { TextButton(onClick = { pickedDay = null }) { LText(form.cancel) } },
            text = { TimePicker(state = state) },
        )
    }
}
