import Foundation
import UIKit
@preconcurrency import PonteCore

/// Dial, WhatsApp, e-mail, web, directions: the core's uri checked against its kind (a uri of
/// another scheme opens nothing), then handed to iOS. WhatsApp's https://wa.me link opens the
/// app when installed and the web page otherwise; directions are an Apple Maps URL.
enum ExternalLinks {
    /// The URL to open for a kind, or nil when the uri does not match it.
    static func url(kind: ExternalKind, uri: String) -> URL? {
        guard let url = URL(string: uri.trimmingCharacters(in: .whitespaces)),
              let scheme = url.scheme?.lowercased()
        else { return nil }
        switch kind {
        case .dial:
            return scheme == "tel" ? url : nil
        case .email:
            return scheme == "mailto" ? url : nil
        case .whatsApp:
            return scheme == "https" && url.host?.lowercased() == "wa.me" ? url : nil
        case .web:
            return scheme == "https" || scheme == "http" ? url : nil
        case .directions:
            return scheme == "https" && url.host?.lowercased() == "maps.apple.com" ? url : nil
        }
    }

    @MainActor
    static func open(kind: ExternalKind, uri: String) {
        guard let url = url(kind: kind, uri: uri) else { return }
        UIApplication.shared.open(url)
    }
}
