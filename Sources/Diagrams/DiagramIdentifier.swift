/// Element ids inside a figure. Several figures can be inline in one page, so
/// every id starts with the caller's prefix; the prefix is made safe to use
/// as an XML/HTML id and as a token of `aria-labelledby` (which is split on
/// whitespace): letters and digits of any script, `-` and `_` are kept, any
/// other character becomes `-`, and a prefix that does not start with a letter
/// or `_` gets `dg-` in front.
enum DiagramIdentifier {
    static func sanitized(_ prefix: String) -> String {
        var result = ""
        for character in prefix {
            if character.isLetter || character.isNumber || character == "-" || character == "_" {
                result.append(character)
            } else {
                result.append("-")
            }
        }
        guard let first = result.first, first.isLetter || first == "_" else {
            return "dg-" + result
        }
        return result
    }
}
