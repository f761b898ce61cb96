/// Escaping for text written into XML (and so into SVG, inline or standalone).
///
/// Besides the markup characters, characters that XML 1.0 does not allow at
/// all (most C0 controls, lone surrogates cannot occur in a Swift String,
/// U+FFFE and U+FFFF) are dropped: a caption from YAML may contain them, and a
/// single one makes the whole file unreadable to an XML parser.
enum XMLEscaping {
    /// Text content of an element.
    static func text(_ raw: String) -> String {
        escape(raw, inAttribute: false)
    }

    /// A double-quoted attribute value. Tabs and line breaks are written as
    /// character references so that attribute normalisation keeps them.
    static func attribute(_ raw: String) -> String {
        escape(raw, inAttribute: true)
    }

    private static func escape(_ raw: String, inAttribute: Bool) -> String {
        var result = ""
        result.reserveCapacity(raw.utf8.count)
        for scalar in raw.unicodeScalars {
            switch scalar {
            case "&": result += "&amp;"
            case "<": result += "&lt;"
            case ">": result += "&gt;"
            case "\"" where inAttribute: result += "&quot;"
            case "\n" where inAttribute: result += "&#10;"
            case "\r": result += "&#13;"
            case "\t" where inAttribute: result += "&#9;"
            default:
                if isAllowedInXML(scalar) { result.unicodeScalars.append(scalar) }
            }
        }
        return result
    }

    /// XML 1.0 `Char`: #x9 | #xA | #xD | [#x20-#xD7FF] | [#xE000-#xFFFD] | [#x10000-#x10FFFF].
    private static func isAllowedInXML(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x9, 0xA, 0xD: return true
        case 0x20...0xD7FF, 0xE000...0xFFFD, 0x10000...0x10FFFF: return true
        default: return false
        }
    }
}
