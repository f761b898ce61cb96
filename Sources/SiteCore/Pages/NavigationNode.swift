import Localization

/// One entry of the site's navigation tree: a chapter, or a section (a folder)
/// with its own page if it has an index file, and its entries in reading order.
public indirect enum NavigationNode: Sendable {
    case chapter(Page)
    case section(folder: String, title: String, titleHTML: String, page: Page?, children: [NavigationNode])

    /// The tree of `pages` (chapters and sections' pages in reading order,
    /// which keeps each folder's pages together, depth first).
    static func tree(source: SiteSource, pages: [Page]) -> [NavigationNode] {
        final class Open {
            let folder: String
            var page: Page?
            var children: [NavigationNode] = []
            init(folder: String) { self.folder = folder }
        }
        let sections = Dictionary(source.sections.map { ($0.folder, $0) }, uniquingKeysWith: { first, _ in first })
        var stack = [Open(folder: "")]

        func close() {
            let done = stack.removeLast()
            let section = sections[done.folder] ?? SectionSource(folder: done.folder, index: nil)
            let title = done.page.map { ($0.meta.title, $0.meta.titleHTML) } ?? (section.title, HTMLEscaping.escape(section.title))
            stack[stack.count - 1].children.append(.section(folder: done.folder, title: title.0, titleHTML: title.1, page: done.page, children: done.children))
        }
        func isInside(_ folder: String, _ ancestor: String) -> Bool {
            ancestor.isEmpty || folder == ancestor || folder.hasPrefix(ancestor + "/")
        }

        for page in pages {
            guard let source = page.source else { continue }
            let folder = source.folder
            while !isInside(folder, stack[stack.count - 1].folder) { close() }
            // Open the folders between the innermost open one and the page's.
            let openFolder = stack[stack.count - 1].folder
            let rest = openFolder.isEmpty ? folder : String(folder.dropFirst(min(folder.count, openFolder.count + 1)))
            var path = openFolder
            for part in rest.split(separator: "/") {
                path = path.isEmpty ? String(part) : path + "/" + part
                stack.append(Open(folder: path))
            }
            if page.kind == .section {
                stack[stack.count - 1].page = page
            } else {
                stack[stack.count - 1].children.append(.chapter(page))
            }
        }
        while stack.count > 1 { close() }
        return stack[0].children
    }

    /// Everything of the tree that navigation shows, for dependency fingerprints.
    static func combine(_ nodes: [NavigationNode], into fingerprint: inout Fingerprint) {
        for node in nodes {
            switch node {
            case .chapter(let page):
                fingerprint.combine(page.meta.fingerprint)
            case .section(let folder, let title, let titleHTML, let page, let children):
                fingerprint.combine("section")
                fingerprint.combine(folder)
                fingerprint.combine(title)
                fingerprint.combine(titleHTML)
                fingerprint.combine(page?.meta.fingerprint ?? .absent)
                combine(children, into: &fingerprint)
                fingerprint.combine("end")
            }
        }
    }

    /// The tree as templates see it: every entry has `title`, `title_html`,
    /// `url` (absent for a section without a page), `is_section`, `is_current`
    /// (the page shown), `entries` and `has_entries`; chapters add `number`,
    /// `number_label` and `description`.
    static func values(_ nodes: [NavigationNode], current: PageID?, words: LanguageCatalog) -> [[String: Any]] {
        nodes.map { node in
            switch node {
            case .chapter(let page):
                var entry = page.meta.navigationEntry(words)
                entry["is_section"] = false
                entry["is_current"] = page.id == current
                // Present and empty, so that a recursive partial never finds a parent's entries.
                entry["entries"] = [[String: Any]]()
                entry["has_entries"] = false
                return entry
            case .section(_, let title, let titleHTML, let page, let children):
                var entry: [String: Any] = page.map { $0.meta.navigationEntry(words) } ?? [:]
                entry["title"] = TemplateText(title)
                entry["title_html"] = TemplateText(titleHTML)
                if page == nil {
                    entry["url"] = false
                    entry["description"] = TemplateText("")
                }
                entry["is_section"] = true
                entry["is_current"] = page != nil && page?.id == current
                entry["entries"] = values(children, current: current, words: words)
                entry["has_entries"] = !children.isEmpty
                return entry
            }
        }
    }

    /// The entries of the section whose page is `page`.
    static func children(of page: Page, in nodes: [NavigationNode]) -> [NavigationNode]? {
        for node in nodes {
            guard case .section(_, _, _, let sectionPage, let children) = node else { continue }
            if sectionPage?.id == page.id { return children }
            if let found = self.children(of: page, in: children) { return found }
        }
        return nil
    }
}
