import Foundation

/// Writes the pages' files into the staging folder one at a time, taken in
/// turns by the rendering workers themselves.
///
/// Why one at a time: creating files in one folder takes the folder's lock in
/// the kernel, and on Linux a second thread creating files there spins on
/// that lock. Two threads each writing half of 10,000 files cost about twice
/// the system time of one thread writing all of them, for the same wall time.
///
/// Why no writer thread: a worker that finishes a page queues it and, if no
/// other worker is writing, writes everything queued; otherwise it goes back
/// to rendering. Nobody waits and no thread is woken per file (a dedicated
/// writer thread cost two context switches per page). A worker waits only
/// when `capacity` files are queued, so a slow disk holds back rendering
/// instead of filling memory with finished pages.
final class SerialFileWriter: @unchecked Sendable {
    struct Failure {
        var relative: String
        var error: any Error
    }

    private let output: OutputFolder
    private let capacity: Int
    /// Guards `queued`.
    private let queueLock = NSLock()
    private var queued: [(relative: String, text: String)] = []
    /// Held by the one worker writing; guards `failures`.
    private let writingLock = NSLock()
    private var failures: [Failure] = []

    init(output: OutputFolder, capacity: Int = 64) {
        self.output = output
        self.capacity = max(capacity, 1)
    }

    /// Queues a file (its folder must exist by the time it is written) and
    /// writes the queue if no other worker is writing.
    func write(_ relative: String, _ text: String) {
        queueLock.lock()
        queued.append((relative, text))
        let isFull = queued.count >= capacity
        queueLock.unlock()
        if isFull {
            writingLock.lock()
        } else if !writingLock.try() {
            // Another worker is writing: it, a later `write` or `finish` writes this file.
            return
        }
        writeQueued()
        writingLock.unlock()
    }

    /// Writes what is still queued; the failures of every write.
    func finish() -> [Failure] {
        writingLock.lock()
        defer { writingLock.unlock() }
        writeQueued()
        return failures
    }

    /// Called with `writingLock` held: writes until the queue is empty. A file
    /// queued between the last look and the unlock waits for the next `write`
    /// or for `finish`, which always empties the queue.
    private func writeQueued() {
        while true {
            var batch: [(relative: String, text: String)] = []
            queueLock.lock()
            swap(&batch, &queued)
            queueLock.unlock()
            if batch.isEmpty { return }
            for file in batch {
                do {
                    try output.write(file.relative, file.text)
                } catch {
                    failures.append(Failure(relative: file.relative, error: error))
                }
            }
        }
    }
}
