import ConfigTree
import Testing
import ParamEngine

@Suite struct NumberFormatTests {
    /// The article's four headline numbers: full, local, shared, filters.
    static let headline = [1_000_000_000_000, 100_000_000, 100, 10_000]

    func texts(_ format: NumberFormat) throws -> [String] {
        try Self.headline.map { try format.format($0).text }
    }

    func htmls(_ format: NumberFormat) throws -> [String] {
        try Self.headline.map { try format.format($0).html }
    }

    func r(_ numerator: Int, _ denominator: Int) throws -> Rational {
        try #require(Rational(numerator: numerator, denominator: denominator))
    }

    @Test func headlineNumbersInEveryFormat() throws {
        #expect(try htmls(.sci) == ["10<sup>12</sup>", "10<sup>8</sup>", "100", "10<sup>4</sup>"])
        #expect(try texts(.sci) == ["10¹²", "10⁸", "100", "10⁴"])
        #expect(try texts(.cn) == ["1万亿", "1亿", "100", "1万"])
        #expect(try texts(.si) == ["1T", "100M", "100", "10K"])
        #expect(try texts(.grouped) == ["1,000,000,000,000", "100,000,000", "100", "10,000"])
        #expect(try texts(.orders) == ["12", "8", "2", "4"])
        #expect(try texts(.cnCount) == ["一万亿", "一亿", "一百", "一万"])
        #expect(try texts(.plain) == ["1000000000000", "100000000", "100", "10000"])
        for format in NumberFormat.allCases where format != .sci && format != .auto {
            #expect(try htmls(format) == texts(format), "\(format) has no markup")
        }
    }

    @Test func formatsAreFoundByNameWithSuggestions() throws {
        #expect(try NumberFormat.named("cn-count") == .cnCount)
        #expect(NumberFormat.allCases.map(\.rawValue) == ["auto", "sci", "cn", "si", "compact", "grouped", "orders", "cn-count", "plain"])
        do {
            _ = try NumberFormat.named("grouepd", at: SourceLocation(line: 3, column: 7))
            Issue.record("expected an error")
        } catch {
            #expect(error.message == "unknown number format 'grouepd'; did you mean 'grouped'?")
            #expect(error.location == SourceLocation(line: 3, column: 7))
        }
        do {
            _ = try NumberFormat.named("roman")
            Issue.record("expected an error")
        } catch {
            #expect(error.message == "unknown number format 'roman' (known formats: auto, sci, cn, si, compact, grouped, orders, cn-count, plain)")
        }
        #expect(NumberFormat.allCases.filter(\.rounds) == [.auto, .sci, .cn, .si, .compact])
    }

    @Test func scientificNotationOfOtherValues() throws {
        let cases: [(Rational, String, String)] = [
            (Rational(982_081), "9.82×10<sup>5</sup>", "9.82×10⁵"),
            (Rational(138_357_544), "1.38×10<sup>8</sup>", "1.38×10⁸"),
            (Rational(10_100), "1.01×10<sup>4</sup>", "1.01×10⁴"),
            (Rational(1_200_000), "1.2×10<sup>6</sup>", "1.2×10⁶"),
            // Rounded: the zeros stay, so it does not pass for exactly 10⁶.
            (Rational(999_999), "1.00×10<sup>6</sup>", "1.00×10⁶"),
            (Rational(982_500), "9.83×10<sup>5</sup>", "9.83×10⁵"),
            (Rational(1001), "1.00×10<sup>3</sup>", "1.00×10³"),
            (Rational(-982_081), "\u{2212}9.82×10<sup>5</sup>", "\u{2212}9.82×10⁵"),
            (Rational(Int.max), "9.22×10<sup>18</sup>", "9.22×10¹⁸"),
            (Rational(0), "0", "0"),
            (Rational(1), "1", "1"),
            (Rational(999), "999", "999"),
            (Rational(-7), "\u{2212}7", "\u{2212}7"),
            (try r(1, 1000), "10<sup>\u{2212}3</sup>", "10⁻³"),
            (try r(5, 2), "2.5", "2.5"),
            (try r(1000, 3), "333", "333"),
            (try r(2, 3), "6.67×10<sup>\u{2212}1</sup>", "6.67×10⁻¹"),
            (try r(1_000_000_000_000, 3), "3.33×10<sup>11</sup>", "3.33×10¹¹"),
            (try r(19_999, 10_000), "2.00", "2.00"),
            (try r(19_999, 10), "2.00×10<sup>3</sup>", "2.00×10³"),
        ]
        for (value, html, text) in cases {
            let formatted = try NumberFormat.sci.format(value)
            #expect(formatted.html == html, "\(value)")
            #expect(formatted.text == text, "\(value)")
        }
    }

