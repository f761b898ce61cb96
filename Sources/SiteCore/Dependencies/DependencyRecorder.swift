import Foundation

/// Collects, while one page renders, what its output depended on. The core
/// records the page's source, template, navigation and site settings; a
/// plugin adds what it read (another scenario, a model file).
public final class DependencyRecorder: @unchecked Sendable {
    // One page renders on one thread; the lock only makes that assumption safe to break.
    private let lock = NSLock()
    private var keys: Set<DependencyKey> = []

    public init() {}

    public func record(_ key: DependencyKey) {
        lock.lock()
        keys.insert(key)
        lock.unlock()
    }

    var recorded: Set<DependencyKey> {
        lock.lock()
        defer { lock.unlock() }
        return keys
    }
}
