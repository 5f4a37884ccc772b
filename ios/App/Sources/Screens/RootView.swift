import SwiftUI
import UIKit
@preconcurrency import PonteCore

/// The whole app: the core's `AppView` drawn as it is. The layout direction is the core's (the
/// whole layout mirrors for Arabic, Persian, Pashto, Urdu); the title, the error and the
/// notice are the core's; the body is one view per screen. Back is the core's (`App.back`).
struct RootView: View {
    @ObservedObject var store: AppStore
    @ObservedObject var effects: EffectHandler
    @Environment(\.scenePhase) var scenePhase

    var body: some View {
        if let view = store.view {
            ScreenFrame(view: view, send: store.send, back: { _Concurrency.Task { await store.back() } })
                .environment(\.layoutDirection, view.direction.layoutDirection)
                // The diary and the tutor's screens stay out of the app switcher's snapshot.
                .overlay {
                    if scenePhase != .active && RootView.isPrivate(view) {
                        Color(.systemBackground).ignoresSafeArea()
                    }
                }
                .sheet(isPresented: Binding(get: { effects.scanning }, set: { shown in if !shown { effects.scanned(nil) } })) {
                    QrScannerSheet(closeLabel: view.backLabel, done: { code in effects.scanned(code) })
                }
                .sheet(item: Binding(get: { effects.sharing }, set: { effects.sharing = $0 })) { file in
                    ShareSheet(file: file)
                }
        } else if let failure = store.failure {
            ExplanationScreen(explanation: failure)
        } else {
            ProgressView()
        }
    }

    /// The screens with the person's own records (as Android's FLAG_SECURE list).
    static func isPrivate(_ view: AppView) -> Bool {
        switch view.route {
        case .applications, .application, .editApplication, .editInterview, .actions, .editAction,
             .documents, .editDocument, .meetings, .editMeeting, .tutor, .pairing:
            return true
        default:
            if case .diary = view.screen { return true }
            if case let .tutor(screen) = view.screen, case .notPaired = screen { return false }
            if case .tutor = view.screen { return true }
            return false
        }
    }
}

/// The bars around a screen: the title and back arrow above, the sections below, the error
/// and the notice between.
struct ScreenFrame: View {
    let view: AppView
    let send: Send
    let back: () -> Void

    var body: some View {
        NavigationStack {
            VStack(spacing: 0) {
                if let error = view.error {
                    LText(error, color: .white)
                        .padding(16)
                        .background(Color.red)
                        .onAppear { UIAccessibility.post(notification: .announcement, argument: error.text) }
                }
                ScreenBody(screen: view.screen, send: send)
                    .frame(maxWidth: .infinity, maxHeight: .infinity, alignment: .top)
                if let notice = view.notice {
                    NoticeBanner(notice: notice, dismiss: { send(.dismissNotice) })
                }
                if !view.sections.isEmpty {
                    SectionBar(sections: view.sections, send: send)
                }
            }
            .navigationTitle(view.title.text)
            .navigationBarTitleDisplayMode(.inline)
            .navigationBarBackButtonHidden(true)
            .toolbar {
                ToolbarItem(placement: .navigationBarLeading) {
                    if view.canGoBack {
                        Button(action: back) {
                            // Mirrored in right-to-left layouts.
                            Image(systemName: "chevron.backward")
                        }
                        .accessibilityLabel(Text(spoken(view.backLabel.text, language: view.backLabel.locale)))
                    }
                }
                ToolbarItem(placement: .navigationBarTrailing) {
                    if !isFirstRun && !isSettings {
                        Button(action: { send(.navigate(route: .settings)) }) {
                            Image(systemName: "gearshape")
                        }
                        .accessibilityLabel(Text(spoken(view.settingsLabel.text, language: view.settingsLabel.locale)))
                    }
                }
            }
        }
    }

    private var isFirstRun: Bool {
        if case .firstRun = view.route { return true }
        return false
    }

    private var isSettings: Bool {
        if case .settings = view.route { return true }
        return false
    }
}

/// The core's short message, read by VoiceOver; a tap dismisses it, and the store does after a
/// few seconds.
struct NoticeBanner: View {
    let notice: Localized
    let dismiss: () -> Void

    var body: some View {
        Button(action: dismiss) {
            LText(notice, color: .white)
                .padding(16)
                .background(RoundedRectangle(cornerRadius: 12).fill(Color.black.opacity(0.85)))
        }
        .buttonStyle(.plain)
        .padding(12)
        .onAppear { UIAccessibility.post(notification: .announcement, argument: notice.text) }
    }
}

