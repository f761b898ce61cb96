import Testing
@testable import SearchIndex

/// The index's fast scanner gives exactly SearchTokenizer's tokens (plus every
/// CJK unigram), on the shared table and on text of the common kind.
@Suite struct IndexTokenScannerTests {
    static func viaTokenizer(_ text: String) -> Set<String> {
        var tokens = Set<String>()
        SearchTokenizer.indexTokens(folded: SearchFolding.fold(text)) { tokens.insert($0) }
        return tokens
    }

    static func viaScanner(_ text: String) -> Set<String> {
        var scanner = IndexTokenScanner()
        var keys: [UInt64] = []
        scanner.keys(of: text, into: &keys)
        return Set(keys.flatMap(TokenKey.expanded).map { TokenKey.isString($0) ? scanner.strings[Int($0)] : TokenKey.token($0) })
    }

    static let common = [
        "在 PyTorch 里写作 `nn.Conv2d(1, 100, kernel_size=10)`，参数量一目了然。",
        "ＡＢＣ１２３ａｂｃ：“权值”　共享……——〇々　ひらがな・カタカナー 한국어 텍스트",
        "averyveryverylongword short7 exactly8 abcdefghi 中A文", "中", "", "第3章", "x", "ResNet-18 和 VGG16",
    ]

    @Test(arguments: try TokenCase.all().map(\.text) + common)
    func scannerMatchesTheTokenizer(_ text: String) {
        #expect(Self.viaScanner(text) == Self.viaTokenizer(text), "\(text.debugDescription)")
    }

    @Test func keysRoundTrip() {
        for token in ["权值", "核", "a", "conv2d", "1234567", "カタ", "한국"] {
            let key = TokenKey.key(token)
            #expect(key != nil)
            #expect(key.map(TokenKey.token) == token)
        }
        #expect(TokenKey.key("12345678") == nil)
        #expect(TokenKey.key("café") == nil)
        #expect(TokenKey.key("\u{20BB7}野") != nil)
    }
}
