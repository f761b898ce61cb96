import ConfigTree
import Testing
@testable import ParamEngine

@Suite struct ExpressionTests {
    let names: [String: Int] = ["full": 1_000_000_000_000, "local": 100_000_000, "shared": 100, "filters": 10_000, "zero": 0]

    func value(_ text: String) throws -> Rational {
        try Expression.parse(text).evaluate(lookup: { names[$0] }, candidates: { Array(names.keys).sorted() })
    }

    func error(_ text: String) -> ConfigError? {
        do {
            _ = try value(text)
            return nil
        } catch let error as ConfigError {
            return error
        } catch {
            return nil
        }
    }

    func r(_ numerator: Int, _ denominator: Int = 1) throws -> Rational {
        try #require(Rational(numerator: numerator, denominator: denominator))
    }

    @Test func precedenceAndAssociativity() throws {
        #expect(try value("1 + 2 * 3") == Rational(7))
        #expect(try value("(1 + 2) * 3") == Rational(9))
        #expect(try value("10 - 4 - 3") == Rational(3))
        #expect(try value("64 / 4 / 2") == Rational(8))
        #expect(try value("2 ^ 3 ^ 2") == Rational(512))
        #expect(try value("-2 ^ 2") == Rational(-4))
        #expect(try value("(-2) ^ 2") == Rational(4))
        #expect(try value("2 * -3") == Rational(-6))
        #expect(try value("- - 5") == Rational(5))
        #expect(try value("10 ^ -2") == r(1, 100))
        #expect(try value("2 ^ 2 * 3") == Rational(12))
    }

    @Test func quantitiesAndExactDivision() throws {
        #expect(try value("full / local") == Rational(10_000))
        #expect(try value("(full - local) * 2") == Rational(1_999_800_000_000))
        #expect(try value("full/local") == Rational(10_000))
        #expect(try value("local / full") == r(1, 10_000))
        #expect(try value("full / 3") == r(1_000_000_000_000, 3))
        #expect(try value("full / 3 * 3") == Rational(1_000_000_000_000))
        #expect(try value("10^12") == Rational(1_000_000_000_000))
        #expect(try Expression.parse(" (full - local) / shared ").names == ["full", "local", "shared"])
        #expect(try Expression.parse("full / full").names == ["full"])
    }

    @Test func unknownNameGetsASuggestionAtItsColumn() {
        let problem = error("full / locl")
        #expect(problem?.message == "unknown quantity 'locl'; did you mean 'local'?")
        #expect(problem?.location == SourceLocation(line: 1, column: 8))
        #expect(error("(ful)")?.location == SourceLocation(line: 1, column: 2))
        #expect(error("xyzzy")?.message == "unknown quantity 'xyzzy'")
    }

    @Test func divisionByZeroIsAnErrorAtTheOperator() {
        let problem = error("full / (local - local)")
        #expect(problem?.message == "division by zero: '(local - local)' is 0")
        #expect(problem?.location == SourceLocation(line: 1, column: 6))
        #expect(error("zero ^ -1")?.message == "division by zero: 'zero' is 0 and its power is negative")
    }

    @Test func overflowIsAnErrorNamingTheSubexpression() {
        let problem = error("1 + full * full")
        #expect(problem?.message.hasPrefix("'full * full' overflows") == true)
        #expect(problem?.location == SourceLocation(line: 1, column: 10))
        #expect(error("10 ^ 19")?.message.hasPrefix("'10 ^ 19' overflows") == true)
        #expect(error("99999999999999999999")?.message == "the number 99999999999999999999 is too large (the largest is 9223372036854775807)")
    }

    @Test func nonIntegerExponentIsAnError() {
        let problem = error("full ^ (1 / 2)")
        #expect(problem?.message == "the exponent '(1 / 2)' is 1/2, not a whole number")
        #expect(problem?.location == SourceLocation(line: 1, column: 6))
    }

