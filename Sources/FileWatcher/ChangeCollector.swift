/// Decides when changed paths form a batch, from the events and their times.
///
/// A save ends with the event that ends a write: the file closed after
/// writing, or renamed into place (editors' atomic saves). A batch starts
/// once `quietPeriod` passed with no further event after such an event, so
/// the several events of one save (Vim: rename to `name~`, create, write,
/// close, delete the backup) make one batch. Changes with no ending event
/// (a deletion, a file still being written, a symbolic link) start a batch
/// only after the longer `settlePeriod`, so a save that deletes first and
/// writes afterwards is not reported as a deletion on its own.
///
/// A file that appeared and went again within one batch (a tool's temporary
/// file under a name no rule ignores, such as GNU sed's `sedXXXXXX`) changed
/// nothing, and is dropped when the batch settles.
///
/// Batches accumulate until the consumer takes them: whatever changes while
/// a rebuild runs joins the next batch. Times are passed in, so the rules
/// are tested without clocks.
struct ChangeCollector {
    var quietPeriod: Duration
    var settlePeriod: Duration

    private var pending: Set<ChangedPath> = []
    /// Pending paths whose first event in this batch made them appear (created or moved in).
    private var appearedWhilePending: Set<ChangedPath> = []
    private var pendingHasEndingEvent = false
    private var lastEvent: ContinuousClock.Instant?
    private var ready: Set<ChangedPath> = []

    init(quietPeriod: Duration, settlePeriod: Duration) {
        self.quietPeriod = quietPeriod
        self.settlePeriod = settlePeriod
    }

    /// - Parameter appeared: the event created the path or moved it in.
    mutating func record(_ path: ChangedPath, endsWrite: Bool, appeared: Bool = false, at now: ContinuousClock.Instant) {
        if pending.insert(path).inserted, appeared { appearedWhilePending.insert(path) }
        pendingHasEndingEvent = pendingHasEndingEvent || endsWrite
        lastEvent = now
    }

    /// When the pending changes become a batch if nothing else happens; nil when none are pending.
    var deadline: ContinuousClock.Instant? {
        guard let lastEvent, !pending.isEmpty else { return nil }
        return lastEvent + (pendingHasEndingEvent ? quietPeriod : settlePeriod)
    }

    /// Moves the pending changes to the ready batch when their deadline has
    /// passed; true when changes settled. `exists` tells whether a path
    /// that appeared in this batch is still there.
    mutating func settle(at now: ContinuousClock.Instant, exists: (ChangedPath) -> Bool = { _ in true }) -> Bool {
        guard let deadline, now >= deadline else { return false }
        for path in appearedWhilePending where !exists(path) { pending.remove(path) }
        let settled = !pending.isEmpty
        ready.formUnion(pending)
        clearPending()
        return settled
    }

    private mutating func clearPending() {
        pending.removeAll()
        appearedWhilePending.removeAll()
        pendingHasEndingEvent = false
        lastEvent = nil
    }

    /// Moves every pending change to the ready batch at once (a polling scan
    /// is its own quiet period).
    mutating func settleNow() -> Bool {
        guard !pending.isEmpty else { return false }
        ready.formUnion(pending)
        clearPending()
        return true
    }

    /// The ready batch, sorted, and an empty one in its place.
    mutating func takeReady() -> [ChangedPath] {
        defer { ready.removeAll() }
        return ready.sorted()
    }
}
