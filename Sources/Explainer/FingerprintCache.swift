import Foundation
import SiteCore

/// Fingerprints made on first request and kept, by dependency key: pages
/// render on all cores, and several of them ask for the same scenario's.
final class FingerprintCache: @unchecked Sendable {
    private let lock = NSLock()
    private var made: [String: Fingerprint] = [:]

    func value(for key: String, make: () -> Fingerprint) -> Fingerprint {
        lock.lock()
        defer { lock.unlock() }
        if let fingerprint = made[key] { return fingerprint }
        let fingerprint = make()
        made[key] = fingerprint
        return fingerprint
    }
}
