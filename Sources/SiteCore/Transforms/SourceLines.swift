/// Finding text on a given line of a source, for error columns (only on the
/// error path, so nothing is indexed before the first error).
public enum SourceLines {
    /// The 1-based byte column where `text` first occurs on line `line`
    /// (1-based) of `source`, at or after column `from`; nil when it does not.
    public static func column(of text: String, inLine line: Int, from: Int, in source: String) -> Int? {
        SourceLineIndex(source).column(of: text, inLine: line, from: from)
    }
}

/// A source's bytes and line starts, worked out on the first question and
/// then shared by every error of the page: copying and scanning the whole
/// source once per error made a page with thousands of bad placeholders
/// take quadratic time to report.
public final class SourceLineIndex {
    private let source: String
    private lazy var bytes: [UInt8] = Array(source.utf8)
    /// Byte offset where each line starts; line 1 at index 0.
    private lazy var lineStarts: [Int] = {
        var starts = [0]
        for (offset, byte) in bytes.enumerated() where byte == UInt8(ascii: "\n") {
            starts.append(offset + 1)
        }
        return starts
    }()

    public init(_ source: String) {
        self.source = source
    }

    /// See `SourceLines.column(of:inLine:from:in:)`.
    public func column(of text: String, inLine line: Int, from: Int) -> Int? {
        guard line >= 1, line <= lineStarts.count else { return nil }
        let start = lineStarts[line - 1]
        let end = line < lineStarts.count ? lineStarts[line] - 1 : bytes.count
        let needle = Array(text.utf8)
        guard !needle.isEmpty else { return nil }
        var index = start + max(from - 1, 0)
        while index + needle.count <= end {
            if bytes[index..<index + needle.count].elementsEqual(needle) { return index - start + 1 }
            index += 1
        }
        return nil
    }
}
