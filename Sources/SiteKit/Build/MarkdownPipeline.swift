import Markdown
import SearchIndex

/// The Markdown part of rendering a page: parse, then the tree transforms in
/// a fixed order, then cmark's HTML. Used by the site build and by
/// `sitegen render`, so both give the same HTML.
struct MarkdownPipeline {
    var options: MarkdownOptions
    var numbers: NumberContext
    var blocks: FencedBlocks
    var anchorLabel: String
    /// Whether to collect the page's text by section, for the search index.
    var collectsSectionText = false

    struct Output {
        var html: String
        var headings: [Heading]
        /// The ids of `headings`.
        var ids: HeadingIDSet
        var pendingAnchors: [PendingAnchor]
        /// The page's visible text by section, when `collectsSectionText`.
        var sections: [SearchSection]? = nil
    }

    /// `links` is nil for a lone file (`sitegen render`): links are then left as written.
    func render(_ markdown: String, bodyFirstLine: Int, links: LinkTargets?, currentFile: String, sink: inout DiagnosticSink) -> Output {
        let lineOffset = bodyFirstLine - 1
        let marked = EscapeMarker.mark(markdown)
        let document = Document(markdown: marked, options: options)
        // One walk of the tree finds what every transform works on.
        let nodes = document.rootNode.collect([.text, .codeBlock, .softBreak, .heading, .link, .image, .code, .htmlBlock, .htmlInline])
        func of(_ type: NodeType) -> [Node] { nodes[type] ?? [] }

        PlaceholderExpansion(numbers: numbers, source: marked).apply(to: of(.text), sink: &sink, lineOffset: lineOffset)
        // Only a chapter that escaped a placeholder has markers to put back.
        if marked != markdown {
            EscapeMarker.restore(in: of(.code) + of(.codeBlock) + of(.htmlBlock) + of(.htmlInline) + of(.link) + of(.image))
        }
        blocks.apply(to: of(.codeBlock), sink: &sink, lineOffset: lineOffset)
        CJKLineBreaks().apply(to: of(.softBreak))
        let anchors = HeadingAnchors(anchorLabel: anchorLabel)
        let assigned = anchors.assignIDs(to: of(.heading))
        var pending: [PendingAnchor] = []
        if let links {
            let rewriter = LinkRewriter(targets: links, currentFile: currentFile, currentIDs: assigned.ids)
            pending = rewriter.apply(to: of(.link) + of(.image), sink: &sink, lineOffset: lineOffset)
        }
        // Every text is final here, and headings are still headings.
        let sections = collectsSectionText ? SectionText.sections(of: document.rootNode, headings: assigned.headings) : nil
        let headings = anchors.render(assigned.headings)
        return Output(html: document.renderHTML(), headings: headings, ids: assigned.ids, pendingAnchors: pending, sections: sections)
    }
}
