import Foundation
@testable import FileWatcher

/// Collects a watcher's batches on a task, so tests wait for a condition
/// with a generous timeout instead of a fixed delay.
final class BatchRecorder: @unchecked Sendable {
    private let lock = NSLock()
    private var recorded: [[ChangedPath]] = []
    private var task: Task<Void, Never>?

    init(_ watcher: FileWatcher) {
        let batches = watcher.batches
        task = Task { [weak self] in
            for await batch in batches {
                self?.append(batch)
            }
        }
    }

    private func append(_ batch: [ChangedPath]) {
        lock.lock()
        recorded.append(batch)
        lock.unlock()
    }

    var batches: [[ChangedPath]] {
        lock.lock()
        defer { lock.unlock() }
        return recorded
    }

    var allPaths: Set<ChangedPath> { Set(batches.flatMap { $0 }) }

    /// Waits until `condition` holds for the batches so far, or `timeout` passes; returns whether it held.
    func wait(timeout: Duration = .seconds(20), until condition: ([[ChangedPath]]) -> Bool) async -> Bool {
        let deadline = ContinuousClock.now + timeout
        while ContinuousClock.now < deadline {
            if condition(batches) { return true }
            try? await Task.sleep(for: .milliseconds(10))
        }
        return condition(batches)
    }

    func waitForPaths(_ paths: Set<ChangedPath>, timeout: Duration = .seconds(20)) async -> Bool {
        await wait(timeout: timeout) { batches in paths.isSubset(of: Set(batches.flatMap { $0 })) }
    }
}
