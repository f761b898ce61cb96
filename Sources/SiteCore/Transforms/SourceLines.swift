/// Finding text on a given line of a source, for error columns (only on the
/// error path, so nothing is indexed in advance).
public enum SourceLines {
    /// The 1-based byte column where `text` first occurs on line `line`
    /// (1-based) of `source`, at or after column `from`; nil when it does not.
    public static func column(of text: String, inLine line: Int, from: Int, in source: String) -> Int? {
        let bytes = Array(source.utf8)
        var start = 0
        var current = 1
        while current < line {
            guard let newline = bytes[start...].firstIndex(of: UInt8(ascii: "\n")) else { return nil }
            start = newline + 1
            current += 1
        }
        let end = bytes[start...].firstIndex(of: UInt8(ascii: "\n")) ?? bytes.count
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
