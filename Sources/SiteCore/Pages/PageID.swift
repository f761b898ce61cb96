/// A page's stable identity: its source file relative to the content folder
/// (`02-local.md`), or a fixed name for a page that has none (`404`).
///
/// Inserting or removing a chapter changes no other page's identity, so
/// recorded dependencies and rendered results stay attached to their page.
public struct PageID: Hashable, Comparable, Sendable, CustomStringConvertible {
    public let rawValue: String

    public init(_ rawValue: String) {
        self.rawValue = rawValue
    }

    /// The home page, whether or not `index.md` exists.
    public static let home = PageID(HomePage.sourceFile)
    /// The 404 page, which has no source. Chapter ids end in `.md`, so it cannot collide.
    public static let notFound = PageID("404")

    public var description: String { rawValue }

    public static func < (lhs: PageID, rhs: PageID) -> Bool { lhs.rawValue < rhs.rawValue }
}
