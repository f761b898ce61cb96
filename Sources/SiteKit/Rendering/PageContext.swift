/// Builds the values templates see (documented in the README, "Template variables").
/// Plain dictionaries (swift-mustache reads them directly, without
/// reflection) whose text values are `TemplateText`.
struct PageContext {
    let site: [String: Any]
    /// The chapter list with nothing marked current, built once per build.
    let chapters: [[String: Any]]
    let metas: [PageMeta]
    let chaptersInline: Bool
    let baseURL: String?
    /// The search box's words (SearchWords).
    let words: [String: Any]

    /// Whether templates read `toc` / `toc_html` (each is built per page only then).
    let buildsTOC: Bool
    let buildsTOCHTML: Bool

    init(config: SiteConfig, plan: SitePlan, templates: TemplateSet) {
        let chapterMetas = plan.chapters
        var site: [String: Any] = [
            "title": TemplateText(plan.siteTitle.text), "title_html": TemplateText(plan.siteTitle.html),
            "description": TemplateText(plan.siteDescription), "language": TemplateText(config.language),
            "author": TemplateText(config.author), "search": config.search,
        ]
        if let baseURL = config.baseURL { site["base_url"] = TemplateText(baseURL) }
        self.site = site
        self.metas = chapterMetas
        self.chapters = chapterMetas.map(\.navigationEntry)
        self.chaptersInline = chapterMetas.count <= config.navInlineLimit
        self.baseURL = config.baseURL
        self.words = SearchWords.values()
        self.buildsTOC = templates.uses("toc")
        self.buildsTOCHTML = templates.uses("toc_html")
    }

    private func common(page: [String: Any], content: String) -> [String: Any] {
        [
            "site": site, "root": TemplateText(""), "page": page, "content": TemplateText(content),
            "generator": TemplateText("sitegen \(SitegenVersion.current)"), "words": words,
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
        let toc = TableOfContents(headings)
        values["has_toc"] = !toc.entries.isEmpty
        if buildsTOC { values["toc"] = toc.values }
        if buildsTOCHTML { values["toc_html"] = TemplateText(toc.html) }
    }
}
