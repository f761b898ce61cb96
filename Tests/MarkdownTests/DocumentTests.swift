import Testing
@testable import Markdown

@Suite struct DocumentTests {
    @Test func rendersLikeCmark() {
        let document = Document(markdown: "# Title\n\nSome *emphasis* and `code`.\n")
        #expect(document.renderHTML() == "<h1>Title</h1>\n<p>Some <em>emphasis</em> and <code>code</code>.</p>\n")
    }

    @Test func rawHTMLIsOmittedUnlessUnsafe() {
        let markdown = "<div>x</div>\n\nA <b>b</b>\n"
        #expect(Document(markdown: markdown).renderHTML() == "<!-- raw HTML omitted -->\n<p>A <!-- raw HTML omitted -->b<!-- raw HTML omitted --></p>\n")
        #expect(Document(markdown: markdown, options: .init(unsafeHTML: true)).renderHTML() == "<div>x</div>\n<p>A <b>b</b></p>\n")
    }

    @Test func smartPunctuationIsAnOption() {
        #expect(Document(markdown: "\"a\" -- b...\n", options: .init(smartPunctuation: true)).renderHTML() == "<p>“a” – b…</p>\n")
    }

    @Test func walksNodesInDocumentOrderWithPositions() {
        let document = Document(markdown: "## 权值共享\n\n文字\n中文\n")
        let nodes = document.rootNode.descendants()
        #expect(nodes.map(\.type) == [.document, .heading, .text, .paragraph, .text, .softBreak, .text])
        let heading = nodes[1]
        #expect(heading.headingLevel == 2)
        #expect(heading.plainText == "权值共享")
        #expect(nodes[4].startLine == 3)
        #expect(nodes[4].startColumn == 1)
        #expect(nodes[3].parent == document.rootNode)
    }

    @Test func customInlineNodesRenderEvenWithRawHTMLOff() {
        let document = Document(markdown: "a X b\n")
        let text = document.rootNode.descendants().first { $0.type == .text }!
        text.literal = "a "
        let sup = document.makeCustomInline(html: "10<sup>12</sup>", plainText: "10¹²")
        text.insertAfter(sup)
        sup.insertAfter(document.makeText(" b"))
        #expect(document.renderHTML() == "<p>a 10<sup>12</sup> b</p>\n")
        #expect(document.rootNode.plainText == "a 10¹² b")
    }

    @Test func customBlockWrapsMovedChildren() {
        let document = Document(markdown: "## Hello *world*\n")
        let heading = document.rootNode.firstChild!
        let wrapper = document.makeCustomBlock(enter: "<h2 id=\"x\">", exit: "</h2>")
        heading.moveChildren(to: wrapper)
        #expect(heading.replace(with: wrapper))
        // cmark puts custom blocks on lines of their own.
        #expect(document.renderHTML() == "<h2 id=\"x\">\nHello <em>world</em>\n</h2>\n")
    }

    @Test func removingAndAbandoningNodesFreesThem() {
        // Run under valgrind or LeakSanitizer to see that nothing leaks; here we
        // check that every path is exercised without a crash.
        let document = Document(markdown: "a\n\nb\n")
        _ = document.makeText("never inserted")
        let block = document.makeCustomBlock(enter: "<x>", exit: "</x>")
        block.appendChild(document.makeText("child of a detached block"))
        document.rootNode.firstChild!.remove()
        #expect(document.renderHTML() == "<p>b</p>\n")
    }

    @Test func refusesEditsCmarkDoesNotAllow() {
        let document = Document(markdown: "para\n")
        let paragraph = document.rootNode.firstChild!
        let block = document.makeCustomBlock(enter: "")
        // A block cannot go inside a paragraph.
        #expect(paragraph.appendChild(block) == false)
    }
}
