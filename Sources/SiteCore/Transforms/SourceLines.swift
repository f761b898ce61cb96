/// Finding text on a given line of a source, and turning cmark's byte columns
/// into character columns, for error positions.
///
/// Every column sitegen reports counts Unicode scalars: cmark counts bytes of
/// UTF-8, so its columns are converted here, against the line they are on.
/// These one-off forms index the source for one question; a page asks a
/// shared `SourceLineIndex`.
public enum SourceLines {
    /// The text of line `line` (1-based) of `source`, without its line break; nil past the end.
    public static func line(_ line: Int, in source: String) -> Substring? {
        SourceLineIndex(source).line(line)
    }

    /// See `SourceLineIndex.characterColumn(ofByteColumn:inLine:)`.
    public static func characterColumn(ofByteColumn byteColumn: Int, inLine line: Int, in source: String) -> Int {
        SourceLineIndex(source).characterColumn(ofByteColumn: byteColumn, inLine: line)
    }

    /// See `SourceLineIndex.column(of:inLine:from:)`.
    public static func column(of text: String, inLine line: Int, from: Int, in source: String) -> Int? {
        SourceLineIndex(source).column(of: text, inLine: line, from: from)
    }
}

/// A source's line starts, worked out on the first question and then shared
/// by every error of the page: copying and scanning the whole source once
/// per error made a page with thousands of bad placeholders take quadratic
/// time to report. Questions about the same line then cost little more
/// than their answer. Not thread-safe: one per page.
public final class SourceLineIndex {
    private let source: String
    /// Index where each line starts; line 1 at the source's start.
    private lazy var lineStarts: [String.Index] = {
        var starts = [source.startIndex]
        let utf8 = source.utf8
        var index = utf8.startIndex
        while let newline = utf8[index...].firstIndex(of: UInt8(ascii: "\n")) {
            index = utf8.index(after: newline)
            starts.append(index)
        }
        return starts
    }()

    /// The last line asked about, as scalars, with the scalar index at
    /// which each of its bytes is: a page's errors and links come line by
    /// line, and a single long line (one paragraph of a thousand links) must
    /// not cost its length once per link.
    private var cachedLine = 0
    private var cachedScalars: [Unicode.Scalar] = []
    private var scalarIndexOfByte: [Int] = []

    public init(_ source: String) {
        self.source = source
    }

    private func prepare(_ line: Int) -> Bool {
        if line == cachedLine { return true }
        guard let text = self.line(line) else { return false }
        cachedScalars = Array(text.unicodeScalars)
        scalarIndexOfByte = []
        scalarIndexOfByte.reserveCapacity(text.utf8.count + 1)
        for (index, scalar) in cachedScalars.enumerated() {
            for _ in 0..<UTF8.width(scalar) { scalarIndexOfByte.append(index) }
        }
        scalarIndexOfByte.append(cachedScalars.count)
        cachedLine = line
        return true
    }

    /// The text of line `line` (1-based), without its line break; nil past the end.
    public func line(_ line: Int) -> Substring? {
        guard line >= 1, line <= lineStarts.count else { return nil }
        let utf8 = source.utf8
        let start = lineStarts[line - 1]
        var end = line < lineStarts.count ? utf8.index(before: lineStarts[line]) : utf8.endIndex
        if end > start, utf8[utf8.index(before: end)] == UInt8(ascii: "\r") { end = utf8.index(before: end) }
        return source[start..<end]
    }

    /// The scalars of line `line` (1-based), without its line break; nil
    /// past the end. Kept for the next question about the same line.
    public func scalars(ofLine line: Int) -> [Unicode.Scalar]? {
        prepare(line) ? cachedScalars : nil
    }

    /// The character column (1-based, in Unicode scalars) of the byte column
    /// `byteColumn` (1-based, as cmark reports it) on line `line`. A column
    /// past the line's end counts the missing bytes as characters.
    public func characterColumn(ofByteColumn byteColumn: Int, inLine line: Int) -> Int {
        guard byteColumn > 1, prepare(line) else { return max(1, byteColumn) }
        let byteCount = scalarIndexOfByte.count - 1
        let offset = byteColumn - 1
        // A column inside a character (cmark never gives one) counts as that character.
        guard offset < byteCount else { return cachedScalars.count + 1 + (offset - byteCount) }
        let index = scalarIndexOfByte[offset]
        // Past the first byte of a character: the next character's column, as a byte count would be.
        let startsHere = offset == 0 || scalarIndexOfByte[offset - 1] != index
        return index + 1 + (startsHere ? 0 : 1)
    }

    /// The character column (1-based) where `text` first occurs on line
    /// `line` (1-based), at or after character column `from`; nil when it does not.
    public func column(of text: String, inLine line: Int, from: Int) -> Int? {
        guard prepare(line) else { return nil }
        let scalars = cachedScalars
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
