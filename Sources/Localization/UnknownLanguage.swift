/// site.yml names a language no catalog serves. The site layer places the
/// message at the `language:` value (`site.yml:3:11: error: …`).
public struct UnknownLanguage: Error, Sendable, Equatable, CustomStringConvertible {
    /// The tag as written.
    public let tag: String
    /// The tags that would have worked.
    public let available: [String]

    public init(tag: String, available: [String]) {
        self.tag = tag
        self.available = available
    }

    /// "unknown language 'fr'; available: en, zh-CN"
    public var message: String {
        "unknown language '\(tag)'; available: \(available.joined(separator: ", "))"
    }

    public var description: String { message }
}
