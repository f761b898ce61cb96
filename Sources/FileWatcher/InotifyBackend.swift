#if os(Linux)
import Glibc

/// Linux: one inotify watch per folder under each watched root, added as
/// folders appear. Runs on its own thread: `run()` returns after `stop()`.
final class InotifyBackend: @unchecked Sendable {
    private let folders: [WatchedFolder]
    private let collector: Locked<ChangeCollector>
    private let onReady: @Sendable () -> Void
    private let wake: WakePipe
    private let descriptor: Int32
    /// Touched only by the watcher thread after `init`.
    private var watches: [Int32: (root: Int, path: String)] = [:]
    private let stopped = Locked(false)

    private static let folderMask = UInt32(IN_CLOSE_WRITE) | UInt32(IN_MOVED_TO) | UInt32(IN_MOVED_FROM) | UInt32(IN_CREATE)
        | UInt32(IN_DELETE) | UInt32(IN_MODIFY) | UInt32(IN_DELETE_SELF) | UInt32(IN_MOVE_SELF) | UInt32(IN_ONLYDIR)

    /// Watches every folder now, so no change after `init` returns is missed.
    init(folders: [WatchedFolder], collector: Locked<ChangeCollector>, onReady: @escaping @Sendable () -> Void) throws(FileWatcherError) {
        self.folders = folders
        self.collector = collector
        self.onReady = onReady
        self.wake = try WakePipe()
        descriptor = inotify_init1(Int32(IN_CLOEXEC) | Int32(IN_NONBLOCK))
        guard descriptor >= 0 else { throw .system("inotify_init1", errno) }
        for index in folders.indices {
            guard addWatch(root: index, relative: "") else {
                let code = errno
                close(descriptor)
                throw .cannotWatch(path: folders[index].path, errno: code)
            }
            for folder in FolderScan(root: folders[index].path).folders {
                _ = addWatch(root: index, relative: folder)
            }
        }
    }

    deinit { close(descriptor) }

    func stop() {
        stopped.withLock { $0 = true }
        wake.wake()
    }

    /// Reads events until stopped; settles batches at their deadlines.
    func run() {
        var buffer = [UInt8](repeating: 0, count: 64 * 1024)
        let clock = ContinuousClock()
        while !stopped.withLock({ $0 }) {
            let deadline = collector.withLock { $0.deadline }
            let timeout = deadline.map { max(.zero, $0 - clock.now) }
            let (readable, woken) = waitForEvents(descriptor, wake: wake, timeout: timeout)
            if woken { continue }
            if readable { readEvents(into: &buffer, at: clock.now) }
            let settled = collector.withLock { $0.settle(at: clock.now, exists: exists) }
            if settled { onReady() }
        }
    }

    private func exists(_ path: ChangedPath) -> Bool {
        guard let root = folders.firstIndex(where: { $0.root == path.root }) else { return true }
        var info = stat()
        return lstat(absolutePath(root: root, relative: path.path), &info) == 0
    }

    private func absolutePath(root: Int, relative: String) -> String {
        relative.isEmpty ? folders[root].path : folders[root].path + "/" + relative
    }

    @discardableResult
    private func addWatch(root: Int, relative: String) -> Bool {
        let wd = inotify_add_watch(descriptor, absolutePath(root: root, relative: relative), Self.folderMask)
        guard wd >= 0 else { return false }
        watches[wd] = (root, relative)
        return true
    }

    private func readEvents(into buffer: inout [UInt8], at now: ContinuousClock.Instant) {
        while true {
            let count = buffer.withUnsafeMutableBytes { read(descriptor, $0.baseAddress, $0.count) }
            guard count > 0 else { return }
            var offset = 0
            // struct inotify_event: int wd; uint32_t mask, cookie, len; char name[len] (NUL-padded).
            while offset + 16 <= count {
                let (wd, mask, length) = buffer.withUnsafeBytes { raw in
                    (raw.loadUnaligned(fromByteOffset: offset, as: Int32.self),
                     raw.loadUnaligned(fromByteOffset: offset + 4, as: UInt32.self),
                     Int(raw.loadUnaligned(fromByteOffset: offset + 12, as: UInt32.self)))
                }
                let nameBytes = buffer[(offset + 16)..<(offset + 16 + length)]
                let name = String(decoding: nameBytes.prefix { $0 != 0 }, as: UTF8.self)
                handle(wd: wd, mask: mask, name: name, at: now)
                offset += 16 + length
            }
        }
    }

    private func handle(wd: Int32, mask: UInt32, name: String, at now: ContinuousClock.Instant) {
        func has(_ flag: Int32) -> Bool { mask & UInt32(flag) != 0 }
        if has(IN_Q_OVERFLOW) {
            // Events were lost: only a full rebuild is safe. Rescan for new folders too.
            for index in folders.indices {
                for folder in FolderScan(root: folders[index].path).folders where !watches.values.contains(where: { $0 == (index, folder) }) {
                    addWatch(root: index, relative: folder)
                }
                record(ChangedPath(folders[index].root, ""), endsWrite: true, at: now)
            }
            return
        }
        guard let (root, folder) = watches[wd] else { return }
        if has(IN_IGNORED) {
            watches[wd] = nil
            return
        }
        if name.isEmpty {
            // The watched folder itself was deleted or moved: for a root, everything changed.
            if folder.isEmpty, has(IN_DELETE_SELF) || has(IN_MOVE_SELF) {
                record(ChangedPath(folders[root].root, ""), endsWrite: true, at: now)
            }
            return
        }
        if EditorFiles.isIgnored(name) { return }
        let relative = folder.isEmpty ? name : folder + "/" + name
        let changed = ChangedPath(folders[root].root, relative)

        if has(IN_ISDIR) {
            if has(IN_CREATE) || has(IN_MOVED_TO) {
                // Files may already be inside (mkdir -p then write, or a folder moved in):
                // watch the new folders and report what they hold.
                addWatch(root: root, relative: relative)
                let scan = FolderScan(root: absolutePath(root: root, relative: relative), prefix: relative)
                for sub in scan.folders { addWatch(root: root, relative: sub) }
                for file in scan.files.keys { record(ChangedPath(folders[root].root, file), endsWrite: true, at: now) }
            } else if has(IN_MOVED_FROM) || has(IN_DELETE) {
                // Its watches now describe a path that is gone; a folder moved back in is watched anew.
                for (descriptorID, entry) in watches where entry.root == root && (entry.path == relative || entry.path.hasPrefix(relative + "/")) {
                    inotify_rm_watch(descriptor, descriptorID)
                    watches[descriptorID] = nil
                }
                record(changed, endsWrite: false, at: now)
            }
            return
        }
        if has(IN_CLOSE_WRITE) || has(IN_MOVED_TO) {
            record(changed, endsWrite: true, appeared: has(IN_MOVED_TO), at: now)
        } else if has(IN_CREATE) || has(IN_MODIFY) || has(IN_DELETE) || has(IN_MOVED_FROM) {
            record(changed, endsWrite: false, appeared: has(IN_CREATE), at: now)
        }
    }

    private func record(_ path: ChangedPath, endsWrite: Bool, appeared: Bool = false, at now: ContinuousClock.Instant) {
        collector.withLock { $0.record(path, endsWrite: endsWrite, appeared: appeared, at: now) }
    }
}
#endif
