import Testing
import ConfigTree

/// The one grammar and the one wording of each typed reader (README, "Config values").
@Suite struct ValueReadingTests {
    private let at = SourceLocation(line: 3, column: 7)

    private func scalar(_ text: String) -> ConfigNode { ConfigNode(.scalar(text), at: at) }

    private func failure<Value>(_ read: () throws(ConfigError) -> Value) -> ConfigError? {
        do throws(ConfigError) {
            _ = try read()
            return nil
        } catch {
            return error
        }
    }

    // MARK: Booleans

    @Test func booleansAreYAML12CoreBooleans() throws {
        for text in ["true", "True", "TRUE"] { #expect(try scalar(text).boolean("draft") == true) }
        for text in ["false", "False", "FALSE"] { #expect(try scalar(text).boolean("draft") == false) }
    }

    @Test func yamlOneOneWordsAndOtherValuesAreRefusedNamingTheKey() {
        let yes = failure { () throws(ConfigError) in try scalar("yes").boolean("draft") }
        #expect(yes?.message == "'draft' must be true or false, not 'yes' (YAML 1.2 reads yes as text)")
        #expect(yes?.location == at)
        #expect(failure { () throws(ConfigError) in try scalar("Off").boolean("bias") }?.message
                == "'bias' must be true or false, not 'Off' (YAML 1.2 reads Off as text)")
        #expect(failure { () throws(ConfigError) in try scalar("1").boolean("bias") }?.message == "'bias' must be true or false, not '1'")
        #expect(failure { () throws(ConfigError) in try ConfigNode(.sequence([]), at: at).boolean("bias") }?.message
                == "'bias' must be true or false, not a list")
        #expect(failure { () throws(ConfigError) in try ConfigNode(.null, at: at).boolean("bias") }?.message
                == "'bias' needs a value: true or false")
    }

    // MARK: Whole numbers

    @Test func wholeNumbersAreDigitsWithAnOptionalMinus() throws {
        #expect(try scalar("64").wholeNumber("out") == 64)
        #expect(try scalar(" 007 ").wholeNumber("out") == 7)
        #expect(try scalar("-3").wholeNumber("weight", in: Int.min...Int.max) == -3)
        #expect(try scalar("-9223372036854775808").wholeNumber("weight", in: Int.min...Int.max) == Int.min)
        #expect(WholeNumberText("+5") == .malformed)
        #expect(WholeNumberText("1_000") == .malformed)
        #expect(WholeNumberText("99999999999999999999") == .tooLarge(negative: false))
        #expect(WholeNumberText("-99999999999999999999") == .tooLarge(negative: true))
    }

    @Test func wholeNumberErrorsNameTheKeyAndTheBound() {
        func message(_ text: String, _ bounds: ClosedRange<Int>, why: String? = nil) -> String? {
            failure { () throws(ConfigError) in try scalar(text).wholeNumber("hidden", in: bounds, why: why) }?.message
        }
        #expect(message("+5", 1...10) == "'hidden' must be a whole number, not '+5'")
        #expect(message("2.5", 1...10) == "'hidden' must be a whole number, not '2.5'")
        #expect(message("0", 1...10) == "'hidden' must be at least 1, not 0")
        #expect(message("-99999999999999999999", 1...10) == "'hidden' must be at least 1, not -99999999999999999999")
        #expect(message("17", 1...16, why: "more do not draw legibly") == "'hidden' must be at most 16, not 17 (more do not draw legibly)")
        #expect(message("99999999999999999999", 1...Int.max)
                == "'hidden' must be at most 9223372036854775807, not 99999999999999999999")
        #expect(failure { () throws(ConfigError) in try ConfigNode(.null, at: at).wholeNumber("hidden") }?.message
                == "'hidden' needs a value: a whole number")
    }

    // MARK: Sizes

    @Test func sizesAreASquareOrWidthByHeight() throws {
        #expect(try scalar("3").size("kernel") == Size2D(square: 3))
        #expect(try scalar("7x1").size("kernel") == Size2D(width: 7, height: 1))
        #expect(try scalar("7X1").size("kernel") == Size2D(width: 7, height: 1))
        #expect(try scalar("7 × 1").size("kernel") == Size2D(width: 7, height: 1))
        #expect(try scalar("0x3").size("padding", sides: 0...Int.max) == Size2D(width: 0, height: 3))
        let image = try scalar("224x112x3").sizeWithChannels("image")
        #expect(image.size == Size2D(width: 224, height: 112) && image.channels == 3)
        #expect(try scalar("32").sizeWithChannels("image").channels == nil)
        #expect(Size2D(width: 7, height: 1).description == "7×1")
        #expect(Size2D(width: 7, height: 1).written == "7x1")
    }

    @Test func sizeErrorsNameTheSideAndPointAtIt() {
        func error(_ text: String, sides: ClosedRange<Int> = 1...12) -> ConfigError? {
            failure { () throws(ConfigError) in try scalar(text).size("input", sides: sides, why: "larger grids do not draw") }
        }
        #expect(error("6x0")?.message == "'input' height must be at least 1, not 0")
        #expect(error("6x0")?.location == SourceLocation(line: 3, column: 9))
        #expect(error("13x6")?.message == "'input' width must be at most 12, not 13 (larger grids do not draw)")
        #expect(error("13x6")?.location == at)
        #expect(error("0")?.message == "'input' must be at least 1, not 0")
        #expect(error("6x6x3")?.message == "'input' must be a size written N or WxH (width x height), not '6x6x3'")
        #expect(error("6x6x3")?.location == at)
        // A part that is not a number is pointed at, after the spaces before it.
        #expect(error("6x  b")?.location == SourceLocation(line: 3, column: 11))
        // Columns count characters, as libyaml does: the two-byte × is one column.
        #expect(error("6×0")?.location == SourceLocation(line: 3, column: 9))
        #expect(failure { () throws(ConfigError) in try ConfigNode(.sequence([]), at: at).size("kernel") }?.message
                == "'kernel' must be a size written N or WxH (width x height), not a list")
        #expect(failure { () throws(ConfigError) in try scalar("2x2x0").sizeWithChannels("image") }?.message
                == "'image' channels must be at least 1, not 0")
        #expect(failure { () throws(ConfigError) in try scalar("1x2x3x4").sizeWithChannels("image") }?.message
                == "'image' must be a size written N, WxH or WxHxC (width x height x channels), not '1x2x3x4'")
    }
}
