/// A positive exact value rounded to a few significant decimal digits, without
/// floating point: `sci` must print 9.82×10⁵ for 982,081 and must know that
/// 1.2×10⁶ is exact while 1.00×10⁶ (for 999,999) is not.
struct SignificantDigits: Sendable, Hashable {
    /// The kept digits, most significant first (e.g. [9, 8, 2]).
    var digits: [Int]
    /// The power of ten of the first digit: 982,081 → 5.
    var exponent: Int
    /// Whether the digits are the value itself, with nothing rounded away.
    var isExact: Bool

    /// Rounds |value| (which must not be zero) half away from zero, as Foundation's
    /// `.toNearestOrAwayFromZero` does, so `sci` agrees with `cn` and `si`.
    init?(_ value: Rational, count: Int) {
        guard value.numerator != 0, count > 0 else { return nil }
        let numerator = value.numerator.magnitude
        let denominator = value.denominator.magnitude
        var integerPart = Array(String(numerator / denominator).utf8).map { Int($0) - 48 }
        var remainder = numerator % denominator
        if integerPart == [0] { integerPart = [] }

        // The decimal expansion, from the first significant digit, one digit past `count`.
        var kept: [Int] = []
        var exponent = integerPart.count - 1
        var sticky = false
        for digit in integerPart {
            if kept.count <= count { kept.append(digit) } else if digit != 0 { sticky = true }
        }
        while kept.count <= count {
            if remainder == 0 { break }
            // remainder < denominator ≤ 2^63, so remainder·10 fits in two words and the quotient is one digit.
            let product = remainder.multipliedFullWidth(by: 10)
            let (digit, rest) = denominator.dividingFullWidth(product)
            remainder = rest
            if kept.isEmpty && digit == 0 {
                exponent -= 1
                continue
            }
            kept.append(Int(digit))
        }
        if remainder != 0 { sticky = true }
        while kept.count <= count { kept.append(0) }

        let roundingDigit = kept.removeLast()
        isExact = roundingDigit == 0 && !sticky
        if roundingDigit >= 5 {
            var position = kept.count - 1
            while position >= 0 {
                if kept[position] == 9 {
                    kept[position] = 0
                    position -= 1
                } else {
                    kept[position] += 1
                    break
                }
            }
            if position < 0 {
                // 9.995 → 10.0: one more integer digit, same count of significant digits.
                kept = [1] + kept.dropLast()
                exponent += 1
            }
        }
        digits = kept
        self.exponent = exponent
    }

    /// The digits without trailing zeros when nothing was rounded (1.2 for 1,200,000),
    /// all of them otherwise (1.00 for 999,999: the zeros say the value was rounded).
    var shownDigits: [Int] {
        guard isExact else { return digits }
        var shown = digits
        while shown.count > 1, shown.last == 0 { shown.removeLast() }
        return shown
    }
}
