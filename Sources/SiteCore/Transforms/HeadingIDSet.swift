/// A set of heading ids, compared as HTML compares ids: code point by code
/// point. Swift's `String` equality is canonical equivalence (`é` equals
/// `e` + U+0301), which would let a link pass the check that no browser
/// follows; and its hashing normalizes non-ASCII text first, which made
/// hashing the ids of Han headings a visible part of a large build.
public struct HeadingIDSet: Sendable {
    private var keys: Set<Key> = []

    public init() {}

    public init<S: Sequence>(_ ids: S) where S.Element == String {
        keys = Set(ids.map(Key.init))
    }

    public func contains(_ id: String) -> Bool {
        keys.contains(Key(id))
    }

    /// Adds the id; false when it was there already.
    @discardableResult
    public mutating func insert(_ id: String) -> Bool {
        keys.insert(Key(id)).inserted
    }

    public var count: Int { keys.count }

    /// The ids in order, for messages.
    public var sorted: [String] { keys.map(\.text).sorted() }

    /// Equal and hashed by UTF-8 bytes.
    private struct Key: Hashable, Sendable {
        let text: String

        init(_ text: String) {
            self.text = text
        }

        static func == (lhs: Key, rhs: Key) -> Bool {
            lhs.text.utf8.elementsEqual(rhs.text.utf8)
        }

        func hash(into hasher: inout Hasher) {
            let done: Void? = text.utf8.withContiguousStorageIfAvailable { bytes in
                hasher.combine(bytes: UnsafeRawBufferPointer(bytes))
            }
            if done == nil {
                for byte in text.utf8 { hasher.combine(byte) }
            }
            // The length ends the key, so "ab" + "c" and "a" + "bc" stay apart in tuples.
            hasher.combine(text.utf8.count)
        }
    }
}
