import Foundation
import os
@preconcurrency import PonteCore

/// The one serial queue every blocking call of the core runs on: never the main actor, never
/// Swift's cooperative threads (a blocking call there would hold a thread the runtime counts
/// on), and one at a time, as the Android app's single core thread.
final class CoreQueue: Sendable {
    private let queue = DispatchQueue(label: "org.ponte.core", qos: .userInitiated)

    func run<T: Sendable>(_ work: @escaping @Sendable () throws -> T) async throws -> T {
        try await withCheckedThrowingContinuation { continuation in
            queue.async {
                continuation.resume(with: Result { try work() })
            }
        }
    }
}

/// The app core for SwiftUI, one per process: holds the core, publishes the screen to draw,
/// sends what the person does and performs what the core asks (through `EffectHandler`).
/// `App.handle/view/back/start` block and run on `CoreQueue`; `App.run` and
/// `App.runInBackground` are async on the core's own runtime.
@MainActor
final class AppStore: ObservableObject {
    static let shared = AppStore()

    /// The screen to draw; nil until the core is open.
    @Published private(set) var view: AppView?
    /// Why the database could not be opened, in the phone's language (from the core).
    @Published private(set) var failure: Localized?

    let effects = EffectHandler()
    private let queue = CoreQueue()
    private var core: PonteCore.App?
    private var opening: _Concurrency.Task<PonteCore.App?, Never>?
    private var started = false
    private let log = Logger(subsystem: "org.ponte.app", category: "core")

    private init() {
        effects.send = { [weak self] event in self?.send(event) }
    }

    /// Opens the core (once per process) and performs what it asks right after opening.
    func start() {
        guard !started else { return }
        started = true
        _Concurrency.Task {
            guard let core = await openCore() else { return }
            await perform(await call { try core.start() })
            await refresh()
        }
    }

    /// What the person did.
    func send(_ event: Event) {
        _Concurrency.Task {
            guard let core = await openCore() else { return }
            await perform(await call { try core.handle(event: event) })
            await refresh()
        }
    }

    /// Back (the toolbar's arrow, the edge swipe): true when the core went back a screen.
    @discardableResult
    func back() async -> Bool {
        guard let core else { return false }
        let went = await call { try core.back() } ?? false
        await refresh()
        return went
    }

    /// `Effect.Run`: a network task on the core's runtime, then what it asks next.
    func run(_ task: PonteCore.Task) async {
        guard let core = await openCore() else { return }
        let next: [Effect]
        do {
            next = try await core.run(task: task)
        } catch {
            log.warning("task failed: \(String(describing: error), privacy: .public)")
            next = []
        }
        await perform(next)
        await refresh()
    }

    /// The background refresh's one call: opens the core if needed (never starts it), runs the
    /// sync under the core's policy and performs what makes sense without a screen.
    func runInBackground(network: NetworkState, deadline: Date) async -> BackgroundRun? {
        guard let core = await openCore() else { return nil }
        let outcome: BackgroundRun
        do {
            outcome = try await core.runInBackground(network: network, deadline: deadline)
        } catch {
            log.warning("background run failed: \(String(describing: error), privacy: .public)")
            return nil
        }
        await perform(outcome.effects.filter { effect in
            switch effect {
            case .scheduleNotifications, .scheduleBackgroundSync, .cancelBackgroundSync: return true
            default: return false
            }
        })
        if view != nil { await refresh() }
        return outcome
    }

    /// The open core; opened on the first call, once even when several ask at the same time
    /// (the start and a deep link).
    private func openCore() async -> PonteCore.App? {
        if let core { return core }
        if let opening { return await opening.value }
        let task = _Concurrency.Task { await self.open() }
        opening = task
        let opened = await task.value
        opening = nil
        return opened
    }

    private func open() async -> PonteCore.App? {
        let capabilities = await effects.capabilities()
        do {
            let options = try OpenOptions(
                path: DatabaseFile.url().path,
                key: DatabaseKey.getOrCreate(),
                create: true,
                trustedKeys: ShippedContent.trustedKeys()
            )
            let opened = try await queue.run { try PonteCore.App.open(options: options, capabilities: capabilities) }
            core = opened
            return opened
        } catch let error as PonteError {
            log.error("the database could not be opened: \(String(describing: error), privacy: .public)")
            failure = await explain(error)
            return nil
        } catch {
            // The Keychain refused (the phone locked before its first unlock), or the folder.
            log.error("the database key or folder is unavailable: \(String(describing: error), privacy: .public)")
            failure = await explain(.Closed)
            return nil
        }
    }

    /// Why the app cannot open, in the phone's languages, from the core's catalogue.
    private func explain(_ error: PonteError) async -> Localized? {
        let preferred = Locale.preferredLanguages
        return await call { errorMessage(chain: negotiateLanguages(preferred: preferred), error: error) }
    }

    /// Each effect in order; `Run` and `ForgetDatabaseKey` need the core, the others the phone.
    private func perform(_ effects: [Effect]?) async {
        for effect in effects ?? [] {
            switch effect {
            case let .run(task):
                _Concurrency.Task { await self.run(task) }
            case .forgetDatabaseKey:
                await forgetDatabase()
            default:
                self.effects.perform(effect)
            }
        }
    }

    /// The person erased everything: the key and the database go, a new empty one is made.
    private func forgetDatabase() async {
        core = nil
        DatabaseKey.forget()
        DatabaseFile.delete()
        guard let core = await openCore() else { return }
        await perform(await call { try core.start() })
    }

    private func refresh() async {
        guard let core else { return }
        guard let shown = await call({ try core.view() }) else { return }
        let newNotice = shown.notice != nil && shown.notice != view?.notice
        view = shown
        if newNotice, let notice = shown.notice { dismissLater(notice) }
    }

    /// A notice is shown for a few seconds, then dismissed back to the core (unless another
    /// event cleared it already).
    private func dismissLater(_ notice: Localized) {
        _Concurrency.Task {
            try? await _Concurrency.Task.sleep(nanoseconds: AppStore.noticeSeconds * 1_000_000_000)
            if view?.notice == notice { send(.dismissNotice) }
        }
    }

    private static let noticeSeconds: UInt64 = 4

    /// A blocking core call on the core's queue; a failure is logged (a refused input is shown
    /// by the next view, not thrown).
    private func call<T: Sendable>(_ work: @escaping @Sendable () throws -> T) async -> T? {
        do {
            return try await queue.run(work)
        } catch {
            log.warning("core call failed: \(String(describing: error), privacy: .public)")
            return nil
        }
    }
}
