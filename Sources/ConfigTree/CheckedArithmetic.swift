/// Why an exact computation could not give a result.
///
/// Callers turn it into a `ConfigError` that names the quantity or points at
/// the operator, because only they know what was being computed.
public enum ArithmeticFailure: Error, Sendable, Equatable {
    /// The exact result does not fit in a 64-bit signed integer.
    case overflow
    /// A division (or a negative power) with a zero divisor.
    case divisionByZero
}

/// Integer operations that report overflow instead of trapping or wrapping.
///
/// Every count computed from input goes through these (the parameter engine's
/// quantities, a network's parameters and shapes, a diagram's labels), so a value
/// too large for 64 bits is an error message, never a crash and never a wrong
/// number. One failure style for every module: a typed throw, which each caller
/// turns into a message naming what it was computing.
public enum Checked {
    public static func add(_ a: Int, _ b: Int) throws(ArithmeticFailure) -> Int {
        let (result, overflow) = a.addingReportingOverflow(b)
        if overflow { throw .overflow }
        return result
    }

    public static func subtract(_ a: Int, _ b: Int) throws(ArithmeticFailure) -> Int {
        let (result, overflow) = a.subtractingReportingOverflow(b)
        if overflow { throw .overflow }
        return result
    }

    public static func multiply(_ a: Int, _ b: Int) throws(ArithmeticFailure) -> Int {
        let (result, overflow) = a.multipliedReportingOverflow(by: b)
        if overflow { throw .overflow }
        return result
    }

    public static func negate(_ a: Int) throws(ArithmeticFailure) -> Int {
        try subtract(0, a)
    }

    /// The product of all factors (1 for none).
    public static func product(_ factors: [Int]) throws(ArithmeticFailure) -> Int {
        var result = 1
        for factor in factors { result = try multiply(result, factor) }
        return result
    }

    public static func product(_ factors: Int...) throws(ArithmeticFailure) -> Int {
        try product(factors)
    }

    /// The sum of all terms (0 for none).
    public static func sum(_ terms: [Int]) throws(ArithmeticFailure) -> Int {
        var result = 0
        for term in terms { result = try add(result, term) }
        return result
    }

    public static func sum(_ terms: Int...) throws(ArithmeticFailure) -> Int {
        try sum(terms)
    }

    /// Division rounding toward negative infinity (PyTorch's `div_rtn`).
    public static func floorDivide(_ numerator: Int, by divisor: Int) throws(ArithmeticFailure) -> Int {
        if divisor == 0 { throw .divisionByZero }
        if numerator == Int.min && divisor == -1 { throw .overflow }
        let quotient = numerator / divisor
        return (numerator % divisor != 0 && (numerator < 0) != (divisor < 0)) ? quotient - 1 : quotient
    }

    /// `base` to a non-negative power, by repeated squaring. The square is only
    /// computed when a later bit needs it, so 10^18 does not fail on 10^32.
    public static func power(_ base: Int, _ exponent: UInt) throws(ArithmeticFailure) -> Int {
        var result = 1
        var square = base
        var remaining = exponent
        while remaining > 0 {
            if remaining & 1 == 1 { result = try multiply(result, square) }
            remaining >>= 1
            if remaining > 0 { square = try multiply(square, square) }
        }
        return result
    }

    /// The greatest common divisor of the magnitudes (as UInt, because |Int.min| does not fit in Int).
    public static func gcd(_ a: Int, _ b: Int) -> UInt {
        var x = a.magnitude, y = b.magnitude
        while y != 0 { (x, y) = (y, x % y) }
        return x
    }
}
