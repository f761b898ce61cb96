/// A set of heading ids, compared as HTML compares ids: code point by code
/// point (see `HeadingIDKey`). Swift's `String` equality is canonical
/// equivalence (`é` equals `e` + U+0301), which would let a link pass the
/// check that no browser follows.
public struct HeadingIDSet: Sendable {
    private var keys: Set<HeadingIDKey> = []

    public init() {}

    public init<S: Sequence>(_ ids: S) where S.Element == String {
        keys = Set(ids.map(HeadingIDKey.init))
    }

    public func contains(_ id: String) -> Bool {
        keys.contains(HeadingIDKey(id))
    }

    /// Adds the id; false when it was there already.
    @discardableResult
    public mutating func insert(_ id: String) -> Bool {
        keys.insert(HeadingIDKey(id)).inserted
    }

    public var count: Int { keys.count }

    /// The ids in order, for messages.
    public var sorted: [String] { keys.map(\.text).sorted() }
}
