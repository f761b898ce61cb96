/// The words sitegen itself writes into Markdown output (callout titles, the
/// label of a scrolling table, the names of task-list boxes), in the site's language. A stand-in for the
/// language catalog: one table, in one file, to be replaced by it.
struct MarkdownWords: Sendable {
    /// `[!NOTE]` and the other GitHub alert kinds, by kind in lower case.
    var calloutTitles: [String: String]
    /// The accessible name of a table's scrolling region; the header cells follow it.
    var tableLabel: String
    /// Between the header cells in that name.
    var listSeparator: String
    /// The accessible names of a task list's ticked and unticked boxes.
    var taskDone: String
    var taskOpen: String
    /// The accessible name of a footnote's link back to where it was cited.
    var backToText: String

    static let simplifiedChinese = MarkdownWords(
        calloutTitles: ["note": "注意", "tip": "提示", "important": "重要", "warning": "警告", "caution": "小心"],
        tableLabel: "表格",
        listSeparator: "、",
        taskDone: "已完成",
        taskOpen: "未完成",
        backToText: "返回正文"
    )
}
