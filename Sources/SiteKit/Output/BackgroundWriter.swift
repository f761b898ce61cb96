import Dispatch

/// Writes the pages' files into the staging folder one at a time, on its own
/// thread, while the workers go on rendering.
///
/// Why one thread: creating files in one folder takes the folder's lock in
/// the kernel, and on Linux a second thread creating files there spins on
/// that lock. Two threads each writing half of 10,000 files cost about twice
/// the system time of one thread writing all of them, for the same wall time.
///
/// At most `capacity` files wait at a time, so a slow disk holds back the
/// renderers instead of filling memory with finished pages.
final class BackgroundWriter: @unchecked Sendable {
    struct Failure {
        var relative: String
        var error: any Error
    }

    private let output: OutputFolder
    /// A serial queue: libdispatch gives it its own (overcommit) thread, so it
    /// runs even while every worker of `concurrentPerform` waits for a slot.
    private let queue = DispatchQueue(label: "sitegen.output-writer")
    private let slots: DispatchSemaphore
    /// Only touched on `queue`.
    private var failures: [Failure] = []

    init(output: OutputFolder, capacity: Int = 64) {
        self.output = output
        slots = DispatchSemaphore(value: max(capacity, 1))
    }

    /// Queues a file; its folder must exist by the time it is written.
    func write(_ relative: String, _ text: String) {
        slots.wait()
        queue.async { [self] in
            defer { slots.signal() }
            do {
                try output.write(relative, text)
            } catch {
                failures.append(Failure(relative: relative, error: error))
            }
        }
    }

    /// Waits until every queued file is written; the failures, in the order they happened.
    func finish() -> [Failure] {
        queue.sync { failures }
    }
}
