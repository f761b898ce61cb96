/// Finding text on a given line of a source, and turning cmark's byte columns
/// into character columns, for error positions (only on the error path, so
/// nothing is indexed in advance).
///
/// Every column sitegen reports counts Unicode scalars: cmark counts bytes of
/// UTF-8, so its columns are converted here, against the line they are on.
public enum SourceLines {
    /// The text of line `line` (1-based) of `source`, without its line break;
    /// nil past the end.
    public static func line(_ line: Int, in source: String) -> Substring? {
        let utf8 = source.utf8
        var start = utf8.startIndex
        var current = 1
        while current < line {
            guard let newline = utf8[start...].firstIndex(of: UInt8(ascii: "\n")) else { return nil }
            start = utf8.index(after: newline)
            current += 1
        }
        var end = utf8[start...].firstIndex(of: UInt8(ascii: "\n")) ?? utf8.endIndex
        if end > start, utf8[utf8.index(before: end)] == UInt8(ascii: "\r") { end = utf8.index(before: end) }
        return source[start..<end]
    }

    /// The character column (1-based, in Unicode scalars) of the byte column
    /// `byteColumn` (1-based, as cmark reports it) on line `line` of `source`.
    /// A column past the line's end counts the missing bytes as characters.
    public static func characterColumn(ofByteColumn byteColumn: Int, inLine line: Int, in source: String) -> Int {
        guard byteColumn > 1, let text = self.line(line, in: source) else { return max(1, byteColumn) }
        let bytes = text.utf8
        let prefix = bytes.prefix(byteColumn - 1)
        // A scalar starts at every byte that is not a continuation byte (10xxxxxx).
        let scalars = prefix.reduce(0) { $0 + ($1 & 0xC0 == 0x80 ? 0 : 1) }
        return scalars + 1 + max(0, byteColumn - 1 - bytes.count)
    }

    /// The character column (1-based) where `text` first occurs on line `line`
    /// (1-based) of `source`, at or after character column `from`; nil when
    /// it does not.
    public static func column(of text: String, inLine line: Int, from: Int, in source: String) -> Int? {
        guard let lineText = self.line(line, in: source) else { return nil }
        let scalars = Array(lineText.unicodeScalars)
        let needle = Array(text.unicodeScalars)
        guard !needle.isEmpty else { return nil }
        var index = max(from - 1, 0)
        while index + needle.count <= scalars.count {
            if scalars[index..<index + needle.count].elementsEqual(needle) { return index + 1 }
            index += 1
        }
        return nil
    }
}
