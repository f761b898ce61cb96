import Testing
import ConfigTree
@testable import ParamEngine

@Suite struct RationalTests {
    func r(_ numerator: Int, _ denominator: Int = 1) throws -> Rational {
        try #require(Rational(numerator: numerator, denominator: denominator))
    }

    @Test func fractionsAreReducedWithThePositiveDenominator() throws {
        let half = try r(2, 4)
        #expect(half.numerator == 1 && half.denominator == 2)
        let negative = try r(3, -6)
        #expect(negative.numerator == -1 && negative.denominator == 2)
        #expect(try r(0, -5) == Rational(0))
        #expect(Rational(numerator: 1, denominator: 0) == nil)
        #expect(try r(Int.min, Int.min) == Rational(1))
        #expect(Rational(numerator: Int.min, denominator: -1) == nil)
    }

    @Test func arithmeticIsExact() throws {
        #expect(try r(1, 3).adding(r(1, 6)) == r(1, 2))
        #expect(try r(1, 3).subtracting(r(1, 2)) == r(-1, 6))
        #expect(try r(2, 3).multiplied(by: r(9, 4)) == r(3, 2))
        #expect(try r(1, 3).divided(by: r(1, 6)) == Rational(2))
        #expect(try r(10).raised(to: 12) == Rational(1_000_000_000_000))
        #expect(try r(10).raised(to: -4) == r(1, 10_000))
        #expect(try r(-2, 3).raised(to: 3) == r(-8, 27))
        #expect(try r(0).raised(to: 0) == Rational(1))
    }

    @Test func cancellingFirstFindsResultsThatFit() throws {
        // (10^18 / 7) · (7 / 10^18) = 1 although 10^18 · 7 does not fit.
        let big = try r(1_000_000_000_000_000_000, 7)
        #expect(try big.multiplied(by: r(7, 1_000_000_000_000_000_000)) == Rational(1))
    }

    @Test func failuresAreReported() throws {
        #expect(throws: ArithmeticFailure.divisionByZero) { try r(1).divided(by: Rational(0)) }
        #expect(throws: ArithmeticFailure.divisionByZero) { try Rational(0).raised(to: -1) }
        #expect(throws: ArithmeticFailure.overflow) { try r(Int.max).adding(Rational(1)) }
        #expect(throws: ArithmeticFailure.overflow) { try r(1, Int.max).adding(r(1, Int.max - 1)) }
        #expect(throws: ArithmeticFailure.overflow) { try Rational(Int.min).negated() }
    }

    @Test func comparisonAndPowersOfTen() throws {
        #expect(try r(1, 3) < r(1, 2))
        #expect(try r(-1, 2) < r(1, 3))
        #expect(try r(Int.max, 2) < r(Int.max))
        #expect(Rational(10_000).powerOfTenExponent == 4)
        #expect(Rational(1).powerOfTenExponent == 0)
        #expect(try r(1, 1000).powerOfTenExponent == -3)
        #expect(Rational(982_081).powerOfTenExponent == nil)
        #expect(Rational(-100).powerOfTenExponent == nil)
        #expect(Rational(0).powerOfTenExponent == nil)
        #expect(try r(3, 10).powerOfTenExponent == nil)
        #expect(try r(7, 2).description == "7/2")
        #expect(Rational(-4).description == "-4")
    }
}
