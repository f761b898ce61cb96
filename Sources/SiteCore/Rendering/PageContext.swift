import Foundation
/// Builds the values templates see (documented in the README, "Template variables").
/// Plain dictionaries (swift-mustache reads them directly, without
/// reflection) whose text values are `TemplateText`.
struct PageContext {
    let site: [String: Any]
    /// The theme's words in the site's language (`TemplateWords`).
    let words: [String: Any]
    /// `search` without its `root` (`SearchBoxValues`); nil with `search: false`.
    let searchBox: [String: Any]?
    /// The chapter list with nothing marked current, built once per build
    /// when a page first shows it (a body edit on a large site renders one
    /// page that links to chapters.js instead).
    private let chapterList = ChapterList()
    var chapters: [[String: Any]] { chapterList.entries(of: plan) }
    let plan: SitePlan
    let chaptersInline: Bool
    let baseURL: String?
    /// site.yml's `edit_url`, to which a page's source file name is appended.
    let editURL: String?

    /// Whether templates read `toc` / `toc_html` (each is built per page only then).
    let buildsTOC: Bool
    let buildsTOCHTML: Bool

    init(plan: SitePlan, templates: TemplateSet) {
        let config = plan.source.config
        var site: [String: Any] = [
            "title": TemplateText(plan.siteTitle.text), "title_html": TemplateText(plan.siteTitle.html),
            "description": TemplateText(plan.siteDescription), "language": TemplateText(config.language),
            "author": TemplateText(config.author), "search": config.search,
        ]
        if let baseURL = config.baseURL {
            site["base_url"] = TemplateText(baseURL)
            site["feed"] = TemplateText(GeneratedFiles.feed)
        }
        self.site = site
        self.editURL = config.editURL
        self.words = TemplateWords.values(plan.words, generator: Self.generator)
        self.searchBox = config.search ? SearchBoxValues.values(plan.words) : nil
        self.plan = plan
        self.chaptersInline = plan.chapters.count <= config.navInlineLimit
        self.baseURL = config.baseURL
        self.buildsTOC = templates.uses("toc")
        self.buildsTOCHTML = templates.uses("toc_html")
    }

    /// The values for `page`'s template, with its rendered body and headings.
    /// Records in `dependencies` which parts of the site they showed.
    func values(for page: Page, content: String, headings: [Heading], dependencies: DependencyRecorder) -> [String: Any] {
        var values: [String: Any] = [
            "site": site, "root": TemplateText(Self.root(of: page.meta.url)), "page": pageValues(page), "content": TemplateText(content),
            "generator": TemplateText(Self.generator), "words": words,
        ]
        dependencies.record(.site)
        dependencies.record(.pageMeta(page.id))
        if !plan.sectionTree.isEmpty {
            values["has_sections"] = true
            if page.kind != .chapter || chaptersInline {
                values["nav"] = ["entries": NavigationNode.values(plan.sectionTree, current: page.id, words: plan.words)] as [String: Any]
                dependencies.record(.navigation)
            }
        }
        switch page.kind {
        case .section:
            addTableOfContents(headings, to: &values)
            values["chapters_inline"] = true
            values["section_entries"] = NavigationNode.values(NavigationNode.children(of: page, in: plan.sectionTree) ?? [], current: nil, words: plan.words)
            dependencies.record(.navigation)
            let (previous, next) = plan.neighbours(of: page)
            dependencies.record(.neighbours(page.id))
            if let previous { values["prev"] = previous.meta.navigationEntry(plan.words) }
            if let next { values["next"] = next.meta.navigationEntry(plan.words) }
        case .chapter:
            addTableOfContents(headings, to: &values)
            values["chapters_inline"] = chaptersInline
            let (previous, next) = plan.neighbours(of: page)
            dependencies.record(.neighbours(page.id))
            if chaptersInline, let number = page.meta.number {
                var list = chapters
                list[number - 1]["is_current"] = true
                values["chapters"] = list
                dependencies.record(.navigation)
            } else {
                values["chapters_script"] = TemplateText(GeneratedFiles.chapterScript)
            }
            if let previous { values["prev"] = previous.meta.navigationEntry(plan.words) }
            if let next { values["next"] = next.meta.navigationEntry(plan.words) }
        case .home:
            addTableOfContents(headings, to: &values)
            values["chapters"] = chapters
            values["chapters_inline"] = true
            if let first = chapters.first { values["next"] = first }
            dependencies.record(.navigation)
        case .notFound:
            // Servers show 404.html at any missing path, where relative links would
            // break; with a base URL its links can be absolute.
            if let baseURL {
                values["root"] = TemplateText(baseURL)
                values["chapters"] = plan.chapters.map { chapter in
                    var entry = chapter.meta.navigationEntry(plan.words)
                    entry["url"] = TemplateText(baseURL + chapter.meta.url)
                    return entry
                }
            } else {
                values["chapters"] = chapters
            }
            values["chapters_inline"] = true
            dependencies.record(.navigation)
        }
        if var searchBox {
            searchBox["root"] = values["root"]
            values["search"] = searchBox
        }
        return values
    }

    /// The relative way from a page to the site's root: `""` for `02-local.html`,
    /// `../../` for `guide/advanced/01-deep.html`. Every link a template writes
    /// starts with it, so the site works under any prefix and from disk.
    static func root(of url: String) -> String {
        String(repeating: "../", count: url.utf8.reduce(0) { $1 == UInt8(ascii: "/") ? $0 + 1 : $0 })
    }

    /// What made the site: `generator` in templates.
    static let generator = "sitegen \(SitegenVersion.current)"

    private func pageValues(_ page: Page) -> [String: Any] {
        let meta = page.meta
        var values: [String: Any] = [
            "title": TemplateText(meta.title), "title_html": TemplateText(meta.titleHTML),
            "description": TemplateText(meta.description), "url": TemplateText(meta.url), page.kind.templateFlag: true,
        ]
        if let number = meta.number {
            values["number"] = number
            values["number_label"] = TemplateText(plan.words.page.chapterNumber(number))
        }
        if let editURL, let source = page.source {
            values["edit_url"] = TemplateText(editURL + HTMLEscaping.percentEncodeURL(source.fileName))
        }
        if let updated = meta.updated {
            values["updated"] = [
                "datetime": TemplateText(updated.datetime),
                "text": TemplateText(plan.words.page.date(updated.year, updated.month, updated.day)),
            ]
        }
        if let baseURL, page.kind != .notFound { values["canonical"] = TemplateText(baseURL + (meta.url == HomePage.url ? "" : meta.url)) }
        return values
    }

    private func addTableOfContents(_ headings: [Heading], to values: inout [String: Any]) {
        let toc = TableOfContents(headings)
        values["has_toc"] = !toc.entries.isEmpty
        if buildsTOC { values["toc"] = toc.values }
        if buildsTOCHTML { values["toc_html"] = TemplateText(toc.html) }
    }
}

/// `PageContext.chapters`, made by the first rendering thread that needs it and shared.
private final class ChapterList: @unchecked Sendable {
    private let lock = NSLock()
    private var made: [[String: Any]]?

    func entries(of plan: SitePlan) -> [[String: Any]] {
        lock.lock()
        defer { lock.unlock() }
        if let made { return made }
        let entries = plan.chapters.map { $0.meta.navigationEntry(plan.words) }
        made = entries
        return entries
    }
}
