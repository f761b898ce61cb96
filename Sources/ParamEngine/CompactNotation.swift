import Foundation
import Localization

/// The `cn`, `si` and `compact` formats: Foundation's compact notation (CLDR
/// short names) for zh_CN (万, 亿, 万亿: myriad grouping), en_US (K, M, B, T),
/// or the locale the site language's catalog names.
///
/// Foundation's default keeps two significant digits (138,357,544 → 1.4亿); we
/// keep three (1.38亿, 98.2万 for 982,081), rounding half away from zero, and
/// write whole numbers below the first unit (10⁴ in Chinese, 10³ in English) in
/// full, because rounding 1234 to "1230" would look exact. Larger values round:
/// 99,999 is 10万 and 100K (9,999 is 9999 in Chinese and 10K in English). Beyond CLDR's last unit (万亿, T) the count of that unit grows
/// with group separators (10¹⁸ → 1,000,000万亿): never 兆, which means 10⁶ in
/// mainland usage.
enum CompactNotation {
    struct Style: Sendable {
        /// The locale whose CLDR compact names are written.
        var locale: Locale
        /// The smallest value that gets a unit.
        var firstUnit: Int

        /// Simplified Chinese: 1万, 1亿, 1万亿.
        static let chinese = Style(locale: Locale(identifier: "zh_CN"), firstUnit: 10_000)
        /// English short scale: 10K, 100M, 1T (1B for 10⁹: CLDR's names, not SI's G).
        static let english = Style(locale: Locale(identifier: "en_US"), firstUnit: 1_000)

        init(locale: Locale, firstUnit: Int) {
            self.locale = locale
            self.firstUnit = firstUnit
        }

        /// The style a language catalog asks for (the shipped ones without
        /// building a Locale per number).
        static func of(_ words: NumberWords) -> Style {
            for style in [chinese, english] where style.locale.identifier == words.compactLocale && style.firstUnit == words.compactFirstUnit {
                return style
            }
            return Style(locale: Locale(identifier: words.compactLocale), firstUnit: words.compactFirstUnit)
        }
    }

    static let significantDigits = 3

    static func format(_ value: Rational, style: Style) -> FormattedNumber {
        // |p/q| < unit  ⇔  |p| < unit·q, compared in full width so that no product overflows.
        let bound = UInt(style.firstUnit).multipliedFullWidth(by: value.denominator.magnitude)
        let magnitudeBelowFirstUnit = (UInt(0), value.numerator.magnitude) < (bound.high, bound.low)
        if let whole = value.integerValue, magnitudeBelowFirstUnit {
            return FormattedNumber(String(whole))
        }
        // Below the first unit keep every integer digit (1234.5 → 1235, not 1230).
        var digits = significantDigits
        if magnitudeBelowFirstUnit {
            let integerDigits = String(value.numerator.magnitude / value.denominator.magnitude).count
            digits = max(digits, integerDigits)
        }
        // Decimal carries 38 digits: exact for every Int and ample for a quotient rounded to a few digits.
        let decimal = Decimal(value.numerator) / Decimal(value.denominator)
        let text = decimal.formatted(
            .number
                .notation(.compactName)
                .precision(.significantDigits(1...digits))
                .rounded(rule: .toNearestOrAwayFromZero)
                .locale(style.locale))
        return FormattedNumber(text)
    }
}
