import Testing
import ConfigTree

@Suite struct CheckedArithmeticTests {
    @Test func exactOperationsGiveTheirResults() throws {
        #expect(try Checked.add(2, 3) == 5)
        #expect(try Checked.subtract(2, 3) == -1)
        #expect(try Checked.multiply(1_000_000, 1_000_000) == 1_000_000_000_000)
        #expect(try Checked.product([1000, 1000, 1_000_000]) == 1_000_000_000_000)
        #expect(try Checked.product([]) == 1)
        #expect(try Checked.power(10, 18) == 1_000_000_000_000_000_000)
        #expect(try Checked.power(-2, 3) == -8)
        #expect(try Checked.power(7, 0) == 1)
        #expect(try Checked.power(1, UInt(Int.max)) == 1)
    }

    @Test func overflowIsReportedNotWrapped() {
        #expect(throws: ArithmeticFailure.overflow) { try Checked.add(Int.max, 1) }
        #expect(throws: ArithmeticFailure.overflow) { try Checked.subtract(Int.min, 1) }
        #expect(throws: ArithmeticFailure.overflow) { try Checked.multiply(1 << 32, 1 << 31) }
        #expect(throws: ArithmeticFailure.overflow) { try Checked.negate(Int.min) }
        #expect(throws: ArithmeticFailure.overflow) { try Checked.product([1_000_000, 1_000_000, 1_000_000, 1_000_000]) }
        #expect(throws: ArithmeticFailure.overflow) { try Checked.power(10, 19) }
    }

    @Test func gcdWorksOnTheWholeRange() {
        #expect(Checked.gcd(12, 18) == 6)
        #expect(Checked.gcd(-12, 18) == 6)
        #expect(Checked.gcd(0, 5) == 5)
        #expect(Checked.gcd(Int.min, Int.min) == Int.min.magnitude)
    }
}
