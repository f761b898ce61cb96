/// Products of toy sizes for labels. The spec's limits keep them tiny; the
/// check is there so that no value, however it was built, can trap.
enum CheckedCount {
    static func product(_ factors: Int...) -> Int {
        var result = 1
        for factor in factors {
            let (next, overflow) = result.multipliedReportingOverflow(by: factor)
            if overflow { return Int.max }
            result = next
        }
        return result
    }

    static func power(_ base: Int, _ exponent: Int) -> Int {
        product(base, exponent: exponent)
    }

    private static func product(_ base: Int, exponent: Int) -> Int {
        var result = 1
        for _ in 0..<Swift.max(0, exponent) {
            result = product(result, base)
        }
        return result
    }
}
