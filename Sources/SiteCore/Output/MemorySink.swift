import Foundation

/// Keeps a build's files in memory, by relative path: for tests, which
/// compare it with a build on disk, and for the preview server, which serves
/// from it. Writing is thread-safe; `files` is the committed site.
public final class MemorySink: OutputSink, @unchecked Sendable {
    private let lock = NSLock()
    private var pending: [String: [UInt8]] = [:]
    private var failures: [OutputFailure] = []
    private var committed: [String: [UInt8]] = [:]

    public init() {}

    /// The site of the last commit.
    public var files: [String: [UInt8]] {
        lock.lock()
        defer { lock.unlock() }
        return committed
    }

    public func begin(planned: Set<String>, generatedFolders: [String]) throws(BuildFailure) {
        lock.lock()
        pending = [:]
        failures = []
        lock.unlock()
    }

    /// Starts a rebuild from the committed site (`SiteBuild.rebuild`): files
    /// not written again stay as they are, unless removed.
    public func beginUpdate() {
        lock.lock()
        pending = committed
        failures = []
        lock.unlock()
    }

    /// Takes a file out of the site being built.
    public func remove(_ path: String) {
        lock.lock()
        pending.removeValue(forKey: path)
        lock.unlock()
    }

    /// The paths of the site being built.
    var pendingPaths: [String] {
        lock.lock()
        defer { lock.unlock() }
        return Array(pending.keys)
    }

    public func write(_ path: String, _ contents: String) {
        let bytes = Array(contents.utf8)
        lock.lock()
        pending[path] = bytes
        lock.unlock()
    }

    public func copy(_ source: URL, to path: String, confinement: FileReader.Confinement) -> FileReader.LinkError? {
        do {
            let bytes = try FileReader.bytes(at: source.path, confinement: confinement)
            lock.lock()
            pending[path] = bytes
            lock.unlock()
        } catch let error as FileReader.LinkError {
            return error
        } catch {
            lock.lock()
            failures.append(.cannotWrite(path, error))
            lock.unlock()
        }
        return nil
    }

    public func finish(written: Set<String>) -> [OutputFailure] {
        lock.lock()
        defer { lock.unlock() }
        return failures
    }

    public func commit() throws(BuildFailure) {
        lock.lock()
        committed = pending
        pending = [:]
        lock.unlock()
    }

    public func discard() {
        lock.lock()
        pending = [:]
        lock.unlock()
    }
}
