/// What a page is to the site. Each kind renders with the template of its name.
public enum PageKind: String, Sendable {
    /// `index.html`: the home page, from `index.md` when it exists.
    case home
    /// A chapter: one Markdown file in the content folder or one of its folders.
    case chapter
    /// A section's own page, `guide/index.html`, from the folder's `_index.md`
    /// (or `index.md`): its text and the list of its items. Rendered with
    /// `section.mustache`, or `chapter.mustache` in a theme without one.
    case section
    /// `404.html`, which servers show for a missing path; it has no source.
    case notFound = "404"

    /// The template that renders pages of this kind (`home.mustache`, …).
    public var template: String { rawValue }

    /// The `page.is_KIND` flag templates test.
    var templateFlag: String {
        switch self {
        case .home: return "is_home"
        case .chapter: return "is_chapter"
        case .section: return "is_section"
        case .notFound: return "is_404"
        }
    }
}
