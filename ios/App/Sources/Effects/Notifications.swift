import Foundation
@preconcurrency import UserNotifications
@preconcurrency import PonteCore

/// The core's notification plan with UNUserNotificationCenter. The plan is the whole truth:
/// the app's pending requests not in it are removed, the others added or replaced under the
/// plan's stable ids (so doing it twice changes nothing). iOS keeps at most 64 pending local
/// notifications per app: the soonest 64 of the plan (it is sorted soonest first) are kept;
/// the core computes the plan again at each start, each background sync and each change.
@MainActor
final class PlannedNotifications {
    private let center = UNUserNotificationCenter.current()
    private static let limit = 64
    /// Where the notification's tap leads: the core's deep link, followed as `Event.openLink`.
    static let linkKey = "link"

    func requestPermission() async -> Bool {
        (try? await center.requestAuthorization(options: [.alert, .sound, .badge])) ?? false
    }

    func schedule(_ plan: NotificationPlan) {
        let now = Date()
        let planned = plan.notifications.filter { $0.at > now }.prefix(PlannedNotifications.limit)
        let keep = Set(planned.map(\.id))
        _Concurrency.Task {
            // Asked with async/await: a completion handler formed here would be the main actor's
            // and run on the notification centre's queue.
            let pending = await center.pendingNotificationRequests()
            let stale = pending.map(\.identifier).filter { !keep.contains($0) }
            center.removePendingNotificationRequests(withIdentifiers: stale)
        }
        for notification in planned {
            let content = UNMutableNotificationContent()
            content.title = notification.title.text
            content.body = notification.body.text
            content.sound = .default
            content.userInfo = [PlannedNotifications.linkKey: notification.link]
            // Grouped per category in the notification centre.
            content.threadIdentifier = "\(notification.category)"
            let components = Calendar.current.dateComponents(
                [.year, .month, .day, .hour, .minute, .second], from: notification.at
            )
            let trigger = UNCalendarNotificationTrigger(dateMatching: components, repeats: false)
            // Adding a request with an existing id replaces it.
            center.add(UNNotificationRequest(identifier: notification.id, content: content, trigger: trigger))
        }
    }
}

/// A tap on a notification opens its screen (the core's link); one that arrives while the app
/// is open is shown as a banner.
final class NotificationTaps: NSObject, UNUserNotificationCenterDelegate {
    func userNotificationCenter(
        _ center: UNUserNotificationCenter, didReceive response: UNNotificationResponse,
        withCompletionHandler completionHandler: @escaping () -> Void
    ) {
        let link = response.notification.request.content.userInfo[PlannedNotifications.linkKey] as? String
        if let link {
            _Concurrency.Task { @MainActor in AppStore.shared.send(.openLink(link: link)) }
        }
        completionHandler()
    }

    func userNotificationCenter(
        _ center: UNUserNotificationCenter, willPresent notification: UNNotification,
        withCompletionHandler completionHandler: @escaping (UNNotificationPresentationOptions) -> Void
    ) {
        completionHandler([.banner, .list, .sound])
    }
}
