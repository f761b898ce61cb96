/// The `sci` format: powers of ten as 10<sup>12</sup>, other large or small
/// values as 9.82×10<sup>5</sup> with three significant digits.
///
/// - 0 and whole numbers up to 999 are written as they are (100 stays 100).
/// - An exact power of ten from 10³ up (or below 1) is 10ⁿ with no mantissa.
/// - Other values round to three significant digits, half away from zero; a
///   rounded mantissa keeps its zeros (999,999 → 1.00×10⁶) so that only exact
///   values look exact. Non-integers between 1 and 1000 are plain decimals (2.5, 333).
/// - Negative values get a minus sign (U+2212), as typeset text uses.
enum ScientificNotation {
    static let significantDigits = 3

    static func format(_ value: Rational) -> FormattedNumber {
        if value.numerator == 0 { return FormattedNumber("0") }
        let sign = value.numerator < 0 ? "\u{2212}" : ""
        if let whole = value.integerValue, whole.magnitude < 1000 {
            return FormattedNumber(sign + String(whole.magnitude))
        }
        if let exponent = value.powerOfTenExponent {
            // 1, 10 and 100 were written as digits above, so this is 10³ or more, or below 1.
            return power(sign: sign, mantissa: nil, exponent: exponent)
        }
        // Zero is handled above, so rounding always gives digits.
        guard let rounded = SignificantDigits(value, count: significantDigits) else { return FormattedNumber("0") }
        let digits = rounded.shownDigits.map(String.init)
        if (0...2).contains(rounded.exponent) {
            let integerCount = rounded.exponent + 1
            let padded = digits + Array(repeating: "0", count: max(0, integerCount - digits.count))
            let integerPart = padded.prefix(integerCount).joined()
            let fraction = padded.dropFirst(integerCount).joined()
            return FormattedNumber(sign + integerPart + (fraction.isEmpty ? "" : "." + fraction))
        }
        let mantissa = digits.count == 1 ? digits[0] : digits[0] + "." + digits.dropFirst().joined()
        return power(sign: sign, mantissa: mantissa, exponent: rounded.exponent)
    }

    /// `[sign][mantissa×]10ⁿ`.
    private static func power(sign: String, mantissa: String?, exponent: Int) -> FormattedNumber {
        let prefix = sign + (mantissa.map { $0 + "×" } ?? "")
        let htmlExponent = exponent < 0 ? "\u{2212}\(exponent.magnitude)" : "\(exponent)"
        return FormattedNumber(html: prefix + "10<sup>" + htmlExponent + "</sup>",
                               text: prefix + "10" + superscript(exponent))
    }

    /// 12 → ¹², −3 → ⁻³.
    static func superscript(_ number: Int) -> String {
        let digits: [Character] = ["⁰", "¹", "²", "³", "⁴", "⁵", "⁶", "⁷", "⁸", "⁹"]
        let body = String(String(number.magnitude).utf8.map { digits[Int($0) - 48] })
        return (number < 0 ? "⁻" : "") + body
    }
}
