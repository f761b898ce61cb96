/// Finds `{{ … }}` placeholders in a piece of text.
///
/// Only finds them: what is inside belongs to the parameter engine's
/// expression grammar. An escape character right before `{{` makes it literal.
enum PlaceholderScanner {
    enum Segment: Equatable {
        case text(String)
        /// The text between the braces, and its UTF-8 offset in the scanned string.
        case placeholder(String, offset: Int)
        /// A `{{` that is never closed (always the last segment): the text from
        /// it to the end, and the UTF-8 offset of the `{{`.
        case unterminated(String, offset: Int)
    }

    /// Does `text` need scanning at all? (cheap check for the hot path)
    static func mayContainPlaceholder(_ text: String, escape: Unicode.Scalar) -> Bool {
        text.utf8.contains(UInt8(ascii: "{")) || text.unicodeScalars.contains(escape)
    }

    /// Splits `text` into literal text and placeholders. The escape character
    /// before `{{` is dropped and the braces kept as text. The placeholders
    /// before an unclosed `{{` are still returned, so all their errors show.
    static func scan(_ text: String, escape: Unicode.Scalar) -> [Segment] {
        let bytes = Array(text.utf8)
        guard escape.isASCII else { return [.text(text)] }
        let escapeByte = UInt8(escape.value)
        var segments: [Segment] = []
        var literal: [UInt8] = []
        var index = 0
        func flush() {
            if !literal.isEmpty {
                segments.append(.text(String(decoding: literal, as: UTF8.self)))
                literal.removeAll(keepingCapacity: true)
            }
        }
        while index < bytes.count {
            let byte = bytes[index]
            if byte == escapeByte, index + 2 < bytes.count, bytes[index + 1] == UInt8(ascii: "{"), bytes[index + 2] == UInt8(ascii: "{") {
                literal += [UInt8(ascii: "{"), UInt8(ascii: "{")]
                index += 3
                continue
            }
            if byte == UInt8(ascii: "{"), index + 1 < bytes.count, bytes[index + 1] == UInt8(ascii: "{") {
                let start = index + 2
                var end = start
                var closed = false
                while end + 1 < bytes.count {
                    if bytes[end] == UInt8(ascii: "}") && bytes[end + 1] == UInt8(ascii: "}") {
                        closed = true
                        break
                    }
                    end += 1
                }
                guard closed else {
                    flush()
                    segments.append(.unterminated(String(decoding: bytes[index...], as: UTF8.self), offset: index))
                    return segments
                }
                flush()
                segments.append(.placeholder(String(decoding: bytes[start..<end], as: UTF8.self), offset: start))
                index = end + 2
                continue
            }
            if byte == escapeByte && escape == EscapeMarker.marker {
                // A stray marker (cannot happen from `mark`, but never show it).
                index += 1
                continue
            }
            literal.append(byte)
            index += 1
        }
        flush()
        return segments
    }
}
