import ConfigTree
import Testing
import ParamEngine

@Suite struct PlaceholderTests {
    func render(_ inside: String, _ scenario: Scenario = .article, default format: NumberFormat = .sci) throws -> FormattedNumber {
        try Placeholder.parse(inside).evaluate(in: scenario, defaultFormat: format)
    }

    func failure(_ inside: String, default format: NumberFormat = .sci) -> ConfigError? {
        do {
            _ = try Placeholder.parse(inside).evaluate(in: .article, defaultFormat: format)
            return nil
        } catch {
            return error
        }
    }

    @Test func theBriefsExamples() throws {
        #expect(try render(" full ").html == "10<sup>12</sup>")
        #expect(try render(" full ").text == "10¹²")
        #expect(try render(" full | cn ").text == "1万亿")
        #expect(try render(" full / local | orders ").text == "4")
        #expect(try render(" (full - local) * 2 | grouped ").text == "1,999,800,000,000")
        #expect(try render("full|si").text == "1T")
        #expect(try render(" shared | cn-count ").text == "一百")
        #expect(try render(" filters_weights + filters_biases | grouped ", Scenario(declaration: declaration("bias: true"))).text == "10,100")
        #expect(try render(" positions ").html == "9.82×10<sup>5</sup>")
    }

    @Test func theDefaultFormatAppliesWithoutABar() throws {
        #expect(try render(" local ", default: .cn).text == "1亿")
        #expect(try render(" local | plain ", default: .cn).text == "100000000")
        let placeholder = try Placeholder.parse(" full / local | orders ")
        #expect(placeholder.format == .orders)
        #expect(placeholder.expression.names == ["full", "local"])
        #expect(try Placeholder.parse(" full ").format == nil)
    }

    @Test func aFractionNeedsAFormatThatRounds() throws {
        #expect(try render(" full / 3 ").text == "3.33×10¹¹")
        #expect(try render(" full / 3 | cn ").text == "3330亿")
        let error = failure(" full / 3 | grouped ")
        #expect(error?.message == "'full / 3' = 1000000000000/3 is not a whole number, and format 'grouped' writes exact integers only (auto, sci, cn, si and compact round); or write floor(…), ceil(…) or round(…) in the placeholder")
        #expect(error?.location == SourceLocation(line: 1, column: 2))
        #expect(failure(" full / 3 ", default: .plain)?.message
                == "'full / 3' = 1000000000000/3 is not a whole number, and format 'plain' writes exact integers only (auto, sci, cn, si and compact round); or write floor(…), ceil(…) or round(…) in the placeholder")
    }

    @Test func unknownQuantityWithSuggestionAtItsColumn() {
        let error = failure("  ful | cn ")
        #expect(error?.message == "unknown quantity 'ful'; did you mean 'full'?")
        #expect(error?.location == SourceLocation(line: 1, column: 3))
    }

    @Test func unknownFormatWithSuggestionAtItsColumn() {
        let error = failure(" full | grouepd ")
        #expect(error?.message == "unknown number format 'grouepd'; did you mean 'grouped'?")
        #expect(error?.location == SourceLocation(line: 1, column: 9))
    }

    @Test func malformedPlaceholders() {
        let cases: [(String, String, Int)] = [
            (" full | cn | si ", "a placeholder has at most one '|', before its format", 12),
            (" full | ", "missing format after '|' (formats: auto, sci, cn, si, compact, grouped, orders, cn-count, plain)", 7),
            ("   ", "empty placeholder: write a quantity or an expression, like {{ full }} or {{ full | cn }}", 1),
            (" | cn ", "empty placeholder: write a quantity or an expression, like {{ full }} or {{ full | cn }}", 1),
            (" full / ", "expected a quantity name, a number or '(' after '/', found the end of the expression", 9),
            (" full local ", "expected an operator (+ - * / ^) before 'local'", 7),
        ]
        for (inside, message, column) in cases {
            let error = failure(inside)
            #expect(error?.message == message, "\(inside)")
            #expect(error?.location == SourceLocation(line: 1, column: column), "\(inside)")
        }
    }

    @Test func evaluationErrors() {
        let zero = failure(" full / (shared - 100) | cn ")
        #expect(zero?.message == "division by zero: '(shared - 100)' is 0")
        #expect(zero?.location == SourceLocation(line: 1, column: 7))
        let overflow = failure(" full * full ")
        #expect(overflow?.message == "'full * full' overflows: its exact value does not fit in a 64-bit integer (at most 9223372036854775807)")
        #expect(overflow?.location == SourceLocation(line: 1, column: 7))
        let orders = failure(" positions | orders ")
        #expect(orders?.message == "format 'orders' writes the exponent of an exact power of ten, and 'positions' = 982081 is not one")
        #expect(orders?.location == SourceLocation(line: 1, column: 2))
        #expect(failure(" local - full | cn-count ")?.message == "format 'cn-count' writes counts, and 'local - full' = -999900000000 is negative")
        #expect(failure(" 7 | orders ")?.message == "format 'orders' writes the exponent of an exact power of ten, and '7' is not one")
    }
}
