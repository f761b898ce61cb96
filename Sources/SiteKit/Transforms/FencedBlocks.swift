import ConfigTree
import Markdown

/// Replaces fenced code blocks whose info string names a sitegen block
/// (```params, ```diagram, ```model) with the HTML that block renders.
/// Any other code block stays code.
struct FencedBlocks {
    /// A block kind: its body (YAML, already read, or nil when empty) and where
    /// the body starts in the file; returns the HTML and its plain text, or
    /// throws the problems.
    typealias Handler = (_ body: ConfigNode?, _ origin: SourceLocation) throws(ConfigErrors) -> RenderedBlock

    var handlers: [String: Handler]

    /// `codeBlocks`: the document's code blocks.
    func apply(to codeBlocks: [Node], sink: inout DiagnosticSink, lineOffset: Int) {
        for node in codeBlocks {
            guard let info = node.fenceInfo, !info.isEmpty else { continue }
            let language = String(info.split(separator: " ", maxSplits: 1).first ?? "")
            guard let handler = handlers[language] else { continue }
            // The body starts on the line after the opening fence.
            let origin = SourceLocation(line: node.startLine + lineOffset + 1, column: max(1, node.startColumn))
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
