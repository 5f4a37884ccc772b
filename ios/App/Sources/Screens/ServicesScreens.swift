import SwiftUI
@preconcurrency import PonteCore

private func services(_ event: ServicesEvent) -> Event { .services(event: event) }

/// Search, category filters, open now, position, favourites, recent, results, the map.
struct ServiceListScreen: View {
    let list: ServiceListView
    let send: Send
    @State var query = ""

    var body: some View {
        ScreenList {
            TextField(text: Binding(get: { query }, set: { typed in
                query = typed
                send(services(.search(text: typed)))
            })) {
                Text(spoken(list.searchPlaceholder.text, language: list.searchPlaceholder.locale))
            }
            .textFieldStyle(.roundedBorder)
            .frame(minHeight: minTouch)
            .onAppear { query = list.query }
            ChipRow(
                items: list.categories, id: \.label.text, selected: \.selected, label: \.label,
                tap: { choice in send(services(.toggleCategory(category: choice.category))) }
            )
            SwitchRow(list.openNow.label, isOn: list.openNow.on) { on in send(services(.setOpenNow(on: on))) }
            if let clear = list.clearFilters {
                LinkButton(clear) { send(services(.clearFilters)) }
            }
            if let use = list.useLocation {
                SecondaryButton(use) { send(services(.useMyLocation)) }
            }
            Secondary(list.positionNote)
            SecondaryButton(list.mapLabel) { send(.navigate(route: .servicesMap)) }
            if !list.favourites.isEmpty {
                Heading(list.favouritesTitle)
                ForEach(list.favourites, id: \.id) { row in ServiceRowCard(row: row, send: send) }
            }
            if !list.recent.isEmpty {
                Heading(list.recentTitle)
                ForEach(list.recent, id: \.id) { row in ServiceRowCard(row: row, send: send) }
            }
            if let empty = list.empty { LText(empty) }
            ForEach(list.services, id: \.id) { row in ServiceRowCard(row: row, send: send) }
            if let more = list.more {
                LinkButton(more) { send(services(.moreServices)) }
            }
        }
    }
}

struct ServiceRowCard: View {
    let row: ServiceRow
    let send: Send

    var body: some View {
        ItemCard(open: { send(services(.openService(id: row.id))) }) {
            LText(row.name, font: .headline)
            Secondary(row.category)
            UserText(row.address, font: .subheadline)
            Secondary(row.distance)
            LText(row.openLine, color: row.openStatus == .open ? .green : .secondary)
        }
    }
}

/// One service: what it does, for whom, how, when it is open, how to reach it.
struct ServiceDetailScreen: View {
    let service: ServiceDetailView
    let send: Send

    var body: some View {
        ScreenList {
            VStack(alignment: .leading, spacing: 4) {
                LText(service.name, font: .title2)
                UserText(service.organisation, font: .headline)
                UserText(service.address)
                LText(service.openLine, color: service.openStatus == .open ? .green : .secondary)
            }
            SwitchRow(service.favouriteLabel, isOn: service.favourite) { _ in
                send(services(.toggleFavourite(id: service.id)))
            }
            SecondaryButton(service.readAloud) { send(services(.readAloud(id: service.id))) }
            ForEach(Array(service.contacts.enumerated()), id: \.offset) { index, contact in
                PrimaryButton(contact.label) {
                    send(services(.openContact(id: service.id, index: UInt32(index))))
                }
            }
            Secondary(service.noMapPosition)
            if let text = service.description { LText(text) }
            if let text = service.eligibility { LText(text) }
            if let text = service.howTo { LText(text) }
            ForEach(Array(service.translationNotes.enumerated()), id: \.offset) { _, note in Secondary(note) }
            Heading(service.weekTitle)
            ForEach(Array(service.week.enumerated()), id: \.offset) { _, day in
                HStack(alignment: .firstTextBaseline) {
                    LText(day.day, font: day.today ? .body.bold() : .body)
                    LText(day.hours, font: day.today ? .body.bold() : .body)
                }
                .accessibilityElement(children: .combine)
            }
            ForEach(Array(service.walkIn.enumerated()), id: \.offset) { _, line in UserText(line, font: .footnote) }
            if !service.languagesSpoken.isEmpty {
                Heading(service.languagesSpokenTitle)
                // Language codes, not words.
                UserText(service.languagesSpoken.joined(separator: " · "))
            }
            Secondary(service.cost)
            Secondary(service.wheelchair)
            Secondary(service.lastVerified)
            Secondary(service.attribution)
            LinkButton(service.reportLabel) { send(.openLink(link: service.reportLink)) }
        }
    }
}

/// A problem with a service's information: what is wrong, and a comment.
struct ServiceReportScreen: View {
    let form: ServiceReportForm
    let send: Send

    var body: some View {
        ScreenList {
            LText(form.serviceName, font: .headline)
            LText(form.explanation)
            Heading(form.kindLabel)
            ForEach(form.kinds, id: \.kind) { kind in
                ChoiceRow(selected: kind.selected, choose: { send(services(.chooseReportKind(kind: kind.kind))) }) {
                    LText(kind.label)
                }
            }
            ErrorText(form.kindError)
            CoreTextField(
                label: form.comment.label, value: form.comment.value, error: form.comment.error, multiline: true,
                change: { text in send(services(.reportCommentChanged(text: String(text.prefix(Int(form.comment.maxChars)))))) }
            )
            .id(form.serviceId)
            PrimaryButton(form.submit) { send(services(.submitReport)) }
        }
    }
}
