/// A Swift string as a JSON string literal, safe inside a <script> too
/// (`<` escaped, so `</script>` cannot end it; U+2028/2029 escaped).
/// Written byte by byte into UTF-8: the text blocks hold a whole site's text.
enum JSONText {
    static func literal(_ text: String) -> String {
        var out: [UInt8] = []
        append(text, to: &out)
        return String(decoding: out, as: UTF8.self)
    }

    static func append(_ text: String, to out: inout [UInt8]) {
        out.append(UInt8(ascii: "\""))
        var text = text
        let needsAttention = Self.needsAttention
        text.withUTF8 { bytes in
            var index = 0
            var runStart = 0
            func flush() { out.append(contentsOf: bytes[runStart..<index]) }
            while index < bytes.count {
                let byte = bytes[index]
                // Most bytes of a site's text need nothing: one table read says so.
                if !needsAttention[Int(byte)] {
                    index += 1
                    continue
                }
                var escape: [UInt8]? = nil
                switch byte {
                case UInt8(ascii: "\""): escape = Array("\\\"".utf8)
                case UInt8(ascii: "\\"): escape = Array("\\\\".utf8)
                case UInt8(ascii: "\n"): escape = Array("\\n".utf8)
                case UInt8(ascii: "\r"): escape = Array("\\r".utf8)
                case UInt8(ascii: "\t"): escape = Array("\\t".utf8)
                case UInt8(ascii: "<"): escape = Array("\\u003c".utf8)
                case 0x00..<0x20:
                    let hex = Array("0123456789abcdef".utf8)
                    escape = Array("\\u00".utf8) + [hex[Int(byte >> 4)], hex[Int(byte & 15)]]
                case 0xE2 where index + 2 < bytes.count && bytes[index + 1] == 0x80 && (bytes[index + 2] == 0xA8 || bytes[index + 2] == 0xA9):
                    // U+2028 and U+2029 end a line in older JavaScript.
                    flush()
                    out.append(contentsOf: Array((bytes[index + 2] == 0xA8 ? "\\u2028" : "\\u2029").utf8))
                    index += 3
                    runStart = index
                    continue
                default:
                    break
                }
                if let escape {
                    flush()
                    out.append(contentsOf: escape)
                    index += 1
                    runStart = index
                } else {
                    index += 1
                }
            }
            flush()
        }
        out.append(UInt8(ascii: "\""))
    }

    /// The bytes the loop must look at: those it escapes, and the first byte
    /// of U+2028 and U+2029.
    private static let needsAttention: [Bool] = (0...255).map { byte in
        byte < 0x20 || byte == 0x22 || byte == 0x5C || byte == 0x3C || byte == 0xE2
    }
}
