@testable import Explainer
import Testing
@testable import SiteCore

/// GitHub's alerts become callouts; an image alone in its paragraph, with a
/// title, becomes a captioned figure.
@Suite struct CalloutAndFigureTests {
    func render(_ markdown: String) -> (html: String, errors: [String]) {
        let (html, _, errors) = GFMPipelineTests().render(markdown)
        return (html, errors)
    }

    @Test func everyAlertKindBecomesACalloutWithItsTitle() {
        for (marker, kind, title) in [("[!NOTE]", "note", "注意"), ("[!TIP]", "tip", "提示"), ("[!IMPORTANT]", "important", "重要"),
                                      ("[!WARNING]", "warning", "警告"), ("[!CAUTION]", "caution", "小心"), ("[!note]", "note", "注意")] {
            let (html, _) = render("> \(marker)\n> 内容。\n")
            #expect(html == "<div class=\"callout callout-\(kind)\" role=\"note\">\n<p class=\"callout-title\">\(title)</p>\n<p>内容。</p>\n</div>\n", "\(marker)")
        }
    }

    @Test func theCalloutKeepsItsBlocksAndTheirTransforms() {
        let (html, errors) = render("> [!TIP]  \n> 共享后只有 {{ shared }} 个参数，\n> 见[全连接](01-full.md)。\n>\n> - 第一\n")
        #expect(errors.isEmpty, "\(errors)")
        #expect(html == """
            <div class="callout callout-tip" role="note">
            <p class="callout-title">提示</p>
            <p>共享后只有 100 个参数，见<a href="01-full.html">全连接</a>。</p>
            <ul>
            <li>第一</li>
            </ul>
            </div>

            """)
    }

    @Test func aMarkerAloneMakesATitleOnlyCallout() {
        #expect(render("> [!WARNING]\n").html == "<div class=\"callout callout-warning\" role=\"note\">\n<p class=\"callout-title\">警告</p>\n</div>\n")
    }

    @Test func otherQuotesStayQuotes() {
        for markdown in ["> [!FOO]\n> x\n", "> [!NOTE] 同一行\n", "> *[!NOTE]*\n> x\n", "> 普通引用\n", "- > [!NOTE]\n  > 列表里\n", "> [!]\n> x\n"] {
            let (html, _) = render(markdown)
            #expect(html.contains("<blockquote>"), "\(markdown)")
            #expect(!html.contains("callout"), "\(markdown)")
        }
    }

    @Test func aTitledImageAloneBecomesAFigure() {
        let (html, errors) = render("![卷积核](images/a.png \"一个 3×3 的卷积核 & <边>\")\n")
        #expect(errors.isEmpty, "\(errors)")
        #expect(html == "<figure class=\"image\">\n<img src=\"images/a.png\" alt=\"卷积核\" />\n<figcaption>一个 3×3 的卷积核 &amp; &lt;边&gt;</figcaption>\n</figure>\n")
    }

    @Test func otherImagesStayInTheirParagraph() {
        #expect(render("![无标题](images/a.png)\n").html == "<p><img src=\"images/a.png\" alt=\"无标题\" /></p>\n")
        #expect(render("见 ![图](images/a.png \"t\")\n").html == "<p>见 <img src=\"images/a.png\" alt=\"图\" title=\"t\" /></p>\n")
        #expect(render("[![图](images/a.png \"t\")](01-full.md)\n").html == "<p><a href=\"01-full.html\"><img src=\"images/a.png\" alt=\"图\" title=\"t\" /></a></p>\n")
    }
}