    @Test func malformedExpressionsReportTheColumn() {
        let cases: [(String, String, Int)] = [
            ("full +", "expected a quantity name, a number or '(' after '+', found the end of the expression", 7),
            ("full local", "expected an operator (+ - * / ^) before 'local'", 6),
            ("(full - local", "missing ')' to close the '(' at column 1", 14),
            ("full)", "unexpected ')' without a matching '('", 5),
            ("* full", "expected a quantity name, a number or '(' at the start, found '*'", 1),
            ("full × 2", "unexpected character '×'; write '*' for multiplication", 6),
            ("1,000", "unexpected character ','; numbers are whole numbers without separators", 2),
            ("   ", "empty expression: expected a quantity name or a number", 1),
            ("2 ^ ", "expected a quantity name, a number or '(' after '^', found the end of the expression", 5),
            ("full $", "unexpected character '$'", 6),
        ]
        for (text, message, column) in cases {
            let problem = error(text)
            #expect(problem?.message == message, "\(text)")
            #expect(problem?.location == SourceLocation(line: 1, column: column), "\(text)")
        }
    }

    @Test func columnsCountCharactersAndStartAtTheOrigin() throws {
        // 参数 is two characters (six bytes): in "参数 + *" the '*' is at column 6.
        let problem = error("参数 + *")
        #expect(problem?.message == "expected a quantity name, a number or '(' after '+', found '*'")
        #expect(problem?.location == SourceLocation(line: 1, column: 6))
        do {
            _ = try Expression.parse("full +", at: SourceLocation(line: 4, column: 10))
            Issue.record("expected an error")
        } catch {
            #expect(error.location == SourceLocation(line: 4, column: 16))
        }
        #expect(try Expression.parse("参数_2 * 2").names == ["参数_2"])
    }

    @Test func pathologicalInputsAreErrorsNotCrashes() throws {
        let deep = String(repeating: "(", count: 10_000) + "1" + String(repeating: ")", count: 10_000)
        #expect(error(deep)?.message == "expression too long (more than 1000 tokens)")
        let nested = String(repeating: "(", count: 200) + "1" + String(repeating: ")", count: 200)
        #expect(error(nested)?.message == "expression nested too deeply (more than 64 levels)")
        let negations = String(repeating: "-", count: 300) + "1"
        #expect(error(negations)?.message == "expression nested too deeply (more than 64 levels)")
        let long = Array(repeating: "1", count: 400).joined(separator: "+")
        #expect(try value(long) == Rational(400))
    }

    @Test func floorCeilAndRoundAreExact() throws {
        #expect(try value("floor(991 / 2)") == Rational(495))
        #expect(try value("ceil(991 / 2)") == Rational(496))
        #expect(try value("round(991 / 2)") == Rational(496))
        #expect(try value("round(990 / 4)") == Rational(248))
        #expect(try value("round(989 / 4)") == Rational(247))
        #expect(try value("floor(-991 / 2)") == Rational(-496))
        #expect(try value("ceil(-991 / 2)") == Rational(-495))
        #expect(try value("round(-5 / 2)") == Rational(-3))
        #expect(try value("floor(full / 3) * 3") == Rational(999_999_999_999))
        #expect(try value("2 * floor(7 / 2) ^ 2") == Rational(18))
        #expect(try value("ceil(9223372036854775807 / 2)") == Rational(4_611_686_018_427_387_904))
        #expect(try Expression.parse("floor(full / local)").names == ["full", "local"])
    }

    @Test func unknownFunctionsAndUnclosedCallsAreExplained() {
        let unknown = error("flor(full / 3)")
        #expect(unknown?.message == "'flor' is not a function (functions: floor, ceil, round); did you mean 'floor'?")
        #expect(error("full (2)")?.message == "'full' is not a function (functions: floor, ceil, round); write an operator (+ - * / ^) before '('")
        #expect(unknown?.location == SourceLocation(line: 1, column: 1))
        let unclosed = error("1 + floor(full / 3")
        #expect(unclosed?.message == "missing ')' to close the '(' of floor at column 10")
        #expect(unclosed?.location == SourceLocation(line: 1, column: 19))
    }

    @Test func scenarioQualifiedNamesAreExplained() {
        let problem = error("2 * site.positions")
        #expect(problem?.message == "'site.positions' names a scenario and a quantity, as `sitegen params` lists them; an expression reads the quantities of its own page's scenario (a chapter's inherits the site's), so write 'positions'")
        #expect(problem?.location == SourceLocation(line: 1, column: 5))
        // A decimal point is still a separator problem.
        #expect(error("1.5")?.message == "unexpected character '.'; numbers are whole numbers without separators")
    }
}
