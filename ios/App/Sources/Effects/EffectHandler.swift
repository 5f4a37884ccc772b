import AVFoundation
import CoreLocation
import Foundation
import UIKit
import UserNotifications
@preconcurrency import PonteCore

/// The platform side of every effect of the app core, on the main actor. Results go back to
/// the core as events through `send`. `Effect.run` and `Effect.forgetDatabaseKey` never reach
/// here: the `AppStore` owns the core and performs those itself.
@MainActor
final class EffectHandler: ObservableObject {
    /// Set by the store: an event back to the core.
    var send: @MainActor (Event) -> Void = { _ in }

    /// The QR scanner sheet is shown while true (the root view presents `QrScannerSheet`).
    @Published var scanning = false
    /// The file offered to the share sheet, while it is shown.
    @Published var sharing: SharedFile?

    private let speech = Speech()
    private let notifications = PlannedNotifications()
    private let location = CoarseLocation()

    /// What the phone can do, told to the core when it opens.
    func capabilities() async -> Capabilities {
        Capabilities(
            platform: .ios,
            voices: Speech.voiceTags(),
            camera: QrScanner.cameraExists(),
            location: true,
            preferredLanguages: Locale.preferredLanguages,
            timeZone: TimeZone.current.identifier
        )
    }

    /// One effect. The `switch` has no `default`: a variant added to the core fails the build
    /// here until it is handled.
    func perform(_ effect: Effect) {
        switch effect {
        case .loadShippedContent:
            _Concurrency.Task {
                if let content = await ShippedContent.load() {
                    send(.shippedContent(dump: content.dump, pack: content.pack))
                } else {
                    send(.shippedContentMissing)
                }
            }
        case let .scheduleNotifications(plan):
            notifications.schedule(plan)
        case let .scheduleBackgroundSync(intervalMinutes, unmeteredOnly):
            BackgroundSync.schedule(intervalMinutes: intervalMinutes, unmeteredOnly: unmeteredOnly)
        case .cancelBackgroundSync:
            BackgroundSync.cancel()
        case let .requestPermission(permission):
            request(permission)
        case let .readAloud(text, language):
            speech.read(text, language: language)
        case let .playAudio(bytes, _):
            speech.play(bytes)
        case .stopReading:
            speech.stop()
        case .scanQrCode:
            if QrScanner.cameraExists() {
                scanning = true
            } else {
                send(.qrScanCancelled)
            }
        case let .shareFile(fileName, mimeType, bytes):
            _Concurrency.Task { sharing = await SharedFile.make(fileName: fileName, mimeType: mimeType, bytes: bytes) }
        case let .openExternal(kind, uri):
            ExternalLinks.open(kind: kind, uri: uri)
        case .getLocation:
            _Concurrency.Task {
                if let found = await location.locate() {
                    send(.locationFound(lat: found.latitude, lon: found.longitude))
                } else {
                    send(.locationUnavailable)
                }
            }
        case .run, .forgetDatabaseKey:
            // Performed by the AppStore, which owns the core.
            break
        }
    }

    /// The scanner's answer (a code, or closed without one).
    func scanned(_ code: String?) {
        scanning = false
        if let code {
            send(.qrScanned(text: code))
        } else {
            send(.qrScanCancelled)
        }
    }

    /// The platform's dialog, in context (the core asks when the person first needs it).
    private func request(_ permission: Permission) {
        _Concurrency.Task {
            let granted: Bool
            switch permission {
            case .notifications:
                granted = await notifications.requestPermission()
            case .camera:
                granted = await AVCaptureDevice.requestAccess(for: .video)
            case .location:
                granted = await location.requestPermission()
            }
            send(.permissionResult(permission: permission, granted: granted))
        }
    }
}
