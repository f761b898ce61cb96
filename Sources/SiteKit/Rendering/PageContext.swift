/// Builds the values templates see (documented in the README, "Template variables").
/// Plain dictionaries (swift-mustache reads them directly, without
/// reflection) whose text values are `TemplateText`.
struct PageContext {
    var site: [String: Any]
    /// The chapter list with nothing marked current, built once per build.
    var chapters: [[String: Any]]
    var metas: [PageMeta]
    var chaptersInline: Bool
    var baseURL: String?

    /// Whether templates read `toc` / `toc_html` (each is built per page only then).
    var buildsTOC = true
    var buildsTOCHTML = true

    init(config: SiteConfig, plan: SitePlan) {
        let chapterMetas = plan.chapters
        var site: [String: Any] = [
            "title": TemplateText(plan.siteTitle.text), "title_html": TemplateText(plan.siteTitle.html),
            "description": TemplateText(plan.siteDescription), "language": TemplateText(config.language),
            "author": TemplateText(config.author),
        ]
        if let baseURL = config.baseURL { site["base_url"] = TemplateText(baseURL) }
        self.site = site
        self.metas = chapterMetas
        self.chapters = chapterMetas.map(\.navigationEntry)
        self.chaptersInline = chapterMetas.count <= config.navInlineLimit
        self.baseURL = config.baseURL
    }

    private func common(page: [String: Any], content: String) -> [String: Any] {
        [
            "site": site, "root": TemplateText(""), "page": page, "content": TemplateText(content),
            "generator": TemplateText("sitegen \(SitegenVersion.current)"),
        ]
    }

    private func pageValues(_ meta: PageMeta, kind: String) -> [String: Any] {
        var page: [String: Any] = [
            "title": TemplateText(meta.title), "title_html": TemplateText(meta.titleHTML),
            "description": TemplateText(meta.description), "url": TemplateText(meta.url), "is_\(kind)": true,
        ]
        if let number = meta.number { page["number"] = number }
        if let baseURL, kind != "404" { page["canonical"] = TemplateText(baseURL + (meta.url == "index.html" ? "" : meta.url)) }
        return page
    }

    func chapter(index: Int, content: String, headings: [Heading]) -> [String: Any] {
        let meta = metas[index]
        var values = common(page: pageValues(meta, kind: "chapter"), content: content)
        addTableOfContents(headings, to: &values)
        values["chapters_inline"] = chaptersInline
        if chaptersInline {
            var list = chapters
            list[index]["is_current"] = true
            values["chapters"] = list
        } else {
            values["chapters_script"] = TemplateText(GeneratedFiles.chapterScript)
        }
        if index > 0 { values["prev"] = chapters[index - 1] }
        if index + 1 < metas.count { values["next"] = chapters[index + 1] }
        return values
    }

    func home(meta: PageMeta, content: String, headings: [Heading]) -> [String: Any] {
        var values = common(page: pageValues(meta, kind: "home"), content: content)
        addTableOfContents(headings, to: &values)
        values["chapters"] = chapters
        values["chapters_inline"] = true
        if let first = chapters.first { values["next"] = first }
        return values
    }

    func notFound(meta: PageMeta) -> [String: Any] {
        var values = common(page: pageValues(meta, kind: "404"), content: "")
        // Servers show 404.html at any missing path, where relative links would
        // break; with a base URL its links can be absolute.
        if let baseURL {
            values["root"] = TemplateText(baseURL)
            values["chapters"] = metas.map { meta in
                var entry = meta.navigationEntry
                entry["url"] = TemplateText(baseURL + meta.url)
                return entry
            }
        } else {
            values["chapters"] = chapters
        }
        values["chapters_inline"] = true
        return values
    }

    private func addTableOfContents(_ headings: [Heading], to values: inout [String: Any]) {
        values["has_toc"] = headings.contains { $0.level == 2 || $0.level == 3 }
        if buildsTOC { values["toc"] = Self.tableOfContents(headings) }
        if buildsTOCHTML { values["toc_html"] = TemplateText(Self.tableOfContentsHTML(headings)) }
    }

    /// The same table of contents as finished HTML, nested `<ol>` lists, as
    /// Hugo's `.TableOfContents`: one variable instead of a loop over `toc`,
    /// which costs a template engine far more for every page of a large site.
    static func tableOfContentsHTML(_ headings: [Heading]) -> String {
        // Appended piece by piece into one buffer: no temporary strings per entry.
        var html = ""
        html.reserveCapacity(headings.reduce(0) { $0 + $1.html.utf8.count + $1.id.utf8.count + 32 })
        var openChildren = false
        var any = false
        var seenH2 = false
        for heading in headings where heading.level == 2 || heading.level == 3 {
            if heading.level == 3 && seenH2 {
                html.append(openChildren ? "</li>\n<li>" : "\n<ol>\n<li>")
                openChildren = true
            } else {
                if openChildren { html.append("</li>\n</ol>") }
                openChildren = false
                html.append(any ? "</li>\n<li>" : "<ol>\n<li>")
                any = true
                seenH2 = seenH2 || heading.level == 2
            }
            html.append("<a href=\"#")
            html.append(HTMLEscaping.escape(heading.id))
            html.append("\">")
            html.append(heading.tocHTML)
            html.append("</a>")
        }
        guard any else { return "" }
        if openChildren { html.append("</li>\n</ol>") }
        html.append("</li>\n</ol>")
        return html
    }

    /// h2 headings with their h3 children; an h3 before any h2 stands alone.
    static func tableOfContents(_ headings: [Heading]) -> [[String: Any]] {
        var toc: [[String: Any]] = []
        var children: [[String: Any]] = []
        var seenH2 = false
        func closeSection() {
            guard !toc.isEmpty, !children.isEmpty else { return }
            toc[toc.count - 1]["children"] = children
            toc[toc.count - 1]["has_children"] = true
            children = []
        }
        for heading in headings where heading.level == 2 || heading.level == 3 {
            let entry: [String: Any] = [
                "id": TemplateText(heading.id), "title_html": TemplateText(heading.tocHTML), "title": TemplateText(heading.text),
            ]
            if heading.level == 2 || !seenH2 {
                closeSection()
                toc.append(entry)
                seenH2 = seenH2 || heading.level == 2
            } else {
                children.append(entry)
            }
        }
        closeSection()
        return toc
    }
}
