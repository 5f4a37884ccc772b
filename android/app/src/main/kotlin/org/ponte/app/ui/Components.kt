package org.ponte.app.ui

import androidx.compose.foundation.clickable
import androidx.compose.foundation.layout.Arrangement
import androidx.compose.foundation.layout.Column
import androidx.compose.foundation.layout.ColumnScope
import androidx.compose.foundation.layout.PaddingValues
import androidx.compose.foundation.layout.Row
import androidx.compose.foundation.layout.Spacer
import androidx.compose.foundation.layout.fillMaxSize
import androidx.compose.foundation.layout.fillMaxWidth
import androidx.compose.foundation.layout.heightIn
import androidx.compose.foundation.layout.padding
import androidx.compose.foundation.layout.width
import androidx.compose.foundation.lazy.LazyColumn
import androidx.compose.foundation.lazy.LazyListScope
import androidx.compose.foundation.selection.selectable
import androidx.compose.foundation.selection.toggleable
import androidx.compose.foundation.text.KeyboardOptions
import androidx.compose.material3.AlertDialog
import androidx.compose.material3.Button
import androidx.compose.material3.Card
import androidx.compose.material3.Checkbox
import androidx.compose.material3.LocalTextStyle
import androidx.compose.material3.MaterialTheme
import androidx.compose.material3.OutlinedButton
import androidx.compose.material3.OutlinedTextField
import androidx.compose.material3.RadioButton
import androidx.compose.material3.Switch
import androidx.compose.material3.Text
import androidx.compose.material3.TextButton
import androidx.compose.runtime.Composable
import androidx.compose.runtime.LaunchedEffect
import androidx.compose.runtime.getValue
import androidx.compose.runtime.mutableStateOf
import androidx.compose.runtime.remember
import androidx.compose.runtime.setValue
import androidx.compose.ui.Alignment
import androidx.compose.ui.Modifier
import androidx.compose.ui.graphics.Color
import androidx.compose.ui.semantics.LiveRegionMode
import androidx.compose.ui.semantics.Role
import androidx.compose.ui.semantics.heading
import androidx.compose.ui.semantics.liveRegion
import androidx.compose.ui.semantics.semantics
import androidx.compose.ui.text.TextStyle
import androidx.compose.ui.text.input.KeyboardType
import androidx.compose.ui.unit.dp
import org.ponte.core.Localized
import org.ponte.core.TextDirection
import org.ponte.core.Text as CoreText
import androidx.compose.ui.text.style.TextDirection as ComposeTextDirection

private const val SENT_HISTORY = 64

/** The smallest touch target (Material, WCAG 2.5.8). */
val MinTouch = 48.dp

fun TextDirection.toCompose(): ComposeTextDirection =
    if (this == TextDirection.RIGHT_TO_LEFT) ComposeTextDirection.Rtl else ComposeTextDirection.Ltr

/** Text from the core in the direction the core gives for it (a guide's title, a name). */
@Composable
fun DirectedText(
    text: String,
    direction: TextDirection,
    modifier: Modifier = Modifier,
    style: TextStyle = LocalTextStyle.current,
    color: Color = Color.Unspecified,
) {
    Text(text = text, modifier = modifier, style = style.copy(textDirection = direction.toCompose()), color = color)
}

/** A text from the core, in its own direction (an Italian name inside an Arabic screen). */
@Composable
fun LText(
    text: Localized,
    modifier: Modifier = Modifier,
    style: TextStyle = LocalTextStyle.current,
    color: Color = Color.Unspecified,
) = DirectedText(text.text, text.direction, modifier, style, color)

/** Lesson and content text from the core, in its own direction. */
@Composable
fun CText(
    text: CoreText,
    modifier: Modifier = Modifier,
    style: TextStyle = LocalTextStyle.current,
    color: Color = Color.Unspecified,
) = DirectedText(text.text, text.direction, modifier, style, color)

