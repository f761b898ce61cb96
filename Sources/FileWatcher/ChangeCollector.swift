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
/// Batches accumulate until the consumer takes them: whatever changes while
/// a rebuild runs joins the next batch. Times are passed in, so the rules
/// are tested without clocks.
struct ChangeCollector {
    var quietPeriod: Duration
    var settlePeriod: Duration

    private var pending: Set<ChangedPath> = []
    private var pendingHasEndingEvent = false
    private var lastEvent: ContinuousClock.Instant?
    private var ready: Set<ChangedPath> = []

    init(quietPeriod: Duration, settlePeriod: Duration) {
        self.quietPeriod = quietPeriod
        self.settlePeriod = settlePeriod
    }

    mutating func record(_ path: ChangedPath, endsWrite: Bool, at now: ContinuousClock.Instant) {
        pending.insert(path)
        pendingHasEndingEvent = pendingHasEndingEvent || endsWrite
        lastEvent = now
    }

    /// When the pending changes become a batch if nothing else happens; nil when none are pending.
    var deadline: ContinuousClock.Instant? {
        guard let lastEvent, !pending.isEmpty else { return nil }
        return lastEvent + (pendingHasEndingEvent ? quietPeriod : settlePeriod)
    }

    /// Moves the pending changes to the ready batch when their deadline has
    /// passed; true when the ready batch grew.
    mutating func settle(at now: ContinuousClock.Instant) -> Bool {
        guard let deadline, now >= deadline else { return false }
        ready.formUnion(pending)
        pending.removeAll()
        pendingHasEndingEvent = false
        lastEvent = nil
        return true
    }

    /// Moves every pending change to the ready batch at once (a polling scan
    /// is its own quiet period).
    mutating func settleNow() -> Bool {
        guard !pending.isEmpty else { return false }
        ready.formUnion(pending)
        pending.removeAll()
        pendingHasEndingEvent = false
        lastEvent = nil
        return true
    }

    /// The ready batch, sorted, and an empty one in its place.
    mutating func takeReady() -> [ChangedPath] {
        defer { ready.removeAll() }
        return ready.sorted()
    }
}
