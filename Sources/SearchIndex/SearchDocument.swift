/// One page as search sees it: where it is, its title, and its visible text
/// by section. The first section (`id` "") is the text before the first heading.
public struct SearchDocument: Sendable, Equatable {
    /// The page's URL relative to the site root, e.g. "03-shared.html".
    public var url: String
    public var title: String
    public var sections: [SearchSection]

    public init(url: String, title: String, sections: [SearchSection]) {
        self.url = url
        self.title = title
        self.sections = sections
    }
}

/// The text under one heading, up to the next heading of any level.
public struct SearchSection: Sendable, Equatable {
    /// The heading's id ("" for the text before the first heading).
    public var id: String
    /// The heading's plain text ("" before the first heading).
    public var heading: String
    /// The body text, block by block, separated by newlines.
    public var text: String

    public init(id: String, heading: String, text: String) {
        self.id = id
        self.heading = heading
        self.text = text
    }
}
