import CoreLocation
import Foundation

/// One coarse position (about a kilometre: the nearest services, never a track), asked while
/// the app is in use. `locate` gives nil when refused, off, or after a timeout.
@MainActor
final class CoarseLocation: NSObject, CLLocationManagerDelegate {
    private let manager = CLLocationManager()
    private var authorizationWaiters: [CheckedContinuation<Bool, Never>] = []
    private var locationWaiters: [CheckedContinuation<CLLocationCoordinate2D?, Never>] = []
    private static let timeoutSeconds: UInt64 = 15

    override init() {
        super.init()
        manager.delegate = self
        manager.desiredAccuracy = kCLLocationAccuracyKilometer
    }

    private var allowed: Bool {
        let status = manager.authorizationStatus
        return status == .authorizedWhenInUse || status == .authorizedAlways
    }

    func requestPermission() async -> Bool {
        switch manager.authorizationStatus {
        case .authorizedWhenInUse, .authorizedAlways: return true
        case .denied, .restricted: return false
        case .notDetermined:
            return await withCheckedContinuation { continuation in
                authorizationWaiters.append(continuation)
                manager.requestWhenInUseAuthorization()
            }
        @unknown default: return false
        }
    }

    func locate() async -> CLLocationCoordinate2D? {
        guard allowed else { return nil }
        // A recent fix is good enough for "near me".
        if let last = manager.location, -last.timestamp.timeIntervalSinceNow < 600 {
            return last.coordinate
        }
        _Concurrency.Task {
            try? await _Concurrency.Task.sleep(nanoseconds: CoarseLocation.timeoutSeconds * 1_000_000_000)
            self.finish(nil)
        }
        return await withCheckedContinuation { continuation in
            locationWaiters.append(continuation)
            manager.requestLocation()
        }
    }

    private func finish(_ coordinate: CLLocationCoordinate2D?) {
        let waiters = locationWaiters
        locationWaiters = []
        for waiter in waiters { waiter.resume(returning: coordinate) }
    }

    nonisolated func locationManagerDidChangeAuthorization(_ manager: CLLocationManager) {
        let status = manager.authorizationStatus
        _Concurrency.Task { @MainActor in
            guard status != .notDetermined else { return }
            let granted = status == .authorizedWhenInUse || status == .authorizedAlways
            let waiters = self.authorizationWaiters
            self.authorizationWaiters = []
            for waiter in waiters { waiter.resume(returning: granted) }
        }
    }

    nonisolated func locationManager(_ manager: CLLocationManager, didUpdateLocations locations: [CLLocation]) {
        let coordinate = locations.last?.coordinate
        _Concurrency.Task { @MainActor in self.finish(coordinate) }
    }

    nonisolated func locationManager(_ manager: CLLocationManager, didFailWithError error: Error) {
        _Concurrency.Task { @MainActor in self.finish(nil) }
    }
}
