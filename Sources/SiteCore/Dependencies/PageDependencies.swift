/// What a rendered page's output depended on, each with its fingerprint at
/// the time it rendered. The page must render again exactly when one of them
/// now has another fingerprint, or no longer exists.
public struct PageDependencies: Sendable, Equatable {
    public var fingerprints: [DependencyKey: Fingerprint]

    public init(fingerprints: [DependencyKey: Fingerprint] = [:]) {
        self.fingerprints = fingerprints
    }

    /// The first dependency that changed (for messages), or nil when none did.
    public func firstChange(in current: some DependencyFingerprints) -> DependencyKey? {
        for (key, recorded) in fingerprints.sorted(by: { $0.key.description < $1.key.description }) where (current.fingerprint(of: key) ?? .absent) != recorded {
            return key
        }
        return nil
    }
}

/// Where the current fingerprint of any dependency can be looked up: a plan.
public protocol DependencyFingerprints {
    func fingerprint(of key: DependencyKey) -> Fingerprint?
}
