/// A hash table from token keys to numbers, with open addressing and a
/// multiplicative hash: the index looks up one key per token of a whole site,
/// where Dictionary's seeded SipHash costs more than everything else. A key
/// and its number share a slot, so a lookup touches one cache line.
struct KeyTable {
    private struct Slot {
        var key: UInt64
        var value: Int32
    }

    private var slots: [Slot]
    private var mask: Int
    private(set) var count = 0
    /// Never a key: TokenKey's tags and string numbers stay below it.
    private static let empty = UInt64.max

    init(capacity: Int = 1_024) {
        var size = 16
        while size < capacity * 2 { size *= 2 }
        slots = Array(repeating: Slot(key: Self.empty, value: 0), count: size)
        mask = size - 1
    }

    @inline(__always)
    static func hash(_ key: UInt64) -> Int {
        Int(truncatingIfNeeded: (key &* 0x9E37_79B9_7F4A_7C15) >> 20)
    }

    /// The key's number, or `make()`'s new number for a new key.
    @inline(__always)
    mutating func number(_ key: UInt64, make: () -> Int32) -> Int32 {
        var slot = Self.hash(key) & mask
        while true {
            let stored = slots[slot]
            if stored.key == key { return stored.value }
            if stored.key == Self.empty { break }
            slot = (slot + 1) & mask
        }
        let value = make()
        slots[slot] = Slot(key: key, value: value)
        count += 1
        if count * 2 > slots.count { grow() }
        return value
    }

    private mutating func grow() {
        let old = slots
        slots = Array(repeating: Slot(key: Self.empty, value: 0), count: old.count * 2)
        mask = slots.count - 1
        for stored in old where stored.key != Self.empty {
            var slot = Self.hash(stored.key) & mask
            while slots[slot].key != Self.empty { slot = (slot + 1) & mask }
            slots[slot] = stored
        }
    }
}
