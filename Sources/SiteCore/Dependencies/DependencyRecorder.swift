import Foundation

/// Collects, while one page renders, what its output depended on. The core
/// records the page's source, template, navigation and site settings; a
/// plugin adds what it read (another scenario, a model file).
public final class DependencyRecorder: @unchecked Sendable {
    // One page renders on one thread; the lock only makes that assumption safe to break.
    private let lock = NSLock()
    /// Each key once, in the order first recorded (a page has a handful).
    private var keys: [DependencyKey] = []

    public init() {}

    public func record(_ key: DependencyKey) {
        lock.lock()
        if !keys.contains(key) { keys.append(key) }
        lock.unlock()
    }

    var recorded: [DependencyKey] {
        lock.lock()
        defer { lock.unlock() }
        return keys
    }
}
