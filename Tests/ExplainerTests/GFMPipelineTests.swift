@testable import Explainer
import Markdown
import ParamEngine
import Testing
@testable import SiteCore

/// GitHub-flavoured Markdown through the whole pipeline: the transforms
/// (placeholders, links, CJK line breaks, heading ids) work on the new nodes.
@Suite struct GFMPipelineTests {
    func render(_ markdown: String, smart: Bool = false) -> (html: String, ids: [String], errors: [String]) {
        let pipeline = MarkdownPipelineTests.pipeline(.init(smartPunctuation: smart))
        var sink = DiagnosticSink(path: "c.md")
        let output = pipeline.render(markdown, bodyFirstLine: 1, links: MarkdownPipelineTests.links, currentFile: "01-full.md", sink: &sink)
        return (output.html, output.headings.map(\.id), sink.diagnostics.map(\.description))
    }

    @Test func placeholdersFillTableCells() {
        let (html, _, errors) = render("| 方式 | 参数 |\n|---|--:|\n| 全连接 | {{ full }} |\n| 共享 | {{ shared \\| grouped }} |\n")
        #expect(errors.isEmpty, "\(errors)")
        // A cell takes no custom node, so no <sup>: the number's plain form.
        #expect(html.contains("<td style=\"text-align: right\">10¹²</td>"))
        #expect(html.contains("<td style=\"text-align: right\">100</td>"))
    }

    @Test func aFormatBarThatEndsTheCellIsExplained() {
        let (_, _, errors) = render("| a |\n|---|\n| 共 {{ shared | plain }} |\n")
        // Column 5: columns count characters (共 is one; it was three bytes).
        #expect(errors == ["c.md:3:5: error: unterminated placeholder in a table cell: '|' ends the cell, so write '\\|' before a format ('{{ full \\| plain }}')"])
    }

    @Test func aBadPlaceholderInACellIsReportedAtItsPlace() {
        let (_, _, errors) = render("| a |\n|---|\n| 共 {{ nope }} |\n")
        #expect(errors.count == 1)
        #expect(errors.first?.hasPrefix("c.md:3:") == true, "\(errors)")
    }

    @Test func aFootnoteIsNotALinkToAFile() {
        // With plain cmark `[^1]: 脚注内容。` was a link reference definition,
        // and `[^1]` a link to the file "脚注内容。", which the link check rejected.
        let (html, _, errors) = render("正文[^1]。\n\n[^1]: 脚注内容。\n")
        #expect(errors.isEmpty, "\(errors)")
        #expect(html.contains("<li id=\"fn-1\">"))
        #expect(html.contains("<a href=\"#fn-1\" id=\"fnref-1\" data-footnote-ref>1</a>"))
    }

    @Test func linksInCellsAndFootnotesAreCheckedAndRewritten() {
        let (html, _, errors) = render("| 章 |\n|---|\n| [共享](03-shared.md) [断](04-none.md) |\n\n正文[^n]。\n\n[^n]: 见[全连接](01-full.md)和[坏](missing.png)。\n")
        #expect(html.contains("<a href=\"weights.html\">共享</a>"))
        #expect(html.contains("<a href=\"01-full.html\">全连接</a>"))
        #expect(errors.count == 2, "\(errors)")
        #expect(errors.contains { $0.hasPrefix("c.md:3:") && $0.contains("'04-none.md': no such chapter") })
        #expect(errors.contains { $0.hasPrefix("c.md:7:") && $0.contains("'missing.png'") })
    }

    @Test func chineseLineBreaksJoinInFootnotesAndBeforeTables() {
        let (html, _, _) = render("第一行\n第二行\n| 表 |\n|---|\n| 中文 |\n\n正文[^1]。\n\n[^1]: 脚注写到\n    这里\n")
        #expect(html.hasPrefix("<p>第一行第二行</p>\n<div class=\"table-scroll\""))
        #expect(html.contains("<td>中文</td>"))
        #expect(html.contains("<p>脚注写到这里 <a href=\"#fnref-1\""))
    }

    @Test func smartPunctuationKeepsTablesTables() {
        let (html, _, _) = render("| 层 | 说明 |\n|---|---|\n| conv -- 卷积 | \"权值\" |\n", smart: true)
        #expect(html.contains("\n<table>\n"))
        #expect(!html.contains("—"))
        #expect(html.contains("<td>conv – 卷积</td>"))
        #expect(html.contains("<td>“权值”</td>"))
    }

    @Test func headingIdsAreUnaffected() {
        let (_, ids, errors) = render("## ~~旧~~新\n\n| a |\n|---|\n| b |\n\n## 表格之后 {{ shared }}\n\n- [x] 完成\n\n[回到](#表格之后-100)\n")
        #expect(errors.isEmpty, "\(errors)")
        #expect(ids == ["旧新", "表格之后-100"])
    }
}

/// Tables scroll sideways in a named, focusable region of their own.
@Suite struct TableScrollTests {
    @Test func eachTableIsWrappedInANamedRegion() {
        let (html, _, _) = GFMPipelineTests().render("| 层 | 参数 |\n|---|---|\n| conv | 9 |\n\n| | |\n|-|-|\n| a | b |\n")
        #expect(html.hasPrefix("<div class=\"table-scroll\" role=\"region\" aria-label=\"表格：层、参数\" tabindex=\"0\">\n<table>\n<thead>"))
        #expect(html.contains("</table>\n</div>\n<div class=\"table-scroll\" role=\"region\" aria-label=\"表格\" tabindex=\"0\">\n<table>"))
        #expect(html.hasSuffix("</table>\n</div>\n"))
    }