/** What the person typed (an employer, a note): its direction found from its own letters. */
@Composable
fun UserText(
    text: String,
    modifier: Modifier = Modifier,
    style: TextStyle = LocalTextStyle.current,
    color: Color = Color.Unspecified,
) {
    if (text.isEmpty()) return
    Text(text = text, modifier = modifier, style = style.copy(textDirection = ComposeTextDirection.Content), color = color)
}

@Composable
fun Heading(text: Localized, modifier: Modifier = Modifier) {
    LText(
        text,
        modifier = modifier.semantics { heading() }.padding(top = 8.dp),
        style = MaterialTheme.typography.titleMedium,
    )
}

@Composable
fun Secondary(text: Localized?, modifier: Modifier = Modifier) {
    text ?: return
    LText(text, modifier, style = MaterialTheme.typography.bodyMedium, color = MaterialTheme.colorScheme.onSurfaceVariant)
}

@Composable
fun ErrorText(text: Localized?, modifier: Modifier = Modifier) {
    text ?: return
    LText(
        text,
        modifier = modifier.semantics { liveRegion = LiveRegionMode.Polite },
        style = MaterialTheme.typography.bodyMedium,
        color = MaterialTheme.colorScheme.error,
    )
}

@Composable
fun PrimaryButton(label: Localized, onClick: () -> Unit, modifier: Modifier = Modifier, enabled: Boolean = true) {
    Button(onClick = onClick, enabled = enabled, modifier = modifier.fillMaxWidth().heightIn(min = MinTouch)) {
        LText(label)
    }
}

@Composable
fun SecondaryButton(label: Localized, onClick: () -> Unit, modifier: Modifier = Modifier, enabled: Boolean = true) {
    OutlinedButton(onClick = onClick, enabled = enabled, modifier = modifier.fillMaxWidth().heightIn(min = MinTouch)) {
        LText(label)
    }
}

@Composable
fun LinkButton(label: Localized, onClick: () -> Unit, modifier: Modifier = Modifier) {
    TextButton(onClick = onClick, modifier = modifier.heightIn(min = MinTouch)) {
        LText(label)
    }
}

@Composable
fun SwitchRow(label: Localized, checked: Boolean, onChange: (Boolean) -> Unit, explanation: Localized? = null) {
    Row(
        modifier = Modifier
            .fillMaxWidth()
            .heightIn(min = MinTouch)
            .toggleable(value = checked, role = Role.Switch, onValueChange = onChange)
            .padding(vertical = 4.dp),
        verticalAlignment = Alignment.CenterVertically,
    ) {
        Column(Modifier.weight(1f)) {
            LText(label, style = MaterialTheme.typography.bodyLarge)
            Secondary(explanation)
        }
        Spacer(Modifier.width(12.dp))
        Switch(checked = checked, onCheckedChange = null)
    }
}

@Composable
fun CheckRow(label: Localized, checked: Boolean, onChange: (Boolean) -> Unit) {
    Row(
        modifier = Modifier
            .fillMaxWidth()
            .heightIn(min = MinTouch)
            .toggleable(value = checked, role = Role.Checkbox, onValueChange = onChange),
        verticalAlignment = Alignment.CenterVertically,
    ) {
        Checkbox(checked = checked, onCheckedChange = null)
        Spacer(Modifier.width(12.dp))
        LText(label, Modifier.weight(1f))
    }
}

/** A row for a plain string the person typed, with a check box. */
@Composable
fun CheckUserRow(text: String, checked: Boolean, toggleLabel: Localized, onChange: (Boolean) -> Unit) {
    Row(
        modifier = Modifier
            .fillMaxWidth()
            .heightIn(min = MinTouch)
            .toggleable(value = checked, role = Role.Checkbox, onValueChange = onChange),
        verticalAlignment = Alignment.CenterVertically,
    ) {
        Checkbox(checked = checked, onCheckedChange = null)
        Spacer(Modifier.width(12.dp))
        Column(Modifier.weight(1f)) {
            UserText(text)
            Secondary(toggleLabel)
        }
    }
}

