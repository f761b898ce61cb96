// One page through the whole Markdown pipeline, as `sitegen render -` runs it:
// front matter, placeholders, fenced params/diagram/model blocks, CJK line
// breaks, heading ids, links. Bad input must end in diagnostics, never a crash.
import Explainer
@testable import SiteCore

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzMarkdownPage(_ data: UnsafePointer<UInt8>, _ size: Int) -> Int32 {
    let bytes = UnsafeBufferPointer(start: data, count: size)
    guard case .success(let text) = SourceText.decode(bytes, displayPath: "fuzz.md") else { return 0 }
    // No content folder: the defaults apply (the article's scenario, no models).
    let frontEnd = FrontEnd(options: BuildOptions(content: "/nonexistent/sitegen-fuzz-content"), plugins: [ExplainerPlugin()])
    var warnings: [Diagnostic] = []
    _ = try? SingleFileRenderer.render(text: text, path: "fuzz.md", frontEnd: frontEnd, warnings: &warnings)
    return 0
}
