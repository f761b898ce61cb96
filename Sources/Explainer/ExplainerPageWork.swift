import ConfigTree
import Markdown
import SiteCore

/// The explainer's work on one page: placeholders in its text (with `\{{`
/// escapes protected from cmark), and its `params`, `diagram` and `model` blocks.
struct ExplainerPageWork: PageWork {
    let plan: ExplainerPlan
    let numbers: NumberContext
    let figures: FigureFiles
    let dependencies: DependencyRecorder
    /// Problems with the page's own `params:`, found when the work was set up.
    let scenarioErrors: [Diagnostic]

    func prepare(_ markdown: String) -> String {
        EscapeMarker.mark(markdown)
    }

    var nodeTypes: [NodeType] { [.text, .code, .codeBlock, .htmlBlock, .htmlInline, .link, .image] }

    func transform(_ nodes: CollectedNodes, source: String, lineOffset: Int, sink: inout DiagnosticSink) {
        sink.append(contentsOf: scenarioErrors)
        PlaceholderExpansion(numbers: numbers, source: source).apply(to: nodes[.text], sink: &sink, lineOffset: lineOffset)
        // Only a page that escaped a placeholder has markers to put back.
        if EscapeMarker.hasMarkers(source) {
            EscapeMarker.restore(in: nodes[.code] + nodes[.codeBlock] + nodes[.htmlBlock] + nodes[.htmlInline] + nodes[.link] + nodes[.image])
        }
    }

    var blockHandlers: [String: FencedBlocks.Handler] {
        [
            "params": { body, _ throws(ConfigErrors) in try ParamsTable.block(body: body, numbers: numbers) },
            "diagram": { body, _ throws(ConfigErrors) in try DiagramBlock.block(body: body, plan: plan, numbers: numbers, figures: figures, dependencies: dependencies) },
            "model": { body, _ throws(ConfigErrors) in try ModelBlock.block(body: body, plan: plan, numbers: numbers, dependencies: dependencies) },
        ]
    }
}
