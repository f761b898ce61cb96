@testable import Explainer
import Foundation
import Markdown
import SearchIndex
import TestFolders
import Testing
@testable import SiteCore
import ParamEngine

/// The pages' text by section, as the search index reads it.
@Suite struct SectionTextTests {
    /// A block kind of a test plugin.
    struct BlockWork: PageWork {
        var blockHandlers: [String: FencedBlocks.Handler]
    }

    static func sections(_ markdown: String, blocks: [String: FencedBlocks.Handler] = [:]) -> [SearchSection] {
        var pipeline = MarkdownPipelineTests.pipeline()
        pipeline.work.append(BlockWork(blockHandlers: blocks))
        pipeline.collectsSections = true
        var sink = DiagnosticSink(path: "c.md")
        return pipeline.render(markdown, bodyFirstLine: 1, links: nil, currentFile: "c.md", sink: &sink).sections
            .map { SearchSection(id: $0.id, heading: $0.heading, text: $0.text) }
    }

    @Test func sectionsSplitAtEveryHeadingAndKeepCodeAndAlternativeText() {
        let sections = Self.sections("""
            开头的话，共 {{ full }}
            个参数。

            ## 权值共享

            - 列表项 ![一张图](a.png)

            > ### 引用里的标题
            > 引用

            ```python
            conv = nn.Conv2d(1, 100, 10)
            ```

            <div>raw html</div>

            """)
        #expect(sections == [
            SearchSection(id: "", heading: "", text: "开头的话，共 10¹²个参数。"),
            SearchSection(id: "权值共享", heading: "权值共享", text: "列表项 一张图"),
            SearchSection(id: "引用里的标题", heading: "引用里的标题", text: "引用\nconv = nn.Conv2d(1, 100, 10)"),
        ])
    }

    @Test func aBlockHandsOverItsPlainText() {
        let blocks: [String: FencedBlocks.Handler] = ["figure": { _, _ in RenderedBlock(html: "<figure><svg></svg></figure>", text: "图的标题\n图的说明") }]
        let sections = Self.sections("## 图\n\n```figure\n```\n", blocks: blocks)
        #expect(sections.last == SearchSection(id: "图", heading: "图", text: "图的标题\n图的说明"))
    }

    /// Blocks are trimmed as `trimmingSpaces()` trims a String (the text is
    /// gathered as UTF-8; `SpaceTrimmingTests` compares the two), and a table
    /// row joins its cells, empty ones too.
    @Test func blocksAreTrimmedAsStringsAreAndRowsKeepEmptyCells() {
        let sections = Self.sections("""
            \u{3000}全角空格开头的段落\u{3000}

            | 甲 | | 丙\u{00A0} |
            |---|---|---|
            | \u{2003}一 | 二 | 三 |

            """)
        #expect(sections == [SearchSection(id: "", heading: "", text: "全角空格开头的段落\n甲  丙\n一 二 三")])
    }
}
