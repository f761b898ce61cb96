/// Integer arithmetic that reports overflow as nil instead of trapping: every
/// count here comes from input, and an overflow must become an error naming the
/// quantity, never a crash.
enum CheckedArithmetic {
    static func sum(_ values: Int...) -> Int? {
        sum(values)
    }

    static func sum(_ values: [Int]) -> Int? {
        var total = 0
        for value in values {
            let (result, overflow) = total.addingReportingOverflow(value)
            if overflow { return nil }
            total = result
        }
        return total
    }

    static func product(_ values: Int...) -> Int? {
        var total = 1
        for value in values {
            let (result, overflow) = total.multipliedReportingOverflow(by: value)
            if overflow { return nil }
            total = result
        }
        return total
    }

    /// Division rounding toward negative infinity (PyTorch's `div_rtn`), for a
    /// positive divisor.
    static func floorDivide(_ numerator: Int, by divisor: Int) -> Int {
        let quotient = numerator / divisor
        return (numerator % divisor != 0 && numerator < 0) ? quotient - 1 : quotient
    }
}
