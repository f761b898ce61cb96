/// A token of the index as one integer, where it fits: hashing and sorting
/// integers is what keeps indexing a big site fast. The top two bits say
/// which kind:
/// - 01: a CJK bigram of two single-scalar units (21 bits each);
/// - 10: a CJK unigram of one scalar;
/// - 11: an ASCII word of up to 7 bytes (its length in bits 56–58, bytes below);
/// - 00: any other token, by its number in a string table.
/// The tokens are exactly SearchTokenizer's (checked by the tests).
enum TokenKey {
    static let bigramTag: UInt64 = 1 << 62
    static let unigramTag: UInt64 = 2 << 62
    static let asciiWordTag: UInt64 = 3 << 62
    static let tagMask: UInt64 = 3 << 62
    /// On a bigram from `IndexTokenScanner`: the unigram of its second unit
    /// is a token of the text as well (never part of a token's own key).
    static let alsoSecondUnigram: UInt64 = 1 << 61

    /// The unigram of a bigram's second unit.
    static func secondUnigram(of bigram: UInt64) -> UInt64 { unigram(UInt32(bigram & 0x1F_FFFF)) }

    /// The tokens a scanner key stands for: the key, and the unigram it carries.
    static func expanded(_ key: UInt64) -> [UInt64] {
        key & alsoSecondUnigram != 0 && key & tagMask == bigramTag ? [key & ~alsoSecondUnigram, secondUnigram(of: key)] : [key]
    }

    static func bigram(_ first: UInt32, _ second: UInt32) -> UInt64 {
        bigramTag | UInt64(first) << 21 | UInt64(second)
    }

    static func unigram(_ scalar: UInt32) -> UInt64 { unigramTag | UInt64(scalar) }

    /// `bytes`: 1 to 7 ASCII bytes.
    static func asciiWord(_ bytes: UInt64, count: Int) -> UInt64 {
        asciiWordTag | UInt64(count) << 56 | bytes
    }

    static func isString(_ key: UInt64) -> Bool { key & tagMask == 0 }

    /// The key of a token, or nil when it goes in the string table.
    static func key(_ token: String) -> UInt64? {
        let scalars = Array(token.unicodeScalars)
        if scalars.allSatisfy({ ScalarClass.isCJK($0.value) }) {
            if scalars.count == 1 { return unigram(scalars[0].value) }
            if scalars.count == 2 { return bigram(scalars[0].value, scalars[1].value) }
            return nil
        }
        guard scalars.count <= 7, scalars.allSatisfy({ $0.isASCII }) else { return nil }
        var bytes: UInt64 = 0
        for scalar in scalars { bytes = bytes << 8 | UInt64(scalar.value) }
        return asciiWord(bytes, count: scalars.count)
    }

    /// The token of a key that is not a string-table number.
    static func token(_ key: UInt64) -> String {
        switch key & tagMask {
        case bigramTag:
            var scalars = String.UnicodeScalarView()
            scalars.append(Unicode.Scalar(UInt32(key >> 21 & 0x1F_FFFF))!)
            scalars.append(Unicode.Scalar(UInt32(key & 0x1F_FFFF))!)
            return String(scalars)
        case unigramTag:
            return String(Character(Unicode.Scalar(UInt32(key & 0x1F_FFFF))!))
        default:
            let count = Int(key >> 56 & 7)
            var bytes: [UInt8] = []
            for index in stride(from: count - 1, through: 0, by: -1) { bytes.append(UInt8(key >> UInt64(8 * index) & 0xFF)) }
            return String(decoding: bytes, as: UTF8.self)
        }
    }
}
