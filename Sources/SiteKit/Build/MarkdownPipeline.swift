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
        var pendingAnchors: [PendingAnchor]
    }

    /// `links` is nil for a lone file (`sitegen render`): links are then left as written.
    func render(_ markdown: String, bodyFirstLine: Int, links: LinkTargets?, currentFile: String, sink: inout DiagnosticSink) -> Output {
        let lineOffset = bodyFirstLine - 1
        let document = Document(markdown: EscapeMarker.mark(markdown), options: options)
        PlaceholderExpansion(numbers: numbers).apply(to: document, sink: &sink, lineOffset: lineOffset)
        EscapeMarker.restore(in: document)
        blocks.apply(to: document, sink: &sink, lineOffset: lineOffset)
        CJKLineBreaks().apply(to: document)
        let anchors = HeadingAnchors(anchorLabel: anchorLabel)
        let assigned = anchors.assignIDs(in: document)
        var pending: [PendingAnchor] = []
        if let links {
            let rewriter = LinkRewriter(targets: links, currentFile: currentFile, currentIDs: Set(assigned.map(\.id)))
            pending = rewriter.apply(to: document, sink: &sink, lineOffset: lineOffset)
        }
        let headings = anchors.render(assigned)
        return Output(html: document.renderHTML(), headings: headings, pendingAnchors: pending)
    }
}
