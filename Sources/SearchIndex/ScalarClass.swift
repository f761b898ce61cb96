/// How the search tokenizer treats one Unicode scalar (after folding).
///
/// The same ranges and categories are written out in templates/assets/search.js;
/// Tests/search/tokens.json holds the strings both must agree on.
enum ScalarClass {
    /// Han, kana or Hangul: each scalar is a unit of a bigram run.
    case cjk
    /// A letter or digit of any other script: part of a word.
    case word
    /// A combining mark (Mn, Mc, Me): belongs to the unit or word before it.
    case mark
    /// Anything else (spaces, punctuation, symbols, emoji): ends a run or word.
    case separator

    init(_ scalar: Unicode.Scalar) {
        let value = scalar.value
        if value < 0x80 {
            switch value {
            case 0x30...0x39, 0x41...0x5A, 0x61...0x7A: self = .word
            default: self = .separator
            }
            return
        }
        if Self.isCJK(value) {
            self = .cjk
            return
        }
        switch scalar.properties.generalCategory {
        case .uppercaseLetter, .lowercaseLetter, .titlecaseLetter, .modifierLetter, .otherLetter,
             .decimalNumber, .letterNumber, .otherNumber:
            self = .word
        case .nonspacingMark, .spacingMark, .enclosingMark:
            self = .mark
        default:
            self = .separator
        }
    }

    /// Han (with 々 and 〇), Hiragana, Katakana (without the middle dot ・) and Hangul.
    static func isCJK(_ value: UInt32) -> Bool {
        switch value {
        case 0x1100...0x11FF,          // Hangul Jamo
             0x3005, 0x3007,           // 々 〇
             0x3041...0x3096,          // Hiragana
             0x309D...0x309F,          // Hiragana iteration marks, ゟ
             0x30A1...0x30FA,          // Katakana
             0x30FC...0x30FF,          // ー, Katakana iteration marks, ヿ
             0x3131...0x318E,          // Hangul Compatibility Jamo
             0x31F0...0x31FF,          // Katakana Phonetic Extensions
             0x3400...0x4DBF,          // CJK Extension A
             0x4E00...0x9FFF,          // CJK Unified Ideographs
             0xA960...0xA97F,          // Hangul Jamo Extended-A
             0xAC00...0xD7A3,          // Hangul Syllables
             0xD7B0...0xD7FF,          // Hangul Jamo Extended-B
             0xF900...0xFAFF,          // CJK Compatibility Ideographs
             0xFF66...0xFF9F,          // half-width Katakana
             0xFFA0...0xFFDC,          // half-width Hangul
             0x20000...0x3FFFF:        // CJK Extensions B and later
            return true
        default:
            return false
        }
    }
}
