// The inside of a placeholder (`full / local | orders`): the expression
// parser, exact arithmetic over the article's scenario, and every number
// format applied to whatever the expression evaluates to.
import ParamEngine

/// The article's scenario, built once: every quantity a placeholder can name.
nonisolated(unsafe) let scenario = try! Scenario(declaration: nil)

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzExpressions(_ data: UnsafePointer<UInt8>, _ size: Int) -> Int32 {
    guard let text = String(validating: UnsafeBufferPointer(start: data, count: size), as: UTF8.self) else { return 0 }
    if let placeholder = try? Placeholder.parse(text) {
        _ = try? placeholder.evaluate(in: scenario, defaultFormat: .sci)
        if let value = try? placeholder.expression.evaluate(in: scenario) {
            for format in NumberFormat.allCases { _ = try? format.format(value) }
        }
    }
    // The digits alone, as a whole number, in every format.
    if let number = Int(text.filter(\.isASCII)) {
        for format in NumberFormat.allCases { _ = try? format.format(number) }
    }
    return 0
}
