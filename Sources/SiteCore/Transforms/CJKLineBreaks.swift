import Markdown

/// Drops a soft line break next to a Chinese or Japanese character, so text
/// wrapped in the source shows no gap: Chinese authors wrap long lines, and
/// a browser shows a newline as a space.
///
/// The rule widens CSS Text 3's segment-break transformation (also goldmark's
/// "css3draft" East Asian line breaks), which drops the break only when the
/// characters on both sides are East Asian wide: here one wide side is enough
/// (Han, kana, CJK punctuation and full-width forms), so `参数，\nPyTorch` and
/// `{{ full }}\n个参数` join too, as Chinese authors mean them to. Hangul on
/// either side keeps the break, as in CSS: Korean separates words with spaces.
struct CJKLineBreaks {
    /// `softBreaks`: the document's soft line breaks.
    func apply(to softBreaks: [Node]) {
        for node in softBreaks { apply(to: node) }
    }

    func apply(to softBreak: Node) {
        let before = softBreak.previous.flatMap { $0.plainText.unicodeScalars.last }
        let after = softBreak.next.flatMap { $0.plainText.unicodeScalars.first }
        guard before.map(Self.isWide) == true || after.map(Self.isWide) == true,
              before.map(Self.isHangul) != true, after.map(Self.isHangul) != true else { return }
        softBreak.remove()
    }

    static func isHangul(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x1100...0x11FF, 0x3130...0x318F, 0xA960...0xA97F, 0xAC00...0xD7AF, 0xD7B0...0xD7FF: return true
        default: return false
        }
    }

    /// East Asian wide or full-width. The compatibility jamo (U+3130–318F) fall
    /// in this range; `apply` checks Hangul first.
    static func isWide(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x2E80...0x303E, 0x3041...0x33FF, 0x3400...0x4DBF, 0x4E00...0x9FFF,
             0xF900...0xFAFF, 0xFE30...0xFE4F, 0xFF00...0xFF60, 0xFFE0...0xFFE6,
             0x20000...0x2FFFD, 0x30000...0x3FFFD:
            return true
        default:
            return false
        }
    }
}
