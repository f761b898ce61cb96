import ConfigTree
import Localization

/// The site-wide pass before pages render: every page with its URL and
/// title, the link targets, and what each plugin worked out. Everything a
/// page needs from the rest of the site is here, so pages render in parallel.
///
/// A class, immutable once made: every page's renderer holds the plan, and
/// sharing one reference costs one reference count where copying a struct
/// cost one per field, each an atomic operation the cores contend for.
public final class SitePlan: Sendable {
    public let source: SiteSource
    /// The site's title and description with their placeholders filled.
    public let siteTitle: (html: String, text: String)
    public let siteDescription: String
    /// Every page in site order: home, the chapters and sections' pages in reading order, 404.
    public let pages: [Page]
    /// The chapters' entries of `pages`, in reading order.
    public let chapters: [Page]
    /// The chapters and sections' pages in reading order: what previous/next walk through.
    public let readingOrder: [Page]
    /// The content tree as navigation shows it; empty when no folder holds a page.
    public let sectionTree: [NavigationNode]
    private let readingIndexByID: [PageID: Int]
    public let links: LinkTargets
    /// One plan per plugin, in the order the plugins were given.
    public let pluginPlans: [any PluginPlan]
    private let indexByID: [PageID: Int]
    /// Fingerprints of the site as a whole, worked out once.
    let siteFingerprint: Fingerprint
    let navigationFingerprint: Fingerprint

    init(source: SiteSource, siteTitle: (html: String, text: String), siteDescription: String, pages: [Page], links: LinkTargets, pluginPlans: [any PluginPlan]) {
        self.source = source
        self.siteTitle = siteTitle
        self.siteDescription = siteDescription
        self.pages = pages
        self.chapters = pages.filter { $0.kind == .chapter }
        self.readingOrder = pages.filter { $0.kind == .chapter || $0.kind == .section }
        self.readingIndexByID = Dictionary(uniqueKeysWithValues: readingOrder.enumerated().map { ($1.id, $0) })
        let tree = source.sections.isEmpty ? [] : NavigationNode.tree(source: source, pages: readingOrder)
        self.sectionTree = tree
        self.links = links
        self.pluginPlans = pluginPlans
        self.indexByID = Dictionary(uniqueKeysWithValues: pages.enumerated().map { ($1.id, $0) })

        var site = Fingerprint()
        site.combine(source.config.fingerprint)
        site.combine(siteTitle.html)
        site.combine(siteDescription)
        siteFingerprint = site
        var navigation = Fingerprint()
        for chapter in chapters { navigation.combine(chapter.meta.fingerprint) }
        // Sections: their titles, pages and places in the tree.
        if !tree.isEmpty { NavigationNode.combine(tree, into: &navigation) }
        navigationFingerprint = navigation
    }

    /// The plan of the same site after edits that changed only some pages'
    /// bodies (`SiteBuild.planAfterBodyEdits`): those pages' sources are
    /// replaced; every place, title, link and plugin plan stays, since they
    /// come from front matter, settings and data files alone. Nil when a
    /// source is not a page of this plan.
    func replacingSources(_ sources: [PageID: PageSource]) -> SitePlan? {
        var pages = self.pages
        var site = source
        for (id, new) in sources {
            guard let index = indexByID[id], let old = pages[index].source, old.fileName == new.fileName else { return nil }
            pages[index] = Page(id: id, kind: pages[index].kind, source: new, meta: pages[index].meta)
            if id == .home {
                site.home = new
            } else {
                // `pages` is the home page, then `source.pages` in the same order, then 404.
                guard index >= 1, index - 1 < site.pages.count, site.pages[index - 1].fileName == new.fileName else { return nil }
                site.pages[index - 1] = new
            }
        }
        return SitePlan(keeping: self, source: site, pages: pages)
    }

    private init(keeping plan: SitePlan, source: SiteSource, pages: [Page]) {
        self.source = source
        self.siteTitle = plan.siteTitle
        self.siteDescription = plan.siteDescription
        self.pages = pages
        self.chapters = pages.filter { $0.kind == .chapter }
        self.readingOrder = pages.filter { $0.kind == .chapter || $0.kind == .section }
        self.sectionTree = source.sections.isEmpty ? [] : NavigationNode.tree(source: source, pages: readingOrder)
        self.readingIndexByID = plan.readingIndexByID
        self.links = plan.links
        self.pluginPlans = plan.pluginPlans
        self.indexByID = plan.indexByID
        self.siteFingerprint = plan.siteFingerprint
        self.navigationFingerprint = plan.navigationFingerprint
    }

    /// Every word the site shows, in its language (site.yml's `language:`).
    public var words: LanguageCatalog { source.config.words }

    /// Where the page is in `pages` (and in a build's rendered pages, which keep the plan's order).
    func index(of id: PageID) -> Int? {
        indexByID[id]
    }

