import Markdown

/// The Markdown part of rendering a page: parse, then the tree transforms in
/// a fixed order, then cmark's HTML. Used by the site build and by
/// `sitegen render`, so both give the same HTML.
struct MarkdownPipeline {
    var options: MarkdownOptions
    var numbers: NumberContext
    var blocks: FencedBlocks
    var anchorLabel: String

    struct Output {
        var html: String
        var headings: [Heading]
        /// The ids of `headings`.
        var ids: HeadingIDSet
        var pendingAnchors: [PendingAnchor]
    }

    /// `links` is nil for a lone file (`sitegen render`): links are then left as written.
    func render(_ markdown: String, bodyFirstLine: Int, links: LinkTargets?, currentFile: String, sink: inout DiagnosticSink) -> Output {
        let lineOffset = bodyFirstLine - 1
        let marked = EscapeMarker.mark(markdown)
        let document = Document(markdown: marked, options: options)
        Callouts(words: .simplifiedChinese).apply(to: document.rootNode)
        // One walk of the tree finds what every transform works on.
        let nodes = document.rootNode.collect([.text, .codeBlock, .softBreak, .heading, .link, .image, .code, .htmlBlock, .htmlInline, .table, .taskListItem, .footnoteReference, .footnoteDefinition])
        func of(_ type: NodeType) -> [Node] { nodes[type] ?? [] }

        PlaceholderExpansion(numbers: numbers, source: marked).apply(to: of(.text), sink: &sink, lineOffset: lineOffset)
        // Only a chapter that escaped a placeholder has markers to put back.
        if marked != markdown {
            EscapeMarker.restore(in: of(.code) + of(.codeBlock) + of(.htmlBlock) + of(.htmlInline) + of(.link) + of(.image))
        }
        blocks.apply(to: of(.codeBlock), sink: &sink, lineOffset: lineOffset)
        if !options.unsafeHTML { RawHTMLWarnings().apply(to: of(.htmlBlock) + of(.htmlInline), sink: &sink, lineOffset: lineOffset) }
        CJKLineBreaks().apply(to: of(.softBreak))
        AutolinkEnds().apply(to: of(.link))
        let anchors = HeadingAnchors(anchorLabel: anchorLabel)
        let assigned = anchors.assignIDs(to: of(.heading))
        var pending: [PendingAnchor] = []
        if let links {
            let rewriter = LinkRewriter(targets: links, currentFile: currentFile, currentIDs: assigned.ids)
            pending = rewriter.apply(to: of(.link) + of(.image), sink: &sink, lineOffset: lineOffset)
        }
        let headings = anchors.render(assigned.headings)
        TableScroll(words: .simplifiedChinese).apply(to: of(.table))
        ImageFigures().apply(to: of(.image))
        TaskListBoxes(words: .simplifiedChinese).apply(to: of(.taskListItem))
        FootnoteNumbers(words: .simplifiedChinese).apply(references: of(.footnoteReference), definitions: of(.footnoteDefinition))
        return Output(html: document.renderHTML(), headings: headings, ids: assigned.ids, pendingAnchors: pending)
    }
}
