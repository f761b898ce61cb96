/// A folder of the content folder that holds pages: a section of the site.
/// Its title, order and text come from its optional `_index.md` (or `index.md`).
public struct SectionSource: Sendable {
    /// Relative to the content folder: `guide`, `guide/advanced`.
    public var folder: String
    /// The folder's own name (`advanced`): the title when no index file gives one.
    public var name: String { String(folder.split(separator: "/").last ?? Substring(folder)) }
    /// The folder's `_index.md` or `index.md`, if any.
    public var index: PageSource?
    /// Orders the section among its folder's chapters and sections (the index file's `weight`).
    public var weight: Int { index?.weight ?? 0 }
    /// The index file's title, else the folder's name.
    public var title: String {
        guard let title = index?.title, !title.isEmpty else { return name }
        return title
    }
    /// Nesting depth: 1 for a folder of the content folder.
    public var depth: Int { folder.split(separator: "/").count }
    /// The folder it is in (`""` for the content folder).
    public var parent: String {
        guard let slash = folder.lastIndex(of: "/") else { return "" }
        return String(folder[..<slash])
    }

    /// The names a folder's index file may have (one per folder: both is an error).
    public static let indexFileNames = ["_index.md", "index.md"]
    /// A section's page: `guide/index.html`.
    public static let pageFileName = "index.html"
}
