import ConfigTree

/// A Markdown file split into its YAML front matter and its body.
///
/// Front matter is the text between a first line `---` and the next line `---`
/// (or `...`), as Jekyll, Hugo and Zola read it.
struct FrontMatterSplit: Sendable {
    /// The YAML text (without the fences), or nil when the file has none.
    var yaml: String?
    /// 1-based line of the YAML's first line in the file.
    var yamlFirstLine: Int
    /// The Markdown after the closing fence.
    var body: String
    /// 1-based line of the body's first line in the file.
    var bodyFirstLine: Int
    /// True when the file opens a front matter block that never closes.
    var isUnterminated: Bool

    init(_ text: String) {
        yaml = nil
        yamlFirstLine = 2
        body = text
        bodyFirstLine = 1
        isUnterminated = false

        let utf8 = text.utf8
        var index = utf8.startIndex
        // A UTF-8 byte order mark is not content.
        if utf8.starts(with: [0xEF, 0xBB, 0xBF]) {
            index = utf8.index(index, offsetBy: 3)
        }
        guard let openEnd = Self.fenceEnd(in: utf8, at: index, fences: ["---"]) else { return }
        var lineStart = openEnd
        var line = 2
        while lineStart < utf8.endIndex {
            if let closeEnd = Self.fenceEnd(in: utf8, at: lineStart, fences: ["---", "..."]) {
                yaml = String(text[openEnd..<lineStart])
                body = String(text[closeEnd...])
                bodyFirstLine = line + 1
                return
            }
            guard let newline = utf8[lineStart...].firstIndex(of: UInt8(ascii: "\n")) else { break }
            lineStart = utf8.index(after: newline)
            line += 1
        }
        isUnterminated = true
    }

    /// If a fence line starts at `start`, the index just past its line break.
    private static func fenceEnd(in utf8: String.UTF8View, at start: String.Index, fences: [String]) -> String.Index? {
        let lineEnd = utf8[start...].firstIndex(of: UInt8(ascii: "\n")) ?? utf8.endIndex
        var line = utf8[start..<lineEnd]
        if line.last == UInt8(ascii: "\r") { line = line.dropLast() }
        // Trailing spaces after the fence are tolerated, as by Hugo.
        while line.last == UInt8(ascii: " ") { line = line.dropLast() }
        guard fences.contains(where: { line.elementsEqual($0.utf8) }) else { return nil }
        return lineEnd == utf8.endIndex ? lineEnd : utf8.index(after: lineEnd)
    }
}
