import Testing
import ConfigTree
import ParamEngine
import Localization

/// `compact` writes the site language's compact names: CLDR's myriads in
/// Chinese (万, 亿, 万亿, never 兆), K, M, B, T in English, three significant
/// digits either way, and every digit of a whole number below the first unit.
@Suite struct CompactFormatTests {
    static let chinese: [(Int, String)] = [
        (0, "0"), (999, "999"), (1000, "1000"), (9999, "9999"),
        (10_000, "1万"), (10_100, "1.01万"), (12_345, "1.23万"), (99_999, "10万"), (100_000, "10万"),
        (982_081, "98.2万"), (999_999, "100万"), (1_000_000, "100万"),
        // 9999万 has four significant digits: rounded to three it is 1亿.
        (99_990_000, "1亿"), (99_999_999, "1亿"), (100_000_000, "1亿"), (123_456_789, "1.23亿"),
        (999_999_999_999, "1万亿"), (1_000_000_000_000, "1万亿"), (1_234_567_890_123, "1.23万亿"),
        (10_000_000_000_000, "10万亿"), (1_000_000_000_000_000_000, "1,000,000万亿"), (-12_345, "-1.23万"),
    ]

    static let english: [(Int, String)] = [
        (0, "0"), (999, "999"), (1000, "1K"), (9999, "10K"), (10_000, "10K"), (10_100, "10.1K"),
        (99_999, "100K"), (100_000, "100K"), (982_081, "982K"), (999_999, "1M"), (1_500_000, "1.5M"),
        (99_990_000, "100M"), (100_000_000, "100M"), (123_456_789, "123M"), (1_000_000_000, "1B"),
        (1_000_000_000_000, "1T"), (1_234_567_890_123, "1.23T"), (-10_000, "-10K"),
    ]

    @Test func chineseSitesWriteMyriads() throws {
        for (value, text) in Self.chinese {
            #expect(try NumberFormat.compact.format(value, language: .simplifiedChinese).text == text, "\(value)")
            #expect(try NumberFormat.compact.format(value, language: .simplifiedChinese).html == text, "\(value)")
        }
    }

    @Test func englishSitesWriteShortScaleNames() throws {
        for (value, text) in Self.english {
            #expect(try NumberFormat.compact.format(value, language: .english).text == text, "\(value)")
        }
    }

    @Test func theDefaultLanguageIsChinese() throws {
        #expect(try NumberFormat.compact.format(1_000_000_000_000).text == "1万亿")
    }

    /// zh-CN's compact is `cn` and en's is `si`, for any value, so a site
    /// moving from `cn` to `compact` keeps its bytes.
    @Test func compactIsCnInChineseAndSiInEnglish() throws {
        var value = 1
        while true {
            for sample in [value, value + value / 3, -value] {
                #expect(try NumberFormat.compact.format(sample, language: .simplifiedChinese) == NumberFormat.cn.format(sample), "\(sample)")
                #expect(try NumberFormat.compact.format(sample, language: .english) == NumberFormat.si.format(sample), "\(sample)")
            }
            let (next, overflow) = value.multipliedReportingOverflow(by: 7)
            if overflow { break }
            value = next
        }
    }

    @Test func fractionsRoundToThreeSignificantDigits() throws {
        let third = try #require(Rational(numerator: 1_000_000_000_000, denominator: 3))
        #expect(try NumberFormat.compact.format(third, language: .simplifiedChinese).text == "3330亿")
        #expect(try NumberFormat.compact.format(third, language: .english).text == "333B")
        let half = try #require(Rational(numerator: 2469, denominator: 2))
        #expect(try NumberFormat.compact.format(half, language: .simplifiedChinese).text == "1235")
        #expect(try NumberFormat.compact.format(half, language: .english).text == "1.23K")
    }

    @Test func chineseNeverWritesZhao() throws {
        for exponent in 0...18 {
            let power = (0..<exponent).reduce(1) { power, _ in power * 10 }
            let (value, overflow) = 7.multipliedReportingOverflow(by: power)
            if overflow { continue }
            #expect(try !NumberFormat.compact.format(value, language: .simplifiedChinese).text.contains("兆"), "\(value)")
        }
    }

    @Test func placeholdersFollowTheSiteLanguage() throws {
        let placeholder = try Placeholder.parse(" full | compact ")
        #expect(placeholder.format == .compact)
        #expect(try NumberFormat.named("compact") == .compact)
        let scenario = Scenario.article
        #expect(try placeholder.evaluate(in: scenario, defaultFormat: .sci).text == "1万亿")
        #expect(try placeholder.evaluate(in: scenario, defaultFormat: .sci, language: .simplifiedChinese).text == "1万亿")
        #expect(try placeholder.evaluate(in: scenario, defaultFormat: .sci, language: .english).text == "1T")
        // As the site's default format, and for a quotient that is not whole.
        let bare = try Placeholder.parse("local / 3")
        #expect(try bare.evaluate(in: scenario, defaultFormat: .compact, language: .english).text == "33.3M")
        #expect(try bare.evaluate(in: scenario, defaultFormat: .compact, language: .simplifiedChinese).text == "3330万")
    }

    @Test func otherFormatsIgnoreTheLanguage() throws {
        for format in NumberFormat.allCases where format != .compact && format != .auto {
            #expect(try format.format(10_000, language: .english) == format.format(10_000, language: .simplifiedChinese), "\(format)")
        }
    }
}
