import ConfigTree

/// An exact fraction of 64-bit integers: what an expression evaluates to.
///
/// Always reduced, with a positive denominator, so equal values compare equal
/// field by field. Every operation is checked: a result that does not fit is an
/// error for the caller to report, never a wrapped value.
public struct Rational: Sendable, Hashable, Comparable, CustomStringConvertible {
    public let numerator: Int
    public let denominator: Int

    /// A whole number.
    public init(_ integer: Int) {
        numerator = integer
        denominator = 1
    }

    /// The reduced fraction, or nil when the denominator is zero or the value
    /// cannot be represented.
    public init?(numerator: Int, denominator: Int) {
        guard let value = try? Rational.reduced(numerator, denominator) else { return nil }
        self = value
    }

    private init(uncheckedNumerator numerator: Int, denominator: Int) {
        self.numerator = numerator
        self.denominator = denominator
    }

    /// Reduces `numerator / denominator`, moving the sign to the numerator.
    static func reduced(_ numerator: Int, _ denominator: Int) throws(ArithmeticFailure) -> Rational {
        if denominator == 0 { throw .divisionByZero }
        if numerator == 0 { return Rational(0) }
        // Work on magnitudes (|Int.min| does not fit in Int); the divisor is at least 1.
        let divisor = Checked.gcd(numerator, denominator)
        let top = numerator.magnitude / divisor
        let bottom = denominator.magnitude / divisor
        guard bottom <= Int.max.magnitude else { throw .overflow }
        let negative = (numerator < 0) != (denominator < 0)
        let signedTop: Int
        if negative {
            guard top <= Int.min.magnitude else { throw .overflow }
            signedTop = top == Int.min.magnitude ? .min : -Int(top)
        } else {
            guard top <= Int.max.magnitude else { throw .overflow }
            signedTop = Int(top)
        }
        return Rational(uncheckedNumerator: signedTop, denominator: Int(bottom))
    }

    public var isInteger: Bool { denominator == 1 }

    /// The value as an integer, or nil when it is not whole.
    public var integerValue: Int? { isInteger ? numerator : nil }

    /// `p` for integers, `p/q` otherwise.
    public var description: String { isInteger ? "\(numerator)" : "\(numerator)/\(denominator)" }

    public static func < (lhs: Rational, rhs: Rational) -> Bool {
        // a/b < c/d  ⇔  a·d < c·b (denominators are positive); full width, so no overflow.
        let left = lhs.numerator.multipliedFullWidth(by: rhs.denominator)
        let right = rhs.numerator.multipliedFullWidth(by: lhs.denominator)
        return (left.high, left.low) < (right.high, right.low)
    }

    // MARK: Exact arithmetic

    func adding(_ other: Rational) throws(ArithmeticFailure) -> Rational {
        // Over the least common denominator, to keep intermediate values small.
        let common = Int(Checked.gcd(denominator, other.denominator))
        let leftScale = other.denominator / common
        let rightScale = denominator / common
        let top = try Checked.add(
            try Checked.multiply(numerator, leftScale),
            try Checked.multiply(other.numerator, rightScale))
        let bottom = try Checked.multiply(denominator, leftScale)
        return try Rational.reduced(top, bottom)
    }

    func negated() throws(ArithmeticFailure) -> Rational {
        Rational(uncheckedNumerator: try Checked.negate(numerator), denominator: denominator)
    }

    func subtracting(_ other: Rational) throws(ArithmeticFailure) -> Rational {
        try adding(try other.negated())
    }

    func multiplied(by other: Rational) throws(ArithmeticFailure) -> Rational {
        // Cancel across before multiplying, so results that fit are found.
        // Each gcd divides a positive denominator, so it is between 1 and Int.max.
        let first = Int(Checked.gcd(numerator, other.denominator))
        let second = Int(Checked.gcd(other.numerator, denominator))
        let top = try Checked.multiply(numerator / first, other.numerator / second)
        let bottom = try Checked.multiply(denominator / second, other.denominator / first)
        return try Rational.reduced(top, bottom)
    }

    func reciprocal() throws(ArithmeticFailure) -> Rational {
        try Rational.reduced(denominator, numerator)
    }

    func divided(by other: Rational) throws(ArithmeticFailure) -> Rational {
        if other.numerator == 0 { throw .divisionByZero }
        return try multiplied(by: other.reciprocal())
    }

    /// The value to an integer power; a negative power is the reciprocal's power.
    func raised(to exponent: Int) throws(ArithmeticFailure) -> Rational {
        let base = exponent < 0 ? try reciprocal() : self
        let magnitude = exponent.magnitude
        // Numerator and denominator are coprime, so their powers are too: no reduction needed.
        let top = try Checked.power(base.numerator, magnitude)
        let bottom = try Checked.power(base.denominator, magnitude)
        return try Rational.reduced(top, bottom)
    }

    // MARK: Powers of ten

    /// n when the value is exactly 10^n (n may be negative: 1/1000 is 10^-3), else nil.
    public var powerOfTenExponent: Int? {
        if numerator == 1 { return Rational.exponentOfTen(denominator).map { -$0 } }
        if denominator == 1 { return Rational.exponentOfTen(numerator) }
        return nil
    }

    /// n when `value` is exactly 10^n with n ≥ 0.
    private static func exponentOfTen(_ value: Int) -> Int? {
        guard value > 0 else { return nil }
        var rest = value, exponent = 0
        while rest % 10 == 0 { rest /= 10; exponent += 1 }
        return rest == 1 ? exponent : nil
    }
}

extension Rational {
    // The denominator is positive and the value reduced, so a fraction's
    // quotient is at most Int.max / 2 in magnitude: adding one cannot overflow.

    /// The largest whole number not above the value.
    func roundedDown() -> Rational {
        let (quotient, remainder) = numerator.quotientAndRemainder(dividingBy: denominator)
        return Rational(remainder < 0 ? quotient - 1 : quotient)
    }

    /// The smallest whole number not below the value.
    func roundedUp() -> Rational {
        let (quotient, remainder) = numerator.quotientAndRemainder(dividingBy: denominator)
        return Rational(remainder > 0 ? quotient + 1 : quotient)
    }

    /// The nearest whole number; halves go away from zero.
    func roundedToNearest() -> Rational {
        let (quotient, remainder) = numerator.quotientAndRemainder(dividingBy: denominator)
        // |remainder| ≥ denominator / 2, written without doubling (which could overflow).
        guard remainder.magnitude >= UInt(denominator) - remainder.magnitude else { return Rational(quotient) }
        return Rational(remainder < 0 ? quotient - 1 : quotient + 1)
    }
}
