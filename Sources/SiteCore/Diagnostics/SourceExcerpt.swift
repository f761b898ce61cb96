import Foundation

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
    /// At most this many columns of a long line are shown, around the
    /// caret: a paragraph written on one line may be thousands of
    /// characters, and each of its errors would print all of them.
    public static let maximumWidth = 100

    /// The two lines to print below a diagnostic at `column` (in characters)
    /// of `line`; nil for a blank line.
    public static func lines(for line: Substring, column: Int) -> [String]? {
        lines(for: Array(line.unicodeScalars), column: column)
    }

    /// The same for a line as scalars. A line wider than `maximumWidth` is
    /// cut to a window around the column, with `…` where it was cut.
    public static func lines(for scalars: [Unicode.Scalar], column: Int) -> [String]? {
        guard scalars.contains(where: { $0 != " " && $0 != "\t" }) else { return nil }
        let at = min(max(0, column - 1), scalars.count)
        // The window: up to half the width before the column, the rest after.
        var start = at, width = 0
        while start > 0, width + DisplayWidth.of(scalars[start - 1]) <= maximumWidth / 2 {
            start -= 1
            width += DisplayWidth.of(scalars[start])
        }
        var end = at
        while end < scalars.count, width + DisplayWidth.of(scalars[end]) <= maximumWidth {
            width += DisplayWidth.of(scalars[end])
            end += 1
        }
        let cutBefore = start > 0, cutAfter = end < scalars.count
        var shown = cutBefore ? "…" : ""
        for scalar in scalars[start..<end] {
            if scalar == "\t" {
                shown += String(repeating: " ", count: DisplayWidth.tabWidth)
            } else if scalar.value < 0x20 || scalar.value == 0x7F {
                // Control characters would move the terminal's cursor.
                continue
            } else {
                shown.unicodeScalars.append(scalar)
            }
        }
        if cutAfter { shown += "…" }
        // A column past the end of the line (the end of an expression) stands after it.
        let padding = (cutBefore ? 1 : 0) + scalars[start..<at].reduce(0) { $0 + DisplayWidth.of($1) } + max(0, column - 1 - scalars.count)
        return [shown, String(repeating: " ", count: padding) + "^"]
    }

    /// The text of the file a diagnostic names, for its excerpt: read only
    /// where the file really lies inside the project (the folder holding
    /// `content`, `content` and `templates`), whatever site.yml allows, and
    /// only when it is a regular file. A diagnostic may name a link sitegen
    /// refused to follow: its target must not be printed. Invalid UTF-8
    /// shows as U+FFFD, one per bad sequence, as columns count them.
    public static func projectText(at path: String, content: String, templates: String) -> String? {
        let boundary = ProjectBoundary.project(content: URL(fileURLWithPath: content), templates: URL(fileURLWithPath: templates), followsExternalLinks: false)
        // Links are followed, and the real path of what was opened is checked.
        guard let bytes = try? FileReader.bytes(at: path, confinement: FileReader.Confinement(boundary: boundary, throughLink: true)) else { return nil }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// The excerpt of `diagnostic` in `text`, the file it names.
    public static func lines(for diagnostic: Diagnostic, in text: String) -> [String]? {
        lines(for: diagnostic, in: SourceLineIndex(text))
    }

    /// The same through an index of the file, shared by all its diagnostics
    /// (a file with thousands of errors is not scanned once per error).
    public static func lines(for diagnostic: Diagnostic, in index: SourceLineIndex) -> [String]? {
        guard let scalars = index.scalars(ofLine: diagnostic.line) else { return nil }
        return lines(for: scalars, column: diagnostic.column)
    }
}