@Composable
fun ChoiceRow(label: Localized, selected: Boolean, onClick: () -> Unit, detail: Localized? = null) {
    Row(
        modifier = Modifier
            .fillMaxWidth()
            .heightIn(min = MinTouch)
            .selectable(selected = selected, role = Role.RadioButton, onClick = onClick),
        verticalAlignment = Alignment.CenterVertically,
    ) {
        RadioButton(selected = selected, onClick = null)
        Spacer(Modifier.width(12.dp))
        Column(Modifier.weight(1f)) {
            LText(label, style = MaterialTheme.typography.bodyLarge)
            Secondary(detail)
        }
    }
}

/** A card; tappable (as one target) when [onClick] is given. */
@Composable
fun ItemCard(onClick: (() -> Unit)? = null, content: @Composable ColumnScope.() -> Unit) {
    val base = Modifier.fillMaxWidth().heightIn(min = MinTouch)
    Card(modifier = if (onClick != null) base.clickable(role = Role.Button, onClick = onClick) else base) {
        Column(Modifier.padding(16.dp), verticalArrangement = Arrangement.spacedBy(4.dp), content = content)
    }
}

/** A screen's scrolling body; every screen reflows at large font sizes. */
@Composable
fun ScreenList(modifier: Modifier = Modifier, content: LazyListScope.() -> Unit) {
    LazyColumn(
        modifier = modifier.fillMaxSize(),
        contentPadding = PaddingValues(16.dp),
        verticalArrangement = Arrangement.spacedBy(12.dp),
        content = content,
    )
}

/**
 * A text field whose value the core keeps: typed locally for a smooth cursor, each change sent
 * to the core; [key] resets it when the core shows another record.
 */
@Composable
fun CoreTextField(
    key: Any,
    label: Localized,
    value: String,
    onChange: (String) -> Unit,
    error: Localized? = null,
    hint: Localized? = null,
    singleLine: Boolean = true,
    keyboardType: KeyboardType = KeyboardType.Text,
) {
    var text by remember(key) { mutableStateOf(value) }
    val sent = remember(key) { ArrayDeque<String>() }
    // A value the core changed by itself (a scanned code, a normalised entry) replaces what is
    // shown; one that only echoes what was typed, perhaps late, does not.
    LaunchedEffect(key, value) {
        if (value != text && value !in sent) text = value
    }
    OutlinedTextField(
        value = text,
        onValueChange = {
            text = it
            sent.addLast(it)
            if (sent.size > SENT_HISTORY) sent.removeFirst()
            onChange(it)
        },
        modifier = Modifier.fillMaxWidth(),
        label = { LText(label) },
        supportingText = when {
            error != null -> ({ LText(error) })
            hint != null -> ({ LText(hint) })
            else -> null
        },
        isError = error != null,
        singleLine = singleLine,
        minLines = if (singleLine) 1 else 3,
        keyboardOptions = KeyboardOptions(keyboardType = keyboardType),
        textStyle = LocalTextStyle.current.copy(textDirection = ComposeTextDirection.Content),
    )
}

@Composable
fun ConfirmDialog(
    title: Localized?,
    message: Localized,
    confirm: Localized,
    cancel: Localized,
    onConfirm: () -> Unit,
    onCancel: () -> Unit,
) {
    AlertDialog(
        onDismissRequest = onCancel,
        title = if (title != null) { { LText(title) } } else null,
        text = { LText(message) },
        confirmButton = { TextButton(onClick = onConfirm, modifier = Modifier.heightIn(min = MinTouch)) { LText(confirm) } },
        dismissButton = { TextButton(onClick = onCancel, modifier = Modifier.heightIn(min = MinTouch)) { LText(cancel) } },
    )
}
