/// One output page, before rendering: where it comes from and its place in
/// the site. Home, chapters and 404 are pages of different kinds.
///
/// An immutable class: the plan, the workers and the plugins all look at
/// the same pages, and sharing a reference costs one reference count where
/// copying the value cost one per field of its source.
public final class Page: Sendable {
    public let id: PageID
    public let kind: PageKind
    /// The Markdown it renders; nil for the 404 page and a home page without `index.md`.
    public let source: PageSource?
    /// Its URL, title, description and chapter number, as every page sees it.
    public let meta: PageMeta

    public init(id: PageID, kind: PageKind, source: PageSource?, meta: PageMeta) {
        self.id = id
        self.kind = kind
        self.source = source
        self.meta = meta
    }

    /// The path that problems in this page are reported against.
    public var diagnosticPath: String { source?.path ?? id.rawValue }

    /// The name its figures and other generated files are filed under.
    public var slug: String { meta.slug }
}
