import Markdown

/// Writes footnotes with ids made of their numbers (`fn-1`, `fnref-1`,
/// `fnref-1-2` for a second citation) and back-links named in the site's
/// language. cmark-gfm puts the label in the ids, percent-encoded (`[^说明]`
/// gives `id="fn-%E8%AF%B4%E6%98%8E"`), which browsers follow but link
/// checkers do not, and names its back-links in English ("Back to content").
///
/// The markup is cmark-gfm's otherwise: `<sup class="footnote-ref">` links,
/// then `<section class="footnotes" data-footnotes><ol><li id="fn-1">`, the
/// back-links at the end of the note's last paragraph. A citation cmark-gfm
/// keeps where no custom node may go (a table cell) leaves the whole page's
/// footnotes as cmark-gfm writes them, so ids always match.
struct FootnoteNumbers {
    var words: MarkdownWords

    /// `references` and `definitions`: the document's, in document order.
    func apply(references: [Node], definitions: [Node]) {
        guard !definitions.isEmpty else { return }
        // cmark-gfm gives each citation its note's number as its text, and
        // moves the notes to the end of the page in that order.
        var citations: [(node: Node, number: Int, id: String)] = []
        var count = [Int](repeating: 0, count: definitions.count + 1)
        for reference in references {
            guard let number = reference.literal.flatMap({ Int($0) }), number >= 1, number <= definitions.count else { return }
            count[number] += 1
            let id = count[number] == 1 ? "fnref-\(number)" : "fnref-\(number)-\(count[number])"
            citations.append((reference, number, id))
            if reference.isInside(.tableCell) { return }
        }
        for citation in citations {
            let html = "<sup class=\"footnote-ref\"><a href=\"#fn-\(citation.number)\" id=\"\(citation.id)\" data-footnote-ref>\(citation.number)</a></sup>"
            citation.node.replace(with: citation.node.document.makeCustomInline(html: html, plainText: ""))
        }

        let document = definitions[0].document
        let section = document.makeCustomBlock(enter: "<section class=\"footnotes\" data-footnotes>\n<ol>", exit: "</ol>\n</section>")
        guard definitions[0].insertBefore(section) else { return }
        let label = HTMLEscaping.escape(words.backToText)
        for (index, definition) in definitions.enumerated() {
            let number = index + 1
            let item = document.makeCustomBlock(enter: "<li id=\"fn-\(number)\">", exit: "</li>")
            section.appendChild(item)
            let last = definition.children.last
            definition.moveChildren(to: item)
            definition.remove()
            var links = ""
            for citation in 1...max(1, count[number]) {
                let id = citation == 1 ? "fnref-\(number)" : "fnref-\(number)-\(citation)"
                let mark = citation == 1 ? "↩" : "↩<sup class=\"footnote-ref\">\(citation)</sup>"
                links += " <a href=\"#\(id)\" class=\"footnote-backref\" data-footnote-backref aria-label=\"\(label)\">\(mark)</a>"
            }
            if let last, last.type == .paragraph {
                last.appendChild(document.makeCustomInline(html: links, plainText: ""))
            } else {
                item.appendChild(document.makeCustomBlock(enter: String(links.dropFirst())))
            }
        }
    }
}
