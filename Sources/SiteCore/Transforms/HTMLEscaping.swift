/// Escaping text for HTML, byte by byte.
public enum HTMLEscaping {
    /// `& < > "`, as cmark's renderer escapes text; with `apostrophes`, also
    /// `'` as `&#39;`, as Mustache's `{{x}}` does.
    public static func escape(_ text: String, apostrophes: Bool = false) -> String {
        func special(_ byte: UInt8) -> Bool {
            byte == UInt8(ascii: "&") || byte == UInt8(ascii: "<") || byte == UInt8(ascii: ">") || byte == UInt8(ascii: "\"")
                || (apostrophes && byte == UInt8(ascii: "'"))
        }
        // Most text (ids, titles, URLs) has nothing to escape: return it as it is.
        let needsEscaping = text.utf8.withContiguousStorageIfAvailable { $0.contains(where: special) } ?? text.utf8.contains(where: special)
        guard needsEscaping else { return text }
        var result = [UInt8]()
        result.reserveCapacity(text.utf8.count + 16)
        for byte in text.utf8 {
            switch byte {
            case UInt8(ascii: "&"): result.append(contentsOf: "&amp;".utf8)
            case UInt8(ascii: "<"): result.append(contentsOf: "&lt;".utf8)
            case UInt8(ascii: ">"): result.append(contentsOf: "&gt;".utf8)
            case UInt8(ascii: "\""): result.append(contentsOf: "&quot;".utf8)
            case UInt8(ascii: "'") where apostrophes: result.append(contentsOf: "&#39;".utf8)
            default: result.append(byte)
            }
        }
        return String(decoding: result, as: UTF8.self)
    }

    /// Percent-encodes what may not stand in a URL as it is (non-ASCII bytes,
    /// spaces, quotes, angle brackets), keeping its structure (`/`, `#`, `&`…).
    public static func percentEncodeURL(_ url: String) -> String {
        var result = ""
        for byte in url.utf8 {
            switch byte {
            case 0x21...0x7E where !"\"<>\\^`{|}".utf8.contains(byte):
                result.unicodeScalars.append(Unicode.Scalar(byte))
            default:
                result += "%" + String(byte, radix: 16, uppercase: true).leftPadded(to: 2)
            }
        }
        return result
    }
}

extension String {
    func leftPadded(to width: Int) -> String {
        count >= width ? self : String(repeating: "0", count: width - count) + self
    }
}
