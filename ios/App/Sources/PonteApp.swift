import SwiftUI
import UIKit
import UserNotifications
@preconcurrency import PonteCore

/// The app: one window drawing the core's view. Deep links (ponte://, the pairing QR code
/// opened by the camera app) become `Event.openLink`.
@main
struct PonteApp: SwiftUI.App {
    @UIApplicationDelegateAdaptor(AppDelegate.self) private var delegate
    @StateObject private var store = AppStore.shared

    var body: some Scene {
        WindowGroup {
            RootView(store: store, effects: store.effects)
                .onAppear { store.start() }
                .onOpenURL { url in store.send(.openLink(link: url.absoluteString)) }
        }
    }
}

/// What must be set before launch ends: the background task's handler and the notifications'
/// delegate (a tap that launched the app arrives right after).
final class AppDelegate: NSObject, UIApplicationDelegate {
    private let notificationTaps = NotificationTaps()

    func application(
        _ application: UIApplication,
        didFinishLaunchingWithOptions launchOptions: [UIApplication.LaunchOptionsKey: Any]? = nil
    ) -> Bool {
        BackgroundSync.register()
        UNUserNotificationCenter.current().delegate = notificationTaps
        return true
    }
}
