#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A located error for a line with more `|` than any real table has columns.
///
/// Debian's libcmark-gfm 0.29.0.gfm.6 parses a table in time that grows with
/// the square of its width (8,000 columns take seconds; upstream fixed it
/// later), and a long line of pipes under a paragraph is as slow. No table of
/// a documentation page comes near `maxPipes` columns, so past it the page
/// is refused before cmark-gfm sees it, instead of letting a build hang.
enum TableWidthLimit {
    static let maxPipes = 1_000

    /// The first line (1-based, in `markdown`) with more than `maxPipes` pipes, and its count.
    static func firstOverlongLine(in markdown: String) -> (line: Int, pipes: Int)? {
        // Most pages have far fewer pipes in all: counted with memchr, no line is looked at.
        var text = markdown
        let total = text.withUTF8 { bytes -> Int in
            guard let base = bytes.baseAddress else { return 0 }
            var count = 0, offset = 0
            while offset < bytes.count, let found = memchr(base + offset, Int32(UInt8(ascii: "|")), bytes.count - offset) {
                count += 1
                offset = base.distance(to: found.assumingMemoryBound(to: UInt8.self)) + 1
            }
            return count
        }
        guard total > maxPipes else { return nil }
        var line = 1, pipes = 0
        for byte in markdown.utf8 {
            if byte == UInt8(ascii: "|") {
                pipes += 1
            } else if byte == UInt8(ascii: "\n") {
                if pipes > maxPipes { return (line, pipes) }
                line += 1
                pipes = 0
            }
        }
        return pipes > maxPipes ? (line, pipes) : nil
    }

    static func message(pipes: Int) -> String {
        "a line with \(pipes) '|' (a table of more than \(maxPipes) columns): cmark-gfm 0.29 takes time growing with the square of a table's width; split the table or escape the pipes"
    }
}
