import ConfigTree
import Markdown

/// With raw HTML off (the default), cmark-gfm writes `<!-- raw HTML omitted -->`
/// in place of each HTML block and tag: the author's markup is gone from the
/// page. Each gets a warning at its position, so nothing is dropped without a
/// word; `--strict` makes them errors. HTML comments are left unreported:
/// leaving them out of the page is what their author meant.
struct RawHTMLWarnings {
    /// `nodes`: the document's HTML blocks and inline HTML.
    /// `source`: the parsed Markdown, in which cmark's byte columns are turned into character columns.
    func apply(to nodes: [Node], source: String, sink: inout DiagnosticSink, lineOffset: Int) {
        let lines = SourceLineIndex(source)
        for node in nodes {
            guard let literal = node.literal else { continue }
            let html = literal.drop { $0 == " " || $0 == "\t" }
            if html.hasPrefix("<!--") { continue }
            // The first line, shortened: enough to find it in the file.
            let firstLine = html.prefix { $0 != "\n" && $0 != "\r" }
            let excerpt = firstLine.count > 40 ? String(firstLine.prefix(40)) + "…" : String(firstLine)
            let column = lines.characterColumn(ofByteColumn: node.startColumn, inLine: node.startLine)
            let location = SourceLocation(line: node.startLine + lineOffset, column: column)
            sink.warning("raw HTML omitted: '\(excerpt)' (set 'markdown.unsafe_html: true' in site.yml to let it through)", at: location)
        }
    }
}
