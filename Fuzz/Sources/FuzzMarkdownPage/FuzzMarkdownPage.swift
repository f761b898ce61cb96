// One page through the whole Markdown pipeline, as `sitegen render -` runs it:
// front matter, placeholders, fenced params/diagram/model blocks, CJK line
// breaks, heading ids, links. Bad input must end in diagnostics, never a crash.
@testable import SiteKit

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzMarkdownPage(_ data: UnsafePointer<UInt8>, _ size: Int) -> Int32 {
    let bytes = UnsafeBufferPointer(start: data, count: size)
    guard case .success(let text) = SourceText.decode(bytes, displayPath: "fuzz.md") else { return 0 }
    // No content folder: the defaults apply (the article's scenario, no models).
    _ = try? SingleFileRenderer.render(text: text, path: "fuzz.md", contentDirectory: "/nonexistent/sitegen-fuzz-content")
    return 0
}