/// The sections of the app, each with its icon and the core's words.
struct SectionBar: View {
    let sections: [NavSection]
    let send: Send

    var body: some View {
        HStack(spacing: 0) {
            ForEach(sections, id: \.icon) { section in
                Button(action: { send(.navigate(route: section.route)) }) {
                    VStack(spacing: 2) {
                        Image(systemName: SectionBar.symbol(section.icon))
                            .accessibilityHidden(true)
                        Text(spoken(section.label.text, language: section.label.locale))
                            .font(.caption)
                            .lineLimit(2)
                            .minimumScaleFactor(0.8)
                    }
                    .frame(maxWidth: .infinity, minHeight: minTouch)
                    .foregroundColor(section.selected ? .accentColor : .secondary)
                }
                .buttonStyle(.plain)
                .accessibilityAddTraits(section.selected ? [.isSelected] : [])
            }
        }
        .padding(.vertical, 4)
        .background(Color(.secondarySystemBackground))
    }

    /// The SF Symbol for a section the core names (`NavSection.icon`).
    static func symbol(_ name: String) -> String {
        switch name {
        case "home": return "house"
        case "diary": return "list.bullet.rectangle"
        case "services": return "mappin.and.ellipse"
        case "lessons": return "graduationcap"
        default: return "person.crop.circle"
        }
    }
}

/// One view per screen of the core.
struct ScreenBody: View {
    let screen: Screen
    let send: Send

    var body: some View {
        switch screen {
        case .chooseLanguage, .installing, .chooseCity, .privacy, .offerPairing:
            FirstRunScreen(screen: screen, send: send)
        case let .home(home):
            HomeScreen(home: home, send: send)
        case let .diary(diary):
            switch diary {
            case let .applications(list): ApplicationsScreen(list: list, send: send)
            case let .application(application): ApplicationScreen(application: application, send: send)
            case let .actions(actions): ActionsScreen(actions: actions, send: send)
            case let .documents(documents): DocumentsScreen(documents: documents, send: send)
            case let .meetings(meetings): MeetingsScreen(meetings: meetings, send: send)
            case let .form(form): DiaryFormScreen(form: form, send: send)
            case let .missing(explanation): ExplanationScreen(explanation: explanation)
            }
        case let .services(services):
            switch services {
            case let .list(list): ServiceListScreen(list: list, send: send)
            case let .map(map): ServicesMapScreen(screen: map, send: send)
            case let .detail(service): ServiceDetailScreen(service: service, send: send)
            case let .report(form): ServiceReportScreen(form: form, send: send)
            case let .notFound(explanation): ExplanationScreen(explanation: explanation)
            }
        case let .guides(guides):
            switch guides {
            case let .tree(ask, items, empty): GuidesTreeScreen(ask: ask, items: items, empty: empty, send: send)
            case let .guide(guide): GuideScreen(guide: guide, send: send)
            case let .notFound(explanation): ExplanationScreen(explanation: explanation)
            }
        case let .lessons(lessons):
            switch lessons {
            case let .courses(courses): CoursesScreen(courses: courses, send: send)
            case let .player(player): LessonPlayerScreen(player: player, send: send)
            case let .glossary(glossary): GlossaryScreen(glossary: glossary)
            case let .certificate(certificate): CertificateScreen(certificate: certificate, send: send)
            case let .unavailable(explanation): ExplanationScreen(explanation: explanation)
            }
        case let .profile(profile):
            switch profile {
            case let .overview(overview): ProfileOverviewScreen(overview: overview, send: send)
            case let .edit(form): ProfileFormScreen(form: form, send: send)
            case let .cv(cv): CvPreviewScreen(cv: cv, send: send)
            }
        case let .tutor(tutor):
            TutorSectionScreen(screen: tutor, send: send)
        case let .settings(settings):
            switch settings {
            case let .main(main): SettingsMainScreen(view: main, send: send)
            }
        case let .notBuiltYet(explanation):
            NotBuiltYetScreen(explanation: explanation)
        }
    }
}

/// One paragraph from the core (a record not found, lessons unavailable, an open that failed).
struct ExplanationScreen: View {
    let explanation: Localized

    var body: some View {
        ScrollView {
            LText(explanation).padding(24)
        }
    }
}

/// A screen the core does not draw yet: its title (in the bar) and its sentence.
struct NotBuiltYetScreen: View {
    let explanation: Localized

    var body: some View {
        ExplanationScreen(explanation: explanation)
    }
}
