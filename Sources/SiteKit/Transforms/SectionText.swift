import Markdown
import SearchIndex

/// A page's visible text by section, for the search index: a new section at
/// every heading (of any level, in block quotes and lists too), the text
/// before the first heading as the section with id "". Paragraphs, list
/// items, quotes and code blocks give their text; sitegen's blocks give the
/// plain text they render (table cells, a figure's title, description and
/// caption); images their alternative text; raw HTML nothing. Navigation is
/// not part of the Markdown, so it is never indexed.
enum SectionText {
    /// `root`: the document once every transform that changes text has run,
    /// before headings are replaced by their HTML. `headings`: the ids of
    /// its headings (`HeadingAnchors.assignIDs`).
    static func sections(of root: Node, headings: [HeadingAnchors.Assigned]) -> [SearchSection] {
        var ids: [Node: HeadingAnchors.Assigned] = [:]
        for heading in headings { ids[heading.node] = heading }
        var sections = [SearchSection(id: "", heading: "", text: "")]
        func add(_ text: String) {
            guard !text.isEmpty else { return }
            let last = sections.count - 1
            if !sections[last].text.isEmpty { sections[last].text += "\n" }
            sections[last].text += text
        }
        func walk(_ node: Node) {
            switch node.type {
            case .heading:
                let heading = ids[node]
                sections.append(SearchSection(id: heading?.id ?? "", heading: heading?.text ?? node.plainText, text: ""))
            case .paragraph, .customBlock:
                add(node.plainText.trimmingSpaces())
            case .codeBlock:
                add(node.literal ?? "")
            case .htmlBlock, .thematicBreak:
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
        return sections
    }
}
