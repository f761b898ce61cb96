/// Heading ids that keep Chinese characters, as Hugo and mdBook do:
/// `## 权值共享` → `权值共享`, `## Weight Sharing (CNN)` → `weight-sharing-cnn`.
///
/// Letters and digits of every script are kept, ASCII letters lower-cased;
/// every run of other characters (spaces, punctuation) becomes one `-`;
/// an empty result falls back to `section`.
public enum HeadingID {
    public static func slugify(_ text: String) -> String {
        // Built as UTF-8 bytes: appending to a String scalar by scalar cost more
        // than deciding which scalars to keep.
        var result: [UInt8] = []
        result.reserveCapacity(text.utf8.count)
        var pendingDash = false
        for scalar in text.unicodeScalars {
            if isWordScalar(scalar) {
                if pendingDash && !result.isEmpty { result.append(UInt8(ascii: "-")) }
                pendingDash = false
                // ASCII letters lower-cased; other scripts kept as written.
                if scalar.value >= 0x41 && scalar.value <= 0x5A {
                    result.append(UInt8(truncatingIfNeeded: scalar.value + 0x20))
                } else if scalar.isASCII {
                    result.append(UInt8(truncatingIfNeeded: scalar.value))
                } else {
                    UTF8.encode(scalar) { result.append($0) }
                }
            } else {
                pendingDash = true
            }
        }
        return result.isEmpty ? "section" : String(decoding: result, as: UTF8.self)
    }

    /// Letters and numbers of every script, the marks that attach to them, and `_`.
    static func isWordScalar(_ scalar: Unicode.Scalar) -> Bool {
        if scalar.isASCII {
            let value = scalar.value
            return (value >= 0x30 && value <= 0x39) || (value >= 0x41 && value <= 0x5A) || (value >= 0x61 && value <= 0x7A) || value == 0x5F
        }
        // CJK Unified Ideographs and Extension A are letters (Lo) throughout:
        // most of this site's heading text, answered without a property lookup.
        if (0x4E00...0x9FFF).contains(scalar.value) || (0x3400...0x4DBF).contains(scalar.value) {
            return true
        }
        switch scalar.properties.generalCategory {
        case .uppercaseLetter, .lowercaseLetter, .titlecaseLetter, .modifierLetter, .otherLetter,
             .decimalNumber, .letterNumber, .otherNumber, .nonspacingMark, .spacingMark, .enclosingMark:
            return true
        default:
            return false
        }
    }

    /// Makes ids unique within a page: the second `概述` becomes `概述-1`, the third `概述-2`.
    ///
    /// Each id is the first of `base`, `base-1`, `base-2`, … not taken yet, so
    /// ids stay unique whatever order authored and generated ones come in
    /// (`a`, `a`, `a-1` gives `a`, `a-1`, `a-1-1`). Ids are never given back,
    /// so every suffix below the last one handed out for a base is still taken:
    /// the search for a base resumes where it stopped, and a page's headings
    /// cost work in proportion to their number, however many repeat.
    public struct Uniquer {
        private var used = HeadingIDSet()
        /// Per base id, the first suffix not known to be taken (0: the base itself).
        private var nextSuffix: [HeadingIDKey: Int] = [:]
        /// How many candidate ids were looked up so far: tests pin the cost with it.
        public private(set) var probes = 0

        public init() {}

        /// Every id handed out so far.
        public var ids: HeadingIDSet { used }

        public mutating func unique(_ base: String) -> String {
            let key = HeadingIDKey(base)
            var suffix = nextSuffix[key] ?? 0
            while true {
                let candidate = suffix == 0 ? base : "\(base)-\(suffix)"
                probes += 1
                suffix += 1
                if used.insert(candidate) {
                    nextSuffix[key] = suffix
                    return candidate
                }
            }
        }
    }
}
