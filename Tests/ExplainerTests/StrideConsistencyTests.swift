import ConfigTree
@testable import Explainer
import ParamEngine
import Testing

/// Issue #16, item 7: a chapter that sets a stride and padding over the site's
/// scenario gets a params table whose connections follow its 250,000 positions.
@Suite struct StrideConsistencyTests {
    static func node(_ entries: [(String, String)]) -> ConfigNode {
        ConfigNode(.mapping(entries.map { ConfigNode.Entry(key: $0.0, keyLocation: .start, value: ConfigNode(.scalar($0.1))) }))
    }

    @Test func theParamsTableFollowsAChaptersStrideAndPadding() throws {
        // The shipped site's params.yml gives hidden with its padding.
        let site = try Scenario(declaration: Self.node([("hidden", "1000000"), ("padding", "valid")]))
        let chapter = try Scenario(declaration: Self.node([("stride", "2"), ("padding", "4")]), base: site)
        #expect(chapter.value(of: "positions") == 250_000)
        let html = try ParamsTable.html(body: nil, numbers: NumberContext(scenario: chapter, defaultFormat: .grouped, language: .default))
        // Local and shared: 250,000 units × 100; 100 filters: 2.5×10⁹; full keeps its 10⁶ hidden units.
        #expect(html.contains("<td>25,000,000</td><td>25,000,000</td>"))
        #expect(html.contains("<td>25,000,000</td><td>100</td>"))
        #expect(html.contains("<td>2,500,000,000</td><td>10,000</td>"))
        #expect(html.contains("<td>1,000,000,000,000</td><td>1,000,000,000,000</td>"))
        #expect(!html.contains("100,000,000"))
        // The site's own table is the article's.
        let siteHTML = try ParamsTable.html(body: nil, numbers: NumberContext(scenario: site, defaultFormat: .grouped, language: .default))
        #expect(siteHTML.contains("<td>100,000,000</td><td>100,000,000</td>"))
    }
}
