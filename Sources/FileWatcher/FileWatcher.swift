import Foundation

/// Watches folders recursively and delivers batches of changed paths.
///
/// Linux uses inotify (folders created later are watched too); `.polling`
/// compares scans instead, and is what other systems get for now. One save
/// in an editor is one batch (see `ChangeCollector`), and a batch holds
/// everything that changed since the consumer took the last one, so
/// changes made while a rebuild runs coalesce into the next batch.
public final class FileWatcher: Sendable {
    public enum Method: Sendable, Equatable {
        /// inotify on Linux; polling every 500 ms elsewhere.
        case native
        /// Scan every folder every `interval`, comparing modification times and sizes.
        case polling(interval: Duration)
    }

    /// Batches of changed paths, sorted, in the order they settled. A single
    /// consumer iterates it; it ends when the watcher stops.
    public let batches: ChangeBatches

    private let backend: any WatchBackend
    private let doorbell: AsyncStream<Void>.Continuation

    /// Starts watching before it returns.
    /// - Parameters:
    ///   - quietPeriod: how long after a write ends (close after writing,
    ///     rename into place) no further event may arrive before the batch starts.
    ///   - settlePeriod: the same for changes that end no write (deletions, a
    ///     file still open for writing).
    public init(folders: [WatchedFolder], method: Method = .native,
                quietPeriod: Duration = .milliseconds(15), settlePeriod: Duration = .milliseconds(100)) throws(FileWatcherError) {
        for folder in folders {
            var isFolder: ObjCBool = false
            guard FileManager.default.fileExists(atPath: folder.path, isDirectory: &isFolder) else {
                throw .cannotWatch(path: folder.path, errno: ENOENT)
            }
            guard isFolder.boolValue else { throw .cannotWatch(path: folder.path, errno: ENOTDIR) }
        }
        let collector = Locked(ChangeCollector(quietPeriod: quietPeriod, settlePeriod: settlePeriod))
        let (stream, doorbell) = AsyncStream<Void>.makeStream(bufferingPolicy: .bufferingNewest(1))
        let ring: @Sendable () -> Void = { doorbell.yield() }
        switch method {
        case .native:
            #if os(Linux)
            backend = try InotifyBackend(folders: folders, collector: collector, onReady: ring)
            #else
            backend = try PollingBackend(folders: folders, interval: .milliseconds(500), collector: collector, onReady: ring)
            #endif
        case .polling(let interval):
            backend = try PollingBackend(folders: folders, interval: interval, collector: collector, onReady: ring)
        }
        self.doorbell = doorbell
        batches = ChangeBatches(doorbell: stream, collector: collector)
        let backend = self.backend
        let thread = Thread { backend.run() }
        thread.name = "sitegen file watcher"
        thread.start()
    }

    /// Stops the watching thread and ends `batches`.
    public func stop() {
        backend.stop()
        doorbell.finish()
    }

    deinit { stop() }
}

/// The watcher thread's side of a backend.
protocol WatchBackend: Sendable {
    func run()
    func stop()
}

#if os(Linux)
extension InotifyBackend: WatchBackend {}
#endif
extension PollingBackend: WatchBackend {}

/// The batches of a `FileWatcher`: each element is everything that settled
/// since the previous one was taken.
public struct ChangeBatches: AsyncSequence, Sendable {
    public typealias Element = [ChangedPath]

    let doorbell: AsyncStream<Void>
    let collector: Locked<ChangeCollector>

    public struct AsyncIterator: AsyncIteratorProtocol {
        var doorbell: AsyncStream<Void>.AsyncIterator
        let collector: Locked<ChangeCollector>

        public mutating func next() async -> [ChangedPath]? {
            while await doorbell.next() != nil {
                let batch = collector.withLock { $0.takeReady() }
                if !batch.isEmpty { return batch }
            }
            return nil
        }
    }

    public func makeAsyncIterator() -> AsyncIterator {
        AsyncIterator(doorbell: doorbell.makeAsyncIterator(), collector: collector)
    }
}
