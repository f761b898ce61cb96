import Testing
@testable import Markdown

/// GitHub-flavoured Markdown through cmark-gfm: each extension is on, parses
/// into its own node types, and renders.
@Suite struct GFMTests {
    @Test func tablesRenderWithAlignmentAsStyle() {
        let html = Document(markdown: "| 层 | 参数 |\n|:--|--:|\n| conv | 100 |\n").renderHTML()
        #expect(html == """
            <table>
            <thead>
            <tr>
            <th style="text-align: left">层</th>
            <th style="text-align: right">参数</th>
            </tr>
            </thead>
            <tbody>
            <tr>
            <td style="text-align: left">conv</td>
            <td style="text-align: right">100</td>
            </tr>
            </tbody>
            </table>

            """)
    }

    @Test func tableNodesHaveTheirOwnTypes() {
        let document = Document(markdown: "| a | b |\n|---|---|\n| x | ~~y~~ |\n")
        let types = document.rootNode.descendants().map(\.type)
        #expect(types == [.document, .table, .tableRow, .tableCell, .text, .tableCell, .text,
                          .tableRow, .tableCell, .text, .tableCell, .strikethrough, .text])
        let cells = document.rootNode.collect([.tableCell, .strikethrough])
        #expect(cells[.tableCell]?.map(\.plainText) == ["a", "b", "x", "y"])
        #expect(cells[.strikethrough]?.count == 1)
    }

    @Test func smartPunctuationLeavesTheDelimiterRowAlone() {
        // With plain cmark and --smart, `|---|` became a paragraph with an em dash.
        let html = Document(markdown: "| a |\n|---|\n| -- |\n", options: .init(smartPunctuation: true)).renderHTML()
        #expect(html.hasPrefix("<table>"))
        #expect(!html.contains("—"))
        #expect(html.contains("<td>–</td>"))  // smart punctuation still works inside cells
    }

    @Test func strikethroughAutolinksAndTaskLists() {
        #expect(Document(markdown: "~~旧~~ 新\n").renderHTML() == "<p><del>旧</del> 新</p>\n")
        #expect(Document(markdown: "见 https://pytorch.org 和 www.example.com\n").renderHTML()
            == "<p>见 <a href=\"https://pytorch.org\">https://pytorch.org</a> 和 <a href=\"http://www.example.com\">www.example.com</a></p>\n")
        let tasks = Document(markdown: "- [ ] 写\n- [x] 读\n- 普通\n")
        #expect(tasks.renderHTML() == """
            <ul>
            <li><input type="checkbox" disabled="" /> 写</li>
            <li><input type="checkbox" checked="" disabled="" /> 读</li>
            <li>普通</li>
            </ul>

            """)
        let items = tasks.rootNode.descendants().filter { $0.type == .taskListItem || $0.type == .item }
        #expect(items.map(\.type) == [.taskListItem, .taskListItem, .item])
        let collected = tasks.rootNode.collect([.item, .taskListItem])
        #expect(collected[.taskListItem]?.count == 2)
        #expect(collected[.item]?.count == 1)
    }

    @Test func footnotesWithBackLinks() {
        let document = Document(markdown: "正文[^1]。\n\n[^1]: 脚注内容。\n")
        #expect(document.renderHTML() == """
            <p>正文<sup class="footnote-ref"><a href="#fn-1" id="fnref-1" data-footnote-ref>1</a></sup>。</p>
            <section class="footnotes" data-footnotes>
            <ol>
            <li id="fn-1">
            <p>脚注内容。 <a href="#fnref-1" class="footnote-backref" data-footnote-backref aria-label="Back to content">↩</a></p>
            </li>
            </ol>
            </section>

            """)
        let types = Set(document.rootNode.descendants().map(\.type))
        #expect(types.isSuperset(of: [.footnoteReference, .footnoteDefinition]))
        // Not a link reference definition any more, so no link to "脚注内容。".
        #expect(!types.contains(.link))
    }

    @Test func tagFilterIsOffWhenRawHTMLIsAllowed() {
        // GitHub's tagfilter would write `&lt;textarea>`; an author who turned
        // raw HTML on gets what they wrote.
        let html = Document(markdown: "<textarea>x</textarea>\n", options: .init(unsafeHTML: true)).renderHTML()
        #expect(html == "<p><textarea>x</textarea></p>\n")
    }

    @Test func everyNodeTypeMapsBackToItself() {
        for type in NodeType.allCases where type != .none && type != .taskListItem {
            #expect(NodeTypeMap.shared.type(of: Document(markdown: "").makeRawNode(type)) == type, "\(type)")
        }
    }
}
