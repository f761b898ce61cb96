/// Words the site layer writes into pages itself (not through the theme).
public struct PageWords: Sendable {
    /// The `aria-label` and `title` of the `#` link after each heading
    /// (`PageRenderer.anchorLabel`): "本节链接", "Link to this section".
    public let anchorLabel: String
    /// A chapter's number as a label: "第 3 章", "Chapter 3". Written by the
    /// theme above chapter titles, on chapter cards and in the chapter menu.
    public let chapterNumber: @Sendable (_ number: Int) -> String
    /// The accessible name of a table's scrolling region, before its header
    /// cells: "表格", "Table" (then `labelSeparator` and the cells, joined
    /// with `listSeparator`: "表格：层、参数量", "Table: Layer, Parameters").
    public let tableLabel: String
    public let labelSeparator: String
    public let listSeparator: String
    /// The accessible names of a task list's ticked and unticked boxes: "已完成", "未完成".
    public let taskDone: String
    public let taskOpen: String
    /// The accessible name of a footnote's link back to where it was cited: "返回正文".
    public let backToText: String
}
