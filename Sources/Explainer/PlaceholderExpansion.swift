import ConfigTree
import SiteCore
import Markdown
import ParamEngine

/// Replaces `{{ expression | format }}` in text (paragraphs, headings, link
/// text) with the engine's value. Code spans and code blocks are separate
/// node types, so they are never touched. Markup such as `10<sup>12</sup>`
/// goes in as a custom inline, written even while raw HTML is off.
struct PlaceholderExpansion {
    var numbers: NumberContext
    /// The Markdown that was parsed: error columns are looked up in it, since
    /// cmark's text literals are shorter than the source after an entity or
    /// a backslash escape.
    var source: String

    /// The bytes that make a text node worth scanning: `{` and the escape marker.
    private static let interestingBytes: [UInt8] = [UInt8(ascii: "{"), EscapeMarker.markerByte]

    /// `texts`: the document's text nodes, in document order.
    func apply(to texts: [Node], sink: inout DiagnosticSink, lineOffset: Int) {
        let lines = SourceLineIndex(source)
        for node in texts {
            guard node.literalContainsAny(of: Self.interestingBytes), let literal = node.literal else { continue }
            let document = node.document
            let line = node.startLine + lineOffset
            let column = node.startColumn
            // Where to look for the next placeholder's `{{` in the source line.
            var searchFrom = column
            func sourceColumn(of text: String, fallback: Int) -> Int {
                guard let found = lines.column(of: text, inLine: node.startLine, from: searchFrom) else { return fallback }
                searchFrom = found + 1
                return found
            }
            let segments = PlaceholderScanner.scan(literal, escape: EscapeMarker.marker)
            if segments == [.text(literal)] { continue }
            // An image's alt text is plain text; a table cell of cmark-gfm takes
            // only the standard inline nodes, no custom one (an insert would fail
            // and the number vanish). Both get the number's plain form (10¹²).
            let plainOnly = node.isInside(.image) || node.isInside(.tableCell)
            var replacements: [Node] = []
            for segment in segments {
                switch segment {
                case .text(let text):
                    replacements.append(document.makeText(text))
                case .unterminated(let rest, let offset):
                    // A few whole characters: cut in bytes, a Han character could be split and never match.
                    let excerpt = String(rest.unicodeScalars.prefix(8))
                    let message = node.isInside(.tableCell) ? PlaceholderText.unterminatedInCellMessage : PlaceholderText.unterminatedMessage
                    sink.error(message, line: line, column: sourceColumn(of: excerpt, fallback: column + offset))
                    replacements.append(document.makeText(rest))
                case .placeholder(let inside, let offset):
                    do {
                        let number = try numbers.evaluate(inside)
                        if plainOnly || number.html == HTMLEscaping.escape(number.text) {
                            replacements.append(document.makeText(number.text))
                        } else {
                            replacements.append(document.makeCustomInline(html: number.html, plainText: number.text))
                        }
                    } catch {
                        let opening = sourceColumn(of: "{{" + inside + "}}", fallback: column + offset - 2)
                        let at = SourceLocation(line: line, column: opening + 2 + error.location.column - 1)
                        sink.error(error.message, at: at)
                        replacements.append(document.makeText("{{" + inside + "}}"))
                    }
                }
            }
            for replacement in replacements {
                node.insertBefore(replacement)
            }
            node.remove()
        }
    }
}

/// Placeholders in front matter text (title, description): the same syntax,
/// with `\{{` as the escape, giving both HTML and plain text.
enum PlaceholderText {
    static let unterminatedMessage = "unterminated placeholder: close '{{' with '}}' on the same line, or write '\\{{' for literal braces"
    /// In a table, the format's `|` ends the cell before the `}}`.
    static let unterminatedInCellMessage = "unterminated placeholder in a table cell: '|' ends the cell, so write '\\|' before a format ('{{ full \\| plain }}')"

    static func expand(_ text: String, numbers: NumberContext, at location: SourceLocation, sink: inout DiagnosticSink) -> (html: String, text: String) {
        guard PlaceholderScanner.mayContainPlaceholder(text, escape: "\\") else {
            return (HTMLEscaping.escape(text), text)
        }
        var html = "", plain = ""
        for segment in PlaceholderScanner.scan(text, escape: "\\") {
            switch segment {
            case .text(let literal):
                html += HTMLEscaping.escape(literal)
                plain += literal
            case .unterminated(let rest, let offset):
                sink.error(unterminatedMessage, at: SourceLocation(line: location.line, column: location.column + offset))
                html += HTMLEscaping.escape(rest)
                plain += rest
            case .placeholder(let inside, let offset):
                do {
                    let number = try numbers.evaluate(inside)
                    html += number.html
                    plain += number.text
                } catch {
                    sink.error(error.message, at: SourceLocation(line: location.line, column: location.column + offset + error.location.column - 1))
                }
            }
        }
        return (html, plain)
    }
}
