/// A number written for the page: HTML for the body, plain text for places
/// that cannot hold markup (`<title>`, heading ids, meta descriptions, JSON).
///
/// The HTML needs no further escaping: it is digits, signs, CJK numerals and,
/// for `sci`, `<sup>` elements.
public struct FormattedNumber: Sendable, Hashable, CustomStringConvertible {
    public var html: String
    public var text: String

    public init(html: String, text: String) {
        self.html = html
        self.text = text
    }

    /// The same string for both, for formats without markup.
    init(_ text: String) {
        self.init(html: text, text: text)
    }

    public var description: String { text }
}
