package org.ponte.app.ui

import androidx.compose.foundation.layout.fillMaxSize
import androidx.compose.foundation.layout.padding
import androidx.compose.foundation.rememberScrollState
import androidx.compose.foundation.verticalScroll
import androidx.compose.material3.MaterialTheme
import androidx.compose.runtime.Composable
import androidx.compose.ui.Modifier
import androidx.compose.ui.unit.dp
import org.ponte.core.Localized

/** A screen the core does not draw yet. */
@Composable
fun NotBuiltYetScreen(explanation: Localized) = ExplanationScreen(explanation)

/** One paragraph from the core (a record not found, lessons unavailable). */
@Composable
fun ExplanationScreen(explanation: Localized) {
    LText(
        explanation,
        modifier = Modifier.fillMaxSize().verticalScroll(rememberScrollState()).padding(24.dp),
        style = MaterialTheme.typography.bodyLarge,
    )
}
