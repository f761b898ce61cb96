/// A count from the parameter engine with the text the site formatted for it
/// (plain text in the site's number format, e.g. "10¹²", or "1T" in `compact` for en).
public struct DiagramNumber: Sendable, Hashable {
    public var value: Int
    public var text: String

    public init(value: Int, text: String) {
        self.value = value
        self.text = text
    }
}