    @Test func chineseCompactNamesOfOtherValues() throws {
        let cases: [(Int, String)] = [
            (982_081, "98.2万"), (138_357_544, "1.38亿"), (10_100, "1.01万"), (12_345, "1.23万"),
            // Below 万 every digit is kept: 1234 is not rounded to 1230.
            (1234, "1234"), (9999, "9999"), (0, "0"),
            (1_000_000, "100万"), (10_000_000, "1000万"), (1_230_000_000_000, "1.23万亿"),
            (10_000_000_000_000, "10万亿"), (1_000_000_000_000_000_000, "1,000,000万亿"),
            (-12_345, "-1.23万"),
        ]
        for (value, text) in cases {
            #expect(try NumberFormat.cn.format(value).text == text, "\(value)")
        }
        #expect(try NumberFormat.cn.format(r(1_000_000_000_000, 3)).text == "3330亿")
        #expect(try NumberFormat.cn.format(r(1, 3)).text == "0.333")
        // A fraction below 万 keeps its integer digits and rounds half away from zero.
        #expect(try NumberFormat.cn.format(r(2469, 2)).text == "1235")
    }

    @Test func chineseCompactNamesNeverUseZhao() throws {
        // 1, 3 and 7 times every power of ten that fits.
        for exponent in 0...18 {
            for multiple in [1, 3, 7] {
                let (scaled, overflow) = multiple.multipliedReportingOverflow(by: Int(pow10: exponent))
                if overflow { continue }
                let text = try NumberFormat.cn.format(scaled).text
                #expect(!text.contains("兆"), "\(scaled) → \(text)")
            }
        }
        #expect(try NumberFormat.cn.format(Int.max).text == "9,220,000万亿")
    }

    @Test func englishCompactNamesOfOtherValues() throws {
        let cases: [(Int, String)] = [
            (982_081, "982K"), (138_357_544, "138M"), (10_100, "10.1K"), (999, "999"), (1000, "1K"),
            (1_000_000_000, "1B"), (1_500_000, "1.5M"), (-10_000, "-10K"),
        ]
        for (value, text) in cases {
            #expect(try NumberFormat.si.format(value).text == text, "\(value)")
        }
    }

    @Test func exactFormatsRefuseFractions() throws {
        let third = try r(1_000_000_000_000, 3)
        for format in [NumberFormat.grouped, .plain, .cnCount] {
            do {
                _ = try format.format(third)
                Issue.record("\(format) accepted a fraction")
            } catch {
                #expect(error.message == "1000000000000/3 is not a whole number, and format '\(format.rawValue)' writes exact integers only (auto, sci, cn, si and compact round); or write floor(…), ceil(…) or round(…) in the placeholder")
            }
        }
    }

    @Test func ordersNeedsAnExactPowerOfTen() throws {
        #expect(try NumberFormat.orders.format(1).text == "0")
        #expect(try NumberFormat.orders.format(r(1, 10_000)).text == "-4")
        for value in [982_081, 0, -100, 20] {
            do {
                _ = try NumberFormat.orders.format(value)
                Issue.record("orders accepted \(value)")
            } catch {
                #expect(error.message == "format 'orders' writes the exponent of an exact power of ten, and \(value) is not one")
            }
        }
    }

    @Test func groupedAndPlainHandleSignsAndExtremes() throws {
        #expect(try NumberFormat.grouped.format(0).text == "0")
        #expect(try NumberFormat.grouped.format(999).text == "999")
        #expect(try NumberFormat.grouped.format(1000).text == "1,000")
        #expect(try NumberFormat.grouped.format(-982_081).text == "-982,081")
        #expect(try NumberFormat.grouped.format(Int.max).text == "9,223,372,036,854,775,807")
        #expect(try NumberFormat.grouped.format(Int.min).text == "-9,223,372,036,854,775,808")
        #expect(try NumberFormat.plain.format(-5).text == "-5")
    }

    @Test func chineseCountsRefuseNegatives() {
        do {
            _ = try NumberFormat.cnCount.format(-4)
            Issue.record("expected an error")
        } catch {
            #expect(error.message == "format 'cn-count' writes counts, and -4 is negative")
        }
    }
}

private extension Int {
    init(pow10 exponent: Int) {
        self = (0..<exponent).reduce(1) { power, _ in power * 10 }
    }
}
