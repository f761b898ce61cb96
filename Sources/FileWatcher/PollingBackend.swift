/// Compares a scan of every watched folder (modification time and size of
/// each file) with the previous one, every `interval`: for file systems
/// without change events (WSL's /mnt, network and container shares) and for
/// systems with no native backend here.
final class PollingBackend: @unchecked Sendable {
    private let folders: [WatchedFolder]
    private let interval: Duration
    private let collector: Locked<ChangeCollector>
    private let onReady: @Sendable () -> Void
    private let wake: WakePipe
    private let stopped = Locked(false)
    /// Touched only by the watcher thread after `init`.
    private var previous: [[String: FileStamp]]

    /// Takes the first scan now, so a change after `init` returns is seen.
    init(folders: [WatchedFolder], interval: Duration, collector: Locked<ChangeCollector>, onReady: @escaping @Sendable () -> Void) throws(FileWatcherError) {
        self.folders = folders
        self.interval = interval
        self.collector = collector
        self.onReady = onReady
        self.wake = try WakePipe()
        previous = folders.map { FolderScan(root: $0.path).files }
    }

    func stop() {
        stopped.withLock { $0 = true }
        wake.wake()
    }

    func run() {
        let clock = ContinuousClock()
        while !stopped.withLock({ $0 }) {
            let (_, woken) = waitForEvents(nil, wake: wake, timeout: interval)
            if woken { continue }
            let now = clock.now
            var current: [[String: FileStamp]] = []
            var changes: [ChangedPath] = []
            for (index, folder) in folders.enumerated() {
                let files = FolderScan(root: folder.path).files
                for (path, stamp) in files where previous[index][path] != stamp {
                    changes.append(ChangedPath(folder.root, path))
                }
                for path in previous[index].keys where files[path] == nil {
                    changes.append(ChangedPath(folder.root, path))
                }
                current.append(files)
            }
            previous = current
            guard !changes.isEmpty else { continue }
            let settled = collector.withLock { collector in
                for change in changes { collector.record(change, endsWrite: true, at: now) }
                return collector.settleNow()
            }
            if settled { onReady() }
        }
    }
}
