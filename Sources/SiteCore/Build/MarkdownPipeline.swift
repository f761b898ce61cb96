import Localization
import Markdown

/// The Markdown part of rendering a page: the plugins' preparation, parse,
/// the plugins' tree work, fenced blocks, then the core's transforms in a
/// fixed order, then cmark's HTML. Used by the site build and by
/// `sitegen render`, so both give the same HTML.
struct MarkdownPipeline {
    var options: MarkdownOptions
    /// The plugins' work on this page, in plugin order.
    var work: [any PageWork]
    /// The words the transforms write, in the site's language.
    var words: LanguageCatalog
    /// Whether to keep the page's visible text by section (for a search index).
    var collectsSections = false

    struct Output {
        var html: String
        var headings: [Heading]
        /// The ids of `headings`.
        var ids: HeadingIDSet
        var pendingAnchors: [PendingAnchor]
        var sections: [PageSection]

        static let empty = Output(html: "", headings: [], ids: HeadingIDSet(), pendingAnchors: [], sections: [])
    }

    /// The node types the core's transforms work on.
    private static let coreNodeTypes: [NodeType] = [
        .codeBlock, .softBreak, .heading, .link, .image, .htmlBlock, .htmlInline,
        .table, .taskListItem, .footnoteReference, .footnoteDefinition,
    ]

    /// `links` is nil for a lone file (`sitegen render`): links are then left as written.
    func render(_ markdown: String, bodyFirstLine: Int, links: LinkTargets?, currentFile: String, sink: inout DiagnosticSink) -> Output {
        let lineOffset = bodyFirstLine - 1
        if let overlong = TableWidthLimit.firstOverlongLine(in: markdown) {
            sink.error(TableWidthLimit.message(pipes: overlong.pipes), line: overlong.line + lineOffset, column: 1)
            return .empty
        }
        let prepared = work.reduce(markdown) { $1.prepare($0) }
        let document = Document(markdown: prepared, options: options)
        let markdownWords = MarkdownWords(words)
        // Before the walk: callouts take the first paragraph out of their block quote.
        Callouts(words: markdownWords).apply(to: document.rootNode)
        // One walk of the tree finds what every transform works on.
        var types = Self.coreNodeTypes
        for type in work.flatMap(\.nodeTypes) where !types.contains(type) { types.append(type) }
        let nodes = CollectedNodes(byType: document.rootNode.collect(types))

        for part in work {
            part.transform(nodes, source: prepared, lineOffset: lineOffset, sink: &sink)
        }
        let handlers = work.reduce(into: [String: FencedBlocks.Handler]()) { $0.merge($1.blockHandlers) { first, _ in first } }
        FencedBlocks(handlers: handlers).apply(to: nodes[.codeBlock], source: prepared, sink: &sink, lineOffset: lineOffset)
        if !options.unsafeHTML {
            RawHTMLWarnings().apply(to: nodes[.htmlBlock] + nodes[.htmlInline], source: prepared, sink: &sink, lineOffset: lineOffset)
        }
        CJKLineBreaks().apply(to: nodes[.softBreak])
        AutolinkEnds().apply(to: nodes[.link])
        let anchors = HeadingAnchors(anchorLabel: words.page.anchorLabel)
        let assigned = anchors.assignIDs(to: nodes[.heading])
        var pending: [PendingAnchor] = []
        if let links {
            let rewriter = LinkRewriter(targets: links, currentFile: currentFile, currentIDs: assigned.ids)
            pending = rewriter.apply(to: nodes[.link] + nodes[.image], source: prepared, sink: &sink, lineOffset: lineOffset)
        }
        let sections = collectsSections ? SectionText.collect(document.rootNode, headings: assigned.headings) : []
        // Before the headings become HTML: rendering a heading frees its
        // subtree, and an image or a footnote reference inside one (a setext
        // heading can hold both) would then be a freed node.
        TableScroll(words: markdownWords).apply(to: nodes[.table])
        ImageFigures().apply(to: nodes[.image])
        TaskListBoxes(words: markdownWords).apply(to: nodes[.taskListItem])
        FootnoteNumbers(words: markdownWords).apply(references: nodes[.footnoteReference], definitions: nodes[.footnoteDefinition])
        let headings = anchors.render(assigned.headings)
        return Output(html: document.renderHTML(), headings: headings, ids: assigned.ids, pendingAnchors: pending, sections: sections)
    }
}
