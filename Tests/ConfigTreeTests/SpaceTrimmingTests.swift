import Foundation
import Testing
import ConfigTree

@Suite struct SpaceTrimmingTests {
    /// The fast trim must agree with Foundation's `.whitespaces` on every kind of edge.
    @Test(arguments: [
        "", " ", "\t \t", "权值共享", "  权值共享  ", "\u{3000}局部感受野\u{3000}", "\u{00A0}a b\u{00A0}",
        "\n标题\n", " \n x \n ", "\u{2003}em\u{2009}", "a\u{3000}b", "\u{200B}zero width\u{200B}", "e\u{301} ",
    ])
    func agreesWithFoundation(_ text: String) {
        #expect(text.trimmingSpaces() == text.trimmingCharacters(in: .whitespaces))
    }

    /// Sizes and layer fields trim the parts they split (Substrings) by the same rule.
    @Test func substringsTrimByTheSameRule() {
        let parts = "6 \u{3000}x\t6".split(separator: "x").map { $0.trimmingSpaces() }
        #expect(parts == ["6", "6"])
        #expect(Unicode.Scalar(0x3000)!.isTrimmableSpace)
        #expect(!Unicode.Scalar("\n").isTrimmableSpace)
    }

    /// UTF-8 bytes trim exactly as the String they spell.
    @Test(arguments: [
        "", " ", "\t a \t", "\u{3000}\u{3000}", "\u{200B}字\u{200B}", "a\u{00A0}", "\u{FFFD}", "é ", " 😀 ",
        "\u{3000}局部感受野\u{3000}", "\u{2003}em\u{2009}", "e\u{301} ",
    ])
    func utf8TrimsAsTheString(_ text: String) {
        let trimmed = Array(text.utf8)[...].trimmingSpaces()
        #expect(String(decoding: trimmed, as: UTF8.self) == text.trimmingSpaces(), "\(text.unicodeScalars.map { String($0.value, radix: 16) })")
    }
}
