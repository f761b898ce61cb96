/// A 64-bit FNV-1a digest of what an output depends on. Stable across runs
/// and machines (Swift's `Hasher` is seeded per process), so recorded
/// dependencies can be compared between builds.
public struct Fingerprint: Hashable, Sendable, CustomStringConvertible {
    public private(set) var value: UInt64 = 0xcbf2_9ce4_8422_2325

    public init() {}

    /// Stands for a dependency that does not exist (a data file not written
    /// yet), so that its appearing later counts as a change.
    public static let absent: Fingerprint = {
        var fingerprint = Fingerprint()
        fingerprint.value = 0
        return fingerprint
    }()

    public init(_ text: String) {
        combine(text)
    }

    public mutating func combine(_ bytes: some Sequence<UInt8>) {
        for byte in bytes {
            value ^= UInt64(byte)
            value = value &* 0x100_0000_01b3
        }
    }

    /// Text, followed by a separator byte no UTF-8 text holds, so
    /// ("ab", "c") and ("a", "bc") differ.
    public mutating func combine(_ text: String) {
        combine(text.utf8)
        combine(CollectionOfOne(0xFF))
    }

    public mutating func combine(_ number: Int) {
        combine(String(number))
    }

    public mutating func combine(_ other: Fingerprint) {
        withUnsafeBytes(of: other.value.littleEndian) { combine($0) }
    }

    public var description: String {
        let hex = String(value, radix: 16)
        return String(repeating: "0", count: 16 - hex.count) + hex
    }
}
