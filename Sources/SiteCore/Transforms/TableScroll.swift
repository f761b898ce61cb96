import Foundation
import Markdown

/// Wraps each table in a region that scrolls sideways on its own, so a wide
/// table never makes a phone's page scroll sideways (the theme's
/// `.table-scroll`, as the params and model tables use). The region can be
/// focused, so keyboard users can scroll it, and is named after the table's
/// header cells ("表格：层、参数"), so two tables on a page are told apart.
struct TableScroll {
    var words: MarkdownWords

    /// `tables`: the document's table nodes.
    func apply(to tables: [Node]) {
        for table in tables {
            let headers = table.firstChild?.children.map { $0.plainText.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty } ?? []
            let label = headers.isEmpty ? words.tableLabel : words.tableLabel + words.labelSeparator + headers.joined(separator: words.listSeparator)
            let region = table.document.makeCustomBlock(
                enter: "<div class=\"table-scroll\" role=\"region\" aria-label=\"\(HTMLEscaping.escape(label))\" tabindex=\"0\">",
                exit: "</div>"
            )
            guard table.insertBefore(region) else { continue }
            region.appendChild(table)
        }
    }
}
