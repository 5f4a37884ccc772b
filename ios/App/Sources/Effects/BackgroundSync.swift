import BackgroundTasks
import Foundation
import Network
@preconcurrency import PonteCore

/// The periodic sync with BGAppRefreshTask: `Effect.scheduleBackgroundSync` asks for it,
/// `Effect.cancelBackgroundSync` stops it. Each run calls the core's `runInBackground`
/// (`run_background_sync` under the core's policy: Wi-Fi only, data saver, backoff), performs
/// the new notification plan, asks for the next run and finishes before iOS's expiry.
enum BackgroundSync {
    static let identifier = "org.ponte.app.sync"
    /// iOS gives a refresh task about 30 seconds: the core stops 2 s before its deadline.
    static let budgetSeconds: TimeInterval = 25
    private static let intervalKey = "org.ponte.sync.interval"

    /// Registered once, before the app finishes launching.
    static func register() {
        BGTaskScheduler.shared.register(forTaskWithIdentifier: identifier, using: nil) { task in
            guard let refresh = task as? BGAppRefreshTask else {
                task.setTaskCompleted(success: false)
                return
            }
            handle(refresh)
        }
    }

    /// `unmeteredOnly` has no BGAppRefreshTaskRequest equivalent: iOS may wake the app on
    /// mobile data, and the core's policy then skips the sync (`SkipReason`).
    static func schedule(intervalMinutes: UInt32, unmeteredOnly: Bool) {
        UserDefaults.standard.set(Int(intervalMinutes), forKey: intervalKey)
        submit(after: TimeInterval(max(intervalMinutes, 15)) * 60)
    }

    static func cancel() {
        UserDefaults.standard.removeObject(forKey: intervalKey)
        BGTaskScheduler.shared.cancel(taskRequestWithIdentifier: identifier)
    }

    /// Replaces the pending request (one per identifier). iOS decides the real time; this is
    /// the earliest.
    private static func submit(after seconds: TimeInterval) {
        let request = BGAppRefreshTaskRequest(identifier: identifier)
        request.earliestBeginDate = Date(timeIntervalSinceNow: seconds)
        try? BGTaskScheduler.shared.submit(request)
    }

    private static func handle(_ refresh: BGAppRefreshTask) {
        // BGTask is not Sendable; it is only told "completed", once, from either side.
        let task = RefreshTask(refresh)
        let deadline = Date().addingTimeInterval(budgetSeconds)
        let work = _Concurrency.Task { @MainActor in
            let network = await currentNetwork()
            let run = await AppStore.shared.runInBackground(network: network, deadline: deadline)
            scheduleNext(after: run, now: Date())
            task.complete(success: run.map { !$0.outcome.retry } ?? false)
        }
        refresh.expirationHandler = {
            // The core ends by the deadline on its own; this only tells iOS in time.
            work.cancel()
            task.complete(success: false)
        }
    }

    /// The next request: the core's interval, or later when the core's backoff says so.
    private static func scheduleNext(after run: BackgroundRun?, now: Date) {
        let minutes = UserDefaults.standard.integer(forKey: intervalKey)
        guard minutes > 0 else { return }
        if run?.outcome.skipped == .notPaired { return }
        var seconds = TimeInterval(max(minutes, 15)) * 60
        if let retryAfter = run?.outcome.retryAfter {
            seconds = max(seconds, retryAfter.timeIntervalSince(now))
        }
        submit(after: seconds)
    }

    /// The network now, as the core's policy reads it.
    static func currentNetwork() async -> NetworkState {
        await withCheckedContinuation { continuation in
            let monitor = NWPathMonitor()
            let answered = Once()
            monitor.pathUpdateHandler = { path in
                guard answered.first() else { return }
                monitor.cancel()
                continuation.resume(returning: NetworkState(
                    connected: path.status == .satisfied,
                    metered: path.isExpensive || path.isConstrained,
                    wifi: path.usesInterfaceType(.wifi) || path.usesInterfaceType(.wiredEthernet)
                ))
            }
            monitor.start(queue: DispatchQueue(label: "org.ponte.network"))
        }
    }
}

/// True the first time only, from any thread: a continuation resumed once, a task completed once.
final class Once: @unchecked Sendable {
    private let lock = NSLock()
    private var done = false

    func first() -> Bool {
        lock.lock()
        defer { lock.unlock() }
        if done { return false }
        done = true
        return true
    }
}

/// The refresh task, completed once whoever comes first (the run or iOS's expiry).
final class RefreshTask: @unchecked Sendable {
    private let task: BGAppRefreshTask
    private let once = Once()

    init(_ task: BGAppRefreshTask) { self.task = task }

    func complete(success: Bool) {
        if once.first() { task.setTaskCompleted(success: success) }
    }
}

extension NetworkState {
    /// The map download's kind of connection: Wi-Fi only when it is neither metered nor
    /// constrained (a phone's hotspot is metered).
    var kind: NetworkKind {
        if !connected { return .offline }
        return wifi && !metered ? .wifi : .mobile
    }
}
