import ConfigTree

/// One Markdown page as read from disk: its front matter settings and body.
public struct PageSource: Sendable {
    /// The path as shown in messages (`content/02-local.md`).
    public var path: String
    /// The path relative to the content folder (`02-local.md`,
    /// `guide/01-intro.md`): what chapter links name, and the page's `PageID`.
    public var fileName: String
    public var slug: String
    /// Where `slug:` was written; nil when the slug comes from the file name.
    public var slugLocation: SourceLocation? = nil
    public var title: String
    /// Where `title:` was written, for errors found in it later (placeholders).
    public var titleLocation: SourceLocation
    public var weight: Int
    public var description: String
    public var descriptionLocation: SourceLocation
    public var isDraft: Bool
    /// Front matter `updated:`, or with `dates: git` the file's last commit.
    public var updated: PageDate?
    /// Front matter keys that plugins read (the explainer's `params:`),
    /// positions already in this file.
    public var extra: [String: ConfigNode]
    public var body: String
    /// 1-based line of the body's first line in the file: cmark's lines are shifted by it.
    public var bodyFirstLine: Int
    /// The whole file's fingerprint, for dependency tracking.
    public var fingerprint: Fingerprint
    /// The fingerprint of the text before the body (the front matter with its
    /// fences): when it is the same after an edit, only the body changed, and
    /// a rebuild keeps the site's plan (`SiteBuild.rebuild`).
    public var headFingerprint = Fingerprint()
}

extension PageSource {
    /// The folder the file is in, relative to the content folder: `""` at the top, `guide/advanced`.
    public var folder: String {
        guard let slash = fileName.lastIndex(of: "/") else { return "" }
        return String(fileName[..<slash])
    }

    /// Its page's path in the site: `guide/intro.html`, or a section's `guide/index.html`.
    public var url: String {
        if isSectionIndex { return folder + "/" + SectionSource.pageFileName }
        return (folder.isEmpty ? "" : folder + "/") + slug + ".html"
    }

    /// Whether this is a folder's `_index.md` or `index.md`: its section's
    /// title, order and text (the top folder's `index.md` is the home page).
    public var isSectionIndex: Bool {
        !folder.isEmpty && SectionSource.indexFileNames.contains(String(fileName[fileName.index(after: fileName.lastIndex(of: "/")!)...]))
    }
}
