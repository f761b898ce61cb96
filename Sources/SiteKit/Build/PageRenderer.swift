import Foundation
import Markdown
import SearchIndex

/// Renders one page (Markdown → HTML → template), or one file of the whole
/// site, and hands it, with its figures, to the writer of the staging folder.
/// Shared by all worker threads: it holds only immutable, Sendable values.
struct PageRenderer: Sendable {
    enum Job: Sendable {
        case chapter(Int, PageSource)
        case home(PageSource?)
        case siteFile(SiteFile)

        /// The Markdown file of a page, which its heading ids are filed under; nil for site files.
        var pageFileName: String? {
            switch self {
            case .chapter(_, let page): return page.fileName
            case .home: return "index.md"
            case .siteFile: return nil
            }
        }
    }

    /// Files of the whole site. They render alongside the pages: the chapter
    /// script and the sitemap list every chapter.
    enum SiteFile: Sendable {
        case notFound
        case chapterScript
        case sitemap(baseURL: String)

        /// The files of a site: the sitemap only with a base URL.
        static func all(baseURL: String?) -> [SiteFile] {
            [.chapterScript, .notFound] + (baseURL.map { [.sitemap(baseURL: $0)] } ?? [])
        }

        var fileName: String {
            switch self {
            case .notFound: return GeneratedFiles.notFound
            case .chapterScript: return GeneratedFiles.chapterScript
            case .sitemap: return GeneratedFiles.sitemap
            }
        }
    }

    struct Outcome: Sendable {
        var diagnostics: [Diagnostic] = []
        var ids = HeadingIDSet()
        var pendingAnchors: [PendingAnchor] = []
        /// Paths handed to the writer, relative to the output folder.
        var written: [String] = []
        /// The page's text for the search index, when the site has search.
        var searchDocument: SearchDocument?
    }

    /// The accessible name of heading anchors (the theme's language is the site's).
    static let anchorLabel = "本节链接"

    let config: SiteConfig
    let plan: SitePlan
    let templates: TemplateSet
    /// Plain dictionaries for swift-mustache, so not `Sendable`; built before
    /// rendering starts and only read by the workers.
    nonisolated(unsafe) let context: PageContext
    let writer: SerialFileWriter

    func render(_ job: Job) -> Outcome {
        var outcome = Outcome()
        let page: PageSource?
        let numbers: NumberContext
        let url: String
        /// nil for the home page.
        let chapterIndex: Int?
        switch job {
        case .chapter(let index, let source):
            page = source
            numbers = plan.chapterNumbers[index]
            url = plan.chapters[index].url
            chapterIndex = index
        case .home(let source):
            page = source
            numbers = plan.homeNumbers
            url = GeneratedFiles.home
            chapterIndex = nil
        case .siteFile(let file):
            return render(file)
        }
        var sink = DiagnosticSink(path: page?.path ?? "index.md")
        var body = MarkdownPipeline.Output(html: "", headings: [], ids: HeadingIDSet(), pendingAnchors: [])
        let figures = FigureFiles(pageSlug: page?.slug ?? "index")
        if let page {
            let blocks = BlockRenderers(plan: plan, numbers: numbers, figures: figures)
            var pipeline = MarkdownPipeline(options: config.markdown, numbers: numbers, blocks: blocks.fencedBlocks(), anchorLabel: Self.anchorLabel)
            pipeline.collectsSectionText = config.search
            body = pipeline.render(page.body, bodyFirstLine: page.bodyFirstLine, links: plan.links, currentFile: job.pageFileName ?? "", sink: &sink)
        }
        outcome.ids = body.ids
        outcome.pendingAnchors = body.pendingAnchors
        guard sink.isEmpty else {
            outcome.diagnostics = sink.diagnostics
            return outcome
        }

        let html: String
        if let index = chapterIndex {
            html = templates.render(context.chapter(index: index, content: body.html, headings: body.headings), template: "chapter")
        } else {
            html = templates.render(context.home(meta: plan.home, content: body.html, headings: body.headings), template: "home")
        }
        writer.write(url, html)
        outcome.written.append(url)
        if let sections = body.sections {
            let title = chapterIndex.map { plan.chapters[$0].title } ?? plan.home.title
            outcome.searchDocument = SearchDocument(url: url, title: title, sections: sections)
        }
        for file in figures.files {
            writer.write(GeneratedFiles.diagramsPrefix + file.name, file.svg)
            outcome.written.append(GeneratedFiles.diagramsPrefix + file.name)
        }
        return outcome
    }

    private func render(_ file: SiteFile) -> Outcome {
        let text: String
        switch file {
        case .notFound:
            let meta = PageMeta(url: file.fileName, slug: "404", title: "404", titleHTML: "404", description: "", number: nil)
            text = templates.render(context.notFound(meta: meta), template: "404")
        case .chapterScript:
            text = ChapterScript.make(plan.chapters)
        case .sitemap(let baseURL):
            text = Sitemap.make(baseURL: baseURL, pages: [plan.home] + plan.chapters)
        }
        writer.write(file.fileName, text)
        return Outcome(written: [file.fileName])
    }
}
