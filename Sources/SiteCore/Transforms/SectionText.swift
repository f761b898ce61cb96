import Markdown

/// A page's visible text split at its top-level headings (see `PageSection`).
/// Read from the tree after the transforms, so numbers are filled, and before
/// headings become anchored HTML.
enum SectionText {
    static func collect(_ root: Node, headings: [HeadingAnchors.Assigned]) -> [PageSection] {
        var idOfHeading: [Node.Identity: HeadingAnchors.Assigned] = [:]
        for heading in headings { idOfHeading[heading.node.identity] = heading }
        var sections = [PageSection(id: "", heading: "", text: "")]
        var child = root.firstChild
        while let block = child {
            if block.type == .heading, let heading = idOfHeading[block.identity] {
                sections.append(PageSection(id: heading.id, heading: heading.text, text: ""))
            } else {
                var text = ""
                appendText(of: block, to: &text)
                if !text.isEmpty {
                    if !sections[sections.count - 1].text.isEmpty { sections[sections.count - 1].text += "\n" }
                    sections[sections.count - 1].text += text
                }
            }
            child = block.next
        }
        if sections[0].text.isEmpty { sections.removeFirst() }
        return sections
    }

    /// A block's text: leaf blocks as cmark's plain text, code as written,
    /// figures by their text alternative, containers block by block.
    private static func appendText(of block: Node, to text: inout String) {
        switch block.type {
        case .paragraph, .heading, .customBlock:
            let plain = block.plainText
            if !plain.isEmpty { separate(&text); text += plain }
        case .codeBlock:
            if let literal = block.literal, !literal.isEmpty {
                separate(&text)
                text += literal.hasSuffix("\n") ? String(literal.dropLast()) : literal
            }
        case .htmlBlock, .thematicBreak:
            // Raw HTML is not visible text sitegen can read; a rule has none.
            break
        default:
            var child = block.firstChild
            while let current = child {
                appendText(of: current, to: &text)
                child = current.next
            }
        }
    }

    private static func separate(_ text: inout String) {
        if !text.isEmpty { text += "\n" }
    }
}
