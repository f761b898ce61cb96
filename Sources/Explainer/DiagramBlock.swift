import ConfigTree
import Diagrams
import ParamEngine
import SiteCore

/// ```diagram: a figure drawn from a scenario, inline in the page and also
/// written to `diagrams/` for linking and reuse.
enum DiagramBlock {
    static func block(body: ConfigNode?, plan: ExplainerPlan, numbers: NumberContext, figures: FigureFiles, dependencies: DependencyRecorder) throws(ConfigErrors) -> RenderedBlock {
        // An empty block is the parser's to report, with the kinds it knows.
        let body = body ?? ConfigNode(.null, at: .start)
        let spec = try DiagramSpec.parse(body)
        var scenario = numbers.scenario
        if let name = spec.scenario {
            guard let named = plan.scenarios[name] else {
                let known = plan.scenarios.keys.sorted()
                throw ConfigErrors([ConfigError("no scenario named '\(name)'\(Suggestion.didYouMean(name, in: known)); use 'site' or a chapter's slug", at: spec.scenarioLocation ?? body.location)])
            }
            scenario = named
            dependencies.record(.plugin(ExplainerPlan.scenarioKey(name)))
        }
        let scale = diagramScale(scenario, numbers: NumberContext(scenario: scenario, defaultFormat: numbers.defaultFormat, language: numbers.language))
        let (fileName, idPrefix) = figures.next(kind: spec.kind.rawValue)
        let drawing = renderDiagram(spec, scale: scale, idPrefix: idPrefix, language: numbers.language)
        figures.add(name: fileName, svg: "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n" + drawing.svg + "\n")
        // The drawing keeps a width at which its smallest text renders at 11 px or more, and
        // scrolls sideways where the page is narrower (a phone): no script, works from file://.
        let html = "<figure class=\"diagram diagram-\(spec.kind.rawValue)\">\n<div class=\"diagram-scroll\" role=\"region\" aria-label=\"\(HTMLEscaping.escape(drawing.title))\" tabindex=\"0\" style=\"--legible-width:\(drawing.legibleWidth)px\">\(drawing.svg)</div>\n<figcaption>\(HTMLEscaping.escape(drawing.caption)) <a class=\"figure-file\" href=\"\(HTMLEscaping.escape(FigureFiles.url(of: fileName)))\">SVG</a></figcaption>\n</figure>"
        return RenderedBlock(html: html, text: [drawing.title, drawing.description, drawing.caption].joined(separator: "\n"))
    }

    static func diagramScale(_ scenario: Scenario, numbers: NumberContext) -> DiagramScale {
        func value(_ quantity: BuiltInQuantity) -> Int { scenario.value(of: quantity) }
        func number(_ quantity: BuiltInQuantity) -> DiagramNumber {
            DiagramNumber(value: value(quantity), text: numbers.format(value(quantity)).text)
        }
        return DiagramScale(
            imageWidth: value(.width), imageHeight: value(.height), channels: value(.channels),
            hidden: value(.hidden), hiddenText: numbers.format(value(.hidden)).text,
            fieldWidth: value(.fieldWidth), fieldHeight: value(.fieldHeight),
            filterCount: value(.filterCount), filterCountText: numbers.format(value(.filterCount), as: .plain).text,
            full: number(.full), local: number(.local), shared: number(.shared), filters: number(.filters),
            outWidth: value(.outWidth), outHeight: value(.outHeight),
            localUnitsText: numbers.format(value(.localUnits)).text
        )
    }
}
