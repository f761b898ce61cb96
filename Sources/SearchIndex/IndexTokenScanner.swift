/// The index's tokens of a text as `TokenKey`s: SearchTokenizer's tokens plus
/// every CJK character of a longer run as a unigram. Each unit after the first
/// of a run comes as its bigram carrying `TokenKey.alsoSecondUnigram`, which
/// stands for the unit's unigram too (`TokenKey.expanded`). Text of the common kind
/// (what `SearchFolding.foldCommon` handles, with no combining mark) is
/// folded and split in one pass without making a String per token; anything
/// else goes through SearchTokenizer itself.
struct IndexTokenScanner {
    /// Tokens without a key, numbered by `strings` (kept across texts of one page).
    var strings: [String] = []
    private var stringNumbers: [String: UInt64] = [:]

    mutating func keys(of text: String, into keys: inout [UInt64]) {
        if !scanCommon(text, into: &keys) {
            SearchTokenizer.indexTokens(folded: SearchFolding.fold(text)) { token in
                keys.append(TokenKey.key(token) ?? number(token))
            }
        }
    }

    mutating func number(_ token: String) -> UInt64 {
        if let existing = stringNumbers[token] { return existing }
        let new = UInt64(strings.count)
        strings.append(token)
        stringNumbers[token] = new
        return new
    }

    /// False (with `keys` unchanged) when the text needs the full path.
    /// Every CJK unit gets its unigram (a lone one is SearchTokenizer's own
    /// token, the others are the index's addition), and each pair of
    /// neighbouring units its bigram.
    private mutating func scanCommon(_ text: String, into keys: inout [UInt64]) -> Bool {
        let start = keys.count
        var inRun = false
        var previous: UInt32 = 0
        var word: [UInt8] = []
        var packed: UInt64 = 0
        func endWord() {
            if word.isEmpty { return }
            // The word, then its suffixes of two or more characters (see SearchTokenizer.indexTokens).
            for start in 0..<max(1, word.count - 1) {
                let length = word.count - start
                if length <= 7 {
                    keys.append(TokenKey.asciiWord(start == 0 ? packed : packed & ((1 << UInt64(8 * length)) - 1), count: length))
                } else {
                    keys.append(number(String(decoding: word[start...], as: UTF8.self)))
                }
            }
            word.removeAll(keepingCapacity: true)
            packed = 0
        }
        for scalar in text.unicodeScalars {
            var value = scalar.value
            switch value {
            case 0x30...0x39, 0x61...0x7A:
                break
            case 0x41...0x5A:
                value += 0x20
            case 0xFF10...0xFF19, 0xFF41...0xFF5A:
                value -= 0xFEE0
            case 0xFF21...0xFF3A:
                value -= 0xFEE0 - 0x20
            case 0x3005, 0x3007, 0x3041...0x3096, 0x30A1...0x30FA, 0x30FC, 0x3400...0x4DBF, 0x4E00...0x9FFF, 0xAC00...0xD7A3:
                endWord()
                // A unit after another is their bigram, carrying its own unigram; the first of a run, its unigram.
                keys.append(inRun ? TokenKey.bigram(previous, value) | TokenKey.alsoSecondUnigram : TokenKey.unigram(value))
                inRun = true
                previous = value
                continue
            case 0x00...0x7F, 0xFF01...0xFF0F, 0xFF1A...0xFF20, 0xFF3B...0xFF40, 0xFF5B...0xFF5E,
                 0x00B7, 0x2013, 0x2014, 0x2018...0x201D, 0x2026,
                 0x3000...0x3003, 0x3008...0x3011, 0x3014...0x301B, 0x30FB:
                // Separators: ASCII punctuation and spaces, and what NFKC maps to them.
                endWord()
                inRun = false
                continue
            default:
                keys.removeSubrange(start...)
                return false
            }
            // A letter or digit of a word (folded to ASCII).
            inRun = false
            word.append(UInt8(value))
            packed = packed << 8 | UInt64(value)
        }
        endWord()
        return true
    }
}
