import ConfigTree

/// Explains the YAML mistakes authors commonly make, at the line where the
/// mistake is, instead of libyaml's message at the place where it gave up.
///
/// This is not a YAML parser: it runs only after libyaml reported an error,
/// and looks at the lines up to the error's line (a lint over the text around
/// the error). When no known mistake fits, libyaml's own message stands.
///
/// Columns count characters, as libyaml's marks do (it counts characters, not
/// bytes: `title: [草稿] 权值` fails at column 13, the `权`).
enum YAMLMistakes {
    /// An explanation of the error libyaml reported at `mark` (1-based line
    /// and column in `text`) with `problem`, or nil.
    static func explain(_ text: String, at mark: SourceLocation, problem: String) -> ConfigError? {
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false).map { line in
            line.last == "\r" ? Array(line.dropLast().unicodeScalars) : Array(line.unicodeScalars)
        }
        let errorLine = min(max(mark.line, 1), lines.count)
        guard errorLine >= 1 else { return nil }
        let checked = Array(lines.prefix(errorLine).enumerated())

        // Tabs in indentation: YAML indents with spaces only.
        for (index, line) in checked {
            let indentation = line.prefix { $0 == " " || $0 == "\t" }
            if let tab = indentation.firstIndex(of: "\t"), indentation.count < line.count, line[indentation.count] != "#" {
                return ConfigError("invalid YAML: a tab indents this line; YAML indents with spaces only, so replace the tab with spaces", at: SourceLocation(line: index + 1, column: tab + 1))
            }
        }
        // A full-width colon where the key ends: `weight：7`.
        for (index, line) in checked {
            guard let key = KeyLine(line) else { continue }
            if key.colon == nil, let fullWidth = key.fullWidthColon, !line[key.keyStart..<fullWidth].contains(" ") {
                let name = String(String.UnicodeScalarView(line[key.keyStart..<fullWidth]))
                let value = String(String.UnicodeScalarView(line[(fullWidth + 1)...])).trimmingSpaces()
                return ConfigError("invalid YAML: full-width colon '：' after '\(name)'; YAML needs an ASCII colon and a space: \(name): \(value)", at: SourceLocation(line: index + 1, column: fullWidth + 1))
            }
        }
        let line = lines[errorLine - 1]
        // A full-width comma inside a flow collection: `{image: 8x8， field: 3}`.
        if let open = line.firstIndex(where: { $0 == "{" || $0 == "[" }), let comma = line[open...].firstIndex(of: "，") {
            let kind = line[open] == "{" ? "mapping" : "list"
            return ConfigError("invalid YAML: full-width comma '，' in a flow \(kind); YAML separates its items with an ASCII comma and a space ', '", at: SourceLocation(line: errorLine, column: comma + 1))
        }
        guard let key = KeyLine(line), let colon = key.colon else { return nil }
        let name = String(String.UnicodeScalarView(line[key.keyStart..<colon]))
        let valueStart = line[(colon + 1)...].firstIndex { $0 != " " } ?? line.count
        let value = String(String.UnicodeScalarView(line[valueStart...]))
        let mistakeColumn = mark.line == errorLine ? mark.column : 0

