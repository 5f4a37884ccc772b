package org.ponte.app.ui

import androidx.compose.foundation.horizontalScroll
import androidx.compose.foundation.layout.Arrangement
import androidx.compose.foundation.layout.Column
import androidx.compose.foundation.layout.Row
import androidx.compose.foundation.layout.fillMaxWidth
import androidx.compose.foundation.layout.heightIn
import androidx.compose.foundation.lazy.items
import androidx.compose.foundation.rememberScrollState
import androidx.compose.material3.FilterChip
import androidx.compose.material3.MaterialTheme
import androidx.compose.runtime.Composable
import androidx.compose.ui.Modifier
import androidx.compose.ui.text.input.KeyboardType
import androidx.compose.ui.unit.dp
import org.ponte.core.CvColumn
import org.ponte.core.CvPreview
import org.ponte.core.Event
import org.ponte.core.FieldKind
import org.ponte.core.LanguageChoice
import org.ponte.core.Localized
import org.ponte.core.ProfileEvent
import org.ponte.core.ProfileForm
import org.ponte.core.ProfileFormField
import org.ponte.core.ProfileOverview

private fun profile(event: ProfileEvent) = Event.Profile(event)

/** The profile: each section with its entries and a form to add or edit, the CV. */
@Composable
fun ProfileOverviewScreen(overview: ProfileOverview, send: Send) {
    ScreenList {
        item { Secondary(overview.filled) }
        item { PrimaryButton(overview.cv, onClick = { send(Event.OpenLink(overview.cvLink)) }) }
        for (section in overview.sections) {
            item(key = "heading-" + section.section.name) { Heading(section.heading) }
            section.hint?.let { hint -> item(key = "hint-" + section.section.name) { Secondary(hint) } }
            items(section.entries, key = { section.section.name + it.link }) { entry ->
                ItemCard(onClick = { send(Event.OpenLink(entry.link)) }) {
                    UserText(entry.title, style = MaterialTheme.typography.titleMedium)
                    UserText(entry.detail)
                    if (entry.badges.isNotEmpty()) {
                        Row(horizontalArrangement = Arrangement.spacedBy(8.dp)) {
                            for (badge in entry.badges) LText(badge, style = MaterialTheme.typography.labelMedium, color = MaterialTheme.colorScheme.primary)
                        }
                    }
                }
            }
            item(key = "form-" + section.section.name) {
                LinkButton(section.openForm, onClick = { send(Event.OpenLink(section.formLink)) })
            }
        }
    }
}

/** One profile section's form (personal details, a language, a job...). */
@Composable
fun ProfileFormScreen(form: ProfileForm, send: Send) {
    form.confirmDelete?.let { question ->
        ConfirmDialog(
            title = null,
            message = question,
            confirm = form.delete ?: form.save,
            cancel = form.cancel,
            onConfirm = { send(profile(ProfileEvent.ConfirmDelete)) },
            onCancel = { send(profile(ProfileEvent.CancelDelete)) },
        )
    }
    ScreenList {
        item { Heading(form.heading) }
        items(form.fields, key = { it.code }) { field -> ProfileFieldInput(form, field, send) }
        item { PrimaryButton(form.save, onClick = { send(profile(ProfileEvent.Save)) }) }
        item { SecondaryButton(form.discard, onClick = { send(profile(ProfileEvent.Discard)) }) }
        form.delete?.let { delete -> item { LinkButton(delete, onClick = { send(profile(ProfileEvent.AskDelete)) }) } }
    }
}

@Composable
private fun ProfileFieldInput(form: ProfileForm, field: ProfileFormField, send: Send) {
    val edit = { value: String -> send(profile(ProfileEvent.EditField(field.code, value))) }
    when (field.kind) {
        FieldKind.CHOICE -> Column {
            LText(field.label, style = MaterialTheme.typography.labelLarge)
            for (choice in field.choices) {
                // A second tap on the chosen one clears it ("or none").
                ChoiceRow(choice.label, choice.selected, onClick = { edit(if (choice.selected) NO_VALUE else choice.code) })
            }
            Secondary(field.hint)
            ErrorText(field.error)
        }
        FieldKind.MULTI_CHOICE -> Column {
            LText(field.label, style = MaterialTheme.typography.labelLarge)
            for (choice in field.choices) {
                CheckRow(choice.label, choice.selected) { on ->
                    val codes = field.choices.filter { if (it.code == choice.code) on else it.selected }.map { it.code }
                    edit(codes.joinToString(separator = CODE_SEPARATOR))
                }
            }
            Secondary(field.hint)
            ErrorText(field.error)
        }
        FieldKind.SWITCH -> Column {
            SwitchRow(field.label, field.value.isNotEmpty(), onChange = { on -> edit(if (on) SWITCH_ON else NO_VALUE) }, explanation = field.hint)
            ErrorText(field.error)
        }
        else -> CoreTextField(
            key = (form.id ?: form.section.name) + field.code,
            label = field.label,
            value = field.value,
            onChange = edit,
            error = field.error,
            hint = field.hint,
            singleLine = field.kind != FieldKind.LONG_TEXT,
            keyboardType = when (field.kind) {
                FieldKind.EMAIL -> KeyboardType.Email
                FieldKind.PHONE -> KeyboardType.Phone
                FieldKind.NUMBER, FieldKind.YEAR -> KeyboardType.Number
                else -> KeyboardType.Text
            },
        )
    }
}

/** The CV as it will be shared, in one or two languages side by side. */
@Composable
fun CvPreviewScreen(cv: CvPreview, send: Send) {
    ScreenList {
        cv.empty?.let { empty -> item { LText(empty) } }
        item { LanguagePicker(cv.firstLabel, cv.firstChoices) { send(profile(ProfileEvent.ChooseCvLanguage(CvColumn.FIRST, it))) } }
        item { LanguagePicker(cv.secondLabel, cv.secondChoices) { send(profile(ProfileEvent.ChooseCvLanguage(CvColumn.SECOND, it))) } }
        item { PrimaryButton(cv.share, onClick = { send(profile(ProfileEvent.ShareCv)) }) }
        if (cv.html.isNotEmpty()) item { HtmlPreview(cv.html) }
    }
}

@Composable
private fun LanguagePicker(label: Localized, choices: List<LanguageChoice>, choose: (String) -> Unit) {
    Column {
        LText(label, style = MaterialTheme.typography.labelLarge)
        Row(Modifier.fillMaxWidth().horizontalScroll(rememberScrollState()), horizontalArrangement = Arrangement.spacedBy(8.dp)) {
            for (choice in choices) {
                FilterChip(
                    selected = choice.selected,
                    onClick = { choose(choice.code) },
                    label = { LText(Localized(choice.nativeName, choice.code, choice.direction)) },
                    modifier = Modifier.heightIn(min = MinTouch),
                )
            }
        }
    }
}

/** The core's encoding of form values (profile_view.rs: "1" for on, codes joined by commas). */
private const val SWITCH_ON = "1"
private const val NO_VALUE = ""
private const val CODE_SEPARATOR = ","
