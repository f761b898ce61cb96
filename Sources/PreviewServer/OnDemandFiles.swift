import Foundation

/// Files of a snapshot that are made only when a request first asks for one
/// of them (the search index, which pages fetch as the reader types), once,
/// off the concurrency pool; requests meanwhile wait for the same making.
/// Each build brings its own: the files always belong to their snapshot's pages.
public final class OnDemandFiles: @unchecked Sendable {
    /// Folders (ending in `/`) and files the made files lie in.
    public let paths: [String]
    private let lock = NSLock()
    private var make: (@Sendable () -> [String: [UInt8]])?
    private var made: [String: [UInt8]]?
    private var waiting: [CheckedContinuation<[String: [UInt8]], Never>] = []

    public init(paths: [String], make: @escaping @Sendable () -> [String: [UInt8]]) {
        self.paths = paths
        self.make = make
    }

    /// Whether a site path is one of these files' (made or not).
    func covers(_ path: String) -> Bool {
        paths.contains { $0.hasSuffix("/") ? path.hasPrefix($0) : path == $0 }
    }

    /// Whether they have been made (for tests).
    var isMade: Bool {
        lock.lock()
        defer { lock.unlock() }
        return made != nil
    }

    /// The paths of the files, once made; nil before.
    var madePaths: [String]? {
        lock.lock()
        defer { lock.unlock() }
        return made.map { Array($0.keys) }
    }

    /// The files, made by the first call.
    func files() async -> [String: [UInt8]] {
        await withCheckedContinuation { continuation in
            lock.lock()
            if let made {
                lock.unlock()
                continuation.resume(returning: made)
                return
            }
            waiting.append(continuation)
            let make = self.make
            self.make = nil
            lock.unlock()
            // The first caller starts the making; later ones only wait.
            guard let make else { return }
            DispatchQueue.global().async {
                let files = make()
                self.lock.lock()
                self.made = files
                let waiting = self.waiting
                self.waiting.removeAll()
                self.lock.unlock()
                for continuation in waiting { continuation.resume(returning: files) }
            }
        }
    }
}
