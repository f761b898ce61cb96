/// The visible text of a page under one heading, for a search index: the
/// heading's id and text, and the text of the blocks up to the next heading
/// (code and figures' text alternatives included, navigation not).
public struct PageSection: Sendable, Hashable {
    /// The heading's id; empty for the text before the first heading.
    public var id: String
    public var heading: String
    public var text: String

    public init(id: String, heading: String, text: String) {
        self.id = id
        self.heading = heading
        self.text = text
    }
}
