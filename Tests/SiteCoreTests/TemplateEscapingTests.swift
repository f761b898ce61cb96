import Mustache
import Testing
@testable import SiteCore

@Suite struct TemplateEscapingTests {
    /// sitegen's templates escape as swift-mustache's HTML escaping does.
    @Test(arguments: ["", "卷积网络", "<b>&</b>", "\"引号\" and 'apostrophes'", "a&amp;b", "第1章 <全连接>"])
    func escapesAsSwiftMustacheDoes(_ text: String) throws {
        let ours = try TemplateSet.compile("[{{x}}]").render(["x": text])
        let theirs = try MustacheTemplate(string: "[{{x}}]").render(["x": text])
        #expect(ours == theirs)
        #expect(ours == "[" + HTMLEscaping.escape(text, apostrophes: true) + "]")
    }

    /// Per Character, swift-mustache leaves a quote that carries a combining
    /// mark unescaped, which would end an attribute value; per byte it is escaped.
    @Test func aQuoteWithACombiningMarkIsEscaped() throws {
        let rendered = try TemplateSet.compile("<a title=\"{{x}}\">").render(["x": "x\"\u{301} onmouseover=alert(1)"])
        #expect(rendered == "<a title=\"x&quot;\u{301} onmouseover=alert(1)\">")
    }

    /// The pragma line put before a template renders as nothing, and leaves the
    /// template's own first line (here a standalone section tag) as it was.
    @Test(arguments: ["{{#x}}\nA\n{{/x}}\n", "{{! comment }}\nB {{x}}\n", "{{<base}}\n{{/base}}\n", "no tags", ""])
    func thePragmaLineChangesNothingElse(_ source: String) throws {
        let values: [String: Any] = ["x": "v"]
        #expect(try TemplateSet.compile(source).render(values) == MustacheTemplate(string: source).render(values))
    }

    /// A template that asks for another content type gets it.
    @Test func aTemplatesOwnContentTypeWins() throws {
        let rendered = try TemplateSet.compile("{{% CONTENT_TYPE: TEXT}}\n{{x}}").render(["x": "<b>"])
        #expect(rendered == "<b>")
    }
}
