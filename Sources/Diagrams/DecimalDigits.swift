/// Exact decimal facts about positive integers, for the ladder's log scale:
/// powers of ten are recognised exactly instead of through floating point.
enum DecimalDigits {
    /// Number of decimal digits of a positive value (1 for 1…9).
    static func count(_ value: Int) -> Int {
        var digits = 1
        var rest = value.magnitude
        while rest >= 10 {
            rest /= 10
            digits += 1
        }
        return digits
    }

    /// The exponent n when value is exactly 10ⁿ, else nil.
    static func powerOfTenExponent(_ value: Int) -> Int? {
        guard value > 0 else { return nil }
        var rest = value
        var exponent = 0
        while rest % 10 == 0 {
            rest /= 10
            exponent += 1
        }
        return rest == 1 ? exponent : nil
    }

    /// The smallest n with value ≤ 10ⁿ, for a positive value.
    static func ceilingExponent(_ value: Int) -> Int {
        guard value > 1 else { return 0 }
        return powerOfTenExponent(value) ?? count(value)
    }

    /// "10ⁿ" with superscript digits ("1" and "10" for n = 0 and 1).
    static func powerOfTenText(_ exponent: Int) -> String {
        switch exponent {
        case 0: return "1"
        case 1: return "10"
        default: return "10" + superscript(exponent)
        }
    }

    private static let superscriptDigits: [Character] = ["⁰", "¹", "²", "³", "⁴", "⁵", "⁶", "⁷", "⁸", "⁹"]

    static func superscript(_ value: Int) -> String {
        let digits = String(value.magnitude).compactMap { $0.wholeNumberValue }
        return (value < 0 ? "⁻" : "") + String(digits.map { superscriptDigits[$0] })
    }
}
