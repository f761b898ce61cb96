import Foundation

/// Holds the snapshot the server answers from and swaps it in one step, so
/// a request sees the old site or the new one, never a mix. Also remembers
/// which paths changed in recent generations, so a reload client that
/// reconnects learns what it missed.
public final class SnapshotStore: @unchecked Sendable {
    private let lock = NSLock()
    private var snapshot: SiteSnapshot
    /// The site paths changed by each recent generation, oldest first.
    private var history: [(generation: Int, changed: Set<String>)] = []
    private var subscribers: [Int: AsyncStream<ReloadMessage>.Continuation] = [:]
    /// False until the first snapshot: the server listens from the start
    /// (so a busy port is reported at once) and requests wait for it.
    private var hasSnapshot: Bool
    private var waitingForFirstSnapshot: [CheckedContinuation<Void, Never>] = []
    private var nextSubscriber = 0
    private var closed = false

    /// Identifies this run of the server: a client whose page came from
    /// another run reloads, since anything may have changed in between.
    public let serverID: String

    /// How many generations of changed paths are kept for clients that reconnect.
    static let historyLimit = 64

    /// - Parameter snapshot: the first snapshot, or nil when the first build
    ///   is still to come (requests wait for its `publish`).
    public init(_ snapshot: SiteSnapshot? = nil, serverID: String = String(UInt64.random(in: 1...UInt64.max), radix: 36)) {
        self.snapshot = snapshot ?? .empty
        self.hasSnapshot = snapshot != nil
        self.serverID = serverID
    }

    /// Returns once there is a snapshot to serve.
    func waitForFirstSnapshot() async {
        if isReady { return }
        await withCheckedContinuation { continuation in
            if !waitForFirstSnapshot(continuation) { continuation.resume() }
        }
    }

    private var isReady: Bool {
        lock.lock()
        defer { lock.unlock() }
        return hasSnapshot
    }

    /// Keeps `continuation` for the first `publish`; false when there is a snapshot already.
    private func waitForFirstSnapshot(_ continuation: CheckedContinuation<Void, Never>) -> Bool {
        lock.lock()
        defer { lock.unlock() }
        if hasSnapshot { return false }
        waitingForFirstSnapshot.append(continuation)
        return true
    }

    public var current: SiteSnapshot {
        lock.lock()
        defer { lock.unlock() }
        return snapshot
    }

    /// Swaps in `snapshot` and tells every reload client which site paths
    /// changed (`changed` is empty when only the errors changed).
    public func publish(_ snapshot: SiteSnapshot, changed: [String]) {
        lock.lock()
        self.snapshot = snapshot
        hasSnapshot = true
        let waiting = waitingForFirstSnapshot
        waitingForFirstSnapshot.removeAll()
        history.append((snapshot.generation, Set(changed)))
        if history.count > Self.historyLimit { history.removeFirst(history.count - Self.historyLimit) }
        let event = ReloadEvent(server: serverID, generation: snapshot.generation, changed: changed.sorted(), errors: snapshot.errors, reloadAll: false)
        let listeners = Array(subscribers.values)
        lock.unlock()
        for continuation in waiting { continuation.resume() }
        for listener in listeners { listener.yield(.event(event)) }
    }

    /// A stream of reload events for one client whose page was served at
    /// `generation` by the server `server`; it starts with what the client
    /// missed, if anything. Ends when the store closes.
    func subscribe(server: String?, generation: Int?) -> AsyncStream<ReloadMessage> {
        let (stream, continuation) = AsyncStream<ReloadMessage>.makeStream(bufferingPolicy: .unbounded)
        lock.lock()
        defer { lock.unlock() }
        if closed {
            continuation.finish()
            return stream
        }
        if let missed = missedEvent(server: server, generation: generation) { continuation.yield(.event(missed)) }
        let id = nextSubscriber
        nextSubscriber += 1
        subscribers[id] = continuation
        continuation.onTermination = { [weak self] _ in self?.unsubscribe(id) }
        return stream
    }

    private func unsubscribe(_ id: Int) {
        lock.lock()
        subscribers[id] = nil
        lock.unlock()
    }

    /// Called with the lock held.
    private func missedEvent(server: String?, generation: Int?) -> ReloadEvent? {
        let current = snapshot.generation
        guard let server, let generation, server == serverID, generation <= current else {
            return ReloadEvent(server: serverID, generation: current, changed: [], errors: snapshot.errors, reloadAll: true)
        }
        if generation == current { return nil }
        let missed = history.filter { $0.generation > generation }
        // Generations older than the history are unknown: reload to be safe.
        guard let oldest = missed.first, oldest.generation == generation + 1 else {
            return ReloadEvent(server: serverID, generation: current, changed: [], errors: snapshot.errors, reloadAll: true)
        }
        let changed = missed.reduce(into: Set<String>()) { $0.formUnion($1.changed) }
        return ReloadEvent(server: serverID, generation: current, changed: changed.sorted(), errors: snapshot.errors, reloadAll: false)
    }

    /// Sends a comment to every client, so connections whose client went away are noticed and closed.
    func heartbeat() {
        lock.lock()
        let listeners = Array(subscribers.values)
        lock.unlock()
        for listener in listeners { listener.yield(.heartbeat) }
    }

    /// Ends every client's stream (the server is stopping) and refuses new ones.
    func close() {
        lock.lock()
        closed = true
        let listeners = Array(subscribers.values)
        subscribers.removeAll()
        lock.unlock()
        for listener in listeners { listener.finish() }
    }

    var subscriberCount: Int {
        lock.lock()
        defer { lock.unlock() }
        return subscribers.count
    }
}
