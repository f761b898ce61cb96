import Testing
import ParamEngine

@Suite struct ComparisonTests {
    @Test func theArticlesComparison() {
        let rows = Scenario.article.comparison()
        #expect(rows.map(\.scheme) == [.full, .local, .shared, .filters])
        #expect(rows.map(\.parameters) == [1_000_000_000_000, 100_000_000, 100, 10_000])
        #expect(rows.map(\.connections) == [1_000_000_000_000, 100_000_000, 100_000_000, 10_000_000_000])
        #expect(rows.map(\.reduction) == [nil, Rational(10_000), Rational(1_000_000), Rational(numerator: 1, denominator: 100)])
    }

    @Test func biasesChangeTheReductions() throws {
        let rows = try Scenario(declaration: declaration("bias: true")).comparison()
        #expect(rows.map(\.parameters) == [1_000_001_000_000, 101_000_000, 101, 10_100])
        #expect(rows[1].reduction == Rational(numerator: 1_000_001_000_000, denominator: 101_000_000))
        #expect(rows[2].reduction == Rational(1_000_000))
        #expect(rows[3].reduction == Rational(numerator: 1, denominator: 100))
    }
}