    @Test func theLabelIsEscaped() {
        let (html, _, _) = GFMPipelineTests().render("| a \"b\" & c |\n|---|\n")
        #expect(html.contains("aria-label=\"表格：a &quot;b&quot; &amp; c\""))
    }
}

/// Task-list boxes carry an accessible name (cmark-gfm's have none).
@Suite struct TaskListBoxTests {
    @Test func boxesAreNamedByTheirState() {
        let (html, _, _) = GFMPipelineTests().render("- [x] 读完\n- [ ] 写 *练习* {{ shared }}\n- 普通\n")
        #expect(html == """
            <ul>
            <li><input type="checkbox" checked="" disabled="" aria-label="已完成" /> 读完</li>
            <li><input type="checkbox" disabled="" aria-label="未完成" /> 写 <em>练习</em> 100</li>
            <li>普通</li>
            </ul>

            """)
    }

    @Test func looseItemsGetTheBoxInTheirFirstParagraph() {
        let (html, _, _) = GFMPipelineTests().render("- [ ] 第一段\n\n  第二段\n")
        #expect(html == "<ul>\n<li>\n<p><input type=\"checkbox\" disabled=\"\" aria-label=\"未完成\" /> 第一段</p>\n<p>第二段</p>\n</li>\n</ul>\n")
    }
}

/// A bare URL ends at Chinese punctuation, not at the next space.
@Suite struct AutolinkEndTests {
    @Test func urlsStopBeforeCJKPunctuation() {
        let (html, _, errors) = GFMPipelineTests().render("见 https://pytorch.org。下一句 www.a.com，b x@y.com。\n")
        #expect(errors.isEmpty)
        #expect(html == "<p>见 <a href=\"https://pytorch.org\">https://pytorch.org</a>。下一句 <a href=\"http://www.a.com\">www.a.com</a>，b <a href=\"mailto:x@y.com\">x@y.com</a>。</p>\n")
    }

    @Test func trailingASCIIPunctuationBeforeTheMarkIsLeftOut() {
        let (html, _, _) = GFMPipelineTests().render("见（https://a.org/x.）\n")
        #expect(html == "<p>见（<a href=\"https://a.org/x\">https://a.org/x</a>.）</p>\n")
    }

    @Test func hanCharactersStayInTheURL() {
        let (html, _, _) = GFMPipelineTests().render("https://zh.wikipedia.org/wiki/卷积 ok\n")
        #expect(html == "<p><a href=\"https://zh.wikipedia.org/wiki/%E5%8D%B7%E7%A7%AF\">https://zh.wikipedia.org/wiki/卷积</a> ok</p>\n")
    }

    @Test func writtenLinksAreLeftAlone() {
        let (html, _, _) = GFMPipelineTests().render("[说明，见下](https://a.org/，x)\n")
        #expect(html == "<p><a href=\"https://a.org/%EF%BC%8Cx\">说明，见下</a></p>\n")
    }
}

/// Footnote ids are numbers, back-links are named in the site's language.
@Suite struct FootnoteNumberTests {
    @Test func idsAreNumbersWhateverTheLabel() {
        let (html, _, errors) = GFMPipelineTests().render("正文[^说明]和[^1]，再[^说明]。\n\n[^说明]: 中文\n    标签。\n\n[^1]:\n        code\n")
        #expect(errors.isEmpty)
        #expect(html == """
            <p>正文<sup class="footnote-ref"><a href="#fn-1" id="fnref-1" data-footnote-ref>1</a></sup>和<sup class="footnote-ref"><a href="#fn-2" id="fnref-2" data-footnote-ref>2</a></sup>，再<sup class="footnote-ref"><a href="#fn-1" id="fnref-1-2" data-footnote-ref>1</a></sup>。</p>
            <section class="footnotes" data-footnotes>
            <ol>
            <li id="fn-1">
            <p>中文标签。 <a href="#fnref-1" class="footnote-backref" data-footnote-backref aria-label="返回正文">↩</a> <a href="#fnref-1-2" class="footnote-backref" data-footnote-backref aria-label="返回正文">↩<sup class="footnote-ref">2</sup></a></p>
            </li>
            <li id="fn-2">
            <pre><code>code
            </code></pre>
            <a href="#fnref-2" class="footnote-backref" data-footnote-backref aria-label="返回正文">↩</a>
            </li>
            </ol>
            </section>

            """)
    }

    @Test func aCitationInATableCellKeepsCmarkGFMsFootnotes() {
        // A cell takes no custom node: the page's footnotes stay as cmark-gfm
        // writes them, so every id still matches its link.
        let (html, _, _) = GFMPipelineTests().render("| a |\n|---|\n| x[^n] |\n\n正文[^n]。\n\n[^n]: y\n")
        #expect(html.contains("<td>x<sup class=\"footnote-ref\"><a href=\"#fn-n\" id=\"fnref-n\" data-footnote-ref>1</a></sup></td>"))
        #expect(html.contains("<a href=\"#fn-n\" id=\"fnref-n-2\" data-footnote-ref>1</a>"))
        #expect(html.contains("<li id=\"fn-n\">"))
    }

    @Test func aFootnoteCitedInsideAnotherIsNumberedToo() {
        let (html, _, _) = GFMPipelineTests().render("a[^1]\n\n[^1]: b[^2]\n[^2]: c\n")
        #expect(html.contains("<li id=\"fn-1\">\n<p>b<sup class=\"footnote-ref\"><a href=\"#fn-2\" id=\"fnref-2\" data-footnote-ref>2</a></sup> <a href=\"#fnref-1\""))
        #expect(html.contains("<li id=\"fn-2\">\n<p>c <a href=\"#fnref-2\""))
    }
}
