import Foundation
import Testing
@testable import SearchIndex

/// One row of Tests/search/tokens.json, the table the browser's tokenizer is checked against too.
struct TokenCase: Decodable, CustomTestStringConvertible {
    var note: String
    var text: String
    var tokens: [String]
    var testDescription: String { note }

    static func all() throws -> [TokenCase] {
        let url = URL(fileURLWithPath: #filePath)
            .deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("search/tokens.json")
        return try JSONDecoder().decode([TokenCase].self, from: Data(contentsOf: url))
    }
}

@Suite struct TokenizerTests {
    @Test(arguments: try TokenCase.all())
    func matchesTheSharedTable(_ row: TokenCase) {
        #expect(SearchTokenizer.tokens(row.text) == row.tokens, "\(row.note): \(row.text.debugDescription)")
    }

    @Test func theTableCoversEveryKindOfInput() throws {
        let texts = try TokenCase.all().map(\.text).joined()
        // Mixed scripts, full-width forms, emoji, combining marks, kana, Hangul.
        for required: Unicode.Scalar in ["权", "A", "Ａ", "１", "🐱", "\u{0301}", "か", "カ", "한", "（"] {
            #expect(texts.unicodeScalars.contains(required), "the table lacks \(required)")
        }
    }

    /// The fast folding path must agree with Foundation's NFKC wherever it applies.
    @Test func commonFoldingAgreesWithNFKC() {
        let samples = ["卷积核（kernel）：ＡＢＣ１２３…——“权值”　共享，。！？", "ひらがな・カタカナー 한국어", "Mixed CASE 123 _-+"]
        for sample in samples {
            let fast = SearchFolding.foldCommon(sample)
            #expect(fast != nil)
            var full = String.UnicodeScalarView()
            for scalar in sample.precomposedStringWithCompatibilityMapping.unicodeScalars {
                full.append(contentsOf: scalar.properties.lowercaseMapping.unicodeScalars)
            }
            #expect(fast == String(full))
        }
        #expect(SearchFolding.foldCommon("e\u{0301}") == nil)
        #expect(SearchFolding.foldCommon("か\u{3099}") == nil)
    }

    @Test func indexTokensAddEveryCJKCharacterAndWordSuffixes() {
        var tokens: [String] = []
        SearchTokenizer.indexTokens(folded: SearchFolding.fold("卷积核 ok AlexNet"), into: { tokens.append($0) })
        #expect(tokens == ["卷积", "积核", "卷", "积", "核", "ok", "alexnet", "lexnet", "exnet", "xnet", "net", "et"])
    }
}