        // A value that starts with a character YAML reads as syntax.
        if mistakeColumn > valueStart, let meaning = indicatorMeaning(value),
           value.hasPrefix("{{") || !["[", "{"].contains(value.unicodeScalars.first) || mistakeColumn > valueStart + Self.flowEnd(of: Array(value.unicodeScalars)) {
            return ConfigError("invalid YAML: the value of '\(name)' starts with \(meaning); quote the whole value: \(name): \(singleQuoted(value))", at: SourceLocation(line: errorLine, column: valueStart + 1))
        }
        // `: ` inside an unquoted value: `caption: 注意: 这里`.
        if problem.contains("mapping values are not allowed"), mistakeColumn > valueStart + 1 {
            return ConfigError("invalid YAML: ': ' inside the unquoted value of '\(name)' reads as another key; quote the whole value (\(name): \(singleQuoted(value))) or write the full-width '：'", at: SourceLocation(line: errorLine, column: mistakeColumn))
        }
        // A key indented differently from the key above it.
        if let (aboveIndex, above) = lines[..<(errorLine - 1)].enumerated().reversed().lazy.compactMap({ index, text in KeyLine(text).map { (index, $0) } }).first,
           above.keyStart != key.keyStart, above.hasValue || key.keyStart < above.keyStart {
            // Deeper under a key that has its value, or shallower than the key above
            // (and so than its siblings): either way not where a key of that mapping goes.
            let aboveName = String(String.UnicodeScalarView(lines[aboveIndex][above.keyStart..<(above.colon ?? above.keyStart)]))
            return ConfigError("invalid YAML: '\(name)' is indented by \(key.keyStart) space\(key.keyStart == 1 ? "" : "s") but '\(aboveName)' above it by \(above.keyStart); keys of one mapping start in the same column", at: SourceLocation(line: errorLine, column: key.keyStart + 1))
        }
        return nil
    }

    /// What a value's first characters mean to YAML, when they are syntax
    /// rather than text.
    private static func indicatorMeaning(_ value: String) -> String? {
        if value.hasPrefix("{{") { return "'{{', which YAML reads as the start of a mapping (a placeholder works inside quotes)" }
        switch value.unicodeScalars.first {
        case "[": return "'[', which YAML reads as the start of a list"
        case "{": return "'{', which YAML reads as the start of a mapping"
        case "*": return "'*', which YAML reads as an alias"
        case "&": return "'&', which YAML reads as an anchor"
        case "!": return "'!', which YAML reads as a tag"
        default: return nil
        }
    }

    /// The offset just past the bracket that closes the flow collection
    /// opening `value` (when text follows it, the author meant text), or the
    /// value's length when it is not closed on the line.
    private static func flowEnd(of value: [Unicode.Scalar]) -> Int {
        var depth = 0
        for (index, scalar) in value.enumerated() {
            if scalar == "[" || scalar == "{" { depth += 1 }
            if scalar == "]" || scalar == "}" {
                depth -= 1
                if depth == 0 { return index + 1 }
            }
        }
        return value.count
    }

    /// `text` in YAML single quotes (a quote inside is doubled).
    private static func singleQuoted(_ text: String) -> String {
        "'" + text.replacingOccurrences(of: "'", with: "''") + "'"
    }

    /// A line that starts with a key: its indentation, where the key's ASCII
    /// colon (followed by a space or the line's end) is, and a full-width
    /// colon before it, if any.
    private struct KeyLine {
        /// Offset (in scalars) of the key's first character; a list item's `- ` is skipped.
        var keyStart: Int
        var colon: Int?
        var fullWidthColon: Int?
        /// Whether a value follows the colon on the same line.
        var hasValue: Bool

        init?(_ line: [Unicode.Scalar]) {
            var start = line.firstIndex { $0 != " " } ?? line.count
            if start + 1 < line.count, line[start] == "-", line[start + 1] == " " {
                start = line[(start + 2)...].firstIndex { $0 != " " } ?? line.count
            }
            guard start < line.count, !["#", "-", "'", "\"", "[", "{", "?"].contains(line[start]) else { return nil }
            keyStart = start
            colon = nil
            fullWidthColon = nil
            hasValue = false
            var index = start
            while index < line.count {
                let scalar = line[index]
                if scalar == ":", index + 1 == line.count || line[index + 1] == " " {
                    colon = index
                    hasValue = line[(index + 1)...].contains { $0 != " " } && line[(index + 1)...].first { $0 != " " } != "#"
                    break
                }
                if scalar == "：", fullWidthColon == nil { fullWidthColon = index }
                if scalar == " " && fullWidthColon == nil && index + 1 < line.count && line[index + 1] == "#" { break }
                index += 1
            }
            if colon == nil && fullWidthColon == nil { return nil }
        }
    }
}
