import Foundation
import Markdown

/// GitHub's alerts: a block quote whose first line is `[!NOTE]`, `[!TIP]`,
/// `[!IMPORTANT]`, `[!WARNING]` or `[!CAUTION]` (any case) becomes a callout,
///
///     <div class="callout callout-note" role="note">
///     <p class="callout-title">注意</p>
///     …the quote's other content…
///     </div>
///
/// with its title in the site's language. Done on cmark-gfm's tree: the
/// marker is the text of the quote's first line. As on GitHub, only quotes at
/// the top of the page count, and the marker stands alone on its line.
///
/// It runs before the other transforms collect their nodes, since it frees
/// the marker's text and the quote.
struct Callouts {
    var words: MarkdownWords

    func apply(to root: Node) {
        for node in root.children where node.type == .blockQuote {
            guard let paragraph = node.firstChild, paragraph.type == .paragraph,
                  let (kind, markerNodes) = marker(of: paragraph),
                  let title = words.calloutTitles[kind] else { continue }
            let callout = node.document.makeCustomBlock(
                enter: "<div class=\"callout callout-\(kind)\" role=\"note\">\n<p class=\"callout-title\">\(HTMLEscaping.escape(title))</p>",
                exit: "</div>",
                plainText: title
            )
            guard node.insertBefore(callout) else { continue }
            for marker in markerNodes { marker.remove() }
            if paragraph.firstChild == nil { paragraph.remove() }
            node.moveChildren(to: callout)
            node.remove()
        }
    }

    /// The alert kind (`note`…) and the nodes of the first line with the break
    /// after it, when the paragraph's first line is a marker alone.
    func marker(of paragraph: Node) -> (String, [Node])? {
        var text = ""
        var nodes: [Node] = []
        var child = paragraph.firstChild
        while let current = child {
            if current.type == .softBreak || current.type == .lineBreak {
                nodes.append(current)
                break
            }
            // Anything but text on the first line (emphasis, a link) is not a marker.
            guard current.type == .text, let literal = current.literal else { return nil }
            text += literal
            nodes.append(current)
            child = current.next
        }
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        guard trimmed.hasPrefix("[!"), trimmed.hasSuffix("]"), trimmed.count > 3 else { return nil }
        let kind = trimmed.dropFirst(2).dropLast().lowercased()
        guard kind.allSatisfy({ $0.isASCII && $0.isLetter }) else { return nil }
        return (kind, nodes)
    }
}
