// Front matter and site.yml: the same bytes are read as a chapter file (the
// `---` split, the YAML, every key's checks, the slug) and as site.yml.
import ConfigTree
import ParamEngine
@testable import SiteCore

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzFrontMatter(_ data: UnsafePointer<UInt8>, _ size: Int) -> Int32 {
    let bytes = UnsafeBufferPointer(start: data, count: size)
    guard case .success(let text) = SourceText.decode(bytes, displayPath: "fuzz.md") else { return 0 }

    var pageSink = DiagnosticSink(path: "content/fuzz.md")
    if let page = PageReader.read(text: text, path: "content/fuzz.md", fileName: "fuzz.md", requireTitle: true, pluginKeys: ["params"], sink: &pageSink) {
        _ = Slug.problem(with: page.slug)
        // The chapter's scenario, over the article's, as the site plan builds it.
        if let params = page.extra["params"] { _ = try? Scenario(declaration: params, base: try? Scenario(declaration: nil)) }
    }

    var siteSink = DiagnosticSink(path: "content/site.yml")
    let node: ConfigNode?
    do { node = try YAMLReader.parse(text) } catch { return 0 }
    let config = SiteConfig(node, sink: &siteSink)
    _ = try? NumberFormat.named(config.numberFormat, at: config.numberFormatLocation)
    return 0
}
