/// A query as the index answers it: space-separated parts, each folded and
/// tokenized. A section matches when it holds every token of every part
/// (found through the posting lists), and then, checked against its stored
/// text, every part as a substring (the exact phrase).
///
/// Token lookup: a CJK token (bigram or single character) is looked up as is;
/// a word of two or more characters finds every indexed word or word suffix
/// it begins, and so every word it is part of ("conv" and "onv" find
/// "conv2d"); a one-character word finds only itself.
public struct SearchQuery: Sendable, Equatable {
    public struct Part: Sendable, Equatable {
        /// The part folded, for the phrase check.
        public var folded: String
        public var tokens: [String]
    }

    public var parts: [Part]

    public init(_ text: String) {
        parts = Self.split(text).compactMap { part in
            let tokens = SearchTokenizer.tokens(part)
            return tokens.isEmpty ? nil : Part(folded: SearchFolding.fold(part), tokens: tokens)
        }
    }

    public var isEmpty: Bool { parts.isEmpty }

    /// Every distinct token of the query, in order.
    public var tokens: [String] {
        var seen = Set<String>()
        return parts.flatMap(\.tokens).filter { seen.insert($0).inserted }
    }

    /// Whether a token also matches the longer words it begins.
    static func matchesByPrefix(_ token: String) -> Bool {
        !SearchTokenizer.isCJKToken(token) && token.unicodeScalars.count > 1
    }

    /// Split at white space as JavaScript's `\s` defines it, so both sides split alike.
    static func split(_ text: String) -> [String] {
        var parts: [String] = []
        var current = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            if isSpace(scalar) {
                if !current.isEmpty { parts.append(String(current)); current = String.UnicodeScalarView() }
            } else {
                current.append(scalar)
            }
        }
        if !current.isEmpty { parts.append(String(current)) }
        return parts
    }

    static func isSpace(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x09...0x0D, 0x20, 0xA0, 0x1680, 0x2000...0x200A, 0x2028, 0x2029, 0x202F, 0x205F, 0x3000, 0xFEFF: return true
        default: return false
        }
    }

    /// Whether a section's text holds every part: the phrase check, on folded text.
    public func isContained(in foldedSectionText: String) -> Bool {
        let haystack = Array(foldedSectionText.utf8)
        return parts.allSatisfy { Self.find(Array($0.folded.utf8), in: haystack) }
    }

    /// UTF-8 substring search, which is code-point substring search: unlike
    /// `String.contains`, a character followed by a combining mark still
    /// contains that character, as in JavaScript's `includes`.
    static func find(_ needle: [UInt8], in haystack: [UInt8]) -> Bool {
        guard !needle.isEmpty else { return true }
        guard needle.count <= haystack.count else { return false }
        let first = needle[0]
        var index = 0
        let last = haystack.count - needle.count
        while index <= last {
            if haystack[index] == first {
                var matched = true
                for offset in 1..<needle.count where haystack[index + offset] != needle[offset] {
                    matched = false
                    break
                }
                if matched { return true }
            }
            index += 1
        }
        return false
    }
}
