/// A heading id as a dictionary key, compared as HTML compares ids: code
/// point by code point (UTF-8 bytes). Swift's `String` equality is canonical
/// equivalence and its hashing normalizes non-ASCII text first, which made
/// hashing the ids of Han headings a visible part of a large build.
struct HeadingIDKey: Hashable, Sendable {
    let text: String

    init(_ text: String) {
        self.text = text
    }

    static func == (lhs: HeadingIDKey, rhs: HeadingIDKey) -> Bool {
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