    public subscript(_ id: PageID) -> Page? {
        indexByID[id].map { pages[$0] }
    }

    /// The page before and after `page` in reading order (chapters and
    /// sections' pages, across sections).
    func neighbours(of page: Page) -> (previous: Page?, next: Page?) {
        guard let index = readingIndexByID[page.id] else { return (nil, nil) }
        return (index > 0 ? readingOrder[index - 1] : nil, index + 1 < readingOrder.count ? readingOrder[index + 1] : nil)
    }

    /// The plan of the plugin of type `T`, for code that extends the build with it.
    public func pluginPlan<T: PluginPlan>(_ type: T.Type) -> T? {
        pluginPlans.lazy.compactMap { $0 as? T }.first
    }

    /// Makes the plan: the plugins' site-wide passes first (a title may hold
    /// their placeholders), then every page's place in the site.
    public static func make(_ source: SiteSource, plugins: [any SitePlugin]) throws(BuildFailure) -> SitePlan {
        var diagnostics: [Diagnostic] = []
        let pluginPlans = plugins.map { $0.plan(source, diagnostics: &diagnostics) }

        func expand(_ text: String, for page: PageID?, at location: SourceLocation, sink: inout DiagnosticSink) -> (html: String, text: String) {
            for plan in pluginPlans {
                if let expanded = plan.expandText(text, for: page, at: location, sink: &sink) { return expanded }
            }
            return (HTMLEscaping.escape(text), text)
        }

        func meta(for page: PageSource, id: PageID, url: String, number: Int?, sink: inout DiagnosticSink) -> PageMeta {
            let title = expand(page.title, for: id, at: page.titleLocation, sink: &sink)
            let description = expand(page.description, for: id, at: page.descriptionLocation, sink: &sink)
            return PageMeta(url: url, slug: page.slug, title: title.text, titleHTML: title.html, description: description.text, number: number, updated: page.updated)
        }

        var siteSink = DiagnosticSink(path: source.config.sourcePath)
        let siteTitle = expand(source.config.title, for: nil, at: source.config.titleLocation, sink: &siteSink)
        let siteDescription = expand(source.config.description, for: nil, at: source.config.descriptionLocation, sink: &siteSink).text
        diagnostics += siteSink.diagnostics

        // Chapters and sections' pages; URLs mirror the folders (guide/01-intro.html, guide/index.html).
        var chapters: [Page] = []
        var number = 0
        for page in source.pages {
            var sink = DiagnosticSink(path: page.path)
            let id = PageID(page.fileName)
            if page.isSectionIndex {
                let section = SectionSource(folder: page.folder, index: page)
                var pageMeta = meta(for: page, id: id, url: page.url, number: nil, sink: &sink)
                if page.title.isEmpty { pageMeta.title = section.name; pageMeta.titleHTML = HTMLEscaping.escape(section.name) }
                chapters.append(Page(id: id, kind: .section, source: page, meta: pageMeta))
            } else {
                number += 1
                chapters.append(Page(id: id, kind: .chapter, source: page, meta: meta(for: page, id: id, url: page.url, number: number, sink: &sink)))
            }
            diagnostics += sink.diagnostics
        }

        var homeSink = DiagnosticSink(path: source.home?.path ?? HomePage.sourceFile)
        var homeMeta = PageMeta(url: HomePage.url, slug: HomePage.slug, title: siteTitle.text, titleHTML: siteTitle.html, description: siteDescription, number: nil)
        if let page = source.home {
            if !page.title.isEmpty {
                homeMeta = meta(for: page, id: .home, url: HomePage.url, number: nil, sink: &homeSink)
            } else if !page.description.isEmpty {
                homeMeta.description = meta(for: page, id: .home, url: HomePage.url, number: nil, sink: &homeSink).description
            }
            homeMeta.updated = page.updated
        }
        diagnostics += homeSink.diagnostics
        let home = Page(id: .home, kind: .home, source: source.home, meta: homeMeta)
        let notFound = Page(id: .notFound, kind: .notFound, source: nil, meta: PageMeta(url: GeneratedFiles.notFound, slug: "404", title: "404", titleHTML: "404", description: "", number: nil))

        guard diagnostics.isEmpty else { throw BuildFailure(diagnostics) }

        var pageURLs: [String: String] = [HomePage.sourceFile: HomePage.url]
        for chapter in chapters { pageURLs[chapter.id.rawValue] = chapter.meta.url }
        let links = LinkTargets(pages: pageURLs, files: Set(source.staticFiles))
        return SitePlan(source: source, siteTitle: siteTitle, siteDescription: siteDescription, pages: [home] + chapters + [notFound], links: links, pluginPlans: pluginPlans)
    }
}
