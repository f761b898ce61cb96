import Foundation

/// Folding: NFKC, then each scalar lower-cased by its full Unicode mapping,
/// then NFKC again (a lower-case mapping may leave a decomposed sequence).
/// Full-width ＡＢＣ１２３ becomes abc123. Per scalar, not per string, so no
/// context-dependent rule (Greek final sigma) makes the browser differ.
public enum SearchFolding {
    public static func fold(_ text: String) -> String {
        if let fast = foldCommon(text) { return fast }
        let normalized = text.precomposedStringWithCompatibilityMapping
        var lowered = String.UnicodeScalarView()
        var changed = false
        for scalar in normalized.unicodeScalars {
            if scalar.value < 0x80 {
                lowered.append(asciiLower(scalar))
                if scalar.value >= 0x41 && scalar.value <= 0x5A { changed = true }
            } else if scalar.properties.changesWhenLowercased {
                lowered.append(contentsOf: scalar.properties.lowercaseMapping.unicodeScalars)
                changed = true
            } else {
                lowered.append(scalar)
            }
        }
        let result = String(lowered)
        return changed ? result.precomposedStringWithCompatibilityMapping : result
    }

    /// Foundation's NFKC reads about 25 MB/s, too slow for a whole site.
    /// Most text is ASCII, Han, kana, Hangul syllables and CJK punctuation,
    /// which NFKC leaves alone or maps one scalar at a time; such text is folded
    /// here, and anything else (a combining mark, say, which may compose) returns
    /// nil for the full path. Every mapping below is NFKC's own.
    static func foldCommon(_ text: String) -> String? {
        var result = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            let value = scalar.value
            switch value {
            case 0x00...0x7F:
                result.append(asciiLower(scalar))
            case 0xFF01...0xFF5E:   // full-width ASCII
                result.append(asciiLower(Unicode.Scalar(value - 0xFEE0)!))
            case 0x3000:            // ideographic space
                result.append(" ")
            case 0x2026:            // …
                result.append(contentsOf: "...".unicodeScalars)
            case 0x00B7, 0x2013, 0x2014, 0x2018...0x201D,
                 0x3001...0x3003, 0x3005, 0x3007...0x3011, 0x3014...0x301B,
                 0x3041...0x3096, 0x30A1...0x30FA, 0x30FC, 0x30FB,
                 0x3400...0x4DBF, 0x4E00...0x9FFF, 0xAC00...0xD7A3:
                result.append(scalar)
            default:
                return nil
            }
        }
        return String(result)
    }

    @inline(__always)
    static func asciiLower(_ scalar: Unicode.Scalar) -> Unicode.Scalar {
        (scalar.value >= 0x41 && scalar.value <= 0x5A) ? Unicode.Scalar(scalar.value + 0x20)! : scalar
    }
}
