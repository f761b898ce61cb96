/// Drops repeated keys from one section's list without sorting it: a table
/// stamped with the section's number, so it is never cleared.
struct KeyDeduplicator {
    private var keys = [UInt64](repeating: 0, count: 4_096)
    private var stamps = [UInt32](repeating: 0, count: 4_096)
    private var stamp: UInt32 = 0

    mutating func unique(_ list: inout [UInt64]) {
        guard list.count > 1 else { return }
        guard list.count * 2 <= keys.count else {
            list = Array(Set(list))
            return
        }
        stamp &+= 1
        if stamp == 0 {
            stamps = [UInt32](repeating: 0, count: stamps.count)
            stamp = 1
        }
        let mask = keys.count - 1
        var kept = 0
        for index in list.indices {
            let key = list[index]
            var slot = KeyTable.hash(key) & mask
            var seen = false
            while stamps[slot] == stamp {
                if keys[slot] == key { seen = true; break }
                slot = (slot + 1) & mask
            }
            if seen { continue }
            stamps[slot] = stamp
            keys[slot] = key
            list[kept] = key
            kept += 1
        }
        list.removeSubrange(kept...)
    }
}
