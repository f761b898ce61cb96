/// A page's table of contents: its h2 headings with their h3 children; an h3
/// before any h2 stands alone. Templates get it as values (`toc`) or as
/// finished HTML (`toc_html`), both from the one grouping here.
struct TableOfContents {
    struct Entry {
        var heading: Heading
        var children: [Heading]
    }

    let entries: [Entry]

    init(_ headings: [Heading]) {
        var entries: [Entry] = []
        var seenH2 = false
        for heading in headings where heading.level == 2 || heading.level == 3 {
            if heading.level == 3 && seenH2 {
                entries[entries.count - 1].children.append(heading)
            } else {
                entries.append(Entry(heading: heading, children: []))
                seenH2 = seenH2 || heading.level == 2
            }
        }
        self.entries = entries
    }

    /// The entries as template values: `id`, `title`, `title_html`, and
    /// `children` with `has_children` when there are some.
    var values: [[String: Any]] {
        func value(_ heading: Heading) -> [String: Any] {
            ["id": TemplateText(heading.id), "title_html": TemplateText(heading.tocHTML), "title": TemplateText(heading.text)]
        }
        return entries.map { entry in
            var entryValue = value(entry.heading)
            if !entry.children.isEmpty {
                entryValue["children"] = entry.children.map(value)
                entryValue["has_children"] = true
            }
            return entryValue
        }
    }

    /// The same table of contents as nested `<ol>` lists, as Hugo's
    /// `.TableOfContents`: one variable instead of a loop over `toc`, which
    /// costs a template engine far more for every page of a large site.
    var html: String {
        guard !entries.isEmpty else { return "" }
        // Appended piece by piece into one buffer: no temporary strings per entry.
        var html = "<ol>\n"
        func appendLink(to heading: Heading) {
            html.append("<a href=\"#")
            html.append(HTMLEscaping.escape(heading.id))
            html.append("\">")
            html.append(heading.tocHTML)
            html.append("</a>")
        }
        for (index, entry) in entries.enumerated() {
            html.append(index == 0 ? "<li>" : "</li>\n<li>")
            appendLink(to: entry.heading)
            guard !entry.children.isEmpty else { continue }
            for (childIndex, child) in entry.children.enumerated() {
                html.append(childIndex == 0 ? "\n<ol>\n<li>" : "</li>\n<li>")
                appendLink(to: child)
            }
            html.append("</li>\n</ol>")
        }
        html.append("</li>\n</ol>")
        return html
    }
}
