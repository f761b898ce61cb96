import Explainer
import Foundation
import Testing
@testable import SiteCore

/// What a heading may hold besides text. A setext heading can hold a whole
/// paragraph's inlines: images and footnote references included. The fuzzer
/// found that they were transformed after the heading had become HTML (and
/// freed them): a crash under AddressSanitizer, which `Tests/leaks/check`
/// runs on the same input.
@Suite struct HeadingContentTests {
    @Test func anImageAndAFootnoteInASetextHeadingRender() throws {
        var warnings: [Diagnostic] = []
        let frontEnd = FrontEnd(options: BuildOptions(content: "/nonexistent/sitegen-test"), plugins: [ExplainerPlugin()])
        let html = try SingleFileRenderer.render(text: "图 ![图](a.svg) 和脚注[^1]\n---\n\n[^1]: 注。\n", path: "h.md", frontEnd: frontEnd, warnings: &warnings)
        #expect(html.contains("<h2 id=\"图-图-和脚注\">图 <img src=\"a.svg\" alt=\"图\" /> 和脚注<sup class=\"footnote-ref\"><a href=\"#fn-1\""), "\(html)")
        #expect(html.contains("id=\"fn-1\""))
    }
}
