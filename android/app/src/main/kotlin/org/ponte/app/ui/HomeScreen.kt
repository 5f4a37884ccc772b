package org.ponte.app.ui

import androidx.compose.foundation.lazy.items
import androidx.compose.material3.MaterialTheme
import androidx.compose.runtime.Composable
import org.ponte.core.Event
import org.ponte.core.HomeItem
import org.ponte.core.HomeView
import org.ponte.core.Localized
import org.ponte.core.Route

/**
 * Home: what is overdue, today and in the next days, follow-ups, document alerts, the lesson
 * to continue, services open nearby, and the sync line. Each item opens its own link.
 */
@Composable
fun HomeScreen(home: HomeView, send: Send) {
    ScreenList {
        home.empty?.let { empty -> item { LText(empty, style = MaterialTheme.typography.bodyLarge) } }
        items(home.overdue) { HomeItemCard(it, overdue = true, send = send) }
        items(home.today) { HomeItemCard(it, overdue = false, send = send) }
        items(home.nextDays) { HomeItemCard(it, overdue = false, send = send) }
        items(home.documentAlerts) { alert -> ItemCard { LText(alert, color = MaterialTheme.colorScheme.error) } }
        items(home.followUps) { followUp -> ItemCard { LText(followUp) } }
        home.continueLesson?.let { lesson ->
            item {
                ItemCard(onClick = { send(Event.Navigate(Route.Lesson(lesson.id))) }) {
                    CText(lesson.title, style = MaterialTheme.typography.titleMedium)
                }
            }
        }
        items(home.openNearby, key = { it.id }) { service ->
            ItemCard(onClick = { send(Event.Navigate(Route.Service(service.id))) }) {
                LText(
                    Localized(service.name, service.nameLanguage, directionOf(service.nameLanguage)),
                    style = MaterialTheme.typography.titleMedium,
                )
                UserText(service.address, style = MaterialTheme.typography.bodyMedium)
            }
        }
        item { Secondary(home.syncLine) }
    }
}

@Composable
private fun HomeItemCard(item: HomeItem, overdue: Boolean, send: Send) {
    ItemCard(onClick = { send(Event.OpenLink(item.link)) }) {
        LText(
            item.text,
            style = MaterialTheme.typography.titleMedium,
            color = if (overdue) MaterialTheme.colorScheme.error else MaterialTheme.colorScheme.onSurface,
        )
        UserText(item.detail, style = MaterialTheme.typography.bodyMedium)
    }
}

/** The direction of a language the core names but does not give a direction for. */
fun directionOf(language: String): org.ponte.core.TextDirection {
    val rtl = android.text.TextUtils.getLayoutDirectionFromLocale(java.util.Locale.forLanguageTag(language)) ==
        android.view.View.LAYOUT_DIRECTION_RTL
    return if (rtl) org.ponte.core.TextDirection.RIGHT_TO_LEFT else org.ponte.core.TextDirection.LEFT_TO_RIGHT
}
