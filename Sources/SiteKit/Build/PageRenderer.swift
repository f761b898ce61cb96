import Foundation
import Markdown

/// Renders one page (Markdown → HTML → template) and hands it, with its
/// figures, to the writer of the staging folder. Shared by all worker
/// threads: it holds only immutable, Sendable values.
struct PageRenderer: Sendable {
    enum Job: Sendable {
        case chapter(Int, PageSource)
        case home(PageSource?)

        var fileName: String {
            switch self {
            case .chapter(_, let page): return page.fileName
            case .home: return "index.md"
            }
        }
    }

    struct Outcome: Sendable {
        var diagnostics: [Diagnostic] = []
        var ids: Set<String> = []
        var pendingAnchors: [PendingAnchor] = []
        /// Paths handed to the writer, relative to the output folder.
        var written: [String] = []
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
        switch job {
        case .chapter(let index, let source):
            page = source
            numbers = plan.chapterNumbers[index]
            url = plan.chapters[index].url
        case .home(let source):
            page = source
            numbers = plan.homeNumbers
            url = "index.html"
        }
        var sink = DiagnosticSink(path: page?.path ?? "index.md")
        var body = MarkdownPipeline.Output(html: "", headings: [], ids: [], pendingAnchors: [])
        let figures = FigureFiles(pageSlug: page?.slug ?? "index")
        if let page {
            let blocks = BlockRenderers(plan: plan, numbers: numbers, figures: figures)
            let pipeline = MarkdownPipeline(options: config.markdown, numbers: numbers, blocks: blocks.fencedBlocks(), anchorLabel: Self.anchorLabel)
            body = pipeline.render(page.body, bodyFirstLine: page.bodyFirstLine, links: plan.links, currentFile: job.fileName, sink: &sink)
        }
        outcome.ids = body.ids
        outcome.pendingAnchors = body.pendingAnchors
        guard sink.isEmpty else {
            outcome.diagnostics = sink.diagnostics
            return outcome
        }

        let values: [String: Any]
        let template: String
        switch job {
        case .chapter(let index, _):
            values = context.chapter(index: index, content: body.html, headings: body.headings)
            template = "chapter"
        case .home:
            values = context.home(meta: plan.home, content: body.html, headings: body.headings)
            template = "home"
        }
        writer.write(url, templates.render(values, template: template))
        outcome.written.append(url)
        for file in figures.files {
            writer.write("diagrams/" + file.name, file.svg)
            outcome.written.append("diagrams/" + file.name)
        }
        return outcome
    }
}
