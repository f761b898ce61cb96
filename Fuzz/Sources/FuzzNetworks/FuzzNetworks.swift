// A network declaration (content/models/NAME.yml or a ```model block):
// YAML, the layer-list reader, shape inference and the parameter counts.
import ConfigTree
import Networks
@testable import SiteCore

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzNetworks(_ data: UnsafePointer<UInt8>, _ size: Int) -> Int32 {
    guard let text = String(validating: UnsafeBufferPointer(start: data, count: size), as: UTF8.self) else { return 0 }
    let node: ConfigNode
    do {
        guard let parsed = try YAMLReader.parse(text) else { return 0 }
        node = parsed
    } catch { return 0 }
    guard let model = try? NetworkModel(declaration: node) else { return 0 }
    // The counts a model block prints must add up: the total is the sum of its
    // parts, and of the top-level rows (groups carry their subtotals).
    precondition(model.totalParameters == model.convolutionParameters + model.denseParameters + model.otherParameters,
                 "the total differs from convolution + dense + other")
    precondition(model.totalParameters == model.rows.filter { $0.depth == 0 }.reduce(0) { $0 + $1.parameters },
                 "the total differs from the sum of the top-level rows")
    return 0
}
