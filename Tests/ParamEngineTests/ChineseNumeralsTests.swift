import Testing
@testable import ParamEngine

@Suite struct ChineseNumeralsTests {
    @Test func smallAndRoundCounts() {
        let cases: [(Int, String)] = [
            (0, "零"), (1, "一"), (4, "四"), (10, "十"), (11, "十一"), (19, "十九"), (20, "二十"), (99, "九十九"),
            (100, "一百"), (110, "一百一十"), (101, "一百零一"), (1000, "一千"), (1001, "一千零一"), (1010, "一千零一十"),
            (10_000, "一万"), (10_100, "一万零一百"), (11_000, "一万一千"), (100_000, "十万"), (100_010, "十万零一十"),
            (1_000_000, "一百万"), (982_081, "九十八万二千零八十一"),
            (100_000_000, "一亿"), (100_010_000, "一亿零一万"), (110_000_000, "一亿一千万"),
            (1_000_000_000_000, "一万亿"), (1_000_100_000_000, "一万零一亿"),
            (10_000_000_000_000_000, "一亿亿"),
        ]
        for (value, text) in cases {
            #expect(ChineseNumerals.count(value) == text, "\(value)")
        }
    }

    @Test func theLargestIntegerIsSpelledWithMyriadsOnly() {
        let text = ChineseNumerals.count(Int.max)
        #expect(text == "九百二十二亿三千三百七十二万零三百六十八亿五千四百七十七万五千八百零七")
        #expect(!text.contains("兆") && !text.contains("〇"))
    }
}
