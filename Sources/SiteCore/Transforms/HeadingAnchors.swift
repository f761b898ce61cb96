import Foundation
import Markdown

/// A heading of a page, for its table of contents and for link checking.
public struct Heading: Sendable, Hashable {
    public var level: Int
    public var id: String
    /// The heading's content as HTML (without the anchor).
    public var html: String
    public var text: String

    /// The content for a table of contents entry, which is itself a link:
    /// links inside the heading are unwrapped, since links cannot nest.
    public var tocHTML: String { Self.removingLinks(html) }

    /// `见<a href="x.html">局部</a>` → `见局部`. cmark escapes every `<` of
    /// text, so in its output `<a ` and `</a>` can only be link tags.
    static func removingLinks(_ html: String) -> String {
        guard html.utf8.contains(UInt8(ascii: "<")) else { return html }
        let bytes = Array(html.utf8)
        var result: [UInt8] = []
        result.reserveCapacity(bytes.count)
        var index = 0
        while index < bytes.count {
            if bytes[index] == UInt8(ascii: "<"), index + 2 < bytes.count {
                let isOpening = bytes[index + 1] == UInt8(ascii: "a") && (bytes[index + 2] == UInt8(ascii: " ") || bytes[index + 2] == UInt8(ascii: ">"))
                let isClosing = index + 3 < bytes.count && bytes[index + 1] == UInt8(ascii: "/") && bytes[index + 2] == UInt8(ascii: "a") && bytes[index + 3] == UInt8(ascii: ">")
                if isOpening || isClosing, let end = bytes[index...].firstIndex(of: UInt8(ascii: ">")) {
                    index = end + 1
                    continue
                }
            }
            result.append(bytes[index])
            index += 1
        }
        return String(decoding: result, as: UTF8.self)
    }
}

/// Gives every heading an id and a visible anchor link.
///
/// Two steps, because links inside headings must be rewritten between them:
/// `assignIDs` reads the headings (so links can check anchors), `render`
/// replaces each heading by a custom block holding the finished HTML, since
/// cmark's renderer writes no attributes on headings.
struct HeadingAnchors {
    /// The anchor's accessible name, in the site's language.
    var anchorLabel: String

    struct Assigned {
        var node: Node
        var level: Int
        var id: String
        var text: String
    }

    /// `headings`: the document's headings, in document order. Also returns
    /// the set of their ids, which link checking needs.
    func assignIDs(to headings: [Node]) -> (headings: [Assigned], ids: HeadingIDSet) {
        var uniquer = HeadingID.Uniquer()
        let assigned = headings.map { node in
            let text = node.plainText.trimmingSpaces()
            return Assigned(node: node, level: node.headingLevel, id: uniquer.unique(HeadingID.slugify(text)), text: text)
        }
        return (assigned, uniquer.ids)
    }

    func render(_ assigned: [Assigned]) -> [Heading] {
        let label = HTMLEscaping.escape(anchorLabel)
        return assigned.map { heading in
            let inner = Self.innerHTML(of: heading.node, level: heading.level)
            let id = HTMLEscaping.escape(heading.id)
            let html = "<h\(heading.level) id=\"\(id)\">\(inner)<a class=\"anchor\" href=\"#\(id)\" aria-label=\"\(label)\">#</a></h\(heading.level)>"
            heading.node.replace(with: heading.node.document.makeCustomBlock(enter: html))
            return Heading(level: heading.level, id: heading.id, html: inner, text: heading.text)
        }
    }

    /// cmark renders a heading as `<hN>…</hN>\n`: keep what is between.
    static func innerHTML(of heading: Node, level: Int) -> String {
        // Most headings are plain text: cmark would write their text escaped
        // (`&`, `<`, `>`, `"`), exactly as HTMLEscaping does, without a render.
        var plain = ""
        var child = heading.firstChild
        while let current = child {
            guard current.type == .text, let literal = current.literal else {
                return renderedInnerHTML(of: heading, level: level)
            }
            plain += literal
            child = current.next
        }
        return HTMLEscaping.escape(plain)
    }

    /// The inner HTML of any heading, through cmark's renderer.
    static func renderedInnerHTML(of heading: Node, level: Int) -> String {
        let html = heading.renderHTML()
        // `<hN>` is 4 bytes and `</hN>\n` 6; compared as bytes, not as Characters.
        let bytes = html.utf8
        guard bytes.count >= 10, bytes.starts(with: "<h\(level)>".utf8), bytes.reversed().starts(with: "</h\(level)>\n".utf8.reversed()) else { return html }
        return String(Substring(bytes.dropFirst(4).dropLast(6)))
    }
}
