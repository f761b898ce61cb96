import Markdown

/// Drops a soft line break between two East Asian wide characters, so a
/// Chinese sentence wrapped in the source shows no gap; as pandoc's
/// `east_asian_line_breaks` and Hugo's `cjk.eastAsianLineBreaks` do.
struct CJKLineBreaks {
    func apply(to document: Document) {
        for node in document.rootNode.descendants() where node.type == .softBreak {
            guard let before = node.previous.flatMap(Self.lastCharacter),
                  let after = node.next.flatMap(Self.firstCharacter),
                  Self.isWide(before), Self.isWide(after) else { continue }
            node.remove()
        }
    }

    static func lastCharacter(_ node: Node) -> Unicode.Scalar? {
        node.plainText.unicodeScalars.last
    }

    static func firstCharacter(_ node: Node) -> Unicode.Scalar? {
        node.plainText.unicodeScalars.first
    }

    /// Han, kana, Hangul, CJK punctuation and full-width forms.
    static func isWide(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x1100...0x115F, 0x2E80...0x303E, 0x3041...0x33FF, 0x3400...0x4DBF, 0x4E00...0x9FFF,
             0xA960...0xA97F, 0xAC00...0xD7A3, 0xF900...0xFAFF, 0xFE30...0xFE4F, 0xFF00...0xFF60,
             0xFFE0...0xFFE6, 0x20000...0x2FFFD, 0x30000...0x3FFFD:
            return true
        default:
            return false
        }
    }
}
