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
import androidx.compose.material3.OutlinedTextField
import androidx.compose.runtime.Composable
import androidx.compose.runtime.getValue
import androidx.compose.runtime.mutableStateOf
import androidx.compose.runtime.remember
import androidx.compose.runtime.setValue
import androidx.compose.ui.Modifier
import androidx.compose.ui.text.font.FontWeight
import androidx.compose.ui.unit.dp
import org.ponte.core.Event
import org.ponte.core.OpenStatus
import org.ponte.core.Route
import org.ponte.core.ServiceDetailView
import org.ponte.core.ServiceListView
import org.ponte.core.ServiceReportForm
import org.ponte.core.ServiceRow
import org.ponte.core.ServicesEvent

private fun services(event: ServicesEvent) = Event.Services(event)

/** Search, category filters, open now, position, favourites, recent, results, the map. */
@Composable
fun ServiceListScreen(list: ServiceListView, send: Send) {
    ScreenList {
        item {
            var query by remember { mutableStateOf(list.query) }
            OutlinedTextField(
                value = query,
                onValueChange = {
                    query = it
                    send(services(ServicesEvent.Search(it)))
                },
                modifier = Modifier.fillMaxWidth(),
                placeholder = { LText(list.searchPlaceholder) },
                singleLine = true,
            )
        }
        item {
            Row(
                modifier = Modifier.fillMaxWidth().horizontalScroll(rememberScrollState()),
                horizontalArrangement = Arrangement.spacedBy(8.dp),
            ) {
                for (choice in list.categories) {
                    FilterChip(
                        selected = choice.selected,
                        onClick = { send(services(ServicesEvent.ToggleCategory(choice.category))) },
                        label = { LText(choice.label) },
                        modifier = Modifier.heightIn(min = MinTouch),
                    )
                }
            }
        }
        item { SwitchRow(list.openNow.label, list.openNow.on, onChange = { send(services(ServicesEvent.SetOpenNow(it))) }) }
        list.clearFilters?.let { clear -> item { LinkButton(clear, onClick = { send(services(ServicesEvent.ClearFilters)) }) } }
        list.useLocation?.let { use -> item { SecondaryButton(use, onClick = { send(services(ServicesEvent.UseMyLocation)) }) } }
        item { Secondary(list.positionNote) }
        item { SecondaryButton(list.mapLabel, onClick = { send(Event.Navigate(Route.ServicesMap)) }) }
        if (list.favourites.isNotEmpty()) {
            item { Heading(list.favouritesTitle) }
            items(list.favourites, key = { "favourite-" + it.id }) { ServiceRowCard(it, send) }
        }
        if (list.recent.isNotEmpty()) {
            item { Heading(list.recentTitle) }
            items(list.recent, key = { "recent-" + it.id }) { ServiceRowCard(it, send) }
        }
        list.empty?.let { empty -> item { LText(empty) } }
        items(list.services, key = { it.id }) { ServiceRowCard(it, send) }
        list.more?.let { more -> item { LinkButton(more, onClick = { send(services(ServicesEvent.MoreServices)) }) } }
    }
}

@Composable
private fun ServiceRowCard(row: ServiceRow, send: Send) {
    ItemCard(onClick = { send(services(ServicesEvent.OpenService(row.id))) }) {
        LText(row.name, style = MaterialTheme.typography.titleMedium)
        Secondary(row.category)
        UserText(row.address, style = MaterialTheme.typography.bodyMedium)
        Secondary(row.distance)
        LText(
            row.openLine,
            color = if (row.openStatus == OpenStatus.OPEN) MaterialTheme.colorScheme.primary else MaterialTheme.colorScheme.onSurfaceVariant,
        )
    }
}

/** One service: what it does, for whom, how, when it is open, how to reach it. */
@Composable
fun ServiceDetailScreen(service: ServiceDetailView, send: Send) {
    ScreenList {
        item {
            Column(verticalArrangement = Arrangement.spacedBy(4.dp)) {
                LText(service.name, style = MaterialTheme.typography.headlineSmall)
                UserText(service.organisation, style = MaterialTheme.typography.titleSmall)
                UserText(service.address)
                LText(service.openLine, color = if (service.openStatus == OpenStatus.OPEN) MaterialTheme.colorScheme.primary else MaterialTheme.colorScheme.onSurfaceVariant)
            }
        }
        item {
            SwitchRow(service.favouriteLabel, service.favourite, onChange = { send(services(ServicesEvent.ToggleFavourite(service.id))) })
        }
        item { SecondaryButton(service.readAloud, onClick = { send(services(ServicesEvent.ReadAloud(service.id))) }) }
        items(service.contacts.size) { index ->
            val contact = service.contacts[index]
            PrimaryButton(contact.label, onClick = { send(services(ServicesEvent.OpenContact(service.id, index.toUInt()))) })
        }
        service.noMapPosition?.let { text -> item { Secondary(text) } }
        service.description?.let { text -> item { LText(text) } }
        service.eligibility?.let { text -> item { LText(text) } }
        service.howTo?.let { text -> item { LText(text) } }
        items(service.translationNotes) { note -> Secondary(note) }
        item { Heading(service.weekTitle) }
        items(service.week) { day ->
            Row(Modifier.fillMaxWidth(), horizontalArrangement = Arrangement.SpaceBetween) {
                val weight = if (day.today) FontWeight.Bold else FontWeight.Normal
                LText(day.day, style = MaterialTheme.typography.bodyMedium.copy(fontWeight = weight))
                LText(day.hours, style = MaterialTheme.typography.bodyMedium.copy(fontWeight = weight))
            }
        }
        items(service.walkIn) { line -> UserText(line, style = MaterialTheme.typography.bodySmall) }
        if (service.languagesSpoken.isNotEmpty()) {
            item { Heading(service.languagesSpokenTitle) }
            item { UserText(service.languagesSpoken.joinToString(separator = LIST_SEPARATOR)) }
        }
        service.cost?.let { text -> item { Secondary(text) } }
        service.wheelchair?.let { text -> item { Secondary(text) } }
        service.lastVerified?.let { text -> item { Secondary(text) } }
        service.attribution?.let { text -> item { Secondary(text) } }
        item { LinkButton(service.reportLabel, onClick = { send(Event.OpenLink(service.reportLink)) }) }
    }
}

/** A problem with a service's information: what is wrong, and a comment. */
@Composable
fun ServiceReportScreen(form: ServiceReportForm, send: Send) {
    ScreenList {
        item { LText(form.serviceName, style = MaterialTheme.typography.titleMedium) }
        item { LText(form.explanation) }
        item { Heading(form.kindLabel) }
        items(form.kinds, key = { it.kind.name }) { kind ->
            ChoiceRow(kind.label, kind.selected, onClick = { send(services(ServicesEvent.ChooseReportKind(kind.kind))) })
        }
        item { ErrorText(form.kindError) }
        item {
            CoreTextField(
                key = form.serviceId,
                label = form.comment.label,
                value = form.comment.value,
                onChange = { send(services(ServicesEvent.ReportCommentChanged(it.take(form.comment.maxChars.toInt())))) },
                error = form.comment.error,
                singleLine = false,
            )
        }
        item { PrimaryButton(form.submit, onClick = { send(services(ServicesEvent.SubmitReport)) }) }
    }
}

/** Between languages spoken (codes, not words). */
private const val LIST_SEPARATOR = " · "
