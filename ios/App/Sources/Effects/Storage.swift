import Foundation
import Security

/// The database key: 32 random bytes made once and kept in the Keychain, readable only on this
/// phone (never in a backup, never moved to another phone) and only after its first unlock
/// since boot (so the background refresh can open the database while the phone is locked).
enum DatabaseKey {
    private static let service = "org.ponte.app.database"
    private static let account = "key"
    private static let length = 32

    enum Failure: Error {
        case keychain(OSStatus)
        case random(OSStatus)
    }

    /// The key, made and stored on the first call.
    static func getOrCreate() throws -> Data {
        if let existing = try read() { return existing }
        var bytes = Data(count: length)
        let status = bytes.withUnsafeMutableBytes { buffer in
            SecRandomCopyBytes(kSecRandomDefault, length, buffer.baseAddress!)
        }
        guard status == errSecSuccess else { throw Failure.random(status) }
        let add: [String: Any] = [
            kSecClass as String: kSecClassGenericPassword,
            kSecAttrService as String: service,
            kSecAttrAccount as String: account,
            kSecAttrAccessible as String: kSecAttrAccessibleAfterFirstUnlockThisDeviceOnly,
            kSecValueData as String: bytes,
        ]
        let added = SecItemAdd(add as CFDictionary, nil)
        if added == errSecDuplicateItem, let raced = try read() { return raced }
        guard added == errSecSuccess else { throw Failure.keychain(added) }
        return bytes
    }

    /// Deletes the key: the database made with it can never be read again.
    static func forget() {
        let query: [String: Any] = [
            kSecClass as String: kSecClassGenericPassword,
            kSecAttrService as String: service,
            kSecAttrAccount as String: account,
        ]
        SecItemDelete(query as CFDictionary)
    }

    private static func read() throws -> Data? {
        let query: [String: Any] = [
            kSecClass as String: kSecClassGenericPassword,
            kSecAttrService as String: service,
            kSecAttrAccount as String: account,
            kSecReturnData as String: true,
            kSecMatchLimit as String: kSecMatchLimitOne,
        ]
        var result: CFTypeRef?
        let status = SecItemCopyMatching(query as CFDictionary, &result)
        switch status {
        case errSecSuccess:
            guard let data = result as? Data, data.count == length else {
                throw Failure.keychain(errSecDecode)
            }
            return data
        case errSecItemNotFound:
            return nil
        default:
            // errSecInteractionNotAllowed: before the first unlock. Never make a new key then,
            // or the database made with the old one would be lost.
            throw Failure.keychain(status)
        }
    }
}

/// Where the database lives: Application Support/Database/ponte.db, the folder excluded from
/// iCloud and iTunes backups (the key is not in them either: a backed-up file could never be
/// read) and protected until the first unlock, like the key.
enum DatabaseFile {
    private static let folderName = "Database"
    private static let fileName = "ponte.db"

    static func url() throws -> URL {
        let support = try FileManager.default.url(
            for: .applicationSupportDirectory, in: .userDomainMask, appropriateFor: nil, create: true
        )
        var folder = support.appendingPathComponent(folderName, isDirectory: true)
        try FileManager.default.createDirectory(
            at: folder, withIntermediateDirectories: true,
            attributes: [.protectionKey: FileProtectionType.completeUntilFirstUserAuthentication]
        )
        var values = URLResourceValues()
        values.isExcludedFromBackup = true
        try folder.setResourceValues(values)
        return folder.appendingPathComponent(fileName)
    }

    /// The database and its write-ahead log and shared memory files.
    static func delete() {
        guard let file = try? url() else { return }
        let folder = file.deletingLastPathComponent()
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
        for name in names where name.hasPrefix(fileName) {
            try? FileManager.default.removeItem(at: folder.appendingPathComponent(name))
        }
    }
}

/// The content the app ships for its first run, with no connection (Content/ in the bundle,
/// made by `cargo xtask content app`): the signed services dump, the signed lesson pack, and
/// the public keys the app trusts.
enum ShippedContent {
    static func trustedKeys() -> [String] {
        guard let url = Bundle.main.url(forResource: "trusted_keys", withExtension: "txt", subdirectory: "Content"),
              let text = try? String(contentsOf: url, encoding: .utf8)
        else { return [] }
        return text.split(whereSeparator: \.isNewline)
            .map { $0.trimmingCharacters(in: .whitespaces) }
            .filter { !$0.isEmpty && !$0.hasPrefix("#") }
    }

    /// The dump and the pack, read off the main thread; nil when the app has none.
    static func load() async -> (dump: Data, pack: Data)? {
        await _Concurrency.Task.detached(priority: .userInitiated) { () -> (dump: Data, pack: Data)? in
            guard let dump = Bundle.main.url(forResource: "directory", withExtension: "dump", subdirectory: "Content"),
                  let pack = Bundle.main.url(forResource: "lessons", withExtension: "pack", subdirectory: "Content"),
                  let dumpBytes = try? Data(contentsOf: dump),
                  let packBytes = try? Data(contentsOf: pack)
            else { return nil }
            return (dumpBytes, packBytes)
        }.value
    }
}
