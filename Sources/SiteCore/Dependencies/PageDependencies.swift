/// What a rendered page's output depended on, each with its fingerprint at
/// the time it rendered. The page must render again exactly when one of them
/// now has another fingerprint, or no longer exists.
///
/// A page has a handful of dependencies, each recorded once: a short array
/// costs no hashing, where a dictionary per page hashed every key twice.
public struct PageDependencies: Sendable, Equatable {
    public struct Entry: Sendable, Equatable {
        public var key: DependencyKey
        public var fingerprint: Fingerprint
    }

    /// In the order they were first recorded.
    public var entries: [Entry]

    public init(entries: [Entry] = []) {
        self.entries = entries
    }

    public var keys: [DependencyKey] { entries.map(\.key) }

    /// The first dependency that changed (for messages), or nil when none did.
    public func firstChange(in current: some DependencyFingerprints) -> DependencyKey? {
        entries.first { (current.fingerprint(of: $0.key) ?? .absent) != $0.fingerprint }?.key
    }
}

/// Where the current fingerprint of any dependency can be looked up: a plan.
public protocol DependencyFingerprints {
    func fingerprint(of key: DependencyKey) -> Fingerprint?
}
