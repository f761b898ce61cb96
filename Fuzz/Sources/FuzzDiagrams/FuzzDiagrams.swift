// A ```diagram block's body: YAML, the spec parser (kinds, toy sizes,
// limits, fit), then the drawing, over the article's scenario.
import ConfigTree
import Diagrams
import ParamEngine
@testable import Explainer
import SiteCore

nonisolated(unsafe) let scale: DiagramScale = {
    let scenario = try! Scenario(declaration: nil)
    return DiagramBlock.diagramScale(scenario, numbers: NumberContext(scenario: scenario, defaultFormat: .sci, language: .default))
}()

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzDiagrams(_ data: UnsafePointer<UInt8>, _ size: Int) -> Int32 {
    guard let text = String(validating: UnsafeBufferPointer(start: data, count: size), as: UTF8.self) else { return 0 }
    let body: ConfigNode
    do { body = try YAMLReader.parse(text) ?? ConfigNode(.null, at: .start) } catch { return 0 }
    guard let spec = try? DiagramSpec.parse(body) else { return 0 }
    let drawing = renderDiagram(spec, scale: scale, idPrefix: "fuzz-1")
    // Every figure is a well-formed SVG root.
    precondition(drawing.svg.hasPrefix("<svg"), "a drawing that is not an SVG element")
    return 0
}
