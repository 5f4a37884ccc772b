import SwiftUI
@preconcurrency import PonteCore

/// Home: what is overdue, today and in the next days, follow-ups, document alerts, the lesson
/// to continue, services open nearby, and the sync line. Each item opens its own link.
struct HomeScreen: View {
    let home: HomeView
    let send: Send

    var body: some View {
        ScreenList {
            if let empty = home.empty { LText(empty) }
            ForEach(Array(home.overdue.enumerated()), id: \.offset) { _, item in
                HomeItemCard(item: item, overdue: true, send: send)
            }
            ForEach(Array((home.today + home.nextDays).enumerated()), id: \.offset) { _, item in
                HomeItemCard(item: item, overdue: false, send: send)
            }
            ForEach(Array(home.documentAlerts.enumerated()), id: \.offset) { _, alert in
                ItemCard { LText(alert, color: .red) }
            }
            ForEach(Array(home.followUps.enumerated()), id: \.offset) { _, followUp in
                ItemCard { LText(followUp) }
            }
            if let lesson = home.continueLesson {
                ItemCard(open: { send(.navigate(route: .lesson(id: lesson.id))) }) {
                    CText(lesson.title, font: .headline)
                }
            }
            ForEach(home.openNearby, id: \.id) { service in
                ItemCard(open: { send(.navigate(route: .service(id: service.id))) }) {
                    DirectedText(
                        text: service.name, language: service.nameLanguage,
                        direction: languageDirection(service.nameLanguage), font: .headline
                    )
                    UserText(service.address, font: .subheadline)
                }
            }
            Secondary(home.syncLine)
        }
    }
}

struct HomeItemCard: View {
    let item: HomeItem
    let overdue: Bool
    let send: Send

    var body: some View {
        ItemCard(open: { send(.openLink(link: item.link)) }) {
            LText(item.text, font: .headline, color: overdue ? .red : .primary)
            UserText(item.detail, font: .subheadline)
        }
    }
}
