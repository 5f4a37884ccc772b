package org.ponte.app.ui

import androidx.compose.foundation.clickable
import androidx.compose.foundation.layout.Column
import androidx.compose.foundation.layout.fillMaxWidth
import androidx.compose.foundation.layout.heightIn
import androidx.compose.foundation.layout.padding
import androidx.compose.foundation.lazy.items
import androidx.compose.material3.HorizontalDivider
import androidx.compose.material3.MaterialTheme
import androidx.compose.runtime.Composable
import androidx.compose.runtime.getValue
import androidx.compose.runtime.mutableStateOf
import androidx.compose.runtime.saveable.rememberSaveable
import androidx.compose.runtime.setValue
import androidx.compose.ui.Modifier
import androidx.compose.ui.semantics.Role
import androidx.compose.ui.unit.dp
import org.ponte.core.Event
import org.ponte.core.LanguageSetting
import org.ponte.core.Localized
import org.ponte.core.SettingsEvent
import org.ponte.core.SettingsView

private fun settings(event: SettingsEvent) = Event.Settings(event)

/** Languages, city, data use, notifications, sharing with the tutor, the person's data rights. */
@Composable
fun SettingsScreen(view: SettingsView, send: Send) {
    view.eraseConfirmation?.let { confirm ->
        ConfirmDialog(
            title = null,
            message = confirm.question,
            confirm = confirm.eraseYes,
            cancel = confirm.cancel,
            onConfirm = { send(settings(SettingsEvent.ConfirmErase)) },
            onCancel = { send(settings(SettingsEvent.CancelErase)) },
        )
    }
    ScreenList {
        item { LanguageSettingView(view.uiLanguage, sameAsUi = null) { send(Event.ChooseUiLanguage(it!!)) } }
        item {
            LanguageSettingView(view.contentLanguage, sameAsUi = view.sameAsUi to view.sameAsUiSelected) {
                send(Event.ChooseContentLanguage(it))
            }
        }
        item {
            Expandable(view.cityLabel, view.city) {
                for (city in view.cities) {
                    ChoiceRow(
                        Localized(city.name, view.cityLabel.locale, directionOf(view.cityLabel.locale)),
                        city.selected,
                        onClick = { send(Event.ChooseCity(city.name)) },
                        detail = city.services,
                    )
                }
            }
        }
        item { HorizontalDivider() }
        item { Heading(view.dataHeading) }
        item { SwitchRow(view.wifiOnly.label, view.wifiOnly.on, { send(settings(SettingsEvent.SetWifiOnly(it))) }, view.wifiOnly.explanation) }
        item { SwitchRow(view.dataSaver.label, view.dataSaver.on, { send(settings(SettingsEvent.SetDataSaver(it))) }, view.dataSaver.explanation) }
        item {
            SwitchRow(view.mapMobileData.label, view.mapMobileData.on, { send(settings(SettingsEvent.SetMapMobileData(it))) }, view.mapMobileData.explanation)
        }
        item { HorizontalDivider() }
        item { Heading(view.notificationsHeading) }
        items(view.notifications, key = { it.category.name }) { switch ->
            SwitchRow(switch.label, switch.enabled, { send(settings(SettingsEvent.SetNotifications(switch.category, it))) })
        }
        item {
            CoreTextField(
                key = QUIET_HOURS_KEY,
                label = view.quietHours.label,
                value = view.quietHours.value,
                onChange = { send(settings(SettingsEvent.EditQuietHours(it))) },
                error = view.quietHours.error,
                hint = view.quietHours.hint,
            )
        }
        item { SecondaryButton(view.quietHours.save, onClick = { send(settings(SettingsEvent.SaveQuietHours)) }) }
        item { HorizontalDivider() }
        item { Heading(view.sharingHeading) }
        view.sharingNotPaired?.let { note -> item { Secondary(note) } }
        items(view.consents, key = { it.choice.name }) { consent ->
            SwitchRow(consent.label, consent.granted, { send(settings(SettingsEvent.SetConsent(consent.choice, it))) })
        }
        item { LinkButton(view.tutor, onClick = { send(Event.OpenLink(view.tutorLink)) }) }
        item { HorizontalDivider() }
        item { Heading(view.dataRightsHeading) }
        item { Secondary(view.exportExplain) }
        item { SecondaryButton(view.export, onClick = { send(settings(SettingsEvent.ExportData)) }) }
        item { SecondaryButton(view.erase, onClick = { send(settings(SettingsEvent.AskErase)) }) }
    }
}

/** A language setting: its current value; tapped, every choice in its own name. */
@Composable
private fun LanguageSettingView(setting: LanguageSetting, sameAsUi: Pair<Localized, Boolean>?, choose: (String?) -> Unit) {
    Expandable(setting.label, setting.currentName) {
        sameAsUi?.let { (label, selected) -> ChoiceRow(label, selected, onClick = { choose(null) }) }
        for (option in setting.options) LanguageRow(option) { choose(option.code) }
    }
}

@Composable
private fun Expandable(label: Localized, current: String?, content: @Composable () -> Unit) {
    var expanded by rememberSaveable(label.text) { mutableStateOf(false) }
    Column {
        Column(
            Modifier
                .fillMaxWidth()
                .heightIn(min = MinTouch)
                .clickable(role = Role.Button, onClick = { expanded = !expanded })
                .padding(vertical = 8.dp),
        ) {
            LText(label, style = MaterialTheme.typography.titleMedium)
            current?.let { UserText(it, color = MaterialTheme.colorScheme.primary) }
        }
        if (expanded) content()
    }
}

private const val QUIET_HOURS_KEY = "quiet-hours"
