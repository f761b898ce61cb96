import Mustache
import Testing
@testable import SiteCore

@Suite struct TemplateTextTests {
    /// Every way a template can use a text value gives what a plain String gives.
    @Test(arguments: [
        "{{x}}", "{{{x}}}", "{{#x}}[{{.}}]{{/x}}", "{{^x}}none{{/x}}",
        "{{#empty(x)}}empty{{/empty(x)}}{{^empty(x)}}full{{/empty(x)}}",
        "{{uppercased(x)}} {{lowercased(x)}} {{capitalized(x)}} {{reversed(x)}}",
        "{{#list}}{{x}};{{/list}}", "{{y.x}}",
    ])
    func rendersAsAString(_ source: String) throws {
        let template = try MustacheTemplate(string: source)
        for value in ["", "Conv <b>&</b> \"卷积\" 'x'", "局部感受野"] {
            func values(_ text: Any) -> [String: Any] {
                ["x": text, "list": [["x": text], ["x": text]], "y": ["x": text]]
            }
            #expect(template.render(values(TemplateText(value))) == template.render(values(value)), "\(source) with \(value)")
        }
    }
}
