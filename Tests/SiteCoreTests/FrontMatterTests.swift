import Testing
@testable import SiteCore

@Suite struct FrontMatterTests {
    @Test func splitsYAMLFromTheBody() {
        let split = FrontMatterSplit("---\ntitle: 你好\nweight: 2\n---\n\n正文\n")
        #expect(split.yaml == "title: 你好\nweight: 2\n")
        #expect(split.yamlFirstLine == 2)
        #expect(split.body == "\n正文\n")
        #expect(split.bodyFirstLine == 5)
        #expect(!split.isUnterminated)
    }

    @Test func acceptsCRLFAndTrailingSpacesAndDotsAsTheClosingFence() {
        let crlf = FrontMatterSplit("---\r\ntitle: a\r\n---\r\nbody")
        #expect(crlf.yaml == "title: a\r\n")
        #expect(crlf.body == "body")
        let dots = FrontMatterSplit("---  \ntitle: a\n...\nbody")
        #expect(dots.yaml == "title: a\n")
    }

    @Test func aFileWithoutFrontMatterIsAllBody() {
        let split = FrontMatterSplit("# Title\n\ntext\n")
        #expect(split.yaml == nil)
        #expect(split.body == "# Title\n\ntext\n")
        #expect(split.bodyFirstLine == 1)
    }

    @Test func anUnclosedFrontMatterIsReported() {
        #expect(FrontMatterSplit("---\ntitle: a\n\nbody\n").isUnterminated)
    }

    @Test func readsEveryFrontMatterKey() throws {
        var sink = DiagnosticSink(path: "content/02-local.md")
        let text = "---\ntitle: 局部 {{ local }}\nweight: 5\nslug: local\ndescription: 描述\ndraft: true\nparams:\n  hidden: 4\n---\nbody\n"
        let page = try #require(PageReader.read(text: text, path: sink.path, fileName: "02-local.md", requireTitle: true, pluginKeys: ["params"], sink: &sink))
        #expect(sink.isEmpty)
        #expect(page.title == "局部 {{ local }}")
        #expect(page.titleLocation.line == 2)
        #expect(page.weight == 5)
        #expect(page.slug == "local")
        #expect(page.description == "描述")
        #expect(page.isDraft)
        #expect(page.extra["params"]?["hidden"]?.scalar == "4")
        #expect(page.extra["params"]?["hidden"]?.location.line == 8)
        #expect(page.bodyFirstLine == 10)
    }

    @Test func theSlugDefaultsToTheFileName() throws {
        var sink = DiagnosticSink(path: "c/03-shared.md")
        let page = try #require(PageReader.read(text: "---\ntitle: T\n---\n", path: sink.path, fileName: "03-shared.md", requireTitle: true, pluginKeys: [], sink: &sink))
        #expect(page.slug == "03-shared")
    }

    @Test(arguments: [
        ("no front matter\n", "1:1: error: missing front matter"),
        ("---\ntitle: [unclosed\n---\n", "error: invalid YAML"),
        ("---\nweight: 1\n---\n", "2:1: error: front matter has no 'title'"),
        ("---\ntitle: T\ntitel: U\n---\n", "3:1: error: unknown front matter key 'titel'; did you mean 'title'?"),
        ("---\ntitle: T\nweight: heavy\n---\n", "3:9: error: 'weight' must be a whole number, not 'heavy'"),
        ("---\ntitle: T\ndraft: maybe\n---\n", "3:8: error: 'draft' must be true or false, not 'maybe'"),
        ("---\ntitle: T\nslug: a/b\n---\n", "3:7: error: invalid slug 'a/b'"),
        ("---\ntitle: T\n\nbody\n", "1:1: error: front matter opened with '---' is never closed"),
        ("---\n- a\n- b\n---\n", "2:1: error: front matter must be a mapping"),
        ("---\ntitle: T\ntitle: U\n---\n", "duplicate key 'title'"),
    ])
    func badFrontMatter(text: String, expected: String) {
        var sink = DiagnosticSink(path: "content/x.md")
        let page = PageReader.read(text: text, path: sink.path, fileName: "x.md", requireTitle: true, pluginKeys: ["params"], sink: &sink)
        #expect(page == nil)
        let messages = sink.diagnostics.map(\.description)
        #expect(messages.contains { $0.contains(expected) }, "\(messages)")
        #expect(messages.allSatisfy { $0.hasPrefix("content/x.md:") })
    }
}
