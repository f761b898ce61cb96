/// A 64-bit digest of what an output depends on. Stable across runs and
/// machines (Swift's `Hasher` is seeded per process), so recorded
/// dependencies can be compared between builds. Not cryptographic: it tells
/// an edited input from the same input, nothing more.
///
/// Bytes are mixed eight at a time (every page's whole text is digested
/// while loading, so a byte-at-a-time FNV cost 2% of a build), the tail
/// byte by byte, FNV-1a style.
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

    public mutating func combine(_ bytes: UnsafeRawBufferPointer) {
        var index = 0
        if let base = bytes.baseAddress {
            while index + 8 <= bytes.count {
                let word = UInt64(littleEndian: base.loadUnaligned(fromByteOffset: index, as: UInt64.self))
                value = (value ^ word) &* 0x100_0000_01b3
                value ^= value >> 29
                index += 8
            }
        }
        while index < bytes.count {
            value = (value ^ UInt64(bytes[index])) &* 0x100_0000_01b3
            index += 1
        }
    }

    /// Text, followed by a separator byte no UTF-8 text holds, so
    /// ("ab", "c") and ("a", "bc") differ.
    public mutating func combine(_ text: String) {
        var text = text
        text.withUTF8 { combine(UnsafeRawBufferPointer($0)) }
        value = (value ^ 0xFF) &* 0x100_0000_01b3
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
