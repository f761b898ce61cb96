import ConfigTree
import Markdown

/// Replaces fenced code blocks whose info string names a block kind that a
/// plugin renders (the explainer's ```params, ```diagram, ```model) with the
/// HTML that block renders. Any other code block stays code.
public struct FencedBlocks {
    /// A block kind: its body (YAML, already read, or nil when empty) and where
    /// the body starts in the file; returns the block or throws the problems.
    public typealias Handler = (_ body: ConfigNode?, _ origin: SourceLocation) throws(ConfigErrors) -> RenderedBlock

    var handlers: [String: Handler]

    public init(handlers: [String: Handler]) {
        self.handlers = handlers
    }

    /// `codeBlocks`: the document's code blocks.
    /// `source`: the parsed Markdown, in which cmark's byte columns are turned into character columns.
    func apply(to codeBlocks: [Node], source: String, sink: inout DiagnosticSink, lineOffset: Int) {
        guard !handlers.isEmpty else { return }
        let lines = SourceLineIndex(source)
        for node in codeBlocks {
            guard let info = node.fenceInfo, !info.isEmpty else { continue }
            let language = String(info.split(separator: " ", maxSplits: 1).first ?? "")
            guard let handler = handlers[language] else { continue }
            // The body starts on the line after the opening fence.
            let column = lines.characterColumn(ofByteColumn: max(1, node.startColumn), inLine: node.startLine)
            let origin = SourceLocation(line: node.startLine + lineOffset + 1, column: column)
            let body: ConfigNode?
            do {
                body = try YAMLReader.parse(node.literal ?? "")
            } catch {
                sink.add(error, origin: origin)
                continue
            }
            do {
                let block = try handler(body, origin)
                node.replace(with: node.document.makeCustomBlock(enter: block.html, plainText: block.text))
            } catch {
                sink.add(error, origin: origin)
            }
        }
    }
}

/// What a block kind renders: its HTML, and its text for readers who cannot
/// see it (and for search), such as a figure's title and description.
public struct RenderedBlock: Sendable {
    public var html: String
    public var text: String

    public init(html: String, text: String = "") {
        self.html = html
        self.text = text
    }
}
