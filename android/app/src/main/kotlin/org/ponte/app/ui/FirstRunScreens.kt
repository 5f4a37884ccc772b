package org.ponte.app.ui

import androidx.compose.foundation.layout.Arrangement
import androidx.compose.foundation.layout.Column
import androidx.compose.foundation.layout.Row
import androidx.compose.foundation.layout.Spacer
import androidx.compose.foundation.layout.fillMaxSize
import androidx.compose.foundation.layout.fillMaxWidth
import androidx.compose.foundation.layout.heightIn
import androidx.compose.foundation.layout.padding
import androidx.compose.foundation.layout.width
import androidx.compose.foundation.lazy.items
import androidx.compose.foundation.rememberScrollState
import androidx.compose.foundation.selection.selectable
import androidx.compose.foundation.verticalScroll
import androidx.compose.material3.CircularProgressIndicator
import androidx.compose.material3.MaterialTheme
import androidx.compose.material3.RadioButton
import androidx.compose.runtime.Composable
import androidx.compose.ui.Alignment
import androidx.compose.ui.Modifier
import androidx.compose.ui.semantics.Role
import androidx.compose.ui.unit.dp
import org.ponte.core.Event
import org.ponte.core.LanguageChoice
import org.ponte.core.LanguagePurpose
import org.ponte.core.Localized
import org.ponte.core.Screen
import org.ponte.core.TutorEvent

/** The first run, one step at a time (`Route.FirstRun`): each step is its own screen. */
@Composable
fun FirstRunScreen(screen: Screen, send: Send) {
    when (screen) {
        is Screen.ChooseLanguage -> ChooseLanguageScreen(screen, send)
        is Screen.Installing -> InstallingScreen(screen)
        is Screen.ChooseCity -> ChooseCityScreen(screen, send)
        is Screen.Privacy -> PrivacyScreen(screen, send)
        is Screen.OfferPairing -> OfferPairingScreen(screen, send)
        else -> Unit
    }
}

/** The app's language, then the content's: each language in its own name and direction. */
@Composable
fun ChooseLanguageScreen(screen: Screen.ChooseLanguage, send: Send) {
    ScreenList {
        screen.sameAsUi?.let { same ->
            item {
                ChoiceRow(
                    label = same,
                    selected = screen.options.none { it.selected },
                    onClick = { send(Event.ChooseContentLanguage(null)) },
                )
            }
        }
        items(screen.options, key = { it.code }) { option ->
            LanguageRow(option) {
                send(
                    when (screen.purpose) {
                        LanguagePurpose.UI -> Event.ChooseUiLanguage(option.code)
                        LanguagePurpose.CONTENT -> Event.ChooseContentLanguage(option.code)
                    },
                )
            }
        }
    }
}

@Composable
fun LanguageRow(option: LanguageChoice, onClick: () -> Unit) {
    Row(
        modifier = Modifier
            .fillMaxWidth()
            .heightIn(min = MinTouch)
            .selectable(selected = option.selected, role = Role.RadioButton, onClick = onClick),
        verticalAlignment = Alignment.CenterVertically,
    ) {
        RadioButton(selected = option.selected, onClick = null)
        Spacer(Modifier.width(12.dp))
        LText(
            Localized(option.nativeName, option.code, option.direction),
            modifier = Modifier.weight(1f),
            style = MaterialTheme.typography.bodyLarge,
        )
    }
}

/** The shipped content being installed; why it failed, if it did. */
@Composable
fun InstallingScreen(screen: Screen.Installing) {
    Column(
        modifier = Modifier.fillMaxSize().padding(24.dp).verticalScroll(rememberScrollState()),
        verticalArrangement = Arrangement.spacedBy(16.dp),
        horizontalAlignment = Alignment.CenterHorizontally,
    ) {
        if (screen.failed == null) CircularProgressIndicator()
        LText(screen.explanation, style = MaterialTheme.typography.bodyLarge)
        ErrorText(screen.failed)
    }
}

@Composable
fun ChooseCityScreen(screen: Screen.ChooseCity, send: Send) {
    ScreenList {
        items(screen.cities, key = { it.name }) { city ->
            Row(
                modifier = Modifier
                    .fillMaxWidth()
                    .heightIn(min = MinTouch)
                    .selectable(selected = city.selected, role = Role.RadioButton, onClick = { send(Event.ChooseCity(city.name)) }),
                verticalAlignment = Alignment.CenterVertically,
            ) {
                RadioButton(selected = city.selected, onClick = null)
                Spacer(Modifier.width(12.dp))
                Column(Modifier.weight(1f)) {
                    UserText(city.name, style = MaterialTheme.typography.bodyLarge)
                    Secondary(city.services)
                }
            }
        }
    }
}

@Composable
fun PrivacyScreen(screen: Screen.Privacy, send: Send) {
    ScreenList {
        items(screen.paragraphs) { paragraph -> LText(paragraph, style = MaterialTheme.typography.bodyLarge) }
        item { PrimaryButton(screen.accept, onClick = { send(Event.AcceptPrivacy) }) }
    }
}

@Composable
fun OfferPairingScreen(screen: Screen.OfferPairing, send: Send) {
    ScreenList {
        item { LText(screen.explanation, style = MaterialTheme.typography.bodyLarge) }
        screen.scan?.let { scan -> item { PrimaryButton(scan, onClick = { send(Event.Tutor(TutorEvent.Scan)) }) } }
        item { SecondaryButton(screen.typeCode, onClick = { send(Event.Tutor(TutorEvent.OpenPairing)) }) }
        item { LinkButton(screen.skip, onClick = { send(Event.SkipPairing) }) }
    }
}
