/// The source line of a diagnostic with a caret under its column, as the
/// Swift compiler and rustc print them:
///
///     content/02-local.md:12:9: error: unknown quantity 'out_widht'; did you mean 'out_width'?
///     输出宽度 {{ out_widht }}
///                 ^
///
/// Tabs are shown as spaces and wide characters count two columns, so the
/// caret stands under the character the column names.
public enum SourceExcerpt {
    /// The two lines to print below a diagnostic at `column` (in characters)
    /// of `line`; nil for an empty line.
    public static func lines(for line: Substring, column: Int) -> [String]? {
        guard !line.allSatisfy({ $0 == " " || $0 == "\t" }) else { return nil }
        let scalars = Array(line.unicodeScalars)
        let before = scalars.prefix(max(0, column - 1))
        // A column past the end of the line (the end of an expression) stands after it.
        let padding = before.reduce(0) { $0 + DisplayWidth.of($1) } + max(0, column - 1 - scalars.count)
        var shown = ""
        for scalar in scalars {
            if scalar == "\t" {
                shown += String(repeating: " ", count: DisplayWidth.tabWidth)
            } else if scalar.value < 0x20 || scalar.value == 0x7F {
                // Control characters would move the terminal's cursor.
                continue
            } else {
                shown.unicodeScalars.append(scalar)
            }
        }
        return [shown, String(repeating: " ", count: padding) + "^"]
    }

    /// The excerpt of `diagnostic` in `text`, the file it names.
    public static func lines(for diagnostic: Diagnostic, in text: String) -> [String]? {
        guard let line = SourceLines.line(diagnostic.line, in: text) else { return nil }
        return lines(for: line, column: diagnostic.column)
    }
}
