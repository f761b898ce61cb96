import Testing
import ConfigTree
import ParamEngine
import Localization

/// `auto`, the default format: whole numbers below 10⁴ in plain digits, every
/// other value in the language's large form (`sci` in Chinese, `compact` in English).
@Suite struct AutoFormatTests {
    static let chinese: [(Rational, String, String)] = [
        (Rational(0), "0", "0"), (Rational(7), "7", "7"), (Rational(100), "100", "100"),
        (Rational(991), "991", "991"), (Rational(1000), "1000", "1000"), (Rational(9999), "9999", "9999"),
        (Rational(-1000), "\u{2212}1000", "\u{2212}1000"),
        // From 10⁴ on, exactly what sci writes.
        (Rational(10_000), "10<sup>4</sup>", "10⁴"), (Rational(982_081), "9.82×10<sup>5</sup>", "9.82×10⁵"),
        (Rational(1_000_000_000_000), "10<sup>12</sup>", "10¹²"), (Rational(-20_000), "\u{2212}2×10<sup>4</sup>", "\u{2212}2×10⁴"),
    ]

    static let english: [(Int, String)] = [
        (0, "0"), (100, "100"), (1000, "1000"), (9999, "9999"), (-5000, "-5000"),
        (10_000, "10K"), (982_081, "982K"), (61_100_840, "61.1M"), (1_000_000_000_000, "1T"),
    ]

    @Test func chineseSitesWriteSmallIntegersPlainlyAndTheRestLikeSci() throws {
        for (value, html, text) in Self.chinese {
            let formatted = try NumberFormat.auto.format(value, language: .simplifiedChinese)
            #expect(formatted.html == html, "\(value)")
            #expect(formatted.text == text, "\(value)")
        }
    }

    @Test func englishSitesWriteSmallIntegersPlainlyAndTheRestCompact() throws {
        for (value, text) in Self.english {
            #expect(try NumberFormat.auto.format(value, language: .english).text == text, "\(value)")
        }
    }

    /// Where `sci` wrote 10³ for a 1000×1000 image, `auto` needs no `| plain`;
    /// elsewhere the two agree, so a site moving from `sci` to `auto` changes
    /// only numbers from 1000 to 9999.
    @Test func autoDiffersFromSciOnlyBetween1000And9999() throws {
        for value in [0, 1, 999, 1000, 4321, 9999, 10_000, 10_001, 123_456, 100_000_000, -999, -1000, -10_000] {
            let auto = try NumberFormat.auto.format(value, language: .simplifiedChinese)
            let sci = try NumberFormat.sci.format(value, language: .simplifiedChinese)
            if (1000...9999).contains(value.magnitude) {
                #expect(auto.text == (value < 0 ? "\u{2212}" : "") + String(value.magnitude), "\(value)")
                #expect(auto.text != sci.text, "\(value)")
            } else {
                #expect(auto == sci, "\(value)")
            }
        }
    }

    @Test func autoRoundsFractionsInTheLargeForm() throws {
        let third = try #require(Rational(numerator: 1_000_000_000_000, denominator: 3))
        #expect(try NumberFormat.auto.format(third, language: .simplifiedChinese).text == "3.33×10¹¹")
        #expect(try NumberFormat.auto.format(third, language: .english).text == "333B")
        let half = try #require(Rational(numerator: 5, denominator: 2))
        #expect(try NumberFormat.auto.format(half, language: .simplifiedChinese).text == "2.5")
    }

    @Test func theCatalogsSayWhereAutoStopsWritingDigits() {
        #expect(LanguageCatalog.simplifiedChinese.numbers.autoPlainBelow == 10_000)
        #expect(LanguageCatalog.simplifiedChinese.numbers.autoLargeForm == .scientific)
        #expect(LanguageCatalog.english.numbers.autoPlainBelow == 10_000)
        #expect(LanguageCatalog.english.numbers.autoLargeForm == .compact)
    }
}
