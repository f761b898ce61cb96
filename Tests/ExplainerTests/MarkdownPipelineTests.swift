import ConfigTree
@testable import Explainer
import Markdown
import Testing
@testable import SiteCore
import ParamEngine

/// The tree transforms, through the same pipeline the site and `sitegen render` use.
@Suite struct MarkdownPipelineTests {
    static let links = LinkTargets(
        pages: ["index.md": "index.html", "01-full.md": "01-full.html", "03-shared.md": "weights.html"],
        files: ["images/a.png"]
    )

    func render(_ markdown: String, links: LinkTargets? = MarkdownPipelineTests.links, file: String = "01-full.md") -> (MarkdownPipeline.Output, [String]) {
        let pipeline = Self.pipeline()
        var sink = DiagnosticSink(path: "c.md")
        let output = pipeline.render(markdown, bodyFirstLine: 1, links: links, currentFile: file, sink: &sink)
        return (output, sink.diagnostics.map(\.description))
    }

    /// A link whose anchor is spelled with other code points than the heading's
    /// id does not work in a browser, so it is reported even when the two are
    /// canonically equivalent.
    @Test func anAnchorMustMatchTheIdCodePointForCodePoint() {
        let (_, errors) = render("## Caf\u{E9}\n\n[a](#caf\u{E9}) [b](#cafe\u{301})\n")
        // Columns count characters: 'é' is one.
        #expect(errors == ["c.md:3:12: error: link to '#cafe\u{301}': this page has no heading with that id"])
    }

    @Test func softBreaksNextToChineseCharactersDisappear() {
        let (output, errors) = render("第一行写到这里\n接着写第二行\u{3002}\nThen English\nstays spaced\n*强调*\n文字，\nPyTorch 也行\n한국어\n문장\n")
        #expect(errors.isEmpty)
        #expect(output.html == "<p>第一行写到这里接着写第二行\u{3002}Then English\nstays spaced<em>强调</em>文字，PyTorch 也行\n한국어\n문장</p>\n")
    }

    @Test func aSoftBreakAfterAPlaceholderBeforeHanDisappears() {
        let (output, _) = render("共 {{ full }}\n个参数\n")
        #expect(output.html == "<p>共 10<sup>12</sup>个参数</p>\n")
    }

    @Test func placeholdersFillTextHeadingsAndLinkTextButNotCode() {
        let (output, errors) = render("## 全连接 {{ full }}\n\n[{{ shared }} 个](#全连接-10¹²) `{{ full }}`\n\n```\n{{ local }}\n```\n")
        #expect(errors.isEmpty, "\(errors)")
        #expect(output.headings.map(\.id) == ["全连接-10¹²"])
        #expect(output.headings.first?.html == "全连接 10<sup>12</sup>")
        #expect(output.html.contains("<code>{{ full }}</code>"))
        #expect(output.html.contains("<pre><code>{{ local }}\n</code></pre>"))
        #expect(errors.isEmpty)
    }

    @Test func anEscapedPlaceholderIsLiteralAndCodeKeepsItsBackslash() {
        let (output, errors) = render("写 \\{{ full }} 与 `\\{{ x }}`\n")
        #expect(errors.isEmpty)
        #expect(output.html == "<p>写 {{ full }} 与 <code>\\{{ x }}</code></p>\n")
    }

    @Test func placeholderErrorsPointAtTheirColumn() {
        let (_, errors) = render("abc\n\nxy {{ ful }}\n")
        #expect(errors.count == 1)
        #expect(errors.first?.hasPrefix("c.md:3:") == true)
        #expect(errors.first?.contains("did you mean 'full'?") == true)
    }

    @Test func anUnclosedPlaceholderDoesNotHideTheErrorsBeforeIt() {
        let (_, errors) = render("共 {{ nope }} 个，还有 {{ full\n")
        #expect(errors.count == 2, "\(errors)")
        // Columns count characters, not bytes: 'nope' is the sixth character.
        #expect(errors[0].hasPrefix("c.md:1:6: error: unknown quantity 'nope'"))
        #expect(errors[1].hasPrefix("c.md:1:19: error: unterminated placeholder"))
    }

    /// The excerpt looked up in the source line must not cut a Han character in half.
    @Test func anUnclosedPlaceholderOfHanTextIsFoundInTheSourceLine() {
        let (_, errors) = render("x &amp; &amp; &amp; {{全连接层的参数很多很多很多\n")
        #expect(errors.count == 1, "\(errors)")
        #expect(errors.first?.hasPrefix("c.md:1:21: error: unterminated placeholder") == true, "\(errors)")
    }

