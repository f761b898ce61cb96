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
    public struct Uniquer {
        private var used = HeadingIDSet()

        public init() {}

        /// Every id handed out so far.
        public var ids: HeadingIDSet { used }

        public mutating func unique(_ base: String) -> String {
            var candidate = base
            var counter = 0
            while !used.insert(candidate) {
                counter += 1
                candidate = "\(base)-\(counter)"
            }
            return candidate
        }
    }
}
