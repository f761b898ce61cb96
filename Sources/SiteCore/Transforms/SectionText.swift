import ConfigTree
import Markdown

/// A page's visible text split at its headings (see `PageSection`): a new
/// section at every heading (of any level, in block quotes and lists too),
/// the text before the first heading as the section with id "" (left out
/// when empty). Paragraphs, list items, quotes, table rows and code blocks
/// give their text; blocks of plugins the plain text they render (a figure's
/// title, description and caption); images their alternative text; raw HTML
/// nothing. Navigation is not part of the Markdown, so it is never indexed.
///
/// Read from the tree after the transforms, so numbers are filled, and before
/// headings become anchored HTML.
enum SectionText {
    static func collect(_ root: Node, headings: [HeadingAnchors.Assigned]) -> [PageSection] {
        var idOfHeading: [Node.Identity: HeadingAnchors.Assigned] = [:]
        for heading in headings { idOfHeading[heading.node.identity] = heading }
        // Each section's text is gathered as UTF-8 and made a String once, at
        // its full size: a site's whole text passes here.
        var sections: [(id: String, heading: String)] = [("", "")]
        var texts: [[UInt8]] = [[]]
        var block: [UInt8] = []
        var cell: [UInt8] = []
        func add(_ text: ArraySlice<UInt8>) {
            guard !text.isEmpty else { return }
            if !texts[texts.count - 1].isEmpty { texts[texts.count - 1].append(UInt8(ascii: "\n")) }
            texts[texts.count - 1].append(contentsOf: text)
        }
        func walk(_ node: Node) {
            switch node.type {
            case .heading:
                let heading = idOfHeading[node.identity]
                sections.append((heading?.id ?? "", heading?.text ?? node.plainText))
                texts.append([])
            case .paragraph, .customBlock:
                block.removeAll(keepingCapacity: true)
                node.appendPlainText(toUTF8: &block)
                add(block[...].trimmingSpaces())
            case .tableRow:
                block.removeAll(keepingCapacity: true)
                var child = node.firstChild
                var first = true
                while let current = child {
                    if !first { block.append(UInt8(ascii: " ")) }
                    first = false
                    cell.removeAll(keepingCapacity: true)
                    current.appendPlainText(toUTF8: &cell)
                    block.append(contentsOf: cell[...].trimmingSpaces())
                    child = current.next
                }
                add(block[...])
            case .codeBlock:
                let literal = node.literal ?? ""
                add(Array((literal.hasSuffix("\n") ? String(literal.dropLast()) : literal).utf8)[...])
            case .htmlBlock, .thematicBreak:
                // Raw HTML is not visible text sitegen can read; a rule has none.
                break
            default:
                var child = node.firstChild
                while let current = child {
                    walk(current)
                    child = current.next
                }
            }
        }
        walk(root)
        var result = zip(sections, texts).map { PageSection(id: $0.0.id, heading: $0.0.heading, text: String(decoding: $0.1, as: UTF8.self)) }
        if result[0].text.isEmpty { result.removeFirst() }
        return result
    }
}
