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
        var sections = [PageSection(id: "", heading: "", text: "")]
        func add(_ text: String) {
            guard !text.isEmpty else { return }
            let last = sections.count - 1
            if !sections[last].text.isEmpty { sections[last].text += "\n" }
            sections[last].text += text
        }
        func walk(_ node: Node) {
            switch node.type {
            case .heading:
                let heading = idOfHeading[node.identity]
                sections.append(PageSection(id: heading?.id ?? "", heading: heading?.text ?? node.plainText, text: ""))
            case .paragraph, .customBlock:
                add(node.plainText.trimmingSpaces())
            case .tableRow:
                add(node.children.map { $0.plainText.trimmingSpaces() }.joined(separator: " "))
            case .codeBlock:
                let literal = node.literal ?? ""
                add(literal.hasSuffix("\n") ? String(literal.dropLast()) : literal)
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
        if sections[0].text.isEmpty { sections.removeFirst() }
        return sections
    }
}