    @Test func errorColumnsCountTheSourceAfterEntitiesAndEscapes() {
        let (_, errors) = render("x &amp; \\* {{ nope }} and {{ nope }}\n\n第二段 &lt; {{ full | nope }}\n")
        #expect(errors.count == 3, "\(errors)")
        #expect(errors[0].hasPrefix("c.md:1:15: error: unknown quantity 'nope'"))
        #expect(errors[1].hasPrefix("c.md:1:30: error: unknown quantity 'nope'"))
        #expect(errors[2].hasPrefix("c.md:3:"))
        #expect(errors[2].contains("nope"))
        #expect(SourceLines.column(of: "{{", inLine: 2, from: 1, in: "a\nbc {{ x }}\n") == 4)
        #expect(SourceLines.column(of: "zz", inLine: 2, from: 1, in: "a\nbc\n") == nil)
        #expect(SourceLines.column(of: "a", inLine: 5, from: 1, in: "a\n") == nil)
        #expect(SourceLines.column(of: "{{", inLine: 1, from: 1, in: "共计 {{ x }}\n") == 4)
    }

    @Test func columnsCountCharactersOnChineseLines() throws {
        // The example: `{{ out_widht }}` at character 10 was reported at byte column 20.
        let (_, errors) = render("输出的宽度是 {{ out_widht }} 像素，见[别处](02-nope.md)。\n")
        try #require(errors.count == 2, "\(errors)")
        #expect(errors[0].hasPrefix("c.md:1:11: error: unknown quantity 'out_widht'"), "\(errors)")
        #expect(errors[1].hasPrefix("c.md:1:28: error: link to '02-nope.md'"), "\(errors)")
        #expect(SourceLines.characterColumn(ofByteColumn: 6, inLine: 2, in: "x\n共 {{\n") == 4)
        #expect(SourceLines.characterColumn(ofByteColumn: 1, inLine: 2, in: "x\n共 {{\n") == 1)
        // One index answers many questions, line after line and back.
        let index = SourceLineIndex("ab\n权值 [a](x)\r\n共\n")
        #expect(index.characterColumn(ofByteColumn: 8, inLine: 2) == 4)
        #expect(index.characterColumn(ofByteColumn: 2, inLine: 2) == 2)  // inside 权: the next character
        #expect(index.characterColumn(ofByteColumn: 2, inLine: 1) == 2)
        #expect(index.characterColumn(ofByteColumn: 30, inLine: 2) == 26)  // past the end: missing bytes count as characters
        #expect(index.column(of: "(x)", inLine: 2, from: 1) == 7)
        #expect(index.line(2) == "权值 [a](x)")
        #expect(index.line(4) == "")
        #expect(index.line(5) == nil)
    }

    @Test func markdownCharactersInAPlaceholderAreNamed() throws {
        // `*shared*` is emphasis to cmark, so the placeholder's text is split.
        let (_, errors) = render("共 {{ full*shared*2 }} 个\n\n又 {{ full_`x` }} 个\n")
        try #require(errors.count == 2, "\(errors)")
        #expect(errors[0] == "c.md:1:3: error: the placeholder '{{ full*shared*2 }}' holds '*', which Markdown reads as markup before sitegen sees the placeholder; put spaces around '*' to multiply ({{ a * b }})")
        #expect(errors[1].hasPrefix("c.md:3:3: error: the placeholder '{{ full_`x` }}' holds '_', '`', which Markdown reads as markup"), "\(errors)")
    }

    @Test func chapterLinksBecomePageLinks() {
        let (output, errors) = render("## 甲\n\n[a](03-shared.md) [b](03-shared.md#权值共享) [c](index.md) [d](#甲) [e](https://example.org/x.md) [f](images/a.png)\n")
        #expect(errors.isEmpty, "\(errors)")
        #expect(output.html.contains("<a href=\"weights.html\">a</a>"))
        #expect(output.html.contains("<a href=\"weights.html#%E6%9D%83%E5%80%BC%E5%85%B1%E4%BA%AB\">b</a>"))
        #expect(output.html.contains("<a href=\"index.html\">c</a>"))
        #expect(output.html.contains("<a href=\"https://example.org/x.md\">e</a>"))
        #expect(output.pendingAnchors.map(\.id) == ["权值共享"])
        #expect(output.pendingAnchors.first?.targetFile == "03-shared.md")
    }

    @Test func linksStraightToPagesHaveTheirAnchorsChecked() {
        let (output, errors) = render("[a](weights.html#权值共享) [b](/03-shared.md) [c](/elsewhere/page)\n")
        #expect(output.pendingAnchors.map(\.targetFile) == ["03-shared.md"])
        // Columns count characters: 权值共享 is four.
        #expect(errors == ["c.md:1:24: error: link to '/03-shared.md': write chapter links relative to this file ('03-shared.md'), so the site works under any path and from disk"])
    }

