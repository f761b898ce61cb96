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
            // cmark counts bytes; reported columns count characters. Worked out
            // on the error path only.
            func nodeColumn() -> Int {
                lines.characterColumn(ofByteColumn: node.startColumn, inLine: node.startLine)
            }
            // Where to look for the next placeholder's `{{` in the source line.
            var searchFrom: Int?
            func sourceColumn(of text: String, fallback: () -> Int) -> Int {
                guard let found = lines.column(of: text, inLine: node.startLine, from: searchFrom ?? nodeColumn()) else { return fallback() }
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
                    let at = sourceColumn(of: excerpt, fallback: { nodeColumn() + PlaceholderText.characters(in: literal, utf8Offset: offset) })
                    let message = node.isInside(.tableCell) ? PlaceholderText.unterminatedInCellMessage : PlaceholderText.unterminatedMessage(in: lines.line(node.startLine), at: at)
                    sink.error(message, line: line, column: at)
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
                        let opening = sourceColumn(of: "{{" + inside + "}}", fallback: { nodeColumn() + PlaceholderText.characters(in: literal, utf8Offset: offset) - 2 })
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

    /// Characters Markdown reads before sitegen sees a placeholder: one of them
    /// inside `{{ … }}` splits its text, so the placeholder looks unclosed.
    static let markdownCharacters: [Character] = ["*", "_", "`", "[", "]", "<", ">", "!", "&", "\\", "~"]

    /// The message for a `{{` whose text ends before `}}`: when the source
    /// line closes it, Markdown split it at a character it reads as markup,
    /// and the message names those characters.
    static func unterminatedMessage(in sourceLine: Substring?, at column: Int) -> String {
        guard let sourceLine else { return unterminatedMessage }
        let rest = String(sourceLine.unicodeScalars.dropFirst(max(0, column - 1)))
        guard rest.hasPrefix("{{"), let close = rest.range(of: "}}") else { return unterminatedMessage }
        let inside = rest[rest.index(rest.startIndex, offsetBy: 2)..<close.lowerBound]
        let found = markdownCharacters.filter { inside.contains($0) }
        guard !found.isEmpty else { return unterminatedMessage }
        let names = found.map { "'\($0)'" }.joined(separator: ", ")
        var message = "the placeholder '{{\(inside)}}' holds \(names), which Markdown reads as markup before sitegen sees the placeholder"
        if found == ["*"] {
            message += "; put spaces around '*' to multiply ({{ a * b }})"
        } else {
            message += "; a placeholder holds quantity names, whole numbers, + - * / ^ (with spaces around '*'), parentheses and '| format'"
        }
        return message
    }

    /// The number of Unicode scalars in the first `utf8Offset` bytes of `text`.
    static func characters(in text: String, utf8Offset: Int) -> Int {
        text.utf8.prefix(utf8Offset).reduce(0) { $0 + ($1 & 0xC0 == 0x80 ? 0 : 1) }
    }

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
                sink.error(unterminatedMessage, at: SourceLocation(line: location.line, column: location.column + characters(in: text, utf8Offset: offset)))
                html += HTMLEscaping.escape(rest)
                plain += rest
            case .placeholder(let inside, let offset):
                do {
                    let number = try numbers.evaluate(inside)
                    html += number.html
                    plain += number.text
                } catch {
                    sink.error(error.message, at: SourceLocation(line: location.line, column: location.column + characters(in: text, utf8Offset: offset) + error.location.column - 1))
                }
            }
        }
        return (html, plain)
    }
}
