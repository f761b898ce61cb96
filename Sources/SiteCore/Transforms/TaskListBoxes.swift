import Markdown

/// cmark-gfm writes a task-list item's box as `<input type="checkbox" disabled="" />`
/// with no accessible name, which screen readers announce as an unlabelled
/// control (axe: a critical violation). Each box is written by sitegen
/// instead, named by its state in the site's language ("已完成", "未完成").
struct TaskListBoxes {
    var words: MarkdownWords

    /// `items`: the document's task-list items.
    func apply(to items: [Node]) {
        for item in items {
            let checked = item.isTaskChecked
            let label = HTMLEscaping.escape(checked ? words.taskDone : words.taskOpen)
            let html = "<input type=\"checkbox\"\(checked ? " checked=\"\"" : "") disabled=\"\" aria-label=\"\(label)\" /> "
            let box = item.document.makeCustomInline(html: html, plainText: "")
            // The box goes at the start of the item's first paragraph (tight
            // lists write it without <p>); an item without text gets a block.
            if let paragraph = item.firstChild, paragraph.type == .paragraph {
                if let first = paragraph.firstChild {
                    guard first.insertBefore(box) else { continue }
                } else {
                    guard paragraph.appendChild(box) else { continue }
                }
            } else {
                let block = item.document.makeCustomBlock(enter: html)
                if let first = item.firstChild {
                    guard first.insertBefore(block) else { continue }
                } else {
                    guard item.appendChild(block) else { continue }
                }
            }
            item.removeTaskListExtension()
        }
    }
}