    @Test func brokenLinksAreErrors() {
        let (_, errors) = render("[a](02-nope.md) [b](#nope) [c](img/none.png)\n")
        #expect(errors == [
            "c.md:1:1: error: link to '02-nope.md': no such chapter",
            "c.md:1:17: error: link to '#nope': this page has no heading with that id",
            "c.md:1:28: error: link to 'img/none.png': no such file in the content folder",
        ])
    }

    @Test func headingsGetUniqueIDsAndATableOfContents() {
        let (output, _) = render("# 标题\n\n## 概述\n\n### 细节 A\n\n## 概述\n\n## !!!\n")
        #expect(output.headings.map(\.id) == ["标题", "概述", "细节-a", "概述-1", "section"])
        let toc = TableOfContents(output.headings).values
        #expect(toc.map { ($0["id"] as? TemplateText)?.text } == ["概述", "概述-1", "section"])
        #expect(((toc[0]["children"] as? [[String: Any]])?.first?["id"] as? TemplateText)?.text == "细节-a")
        #expect(TableOfContents(output.headings).html == """
            <ol>
            <li><a href="#概述">概述</a>
            <ol>
            <li><a href="#细节-a">细节 A</a></li>
            </ol></li>
            <li><a href="#概述-1">概述</a></li>
            <li><a href="#section">!!!</a></li>
            </ol>
            """)
        #expect(TableOfContents([]).html == "")
    }

    @Test func plainHeadingsGetTheSameInnerHTMLWithoutARender() {
        let document = Markdown.Document(markdown: "## a & b < c > \"d\" 'e' &amp; \\* 中文\n\n## with *emphasis*\n", options: .init(smartPunctuation: true))
        let headings = document.rootNode.children
        for heading in headings {
            #expect(HeadingAnchors.innerHTML(of: heading, level: 2) == HeadingAnchors.renderedInnerHTML(of: heading, level: 2))
        }
        #expect(HeadingAnchors.innerHTML(of: headings[0], level: 2) == "a &amp; b &lt; c &gt; “d” ‘e’ &amp; * 中文")
    }

    @Test func tableOfContentsEntriesUnwrapLinksAndLeadingH3sStandAlone() {
        let (output, errors) = render("### 甲\n\n### 乙\n\n## 见[全连接](01-full.md)\n\n### 丙\n")
        #expect(errors.isEmpty, "\(errors)")
        #expect(output.headings[2].html == "见<a href=\"01-full.html\">全连接</a>")
        let toc = TableOfContents(output.headings).values
        #expect(toc.map { ($0["id"] as? TemplateText)?.text } == ["甲", "乙", "见全连接"])
        #expect((toc[2]["title_html"] as? TemplateText)?.text == "见全连接")
        #expect(TableOfContents(output.headings).html == """
            <ol>
            <li><a href="#甲">甲</a></li>
            <li><a href="#乙">乙</a></li>
            <li><a href="#见全连接">见全连接</a>
            <ol>
            <li><a href="#丙">丙</a></li>
            </ol></li>
            </ol>
            """)
    }
}

extension MarkdownPipelineTests {
    /// The site's Markdown pipeline with the explainer's placeholders (in the
    /// article's scenario) and no block kinds, as the pipeline's own
    /// transforms are under test; words in Chinese.
    static func pipeline(_ options: MarkdownOptions = .init()) -> MarkdownPipeline {
        let numbers = NumberContext(scenario: .article, defaultFormat: .sci, language: .default)
        let plan = ExplainerPlan(defaultFormat: .sci, language: .default, siteScenario: .article, scenarios: [:], models: [:], modelFiles: [:], pageNumbers: [:])
        let work = PlaceholderOnlyWork(base: ExplainerPageWork(plan: plan, numbers: numbers, figures: FigureFiles(pageSlug: "c"), dependencies: DependencyRecorder(), scenarioErrors: []))
        return MarkdownPipeline(options: options, work: [work], words: .default)
    }
}

/// The explainer's placeholders without its block kinds.
struct PlaceholderOnlyWork: PageWork {
    let base: ExplainerPageWork

    func prepare(_ markdown: String) -> String { base.prepare(markdown) }
    var nodeTypes: [NodeType] { base.nodeTypes }
    func transform(_ nodes: CollectedNodes, source: String, lineOffset: Int, sink: inout DiagnosticSink) {
        base.transform(nodes, source: source, lineOffset: lineOffset, sink: &sink)
    }
}
